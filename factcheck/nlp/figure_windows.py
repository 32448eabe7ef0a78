"""The time a figure is told for: the window named after it ('in 24 hours', 'on Monday'),
unless that window belongs to another noun; the short stretch a move happened in; a day's
open or close. Price and metric claims date their figures with the same reading.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from itertools import pairwise

from spacy.tokens import Doc, Span

from factcheck.model import Article, TimeRef
from factcheck.nlp.components import group, within
from factcheck.nlp.modality import NOW_WORDS
from factcheck.nlp.owner_times import DAY_WORDS, covers, day_of_level, period_of_clause
from factcheck.nlp.price_cues import CLAUSE_JOINERS, cue_table
from factcheck.nlp.price_direction import direction_of
from factcheck.nlp.timeref import (
    MONTH_WORDS,
    MONTHS,
    VERB_WINDOWS,
    WEEKDAYS,
    named_period,
)

WINDOW_REACH = 8  # tokens after the number where its time window may be named


_EXTREME_WINDOWS = frozenset({"from_high", "from_low", "period"})  # a cue inside its window: "an early-October peak", "a year-end target"


def window_for(doc: Doc, sentence: Span, anchor: Span, quantity: Span, quantities: list[Span], *,
               past_endpoints: bool = False, unless: Callable[[Span], bool] | None = None) -> Span | None:
    """The window a figure is told for: named after it in its own clause, else inside its cue,
    else the nearest one before it. With `past_endpoints` (a move), the window may follow the
    prices the move went from and to: 'gained 12% to $180 in the past seven days'. A window
    after the figure that `unless` rules out leaves the search to go on ('a weekly loss of 9%,
    its worst since March': the week, not March)."""
    day = day_of_level(doc, sentence, anchor, quantity)
    if day is not None:  # "Friday's low of $3,435", "Sunday's swing low at $80,100"
        return day
    last = quantity
    if past_endpoints:
        last = move_endpoints_end(doc, quantity, quantities)
    nxt = min((q.start for q in quantities if q.start >= last.end), default=sentence.end)
    stop = min(nxt, last.end + WINDOW_REACH, sentence.end)
    # a clause joined after the figure has its own time: "a high of $73,805, then again in early May ..."
    # and so has a participle clause after a comma: "a 30.6% drop, exceeding previous corrections this year"
    stop = next((t.i for t in doc[quantity.end : stop] if t.text == ";" or t.text == "," and t.i + 1 < stop
                 and (doc[t.i + 1].lower_ in CLAUSE_JOINERS or _participle_clause(doc[t.i + 1]))), stop)
    for window in group(doc, "windows"):
        # a long window right after the figure is still its own ('slid 3% in the early hours of the Tokyo trading day')
        if quantity.end <= window.start and (window.end <= stop or window.start == last.end and window.end <= min(nxt, sentence.end)) \
                and not _names_another(window, anchor, quantity) \
                and window.label_ not in VERB_WINDOWS and not (unless is not None and unless(window)) \
                and not _apposed_with_one_before(doc, sentence, anchor, quantity, window):
            return window
    inside = [w for w in group(doc, "windows") if anchor.start <= w.start and w.end <= anchor.end and anchor.end <= quantity.start]
    if inside:  # 'taking its gain for the week to 14%': the window named inside the cue
        return inside[-1]
    around = [w for w in group(doc, "windows") if w.start <= anchor.start < w.end and w.label_ in _EXTREME_WINDOWS]
    if around:  # 'from an early-October peak above $126,000': the cue is the window's own extreme
        return around[-1]
    period = period_of_clause(doc, anchor)
    if period is not None:  # 'a volatile week that took it down nearly 10%'
        return period
    before = [w for w in group(doc, "windows") if sentence.start <= w.start and w.end <= anchor.start
              and not _names_another(w, anchor, quantity) and w.label_ not in VERB_WINDOWS and not relative_clause_apart(w, anchor)
              and not any(t.lower_ in NOW_WORDS for t in doc[w.end : quantity.start])  # 'after a slide on Monday, it has now returned to'
              and not dates_a_clock(doc, w) and not _in_participle_aside(doc, sentence, w, anchor)]
    # the nearest: "fell today, ..., down 4.17% on a 24-hour basis" is over 24 hours
    return before[-1] if before else _row_month(doc, sentence, quantity)


_MONTH_NAMES = MONTH_WORDS | frozenset(MONTHS)  # 'January', 'Jan', 'Sept'
_CLOCK_DAY_GLUE = frozenset({"on", ",", "the"})


def _participle_clause(token) -> bool:
    """'..., exceeding previous corrections this year': a clause of its own, whose window is its own.
    One that tells the same move again ('rose 4%, climbing to $3,100 over the week') shares its window."""
    return token.tag_ == "VBG" and token.dep_ in {"advcl", "xcomp", "acl", "conj"} \
        and direction_of(token.doc[token.i : token.i + 1]) == 0


def _in_participle_aside(doc: Doc, sentence: Span, window: Span, anchor: Span) -> bool:
    """'After four weeks of losses, marking the longest bearish run in 500 days, bitcoin has seen a
    30.6% drop': a window inside a participle clause set off by commas before the move is the clause's."""
    commas = [t.i for t in doc[sentence.start : anchor.start] if t.text == ","]
    opened = [i for i in commas if i < window.start]
    closed = [i for i in commas if window.end <= i]
    return bool(opened and closed) and opened[-1] + 1 < len(doc) and _participle_clause(doc[opened[-1] + 1])


def dates_a_clock(doc: Doc, window: Span) -> bool:
    """'At 9:12 a.m. on Monday, April 7, ether was down 13%': the day and date after a clock time say
    which day the clock is on (the moment the figure is read at), not a span the move ran over."""
    if window.label_ not in {"weekday", "date"}:
        return False
    windows = group(doc, "windows")
    at = window.start
    while True:
        while at > 0 and doc[at - 1].lower_ in _CLOCK_DAY_GLUE:
            at -= 1
        before = next((w for w in windows if w.end == at), None)
        if before is None:
            return False
        if before.label_ == "clock_at":
            return True
        if before.label_ not in {"weekday", "date"}:
            return False
        at = before.start


def _row_month(doc: Doc, sentence: Span, quantity: Span) -> Span | None:
    """'- January: -10.2%': a table row labelled with its month is that month's figure."""
    line = next((t.i + 1 for t in reversed(doc[sentence.start : quantity.start]) if "\n" in t.text), sentence.start)
    words = [t for t in doc[line : quantity.start] if not t.is_space and t.text not in {"-", "•", "*", "–"}]
    if len(words) == 2 and words[0].text[:1].isupper() and words[0].lower_ in _MONTH_NAMES and words[1].text == ":":
        return Span(doc, words[0].i, words[0].i + 1, label="period")
    return None


# Words between a move's figure and a price it went from or to: 'slid 7% from $61,000', 'up 4% at $0.52'.
_TO_OR_FROM = frozenset({"to", "from", "at", "near", "around", "toward", "towards"})
_ENDPOINT_GLUE = _TO_OR_FROM | {"about", "roughly", "nearly", "approximately", "some", "just", "over", "under", "above", "below", "$"}


def move_endpoints_end(doc: Doc, quantity: Span, quantities: list[Span]) -> Span:
    """The last of the prices a move's figure runs on to ('7% from $61,000 to $57,000'), or the
    figure itself: the move's own window may be named after them."""
    last = quantity
    for q in sorted((q for q in quantities if q.start >= quantity.end), key=lambda q: q.start):
        glue = [t.lower_ for t in doc[last.end : q.start]]
        money = q._.quantity is not None and q._.quantity.unit == "USD"
        if not money or not 0 < len(glue) <= 3 or not set(glue) <= _ENDPOINT_GLUE or not _TO_OR_FROM & set(glue):
            break
        last = q
    return last


def relative_clause_apart(window: Span, anchor: Span) -> bool:
    """'Cardano, which set its record of $3.10 on Sept. 2, last changed hands 3% higher at $0.71': a day
    named inside a relative clause dates what that clause tells (the record), not a figure of the
    main clause after it."""
    token = window[0]
    while token.head.i != token.i:
        if token.dep_ == "relcl" and not token.left_edge.i <= anchor.start <= token.right_edge.i:
            return True
        token = token.head
    return False


def clause_break(span: Span) -> bool:
    """Whether a stretch crosses into another clause (', while', ', and', ';') or into the present
    ('... on Monday and now reads 23'): a window before it is told of the clause it closes, not
    of a figure after it."""
    doc = span.doc
    return any(t.text == ";" or t.lower_ in {"while", "whereas", "now", "currently"} or t.text == "," and t.i + 1 < span.end
               and doc[t.i + 1].lower_ in CLAUSE_JOINERS for t in span)


_ATTRIBUTIVE = {"poss", "compound", "nmod", "amod", "case"}
# Nouns a period word ('weekly', 'daily') may qualify while still timing the figure itself:
# the frame it is read on ('8.8% on a weekly scale', 'on the daily chart') or the move it
# measures ('a 3% weekly drop'). A period word on any other noun dates that noun.
_OWN_TIME_NOUNS = frozenset({
    "scale", "basis", "chart", "timeframe", "frame", "view", "perspective",
    "drop", "decline", "gain", "loss", "rise", "fall", "move", "change", "slide", "jump",
    "advance", "increase", "decrease", "return", "performance", "drawdown", "surge", "slump",
})


# Nouns that are the period's own bar, whose move the figure is: 'last week's candle gained 5.4%'.
_BAR_NOUNS = frozenset({"candle", "candlestick", "bar", "close", "closing", "open", "opening", "print"})
# Nouns that are nothing but a length of time: 'over a seven-day period', 'in a 24-hour span'.
_SPAN_NOUNS = frozenset({"period", "span", "stretch", "window", "stint", "timeframe", "time", "interval"})
# Nouns that are the day's trading itself: 'plunged below $50,000 in Friday trading', 'in Monday's session'.
_TRADING_NOUNS = frozenset({"trading", "trade", "session", "dealings", "hours"})


def _apposed_with_one_before(doc: Doc, sentence: Span, anchor: Span, quantity: Span, window: Span) -> bool:
    """'Last week's candle gained 5.4%, the first weekly gain in a month': a period word in a phrase
    set beside the figure describes it; the window the sentence names before the figure dates it."""
    between = doc[quantity.end : window.start]
    if not (len(between) >= 2 and between[0].text == "," and between[1].lower_ in {"the", "its", "a", "an", "their"}):
        return False
    return any(sentence.start <= w.start and w.end <= anchor.start for w in group(doc, "windows"))


def _names_another(window: Span, anchor: Span, quantity: Span) -> bool:
    """A day said of another noun ('bounced from Monday's flush and trades at $93,000', 'support
    at $90,000 and then at the Monday low of $83,800'): the time of that noun, not of this figure.
    The noun is this figure's own when its phrase holds the figure ('Sunday's swing low at
    $80,100'), when it is the period's bar ('last week's candle gained 5.4%'), or when a fronted
    weekday is parsed onto the subject of the figure's verb ('Last Friday bitcoin touched $82,000')."""
    last = window[-2] if len(window) > 1 and window[-1].lower_ in {"'s", "’s"} else window[-1]  # "December's": the month's own head
    owner = last.head if last.dep_ in _ATTRIBUTIVE else None
    if owner is None or owner.i < window.end or owner.pos_ not in {"NOUN", "PROPN"}:
        return False
    if len(window) == 1 and window[0].lower_ in {"daily", "weekly", "monthly"} and owner.lemma_.lower() in _OWN_TIME_NOUNS:
        return False  # 'a 3% weekly drop', 'down 8.8% on a weekly scale': the figure's own window
    if owner.lemma_.lower() in _BAR_NOUNS | _SPAN_NOUNS | _TRADING_NOUNS:  # the period's bar, a length, its trading
        return False
    if last.dep_ == "compound" and last.lower_ in DAY_WORDS and owner.dep_ in {"nsubj", "nsubjpass"} \
            and anchor.start <= owner.head.i < anchor.end:
        return False
    return not (covers(owner, anchor) or covers(owner, quantity))


PAST_DAYS = {"weekday", "yesterday", "date"}


SHORT_PERIOD = timedelta(days=3)  # 'last weekend': a period short enough for its high or low to be a session's


def on_past_day(window: Span | None, time: TimeRef, article: Article) -> bool:
    """Whether a claim is dated to a named day, or a weekend, that ended before publication."""
    published = article.published_at
    if window is None or published is None or time.end is None or not time.end < published:
        return False  # a day still running ends at publication
    if window.label_ == "period":
        return time.start is not None and time.end - time.start <= SHORT_PERIOD
    return window.label_ in PAST_DAYS and time.kind == "day"


def short_path(sentence: Span, anchor: Span, figure: Span) -> Span | None:
    """'losing more than $400 within a few hours', 'within minutes, ether fell 8%': the
    short stretch a move is said to have happened in (price_change.jsonl rows that read a path)."""
    for cue in within(sentence.doc, "cues", sentence):
        if cue_table()[cue.label_].get("reads") != "path":
            continue
        if figure.end <= cue.start <= figure.end + WINDOW_REACH or cue.end <= anchor.start:
            return cue
    return None


_PERIOD_NAMES = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                           "november", "december", "quarter", "q1", "q2", "q3", "q4", "half", "h1", "h2"})


