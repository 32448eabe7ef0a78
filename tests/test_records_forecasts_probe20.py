"""Records, forecasts and opinions as real outlets write them, on sentences written for these
tests (none taken from an article): a first time at a level, a record above a level, a record
owned inside a scenario's condition, a record as the purpose of a required move, a predicted
move with its destination, a band joined by 'to', the premises of a scenario's call, outlooks on
monetary policy alone, causes of a move, the outcome of a scenario, and a level told when an
event came.
"""

from __future__ import annotations

import pytest

from factcheck.model import ClaimKind
from factcheck.nlp.extract import extract
from tests.extract_helpers import article_of, claims_of, find_claims


def _opinions(text: str) -> list[str]:
    return [c.text for c in extract(article_of(text)) if c.kind is ClaimKind.opinion]


# 1. 'surges to $X for the first time': a level never reached before is a record passed


@pytest.mark.parametrize(("text", "asset", "level"), [
    ("Ether surges to $5,300 for first time.", "ETH", 5300),
    ("Bitcoin climbed to $140,000 for the first time ever on Tuesday, exchange data showed.", "BTC", 140000),
    ("For the first time, solana jumped to $310 in late New York trading.", "SOL", 310),
])
def test_first_time_at_a_level_is_a_record_passed(text: str, asset: str, level: float) -> None:
    assert find_claims(text, "all_time_high", asset=asset, comparator="crossed_above", value=level)
    assert not find_claims(text, "price_level", asset=asset, value=level)


@pytest.mark.parametrize("text", [
    "XRP rallied to $3.40 for the first time since 2018.",
    "Bitcoin fell to $58,000 for the first time since February.",
    "Ether rose to $2,900 for the first time in six weeks.",
])
def test_first_time_since_is_a_return_not_a_record(text: str) -> None:
    assert not find_claims(text, "all_time_high")
    assert find_claims(text, "price_level")


# 2. 'a record high above $X': the record passed X (records are at, below or crossed_above)


@pytest.mark.parametrize(("text", "asset", "level"), [
    ("Bitcoin sets record high above $131,000\n\nThe coin pushed to a record high above $131,000 late on Friday.", "BTC", 131000),
    ("Solana hits all-time high above $320\n\nTraders cheered the move.", "SOL", 320),
    ("Ether set a fresh all-time high above $5,100 late on Wednesday.", "ETH", 5100),
])
def test_record_above_a_level_is_crossed_above(text: str, asset: str, level: float) -> None:
    records = find_claims(text, "all_time_high", asset=asset, value=level)
    assert [c.comparator.value for c in records] == ["crossed_above"]
    assert not find_claims(text, "intraday_high")


# 3. A record owned inside a scenario's condition: the record stands, no call to reclaim it


@pytest.mark.parametrize(("text", "asset", "level"), [
    ("A fund manager warned that if ether climbs back to its $4,950 all-time high, the move may fade quickly.", "ETH", 4950),
    ("If bitcoin manages to retake its $126,200 record, a desk expects a sharp reversal.", "BTC", 126200),
    ("If XRP climbs back to its $3.65 peak, one strategist expects sellers to wait there.", "XRP", 3.65),
])
def test_record_in_a_condition_is_no_call(text: str, asset: str, level: float) -> None:
    assert not find_claims(text, "forecast", asset=asset, value=level)
    for record in find_claims(text, "all_time_high", asset=asset, value=level):
        assert record.text  # the words of the record are kept ('its $4,950 all-time high')


# 4. 'needs to clear $X in order to reach its record': what a required move leads to, no record


@pytest.mark.parametrize("text", [
    "Ether has to get through $4,300 first in order to reach its all-time high, a desk said.",
    "Solana must first reclaim $250 in order to hit a new all-time high, analysts said.",
    "XRP has to hold $2.10 so as to reach a fresh record high later this year.",
])
def test_record_as_purpose_is_no_record(text: str) -> None:
    assert not find_claims(text, "all_time_high")


# 5. 'sees a 58% rise to $150K': the call is the destination, the percent only its distance


@pytest.mark.parametrize(("text", "asset", "target"), [
    ("A broker sees a 40% rally to $170K for bitcoin in its base case.", "BTC", 170000),
    ("A strategist sees a 25% drop to $2,400 for ether.", "ETH", 2400),
    ("Analysts expect a 30% rally to about $4.10 for XRP by March.", "XRP", 4.10),
])
def test_predicted_move_with_destination_is_one_call(text: str, asset: str, target: float) -> None:
    calls = find_claims(text, "forecast", asset=asset)
    assert [c.value for c in calls] == [pytest.approx(target)]
    assert not find_claims(text, "price_level")


