"""Claims about a named metric: open interest, funding, volume, liquidations,
market cap and dominance, RSI readings, the Fear & Greed index.

Anchored on the metric's words (models/metrics.json) rather than on a verb:
the number that belongs to a metric stands right before it ("$500 million in
liquidations", "a $7,132 liquidation imbalance") or shortly after it in the
same clause ("open interest climbed to $26.7 billion", "RSI at 28").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.model import Article, Claim, ClaimKind, Comparator, Modality
from factcheck.nlp.claims import asset_for, window_for
from factcheck.nlp.indicator_settings import indicator_settings
from factcheck.nlp.modality import modality_of, sentence_expects
from factcheck.nlp.numbers import Quantity
from factcheck.nlp.timeref import resolve

# metric label -> (claim kind, metric name, units a reading of it comes in)
METRICS: dict[str, tuple[ClaimKind, str, frozenset[str | None]]] = {
    "open_interest": (ClaimKind.open_interest, "open_interest", frozenset({"USD", "%"})),
    "volume": (ClaimKind.volume, "volume", frozenset({"USD", "%"})),
    "market_cap": (ClaimKind.market_cap, "market_cap", frozenset({"USD", "%"})),
    "dominance": (ClaimKind.market_cap, "dominance", frozenset({"%"})),
    "liquidations": (ClaimKind.liquidations, "liquidations", frozenset({"USD"})),
    "liquidation_imbalance": (ClaimKind.liquidation_imbalance, "liquidation_imbalance", frozenset({"USD", "%"})),
    "funding_rate": (ClaimKind.funding_rate, "funding_rate", frozenset({"%", "bps"})),
    "rsi": (ClaimKind.indicator, "rsi", frozenset({None})),
    "sentiment_index": (ClaimKind.sentiment_index, "fear_greed", frozenset({None})),
}
GLUE = {
    "in", "of", "worth", "-", "total", "long", "short", "longs", "shorts", "24-hour", "daily", "the", "a", "an",
    "futures", "spot", "perpetual", "combined", "bitcoin", "btc", "ether", "eth", "bullish", "bearish", "bets",
    "positions", "leveraged", "leverage", "were", "was", "been", "have", "had", "crypto", "trader", "traders",
}
ABOVE = {"more", "over", "above", "topped", "top", "tops", "exceeded", "exceed", "exceeds", "north", "surpassed", "beyond"}
BELOW = {"less", "under", "below", "beneath", "south"}
MARKET_WIDE = {"sentiment_index"}  # an index of the whole market, never one coin's
REACH = 8  # tokens after a metric where its reading may stand
UP = {"rise", "climb", "jump", "surge", "increase", "grow", "rebound", "expand", "swell", "soar", "spike", "balloon", "hit", "top", "reach", "climbing", "rising", "up", "higher"}
DOWN = {"fall", "drop", "decline", "slide", "shrink", "sink", "plunge", "tumble", "dip", "contract", "ease", "cool", "flip", "turn", "down", "lower"}
SIDES = {"long": "long", "longs": "long", "short": "short", "shorts": "short", "bullish": "long", "bearish": "short"}


def _fits(units: frozenset[str | None], q: Quantity) -> bool:
    if q.unit is None:
        return None in units and 0 <= q.value <= 100 and q.magnitude == 1
    return q.unit in units


def _direction(tokens: Span) -> Comparator | None:
    for t in reversed(list(tokens)):
        lemma = t.lemma_.lower()
        if lemma in UP or t.lower_ in UP:
            return Comparator.up
        if lemma in DOWN or t.lower_ in DOWN:
            return Comparator.down
    return None


def _reading(doc: Doc, sentence: Span, metric: Span, quantities: list[Span], taken: set[int]) -> Span | None:
    """The number that belongs to `metric`, if any."""
    _, _, units = METRICS[metric.label_]
    for q in reversed(quantities):  # right before: "$500 million in liquidations"
        if q.end <= metric.start and metric.start - q.end <= 6 and q.start not in taken:
            glue = doc[q.end : metric.start]
            if all(t.lower_ in GLUE for t in glue) and _fits(units, q._.quantity):
                after = doc[q.end].lower_ if q.end < len(doc) else ""
                if after not in {"-", "day", "period"}:  # "14-day RSI": a period, not a reading
                    return q
    for q in quantities:  # shortly after, same clause: "open interest climbed to $26.7 billion"
        if metric.end <= q.start <= metric.end + REACH and q.start not in taken:
            between = doc[metric.end : q.start]
            if any(t.text in {";", "—"} for t in between):
                break
            others = [m for m in doc.spans["metrics"] if metric.end <= m.start < q.start and m.label_ != metric.label_]
            if others:
                break
            if _fits(units, q._.quantity):
                return q
    return None


def extract_metric_claims(doc: Doc, article: Article, carried_by_sentence: dict[int, str | None], dominant: str | None) -> list[Claim]:
    claims: list[Claim] = []
    taken: set[int] = set()
    for sentence in doc.sents:
        quantities = [q for q in doc.spans["quantities"] if sentence.start <= q.start and q.end <= sentence.end]
        windows = [w for w in doc.spans["windows"] if sentence.start <= w.start < sentence.end]
        quantities = [q for q in quantities if not any(w.start <= q.start < w.end for w in windows)]
        metrics = [m for m in doc.spans["metrics"] if m.label_ in METRICS and sentence.start <= m.start < sentence.end]
        for metric in metrics:
            reading = _reading(doc, sentence, metric, quantities, taken)
            claim = _claim(doc, article, sentence, metric, reading, quantities, carried_by_sentence.get(sentence.start), dominant)
            if claim is not None:
                if reading is not None:
                    taken.add(reading.start)
                claims.append(claim)
    return claims


def _claim(
    doc: Doc,
    article: Article,
    sentence: Span,
    metric: Span,
    reading: Span | None,
    quantities: list[Span],
    carried: str | None,
    dominant: str | None,
) -> Claim | None:
    kind, name, _ = METRICS[metric.label_]
    value = unit = None
    decimals, magnitude = 0, 1.0
    comparator = Comparator.at
    if reading is None:
        # "open interest ... rises": a direction with no figure, read from the verb it is subject of.
        head = metric.root.head
        if metric.root.dep_ in {"nsubj", "nsubjpass"} and head.pos_ in {"VERB", "AUX"}:
            direction = _direction(doc[head.i : head.i + 1])
        else:  # the parse missed it: "open interest rises" read right after the words
            nxt = doc[metric.end : min(metric.end + 1, sentence.end)]
            direction = _direction(nxt) if len(nxt) and nxt[0].lower_.endswith(("s", "ed", "ing")) else None
            head = nxt[0] if direction is not None else head
        if direction is None:
            return None
        comparator, end_char = direction, head.idx + len(head)
        start_char = metric.start_char
    else:
        q: Quantity = reading._.quantity
        value, unit, decimals, magnitude = q.value, q.unit, q.decimals, q.magnitude
        lo, hi = sorted([(metric.start, metric.end), (reading.start, reading.end)])
        between = doc[lo[1] : hi[0]]
        move = _direction(between)
        before = doc[reading.start - 1].lower_ if reading.start > 0 else ""
        if move is not None and before not in {"to", "at", "of", "near", "around"} and unit == "%" and name not in {"funding_rate", "dominance"}:
            comparator = move
            name = f"{name}_change"
            value = -abs(value) if move is Comparator.down else abs(value)
        lead = {t.lower_ for t in doc[max(sentence.start, reading.start - 2) : reading.start]}
        if comparator is Comparator.at and lead & ABOVE:
            comparator = Comparator.above  # "more than $1 billion", "topped $1 billion"
        elif comparator is Comparator.at and lead & BELOW:
            comparator = Comparator.below
        start_char = min(metric.start_char, q.start)
        end_char = max(metric.end_char, q.end)
    side = None
    if kind in {ClaimKind.liquidations, ClaimKind.liquidation_imbalance}:
        near = doc[max(sentence.start, metric.start - 4) : min(sentence.end, metric.end + 4)]
        side = next((SIDES[t.lower_] for t in near if t.lower_ in SIDES), None)
    anchor = reading if reading is not None else metric
    if metric.label_ in MARKET_WIDE:
        asset = None
    elif kind in {ClaimKind.liquidations, ClaimKind.liquidation_imbalance}:
        named = [a for a in doc.spans["assets"] if sentence.start <= a.start < sentence.end]
        asset = named[0].label_ if named else None  # "across crypto" unless a coin is named
    else:
        asset, _ = asset_for(doc, sentence, metric, carried, dominant)
    modality, source = modality_of(metric, sentence)
    if modality is not Modality.forecast and sentence_expects(sentence, anchor):
        modality = Modality.forecast
    window = window_for(doc, sentence, metric, anchor, quantities) if reading is not None else None
    time = resolve(article, "instant", window)
    if window is not None and window.start >= doc.char_span(start_char, end_char, alignment_mode="expand").end:
        end_char = max(end_char, window.end_char) if window.start - anchor.end <= 2 else end_char
    period, timeframe = indicator_settings(metric, name, sentence) if kind is ClaimKind.indicator else (None, None)
    return Claim(
        kind=kind,
        asset=asset,
        metric=name,
        period=period,
        timeframe=timeframe,
        value=value,
        unit=unit,
        decimals=decimals,
        magnitude=magnitude,
        comparator=comparator,
        side=side,
        time=time,
        modality=modality,
        attributed_to=source,
        text=doc.text[start_char:end_char],
        sentence=sentence.text.strip(),
        span=(start_char, end_char),
    )
