"""Which golden or death crosses are a crossing of the price's averages that has happened.

Outlets use the words for other things too. A cross of another series ('the MVRV golden cross', 'the
DIF and DEA lines of the MACD show a golden cross', 'a stochastic death cross') is no 50/200-day cross
of the price; the MACD's is its line crossing its signal line. A cross the text expects ('traders are anticipating a golden cross', 'could result in a
golden cross formation', 'the possibility of another golden cross', 'signs of a death cross') has not
happened: it is a target without a number, a `forecast` (corpus/README), not a crossing to check now.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

# series whose own lines outlets say cross 'golden' or 'death'
_OTHER_SERIES = {"mvrv", "macd", "dif", "dea", "kdj", "stochastic", "stoch", "nupl", "sopr", "ribbon", "ribbons", "funding",
                 "oi", "obv", "williams", "cci", "adx", "dmi", "%k", "%d"}
_AVERAGE_WORDS = {"sma", "smas", "ema", "emas", "ma", "mas", "average", "averages", "dma", "day", "week", "-day", "-week"}
# words before the cross that say it is expected or possible, not made
_EXPECTING = {"anticipate", "anticipating", "anticipated", "anticipation", "expect", "expecting", "expected", "expectation",
              "possibility", "possible", "potential", "potentially", "could", "may", "might", "would", "will", "likely",
              "signs", "sign", "poised", "approaching", "nearing", "looming", "imminent", "upcoming", "incoming", "brewing",
              "verge", "eye", "eyes", "eyeing", "awaiting", "await", "awaits", "watch", "watching", "result", "lead", "toward",
              "towards", "prospect", "chance", "odds", "risk", "threat", "threatens", "threatening", "hint", "hints", "hinting"}
_REACH = 8  # tokens before the cross read for those words
_INDEFINITE = {"a", "an", "another", "potential", "possible", "looming", "imminent", "upcoming", "incoming", "fresh", "new"}


def _one_yet_to_come(doc: Doc, sentence: Span, span: Span) -> bool:
    """'a golden cross', 'another death cross', 'a potential golden cross': a cross not yet named as one
    that exists; 'would neutralise the death cross' speaks of one made."""
    i = span.start - 1
    while i >= sentence.start and (doc[i].pos_ == "ADJ" and doc[i].lower_ not in _INDEFINITE or doc[i].text in {'"', "“", "'"}):
        i -= 1
    return i >= sentence.start and doc[i].lower_ in _INDEFINITE


_MACD = {"macd", "dif", "dea"}  # 'the MACD flashed a golden cross': its line over its signal line


def cross_reading(doc: Doc, sentence: Span, span: Span) -> str:
    """'expected' for a cross foreseen, 'macd' for the MACD's own, 'other' for another series', else 'made'."""
    before = list(doc[max(sentence.start, span.start - _REACH) : span.start])
    if _one_yet_to_come(doc, sentence, span) and any(t.lower_ in _EXPECTING or t.lemma_.lower() in _EXPECTING for t in before):
        return "expected"
    near = [t.lower_ for t in doc[max(sentence.start, span.start - 3) : span.start]]
    if any(w in _OTHER_SERIES for w in near):
        return "macd" if any(w in _MACD for w in near) else "other"  # 'the MVRV golden cross', 'a MACD golden cross'
    words = {t.lower_ for t in doc[sentence.start : span.start]}
    if words & _OTHER_SERIES and not words & _AVERAGE_WORDS and not any(t.like_num for t in doc[sentence.start : span.start]):
        return "macd" if words & _MACD else "other"  # 'The DIF line and DEA line in the MACD indicator show a golden cross'
    return "made"
