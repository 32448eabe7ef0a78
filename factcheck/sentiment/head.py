"""The classification head: a small MLP over sentence embeddings, stored as safetensors + JSON.

    embedding (384, unit length) -> Linear -> ReLU -> Linear -> softmax over (bearish, neutral, bullish)

With `hidden = 0` it is a plain logistic regression (one Linear). The weights
live in `head.safetensors` (float32) and everything else (label order, the
encoder it was fitted on, the data behind it and its licences) in
`head.json`, both in one folder (`models/sentiment/` for the shipped head).
Inference is numpy only: the head itself needs no torch.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from factcheck.errors import ModelError
from factcheck.sentiment.model import StanceLabel

WEIGHTS_FILE = "head.safetensors"
CONFIG_FILE = "head.json"
SHIPPED_HEAD = Path(__file__).resolve().parents[2] / "models" / "sentiment"


@dataclass(frozen=True, eq=False)
class Head:
    """Weights and what they mean. `layers` is [(W, b), ...]; ReLU between layers."""

    layers: tuple[tuple[np.ndarray, np.ndarray], ...]
    labels: tuple[StanceLabel, ...]
    config: dict[str, Any] = field(default_factory=dict)

    @property
    def encoder(self) -> str:
        return str(self.config.get("encoder", ""))

    def probabilities(self, embeddings: np.ndarray) -> np.ndarray:
        """(n, 3) class probabilities, columns in `labels` order.

        Vectors from an encoder with a second top (minilm.NumpyEncoder.branch) are wider: the
        head reads its own top's part, the first columns."""
        x = np.asarray(embeddings, dtype=np.float32)[:, : self.layers[0][0].shape[0]]
        for i, (w, b) in enumerate(self.layers):
            x = x @ w + b
            if i < len(self.layers) - 1:
                x = np.maximum(x, 0.0)
        x = x - x.max(axis=1, keepdims=True)
        e = np.exp(x)
        return e / e.sum(axis=1, keepdims=True)

    def save(self, folder: Path) -> None:
        from safetensors.numpy import save_file

        folder.mkdir(parents=True, exist_ok=True)
        tensors = {}
        for i, (w, b) in enumerate(self.layers):
            tensors[f"layer{i}.weight"] = np.ascontiguousarray(w, dtype=np.float32)
            tensors[f"layer{i}.bias"] = np.ascontiguousarray(b, dtype=np.float32)
        save_file(tensors, str(folder / WEIGHTS_FILE))
        config = {**self.config, "labels": [label.value for label in self.labels], "layers": len(self.layers)}
        (folder / CONFIG_FILE).write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def is_head_folder(path: Path) -> bool:
    return (path / WEIGHTS_FILE).is_file() and (path / CONFIG_FILE).is_file()


def load_head(folder: Path | None = None) -> Head:
    """The head in `folder` (default: the shipped one in models/sentiment/)."""
    from safetensors import SafetensorError
    from safetensors.numpy import load_file

    folder = folder or SHIPPED_HEAD
    if not is_head_folder(folder):
        raise ModelError(
            f"no sentiment head in {folder} (expected {WEIGHTS_FILE} and {CONFIG_FILE}); "
            "train one with `factcheck train-sentiment`"
        )
    try:
        config = json.loads((folder / CONFIG_FILE).read_text(encoding="utf-8"))
        tensors = load_file(str(folder / WEIGHTS_FILE))
        layers = tuple(
            (tensors[f"layer{i}.weight"], tensors[f"layer{i}.bias"]) for i in range(int(config["layers"]))
        )
        labels = tuple(StanceLabel(label) for label in config["labels"])
    except (OSError, ValueError, KeyError, SafetensorError) as exc:
        raise ModelError(f"cannot read the sentiment head in {folder}: {exc}") from exc
    if layers[-1][0].shape[1] != len(labels):
        raise ModelError(f"the sentiment head in {folder} has {layers[-1][0].shape[1]} outputs for {len(labels)} labels")
    return Head(layers=layers, labels=labels, config=config)
