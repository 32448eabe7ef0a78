"""Claims that need no figure of their own: "exited oversold territory",
"extreme fear", "a new all-time high", "above the 200-day moving average",
"a 10-month downtrend", "a third weekly loss".

Each comes from a pattern in models/patterns/states.jsonl; what a pattern
reads from its words (a period, a duration, a count) is named in its row.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from spacy.tokens import Doc, Span

from factcheck.model import Article, Claim, ClaimKind, Comparator, Modality
from factcheck.nlp.claims import MAX_PRICE, asset_for
from factcheck.nlp.components import load_cues, load_states
from factcheck.nlp.indicator_settings import indicator_settings
from factcheck.nlp.modality import modality_of, sentence_expects
from factcheck.nlp.timeref import resolve

_DAYS = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25, "d": 1.0, "w": 7.0}
_ORDINALS = {w: i + 1 for i, w in enumerate(
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"]
)}
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "fifty": 50, "hundred": 100}
_DOWN = {"downtrend", "decline", "downturn", "slump", "bear", "losing", "correction", "drawdown", "slide",
         "selloff", "sell-off", "descending", "loss", "drop", "fall", "red"}
_UP = {"uptrend", "rally", "bull", "winning", "run", "advance", "ascending", "gain", "rise", "green"}
_TIMEFRAMES = {"weekly": "1w", "week": "1w", "daily": "1d", "day": "1d", "monthly": "1M", "month": "1M",
               "quarterly": "3M", "quarter": "3M", "hour": "1h", "d": "1d", "w": "1w"}


def _number(token_text: str) -> float | None:
    text = token_text.lower().replace(",", "")
    if text in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[text])
    try:
        return float(text)
    except ValueError:
        return None


def _ordinal(text: str) -> int | None:
    text = text.lower()
    if text in _ORDINALS:
        return _ORDINALS[text]
    digits = text.rstrip("stndrh")
    return int(digits) if digits.isdigit() else None


def extract_state_claims(doc: Doc, article: Article, carried_by_sentence: dict[int, str | None], dominant: str | None) -> list[Claim]:
    rows = load_states()
    claims: list[Claim] = []
    sentences = list(doc.sents)
    starts = [s.start for s in sentences]

    def sentence_of(span: Span) -> Span:
        return sentences[bisect_right(starts, span.start) - 1]

    for span in doc.spans["states"]:
        sentence = sentence_of(span)
        if rows[span.label_].get("zone") == "neutral" and any(
            other.label_ != span.label_ and rows[other.label_]["kind"] == "indicator" and sentence.start <= other.start < sentence.end
            for other in doc.spans["states"]
        ):
            continue  # "exited oversold and moved into neutral": one claim
        claim = _claim(doc, article, sentence, span, rows[span.label_], carried_by_sentence.get(sentence.start), dominant)
        if claim is not None:
            claims.append(claim)
    return claims


def _ma_comparator(doc: Doc, sentence: Span, span: Span) -> Comparator | None:
    """How price stands to a moving average, from the words right before it."""
    cues = load_cues()
    for cue in doc.spans["cues"]:
        if sentence.start <= cue.start and cue.end <= span.start and span.start - cue.end <= 2:
            comparator = cues[cue.label_]["comparator"]
            if comparator in {"above", "below", "crossed_above", "crossed_below"}:
                return Comparator(comparator)
    before = [t.lower_ for t in doc[max(sentence.start, span.start - 3) : span.start]]
    if any(w in {"above", "over", "atop"} for w in before):
        return Comparator.above
    if any(w in {"below", "under", "beneath"} for w in before):
        return Comparator.below
    return None


def _claim(doc: Doc, article: Article, sentence: Span, span: Span, row: dict[str, Any], carried: str | None, dominant: str | None) -> Claim | None:
    kind = ClaimKind(row["kind"])
    metric = row["metric"]
    comparator = Comparator(row["comparator"])
    zone = row.get("zone")
    period = count = None
    duration = value = None
    unit = timeframe = None
    start_char, end_char = span.start_char, span.end_char
    reads = row.get("reads")
    words = [t.lower_ for t in span]
    if reads == "period":
        period_value = _number(span[0].text)
        if period_value is None or not 2 <= period_value <= 400:
            return None
        period = int(period_value)
        metric = "ema" if any(w in {"ema", "exponential"} for w in words) else "sma"
        unit_word = next((t.lemma_.lower() for t in span if t.lemma_.lower() in _TIMEFRAMES), "day")
        timeframe = _TIMEFRAMES.get(unit_word, "1d")
        found = _ma_comparator(doc, sentence, span)
        level = [q for q in doc.spans["quantities"] if span.end <= q.start <= span.end + 4 and q.end <= sentence.end
                 and q._.quantity.unit == "USD" and q._.quantity.value < MAX_PRICE]
        if found is None and level:  # "the 200-day moving average, around $108,400"
            q = level[0]._.quantity
            value, unit, end_char = q.value, "USD", q.end
        elif found is None:
            return None  # a moving average named, nothing said about it
        else:
            comparator = found
    elif reads == "distance":  # "about 22% below its January record"
        before = [q for q in doc.spans["quantities"] if sentence.start <= q.start and q.end <= span.start and span.start - q.end <= 3]
        if not before or before[-1]._.quantity.unit != "%":
            return None
        q = before[-1]._.quantity
        value, unit, start_char = abs(q.value), "%", q.start
    elif reads == "band":  # "above the upper Bollinger band"
        zone = "upper" if "upper" in words else "lower"
        period = 20
    elif reads == "duration":
        amount = _number(span[0].text)
        unit_word = next((t.lemma_.lower() for t in span if t.lemma_.lower() in _DAYS), None)
        if amount is None or unit_word is None:
            return None
        duration = amount * _DAYS[unit_word]
        zone = "down" if any(w in _DOWN for w in words) else "up" if any(w in _UP for w in words) else "sideways"
    elif reads == "count":
        count = _ordinal(span[0].text) or (int(n) if (n := _number(span[0].text)) else None)
        if count is None:
            return None
        timeframe = next((_TIMEFRAMES[w] for w in words if w in _TIMEFRAMES), None)
        zone = "down" if any(t.lemma_.lower() in _DOWN for t in span) else "up" if any(t.lemma_.lower() in _UP for t in span) else None
    if kind is ClaimKind.indicator and metric in {"rsi", "macd"}:
        period, found_timeframe = indicator_settings(span, metric, sentence)
        timeframe = found_timeframe or timeframe
        if metric == "macd":
            period = None
    if kind is ClaimKind.sentiment_index:
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        if before in {"from", "of"}:  # "out of extreme fear", "from extreme fear toward optimism"
            comparator = Comparator.up if "fear" in zone else Comparator.down
    if kind is ClaimKind.all_time_high and reads != "distance":
        following = [q for q in doc.spans["quantities"] if span.end <= q.start <= span.end + 3 and q.end <= sentence.end]
        if following and following[0]._.quantity.unit == "USD" and following[0]._.quantity.value < MAX_PRICE:
            q = following[0]._.quantity
            value, unit = q.value, "USD"
            end_char = q.end
            if any(t.lower_ in {"above", "over", "past", "beyond", "north"} for t in doc[span.end : following[0].start]):
                comparator = Comparator.above
    asset = None if kind is ClaimKind.sentiment_index else asset_for(doc, sentence, span, carried, dominant)[0]
    modality, source = modality_of(span, sentence)
    if modality is not Modality.forecast and sentence_expects(sentence, span):
        modality = Modality.forecast
    return Claim(
        kind=kind,
        asset=asset,
        metric=metric,
        value=value,
        unit=unit,
        comparator=comparator,
        period=period,
        timeframe=timeframe,
        zone=zone,
        count=count,
        duration_days=duration,
        time=resolve(article, "instant", None),
        modality=modality,
        attributed_to=source,
        text=doc.text[start_char:end_char],
        sentence=sentence.text.strip(),
        span=(start_char, end_char),
    )
