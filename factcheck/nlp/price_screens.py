"""Figures near a price cue that are not the coin's price.

A number whose subject is another series (liquidations, volume, a cost basis, a chart
line's value) gives no price claim, or the report would check it against the wrong
series. These screens are why a cue alone never makes a price claim.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span

from factcheck.nlp.components import PATTERNS, group, read_jsonl
from factcheck.nlp.figure_assets import PRONOUNS
from factcheck.nlp.price_cues import cue_table

CLAUSE_OPENERS = {"as", "after", "while", "when", "amid", "on", "despite", "following", "because", "since", "before", "ahead", "with", "though", "although", "until",
                   "if", "unless", "once", "provided", "assuming", "should"}  # '$112,000 if ETF inflows keep up', '$500 should the ETF be approved': a condition, not the figure's subject


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
    screens = [c for c in group(doc, "cues") if cue_table()[c.label_]["kind"] == "not_price"]
    return [*group(doc, "metrics"), *screens]


def other_metric(doc: Doc, sentence: Span, cue: Span | None, quantity: Span, asset: Span | None) -> bool:
    """True when the number is about a non-price metric ("$500 million in liquidations")."""
    if cue is not None and cue.start < quantity.start and _subject_is_metric(doc, cue) and not _target_of_price(cue):
        verb = cue.root if cue.root.pos_ in {"VERB", "AUX"} else cue.root.head
        if not (verb.i < cue.start and _price_named(doc, verb.i + 1, cue.start)):
            return True  # but 'ETF outflows took bitcoin to $108,000': the metric moved the price
    after = doc[quantity.end : min(quantity.end + 3, sentence.end)]
    anchor = cue if cue is not None and cue.start < quantity.start else quantity
    if cue is not None and any(s.start < cue.end and cue.start < s.end for s in _not_price(doc) if s.label_ in cue_table()):
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
    if cue is None or cue_table()[cue.label_]["kind"] != "forecast":
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


def line_value(doc: Doc, sentence: Span, quantity: Span, row: dict[str, Any]) -> bool:
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
