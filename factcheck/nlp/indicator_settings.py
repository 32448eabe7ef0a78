"""An indicator's period and timeframe as the sentence gives them: "the daily
RSI", "4-hour RSI", "RSI (14)", "the weekly RSI"; RSI is 14 periods on daily
bars unless said otherwise (the convention outlets follow)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

TIMEFRAMES = {
    "daily": "1d", "day": "1d", "1d": "1d", "d1": "1d",
    "weekly": "1w", "week": "1w", "1w": "1w",
    "hourly": "1h", "1h": "1h", "h1": "1h", "1-hour": "1h", "one-hour": "1h",
    "4h": "4h", "4-hour": "4h", "four-hour": "4h", "h4": "4h",
    "monthly": "1M",
}
_HOURS = {"1": "1h", "one": "1h", "4": "4h", "four": "4h", "12": "12h", "twelve": "12h"}
_HOUR = {"hour", "hours"}  # "4-hour chart", and the plural some outlets write: "4-Hours RSI", "(4-hours)"
RSI_PERIOD = 14
_SPAN_NOUNS = {"day", "week"}
_GAUGES = {"rsi", "macd"}  # read on bars, unlike an average whose 'N-week' is its own
_SPAN_LEADS = {"this", "last", "next", "past", "previous", "prior", "per", "a", "each", "every", "that", "the", "one", "same",
               "whole", "entire", "full", "of"}
_CHART = {"chart", "charts", "timeframe", "timeframes", "time-frame", "view"}  # "on the daily timeframe", "our 4H view"


def indicator_settings(span: Span, metric: str, sentence: Span) -> tuple[int | None, str | None]:
    """(period, timeframe) for the indicator named by `span`, from the words around it."""
    doc = span.doc
    window = doc[max(sentence.start, span.start - 4) : min(sentence.end, span.end + 6)]
    words = [t.lower_ for t in window]
    chart = chart_named(sentence)
    timeframe = None
    for i, word in enumerate(words):
        lead = doc[window.start + i - 1].lower_ if window.start + i > sentence.start else ""  # the word before, even outside the window
        if word in _SPAN_NOUNS and lead in _SPAN_LEADS:
            continue  # "climbed to 72 this week", "falling over the past week — its RSI was 73": when, not the bars
        if metric in _GAUGES and word in _SPAN_NOUNS and lead in {"-", "‑"} and window.start + i + 1 != span.start \
                and not _own_period(doc, span, window.start + i):
            continue  # "below the 200-week EMA, RSI near 21": another line's period, not this gauge's bars
        if word in TIMEFRAMES:
            timeframe = TIMEFRAMES[word]
        elif word in _HOURS and i + 2 < len(words) and words[i + 1] == "-" and words[i + 2] in _HOUR:
            timeframe = _HOURS[word]
    timeframe = timeframe or chart
    period = period_written(span)
    if period is None and metric == "rsi":
        period = RSI_PERIOD
    return period, timeframe


def _own_period(doc: Doc, span: Span, i: int) -> bool:
    """Whether the 'N-day'/'N-week' at token i is written with the indicator itself: 'RSI (14-day)',
    'the 14-week relative strength index' (the compound right before or right after its name)."""
    return span.end <= i <= span.end + 3 and all(t.text in {"(", "-", "‑"} or t.like_num for t in doc[span.end : i])


def chart_named(sentence: Span) -> str | None:
    """'On the four-hour chart the RSI has recovered to 48': a timeframe said once for the sentence."""
    words = [t.lower_ for t in sentence]
    tokens = list(sentence)
    for i, word in enumerate(words):
        if word not in _CHART or i < 1:
            continue
        if i >= 4 and tokens[i - 2].text == "/" and _names_pair(tokens[i - 1]) and _names_pair(tokens[i - 3]):
            i -= 3  # "the 4-hour ETH/USD chart": the pair named between
        elif i >= 2 and _names_pair(tokens[i - 1]):
            i -= 1  # "the daily BTCUSDT chart", "the weekly XRP chart"
        if words[i - 1] in TIMEFRAMES:
            return TIMEFRAMES[words[i - 1]]
        if i >= 3 and words[i - 2] == "-" and words[i - 1] in _HOUR and words[i - 3] in _HOURS:
            return _HOURS[words[i - 3]]
    return _chart_implied(words)


def _names_pair(token) -> bool:
    """'ETH/USD', 'BTCUSDT', 'XRP': a market's symbol written before the word chart."""
    text = token.text
    return ("/" in text and text.replace("/", "").isalpha()) or (text.isupper() and text.isalpha() and 2 <= len(text) <= 9)


