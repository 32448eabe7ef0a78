"""Price-side forms the harder corpus articles 051-054 brought in: session extremes told in
traders' idiom (buyers found, sellers met, a pullback overnight), support and resistance
written as bare labels or lists, a record headline without its article, and a yearly
rate that is no move."""

from __future__ import annotations

from datetime import UTC, datetime

from factcheck.model import Article, Claim, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 9, 17, 8, 30, tzinfo=UTC)  # a Wednesday morning
PRICE_KINDS = {"price_level", "price_change", "intraday_high", "intraday_low", "support", "resistance", "all_time_high", "forecast"}


def claims(text: str) -> list[Claim]:
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")
    return [c for c in extract(article) if c.kind.value in PRICE_KINDS]


def found(text: str) -> set[tuple[str, str | None, str, float | None]]:
    return {(c.kind.value, c.asset, c.comparator.value, c.value) for c in claims(text)}


# Session extremes in traders' idiom


def test_buyers_found_at_a_price_mark_the_low() -> None:
    got = found("Bitcoin found buyers at $112,340 on Tuesday and closed the day higher.")
    assert ("intraday_low", "BTC", "at", 112340) in got
    assert not any(kind == "price_level" and value == 112340 for kind, _, _, value in got)


def test_bids_drawn_near_a_price_mark_the_low() -> None:
    assert ("intraday_low", "ETH", "at", 4420) in found("Ether drew bids near $4,420 in Asian hours before recovering to $4,510.")


def test_buyers_stepping_in_mark_the_low() -> None:
    assert ("intraday_low", "SOL", "at", 231) in found("Solana slid early on Tuesday, but buyers stepped in at $231 and the coin pared its loss.")


def test_sellers_met_at_a_price_mark_the_high() -> None:
    assert ("intraday_high", "BTC", "at", 117250) in found("Bitcoin met sellers at $117,250 on Monday and gave back part of the move.")


def test_a_rally_turned_back_marks_the_high() -> None:
    assert ("intraday_high", "ETH", "at", 4690) in found("Ether's rally was turned back at $4,690 on Monday afternoon.")


def test_selling_pressure_met_marks_the_high() -> None:
    assert ("intraday_high", "BTC", "at", 117900) in found("Bitcoin's rally met selling pressure near $117,900 on Monday.")


def test_a_bounce_off_a_price_marks_the_low_not_a_move_of_that_size() -> None:
    got = found("Bitcoin bounced off $111,800 on Monday and climbed to $114,300 by the close.")
    assert ("intraday_low", "BTC", "at", 111800) in got
    assert not any(kind == "price_change" for kind, *_ in got)


def test_a_rise_from_a_price_is_not_read_as_a_low() -> None:
    got = found("Ether rose from $4,310 to $4,480 during the session.")
    assert not any(kind == "intraday_low" and value == 4310 for kind, _, _, value in got)


def test_buyers_expected_are_no_session_low() -> None:
    got = found("If the selling deepens, bitcoin could find buyers near $105,000.")
    assert not any(kind == "intraday_low" for kind, *_ in got)


def test_an_overnight_pullback_toward_a_price_is_the_nights_low() -> None:
    got = found("Bitcoin topped out near $117,000 on Tuesday and has eased back toward $115,200 overnight.")
    assert ("intraday_low", "BTC", "at", 115200) in got
    assert not any(kind == "price_level" and value == 115200 for kind, _, _, value in got)


def test_an_overnight_pullback_to_a_price_is_the_nights_low() -> None:
    assert ("intraday_low", "ETH", "at", 4410) in found("Ether pulled back to $4,410 overnight as Asian desks sold.")


def test_an_overnight_rebound_toward_a_price_is_the_nights_high() -> None:
    assert ("intraday_high", "ETH", "at", 4550) in found("Ether rebounded back toward $4,550 overnight after Tuesday's slide.")


def test_a_drift_higher_overnight_is_the_nights_high_not_its_low() -> None:
    got = found("Bitcoin drifted higher toward $116,800 overnight.")
    assert ("intraday_high", "BTC", "at", 116800) in got
    assert ("intraday_low", "BTC", "at", 116800) not in got
    assert ("intraday_high", "ETH", "at", 4520) in found("Ether drifted higher to $4,520 on Sunday.")


