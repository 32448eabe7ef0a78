"""Figures of real pages that were checked as the wrong series and so read 'inaccurate' (session 19;
the sentences are ours): the trading volume of ETF shares told in a clause about the funds, and the
bands of a gauge's legend ('Extreme Greed (76-100)')."""

from __future__ import annotations

from tests.extract_helpers import claims_of


def test_fund_volume_in_a_clause_about_the_funds_is_no_coin_volume() -> None:
    assert claims_of("The spot ether ETFs logged a weekly trading volume of roughly $4.8 billion.") == []
    assert claims_of("Data from Farside showed the nine ether funds shed $95 million on Tuesday, "
                     "with trading volumes reaching $720 million.") == []
    (coin,) = claims_of("Ether rose 4% on Tuesday, with trading volume reaching $31 billion.")[1:]
    assert (coin.kind.value, coin.asset, coin.value) == ("volume", "ETH", 31e9)
    (own,) = claims_of("Ether recorded a 24-hour trading volume of $31 billion.")
    assert (own.kind.value, own.value) == ("volume", 31e9)


def test_a_gauges_legend_reads_nothing() -> None:
    text = ("How to read the index:\n\n- Extreme Fear (0-24): capitulation risk.\n- Greed (56-75): momentum.\n\n"
            "The Fear & Greed Index stood at 31 on Tuesday.")
    readings = [(c.kind.value, c.value) for c in claims_of(text)]
    assert readings == [("sentiment_index", 31)]


def test_a_percent_a_series_came_down_from_is_no_price_move() -> None:
    text = "Traders now price the chance of a cut in March at about 40 percent. That is down from nearly 80 percent a week ago."
    assert claims_of(text) == []


def test_a_move_from_a_named_months_low_runs_from_that_month() -> None:
    (move,) = [c for c in claims_of("Ether is trading near $3,400 and has added 22% from last December's low.")
               if c.kind.value == "price_change"]
    assert move.time.start.isoformat().startswith("2024-12-01") and move.time.end.isoformat().startswith("2025-06-03")


def test_a_drop_from_recent_highs_is_measured_over_the_last_month() -> None:
    (drop,) = [c for c in claims_of("Solana has slipped into a correction, a 21 percent drop from recent highs.")
               if c.kind.value == "price_change"]
    assert (drop.time.end - drop.time.start).days == 30


def test_a_record_told_from_its_side_is_a_distance_below_it() -> None:
    claims = claims_of("Ether's historical high of $4,950 is only 8.5% above the current level.")
    assert sorted((c.kind.value, c.comparator.value, c.value) for c in claims) == [
        ("all_time_high", "at", 4950), ("all_time_high", "below", 8.5)]
    # another line's distance from the price is neither a move nor a record
    assert [c.kind.value for c in claims_of("The resistance at $4,200 sits 3% above the current price for Ether.")] == ["resistance"]


def test_since_a_month_is_the_moves_span_but_not_a_records_date() -> None:
    (move,) = claims_of("Solana has gained 40% since October.")
    assert move.time.start.isoformat().startswith("2024-10-01") and move.time.end.isoformat().startswith("2025-06-03")
    for text in ["Solana fell 5% to its lowest level since April.", "Ether jumped 12%, the most since March."]:
        (move,) = [c for c in claims_of(text) if c.kind.value == "price_change"]
        assert (move.time.end - move.time.start).days == 1, text  # the usual day, not since that month
    (crossing,) = claims_of("Ether breaks below $2,400 for the first time since April.")
    assert (crossing.time.end - crossing.time.start).days == 7  # the crossing's lookback, with the first-time test apart
    (low,) = [c for c in claims_of("Ether is up 12% since Friday's low.") if c.kind.value == "price_change"]
    assert low.time.start.isoformat().startswith("2025-05-30")


def test_a_move_between_two_named_days_runs_over_those_days() -> None:
    (move,) = claims_of("Between May 8 and May 9, Solana soared by 19%.")
    assert move.time.start.isoformat().startswith("2025-05-08") and move.time.end.isoformat().startswith("2025-05-10")
    (move,) = claims_of("Ether fell 12% between March 30 and April 2.")
    assert move.time.start.isoformat().startswith("2025-03-30") and move.time.end.isoformat().startswith("2025-04-03")


def test_a_zone_said_of_a_moment_long_gone_is_that_moments(market_store) -> None:
    from factcheck import check

    report = check("wrap.txt", text="published: 2026-02-09T01:17:00Z\n---\n"
                   "A year ago the Fear and Greed index was sitting at extreme greed levels.",
                   store=market_store, offline=True, sentiment=None)
    (zone,) = report.claims
    assert zone.claim.zone == "extreme greed" and "on 2025-02-09" in zone.evidence.explanation
    (now,) = claims_of("The Fear and Greed index is in extreme fear.")
    assert now.time.start == now.time.end


def test_a_fresh_record_just_short_of_the_bound_said_is_imprecise(market_store) -> None:
    # BTC's record on 2025-10-06 was $126,200 on the store's venues; an outlet's venue may have printed $126,300
    from factcheck import check

    def graded(sentence: str) -> str:
        (c,) = check("ath.txt", text=f"published: 2025-10-06T21:00:00Z\n---\n{sentence}", store=market_store,
                     offline=True, sentiment=None).claims
        return c.verdict.value

    assert graded("Bitcoin set a new all-time high above $126,300 on Monday.") == "imprecise"
    assert graded("Bitcoin set a new all-time high above $126,000 on Monday.") == "supported"
    assert graded("Bitcoin set a new all-time high above $131,000 on Monday.") == "inaccurate"


def test_liquidations_listed_respectively_go_coin_by_coin() -> None:
    for text in ["Solana and XRP saw $48 million and $21 million in liquidations, respectively.",
                 "Solana and XRP led the liquidations, with $48 million and $21 million, respectively."]:
        got = sorted((c.asset, c.value) for c in claims_of(text) if c.kind.value == "liquidations")
        assert got == [("SOL", 48e6), ("XRP", 21e6)], text
    (total,) = claims_of("Nearly $412 million in crypto derivative contracts have been liquidated in the past day.")
    assert (total.kind.value, total.value) == ("liquidations", 412e6)


def test_rows_under_a_series_heading_are_that_series_not_price_moves() -> None:
    text = ("Futures open interest by coin\nCardano up 2.4% to $812 million\nDogecoin down 1.1% to $455 million\n\n"
            "Funding rates\nCardano 0.0071%\nDogecoin -0.0020%")
    got = sorted((c.kind.value, c.asset, c.comparator.value, c.value) for c in claims_of(text))
    assert got == [("funding_rate", "ADA", "at", 0.0071), ("funding_rate", "DOGE", "at", -0.002),
                   ("open_interest", "ADA", "at", 812e6), ("open_interest", "ADA", "up", 2.4),
                   ("open_interest", "DOGE", "at", 455e6), ("open_interest", "DOGE", "down", -1.1)]
    # rows under a heading that names no series stay price moves
    movers = claims_of("Top movers\nCardano up 2.4% to $0.81\nDogecoin down 1.1% to $0.21")
    assert {c.kind.value for c in movers} == {"price_change", "price_level"}
