"""Which figure in a sentence is a metric's reading, and when it was read.

The nearby words decide first ("$500 million in liquidations", "open interest climbed to $26.7
billion"), the parse after them ("The gauge, which blends ..., stood at 21"); a figure that belongs
to another metric, a period ("14-day RSI") or another thing ("$100,000 calls") is no reading.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.model import ClaimKind
from factcheck.nlp.bracketed_shares import share_tokens
from factcheck.nlp.components import group, token_set
from factcheck.nlp.figure_windows import clause_break, window_for
from factcheck.nlp.gauge_definitions import not_a_reading
from factcheck.nlp.indicator_settings import TIMEFRAMES, period_quantity
from factcheck.nlp.metric_words import (
    _CHANGE_NOUNS,
    _ROUGHLY,
    GLUE,
    METRICS,
    MONEY,
    REACH,
    _fits,
)

_GAUGE_NOUNS = {"indicator", "oscillator", "gauge", "index", "reading", "readings"}
# "a 40% rise on the average daily volume", "a 25% jump over the prior session's volume"
_BASELINE = {"from", "over", "above", "below", "on", "versus", "vs", "average", "previous", "prior", "usual", "normal",
             "day's", "session's", "week's", "month's", "30-day", "7-day", "weekly", "monthly"}


def _reading(doc: Doc, sentence: Span, metric: Span, quantities: list[Span], taken: set[int]) -> Span | None:
    """The number that belongs to `metric`, if any."""
    _, _, units = METRICS[metric.label_]
    for q in reversed(quantities):  # right before: "$500 million in liquidations"
        # "$354 million (21.1%) in liquidations": a bracketed share or restatement is the figure's own
        aside = share_tokens(doc, q.end, metric.start) if q.end <= metric.start and metric.start - q.end <= 16 else set()
        if q.end <= metric.start and metric.start - q.end - len(aside) <= 8 and q.start not in taken:
            glue = doc[q.end : metric.start]
            coins = {t.i for a in group(doc, "assets") if q.end <= a.start < metric.start for t in a}
            coins |= {t.i + 1 for t in doc[q.end : metric.start] if t.i in coins and doc[t.i + 1].lower_ in {"'s", "’s"}}  # "Dogecoin's"
            coins |= {t.i for w in group(doc, "windows") if q.end <= w.start < metric.start for t in w}  # "24-hour"
            coins |= aside
            changed = q._.quantity.unit == "%" and any(t.lemma_.lower() in _CHANGE_NOUNS for t in glue)
            if [t.lower_ for t in glue] == ["to"] and metric.label_ == "liquidations" and _lost_before(doc, sentence, q):
                return q  # "traders lost more than $500 million to liquidations"
            fated = metric.label_ == "liquidations" and _positions_fated(glue)
            levelled = [t.lower_ for t in glue[:2]] == ["level", "of"]  # 'has fallen to the 38 level of the RSI'
            if metric.label_ in GAUGES and _on_the_gauge(glue):
                return q  # "sentiment sits at 14 on the Fear & Greed Index", "scored 14 out of 100 on the index"
            if all(t.lower_ in GLUE or t.i in coins or changed and t.lower_ in _BASELINE or fated and t.lower_ in _FATE
                   or levelled and t.i == glue.start for t in glue) \
                    and _fits(units, q._.quantity, doc):
                after = doc[q.end].lower_ if q.end < len(doc) else ""
                if after not in {"-", "day", "period"}:  # "14-day RSI": a period, not a reading
                    return q
    named = metric.end + (1 if metric.end < sentence.end and doc[metric.end].lower_ in _GAUGE_NOUNS else 0)  # "the RSI indicator on ..."
    aside = _aside_after(doc, sentence, named)  # "open interest — the money tied up in futures — dipped 0.3%"
    for q in quantities:  # shortly after, same clause: "open interest climbed to $26.7 billion"
        reach = (2 * REACH if _totalled(doc, metric.end, q.start) else REACH) + _window_words(doc, metric.end, q.start) \
            + sum(1 for i in aside if i < q.start)
        if metric.end <= q.start <= named + reach and q.start not in taken and q.start not in aside:
            between = doc[metric.end : q.start]
            if any(t.text in {";", "—"} and t.i not in aside for t in between) and not _dashed_figure(between):
                break
            others = [m for m in group(doc, "metrics") if metric.end <= m.start < q.start and m.label_ != metric.label_
                      and m.start not in aside
                      and not (m.label_ == "other" and m.text.lower() in GLUE)]  # "liquidations of leveraged positions topped $1B"
            if any(t.lower_ in {"price", "prices"} for t in between):
                break  # "the liquidation cascade took the price to $75,700"
            if _coin_sent_across(doc, between):
                break  # "strong inflows could push Bitcoin above $80,000": the coin is what crosses the level
            if others:
                break
            if period_quantity(q, metric) or _labels_other(doc, q) or not_a_reading(doc, q):
                continue  # 'RSI (14)', 'the index, on a 0-100 scale, ...', 'the index as of Nov. 27'
            if _owned_by_next_metric(doc, q, metric):
                break  # "per liquidation trackers, $811 million of open interest vanished"
            if _fits(units, q._.quantity, doc):
                return _past_the_change(doc, metric, _arrived(doc, q, quantities, units), quantities, units)
    return _reading_of_subject(doc, sentence, metric, quantities, taken, units)


GAUGES = frozenset({"rsi", "sentiment_index"})
_ON_GAUGE = frozenset({"on", "the", "its", "out", "of", "100", "/100", "crypto"})


def _on_the_gauge(glue: Span) -> bool:
    """A 0-100 gauge read as a score 'on' it: the words between the figure and the gauge's name
    are only 'on the' and the scale."""
    words = [t.lower_ for t in glue]
    return "on" in words and all(w in _ON_GAUGE for w in words)


_DASH_LEADS = {"around", "about", "nearly", "roughly", "almost", "over", "some", "approximately", "just", "more", "than", "under"}


def _dashed_figure(between: Span) -> bool:
    """'also saw liquidations—about $27.2 million': a dash right after the metric that sets off its
    figure, with nothing but how near the figure is between."""
    return len(between) >= 1 and between[0].text in {"—", "–"} and all(t.lower_ in _DASH_LEADS for t in between[1:])


_ASIDES = {"—": "—", "–": "–", "(": ")"}


def _aside_after(doc: Doc, sentence: Span, start: int) -> set[int]:
    """The words of an aside set off by dashes or brackets right after a metric ('open interest —
    the total money tied up in futures — dipped'): they define it, and do not part it from its verb.
    An aside holding a figure is not skipped."""
    if start >= sentence.end or doc[start].text not in _ASIDES:
        return set()
    close = _ASIDES[doc[start].text]
    end = next((t.i for t in doc[start + 1 : min(sentence.end, start + 16)] if t.text == close), None)
    if end is None or any(t.like_num for t in doc[start + 1 : end]):
        return set()
    return set(range(start, end + 1))


_ACROSS = {"above", "below", "beneath", "under", "past", "beyond"}


def _coin_sent_across(doc: Doc, between: Span) -> bool:
    """A coin named right before 'above'/'below' between a metric and a figure: the figure is the
    coin's level, which the metric is said to move it across."""
    coins = token_set(doc, "assets")
    return any(t.i in coins and t.i + 1 < between.end and doc[t.i + 1].lower_ in _ACROSS for t in between)


def _window_words(doc: Doc, start: int, end: int) -> int:
    """The words of time windows between a metric and a figure ('liquidations in the past 24 hours
    are reported to be $144 million'): they say when, and do not put the figure further off. Not
    across a clause break ('... liquidated over the past day, as the slide dragged ether to $1,520')."""
    if any(t.text in {",", ";", ":", "—", "–", "("} for t in doc[start:end]):
        return 0
    return sum(w.end - w.start for w in group(doc, "windows") if start <= w.start and w.end <= end)


_FATE = {"to", "be", "into", "face", "faced", "facing", "forced"}
_POSITIONS = {"positions", "bets", "contracts", "longs", "shorts"}


def _positions_fated(glue: Span) -> bool:
    """'$250 million positions to face liquidations', '$180 million of positions into liquidation':
    an amount of positions, then the words that send them to liquidation."""
    words = [t.lower_ for t in glue]
    held = next((i for i, w in enumerate(words) if w in _POSITIONS), None)
    return held is not None and all(w in _FATE for w in words[held + 1 :])


_TOTALS = {"total", "totaling", "totalling", "totalled", "totaled", "combined", "aggregate"}


def _totalled(doc: Doc, start: int, end: int) -> bool:
    """'traders were liquidated over the past day, with a total amount reaching $940 million':
    a figure announced as the total may stand further from its metric."""
    return end - start <= 2 * REACH and any(t.lower_ in _TOTALS | _RECORDED for t in doc[start:end])


# "Solana open interest (OI) at a new all-time high of $11.03 billion": the total's record is its reading,
# announced by more words than a plain level
_RECORDED = {"record", "ath", "peak", "high"}  # "all-time" is three tokens: its "high" stands for it


_LOSING = {"lose", "forfeit", "bleed", "surrender"}


def _lost_before(doc: Doc, sentence: Span, quantity: Span) -> bool:
    """Whether a verb of losing leads the figure ('lost more than $500 million')."""
    bound = next((b for b in group(doc, "bounds") if b.end == quantity.start), None)
    start = bound.start if bound is not None else quantity.start
    return start > sentence.start and doc[start - 1].lemma_.lower() in _LOSING


def _owned_by_next_metric(doc: Doc, quantity: Span, metric: Span) -> bool:
    """A figure written right before another metric ('$811 million in open interest') is that metric's."""
    return any(
        m.label_ != metric.label_ and m.label_ in METRICS and quantity.end <= m.start <= quantity.end + 1
        and all(t.lower_ in {"in", "of"} for t in doc[quantity.end : m.start])
        for m in group(doc, "metrics")
    )


def _arrived(doc: Doc, reading: Span, quantities: list[Span], units: frozenset[str | None]) -> Span:
    """'down from $2.6 trillion to $2.38 trillion': the figure now is the one after
    'to'; the one after 'from' is only where the move started."""
    start = reading.start
    while start > 1 and doc[start - 1].lower_ in _RATE_BASIS:
        start -= 1  # "rose from an annualized 5% to over 7%": how the rate is quoted stands between
    if start == 0 or doc[start - 1].lower_ != "from":
        return reading
    dated = token_set(doc, "windows")
    for q in quantities:
        if q.start >= reading.end:
            # "from $6.07 billion recorded on August 5 to ...": when the start was read does not part it from the arrival
            bound = next((b for b in group(doc, "bounds") if b.end == q.start and b.start > reading.end), None)
            upto = bound.start if bound is not None else q.start  # "to over 7%": the bound is the arrival's own
            link = [t.lower_ for t in doc[reading.end : upto] if t.i not in dated and t.lower_ not in _START_DATED]
            if link[-3:-1] in _NAMED_ARRIVAL and link[-1] == "of" and link[0] == "to" and len(link) <= 5:
                link = link[: -3 if link[-4:-3] not in (["a"], ["the"], ["its"]) else -4]  # "to a current value of 0.035%"
            if link and link[-1] == "to" and all(w in _ROUGHLY or w == "to" for w in link) and _fits(units, q._.quantity, doc):
                return q
            break
    return reading


_START_DATED = {"recorded", "seen", "registered", "posted", "logged", "on", "in"}
_RATE_BASIS = {"an", "a", "annualized", "annualised", "annual"}
# "increased from 0.00045% to a current value of 0.035%": the level arrived at, named
_NAMED_ARRIVAL = [[first, noun] for first in ("current", "new", "present", "latest", "fresh") for noun in ("value", "level", "reading", "rate", "high", "low")]


_LEVELS_ONLY = {"dominance", "funding_rate", "sentiment_index"}  # read as levels: a change in them is no claim of the format


def _past_the_change(doc: Doc, metric: Span, reading: Span, quantities: list[Span], units: frozenset[str | None]) -> Span:
    """'dominance slipped 1.2% to 58.9%', 'the index rose 10 to 58': for a series the format reads
    only as a level, a figure followed by 'to' and another figure is the size of the move; the
    level is the second."""
    if metric.label_ not in _LEVELS_ONLY or reading.end >= len(doc) or doc[reading.end].lower_ != "to":
        return reading
    following = next((q for q in quantities if q.start == reading.end + 1), None)
    if following is None or not _fits(units, following._.quantity, doc) or following._.quantity.unit != reading._.quantity.unit:
        return reading
    return following


_CLAUSE_LINKS = {"prep", "pobj", "attr", "dobj", "acomp", "advmod", "npadvmod", "nummod", "quantmod", "appos", "oprd"}
# "funding on SOL, XRP and a few large caps hit the 0.12% line": the figure names the line the verb reaches
_MARK_NOUNS = {"mark", "level", "threshold", "milestone", "line", "barrier", "handle"}


def _reading_of_subject(doc: Doc, sentence: Span, metric: Span, quantities: list[Span], taken: set[int], units: frozenset[str | None]) -> Span | None:
    """Past the nearby words, the parse: when the metric is the subject of a verb, the
    number that verb governs ('The gauge, which blends ..., stood at 21')."""
    if metric.root.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = metric.root.head
    coins = token_set(doc, "assets")
    if any(c.dep_ == "dobj" and (c.i in coins or c.lower_ in {"price", "prices"}) for c in verb.children):
        return None  # 'rising open interest could push the price above $80,000': the verb moves the price
    for q in quantities:
        if q.start < metric.end or q.start in taken or not _fits(units, q._.quantity, doc) or _labels_other(doc, q):
            continue
        token = q.root  # tokens are views: compare positions, not objects
        if token.dep_ in {"compound", "nmod", "amod", "nummod"} and token.head.lemma_.lower() in _MARK_NOUNS:
            token = token.head  # "... hit the 0.12% line"
        while token.i != verb.i and token.head.i != token.i and (
            token.dep_ in _CLAUSE_LINKS or token.dep_ == "conj" and not _has_subject(token)
            or token.dep_ == "advcl" and token.tag_ == "VBG" and not _has_subject(token) and bool(units & MONEY)
        ):  # "open interest has soared and now sits above $23 billion",
            # "the market value has seen a rise this year, increasing over $1 trillion"
            token = token.head
        if token.i == verb.i:
            return _arrived(doc, q, quantities, units)  # "... has increased from 0.00045% to a current value of 0.035%"
    return None


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)


