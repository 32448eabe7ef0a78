"""Moves listed against periods: 'Solana rose 2% and 6% over the day and the week,
respectively', 'DOGE surged 3.1% in the daily charts, 32.2% in the weekly charts and 108% over
the month' (each figure with its own window), 'ether gained 3% and 11% in the past 24 hours and seven days', 'XRP fell
1.2%, 4% and 10% over the past day, week and month' (bare units after the first window
share its 'past'). Binding reads
the first figure with its cue, and the window words after the list are far from the others,
so the later figures were lost. Two lists of the same length pair member by member: the n-th
move is over the n-th window, with the first move's coin, cue and sign."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.model import Article, Claim, ClaimKind, Modality, TimeRef
from factcheck.nlp.components import text_of, within
from factcheck.nlp.respective_lists import LIST_GLUE
from factcheck.nlp.timeref import _UNIT, DEFAULT_CHANGE_WINDOW, reference_time, resolve

_LEAD = {"over", "in", "on", "during", "for", "across", "the", "past", "last", "respectively", "just", "only"}
_MOVE_NOUNS = {"loss", "losses", "gain", "gains", "drop", "drops", "decline", "declines", "increase", "increases", "rise",
               "fall", "jump", "surge", "move", "moves", "change", "slide", "dip", "rally", "advance", "decrease",
               "growth", "uptick", "downtick", "plunge", "climb", "rebound", "correction", "respectively"}
_MOVES = {ClaimKind.price_change, ClaimKind.volume, ClaimKind.open_interest}


def _glued(doc: Doc, a: Span, b: Span, also: frozenset[str] = frozenset()) -> bool:
    between = doc[a.end : b.start]
    return bool(between) and all(t.lower_ in LIST_GLUE | also for t in between)


def _runs(doc: Doc, spans: list[Span], also: frozenset[str] = frozenset()) -> list[list[Span]]:
    runs: list[list[Span]] = []
    for span in spans:
        if runs and _glued(doc, runs[-1][-1], span, also):
            runs[-1].append(span)
        else:
            runs.append([span])
    return [r for r in runs if len(r) >= 2]


def _pairs(doc: Doc, sentence: Span) -> list[tuple[list[Span], list[Span]]]:
    """Runs of percentages followed, with only window words between, by as many windows."""
    def inside(span: Span) -> bool:
        return sentence.start <= span.start and span.end <= sentence.end

    figures = [q for q in within(doc, "quantities", sentence) if inside(q) and q._.quantity.unit == "%"]
    windows = [w for w in within(doc, "windows", sentence) if inside(w)]
    found = []
    for run in _runs(doc, figures):
        after = [w for w in windows if w.start >= run[-1].end]
        if not after or not all(t.lower_ in _LEAD | _MOVE_NOUNS for t in doc[run[-1].end : after[0].start]):
            continue  # 'a 1% and 5% loss in the last 24 hours and 7 days': the move's noun may stand between
        listed: list[Span] = next((r for r in _runs(doc, after, frozenset(_LEAD)) if r[0] is after[0]), [after[0]])
        listed = listed + _bare_units(doc, listed[-1], len(run) - len(listed))
        if len(listed) == len(run):
            found.append((run, listed))
    return found + _each_with_its_window(doc, figures, windows)


_CHART_WORDS = {"chart", "charts", "timeframe", "timeframes", "basis", "candle", "candles", "frame"}
_HEDGES = {"more", "than", "over", "about", "nearly", "almost", "roughly", "around", "some", "another", "a", "further"}


def _each_with_its_window(doc: Doc, figures: list[Span], windows: list[Span]) -> list[tuple[list[Span], list[Span]]]:
    """'3.1% in the daily charts, 32.2% in the weekly charts, and more than 108% over the previous
    month': a run of figures, each followed by its own window, joined by commas and 'and'."""
    def own_window(q: Span) -> Span | None:
        w = next((w for w in windows if w.start >= q.end), None)
        if w is None or not all(t.lower_ in _LEAD for t in doc[q.end : w.start]):
            return None
        return w

    def window_end(w: Span) -> int:
        i = w.end
        while i < len(doc) and doc[i].lower_ in _CHART_WORDS:
            i += 1
        return i

    found: list[tuple[list[Span], list[Span]]] = []
    run: list[tuple[Span, Span]] = []
    for q in figures:
        w = own_window(q)
        joined = bool(run) and w is not None and all(
            t.lower_ in LIST_GLUE | _HEDGES for t in doc[window_end(run[-1][1]) : q.start])
        if w is not None and (joined or not run):
            run.append((q, w))
            continue
        if len(run) >= 2:
            found.append(([f for f, _ in run], [w_ for _, w_ in run]))
        run = [(q, w)] if w is not None else []
    if len(run) >= 2:
        found.append(([f for f, _ in run], [w_ for _, w_ in run]))
    return found


