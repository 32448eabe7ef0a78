"""Figures read on the right coin in market wraps that name many coins: a move said once of
coins listed together with their tickers in brackets is each coin's, and coins the lexicon now
lists (Filecoin, Terra, Polygon, dogwifhat, Berachain ...) keep their own figures instead of
handing them to a major named nearby."""

from __future__ import annotations

import pytest
from extract_helpers import claims_of, find_claims


def _moves(text: str) -> dict[str | None, float | None]:
    return {c.asset: c.value for c in claims_of(text) if c.kind.value == "price_change"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Avalanche (AVAX) and Litecoin (LTC) each dropped 6% on Tuesday.", {"AVAX": -6.0, "LTC": -6.0}),
        ("Cardano (ADA) and Chainlink (LINK) managed to add 3.5% over the day.", {"ADA": 3.5, "LINK": 3.5}),
        ("Tron (TRX), Polkadot (DOT) and Dogecoin lost about 2% in the past 24 hours.",
         {"TRX": -2.0, "DOT": -2.0, "DOGE": -2.0}),
        ("Litecoin (LTC) and XRP led the gainers, each up 7.2% since Monday.", {"LTC": 7.2, "XRP": 7.2}),
    ],
)
def test_a_move_said_once_of_bracketed_coins_is_each_coins(text: str, want: dict[str, float]) -> None:
    got = _moves(text)
    for coin, value in want.items():
        assert got.get(coin) == pytest.approx(value), (coin, got)


def test_a_coin_with_its_own_move_keeps_it() -> None:
    got = _moves("Bitcoin (BTC) rose 3% on Friday while Ether (ETH) slipped 1.4%.")
    assert got == {"BTC": pytest.approx(3.0), "ETH": pytest.approx(-1.4)}


@pytest.mark.parametrize(
    ("text", "coin", "kind", "value"),
    [
        ("Ether held near $3,000. Filecoin jumped 12% in a day and now trades above $6.4.", "FIL", "price_change", 12.0),
        ("Ether held near $3,000. Filecoin jumped 12% in a day and now trades above $6.4.", "FIL", "price_level", 6.4),
        ("Bitcoin was flat, but Berachain slumped 18% to a record low of $3.9.", "BERA", "price_change", -18.0),
        ("Bitcoin was flat. Polygon climbed 11% over the week as Terra's LUNA added 4%.", "MATIC", "price_change", 11.0),
        ("Bitcoin was flat. Polygon climbed 11% over the week as Terra's LUNA added 4%.", "LUNA", "price_change", 4.0),
        ("Solana slid 3%, while the dogwifhat meme coin lost 9% on the day.", "WIF", "price_change", -9.0),
        ("Jupiter's JUP fared worst among mid caps, sliding 11% since Sunday.", "JUP", "price_change", -11.0),
    ],
)
def test_a_listed_altcoin_keeps_its_figures(text: str, coin: str, kind: str, value: float) -> None:
    assert find_claims(text, kind, asset=coin, value=value), [(c.kind.value, c.asset, c.value) for c in claims_of(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The chart drew a polygon around the $64,000 area before bitcoin rose 2%.",
        "Bitcoin rose 2% while traders kept their feet on terra firma.",
        "As Jupiter rose in the night sky, bitcoin gained 2%.",
    ],
)
def test_a_coin_name_that_is_a_word_takes_no_figure(text: str) -> None:
    assert {c.asset for c in claims_of(text) if c.kind.value == "price_change"} == {"BTC"}


@pytest.mark.parametrize(
    ("text", "coin", "value"),
    [
        ("Litecoin fell 3%. It now trails Cardano, which has a total market cap of about $17 billion.", "ADA", 17e9),
        ("Chainlink, with a total market capitalisation of $9.4 billion, held its rank.", "LINK", 9.4e9),
        ("The total market value of the Solana token climbed above $70 billion on Friday.", "SOL", 70e9),
    ],
)
def test_a_total_said_of_one_coin_is_that_coins_cap(text: str, coin: str, value: float) -> None:
    caps = [c for c in claims_of(text) if c.kind.value == "market_cap"]
    assert [(c.asset, c.value) for c in caps] == [(coin, pytest.approx(value))]


