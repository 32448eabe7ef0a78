"""Claims about the lines on a chart: moving averages, Bollinger bands, MACD.

A line is named ("the 200-day moving average", "the lower Bollinger band", "its
50-day") and then the text says where price stands to it ("holds above", "fell
below", "reclaimed"), what it is worth ("near $81,700"), or both: a position and
a level are two claims. A line that crosses another line ("the 50-day slipped
under the 200-day", "a golden cross") is one claim about the faster line, and
the slower one is only its reference. MACD is read from the words about its
signal line or zero line ("crossed above its signal line", "turned negative").

Patterns are rows of models/patterns/states.jsonl with `reads` = line, cross
or macd.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc, Span

from factcheck.model import Article, Claim, ClaimKind, Comparator, Modality
from factcheck.nlp.bare_levels import at_price_scale
from factcheck.nlp.components import group, load_cues, text_of
from factcheck.nlp.cross_screens import cross_reading
from factcheck.nlp.figure_assets import asset_for
from factcheck.nlp.gauge_readings import another_market_owns
from factcheck.nlp.generic_readings import defined_term, generic_when
from factcheck.nlp.indicator_settings import chart_named, indicator_settings
from factcheck.nlp.line_asides import aside_length
from factcheck.nlp.line_holds import side_held
from factcheck.nlp.modality import (
    forecast_condition,
    hypothetical,
    in_condition,
    in_scenario,
    modality_of,
    sentence_expects,
)
from factcheck.nlp.moving_states import moving_as_state
from factcheck.nlp.past_day_states import day_of_past_state
from factcheck.nlp.price_cues import LEVEL_NOUNS, MAX_PRICE
from factcheck.nlp.price_screens import joins_line_and_value
from factcheck.nlp.rsi_territory import rsi_territory_span
from factcheck.nlp.timeref import resolve
from factcheck.nlp.trend_runs import direction_of as run_direction

LINE_READS = {"line", "cross", "macd"}
_TIMEFRAMES = {"day": "1d", "d": "1d", "week": "1w", "w": "1w", "hour": "1h",
               "daily": "1d", "weekly": "1w", "hourly": "1h"}  # "the 100-hourly simple moving average"
# Words that may stand between a line and its value ("the 200-day, at $86,830", "50-day SMA ........ $90,340",
# "which sits near $88.2k", "as well, around $84,100"): price_screens.joins_line_and_value.
_ABOVE = {"above", "over", "atop", "past"}
_BELOW = {"below", "under", "beneath", "underneath"}
_MOTION = {"cross", "move", "break", "climb", "slip", "fall", "drop", "dip", "rise", "turn", "flip", "sink", "slide",
           "jump", "plunge", "tumble", "surge", "rebound", "bounce", "lose", "reclaim", "regain", "recapture"}
_NEGATIVE = {"negative", "bearish", "red"}  # "the MACD histogram turned red"
_SIGNALLING = {"flash", "trigger", "generate", "issue", "print", "fire", "give", "send", "produce", "form"}  # a signal given anew: a cross
_PARTICLES = {"out", "back", "up", "down"}
# "the mid-line of the Bollinger Bands", "the top line of its Bollinger bands": the band each names
_BAND_NAMES = {"upper": "upper", "top": "upper", "lower": "lower", "bottom": "lower", "middle": "middle", "mid": "middle",
               "midline": "middle", "mid-line": "middle", "centre": "middle", "center": "middle"}


@dataclass
class _Line:
    span: Span
    row: dict[str, Any]
    metric: str
    period: int | None
    timeframe: str
    band: str | None
    comparator: Comparator | None = None
    position_start: int | None = None
    reference: str | None = None  # what a crossing line crossed: "sma200"
    is_reference: bool = False


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() else None


def _describe(span: Span, row: dict[str, Any], previous: _Line | None) -> _Line | None:
    words = [t.lower_ for t in span]
    if row["metric"] == "bollinger":
        band = next((_BAND_NAMES[w] for w in words if w in _BAND_NAMES), None)
        _, charted = indicator_settings(span, "bollinger", span.sent)  # "... on the 4-hour chart"
        return _Line(span, row, "bollinger", 20, charted or "1d", band)
    if row.get("conjunct"):  # "the 200-day SMA and EMA"
        if previous is None or previous.metric not in {"sma", "ema"}:
            return None
        metric = "ema" if "ema" in words else "sma"
        return _Line(span[1:], row, metric, previous.period, previous.timeframe, None)
    lettered = re.fullmatch(r"(\d{1,3})([dDwW])", span[0].text)  # '50D SMA', '200W MA'
    if lettered:
        period = int(lettered.group(1))
    else:
        period = _number(span[0].text) if len(span) > 1 or span[0].text.isdigit() else _number("".join(c for c in span[0].text if c.isdigit()))
    if period is None or not 2 <= period <= 400:
        return None
    metric = "ema" if any(w in {"ema", "emas", "exponential"} or len(span) == 1 and "ema" in w for w in words) else "sma"
    unit = lettered.group(2).lower() if lettered else next((t.lemma_.lower() for t in span if t.lemma_.lower() in _TIMEFRAMES), None)
    if unit is not None:
        return _Line(span, row, metric, period, _TIMEFRAMES[unit], None)
    _, charted = indicator_settings(span, metric, span.sent)  # "the 200 EMA on the 4-hour chart": bars of the chart
    return _Line(span, row, metric, period, charted or _paragraph_chart(span) or "1d", None)


def _paragraph_chart(span: Span) -> str | None:
    """'The 4-hour chart for BTC/USD shows ... This move is well above the 30-period moving average':
    an average counted in bars (a period, or a bare number) is drawn on the chart its paragraph
    has named, the nearest one before it; a new paragraph names its own."""
    doc = span.doc
    sentence = span.sent
    while sentence.start > 0:
        previous = doc[sentence.start - 1].sent
        if "\n" in text_of(doc)[previous.end_char - 1 : sentence.start_char + 1] or "\n" in previous.text.strip():
            return None
        named = chart_named(previous)
        if named is not None:
            return named
        sentence = previous
    return None


def _short_form_ok(doc: Doc, span: Span, has_named_average: bool) -> bool:
    """'above the 200-day', 'and its 200-day': a moving average by its period alone, in an
    article that names moving averages, and not 'the 30-day window'."""
    if not has_named_average or span.start == 0:
        return False
    before = doc[span.start - 1].lower_
    listed = before == "," and any(s.end == span.start - 1 and s.label_ == span.label_ for s in group(doc, "states"))
    # '$2,500 (20-day and 50-day MA)': a period opening a bracketed list of averages
    bracketed = before == "(" and span.end + 1 < len(doc) and doc[span.end].lower_ in {"and", "&", ","} \
        and any(s.start == span.end + 1 and s.label_ != span.label_ for s in group(doc, "states"))
    # 'above 30-day and 200-day simple and exponential moving averages': a period listed before a named average
    leading = span.end + 1 < len(doc) and doc[span.end].lower_ in {"and", "&"} \
        and any(s.start == span.end + 1 and s.label_ != span.label_ for s in group(doc, "states"))
    if before not in {"the", "its", "both", "and", "their", "'s", "’s"} and not listed and not bracketed and not leading:  # "Ether's 20-day and 100-day EMAs"
        return False  # but 'the 20-day, 50-day and 100-day SMAs': a period listed after another
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is None or nxt.pos_ not in {"NOUN", "PROPN", "ADJ", "NUM"}


_SIDELESS = {"breach", "cross", "pierce"}  # verbs that pass a line without saying from which side


def _fallen_through(doc: Doc, sentence: Span, verb: int, line: Span) -> bool:
    """'Price has lost roughly 38% ... and breached the 200-week EMA', 'the 21-SMA breached the
    100-SMA from above': a line breached or crossed from above, or by a price whose clause says it
    fell, is crossed downwards."""
    if doc[verb].lemma_.lower() not in _SIDELESS:
        return False
    after = [t.lower_ for t in doc[line.end : min(sentence.end, line.end + 3)]]
    if "from" in after and after.index("from") + 1 < len(after):
        return after[after.index("from") + 1] == "above"
    return run_direction(doc[sentence.start : verb]) == "down"


def _position(doc: Doc, sentence: Span, line: _Line) -> tuple[Comparator | None, int | None]:
    """Where price stands to the line, from the words right before it."""
    cues = load_cues()
    span = line.span
    for cue in group(doc, "cues"):
        if sentence.start <= cue.start and cue.end <= span.start and span.start - cue.end <= 1:
            comparator = cues[cue.label_]["comparator"]
            if comparator in {"crossed_above", "crossed_below"} and moving_as_state(doc[cue.start]):
                return Comparator(comparator.removeprefix("crossed_")), cue.start  # 'is currently moving below the 9-day'
            if comparator == "crossed_above" and _fallen_through(doc, sentence, cue.start, span):
                return Comparator.crossed_below, cue.start  # 'lost 38% and breached the 200-week EMA'
            if comparator in {"above", "below", "crossed_above", "crossed_below"}:
                return Comparator(comparator), cue.start
    before = doc[max(sentence.start, span.start - 3) : span.start]
    for i, token in enumerate(reversed(list(before))):
        word = token.lower_
        if token.i + 1 < span.start and doc[token.i + 1].text in {"-", "‑"}:
            continue  # 'the above-mentioned 200-day SMA': a word of the text, not the price's side
        if word in _ABOVE or (word == "clear" and i <= 2):
            side = "above"
        elif word in _BELOW:
            side = "below"
        else:
            continue
        verb = doc[token.i - 1] if token.i > sentence.start else None
        if verb is not None and verb.lower_ in _PARTICLES and verb.i > sentence.start:
            verb = doc[verb.i - 1]  # "broke out above", "slipped back below"
        moved = verb is not None and verb.lemma_.lower() in _MOTION and verb.pos_ in {"VERB", "AUX"} and not moving_as_state(verb)
        comparator = Comparator(f"crossed_{side}" if moved else side)
        return comparator, (verb.i if moved else token.i)
    shared = _side_shared_with_level(doc, sentence, line)
    if shared is not None:
        return shared
    spelled = _side_of_averages_spelled_out(doc, sentence, line)
    if spelled is not None:
        return spelled
    pierced = _band_pierced(doc, sentence, line)
    if pierced[0] is not None or line.metric not in {"sma", "ema"}:
        return pierced
    held = side_held(doc, sentence, line.span)  # 'retains support from the 200-day MA', 'capped by the 50 SMA'
    return held if held is not None else pierced


_AVERAGES = {"averages", "mas", "smas", "emas"}
_CHART_WORDS = {",", "on", "the", "a", "its", "daily", "weekly", "hourly", "4-hour", "four-hour", "1-hour", "chart", "charts", "timeframe",
                "4h", "1h", "-", "4", "hour", "1"}


def _side_of_averages_spelled_out(doc: Doc, sentence: Span, line: _Line) -> tuple[Comparator, int] | None:
    """'remains below key moving averages—the 50-day SMA at $161 and the 200-day SMA': averages named
    in the plural, then spelled out after a dash or colon; the first spelled out takes their side
    (the next takes it as a line listed after it). A side held, not a crossing: a move is left alone."""
    at = line.span.start
    while at > sentence.start and doc[at - 1].lower_ in {"the", "its", "both"}:
        at -= 1
    if at - 2 < sentence.start or doc[at - 1].lower_ not in {"—", "–", ":", "including", "namely"}:
        return None
    named = at - 2  # "above key averages on the 4-hour chart, including the 200-period EMA": the chart may stand between
    while named > max(sentence.start, at - 9) and doc[named].lower_ not in _AVERAGES and doc[named].lower_ in _CHART_WORDS:
        named -= 1
    if doc[named].lower_ not in _AVERAGES:
        return None
    for token in reversed(list(doc[max(sentence.start, named - 4) : named])):
        side = "above" if token.lower_ in _ABOVE else "below" if token.lower_ in _BELOW else None
        if side is None:
            continue
        verb = doc[token.i - 1] if token.i > sentence.start else None
        if verb is not None and (verb.lemma_.lower() in _MOTION or verb.lower_ in _PARTICLES):
            return None
        return Comparator(side), token.i
    return None


def _side_shared_with_level(doc: Doc, sentence: Span, line: _Line) -> tuple[Comparator, int] | None:
    """'trading above $65,500 and the 100 hourly Simple moving average': one preposition governs
    the level and the line joined to it, so the price stands on that side of both."""
    i = line.span.start - 1
    while i > sentence.start and doc[i].lower_ in {"the", "its"}:
        i -= 1
    if i <= sentence.start or doc[i].lower_ != "and":
        return None
    level = next((q for q in group(doc, "quantities") if q.end == i and q.start > sentence.start), None)
    if level is None:
        return None
    comparator, start = _position(doc, sentence, _Line(level, line.row, line.metric, None, line.timeframe, None))
    return (comparator, start) if comparator is not None and start is not None else None


_PIERCE = {"pierce", "breach", "puncture", "break", "poke", "burst"}


def _band_pierced(doc: Doc, sentence: Span, line: _Line) -> tuple[Comparator | None, int | None]:
    """'pierced the upper Bollinger band', 'breached the lower band': an outer band broken through
    is crossed outward, up through the upper band, down through the lower; 'closed outside the
    upper band' stands beyond it."""
    if line.metric != "bollinger" or line.band not in {"upper", "lower"}:
        return None, None
    outside = next((t for t in doc[max(sentence.start, line.span.start - 3) : line.span.start] if t.lower_ == "outside"), None)
    if outside is not None:  # "closed outside the upper Bollinger Band": beyond the band, on its side
        return (Comparator.above if line.band == "upper" else Comparator.below), outside.i
    i = line.span.start - 1
    while i > sentence.start and doc[i].lower_ in {"the", "its", "their"}:
        i -= 1
    verb = doc[i] if i >= sentence.start else None
    if verb is None or verb.lemma_.lower() not in _PIERCE or verb.pos_ not in {"VERB", "AUX"}:
        return None, None
    return (Comparator.crossed_above if line.band == "upper" else Comparator.crossed_below), verb.i


