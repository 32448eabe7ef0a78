"""Derivatives and flows as altcoin derivatives stories write them (session 24, H37): liquidation
figures of a one-altcoin story, the level a change arrived at, open interest counted in other coins,
a level's change against a named day, and a change named again by a noun."""

from __future__ import annotations

import pytest

from extract_helpers import claims_of, find_claims


# --- an altcoin story's liquidations are the coin's -------------------------------------------------

@pytest.mark.parametrize("text, asset, value, side", [
    ("Cardano futures open interest rose 9% to $720 million as ADA climbed to a two-month high. On the rekt side, "
     "the data show $3.4 million liquidated in the last hour and $11.2 million over the past day.", "ADA", 3_400_000, None),
    ("Litecoin jumped 12% on Tuesday to its highest level since March, LTC charts show. Short positions worth "
     "$8.75 million were liquidated over 24 hours, compared to $1.2 million of longs.", "LTC", 8_750_000, "short"),
    ("Avalanche (AVAX) broke out of its range, and AVAX open interest hit $410 million. In the past four hours, "
     "$2.1 million of long positions were liquidated, against $640K of shorts.", "AVAX", 2_100_000, "long"),
])
def test_unnamed_liquidations_of_an_altcoin_story_are_the_coins(text, asset, value, side):
    found = find_claims(text, "liquidations", asset=asset, value=value)
    assert found, claims_of(text)
    if side is not None:
        assert found[0].side == side


@pytest.mark.parametrize("text", [
    "Bitcoin fell 4% to $88,000 on Monday. Long positions worth $410 million were liquidated over 24 hours.",
    "Dogecoin dropped 9% as DOGE traders fled. Across the crypto market, $620 million was liquidated in a day.",
])
def test_market_or_bitcoin_liquidations_keep_no_coin(text):
    assert find_claims(text, "liquidations", asset=None), claims_of(text)


# --- the level a change of open interest or volume arrived at ---------------------------------------

@pytest.mark.parametrize("text, kind, asset, value", [
    ("Trading volume for Polkadot jumped by over 41%, reaching a hefty $2.1 billion.", "volume", "DOT", 2_100_000_000),
    ("Open interest in Cardano futures climbed 12.3% in the last 24 hours, reaching a whopping $512 million.",
     "open_interest", "ADA", 512_000_000),
    ("The trading volume of Litecoin has seen a 33.1% increase in the last 24 hours, now standing at $640 million.",
     "volume", "LTC", 640_000_000),
    ("Avalanche's 24-hour volume posted a 20% decline over the past day, currently at $310 million.",
     "volume", "AVAX", 310_000_000),
])
def test_level_after_a_change_is_a_reading(text, kind, asset, value):
    assert find_claims(text, kind, asset=asset, value=value, comparator="at", unit="USD"), claims_of(text)


def test_change_itself_still_read_beside_its_level():
    text = "Open interest in Cardano futures climbed 12.3% in the last 24 hours, reaching a whopping $512 million."
    assert find_claims(text, "open_interest", asset="ADA", value=12.3, comparator="up", unit="%")


# --- open interest and volume counted in coins other than BTC and ETH -------------------------------

@pytest.mark.parametrize("text, kind, asset, value, unit, venue", [
    ("Cumulative open interest in Dogecoin perpetuals is currently 1.3 billion DOGE.", "open_interest", "DOGE", 1_300_000_000, "DOGE", None),
    ("Open interest in XRP futures sits at 912 million XRP on Binance.", "open_interest", "XRP", 912_000_000, "XRP", "Binance"),
    ("Litecoin futures open interest stands at 9.8 million LTC, according to CoinGlass.", "open_interest", "LTC", 9_800_000, "LTC", None),
    ("Open interest in Solana futures rose 8% to 52 million SOL over the week.", "open_interest", "SOL", 52_000_000, "SOL", None),
])
def test_open_interest_in_coins(text, kind, asset, value, unit, venue):
    found = find_claims(text, kind, asset=asset, value=value, unit=unit)
    assert found, claims_of(text)
    assert found[0].venue == venue


def test_venues_open_interest_in_coins_after_the_total():
    text = ("Open interest in XRP futures reached $2.6 billion. Binance leads with 610 million XRP, "
            "Bybit follows with 480 million XRP.")
    assert find_claims(text, "open_interest", asset="XRP", value=610_000_000, unit="XRP", venue="Binance")
    assert find_claims(text, "open_interest", asset="XRP", value=480_000_000, unit="XRP", venue="Bybit")


