"""Claims that need no figure of their own: "exited oversold territory",
"extreme fear", "a new all-time high", "above the 200-day moving average",
"a 10-month downtrend", "a third weekly loss".

Each comes from a pattern in models/patterns/states.jsonl; what a pattern
reads from its words (a period, a duration, a count) is named in its row.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import timedelta
from typing import Any

from spacy.tokens import Doc, Span, Token

from factcheck.model import Article, Claim, ClaimKind, Comparator, Modality, TimeRef
from factcheck.nlp.components import group, load_states, text_of, within
from factcheck.nlp.figure_assets import asset_for
from factcheck.nlp.generic_readings import generic_gauge_sentence, habitual_zone
from factcheck.nlp.indicator_settings import TIMEFRAMES, indicator_settings
from factcheck.nlp.line_claims import LINE_READS, extract_line_claims
from factcheck.nlp.line_claims import _describe as describe_line
from factcheck.nlp.line_claims import _make as make_line_claim
from factcheck.nlp.market_totals import _market_subject
from factcheck.nlp.metric_words import METRICS
from factcheck.nlp.modality import (
    forecast_condition,
    hypothetical,
    in_condition,
    modality_of,
    sentence_expects,
)
from factcheck.nlp.price_cues import CLAUSE_JOINERS, FIB_WORDS, MAX_PRICE
from factcheck.nlp.record_concessions import conceded
from factcheck.nlp.record_nearness import near_record_phrase, record_closes
from factcheck.nlp.record_past import dated_long_before
from factcheck.nlp.timeref import DAYS_NAMED, FORECAST_WINDOWS, calendar_span, resolve
from factcheck.nlp.timeref import duration as window_length
from factcheck.nlp.trend_runs import another_series, direction_around, run_of
from factcheck.nlp.trend_runs import direction_of as run_direction

_GAUGE_ZONES = {"oversold", "overbought", "neutral"}
BOLLINGER_PERIOD = 20  # the bands as charts draw them unless the text says otherwise
_DAYS = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25, "d": 1.0, "w": 7.0}
_ORDINALS = {w: i + 1 for i, w in enumerate(
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"]
)}
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "fifty": 50, "hundred": 100}
_DOWN = {"downtrend", "decline", "downturn", "slump", "bear", "losing", "correction", "drawdown", "slide",
         "selloff", "sell-off", "descending", "loss", "drop", "fall", "red", "slip", "sink", "lose", "retreat"}
_UP = {"uptrend", "rally", "bull", "winning", "run", "advance", "ascending", "gain", "rise", "green", "climb"}
_FRAMES_SAID = {"daily", "weekly", "monthly", "quarterly"}  # the candle of a count, said apart from it
_TIMEFRAMES = {"weekly": "1w", "week": "1w", "daily": "1d", "day": "1d", "session": "1d", "monthly": "1M", "month": "1M",
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

    lines = extract_line_claims(doc, article, rows, sentence_of, carried_by_sentence, dominant)
    claims.extend(lines)
    claims.extend(_positions_told_after(doc, article, rows, sentence_of, lines, carried_by_sentence, dominant))
    for span in group(doc, "states"):
        if rows[span.label_].get("reads") in LINE_READS:
            continue
        sentence = sentence_of(span)
        if rows[span.label_].get("zone") == "neutral" and any(
            other.label_ != span.label_ and rows[other.label_]["kind"] == "indicator" and sentence.start <= other.start < sentence.end
            for other in group(doc, "states")
        ):
            continue  # "exited oversold and moved into neutral": one claim
        row = rows[span.label_]
        if span.label_ == "new-record-noun" and span.end < sentence.end and doc[span.end].lower_ in _OTHER_RECORDS:
            continue  # "a new record for weekly inflows": a record of something else
        if span.label_ == "nears-a-record" and not record_closes(doc, sentence, span):
            continue  # "nears record inflows": a record of something else
        if row["kind"] == "all_time_high" and _then_record(doc, sentence, span):
            continue  # "set a then-record near $20,000": the record of that time, told as history
        if span.label_ == "ath-distance-that" and not _record_named_just_before(doc, sentences, sentence, span):
            continue  # "5% below that level" after "$100,000 was the line to watch": no record was named
        if row["kind"] == "all_time_high" and _record_of_another_series(doc, sentence, span):
            continue  # "open interest climbed to an all-time high": that series' record, not the price's
        if row.get("zone") and span[0].lower_ in {"from", "up", "back", "down"} and span.start > sentence.start \
                and doc[span.start - 1].lower_ in {"far", "away"}:
            continue  # "far from oversold levels": no zone was left
        if row["kind"] == "indicator" and row.get("metric") == "rsi" and (_only_an_oscillator_we_skip(doc, sentence)
                                                                      or _stochastic_named_last(doc, sentence, span)):
            continue  # "the Stochastic RSI is oversold": another oscillator's zone, not the RSI's
        if row["kind"] == "indicator" and row.get("zone") and generic_gauge_sentence(doc, sentence):
            continue  # "An RSI above 70 is considered overbought, ... below 30 signals oversold": thresholds, not a state
        if row["kind"] == "sentiment_index" and row.get("zone") and habitual_zone(doc, sentence, span):
            continue  # "extreme fear can last for weeks": what the zone tends to do, not today's reading
        if row.get("zone") == "neutral" and row["kind"] == "indicator" and _neutral_said_of_another_metric(doc, sentence, span):
            if not _gauge_named_before(doc, sentence, span):
                continue  # "funding reset to neutral": the state of the funding rate, not of the RSI
            row = {**row, "kind": "sentiment_index", "metric": "fear_greed"}  # "the Fear & Greed Index now shows a neutral reading"
        claim = _claim(doc, article, sentence, span, row, carried_by_sentence.get(sentence.start), dominant)
        if claim is not None:
            claims.append(claim)
        if row.get("reads") == "distance" and _names_record(span) and (
                _record_level(doc, sentence, span) is not None or _level_named_before(doc, sentence, span) is not None):
            # "18% below its record of $109,588": the distance and the record, two claims
            level = _claim(doc, article, sentence, span, {**row, "reads": None, "comparator": "at"}, carried_by_sentence.get(sentence.start), dominant)
            if level is not None:
                claims.append(level)
    return _without_restated_records(_without_records_inside_distances(claims))


# Words between a moving average, subject of its clause, and the side of the price it lies on:
# "The 20-day SMA, at $112,000, is rising under the price", "the 200-day SMA at $108,900 is far below".
_LYING = {"be", "sit", "remain", "stay", "lie", "run", "hold", "trade", "rise", "fall", "flatten", "curl", "turn", "slope", "trail", "lag"}
_HOW_FAR = {"far", "well", "just", "comfortably", "firmly", "still", "now", "also", "already", "currently", "slightly", "way", "safely",
            "rising", "falling", "flattening", "sloping", "turning", "curling", "only", "a", "bit", "little", "some", "distance"}
_LINE_BELOW = {"below", "under", "beneath", "underneath"}
_LINE_ABOVE = {"above", "over"}
_THE_PRICE = {"price", "prices", "spot", "market", "candles", "it"}
_OVERHEAD = {"overhead"}  # a line above the price, said without naming the price


def _positions_told_after(doc: Doc, article: Article, rows: dict[str, Any], sentence_of, lines: list[Claim],
                          carried_by_sentence: dict[int, str | None], dominant: str | None) -> list[Claim]:
    """A moving average whose place against the price is told after it, the line being the subject:
    'the 20-day SMA, at $112,000, is rising under the price', 'the 200-day is far below'. A line under
    the price is the price above it (the position an indicator claim states); 'below the 200-day'
    after a line is a cross of two lines (line_claims.py reads those), not this."""
    found: list[Claim] = []
    for span in group(doc, "states"):
        row = rows[span.label_]
        if row.get("reads") != "line" or row["metric"] != "sma" or row.get("conjunct"):
            continue
        sentence = sentence_of(span)
        side = _side_told_after(doc, sentence, span)
        if side is None:
            continue
        line = describe_line(span, row, None)
        if line is None or line.metric not in {"sma", "ema"}:
            continue
        if any(c.metric == line.metric and c.period == line.period and c.comparator is not Comparator.at
               and c.sentence == sentence.text.strip() for c in lines):
            continue  # its position was told before it ('holds above its 50-day ...')
        comparator, first, last = side
        found.append(make_line_claim(doc, article, sentence, span, carried_by_sentence.get(sentence.start), dominant,
                                     metric=line.metric, period=line.period, timeframe=line.timeframe, comparator=comparator,
                                     start_char=first.idx, end_char=last.idx + len(last)))
    return found


def _side_told_after(doc: Doc, sentence: Span, span: Span):
    """(the price's side of the line, first word, last word) when the words after the line say where it lies."""
    i = span.end
    if i < sentence.end and doc[i].text == ",":  # "the 20-day SMA, at $112,000, is ...": the level in apposition
        close = next((t.i for t in doc[i + 1 : min(sentence.end, i + 8)] if t.text == ","), None)
        if close is None:
            return None
        i = close + 1
    else:  # "the 200-day SMA at $108,900 is ...": the level written with it
        inside = [q for q in group(doc, "quantities") if i <= q.start <= i + 2 and q.end <= sentence.end]
        if inside and all(t.lower_ in {"at", "near", "around", "of"} for t in doc[i : inside[0].start]):
            i = inside[0].end
    first = doc[i] if i < sentence.end else None
    verbs = 0
    while i < sentence.end and (doc[i].lower_ in _HOW_FAR or doc[i].lemma_.lower() in _LYING and doc[i].pos_ in {"VERB", "AUX"}):
        verbs += doc[i].pos_ in {"VERB", "AUX"}
        i += 1
    if not verbs or i >= sentence.end or first is None:
        return None
    word = doc[i].lower_
    if word in _OVERHEAD:
        return Comparator.below, first, doc[i]  # "the 200-day EMA sits far overhead (at $104,700)": the price below it
    if word not in _LINE_BELOW | _LINE_ABOVE:
        return None
    last = doc[i]
    rest = [t for t in doc[i + 1 : min(sentence.end, i + 3)]]
    if rest and rest[0].lower_ in {"the", "current", "spot"} and len(rest) > 1 and rest[1].lower_ in _THE_PRICE:
        last = rest[1]
    elif rest and rest[0].lower_ in _THE_PRICE:
        last = rest[0]
    elif rest and not (rest[0].is_punct or rest[0].lower_ in {"and", "but", "while", "as"}):
        return None  # "is below the 200-day": the line against another line, or a level
    return (Comparator.above if word in _LINE_BELOW else Comparator.below), first, last


_APPOSITION_REACH = 9  # tokens between the level and the comma: '$126,200 on Oct. 6, a record', '163 million won on Upbit, a record'


def _level_in_apposition(doc: Doc, sentence: Span, span: Span) -> Span | None:
    """The price a record noun after a comma renames: the last money figure before the comma, with
    only a day or a venue between ('peaked at $126,200 on Oct. 6, a record'), none of another series."""
    levels = [q for q in group(doc, "quantities") if sentence.start <= q.start and q.end <= span.start
              and span.start - q.end <= _APPOSITION_REACH and q._.quantity.is_money]
    if not levels:
        return None
    level = levels[-1]
    between = doc[level.end : span.start]
    if level._.quantity.dollar_size >= MAX_PRICE or any(t.is_currency or t.text in {";", "(", ")"} or t.lower_ in CLAUSE_JOINERS for t in between):
        return None
    return level


def _apposition_names_record(doc: Doc, sentence: Span, span: Span) -> bool:
    """'..., a record $2 billion of liquidations', '..., a record for the week': the record is of
    another figure or series; '..., its highest ever' or '..., its highest in a month' must be the former."""
    if span.end < sentence.end and (doc[span.end].is_currency or doc[span.end].like_num or doc[span.end].lower_ in _OTHER_RECORDS):
        return False
    if span.end < sentence.end and doc[span.end].lower_ in {"low", "lows", "bottom"}:
        return False  # '$66,000, a new record low': the other extreme
    words = {t.lower_ for t in span}
    if span.label_ == "record-matched" and not words & {"record", "ath", "all-time", "previous", "prior", "former"}:
        after = {t.lower_ for t in doc[span.end : min(sentence.end, span.end + 3)]}
        return bool(after & {"set", "reached", "hit"}) or any(t.shape_ == "dddd" for t in span)  # 'the peak it set in 2021'
    return not ({"highest", "highest-ever"} & words) or bool({"ever", "highest-ever"} & words)  # 'its highest since May' is no record


def _without_records_inside_distances(claims: list[Claim]) -> list[Claim]:
    """'has dropped 35% since hitting its all-time high': the words of reaching the record
    belong to the distance below it; they tell no new record."""
    distances = [c for c in claims if c.kind is ClaimKind.all_time_high and c.comparator is Comparator.below and c.value is not None]
    return [c for c in claims if not (
        c.kind is ClaimKind.all_time_high and c.comparator is Comparator.crossed_above and c.value is None
        and any(d.span[0] < c.span[1] and c.span[0] < d.span[1] for d in distances))]


_OTHER_RECORDS = {"for", "number", "amount", "volume", "inflows", "outflows"}  # 'a new record for weekly inflows'
_OTHER_SERIES = {"open_interest", "volume", "liquidations", "funding_rate", "market_cap", "dominance", "liquidation_imbalance", "other"}


def _record_of_another_series(doc: Doc, sentence: Span, span: Span) -> bool:
    """Whether the record is a metric's, not the price's: the subject of the verb that reached it
    names a metric ('trading volume reached a record high', 'open interest climbed to an
    all-time high of $94 billion')."""
    metric_tokens = {t.i for m in group(doc, "metrics") if m.label_ in _OTHER_SERIES and sentence.start <= m.start < span.start
                     for t in m}
    if not metric_tokens:
        return False
    verb = span.root
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i and sentence.start <= verb.head.i < sentence.end:  # a root is its own head (a new Token object each time)
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    for _ in range(3):  # 'futures OI swelled to $2 billion, adding 9% and closing in on ... nearing its record': the head's subject;
        # "open interest slid to $2.1 billion and fell back to $1.95 billion, a 12% decline from its peak"
        if subjects or verb.dep_ not in {"advcl", "conj", "xcomp"} or verb.head.i == verb.i \
                or not sentence.start <= verb.head.i < sentence.end:
            break
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(t.i in metric_tokens for s in subjects for t in s.subtree)


def _then_record(doc: Doc, sentence: Span, span: Span) -> bool:
    """'a then-record near $20,000', 'the then all-time high': a record of its day, since beaten."""
    before = [t.lower_ for t in doc[max(sentence.start, span.start - 2) : span.start + 1]]
    return "then" in before or "then-record" in before


_PREVIOUS = {"previous", "prior", "former", "old", "earlier", "last", "record", "all", "all-time", "ath", "lifetime"}


def _surpassed_record(doc: Doc, sentence: Span, span: Span) -> bool:
    """'topped its previous high', 'surpassing its 2021 peak' beside 'a new all-time high': the
    peak passed is the old record when it is called previous or a record, or when the sentence
    tells of a new one."""
    if any(t.lower_ in _PREVIOUS for t in span[1:]):
        return True
    return any(s.label_ != span.label_ and load_states()[s.label_]["kind"] == "all_time_high" and sentence.start <= s.start < sentence.end
               for s in group(doc, "states"))


def _neutral_said_of_another_metric(doc: Doc, sentence: Span, span: Span) -> bool:
    """'Neutral' is a state many series are said to be in (funding, the Fear & Greed index, sentiment):
    with another metric named before it in the sentence and no RSI, it is that metric's."""
    metrics = [m for m in group(doc, "metrics") if sentence.start <= m.start < span.start]
    return not any(m.label_ == "rsi" for m in metrics) and any(m.label_ in METRICS for m in metrics)


def _gauge_named_before(doc: Doc, sentence: Span, span: Span) -> bool:
    """The metric named last before a zone is the sentiment gauge: the zone is the gauge's."""
    metrics = [m for m in group(doc, "metrics") if sentence.start <= m.start < span.start and m.label_ in METRICS]
    return bool(metrics) and METRICS[metrics[-1].label_][0] is ClaimKind.sentiment_index


def _only_an_oscillator_we_skip(doc: Doc, sentence: Span) -> bool:
    """The sentence names a gauge of the metrics lexicon's 'other' list (the Stochastic RSI) and no RSI."""
    metrics = within(doc, "metrics", sentence)
    return any(m.label_ == "other" and "stoch" in m.text.lower() for m in metrics) and not any(m.label_ == "rsi" for m in metrics)


def _stochastic_named_last(doc: Doc, sentence: Span, span: Span) -> bool:
    """'the stochastic oscillator has entered oversold readings, but unlike the RSI, ...': the
    zone belongs to the gauge named last before it; when that is the stochastic, it is not the
    RSI's, though the RSI is named further on."""
    gauges = [m for m in group(doc, "metrics") if sentence.start <= m.start < span.start
              and (m.label_ == "rsi" or m.label_ == "other" and "stoch" in m.text.lower())
              and not any(t.lower_ == "unlike" for t in doc[max(sentence.start, m.start - 2) : m.start])]  # "unlike the RSI, it ..."
    return bool(gauges) and gauges[-1].label_ == "other"


_LASTED = {"continue", "last", "persist", "extend", "run"}


def _past_run(article: Article, doc: Doc, sentence: Span, span: Span, duration: float | None) -> TimeRef | None:
    """'... since it peaked at $2,720 on January 12. The slide went on for 11 days.':
    a run told in the past tense, after a date, ran from that date for its length, not up to now."""
    if duration is None or not any(t.tag_ == "VBD" and t.lemma_.lower() in _LASTED for t in doc[sentence.start : span.start]):
        return None
    before = doc[sentence.start - 1].sent if sentence.start > 0 else None
    scope = [w for w in group(doc, "windows") if w.label_ == "date" and (
        w.end <= span.start and (sentence.start <= w.start or before is not None and before.start <= w.start)
        or span.end <= w.start < sentence.end)]  # "lasted for nine days after the February 3 peak"
    dated = calendar_span(article, scope[-1]) if scope else None
    if dated is None:
        return None
    start = dated[0]
    return TimeRef(text=scope[-1].text, start=start, end=start + timedelta(days=duration), kind="window", anchored=True)


_OLD_RECORD = re.compile(r"\b(previous|prior|former|old|earlier|then|20\d\d)\b")


def _without_restated_records(claims: list[Claim]) -> list[Claim]:
    """'Bitcoin sets record above $109,000' over a story that says 'a record high of $109,588':
    the new record told twice, once roughly. The rough telling, a bound the exact level passes
    by less than 5%, is dropped; so is a new record without its level told after one with it
    ('... set a fresh record on Monday' under that headline). A level-less record told first (a
    headline over the level in the body) stays: the gold keeps both."""
    levels = [c for c in claims if c.kind is ClaimKind.all_time_high and c.comparator is Comparator.at and c.unit not in {None, "%"}
              and c.value is not None]

    told = [c for c in claims if c.kind is ClaimKind.all_time_high and c.comparator in {Comparator.at, Comparator.crossed_above}
            and c.value is not None and c.unit != "%" and not _OLD_RECORD.search(c.text.lower())]

    def restated(claim: Claim) -> bool:
        if claim.kind is not ClaimKind.all_time_high or claim.comparator is not Comparator.crossed_above:
            return False
        if claim.value is None:  # 'sets record above $109,000' ... 'set a fresh record on Monday': the same record again, vaguer
            return any(c.asset == claim.asset and c.span[0] < claim.span[0] for c in told)
        return any(c.asset == claim.asset and c.unit == claim.unit and claim.value <= c.value <= claim.value * 1.05 for c in levels)

    return [c for c in claims if not restated(c)]


_FLOWS = {"outflow", "inflow", "withdrawal", "redemption", "deposit", "outflows", "inflows", "withdrawals", "redemptions", "deposits"}


def _flows_after(doc: Doc, sentence: Span, span: Span) -> bool:
    """Whether the run is of fund flows: 'three straight days of (modest) outflows', or
    'ETF inflows rose for a fifth straight day' (the flows the subject of the moving verb)."""
    return any(t.lemma_.lower() in _FLOWS or t.lower_ in _FLOWS for t in doc[max(sentence.start, span.start - 2) : min(sentence.end, span.end + 3)])


_ENDING = {"reverse", "snap", "end", "break", "halt", "buck", "reversing", "snapping", "ending", "breaking", "halting", "bucking"}


def _reversed_trend(doc: Doc, sentence: Span, span: Span) -> str | None:
    """'jumped 5%, reversing a three-day trend': a trend the move ended ran the other way."""
    verb = next((t for t in doc[max(sentence.start, span.start - 2) : span.start] if t.lemma_.lower() in _ENDING or t.lower_ in _ENDING), None)
    if verb is None:
        return None
    move = run_direction(doc[sentence.start : verb.i])
    return {"up": "down", "down": "up"}.get(move or "")


_RECORD_NAMES = re.compile(r"\b(all-time high|all time high|record|ath|lifetime high|highest ever|highest-ever)\b", re.IGNORECASE)


def _record_named_just_before(doc: Doc, sentences: list[Span], sentence: Span, span: Span) -> bool:
    """Whether 'that mark' points back to a record: the words before it in its sentence, or the
    sentence before, name one ('Cardano topped out at $3.10 in 2021, its record. It now
    changes hands some 70% under that level')."""
    if _RECORD_NAMES.search(doc[sentence.start : span.start].text):
        return True
    k = next((n for n, s in enumerate(sentences) if s.start == sentence.start), 0)
    return k > 0 and bool(_RECORD_NAMES.search(sentences[k - 1].text))


def _names_record(span: Span) -> bool:
    """'its record', 'the all-time high', 'the January peak', 'its highest-ever value'; not 'its March
    high' (a local high)."""
    return any(t.lower_ in {"record", "all", "all-time", "ath", "peak", "ever"} for t in span)


def _gauge_frame(doc: Doc, sentence: Span, span: Span, metric: str) -> str | None:
    """'The weekly RSI of bitcoin sits just below the overbought zone': the timeframe written before
    the gauge the sentence names ahead of its state."""
    named = [m for m in group(doc, "metrics") if m.label_ == metric and sentence.start <= m.start and m.end <= span.start]
    if not named:
        return None
    for token in reversed(doc[max(sentence.start, named[-1].start - 2) : named[-1].start]):
        if token.lower_ in TIMEFRAMES:
            return TIMEFRAMES[token.lower_]
        if token.lower_ not in {"the", "its", "a", "'s", "’s"}:
            return None
    return None


_PAST = {"above", "over", "past", "beyond", "north", "exceeding", "surpassing", "topping", "eclipsing", "clearing", "breaching",
         "crossing", "passing", "breaking"}  # 'a record above $75K', 'a new record on Tuesday, eclipsing $123,000'
_SETTING = {"set", "reach", "hit", "establish", "notch", "register", "record", "log", "post", "print", "come"}
SET_REACH = 10  # tokens from 'set' to the figure: 'set back in November 2021 close to the $69,000 mark'


#: a high or low named between a record and a figure takes the figure for itself
_OTHER_EXTREMES = {"peak", "high", "low", "top", "bottom", "trough"}
_STATED = {"stands", "stood", "sits", "sat", "is", "was", "came", "comes", "lies", "remains", "remained"}
_STATED_GLUE = {"in", "at", "around", "near", "about", "roughly", "now", "currently"}


def _past_acronym(doc: Doc, sentence: Span, i: int) -> int:
    """The token after an acronym in brackets at i ('all-time high (ATH) of'), else i."""
    if i + 2 < sentence.end and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].text.isupper():
        return i + 3
    return i


