"""Assembling claims from what the components marked on the Doc.

A claim is a quantity bound to a cue ("reclaimed the" + "$71,000"), about an
asset, at a time, with a modality. Binding is deliberately strict: a number
with no cue, or whose nearest subject is another metric (volume, open
interest, liquidations), makes no price claim, so the report never checks a
figure against the wrong series. A claim restated (headline, then body) is
reported once.

This module binds and assembles; the readings it consults live beside it, one
idea each: price_screens (figures that are not the price), figure_assets and
figure_windows (which coin, what time), price_ranges, figure_lists,
price_direction, forecast_cues (told or expected), prediction_tables.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from spacy.tokens import Doc, Span

from factcheck.model import (
    FIRST_CROSSING,
    HELD,
    MOVE_START,
    Article,
    Claim,
    ClaimKind,
    Comparator,
    Modality,
    TimeRef,
)
from factcheck.nlp.bare_levels import at_price_scale
from factcheck.nlp.bounds import bound_before
from factcheck.nlp.close_of_named_day import named_day_of_close, reaches_an_extreme
from factcheck.nlp.components import group, text_of, within
from factcheck.nlp.extreme_words import moment_named_after, moment_named_before
from factcheck.nlp.figure_assets import asset_context, asset_for
from factcheck.nlp.figure_lists import (
    listed_after,
    listed_coins,
    role_continued,
    scenario_listed,
)
from factcheck.nlp.figure_windows import (
    daily_candle_edge,
    move_from_day,
    on_past_day,
    period_edge,
    short_path,
    window_for,
)
from factcheck.nlp.forecast_cues import (
    believed_ahead,
    clause_of,
    closing_window,
    condition_after,
    could_not,
    crossing_named,
    dated_move_noun,
    horizon_ahead,
    in_past_clause,
    infinitive_ahead,
    is_current,
    move_ahead,
    odds_on_level,
    owned_move_noun,
    passes_level,
    past_dated_move,
    prospect_named,
    scenario_condition,
    seen_ahead,
    sized_move_noun,
    superseded_target,
    target_met,
    teaser_line,
    told_as_history,
    told_in_past,
    verbless_target,
)
from factcheck.nlp.forecast_moves import predicting
from factcheck.nlp.forecast_screens import asked, famed_level, presale_stage
from factcheck.nlp.foreseen_roles import role_foreseen
from factcheck.nlp.held_levels import held_over
from factcheck.nlp.modality import (
    CONDITIONS,
    forecast_condition,
    hypothetical,
    in_condition,
    in_scenario,
    modality_of,
    sentence_expects,
)
from factcheck.nlp.moves_after_extreme import move_after_extreme
from factcheck.nlp.moves_toward import overnight_retreat
from factcheck.nlp.numbers import RANGE_LINKS, Quantity, range_linked
from factcheck.nlp.past_moments import past_moment
from factcheck.nlp.prediction_tables import prediction_table_claims
from factcheck.nlp.price_cues import (
    FIB_WORDS,
    LEVEL_NOUNS,
    MAX_PRICE,
    Binding,
    cue_table,
)
from factcheck.nlp.price_direction import (
    DOWN_WORDS,
    TOWARD,
    direction_of,
    extreme_kind,
    extreme_reached,
    gentle_side,
    pushing,
    reversed_before,
    settled_from,
    turned_after,
)
from factcheck.nlp.price_ranges import (
    DASHES,
    ZONE_NOUNS,
    day_range,
    move_range_end,
    range_end,
    zone_named,
)
from factcheck.nlp.price_screens import line_value, other_metric
from factcheck.nlp.quoted_pairs import after_dollar_pair
from factcheck.nlp.scenario_levels import crossing_line, outcome_side, scenario_role
from factcheck.nlp.stretch_moves import stretch_and_period
from factcheck.nlp.timeref import (
    DAYS_NAMED,
    DEFAULT_CHANGE_WINDOW,
    FORECAST_WINDOWS,
    LOOKBACK,
    ONE_DAY_NAMED,
    day_named,
    horizon_written,
    resolve,
    since_compares,
)
from factcheck.nlp.trade_setups import trade_order_figure

_BARE_KINDS = {"support", "resistance", "forecast"}  # kinds whose figure may be a bare price (bare_levels.py)
MAX_GAP = 3  # tokens allowed between a cue and its number ("rose nearly 16%")
_DIRECTION = {
    "crossed_above": Comparator.above,
    "above": Comparator.above,
    "crossed_below": Comparator.below,
    "below": Comparator.below,
}


# A signed percent with no verb ("+6.1% 24h", "‑13.1% in 24 hours") is a move.
_SIGNED_MOVE = {"id": "signed", "kind": "price_change", "comparator": "up", "needs": "%", "when": "instant", "position": "self"}


def _fits(needs: str, q: Quantity, span: Span, kind: str | None = None) -> bool:
    """Whether a quantity is the kind of number a cue asks for."""
    if needs == "money":  # written as money: "$3,282", "87.2k"
        if q.is_money:  # "$3,282", "140 million won"
            return (q.dollar_size or 0) < MAX_PRICE
        return q.unit is None and q.magnitude == 1e3 and abs(q.value) < MAX_PRICE
    wants = set(needs.split("|"))
    if "%" in wants and q.unit == "%":
        return True
    if "USD" in wants and q.is_money:
        return (q.dollar_size or 0) < MAX_PRICE
    if "USD" in wants and abs(q.value) < MAX_PRICE:
        if q.unit is None:
            after = span.doc[span.end] if span.end < len(span.doc) else None
            written_k = q.magnitude == 1e3
            if _year_like(q.text) and after is not None and after.lower_ == "levels":
                return False  # 'traded at 2024 levels': the prices of a year, not $2,024
            # 'the 1940 level', and 'the 1920 support level', 'the 68,000 resistance': a bare figure named as a chart line
            named = after is not None and (after.lemma_.lower() in LEVEL_NOUNS or after.lower_ in _ROLES) and not _gauge_level(span)
            # 'as long as 3410 is support', 'targets 3520': a chart's line or target without its sign, at the page's price scale
            # 'BTC/USD last traded at 84,200': a figure after a dollar-quoted pair is in dollars
            quoted = q.magnitude == 1 and not _year_like(q.text) and after_dollar_pair(span)
            # 'fell below the 95,000': a bare figure led by 'the', at the page's price scale, is the level so named
            the_led = span.start > 0 and span.doc[span.start - 1].lower_ == "the"
            return written_k or (named and q.value >= 1) or quoted or ((kind in _BARE_KINDS or the_led) and at_price_scale(span))
    return False


def _year_like(text: str) -> bool:
    text = text.strip()
    return text.isdigit() and len(text) == 4 and 1900 <= int(text) <= 2100


def _gauge_level(span: Span) -> bool:
    """'sank to the 38 level of the RSI': a level of a gauge, not a price."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end + 1].lower_ != "of":
        return False
    return any(m.label_ in {"rsi", "sentiment_index"} and span.end + 2 <= m.start <= span.end + 3 for m in group(doc, "metrics"))


def _binding(quantity: Span, cues: list[Span], quantities: list[Span]) -> Binding | None:
    """The cue a quantity belongs to: the nearest fitting one before it, else one right after it."""
    table = cue_table()
    q: Quantity = quantity._.quantity
    best: tuple[tuple[int, int], Span, dict[str, Any]] | None = None
    fitting: list[tuple[Span, dict[str, Any]]] = []
    for cue in cues:
        row = table[cue.label_]
        if row["position"] != "before" or cue.end > quantity.start or not _fits(row["needs"], q, quantity, row["kind"]):
            continue
        gap = quantity.start - cue.end - _bound_width(quantity, cue)
        between = [s for s in quantities if cue.end <= s.start < quantity.start]
        if between and _fib_level_between(quantity, cue, between):
            gap, between = 0, []  # 'will fall to the 1.618 Fibonacci extension level or $1,225.60': the level, then its price
        if row["comparator"] == "between":
            if gap > MAX_GAP + 4 or len(between) > 1:
                continue
        elif gap > row.get("max_gap", MAX_GAP) or between:
            continue
        if row["kind"] == "price_change" and q.unit == "%" and _rate_level(quantity, cue):
            continue
        if row["kind"] == "price_change" and q.unit != "%" and quantity.start > cue.end \
                and quantity.doc[quantity.start - 1].lower_ == "at":
            continue  # "a Monday push stalled at $116,400": a level stood at, not the size of a move
        if _new_clause_between(cue, quantity):
            continue  # "Lose it, and $2,850 comes fast": the verb has its object; the figure opens a clause of its own
        if cue[-1].lemma_.lower() == "add" and cue.end < quantity.start and quantity.doc[cue.end].lower_ == "that":
            continue  # "..., adding that a fifth of holders sold": 'add' reports a statement, it is no gain
        if _up_to(quantity) and cue.start >= quantity.start - 2:
            continue  # "a decline of up to 7.71%": 'up' caps the figure, it is no direction
        rank = (cue.end, len(cue), move_ahead(cue, row))
        if best is None or rank > best[0]:
            best = (rank, cue, row)
        fitting.append((cue, row))
    if best is not None and best[2]["kind"] in {"support", "resistance"} and best[2]["position"] == "before":
        # 'trading above the psychological barrier of $70,000', 'slipped below the support at $3,000': a price
        # held or moved past the line's wrong side says where the price is; the line left behind is no longer one
        wrong_side = {"above", "crossed_above"} if best[2]["kind"] == "resistance" else {"below", "crossed_below"}
        held = next(((c, r) for c, r in fitting if r["kind"] == "price_level" and r["comparator"] in wrong_side
                     and c.end >= best[1].start and c.start < best[1].start
                     and any(t.lower_ in _UNDER_WORDS | _OVER_WORDS for t in c)), None)  # 'to clear resistance at $92,000' keeps its line
        if held is not None:
            best = ((held[0].end, len(held[0]), 0), held[0], held[1])
    if best is not None and best[2]["kind"] in {"intraday_low", "intraday_high", "intraday_extreme"}:
        # "Support is Monday's low near $74,500": the low named is what the support is
        role = next(((c, r) for c, r in fitting if r["kind"] in {"support", "resistance"} and 0 <= best[1].start - c.end <= 1), None)
        if role is not None:
            best = ((role[0].end, len(role[0]), 0), role[0], role[1])
    # 'the loss of the $61,000 resistance line': a noun of moving, 'of' and the level is a crossing too
    crossing = best is not None and not _move_held(best[1]) and (best[2]["comparator"] in {"crossed_above", "crossed_below"} or best[2]["kind"] == "price_change"
                                     and best[1][-1].lower_ == "of" and q.is_money
                                     and _level_not_amount(quantity, Comparator(best[2]["comparator"])) not in {None, False})
    # "the low of $2,700 remains the floor": the role named after the level decides, but "the loss of
    # the $61,000 resistance line" is the crossing; a support or a resistance before a low or a high
    # named after it ('the $2,920 intraday low now acts as support': the low is what the support is)
    roles_first = sorted(cues, key=lambda c: table[c.label_]["kind"] not in {"support", "resistance"})
    for cue in roles_first:
        row = table[cue.label_]
        if not crossing and row["position"] == "after" and (row["kind"] in {"support", "resistance"} or row.get("decides")) \
                and (_role_reach(quantity, cue, quantities) or row["kind"] == "forecast" and _band_reach(quantity, cue, quantities)) \
                and _fits(row["needs"], q, quantity, row["kind"]) \
                and not (row["kind"] == "forecast" and best is not None and target_met(cue)):  # 'reached the $4,000 target'
            return Binding(quantity, cue, row)
    if best is not None:
        return Binding(quantity, best[1], best[2])
    shared = _shared_noun_start(quantity, quantities)
    for cue in cues:
        row = table[cue.label_]
        if row["position"] == "after" and (0 <= cue.start - quantity.end <= 1 or cue.start == shared or _window_between(quantity, cue)) \
                and _fits(row["needs"], q, quantity, row["kind"]) \
                and not _separated(quantity, cue) \
                and not (row["kind"] == "forecast" and (crossing_named(quantity) or _joined_apart(quantity, cue))) \
                and not (cue.label_ == "modal-after" and _modal_be_noun(cue)):
            return Binding(quantity, cue, row)
    if q.unit == "%" and q.text[:1] in "+-−‑" and not _rate_level(quantity):
        return Binding(quantity, None, _SIGNED_MOVE)
    return None


