"""Funding rates as outlets tell them: a sign in words ("turned negative", "a negative 0.01%"),
one side paying the other ("longs are paying shorts"), a rate per hour or per year instead of per
funding period, the same rate restated for another period, an earlier rate told after the reading.

Kept apart because funding, unlike the totals, is read against zero and per a period, and these
words are what tell which.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.model import Comparator
from factcheck.nlp.components import group, within
from factcheck.nlp.joint_coins import coins_before
from factcheck.nlp.metric_words import (
    _CHANGE_NOUNS,
    _EARLIER,
    _ROUGHLY,
    ABOVE,
    BELOW,
    CHAIN_REACH,
    METRICS,
    REACH,
    _words_of,
)
from factcheck.nlp.venue_figures import _venues


def _rate_restated(doc: Doc, sentence: Span, reading: Span, quantities: list[Span]) -> list[Span]:
    """'0.01% per eight hours, or about 11% annualized', '0.01% (roughly 11% a year)': the same rate
    restated for another period, not a second reading."""
    for q in quantities:
        if q.start < reading.end:
            continue
        if q.start - reading.end > CHAIN_REACH or q._.quantity.unit != "%":
            return []
        words = [t.lower_ for t in doc[reading.end : q.start]]
        while words and words[-1] in _ROUGHLY:
            words.pop()
        restating = words[-2:] == [",", "or"] or words[-1:] == ["("] or words[-1:] == ["or"] and len(words) == 1
        after = {t.lower_ for t in doc[q.end : min(sentence.end, q.end + 3)]}
        return [q] if restating and (after & (_ANNUAL | _HOURLY | {"year", "day", "eight", "8h"})) else []
    return []


_HOURLY = {"hourly", "hour", "1h", "1-hour", "one-hour"}


def _hourly(doc: Doc, sentence: Span, metric: Span, reading: Span) -> bool:
    """'0.0012% per hour', 'an hourly 0.001%', 'hourly funding of 0.0012%': a rate per hour, as
    venues that settle funding every hour quote it, not per eight hours."""
    after = [t.lower_ for t in doc[reading.end : min(sentence.end, reading.end + 2)]]
    if after in (["per", "hour"], ["an", "hour"], ["a", "hour"], ["/", "hour"], ["/", "h"]) or after[:1] == ["hourly"]:
        return True
    near = doc[max(sentence.start, metric.start - 2) : metric.end]
    lead = doc[max(sentence.start, reading.start - 2) : reading.start]
    return any(t.lower_ in {"hourly", "1h", "1-hour", "one-hour"} for t in [*near, *lead])


_ANNUAL = {"annualized", "annualised", "annual", "apr", "apy", "yearly", "annum"}


def _annualised(doc: Doc, sentence: Span, metric: Span, reading: Span) -> bool:
    """'annualised funding ... 4.5%', 'at an annualized 11%', '10% annualized', '22% a year':
    a funding rate given per year rather than per funding period."""
    near = doc[max(sentence.start, metric.start - 3) : metric.end]
    around = doc[max(sentence.start, reading.start - 3) : min(sentence.end, reading.end + 3)]
    if any(t.lower_ in _ANNUAL for t in [*near, *around]):
        return True
    after = [t.lower_ for t in doc[reading.end : min(sentence.end, reading.end + 2)]]
    return after in (["a", "year"], ["per", "year"])


def _written_negative(doc: Doc, sentence: Span, reading: Span) -> bool:
    """'a negative 0.01%', 'minus 0.005%': the sign in words."""
    i = reading.start - 1
    while i >= sentence.start and doc[i].lower_ in _ROUGHLY | {"a", "an"}:
        i -= 1
    return i >= sentence.start and doc[i].lower_ in {"negative", "minus"}


_SIGN_REACH = 8  # words from "funding" to its sign: "funding on Binance's BTC perpetual has stayed negative"
_TURN_WORDS = {"turn", "flip", "go", "dip", "fall", "slip", "drop", "swing", "move", "cross", "sink", "rise", "climb", "jump"}
_SIGNS = {"negative": "below", "positive": "above"}
# Words that bring a rate toward a sign it has not reached: "is sliding toward negative territory"
# is still positive, as a price that "nears $100,000" is still below it.
_NEARING = {"toward", "towards", "nearing", "nears", "approaching", "approaches", "closer"}


_RATE_LEADS = {"averaging", "averaged", "average", "at", "of", "around", "near"}


def _rate_told_later(doc: Doc, sentence: Span, metric: Span, quantities: list[Span], taken: set[int]) -> Span | None:
    """'Funding rates ..., a measure of leveraged demand, have fallen to almost nothing, with Binance's
    contract averaging 0.0006% per eight hours': past the usual reach, a percentage led by
    'averaging' or 'at' in the funding's sentence is its rate, unless another metric owns it."""
    for q in quantities:
        if q.start < metric.end or q.start in taken or q._.quantity.unit != "%":
            continue
        if q.start - metric.end > 3 * REACH or doc[q.start - 1].lower_ not in _RATE_LEADS and (q.start < 2 or doc[q.start - 2].lower_ not in _RATE_LEADS):
            return None
        if any(metric.end <= m.start < q.start and m.label_ in METRICS and m.label_ != "funding_rate" for m in group(doc, "metrics")):
            return None
        return q
    return None


