"""Sentence classifiers behind one function: `classify(sentences, backend) -> [Stance]`.

Three kinds, chosen by `load_backend(NAME_OR_PATH, fast=...)`:

    default ("minilm")      all-MiniLM-L6-v2 embeddings + our head; the top encoder layers
                            fine-tuned with it come from the head's folder
                            (encoder_top.safetensors), the rest from the package. Run as a
                            float32 ONNX Runtime graph (onnx_encoder.py) where onnxruntime
                            is installed, else in numpy (minilm.py): the same embeddings
                            within 1e-5
    a folder with head.json the same encoder with another head we trained
                            (`factcheck train-sentiment --out FOLDER`)
    "vader" / fast=True     the VADER lexicon (vaderSentiment, MIT): no torch, instant
    anything else           a Hugging Face text-classification model, by folder or hub
                            name (FinBERT, CryptoBERT...), loaded with
                            AutoModelForSequenceClassification; its label names
                            (positive/negative/neutral, bullish/bearish/neutral...)
                            are mapped onto ours

A backend is loaded once per process per name (`load_backend` is cached) and
scores sentences in batches, many articles' sentences at once. Every score is
in [-1, 1]: P(bullish) - P(bearish) for a classifier, VADER's compound for the
lexicon. Loading errors are `ModelError`s.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from factcheck.errors import ModelError
from factcheck.sentiment.model import Stance, StanceLabel

DEFAULT_BACKEND = "minilm"
INT8_BACKEND = "minilm-int8"  # the same model, its encoder quantised to int8 for ONNX Runtime (batches)
LEXICON_BACKEND = "vader"
VADER_THRESHOLD = 0.05  # VADER's own cut-offs for its compound score

_LABEL_WORDS = {
    StanceLabel.bullish: {"bullish", "bull", "positive", "pos"},
    StanceLabel.bearish: {"bearish", "bear", "negative", "neg"},
    StanceLabel.neutral: {"neutral", "neu", "none"},
}


class Backend(Protocol):
    """Anything that gives each sentence a Stance."""

    @property
    def name(self) -> str: ...

    def classify(self, sentences: Sequence[str]) -> list[Stance]: ...


def _stances(probabilities: np.ndarray, labels: Sequence[StanceLabel]) -> list[Stance]:
    """Argmax label and P(bullish) - P(bearish) per row; `labels` names the columns."""
    bull = probabilities[:, [i for i, label in enumerate(labels) if label is StanceLabel.bullish]].sum(axis=1)
    bear = probabilities[:, [i for i, label in enumerate(labels) if label is StanceLabel.bearish]].sum(axis=1)
    best = probabilities.argmax(axis=1)
    return [
        Stance(label=labels[int(k)], score=float(np.clip(b - s, -1.0, 1.0)))
        for k, b, s in zip(best, bull, bear)
    ]


@dataclass(frozen=True, eq=False)
class EncoderHead:
    """Sentence embeddings from the encoder, classified by our head."""

    encoder: Any  # factcheck.sentiment.minilm.NumpyEncoder (or anything with .embed)
    head: Any  # factcheck.sentiment.head.Head
    name: str = DEFAULT_BACKEND

    def classify(self, sentences: Sequence[str]) -> list[Stance]:
        if not sentences:
            return []
        return _stances(self.head.probabilities(self.encoder.embed(sentences)), self.head.labels)


@dataclass(frozen=True, eq=False)
class Lexicon:
    """VADER's compound score; bullish above +0.05, bearish below -0.05."""

    analyzer: Any
    name: str = LEXICON_BACKEND
    threshold: float = VADER_THRESHOLD

    def classify(self, sentences: Sequence[str]) -> list[Stance]:
        out = []
        for sentence in sentences:
            compound = float(self.analyzer.polarity_scores(sentence)["compound"])
            label = (
                StanceLabel.bullish
                if compound >= self.threshold
                else StanceLabel.bearish
                if compound <= -self.threshold
                else StanceLabel.neutral
            )
            out.append(Stance(label=label, score=max(-1.0, min(1.0, compound))))
        return out