def _level(doc: Doc, sentence: Span, line: _Line, used: set[int]) -> Span | None:
    """The value written with the line: 'its 200-day moving average near $81,700'."""
    labelled = _labelled_in_brackets(doc, sentence, line)
    if labelled is not None:
        return labelled[0]  # '$2,500 (20-day and 50-day MA)': every line in the brackets labels the level before them
    for q in group(doc, "quantities"):
        if q.start < line.span.end or q.start in used:
            continue
        if q.end > sentence.end or q.start - line.span.end > 6 + aside_length(doc, line.span.end, q.start):
            return None
        between = doc[line.span.end : q.start]
        if not joins_line_and_value(doc, between):
            return None
        quantity = q._.quantity
        if quantity.unit == "USD" and quantity.value < MAX_PRICE or (quantity.unit is None and quantity.magnitude == 1e3):
            return q
        if at_price_scale(q) and "\n" not in doc[line.span.end : q.start + 1].text:
            return q  # 'its upper Bollinger band (standing at 70,880)': the level without its sign, on the line's own line
        named = q.end < sentence.end and doc[q.end].lemma_.lower() in LEVEL_NOUNS  # 'which is near the 63,540 area'
        year = q.text.isdigit() and 1900 <= quantity.value <= 2100  # 'the 2025 line to watch'
        if quantity.unit is None and named and not year and 1 <= quantity.value < MAX_PRICE:
            return q
        return None
    return None