_DAY_PARTS = {"morning", "afternoon", "evening", "night", "session", "trading"}


def _past_day_and_crossing(doc: Doc, sentence: Span, i: int) -> int:
    """The word of passing after the day a record was set ('a new high on Tuesday, eclipsing
    $123,000'), else i: the figure passed is the record's bound."""
    day = next((w for w in group(doc, "windows") if w.start == i or w.start == i + 1 and doc[i].lower_ in {"on", "in", "at", "during"}), None)
    if day is None:
        return i
    j = day.end + (1 if day.end < sentence.end and doc[day.end].lower_ in _DAY_PARTS else 0)
    j += 1 if j < sentence.end and doc[j].text == "," else 0
    if j + 1 < sentence.end and doc[j].lower_ in {"above", "over", "past", "beyond"} and doc[j + 1].text in {"$", "US$", "€", "₩", "₹"}:
        return j  # 'its highest level ever on Sunday, above $125,000': the figure passed
    return j if j < sentence.end and doc[j].lower_ in _PAST and doc[j].pos_ == "VERB" else i


_PASSING = {"top", "surpass", "exceed", "eclipse", "pass", "clear", "break", "cross", "breach", "beat"}
_RECORD_NOUNS = {"record", "ath", "all", "all-time", "lifetime"}


