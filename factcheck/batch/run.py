"""Running a batch: read and extract in parallel, fetch the whole data plan
once, verify in parallel, record each article as it finishes.

Workers are processes (spaCy and pandas hold the GIL); each loads the
pipeline (and the stance classifier) once, opens the store read-mostly and
keeps its BLAS to one thread, so two workers use two cores. Verification takes
articles `GROUP` at a time, so their sentences go to the stance classifier in
one batch. With `jobs=1` everything runs in this process, which is also what
tests and small batches use.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)

from factcheck.batch.checkpoint import Checkpoint
from factcheck.batch.inputs import BatchItem, read_inputs
from factcheck.errors import FactcheckError

if TYPE_CHECKING:
    from factcheck.market.data import MarketData
    from factcheck.market.plan import Fetcher, LiquidationNeed

CHECKPOINT = "progress.sqlite"
CHUNK = 8  # articles handed to a worker at a time
GROUP = 16  # articles verified together: their sentences are one classifier batch


@dataclass(frozen=True)
class BatchSettings:
    store_path: str
    offline: bool
    now: datetime
    timeout: float = 10.0
    sentiment: str | None = None  # a backend name or path for `load_backend`; None: no sentiment
    extracting: bool = True  # False: the workers only verify (no spaCy, no encoder to load)


@dataclass(frozen=True)
class BatchSummary:
    total: int
    skipped: int  # finished in an earlier run
    checked: int
    failed: int  # could not be read or checked
    fetched: int  # candles fetched for the data plan


_worker: dict[str, object] = {}


def _init(settings: BatchSettings) -> None:
    """Once per worker process: the store and market data it will use; and, for extraction,
    the pipeline and the stance model (verification needs neither: its stances come scored)."""
    from factcheck.market.data import MarketData
    from factcheck.market.store import Store
    from factcheck.nlp.pipeline import load_pipeline

    if settings.extracting:
        load_pipeline()
        use_sentiment(settings.sentiment)  # jobs=1 runs in this process: an earlier batch's choice is forgotten
    store = Store(settings.store_path)
    now = settings.now
    _worker["store"] = store
    _worker["market"] = MarketData(store, offline=settings.offline, timeout=settings.timeout, now=lambda: now)
    _worker["now"] = now


def use_sentiment(name: str | None) -> None:
    """The stance classifier this process scores extracted articles with (None: no stance)."""
    from factcheck.sentiment.backends import load_backend, read_opinions_with

    read_opinions_with(name)  # with the int8 stance model, opinions read int8 too: one encoder a worker
    if name is None:
        _worker.pop("sentiment", None)
        return
    _worker["sentiment"] = load_backend(name)  # one assignment: a thread beside never sees it missing


def extract_item(item: BatchItem) -> tuple[str, str | None, str | None, str | None]:
    """(id, article JSON, extraction JSON, error) for one input; the extraction holds the
    claims, the sentence spans of the same parse and, when the batch scores it, the stance:
    scored here, right after extraction, the stance finds the sentences the opinion
    classifier has just encoded (sentiment/remembering.py) instead of encoding them again."""
    from factcheck.article.load import load_article
    from factcheck.nlp.extract import claims_from_doc
    from factcheck.nlp.pipeline import load_pipeline
    from factcheck.sentiment.section import stances
    from factcheck.sentiment.stance import doc_sentences

    if item.extra.get("error"):
        return item.id, None, None, item.extra["error"]
    try:
        article = load_article(item.source, text=item.text, published=item.published_at)
    except FactcheckError as exc:
        return item.id, None, None, str(exc)
    updates = {k: v for k, v in (("outlet", item.outlet), ("author", item.author)) if v}
    article = article.model_copy(update=updates)
    try:
        doc = load_pipeline()(article.text)
        claims, sentences = claims_from_doc(doc, article), doc_sentences(doc)
        backend = _worker.get("sentiment")
        stance = stances([(article, claims)], backend, spans=[sentences])[0] if backend is not None else None  # type: ignore[arg-type]
    except Exception as exc:  # noqa: BLE001 -- a bug met on one article: recorded on its row, the batch goes on
        return item.id, None, None, internal_error("reading its claims", exc)
    extraction = {"claims": [c.model_dump(mode="json") for c in claims], "sentences": sentences,
                  "stance": stance.model_dump(mode="json") if stance is not None else None}
    return item.id, article.model_dump_json(), json.dumps(extraction), None


def read_extraction(extraction_json: str) -> tuple[list, list[tuple[int, int]]]:
    """The claims and sentence spans `extract_item` wrote."""
    from factcheck.model import Claim

    extraction = json.loads(extraction_json)
    return [Claim.model_validate(c) for c in extraction["claims"]], [tuple(s) for s in extraction["sentences"]]


def read_stance(extraction_json: str):
    """The stance `extract_item` scored, or None when the batch scores none."""
    from factcheck.sentiment.model import ArticleStance

    stance = json.loads(extraction_json).get("stance")
    return ArticleStance.model_validate(stance) if stance is not None else None


def internal_error(stage: str, exc: Exception) -> str:
    """The error recorded for an article a bug stopped: what failed, so that a long run loses
    only that article and the row says what to report."""
    return f"internal error while {stage} ({type(exc).__name__}: {exc}); the other articles are unaffected, please report this one"


def verify_group(jobs: list[tuple[str, str, str]]) -> list[tuple[str, str | None, str | None]]:
    """(id, report JSON, error) for extracted articles, with the stances scored at extraction."""
    from factcheck.model import Article
    from factcheck.pipeline import report_for

    parsed = [
        (item_id, Article.model_validate_json(article_json), *read_extraction(extraction_json))
        for item_id, article_json, extraction_json in jobs
    ]
    moods = [read_stance(extraction_json) for _, _, extraction_json in jobs]
    out = []
    for (item_id, article, claims, _), stance in zip(parsed, moods):
        try:
            report = report_for(article, claims, market=_worker["market"], now=_worker["now"], stance=stance)  # type: ignore[arg-type]
        except Exception as exc:  # noqa: BLE001 -- as at extraction: that article only
            out.append((item_id, None, internal_error("checking its claims", exc)))
            continue
        out.append((item_id, report.model_dump_json(), None))
    return out


def groups_of(jobs: list, size: int) -> list[list]:
    return [jobs[i : i + size] for i in range(0, len(jobs), size)]


def progress_bar() -> Progress:
    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), transient=False
    )


def _map(function, jobs: Iterable, workers: int, settings: BatchSettings, chunksize: int = CHUNK) -> Iterator:
    if workers <= 1:
        _init(settings)
        yield from map(function, jobs)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=init_worker, initargs=(settings,)) as pool:
        yield from pool.map(function, jobs, chunksize=chunksize)


def init_worker(settings: BatchSettings) -> None:
    """A worker process: one BLAS thread (the workers share the cores), then `_init`."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    _init(settings)