@dataclass(frozen=True, eq=False)
class Transformers:
    """A Hugging Face sequence classifier; its outputs mapped to our labels."""

    tokenizer: Any
    model: Any
    labels: tuple[StanceLabel, ...]
    name: str
    max_tokens: int = 512
    batch_size: int = 32

    def classify(self, sentences: Sequence[str]) -> list[Stance]:
        import torch

        if not sentences:
            return []
        from factcheck.sentiment.encoder import tokenized_batches

        probabilities = np.zeros((len(sentences), len(self.labels)), dtype=np.float32)
        with torch.inference_mode():
            for rows, batch in tokenized_batches(self.tokenizer, sentences, self.batch_size, self.max_tokens):
                logits = self.model(**batch).logits
                probabilities[rows] = torch.softmax(logits.float(), dim=-1).numpy()
        return _stances(probabilities, self.labels)


def stance_label(name: str) -> StanceLabel | None:
    """Our label for a model's label name ('Positive', 'BULLISH', 'neg'...), or None."""
    word = name.strip().lower()
    for label, words in _LABEL_WORDS.items():
        if word in words:
            return label
    return None


def model_labels(id2label: dict[int, str], given: Sequence[str] | None = None) -> tuple[StanceLabel, ...]:
    """Our label for each output of a model, from its config's id2label or from `given` names."""
    names = list(given) if given is not None else [id2label[i] for i in sorted(id2label)]
    if len(names) != len(id2label):
        raise ModelError(f"{len(names)} label names given for a model with {len(id2label)} outputs")
    mapped = [stance_label(n) for n in names]
    if any(m is None for m in mapped) or not {StanceLabel.bullish, StanceLabel.bearish} <= set(mapped):
        raise ModelError(
            f"cannot read the model's labels {names} as bullish/bearish/neutral "
            "(expected names like positive/negative/neutral or bullish/bearish/neutral)"
        )
    return tuple(m for m in mapped if m is not None)


def load_encoder_head(head_folder: Path | None = None) -> EncoderHead:
    """Our head over MiniLM embeddings, computed in numpy (`minilm.py`): no torch to start.

    A head fitted with fine-tuned top layers names their file in head.json (`encoder_top`): the
    package's base weights are loaded and those layers replaced from the head's folder."""
    from factcheck.sentiment.encoder import ENCODER_NAME
    from factcheck.sentiment.head import SHIPPED_HEAD, load_head
    from factcheck.sentiment.minilm import load_numpy_encoder

    head = load_head(head_folder)
    if head.encoder and head.encoder != ENCODER_NAME:
        raise ModelError(f"the head in {head_folder} was fitted on {head.encoder}, not {ENCODER_NAME}")
    name = DEFAULT_BACKEND if head_folder is None else f"{DEFAULT_BACKEND}+{head_folder}"
    top = head.config.get("encoder_top")
    if not top:
        return EncoderHead(encoder=load_numpy_encoder(), head=head, name=name)
    top_file = (head_folder or SHIPPED_HEAD) / str(top["file"])
    if not top_file.is_file():
        raise ModelError(f"the head in {head_folder or SHIPPED_HEAD} needs its fine-tuned encoder layers, {top_file}")
    encoder = load_numpy_encoder(None, top_file.resolve(), _opinion_top() if head_folder is None else None)
    expected = [int(n) for n in top["layers"]]
    base = load_numpy_encoder()
    changed = [n for n, (a, b) in enumerate(zip(encoder.layers, base.layers)) if a is not b]
    if changed != expected:
        raise ModelError(f"{top_file} replaces encoder layers {changed}; head.json says {expected}")
    return EncoderHead(encoder=encoder, head=head, name=name)