_FIB_LINKS = {"or", "at", "of", "near", "around", ",", "(", "-", "–", "—"}
_FIB_FILLERS = FIB_WORDS | {"the", "a", "its", "%", "level", "line", "ratio", "retracement"}


def _fib_level_between(quantity: Span, cue: Span, between: list[Span]) -> bool:
    """'fall to the 1.618 Fibonacci extension level or $1,225.60', 'rise toward the 61.8% Fib
    retracement at $2,580': a Fibonacci level named by its ratio stands between the cue and the
    price that level is at; the ratio is no figure of the cue's."""
    doc = quantity.doc
    words = doc[cue.end : quantity.start]
    if len(between) != 1 or not any(t.lower_ in FIB_WORDS for t in words) or not words or words[-1].lower_ not in _FIB_LINKS:
        return False
    ratio = between[0]
    return all(t.lower_ in _FIB_FILLERS or ratio.start <= t.i < ratio.end or t.i == words[-1].i for t in words)


def _window_between(quantity: Span, cue: Span) -> bool:
    """'Bitcoin's 58% year-to-date rally': a window written whole between a figure and the noun of its
    move, as 'weekly' is in '12% weekly gain'."""
    if cue.start <= quantity.end + 1:
        return False
    return any(w.start == quantity.end and w.end == cue.start for w in group(quantity.doc, "windows"))


_REPORTING_PARTICIPLES = {"noting", "adding", "saying", "arguing", "citing", "explaining", "pointing", "warning", "stressing"}


def _new_clause_between(cue: Span, quantity: Span) -> bool:
    """Whether ', and' / ', but' stands between a cue and the figure after it, or a participle that
    hands the figure to a statement of its own ('a broad rebound, noting that 40% of holders ...')."""
    doc = quantity.doc
    return any(doc[i].text == "," and (doc[i + 1].lower_ in {"and", "but"} or doc[i + 1].lower_ in _REPORTING_PARTICIPLES)
               for i in range(cue.end, quantity.start - 1))


_COORDINATING = {"and", "or", "&"}
_SEPARATORS = {"/", "|", "•", "·", "∙", ";", "–", "—"}


def _separated(quantity: Span, cue: Span) -> bool:
    """'High $88,210 / Low $85,930', '24h high: $92,480 | low ...': on a data line a slash, bar or
    bullet ends one figure's item; the label after it opens the next figure's."""
    return any(t.text in _SEPARATORS for t in quantity.doc[quantity.end : cue.start])


def _joined_apart(quantity: Span, cue: Span) -> bool:
    """'the token sells for $0.0021 and will list next month': a modal past a conjunction or a
    comma opens the next clause; it does not put the figure ahead."""
    gap = quantity.doc[quantity.end : cue.start]
    return any(t.pos_ in {"CCONJ", "PUNCT"} for t in gap)


def _shared_noun_start(quantity: Span, quantities: list[Span]) -> int | None:
    """'forecasting a 3.1% and 2.8% drop': where the noun two predicted percents share begins, so
    the first percent is read with the noun written after the second."""
    if quantity._.quantity.unit != "%":
        return None
    doc = quantity.doc
    nxt = next((s for s in quantities if s.start > quantity.start), None)
    if nxt is None or nxt._.quantity.unit != "%" or nxt.start - quantity.end != 1 or doc[quantity.end].lower_ not in _COORDINATING:
        return None
    lead = doc[max(quantity.sent.start, quantity.start - 3) : quantity.start]
    # only under a verb of predicting: 'posted 4% and 6% gains' pairs coins with figures, read elsewhere
    return nxt.end if any(predicting(t) for t in lead) else None


def _bound_width(quantity: Span, cue: Span) -> int:
    """How many of the words between a cue and its figure are a bound ('rallied a touch north
    of 12%'): they qualify the figure, and do not part the verb from it."""
    doc = quantity.doc
    for bound in group(doc, "bounds"):
        if cue.end <= bound.start and bound.end == quantity.start:
            return len(bound)
    return 0


ASIDE_REACH = 14  # tokens of an aside between a level and the role named after it
_ROLE_GLUE = {"is", "was", "remains", "has", "now", "currently", "still", "also", "then", "'s"}
_EXTREME_NOUNS = {"low", "high", "bottom", "top", "peak", "trough"}
_EXTREME_QUALIFIERS = {"intraday", "session", "daily", "weekly", "swing", "local", "overnight", "recent"}
_LIST_BREAKS = {";", ",", "and", "or", "but", "while", "whereas", "/", "|", "•", "·", "∙"}  # a role after these opens the next item


def _band_reach(quantity: Span, cue: Span, quantities: list[Span]) -> bool:
    """'$2,300 to $2,500 may be the bottom': a call named right after a band, whose near end is
    the figure (the far end joins it in the forecast's band)."""
    doc = quantity.doc
    if quantity.end >= len(doc) or doc[quantity.end].lower_ != "to":
        return False
    return any(other.start == quantity.end + 1 and other.end == cue.start for other in quantities)


def _role_reach(quantity: Span, cue: Span, quantities: list[Span]) -> bool:
    """Whether a role named after a level is that level's: right after it ('the $94,500
    support'), or past one aside set off by commas ('$72,000, where the rebound stalled,
    is the ceiling'; '$59,600, the April low, as the level buyers need to hold')."""
    gap = cue.start - quantity.end
    doc = quantity.doc
    if gap == 1 and doc[quantity.end].lower_ in _LIST_BREAKS:
        return False  # 'support at $86,000 and resistance at $90,500', 'Support $86,000; resistance $89,000': the next item's role
    if gap == 1 and doc[quantity.end].pos_ in {"ADP", "SCONJ", "VERB", "AUX"} and doc[quantity.end].lemma_.lower() not in LEVEL_NOUNS:
        return False  # 'Recovery Above $70,000 Amid Resistance Challenges': a word of linking, not a qualifier, between them
    if 0 <= gap <= 1:
        return True
    if gap < 0 or gap > ASIDE_REACH + 3:
        return False
    i = quantity.end
    if i < len(doc) and doc[i].lemma_.lower() in LEVEL_NOUNS:
        i += 1
    elif i + 1 < len(doc) and doc[i].lower_ in _EXTREME_QUALIFIERS and doc[i + 1].lower_ in _EXTREME_NOUNS:
        i += 2  # 'the $2,920 intraday low now acts as support': the extreme named is what the support is
    elif i < len(doc) and doc[i].lower_ in _EXTREME_NOUNS:
        i += 1  # "Sunday's $86,400 low now serves as support"
    if i < cue.start and i > quantity.end and all(t.lower_ in _ROLE_GLUE for t in doc[i : cue.start]):
        return True  # 'the $2,920 level now acts as support': the level's noun, then only glue before its role
    if i >= len(doc) or doc[i].text != ",":
        return False
    close = next((t.i for t in doc[i + 1 : cue.start] if t.text == ","), None)
    if close is None or close - i > ASIDE_REACH or any(i < s.start < close and s._.quantity.is_money for s in quantities):
        return False
    if i + 1 < close and doc[i + 1].lower_ in {"and", "or", "but", "plus"}:
        return False  # '... the 7-day average at $117,165, and most critically, the support at $118,859': the next item's role
    return all(t.lower_ in _ROLE_GLUE for t in doc[close + 1 : cue.start])


def _up_to(quantity: Span) -> bool:
    """'up to 7.71%': the largest figure, as 'as much as' is."""
    doc = quantity.doc
    return quantity.start >= 2 and doc[quantity.start - 2].lower_ == "up" and doc[quantity.start - 1].lower_ == "to"


_OSCILLATORS = {"stochastic", "stochastics", "stoch"}
OSCILLATOR_REACH = 6  # tokens after a percent in which the oscillator it is a band of is named ('the 80% area of the daily stochastic')
_RATE_WORDS = {"annualized", "annualised", "annualizing", "annualising", "apr", "apy"}
RATE_REACH = 10  # tokens before a percent in which it is said to be a yearly rate