def period_edge(article: Article, cue: Span, time: TimeRef, *, opening: bool) -> TimeRef | None:
    """'closed June at $62,700', 'ended the second quarter near $62,700', 'opened the week at $X': the
    price at the open of a period named (begun by publication) or at the close of one that is over,
    not anywhere inside it. A month named inside the cue ('closed June at') is no window of its own."""
    if article.published_at is None:
        return None
    if not opening and (close := _last_close(article, cue)) is not None:
        return TimeRef(text=time.text or cue.text, start=close, end=close, kind="instant")
    if time.text is None and time.kind == "instant" and any(t.lower_ in _PERIOD_NAMES for t in cue):
        span = named_period(article, cue, ahead=False)
    elif time.kind == "window" and time.start is not None and time.end is not None:
        span = (time.start, time.end) if opening or not time.anchored else None
    else:
        return None
    if span is None or not opening and span[1] > article.published_at:
        return None
    edge = span[0] if opening else span[1]
    return TimeRef(text=time.text or cue.text, start=edge, end=edge, kind="instant")


_GENERIC_PERIODS = frozenset({"day", "week", "month", "quarter", "year"})


def _last_close(article: Article, cue: Span) -> datetime | None:
    """'closed the week at $57,400', 'ended the month near $62,700', 'closed the day at': a close
    told in the past is that of the last period over, the start of the one running at publication.
    A day is read so only in the morning (UTC): a wrap written late in the day may mean its own close."""
    assert article.published_at is not None
    words = [t.lower_ for t in cue]
    unit = next((b for a, b in pairwise(words) if a in {"the", "this"} and b in _GENERIC_PERIODS), None)
    if unit is None or cue[0].tag_ not in {"VBD", "VBN"}:
        return None
    published = article.published_at.astimezone(UTC)
    if unit == "day":
        return published.replace(hour=0, minute=0, second=0, microsecond=0) if published.hour < 12 else None
    span = named_period(article, cue, ahead=False)
    if span is None:
        return None
    return span[0] if span[1] > published else span[1]