def _labelled_in_brackets(doc: Doc, sentence: Span, line: _Line) -> tuple[Span | None] | None:
    """'$2,770 (100-day MA)', '$2,600 (.786 Fib & 200-day MA)': a line named in brackets after a
    level labels that level; the figure after the closing bracket belongs to the next label.
    None when the line is not in brackets; else the level before the bracket, if any."""
    opened = next((t for t in reversed(doc[max(sentence.start, line.span.start - 6) : line.span.start]) if t.text in {"(", ")"}), None)
    if opened is None or opened.text != "(":
        return None
    closing = next((t for t in doc[line.span.end : min(sentence.end, line.span.end + 8)] if t.text in {"(", ")"}), None)
    if closing is None or closing.text != ")":
        return None  # '(20-day and 50-day MA)': the bracket may close after the list the line opens
    before = next((q for q in group(doc, "quantities") if q.end == opened.i and q.start >= sentence.start), None)
    if before is None:
        return (None,)
    quantity = before._.quantity
    fits = quantity.unit == "USD" and quantity.value < MAX_PRICE or (quantity.unit is None and quantity.magnitude == 1e3)
    return (before if fits else None,)


def _in_brackets(token) -> bool:
    """Inside '( ... )' on the same line: 'its 50-day moving average ($3,244)'."""
    doc = token.doc
    opened = next((t for t in reversed(doc[max(0, token.i - 6) : token.i + 1]) if t.text in {"(", ")"}), None)
    return opened is not None and (opened.text == "(" or opened.i == token.i)


