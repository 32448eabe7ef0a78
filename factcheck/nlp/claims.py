"""Assembling claims from what the components marked on the Doc.

A claim is a quantity bound to a cue ("reclaimed the" + "$71,000"), about an
asset, at a time, with a modality. Binding is deliberately strict: a number
with no cue, or whose nearest subject is another metric (volume, open
interest, liquidations), makes no price claim, so the report never checks a
figure against the wrong series.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span

from factcheck.model import Article, Claim, ClaimKind, Comparator, Modality
from factcheck.nlp.components import load_cues
from factcheck.nlp.modality import modality_of
from factcheck.nlp.numbers import Quantity
from factcheck.nlp.timeref import DEFAULT_CHANGE_WINDOW, resolve

MAX_GAP = 3  # tokens allowed between a cue and its number ("rose nearly 16%")
WINDOW_REACH = 8  # tokens after the number where its time window may be named
LEVEL_NOUNS = {"level", "mark", "zone", "area", "handle", "threshold", "line", "region", "barrier", "territory"}
MAX_PRICE = 5e6  # a USD "price" beyond this is a market total, not a price


@lru_cache(maxsize=1)
def _cues() -> dict[str, dict[str, Any]]:
    return load_cues()


def _fits(needs: str, q: Quantity, span: Span) -> bool:
    """Whether a quantity is the kind of number a cue asks for."""
    wants = set(needs.split("|"))
    if "%" in wants and q.unit == "%":
        return True
    if "USD" in wants:
        if q.unit == "USD":
            return abs(q.value) < MAX_PRICE
        if q.unit is None and abs(q.value) < MAX_PRICE:
            after = span.doc[span.end] if span.end < len(span.doc) else None
            written_k = q.magnitude == 1e3
            return written_k or (after is not None and after.lemma_.lower() in LEVEL_NOUNS and q.value >= 1)
    return False


def _other_metric(doc: Doc, sentence: Span, cue: Span, quantity: Span, asset: Span | None) -> bool:
    """True when the number is about a non-price metric ("$500 million in liquidations")."""
    after = doc[quantity.end : min(quantity.end + 3, sentence.end)]
    for metric in doc.spans["metrics"]:
        if metric.start >= after.start and metric.end <= after.end:
            # "$7,132 liquidation imbalance", "$2B in inflows"; but not "...$71K. Volume".
            if not any(t.is_punct for t in doc[after.start : metric.start]):
                return True
        if cue.end <= metric.start < quantity.start:
            return True
        # The cue's own subject: back to the asset or the last clause break.
        lo = asset.end if asset is not None and asset.end <= cue.start else sentence.start
        breaks = [t.i for t in doc[lo : cue.start] if t.text in {",", ";", ":", "—", "(", "–"}]
        lo = breaks[-1] + 1 if breaks else lo
        if lo <= metric.start and metric.end <= cue.start:
            return True
    return False


def _binding(
    quantity: Span, cues: list[Span], quantities: list[Span]
) -> tuple[Span, dict[str, Any]] | None:
    """The cue a quantity belongs to: the nearest before it, else a noun right after it."""
    table = _cues()
    best = None
    for cue in cues:
        row = table[cue.label_]
        if row["position"] == "before" and cue.end <= quantity.start:
            gap = quantity.start - cue.end
            between = [q for q in quantities if cue.end <= q.start < quantity.start]
            if row["comparator"] == "between":
                if gap > MAX_GAP + 4 or len(between) > 1:
                    continue
            elif gap > MAX_GAP or between:
                continue
            if best is None or cue.end > best[0].end:
                best = (cue, row)
    if best is not None:
        return best
    for cue in cues:
        row = table[cue.label_]
        if row["position"] == "after" and 0 <= cue.start - quantity.end <= 1:
            return cue, row
    return None


def _asset(doc: Doc, sentence: Span, anchor: Span, fallback: str | None) -> tuple[str | None, Span | None]:
    before = [a for a in doc.spans["assets"] if sentence.start <= a.start and a.end <= anchor.start]
    if before:
        return before[-1].label_, before[-1]
    after = [a for a in doc.spans["assets"] if anchor.end <= a.start and a.end <= sentence.end]
    if after:
        return after[0].label_, None
    return fallback, None


def _window(doc: Doc, sentence: Span, cue: Span, quantity: Span, quantities: list[Span]) -> Span | None:
    nxt = min((q.start for q in quantities if q.start >= quantity.end), default=sentence.end)
    stop = min(nxt, quantity.end + WINDOW_REACH, sentence.end)
    for window in doc.spans["windows"]:
        if quantity.end <= window.start and window.end <= stop:
            return window
    for window in doc.spans["windows"]:
        if sentence.start <= window.start and window.end <= cue.start:
            return window
    return None


_DIRECTION = {
    "crossed_above": Comparator.above,
    "above": Comparator.above,
    "crossed_below": Comparator.below,
    "below": Comparator.below,
}


def _leading_cue(cue: Span, sentence: Span) -> Span | None:
    """A crossing verb right before a level cue: 'surpass' in 'surpass the resistance at'."""
    if _cues()[cue.label_]["kind"] not in {"support", "resistance"}:
        return None
    for other in cue.doc.spans["cues"]:
        if sentence.start <= other.start and other.end <= cue.start and cue.start - other.end <= 1:
            if _cues()[other.label_]["comparator"] in _DIRECTION:
                return other
    return None


def _dominant_asset(doc: Doc) -> str | None:
    counts = Counter(span.label_ for span in doc.spans["assets"])
    return counts.most_common(1)[0][0] if counts else None


def extract_claims(doc: Doc, article: Article) -> list[Claim]:
    """Every price-level, intraday and price-change claim in the Doc, in reading order."""
    claims: list[Claim] = []
    dominant = _dominant_asset(doc)
    carried: str | None = dominant
    for sentence in doc.sents:
        windows = [w for w in doc.spans["windows"] if sentence.start <= w.start < sentence.end]
        quantities = [
            q
            for q in doc.spans["quantities"]
            if sentence.start <= q.start and q.end <= sentence.end
            and not any(w.start <= q.start < w.end for w in windows)  # "24" in "24 hours"
        ]
        cues = [c for c in doc.spans["cues"] if sentence.start <= c.start and c.end <= sentence.end]
        taken: set[int] = set()
        for quantity in quantities:
            if quantity.start in taken:
                continue
            bound = _binding(quantity, cues, quantities)
            if bound is None:
                continue
            cue, row = bound
            q: Quantity = quantity._.quantity
            if not _fits(row["needs"], q, quantity):
                continue
            asset, asset_span = _asset(doc, sentence, cue if cue.start < quantity.start else quantity, carried)
            if _other_metric(doc, sentence, cue, quantity, asset_span):
                continue
            claim = _claim(doc, article, sentence, cue, row, quantity, quantities, asset, taken)
            if claim is not None:
                claims.append(claim)
        mentioned = [a.label_ for a in doc.spans["assets"] if sentence.start <= a.start < sentence.end]
        if mentioned:
            carried = mentioned[-1]
    return claims


def _claim(
    doc: Doc,
    article: Article,
    sentence: Span,
    cue: Span,
    row: dict[str, Any],
    quantity: Span,
    quantities: list[Span],
    asset: str | None,
    taken: set[int],
) -> Claim | None:
    q: Quantity = quantity._.quantity
    kind = ClaimKind(row["kind"])
    comparator = Comparator(row["comparator"])
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
    metric = "price"
    unit = q.unit or ("USD" if "USD" in row["needs"] else None)
    window = None
    if kind is ClaimKind.price_change:
        metric = "return" if q.unit == "%" else "change"
        unit = q.unit
        magnitude = abs(value)
        value = -magnitude if comparator is Comparator.down else magnitude
        window = _window(doc, sentence, cue, quantity, quantities)
        if window is not None and window.label_ == "from_low":
            metric = "rebound_from_low"
        elif window is not None and window.label_ == "from_high":
            metric = "drop_from_high"
    lead = _leading_cue(cue, sentence)
    modality, source = modality_of(lead or cue, sentence)
    when = row.get("when", "instant")
    if kind is ClaimKind.forecast or modality is Modality.forecast:
        if kind is not ClaimKind.price_change:
            kind = ClaimKind.forecast
            when = "horizon"
            if lead is not None:  # "could surpass the resistance at $75,000"
                comparator = _DIRECTION.get(_cues()[lead.label_]["comparator"], comparator)
        modality = Modality.forecast
    time = resolve(
        article,
        when,
        window,
        default=DEFAULT_CHANGE_WINDOW if kind is ClaimKind.price_change and modality is not Modality.forecast else None,
    )
    start_char = min((lead or cue).start_char, q.start)
    end_char = max(cue.end_char, end_span._.quantity.end)
    last = max(cue.end, end_span.end)
    if window is not None and window.start >= last and window.start - last <= 2:
        end_char = window.end_char
    elif last < sentence.end and doc[last].lemma_.lower() in LEVEL_NOUNS:
        end_char = doc[last].idx + len(doc[last])  # "the $71,000 level"
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
        text=doc.text[start_char:end_char],
        sentence=sentence.text.strip(),
        span=(start_char, end_char),
    )