_FROM_WORDS = frozenset({"from", "since", "against", "versus", "vs", "vs.", "compared", "beginning", "start", "between"})
_UNTIL_WORDS = frozenset({"to", "through", "until", "till", "and"})


def move_from_day(window: Span | None, time: TimeRef, published: datetime | None) -> TimeRef | None:
    """'up 3% from Monday', 'up 4% since the beginning of Thursday', 'up 2% compared with last Friday',
    'down 5% from Monday's close': a move from a day named to now, not a move inside that day.
    'fell 3% from Monday to Wednesday' ends on the day named after it and is left alone."""
    if window is None or published is None or time.kind != "day" or time.start is None or time.end is None:
        return None
    doc = window.doc
    before = {t.lower_ for t in doc[max(window.sent.start, window.start - 3) : window.start]} | {window[0].lower_}
    if not before & _FROM_WORDS:
        return None
    after = doc[window.end : min(window.sent.end, window.end + 5)]
    closing = len(after) > 1 and after[0].lower_ in {"'s", "’s"} and after[1].lower_ in {"close", "closing"}
    owned = len(after) > 1 and after[0].lower_ in {"'s", "’s"}
    rest = after[2:] if owned and after[1].lower_ in {"open", "opening", "close", "closing"} else after[1:] if owned else after
    if len(rest) and rest[0].lower_ in _UNTIL_WORDS:
        span = _day_to_day(time, rest, published)
        if span is None or not closing:
            return span
        return span.model_copy(update={"start": time.end}) if time.end < span.end else None
    start = min(time.end, published) if closing else time.start
    if start >= published:
        return None
    return TimeRef(text=time.text, start=start, end=published, kind="window", anchored=True)


