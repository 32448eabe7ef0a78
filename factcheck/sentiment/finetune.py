"""Fine-tuning the top encoder layers together with the head, cheaply.

A head on frozen embeddings cannot move a sentence the encoder placed badly:
"shorts wiped out" and "longs wiped out" come out of all-MiniLM-L6-v2 almost
the same vector, and no head separates them. Letting the top K layers learn
(K = 2 of 6 by default) lets the encoder weigh *whose* positions were wiped out.

The lower 6 − K layers stay frozen, so their output per sentence never changes:
it is computed once by the numpy encoder (`NumpyEncoder.lower_states`, unpadded,
cached on disk) and each epoch runs only the K top layers forward and backward
in torch, on one thread. The head starts from the head fitted on the frozen
embeddings (linear probing, then fine-tuning: the encoder is not pulled about
by a random head in the first steps). AdamW, linear warm-up and decay, the
encoder at a far lower learning rate than the head; the validation part is
scored after every epoch and the best epoch is kept, as for the frozen head.

The K layers ship as float16 in `encoder_top.safetensors` beside the head, with
transformers' names (`encoder.layer.N.*`); the numpy runtime loads the
package's base weights and replaces those layers (`minilm.load_numpy_encoder`).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from factcheck.sentiment.datasets import LABELS
from factcheck.sentiment.head import Head
from factcheck.sentiment.metrics import Scores, score
from factcheck.sentiment.minilm import mean_unit

TOP_FILE = "encoder_top.safetensors"

_PARTS = (  # (our attribute, transformers' name inside encoder.layer.N)
    ("query", "attention.self.query"),
    ("key", "attention.self.key"),
    ("value", "attention.self.value"),
    ("attention_out", "attention.output.dense"),
    ("attention_norm", "attention.output.LayerNorm"),
    ("intermediate", "intermediate.dense"),
    ("output", "output.dense"),
    ("output_norm", "output.LayerNorm"),
)


@dataclass(frozen=True)
class FinetuneSettings:
    """How the top layers are fine-tuned. Picked on the validation parts only (see the model card)."""

    layers: int = 2
    epochs: int = 4
    encoder_lr: float = 1e-4
    head_lr: float = 5e-4
    weight_decay: float = 0.01
    batch_size: int = 32
    warmup: float = 0.1  # fraction of the steps with a rising learning rate
    dropout: float = 0.1  # BERT's own hidden and attention dropout
    class_weighting: str = "sqrt"
    seed: int = 0
    crypto_repeat: int = 4  # our crypto sentences go through each epoch this many times (9% of the data once)
    crypto_weight: float = 1.0  # and each counts this many times in the loss (see `train.source_weights`)


@dataclass(frozen=True, eq=False)
class Finetuned:
    """The fine-tuned top layers (float32, transformers' names), the head, and how they were picked."""

    top: dict[str, np.ndarray]
    head: Head
    best_epoch: int
    validation: Scores
    history: tuple[float, ...]  # validation macro-F1 after each epoch
    seconds_per_epoch: float


def default_states_cache(lower: int) -> Path:
    home = os.environ.get("FACTCHECK_HOME") or str(Path.home() / ".cache" / "factcheck")
    return Path(home) / "sentiment" / f"states-after-layer{lower}.npz"


def lower_states_cached(
    texts: Sequence[str], lower: int, cache: Path | None, encoder: Any
) -> tuple[list[np.ndarray], int]:
    """Each text's hidden states after the first `lower` layers, and how many were computed anew."""
    known: dict[str, np.ndarray] = {}
    if cache is not None and cache.is_file():
        with np.load(cache, allow_pickle=False) as stored:
            keys, offsets, states = stored["keys"], stored["offsets"], stored["states"]
        known = {str(k): states[offsets[i] : offsets[i + 1]] for i, k in enumerate(keys)}
    key = {t: hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts}
    missing = sorted({t for t in texts if key[t] not in known})
    if missing:
        for t, s in zip(missing, encoder.lower_states(missing, lower)):
            known[key[t]] = s
        if cache is not None:
            cache.parent.mkdir(parents=True, exist_ok=True)
            names = list(known)
            offsets = np.cumsum([0] + [len(known[k]) for k in names])
            tmp = cache.with_suffix(".tmp.npz")
            np.savez(tmp, keys=np.array(names), offsets=offsets, states=np.concatenate([known[k] for k in names]))
            tmp.replace(cache)
    return [known[key[t]] for t in texts], len(missing)


def top_names(numbers: Sequence[int]) -> list[str]:
    """transformers' tensor names of the given encoder layers."""
    return [f"encoder.layer.{n}.{part}.{kind}" for n in numbers for _, part in _PARTS for kind in ("weight", "bias")]


def package_weights(numbers: Sequence[int]) -> dict[str, np.ndarray]:
    """The package's own weights of the given layers (float32), transformers' names."""
    from safetensors.numpy import load_file

    from factcheck.sentiment.encoder import encoder_path

    weights = {k.removeprefix("bert."): v for k, v in load_file(str(encoder_path() / "model.safetensors")).items()}
    return {name: weights[name].astype(np.float32) for name in top_names(numbers)}


def as_shipped(top: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The weights as the file holds them: matrices in float16, vectors (biases, norms) in float32."""
    return {k: (v.astype(np.float16) if v.ndim == 2 else v.astype(np.float32)) for k, v in top.items()}


def save_top(top: dict[str, np.ndarray], folder: Path) -> Path:
    from safetensors.numpy import save_file

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / TOP_FILE
    save_file({k: np.ascontiguousarray(v) for k, v in as_shipped(top).items()}, str(path))
    return path


def _torch_top(torch: Any, top: dict[str, np.ndarray], numbers: Sequence[int], heads: int, eps: float, dropout: float) -> Any:
    """The K top BERT layers as a torch module (post-LayerNorm, exact GELU), loaded with `top`."""
    nn = torch.nn

    class Layer(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            width, inner = top[f"encoder.layer.{numbers[0]}.intermediate.dense.weight"].shape[::-1]
            for attr in ("query", "key", "value", "attention_out"):
                setattr(self, attr, nn.Linear(width, width))
            self.intermediate, self.output = nn.Linear(width, inner), nn.Linear(inner, width)
            self.attention_norm, self.output_norm = nn.LayerNorm(width, eps=eps), nn.LayerNorm(width, eps=eps)
            self.drop = nn.Dropout(dropout)

        def forward(self, x: Any, allowed: Any) -> Any:
            b, n, w = x.shape

            def split(t: Any) -> Any:
                return t.view(b, n, heads, w // heads).transpose(1, 2)

            context = nn.functional.scaled_dot_product_attention(
                split(self.query(x)), split(self.key(x)), split(self.value(x)),
                attn_mask=allowed, dropout_p=dropout if self.training else 0.0,
            )
            x = self.attention_norm(self.drop(self.attention_out(context.transpose(1, 2).reshape(b, n, w))) + x)
            inner = nn.functional.gelu(self.intermediate(x))
            return self.output_norm(self.drop(self.output(inner)) + x)

    class Top(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.layers = nn.ModuleList(Layer() for _ in numbers)

        def forward(self, x: Any, mask: Any) -> Any:
            allowed = mask[:, None, None, :].bool()
            for layer in self.layers:
                x = layer(x, allowed)
            weights = mask[:, :, None]
            pooled = (x * weights).sum(dim=1) / weights.sum(dim=1).clamp(min=1e-9)
            return nn.functional.normalize(pooled, p=2, dim=1)

    model = Top()
    with torch.no_grad():
        for layer, n in zip(model.layers, numbers):
            for attr, part in _PARTS:
                module = getattr(layer, attr)
                module.weight.copy_(torch.from_numpy(top[f"encoder.layer.{n}.{part}.weight"]))
                module.bias.copy_(torch.from_numpy(top[f"encoder.layer.{n}.{part}.bias"]))
    return model


def _top_weights(model: Any, numbers: Sequence[int]) -> dict[str, np.ndarray]:
    out = {}
    for layer, n in zip(model.layers, numbers):
        for attr, part in _PARTS:
            module = getattr(layer, attr)
            out[f"encoder.layer.{n}.{part}.weight"] = module.weight.detach().numpy().copy()
            out[f"encoder.layer.{n}.{part}.bias"] = module.bias.detach().numpy().copy()
    return out


def _padded(torch: Any, states: Sequence[np.ndarray]) -> tuple[Any, Any]:
    longest = max(len(s) for s in states)
    x = np.zeros((len(states), longest, states[0].shape[1]), dtype=np.float32)
    mask = np.zeros((len(states), longest), dtype=np.float32)
    for i, s in enumerate(states):
        x[i, : len(s)], mask[i, : len(s)] = s, 1.0
    return torch.from_numpy(x), torch.from_numpy(mask)


def _batches(lengths: np.ndarray, size: int, rng: np.random.Generator) -> list[np.ndarray]:
    """Shuffled batches of similar length (sorted within pools of 50 batches), so little is padding."""
    order = rng.permutation(len(lengths))
    pool = size * 50
    batches = []
    for start in range(0, len(order), pool):
        chunk = order[start : start + pool]
        chunk = chunk[np.argsort(-lengths[chunk], kind="stable")]
        batches += [chunk[i : i + size] for i in range(0, len(chunk), size)]
    return [batches[i] for i in rng.permutation(len(batches))]


def embed_states(torch: Any, model: Any, states: Sequence[np.ndarray], batch_size: int = 64) -> np.ndarray:
    """Sentence embeddings from lower states through the top layers (eval mode, no gradients)."""
    model.eval()
    out = np.zeros((len(states), 384), dtype=np.float32)
    order = sorted(range(len(states)), key=lambda i: -len(states[i]))
    with torch.inference_mode():
        for start in range(0, len(order), batch_size):
            rows = order[start : start + batch_size]
            out[rows] = model(*_padded(torch, [states[i] for i in rows])).numpy()
    return out


def finetune(
    train_states: Sequence[np.ndarray],
    y_train: np.ndarray,
    val_states: Sequence[np.ndarray],
    y_val: np.ndarray,
    start_head: Head,
    settings: FinetuneSettings,
    *,
    heads: int = 12,
    eps: float = 1e-12,
    total_layers: int = 6,
    base: dict[str, np.ndarray] | None = None,
    config: dict[str, Any] | None = None,
    sample_weight: np.ndarray | None = None,
    say: Callable[[str], None] = lambda _: None,
) -> Finetuned:
    """The top `settings.layers` layers and the head, trained together; the best validation epoch kept.
    `sample_weight`: each training sentence's weight in the loss (None: all 1)."""
    import time

    from factcheck.sentiment.encoder import import_torch_stack
    from factcheck.sentiment.train import _class_weights, weighted_loss

    torch, _ = import_torch_stack()
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # the other core is someone else's; small matrices lose more than they gain
    try:
        torch.manual_seed(settings.seed)
        rng = np.random.default_rng(settings.seed)
        numbers = list(range(total_layers - settings.layers, total_layers))
        model = _torch_top(torch, base if base is not None else package_weights(numbers), numbers, heads, eps, settings.dropout)
        net = _head_module(torch, start_head)
        weights = _class_weights(y_train, settings.class_weighting)
        loss_weight = torch.from_numpy(weights) if weights is not None else None
        optimiser = torch.optim.AdamW(
            [
                {"params": model.parameters(), "lr": settings.encoder_lr},
                {"params": net.parameters(), "lr": settings.head_lr},
            ],
            weight_decay=settings.weight_decay,
        )
        lengths = np.array([len(s) for s in train_states])
        steps = settings.epochs * -(-len(lengths) // settings.batch_size)
        warm = max(1, int(steps * settings.warmup))
        schedule = torch.optim.lr_scheduler.LambdaLR(
            optimiser, lambda step: min((step + 1) / warm, max(0.0, (steps - step) / max(1, steps - warm)))
        )
        truth = [LABELS[i] for i in y_val]
        best: tuple[float, int, Scores, dict[str, np.ndarray], Head] | None = None
        history = []
        started = time.perf_counter()
        for epoch in range(1, settings.epochs + 1):
            model.train()
            net.train()
            for rows in _batches(lengths, settings.batch_size, rng):
                x, mask = _padded(torch, [train_states[i] for i in rows])
                optimiser.zero_grad()
                logits = net(model(x, mask))
                rows_weight = torch.from_numpy(sample_weight[rows]) if sample_weight is not None else None
                loss = weighted_loss(torch, logits, torch.from_numpy(y_train[rows]), loss_weight, rows_weight)
                loss.backward()
                optimiser.step()
                schedule.step()
            net.eval()
            with torch.inference_mode():
                predicted = net(torch.from_numpy(embed_states(torch, model, val_states))).argmax(dim=1).numpy()
            scores = score(truth, [LABELS[i] for i in predicted])
            history.append(scores.macro_f1)
            say(f"  epoch {epoch}: validation accuracy {scores.accuracy:.3f}, macro-F1 {scores.macro_f1:.3f}")
            if best is None or scores.macro_f1 > best[0]:
                best = (scores.macro_f1, epoch, scores, _top_weights(model, numbers), _as_head(net, start_head))
        seconds = (time.perf_counter() - started) / settings.epochs
    finally:
        torch.set_num_threads(threads)
    assert best is not None
    _, epoch, scores, top, head = best
    head = Head(
        layers=head.layers,
        labels=LABELS,
        config={
            **(config or {}),
            "best_epoch": epoch,
            "finetune": asdict(settings),
            "encoder_top": {"file": TOP_FILE, "layers": numbers, "matrices": "float16"},
        },
    )
    return Finetuned(top, head, epoch, scores, tuple(history), seconds)


def _head_module(torch: Any, head: Head) -> Any:
    """The frozen-embedding head as a torch module to go on training (ReLU and dropout between layers)."""
    dropout = float(head.config.get("settings", {}).get("dropout", 0.0))
    modules: list[Any] = []
    for i, (w, b) in enumerate(head.layers):
        linear = torch.nn.Linear(*w.shape)
        with torch.no_grad():
            linear.weight.copy_(torch.from_numpy(np.ascontiguousarray(w.T)))
            linear.bias.copy_(torch.from_numpy(b))
        modules.append(linear)
        if i < len(head.layers) - 1:
            modules += [torch.nn.ReLU(), torch.nn.Dropout(dropout)]
    return torch.nn.Sequential(*modules)


def _as_head(net: Any, like: Head) -> Head:
    import torch

    linears = [m for m in net.modules() if isinstance(m, torch.nn.Linear)]
    layers = tuple((m.weight.detach().numpy().T.copy(), m.bias.detach().numpy().copy()) for m in linears)
    return Head(layers=layers, labels=like.labels, config=dict(like.config))


def embed_through(encoder: Any, states: Sequence[np.ndarray], lower: int, batch_size: int = 16) -> np.ndarray:
    """Sentence embeddings from lower states through the numpy encoder's layers above `lower`:
    the runtime's own arithmetic, for scoring the weights as they ship."""
    from threadpoolctl import threadpool_limits

    out = np.zeros((len(states), encoder.width), dtype=np.float32)
    order = sorted(range(len(states)), key=lambda i: -len(states[i]))
    with threadpool_limits(limits=1, user_api="blas"):
        for start in range(0, len(order), batch_size):
            rows = order[start : start + batch_size]
            longest = max(len(states[i]) for i in rows)
            x = np.zeros((len(rows), longest, encoder.width), dtype=np.float32)
            mask = np.zeros((len(rows), longest), dtype=np.float32)
            for j, i in enumerate(rows):
                x[j, : len(states[i])], mask[j, : len(states[i])] = states[i], 1.0
            out[rows] = mean_unit(encoder.run_layers(x, mask, encoder.layers[lower:]), mask)
    return out