_RECORD_SUBJECTS = {"all-time", "ath", "record", "historic", "historical", "lifetime", "peak"}
_GAP_NOUNS = {"drawdown", "distance", "discount", "decline", "pullback", "retracement", "correction", "drop", "fall"}
_GAP_GLUE = {"is", "was", "stands", "stood", "sits", "now", "at", "of", ":", "-", "—", "about", "roughly", "around", "nearly", "some",
             "currently", "remains", "just", "over", "under"}


_MEASURED_FROM = {"off", "from", "below", "under", "beneath", "since"}


def _held_record_subject(span: Span) -> bool:
    """'Cardano's record high of above $3 was logged in September 2021': a record owned by the coin
    and the subject of its clause is the one it holds, its level bounded by 'over', not a new
    record passing that level."""
    owned = any(c.dep_ == "poss" for c in span.root.children) or any(t.tag_ == "POS" for t in span.doc[max(0, span.start - 2) : span.start + 1])
    return owned and span.root.dep_ in {"nsubj", "nsubjpass"} and not any(t.lower_ in {"new", "fresh", "another"} for t in span)


def _owned_record(doc: Doc, span: Span) -> bool:
    """'27% off its record high above $126,000 reached in October', 'since hitting an all-time
    high above $64,000': a record the price is measured from is one already held, whose level the
    figure bounds, not a new one passing it ('hit a new high above $124,000', 'took bitcoin to
    its highest price ever, just above $112,000')."""
    before = [t.lower_ for t in doc[max(0, span.start - 3) : span.start + 1]]
    return any(w in _MEASURED_FROM for w in before) and not any(t.lower_ in {"new", "fresh", "another"} for t in span)