def _day_to_day(time: TimeRef, after: Span, published: datetime) -> TimeRef | None:
    """'fell 3% from Monday to Wednesday': from the first day's start to the end of the second
    (the first of that weekday after it), never past publication."""
    assert time.start is not None and time.end is not None
    last = next((t.lower_ for t in after[1:] if t.lower_ in WEEKDAYS), None)
    if last is None:
        return None
    first = (time.start + timedelta(hours=12)).weekday()  # the named day, whatever the zone
    end = time.end + timedelta(days=(WEEKDAYS.index(last) - first) % 7)
    if end <= time.end or time.start >= published:
        return None
    return TimeRef(text=f"{time.text} to {last.title()}", start=time.start, end=min(end, published), kind="window")


def daily_candle_edge(time: TimeRef, *, opening: bool, published: datetime) -> TimeRef:
    """'Monday's close of $76,300', 'opened the day at $4,610': the price at the open or close
    of that day's daily candle (00:00 UTC), not anywhere in the day; never after publication."""
    assert time.start is not None
    day = (time.start + timedelta(hours=12)).astimezone(UTC).date()  # the named date, whatever the zone
    edge = datetime.combine(day + timedelta(days=0 if opening else 1), datetime.min.time(), tzinfo=UTC)
    edge = min(edge, published)
    return time.model_copy(update={"kind": "instant", "start": edge, "end": edge})