def _opinion_top() -> Path | None:
    """The opinion classifier's own top layers, run beside the shipped stance's (opinion_head.OPINION_TOP)."""
    from factcheck.sentiment.opinion_head import OPINION_TOP

    return OPINION_TOP.resolve() if OPINION_TOP.is_file() else None


def load_lexicon() -> Lexicon:
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError as exc:
        raise ModelError("the lexicon backend needs vaderSentiment: pip install vaderSentiment") from exc
    return Lexicon(analyzer=SentimentIntensityAnalyzer())


def load_transformers(name_or_path: str, labels: Sequence[str] | None = None) -> Transformers:
    """Any Hugging Face text-classification model: a local folder, or a hub name already cached."""
    from factcheck.sentiment.encoder import import_torch_stack, load_pretrained

    _, transformers = import_torch_stack()
    try:
        # local only: a name must already be in the Hugging Face cache; no download at run time
        tokenizer = load_pretrained(transformers.AutoTokenizer, name_or_path, local_files_only=True)
        model = load_pretrained(transformers.AutoModelForSequenceClassification, name_or_path, local_files_only=True)
    except (OSError, ValueError, KeyError) as exc:
        if not Path(name_or_path).exists():
            raise ModelError(
                f"cannot load a text-classification model {name_or_path!r}: it is neither a folder nor in "
                "the Hugging Face cache (factcheck downloads nothing at run time)"
            ) from exc
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ModelError(f"cannot load a text-classification model from {name_or_path!r}: {first}") from exc
    model.eval()
    limit = getattr(tokenizer, "model_max_length", 512) or 512
    positions = getattr(model.config, "max_position_embeddings", 512) or 512
    return Transformers(
        tokenizer=tokenizer,
        model=model,
        labels=model_labels(dict(model.config.id2label), labels),
        name=str(name_or_path),
        max_tokens=int(min(limit, positions, 512)),
    )


def load_backend(name_or_path: str | Path | None = None, *, fast: bool = False) -> Backend:
    """The backend `--sentiment-model NAME_OR_PATH` / `--fast` name, loaded once per process."""
    from factcheck.sentiment.head import is_head_folder

    spec = str(name_or_path) if name_or_path is not None else DEFAULT_BACKEND
    if fast or spec.lower() in {LEXICON_BACKEND, "lexicon"}:
        return _loaded("lexicon", LEXICON_BACKEND)
    if spec.lower() in _SHIPPED:
        return _loaded(*_SHIPPED[spec.lower()])
    if is_head_folder(Path(spec)):
        return _loaded("encoder", str(Path(spec).resolve()))
    return _loaded("transformers", spec)


@lru_cache(maxsize=8)
def _loaded(kind: str, spec: str) -> Backend:
    if kind == "lexicon":
        return load_lexicon()
    if kind == "encoder" and spec == DEFAULT_BACKEND:
        from factcheck.sentiment.remembering import RememberingEncoder

        shipped = on_onnx_runtime(load_encoder_head(None))
        return EncoderHead(encoder=RememberingEncoder(shipped.encoder), head=shipped.head, name=shipped.name)
    if kind == "encoder":
        return on_onnx_runtime(load_encoder_head(Path(spec)))
    if kind == "int8":
        from factcheck.sentiment.remembering import RememberingEncoder

        quantised = load_int8_head()
        return EncoderHead(encoder=RememberingEncoder(quantised.encoder), head=quantised.head, name=quantised.name)
    return load_transformers(spec)


# The shipped model at each precision: (kind, spec) for `_loaded`.
_SHIPPED = {DEFAULT_BACKEND: ("encoder", DEFAULT_BACKEND), INT8_BACKEND: ("int8", INT8_BACKEND)}
OPINIONS_ONLY = "opinions"  # no shipped stance in the process: the opinion classifier's own top alone
_reading = [DEFAULT_BACKEND]  # what the opinion classifier reads with: a key of _SHIPPED, or OPINIONS_ONLY