def _distance_named_after(doc: Doc, sentence: Span, span: Span):
    """The % of a gap named before the record and told after it: 'the drawdown from the
    all-time high now stands at 32%'."""
    if span[0].lower_ in {"from", "since"} and span.start == sentence.start:
        return _fall_after_fronted_record(doc, sentence, span)
    if span[0].lower_ != "from" or span.start <= sentence.start or doc[span.start - 1].lemma_.lower() not in _GAP_NOUNS:
        return None
    for q in group(doc, "quantities"):
        if span.end <= q.start < sentence.end and q._.quantity.unit == "%":
            between = doc[span.end : q.start]
            ok = len(between) <= 5 and all(t.lower_ in _GAP_GLUE for t in between)
            return q._.quantity if ok else None
    return None


_FALLING = {"drop", "fall", "slide", "slip", "lose", "shed", "decline", "tumble", "plunge", "sink", "retreat", "crash", "give", "down"}
_FRONT_REACH = 25  # tokens of the fronted record phrase, its level and date included


def _fall_after_fronted_record(doc: Doc, sentence: Span, span: Span):
    """'From its record of $3.10 in 2021, cardano has since shed 77%': the fall told after
    the fronted record is the distance below it (the first % after a verb of falling past the
    phrase's closing comma)."""
    comma = next((t.i for t in doc[span.end : min(sentence.end, span.end + _FRONT_REACH)] if t.text == ","
                  and t.i + 1 < sentence.end and not doc[t.i + 1].like_num), None)
    if comma is None:
        return None
    fell = False
    for t in doc[comma + 1 : sentence.end]:
        if t.lemma_.lower() in _FALLING or t.lower_ in _FALLING:
            fell = True
        q = next((q for q in group(doc, "quantities") if q.start == t.i), None)
        if q is not None:
            return q._.quantity if fell and q._.quantity.unit == "%" else None


_CLAUSE_JOINS = {"and", "but", "while", "whereas", ";"}
_LOSS_GLUE = {",", "it", "bitcoin", "ether", "the", "coin", "token", "asset", "price", "has", "have", "is", "was", "now", "since",
              "lost", "shed", "fallen", "dropped", "declined", "slid", "slumped", "tumbled", "plunged", "down", "given", "back",
              "about", "roughly", "nearly", "almost", "around", "some", "over", "more", "than", "by", "a", "total", "of"}
_LOSS_WORDS = {"lost", "shed", "fallen", "dropped", "declined", "slid", "slumped", "tumbled", "plunged", "down", "given"}
LOSS_REACH = 9  # tokens from the record to the loss told after it


def _loss_told_after(doc: Doc, sentence: Span, span: Span):
    """The % of a fall told after the record that opens its clause: 'and from its all-time
    high it has shed 41.3%', 'From the record, bitcoin is down 30%'."""
    if span[0].lower_ != "from" or span.start > sentence.start and doc[span.start - 1].lower_ not in {",", "and", "but", ";"}:
        return None
    for q in group(doc, "quantities"):
        if span.end <= q.start < sentence.end and q._.quantity.unit == "%":
            between = doc[span.end : q.start]
            ok = len(between) <= LOSS_REACH and all(t.lower_ in _LOSS_GLUE for t in between) \
                and any(t.lower_ in _LOSS_WORDS for t in between)
            return q._.quantity if ok else None
    return None


