"""Price lines written as ranges, moves given as a range or a bound, moves over a short
stretch, moves listed with their own windows, and prices dated to a day already over.
Sentences written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

from factcheck.model import Article, Claim, ClaimKind, Comparator, Modality, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 9, 17, 9, 30, tzinfo=UTC)  # a Wednesday


def found(text: str) -> list[Claim]:
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")
    return [c for c in extract(article) if c.kind is not ClaimKind.opinion]


def of(text: str, kind: ClaimKind) -> list[Claim]:
    return [c for c in found(text) if c.kind is kind]


# Zones and ranges with both ends written


def test_a_resistance_zone_in_a_range_keeps_both_ends() -> None:
    [line] = of("Bitcoin keeps running into resistance in the $118K-$120K zone.", ClaimKind.resistance)
    assert (line.comparator, line.value, line.value_high) == (Comparator.between, 118000, 120000)


def test_a_support_area_with_the_currency_said_once() -> None:
    [line] = of("Ether has found support in the $4,300-4,400 area twice this month.", ClaimKind.support)
    assert (line.asset, line.comparator, line.value, line.value_high) == ("ETH", Comparator.between, 4300, 4400)


def test_a_support_between_a_dashed_range() -> None:
    [line] = of("Analysts put bitcoin's support between $108,000-110,000.", ClaimKind.support)
    assert (line.comparator, line.value, line.value_high) == (Comparator.between, 108000, 110000)


def test_a_price_held_in_a_range_is_a_band() -> None:
    [level] = of("Bitcoin has been trading in a $112,000 – $117,000 range since late August.", ClaimKind.price_level)
    assert (level.comparator, level.value, level.value_high) == (Comparator.between, 112000, 117000)
    assert "– $117,000 range" in level.text


def test_a_range_given_as_the_base_case_is_a_forecast() -> None:
    claims = found("Our base case is a quiet October in a $105,000–$125,000 range.")
    assert [(c.kind, c.comparator, c.value, c.value_high) for c in claims] == \
        [(ClaimKind.forecast, Comparator.between, 105000, 125000)]


def test_a_width_in_a_range_is_no_price() -> None:
    """'traded in a $3,000 range': how wide the day was, not where the price is."""
    assert of("Bitcoin traded in a $3,000 range on Tuesday.", ClaimKind.price_level) == []


def test_a_lone_figure_in_a_zone_after_a_verb_of_holding() -> None:
    [level] = of("Ether is hovering in the $4,500 area.", ClaimKind.price_level)
    assert (level.comparator, level.value) == (Comparator.at, 4500)


def test_a_zone_where_a_rally_failed_is_a_resistance() -> None:
    [line] = of("Higher up, the $119,000–$120,500 band where Friday's rally failed is the next resistance.", ClaimKind.resistance)
    assert (line.comparator, line.value, line.value_high) == (Comparator.between, 119000, 120500)


# A move given as a range: the near end is the value (as the gold has it), the far end kept


def test_a_move_as_a_dashed_range_keeps_the_near_end() -> None:
    [move] = of("Solana fell 4-6% on Tuesday as memecoins unwound.", ClaimKind.price_change)
    assert (move.comparator, move.value, move.value_high) == (Comparator.down, -4, -6)
    assert move.text.startswith("fell 4-6%")
    assert move.time.start == datetime(2025, 9, 16, tzinfo=UTC)  # the window after the far end


def test_a_move_between_two_percents() -> None:
    [move] = of("XRP rose between 5% and 8% over the weekend.", ClaimKind.price_change)
    assert (move.comparator, move.value, move.value_high) == (Comparator.up, 5, 8)


# Bound words between the verb and its percent


def test_bound_words_after_the_verb_keep_the_move() -> None:
    cases = {
        "XRP has gained upwards of 25% this month.": ("XRP", 25, "at_least"),
        "Solana rallied north of 9% this week.": ("SOL", 9, "at_least"),
        "Ether climbed in excess of 6% on Tuesday.": ("ETH", 6, "at_least"),
        "Bitcoin slid a touch under 2% overnight.": ("BTC", -2, "at_most"),
        "Solana rallied a shade north of 11% since Monday.": ("SOL", 11, "at_least"),
    }
    for text, (asset, value, bound) in cases.items():
        moves = of(text, ClaimKind.price_change)
        assert [(m.asset, m.value, m.bound) for m in moves] == [(asset, value, bound)], text


def test_a_percent_after_of_is_still_a_level() -> None:
    """'rose to 4.5%' or 'a rate of 4.5%' stays no move: only a bound's 'of' is lifted."""
    assert of("The yield on staked ether rose to 4.5% this week.", ClaimKind.price_change) == []


# Moves over a short stretch are the largest swing inside it


def test_a_move_within_minutes_is_a_path_move() -> None:
    [move] = of("Ether plunged 7% within minutes of the Fed statement.", ClaimKind.price_change)
    assert (move.metric, move.value) == ("max_move", -7)


