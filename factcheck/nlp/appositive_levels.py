"""A price named again by what it is, in an apposition: "$2,750, the next support", "$4,400,
Friday's pre-crash high", "$4,040, near Monday's low".

Outlets set a level's role beside it after a comma rather than in the verb ('faces resistance
at $4,400'), so the figure's own claim (a forecast target, a level) says nothing of it. The
apposition is a claim of its own: a support or resistance at that price, or the high or low of
the named day. The label phrases are data (models/patterns/appositive_levels.jsonl); the figure
must be one a claim already reads (here, or where it was first written), which gives the coin.
A support or resistance labelled by the extreme it was ('a floor at $89,500, Tuesday's low')
stays one claim, as the corpus annotates it.
"""

from __future__ import annotations

from datetime import timedelta

from spacy.tokens import Doc

from factcheck.model import Article, Claim, ClaimKind, Comparator, Modality, TimeRef
from factcheck.nlp.components import file_matcher, group, text_of
from factcheck.nlp.owner_times import DAY_WORDS
from factcheck.nlp.timeref import _midnight, _today, named_day_start

_KINDS = {"support": ClaimKind.support, "resistance": ClaimKind.resistance,
          "intraday_high": ClaimKind.intraday_high, "intraday_low": ClaimKind.intraday_low}
_WEEKDAYS = DAY_WORDS | {"today"}


def _day_window(article: Article, doc: Doc, start: int, end: int) -> TimeRef | None:
    """The named day of an extreme, up to publication: 'Friday's high' is Friday's whole day."""
    if article.published_at is None:
        return None
    day = next((t for t in doc[start:end] if t.lower_ in _WEEKDAYS), None)
    if day is None:
        return None
    begin = _midnight(article, _today(article)) if day.lower_ == "today" else named_day_start(article, doc[day.i : day.i + 1])
    finish = min(begin + timedelta(days=1), article.published_at)
    return TimeRef(text=doc[day.i : day.i + 2].text, start=begin, end=finish, kind="day")


def with_appositive_levels(doc: Doc, article: Article, claims: list[Claim]) -> list[Claim]:
    """The claims, with one more for each price whose role an apposition names."""
    priced = [c for c in claims if c.unit == "USD" and c.value is not None and c.kind is not ClaimKind.opinion]
    matches = sorted(file_matcher(doc.vocab, "appositive_levels.jsonl")(doc), key=lambda m: (m[1], -(m[2] - m[1])))
    added: list[Claim] = []
    used: set[int] = set()
    for match_id, start, end in matches:
        if start in used:
            continue  # the longest reading of one apposition
        used.add(start)
        figure = next((q for q in group(doc, "quantities") if q.end == start), None)
        if figure is None:
            continue
        lo, hi = figure.start_char, figure.end_char
        owner = next((c for c in priced if c.span[0] <= lo and hi <= c.span[1]), None)
        restated = False
        if owner is None:  # the figure's claim was kept where it first appeared ('- ... $2,750.' in a bullet)
            owner = next((c for c in priced if c.span[1] <= lo and c.value == figure._.quantity.value), None)
            restated = True
        if owner is None:
            continue
        kind = _KINDS[doc.vocab.strings[match_id]]
        if owner.kind in {ClaimKind.support, ClaimKind.resistance}:
            continue  # 'a floor at $89,500, Tuesday's low': the label explains the level, one claim with it
        if kind in {ClaimKind.support, ClaimKind.resistance}:
            time = TimeRef(start=article.published_at, end=article.published_at) if article.published_at else TimeRef()
        else:
            window = _day_window(article, doc, start, end)
            if window is None:
                continue
            time = window
        if owner.kind is kind and not restated:  # 'after bouncing off $2,310, Tuesday's low': the low already read, now dated
            dated = owner.model_copy(update={"time": time})
            claims = [dated if c is owner else c for c in claims]
            priced = [dated if c is owner else c for c in priced]
            continue
        span = (figure.start_char, doc[end - 1].idx + len(doc[end - 1]))
        added.append(owner.model_copy(update={
            "kind": kind, "comparator": Comparator.at, "value_high": None, "time": time, "metric": "price",
            "text": text_of(doc)[span[0] : span[1]], "span": span, "bound": None, "record_time": None, "last_seen": None,
            "sentence": figure.sent.text.strip(),
            # the label is the outlet's word even beside a target: '... would open the door to $2,750, the next support'
            "modality": Modality.asserted if owner.modality in {Modality.forecast, Modality.conditional} else owner.modality,
            "attributed_to": owner.attributed_to if owner.modality is Modality.attributed else None,
        }))
    return claims + added
