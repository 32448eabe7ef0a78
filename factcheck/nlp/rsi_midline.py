"""The RSI's side of its midline told by naming the line, not the figure: "the daily RSI sits beneath
the midline", "Ether's RSI crossed back above its centreline", "the RSI indicator has been falling,
crossing beneath the 50 zone".

TA pages read the RSI against 50 as they read a price against a moving average: above or below it,
or crossing it when a verb of moving comes first. The midline is an RSI of 50 (corpus convention: an
RSI above 50). The figure-led reading ("RSI at 48") is the metric reader's; this reads the line named
in words, and a '50 zone'/'50 level' that the reader misses when the RSI is named a clause earlier.
A flip or a test of the line with no side named says nothing checkable and is left alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.model import Article, Claim, ClaimKind, Comparator
from factcheck.nlp.components import group, text_of
from factcheck.nlp.figure_assets import asset_for
from factcheck.nlp.indicator_settings import RSI_PERIOD, indicator_settings
from factcheck.nlp.modality import in_condition, modality_of
from factcheck.nlp.rsi_territory import MIDLINE
from factcheck.nlp.timeref import resolve

_LINE_WORDS = {"midline", "mid-line", "centreline", "centerline", "midpoint", "mid-point"}
_FIFTY_NOUNS = {"zone", "level", "line", "mark", "threshold"}  # "the 50 zone", "the 50-level"
_ABOVE = {"above", "over", "atop"}
_BELOW = {"below", "beneath", "under", "underneath"}
_MOVING = {"cross", "break", "slip", "dip", "drop", "fall", "sink", "slide", "move", "climb", "rise", "push", "jump", "pop",
           "recover", "rebound", "bounce", "return", "tumble", "plunge", "reclaim", "regain", "lose"}
_CLAUSE_ENDS = {";", "but", "while", "whereas", "although"}
_REACH = 14  # tokens from the RSI's name to the line
# 'the RSI would need to stay below the 50 mark', 'if the RSI slips under the midline': a side wanted or assumed, not told
_UNTOLD = {"would", "could", "should", "must", "need", "needs", "may", "might", "will", "can", "cannot", "if", "unless", "whether",
           "fails", "failed", "needed"}


def _line_at(doc: Doc, i: int) -> int | None:
    """The last token of the midline named from token `i` ('midline'; '50 zone'; '50-level'), or None."""
    t = doc[i]
    if t.lower_ in _LINE_WORDS:
        return i
    if t.text == "50" and i + 1 < len(doc):
        nxt = i + 1
        if doc[nxt].text == "-" and nxt + 1 < len(doc):
            nxt += 1
        if doc[nxt].lower_ in {"mean", "neutral", "middle", "median", "centre", "center"} and nxt + 1 < len(doc):
            nxt += 1
        if doc[nxt].lower_ in _FIFTY_NOUNS:
            return nxt
    return None


def _side(doc: Doc, start: int, line: int) -> tuple[Comparator, int] | None:
    """The side said just before the line ('beneath the midline'), crossed when a verb of moving leads it."""
    i = line
    while i > start and doc[i - 1].lower_ in {"the", "its", "their", "key", "neutral", "50", "-"}:
        i -= 1
    if i - 1 <= start:
        return None
    word = doc[i - 1].lower_
    if word not in _ABOVE | _BELOW:
        return None
    moved = any(t.lemma_.lower() in _MOVING for t in doc[max(start, i - 4) : i - 1]) or \
        (i - 2 >= start and doc[i - 2].lower_ == "back")
    if word in _ABOVE:
        return (Comparator.crossed_above if moved else Comparator.above), i - 1
    return (Comparator.crossed_below if moved else Comparator.below), i - 1


def with_rsi_midline(doc: Doc, article: Article, claims: list[Claim], by_sentence: dict[int, str | None],
                     dominant: str | None) -> list[Claim]:
    """The claims, with the RSI's side of 50 for each midline named after it in its sentence."""
    added: list[Claim] = []
    metrics = list(group(doc, "metrics"))
    for metric in metrics:
        if metric.label_ != "rsi":
            continue
        sentence: Span = metric.sent
        for i in range(metric.end, min(sentence.end, metric.end + _REACH)):
            if doc[i].lower_ in _CLAUSE_ENDS or any(m.start == i for m in metrics):
                break  # another clause, or another gauge named: the line would be its
            line = _line_at(doc, i)
            if line is None:
                continue
            if any(t.lower_ == "bollinger" for t in doc[line + 1 : min(sentence.end, line + 4)]):
                break  # 'trades under the midline of its Bollinger Bands': the band's, not the RSI's
            side = _side(doc, metric.end, i)
            if side is None:
                break
            comparator, lead = side
            phrase = doc[lead : line + 1]
            if in_condition(phrase) or any(t.lower_ in _UNTOLD for t in doc[metric.start : lead]):
                break
            if any(c.kind is ClaimKind.indicator and c.metric == "rsi" and c.value == MIDLINE
                   and sentence.start_char <= c.span[0] < sentence.end_char for c in claims + added):
                break  # the reading is told already ("RSI is above the 50 zone")
            period, timeframe = indicator_settings(metric, "rsi", sentence)
            asset = asset_for(doc, sentence, metric, by_sentence.get(sentence.start), dominant)[0]
            modality, source = modality_of(phrase, sentence)
            span = (metric.start_char, phrase.end_char)  # 'RSI continues to sit beneath the midline'
            added.append(Claim(
                kind=ClaimKind.indicator, asset=asset, metric="rsi", value=MIDLINE, unit=None, comparator=comparator,
                period=period or RSI_PERIOD, timeframe=timeframe or "1d", time=resolve(article, "instant", None),
                modality=modality, attributed_to=source, text=text_of(doc)[span[0] : span[1]], sentence=sentence.text.strip(),
                span=span,
            ))
            break
    return sorted(claims + added, key=lambda c: c.span) if added else claims