def test_a_dollar_move_in_a_matter_of_hours_is_a_usd_path_move() -> None:
    [move] = of("Bitcoin was crashing more than $2,500 in a matter of hours.", ClaimKind.price_change)
    assert (move.metric, move.unit, move.value, move.bound) == ("max_move", "USD", -2500, "at_least")
    assert move.comparator is Comparator.down


def test_a_vague_stretch_is_no_window_to_measure_from() -> None:
    [move] = of("Solana dropped 9% in hours.", ClaimKind.price_change)
    assert move.metric == "max_move"
    assert move.time.end - move.time.start >= PUBLISHED - datetime(2025, 9, 16, 9, 30, tzinfo=UTC)


def test_a_numbered_window_stays_a_start_to_end_move() -> None:
    for text in ("Bitcoin fell 4% in 24 hours.", "Bitcoin fell 3% in the past hour.", "Bitcoin dropped 6% in two hours."):
        [move] = of(text, ClaimKind.price_change)
        assert move.metric == "return", text


# A second percent listed with its own window


def test_a_move_listed_with_its_own_window() -> None:
    moves = of("SOL is down 3.1% in 24 hours and 7.4% on the week.", ClaimKind.price_change)
    assert sorted((m.value, m.text) for m in moves) == [(-7.4, "7.4% on the week"), (-3.1, "down 3.1% in 24 hours")]
    week = next(m for m in moves if m.value == -7.4)
    assert week.time.end - week.time.start == PUBLISHED - datetime(2025, 9, 10, 9, 30, tzinfo=UTC)


def test_a_share_after_a_move_is_not_listed() -> None:
    moves = of("Bitcoin is down 1.5% in 24 hours and 40% of supply is in profit.", ClaimKind.price_change)
    assert [m.value for m in moves] == [-1.5]


# Coins listed before a shared move


def test_coins_listed_before_a_move_share_it() -> None:
    moves = of("Smaller caps lagged, with XRP, Cardano's ADA and Solana's SOL gaining between 2-4%.", ClaimKind.price_change)
    assert sorted((m.asset, m.value) for m in moves) == [("ADA", 2), ("SOL", 2), ("XRP", 2)]


def test_coins_in_separate_clauses_keep_their_own_moves() -> None:
    moves = of("Bitcoin rose 2% while ether fell 3%.", ClaimKind.price_change)
    assert sorted((m.asset, m.value) for m in moves) == [("BTC", 2), ("ETH", -3)]


# A move to a price on a day already over is that day's extreme


def test_a_slide_to_a_price_on_a_past_day_is_its_low() -> None:
    claims = found("Bitcoin trades at $116,400, up 1% on the day, after sliding to $114,900 on Sunday.")
    [low] = [c for c in claims if c.kind is ClaimKind.intraday_low]
    assert low.value == 114900
    assert low.time.start == datetime(2025, 9, 14, tzinfo=UTC)


def test_a_metric_that_moved_the_price_names_the_low() -> None:
    [low] = of("Ether posted a weekly loss, as a liquidation cascade took the price to $4,210 on Saturday.", ClaimKind.intraday_low)
    assert low.value == 4210


def test_a_move_to_a_price_today_stays_a_price() -> None:
    assert [c.kind for c in found("Bitcoin fell to $114,000 on Wednesday.")] == [ClaimKind.price_level]


# Forecast framing and modals


def test_a_guess_is_a_forecast() -> None:
    [target] = found("My guess: we retest the $100,000 low before the year is out.")
    assert (target.kind, target.value, target.modality) == (ClaimKind.forecast, 100000, Modality.forecast)


def test_a_month_after_a_figure_is_no_modal() -> None:
    claims = found("Bitcoin is back under the $111,900 May high.")
    assert all(c.modality is not Modality.forecast for c in claims)
    assert [c.kind for c in claims if c.kind is ClaimKind.forecast] == []


def test_a_modal_after_a_figure_still_forecasts() -> None:
    [target] = found("$125,000 may come into view by December.")
    assert target.kind is ClaimKind.forecast


def test_a_record_high_figure_is_the_record() -> None:
    for text in ("Bitcoin set a record high $124,100 in August.", "Bitcoin hit a record-high $124,100 in August."):
        records = of(text, ClaimKind.all_time_high)
        assert [r.value for r in records] == [124100], text


# A move's size brought to a figure, a move's end price, a fall's start, a move owned by a day


def test_a_gain_taken_to_a_figure_is_the_move_over_its_window() -> None:
    move = of("Bitcoin added $3,100 overnight, taking its gain for the week to 9 per cent.", ClaimKind.price_change)[-1]
    assert (move.comparator, move.value, move.unit) == (Comparator.up, 9, "%")
    assert move.time.end - move.time.start == PUBLISHED - datetime(2025, 9, 10, 9, 30, tzinfo=UTC)


def test_losses_brought_to_a_figure_are_a_fall() -> None:
    [move] = of("The selloff brought ether's losses for the month to 16%.", ClaimKind.price_change)
    assert (move.comparator, move.value) == (Comparator.down, -16)


def test_a_rate_risen_to_a_figure_is_still_no_move() -> None:
    assert of("Staking yields rose to 3.2% this month.", ClaimKind.price_change) == []