@pytest.mark.parametrize("text", [
    "XRP was changing hands at $0.62 XRP on Binance after the ruling.",
    "A whale moved 250 million XRP to an exchange wallet, on-chain data show.",
])
def test_coin_amounts_outside_a_series_are_no_open_interest(text):
    assert not [c for c in claims_of(text) if c.kind.value in {"open_interest", "volume"}], claims_of(text)


# --- a level's change against a day it names --------------------------------------------------------

@pytest.mark.parametrize("text, asset, value, comparator", [
    ("Aggregate XRP open interest now sits at 612 million XRP, still 21% higher than on March 3.", "XRP", 21, "up"),
    ("Aggregate bitcoin futures open interest is now $41.5 billion, still 12% lower than at the start of the month.", "BTC", -12, "down"),
    ("Ether open interest stands at 4.1 million ETH, which is 9% higher than last Friday.", "ETH", 9, "up"),
])
def test_change_told_after_a_level_is_the_series_change(text, asset, value, comparator):
    assert find_claims(text, "open_interest", asset=asset, value=value, comparator=comparator, unit="%"), claims_of(text)
    assert not find_claims(text, "price_change"), claims_of(text)


# --- a change named again by a noun -----------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("Cardano open interest jumped 18% to $410 million on Monday. This surge in open interest points to fresh leverage.", "open_interest"),
    ("Litecoin trading volume climbed 40% over the day. The increase in trading volume came as the price broke out.", "volume"),
    ("Polkadot open interest fell 11% to $190 million overnight, and the drop in OI came with negative funding.", "open_interest"),
])
def test_nominal_restatement_of_a_figured_change_is_no_second_claim(text, kind):
    assert not find_claims(text, kind, value=None), claims_of(text)


@pytest.mark.parametrize("text, kind, asset, comparator", [
    ("There was a slight increase in open interest for Litecoin on Monday.", "open_interest", "LTC", "up"),
    ("Cardano open interest jumped 18% to $410 million on Monday. Open interest kept rising on Tuesday.", "open_interest", "ADA", "up"),
])
def test_change_without_a_figured_one_before_stays(text, kind, asset, comparator):
    assert find_claims(text, kind, asset=asset, value=None, comparator=comparator), claims_of(text)


# --- a change with both ends written: 'rising from $A to $B' -----------------------------------------

@pytest.mark.parametrize("text, asset, start, end", [
    ("Avalanche (AVAX) open interest climbed 28.4% in a day, moving from $281.5 million to $361.4 million.",
     "AVAX", 281_500_000, 361_400_000),
    ("Data from CoinGlass shows a 6% rise in Cardano's total open interest within the past 24 hours, escalating "
     "from $410 million to $435 million.", "ADA", 410_000_000, 435_000_000),
    ("Litecoin open interest slid 9% on the week, falling from $330 million to about $300 million.", "LTC", 330_000_000, 300_000_000),
])
def test_both_ends_of_a_change_are_readings(text, asset, start, end):
    assert find_claims(text, "open_interest", asset=asset, value=start, comparator="at", unit="USD"), claims_of(text)
    assert find_claims(text, "open_interest", asset=asset, value=end, comparator="at", unit="USD"), claims_of(text)


# --- a level's change told in apposition with its period: 'a 5% monthly increase' --------------------

@pytest.mark.parametrize("text, asset, value, comparator", [
    ("Litecoin futures open interest rose to $410 million on Monday, marking a 12% weekly increase.", "LTC", 12, "up"),
    ("XRP open interest stands at $1.9 billion, representing a 4% daily drop.", "XRP", -4, "down"),
    ("Solana futures open interest surged to 38.2 million SOL ($5.1 billion) on May 2, marking a 6% monthly increase.", "SOL", 6, "up"),
])
def test_change_with_its_period_after_a_level(text, asset, value, comparator):
    assert find_claims(text, "open_interest", asset=asset, value=value, comparator=comparator, unit="%"), claims_of(text)
    assert not find_claims(text, "price_change"), claims_of(text)


def test_dollars_in_brackets_after_coins_is_the_same_total_in_dollars():
    text = "Solana futures open interest surged to 38.2 million SOL ($5.1 billion) on May 2, marking a 6% monthly increase."
    assert find_claims(text, "open_interest", asset="SOL", value=5_100_000_000, unit="USD")
    assert find_claims(text, "open_interest", asset="SOL", value=38_200_000, unit="SOL")