def _bare_units(doc: Doc, last: Span, wanted: int) -> list[Span]:
    """'over the past day, week and month': the unit nouns listed after a window, each a window
    of one such unit."""
    out: list[Span] = []
    i = last.end
    while len(out) < wanted and i < len(doc) and doc[i].lower_ in LIST_GLUE:
        while i < len(doc) and doc[i].lower_ in LIST_GLUE:
            i += 1
        if i < len(doc) and doc[i].lemma_.lower() in _UNIT and not doc[i].like_num:
            out.append(doc[i : i + 1])
            i += 1
        else:
            break
    return out


def by_period(doc: Doc, article: Article, claims: list[Claim]) -> list[Claim]:
    """The claims with each figure of a move list over its own window. The figure that binding
    read may be any of the list's ('a 1% and 5% loss in the last 24 hours and 7 days,
    respectively' gives the noun to the 5%): it lends its kind, coin and sign to the others."""
    text = text_of(doc)
    for sentence in doc.sents:
        for figures, windows in _pairs(doc, sentence):
            covered: dict[int, Claim] = {}
            for i, q in enumerate(figures):
                found = next((c for c in claims if c.kind in _MOVES and c.modality is not Modality.forecast
                              and c.span[0] < q.end_char and q.start_char < c.span[1]), None)
                if found is not None:
                    covered[i] = found
            if not covered or len({id(c) for c in covered.values()}) < len(covered):
                continue  # nothing read, or one claim spanning several figures
            if len(covered) == len(figures) and len({(c.time.start, c.time.end) for c in covered.values()}) == len(figures):
                continue  # each figure read already, over a window of its own
            template = covered.get(0) or next(iter(covered.values()))
            sign = -1.0 if (template.value or 0) < 0 else 1.0
            kept = [c for c in claims if all(c is not k for k in covered.values())]
            for i, (figure, window) in enumerate(zip(figures, windows)):
                q = figure._.quantity
                time = _time(article, window, sentence)
                if i in covered:
                    kept.append(covered[i].model_copy(update={"time": time}))
                    continue
                span = (figure.start_char, figure.end_char)
                kept.append(template.model_copy(update={
                    "value": sign * abs(q.value), "decimals": q.decimals, "magnitude": q.magnitude,
                    "text": text[span[0] : span[1]], "span": span, "time": time}))
            claims = sorted(kept, key=lambda c: c.span)
    return claims


def _time(article: Article, window: Span, sentence: Span) -> TimeRef:
    bare = window[-1].lemma_.lower() in _UNIT and all(t.lower_ in _LEAD for t in window[:-1])
    if window.label_ and not bare:  # a window the windows component found ('the week' is the last seven days here)
        return resolve(article, "recent", window, default=DEFAULT_CHANGE_WINDOW, sentence=sentence)
    published = reference_time(article) if article.published_at is not None else None
    if published is None:
        return TimeRef(text=window.text, kind="instant")
    return TimeRef(text=window.text, start=published - _UNIT[window[-1].lemma_.lower()], end=published, kind="window")
