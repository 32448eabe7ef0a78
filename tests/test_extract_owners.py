"""Words that belong to another figure: a day said of another noun, a won conversion after
a dollar price, a bare direction beside the figured change, 'for the year'."""

from __future__ import annotations

from datetime import UTC, datetime, timezone

from factcheck.model import Article, ClaimKind
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 12, 3, 12, tzinfo=UTC)  # a Wednesday


def _claims(text: str, published: datetime = PUBLISHED, zone: str = "UTC") -> list:
    art = Article(text=text, source="test", published_at=published, published_zone=zone)
    return [c for c in extract(art) if c.kind is not ClaimKind.opinion]


def test_a_day_said_of_another_noun_is_not_the_time_of_the_price() -> None:
    found = _claims("Bitcoin bounced hard from Monday's flush and trades at $93,000.")
    price = next(c for c in found if c.value == 93000)
    assert price.time.end == PUBLISHED and price.time.text != "Monday"


def test_the_day_before_a_low_is_the_lows_not_the_support_before_it() -> None:
    found = {c.value: c for c in _claims("Support is at $90,000 and then at the Monday low of $83,800.")}
    assert found[90000].kind is ClaimKind.support and found[90000].time.end == PUBLISHED
    assert found[83800].time.end is not None and found[83800].time.end <= datetime(2025, 12, 2, tzinfo=UTC)


def test_for_the_year_is_the_calendar_year_so_far() -> None:
    move = next(c for c in _claims("Bitcoin is now down about 2% for the year.") if c.kind is ClaimKind.price_change)
    assert move.time.start == datetime(2025, 1, 1, tzinfo=UTC)


def test_a_won_figure_after_a_dollar_price_is_a_conversion() -> None:
    text = "Ethereum fared worse, sliding 7.5% in 24 hours to $2,950, or about 4.36 million won on Upbit."
    move = next(c for c in _claims(text) if c.kind is ClaimKind.price_change)
    assert move.currency is None
    local = next(c for c in _claims("Bitcoin traded at 87.2 million won on Upbit, up 6 percent on the day.")
                 if c.kind is ClaimKind.price_change)
    assert local.currency == "KRW"


def test_a_figured_change_is_not_told_twice_and_a_count_in_coins_survives() -> None:
    text = ("Binance BTCUSDT open interest fell 6.8% to $7.62 billion at the 00:00 UTC snapshot. In coin terms, "
            "aggregate bitcoin futures open interest slipped to 289,000 BTC from 301,000 BTC on Sunday.")
    oi = [c for c in _claims(text) if c.kind is ClaimKind.open_interest]
    moves = [(c.value, c.unit) for c in oi if c.comparator.value == "down"]
    assert (-6.8, "%") in moves and (None, "BTC") in moves
    assert (None, None) not in moves  # no bare 'fell' beside the 6.8%
