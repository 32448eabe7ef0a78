"""Assembling claims from what the components marked on the Doc.

A claim is a quantity bound to a cue ("reclaimed the" + "$71,000"), about an
asset, at a time, with a modality. Binding is deliberately strict: a number
with no cue, or whose nearest subject is another metric (volume, open
interest, liquidations), makes no price claim, so the report never checks a
figure against the wrong series. A claim restated (headline, then body) is
reported once.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any, Literal

from spacy.tokens import Doc, Span, Token

from factcheck.model import Article, Claim, ClaimKind, Comparator, Modality, TimeRef
from factcheck.nlp.bounds import bound_before
from factcheck.nlp.components import PATTERNS, group, load_cues, read_jsonl, text_of
from factcheck.nlp.modality import (
    CONDITIONS,
    MODALS,
    forecast_condition,
    hypothetical,
    in_condition,
    in_scenario,
    is_modal,
    modality_of,
    sentence_expects,
)
from factcheck.nlp.numbers import RANGE_LINKS, Quantity, find_quantities, range_linked
from factcheck.nlp.timeref import (
    DAYS_NAMED,
    DEFAULT_CHANGE_WINDOW,
    VERB_WINDOWS,
    duration,
    resolve,
    since_compares,
)

MAX_GAP = 3  # tokens allowed between a cue and its number ("rose nearly 16%")
WINDOW_REACH = 8  # tokens after the number where its time window may be named
LEVEL_NOUNS = {"level", "mark", "zone", "area", "handle", "threshold", "line", "region", "barrier", "territory"}
MAX_PRICE = 5e6  # a USD "price" beyond this is a market total, not a price
PRONOUNS = {"it", "its", "token", "coin", "asset", "price", "cryptocurrency", "crypto", "currency"}
DOWN_WORDS = {
    "fall", "drop", "decline", "slide", "slip", "sink", "tumble", "plunge", "crash", "dip", "retreat",
    "plummet", "slump", "dive", "low", "lows", "bottom", "selloff", "sell-off", "down", "lose", "shed", "loss", "cascade",
}
UP_WORDS = {
    "rise", "gain", "jump", "surge", "climb", "rally", "soar", "advance", "rebound", "recover", "bounce",
    "high", "highs", "peak", "top", "up", "claw", "spike", "rocket",
}
CLAUSE_OPENERS = {"as", "after", "while", "when", "amid", "on", "despite", "following", "because", "since", "before", "ahead", "with", "though", "although", "until",
                   "if", "unless", "once", "provided", "assuming", "should"}  # '$112,000 if ETF inflows keep up', '$500 should the ETF be approved': a condition, not the figure's subject
HIGH_NOUNS = {"high", "highs", "peak", "top", "record", "ath", "highest"}
LOW_NOUNS = {"low", "lows", "bottom", "trough", "lowest"}
_DIRECTION = {
    "crossed_above": Comparator.above,
    "above": Comparator.above,
    "crossed_below": Comparator.below,
    "below": Comparator.below,
}


@lru_cache(maxsize=1)
def _cues() -> dict[str, dict[str, Any]]:
    return load_cues()


@dataclass(frozen=True)
class Binding:
    """A quantity and the cue that gives it meaning (None: the number's own sign)."""

    quantity: Span
    cue: Span | None
    row: dict[str, Any]


# A signed percent with no verb ("+6.1% 24h", "‑13.1% in 24 hours") is a move.
_SIGNED_MOVE = {"id": "signed", "kind": "price_change", "comparator": "up", "needs": "%", "when": "instant", "position": "self"}


def _fits(needs: str, q: Quantity, span: Span) -> bool:
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
            return written_k or (after is not None and after.lemma_.lower() in LEVEL_NOUNS and q.value >= 1)
    return False


def _subject_is_metric(doc: Doc, cue: Span) -> bool:
    """'the number of wallets holding at least 1 Bitcoin decreased by 2.2%': the verb's
    subject is another series, whatever coin its words mention."""
    verb = cue.root if cue.root.pos_ in {"VERB", "AUX"} else cue.root.head
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    coins = {t.i for a in group(doc, "assets") for t in a}
    if subject.i in coins or subject.lower_ in PRONOUNS:
        return False
    heads = {subject.i} | {g.i for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"}
    if any(c.dep_ in {"nsubj", "nsubjpass"} and (c.i in coins or c.lower_ in PRONOUNS) for c in verb.children):
        return False  # 'On Upbit, the largest won-based exchange in Korea, Bitcoin changed hands ...': the coin is a subject too
    heads |= {c.i for c in subject.children if c.dep_ in {"amod", "compound"}}  # 'the average cost to mine one bitcoin rose to $72,000'
    return any(any(t.i in heads for t in m) for m in _not_price(doc))


def _not_price(doc: Doc) -> list[Span]:
    """The words that make a figure near them about something other than the coin's price: the
    metrics (models/metrics.json), and the screens of the price patterns (kind `not_price`:
    averages and cost bases, option strikes, other assets, funds and shares)."""
    screens = [c for c in group(doc, "cues") if _cues()[c.label_]["kind"] == "not_price"]
    return [*group(doc, "metrics"), *screens]


def _other_metric(doc: Doc, sentence: Span, cue: Span | None, quantity: Span, asset: Span | None) -> bool:
    """True when the number is about a non-price metric ("$500 million in liquidations")."""
    if cue is not None and cue.start < quantity.start and _subject_is_metric(doc, cue) and not _target_of_price(cue):
        verb = cue.root if cue.root.pos_ in {"VERB", "AUX"} else cue.root.head
        if not (verb.i < cue.start and _price_named(doc, verb.i + 1, cue.start)):
            return True  # but 'ETF outflows took bitcoin to $108,000': the metric moved the price
    after = doc[quantity.end : min(quantity.end + 3, sentence.end)]
    anchor = cue if cue is not None and cue.start < quantity.start else quantity
    if cue is not None and any(s.start < cue.end and cue.start < s.end for s in _not_price(doc) if s.label_ in _cues()):
        return True  # 'an average price of $66,384', 'the realized price stands at': the cue's own words are a screen's
    for metric in _not_price(doc):
        if metric.start >= after.start and metric.end <= after.end:
            # "$7,132 liquidation imbalance", "$2B in inflows"; but not "...$71K. Volume",
            # nor "$87,000 as ETF outflows mount", "$90,000 on mounting liquidations" (a new clause).
            if not any(t.is_punct or t.lower_ in CLAUSE_OPENERS for t in doc[after.start : metric.start]):
                return True
        if anchor.end <= metric.start < quantity.start:
            return True
        # The cue's own subject: back to the asset or the last clause break.
        lo = asset.end if asset is not None and asset.end <= anchor.start else sentence.start
        breaks = [t.i for t in doc[lo : anchor.start] if t.text in {",", ";", ":", "—", "(", "–"}]
        lo = breaks[-1] + 1 if breaks else lo
        if lo <= metric.start and metric.end <= anchor.start and not _price_named(doc, metric.end, anchor.start) \
                and not _target_of_price(cue):
            return True
    return False


_PRICE_MOVES = {"rally", "rallies", "gain", "gains", "upside", "downside", "bounce", "recovery", "rebound", "advance"}


def _target_of_price(cue: Span | None) -> bool:
    """'any sign of a rate cut could push bitcoin toward $95,000', 'supply overhang to cap rallies
    near $58,500': a forecast cue that names the coin or its move sets a price target, whatever
    series stands in its subject as the cause."""
    if cue is None or _cues()[cue.label_]["kind"] != "forecast":
        return False
    coins = {t.i for a in group(cue.doc, "assets") for t in a}
    return any(t.i in coins or t.lower_ in _PRICE_MOVES or t.lower_ in {"price", "prices"} for t in cue)


def _price_named(doc: Doc, start: int, end: int) -> bool:
    """'a liquidation cascade took the price to $75,700', 'selling pushed bitcoin to ...':
    the price or a coin named after the metric is what the figure is about."""
    coins = {t.i for a in group(doc, "assets") for t in a}
    return any(t.lower_ in {"price", "prices"} or t.i in coins for t in doc[start:end])


# Words that may stand between a chart line and its value: "the 200-day SMA, which sits near $88.2k",
# "the lower Bollinger band is near $59,500", "the 50-day SMA ........ $90,340".
LINE_VALUE_GLUE = {",", "(", "of", "at", "near", "around", "about", "roughly", "now", "is", "sits", "sit", "sat", "stands", "stood", "lies",
                   "which", "both", "as", "well", "currently", "was", "-", "—", ":", "–", "~", "sma", "ema", "ma", ")"}
LINE_VALUE_REACH = 6


@lru_cache(maxsize=1)
def _line_states() -> frozenset[str]:
    """The state ids that name a chart line (a moving average, a Bollinger band)."""
    return frozenset(r["id"] for r in read_jsonl(PATTERNS / "states.jsonl") if r.get("reads") == "line")


def _line_value(doc: Doc, sentence: Span, quantity: Span, row: dict[str, Any]) -> bool:
    """'The 200-day moving average, now around $102,000': the figure is the line's value (an
    indicator claim), not where the price is."""
    if row["kind"] not in {"price_level", "forecast"} or row["position"] != "before":
        return False
    for line in group(doc, "states"):
        if line.label_ not in _line_states() or not sentence.start <= line.start or line.end > quantity.start:
            continue
        if quantity.start - line.end <= LINE_VALUE_REACH and all(
                t.lower_ in LINE_VALUE_GLUE or set(t.text) <= {"."} for t in doc[line.end : quantity.start]):
            return True
    return False


def _binding(quantity: Span, cues: list[Span], quantities: list[Span]) -> Binding | None:
    """The cue a quantity belongs to: the nearest fitting one before it, else one right after it."""
    table = _cues()
    q: Quantity = quantity._.quantity
    best: tuple[tuple[int, int], Span, dict[str, Any]] | None = None
    fitting: list[tuple[Span, dict[str, Any]]] = []
    for cue in cues:
        row = table[cue.label_]
        if row["position"] != "before" or cue.end > quantity.start or not _fits(row["needs"], q, quantity):
            continue
        gap = quantity.start - cue.end - _bound_width(quantity, cue)
        between = [s for s in quantities if cue.end <= s.start < quantity.start]
        if row["comparator"] == "between":
            if gap > MAX_GAP + 4 or len(between) > 1:
                continue
        elif gap > row.get("max_gap", MAX_GAP) or between:
            continue
        if row["kind"] == "price_change" and q.unit == "%" and _rate_level(quantity, cue):
            continue
        if _up_to(quantity) and cue.start >= quantity.start - 2:
            continue  # "a decline of up to 7.71%": 'up' caps the figure, it is no direction
        rank = (cue.end, len(cue), _move_ahead(cue, row))
        if best is None or rank > best[0]:
            best = (rank, cue, row)
        fitting.append((cue, row))
    if best is not None and best[2]["kind"] in {"intraday_low", "intraday_high", "intraday_extreme"}:
        # "Support is Monday's low near $74,500": the low named is what the support is
        role = next(((c, r) for c, r in fitting if r["kind"] in {"support", "resistance"} and 0 <= best[1].start - c.end <= 1), None)
        if role is not None:
            best = ((role[0].end, len(role[0]), 0), role[0], role[1])
    # 'the loss of the $57,000 resistance level': a noun of moving, 'of' and the level is a crossing too
    crossing = best is not None and (best[2]["comparator"] in {"crossed_above", "crossed_below"} or best[2]["kind"] == "price_change"
                                     and best[1][-1].lower_ == "of" and q.is_money
                                     and _level_not_amount(quantity, Comparator(best[2]["comparator"])) not in {None, False})
    for cue in cues:  # "the low of $2,700 remains the floor": the role named after the level decides,
        row = table[cue.label_]  # but "the loss of the $57,000 resistance level" is the crossing
        if not crossing and row["position"] == "after" and (row["kind"] in {"support", "resistance"} or row.get("decides")) \
                and _role_reach(quantity, cue, quantities) and _fits(row["needs"], q, quantity) \
                and not (row["kind"] == "forecast" and best is not None and _target_met(cue)):  # 'reached the $4,000 target'
            return Binding(quantity, cue, row)
    if best is not None:
        return Binding(quantity, best[1], best[2])
    for cue in cues:
        row = table[cue.label_]
        if row["position"] == "after" and 0 <= cue.start - quantity.end <= 1 and _fits(row["needs"], q, quantity) \
                and not (row["kind"] == "forecast" and _crossing_named(quantity)):
            return Binding(quantity, cue, row)
    if q.unit == "%" and q.text[:1] in "+-−‑" and not _rate_level(quantity):
        return Binding(quantity, None, _SIGNED_MOVE)
    return None


_PAST_LINE = {"above", "below", "over", "under", "past", "beyond", "through"}
_CROSSING_NOUNS = {"close", "break", "breakout", "breakdown", "move", "push", "rally", "run", "surge", "drop", "dip", "slip",
                   "finish", "candle", "flip", "reclaim", "climb"}


def _crossing_named(quantity: Span) -> bool:
    """'A close above $2,650 could send ether toward $2,800': the figure a noun of crossing names is
    the condition the modal hangs on, not the level it predicts."""
    doc = quantity.doc
    if quantity.start < 2 or doc[quantity.start - 1].lower_ not in _PAST_LINE:
        return False
    return doc[quantity.start - 2].lower_ in _CROSSING_NOUNS  # not 'a fraction under $69k will come under pressure'


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


def _role_reach(quantity: Span, cue: Span, quantities: list[Span]) -> bool:
    """Whether a role named after a level is that level's: right after it ('the $94,500
    support'), or past one aside set off by commas ('$72,000, where the rebound stalled,
    is the ceiling'; '$59,600, the April low, as the level buyers need to hold')."""
    gap = cue.start - quantity.end
    if 0 <= gap <= 1:
        return True
    doc = quantity.doc
    if gap < 0 or gap > ASIDE_REACH + 3:
        return False
    i = quantity.end
    if i < len(doc) and doc[i].lemma_.lower() in LEVEL_NOUNS:
        i += 1
    if i >= len(doc) or doc[i].text != ",":
        return False
    close = next((t.i for t in doc[i + 1 : cue.start] if t.text == ","), None)
    if close is None or close - i > ASIDE_REACH or any(i < s.start < close and s._.quantity.is_money for s in quantities):
        return False
    return all(t.lower_ in _ROLE_GLUE for t in doc[close + 1 : cue.start])


def _move_ahead(cue: Span, row: dict[str, Any]) -> int:
    """1 for a move named as a noun ('opens a measured move to $98,000', 'a return to $100,000
    is a 2027 story') outside a past-tense clause: the move is expected, not reported."""
    if row["kind"] != "forecast" or cue[0].pos_ != "NOUN" or not any(c.dep_ in {"det", "amod", "poss"} for c in cue[0].children):
        return 0  # a headline's 'Bitcoin Price Returns to $69,000' is a verb the parser took for a noun
    if any(c.dep_ == "amod" and c.lower_ in _PROSPECTIVE for c in cue[0].children):
        return 1  # 'warned of a possible decline to $75,000': a move still to come, whatever the tense
    return 0 if _told_in_past(cue) else 1


def _owned_move_noun(cue: Span) -> bool:
    """"Bitcoin's retest of $60,000", "its slide to $80,600": a move named as a noun and owned by the
    coin is a move the market made, unless a word puts it ahead ('its next leg to', 'its potential
    move to') or a modal does."""
    head = cue[0]
    if head.pos_ != "NOUN" or not any(c.dep_ == "poss" for c in head.children):
        return False
    if any(c.lower_ in _PROSPECTIVE | {"next", "coming", "anticipated"} for c in head.children):
        return False
    return not _has_modal(_governing_verb(cue))


def _dated_move_noun(cue: Span) -> bool:
    """'Friday's slide to $80,600', 'yesterday's rally to $4,700': a move named as a noun and
    owned by a day is past, whatever the sentence's tense."""
    if cue[0].pos_ != "NOUN":
        return False
    days = [w for w in group(cue.doc, "windows") if w.label_ in _PAST_DAYS]
    return any(c.dep_ == "poss" and any(w.start <= c.i < w.end for w in days) for c in cue[0].children)


_PROSPECTIVE = {"possible", "potential", "likely", "probable", "expected", "anticipated", "eventual", "projected", "imminent"}
_MEETING = {"hit", "reach", "meet", "touch", "achieve", "surpass", "exceed", "top", "smash", "beat", "clear"}


def _target_met(cue: Span) -> bool:
    """'Ether hit the analyst's earlier target of $3,000 on Monday': a target the price has
    already met is news about the price, not a forecast."""
    verb = _governing_verb(cue)
    return verb.lemma_.lower() in _MEETING and verb.tag_ in {"VBD", "VBN", "VBZ"} and not _has_modal(verb) and verb.i < cue.start


def _up_to(quantity: Span) -> bool:
    """'up to 7.71%': the largest figure, as 'as much as' is."""
    doc = quantity.doc
    return quantity.start >= 2 and doc[quantity.start - 2].lower_ == "up" and doc[quantity.start - 1].lower_ == "to"


def _rate_level(quantity: Span, cue: Span | None = None) -> bool:
    """A percent that is a level, not a move: 'rising to 4.3%', '-0.01% per eight hours';
    but not the preposition of a change noun ('a decline of 4.17%', 'a decline of up to 7.71%')."""
    doc = quantity.doc
    if cue is not None and (cue.end == quantity.start and cue[-1].lower_ == "of" or _up_to(quantity) and cue.end <= quantity.start - 2):
        return False
    if cue is not None and cue.end == quantity.start and cue[-1].lower_ == "to" and len(cue) > 2 and _cues()[cue.label_]["kind"] == "price_change":
        return False  # 'taking its gain for the week to 14 per cent': the move's size, brought there
    before = doc[quantity.start - 1].lower_ if quantity.start > 0 else ""
    after = doc[quantity.end].lower_ if quantity.end < len(doc) else ""
    if before == "of" and any(b.end == quantity.start for b in group(doc, "bounds")):
        before = ""  # 'gained upwards of 30%', 'rallied north of 12%': the 'of' is the bound's
    return before in {"to", "at", "of"} or after in {"per", "a", "an", "annualized", "annualised", "apr", "apy"}


def asset_for(doc: Doc, sentence: Span, anchor: Span, carried: str | None, dominant: str | None) -> tuple[str | None, Span | None]:
    """The asset a claim is about: named in its sentence, else the one 'it' refers to, else the article's."""
    before = [a for a in group(doc, "assets") if sentence.start <= a.start < anchor.end and a.end <= anchor.end]
    outside = [a for a in before if not _in_relative_aside(doc, sentence, a, anchor)]
    before = outside or before
    if before:
        return before[-1].label_, before[-1]
    if any(t.lower_ in PRONOUNS for t in doc[sentence.start : anchor.start]):
        return carried, None  # "It fell below...", "The token dropped to..."
    after = [a for a in group(doc, "assets") if anchor.end <= a.start and a.end <= sentence.end]
    if after:
        return after[0].label_, None
    return dominant or carried, None


_RELATIVES = {"which", "who", "that", "whose"}


def _in_relative_aside(doc: Doc, sentence: Span, asset: Span, anchor: Span) -> bool:
    """'Ether, which has lagged bitcoin since the ETFs launched, was little changed near
    $4,000': a coin named inside a relative clause is not the subject."""
    opened = next((t.i for t in reversed(doc[sentence.start : asset.start]) if t.text == ","), None)
    if opened is None or opened + 1 >= asset.start or doc[opened + 1].lower_ not in _RELATIVES:
        return False
    return any(t.text == "," for t in doc[asset.end : anchor.start])


CLAUSE_JOINERS = {"and", "but", "while", "whereas"}


def window_for(doc: Doc, sentence: Span, anchor: Span, quantity: Span, quantities: list[Span]) -> Span | None:
    nxt = min((q.start for q in quantities if q.start >= quantity.end), default=sentence.end)
    stop = min(nxt, quantity.end + WINDOW_REACH, sentence.end)
    # a clause joined after the figure has its own time: "a high of $73,805, and again in early May ..."
    stop = next((t.i for t in doc[quantity.end : stop] if t.text == ";" or t.text == "," and t.i + 1 < stop and doc[t.i + 1].lower_ in CLAUSE_JOINERS), stop)
    for window in group(doc, "windows"):
        if quantity.end <= window.start and window.end <= stop and not _names_another(window, anchor, quantity) \
                and window.label_ not in VERB_WINDOWS:
            return window
    inside = [w for w in group(doc, "windows") if anchor.start <= w.start and w.end <= anchor.end and anchor.end <= quantity.start]
    if inside:  # 'taking its gain for the week to 14%': the window named inside the cue
        return inside[-1]
    before = [w for w in group(doc, "windows") if sentence.start <= w.start and w.end <= anchor.start
              and not _names_another(w, anchor, quantity) and w.label_ not in VERB_WINDOWS]
    # the nearest: "dropped today, ..., with a 24-hour decline of 4.17%" is over 24 hours
    return before[-1] if before else None


_ATTRIBUTIVE = {"poss", "compound", "nmod", "amod", "case"}


def _names_another(window: Span, anchor: Span, quantity: Span) -> bool:
    """A day said of another noun ('bounced from Monday's flush and trades at $93,000', 'support
    at $90,000 and then at the Monday low of $83,800'): the time of that noun, not of this figure."""
    last = window[-1]
    owner = last.head if last.dep_ in _ATTRIBUTIVE else None
    if owner is None or owner.i < window.end or owner.pos_ not in {"NOUN", "PROPN"}:
        return False
    return not (anchor.start <= owner.i < anchor.end or quantity.start <= owner.i < quantity.end)


def _dominant_asset(doc: Doc) -> str | None:
    counts = Counter(span.label_ for span in group(doc, "assets"))
    return counts.most_common(1)[0][0] if counts else None


def asset_context(doc: Doc) -> tuple[dict[int, str | None], str | None]:
    """For each sentence (by start token), the asset last named before it; and the article's main asset."""
    dominant = _dominant_asset(doc)
    carried: str | None = dominant
    by_sentence: dict[int, str | None] = {}
    for sentence in doc.sents:
        by_sentence[sentence.start] = carried
        mentioned = [a.label_ for a in group(doc, "assets") if sentence.start <= a.start < sentence.end]
        if mentioned:
            carried = mentioned[-1]
    return by_sentence, dominant


def extract_claims(doc: Doc, article: Article) -> list[Claim]:
    """Every price-level, intraday, move and forecast claim in the Doc, in reading order."""
    claims: list[Claim] = []
    seen: set[tuple[str, str | None, str, float | None, float | None]] = set()
    carried_by_sentence, dominant = asset_context(doc)
    for found in prediction_table_claims(doc, article, dominant):  # a table's rows, before the prose that restates them
        seen.add((found.kind.value, found.asset, found.comparator.value, found.value, found.value_high))
        claims.append(found)
    for sentence in doc.sents:
        carried = carried_by_sentence[sentence.start]
        windows = [w for w in group(doc, "windows") if sentence.start <= w.start < sentence.end]
        quantities = [
            q
            for q in group(doc, "quantities")
            if sentence.start <= q.start and q.end <= sentence.end
            and not any(w.start <= q.start < w.end for w in windows)  # "24" in "24 hours"
        ]
        cues = [c for c in group(doc, "cues") if sentence.start <= c.start and c.end <= sentence.end]
        taken: set[int] = set()
        last: Binding | None = None
        for quantity in quantities:
            if quantity.start in taken:
                continue
            bound = _binding(quantity, cues, quantities)
            bound = _role_continued(last, bound) or bound or _listed_after(last, quantity)
            last = bound
            if bound is None:
                continue
            anchor = bound.cue if bound.cue is not None and bound.cue.start < quantity.start else quantity
            asset, asset_span = asset_for(doc, sentence, anchor, carried, dominant)
            if _other_metric(doc, sentence, bound.cue, quantity, asset_span) or _line_value(doc, sentence, quantity, bound.row):
                continue
            found_claim = _claim(doc, article, sentence, bound, quantities, asset, taken)
            if found_claim is None:
                continue
            claim = [found_claim]
            if bound.row.get("reads") == "day_range":
                claim = _day_range(doc, article, sentence, anchor, quantity, quantities, claim)
            for found in [*claim, *_line_crossed(doc, article, sentence, bound, claim[0]), *_listed_coins(doc, asset_span, claim[0])]:
                key = (found.kind.value, found.asset, found.comparator.value, found.value, found.value_high)
                if key not in seen:  # a headline restated in the body is one claim
                    seen.add(key)
                    claims.append(found)
    return sorted(claims, key=lambda c: c.span[0])


DAY_WORDS = {"daily", "intraday", "session", "session's", "day", "day's", "today's", "24h", "24-hour", "overnight", "trading"}
DAY_LONG = timedelta(hours=25)


def _day_range(doc: Doc, article: Article, sentence: Span, anchor: Span, quantity: Span, quantities: list[Span],
               claim: list[Claim]) -> list[Claim]:
    """'Bitcoin's 24-hour range was $66,100 to $68,900', 'has ranged from $95,300 to $97,800': a
    range over a day or less is that window's low and high, two extremes to check, not a band the
    price sits in. Over a longer window ('between $60,000 and $72,000 over three weeks') it stays a band."""
    band = claim[0]
    if band.kind is not ClaimKind.price_level or band.comparator is not Comparator.between or band.value_high is None \
            or band.modality is not Modality.asserted and band.modality is not Modality.attributed:
        return claim
    upper = _next_quantity(quantity, quantities) or quantity
    window = window_for(doc, sentence, anchor, upper, quantities)
    length = duration(window) if window is not None and window.label_ == "duration" else None
    if window is not None and window.label_ in {"week", "week_past", "ytd", "month_part", "from_low", "from_high", "horizon", "year_edge"}:
        return claim
    if length is not None and length > DAY_LONG:
        return claim
    named = window is not None or any(t.lower_ in DAY_WORDS for t in doc[max(sentence.start, anchor.start - 3) : anchor.end])
    if not named and anchor[0].pos_ == "NOUN":
        return claim  # 'a range of $84,000–$90,000' with no window: a band
    time = resolve(article, "today", window, sentence=sentence)
    text = text_of(doc)
    low_end = band.span[0] + text[band.span[0] : band.span[1]].find(quantity.text) + len(quantity.text)
    high_start = upper.start_char
    return [
        band.model_copy(update={"kind": ClaimKind.intraday_low, "comparator": Comparator.at, "value_high": None, "time": time,
                                "text": text[band.span[0] : low_end], "span": (band.span[0], low_end)}),
        band.model_copy(update={"kind": ClaimKind.intraday_high, "comparator": Comparator.at, "value": band.value_high, "value_high": None,
                                "time": time, "text": text[high_start : band.span[1]], "span": (high_start, band.span[1])}),
    ]


_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_COLUMNS = {"low": ("min", "low"), "high": ("max", "high"), "mid": ("avg", "average", "mean", "expected")}


def _table_period(label: str) -> tuple[datetime, datetime] | None:
    """The span a prediction table's row is for: '2026', 'March 2026', 'Mar 2026'."""
    words = label.replace(",", " ").split()
    if len(words) == 1 and words[0].isdigit() and len(words[0]) == 4:
        year = int(words[0])
        return datetime(year, 1, 1, tzinfo=UTC), datetime(year + 1, 1, 1, tzinfo=UTC)
    if len(words) == 2 and words[1].isdigit() and len(words[1]) == 4 and words[0][:3].lower() in _MONTHS:
        year, month = int(words[1]), _MONTHS[words[0][:3].lower()]
        end = datetime(year + month // 12, month % 12 + 1, 1, tzinfo=UTC)
        return datetime(year, month, 1, tzinfo=UTC), end
    return None


def _table_columns(header: list[str]) -> dict[str, int]:
    """Which columns of a prediction table's header give the low, the average and the high."""
    found: dict[str, int] = {}
    for i, cell in enumerate(header[1:], start=1):
        names = re.findall(r"[a-z]+", cell.lower())
        for role, words in _COLUMNS.items():
            if role not in found and any(n.startswith(words) for n in names):  # 'Minimum', 'Lowest'; not 'Outflow'
                found[role] = i
                break
    return found if {"low", "high"} <= set(found) else {}


def prediction_table_claims(doc: Doc, article: Article, asset: str | None) -> list[Claim]:
    """'Year | Minimum | Maximum' then '2025 | $90,000 | $125,000': a prediction page's table
    gives, per period, a forecast band from its low to its high, and a target at its average
    when it has one. Rows for periods already over are history, not forecasts."""
    text = text_of(doc)
    published = article.published_at
    claims: list[Claim] = []
    columns: dict[str, int] = {}
    width = 0
    offset = 0
    for line in text.splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        cells = [c.strip() for c in line.strip().strip("|").split("|")]  # '| 2025 | $90,000 |' as '2025 | $90,000'
        if len(cells) < 3:
            columns = {}
            continue
        if not columns:
            columns, width = _table_columns(cells), len(cells)
            continue
        period = _table_period(cells[0])
        if len(cells) != width or period is None or published is not None and period[1] <= published:
            continue
        figures = {role: find_quantities(cells[i]) for role, i in columns.items()}
        if not all(len(f) == 1 and f[0].is_money and (f[0].dollar_size or 0) < MAX_PRICE for f in figures.values()):
            continue
        low, high = figures["low"][0], figures["high"][0]
        if not low.value < high.value:
            continue
        time = TimeRef(text=cells[0], kind="window", start=max(period[0], published) if published else period[0], end=period[1])
        row_start = start + line.index(cells[0])
        row_end = start + line.rindex(high.text) + len(high.text)
        shared: dict[str, Any] = {"kind": ClaimKind.forecast, "asset": asset, "metric": "price", "unit": low.unit, "decimals": low.decimals,
                                  "magnitude": low.magnitude, "time": time, "modality": Modality.forecast, "sentence": line.strip()}
        claims.append(Claim(**shared, value=low.value, value_high=high.value, comparator=Comparator.between,
                            text=text[row_start:row_end], span=(row_start, row_end)))
        if "mid" in figures:
            mid = figures["mid"][0]
            cell_start = start + line.index(mid.text, line.index(low.text) + len(low.text))
            claims.append(Claim(**shared, value=mid.value, comparator=Comparator.at,
                                text=text[cell_start : cell_start + len(mid.text)], span=(cell_start, cell_start + len(mid.text))))
    return claims


_ROLE_LIST_GLUE = {",", "and", "then", "at", "the", "its", "to", "or", "further", "below", "above", "next"}


def _role_continued(previous: Binding | None, bound: Binding | None) -> Binding | None:
    """'Support is at $90,000 and then at the Monday low of $83,800': a low or a high listed
    after a support or a resistance is another level of that role, as 'Support is Monday's
    low near $74,500' is."""
    if previous is None or bound is None or bound.cue is None or previous.row["kind"] not in {"support", "resistance"}:
        return None
    if bound.row["kind"] not in {"intraday_low", "intraday_high", "intraday_extreme"} or bound.cue.start < previous.quantity.end:
        return None
    glue = bound.quantity.doc[previous.quantity.end : bound.cue.start]
    if not 0 < len(glue) <= 4 or not all(t.lower_ in _ROLE_LIST_GLUE for t in glue):
        return None
    return Binding(bound.quantity, bound.cue, previous.row)


_COIN_GLUE = {",", "and", "&"}
_POSSESSIVE = {"'s", "’s"}


def _listed_coins(doc: Doc, asset: Span | None, claim: Claim) -> list[Claim]:
    """'ether and solana fell 5%', 'with XRP, Cardano's ADA and Solana's SOL rising 3-6%':
    coins listed before the one a percent move is bound to share that move."""
    if asset is None or claim.kind is not ClaimKind.price_change or claim.unit != "%":
        return []
    coins = [a for a in group(doc, "assets") if a.end <= asset.start]
    listed: list[Span] = []
    current = asset
    for coin in reversed(coins):
        glue = [t.lower_ for t in doc[coin.end : current.start]]
        if coin.label_ == current.label_ and glue and all(w in _POSSESSIVE for w in glue):
            if listed and listed[-1] is current:
                listed[-1] = coin
            current = coin  # "Solana's SOL": one coin, named twice
            continue
        if not glue or not all(w in _COIN_GLUE for w in glue):
            break
        listed.append(coin)
        current = coin
    out = []
    for coin in listed:
        if coin.label_ == claim.asset or any(c.asset == coin.label_ for c in out):
            continue
        start = coin.start_char
        out.append(claim.model_copy(update={"asset": coin.label_, "text": text_of(doc)[start : claim.span[1]], "span": (start, claim.span[1])}))
    return out


_LIST_GLUE = {",", "and", "or", "then", "&", "followed", "by"}  # 'support at $92,500, followed by $90,000'
_LISTED_KINDS = {"forecast", "support", "resistance"}


def _listed_after(previous: Binding | None, quantity: Span) -> Binding | None:
    """'upside targets sit at $118,000 and $125,000', 'support at $2,400, $2,300 and $2,150':
    a figure listed right after one a target or a line was bound to is another of the same."""
    if previous is not None and previous.row["kind"] == "price_change":
        return _move_listed_after(previous, quantity)
    if previous is None or previous.row["kind"] not in _LISTED_KINDS or previous.row["comparator"] == "between":
        return None
    doc = quantity.doc
    glue = doc[previous.quantity.end : quantity.start]
    first, this = previous.quantity._.quantity, quantity._.quantity
    if not 0 < len(glue) <= 3 or not all(t.lower_ in _LIST_GLUE for t in glue) or first.unit != this.unit or first.magnitude != this.magnitude:
        return None
    return Binding(quantity, previous.cue, previous.row)


_MOVE_LIST_GLUE = {",", "and", "about", "around", "roughly", "nearly", "almost", "some", "approximately"}


def _move_listed_after(previous: Binding, quantity: Span) -> Binding | None:
    """'down 2.2% in 24 hours and 1.2% on the week', 'up 2.8% in 24 hours and nearly 10% over
    seven days': a second percent after a move's own window, with a window of its own, is the
    same move over that window."""
    doc = quantity.doc
    if previous.quantity._.quantity.unit != "%" or quantity._.quantity.unit != "%" or previous.quantity.end > quantity.start:
        return None
    windows = group(doc, "windows")
    in_window = {t for w in windows if previous.quantity.end <= w.start and w.end <= quantity.start for t in range(w.start, w.end)}
    glue = [t for t in doc[previous.quantity.end : quantity.start] if t.i not in in_window]
    if not in_window or not glue or not all(t.lower_ in _MOVE_LIST_GLUE for t in glue) or not any(t.lower_ in {"and", ","} for t in glue):
        return None
    if not any(w.start == quantity.end for w in windows):
        return None  # '... and 40% of supply is staked': a share, not the move again
    return Binding(quantity, previous.cue, {**previous.row, "listed": True})


def _line_crossed(doc: Doc, article: Article, sentence: Span, bound: Binding, claim: Claim) -> list[Claim]:
    """'it could surpass the short-term resistance at $75,000', 'will press higher with little
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
    if _cues()[cue.label_]["kind"] not in {"support", "resistance"}:
        return None
    for other in group(cue.doc, "cues"):
        if sentence.start <= other.start and other.end <= cue.start and cue.start - other.end <= 1:
            if _cues()[other.label_]["comparator"] in _DIRECTION:
                return other
    return None


# Verbs that take back a move named as their object: 'paring gains' falls, 'erased its losses' rises.
REDUCING = {"pare", "par", "pared", "paring", "pares", "trim", "erase", "give", "surrender", "relinquish", "wipe", "cut", "reverse", "undo", "halve", "forfeit", "hand"}
_OBJECT_GLUE = {"its", "their", "some", "most", "all", "the", "of", "back", "early", "earlier", "initial", "recent", "those", "these", "much"}


def _taken_back(t: Token) -> bool:
    """Whether a noun of moving is the object of a verb that takes it back ('before paring gains',
    'giving back its gains', 'erased all of its losses')."""
    if t.dep_ == "dobj" and t.head.lemma_.lower() in REDUCING:
        return True
    for prev in reversed(t.doc[max(t.sent.start, t.i - 4) : t.i]):
        if prev.lemma_.lower() in REDUCING or prev.lower_ in REDUCING:
            return True
        if prev.lower_ not in _OBJECT_GLUE:
            return False
    return False


def _direction(tokens: Span) -> int:
    """+1 if the words speak of rising, -1 of falling, 0 if neither (the last word wins); a move
    taken back ('pared gains') counts the other way."""
    sign = 0
    for t in tokens:
        word = t.lemma_.lower()
        if word in DOWN_WORDS or t.lower_ in DOWN_WORDS:
            sign = 1 if t.pos_ == "NOUN" and _taken_back(t) else -1
        elif word in UP_WORDS or t.lower_ in UP_WORDS:
            sign = -1 if t.pos_ == "NOUN" and _taken_back(t) else 1
    return sign


_FINITE = {"VBZ", "VBP", "VBD", "MD"}


def _clause_end(sentence: Span, quantity: Span) -> int:
    """Where the figure's clause ends: 'touched $97,900 in the US session and is at $97,350, up
    2%' has a second clause whose move is not the touch's."""
    doc = sentence.doc
    for t in doc[quantity.end : sentence.end]:
        if t.text == ";" or t.lower_ in CLAUSE_JOINERS and t.i + 1 < sentence.end and doc[t.i + 1].tag_ in _FINITE:
            return t.i
    return sentence.end


CONTEXT_TOKENS = 40  # how far back a bare "hit $X" takes its direction from


def _extreme_kind(sentence: Span, quantity: Span) -> ClaimKind:
    """'fell ..., touching $49,000' is a low; 'touched $69,000 before sliding' or
    '... level with the peak' a high."""
    doc = sentence.doc
    rest = doc[quantity.end : _clause_end(sentence, quantity)]
    named = [t.lower_ for t in rest if t.lower_ in HIGH_NOUNS | LOW_NOUNS]
    if named:
        return ClaimKind.intraday_high if named[0] in HIGH_NOUNS else ClaimKind.intraday_low
    before = _direction(doc[sentence.start : quantity.start])
    if before:
        return ClaimKind.intraday_low if before < 0 else ClaimKind.intraday_high
    after = _direction(rest)
    if after:
        return ClaimKind.intraday_high if after < 0 else ClaimKind.intraday_low
    # "Kraken: ETH hit $2,127" under a line about the crash: the move the text is telling
    context = _direction(doc[max(0, sentence.start - CONTEXT_TOKENS) : sentence.start])
    return ClaimKind.intraday_low if context < 0 else ClaimKind.intraday_high


_DASHES = frozenset(RANGE_LINKS - {"to"})
ZONE_WIDTH = 1.5  # a zone's upper end is at most this many times its lower end: '$92K-$94K', not '$9-94K'


def _range_end(quantity: Span, quantities: list[Span], links: frozenset[str] = frozenset({*RANGE_LINKS, "and"})) -> Span | None:
    """The upper end of a zone written right after its lower end: '$83,000-$84,000',
    '$84,000 to $85,300', and with the currency said once: '$59K–60K', '$180-185'
    (numbers.py gives both ends the unit said once)."""
    upper = _next_quantity(quantity, quantities)
    if upper is None:
        return None
    low, high = quantity._.quantity, upper._.quantity
    if low.is_money and range_linked(text_of(quantity.doc), low, high, links) and high.value <= ZONE_WIDTH * low.value:
        return upper
    return None


ZONE_NOUNS = {"range", "band", "corridor", "channel", "zone", "area", "region", "box"}


def _zone_named(end: Span, zone: str, *, ranged: bool) -> bool:
    """Whether a figure read 'in a ...' is a price zone: a range its noun closes ('in a
    $72,000–$88,000 range'), or, after a verb of holding, one figure and its level noun
    ('hovering in the $3,000 area'); 'traded in a $2,000 range' gives the range's width."""
    doc = end.doc
    noun = doc[end.end].lemma_.lower() if end.end < len(doc) else ""
    if ranged:
        return noun in ZONE_NOUNS | LEVEL_NOUNS
    return zone == "range_or_level" and noun in LEVEL_NOUNS


def _next_quantity(quantity: Span, quantities: list[Span]) -> Span | None:
    return next((other for other in quantities if other._.quantity.start >= quantity._.quantity.end), None)


def _move_range_end(quantity: Span, quantities: list[Span]) -> Span | None:
    """'fell 3-5%', 'rose between 3% and 6%': a move given as a range; its far end. The claim's
    value is the near end, as the gold keeps it (corpus/real/108: changes have no range), and
    `value_high` the far end, signed as the move is ('fell 3-5%': -3 and -5). '3 to 6 percent'
    is left as written: numbers.py gives no unit to a bare count before 'to'."""
    upper = _next_quantity(quantity, quantities)
    if upper is None:
        return None
    doc = quantity.doc
    links = frozenset(RANGE_LINKS | {"and"}) if quantity.start > 0 and doc[quantity.start - 1].lower_ == "between" else frozenset(RANGE_LINKS)
    low, high = quantity._.quantity, upper._.quantity
    return upper if range_linked(text_of(doc), low, high, links) else None


_PAST_WORDS = {"above", "over", "past", "beyond", "through"}
_UNDER_WORDS = {"below", "under", "beneath", "underneath"}


def _level_not_amount(quantity: Span, comparator: Comparator) -> Comparator | Literal[False] | None:
    """A money figure after a verb of moving is its size ('rose $2,000') unless the words
    before it make it a level: 'climbing back above $69,000' and 'the loss of the $57,000
    level' cross it, 'tanked from $3,285' starts from it (None: it is an amount)."""
    doc = quantity.doc
    before = [t.lower_ for t in doc[max(0, quantity.start - 2) : quantity.start]]
    if before and before[-1] == "from":
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
_HYPOTHETICAL_KINDS = {ClaimKind.price_level, ClaimKind.price_change, ClaimKind.forecast}
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
    return before.endswith(("record", "record high", "all-time high", "ath"))


EXTREME_REACH = 12  # tokens back from 'to $X' where 'as much as N%' may stand


def _extreme_reached(doc: Doc, sentence: Span, quantity: Span) -> bool:
    """'sank as much as 3.8% to $98,904', 'climbed up to $72,800': the price the move reached
    at its furthest, an extreme of the session rather than where the price stands."""
    before = [t.lower_ for t in doc[max(sentence.start, quantity.start - EXTREME_REACH) : quantity.start]]
    while before and before[-1] in {"about", "around", "roughly", "nearly", "almost", "approximately", "near", "just"}:
        before.pop()
    if before[-1:] != ["to"]:
        return False
    if before[-2:-1] == ["up"] and _direction(doc[max(sentence.start, quantity.start - 4) : quantity.start - 1]) > 0:
        return True
    text = " ".join(before)
    return "as much as" in text and "," not in text.split("as much as")[-1]


_PAST_DAYS = {"weekday", "yesterday", "date"}


def _on_past_day(window: Span | None, time: TimeRef, article: Article) -> bool:
    """Whether a claim is dated to a named day that ended before publication."""
    published = article.published_at
    return window is not None and window.label_ in _PAST_DAYS and time.kind == "day" and time.end is not None \
        and published is not None and time.end < published  # a day still running ends at publication


def _short_path(sentence: Span, anchor: Span, figure: Span) -> Span | None:
    """'crashing more than $400 in a matter of hours', 'within minutes, ether fell 8%': the
    short stretch a move is said to have happened in (price_change.jsonl rows that read a path)."""
    for cue in group(sentence.doc, "cues"):
        if _cues()[cue.label_].get("reads") != "path" or not sentence.start <= cue.start < sentence.end:
            continue
        if figure.end <= cue.start <= figure.end + WINDOW_REACH or cue.end <= anchor.start:
            return cue
    return None


_TOWARD = {"toward", "towards"}
_HEADING_UP = {"push", "pushes", "pushed", "pushing", "march", "grind", "inch", "creep", "head", "climbs", "edges"}


def _pushing(cue: Span) -> int:
    """'Bulls Push Toward $100k', 'inching towards $3,000': a verb of pressing on, read as rising."""
    return 1 if any(t.lower_ in _HEADING_UP or t.lemma_.lower() in _HEADING_UP for t in cue) else 0
_PRICE_OR_EXTREME = {ClaimKind.price_level, ClaimKind.intraday_high, ClaimKind.intraday_low}
_AHEAD = {"by", "before", "next", "coming"}


def _in_past_clause(anchor: Span) -> bool:
    """'it quickly rebounded to reach new highs exceeding $108,000 by January 20': a verb in
    the past tense over the figure's own verb tells what happened by that date."""
    verb = _governing_verb(anchor)
    for token in [verb, *verb.ancestors][:4]:
        if _has_modal(token):
            return False
        if token.tag_ == "VBD" or token.tag_ == "VBN" and token.dep_ in {"ROOT", "conj"}:
            return True
    return False


def _horizon_ahead(window: Span | None) -> bool:
    """A deadline ahead of the figure ('by end of 2026', 'before March', 'in the coming weeks',
    'next month'): a price put against a horizon is expected, not reported."""
    if window is None:
        return False
    if window.label_ == "horizon" and any(t.lower_ in _AHEAD for t in window):
        return True
    # 'the model puts XRP at $2.15 by Sunday': a day named as a deadline ('on Sunday' dates a fact)
    return window.label_ in _DEADLINE_DAYS and window.start > 0 and window.doc[window.start - 1].lower_ in _DEADLINE_WORDS


_DEADLINE_DAYS = {"weekday", "date"}
_DEADLINE_WORDS = {"by", "before", "until", "till"}


_NOW = {"current", "currently", "present", "prevailing"}
_OPENING = {"start", "begin", "open", "kick"}


def _current(quantity: Span) -> bool:
    """'a slight decrease from the current price of $76,784': the price now, even in a
    sentence that predicts another."""
    doc = quantity.doc
    return any(t.lower_ in _NOW for t in doc[max(0, quantity.start - 4) : quantity.start])


def _daily_candle_edge(time: TimeRef, *, opening: bool, published: datetime) -> TimeRef:
    """'Monday's close of $76,300', 'opened the day at $4,610': the price at the open or close
    of that day's daily candle (00:00 UTC), not anywhere in the day; never after publication."""
    assert time.start is not None
    day = (time.start + timedelta(hours=12)).astimezone(UTC).date()  # the named date, whatever the zone
    edge = datetime.combine(day + timedelta(days=0 if opening else 1), datetime.min.time(), tzinfo=UTC)
    edge = min(edge, published)
    return time.model_copy(update={"kind": "instant", "start": edge, "end": edge})


def _governing_verb(span: Span) -> Token:
    """The verb a cue or figure hangs from: 'retraced' in 'retraced to the $107,000 zone'."""
    token = span.root
    for _ in range(6):
        if token.pos_ in {"VERB", "AUX"} or token.head is token:
            break
        token = token.head
    return token


def _has_modal(token: Token) -> bool:
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in MODALS for c in token.children)


def _told_in_past(anchor: Span) -> bool:
    """'the price spiked in March to $73,737', '... couldn't sustain its rally and retraced to
    $107,000': a verb in the past tense tells what happened, whatever the sentence expects elsewhere."""
    verb = _governing_verb(anchor)
    if _has_modal(verb):
        return False
    bare_participle = verb.tag_ == "VBN" and verb.dep_ in {"ROOT", "conj"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    return verb.tag_ == "VBD" or bare_participle  # the parser reads 'the price spiked in March' as a participle


def _could_not(anchor: Span) -> bool:
    """'the coin couldn't sustain its rally and retraced to $107,000': a negated 'could' tells
    what did not happen; it forecasts nothing."""
    verb = _governing_verb(anchor)
    for token in [verb, *verb.ancestors][:3]:
        modals = [c for c in token.children if c.dep_ in {"aux", "auxpass"} and c.lower_ in MODALS]
        if modals:
            return all(m.lower_ == "could" for m in modals) and any(c.dep_ == "neg" for c in token.children)
        if token.dep_ not in {"conj", "xcomp"}:
            break
    return False


_SEEING = {"see", "call", "envision", "envisage", "foresee"}
_RANGE_PROSPECTS = {"likely", "path", "scenario", "outlook"}  # words that make a price band the one expected


def _prospect_named(sentence: Span) -> bool:
    """'a range of $84,000–$90,000 is the most likely path', 'our base case is ... a
    $72,000–$88,000 range': the band is the one the writer expects."""
    return any(t.lower_ in _RANGE_PROSPECTS or t.lower_ == "case" and t.i > sentence.start and t.nbor(-1).lower_ == "base"
               for t in sentence)


def _seen_ahead(anchor: Span) -> bool:
    """'analysts see XRP reaching $3', 'it sees bitcoin drifting lower to $85,000': a price
    inside what someone sees ahead (in the present tense; 'saw' reports) is a forecast."""
    verb = _governing_verb(anchor)
    for token in [verb, *verb.ancestors][:4]:
        if token is not verb and token.lemma_.lower() in _SEEING and token.pos_ == "VERB" and token.tag_ in {"VBZ", "VBP", "VB", "VBG"}:
            return True
        if token.dep_ not in {"xcomp", "ccomp", "acomp", "conj", "advcl", "prep", "pobj", "dobj", "acl"}:
            break
    return False


def _clause_of(sentence: Span, quantity: Span) -> Span:
    """The part of the sentence a figure's clause starts in: a headline's 'odds jump; bitcoin
    tops $71,000' has two."""
    doc = sentence.doc
    breaks = [t.i for t in doc[sentence.start : quantity.start] if t.text == ";"]
    return doc[breaks[-1] + 1 : sentence.end] if breaks else sentence


def _scenario_condition(doc: Doc, sentence: Span, cue: Span | None, quantity: Span, row: dict[str, Any], modality: Modality) -> bool:
    """A price a scenario assumes rather than a price stated: inside an 'if' clause ('if
    bitcoin holds above $95,000, SOL could ...'), or a crossing named as a noun or gerund
    that a modal follows ('reclaiming $3,150 would ...', 'a break below $86,000 could ...')."""
    if cue is None or cue.start > quantity.start:
        return False
    if modality is Modality.conditional or in_condition(cue) or in_scenario(quantity):
        return True
    if row["comparator"] not in {"crossed_above", "crossed_below"}:
        return False
    if cue.start == sentence.start and cue[0].tag_ == "VB":
        return True  # "Lose $94K and I'm wrong": an imperative sets the scenario
    if cue[0].tag_ not in {"VBG", "NN", "NNS"}:
        return False
    nxt = quantity.end
    if nxt < sentence.end and doc[nxt].lemma_.lower() in LEVEL_NOUNS:
        nxt += 1
    return nxt < sentence.end and is_modal(doc[nxt])


_NOT_THE_DATE = {"since", "than", "until", "till", "from", "before", "of", "to"}  # 'highest since 2021', 'the most since 2022'
_AGO_COUNTS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "few", "many"}
_HISTORY_KINDS = {ClaimKind.price_level, ClaimKind.price_change, ClaimKind.intraday_high, ClaimKind.intraday_low}


def _told_as_history(anchor: Span, quantity: Span, published: datetime | None) -> bool:
    """'Bitcoin, which traded at about $16,500 in late 2022, ...', 'In 2017, bitcoin surged to
    nearly $20,000', 'two years ago, BTC was at $37,000': a price dated to a year before last is
    background, not a claim about the market the article reports on. A year named after 'since'
    or 'than' ('its highest since 2021') measures from it and dates nothing."""
    if published is None:
        return False
    doc = anchor.doc
    verb = _governing_verb(anchor)
    for token in anchor.sent:
        if token.i in range(quantity.start, quantity.end) or verb not in [token, *token.ancestors][:6]:
            continue
        if token.shape_ == "dddd" and token.like_num and 2008 < int(token.text) < published.year - 1:
            head = token.head if token.dep_ in {"pobj", "nummod", "npadvmod", "amod", "compound"} else token
            words = {head.lower_, head.head.lower_ if head.dep_ == "pobj" else ""}
            if not words & _NOT_THE_DATE:
                return True
        if token.lower_ == "ago":
            before = [t.lower_ for t in doc[max(anchor.sent.start, token.i - 3) : token.i]]
            if "years" in before and not any(w in {"a", "one", "1"} for w in before[-2:-1]):
                return True
    return False


def _failed(doc: Doc, sentence: Span, cue: Span) -> bool:
    """'after failing to push above', 'unable to hold above', 'could not break below'."""
    before = [t.lower_ for t in doc[max(sentence.start, cue.start - 3) : cue.start]]
    return "to" in before[-1:] + before[-2:-1] and any(w in FAILING for w in before) or any(w in {"not", "n't", "never"} for w in before[-1:])


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
    kind = _extreme_kind(sentence, quantity) if row["kind"] == "intraday_extreme" else ClaimKind(row["kind"])
    comparator = Comparator(row["comparator"])
    if kind is ClaimKind.price_level and comparator is Comparator.crossed_above and cue is not None and cue.start < quantity.start \
            and cue[0].lemma_.lower() in DOWN_WORDS:
        # a fall does not cross a level upwards: 'fell past $60,000' went through it downwards,
        # 'crashed over $2,000 within minutes' lost more than that amount
        if any(t.lower_ in {"past", "through", "beyond"} for t in cue):
            comparator = Comparator.crossed_below
        elif cue[-1].lower_ == "over":
            kind, comparator, row = ClaimKind.price_change, Comparator.down, {**row, "kind": "price_change", "comparator": "down"}
    if row.get("past") == "none" and cue is not None and _told_in_past(cue):
        return None  # "was on its way to $100,000 when the news broke": a course told, not a target
    if kind is ClaimKind.forecast and cue is not None and cue.start < quantity.start and row["id"] == "move-noun" \
            and not _dated_move_noun(cue) and _owned_move_noun(cue) and not _direction(cue):
        return None  # "Bitcoin's retest of $60,000": a move the market made, with no side to read an extreme from
    if kind is ClaimKind.forecast and cue is not None and cue.start < quantity.start and (
            _dated_move_noun(cue) or row["id"] == "move-noun" and _owned_move_noun(cue)):
        direction = _direction(cue)  # "after Friday's slide to $80,600": a move that has happened, to that day's extreme
        kind = ClaimKind.intraday_low if direction < 0 else ClaimKind.intraday_high if direction > 0 else ClaimKind.price_level
        row = {**row, "kind": kind.value, "when": "recent"}
    value, value_high = q.value, None
    end_span = quantity
    if comparator is Comparator.between:
        later = [s for s in quantities if s.start > quantity.start]
        if not later or not _fits(row["needs"], later[0]._.quantity, later[0]):
            return None
        end_span = later[0]
        value_high = later[0]._.quantity.value
        taken.add(later[0].start)
        if value_high < value:
            value, value_high = value_high, value
    if kind in {ClaimKind.support, ClaimKind.resistance} and comparator is Comparator.at:
        upper = _range_end(quantity, quantities)
        if upper is not None:  # "the $83,000-$84,000 shelf", "between $84,000 and $85,300"
            comparator, value_high, end_span = Comparator.between, upper._.quantity.value, upper
            taken.add(upper.start)
    elif kind in {ClaimKind.price_level, ClaimKind.forecast} and comparator is Comparator.at and q.is_money:
        upper = _range_end(quantity, quantities, frozenset(RANGE_LINKS) if row.get("zone") else _DASHES)
        if upper is not None:  # "sits at $180-$185", "toward $119,800–$122,500"; a dash only: "from $X to $Y" is a move
            comparator, value_high, end_span = Comparator.between, upper._.quantity.value, upper
            taken.add(upper.start)
    if row.get("zone") and not _zone_named(end_span, row["zone"], ranged=value_high is not None):
        return None
    metric = "price"
    unit = q.unit or ("USD" if "USD" in row["needs"] else None)
    anchor = cue if cue is not None and cue.start < quantity.start else quantity
    window = None
    if kind is ClaimKind.price_change and q.is_money:
        level = _level_not_amount(quantity, comparator)
        if level is False:
            return None  # "plunged from $3,285": where the move started, not its size
        if level is not None:
            kind, comparator = ClaimKind.price_level, level
    if kind in {ClaimKind.price_level, ClaimKind.intraday_high, ClaimKind.intraday_low} and _record_named_before(quantity):
        kind, comparator = ClaimKind.all_time_high, Comparator.at  # "hits record $109,000"
    elif kind is ClaimKind.price_level and cue is not None and _failed(doc, sentence, cue):
        kind, comparator = _FAILED[comparator]
    elif kind is ClaimKind.price_level and comparator is Comparator.at and _extreme_reached(doc, sentence, quantity):
        kind = ClaimKind.intraday_low if _direction(doc[sentence.start : quantity.start]) < 0 else ClaimKind.intraday_high
    if comparator is Comparator.at and kind in _BOUNDED and row["position"] == "before":
        comparator = bound_before(quantity) or comparator  # "trading at over 86 million won", "a high of just over $3,700"
    if kind is ClaimKind.price_change:
        metric = "return" if q.unit == "%" else "change"
        unit = q.unit
        if cue is None:
            comparator = Comparator.down if value < 0 else Comparator.up
        magnitude = abs(value)
        value = -magnitude if comparator is Comparator.down else magnitude
        upper = _move_range_end(quantity, quantities)
        if upper is not None:  # 'fell 3-5%': the near end is the value, the far end kept beside it
            far = abs(upper._.quantity.value)
            value_high, end_span = (-far if comparator is Comparator.down else far), upper
            taken.add(upper.start)
        if doc[max(sentence.start, quantity.start - 3) : quantity.start].text.lower() == "as much as":
            metric = "max_move"  # "slid as much as 15.8%": the extreme, not the close
        window = window_for(doc, sentence, anchor, end_span, quantities)  # a range move: its time follows its far end
        if window is not None and window.label_ == "from_low":
            metric = "rebound_from_low"
        elif window is not None and window.label_ == "from_high":
            metric = "drop_from_high"
        path = _short_path(sentence, anchor, end_span)
        if path is not None and metric in {"return", "change"}:
            metric = "max_move"  # "plunged 8% within minutes": the swing inside the stretch, in the day it happened
            if window is not None and window.start < path.end and path.start < window.end:
                window = None  # "in hours" is no window to measure from
    else:
        window = window_for(doc, sentence, anchor, end_span, quantities)  # a range's time follows its upper end
    lead = _leading_cue(cue, sentence) if cue is not None else None
    modality, source = modality_of(lead or cue or quantity, sentence)
    if modality is Modality.conditional and not in_condition(lead or cue or quantity):
        modality = Modality.forecast  # a forecast resting on a condition: which one is settled below
    if row.get("modality") == "conditional":
        modality = Modality.conditional  # "as long as the price holds above $2,150": the level the case rests on
    elif modality is not Modality.forecast and not _current(quantity) and (
            _seen_ahead(lead or cue or quantity)
            or sentence_expects(_clause_of(sentence, quantity), quantity) and not _told_in_past(lead or cue or quantity)):
        modality = Modality.forecast
    if modality is not Modality.forecast and kind in _PRICE_OR_EXTREME and _horizon_ahead(window) and window.start >= end_span.end \
            and not _current(quantity) and not _in_past_clause(lead or cue or quantity):
        modality = Modality.forecast  # "Bitcoin to $200K by end of 2026", "on track to hit $125,000 by the end of the quarter"
    if kind is ClaimKind.price_level and comparator is Comparator.between and modality is not Modality.forecast \
            and _prospect_named(sentence) and not _told_in_past(cue or quantity):
        modality = Modality.forecast  # "a range of $84,000–$90,000 is the most likely path into year-end"
    if modality is Modality.forecast and kind is not ClaimKind.forecast and _could_not(lead or cue or quantity):
        modality = Modality.attributed if source else Modality.asserted
    if kind in _HISTORY_KINDS and _told_as_history(lead or cue or quantity, quantity, article.published_at):
        return None  # 'which traded at about $16,500 in late 2022': a price of years ago, as history
    if kind is ClaimKind.price_level and _scenario_condition(doc, sentence, cue, quantity, row, modality):
        return None  # "if bitcoin holds above $95,000, ...", "reclaiming $3,150 would ...": what a scenario assumes
    if kind in _HYPOTHETICAL_KINDS and (in_scenario(quantity) or hypothetical(lead or cue or quantity)):
        return None  # "a failure to hold $2,300 would ...", "would have to climb to $260", "would have sent ether to $4,800"
    if row["kind"] == "forecast" and cue is not None and cue.start < quantity.start and cue[0].lemma_.lower() in {"target", "objective", "goal"} \
            and _target_met(cue):
        return None
    when = row.get("when", "instant")
    if kind in {ClaimKind.support, ClaimKind.resistance} and lead is None and row["position"] == "after" \
            and modality is Modality.forecast and in_condition(cue):
        modality = Modality.conditional  # "if it closes above the $65,000 resistance line, ...": the level stands now
    elif kind is ClaimKind.forecast or modality is Modality.forecast:
        if kind is not ClaimKind.price_change:
            kind = ClaimKind.forecast
            when = "horizon"
            if lead is not None:  # "could surpass the resistance at $75,000"
                comparator = _DIRECTION.get(_cues()[lead.label_]["comparator"], comparator)
        # "if BTC clears $74,000, it could run to $80,000", "a break above $3,200 would open the way to $3,500"
        modality = Modality.conditional if forecast_condition(lead or cue or quantity, quantity) else Modality.forecast
        if kind is ClaimKind.forecast:  # "could push bitcoin past $100k": a target above it
            comparator = _DIRECTION.get(comparator.value, comparator)
    if kind is ClaimKind.price_level and comparator is Comparator.at and cue is not None and cue.end <= quantity.start \
            and any(t.lower_ in _TOWARD for t in cue) and (heading := _direction(cue) or _pushing(cue)):
        comparator = Comparator.below if heading > 0 else Comparator.above  # 'bulls push toward $100k': not there yet
    if kind is not ClaimKind.price_change and window is not None:
        # A forecast's own time is its horizon; a level's, a day named (not a span of hours).
        wanted = {"horizon", "duration", "week"} if kind is ClaimKind.forecast else DAYS_NAMED
        window = window if window.label_ in wanted and not since_compares(window, comparator) else None
    time = resolve(
        article,
        when,
        window,
        default=DEFAULT_CHANGE_WINDOW if kind is ClaimKind.price_change and modality is not Modality.forecast else None,
        sentence=sentence,
    )
    if kind is ClaimKind.price_level and comparator is Comparator.at and row.get("on_past_day") == "extreme" \
            and _on_past_day(window, time, article):
        direction = _direction(doc[sentence.start : quantity.start])
        if direction:  # "after sliding to $86,075 on Sunday": Sunday's low, not where the price is
            kind = ClaimKind.intraday_low if direction < 0 else ClaimKind.intraday_high
    if row["id"] == "start-at" and time.kind == "day" and time.start is not None and article.published_at is not None:
        time = _daily_candle_edge(time, opening=cue[0].lemma_.lower() in _OPENING, published=article.published_at)
    first = quantity if row.get("listed") else lead or cue or quantity  # a listed move's words are its own
    if row.get("context_first") and first is cue:
        first = cue[1:]  # the word the cue leans on is not the claim's
    start_char = min(first.start_char, q.start)
    end_char = max(cue.end_char if cue is not None else 0, end_span._.quantity.end)
    last = max(cue.end if cue is not None else 0, end_span.end)
    if window is not None and window.start >= last and window.start - last <= 2:
        end_char = window.end_char
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
        modality=modality,
        attributed_to=source,
        text=text_of(doc)[start_char:end_char],
        sentence=sentence.text.strip(),
        span=(start_char, end_char),
    )