def test_move_told_with_destination_stays_a_move() -> None:
    text = "Bitcoin posted a 12% rise to $98,000 last week."
    assert find_claims(text, "price_change", asset="BTC", value=12)
    assert not find_claims(text, "forecast")


# 6. '$A to $B' after a call: one call on the band; a zone to watch is no call


@pytest.mark.parametrize(("text", "asset", "low", "high"), [
    ("A research house predicts ether hitting $7,000 to $8,000 next year.", "ETH", 7000, 8000),
    ("Ether could rally to $4,200 to $4,400 if buyers return.", "ETH", 4200, 4400),
    ("A desk said solana may slide to $120 to $125 before dip buyers step in.", "SOL", 120, 125),
])
def test_band_joined_by_to_is_one_call(text: str, asset: str, low: float, high: float) -> None:
    calls = find_claims(text, "forecast", asset=asset)
    assert [(c.comparator.value, c.value, c.value_high) for c in calls] == [("between", low, high)]


def test_band_keeps_a_later_call_on_its_far_end() -> None:
    text = "A research house predicts ether hitting $7,000 to $8,000 next year. One investor keeps his $8,000 target for ether."
    assert find_claims(text, "forecast", asset="ETH", comparator="between", value=7000)
    assert find_claims(text, "forecast", asset="ETH", comparator="at", value=8000)


@pytest.mark.parametrize("text", [
    "On the daily chart, the $98,000 to $101,000 zone will matter most this week.",
    "For ether, the $3,400 to $3,600 area will be key this week.",
    "The $0.50 to $0.55 band will decide where dogecoin goes next.",
])
def test_zone_to_watch_is_no_call(text: str) -> None:
    assert not find_claims(text, "forecast")


def test_move_from_one_level_to_another_keeps_its_destination() -> None:
    assert find_claims("A trader expects solana to climb from $140 to $180 by March.", "forecast", asset="SOL", value=180)


# 7. The premises of a scenario's call are its method, not a reading


@pytest.mark.parametrize("text", [
    "Our ether target assumes that staking demand keeps climbing through the year.",
    "The bull case hinges on the Fed cutting rates twice and on steady ETF demand.",
    "The main risks to this bear case include a supply squeeze and a friendlier Fed.",
    "The bank's solana forecast also relies on new ETF listings going ahead.",
    "The estimates come from the bank's quarterly valuation model.",
])
def test_forecast_premise_is_no_opinion(text: str) -> None:
    assert _opinions(text) == []


def test_case_for_a_policy_is_not_a_scenario() -> None:
    assert _opinions("Bitcoin bulls argue that the case for easing keeps growing, and that momentum will return.")


# 8. Policy outlooks with no word for the market are no reading of it


@pytest.mark.parametrize("text", [
    "“A hike in March now looks unlikely given the softer inflation prints,” the desk said.",
    "Policy is probably turning more restrictive in the second half.",
    "Inflation is likely cooling faster than the Fed expected, an economist said.",
    "“A December hike looks unlikely now that payrolls have softened,” desk traders stated in a morning note.",
])
def test_policy_outlook_alone_is_no_opinion(text: str) -> None:
    assert _opinions(text) == []


@pytest.mark.parametrize("text", [
    "A hawkish Fed would likely weigh on bitcoin in the weeks ahead.",
    "A softer tone from the Fed could revive bullish momentum across crypto.",
    "Traders are betting that the Fed will cut rates twice this year.",
])
def test_policy_outlook_about_the_market_is_an_opinion(text: str) -> None:
    assert _opinions(text)


# 9. Causes: wire idioms, and a cause that moves the coin; a level told when an event came is no cause


@pytest.mark.parametrize(("text", "cause"), [
    ("Solana hit a record of $295 on Sunday, underpinned by reports that a large fund had filed for an ETF.", "underpinned by reports"),
    ("Ether jumped to a two-month high in response to the court ruling on staking.", "in response to the court ruling"),
    ("Solana last peaked in January, when buyers were cheered by talk of new ETF listings.", "cheered by talk of new ETF listings"),
    ("The court ruling pushed XRP sharply higher on Thursday.", "The court ruling pushed XRP"),
    ("Renewed tariff threats dragged ether down through the weekend.", "tariff threats dragged ether"),
])
def test_cause_of_a_move_is_an_opinion(text: str, cause: str) -> None:
    assert any(cause in o for o in _opinions(text))


@pytest.mark.parametrize("text", [
    "Buyers pushed bitcoin higher into the close.",
    "Bitcoin traded at about $97,500 as the jobs data crossed the wires.",
    "Ether was trading near $3,100 as Asian markets digested the jobs report.",
])
def test_move_by_traders_or_level_at_a_moment_is_no_opinion(text: str) -> None:
    assert _opinions(text) == []


