"""Price readings as real outlets write them: two lists of figures paired with the coins listed
before them ('rose 4% and 6%, respectively, to $0.52 and $4.10'), coins each told with its own
move and then a list of prices marked 'respectively', and where a rise started ('went from $90 to
$4,800', 'has jumped from 4 million won on March 2')."""

from __future__ import annotations

import pytest

from tests.extract_helpers import claims_of


def readings(text: str) -> set[tuple[str, str | None, str, float | None]]:
    return {(c.kind.value, c.asset, c.comparator.value, c.value) for c in claims_of(text)
            if c.kind.value in {"price_level", "price_change", "intraday_high", "intraday_low", "market_cap"}}


# Two lists after the coins: the moves, then where they went (or the prices, then the moves)


@pytest.mark.parametrize(("text", "want"), [
    ("Cardano and Polkadot gained 4% and 6%, respectively, to $0.52 and $4.10.",
     {("price_change", "ADA", "up", 4), ("price_change", "DOT", "up", 6),
      ("price_level", "ADA", "at", 0.52), ("price_level", "DOT", "at", 4.10)}),
    ("Avalanche (AVAX) and Chainlink (LINK) slid 3.2% and 5.5% respectively to $21.40 and $13.05 by the European open.",
     {("price_change", "AVAX", "down", -3.2), ("price_change", "LINK", "down", -5.5),
      ("price_level", "AVAX", "at", 21.40), ("price_level", "LINK", "at", 13.05)}),
    ("Litecoin and Polkadot changed hands at $88.10 and $6.35 on Kraken, climbing 2.25% and 4.1% respectively.",
     {("price_level", "LTC", "at", 88.10), ("price_level", "DOT", "at", 6.35),
      ("price_change", "LTC", "up", 2.25), ("price_change", "DOT", "up", 4.1)}),
])
def test_a_second_list_pairs_with_the_coins_like_the_first(text: str, want: set) -> None:
    got = readings(text)
    assert want <= got
    # no figure of a list lands on the other coin, and no price is read as a percent move
    assert not {r for r in got if r not in want and r[3] in {w[3] for w in want}}


@pytest.mark.parametrize(("text", "want"), [
    ("Bitcoin shed nearly 5% and ether over 7%, to trade at $61,250 and $2,410 respectively.",
     {("price_level", "BTC", "at", 61250), ("price_level", "ETH", "at", 2410)}),
    ("Solana added 9% and XRP gained 3% on the day, to $148.20 and $0.61, respectively.",
     {("price_level", "SOL", "at", 148.20), ("price_level", "XRP", "at", 0.61)}),
])
def test_coins_told_apart_share_a_price_list_marked_respectively(text: str, want: set) -> None:
    got = readings(text)
    assert want <= got
    assert not {r for r in got if r[0] == "price_level" and r not in want}


def test_two_coins_apart_without_respectively_keep_their_own_figures() -> None:
    got = readings("Bitcoin rose to $64,000 on Monday, and ether, having lagged all week, reached $3,050.")
    assert ("price_level", "ETH", "at", 64000) not in got
    assert ("price_level", "BTC", "at", 3050) not in got


# Where a rise started


@pytest.mark.parametrize(("text", "coin", "start"), [
    ("The last bull run saw ether go from $90 to $4,800 in eighteen months.", "ETH", 90),
    ("Over the quarter, dogecoin's price moved from around $0.08 to levels above $0.20.", "DOGE", 0.08),
    ("Solana has rallied 40% over the past month, climbing from $140 to the current level.", "SOL", 140),
    ("Bitcoin jumped 5% from $60,000 to $63,000 in a single session.", "BTC", 60000),
])
def test_a_rise_told_end_to_end_starts_at_a_price(text: str, coin: str, start: float) -> None:
    assert ("price_level", coin, "at", start) in readings(text)


@pytest.mark.parametrize(("text", "coin", "start"), [
    ("Ether last traded at 4.9 million won. The local price of ether has jumped from around 4 million won on March 2.", "ETH", 4_000_000),
    ("Ether sits at $3,100 on Coinbase. The price has more than tripled from about $1,000 a year ago.", "ETH", 1000),
    ("Bitcoin changed hands at 98 million won on Upbit. This follows a sharp increase from 81 million won on October 3.", "BTC", 81_000_000),
])
def test_a_dated_start_is_that_days_price_even_without_a_destination(text: str, coin: str, start: float) -> None:
    assert ("price_level", coin, "at", start) in readings(text)


def test_an_undated_start_without_a_path_only_restates_the_move() -> None:
    got = readings("Cardano climbed to $0.74, up from $0.69.")
    assert ("price_level", "ADA", "at", 0.74) in got
    assert ("price_level", "ADA", "at", 0.69) not in got


def test_a_recovery_from_a_figure_stays_a_low() -> None:
    got = readings("Ether recovered from $2,400 to $2,600 on Monday.")
    assert ("intraday_low", "ETH", "at", 2400) in got
    assert ("price_level", "ETH", "at", 2400) not in got


