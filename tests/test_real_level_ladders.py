"""Chart levels as technical-analysis pages write them (session 19, from probing real outlets'
pages; the sentences here are our own): a ladder of levels after a 'to'-clause ('the support levels
to watch are ...'), joined by 'followed by' or 'and further down at'; an adverb between a role and
its verb ('resistance first near'); a role word after a figure only when nothing but a qualifier
stands between them; a Fibonacci ratio that is no distance from a record; a move named as the
cause that takes the coin across a level."""

from __future__ import annotations

from tests.extract_helpers import claims_of


def _levels(text: str, kind: str) -> list[float]:
    return [c.value for c in claims_of(text) if c.kind.value == kind]


def test_a_ladder_after_a_to_clause_is_read_as_levels() -> None:
    text = "Cardano's key support levels to keep an eye on are $0.61 and $0.57."
    assert _levels(text, "support") == [0.61, 0.57]
    assert not [c for c in claims_of(text) if c.kind.value == "price_level"]


def test_followed_by_continues_a_ladder() -> None:
    text = "If buyers step in, the first resistance to watch is $3,420, followed by $3,515, $3,600 and $3,780 for Ethereum."
    assert _levels(text, "resistance") == [3420, 3515, 3600, 3780]


def test_further_down_continues_a_ladder() -> None:
    text = "Solana's first support sits near $142, with deeper support levels at $136 and further down at $128."
    assert _levels(text, "support") == [142, 136, 128]


def test_an_adverb_between_the_role_and_its_verb() -> None:
    claims = claims_of("On a rebound, XRP meets resistance first near the $2.45 level.")
    assert [(c.kind.value, c.asset, c.value) for c in claims] == [("resistance", "XRP", 2.45)]
    assert [(c.kind.value, c.value) for c in claims_of("For Ether, support now sits at $2,880.")] == [("support", 2880)]


def test_a_role_word_past_a_preposition_is_not_the_figures() -> None:
    claims = claims_of("Ether Price Holds Above $3,000 Amid Resistance Worries")
    assert not [c for c in claims if c.kind.value == "resistance"]
    assert [(c.kind.value, c.value) for c in claims_of("Ether is pinned under the $3,000 psychological resistance.")] \
        == [("resistance", 3000)]


def test_a_fibonacci_ratio_is_no_distance_from_a_record() -> None:
    text = "Ether has reclaimed the 61.8% Fibonacci retracement level from its previous high of $4,100 down to a low of $3,350."
    claims = claims_of(text)
    assert not [c for c in claims if c.kind.value == "all_time_high"]
    assert [c.value for c in claims if c.kind.value == "intraday_low"] == [3350]


def test_a_move_named_as_the_cause_takes_the_coin_across_the_level() -> None:
    (claim,) = claims_of("The weekend selloff has brought the price of Solana beneath the $150 level.")
    assert (claim.kind.value, claim.asset, claim.comparator.value, claim.value) == ("price_level", "SOL", "crossed_below", 150)
    (claim,) = claims_of("Heavy ETF outflows dragged Bitcoin under $98,000 on Friday.")
    assert (claim.kind.value, claim.asset, claim.comparator.value, claim.value) == ("price_level", "BTC", "crossed_below", 98000)


def test_a_metric_that_pushes_the_coin_is_not_the_level() -> None:
    # the series in the subject causes the move; the figure is where the coin would go
    claims = claims_of("Fresh ETF inflows could push Ether above $4,000.")
    assert [(c.kind.value, c.asset, c.comparator.value, c.value) for c in claims] == [("forecast", "ETH", "above", 4000)]
    claims = claims_of("Climbing open interest could push the price of Bitcoin above $125,000.")
    assert [(c.kind.value, c.value) for c in claims if c.value is not None] == [("forecast", 125000)]


def test_levels_listed_with_a_side_and_no_verb() -> None:
    assert _levels("Resistance levels above are roughly around $0.92 and $1.05 for Cardano.", "resistance") == [0.92, 1.05]
    assert _levels("Litecoin must overcome the resistance levels $ 88 and $ 92 to recover.", "resistance") == [88, 92]


def test_a_bare_figure_named_as_a_support_is_a_price() -> None:
    claims = claims_of("Ether is testing the 2950 support level again, while Solana holds the 140 support.")
    assert [(c.kind.value, c.asset, c.value) for c in claims] == [("support", "ETH", 2950), ("support", "SOL", 140)]