def _crossing_another(doc: Doc, line: _Line, lines: list[_Line]) -> _Line | None:
    """'the 50-day moving average crossed below the 200-day': the line crossed."""
    for other in lines:
        if other is line or other.span.start <= line.span.end or other.span.start - line.span.end > 8:
            continue
        comparator, start = _position(doc, doc[other.span.start : other.span.end].sent, other)
        if comparator not in {Comparator.crossed_above, Comparator.crossed_below} or start is None or start < line.span.end:
            continue
        between = doc[line.span.end : start]
        in_numbers = {t.i for q in group(doc, "quantities") if between.start <= q.start < between.end for t in q}
        # '... moving average (SMA) exceeded the 200-day SMA': an abbreviation in brackets is no word between
        if all(t.is_punct or t.pos_ in {"ADV", "AUX", "PART"} or t.i in in_numbers or t.lower_ in {"at", "near", "around", "of"}
               or _in_brackets(t) for t in between):
            return other
    return None


def extract_line_claims(doc: Doc, article: Article, rows: dict[str, dict[str, Any]], sentence_of, carried_by_sentence, dominant) -> list[Claim]:
    spans = [s for s in group(doc, "states") if rows[s.label_].get("reads") in LINE_READS]
    if not spans:
        return []
    named_average = any(rows[s.label_].get("reads") == "line" and not rows[s.label_].get("short") and rows[s.label_]["metric"] == "sma" for s in spans)
    has_bollinger = "bollinger" in text_of(doc).lower()
    macd_sentences = {sentence_of(m).start for m in group(doc, "metrics") if m.label_ == "macd"}
    claims: list[Claim] = []
    by_sentence: dict[int, list[Span]] = {}
    for span in spans:
        by_sentence.setdefault(sentence_of(span).start, []).append(span)
    for members in by_sentence.values():
        sentence = sentence_of(members[0])
        carried = carried_by_sentence.get(sentence.start)
        lines: list[_Line] = []
        crosses: list[Claim] = []
        for span in members:
            row = rows[span.label_]
            reads = row["reads"]
            if generic_when(doc, sentence, span) or reads == "cross" and defined_term(doc, sentence, span):
                continue  # "A golden cross occurs when the 50-day crosses above the 200-day": a definition
            if reads == "cross":
                reading = cross_reading(doc, sentence, span)  # 'the MVRV golden cross', 'anticipating a golden cross'
                if reading == "other":
                    continue
                if reading == "macd":
                    _, charted = indicator_settings(span, "macd", sentence)
                    claims.append(_make(doc, article, sentence, span, carried, dominant, metric="macd", period=None,
                                        timeframe=charted or "1d", comparator=Comparator(row["comparator"]), zone="signal"))
                    continue
                cross = _make(doc, article, sentence, span, carried, dominant, metric="sma", period=50, timeframe="1d",
                              comparator=Comparator(row["comparator"]), zone="sma200")
                if reading == "expected":
                    claims.append(_cross_expected(article, cross))
                    continue
                crosses.append(cross)
            elif reads == "macd":
                if row["id"] == "macd-sign-joined" and (span.start == 0 or doc[span.start - 1].lower_ not in {"line", "lines"}):
                    continue  # 'and negative' only after a line's reading ('under its signal line and negative')
                if sentence.start in macd_sentences and not in_condition(span) and not _rsi_owns(doc, sentence, span):
                    claims.append(_macd(doc, article, sentence, span, row, carried, dominant))  # not 'If the MACD flips ...'
            else:
                if row.get("short") and not _short_form_ok(doc, span, named_average):
                    continue
                if row["metric"] == "bollinger" and not has_bollinger:
                    continue
                if another_market_owns(doc, span):
                    continue  # "Apple's 50-day moving average": a line on another market's chart
                line = _describe(span, row, lines[-1] if lines else None)
                if line is not None:
                    lines.extend(_bare_periods_before(doc, line))
                    lines.append(line)
        _share_kind(doc, lines)
        lines = _both_kinds(doc, lines)
        claims.extend(_cross_of_lines_named(cross, lines) for cross in crosses)
        claims.extend(_line_claims(doc, article, sentence, lines, carried, dominant))
    return claims