def test_a_push_toward_a_price_is_still_not_there() -> None:
    assert ("price_level", "BTC", "below", 120000) in found("Bitcoin bulls push toward $120,000 as ETF inflows pick up.")


def test_an_easing_to_a_price_on_a_past_day_is_that_days_low() -> None:
    assert ("intraday_low", "ETH", "at", 4380) in found("Ether eased to $4,380 on Sunday before the weekly close.")


# Support and resistance written as labels and lists


def test_bare_labels_give_each_line_its_own_level() -> None:
    got = found("Bitcoin is at $115,900.\nSupport $113,000; resistance $118,500.")
    assert ("support", "BTC", "at", 113000) in got
    assert ("resistance", "BTC", "at", 118500) in got
    assert ("resistance", "BTC", "at", 113000) not in got


def test_labels_in_the_other_order_and_with_a_qualifier() -> None:
    got = found("Ether is at $4,500. Resistance $4,700; immediate support $4,350.")
    assert ("resistance", "ETH", "at", 4700) in got
    assert ("support", "ETH", "at", 4350) in got


def test_a_role_after_and_belongs_to_the_next_level() -> None:
    got = found("The desk marks support at $113,500 and resistance at $117,800 for bitcoin this week.")
    assert ("support", "BTC", "at", 113500) in got
    assert ("resistance", "BTC", "at", 117800) in got
    assert ("resistance", "BTC", "at", 113500) not in got


def test_support_as_a_verb_is_no_line() -> None:
    got = found("Steady ETF demand could support $110,000 for bitcoin into the weekend.")
    assert not any(kind == "support" for kind, *_ in got)


def test_a_second_level_listed_after_an_aside_is_the_same_role() -> None:
    got = found("Bitcoin trades at $115,900.\nSupport: $112,000–$113,000, where Friday's dip was absorbed, then $109,500.")
    assert ("support", "BTC", "between", 112000) in got
    assert ("support", "BTC", "at", 109500) in got


def test_an_aside_with_a_figure_ends_the_list() -> None:
    got = found("Bitcoin trades at $115,900.\nSupport: $112,000–$113,000, where 2% was lost, then $109,500.")
    assert ("support", "BTC", "at", 109500) not in got


def test_a_condition_on_a_zone_already_given_is_not_a_second_line() -> None:
    text = ("Bitcoin trades at $115,900.\nSupport: $112,000–$113,000.\n"
            "If $112,000 gives way, we would expect a retest of $109,500.")
    got = found(text)
    assert ("support", "BTC", "between", 112000) in got
    assert ("support", "BTC", "at", 112000) not in got


def test_a_condition_outside_any_zone_still_presupposes_a_floor() -> None:
    got = found("Bitcoin trades at $115,900. If $112,000 gives way, a retest of $109,500 is likely.")
    assert ("support", "BTC", "at", 112000) in got


# Records in headlines


def test_a_headline_first_time_crossing_is_a_record() -> None:
    got = claims("Ether clears $5,000 for first time as ETF demand builds")
    record = [c for c in got if c.kind.value == "all_time_high"]
    assert [(c.comparator.value, c.value) for c in record] == [("crossed_above", 5000)]
    assert not any(c.kind.value == "price_level" for c in got)


def test_a_first_time_since_a_date_is_no_record() -> None:
    got = found("Bitcoin tops $118,000 for first time since July")
    assert not any(kind == "all_time_high" for kind, *_ in got)


# A yearly rate is no move


def test_an_annualised_rate_is_no_price_move() -> None:
    got = found("Funding on Binance averaged -0.0030% per 8h on Tuesday. Annualised, that works out to about -3.3%.")
    assert not any(kind == "price_change" for kind, *_ in got)


def test_a_signed_move_without_a_rate_word_is_still_a_move() -> None:
    assert ("price_change", "BTC", "down", -1.4) in found("BTC $115,900 (-1.4% 24h).")
