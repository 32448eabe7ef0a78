"""An indicator read on the chart its section named earlier: "Ether's 12-hour chart shows a narrow
range." and, a paragraph or two on, "The 200-SMA at $2,734 still offers support" or "the RSI holds
below the midline". TA pages name the chart once and then read its lines paragraph after paragraph,
so a reading whose own sentence names no bars is on that chart (corpus/README: `timeframe` is the
chart's; 1d only when nothing says otherwise).

The search goes back sentence by sentence and stops at the first sentence that names bars (a named
chart, or the one timeframe a sentence reads, "the green weekly candle", gives it; several end the
search with nothing carried),
at a heading, or after a few paragraphs or sentences; a paragraph that names its own chart after the
reading ("... on the same daily chart") keeps it. line_claims._paragraph_chart carries a chart inside one
paragraph for moving averages; this pass carries it across a section, for every indicator.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.model import Claim, ClaimKind
from factcheck.nlp.components import claim_sentence, text_of
from factcheck.nlp.indicator_settings import TIMEFRAMES, chart_named

_PARAGRAPHS = 3  # paragraph breaks the search crosses at most
_SENTENCES = 6  # and sentences: a chart named further back belongs to an earlier part of the page
_SPAN_NOUNS = {"day", "days", "week", "weeks", "month", "months", "hour", "hours"}
_BAR_WORDS = set(TIMEFRAMES) | {"hour", "hours", "minute", "minutes", "monthly", "month", "4-hour", "timeframe", "time-frame"}
_BAR_NOUNS = {"chart", "charts", "candle", "candles", "candlestick", "candlesticks", "close", "closes", "timeframe", "bars", "bar"}
_HEADING_WORDS = 12  # a paragraph of one short sentence is a heading or a caption


def _bar_words(sentence: Span, periods: bool = True) -> list[str]:
    """The words by which the sentence says which bars it reads: 'daily', 'the 4-hour', 'H4', and with
    `periods` an average's own 'the 200-day'; not a span of time ('this week', 'over the past 24 hours')."""
    doc = sentence.doc
    found = []
    for token in sentence:
        word = token.lower_
        if word not in _BAR_WORDS:
            continue
        lead = doc[token.i - 1].lower_ if token.i > sentence.start else ""
        after = doc[token.i + 1].lower_ if token.i + 1 < sentence.end else ""
        if word in _SPAN_NOUNS and lead not in {"-", "‑"} and after not in _BAR_NOUNS:
            continue  # 'this week', 'at the start of the trading week': when, not bars ('the 4-hour chart' and 'the 200-day' are)
        if not periods and word in {"day", "week"} and lead in {"-", "‑"}:
            continue  # "above the 50-day SMA" before: that average's period, the section's chart still holds
        if word in {"month", "months"} and token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "POS":
            continue  # "this month's high"
        found.append(word)
    return found


def _names_bars(sentence: Span, periods: bool = True) -> bool:
    return bool(_bar_words(sentence, periods))


def _bars_said(sentence: Span) -> str | None:
    """The one timeframe a sentence of the section reads its bars on without naming a chart ('the
    current green weekly candle', 'On a daily scale, ...'), or None when it names several or none."""
    frames = {TIMEFRAMES[w] for w in _bar_words(sentence, periods=False) if w in TIMEFRAMES}
    return frames.pop() if len(frames) == 1 else None


def _heading(doc: Doc, sentence: Span) -> bool:
    """A paragraph that is one short line not closed by a full stop: a section heading ('Momentum
    indicators', 'Is the 200-SMA about to give way?') or a chart's caption."""
    text = text_of(doc)
    starts_line = sentence.start_char == 0 or "\n" in text[max(0, sentence.start_char - 2) : sentence.start_char]
    ends_line = sentence.end_char >= len(text) or "\n" in text[sentence.end_char : sentence.end_char + 2] or text[sentence.end_char - 1] == "\n"
    closed = sentence.text.rstrip().endswith((".", "!", "…"))
    return starts_line and ends_line and not closed and len([t for t in sentence if not t.is_punct and not t.is_space]) < _HEADING_WORDS


_BULLETS = ("-", "•", "*", "–", "—", "·")


def _bulleted(doc: Doc, sentence: Span) -> bool:
    """Whether the sentence stands in a bulleted line ('- Bitcoin's upside capped by ...')."""
    line_start = text_of(doc).rfind("\n", 0, sentence.start_char) + 1
    return text_of(doc)[line_start : sentence.start_char + 1].lstrip().startswith(_BULLETS)


def section_chart(doc: Doc, sentence: Span) -> str | None:
    """The timeframe of the chart named last before `sentence` in its section, or None."""
    breaks = 0
    current = sentence
    for _ in range(_SENTENCES):
        if current.start == 0:
            return None
        previous = doc[current.start - 1].sent
        if "\n" in text_of(doc)[previous.end_char - 1 : current.start_char + 1]:
            breaks += 1
            if breaks > _PARAGRAPHS or _bulleted(doc, previous) and not _bulleted(doc, sentence):
                return None  # far back, or a key-points list: a summary above the body, not its section
        named = chart_named(previous)
        if named is not None:
            return named
        if _heading(doc, previous):
            return None  # a heading or a caption ends the section ('THE WEEKLY WRAP' names no bars)
        if _names_bars(previous, periods=False):
            return _bars_said(previous)  # 'the current green weekly candle holds promise': the section's bars
        current = previous
    return None


def _paragraph_names_bars_later(doc: Doc, sentence: Span) -> bool:
    """'The RSI stays at 62 ... The MACD turned up too, on that same daily chart': the paragraph
    names its own chart after the reading, so the earlier section's chart is not carried into it."""
    current = sentence
    while current.end < len(doc):
        following = doc[current.end].sent
        if "\n" in text_of(doc)[current.end_char - 1 : following.start_char + 1]:
            return False
        if chart_named(following) is not None or _names_bars(following, periods=False):
            return True
        current = following
    return False


def with_section_charts(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """The claims, with an indicator whose sentence names no bars read on its section's chart."""
    out: list[Claim] = []
    for claim in claims:
        if claim.kind is ClaimKind.indicator and claim.timeframe in {None, "1d"}:
            sentence = claim_sentence(doc, claim)
            if sentence is not None and chart_named(sentence) is None and not _names_bars(sentence) \
                    and not _paragraph_names_bars_later(doc, sentence):
                chart = section_chart(doc, sentence)
                if chart is not None and chart != (claim.timeframe or "1d"):
                    claim = claim.model_copy(update={"timeframe": chart})
        out.append(claim)
    return out
