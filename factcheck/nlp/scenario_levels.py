"""The level a scenario's condition rests on is a line on the chart: 'if BTC loses $84,000, ...',
'should ether reclaim $3,200, ...', 'a daily close above $90,500 would ...'.

A condition that has the price hold, defend or lose a level, or pass below it, names a floor (a
`support`, modality conditional); one that has it clear, reclaim or pass above it names a ceiling
(a `resistance`). The scenario's outcome is read elsewhere (a forecast or an opinion); only the
line the writer presupposes is claimed here, as corpus/README's modality row says. A move to a
level ('if bitcoin falls to $80,000') names where the scenario goes, not a line, and stays unread.
A crossing named as a noun ('a daily close above $3.12 would confirm ...', 'if a breakout above
$120 occurs, ...') is the same condition: the level it passes is the line, on the side it passes.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from factcheck.model import ClaimKind
from factcheck.nlp.components import group
from factcheck.nlp.modality import in_condition, is_modal
from factcheck.nlp.price_direction import direction_of

_FLOOR_VERBS = {"hold", "defend", "lose", "protect", "keep", "maintain", "sustain", "surrender", "forfeit"}
_CEILING_VERBS = {"clear", "reclaim", "flip", "overcome", "conquer", "crack", "recapture", "regain", "retake", "topple"}
_BELOW = {"below", "under", "beneath", "underneath"}
_ABOVE = {"above", "over", "beyond"}
_ACROSS = {"through", "past"}  # the side is the move's: 'breaks through' up, 'falls through' down
_PASSING_COMPARATORS = {"crossed_above": ClaimKind.resistance, "above": ClaimKind.resistance,
                        "crossed_below": ClaimKind.support, "below": ClaimKind.support}


def scenario_role(cue: Span, quantity: Span, row: dict[str, Any]) -> ClaimKind | None:
    """Support or resistance for a level inside a scenario's condition, None for a level the words
    do not place on either side ('if it rises to $95,000')."""
    doc = quantity.doc
    between = [t for t in doc[cue.start : quantity.start] if not t.is_punct]
    side = next((t.lower_ for t in reversed(between) if t.lower_ in _BELOW or t.lower_ in _ABOVE), None)
    if side is not None:
        # 'hold above $95,000' keeps the price over a floor, 'stay below $62,000' under a ceiling
        return ClaimKind.support if side in _ABOVE and _holding(between) or side in _BELOW and not _holding(between) \
            else ClaimKind.resistance
    lemmas = {t.lemma_.lower() for t in between}
    if lemmas & _CEILING_VERBS:  # 'fails to reclaim $3,000': the ceiling it did not clear
        return ClaimKind.resistance
    if lemmas & _FLOOR_VERBS:
        return ClaimKind.support
    if any(t.lower_ in _ACROSS for t in between):
        heading = direction_of(doc[cue.start : quantity.start])
        return ClaimKind.support if heading < 0 else ClaimKind.resistance if heading > 0 or _breaking(between) else None
    return _PASSING_COMPARATORS.get(str(row.get("comparator")))


_STAYING = {"hold", "stay", "remain", "be", "keep", "maintain", "sustain", "defend", "consolidate", "settle", "stabilise", "stabilize"}


def _holding(words: list) -> bool:
    """Whether the condition keeps the price where it is ('holds above', 'stays below') rather than
    taking it across ('breaks above', 'closes below' is a crossing: the far side is the new ground)."""
    return any(t.lemma_.lower() in _STAYING for t in words)


def _breaking(words: list) -> bool:
    """'breaks through $X', 'punches through': breaking through a level is read upward, as TA pages use it."""
    return any(t.lemma_.lower() in {"break", "punch", "push", "blast", "smash", "burst"} for t in words)


def outcome_side(quantity: Span) -> ClaimKind | None:
    """'If $87,000 breaks, a move toward $84,000 is likely': a line said only to break is a floor
    when the scenario goes below it and a ceiling when it goes above, by the next dollar figure
    after it in the sentence or, lacking one, the direction of the outcome's words. None outside a
    condition ('the $87,000 line broke on Monday' is a crossing, read elsewhere)."""
    sentence = quantity.sent
    if sentence[0].lower_ not in {"if", "should", "once", "unless"}:
        return None
    outcome = quantity.doc[quantity.end : sentence.end]
    level = quantity._.quantity
    beyond = next((q._.quantity for q in group(quantity.doc, "quantities")
                   if outcome.start <= q.start < outcome.end and q._.quantity.unit == "USD"), None)
    if level is not None and beyond is not None and beyond.value != level.value:
        return ClaimKind.resistance if beyond.value > level.value else ClaimKind.support
    heading = direction_of(outcome)
    return ClaimKind.support if heading < 0 else ClaimKind.resistance if heading > 0 else None


_CROSSING_NOUNS = {"close", "closing", "break", "breakout", "breakdown", "move", "push", "rally", "surge", "drop", "dip",
                   "slip", "fall", "decline", "slide", "flip", "reclaim", "loss", "sweep", "spike", "run", "jump", "rise"}
_CONDITION_OPENERS = {"if", "once", "unless", "should", "when"}
_AFTER_FIGURE = {"level", "mark", "zone", "area", "line", "handle", "region", "resistance", "support", "on", "a", "the",
                 "daily", "weekly", "closing", "basis", "close"}


def _opening_condition(quantity: Span) -> bool:
    """'If a breakout above $120 occurs, ...': the sentence opens with a condition that has not
    closed (no comma) before the figure."""
    sentence = quantity.sent
    words = [t for t in sentence if not t.is_punct or t.text == ","]
    first = next((t for t in words if t.lower_ not in {"but", "and", "however", "still", "so"}), None)
    if first is None or first.lower_ not in _CONDITION_OPENERS:
        return False
    return not any(t.text == "," for t in quantity.doc[first.i : quantity.start])


def _modal_follows(quantity: Span) -> bool:
    """'a close below $2,900 could open ...': the scenario's consequence follows the figure."""
    doc, end = quantity.doc, quantity.sent.end
    i = quantity.end
    while i < end and doc[i].lower_ in _AFTER_FIGURE:
        i += 1
    return i < end and is_modal(doc[i])


def crossing_line(cue: Span, quantity: Span) -> ClaimKind | None:
    """Support or resistance for a level passed by a crossing named as a noun inside a scenario's
    condition ('a daily close above $3.12 would ...', 'if a breakdown below $2,900 happens, ...'),
    None where the crossing is no condition ('bitcoin eyes a breakout above $120': a target) or
    the words name no side ('a move to $95,000')."""
    noun = next((t for t in cue if t.lemma_.lower() in _CROSSING_NOUNS or t.lower_ in _CROSSING_NOUNS), None)
    if cue.start >= quantity.start or noun is None:
        return None
    side = next((t.lower_ for t in reversed(cue) if t.lower_ in _BELOW or t.lower_ in _ABOVE), None)
    if side is None or any(t.lower_ in {"to", "toward", "towards"} for t in cue):
        return None
    if not (in_condition(cue) or _opening_condition(quantity) or _modal_follows(quantity)):
        return None
    return ClaimKind.support if side in _BELOW else ClaimKind.resistance