def _rate_level(quantity: Span, cue: Span | None = None) -> bool:
    """A percent that is a level, not a move: 'rising to 4.3%', '-0.01% per eight hours';
    but not the preposition of a change noun ('a decline of 4.17%', 'a decline of up to 7.71%')."""
    doc = quantity.doc
    if cue is not None and (cue.end == quantity.start and cue[-1].lower_ == "of" or _up_to(quantity) and cue.end <= quantity.start - 2):
        return False
    if cue is not None and cue.end == quantity.start and cue[-1].lower_ == "to" and len(cue) > 2 and cue_table()[cue.label_]["kind"] == "price_change":
        return False  # 'taking its gain for the week to 14 per cent': the move's size, brought there
    before = doc[quantity.start - 1].lower_ if quantity.start > 0 else ""
    after = doc[quantity.end].lower_ if quantity.end < len(doc) else ""
    if before == "of" and any(b.end == quantity.start for b in group(doc, "bounds")):
        before = ""  # 'gained upwards of 30%', 'rallied north of 12%': the 'of' is the bound's
    if after in FIB_WORDS or after == "price" and quantity.end + 1 < len(doc) and doc[quantity.end + 1].lower_ in FIB_WORDS:
        return True  # 'dipped below the 23.6% Fib retracement level', 'the 50% price retracement': a ratio naming a chart level
    if any(t.lower_ in _OSCILLATORS for t in doc[quantity.end : min(quantity.end + OSCILLATOR_REACH, quantity.sent.end)]):
        return True  # 'has risen above the 80% area of the daily stochastic': a band of an oscillator, not a move
    if any(t.lower_ in _RATE_WORDS for t in doc[max(quantity.sent.start, quantity.start - RATE_REACH) : quantity.start]):
        return True  # 'Annualised, that is roughly -2.3%': a rate restated per year, not a move
    return before in {"to", "at", "of"} or after in {"per", "a", "an", "annualized", "annualised", "apr", "apy"}


def extract_claims(doc: Doc, article: Article) -> list[Claim]:
    """Every price-level, intraday, move and forecast claim in the Doc, in reading order."""
    claims: list[Claim] = []
    seen: dict[tuple[object, ...], list[tuple[object, object] | None]] = {}
    carried_by_sentence, dominant = asset_context(doc)
    for found in prediction_table_claims(doc, article, dominant):  # a table's rows, before the prose that restates them
        _note(seen, found)
        claims.append(found)
    for sentence in doc.sents:
        if teaser_line(sentence):
            continue  # 'Read next: "XRP: $2.70 barrier in focus" | ...': other stories' headlines
        carried = carried_by_sentence[sentence.start]
        windows = within(doc, "windows", sentence)
        quantities = [
            q
            for q in within(doc, "quantities", sentence)
            if q.end <= sentence.end
            and not any(w.start <= q.start < w.end for w in windows)  # "24" in "24 hours"
        ]
        cues = [c for c in within(doc, "cues", sentence) if c.end <= sentence.end]
        taken: set[int] = set()
        last: Binding | None = None
        for quantity in quantities:
            if quantity.start in taken:
                continue
            bound = _binding(quantity, cues, quantities)
            bound = role_continued(last, bound) or scenario_listed(last, quantity) or bound or listed_after(last, quantity)
            last = bound
            if bound is None:
                continue
            anchor = bound.cue if bound.cue is not None and bound.cue.start < quantity.start else quantity
            asset, asset_span = asset_for(doc, sentence, anchor, carried, dominant)
            if other_metric(doc, sentence, bound.cue, quantity, asset_span) or line_value(doc, sentence, quantity, bound.row) \
                    or trade_order_figure(quantity):
                continue
            found_claim = _claim(doc, article, sentence, bound, quantities, asset, taken)
            if found_claim is None:
                continue
            claim = [found_claim]
            extreme = _extreme_under_role(bound, cues)
            if extreme is not None:
                claim += [c for c in [_claim(doc, article, sentence, extreme, quantities, asset, taken)] if c is not None]
            if bound.row.get("reads") == "day_range":
                claim = day_range(doc, article, sentence, anchor, quantity, quantities, claim)
            for found in [*claim, *_line_crossed(doc, article, sentence, bound, claim[0]), *listed_coins(doc, asset_span, claim[0])]:
                if not _restated(seen, found) and not _inside_zone_told(found, claims):  # a headline restated in the body is one claim
                    _note(seen, found)
                    claims.append(found)
                elif _move_window(found) is not None:
                    _date_the_first_telling(claims, seen, found)
    return sorted(claims, key=lambda c: c.span[0])


_LINES = {ClaimKind.support, ClaimKind.resistance}
_NEARING = {"nears", "approaches"}  # price_level.jsonl rows read as below the level: not reached yet
_ROLE_HEDGES = {"may", "could", "might", "should", "can", "would", "will"}  # in the role's own words: 'may act as a buffer'
_EXTREME_KINDS = {"intraday_low", "intraday_high", "intraday_extreme"}


def _extreme_under_role(bound: Binding, cues: list[Span]) -> Binding | None:
    """'the $2,920 intraday low now acts as support': the low named between a level and its role
    is a claim of its own beside the support."""
    if bound.cue is None or bound.row["kind"] not in {"support", "resistance"} or bound.cue.start < bound.quantity.end:
        return None
    table = cue_table()
    for cue in cues:
        row = table[cue.label_]
        if row["kind"] in _EXTREME_KINDS and row["position"] == "after" and bound.quantity.end <= cue.start <= bound.quantity.end + 1 \
                and cue.end <= bound.cue.start:
            return Binding(bound.quantity, cue, row)
    return None


def _move_window(claim: Claim) -> tuple[object, object] | None:
    """The window a move is told over, None when the words name none (a headline's 'surges 19%');
    likewise a forecast's written horizon ('$4,500 for December' and 'to end 2026 near $4,500'
    are two calls; 'ETH to $4,500' in a headline and '$4,500 by December' in the body, one)."""
    if claim.kind is ClaimKind.forecast:
        return (claim.time.start, claim.time.end) if horizon_written(claim.time) else None
    return (claim.time.start, claim.time.end) if claim.kind is ClaimKind.price_change and claim.time.text else None


def _restated(seen: dict[tuple[object, ...], list[tuple[object, object] | None]], claim: Claim) -> bool:
    """Whether the claim repeats one already found: the same figure, unless both are moves told
    over different windows ('-7.0% in 24 hours' and 'down 7% on the day' are two claims; a
    headline's 'surges 19%' and the body's 'surged 19% on Monday' are one)."""
    windows = seen.get(_restatement_key(claim))
    if windows is None:
        return False
    window = _move_window(claim)
    return window is None or None in windows or window in windows


def _date_the_first_telling(claims: list[Claim], seen: dict[tuple[object, ...], list[tuple[object, object] | None]],
                            later: Claim) -> None:
    """'Ether surges 19%' in the headline, 'surged 19% on Monday, UTC' in the body: one claim, kept
    where it is first told and checked over the window the body gives, not the 24 hours assumed."""
    key = _restatement_key(later)
    for i, earlier in enumerate(claims):
        if _restatement_key(earlier) == key and _move_window(earlier) is None and earlier.kind is ClaimKind.price_change:
            claims[i] = earlier.model_copy(update={"time": later.time})
            windows = seen[key]
            windows[windows.index(None)] = _move_window(later)
            return


def _note(seen: dict[tuple[object, ...], list[tuple[object, object] | None]], claim: Claim) -> None:
    seen.setdefault(_restatement_key(claim), []).append(_move_window(claim))


def _restatement_key(claim: Claim) -> tuple[object, ...]:
    """What a restated claim repeats: its kind, asset, comparator and figure."""
    return claim.kind.value, claim.asset, claim.comparator.value, claim.value, claim.value_high


def _inside_zone_told(found: Claim, earlier: list[Claim]) -> bool:
    """'Support: $110,000-$111,000 ... If $110,000 gives way, ...': a level inside (or at the
    edge of) a zone of the same role already given is that zone again, not a second line."""
    if found.kind not in _LINES or found.comparator is not Comparator.at or found.value is None:
        return False
    return any(c.kind is found.kind and c.asset == found.asset and c.comparator is Comparator.between and c.value_high is not None
               and c.value is not None and c.value <= found.value <= c.value_high for c in earlier)


def _line_crossed(doc: Doc, article: Article, sentence: Span, bound: Binding, claim: Claim) -> list[Claim]:
    """'it may push past the near-term resistance at $75,000', 'will press higher with little
    resistance until $60,000': besides the forecast, the line it presupposes, which stands
    now (conditional when the sentence sets a condition)."""
    cue = bound.cue
    if cue is None or claim.kind is not ClaimKind.forecast or bound.row["kind"] not in {"support", "resistance"}:
        return []
    conditional = any(t.lower_ in CONDITIONS and t.dep_ == "mark" for t in sentence)
    start = cue.start_char
    return [claim.model_copy(update={
        "kind": ClaimKind(bound.row["kind"]),
        "comparator": Comparator.between if claim.value_high is not None else Comparator.at,
        "modality": Modality.conditional if conditional else Modality.asserted,
        "time": resolve(article, "instant", None),
        "text": text_of(doc)[start : claim.span[1]],
        "span": (start, claim.span[1]),
    })]


def _leading_cue(cue: Span, sentence: Span) -> Span | None:
    """A crossing verb right before a level cue: 'surpass' in 'surpass the resistance at'."""
    if cue_table()[cue.label_]["kind"] not in {"support", "resistance"}:
        return None
    for other in group(cue.doc, "cues"):
        if sentence.start <= other.start and other.end <= cue.start and cue.start - other.end <= 1:
            if cue_table()[other.label_]["comparator"] in _DIRECTION:
                return other
    return None


# Verbs that keep a move already made rather than make one: 'consolidating gains below $66,500'
# places the price under that level, it does not cross it.
_HOLDING = {"consolidate", "hold", "protect", "defend", "keep", "lock", "digest", "preserve", "maintain", "cling", "nurse"}


_HELD_SIDE = {Comparator.crossed_above: Comparator.above, Comparator.crossed_below: Comparator.below}


def _move_held(cue: Span) -> bool:
    """Whether the move noun of the cue is the object of a holding verb."""
    noun = next((t for t in cue if t.pos_ == "NOUN"), None)
    if noun is None:
        return False
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _HOLDING:
        return True
    before = [t for t in noun.doc[max(noun.sent.start, noun.i - 3) : noun.i] if t.lower_ not in {"its", "their", "the", "some", "recent", "early", "earlier"}]
    return bool(before) and before[-1].lemma_.lower() in _HOLDING