def test_the_markets_total_stays_the_markets() -> None:
    text = "Bitcoin gained 3% as the crypto market, with a total market cap of $2.4 trillion, recovered."
    assert [(c.asset, c.value) for c in claims_of(text) if c.kind.value == "market_cap"] == [(None, pytest.approx(2.4e12))]


@pytest.mark.parametrize(
    ("text", "kind", "asset", "value", "comparator"),
    [
        ("The global crypto market cap sits at $2.61 trillion, shedding 3.4% on the day.", "market_cap", None, -3.4, "down"),
        ("Ether futures open interest stands at $18.2 billion, climbing 6% over the past 24 hours.", "open_interest", "ETH", 6.0, "up"),
        ("Solana's 24-hour trading volume reached $4.9 billion, jumping 41% since Monday.", "volume", "SOL", 41.0, "up"),
        ("At press time, bitcoin open interest was $33.1 billion, sliding about 2.5% in a day.", "open_interest", "BTC", -2.5, "down"),
    ],
)
def test_a_change_told_after_a_totals_level_is_the_totals(text: str, kind: str, asset: str | None, value: float,
                                                           comparator: str) -> None:
    assert find_claims(text, kind, asset=asset, value=value, comparator=comparator), \
        [(c.kind.value, c.asset, c.value) for c in claims_of(text)]
    assert not find_claims(text, "price_change", value=value)


def test_a_price_level_keeps_its_move() -> None:
    assert find_claims("Ether trades at $3,150, rising 2.5% on the day.", "price_change", asset="ETH", value=2.5)


@pytest.mark.parametrize(
    ("text", "kind", "asset", "value"),
    [
        ("Cardano's 24-hour trading volume reached $1.4 billion on Tuesday. That is a jump of 62% from Monday.",
         "volume", "ADA", 62.0),
        ("Bitcoin open interest slid to $29.7 billion. This represents a 9% drop from the week's peak.",
         "open_interest", "BTC", -9.0),
        ("Ether's market cap stands at $412 billion. That figure marks an increase of about 4% on the week.",
         "market_cap", "ETH", 4.0),
        ("Solana stands out with rising spot volume over the last 24 hours, which climbed by 38%.", "volume", "SOL", 38.0),
    ],
)
def test_a_change_pointing_back_to_a_total_is_the_totals(text: str, kind: str, asset: str, value: float) -> None:
    assert find_claims(text, kind, asset=asset, value=value), [(c.kind.value, c.asset, c.value) for c in claims_of(text)]
    assert not find_claims(text, "price_change", value=value)


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin climbed to $64,000. That is a 4% gain on the week.",
        "Trading volume hit $40 billion. This came as bitcoin rose 3% on the day.",
        "Bitcoin, which rose 3% on Friday, trades at $64,000.",
    ],
)
def test_a_price_move_near_a_total_stays_a_price_move(text: str) -> None:
    assert [c.kind.value for c in claims_of(text) if c.unit == "%"] == ["price_change"]


@pytest.mark.parametrize(
    ("text", "asset", "value", "comparator"),
    [
        ("The bounce lifted Cardano above $1.10 for the first time since March.", "ADA", 1.1, "crossed_above"),
        ("Bitcoin climbed over the $72,000 mark for the first time in six weeks on Friday.", "BTC", 72000.0, "crossed_above"),
        ("Ether slipped below $2,400 for the first time in almost a year.", "ETH", 2400.0, "crossed_below"),
    ],
)
def test_a_line_passed_for_the_first_time_since_is_a_crossing(text: str, asset: str, value: float, comparator: str) -> None:
    assert find_claims(text, "price_level", asset=asset, value=value, comparator=comparator), \
        [(c.kind.value, c.asset, c.value, c.comparator.value) for c in claims_of(text)]
    assert not find_claims(text, "all_time_high")


def test_a_first_ever_crossing_is_still_a_record() -> None:
    assert find_claims("Solana traded above $300 for the first time ever on Sunday.", "all_time_high", asset="SOL", value=300.0)