def test_the_price_a_move_ended_at() -> None:
    levels = of("Solana is down about 4% over the past 24 hours at near $232.", ClaimKind.price_level)
    assert [(c.asset, c.comparator, c.value, c.text) for c in levels] == [("SOL", Comparator.at, 232, "at near $232")]


def test_a_peak_at_about_a_figure_keeps_its_own_cue() -> None:
    kinds = {c.kind for c in found("Ether peaked at around $4,950 on Sunday before slipping.")}
    assert ClaimKind.price_level not in kinds


def test_where_a_fall_started_is_a_price() -> None:
    claims = of("A two-day slide took bitcoin down from above $118,000 on Saturday.", ClaimKind.price_level)
    assert [(c.kind, c.comparator, c.value) for c in claims] == [(ClaimKind.price_level, Comparator.above, 118000)]
    assert claims[0].time.start == datetime(2025, 9, 13, tzinfo=UTC)


def test_a_rebound_from_a_figure_is_left_to_the_low() -> None:
    assert of("Ether rebounded from $4,200 as dip buyers returned.", ClaimKind.price_level) == []


def test_a_move_owned_by_a_past_day_is_no_forecast() -> None:
    claims = found("Bitcoin trades at $115,200 after Sunday's slide to $113,900.")
    assert (ClaimKind.intraday_low, 113900) in {(c.kind, c.value) for c in claims}
    assert all(c.kind is not ClaimKind.forecast for c in claims)


def test_a_move_noun_ahead_is_still_a_forecast() -> None:
    [target] = found("Desks expect a slide to $108,000 if ETF outflows continue.")
    assert target.kind is ClaimKind.forecast


def test_a_fall_over_an_amount_is_its_size_not_a_crossing() -> None:
    [move] = found("Bitcoin crashed over $3,000 within minutes of the open.")
    assert (move.kind, move.metric, move.unit, move.value, move.bound) == (ClaimKind.price_change, "max_move", "USD", -3000, "at_least")


def test_a_fall_past_a_level_crosses_it_downwards() -> None:
    [level] = found("Bitcoin fell past $110,000 on Monday.")
    assert (level.kind, level.comparator, level.value) == (ClaimKind.price_level, Comparator.crossed_below, 110000)


def test_a_low_listed_after_a_support_is_another_support() -> None:
    claims = found("Levels. Support is at $112,000 and then at the Sunday low of $108,600.")
    assert {(c.kind, c.value) for c in claims} == {(ClaimKind.support, 112000), (ClaimKind.support, 108600)}


def test_a_low_in_its_own_clause_stays_a_low() -> None:
    claims = found("Support is at $112,000, while Sunday's low of $108,600 marked the week's bottom.")
    assert (ClaimKind.intraday_low, 108600) in {(c.kind, c.value) for c in claims}


# A prediction page's table


TABLE = """Solana price prediction table

Period | Low | Average | High
October 2025 | $210 | $245 | $280
2026 | $180 | $300 | $420
"""


def test_a_prediction_table_gives_a_band_and_a_target_per_row() -> None:
    claims = of(TABLE + "\nSolana trades at $236 today.", ClaimKind.forecast)
    assert [(c.comparator, c.value, c.value_high) for c in claims] == [
        (Comparator.between, 210, 280), (Comparator.at, 245, None), (Comparator.between, 180, 420), (Comparator.at, 300, None)]
    assert all(c.asset == "SOL" and c.modality is Modality.forecast for c in claims)
    october = claims[0]
    assert october.text == "October 2025 | $210 | $245 | $280"
    assert (october.time.start, october.time.end) == (datetime(2025, 10, 1, tzinfo=UTC), datetime(2025, 11, 1, tzinfo=UTC))


def test_a_row_for_the_running_year_starts_at_publication() -> None:
    [band] = of("Bitcoin forecast\n\nYear | Min | Max\n2025 | $95,000 | $140,000\n", ClaimKind.forecast)
    assert (band.value, band.value_high, band.time.start, band.time.end) == (95000, 140000, PUBLISHED, datetime(2026, 1, 1, tzinfo=UTC))


def test_a_table_of_periods_already_over_is_history() -> None:
    history = "Ether yearly range\n\nYear | Minimum | Maximum\n2023 | $1,200 | $2,400\n2024 | $2,100 | $4,100\n"
    assert of(history, ClaimKind.forecast) == []


def test_a_table_without_low_and_high_columns_is_no_prediction() -> None:
    flows = "Fund | Inflow | Outflow\n2026 | $120 | $340\n"
    assert of(flows, ClaimKind.forecast) == []


def test_a_markdown_table_with_outer_pipes_is_read() -> None:
    table = "| Year | Lowest | Highest |\n|---|---|---|\n| 2026 | $3,100 | $6,400 |\n\nEther trades at $4,400."
    assert [(c.value, c.value_high) for c in of(table, ClaimKind.forecast)] == [(3100, 6400)]


def test_flow_columns_are_not_low_columns() -> None:
    flows = "Month | Inflow | Highest\nOctober 2025 | $120 | $340\n"
    assert of(flows, ClaimKind.forecast) == []