def _both_kinds(doc: Doc, lines: list[_Line]) -> list[_Line]:
    """'above 30-day and 200-day simple and exponential moving averages': each period listed is
    drawn twice, as a simple and as an exponential average."""
    out: list[_Line] = []
    for i, line in enumerate(lines):
        if not line.row.get("both_kinds"):
            continue
        listed = [line]
        for before in reversed(lines[:i]):
            glue = doc[before.span.end : listed[0].span.start]
            if len(glue) > 2 or not all(t.lower_ in {"and", ",", "&"} for t in glue) or before.metric not in {"sma", "ema"}:
                break
            listed.insert(0, before)
        out.extend(_Line(l.span, l.row, "ema", l.period, l.timeframe, None) for l in listed)
    if not out:
        return lines
    for line in lines:
        if line.row.get("both_kinds") or any(o.span.start == line.span.start for o in out):
            line.metric = "sma"
    return lines + out


_LIST_OPENERS = {"its", "the", "their", "both"}


def _bare_periods_before(doc: Doc, line: _Line) -> list[_Line]:
    """'above its 20 and 50 period moving average', 'the 10, 20 and 50-day EMAs': periods listed as
    bare numbers before the one the line's name is written with are lines of the same kind."""
    if line.metric not in {"sma", "ema"} or line.period is None or not line.span[0].text.isdigit():
        return []
    found: list[_Line] = []
    i = line.span.start - 1
    while i >= 1 and doc[i].lower_ in {"and", ",", "&"}:
        number = doc[i - 1]
        if not number.text.isdigit() or not 2 <= int(number.text) <= 400 or int(number.text) == line.period:
            break
        found.insert(0, _Line(doc[number.i : number.i + 1], line.row, line.metric, int(number.text), line.timeframe, None))
        i = number.i - 1
    if not found or i < 0 or doc[i].lower_ not in _LIST_OPENERS | {"and", ","}:
        return []  # 'rose 20 and 50 period...': a count, not a list of averages
    return found


def _cross_of_lines_named(cross: Claim, lines: list[_Line]) -> Claim:
    """'The 50-day and 200-day EMAs formed a golden cross', 'a death cross of the 20- and 100-day
    SMAs': the cross is of the averages the sentence names, the faster over the slower; unnamed,
    it is the 50-day SMA over the 200-day."""
    named = sorted({(line.period, line.metric, line.timeframe) for line in lines if line.period and line.metric in {"sma", "ema"}})
    if len(named) != 2:
        return cross
    (fast, metric, timeframe), (slow, slow_metric, _) = named
    return cross.model_copy(update={"metric": metric, "period": fast, "timeframe": timeframe, "zone": f"{slow_metric}{slow}"})


def _cross_expected(article: Article, cross: Claim) -> Claim:
    """A golden or death cross the text expects: a target without a number (cross_screens.py)."""
    name = "golden cross" if cross.comparator is Comparator.crossed_above else "death cross"
    modality = cross.modality if cross.modality in {Modality.conditional, Modality.attributed} else Modality.forecast
    return cross.model_copy(update={"kind": ClaimKind.forecast, "comparator": Comparator.at, "metric": "price", "period": None,
                                    "timeframe": None, "zone": name, "modality": modality,
                                    "time": resolve(article, "horizon", None)})


