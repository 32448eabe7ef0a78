"""An indicator's period and timeframe as the sentence gives them: "the daily
RSI", "4-hour RSI", "RSI (14)", "the weekly RSI"; RSI is 14 periods on daily
bars unless said otherwise (the convention outlets follow)."""

from __future__ import annotations

from spacy.tokens import Span

TIMEFRAMES = {
    "daily": "1d", "day": "1d", "1d": "1d", "d1": "1d",
    "weekly": "1w", "week": "1w", "1w": "1w",
    "hourly": "1h", "1h": "1h", "h1": "1h", "1-hour": "1h", "one-hour": "1h",
    "4h": "4h", "4-hour": "4h", "four-hour": "4h", "h4": "4h",
    "monthly": "1M",
}
_HOURS = {"1": "1h", "one": "1h", "4": "4h", "four": "4h", "12": "12h", "twelve": "12h"}
RSI_PERIOD = 14


def indicator_settings(span: Span, metric: str, sentence: Span) -> tuple[int | None, str | None]:
    """(period, timeframe) for the indicator named by `span`, from the words around it."""
    doc = span.doc
    window = doc[max(sentence.start, span.start - 4) : min(sentence.end, span.end + 4)]
    words = [t.lower_ for t in window]
    timeframe = None
    for i, word in enumerate(words):
        if word in TIMEFRAMES:
            timeframe = TIMEFRAMES[word]
        elif word in _HOURS and i + 2 < len(words) and words[i + 1] == "-" and words[i + 2] == "hour":
            timeframe = _HOURS[word]
    period = None
    after = doc[span.end : min(sentence.end, span.end + 3)]
    for token in after:  # "RSI (14)", "RSI-14"
        if token.like_num and token.text.isdigit() and 2 <= int(token.text) <= 50:
            period = int(token.text)
            break
    if period is None and metric == "rsi":
        period = RSI_PERIOD
    return period, timeframe