_DISTANCE_WORDS = {"below", "under", "off", "from", "beneath", "short", "shy", "than"}  # first words of the distance rows


_PURPOSE = ("in order to", "so as to")


def _record_as_purpose(doc: Doc, sentence: Span, span: Span) -> bool:
    """'must first reclaim $250 in order to hit a new all-time high': the record is what a
    required move would lead to, as in 'would have to rally 30% to set a new record'; no record
    reached and no call."""
    for t in doc[max(sentence.start, span.start - 4) : span.start]:
        if t.lemma_.lower() in _REACHING or t.lower_ in _REACHING:
            before = doc[max(sentence.start, t.i - 3) : t.i].text.lower()
            return before.endswith(_PURPOSE)
    return False


def _level_named_before(doc: Doc, sentence: Span, span: Span) -> list[Span] | None:
    """The price of a record written before its noun: 'the $126K ATH', 'its $109,000 record'
    (a '$4,000 peak' or 'high' alone may be any high, and is left to the intraday cues)."""
    nouns = _RECORD_NOUNS | ({"peak"} if span[0].lower_ in _DISTANCE_WORDS else set())  # '28% under the $126,000 peak'
    noun = next((t.i for t in span if t.lower_ in nouns), None)
    if noun is None:
        return None
    level = [q for q in group(doc, "quantities") if q.end == noun and sentence.start <= q.start and span.start <= q.start
             and q._.quantity.is_money and q._.quantity.dollar_size < MAX_PRICE]
    if not level and span.start == noun:  # the span is the noun alone: 'the $126K ATH'
        level = [q for q in group(doc, "quantities") if q.end == noun and sentence.start <= q.start
                 and q._.quantity.is_money and q._.quantity.dollar_size < MAX_PRICE]
    return level or None


_CURRENCY_WORDS = {"won", "dollar", "dollars", "usd", "rupee", "rupees", "yen", "krw", "inr", "jpy", "local", "fiat", "korean", "japanese", "indian"}


def _past_currency_terms(doc: Doc, sentence: Span, i: int) -> int:
    """The token after 'in won terms' / 'in dollar terms' at i, else i: the money a record is
    counted in, between the record and its level."""
    words = [t.lower_ for t in doc[i : min(sentence.end, i + 4)]]
    if not words or words[0] != "in":
        return i
    j = 1 + (len(words) > 2 and words[1] in {"korean", "japanese", "indian", "local", "us", "u.s."})
    if j >= len(words) or words[j] not in _CURRENCY_WORDS:
        return i
    j += 1
    return i + j + (j < len(words) and words[j] == "terms")  # 'in won terms', 'in Indian rupees'



def _record_level(doc: Doc, sentence: Span, span: Span) -> list[Span] | None:
    """The price of a record named right after it: 'its record of $109,588', or after the
    verb that set it: 'the prior record, which was set at $68,789 in November 2021'."""
    end = _past_acronym(doc, sentence, span.end)  # 'an all-time high (ATH) of $111,970'
    end = _past_day_and_crossing(doc, sentence, end)  # 'a new all-time high on Tuesday morning, eclipsing $123,000'
    end = _past_currency_terms(doc, sentence, end)  # 'its all-time high in won terms is 180 million won'
    while end < sentence.end and doc[end].lower_ in {"now", "currently", "still"}:
        end += 1  # "its ATH now stands at ..."
    stated = end
    if end + 1 < sentence.end and doc[end].text in {",", "("} and doc[end + 1].is_currency:
        stated += 1  # "the previous record, $73,798, was set in March", "below ATH ($126,198)": the level in apposition
    while stated < sentence.end and stated - end < 4 and (doc[stated].lower_ in _STATED if stated == end else doc[stated].lower_ in _STATED_GLUE):
        stated += 1  # "its new ATH stands at $111,970", "the record came in at $3.65"
    reach = 3 + (stated - span.end)
    setting = next((t for t in doc[end : min(end + 3, sentence.end)] if t.lemma_.lower() in _SETTING), None)
    if setting is not None and all(t.lower_ in {"was", "is", "had", "been", ",", "that", "which"} for t in doc[end : setting.i]):
        reach = setting.i - span.end + SET_REACH
    reach += sum(len(b) for b in group(doc, "bounds") if end <= b.start <= stated + 2)  # 'ATH at a fraction under $69k'
    following = [q for q in group(doc, "quantities") if span.end <= q.start <= span.end + reach and q.end <= sentence.end
                 and (reach == 3 or q._.quantity.is_money)]  # past 'set in November 2021', the year is no price
    between = doc[stated : following[0].start] if following else []
    if len(between) == 1 and between[0].lower_ == "to":
        return None  # "a plunge that sent it 14% below the record to $59,317": where the fall ended, not the record
    if any(t.text in {";", "—", "("} or t.lower_ in {"and", "but", "while", "or"} or t.pos_ == "VERB" and t.lower_ not in _PAST and (setting is None or t.i != setting.i) for t in between):
        return None  # 'a new all-time high and possibly test $125,000': the figure is another clause's
    if any(t.lower_ in _OTHER_EXTREMES and t.pos_ in {"NOUN", "PROPN"} for t in between):
        return None  # 'toward its previous all-time high, reaching an intraday peak of $71,400': the figure is that peak's
    if following and following[0]._.quantity.is_money and following[0]._.quantity.dollar_size < MAX_PRICE:
        return following
    return None


# Verbs that make 'a record high' an event: the price went past its old record.
_REACHING = {"hit", "reach", "soar", "surge", "set", "notch", "touch", "climb", "jump", "rally", "rise", "print", "log",
             "post", "score", "mark", "scale", "establish", "smash", "register", "make", "break", "rocket", "spike",
             "hits", "reaches", "soars", "surges", "sets", "notches", "touches", "climbs", "jumps", "rallies", "rises",
             "prints", "logs", "posts", "marks", "scales", "smashes", "registers", "makes", "breaks", "rockets", "spikes",
             "push", "enter", "vault", "leap", "race", "storm", "move", "pushes", "enters", "vaults", "leaps", "races", "moves"}


def _passed_on_the_way(doc: Doc, sentence: Span, span: Span) -> Span | None:
    """The level a move went past on its way to a new record: 'soared past $100,000 to a new
    record', 'broke above $4,900 to fresh record highs'."""
    i = span.start
    while i > sentence.start and doc[i - 1].lower_ in {"a", "an", "its", "their"}:
        i -= 1
    end = i - 1
    if i - 2 > sentence.start and doc[i - 1].tag_ == "VBG" and doc[i - 1].lemma_.lower() in _REACHING and doc[i - 2].text == ",":
        end = i - 2  # 'Breaks Past $100K, Setting All-Time High': the record set by passing that level
    elif i <= sentence.start or doc[i - 1].lower_ not in {"to", "into"}:
        return None
    level = next((q for q in group(doc, "quantities") if q.end == end and sentence.start < q.start
                  and q._.quantity.is_money and q._.quantity.dollar_size < MAX_PRICE), None)
    if level is None:
        return None
    word = doc[level.start - 1]
    return level if word.lower_ in _PAST or word.lemma_.lower() in _PASSING else None


def _reached(doc: Doc, sentence: Span, span: Span) -> bool:
    """'soars to record high', 'Reaches New All-Time High', 'set a fresh record high'."""
    before = doc[max(sentence.start, span.start - 4) : span.start]
    # 'Post-All-Time High Surges', 'a post-record pullback': a prefix naming the time after a record, no verb
    return any((t.lemma_.lower() in _REACHING or t.lower_ in _REACHING) and not (t.i + 1 < span.start and doc[t.i + 1].text == "-")
               for t in before)