def run_batch(
    source: Path,
    out: Path,
    *,
    jobs: int = 1,
    offline: bool = False,
    store_path: Path | None = None,
    now: datetime | None = None,
    show_progress: bool = True,
    sentiment: str | None = "minilm",
    fetcher: Fetcher | None = None,
) -> BatchSummary:
    """Check every article of `source`, recording results under `out`; resumes a killed run.

    `sentiment`: the stance classifier ("minilm", "vader", a folder), None for none;
    `fetcher` replaces the exchanges' data plan fetcher (tests)."""
    from factcheck.market.store import default_path
    from factcheck.sentiment.backends import read_opinions_with

    settings = BatchSettings(str(store_path or default_path()), offline, now or datetime.now(UTC), sentiment=sentiment)
    previous = read_opinions_with(sentiment)
    try:
        return _run(source, out, settings, jobs=jobs, fetcher=fetcher, show_progress=show_progress)
    finally:
        read_opinions_with(previous)  # a batch run in this process (jobs=1) leaves later checks as they were


def _run(source: Path, out: Path, settings: BatchSettings, *, jobs: int, fetcher: Fetcher | None, show_progress: bool) -> BatchSummary:
    from factcheck.market.data import MarketData
    from factcheck.market.store import Store
    from factcheck.model import Article
    from factcheck.sentiment.figures import main_asset
    from factcheck.sentiment.figures import needs as tone_needs
    from factcheck.verify.needs import liquidation_needs_of, needs_of

    offline, sentiment = settings.offline, settings.sentiment
    items = list(read_inputs(source))
    with Checkpoint(out / CHECKPOINT) as checkpoint:
        done = checkpoint.finished()
        todo = [item for item in items if item.id not in done]
        by_id = {item.id: item for item in todo}
        extracted: list[tuple[str, str, str]] = []
        failed = unchecked = 0  # articles that could not be read; read but not checked (a bug met)
        with progress_bar() as bar:
            task = bar.add_task("reading and extracting", total=len(todo), visible=show_progress)
            for item_id, article_json, extraction_json, error in _map(extract_item, todo, jobs, settings):
                if error is not None:
                    checkpoint.record(item_id, item_row(by_id[item_id]), None, error)
                    failed += 1
                else:
                    assert article_json is not None and extraction_json is not None
                    extracted.append((item_id, article_json, extraction_json))
                bar.advance(task)
            fetched = 0
            if not offline and extracted:
                needs, liquidation_needs = [], []
                for _, article_json, extraction_json in extracted:
                    claims, _ = read_extraction(extraction_json)
                    needs += [n for c in claims for n in needs_of(c)]
                    liquidation_needs += [n for c in claims for n in liquidation_needs_of(c)]
                    if sentiment is not None:
                        published = Article.model_validate_json(article_json).published_at
                        needs += tone_needs(main_asset(claims), published, settings.now)
                with Store(settings.store_path) as store:
                    market = MarketData(store, fetcher=fetcher, now=lambda: settings.now)
                    result = market.prefetch(needs, progress=show_progress)
                    if liquidation_needs:
                        prefetch_liquidation_needs(liquidation_needs, market)
                fetched = result.stored
            task = bar.add_task("verifying", total=len(extracted), visible=show_progress)
            # the plan is in the store now
            verify_settings = BatchSettings(settings.store_path, True, settings.now, sentiment=sentiment, extracting=False)
            for done_group in _map(verify_group, groups_of(extracted, GROUP), jobs, verify_settings, chunksize=1):
                for item_id, report_json, error in done_group:
                    checkpoint.record(item_id, item_row(by_id[item_id]), report_json, error)
                    unchecked += error is not None
                    bar.advance(task)
    return BatchSummary(len(items), len(items) - len(todo), len(extracted) - unchecked, failed + unchecked, fetched)


def prefetch_liquidation_needs(needs: list[LiquidationNeed], market: MarketData) -> None:
    """The claims' liquidation windows into the store, each once (the offline checks read them there)."""
    from factcheck.market.liquidations import prefetch_liquidations, reach_of
    from factcheck.market.liquidations_store import LiquidationStore

    reach = reach_of(market.fetcher)
    if reach is None:  # a stand-in fetcher: no venue to ask
        return
    with LiquidationStore(market.store.path) as store:
        prefetch_liquidations(needs, store, reach=reach, now=market.now())


def item_row(item: BatchItem) -> dict[str, object]:
    row = asdict(item)
    row.pop("text", None)
    return row