def _funding_sign(doc: Doc, sentence: Span, metric: Span) -> tuple[Comparator, Token] | None:
    """A funding rate written as its sign: 'turned negative' crosses zero, 'stayed
    negative' / 'remains positive' sits below / above it, 'near zero' is at it."""
    paid = _payer(doc, metric)
    if paid is not None:  # "longs are paying shorts": funding is positive; "shorts are paying longs": negative
        return Comparator.above if paid == "long" else Comparator.below, doc[metric.end - 1]
    words = doc[metric.end : min(metric.end + _SIGN_REACH, sentence.end)]
    for token in words:
        if token.is_punct:
            break
        word = token.lower_
        if token.i > words.start and doc[token.i - 1].lower_ == "from":
            continue  # "flipped from positive to negative": where it started, not where it is
        side = _SIGNS.get(word)
        if side is None and word == "zero" and token.i > words.start:
            before = doc[token.i - 1].lower_
            side = "below" if before in BELOW else "above" if before in ABOVE else "at" if before in {"near", "around", "at", "to"} else None
        if side is None:
            continue
        if side != "at" and any(t.lower_ in _NEARING for t in doc[max(metric.end, token.i - 3) : token.i]):
            return Comparator("below" if side == "above" else "above"), token  # "sliding toward negative": still positive
        moved = any(t.lemma_.lower() in _TURN_WORDS for t in doc[metric.end : token.i])
        if side == "at":
            return Comparator.at, token
        return Comparator(f"crossed_{side}" if moved else side), token
    return _sign_of_verb(doc, sentence, metric) or _sign_before(doc, sentence, metric)


def _sign_of_verb(doc: Doc, sentence: Span, metric: Span) -> tuple[Comparator, Token] | None:
    """Past the reach of the words, the parse: 'Funding rates in the bitcoin perpetual swap market
    have turned positive': the sign completes the verb the funding is subject of."""
    verb = metric.root.head
    if metric.root.dep_ not in {"nsubj", "nsubjpass"} or verb.pos_ not in {"VERB", "AUX"} or verb.i < metric.end:
        return None
    for token in doc[verb.i + 1 : min(verb.i + 4, sentence.end)]:
        if token.is_punct:
            return None
        side = _SIGNS.get(token.lower_)
        if side is not None and token.head.i == verb.i or side is not None and token.head.head.i == verb.i:
            moved = verb.lemma_.lower() in _TURN_WORDS
            return Comparator(f"crossed_{side}" if moved else side), token
    return None


_SIGN_LEADS = {"a", "an", "the", "its", "their", "first", "deeply", "slightly", "mildly", "persistently", "sustained", "net"}
_FIRST = {"first", "flipped", "turned", "flip", "turn", "into"}


def _sign_before(doc: Doc, sentence: Span, metric: Span) -> tuple[Comparator, Token] | None:
    """'negative funding rates on ether', 'its first negative funding rate of 2025', 'a negative
    BTC and ETH funding rate': the sign written before the funding words (and the coins they are of); a first one (or one turned to) is a crossing of zero. A sign
    said of no coin or venue ('Negative funding into rising prices is a squeeze setup') is the
    general case, not a reading."""
    listed = coins_before(doc, metric.start, within(doc, "assets", sentence))
    if listed and _rule_of_thumb(metric):
        return None
    i = (listed[0].start if listed else metric.start) - 1  # 'a negative BTC and ETH funding rate': the coins between
    while i >= sentence.start and doc[i].lower_ in _SIGN_LEADS - {"first"}:
        i -= 1
    if i < sentence.start or doc[i].lower_ not in _SIGNS:
        return None
    sign = doc[i]
    lead = doc[max(sentence.start, i - 3) : i]
    moved = any(t.lower_ in _FIRST or t.lemma_.lower() in _TURN_WORDS and t.pos_ in {"VERB", "AUX"} for t in lead)
    side = _SIGNS[sign.lower_]
    phrase = doc[max(sentence.start, i - 3) : min(sentence.end, metric.end + 3)]
    named = any(phrase.start <= a.start < phrase.end for a in group(doc, "assets")) or bool(_venues(doc, phrase)) \
        or _held(metric)
    if not moved and not named:
        return None
    return Comparator(f"crossed_{side}" if moved else side), sign


_HABITS = {"typically", "generally", "usually", "often", "historically", "traditionally", "normally", "tend", "mean", "imply",
           "indicate", "signal", "suggest"}