_PAST_WORDS = {"above", "over", "past", "beyond", "through"}
_UNDER_WORDS = {"below", "under", "beneath", "underneath"}
_OVER_WORDS = _PAST_WORDS - {"through"}  # a side named, not a passage


_HEDGES = {"approximately", "about", "around", "roughly", "nearly", "some", "almost", "near"}


def _hedged_start(doc: Doc, quantity: Span) -> bool:
    """'a rise from approximately $20', 'slid from around $3,300': the hedge does not make the
    starting level an amount."""
    i = quantity.start - 1
    while i >= 0 and doc[i].lower_ in _HEDGES:
        i -= 1
    return i < quantity.start - 1 and i >= 0 and doc[i].lower_ == "from"


def _level_not_amount(quantity: Span, comparator: Comparator) -> Comparator | Literal[False] | None:
    """A money figure after a verb of moving is its size ('rose $2,000') unless the words
    before it make it a level: 'climbing back above $69,000' and 'the loss of the $57,000
    level' cross it, 'tanked from $3,285' starts from it (None: it is an amount)."""
    doc = quantity.doc
    before = [t.lower_ for t in doc[max(0, quantity.start - 2) : quantity.start]]
    if before and before[-1] == "from" or _hedged_start(doc, quantity):
        return False
    if any(w in _PAST_WORDS for w in before):
        return None if comparator is Comparator.down and "over" in before else Comparator.crossed_above  # 'dropped over $2,000': more than
    if any(w in _UNDER_WORDS for w in before):
        return Comparator.crossed_below
    if before and before[-1] in {"the", "its"}:
        return Comparator.crossed_below if comparator is Comparator.down else Comparator.crossed_above
    return None


# Kinds whose figure says nothing when the sentence only supposes it: a required or counterfactual move,
# or a level inside the scenario a forecast rests on.
_HYPOTHETICAL_KINDS = {ClaimKind.price_level, ClaimKind.price_change, ClaimKind.forecast, ClaimKind.intraday_high, ClaimKind.intraday_low}
_BOUNDED = {ClaimKind.price_level, ClaimKind.intraday_high, ClaimKind.intraday_low, ClaimKind.forecast}
FAILING = {"fail", "fails", "failed", "failing", "unable", "struggle", "struggles", "struggled", "struggling", "not", "n't", "never", "cannot"}
# What a level is when the move at it failed: 'failed to break above $90,000' met a ceiling,
# 'unable to hold above $112,000' fell back through it.
_FAILED = {
    Comparator.crossed_above: (ClaimKind.resistance, Comparator.at),
    Comparator.crossed_below: (ClaimKind.support, Comparator.at),
    Comparator.above: (ClaimKind.price_level, Comparator.crossed_below),
    Comparator.below: (ClaimKind.price_level, Comparator.crossed_above),
    Comparator.at: (ClaimKind.price_level, Comparator.at),
}


def _record_named_before(quantity: Span) -> bool:
    """'hits record $109,000', 'a new all-time high $3,900': the figure is the record itself."""
    doc = quantity.doc
    before = "".join(t.text_with_ws for t in doc[max(0, quantity.start - 4) : quantity.start]).lower().strip()
    return before.endswith(("record", "record high", "all-time high", "ath", "record-breaking", "record-setting"))


_INTRADAY = {"intraday", "intra-day"}


def intraday_move(doc, sentence, quantity) -> bool:
    """'a 4% intraday decline', 'an intraday drop of about 7%', 'fell 5% intraday': a swing inside the
    day, which a reader measures from the day's high (a drop) or its low (a gain), not from its open."""
    before = doc[max(sentence.start, quantity.start - 4) : quantity.start]
    after = doc[quantity.end : min(sentence.end, quantity.end + 2)]
    return any(t.lower_ in _INTRADAY for t in (*before, *after))


_PRICE_OR_EXTREME = {ClaimKind.price_level, ClaimKind.intraday_high, ClaimKind.intraday_low}
_OPENING = {"start", "begin", "open", "kick"}
_AFTER_AN_EVENT = frozenset({"next", "following", "subsequent", "ensuing"})
_HISTORY_KINDS = {ClaimKind.price_level, ClaimKind.price_change, ClaimKind.intraday_high, ClaimKind.intraday_low}
# 'solana sank as low as $9 at the end of 2022', 'BTC bottomed around $25,000 in September 2023': the low or
# high of a named past window, told by the words of an extreme, is that window's extreme, a claim the probes
# annotate (and a chart can check), where a price 'at about $16,500 in late 2022' is only where a story starts
_DATED_EXTREMES = {ClaimKind.intraday_high, ClaimKind.intraday_low}
# the words that name the extreme itself ('first hit $4,000 back in May 2021' touches a level, and stays history)
_EXTREME_ROWS = {"as-low-as", "as-high-as", "bottomed-at", "peaked-at", "low-of", "high-of", "minimum-of", "maximum-of"}


def _failed(doc: Doc, sentence: Span, cue: Span) -> bool:
    """'after failing to push above', 'unable to hold above', 'could not break below'."""
    before = [t.lower_ for t in doc[max(sentence.start, cue.start - 3) : cue.start]]
    return "to" in before[-1:] + before[-2:-1] and any(w in FAILING for w in before) or any(w in {"not", "n't", "never"} for w in before[-1:])


def _break_told(cue: Span) -> bool:
    """'There was a clean break above the $15 level': a break that happened, told with 'was' or
    'saw', is the crossing itself, not a scenario's condition."""
    doc = cue.doc
    before = [t.lower_ for t in doc[max(cue.sent.start, cue.start - 3) : cue.start]]
    return any(w in {"was", "were", "saw", "sees", "is", "has", "had", "posted", "made", "staged"} for w in before[-2:])


_PASSING_WORDS = {"briefly", "momentarily", "fleetingly"}  # a price touched and left: the extreme of its window
# A headline's 'for first time' (no article; the extract stage reads the prose's 'for the first
# time'): a level never traded before is a new record. 'for first time since April' is no record.
def _risen_to(cue: Span | None, quantity: Span) -> bool:
    """'surges to', 'climbed to': a verb of rising that carries the price to the figure after it."""
    return cue is not None and cue.end <= quantity.start and direction_of(cue) > 0 and cue[-1].lower_ == "to"


_HEADLINE_FIRST = re.compile(r"\bfor first time\b(?!\s+(?:since|in|this|after|on)\b)", re.IGNORECASE)
# 'For the first time ever, ether traded above $5,000': a level held that was never traded before
# is a crossing of it and a new record ('for the first time since May' is neither).
_FIRST_EVER = re.compile(r"\b(?:for the first time ever|first time in (?:its|their) history|first time ever)\b"
                         r"|\bfor the first time\b(?!\s+(?:since|in|this|after|on)\b)", re.IGNORECASE)


# right after a level: 'over $1 for the first time since late 2021', 'over the $70,000 mark for the first
# time in more than a month' (the first-ever case is a record, read above)
_FIRST_SINCE = re.compile(r"\s*(?:(?:mark|level|threshold|handle|line|barrier|milestone)\s+)?,?\s*for the first time (?:since|in)\b",
                          re.IGNORECASE)


_TARGET_NOUNS = {"target", "objective", "goal", "stop"}


def _target_named(cue: Span, quantity: Span) -> bool:
    """Whether a forecast's cue is a target's noun: opening it ('the target of $3,000') or, after
    the figure, closing it ('the $100,000 target')."""
    if cue.start < quantity.start:
        return cue[0].lemma_.lower() in _TARGET_NOUNS - {"stop"}
    return any(t.lemma_.lower() in _TARGET_NOUNS for t in cue)


_LABEL_MARKS = {":", "—", "–", "-", "="}
_APPROXIMATE = {"around", "about", "roughly", "near"}


def _band_links(kind: ClaimKind, cue: Span | None, quantity: Span, row: dict[str, Any]) -> frozenset[str]:
    """The words that join a band's two ends after this cue. A dash always; 'to' after a zone's
    noun or a prediction's label ('Price Prediction 2026: $3,800 to $7,200': a label moves
    nothing, so 'to' closes a band, where 'rose from $X to $Y' is a move); 'and' after 'between'
    ('forecast SOL trading between $180 and $240')."""
    if row.get("zone"):
        return frozenset(RANGE_LINKS)
    links = set(DASHES)
    doc = quantity.doc
    if kind is ClaimKind.forecast and cue is not None and cue.end <= quantity.start:
        words = [t for t in cue if t.lower_ not in _APPROXIMATE]
        if words and words[-1].text in _LABEL_MARKS:
            links.add("to")
    if quantity.start > 0 and doc[quantity.start - 1].lower_ == "between":
        links |= {"and", "to"}
    if kind is ClaimKind.forecast and _zone_closes(quantity):
        links.add("to")  # 'may trade in a $105,000 to $115,000 range': a band its noun closes
    return frozenset(links)


def _zone_start(quantity: Span, quantities: list[Span]) -> Span | None:
    """The lower end of a zone whose upper end is `quantity`, written right before it with a dash."""
    lower = next((s for s in reversed(quantities) if s._.quantity.end <= quantity._.quantity.start), None)
    return lower if lower is not None and range_end(lower, quantities, DASHES) is quantity else None


def _zone_links(quantity: Span) -> frozenset[str]:
    """The words that close a support or resistance zone after its lower end: a dash or 'to'
    ('the $83,000-$84,000 shelf'), and 'and' only after 'between' ('between $84,000 and $85,300'):
    'Resistance: $58,000, $60,000 and $62,000' lists three levels, not a zone from $60,000."""
    doc = quantity.doc
    before = {t.lower_ for t in doc[max(quantity.sent.start, quantity.start - 2) : quantity.start]}
    return frozenset(RANGE_LINKS | {"and"}) if "between" in before else frozenset(RANGE_LINKS)


ZONE_REACH = 4  # tokens after a band's lower end to the noun that closes it ('$105,000 to $115,000 range')