def _share_kind(doc: Doc, lines: list[_Line]) -> None:
    """'above the 50-day and 200-day EMAs': a period written alone takes the kind of average the
    next period in its list names."""
    for first, second in reversed(list(pairwise(lines))):  # from the end: 'the 20-day, 50-day and 100-day EMAs'
        glue = {t.lower_ for t in doc[first.span.end : second.span.start]}
        if first.row.get("short") and first.metric in {"sma", "ema"} and second.metric in {"sma", "ema"} \
                and glue and glue <= {"and", ",", "&", "or"}:
            first.metric = second.metric
    # 'the 200-period EMA at $2.91, the 100-period at $2.88, and the 50-period at $2.86': a period
    # listed after a named average, with only its level between, is an average of the same kind
    kind_of = None
    for first, second in pairwise(lines):
        kind_of = first.metric if not first.row.get("short") else kind_of
        between = doc[first.span.end : second.span.start]
        if second.row.get("short") and kind_of in {"sma", "ema"} and len(between) <= 8 \
                and any(t.lower_ in {",", "and"} for t in between) and not any(t.lower_ in {"while", "but", "whereas"} for t in between):
            second.metric = kind_of
        else:
            kind_of = None if second.row.get("short") else kind_of


def _line_claims(doc: Doc, article: Article, sentence: Span, lines: list[_Line], carried, dominant) -> list[Claim]:
    for line in lines:
        line.comparator, line.position_start = _position(doc, sentence, line)
        if line.comparator is not None and line.position_start is not None:
            line.comparator = _denied_side(doc, sentence, doc[line.position_start], line.comparator)
            if _attempted(doc, sentence, doc[line.position_start]):
                line.comparator = None
    for line in lines:
        other = _crossing_another(doc, line, lines)
        if other is not None and other.comparator is not None:
            line.comparator = Comparator.crossed_above if other.comparator in {Comparator.above, Comparator.crossed_above} else Comparator.crossed_below
            line.position_start = line.span.start
            line.reference = f"{other.metric}{other.period}"
            other.is_reference = True
    for before, line in pairwise(lines):
        # "above both its 50-day and 200-day moving averages", "under its 50-day ($3,244) and its 200-day",
        # "below both the 50-day SMA at $90,900 and the 200-day": the first line's level is no joining word
        level = _level(doc, sentence, before, set())  # not one set off by commas: ', now at $83,640, and the 50-day ... is'
        at_level = level is not None and level.end <= line.span.start and all(t.text != "," for t in doc[before.span.end : level.start])
        joined_from = level.end if at_level else before.span.end
        joined = [t for t in doc[joined_from : line.span.start] if not _in_brackets(t)]
        follows = line.comparator is None and before.comparator is not None and not before.reference
        if follows and len(joined) <= 3 and any(t.lower_ in {"and", ","} for t in joined):
            line.comparator, line.position_start = before.comparator, line.span.start
    claims: list[Claim] = []
    used: set[int] = set()
    respective = _respective_levels(doc, sentence, lines)
    for i, line in enumerate(lines):
        level = respective[i] if respective else _level(doc, sentence, line, used)
        if level is not None:
            used.add(level.start)
            value = level._.quantity.value
            ahead = level.start < line.span.start  # "$2,770 (100-day MA)": the level, then its label
            claims.append(_make(doc, article, sentence, line.span, carried, dominant, metric=line.metric, period=line.period,
                                timeframe=line.timeframe, comparator=Comparator.at, zone=line.band, value=value,
                                start_char=level.start_char if ahead else None,
                                end_char=line.span.end_char if ahead else level._.quantity.end,
                                decimals=level._.quantity.decimals, magnitude=level._.quantity.magnitude))
            if i and any(t.lower_ == "both" for t in doc[line.span.end : level.start]) and lines[i - 1].metric == line.metric:
                first = lines[i - 1]  # "the 50-day ... rose above the 200-day average, both near $93,400"
                claims.append(_make(doc, article, sentence, first.span, carried, dominant, metric=first.metric, period=first.period,
                                    timeframe=first.timeframe, comparator=Comparator.at, value=value, end_char=level._.quantity.end,
                                    decimals=level._.quantity.decimals, magnitude=level._.quantity.magnitude))
        if line.is_reference or line.comparator is None:
            continue
        if line.comparator in {Comparator.crossed_above, Comparator.crossed_below} and in_scenario(line.span):
            continue  # "breaking above the 200-day SMA could signal a reversal": what a scenario assumes, no crossing made
        if _side_assumed(doc, line):
            continue
        if hypothetical(line.span):
            continue  # 'would need to hold above the 50-week MA', 'must reclaim the 200-day SMA': what it must do, no side it is on
        start = doc[line.position_start].idx if line.position_start is not None else line.span.start_char
        claims.append(_make(doc, article, sentence, line.span, carried, dominant, metric=line.metric, period=line.period,
                            timeframe=line.timeframe, comparator=line.comparator, zone=line.reference or line.band, start_char=start))
    return claims