def _rule_of_thumb(metric: Span) -> bool:
    """'A negative BTC funding rate typically signals bearish sentiment', 'Negative BTC and ETH funding
    rates have historically preceded squeezes': the signed funding is the subject of what such a rate
    does in general, though a coin is named, not this market's reading."""
    root = metric.root
    while root.dep_ == "conj" and root.head.i < root.i:  # the parse may hang the funding words on the first coin
        root = root.head
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = root.head
    return verb.lemma_.lower() in _HABITS or any(c.lower_ in _HABITS for c in verb.children if c.dep_ == "advmod")


def _held(metric: Span) -> bool:
    """'Most exchanges maintain a positive funding rate': a sign that venues or traders keep or show
    (models/metrics.json, funding_held) is the market's present reading, whichever coin the
    sentence is about."""
    root = metric.root
    return root.dep_ == "dobj" and root.head.lower_ in _words_of("funding_held")


_PAYING_SIDES = {"longs": "long", "shorts": "short", "bulls": "long", "bears": "short"}


def _payments(doc: Doc, sentence: Span) -> list[Span]:
    """'longs are paying shorts', 'shorts pay longs to stay open': one side paying the other is
    funding told by its sign (models/metrics.json, funding_payments); the span runs from the payer
    to the payee."""
    verbs = _words_of("funding_payments")
    found = []
    for token in sentence:
        if token.lower_ not in verbs:
            continue
        payer = next((t for t in reversed(doc[max(sentence.start, token.i - 3) : token.i]) if t.lower_ in _PAYING_SIDES), None)
        payee = next((t for t in doc[token.i + 1 : min(sentence.end, token.i + 5)] if t.lower_ in _PAYING_SIDES), None)
        if payer is not None and payee is not None and _PAYING_SIDES[payer.lower_] != _PAYING_SIDES[payee.lower_]:
            found.append(Span(doc, payer.i, payee.i + 1, label="funding_rate"))
    return found


def _payer(doc: Doc, metric: Span) -> str | None:
    """The side that pays, when the funding is told as a payment."""
    first = metric[0].lower_
    return _PAYING_SIDES[first] if first in _PAYING_SIDES and len(metric) > 1 and metric[-1].lower_ in _PAYING_SIDES else None


def _earlier_rates(doc: Doc, sentence: Span, reading: Span, quantities: list[Span], taken: set[int]) -> list[Span]:
    """'at 0.002%, down from 0.011% a week ago': the earlier rate told after the reading is a reading
    of its own, as for the other totals ('dropped from 0.015% to 0.005%' is read where it arrived)."""
    for q in quantities:
        if q.start in taken or q.start == reading.start or q._.quantity.unit != "%":
            continue
        if q.start >= reading.end:
            if q.start - reading.end > CHAIN_REACH:
                return []
            words = [t.lower_ for t in doc[reading.end : q.start] if t.text != "," and t.lower_ not in _ROUGHLY]
            return [q] if words == ["from"] or any(words == list(e) for e in _EARLIER) else []
    return []


RATE_REACH = 1.0  # percent per funding period: a figure beyond it said of funding is no rate, but a change of it


def rate_change_after(doc: Doc, sentence: Span, reading: Span, quantities: list[Span], taken: set[int]) -> list[Span]:
    """'standing at 0.008% — recording a 90% drop over the past seven days': after the rate, a
    percentage too large for a rate and named as a change is how far the rate itself moved."""
    for q in quantities:
        if q.start < reading.end or q.start in taken or q._.quantity.unit != "%":
            continue
        if q.start - reading.end > CHAIN_REACH or abs(q._.quantity.value) < RATE_REACH:
            return []
        after = doc[q.end] if q.end < sentence.end else None
        return [q] if after is not None and after.lemma_.lower() in _CHANGE_NOUNS else []
    return []


# Nouns "funding" may qualify and still be the perpetuals' rate: "funding rate", "funding fees", "funding data"
_RATE_NOUNS = {"rate", "rates", "fee", "fees", "payment", "payments", "level", "levels", "cost", "costs", "reading", "readings",
               "premium", "data", "print", "prints", "interval", "intervals", "environment", "flip", "reset", "spike",
               "average", "averages", "mean", "figure", "figures", "snapshot"}


def funding_of_something_else(metric: Span) -> bool:
    """'a government funding bill', 'a funding round led by Paradigm': 'funding' qualifying another
    noun is money raised or spent, not the rate perpetuals pay."""
    root = metric.root
    return root.lower_ == "funding" and root.dep_ in {"compound", "amod", "nmod"} and root.head.i >= metric.end and root.head.pos_ in {"NOUN", "PROPN"} \
        and root.head.lower_ not in _RATE_NOUNS


_REFERENCE_WORDS = {"baseline", "benchmark", "default", "standard", "base"}


def reference_rate(doc: Doc, metric: Span) -> bool:
    """'The standard baseline funding rate is around 0.01%', 'the default funding rate of 0.01%':
    the rate exchanges start from, a reference a reading is compared with, not a reading."""
    before = doc[max(metric.sent.start, metric.start - 3) : metric.start]
    return any(t.lower_ in _REFERENCE_WORDS for t in before) or any(t.lower_ in _REFERENCE_WORDS for t in metric)