def _zone_closes(quantity: Span) -> bool:
    doc = quantity.doc
    after = doc[quantity.end : min(quantity.end + ZONE_REACH + 1, quantity.sent.end)]
    return len(after) > 1 and after[0].lower_ == "to" and any(t.lemma_.lower() in ZONE_NOUNS for t in after[2:])


FORECAST_WIDTH = 3.0  # a predicted band's upper end is at most this many times its lower end: '$3,800 to $7,200'


_START_REACH = 5  # words between 'from' and the figure where a move starts: 'from the low of $2,300'


def _move_starts_at(quantity: Span, sentence: Span) -> bool:
    """'from $140', 'from the low of $2,300', 'from current levels near $140': the figure is where a
    move starts, so a 'to' after it leads to the move's end, not to a band's far end."""
    doc = quantity.doc
    for i in range(quantity.start - 1, max(sentence.start, quantity.start - 1 - _START_REACH) - 1, -1):
        word = doc[i]
        if word.lower_ == "from":
            return True
        if word.is_punct or word.like_num or word.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _forecast_band_end(quantity: Span, quantities: list[Span], links: frozenset[str]) -> Span | None:
    """The upper end of a predicted band, which runs wider than a zone on a chart: a year's
    prediction of '$3,800 to $7,200'."""
    low = quantity._.quantity
    upper = next((s for s in quantities if s._.quantity.start >= low.end), None)
    if upper is None or not low.is_money:
        return None
    high = upper._.quantity
    return upper if range_linked(text_of(quantity.doc), low, high, links) and high.value <= FORECAST_WIDTH * low.value else None


_ENDED_WINDOW = {"past", "last", "previous", "prior", "ago"}


_SPAN_WORDS = {"weekly", "monthly"}


def _span_behind(window: Span) -> bool:
    """A span that ends now and reaches back: 'in the past week', 'over the last 24 hours', 'weekly',
    '7-day', 'two-week', '3-month' (not 'in the next 24 hours')."""
    words = {t.lower_ for t in window}
    return window.label_ == "duration" and (bool(words & _ENDED_WINDOW) or bool(words & _SPAN_WORDS)
                                            or window[-1].lemma_.lower() in {"day", "week", "month", "year"} and window[0].like_num)


def _since_unlike_a_window(window: Span, kind: ClaimKind, comparator: Comparator) -> bool:
    """'for the first time since April', 'its highest since December 2021, and was last at $46,240':
    a 'since' that dates a record or a first time, or stands beside a price now, is no span of the claim."""
    if window[0].lower_ != "since":
        return False
    doc = window.doc
    before = {t.lower_ for t in doc[max(window.sent.start, window.start - 3) : window.start]}
    return bool(before & {"time", "highest", "lowest", "high", "low", "best", "worst", "strongest", "weakest", "most", "level",
                          "biggest", "largest", "sharpest", "steepest"}) \
        or kind is ClaimKind.price_level and comparator is Comparator.at


_BAR_PERIODS = {"daily", "weekly", "monthly", "hourly", "quarterly"}


def _bar_adjective(window: Span) -> bool:
    """'A daily close above $2.40 could trigger a rally to $2.90': a bar's period said of the
    condition's candle, or a moving average's period, not the horizon of the call."""
    if len(window) == 1 and window[0].lower_ in _BAR_PERIODS:
        return True
    after = window.doc[window.end] if window.end < len(window.doc) else None  # 'toward the 200-day line': an average's period
    return after is not None and after.lower_ in {"line", "sma", "ema", "ma", "moving", "average", "averages", "mas", "smas", "emas"}


def _modal_be_noun(cue: Span) -> bool:
    """'A base around $0.41 could be the key to any rebound': the modal's verb is 'be' with a
    noun phrase, a role given to the figure's phrase, not a level the price is expected at
    ('$105,000 could be next' and '... could be in play' are read by their own rows)."""
    doc = cue.doc
    return cue.end + 1 < len(doc) and doc[cue.end].lower_ == "be" and doc[cue.end + 1].lower_ in {"the", "a", "an"}


def _over_the_past(window: Span | None) -> bool:
    """'over the past 24 hours', 'in the last week', 'two days ago': a window that has ended."""
    return window is not None and window.label_ == "duration" and any(t.lower_ in _ENDED_WINDOW for t in window)


_CROSSINGS = {Comparator.crossed_above, Comparator.crossed_below}
_WANTED_MOVE_WORDS = {"a", "an", "any", "another", "fresh", "further", "new", "steady", "sustained", "decisive", "clear",
                      "convincing", "proper", "successful"}


def _move_wanted(cue: Span) -> bool:
    """A crossing named by an indefinite move noun ('a fresh increase above $40,000', 'a decisive
    break below $3,000') that no one owns: a move spoken of, not one the price made."""
    head = cue[0]
    if head.pos_ != "NOUN" or any(c.dep_ == "poss" for c in head.children):
        return False
    return any(c.dep_ in {"det", "amod"} and c.lower_ in _WANTED_MOVE_WORDS for c in head.children)


_NEEDING = {"essential", "necessary", "crucial", "important", "vital", "critical", "imperative", "key", "need", "require",
            "have", "must"}


_FROM_BOUNDS = {"nearly", "almost", "about", "around", "roughly", "over", "more", "than", "just", "some", "as", "much", "high", "a"}


def _from_the_current(quantity: Span) -> bool:
    """'N% above/below the current level (price)': how far a named level stands from the price."""
    doc = quantity.doc
    after = [t.lower_ for t in doc[quantity.end : min(quantity.sent.end, quantity.end + 4)]]
    if len(after) < 3 or after[0] not in {"above", "below", "over", "under"}:
        return False
    rest = after[2:] if after[1] in {"the", "its", "today's"} else after[1:]
    return len(rest) >= 2 and rest[0] in {"current", "present", "prevailing"} and rest[1] in {"level", "levels", "price", "prices", "value", "mark"}


def _level_moved_from(quantity: Span) -> bool:
    """A percent right after 'from' with the move's direction before it ('down from nearly 90 percent',
    'up from 41%'): the level a percent-valued series left, not the size of a price move."""
    doc = quantity.doc
    i = quantity.start - 1
    while i > quantity.sent.start and doc[i].lower_ in _FROM_BOUNDS:
        i -= 1
    return i > quantity.sent.start and doc[i].lower_ == "from" and doc[i - 1].lower_ in {"down", "up", "lower", "higher"}


def _move_required(cue: Span) -> bool:
    """A crossing the price is said to need ('it was essential for ETH to break above $1,880', 'bitcoin
    needs to clear $72,000', 'the pair must overcome $140'): a condition set, not a move made."""
    verb = cue.root if cue.root.pos_ in {"VERB", "AUX"} else cue.root.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ == "aux" and c.lower_ == "must" for c in verb.children):
        return True
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if not infinitive or verb.head.i == verb.i:
        return False
    head = verb.head  # 'it was essential for ETH to break ...': the need is the copula's complement
    return head.lemma_.lower() in _NEEDING or any(c.dep_ == "acomp" and c.lemma_.lower() in _NEEDING for c in head.children)


_ROLES = {"resistance": ClaimKind.resistance, "support": ClaimKind.support}


def _role_named_after(quantity: Span) -> ClaimKind | None:
    """The line a level is called right after it: 'the $2.75 resistance line', '$60,000 support'."""
    doc = quantity.doc
    return _ROLES.get(doc[quantity.end].lower_) if quantity.end < len(doc) else None


