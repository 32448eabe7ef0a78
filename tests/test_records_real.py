"""Records as real record-high stories tell them: the price near its record without a figure
('closing in on', 'within striking distance of', 'a long way off'), a position beside a record
told with its level (two claims), and a record-time prefix that tells no record. Every sentence
is written for these tests."""

from __future__ import annotations

import pytest

from tests.extract_helpers import claims_of, find_claims


@pytest.mark.parametrize(
    ("sentence", "asset"),
    [
        ("Cardano is closing in on its all-time high after a 9% week.", "ADA"),
        ("Dogecoin Moves Within Striking Distance Of Its Record High", "DOGE"),
        ("Even after Tuesday's bounce, bitcoin remains a long way off its 2021 peak.", "BTC"),
        ("Ether crept up toward the all-time high during Asian hours.", "ETH"),
        ("Litecoin is inching closer to a new record high, traders noted.", "LTC"),
        ("Solana Closes In On All-Time Price High As Volumes Swell", "SOL"),
    ],
)
def test_the_price_near_its_record_is_under_it(sentence: str, asset: str) -> None:
    (claim,) = find_claims(sentence, "all_time_high")
    assert (claim.asset, claim.comparator.value, claim.value) == (asset, "below", None)


@pytest.mark.parametrize(
    ("sentence", "asset", "level"),
    [
        ("XRP now sits about 20 cents short of its all-time high of $3.84 set in 2018.", "XRP", 3.84),
        ("Ether is creeping up toward the record of $4,950 it posted in August.", "ETH", 4950),
        ("Ether changed hands at $4,880, a hair below the record of $4,953 it set on Sunday.", "ETH", 4953),
    ],
)
def test_a_record_told_with_its_level_near_the_price_is_the_level(sentence: str, asset: str, level: float) -> None:
    """The project's corpus reads 'short of its record of $3.65' as the record at its level only."""
    assert [c.asset for c in find_claims(sentence, "all_time_high", comparator="at", value=level)] == [asset]
    assert find_claims(sentence, "all_time_high", comparator="below") == []


def test_a_move_down_from_a_peak_is_no_position_under_the_record() -> None:
    sentence = "Bitcoin slid to $91,200 from its peak of about $97,400 before buyers returned."
    assert find_claims(sentence, "all_time_high", comparator="below") == []


def test_a_record_of_a_coin_pair_is_not_the_dollar_record() -> None:
    assert find_claims("Ether remains far from its 2017 high when priced against bitcoin.", "all_time_high") == []
    assert find_claims("Chainlink is still a long way off its record in BTC terms.", "all_time_high") == []


def test_a_headline_of_nearness_restated_by_a_figured_distance_is_one_claim() -> None:
    text = ("Avalanche Edging Closer To All-Time High\n\n"
            "Avalanche is now only 9.5% below its all-time high after a strong week.")
    records = find_claims(text, "all_time_high")
    assert [(c.comparator.value, c.value) for c in records] == [("below", 9.5)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Post-All-Time High Rallies In Bitcoin Have Often Lasted For Months",
        "The post-record high pullback in ether deepened on Monday.",
        "Pre-All-Time High Jitters Grip Solana Traders",
    ],
)
def test_a_record_time_prefix_tells_no_record(sentence: str) -> None:
    assert [c for c in claims_of(sentence) if c.kind.value == "all_time_high"] == []


def test_a_record_still_reached_by_its_verb() -> None:
    (claim,) = find_claims("Bitcoin posts a new all-time high as ETF demand builds.", "all_time_high")
    assert (claim.comparator.value, claim.value) == ("crossed_above", None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Open interest slipped to $8.2 billion, a 12% drop from its March 3 peak of $9.3 billion.",
        "Daily inflows are running well below the January peak of roughly $1.1 billion.",
        "Realised profits of $900 million are a fraction of the Nov. 21 peak at $3.4bn.",
    ],
)
def test_a_peak_written_as_a_series_size_is_no_price_record(sentence: str) -> None:
    assert find_claims(sentence, "all_time_high") == []


