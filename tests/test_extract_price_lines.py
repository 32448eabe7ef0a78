"""Price lines: supports and resistances described in clauses, forecast targets in the words
of targets and stops, the price stated with no verb, and the figures that are no price claim
at all (a moving average's value, the condition a scenario assumes, a prediction market's odds)."""

from __future__ import annotations

from datetime import UTC, datetime

from factcheck.model import Article, Claim, ClaimKind, Comparator, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 9, 16, 8, 0, tzinfo=UTC)
LINES = {ClaimKind.support, ClaimKind.resistance, ClaimKind.forecast, ClaimKind.price_level}


def lines(text: str) -> set[tuple[str, str | None, str, float | None]]:
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")
    return {(c.kind.value, c.asset, c.comparator.value, c.value) for c in extract(article) if c.kind in LINES}


def claims(text: str) -> list[Claim]:
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")
    return [c for c in extract(article) if c.kind in LINES]


# Supports and resistances named by what the level does


def test_a_level_that_holds_dips_is_a_support() -> None:
    assert ("support", "ETH", "at", 4100) in lines("Ether slipped overnight, and $4.1K is the line that has held every pullback since August.")


def test_a_level_buyers_must_defend_is_a_support() -> None:
    assert ("support", "BTC", "at", 108000) in lines("Bitcoin eased to $111,200, with the $108,000 zone bulls must defend on any retest.")


def test_a_level_where_rallies_stall_is_a_resistance() -> None:
    assert ("resistance", "BTC", "at", 118000) in lines("For bitcoin, $118,000 is the level that capped both September rallies.")


def test_a_role_named_after_an_aside_belongs_to_the_level() -> None:
    found = lines("Bitcoin slipped on Monday. $117,500, where last week's bounce stalled, is the ceiling to watch.")
    assert ("resistance", "BTC", "at", 117500) in found
    found = lines("Desk analysts flagged $4,250, the August 22 low, as the level buyers need to hold.")
    assert ("support", "ETH", "at", 4250) in found or ("support", None, "at", 4250) in found


def test_a_price_that_holds_or_gives_way_is_a_floor() -> None:
    assert ("support", "SOL", "at", 210) in lines("Solana bounced after $210 held on Tuesday's retest.")
    assert ("support", "BTC", "at", 112000) in lines("Bitcoin could slide further if $112,000 gives way.")


def test_a_rejection_marks_a_resistance() -> None:
    assert ("resistance", "ETH", "at", 4750) in lines("Ether was rejected near $4,750 and eased back to $4,520 by the European open.")


def test_a_forecast_through_a_line_keeps_the_line() -> None:
    found = lines("If inflows hold up, bitcoin could clear the resistance at $120,000 within days.")
    assert ("resistance", "BTC", "at", 120000) in found
    assert ("forecast", "BTC", "above", 120000) in found


# Forecast targets


def test_a_figure_named_a_target_or_a_stop_is_a_forecast() -> None:
    assert ("forecast", "BTC", "at", 150000) in lines("The bank kept its $150,000 target for bitcoin into next year.")
    assert ("forecast", "SOL", "at", 260) in lines("For the bulls, $260 is the natural next stop for Solana.")
    assert ("forecast", "BTC", "at", 105000) in lines("Bitcoin: lose the weekly low and the next stop is $105,000.")


def test_prediction_market_odds_name_no_forecast() -> None:
    # the market's probability of a level, not a level predicted (corpus/README: odds are negatives)
    found = lines("Traders on Polymarket put the odds of bitcoin hitting $125,000 by December at 38%.")
    assert not [c for c in found if c[2:] == ("at", 125000) or c[0] == "forecast"]


def test_a_level_a_scenario_brings_into_play_is_a_forecast() -> None:
    assert ("forecast", "ETH", "at", 4000) in lines("A daily close under $4,300 for ether would put $4,000 back in play.")
    assert ("forecast", "BTC", "at", 100000) in lines("Failing that, a slide in bitcoin would expose the $100,000 level.")
    assert ("forecast", "BTC", "at", 130000) in lines("Some traders are positioning for $130,000 in bitcoin before the year ends.")


def test_a_move_named_as_a_noun_is_expected_unless_told_in_the_past() -> None:
    assert ("forecast", "BTC", "at", 124000) in lines("A clean break of the range opens a measured move to $124,000 for bitcoin.")
    found = lines("Bitcoin saw a drop to $107,300 on Friday.")
    assert ("forecast", "BTC", "at", 107300) not in found


def test_a_price_someone_sees_ahead_is_a_forecast() -> None:
    found = lines("Analysts at the fund see ether climbing to $5,200 in the fourth quarter.")
    assert ("forecast", "ETH", "at", 5200) in found
    assert ("price_level", "ETH", "at", 5200) not in found


