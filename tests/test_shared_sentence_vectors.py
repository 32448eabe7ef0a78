"""Extraction's opinion classifier and the stance read sentences through one shipped
encoder: each sentence is encoded once per process, with the vectors the encoder itself
gives, in bounded memory; a forked extraction leaves the encoding to the process that
holds the encoder for the stance."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pytest

from factcheck.model import Article, Precision
from factcheck.sentiment.backends import load_backend, shipped_encoder
from factcheck.sentiment.remembering import RememberingEncoder

ARTICLE = (
    "Bitcoin slipped 2.1% to $94,300 on Tuesday morning as the dollar firmed. "
    "Traders appear reluctant to add risk before the central bank meets next week. "
    "Ether fell 3.4% to $3,120 over the same 24 hours. "
    "The mood looks fragile rather than panicked, and dip buyers have yet to show up in size."
)


class Counting:
    """The real encoder, with a record of the sentences it is asked to encode."""

    def __init__(self, encoder):
        self.encoder, self.asked = encoder, []

    @property
    def dimensions(self) -> int:
        return self.encoder.dimensions

    def embed(self, sentences, **options):
        self.asked.extend(sentences)
        return self.encoder.embed(sentences, **options)


@pytest.fixture
def counted(monkeypatch) -> Counting:
    shared = shipped_encoder()
    counting = Counting(shared.encoder)
    monkeypatch.setattr(shared, "encoder", counting)
    monkeypatch.setattr(shared, "seen", type(shared.seen)())
    return counting


def test_a_remembered_sentence_is_not_encoded_again_and_keeps_the_encoders_vector(counted) -> None:
    sentences = ["Solana held $142 through the Asian session.", "Funding stayed slightly positive on most venues."]
    first = shipped_encoder().embed(sentences)
    again = shipped_encoder().embed(list(reversed(sentences)))
    assert counted.asked == sentences
    assert np.allclose(first, counted.encoder.embed(sentences), atol=1e-5)
    assert np.array_equal(again, first[::-1])


def test_the_stance_finds_extractions_sentences_encoded(counted) -> None:
    from factcheck.nlp.extract import extract
    from factcheck.sentiment.stance import article_stances

    article = Article(text=ARTICLE, source="t", published_at=datetime(2025, 3, 4, 12, tzinfo=UTC),
                      published_precision=Precision.minute, published_zone="UTC")
    extract(article)
    by_extraction = list(counted.asked)
    assert "Traders appear reluctant to add risk before the central bank meets next week." in by_extraction
    article_stances([article], load_backend())
    by_stance = counted.asked[len(by_extraction):]
    assert not set(by_stance) & set(by_extraction)
    assert len(by_extraction) + len(by_stance) == len(set(counted.asked))


def test_memory_is_bounded_and_the_oldest_sentences_go_first() -> None:
    encoder = RememberingEncoder(shipped_encoder().encoder, limit=3)
    sentences = [f"Bitcoin traded near ${n},000 at the close." for n in range(90, 95)]
    encoder.embed(sentences)
    assert list(encoder.seen) == sentences[-3:]
    assert encoder.recall(sentences).keys() == set(sentences[-3:])


def test_a_forked_extraction_drafts_opinions_and_the_parent_settles_them(tmp_path, counted) -> None:
    from factcheck.commands.extract_ahead import extract_sources
    from factcheck.nlp.extract import extract

    path = tmp_path / "note.txt"
    path.write_text(f"Published: 2025-03-04 12:00 UTC\n\n{ARTICLE}\n", encoding="utf-8")
    [item] = extract_sources([str(path)], None, 5.0)
    assert counted.asked == []  # the child's side encodes nothing
    assert item.opinions is not None and item.opinions.pending
    settled = item.all_claims()
    assert set(counted.asked) == {p.sentence for p in item.opinions.pending}
    assert settled == extract(item.article)  # what the library gives in one call
    assert [c.span for c in settled] == sorted(c.span for c in settled)


def test_the_memory_size_is_read_from_the_environment_and_a_bad_value_keeps_the_default() -> None:
    import os
    import subprocess
    import sys

    def limit(value: str) -> str:
        code = "from factcheck.sentiment.remembering import LIMIT; print(LIMIT)"
        env = {**os.environ, "FACTCHECK_REMEMBERED_SENTENCES": value}
        return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout.strip()

    assert limit("256") == "256"
    assert limit("a few") == limit("") == "8192"