def read_opinions_with(name: str | None) -> str:
    """Have the opinion classifier read with the encoder the process scores stances with:
    the shipped model at the precision of backend `name` ("minilm-int8": int8, "minilm":
    float), so each sentence is encoded once, with one encoder; with any other stance
    backend, or none, the shipped stance's top is not run at all. Returns the setting it
    replaces (to put it back)."""
    previous = _reading[0]
    spec = str(name).lower() if name is not None else None
    _reading[0] = spec if spec in _SHIPPED else OPINIONS_ONLY
    return previous


def shipped_encoder() -> Any:
    """The shipped model's encoder (fine-tuned layers included), remembering what it has read:
    extraction's opinion classifier reads sentences with it, and the stance then finds them
    encoded (remembering.py). Float unless `read_opinions_with` chose int8, whose vectors
    classify opinions the same (F1 0.927 float, 0.932 int8 on the corpus; 0.894 both on real
    articles 101-119): one encoder per process, each sentence encoded once."""
    if _reading[0] == OPINIONS_ONLY:
        return _opinion_encoder()
    return _loaded(*_SHIPPED[_reading[0]]).encoder


@lru_cache(maxsize=1)
def _opinion_encoder() -> Any:
    """The encoder with the opinion classifier's top alone (float, ONNX Runtime where it can):
    a process that scores no stance with the shipped model runs two layers a sentence fewer."""
    from factcheck.sentiment.minilm import load_numpy_encoder
    from factcheck.sentiment.remembering import RememberingEncoder

    top = _opinion_top()
    exact = load_numpy_encoder(None, top) if top is not None else load_encoder_head(None).encoder
    return RememberingEncoder(on_onnx_runtime(EncoderHead(encoder=exact, head=None, name=OPINIONS_ONLY)).encoder)


def on_onnx_runtime(exact: EncoderHead) -> EncoderHead:
    """The same model with its encoder run by ONNX Runtime in float32: equal embeddings
    (tests/test_sentiment_onnx.py), about half the wall time; numpy where that cannot be
    (no onnxruntime, or no writable cache for the graph)."""
    try:
        import onnxruntime

        from factcheck.sentiment.onnx_encoder import load_onnx_encoder

        fast = EncoderHead(encoder=load_onnx_encoder(exact.encoder, "float"), head=exact.head, name=exact.name)
    except (ImportError, OSError):
        return exact
    _release_numpy_weights()
    return fast


def _release_numpy_weights() -> None:
    """The ONNX session holds its own copy of the weights: drop the numpy arrays (about
    90 MB) so a batch worker keeps the model once. A later numpy user reads them again."""
    from factcheck.sentiment.minilm import load_numpy_encoder

    load_numpy_encoder.cache_clear()


def load_int8_head() -> EncoderHead:
    """The shipped model with its encoder (fine-tuned layers included) run as an int8
    ONNX Runtime graph: several times the sentences per second, labels measured
    against the float model's (tests/test_sentiment_onnx.py)."""
    from factcheck.sentiment.onnx_encoder import load_onnx_encoder

    exact = load_encoder_head(None)
    quantised = EncoderHead(encoder=load_onnx_encoder(exact.encoder), head=exact.head, name=INT8_BACKEND)
    _release_numpy_weights()
    return quantised


def classify(sentences: Sequence[str], backend: Backend | str | Path | None = None) -> list[Stance]:
    """Each sentence's Stance, in order. `backend`: a loaded Backend, or a name for `load_backend`."""
    if not sentences:
        return []
    return resolve(backend).classify(list(sentences))


def resolve(backend: Backend | str | Path | None) -> Backend:
    """A loaded Backend as it is; a name or path loaded (once per process)."""
    if backend is None or isinstance(backend, (str, Path)):
        return load_backend(backend)
    return backend