def _rsi_owns(doc: Doc, sentence: Span, span: Span) -> bool:
    """'the RSI is in the positive territory, and MACD is signaling ...': the territory is the RSI's
    (rsi_territory.py), though the sentence names the MACD too."""
    for metric in group(doc, "metrics"):
        if metric.label_ == "rsi" and sentence.start <= metric.start < span.start:
            found = rsi_territory_span(doc, metric.end, sentence)
            if found is not None and found[0].start <= span.start < found[0].end:
                return True
    return False


def _side_assumed(doc: Doc, line: _Line) -> bool:
    """'If BTC closes below the 50-day EMA, it could ...', 'Unless there is a close below the 100-hour
    SMA, ...', '... if it clears the 100 hour SMA': the side a scenario's condition assumes, which
    the price may not hold now (corpus/README: the condition of a scenario is no claim). A level of
    the line read there ('below the 50-day EMA at $92,400') is still a reading."""
    start = line.position_start if line.position_start is not None else line.span.start
    return in_condition(doc[start : line.span.end]) or _until_clause(doc, doc[start])


def _until_clause(doc: Doc, word) -> bool:
    """'Until ether reclaims the 200-day SMA, expect chop': the side an 'until' clause waits
    for is the one the price does not hold now."""
    token = word
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in {"until", "till", "unless"} for c in token.children):
            return True
        if token.head is token:
            return False
        token = token.head
    return False


_TRYING = {"try", "attempt", "aim", "seek", "want", "hope", "plan", "intend"}


def _attempted(doc: Doc, sentence: Span, word) -> bool:
    """'buyers are trying to push the altcoin above the 21-day SMA', 'bulls attempt to lift ETH over its
    50-day EMA': a side sought, not one the price holds or has reached, so no position ('trying to hold
    above' it is held)."""
    token = word
    for _ in range(5):
        if token.lemma_.lower() in _HOLDING and token.pos_ == "VERB":
            return False  # 'is trying to hold above the 100-day SMA': the side is held now
        if token.lemma_.lower() in _TRYING and token.pos_ in {"VERB", "AUX"}:
            return True
        if token.head is token or not sentence.start <= token.head.i < sentence.end:
            return False
        token = token.head
    return False


_FAILING_WORDS = {"fail", "struggle", "unable", "inability", "failure"}  # "ether's failure to climb back above the 200-day"
_HOLDING = {"hold", "stay", "remain", "keep", "sustain", "maintain", "stick"}
_OTHER_SIDE = {Comparator.above: Comparator.below, Comparator.below: Comparator.above,
               Comparator.crossed_above: Comparator.below, Comparator.crossed_below: Comparator.above}


def _denied_side(doc: Doc, sentence: Span, word, comparator: Comparator) -> Comparator:
    """'failed to secure a daily close above the 50-day EMA', 'could not break above its 200-day':
    a move to one side of the line that did not happen leaves the price on the other side. A side
    that could not be held ('unable to hold above the 50-day') was lost: the line was crossed back."""
    verb, token = None, word
    for _ in range(6):
        if token.pos_ in {"VERB", "AUX"} and verb is None:
            verb = token
        if token.lemma_.lower() in _FAILING_WORDS or token.lower_ == "unable" \
                or any(c.dep_ == "neg" for c in token.children) and token.pos_ in {"VERB", "AUX"}:
            break
        if token.head is token or not sentence.start <= token.head.i < sentence.end:
            return comparator
        if token.dep_ == "advcl" and any(c.dep_ == "mark" for c in token.children):
            return comparator  # 'is struggling to hold $23,000 as it breaks above the 21-day': the failing is another clause's
        token = token.head
    else:
        return comparator
    other = _OTHER_SIDE.get(comparator)
    if other is None:
        return comparator
    if verb is not None and verb.lemma_.lower() in _HOLDING and comparator in {Comparator.above, Comparator.below}:
        return Comparator(f"crossed_{other.value}")
    return other


def _respective_levels(doc: Doc, sentence: Span, lines: list[_Line]) -> list[Span]:
    """'The 50-day and 200-day moving averages sit at $105,000 and $98,000, respectively': one level
    for each line listed, in order."""
    if len(lines) < 2 or not any(t.lower_ == "respectively" for t in sentence):
        return []
    after = [q for q in group(doc, "quantities") if lines[-1].span.end <= q.start and q.end <= sentence.end
             and (q._.quantity.unit == "USD" and q._.quantity.value < MAX_PRICE or at_price_scale(q))]
    return after[: len(lines)] if len(after) >= len(lines) else []


