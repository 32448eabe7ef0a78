"""Claims that were not there, seen on twenty real pages read blind (session 26): a feed's footer,
a gauge explained rather than read, an open test, a gauge's own move between zones, a peak
that took a record's figure, a bounce zone read as a target, a famed level read as a call, and
a coin priced at a supposed valuation. Every sentence here is our own."""

from __future__ import annotations

import pytest

from factcheck.article.junk import is_junk
from factcheck.article.load import load_article
from factcheck.model import ClaimKind
from factcheck.nlp.extract import extract
from tests.extract_helpers import article_of, find_claims


def _opinions(text: str) -> list[str]:
    return [c.text for c in extract(article_of(text)) if c.kind is ClaimKind.opinion]


def test_a_feed_footer_is_junk_however_many_figures_it_repeats() -> None:
    assert is_junk("The post Ether Tops $4,000 as Shorts Lose $90 Million appeared first on Example Wire.", korean_body=False)
    assert is_junk("The post Bitcoin Holds $60K first appeared on Ledger Example.", korean_body=False)
    assert not is_junk("The post-halving rally lifted bitcoin 12% to $71,000 in a week, before sellers appeared.",
                       korean_body=False)


def test_a_feed_footer_gives_no_claim() -> None:
    body = ("Ether climbed 6% to $4,050 on Friday as short sellers covered.\n\n"
            "The post Ether Tops $4,000 as Price Nears Its Record appeared first on Example Wire.\n")
    article = load_article("footer.txt", text=body, published="2025-08-08T12:00:00Z")
    assert "appeared first" not in article.text
    assert not [c for c in extract(article) if "appeared first" in c.text]


@pytest.mark.parametrize("sentence", [
    "The Fear & Greed Index, compiled by a data site, is designed to gauge overall investor sentiment toward bitcoin "
    "and the wider market.",
    "Readings above 60 suggest greed, while scores below 40 indicate fear.",
    "If the RSI value is above 50, the bulls still have the advantage, but if the reading is below 50, the opposite is true.",
    "Whether bitcoin can extend the rally hinges on a weekly close above the range.",
    "Whether ETH can regain its uptrend depends on its ability to hold support.",
    "For those watching the wider market, it is worth comparing this pullback with the recent slide in XRP, which has "
    "seen on-chain activity soften across the board.",
    "Meanwhile, the Crypto Fear & Greed Index slipped back into neutral after briefly touching greed earlier this week.",
])
def test_no_reading_in_a_definition_an_open_test_advice_or_the_gauge_moving_between_zones(sentence: str) -> None:
    assert _opinions(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Readings above 70 this week suggest the rally is overheating.",  # this week's readings: read, not defined
    "The Fear & Greed Index slipped back into fear as traders dumped altcoins on tariff worries.",  # a cause given
    "If the RSI breaks above 70, ether could face a sharp pullback as buyers run out of steam.",  # a scenario
])
def test_readings_beside_them_stay_opinions(sentence: str) -> None:
    assert _opinions(sentence)


def test_a_zone_defined_by_a_when_clause_is_no_reading_of_the_gauge() -> None:
    text = "When the index drops below 20, it signals extreme fear, and scores above 80 mean extreme greed."
    assert find_claims(text, "sentiment_index") == []


def test_a_figure_after_a_record_belongs_to_the_peak_named_between_them() -> None:
    text = "Ether is edging toward its previous all-time high, reaching a session peak of $4,620."
    assert not find_claims(text, "all_time_high", value=4620.0)
    assert find_claims(text, "intraday_high", value=4620.0)
    assert find_claims("Bitcoin set a new all-time high, reaching $126,200 on Monday.", "all_time_high", value=126200.0)


def test_a_level_that_could_act_as_a_bounce_zone_is_a_support_not_a_target() -> None:
    text = "The 200-day average at $58,400 could serve as a bounce zone if selling resumes."
    assert find_claims(text, "support", value=58400.0)
    assert not find_claims(text, "forecast")


def test_a_famed_level_is_no_forecast() -> None:
    assert not find_claims("Bitcoin finally retook the highly anticipated $100,000 mark on Thursday.", "forecast")
    assert find_claims("Analysts anticipate a move to $110,000 by March.", "forecast", value=110000.0)


def test_a_coin_priced_at_a_supposed_valuation_is_arithmetic() -> None:
    text = "Were solana to reach a $200 billion valuation, each SOL would be worth about $360."
    assert not [c for c in extract(article_of(text)) if c.kind is not ClaimKind.opinion]
    assert find_claims("Solana could climb to $360 by June, analysts said.", "forecast", value=360.0)


def test_a_new_record_in_the_headline_and_with_its_level_in_the_body_is_one_claim() -> None:
    body = ("Ether hits new all-time high as staking demand builds\n\n"
            "Ether set a new all-time high of $4,955.20 on Sunday, up 4% on the day. "
            "The previous record of $4,878 was set in November 2021.\n")
    article = load_article("record.txt", text=body, published="2025-08-24T18:00:00Z")
    records = [c for c in extract(article) if c.kind is ClaimKind.all_time_high]
    assert sorted(c.value for c in records) == [4878.0, 4955.2]


def test_the_ends_of_a_fib_move_named_after_their_figures_are_the_swing_extremes() -> None:
    text = ("The price could climb and test the $64,500 resistance or the 50% Fib retracement level of the move "
            "down from the $67,210 swing high to the $61,880 low.")
    assert find_claims(text, "intraday_low", value=61880.0)
    assert find_claims(text, "intraday_high", value=67210.0)
    assert not find_claims(text, "forecast", value=61880.0)


def test_a_move_told_to_the_downside_is_no_forecast() -> None:
    assert not find_claims("Ether stalled and reacted to the downside below the $2,400 level.", "forecast")
    assert find_claims("Traders braced for further downside below the $2,400 level.", "forecast", value=2400.0)


def test_a_move_of_the_precious_metal_is_not_the_coin_s() -> None:
    text = "Bitcoin climbed 2% to $98,000 on Friday. Silver slipped, and the precious metal is now down 4% for the week."
    assert find_claims(text, "price_change", value=2.0)
    assert not find_claims(text, "price_change", value=-4.0)


def test_a_role_after_the_next_list_item_is_not_the_line_s() -> None:
    text = "Ether slid under the 20-day EMA near $2,410, and more importantly, the floor at $2,350."
    assert find_claims(text, "support", value=2350.0)
    assert not find_claims(text, "support", value=2410.0)
    assert find_claims("$72,000, where the rebound stalled, is the ceiling.", "resistance", value=72000.0)