# Verbs that leave a record ahead of the price: being near it, or aiming at it.
_NEARING = {"nears", "nearing", "neared", "approach", "approaches", "approaching", "approached"}
_AIMING = {"eye", "eyes", "eyeing", "target", "targets", "targeting", "chase", "chases", "chasing", "aim", "aims", "aiming"}


# 'creeping towards its record-high': moving up to the record, still under it
_CLOSING_IN = {"creeping", "creeps", "crept", "inching", "inches", "inched", "edging", "edges", "edged"}
# 'lost over a third of its value since hitting a record': a share lost, a distance not written as a figure
_SHARES = {"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths"}


_RUN_UNITS = {"day", "days", "week", "weeks", "month", "months", "session", "sessions"}


def _run_counted(words: Span) -> bool:
    """'in a downtrend for 11 weeks, since the January record': a run measured from the record, whose
    start the run's own claim carries; the record is only its starting point."""
    after = [t for t in words if t.text != "-"]
    return any(t.like_num and n.lower_ in _RUN_UNITS or "-" in t.text and t.text.split("-")[-1].lower() in _RUN_UNITS
               for t, n in zip(after, after[1:] + [words.doc[words.end - 1]]))


def _closing_in(doc: Doc, sentence: Span, span: Span) -> Token | None:
    """The verb of 'creeping towards its record high', 'edging toward a fresh peak', 'creeping up
    toward the all-time high', or the first word of a phrase of nearness ('closing in on its
    record', 'within striking distance of the all-time high', 'a long way off its 2017 peak')."""
    toward = _verb_before(doc, sentence, span, {"towards", "toward"})
    if toward is not None and toward.i > sentence.start:
        verb = doc[toward.i - 1]
        if verb.lower_ == "up" and verb.i > sentence.start:  # 'creeping up toward'
            verb = doc[verb.i - 1]
        if verb.lower_ in _CLOSING_IN:
            return verb
    return near_record_phrase(doc, sentence, span)


def _verb_before(doc: Doc, sentence: Span, span: Span, verbs: set[str]) -> Token | None:
    """The word of `verbs` right before a record's words, past its articles and 'new'/'fresh'
    ('nears a fresh record high', 'Eyes New All-Time High'); by the word, as headlines mislead
    the tagger."""
    i = span.start
    while i > sentence.start and doc[i - 1].lower_ in {"a", "an", "its", "their", "the", "new", "fresh", "another"}:
        i -= 1
    if i > sentence.start and doc[i - 1].lower_ in verbs:
        return doc[i - 1]
    return None


_COURSE = {("on", "course", "for"), ("on", "track", "for"), ("heading", "for"), ("headed", "for"), ("poised", "for"),
           ("set", "for"), ("in", "line", "for"), ("bound", "for"), ("on", "pace", "for"), ("heading", "towards"),
           ("heading", "toward"), ("headed", "towards"), ("headed", "toward"), ("on", "course", "to"), ("on", "track", "to"),
           ("on", "pace", "to"), ("set", "to"), ("poised", "to")}
# "on track to log a sixth weekly loss": the verb that books a candle, read past to the course before it
_BOOKING = {"post", "log", "record", "notch", "book", "mark", "suffer", "chalk", "register", "see", "print"}


def _on_course(doc: Doc, sentence: Span, span: Span) -> bool:
    """'on course for a fourth weekly loss', 'heading for its best month', 'on track to log a
    sixth weekly loss', 'heading towards a fourth straight day of losses': a prospect, not a fact."""
    before = tuple(t.lower_ for t in doc[max(sentence.start, span.start - 6) : span.start] if t.lower_ not in {"a", "an", "its", "the"})
    if before and before[-1] in _BOOKING:
        before = before[:-1]
    return any(before[-len(words):] == words for words in _COURSE)


def _ago(doc: Doc, sentence: Span, span: Span, zone: str | None) -> Span | None:
    """'A year ago it was sitting at Extreme Greed levels': a zone said of a moment long gone is that
    moment's, not today's."""
    if zone is None:
        return None
    return next((w for w in within(doc, "windows", sentence) if w[-1].lower_ == "ago"
                 and not (w.start < span.end and span.start < w.end)), None)


_OLDER_WORDS = {"previous", "prior", "former", "old", "earlier"}  # words that name another, older record


_BET_WORDS = {"bet", "bets", "betting", "bettors", "wager", "wagers", "wagering", "polymarket", "kalshi", "myriad", "odds",
              "chance", "chances", "probability"}
_BET_REACH = 12  # tokens from the bet to the record it is on


def _bet_on(doc: Doc, sentence: Span, span: Span) -> bool:
    """'punters wagering that ADA tops its record by June', 'the odds of a new record
    by June': what a prediction market prices is no one's forecast (corpus/README)."""
    return any(t.lower_ in _BET_WORDS for t in doc[max(sentence.start, span.start - _BET_REACH) : span.start])


def _reached_before(doc: Doc, sentence: Span, span: Span) -> bool:
    """'might be cooling off since it set a record in May': a record told as
    reached before the hedged clause, not one the sentence expects."""
    before = doc[max(sentence.start, span.start - 4) : span.start]
    return any(t.lower_ in {"after", "since"} and t.i + 1 < span.start and doc[t.i + 1].tag_ in {"VBG", "VBD", "VBN"}
               for t in before)


def _horizon_named(doc: Doc, sentence: Span, span: Span) -> Span | None:
    """'could set a new all-time high this month', 'on track for a fourth weekly loss by Friday':
    the horizon written after a target named in words, in its own clause. A bar's period
    ('weekly') names the target, not its horizon."""
    joined = next((t.i for t in doc[span.end : sentence.end] if t.text == ";" or t.text == "," and t.i + 1 < sentence.end
                   and doc[t.i + 1].lower_ in CLAUSE_JOINERS), sentence.end)
    return next((w for w in group(doc, "windows") if span.end <= w.start and w.end <= joined and w.label_ in FORECAST_WINDOWS
                 and not (len(w) == 1 and w[0].lower_ in {"daily", "weekly", "monthly", "hourly"})), None)