def test_a_crossing_the_price_is_said_to_need_is_no_crossing() -> None:
    for text in ["It was essential for Ether to break above the $3,880 mark in the coming sessions.",
                 "Bitcoin needs to clear $112,000 to resume its advance.",
                 "The pair must break above $0.62 to start a recovery in XRP."]:
        assert not [c for c in claims_of(text) if c.comparator.value == "crossed_above"], text
    (done,) = claims_of("Bitcoin managed to break above $112,000 on Monday.")
    assert (done.kind.value, done.comparator.value, done.value) == ("price_level", "crossed_above", 112000)


def test_a_swing_extreme_formed_at_a_level() -> None:
    claims = claims_of("Ether formed a top near $3,990. A minimum was formed at $ 3,612 and the price is now rising.")
    assert [(c.kind.value, c.value) for c in claims if c.kind.value.startswith("intraday")] == [("intraday_high", 3990), ("intraday_low", 3612)]
    (high,) = claims_of("For Solana, a high is formed near $188.40.")
    assert (high.kind.value, high.asset, high.value) == ("intraday_high", "SOL", 188.4)


def test_take_profit_and_stop_loss_figures_are_advice_not_claims() -> None:
    assert claims_of("Consider setting take-profit points for Ether in the range of $4,150 to $4,300.") == []
    assert claims_of("For XRP, set a stop loss at $2.05 and a take profit at $2.60.") == []
    (fell,) = claims_of("Stop losses were triggered as Ether fell to $3,410.")
    assert (fell.kind.value, fell.value) == ("price_level", 3410)


def test_a_spot_price_stat_line_and_a_named_gauge_line() -> None:
    (spot,) = claims_of("Bitcoin key levels\n\n- Spot Price: $61870\n- Trend: Bearish")
    assert (spot.kind.value, spot.asset, spot.value) == ("price_level", "BTC", 61870)
    (rsi,) = claims_of("For Ether, the RSI remains below the pivotal 50 level.")
    assert (rsi.kind.value, rsi.metric, rsi.comparator.value, rsi.value) == ("indicator", "rsi", "below", 50)


def test_an_inverted_should_opens_a_condition_not_a_forecast() -> None:
    (line,) = claims_of("Should Ether fall below $3,150, a deeper dip could follow.")
    assert (line.kind.value, line.value, line.modality.value) == ("support", 3150, "conditional")
    read = {(c.kind.value, c.value, c.modality.value) for c in claims_of("Should XRP clear $2.40, it could rally to $2.75.")}
    assert read == {("resistance", 2.40, "conditional"), ("forecast", 2.75, "conditional")}


def test_a_price_past_the_lines_wrong_side_is_a_price_claim() -> None:
    (above,) = claims_of("Currently, Ether is trading above the crucial psychological barrier of $4,000.")
    assert (above.kind.value, above.comparator.value, above.value) == ("price_level", "above", 4000)
    (crossed,) = claims_of("Solana slipped below the support at $160 on Friday.")
    assert (crossed.kind.value, crossed.comparator.value, crossed.value) == ("price_level", "crossed_below", 160)
    # the line a move is still wanted through stays a line
    (line,) = claims_of("Overhead, Solana's bulls still have to clear resistance at $188.")
    assert (line.kind.value, line.value) == ("resistance", 188)


def test_an_extreme_over_a_span_that_ends_now_is_checked_over_that_span(market_store) -> None:
    # BTC's highest hourly high in the 7 days to 2026-02-09 01:00 UTC was $79,360; that day's, $70,774
    from factcheck import check

    for sentence in ["Bitcoin slipped from a weekly high of $79,300.", "Bitcoin touched a high of $79,300 in the past seven days."]:
        report = check("wrap.txt", text=f"published: 2026-02-09T01:17:00Z\n---\n{sentence}", store=market_store,
                       offline=True, sentiment=None)
        (checked,) = report.claims
        assert checked.claim.kind.value == "intraday_high" and checked.verdict.value == "supported", checked.evidence.explanation
        assert "from 2026-02-02 01:00 UTC" in checked.evidence.explanation
    (today,) = claims_of("Bitcoin hit a high of $106,800 on Tuesday.")
    assert (today.time.end - today.time.start).days == 0