def _window(doc: Doc, sentence: Span, metric: Span, anchor: Span, quantities: list[Span], kind: ClaimKind, *,
            change: bool = False) -> Span | None:
    """The time of a reading: one written after its figure (a change's may follow the figures it
    went from and to: 'fell 8% to $28 billion over the past week'); else one between the metric and
    the figure ('the daily RSI closed Wednesday at 24'); else one before. An indicator's timeframe
    ('daily RSI') is how it is computed, not when."""
    found = window_for(doc, sentence, metric, anchor, quantities, past_endpoints=change)
    if found is not None and kind is ClaimKind.indicator and (all(t.lower_ in TIMEFRAMES or t.lower_ in {"the", "a"} for t in found)
                                                           or "".join(t.lower_ for t in found if t.lower_ not in {"the", "a"}) in TIMEFRAMES):
        found = None  # "the daily", "the 4-hour": a timeframe
    if found is not None and found.start >= anchor.end:
        return found
    between = [w for w in group(doc, "windows") if metric.end <= w.start and w.end <= anchor.start
               and not clause_break(doc[w.end : anchor.start])]  # "fell to 20 on Wednesday, while it stands at 24": not 24's day
    if between:
        return between[-1]
    return found


def _labels_other(doc: Doc, quantity: Span) -> bool:
    """'$100,000 calls': the number names another thing (an option strike), not the metric's reading."""
    return any(m.start == quantity.end and m.label_ == "other" for m in group(doc, "metrics"))
