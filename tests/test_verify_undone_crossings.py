"""A crossing told as an event within a span, not as where the price sits now: the span
closed before the article ('early this week', 'over the weekend'), or the sentence says the
move was undone ('briefly fell below', 'before rebounding'). BTC in the week of 6 Jan 2025:
its low was 91,203.67 on Thursday 9 Jan, and it closed the 9th at 92,552 and the 10th at 94,726."""

from __future__ import annotations

from verify_helpers import article, check, claim, utc

from factcheck.model import ClaimKind, Comparator, Verdict

PUBLISHED = utc(2025, 1, 10, 18)


def _below(level: float, sentence: str, text: str, start, end):
    return claim(ClaimKind.price_level, "BTC", level, comparator=Comparator.crossed_below, text=text, sentence=sentence,
                 when="window", time_text="this week", start=start, end=end)


def test_a_dip_said_to_be_brief_is_checked_within_the_week(market_store) -> None:
    """At publication BTC was back above $92,000; the dip below it is what the sentence says."""
    sentence = "Bitcoin briefly fell below $92,000 this week before rebounding."
    brief = _below(92_000, sentence, "fell below $92,000 this week", utc(2025, 1, 6), PUBLISHED)
    result = check(article(PUBLISHED), brief, market_store)
    assert result.verdict is Verdict.supported, result.evidence.explanation
    assert result.evidence.figure == 91_900.12  # the first hour through it: 9 Jan, 13:00 UTC


def test_the_same_words_without_the_undoing_still_need_the_level_lost_at_publication(market_store) -> None:
    sentence = "Bitcoin fell below $92,000 this week as ETF outflows mounted."
    lost = _below(92_000, sentence, "fell below $92,000 this week", utc(2025, 1, 6), PUBLISHED)
    result = check(article(PUBLISHED), lost, market_store)
    assert result.verdict is Verdict.imprecise, result.evidence.explanation
    assert "back above" in result.evidence.explanation


def test_a_crossing_in_a_span_that_ended_before_publication_is_an_event_in_it(market_store) -> None:
    """'in midweek trading' (8-9 Jan): the 9th ended back above $92,000, but the dip under it happened then."""
    sentence = "Bitcoin dropped below $92,000 in midweek trading."
    past = _below(92_000, sentence, "dropped below $92,000", utc(2025, 1, 8), utc(2025, 1, 10))
    assert check(article(PUBLISHED), past, market_store).verdict is Verdict.supported


def test_a_brief_dip_that_never_reached_the_level_is_not_rescued(market_store) -> None:
    """The week's low was 91,203.67: 'briefly fell below $88,000' missed by 3.5%."""
    sentence = "Bitcoin briefly fell below $88,000 this week before rebounding."
    missed = _below(88_000, sentence, "fell below $88,000 this week", utc(2025, 1, 6), PUBLISHED)
    result = check(article(PUBLISHED), missed, market_store)
    assert result.verdict is Verdict.inaccurate, result.evidence.explanation


def test_a_brief_dip_before_the_claim_does_not_make_the_claim_brief(market_store) -> None:
    """'reclaimed $94,000 after briefly dipping': the reclaim must still hold at publication (it did: 94,726)."""
    sentence = "Bitcoin reclaimed $94,000 this week after briefly dipping below $92,000."
    reclaim = claim(ClaimKind.price_level, "BTC", 94_000, comparator=Comparator.crossed_above, text="reclaimed $94,000 this week",
                    sentence=sentence, when="window", time_text="this week", start=utc(2025, 1, 6), end=PUBLISHED)
    result = check(article(PUBLISHED), reclaim, market_store)
    assert result.verdict is Verdict.supported, result.evidence.explanation
    assert "closed at" in result.evidence.explanation  # the held-at-publication reading, not the event one
