"""Four shapes the written opinion rules took for readings on unseen real pages (corpus/README.md,
opinions), each an event, a label or a frame rather than a reading:

- a conclusion that only says positions were forced shut ('This suggests that many longs were forced
  to close their positions') is what the liquidation data meant mechanically, an event; a hedged one
  looks ahead and stays a reading;
- a participle of looking that opens the sentence ('Looking at the technicals,') says where the
  writer looks, not what they read; the clause beside it decides;
- where the focus is ('the focus remains on key levels') lists what comes next, as 'traders are
  watching' does;
- a gloss that names a gauge's zone and who reads it (', pushing sentiment into the fear zone
  according to CoinMarketCap data') only labels the figure.

The sentences were written for this test. The rules are tested alone (the classifier switched off),
since they decide without it whenever they find a reading."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, ClaimKind, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 5, 12, 10, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("factcheck.nlp.opinions.load_classifier", lambda: None)


def opinions_in(sentence: str) -> list:
    text = f"Cardano traded quietly on Monday.\n\n{sentence}"
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute,
                      published_zone="UTC")
    return [c for c in extract(article) if c.kind is ClaimKind.opinion]


NOT_READINGS = [
    "This suggests that hundreds of leveraged longs were forced to close their positions during the slide.",
    "Exchange data indicates that short sellers were liquidated as the price spiked overnight.",
    "Looking at the technicals, the four-hour chart shows a bearish trend for Cardano.",
    "Turning to the technicals, Polkadot printed a string of bearish candles on Tuesday.",
    "For now, the focus remains on key technical levels and investor sentiment.",
    "Attention is on the range highs and market sentiment.",
    "Ether slid 12% over the week, pushing market sentiment into the 'fear' zone according to CoinMarketCap data.",
]


@pytest.mark.parametrize("sentence", NOT_READINGS)
def test_events_labels_and_frames_are_no_opinion(sentence: str) -> None:
    assert opinions_in(sentence) == []


READINGS = [
    "This suggests that more leveraged longs may be forced to close their positions soon.",
    "Looking at the technicals, the bulls appear to be running out of steam.",
    "Ether slid 12% over the week, reflecting waning appetite for risk among large holders.",
]


@pytest.mark.parametrize("sentence", READINGS)
def test_the_same_shapes_holding_a_reading_stay_opinions(sentence: str) -> None:
    assert len(opinions_in(sentence)) == 1