def _chart_implied(words: list[str]) -> str | None:
    """'RSI is at 74 on the 4H', 'at 61 on the four-hour', 'on the weekly': the chart's word left
    out after 'on the'; 'on the day' is when, not the bars."""
    for i in range(2, len(words)):
        if words[i - 2] != "on" or words[i - 1] not in {"the", "its"}:
            continue
        word = words[i].rstrip(".")
        if word in TIMEFRAMES and word not in _SPAN_NOUNS:
            return TIMEFRAMES[word]
        if word in _HOURS and i + 2 < len(words) and words[i + 1] == "-" and words[i + 2].rstrip(".") in _HOUR:
            return _HOURS[word]
    return None


def period_written(span: Span) -> int | None:
    """The period when the text gives it: 'RSI (14)', 'RSI-14', 'RSI 14: 56', '14-period RSI'.
    A number that merely follows ('RSI is near 37') is a reading, not a period."""
    doc = span.doc
    after = [t.text for t in doc[span.end : min(len(doc), span.end + 3)]]
    bracketed = len(after) >= 3 and after[0] == "(" and after[2] == ")" and after[1].isdigit()
    labelled = len(after) >= 2 and after[0].isdigit() and after[1] == ":" and int(after[0]) in PERIODS_WRITTEN  # "RSI 14: 56.2"
    if labelled:
        number = int(after[0])
    elif bracketed or (len(after) >= 2 and after[0] in {"-", "‑"} and after[1].isdigit()):
        number = int(after[1])
        if number not in PERIODS_WRITTEN:
            return None  # "the RSI (62)": the reading in brackets
    else:
        before = [t.lower_ for t in doc[max(0, span.start - 3) : span.start]]
        if len(before) == 3 and before[0].isdigit() and before[1] in {"-", "‑"} and before[2] == "period":
            number = int(before[0])
        else:
            return None
    return number if 2 <= number <= 50 else None


def period_quantity(quantity: Span, metric: Span) -> bool:
    """Whether `quantity` is the period written with the indicator ('RSI (14)', 'RSI-14'), not its
    reading: a bracketed figure that no period could be ('the RSI (62)', 'RSI (41.5)') is the reading."""
    doc = metric.doc
    if quantity.start == metric.end and quantity.end < len(doc) and doc[quantity.end].text == ":":
        return quantity.text.isdigit() and int(quantity.text) in PERIODS_WRITTEN  # "RSI 14: 56.2", a label and its reading
    words = [t.lower_ for t in doc[metric.end : quantity.start]]
    if words in (["for", "the", "period"], ["for", "period"], ["for", "a", "period", "of"], ["for", "the", "period", "of"],
                 ["level", "of", "period"], ["of", "period"]):  # 'an RSI level of period 14': the period, not a reading
        return quantity.text.isdigit() and int(quantity.text) in PERIODS_WRITTEN  # 'the Relative Strength Index for the period 14'
    if quantity.start - metric.end != 1 or doc[metric.end].text not in {"(", "-", "‑"}:
        return False
    return quantity.text.isdigit() and int(quantity.text) in PERIODS_WRITTEN


# Periods outlets write in brackets or after a hyphen: 'RSI (14)', 'RSI-7', 'RSI (2)'
PERIODS_WRITTEN = {2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 20, 21, 24, 25, 28, 30}


def timeframes_listed(tokens: Span) -> list[str]:
    """The timeframes named in order: 'on the weekly, daily, 4-hour and 1-hour' -> 1w, 1d, 4h, 1h."""
    words = [t.lower_ for t in tokens]
    found: list[str] = []
    for i, word in enumerate(words):
        if word in TIMEFRAMES and not (word in {"day", "week"} and i and words[i - 1] == "-"):
            found.append(TIMEFRAMES[word])
        elif word in _HOURS and i + 2 < len(words) and words[i + 1] == "-" and words[i + 2] in _HOUR:
            found.append(_HOURS[word])
    return found