def _time_named(doc: Doc, sentence: Span, span: Span, reads: str | None) -> Span | None:
    """'set a new ATH above $112,000 late on Wednesday': the day a record or state is
    about, written after it in its sentence or else before it; for counted candles, the
    span they are counted in ('eight green candles over the last ten days'). A 'since'
    phrase compares ('highest since mid-November') and is no time of the claim."""
    labels = {"duration"} if reads == "candles" else DAYS_NAMED
    found = [w for w in within(doc, "windows", sentence) if w.label_ in labels
             and w[0].lower_ != "since" and not (w.start < span.end and span.start < w.end)]
    joined = next((t.i for t in doc[span.end : sentence.end] if t.text == ";" or t.text == "," and t.i + 1 < sentence.end
                   and doc[t.i + 1].lower_ in CLAUSE_JOINERS), sentence.end)
    figures = [q.start for q in group(doc, "quantities") if span.end <= q.start < joined]
    if len(figures) > 1:  # '..., topping its previous record of $4,878 set in November 2021': the second figure's date
        joined = figures[1]
    joined = next((t.i for t in doc[span.end : joined] if t.lower_ in _OLDER_WORDS), joined)  # '..., beating the prior peak from 2021'
    after = [w for w in found if span.end <= w.start < joined]  # not the next clause's: "..., and again in early May"
    before = [w for w in found if w.end <= span.start]
    return after[0] if after else before[-1] if before else None


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
    if reads == "distance" and row.get("record_subject") and not any(
            t.lower_ in _RECORD_SUBJECTS for t in doc[sentence.start : span.start]):
        return None  # '... is 3.14% above the current level' said of a record only; of any other line it is no distance from a record
    aimed = near = False
    if reads == "distance":  # "about 22% below its January record"
        before = [q for q in group(doc, "quantities") if sentence.start <= q.start and q.end <= span.start and span.start - q.end <= 3
                  and not any(t.lower_ in _CLAUSE_JOINS for t in doc[q.end : span.start])]  # not "down 12%, and from its record, ..."
        if span[0].lower_ == "of" and not (before and before[-1].start > sentence.start and doc[before[-1].start - 1].lower_ == "within") \
                and not (span.start > sentence.start and doc[span.start - 1].lower_ in {"short", "shy"}) \
                and near_record_phrase(doc, sentence, span) is None:  # '8% short of hitting its record', 'within striking distance of'
            return None  # 'of its record' is a distance only after 'within 3%'
        if span[0].lower_ == "since" and span.end < sentence.end and doc[span.end].lower_ in {"low", "lows"}:
            return None  # 'since its record low': a rise from a low, not a distance below a record
        gap = _distance_named_after(doc, sentence, span) if not (before and before[-1]._.quantity.unit == "%") else None
        loss = _loss_told_after(doc, sentence, span) if gap is None and not (before and before[-1]._.quantity.unit == "%") else None
        if gap is not None:  # "its drawdown from the all-time high stands at 32%", "Distance from the October peak: -38%"
            value, unit, end_char = abs(gap.value), "%", gap.end
            start_char = span.start_char if span.start == sentence.start else doc[span.start - 1].idx
        elif loss is not None:  # "and from its all-time high it has shed 41.3%"
            value, unit, end_char = abs(loss.value), "%", loss.end
        elif before and before[-1]._.quantity.unit == "%":
            if any(t.lower_ in FIB_WORDS for t in doc[before[-1].end : span.start]):
                return None  # 'the 50% Fibonacci retracement level from its previous high': a chart level, not a distance
            q = before[-1]._.quantity
            value, unit, start_char = abs(q.value), "%", q.start
        elif span[0].lower_ == "since" and _record_level(doc, sentence, span) is None and _names_record(span) \
                and not any(t.lower_ in _SHARES for t in doc[sentence.start : span.start]) and not _run_counted(doc[sentence.start : span.start]) \
                and dated_long_before(doc, article, sentence, span):
            comparator, start_char = Comparator.at, span[1].idx  # 'sliding since its all-time high in November 2021': that record
        elif _record_level(doc, sentence, span) is not None or not _names_record(span) \
                or span[0].lower_ in {"from", "off", "of", "since"} and near_record_phrase(doc, sentence, span) is None:
            return None  # the level itself is the claim ("short of its record of $3.65")
        elif (phrase := near_record_phrase(doc, sentence, span)) is not None:
            start_char, near = phrase.idx, True  # 'a long way off its 2017 peak': under it, by an amount not said
        # else "well below the January peak": below it, by an amount not said
    elif reads == "duration":
        amount = _number(span[0].text)
        unit_word = next((t.lemma_.lower() for t in span if t.lemma_.lower() in _DAYS), None)
        if amount is None or unit_word is None:
            return None
        duration = amount * _DAYS[unit_word]
        zone = "down" if any(w in _DOWN for w in words) else "up" if any(w in _UP for w in words) else "sideways"
        if zone == "sideways" and words[-1] == "trend":
            zone = _reversed_trend(doc, sentence, span) or zone
    elif reads == "ratio":  # "long liquidations outpaced shorts by more than 5 to 1", "by 3.2x"
        following = [q for q in group(doc, "quantities") if span.end <= q.start <= span.end + 4 and q.end <= sentence.end]
        if not following:
            return None
        q = following[0]._.quantity
        rest = text_of(doc)[q.end : q.end + 6].lower()
        if not (rest.startswith(("x", " to 1", " to one", "-to-1", " times"))):
            return None
        value, unit, end_char = q.value, "ratio", q.end + (1 if rest.startswith("x") else 5)
        if any(t.lower_ in {"more", "over"} for t in doc[span.end : following[0].start]):
            comparator = Comparator.above
        start_char = next((t.idx for t in doc[max(sentence.start, span.start - 1) : span.start] if t.lower_ in {"long", "short"}), start_char)
    elif reads == "multiple":  # "long liquidations were four times the shorts"
        number = next((t for t in span if t.like_num), None)
        value = _number(number.text) if number is not None else None
        if value is None:
            return None
        unit = "ratio"
    elif reads == "difference":  # "$120 million more shorts than longs"
        inside = [q for q in group(doc, "quantities") if span.start <= q.start < span.end and q._.quantity.is_money]
        if not inside:
            return None
        value, unit = inside[0]._.quantity.value, inside[0]._.quantity.unit
    elif reads in {"run_for", "run_since", "candles"}:
        run = run_of(doc, sentence, span, reads, article)
        if run is None:
            return None
        zone, duration, count, timeframe = run.direction, run.duration_days, run.count, run.timeframe
        counted_in = _time_named(doc, sentence, span, reads) if reads == "candles" else None
        if duration is None and counted_in is not None and (length := window_length(counted_in)):
            duration = length.total_seconds() / 86400  # "in the last ten days": 9 of 10, not a run of 9
    elif reads == "count":
        if _flows_after(doc, sentence, span):
            return None  # "three straight days of outflows": a run of fund flows, not of the price
        if another_series(doc, sentence, span):
            return None  # "Funding has been negative for three straight days": the run of another series
        counted = next((t for t in span if _ordinal(t.text) or _number(t.text)), span[0])  # "rose for a second day"
        count = _ordinal(counted.text) or (int(n) if (n := _number(counted.text)) else None)
        if count is None:
            return None
        timeframe = next((_TIMEFRAMES[w] for t in span for w in (t.lower_, t.lemma_.lower()) if w in _TIMEFRAMES), None)
        if timeframe is None and row.get("frame_in_sentence"):  # "Measured on a weekly basis, ... four consecutive losses"
            timeframe = next((_TIMEFRAMES[t.lower_] for t in sentence if t.lower_ in _FRAMES_SAID), None)
            if timeframe is None:
                return None
        zone = "down" if any(t.lemma_.lower() in _DOWN or t.lower_ in _DOWN or t.lower_ == "lower" for t in span) \
            else "up" if any(t.lemma_.lower() in _UP or t.lower_ in _UP or t.lower_ == "higher" for t in span) else None
        if zone is None:  # "finished higher on five straight days": the move is said just before the count
            zone = run_direction(doc[max(sentence.start, span.start - 3) : span.start])
        if zone is None:  # "remains under pressure for the second straight day"
            zone = direction_around(doc, sentence, span)
    if kind is ClaimKind.indicator and metric in {"rsi", "macd"}:
        period, found_timeframe = indicator_settings(span, metric, sentence)
        timeframe = found_timeframe or timeframe or _gauge_frame(doc, sentence, span, metric)
        if metric == "macd":
            period = None
    if kind is ClaimKind.indicator and metric == "bollinger":  # "the upper half of the Bollinger Bands (20, 2)"
        written, found_timeframe = indicator_settings(span, metric, sentence)
        period, timeframe = written or BOLLINGER_PERIOD, found_timeframe or timeframe
    if kind is ClaimKind.sentiment_index:
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        if before in {"from", "of"}:  # "out of extreme fear", "from extreme fear toward optimism"
            comparator = Comparator.up if "fear" in zone else Comparator.down
    if reads == "surpassed" and not _surpassed_record(doc, sentence, span):
        return None  # 'topped its March high of $4,094': a local high passed, no record
    if reads == "apposition":  # "topped $126,000, a new record": the level just named
        level = _level_in_apposition(doc, sentence, span)
        if level is None or not _apposition_names_record(doc, sentence, span):
            return None
        value, unit, start_char = level._.quantity.value, level._.quantity.unit, level._.quantity.start
        if span.label_ == "record-matched":  # 'touched $69,000 ..., level with the peak': the touch is a claim of its own
            start_char = span[1].idx
        passed = doc[level.start - 1] if level.start > sentence.start else None
        if passed is not None and (passed.lower_ in _PAST or passed.lemma_.lower() in _PASSING):
            comparator = Comparator.crossed_above
            start_char = passed.idx
    elif kind is ClaimKind.all_time_high and reads not in {"distance", "unreached"}:
        following = _record_level(doc, sentence, span) or _level_named_before(doc, sentence, span)
        if following is not None:
            q = following[0]._.quantity
            value, unit = q.value, q.unit
            # the level after the noun ('a record of $5,020') or before it ('its $3.65 peak'): the words run over both
            start_char, end_char = min(start_char, q.start), max(end_char, q.end)
            if reads != "surpassed" and any((t.lower_ in _PAST and doc[t.i - 1].text != "-") or (t.lower_ == "than" and doc[t.i - 1].lower_ in {"more", "higher"})
                                            for t in doc[span.start : following[0].start]) and not _owned_record(doc, span) \
                    and not _held_record_subject(span):
                comparator = Comparator.crossed_above  # 'a new record above $75K': the old record and $75K, passed
        elif (passed := _passed_on_the_way(doc, sentence, span)) is not None:
            q = passed._.quantity  # 'soared past $100,000 to a new record': the level passed on the way to it
            value, unit, comparator, start_char = q.value, q.unit, Comparator.crossed_above, doc[passed.start - 1].idx
        elif span.label_ == "new-record-noun":
            return None  # 'set a fresh record on Monday': without 'high' or a level, too often a restatement or another series
        elif reads == "surpassed":
            comparator = Comparator.crossed_above  # 'bettered its previous record': a new record, its level not said
        elif _reached(doc, sentence, span):
            # 'soars to a record high': a new record, its level not said; 'posted its all-time high in November 2021': that old one
            comparator = Comparator.at if dated_long_before(doc, article, sentence, span) else Comparator.crossed_above
            start_char = min(start_char, next(t.idx for t in doc[max(sentence.start, span.start - 4) : span.start]
                                              if t.lemma_.lower() in _REACHING or t.lower_ in _REACHING))
        elif (verb := _verb_before(doc, sentence, span, _NEARING) or _closing_in(doc, sentence, span)) is not None:
            comparator, start_char, near = Comparator.below, verb.idx, True  # 'Ether nears its record high': just under it
        elif (verb := _verb_before(doc, sentence, span, _AIMING)) is not None:
            comparator, start_char, aimed = Comparator.crossed_above, verb.idx, True  # 'XRP eyes a new all-time high': the aim
        elif dated_long_before(doc, article, sentence, span) and not any(
                q._.quantity.is_money for q in within(doc, "quantities", sentence)):
            pass  # 'after the all-time high notched on April 14': that record, at its date (a sentence with a figure gives its level)
        else:
            return None  # 'the record high' named in passing: no claim
    if span.label_ == "reached-a-record" and value is None:
        end_char = span[-2].idx + len(span[-2])  # 'hit a record on Thursday': the word after 'record' only closed the phrase
    # "The broader crypto market snapped a two-day winning streak": the whole market's run, no one coin's
    market_wide = kind in {ClaimKind.sentiment_index, ClaimKind.liquidation_imbalance} \
        or kind is ClaimKind.trend and _market_subject(doc, sentence, span)
    asset = None if market_wide else asset_for(doc, sentence, span, carried, dominant)[0]
    modality, source = modality_of(span, sentence)
    if kind is ClaimKind.indicator and value is None and zone in _GAUGE_ZONES and (in_condition(span) or hypothetical(span)):
        # 'if the RSI turns overbought', 'whether a market is overbought', 'the RSI must move below the neutral
        # level': a scenario's condition or a requirement, no state of the gauge
        return None
    if aimed and modality not in {Modality.forecast, Modality.conditional}:
        modality = Modality.forecast
    if kind is ClaimKind.all_time_high and conceded(doc, sentence, span):  # 'may be trading below its record, but ...': granted, told
        if modality is Modality.forecast:
            modality = Modality.attributed if source else Modality.asserted
    elif hypothetical(span) or kind is ClaimKind.all_time_high and value is None and _record_as_purpose(doc, sentence, span):
        if kind is ClaimKind.all_time_high and value is None or reads == "target":
            return None  # 'would have to rally 30% to set a new all-time high': what it must do, no forecast
    elif modality not in {Modality.forecast, Modality.conditional} and (sentence_expects(sentence, span) or _on_course(doc, sentence, span)) \
            and not (kind is ClaimKind.all_time_high and _reached_before(doc, sentence, span)):
        # 'it could set a new all-time high' after 'If ETH clears $3,200': expected, on that condition
        modality = Modality.conditional if forecast_condition(span) else Modality.forecast
    prospect = modality in {Modality.forecast, Modality.conditional}
    if prospect and value is None and _bet_on(doc, sentence, span):
        return None  # 'punters wagering that ADA tops its record by June': a market's odds, no forecast
    if modality is Modality.forecast and kind is ClaimKind.all_time_high and comparator is Comparator.crossed_above and value is not None:
        return None  # 'expect bitcoin to hit a new all-time high above $150,000': a forecast of that level, read as one
    if reads == "target":  # 'a rally toward previous highs': a target named in words
        if not prospect:
            return None  # 'it rallied toward previous highs': no figure, no target
        zone = " ".join(t.lower_ for t in span[1:] if t.lower_ not in {"the", "its", "their"})
    elif prospect and value is None and (
        kind is ClaimKind.all_time_high and comparator is Comparator.crossed_above or kind is ClaimKind.trend and count is not None
    ):
        # 'it could hit a new all-time high', 'on course for a fourth weekly loss': what is
        # expected, named in words; scored once the horizon has passed
        zone = "all-time high" if kind is ClaimKind.all_time_high else text_of(doc)[span.start_char : span.end_char].lower()
        kind, comparator, count, timeframe = ClaimKind.forecast, Comparator.at, None, None
    # A record set on a day ('a new ATH above $112,000 late on Wednesday') is about that day; a
    # distance from the record ('18% below its record set on January 20') is about now.
    set_then = reads == "candles" or kind is ClaimKind.all_time_high and comparator is Comparator.crossed_above
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
        bound="at_most" if near else None,
        time=resolve(article, "horizon", _horizon_named(doc, sentence, span)) if kind is ClaimKind.forecast
        else (reads == "run_for" and _past_run(article, doc, sentence, span, duration))
        or (resolve(article, "instant", ago, reading=True) if not set_then and (ago := _ago(doc, sentence, span, zone)) is not None
            else resolve(article, "instant", _time_named(doc, sentence, span, reads) if set_then else None, sentence=sentence)),
        modality=modality,
        attributed_to=source,
        text=text_of(doc)[start_char:end_char],
        sentence=sentence.text.strip(),
        span=(start_char, end_char),
    )