# 10. The outcome of a scenario, told with a modal and no figure, reads the market


@pytest.mark.parametrize(("text", "outcome"), [
    ("If ether reclaims $3,000, the odds of a short squeeze would jump.", "the odds of a short squeeze would jump"),
    ("“If the slide deepens, which seems to be the case, it may be tough for XRP to hold its gains,” a trader said.",
     "it may be tough for XRP to hold its gains"),
    ("One strategist said that if inflows persist, barring a shock, solana may start a fresh leg up before summer.",
     "solana may start a fresh leg up"),
])
def test_scenario_outcome_is_a_conditional_opinion(text: str, outcome: str) -> None:
    found = [c for c in extract(article_of(text)) if c.kind is ClaimKind.opinion]
    assert any(outcome in c.text for c in found)
    assert all(c.modality.value == "conditional" for c in found if outcome in c.text)
    assert not any(c.text.lstrip("“\"").lower().startswith("if ") for c in found)  # the condition is no reading


def test_scenario_outcome_taken_by_another_clause() -> None:
    text = ("\"If rates rise again, funds tend to reply, 'we are up on ether, it may be time to book some of it,'\" "
            "a banker said.")
    assert not any(o.startswith("it may be time") for o in _opinions(text))


def test_figure_outcome_stays_a_forecast() -> None:
    text = "If solana loses $120, it could drop to $100."
    assert find_claims(text, "forecast", asset="SOL", value=100)
    assert claims_of(text)


# 11. A record told in one sentence, its high in the next: that high is the record's level


@pytest.mark.parametrize(("text", "asset", "level"), [
    ("Bitcoin set a new record on Wednesday. The coin climbed as much as 4% to $131,400 in New York trading.",
     "BTC", 131400),
    ("Ether surged to a fresh all-time high. It traded as high as $5,020 in Asian hours, exchange data showed.", "ETH", 5020),
    ("Solana climbed to a new record on Monday.\nThe token rose to a peak of $312.40 before paring gains.", "SOL", 312.40),
])
def test_high_after_a_record_is_its_level(text: str, asset: str, level: float) -> None:
    assert find_claims(text, "all_time_high", asset=asset, comparator="at", value=level)
    assert not find_claims(text, "intraday_high", asset=asset)


@pytest.mark.parametrize("text", [
    "Ether hit a record on Thursday. It later rose as much as 2% to $4,990 on Friday.",
    "Bitcoin soared to an all-time high on Monday. It was last trading at $95,400.",
    "Bitcoin made a fresh all-time high that day. At 11:58 UTC its price surged to $108,000.",
])
def test_later_price_after_a_record_is_no_level_of_it(text: str) -> None:
    assert not [c for c in find_claims(text, "all_time_high") if c.value is not None]


# 12. '$X could be the bottom': where a move is said to end, named as its bottom or top, is a call


@pytest.mark.parametrize(("text", "asset", "comparator", "low", "high"), [
    ("One desk thinks $2,300 to $2,500 may be the bottom for ether this year.", "ETH", "between", 2300, 2500),
    ("Analysts say $2,100 could be the bottom for ether.", "ETH", "at", 2100, None),
    ("A trader thinks $160,000 may mark the cycle top for bitcoin.", "BTC", "at", 160000, None),
])
def test_bottom_or_top_call_is_a_forecast(text: str, asset: str, comparator: str, low: float, high: float | None) -> None:
    calls = find_claims(text, "forecast", asset=asset)
    assert [(c.comparator.value, c.value, c.value_high) for c in calls] == [(comparator, low, high)]
    assert not find_claims(text, "price_level")


def test_bottom_told_in_the_past_is_no_call() -> None:
    assert not find_claims("For ether, the $3,000 area was the bottom in April.", "forecast")


# 13. A participle that reports ('noting that', 'adding that') opens a statement: its percent is no size of the call


@pytest.mark.parametrize("text", [
    "A strategist says the setup may set the stage for a broad rebound, noting that 40% of XRP holders are at a loss.",
    "Analysts say the setup could fuel a sharp rally, noting that 31% of ether's supply sits on exchanges.",
    "The desk warned of a deeper correction, adding that 14% of bitcoin's supply changed hands this week.",
    "Traders eye a move higher, arguing that 12% of solana's float is staked.",
])
def test_reported_share_is_no_move_or_call(text: str) -> None:
    assert not [c for c in claims_of(text) if c.unit == "%" and c.kind in {ClaimKind.forecast, ClaimKind.price_change}]


def test_gain_told_with_add_stays_a_move() -> None:
    assert find_claims("Bitcoin added 3% on Monday, and ether added 2.5%.", "price_change", asset="ETH", value=2.5)
