"""Extraction speed: articles/s and words/s, next to a bare `nlp.pipe` on the same texts.

    python bench/extraction.py [--repeat 20]

The texts are the project's corpus and the shared real articles. The ratio of
the two rates is the overhead of our components and claim assembly, the opinion
classifier's sentence encoder included (its share is printed apart). The encoder
remembers few sentences here, so each repeat is encoded as new articles would be.
"""

from __future__ import annotations

import argparse
import os
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


class _Timed:
    """The encoder, with the time spent in it added up."""

    def __init__(self, encoder) -> None:
        self.encoder, self.seconds, self.dimensions = encoder, 0.0, encoder.dimensions

    def embed(self, sentences, **options):
        began = time.perf_counter()
        try:
            return self.encoder.embed(sentences, **options)
        finally:
            self.seconds += time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    repeat = parser.parse_args().repeat

    os.environ.setdefault("FACTCHECK_REMEMBERED_SENTENCES", "256")  # a few articles: no repeat is remembered
    from factcheck.article.load import load_article
    from factcheck.nlp.extract import claims_from_doc
    from factcheck.nlp.pipeline import load_pipeline

    paths = sorted((REPO / "corpus").glob("*.txt")) + sorted((SHARED / "articles").glob("*.txt"))
    articles = [load_article(str(p)) for p in paths]
    articles = [a if a.published_at else a.model_copy(update={"published_at": datetime(2025, 1, 1, tzinfo=UTC)}) for a in articles]
    texts = [a.text for a in articles] * repeat
    batch = articles * repeat
    words = sum(len(t.split()) for t in texts)
    nlp = load_pipeline()

    # bare: the English model's own components, its recogniser on every sentence
    nlp.enable_pipe("ner")
    try:
        with nlp.select_pipes(disable=[name for name in nlp.pipe_names if name.startswith("fc_")]):
            start = time.perf_counter()
            for _ in nlp.pipe(texts, batch_size=64):
                pass
            bare = time.perf_counter() - start
    finally:
        nlp.disable_pipe("ner")

    from factcheck.sentiment.backends import shipped_encoder

    shared = shipped_encoder()  # loaded before the clock starts, as a batch worker has it
    shared.embed(["Bitcoin held $90,000."])
    shared.encoder = _Timed(shared.encoder)
    start = time.perf_counter()
    claims = 0
    for doc, article in zip(nlp.pipe(texts, batch_size=64), batch):
        claims += len(claims_from_doc(doc, article))
    ours = time.perf_counter() - start

    n = len(texts)
    print(f"{n} articles, {words:,} words ({len(paths)} distinct x {repeat})")
    print(f"bare nlp.pipe (en_core_web_sm): {n / bare:.1f} articles/s, {words / bare:,.0f} words/s")
    print(f"factcheck extraction:          {n / ours:.1f} articles/s, {words / ours:,.0f} words/s, {claims / repeat:.0f} claims per pass")
    print(f"overhead of our components and claim assembly: x{ours / bare:.2f}")
    spent = shared.encoder.seconds
    print(f"of which the opinion classifier's sentence encoder: {1000 * spent / n:.1f} ms an article "
          f"({spent / ours:.0%} of extraction)")


if __name__ == "__main__":
    main()