# A coin's own total: 'its total market cap' is the coin's, not the whole market's


def market_caps(text: str) -> set[tuple[str | None, float]]:
    return {(c.asset, round(c.value / 1e8)) for c in claims_of(text) if c.kind.value == "market_cap" and c.value is not None}


@pytest.mark.parametrize(("text", "coin", "value"), [
    ("Bitcoin traded at $5,089 this morning. Its total market capitalisation currently stands at nearly $90 billion.", "BTC", 90e9),
    ("Ether gained 5.2% in the past day. The coin’s total market cap now stands at $384.2 billion.", "ETH", 384.2e9),
    ("XRP climbed to $0.62 overnight, lifting the token's total market value to roughly $34 billion.", "XRP", 34e9),
])
def test_a_total_owned_by_the_coin_is_the_coins_market_cap(text: str, coin: str, value: float) -> None:
    got = market_caps(text)
    assert (coin, round(value / 1e8)) in got
    assert (None, round(value / 1e8)) not in got


def test_the_markets_total_stays_the_whole_markets() -> None:
    assert (None, 24000) in market_caps("Solana rose 3% to $150. The total crypto market cap rose to $2.4 trillion.")


# A level neared on a stretch already behind: that stretch's high fell short of it


@pytest.mark.parametrize(("text", "coin", "level"), [
    ("Bitcoin was changing hands near $61,400 on Tuesday, having briefly approached $63,000 on Sunday.", "BTC", 63000),
    ("Cardano came close to $1.10 on Monday and then retreated to $1.02 by the afternoon.", "ADA", 1.10),
    ("Ether neared $4,000 on Friday before sellers stepped in, sending it back to $3,810.", "ETH", 4000),
])
def test_a_level_neared_then_left_is_the_stretchs_high_falling_short(text: str, coin: str, level: float) -> None:
    got = readings(text)
    assert ("intraday_high", coin, "below", level) in got
    assert not {r for r in got if r[0] == "price_level" and r[3] == level}


def test_a_price_sitting_near_a_level_after_a_falling_week_is_where_it_sits() -> None:
    got = readings("Solana hovers near $150 after a rough week that took it down almost 12%.")
    assert ("price_level", "SOL", "at", 150) in got
    assert not {r for r in got if r[0].startswith("intraday") and r[3] == 150}


def test_a_level_approached_on_the_way_up_to_a_peak_is_no_high_falling_short() -> None:
    got = readings("Ether's price approached $4,000 three weeks ago before peaking at $4,090.")
    assert ("intraday_high", "ETH", "below", 4000) not in got


@pytest.mark.parametrize(("text", "coin", "level"), [
    ("Ether is approaching $2,400 as buyers return.", "ETH", 2400),
    ("Bitcoin nears $98,000 as ETF inflows pick up.", "BTC", 98000),
])
def test_a_level_neared_now_is_still_below_it(text: str, coin: str, level: float) -> None:
    assert ("price_level", coin, "below", level) in readings(text)


# A move's destination said to stand now ('by press time') is the price, even after a past day named


@pytest.mark.parametrize(("text", "coin", "level"), [
    ("Ripple's token came close to $0.62 on Monday and retreated to $0.5950 by press time.", "XRP", 0.5950),
    ("Cardano spiked to $1.10 on Monday and slid to $1.02 at the time of writing.", "ADA", 1.02),
    ("Litecoin jumped to $96 on Sunday, then eased to $93.40 at press time.", "LTC", 93.40),
])
def test_a_destination_at_press_time_is_the_current_price(text: str, coin: str, level: float) -> None:
    got = readings(text)
    assert ("price_level", coin, "at", level) in got
    assert ("intraday_low", coin, "at", level) not in got


def test_a_destination_on_a_past_day_is_still_that_days_extreme() -> None:
    assert ("intraday_low", "BTC", "at", 58200) in readings("Bitcoin fell to $58,200 on Sunday before recovering.")


def test_its_total_after_the_market_is_named_is_the_markets() -> None:
    text = "The crypto market set a new milestone on Tuesday, with its total market capitalization topping $3.5 trillion."
    assert (None, 35000) in market_caps(text)


# A market cap without a figure is no reading


@pytest.mark.parametrize("text", [
    "Bitcoin dominance climbs as altcoins bleed.",
    "The market capitalization of Cardano has surged alongside its price this week.",
    "Total crypto market capitalization decreased as the selling spread to memecoins.",
])
def test_a_market_cap_direction_without_a_figure_is_no_claim(text: str) -> None:
    assert not [c for c in claims_of(text) if c.kind.value == "market_cap"]


def test_a_market_cap_with_its_figure_is_still_read() -> None:
    assert (None, 26000) in market_caps("Total crypto market capitalization decreased to $2.6 trillion as selling spread.")