def _macd(doc: Doc, article: Article, sentence: Span, span: Span, row: dict[str, Any], carried, dominant) -> Claim:
    words = [t.lower_ for t in span]
    lemmas = {t.lemma_.lower() for t in span}
    reference = row.get("reference")
    if row["id"] in {"macd-turn", "macd-bias-cross"}:
        down = any(w in _NEGATIVE for w in words)
        comparator = Comparator.crossed_below if down else Comparator.crossed_above
    elif row["id"] == "macd-bias":  # "the MACD has been bullish", "the MACD, while still bearish": where it stands
        comparator = Comparator.below if "bearish" in words else Comparator.above
    elif row["id"] in {"macd-signal-word", "macd-bars"}:  # "flashed a buy signal", "green histogram bars"
        side = "below" if words[0] in {"sell", "red", "bearish"} else "above"
        # "flashed a buy signal"; in a headline ("MACD Flashes Sell Signal") the verb may be tagged a noun
        fresh = row["id"] == "macd-signal-word" and any(
            t.lemma_.lower() in _SIGNALLING or any(t.lower_.endswith(end) and t.lower_[: len(t.lower_) - len(end)] in _SIGNALLING
                                                   for end in ("es", "s", "ed", "d", "ing"))
            for t in doc[max(sentence.start, span.start - 4) : span.start])
        comparator = Comparator(("crossed_" if fresh else "") + side)
    elif row["id"] in {"macd-territory", "macd-sign", "macd-sign-joined"}:  # "in negative territory", "remains negative" stand there; "into" moved there
        side = "below" if any(w in _NEGATIVE for w in words) else "above"
        comparator = Comparator(("crossed_" if words[0] == "into" else "") + side)
        if any(t.lower_ == "histogram" for t in sentence):
            reference = "signal"  # the histogram is the MACD line less its signal line
    else:
        down = any(w in _BELOW for w in words)
        moved = bool(lemmas & _MOTION) or "back" in words  # "is back above the zero line": it had been below
        # "with the MACD line crossing above the signal line": the tagger may take 'crossing' for a noun
        moved = moved or span.start > sentence.start and doc[span.start - 1].lower_ in {"crossing", "crosses", "crossed"}
        comparator = Comparator(("crossed_" if moved else "") + ("below" if down else "above"))
        if reference == "zero" and any(t.lower_ == "histogram" for t in sentence):
            reference = "signal"  # "the histogram is above zero": the MACD line above its signal line
    macd = next((m for m in group(doc, "metrics") if m.label_ == "macd" and sentence.start <= m.start < sentence.end), span)
    _, timeframe = indicator_settings(macd, "macd", sentence)
    claim = _make(doc, article, sentence, span, carried, dominant, metric="macd", period=None, timeframe=timeframe or "1d",
                  comparator=comparator, zone=reference)
    if comparator in {Comparator.crossed_above, Comparator.crossed_below} and (_imminent(doc, sentence, span) or claim.modality is Modality.forecast):
        # "the MACD line is about to cross below its signal line": a crossing foreseen is a target, not a reading
        side = "above" if comparator is Comparator.crossed_above else "below"
        target = f"MACD crosses {side} {'zero' if reference == 'zero' else 'its signal line'}"
        conditional = claim.modality is Modality.conditional
        return claim.model_copy(update={"kind": ClaimKind.forecast, "comparator": Comparator.at, "zone": target,
                                        "modality": Modality.conditional if conditional else Modality.forecast,
                                        "time": resolve(article, "horizon", None)})
    return claim


# Words right before a move that put it just ahead: "is about to cross", "is poised to turn".
_IMMINENT = (("about", "to"), ("poised", "to"), ("set", "to"), ("verge", "of"), ("close", "to"), ("ready", "to"), ("likely", "to"),
             ("expected", "to"), ("nearing",), ("approaching",))


def _imminent(doc: Doc, sentence: Span, span: Span) -> bool:
    words = tuple(t.lower_ for t in doc[max(sentence.start, span.start - 3) : span.start])
    return any(words[-len(cue):] == cue or words[-len(cue) - 1 : -1] == cue for cue in _IMMINENT)


def _make(doc: Doc, article: Article, sentence: Span, span: Span, carried, dominant, *, metric: str, period: int | None,
          timeframe: str, comparator: Comparator, zone: str | None = None, value: float | None = None,
          start_char: int | None = None, end_char: int | None = None, decimals: int = 0, magnitude: float = 1.0) -> Claim:
    start = span.start_char if start_char is None else start_char
    end = span.end_char if end_char is None else end_char
    asset = asset_for(doc, sentence, span, carried, dominant)[0]
    modality, source = modality_of(span, sentence)
    if modality not in {Modality.forecast, Modality.conditional} and sentence_expects(sentence, span) and not hypothetical(span):
        # 'If ether reclaims $3,000, it could climb back above its 200-day': expected, on that condition
        modality = Modality.conditional if forecast_condition(span) else Modality.forecast
    return Claim(
        kind=ClaimKind.indicator,
        asset=asset,
        metric=metric,
        value=value,
        unit="USD" if value is not None else None,
        decimals=decimals,
        magnitude=magnitude,
        comparator=comparator,
        period=period,
        timeframe=timeframe,
        zone=zone,
        time=resolve(article, "instant", day_of_past_state(doc, sentence, span) if modality not in {Modality.forecast, Modality.conditional} else None),
        modality=modality,
        attributed_to=source,
        text=text_of(doc)[start:end],
        sentence=sentence.text.strip(),
        span=(start, end),
    )