def test_a_range_called_the_likely_path_is_a_forecast() -> None:
    found = lines("We think a range of $108,000–$118,000 is the most likely path for bitcoin into October.")
    assert ("forecast", "BTC", "between", 108000) in found


def test_a_past_tense_verb_is_no_forecast_whatever_else_the_sentence_expects() -> None:
    found = lines("Ahead of the Fed meeting, which is expected to cut rates, bitcoin climbed in August to a peak price of $124,100.")
    assert not any(kind == "forecast" and value == 124100 for kind, _, _, value in found)
    found = lines("Ether couldn't hold its gains and retraced to $4,400 by the close.")
    assert not any(kind == "forecast" for kind, _, _, _ in found)


def test_a_headline_clause_after_a_semicolon_has_its_own_modality() -> None:
    found = lines("Rate-cut odds climb; bitcoin holds above $115,000")
    assert ("price_level", "BTC", "above", 115000) in found


# Prices stated with no verb or with a verb of nearing


def test_a_coin_and_its_price_with_no_verb() -> None:
    assert ("price_level", "ETH", "at", 4480) in lines("3/ ETH now $4,480, funding flat.")
    assert ("price_level", "SOL", "at", 236) in lines("Bitcoin held near $115,300 and solana at $236.")
    assert ("price_level", "BTC", "at", 115300) in lines("Bitcoin held near $115,300 and solana at $236.")


def test_a_price_as_written_or_at_an_open_or_close() -> None:
    assert ("price_level", "BTC", "at", 114900) in lines("Bitcoin, at $114,900 as I write, has gained for three days.")
    assert ("price_level", "ETH", "at", 4610) in lines("Ether opened the week at $4,610 after a quiet Sunday.")
    assert ("price_level", "BTC", "at", 113800) in lines("Bitcoin rose 2% from Sunday's close of $113,800.")


def test_nearing_a_level_is_below_it() -> None:
    assert ("price_level", "BTC", "below", 120000) in lines("Bitcoin nears $120,000 as ETF demand returns")


def test_other_ways_of_trading_at_a_level() -> None:
    assert ("price_level", "BTC", "at", 116000) in lines("The daily chart shows bitcoin trading on either side of $116k this week.")
    assert ("price_level", "BTC", "at", 115480) in lines("Bitcoin was exchanging hands at $115,480 on Binance.")
    assert ("price_level", "BTC", "below", 117000) in lines("Bitcoin stayed stuck below $117,000 all week.")


# Figures that are no price claim


def test_a_moving_average_value_is_not_the_price() -> None:
    found = lines("Bitcoin has reclaimed the 100-day moving average, which sits near $109.5k.")
    assert not any(kind == "price_level" and value == 109500 for kind, _, _, value in found)
    found = lines("The upper Bollinger band is near $4,900 for ether.")
    assert not any(kind == "price_level" and value == 4900 for kind, _, _, value in found)


def test_a_scenario_condition_is_no_price_claim() -> None:
    """The level a scenario assumes is the line it presupposes (corpus/README), never the price now."""
    found = lines("Some desks see SOL reaching $260 next month if bitcoin holds above $116,000.")
    assert ("forecast", "SOL", "at", 260) in found
    assert [kind for kind, _, _, value in found if value == 116000] == ["support"]
    found = lines("For ether, reclaiming $4,700 would flip the structure bullish again.")
    assert [kind for kind, _, _, value in found if value == 4700] == ["resistance"]
    found = lines("Analysts said a break below $4,200 could drag ether toward $3,900.")
    assert [kind for kind, _, _, value in found if value == 4200] == ["support"]
    found = lines("Lose $4,200 and the next stop is $3,900.")
    assert [kind for kind, _, _, value in found if value == 4200] == ["support"]


def test_a_coin_named_in_a_relative_clause_is_not_the_subject() -> None:
    found = lines("Solana, which has outpaced bitcoin since July, was little changed near $238.")
    assert ("price_level", "SOL", "at", 238) in found


def test_the_loss_of_a_level_named_as_resistance_is_a_crossing() -> None:
    found = claims("Analysts noted the loss of the $110,000 resistance level for bitcoin on Thursday.")
    assert {(c.kind, c.comparator) for c in found if c.value == 110000} == {(ClaimKind.price_level, Comparator.crossed_below)}


def test_a_named_close_is_checked_at_the_daily_candle_close() -> None:
    """'Sunday's close of $113,800' is the price at 00:00 UTC Monday, not anywhere in Sunday."""
    found = [c for c in claims("Bitcoin rose 2% from Sunday's close of $113,800.") if c.value == 113800]
    assert len(found) == 1 and found[0].time.kind == "instant"
    assert found[0].time.end == datetime(2025, 9, 15, 0, 0, tzinfo=UTC)
