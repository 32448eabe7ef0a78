"""A price move told as a multiple: 'bitcoin has more than doubled since mid-December', 'ether
tripled this year', 'a sixfold increase since the 2022 low', 'dogecoin lost half its value this year'.

Stories about cycles, year-to-date runs and crashes give the move without a percent. A doubled
price is +100% (market_totals.MULTIPLES, as a total's 'volume doubled'), a tripled one +200%, an N-fold rise +(N-1) x 100%, a halved price or half its value
lost -50%. The window is the sentence's, as for any move; a multiple told without one ('has doubled')
is left alone rather than checked over a day it was never about. The multiple of another series
('volume doubled', 'open interest tripled') is that series' reading (metric_claims.py); a 'double
top' is a chart pattern; 'could double' is a call, left to the forecasts.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from factcheck.model import Article, Claim, ClaimKind, Comparator, Modality
from factcheck.nlp.bounds import bound_before
from factcheck.nlp.components import group, text_of
from factcheck.nlp.figure_assets import asset_for
from factcheck.nlp.figure_windows import window_for
from factcheck.nlp.market_totals import MULTIPLES
from factcheck.nlp.modality import modality_of
from factcheck.nlp.timeref import resolve

_FOLD = re.compile(r"^(?:(\d+)|(two|three|four|five|six|seven|eight|nine|ten))-?fold$", re.IGNORECASE)
_WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_RISE_NOUNS = {"increase", "rise", "gain", "jump", "rally", "surge", "climb", "growth", "run", "advance"}
_LOSING = {"lose", "shed"}
_HALF_ITS_VALUE = re.compile(r"(?:(?:more than|over|nearly|almost|about|roughly|around) )?half (?:of )?(?:its|their) (?:value|price|worth)\b",
                             re.IGNORECASE)
# the subject of a multiple that is the coin's price: the coin itself, its price, or a pronoun for it
_PRICE_SUBJECTS = {"price", "value", "it", "token", "coin", "cryptocurrency", "asset", "valuation"}


def _fold(token: Token) -> float | None:
    """'sixfold', '10-fold', 'ten-fold' as the rise it names, in percent."""
    m = _FOLD.match(token.text)
    if m is None:
        return None
    n = int(m.group(1)) if m.group(1) else _WORD_NUMBERS[m.group(2).lower()]
    return (n - 1) * 100.0 if n >= 2 else None


def _multiple(token: Token) -> tuple[float, Token] | None:
    """The move a token tells as a multiple, and the verb or noun whose subject owns it."""
    if token.pos_ == "VERB" and token.lemma_.lower() in MULTIPLES and not any(c.lower_ == "down" for c in token.children):
        return MULTIPLES[token.lemma_.lower()], token
    if token.lemma_.lower() in _LOSING and token.pos_ == "VERB" and _HALF_ITS_VALUE.match(token.doc[token.i + 1 : token.i + 8].text):
        return -50.0, token  # 'lost more than half its value'
    fold = _fold(token)
    if fold is not None and token.head.lemma_.lower() in _RISE_NOUNS:
        owner = token.head.head if token.head.dep_ in {"dobj", "pobj", "attr"} else token.head
        return fold, owner
    return None


def _subject_is_the_price(doc: Doc, owner: Token) -> bool:
    """Whether the verb's subject is a coin or its price, not another series ('volume', 'fees')."""
    subjects = [c for c in owner.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        return owner.pos_ == "NOUN"  # 'a sixfold increase since ...': the noun's coin comes from the sentence
    subject = subjects[0]
    span = doc[subject.left_edge.i : subject.i + 1]
    if any(m.start < span.end and span.start < m.end for m in group(doc, "metrics")):
        return False
    named = any(a.start <= subject.i < a.end for a in group(doc, "assets"))
    return named or subject.lemma_.lower() in _PRICE_SUBJECTS


def price_multiples(
    doc: Doc, article: Article, claims: list[Claim], by_sentence: dict[int, str | None], dominant: str | None
) -> list[Claim]:
    """The claims, with each price move told as a multiple (and a window) added."""
    taken = [c.span for c in claims]
    added: list[Claim] = []
    for sentence in doc.sents:
        for token in sentence:
            found = _multiple(token)
            if found is None or not _subject_is_the_price(doc, found[1]):
                continue
            value, owner = found
            anchor = doc[token.i : token.i + 1]
            if any(s[0] <= anchor.start_char < s[1] for s in taken):
                continue  # already read: 'volume more than doubled', a forecast's 'could double'
            modality, source = modality_of(anchor, sentence)
            if modality in {Modality.forecast, Modality.conditional}:
                continue
            window = window_for(doc, sentence, anchor, anchor, [])
            if window is None:
                continue
            time = resolve(article, "instant", window, sentence=sentence)
            if any(t.lower_ == "from" for t in doc[token.i : window.start]) and time.start is not None:
                # 'doubled in price from $38,000 in late January': the move runs from then to now
                time = time.model_copy(update={"end": article.published_at, "kind": "window", "anchored": True})
            asset, _ = asset_for(doc, sentence, doc[owner.i : owner.i + 1] if owner.i > token.i else anchor,
                                 by_sentence[sentence.start], dominant)
            if asset is None:
                continue
            start = min(token.i, owner.i) if owner.pos_ == "VERB" else token.i
            half = next((t for t in doc[token.i + 1 : token.i + 5] if t.lower_ == "half"), None) if token.lemma_.lower() in _LOSING else None
            side = bound_before(anchor if half is None else doc[half.i : half.i + 1])  # 'more than doubled', 'lost over half'
            span = (doc[start].idx, max(window.end_char, token.idx + len(token)))
            added.append(Claim(
                kind=ClaimKind.price_change, asset=asset, metric="return", value=value, unit="%",
                decimals=-1 if abs(value) <= 100 else -2,  # 'doubled' is about +100%: written to the ten points
                bound=None if side is None else "at_least" if side is Comparator.above else "at_most",
                comparator=Comparator.up if value > 0 else Comparator.down,
                time=time, modality=modality,
                attributed_to=source, text=text_of(doc)[span[0] : span[1]], sentence=sentence.text.strip(), span=span,
            ))
    return sorted([*claims, *added], key=lambda c: c.span)
