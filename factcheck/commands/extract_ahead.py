"""`factcheck ARTICLE`'s start-up in two halves: a forked process reads the
articles and extracts their claims while this one loads the market side.

Importing spaCy and loading its model (about 0.9 s) and importing pandas, the
verifiers and the stance classifier (about 0.8 s) each hold the GIL, so
threads cannot overlap them; two processes on two cores can. The child never
touches the store or the network beyond reading a URL article; the parent never
loads spaCy. Where fork is unsafe (no fork, or another thread already running),
or an article comes on stdin, the same work runs here, in order, when its
results are asked for.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the fork comes first: the child imports the model itself, in parallel
    from factcheck.model import Article, Claim
    from factcheck.sentiment.opinion_head import OpinionDraft


@dataclass(frozen=True)
class Extracted:
    """One source read and extracted, or why it could not be."""

    source: str
    article: Article | None = None
    claims: tuple[Claim, ...] = ()
    sentences: tuple[tuple[int, int], ...] = ()
    error: str | None = None  # the message for the reader, ready to print
    opinions: OpinionDraft | None = None  # what the opinion classifier must still judge (`all_claims`)

    def all_claims(self) -> list[Claim]:
        """The claims with the opinions settled: the classifier's encoder runs in the process
        that calls this (the one that holds it for the stance), not in the forked child."""
        from factcheck.sentiment.opinion_head import with_opinions

        return with_opinions(self.claims, self.opinions)


def extract_sources(sources: Sequence[str], published: str | None, timeout: float) -> list[Extracted]:
    """Each source read (`load_article`) and its claims and sentence spans extracted; the
    opinions the classifier must judge are left drafted (`Extracted.all_claims`)."""
    from factcheck.article.load import load_article
    from factcheck.errors import FactcheckError, InputError
    from factcheck.nlp.extract import draft_from_doc
    from factcheck.nlp.pipeline import load_pipeline
    from factcheck.sentiment.stance import doc_sentences

    out = []
    for source in sources:
        try:
            article = load_article(source, published=published, timeout=timeout)
            doc = load_pipeline()(article.text)
            draft = draft_from_doc(doc, article)
        except InputError as exc:
            out.append(Extracted(source, error=str(exc)))
            continue
        except FactcheckError as exc:
            out.append(Extracted(source, error=f"{source}: {exc}"))
            continue
        out.append(Extracted(source, article, tuple(draft.claims), tuple(doc_sentences(doc)), opinions=draft.opinions))
    return out


def _child(conn, sources: Sequence[str], published: str | None, timeout: float) -> None:
    try:
        conn.send(("ok", extract_sources(sources, published, timeout)))
    except BaseException as exc:  # a bug: the parent redoes the work itself and shows the traceback
        conn.send(("failed", repr(exc)))
    finally:
        conn.close()


def start(sources: Sequence[str], *, published: str | None, timeout: float) -> Callable[[], list[Extracted]]:
    """Start extracting `sources`; the returned call waits for the results."""
    forkable = "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
    if not forkable or "-" in sources:  # a forked child's stdin is /dev/null: stdin is read here
        return lambda: extract_sources(sources, published, timeout)
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(send, list(sources), published, timeout), daemon=True)
    child.start()
    send.close()

    def results() -> list[Extracted]:
        try:
            status, payload = receive.recv()
        except EOFError:  # the child died (killed, out of memory): do the work here
            status, payload = "failed", "the extraction process ended early"
        finally:
            receive.close()
            child.join(timeout=5)
            if child.is_alive():
                child.kill()
        return payload if status == "ok" else extract_sources(sources, published, timeout)

    return results
