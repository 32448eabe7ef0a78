"""The sentiment index told against its own past: its average over some days ("the index's 7-day
average stands at 31"), its move in points ("down 3 points from yesterday", "a nine-point jump"),
and an earlier print ("the previous day's score of 42", "up from 25 last week").

The index is one number a day, so these are checkable the way a reader of the index's history
would check them: an average is the mean of that many daily values; a move in points is the
day's value less the earlier day's (the day before when no day is named: the index moves print
by print); an earlier print is that day's value. The clause shapes are data
(models/patterns/gauge_comparisons.jsonl). Read elsewhere, the average's figure looked like a
reading of the day and a '30-day average' like a price's moving average.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from spacy.tokens import Doc, Span

from factcheck.model import FEAR_GREED_AVERAGE as AVERAGE
from factcheck.model import FEAR_GREED_CHANGE as CHANGE
from factcheck.model import Article, Claim, ClaimKind, Comparator, TimeRef
from factcheck.nlp.components import file_matcher, group, text_of
from factcheck.nlp.numbers import number_of
from factcheck.nlp.timeref import resolve

DAY = timedelta(days=1)
_SPANS = {"day": 1, "days": 1, "session": 1, "yesterday": 1, "week": 7, "weeks": 7, "weekly": 7, "month": 30, "monthly": 30}
_UNITS = {"day", "days", "week", "weeks", "month", "months", "session", "sessions"}  # a figure before them counts days
_UP = {"up", "higher", "rise", "climb", "gain", "jump", "add", "surge", "soar", "increase", "rebound", "recover", "improve",
       "spike", "advance", "improvement", "uptick"}
# Words after a move in points that name the day it is measured from: 'from yesterday', 'on the week'
_SINCE = {"from", "since", "versus", "vs", "vs.", "than", "against", "on", "over", "in", "with", "compared", "to", "the", "a",
          "one", "previous", "prior", "preceding", "last", "day", "week", "month", "session", "yesterday", "earlier", "ago",
          "before", "overnight", "24", "hours", "its", "this", "reading", "print", "'s", "’s"}
_REACH = 6  # words after the move in which its earlier day is named


def _about_the_index(doc: Doc, sentence: Span, previous: Span | None, claims: list[Claim], match: Span) -> bool:
    """The words read the sentiment index: its sentence names it (or carries one of its claims) and
    no other series or coin is named between it and the words ('the index reads 40 while the Dow is up
    300 points'), or the sentence before named it and this one names nothing else ('The index's 7-day
    average is 31')."""
    metrics = group(doc, "metrics")

    def gauge_spans(s: Span) -> list[tuple[int, int]]:
        named = [(m.start_char, m.end_char) for m in metrics if m.label_ == "sentiment_index" and s.start <= m.start < s.end]
        return named + [c.span for c in claims if c.kind is ClaimKind.sentiment_index and s.start_char <= c.span[0] < s.end_char]

    def others(s: Span, after: int, before: int) -> bool:
        return any(m.label_ != "sentiment_index" and m.text.lower() not in {"index", "gauge"} and after <= m.start_char < before
                   for m in metrics if s.start <= m.start < s.end) or \
            any(after <= a.start_char < before for a in group(doc, "assets") if s.start <= a.start < s.end)

    if any(match.start_char <= a < match.end_char for a, _ in gauge_spans(sentence)):
        return True  # 'the average reading of the Fear and Greed Index over the past week was 11'
    own = [span for span in gauge_spans(sentence) if span[0] < match.start_char]
    if own:
        return not others(sentence, max(e for _, e in own), match.start_char)
    return previous is not None and bool(gauge_spans(previous)) and not others(sentence, sentence.start_char, sentence.end_char)


def _index_day(end: datetime) -> datetime:
    """The UTC day of the index's value as of `end` (a date-only article's `end` is its day's end)."""
    moment = (end - timedelta(microseconds=1)).astimezone(UTC)
    return moment.replace(hour=0, minute=0, second=0, microsecond=0)


def _days_back(words: list[str]) -> int | None:
    """How many days back the words put an earlier print: 'yesterday' 1, 'last week' 7, 'a month ago' 30
    (the index's own page shows 'yesterday', 'last week' and 'last month' that way)."""
    return next((_SPANS[w] for w in words if w in _SPANS), None)


def _period(match: Span) -> tuple[int, str] | None:
    """The days an average runs over, and their words: '7-day', 'seven-day', 'weekly', 'the past 30 days'."""
    words = [t.lower_ for t in match]
    for i, w in enumerate(words):
        if w in {"day", "days"} and i > 0:
            first = i - 2 if words[i - 1] in {"-", "‑"} and i > 1 else i - 1
            count = number_of(words[first])
            if count is not None and count >= 2:
                return int(count), match[first : i + 1].text
        if w in {"week", "weeks", "month", "weekly", "monthly"}:
            before = number_of(words[i - 1]) if i > 0 else None
            first = i - 1 if before is not None else i
            return int((before or 1) * _SPANS[w]), match[first : i + 1].text
    return None


def _claim(template: Claim | None, sentence: Span, match: Span, **fields) -> Claim:
    """A claim on the match's words, with what the sentence's own reading says of the index (its
    provider, modality, source) when there is one."""
    base = {"kind": ClaimKind.sentiment_index, "asset": None, "text": match.text, "sentence": sentence.text,
            "span": (match.start_char, match.end_char), "unit": None, "value_high": None, "zone": None, "bound": None,
            "period": None, "decimals": 0, "magnitude": 1.0, "last_seen": None, "record_time": None, "count": None}
    if template is not None:
        return template.model_copy(update={**base, **fields})
    return Claim(**{**base, **fields})


def _figure(match: Span) -> float | None:
    """The match's figure: its last number that counts no days ('7-day average of 31' is 31, '42 a
    day earlier' is 42)."""
    doc = match.doc
    for token in reversed(match):
        value = number_of(token.text)
        after = doc[token.i + 1 : token.i + 3]
        counts_days = any(t.lower_ in _UNITS for t in after if t.lower_ not in {"-", "‑"})
        if token.like_num and value is not None and not (after and after[0].lower_ in {*_UNITS, "-", "‑"} and counts_days):
            return value
    return None


def _points(match: Span) -> float | None:
    """The count of points a move names ('down three points' is 3)."""
    return next((number_of(t.text) for t in match if t.like_num and number_of(t.text) is not None), None)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _since(doc: Doc, match: Span, sentence: Span, today: datetime) -> tuple[datetime, str | None]:
    """The earlier day a move in points is measured from ('from yesterday', 'from Saturday's
    reading', 'on the week'), and its words; the day before without them."""
    words = doc[match.end : min(sentence.end, match.end + _REACH)]
    taken = []
    for t in words:
        if t.lower_ not in _SINCE and t.lower_ not in _WEEKDAYS:
            break
        taken.append(t)
    named = next((_WEEKDAYS.index(t.lower_) for t in taken if t.lower_ in _WEEKDAYS), None)
    if named is not None:  # the latest such day before the publication's
        back = (today.weekday() - named) % 7 or 7
    else:
        back = _days_back([t.lower_ for t in taken]) or (1 if any(t.lower_ in {"overnight", "hours"} for t in taken) else None)
    if back is None:
        return today - DAY, None
    return today - back * DAY, doc[taken[0].i : taken[-1].i + 1].text


def _direction(match: Span) -> Comparator | None:
    """Up or down, from the move's words ('jumped', 'lower', 'a 3-point drop')."""
    words = {t.lower_ for t in match} | {t.lemma_.lower() for t in match}
    if words & _UP:
        return Comparator.up
    if words & {"down", "lower", "fall", "drop", "slip", "shed", "lose", "sink", "slide", "tumble", "plunge", "decline", "dip",
                "decrease", "retreat", "ease", "plummet", "slump", "loss", "downtick"}:
        return Comparator.down
    return None


def with_gauge_comparisons(doc: Doc, article: Article, claims: list[Claim]) -> list[Claim]:
    """The claims, with the index's averages, moves in points and earlier prints read as such, and
    what other rules had read into the same words (a reading of the average's figure, a moving
    average of no coin) left out."""
    if article.published_at is None:
        return claims
    matches = sorted(file_matcher(doc.vocab, "gauge_comparisons.jsonl")(doc), key=lambda m: (m[1], -(m[2] - m[1])))
    added: list[Claim] = []
    replaced: list[tuple[int, int, float, str]] = []
    taken: set[int] = set()
    sentences = list(doc.sents)
    for match_id, start, end in matches:
        if start in taken:
            continue
        match = doc[start:end]
        sentence = match.sent
        index = next(i for i, s in enumerate(sentences) if s.start == sentence.start)
        if not _about_the_index(doc, sentence, sentences[index - 1] if index else None, claims, match):
            continue
        template = next((c for c in claims if c.kind is ClaimKind.sentiment_index
                         and sentence.start_char <= c.span[0] < sentence.end_char), None)
        now = resolve(article, "instant", None, sentence=sentence).end
        if now is None:
            continue
        today = _index_day(now)
        label = doc.vocab.strings[match_id]
        claim = None
        if label == "average" and (period := _period(match)) and (figure := _figure(match)) is not None:
            days, words = period
            claim = _claim(template, sentence, match, metric=AVERAGE, value=figure, period=days, comparator=Comparator.at,
                           time=TimeRef(text=words, start=now - days * DAY, end=now, kind="window"))
        elif label == "change" and (points := _points(match)) is not None and (side := _direction(match)) is not None:
            earlier, words = _since(doc, match, sentence, today)
            signed = points if side is Comparator.up else -points
            claim = _claim(template, sentence, match, metric=CHANGE, value=signed, unit="points", comparator=side,
                           time=TimeRef(text=words, start=earlier, end=now, kind="window"))
        elif label == "earlier" and (figure := _figure(match)) is not None and (back := _days_back([t.lower_ for t in match])):
            day = today - back * DAY
            claim = _claim(template, sentence, match, metric="fear_greed", value=figure, comparator=Comparator.at,
                           time=TimeRef(text=match.text, start=day, end=day + DAY, kind="day"))
        if claim is None or not 0 <= abs(claim.value or 0) <= 100:  # the index runs 0 to 100
            continue
        taken.update(range(start, end))
        added.append(claim)
        replaced.append((match.start_char, match.end_char, abs(claim.value or 0), label))
    if not added:
        return claims

    def told_again(c: Claim) -> bool:
        """Another rule's reading of the same words and figure: the index's value, a price move, a
        moving average of no coin ('below its 30-day average')."""
        for a, b, figure, label in replaced:
            if not (a <= c.span[0] < b or c.span[0] <= a < c.span[1]):
                continue
            if c.kind in {ClaimKind.sentiment_index, ClaimKind.price_change} and c.value is not None and abs(c.value) == figure:
                return True
            if label == "average" and c.kind is ClaimKind.indicator and c.asset is None:
                return True
        return False

    def own_time(c: Claim) -> Claim:
        """'The index is 14 (yesterday was 7)': the day word is the earlier print's, not the reading's
        before it, which stays a reading as of publication."""
        lent = c.kind is ClaimKind.sentiment_index and c.metric == "fear_greed" and c.time.text and any(
            label == "earlier" and c.span[0] < a and c.value != figure and c.time.text.lower() in text_at(a, b)
            for a, b, figure, label in replaced)
        if not lent:
            return c
        sentence = doc.char_span(c.span[0], c.span[1], alignment_mode="expand").sent
        return c.model_copy(update={"time": resolve(article, "instant", None, sentence=sentence)})

    def text_at(a: int, b: int) -> str:
        return text_of(doc)[a:b].lower()

    return [own_time(c) for c in claims if not told_again(c)] + added