_PASSING = {"above", "below", "under", "over", "beyond", "through", "past", "beneath"}
_EXTREME_QUALIFIERS_BEFORE = {"the", "its", "a", "recent", "previous", "prior", "last", "latest", "week", "month", "'s", "’s",
                              "swing", "local", "weekly", "daily", "monthly", "session", "intraday", "yesterday", "day",
                              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _extreme_passed(quantity: Span) -> bool:
    """'closes below the recent low of $1,733', 'a daily close above last week's high of $3,120',
    'needs to close above the peak of $2,456': an extreme the chart has made, which a scenario
    or a requirement has the price pass; the extreme stands, whatever becomes of the scenario."""
    doc = quantity.doc
    i = quantity.start - 1
    if i < 1 or doc[i].lower_ != "of" or doc[i - 1].lower_ not in _EXTREME_NOUNS:
        return False
    j = i - 2
    while j > quantity.sent.start and doc[j].lower_ in _EXTREME_QUALIFIERS_BEFORE:
        j -= 1
    return doc[j].lower_ in _PASSING


def _role_met(cue: Span) -> ClaimKind | None:
    """The line a move is said to meet, when the cue names it: 'face resistance', 'find support'."""
    roles = {_ROLES[t.lower_] for t in cue if t.lower_ in _ROLES}
    return roles.pop() if len(roles) == 1 else None


_BY_WORDS = {"by", "before", "until", "till", "through", "into", "toward", "towards", "next", "coming"}


def _dated_past(article: Article, window: Span | None) -> bool:
    """'Bulls keep calling for more, yet solana is 20% off the high of $295 it set in January', 'the
    call followed a week that saw a peak of $3,900 on Tuesday': a level dated to a day or a month
    already over was reached, whatever the sentence expects."""
    if window is None or window.label_ not in DAYS_NAMED:
        return False
    doc = window.doc
    if any(t.lower_ in _BY_WORDS for t in doc[max(0, window.start - 1) : window.end]):
        return False  # 'trading at $98,000 by early February': a horizon, however its month is resolved
    time = resolve(article, "instant", window)
    return time.end is not None and article.published_at is not None and time.end <= article.published_at


_BECOMING = {"mark", "act", "serve", "hold", "provide", "offer", "be", "become", "form", "turn", "prove"}
_ROLE_REACH = 7  # tokens after the level in which the line it is expected to become is named


def _role_expected(quantity: Span, sentence: Span) -> ClaimKind | None:
    """The line a level is expected to become, named after it: '$3,200 to act as resistance',
    '$58,000 to serve as the year's floor of support'."""
    doc = quantity.doc
    words = doc[quantity.end : min(sentence.end, quantity.end + _ROLE_REACH)]
    if len(words) < 3 or words[0].lower_ != "to" or words[1].lemma_.lower() not in _BECOMING:
        return None
    for t in words[2:]:
        if t.is_punct or t.is_currency or t.like_num:
            return None
        if t.lower_ in _ROLES:
            return _ROLES[t.lower_]
    return None


_OPEN_ENDED = {ClaimKind.forecast, ClaimKind.price_level}


def _plus_after(text: str, end: int) -> bool:
    """A '+' written straight after a figure ('$120,000+'), not the plus of a signed change that follows."""
    return text[end : end + 1] == "+" and not text[end + 1 : end + 2].isdigit()


def _claim(
    doc: Doc,
    article: Article,
    sentence: Span,
    bound: Binding,
    quantities: list[Span],
    asset: str | None,
    taken: set[int],
) -> Claim | None:
    quantity, cue, row = bound.quantity, bound.cue, bound.row
    q: Quantity = quantity._.quantity
    kind = extreme_kind(sentence, quantity) if row["kind"] == "intraday_extreme" else ClaimKind(row["kind"])
    comparator = Comparator(row["comparator"])
    if kind in {ClaimKind.intraday_high, ClaimKind.intraday_low} and cue is not None and cue.start < quantity.start \
            and not any(t.lower_ in _EXTREME_NOUNS for t in cue) and is_current(quantity):
        # 'retreated to $0.2225 by press time', 'dropped to $61,200 at the time of writing': where the move
        # has brought the price now, not the extreme of a window
        kind, row = ClaimKind.price_level, {**row, "kind": "price_level", "comparator": "at", "when": "instant"}
    if kind is ClaimKind.price_level and comparator is Comparator.crossed_above and cue is not None and cue.start < quantity.start \
            and cue[0].lemma_.lower() in DOWN_WORDS:
        # a fall does not cross a level upwards: 'fell past $60,000' went through it downwards,
        # 'crashed over $2,000 within minutes' lost more than that amount
        if any(t.lower_ in {"past", "through", "beyond"} for t in cue):
            comparator = Comparator.crossed_below
        elif cue[-1].lower_ == "over":
            kind, comparator, row = ClaimKind.price_change, Comparator.down, {**row, "kind": "price_change", "comparator": "down"}
    if comparator in {Comparator.crossed_above, Comparator.crossed_below} and cue is not None and cue.start < quantity.start \
            and _move_held(cue):
        comparator = _HELD_SIDE[comparator]  # "consolidating gains below $66,500": where price is held, no crossing
    if row["id"] in _NEARING and cue is not None and direction_of(doc[sentence.start : cue.start]) < 0:
        comparator = Comparator.above  # "slid 4% on Tuesday, approaching $60,000": come down to it, so still over it
    if row["id"] == "run-into-near" and cue is not None and (met := _role_met(cue)) is not None:
        # 'may face resistance around $105,000', 'could find support near $142': the role named with its
        # level is a line, hedged on the role as 'may act as a buffer' is, not a target (corpus/README)
        kind, row = met, {**row, "kind": met.value, "when": "instant"}
    if odds_on_level(quantity):
        return None  # 'the odds of bitcoin hitting $125,000 by December at 38%': a market's probability, not a level
    if kind is ClaimKind.price_change and q.unit == "%" and _from_the_current(quantity):
        return None  # 'the record is only 3.14% above the current level': a gap between two levels, not a move
    if kind is ClaimKind.price_change and q.unit == "%" and _level_moved_from(quantity):
        return None  # 'That is down from nearly 90 percent': where a series of percents stood before, not a move's size
    if row["id"] == "ticker-price" and quantity.end < sentence.end and doc[quantity.end].pos_ in {"VERB", "AUX"}:
        return None  # 'As Solana $187.02 climbs, ...': a site's live price tag inside the prose, not the outlet's figure
    if row.get("past") == "none" and cue is not None and told_in_past(cue):
        return None  # "was on its way to $100,000 when the news broke": a course told, not a target
    if kind is ClaimKind.forecast and cue is not None and cue.start < quantity.start and row["id"] == "move-noun" \
            and not dated_move_noun(cue) and owned_move_noun(cue) and not direction_of(cue):
        return None  # "Bitcoin's retest of $60,000": a move the market made, with no side to read an extreme from
    if kind is ClaimKind.forecast and cue is not None and cue.start < quantity.start and row["id"] == "move-noun" \
            and not dated_move_noun(cue) and sized_move_noun(cue):
        # 'with a minor 0.6% decline to $1,191': a measured move; the level is where it ended
        kind, row = ClaimKind.price_level, {**row, "kind": "price_level", "when": "recent"}
    if kind is ClaimKind.forecast and cue is not None and cue.start < quantity.start and (
            dated_move_noun(cue) or row["id"] == "move-noun" and (owned_move_noun(cue) or past_dated_move(cue, quantity))):
        direction = direction_of(cue)  # "after Friday's slide to $80,600": a move that has happened, to that day's extreme
        kind = ClaimKind.intraday_low if direction < 0 else ClaimKind.intraday_high if direction > 0 else ClaimKind.price_level
        row = {**row, "kind": kind.value, "when": "recent"}
    value, value_high = q.value, None
    end_span = quantity
    if comparator is Comparator.between:
        later = [s for s in quantities if s.start > quantity.start]
        if not later or not _fits(row["needs"], later[0]._.quantity, later[0], row["kind"]):
            return None
        end_span = later[0]
        value_high = later[0]._.quantity.value
        taken.add(later[0].start)
        if value_high < value:
            value, value_high = value_high, value
    if kind in {ClaimKind.support, ClaimKind.resistance} and comparator is Comparator.at:
        upper = range_end(quantity, quantities, _zone_links(quantity))
        if upper is not None:  # "the $83,000-$84,000 shelf", "between $84,000 and $85,300"
            comparator, value_high, end_span = Comparator.between, upper._.quantity.value, upper
            taken.add(upper.start)
        elif row["position"] == "after" and (lower := _zone_start(quantity, quantities)) is not None:
            # 'the $40-42k demand zone': a role named after a zone is bound to its upper end; the zone runs from the lower
            comparator, value, value_high = Comparator.between, lower._.quantity.value, q.value
            taken.add(lower.start)
    elif kind in {ClaimKind.price_level, ClaimKind.forecast} and comparator is Comparator.at and q.is_money:
        links = _band_links(kind, cue, quantity, row)
        upper = range_end(quantity, quantities, links) or (_forecast_band_end(quantity, quantities, links) if kind is ClaimKind.forecast else None)
        if upper is not None:  # "sits at $180-$185", "toward $119,800–$122,500"; a dash only: "from $X to $Y" is a move
            comparator, value_high, end_span = Comparator.between, upper._.quantity.value, upper
            taken.add(upper.start)
    if row.get("zone") and not zone_named(end_span, row["zone"], ranged=value_high is not None):
        return None
    metric = MOVE_START if row["id"] == "fall-from" else "price"
    unit = q.unit or ("USD" if "USD" in row["needs"] else None)
    anchor = cue if cue is not None and cue.start < quantity.start else quantity
    window = stretched = None
    stretch_days: float | None = None
    if kind is ClaimKind.price_change and q.is_money:
        level = _level_not_amount(quantity, comparator)
        if level is False:
            return None  # "plunged from $3,285": where the move started, not its size
        if level is not None:
            kind, comparator = ClaimKind.price_level, level
    if kind is ClaimKind.intraday_high and cue is not None and sentence.start < cue.start < quantity.start \
            and cue[0].lower_ in {"intraday", "session", "daily"} and doc[max(sentence.start, cue.start - 3) : cue.start].text.lower().replace(" ", "").endswith(("record", "all-time", "lifetime")):
        kind, comparator = ClaimKind.all_time_high, Comparator.at  # "a record intraday high of $109,588": the record itself
    elif kind in {ClaimKind.price_level, ClaimKind.intraday_high, ClaimKind.intraday_low} and _record_named_before(quantity):
        kind, comparator = ClaimKind.all_time_high, Comparator.at  # "hits record $109,000"
    elif kind is ClaimKind.price_level and cue is not None and _failed(doc, sentence, cue):
        kind, comparator = _FAILED[comparator]
    elif kind is ClaimKind.price_level and comparator is Comparator.at and extreme_reached(doc, sentence, quantity):
        kind = ClaimKind.intraday_low if direction_of(doc[sentence.start : quantity.start]) < 0 else ClaimKind.intraday_high
    if comparator is Comparator.at and kind in _BOUNDED and row["position"] == "before":
        comparator = bound_before(quantity) or comparator  # "trading at over 86 million won", "a high of just over $3,700"
    if kind is ClaimKind.price_change:
        metric = "return" if q.unit == "%" else "change"
        unit = q.unit
        if cue is None:
            comparator = Comparator.down if value < 0 else Comparator.up
        magnitude = abs(value)
        value = -magnitude if comparator is Comparator.down else magnitude
        upper = move_range_end(quantity, quantities)
        if upper is not None:  # 'fell 3-5%': the near end is the value, the far end kept beside it
            far = abs(upper._.quantity.value)
            value_high, end_span = (-far if comparator is Comparator.down else far), upper
            taken.add(upper.start)
        if doc[max(sentence.start, quantity.start - 3) : quantity.start].text.lower() == "as much as":
            metric = "max_move"  # "slid as much as 15.8%": the extreme, not the close
        window = window_for(doc, sentence, anchor, end_span, quantities, past_endpoints=True,  # a range move: its time follows its far end
                            unless=lambda w: _since_unlike_a_window(w, kind, comparator))
        if window is not None and _since_unlike_a_window(window, kind, comparator):
            window = None  # 'fell 5% to its lowest level since April': the record's date, not the move's span
        if window is not None and window.label_ == "from_low":
            metric = "rebound_from_low"
        elif window is not None and window.label_ == "from_high":
            metric = "drop_from_high"
        elif metric == "return" and intraday_move(doc, sentence, quantity):
            metric = "drop_from_high" if value < 0 else "rebound_from_low"  # 'a 4% intraday decline': from the day's high
        path = short_path(sentence, anchor, end_span)
        if path is not None and metric in {"return", "change"}:
            metric = "max_move"  # "plunged 8% within minutes": the swing inside the stretch, in the day it happened
            if window is not None and window.start < path.end and path.start < window.end:
                # "in hours" is no window to measure from; a day named beside it is ('within hours on Monday')
                window = next((w for w in within(doc, "windows", sentence) if w.label_ in ONE_DAY_NAMED
                               and not (w.start < path.end and path.start < w.end)), None)
        if q.unit == "%" and (stretch := stretch_and_period(sentence, window)) is not None:
            stretched, window = window, stretch[1]  # 'earlier in the week, ... 3.2% within three hours': some stretch of that week
            metric, stretch_days = "stretch_move", stretch[0]
    else:  # a range's time follows its upper end; a 'since' that dates a record is passed over ('..., its lowest close since February')
        window = window_for(doc, sentence, anchor, end_span, quantities,
                            unless=lambda w: since_compares(w, comparator) or _since_unlike_a_window(w, kind, comparator))
    lead = _leading_cue(cue, sentence) if cue is not None else None
    modality, source = modality_of(lead or cue or quantity, sentence)
    if modality in {Modality.forecast, Modality.conditional} and row["kind"] != "forecast" and kind in _PRICE_OR_EXTREME \
            and is_current(quantity):
        # 'a target 12% under solana's current price of $210': the price now, inside the call
        modality = Modality.attributed if source else Modality.asserted
    elif modality in {Modality.forecast, Modality.conditional} and row["kind"] != "forecast" and kind is ClaimKind.price_change \
            and cue is not None and cue.start < quantity.start and is_current(cue):
        # 'Currently down about 10%, a cooldown would be welcome': the move so far, before the wish
        modality = Modality.attributed if source else Modality.asserted
    if modality is Modality.conditional and not in_condition(lead or cue or quantity):
        modality = Modality.forecast  # a forecast resting on a condition: which one is settled below
    if row.get("modality") == "conditional":
        modality = Modality.conditional  # "as long as ETH holds above $2,150": the level the case rests on
    elif modality is not Modality.forecast and not is_current(quantity) and (
            seen_ahead(lead or cue or quantity)
            or sentence_expects(clause_of(sentence, quantity), quantity) and not told_in_past(lead or cue or quantity)
            and not (kind in _PRICE_OR_EXTREME and _dated_past(article, window))):
        modality = Modality.forecast
    if modality is not Modality.forecast and kind in _PRICE_OR_EXTREME and (infinitive_ahead(lead or cue or quantity)
                                                                             or believed_ahead(lead or cue or quantity)
                                                                             or verbless_target(quantity)):
        # "Bitcoin to hit $150K by year-end, says ...", "his call for bitcoin to reach $200,000", "we think bitcoin hits $200,000",
        # "Bitcoin to $150K this year"
        modality = Modality.forecast
    if modality is not Modality.forecast and kind in _PRICE_OR_EXTREME and horizon_ahead(window) and window.start >= end_span.end \
            and not is_current(quantity) and not in_past_clause(lead or cue or quantity):
        modality = Modality.forecast  # "Bitcoin to $200K by end of 2026", "on track to hit $125,000 by the end of the quarter"
    if kind is ClaimKind.price_level and comparator is Comparator.between and modality is not Modality.forecast \
            and prospect_named(sentence) and not told_in_past(cue or quantity):
        modality = Modality.forecast  # "a range of $84,000–$90,000 is the most likely path into year-end"
    if modality is Modality.forecast and kind is not ClaimKind.forecast and could_not(lead or cue or quantity):
        modality = Modality.attributed if source else Modality.asserted
    if modality is Modality.forecast and kind is not ClaimKind.forecast and _over_the_past(window):
        # '..., seems to be bucking the trend, showing an increase of 2.9% over the past 24 hours': a hedge
        # does not put ahead what a window already past measured
        modality = Modality.attributed if source else Modality.asserted
    if kind is ClaimKind.price_level and comparator in _CROSSINGS and modality is not Modality.forecast and cue is not None \
            and (_move_wanted(cue) or _move_required(cue)) and not told_in_past(cue):
        return None  # 'needs a fresh increase above $40,000', 'is a must for a fresh rise above $X': a move wanted, not made
    dated_extreme = kind in _DATED_EXTREMES and row["id"] in _EXTREME_ROWS
    if kind in _HISTORY_KINDS and not dated_extreme and told_as_history(lead or cue or quantity, quantity, article.published_at):
        return None  # 'which traded at about $16,500 in late 2022': a price of years ago, as history
    # 'could rally from the low of $2,300': a move foreseen from a low that is there now
    passed = kind in {ClaimKind.intraday_high, ClaimKind.intraday_low} and (_extreme_passed(quantity) or _move_starts_at(quantity, sentence))
    if passed and modality is Modality.forecast:
        modality = Modality.asserted  # 'needs to close above the peak of $2,456': the peak is there now
    if kind in {ClaimKind.intraday_high, ClaimKind.intraday_low} and modality is Modality.conditional \
            and in_condition(lead or cue or quantity) and not passed:
        return None  # "if bitcoin falls to a low of $80,000, ...": the low a scenario assumes, not one reached
    if row.get("side") == "outcome":  # 'if $87,000 breaks, a move toward $84,000 ...': the side the scenario goes
        role = outcome_side(quantity)
        if role is None:
            return None
        kind, comparator, modality = role, Comparator.at, Modality.conditional
        row = {**row, "kind": role.value}
    crossing = crossing_line(cue, quantity) if cue is not None and (row.get("scenario_only") or row["id"] == "move-noun") else None
    if crossing is not None:  # 'a daily close above $3.12 would ...', 'if a breakout above $120 occurs, ...': the line passed
        kind, comparator, modality = crossing, Comparator.at, Modality.conditional
        row = {**row, "kind": crossing.value, "comparator": "at"}
    elif row.get("scenario_only") and not _break_told(cue):
        return None  # 'the daily close above $3.00 suggests ...': a close told, read by other rules
    if kind is ClaimKind.price_level and scenario_condition(doc, sentence, cue, quantity, row, modality):
        role = _role_named_after(quantity) or scenario_role(cue, quantity, row)
        if role is None:
            return None  # "if bitcoin rises to $95,000, ...": where a scenario goes, no line it rests on
        # "should the coin clear the $2.75 resistance line, ...", "if bitcoin holds above $95,000, ...": the line presupposed
        kind, comparator, modality = role, Comparator.at, Modality.conditional
        row = {**row, "kind": role.value, "comparator": "at"}
    if kind is ClaimKind.forecast and lead is None and cue is not None and cue.start < quantity.start and in_condition(cue):
        return None  # "if bulls can push ETH to the $3,500 zone, ...": the move the scenario assumes, not its target
    if kind in _HYPOTHETICAL_KINDS and not passed and (in_scenario(quantity) or hypothetical(lead or cue or quantity)):
        return None  # "a failure to hold $2,300 would ...", "would have to climb to $260", "would have sent ether to $4,800"
    if row["kind"] == "forecast" and cue is not None and (_target_named(cue, quantity) and target_met(cue) or superseded_target(cue)):
        return None  # 'hit its earlier target of $3,000', 'The $100,000 target set in March was hit on Thursday', 'up from a previous forecast of $4,000'
    if kind in _LINES and lead is None and row["position"] == "after" and modality is Modality.forecast and cue is not None \
            and any(t.lower_ in _ROLE_HEDGES for t in cue) and not in_condition(cue):
        modality = Modality.attributed if source else Modality.asserted  # "the $100,000 level may act as a buffer": a hedged line, no target
    if kind in _LINES and lead is None and row["position"] == "before" and modality is Modality.forecast and cue is not None \
            and (any(t.lower_ in _ROLE_HEDGES for t in cue) or row["id"] == "run-into-near"):
        # "if $2,000 breaks, initial support will be at $1,925": the role foreseen names a line that stands now
        conditional = any(t.lower_ in CONDITIONS and t.dep_ == "mark" for t in sentence)
        modality = Modality.conditional if conditional else Modality.attributed if source else Modality.asserted
    when = row.get("when", "instant")
    if kind in _LINES and lead is None and modality is Modality.forecast and crossing_named(quantity):
        modality = Modality.conditional  # 'a push through the $1.10 ceiling could ...': the line the scenario rests on
    if kind in {ClaimKind.support, ClaimKind.resistance} and lead is None and row["position"] == "after" \
            and modality is Modality.forecast and in_condition(cue):
        modality = Modality.conditional  # "if it closes above the $65,000 resistance line, ...": the level stands now
    elif kind in _LINES and lead is None and cue is not None and modality is Modality.forecast and role_foreseen(cue, quantity):
        if _role_expected(quantity, sentence) is None:  # 'they expect $3,200 to act as resistance' stays a line foreseen
            modality = Modality.attributed if source else Modality.asserted  # 'support could come from the 57,600 level': the line, no target
    elif kind is ClaimKind.forecast or modality is Modality.forecast:
        if asked(end_span) or presale_stage(quantity) or famed_level(cue):
            return None  # 'Can BTC Hit $150K?': a question forecasts nothing; 'rises to $0.0131 in the next stage': a presale's schedule
        if kind is not ClaimKind.price_change:
            kind = ClaimKind.forecast
            when = "horizon"
            if lead is not None:  # "could surpass the resistance at $75,000"
                comparator = _DIRECTION.get(cue_table()[lead.label_]["comparator"], comparator)
        # "if BTC clears $74,000, it could run to $80,000", "a break above $3,200 would open the way to $3,500"
        modality = Modality.conditional if forecast_condition(lead or cue or quantity, quantity) or condition_after(end_span) else Modality.forecast
        if kind is ClaimKind.forecast:  # "could push bitcoin past $100k": a target above it
            comparator = _DIRECTION.get(comparator.value, comparator)
            if comparator is Comparator.at and passes_level(quantity):  # "a move past $5,000"
                comparator = Comparator.below if direction_of(doc[sentence.start : quantity.start]) < 0 else Comparator.above
            links = DASHES if _move_starts_at(quantity, sentence) else DASHES | {"to"}
            # 'hitting $7,000 to $8,000': a band; 'climb from $140 to $180', 'rally from the low of $2,300 to $2,600': a move to the far end
            band = range_end(quantity, quantities, frozenset(links)) if comparator is Comparator.at and value_high is None else None
            if band is not None:  # "could revisit the $2.40–$2.50 zone": a verb read as a touch, its target a band
                comparator, value_high, end_span = Comparator.between, band._.quantity.value, band
                taken.add(band.start)
            role = _role_expected(quantity, sentence)
            if role is not None:  # "they expect $3,200 to act as resistance": a line foreseen, not a price
                kind, comparator = role, Comparator.at
    pulled_back = kind is ClaimKind.price_level and comparator is Comparator.at and row.get("on_past_day") == "extreme" \
        and modality is not Modality.forecast and overnight_retreat(cue, window)
    if pulled_back:  # 'eased back toward $113,500 overnight': how far the night's pullback went, that window's extreme
        kind = ClaimKind.intraday_low if overnight_retreat(cue, window) < 0 else ClaimKind.intraday_high
    elif kind is ClaimKind.price_level and comparator is Comparator.at and cue is not None and cue.end <= quantity.start \
            and any(t.lower_ in TOWARD for t in cue) and (heading := direction_of(cue) or pushing(cue)):
        comparator = Comparator.below if heading > 0 else Comparator.above  # 'bulls push toward $100k': not there yet
    if kind is ClaimKind.forecast and window is None:
        window = closing_window(sentence, quantity)  # "will close 2025 near $130,000": due that year's last day
    if kind is ClaimKind.price_level and modality is not Modality.forecast and window is not None and is_current(quantity):
        window, when = None, "instant"  # 'over Sunday it went from $61,000 up to $63,400 as we write': the end is now
    holding = kind is ClaimKind.price_level and modality is not Modality.forecast and held_over(cue, comparator, window)
    if kind is not ClaimKind.price_change and window is not None:
        # A forecast's own time is its horizon; a level's, a day named (not a span of hours).
        wanted = FORECAST_WINDOWS if kind is ClaimKind.forecast else DAYS_NAMED
        if kind is not ClaimKind.forecast and window.label_ == "horizon" and day_named(window) is not None:
            wanted = wanted | {"horizon"}  # 'had traded near $68,000 by March 4': that day
        if holding:
            wanted = wanted | {"duration"}  # 'has held above $60,000 for the past week': the whole span
        if kind in {ClaimKind.intraday_high, ClaimKind.intraday_low}:
            # 'an early-October peak above $126,000': the extreme since then; 'a weekly high of $73,500', 'as low
            # as $87,900 in the past 24 hours', 'its 30-day low': the extreme over that span, not the day's
            wanted = wanted | {"from_low", "from_high"} | ({"duration"} if _span_behind(window) else set())
        window = window if window.label_ in wanted and not since_compares(window, comparator) \
            and not _since_unlike_a_window(window, kind, comparator) \
            and not (kind is ClaimKind.forecast and _bar_adjective(window)) else None
    time = resolve(
        article,
        when,
        window,
        default=DEFAULT_CHANGE_WINDOW if kind is ClaimKind.price_change and modality is not Modality.forecast else None,
        sentence=sentence,
    )
    if kind is ClaimKind.price_level and window is None and modality is not Modality.forecast and article.published_at is not None \
            and cue is not None and past_moment(cue):
        # 'This downturn occurred as bitcoin approached $97,000': a moment of the story, some time in the last days
        time = TimeRef(text=None, start=article.published_at - LOOKBACK, end=article.published_at, kind="window")
        comparator = Comparator.at
    if holding and window is not None and time.kind in {"window", "day"}:
        metric = HELD  # 'has stayed below $64,000 since Monday': every hour of the span, not the last one
    if kind is ClaimKind.price_change and modality is not Modality.forecast and article.published_at is not None \
            and (day := named_day_of_close(doc, sentence, window)) is not None \
            and (named := resolve(article, "instant", day)).kind == "day" and named.end is not None \
            and named.end <= article.published_at:
        time = named  # 'On Sunday, ... a rise of 2.7% from the last close': over Sunday, from its open
        if metric == "return" and reaches_an_extreme(sentence):
            metric = "max_move"  # '... set a new high, a rise of 2.7%': to the day's high
    elif kind is ClaimKind.price_change and modality is not Modality.forecast and article.published_at is not None \
            and time.start is not None and time.start < article.published_at \
            and (turned := move_after_extreme(sentence, window, anchor, value)) is not None:
        # 'peaked in October before declining 46%': from October's peak to now
        time = TimeRef(text=time.text, start=time.start, end=article.published_at, kind="window", anchored=True)
        metric = turned
    elif kind is ClaimKind.price_change and (since_day := move_from_day(window, time, article.published_at)):
        time = since_day  # 'up 3% from Monday': from that day to now
    elif kind is ClaimKind.price_change and modality is not Modality.forecast and window is not None \
            and window.label_ in {"horizon", "duration"} and any(t.lower_ in _AFTER_AN_EVENT for t in doc[max(sentence.start, window.start - 2) : window.end]):
        # 'then slid 3% over the next four days': days after a moment the story tells, not the last ones
        time = TimeRef(text=window.text, start=None, end=article.published_at, kind="window")
    briefly = cue is not None and any(t.lower_ in _PASSING_WORDS for t in doc[max(sentence.start, cue.start - 2) : cue.end]) \
        or moment_named_after(sentence, quantity) or moment_named_before(sentence, quantity)
    if kind is ClaimKind.price_level and comparator is Comparator.at and row.get("on_past_day") == "extreme" \
            and (on_past_day(window, time, article) or briefly or turned_after(sentence, quantity)) \
            and not is_current(quantity):  # '... on Monday and retreated to $0.2225 by press time': where it is now
        # 'after briefly climbing to $90,406': the session's high; 'rebounded after sliding to $2,710': where it turned
        direction = direction_of(doc[sentence.start : quantity.start]) or gentle_side(cue)
        if direction:  # "after sliding to $86,075 on Sunday": Sunday's low, not where the price is
            kind = ClaimKind.intraday_low if direction < 0 else ClaimKind.intraday_high
    elif kind is ClaimKind.price_level and comparator is Comparator.at and briefly and (turn := reversed_before(sentence, quantity)):
        kind = ClaimKind.intraday_high if turn < 0 else ClaimKind.intraday_low  # 'briefly traded at $100,600 before retreating'
    elif kind is ClaimKind.price_level and comparator is Comparator.at and row.get("on_past_day") == "extreme" \
            and modality is not Modality.forecast and (turn := reversed_before(sentence, quantity)) \
            and turn == -direction_of(doc[sentence.start : quantity.start]):
        kind = ClaimKind.intraday_high if turn < 0 else ClaimKind.intraday_low  # 'spiked to $3,600 before retracing': where it turned
    elif kind is ClaimKind.price_level and comparator is Comparator.at and row.get("on_past_day") == "extreme" \
            and modality is not Modality.forecast and (turn := settled_from(sentence, quantity)):
        kind = ClaimKind.intraday_high if turn < 0 else ClaimKind.intraday_low  # 'pushed to $92,287 before settling at $91,900'
    if row["id"] == "start-at" and time.kind == "day" and time.start is not None and article.published_at is not None:
        time = daily_candle_edge(time, opening=cue[0].lemma_.lower() in _OPENING, published=article.published_at)
    elif row["id"] == "start-at" and (edge := period_edge(article, cue, time, opening=cue[0].lemma_.lower() in _OPENING)):
        time = edge  # 'closed June at $62,700', 'opened the week near $62,800': the price at the period's edge
    if kind is ClaimKind.price_level and comparator is Comparator.above and unit == "USD" and modality is not Modality.forecast \
            and _FIRST_EVER.search(sentence.text):
        comparator = Comparator.crossed_above  # 'for the first time ever, ether traded above $5,000': a first crossing
        kind, metric = ClaimKind.all_time_high, FIRST_CROSSING
    if kind is ClaimKind.price_level and comparator is Comparator.crossed_above and unit == "USD" and _HEADLINE_FIRST.search(sentence.text):
        # 'Bitcoin tops $123,000 for first time': a record headline (records are in dollars; a
        # first in won on local exchanges stays a level)
        kind, metric = ClaimKind.all_time_high, FIRST_CROSSING
    if kind is ClaimKind.price_level and comparator is Comparator.at and unit == "USD" and modality is not Modality.forecast \
            and _risen_to(cue, quantity) and (_FIRST_EVER.search(sentence.text) or _HEADLINE_FIRST.search(sentence.text)):
        # 'Ether surges to $5,300 for first time', 'XRP climbed to $4 for the first time ever': a level
        # never reached before, so a new record passed on the way
        comparator = Comparator.crossed_above
        kind, metric = ClaimKind.all_time_high, FIRST_CROSSING
    if kind is ClaimKind.price_level and modality is not Modality.forecast and _FIRST_SINCE.match(text_of(doc), q.end):
        # 'lifting XRP over $1 for the first time since late 2021', 'slid below $2,000 for the first time in
        # a year': a line not passed for a while, passed again; a crossing (no record: it traded there before).
        # 'reaching $28,000 for the first time since June' is left a level: outlets' readers split on it.
        comparator = {Comparator.above: Comparator.crossed_above, Comparator.below: Comparator.crossed_below}.get(comparator, comparator)
    first = quantity if row.get("listed") else lead or cue or quantity  # a listed move's words are its own
    if row.get("context_first") and first is cue:
        first = cue[1:]  # the word the cue leans on is not the claim's
    start_char = min(first.start_char, q.start)
    end_char = max(cue.end_char if cue is not None else 0, end_span._.quantity.end)
    if comparator is Comparator.at and value_high is None and kind in _OPEN_ENDED and _plus_after(text_of(doc), q.end):
        comparator = Comparator.above  # 'toward the $120,000+ level', 'targets of $5k+': at least that figure
    last = max(cue.end if cue is not None else 0, end_span.end)
    told = stretched if stretched is not None else window  # the words right after the figure
    if told is not None and told.start >= last and told.start - last <= 2:
        end_char = told.end_char
    elif last < sentence.end and (doc[last].lemma_.lower() in LEVEL_NOUNS or value_high is not None and doc[last].lemma_.lower() in ZONE_NOUNS):
        end_char = doc[last].idx + len(doc[last])  # "the $71,000 level", "a $72,000–$88,000 range"
    return Claim(
        kind=kind,
        asset=asset,
        metric=metric,
        value=value,
        value_high=value_high,
        unit=unit,
        decimals=q.decimals,
        magnitude=q.magnitude,
        comparator=comparator,
        time=time,
        duration_days=stretch_days,
        modality=modality,
        attributed_to=source,
        text=text_of(doc)[start_char:end_char],
        sentence=sentence.text.strip(),
        span=(start_char, end_char),
    )