def test_a_peak_written_as_a_price_stays_a_record() -> None:
    sentence = "Solana is 18% below its peak of $293, set in January."
    assert find_claims(sentence, "all_time_high", comparator="below", value=18)
    assert find_claims(sentence, "all_time_high", comparator="at", value=293)


@pytest.mark.parametrize(
    ("sentence", "asset"),
    [
        ("Cardano may have slipped back under its 2021 peak, but its developers keep shipping.", "ADA"),
        ("Ether might be trading below its all-time high, but long-term holders are not selling.", "ETH"),
        ("Bitcoin may now sit a long way off its record high, but miners remain profitable.", "BTC"),
    ],
)
def test_a_record_granted_by_may_but_is_told_not_guessed(sentence: str, asset: str) -> None:
    (claim,) = find_claims(sentence, "all_time_high")
    assert (claim.asset, claim.comparator.value, claim.value, claim.modality.value) == (asset, "below", None, "asserted")


def test_a_record_level_granted_by_may_but_is_no_call() -> None:
    sentence = "Solana may be trading under its record high of $293, but that does not mean it cannot double by 2027."
    assert find_claims(sentence, "all_time_high", comparator="at", value=293, modality="asserted")
    assert find_claims(sentence, "forecast", value=293) == []


@pytest.mark.parametrize("sentence", ["Ether may well set a new all-time high this year, but risks remain.",
                                      "Dogecoin might reach a new record high if the rally holds, but few expect it."])
def test_a_record_may_well_reach_stays_a_prospect(sentence: str) -> None:
    assert all(c.modality.value in {"forecast", "conditional"} for c in claims_of(sentence) if "high" in c.text)
    assert find_claims(sentence, "all_time_high", modality="asserted") == []


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Bitcoin Slips as Ether Nears Record", "ETH"),
        ("Cardano Nears Record\n\nCardano added 6% on Thursday as buyers returned.", "ADA"),
        ("Solana is nearing a record as memecoin trading booms.", "SOL"),
        ("BNB approaches a fresh record, with futures volumes at a monthly high.", "BNB"),
    ],
)
def test_nearing_a_bare_record_is_under_it(text: str, asset: str) -> None:
    assert [(c.asset, c.value) for c in find_claims(text, "all_time_high", comparator="below")] == [(asset, None)]


def test_nearing_a_record_of_another_series_is_no_price_record() -> None:
    assert find_claims("Ether nears record inflows as ETFs draw demand.", "all_time_high") == []


@pytest.mark.parametrize(
    ("sentence", "asset", "level"),
    [
        ("Avalanche jumped from $38 to $52 and thus set a new all-time high.", "AVAX", 52),
        ("Dogecoin rose to $0.74, thereby setting a new historic price peak.", "DOGE", 0.74),
        ("Chainlink surged from $31.20 to $36.90 and, in doing so, hit a fresh record high.", "LINK", 36.9),
    ],
)
def test_the_level_a_rise_reached_in_making_a_record_is_the_record(sentence: str, asset: str, level: float) -> None:
    assert [c.asset for c in find_claims(sentence, "all_time_high", comparator="at", value=level)] == [asset]
    assert find_claims(sentence, "price_level", value=level) == []


def test_a_level_and_then_another_move_is_no_record() -> None:
    sentence = "Bitcoin rallied to $71,200 and then slipped back as a new record eluded it."
    assert find_claims(sentence, "all_time_high", value=71200) == []


def test_a_new_record_low_in_apposition_is_no_record_high() -> None:
    assert find_claims("Ether fell from $2,900 to $2,410, a new record low for the quarter.", "all_time_high") == []


def test_a_call_on_the_record_level_outside_a_concession_stays_a_call() -> None:
    sentence = "If the cycle repeats, the 2021 record at just under $69k will be tested hard by spring."
    assert find_claims(sentence, "forecast", value=69000)
