"""Readings of a gauge (the RSI, the Fear & Greed index): the zone written with a reading ("at
24, oversold"), a move through its line ("RSI dipped below 30"), the chart's timeframe ("daily
RSI", "61 on the four-hour"), readings listed for several timeframes or coins, earlier and later
readings in one clause, and "it" standing for the gauge of the sentence before.

Kept apart because a gauge is a 0-100 reading with named zones and a timeframe, which none of the
market totals have.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.model import ClaimKind, Comparator
from factcheck.nlp.carried_totals import open_interest_carried
from factcheck.nlp.components import group, within
from factcheck.nlp.indicator_settings import (
    TIMEFRAMES,
    indicator_settings,
    timeframes_listed,
)
from factcheck.nlp.metric_words import METRICS, _fits, _zones
from factcheck.nlp.moving_states import moving_as_state
from factcheck.nlp.word_forms import forms

# Verbs that make "RSI dipped below 30" a crossing, not a standing ("RSI sits above 80").
CROSSING = {"cross", "dip", "fall", "drop", "slip", "sink", "slide", "plunge", "tumble", "rebound", "bounce", "break",
            "climb", "rise", "jump", "surge", "move", "recover", "spike", "crash", "return", "plummet", "dive", "slump", "tank", "soar"}
NEGATIONS = {"not", "no", "nor", "never", "n't"}
FURTHER = {"from", "at", "to", "touching", "hitting", "reaching", "reads", "read"}  # "fell to 14 from 20 on Saturday", "sank to 6 and is back at 9 today",
# "cooled to 55 after touching 78 last week"


_LINE_NAMING = {"the", "a", "neutral", "key", "critical", "important", "psychological", "pivotal", "crucial", "midline", "mid", "mid-point", "midpoint",
                "its", "of", "level", "line", "mark", "threshold", "barrier", "overbought", "oversold", "“", "”", '"'}
# "slipped below the midline of 50", "above its neutral level of 50", "plunged beneath the critical threshold of 30",
# "still below the “overbought” threshold of 70"


def _crossing(doc: Doc, sentence: Span, reading: Span) -> bool:
    """Whether 'above/below N' is reached by a move through it: a verb of motion right before it
    ('RSI dipped below 30'), 'back' ('is back above 50': it had been below), or the verb the
    bound hangs on further back ('slid into oversold territory below 30')."""
    before = doc[max(sentence.start, reading.start - 3) : reading.start]
    if any((t.lemma_.lower() in CROSSING and t.pos_ in {"VERB", "AUX"} or t.lower_ in _CROSSING_FORMS) and not moving_as_state(t)
           for t in before):
        return True
    if any(t.lower_ == "back" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in _BOUNDS for t in before):
        return True
    return _governing_verb_moves(reading[0])


_BOUNDS = {"above", "below", "over", "under"}


def _governing_verb_moves(bound: Token) -> bool:
    """The verb a bound word ('below') hangs on, found through at most three heads, is a verb of motion."""
    token = bound
    for _ in range(3):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            return token.lemma_.lower() in CROSSING and not moving_as_state(token)
    return False


# "the daily RSI reclaimed 50", "lost 50 on Friday": a level retaken or given up is a crossing of it
RETAKEN = {"reclaim": Comparator.crossed_above, "regain": Comparator.crossed_above, "recapture": Comparator.crossed_above,
           "retake": Comparator.crossed_above, "lose": Comparator.crossed_below}


def _retaken(doc: Doc, sentence: Span, reading: Span) -> Comparator | None:
    """'RSI reclaimed 50': the verb right before a gauge's bare reading says it crossed that line."""
    i = reading.start - 1
    while i > sentence.start and doc[i].lower_ in _LINE_NAMING:
        i -= 1  # "reclaimed the neutral 50 level"
    if i < sentence.start or doc[i].pos_ not in {"VERB", "AUX"}:
        return None
    return RETAKEN.get(doc[i].lemma_.lower())


# Inflected forms match whatever the tagger says: a title-case headline ("RSI Slips Below 30")
# reads its verb as a proper noun.
_CROSSING_FORMS = {f for lemma in CROSSING for f in forms(lemma) if f != lemma}


_ANAPHORA = {"it", "gauge", "index", "indicator", "oscillator", "reading"}


def _carried_metric(doc: Doc, sentence: Span, previous: list[Span]) -> Span | None:
    """'The Crypto Fear & Greed Index hit 5 on Thursday. It has since recovered to 12': the
    subject 'it' (or 'the gauge') is the gauge of the sentence before."""
    labels = {m.label_ for m in previous if m.label_ in _zones()}
    if not labels and previous and all(m.label_ == "funding_rate" for m in previous):
        return _funding_carried(doc, sentence, previous[-1])
    if not labels and previous and all(m.label_ == "open_interest" for m in previous):
        return open_interest_carried(doc, sentence, previous[-1])  # "... open interest. At press time, this stands at $51.9 billion"
    if len(labels) != 1:
        return _gauge_named_after(doc, sentence)
    for token in sentence:
        if token.dep_ in {"nsubj", "nsubjpass"} and token.lower_ in _ANAPHORA and token.head.pos_ in {"VERB", "AUX"} \
                and not _named_otherwise(token):
            return Span(doc, token.i, token.i + 1, label=labels.pop())
    return None


def _named_otherwise(token: Token) -> bool:
    """'the Stochastic oscillator at 93.7', 'the awesome oscillator': a noun of gauges with a name
    of its own is another gauge, not the one of the sentence before."""
    return any(c.dep_ in {"compound", "amod", "nmod"} and c.is_alpha and c.lower_ not in _NOT_NAMES for c in token.children)


# Modifiers that keep the gauge the same one: 'the same indicator', 'the 4-hour reading', 'the daily oscillator'
_NOT_NAMES = {"same", "former", "latter", "hour", "day", "week", "current", "latest", "last", "previous", "new", *TIMEFRAMES}


_RATE_ANAPHORA = {"it", "rate", "metric"}
_RATE_STATES = {"be", "stand", "sit", "hover", "stay", "remain", "settle", "print", "come"}
_RATE_REACH = 1.0  # percent per period: a funding print beyond it is no 8-hour or hourly rate


def _funding_carried(doc: Doc, sentence: Span, named: Span) -> Span | None:
    """'Funding rates were well below neutral all week. As of Tuesday, it was at 0.013%': after a
    sentence about funding only, 'it' (or 'the rate') standing at a rate-sized percentage is that
    funding rate. Outlets name the series once and give its print in the next sentence."""
    for token in sentence:
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.lower_ not in _RATE_ANAPHORA:
            continue
        if token.lower_ != "it" and not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in token.children):
            continue
        verb = token.head
        if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in _RATE_STATES:
            return None
        rate = next((q for q in group(doc, "quantities") if token.i < q.start < min(sentence.end, verb.i + 4)), None)
        if rate is None or rate._.quantity.unit != "%" or abs(rate._.quantity.value) >= _RATE_REACH:
            return None
        return Span(doc, token.i, token.i + 1, label=named.label_)
    return None


_CONCEDING = {"though", "although", "while", "whereas", "even", "despite"}


def _gauge_named_after(doc: Doc, sentence: Span) -> Span | None:
    """'Even though it remains above 50, the RSI is sliding': an 'it' in a conceding clause before the
    gauge that is the main clause's subject is that gauge."""
    for token in sentence:
        if token.dep_ != "nsubj" or token.lower_ != "it" or token.head.dep_ != "advcl":
            continue
        if not any(t.lower_ in _CONCEDING for t in doc[sentence.start : token.i]):
            return None
        main = token.head.head
        gauge = next((m for m in group(doc, "metrics") if m.label_ in _zones() and token.i < m.start < sentence.end
                      and m.root.dep_ in {"nsubj", "nsubjpass"} and m.root.head.i == main.i), None)
        return Span(doc, token.i, token.i + 1, label=gauge.label_) if gauge is not None else None
    return None


def _timeframe_before(doc: Doc, sentence: Span, metric: Span) -> str | None:
    """'Daily RSI 26.7 (oversold); 4H RSI bounced to 27.5': the timeframe written right before a
    gauge is its own, whatever other timeframes the sentence names."""
    if METRICS[metric.label_][0] is not ClaimKind.indicator:
        return None
    for token in reversed(doc[max(sentence.start, metric.start - 2) : metric.start]):
        if token.lower_ in TIMEFRAMES:
            return TIMEFRAMES[token.lower_]
        if token.lower_ not in {"the", "its", "a", "'s", "’s"}:
            return None
    return None


_CARRY_SENTENCES = 3  # "The weekly RSI ... Traders use the RSI ... Readings above 50 ... Even though it remains above 50, the RSI"


def _timeframe_carried(doc: Doc, sentence: Span, metric: Span) -> str | None:
    """'The weekly RSI is leaning bearish. ... Even though it remains above 50, the RSI is sliding': a
    gauge named again without its timeframe, within three sentences, is the same gauge."""
    earlier = sentence.start
    for _ in range(_CARRY_SENTENCES):
        if earlier == 0:
            break
        earlier = doc[earlier - 1].sent.start
    named = [m for m in group(doc, "metrics") if m.label_ == metric.label_ and earlier <= m.start < sentence.start]
    for m in reversed(named):
        _, frame = indicator_settings(m, METRICS[m.label_][1], m.sent)
        if frame is not None:
            return frame
    return None


# a moving average's 'N-week' is its length, not a chart ('below the 200-week EMA, RSI near 24'), so lines are left out
_SIBLING_GAUGES = {"macd", "stochastic", "stoch", "chart", "charts", "candle", "candles"}


def timeframe_of_sibling(doc: Doc, sentence: Span, metric: Span) -> str | None:
    """'The hourly MACD is gaining momentum, and the RSI is above the 50 zone': a gauge named without
    a timeframe in a sentence whose other gauge (or chart) has one before it is read on that chart."""
    if METRICS[metric.label_][0] is not ClaimKind.indicator:
        return None
    for token in doc[sentence.start : metric.start]:
        following = doc[token.i + 1] if token.i + 1 < sentence.end else None
        counted = token.i > sentence.start and (doc[token.i - 1].like_num or doc[token.i - 1].text in {"-", "‑"})
        if token.lower_ in TIMEFRAMES and not counted and following is not None and following.lower_ in _SIBLING_GAUGES:
            return TIMEFRAMES[token.lower_]
    return None


_LIST_GLUE = {",", "and", "or"}


def _timeframe_between(doc: Doc, metric: Span, reading: Span, more: Span) -> str | None:
    """'The daily RSI is at 66, while the weekly is at 58': a timeframe named between two readings
    of one gauge is the later reading's own."""
    if METRICS[metric.label_][0] is not ClaimKind.indicator or more.start <= reading.end:
        return None
    if (after := _frame_after(doc, more.sent, more)) is not None:
        return after  # "at 52 on the daily and 61 on the four-hour": the later reading's chart follows it
    between = doc[reading.end : more.start]
    if any(t.lower_ in {"day", "week"} for t in between):
        return None  # "on the week": a time, not bars
    frames = timeframes_listed(between)
    return frames[0] if len(frames) == 1 else None


def _frame_after(doc: Doc, sentence: Span, reading: Span) -> str | None:
    """The chart named right after a reading: '61 on the four-hour (chart)'."""
    if reading.end >= sentence.end or doc[reading.end].lower_ not in {"on", "in"}:
        return None
    frames = timeframes_listed(doc[reading.end : min(sentence.end, reading.end + 5)])
    return frames[0] if frames else None


_RESPECTIVE_REACH = 10  # "..., 64.5 and 73.32 on the daily and weekly charts, respectively"


def _respective(doc: Doc, sentence: Span, metric: Span, reading: Span, quantities: list[Span], taken: set[int]) -> tuple[list[Span], list[str | None]] | None:
    """'the weekly, daily and hourly RSI readings were 71, 64.5 and 58, respectively': a list
    of readings matched in order to the list of timeframes named before the gauge."""
    if metric.label_ != "rsi":
        return None
    _, _, units = METRICS[metric.label_]
    more: list[Span] = []
    last = reading
    for q in quantities:
        if q.start < last.end:
            continue
        if q.start in taken or not all(t.lower_ in _LIST_GLUE for t in doc[last.end : q.start]) or not _fits(units, q._.quantity, doc):
            break
        more.append(q)
        last = q
    tail = [t.lower_ for t in doc[last.end : min(sentence.end, last.end + 2)] if not t.is_punct]
    if not more:
        return None
    if tail[:1] == ["respectively"]:
        frames = timeframes_listed(doc[sentence.start : metric.start])
    else:  # "RSI values of 64.5 and 73.32 on the daily and weekly charts, respectively"
        close = next((t.i for t in doc[last.end : min(sentence.end, last.end + _RESPECTIVE_REACH)]
                      if t.lower_ == "respectively" or t.text in {";", ".", ":"}), None)
        if close is None or doc[close].lower_ != "respectively":
            return None
        frames = timeframes_listed(doc[last.end : close])
    if len(frames) != len(more) + 1:
        return None
    return more, list(frames)


def _outside_brackets(span: Span) -> list:
    """The tokens of `span` outside a bracketed aside ('fell to 29 ("fear") from 44')."""
    out, depth = [], 0
    for t in span:
        if t.text == "(":
            depth += 1
        elif t.text == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(t)
    return out if depth == 0 else list(span)


def _moved_from(doc: Doc, earlier: Span, reading: Span) -> bool:
    """'the RSI has fallen from 78 to 54': the reading it moved from, written just before."""
    return earlier.start >= 1 and doc[earlier.start - 1].lower_ == "from" and [t.lower_ for t in doc[earlier.end : reading.start]] == ["to"]


def _coin_labelling(doc: Doc, sentence: Span, reading: Span) -> Span | None:
    """'ETH 36', 'ETH: 36', '36 for ether': the coin a gauge's reading is written with."""
    coins = within(doc, "assets", sentence)
    before = next((a for a in coins if a.end == reading.start or a.end == reading.start - 1 and doc[a.end].text == ":"), None)
    if before is not None:
        return before
    if reading.end < sentence.end and doc[reading.end].lower_ == "for":
        return next((a for a in coins if a.start == reading.end + 1), None)
    return None


def _both_coins(doc: Doc, sentence: Span, reading: Span) -> list[str]:
    """'Daily RSIs both ~58', 'both at 30': a reading said of 'both' is of the two coins just
    named, in its sentence or the one before."""
    if "both" not in {t.lower_ for t in doc[max(sentence.start, reading.start - 3) : reading.start]}:
        return []
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    coins = list(dict.fromkeys(a.label_ for a in group(doc, "assets") if start <= a.start < reading.start))
    return coins if len(coins) == 2 else []


def _coin_readings(doc: Doc, sentence: Span, reading: Span, quantities: list[Span], taken: set[int], units: frozenset[str | None]) -> list[Span]:
    """'4H RSI: ETH 36, BTC 41.5', 'at 36 for ether and 41.5 for bitcoin': one reading for each coin listed."""
    found: list[Span] = []
    last = _coin_labelling(doc, sentence, reading)
    last_end = max(reading.end, last.end) if last is not None else reading.end
    for q in quantities:
        if q.start < last_end or q.start in taken:
            continue
        coin = _coin_labelling(doc, sentence, q)
        between = {t.lower_ for t in doc[last_end : min(q.start, coin.start if coin is not None else q.start)]}
        if coin is None or not between <= {",", "and", ";"} or not _fits(units, q._.quantity, doc):
            break
        found.append(q)
        last_end = max(q.end, coin.end)
    return found


# Verbs that name the state of the reading just given: "at 72, indicating greed", "76, signaling extreme greed".
_NAMING = {"indicating", "signaling", "signalling", "signals", "indicates", "showing", "suggesting", "reflecting",
           "denoting", "meaning", "which", "firmly", "deep", "deeply", "squarely", "well"}


def _zone_after(doc: Doc, sentence: Span, label: str, reading: Span) -> str | None:
    """The named state written with a reading: 'at 24, oversold', 'is 71 (Greed)', 'reads 20, extreme fear'."""
    names = _zones().get(label)
    if not names:
        return None
    window = doc[reading.end : min(sentence.end, reading.end + 10)]
    words = [t.lower_ for t in window]
    # '14 on the Fear & Greed Index': the gauge's full name is no zone ('71 (Greed)' is one)
    gauge_names = {t.i for m in within(doc, "metrics", sentence) if len(m) >= 3 for t in m}
    for i in range(len(words)):
        if window[i].i in gauge_names:
            continue
        if words[i] == "neither" and "nor" in words[i + 1 : i + 5]:
            return "neutral" if "neutral" in names else None  # 'reads 47, neither oversold nor overbought': between the zones
        if words[i] in NEGATIONS:
            return None
        if i and words[i - 1] in {"from", "toward", "towards", "of"}:
            continue  # 'edge of oversold', 'from greed': not the reading's own state
        for name in names:
            parts = name.split()
            if words[i : i + len(parts)] == parts:
                return name
        if window[i].pos_ in {"VERB", "AUX"} and words[i] not in {"is", "'s", "remains", "still"} | _NAMING:
            return None  # a new clause
    return None


def _further_gauge_readings(doc: Doc, sentence: Span, metric: Span, reading: Span, quantities: list[Span],
                            taken: set[int]) -> list[Span]:
    """Earlier or later readings of the same gauge (or of dominance, read as a level the same way) in
    its clause: 'fell to 14 from 20 on Saturday', 'sank to 6 on Saturday and is back at 9 today'."""
    _, _, units = METRICS[metric.label_]
    if metric.label_ == "rsi" and _coin_labelling(doc, sentence, reading) is not None:
        return _coin_readings(doc, sentence, reading, quantities, taken, units)
    found: list[Span] = [q for q in quantities if q.start not in taken and _moved_from(doc, q, reading) and _fits(units, q._.quantity, doc)]
    last = reading
    aside = _aside_after(doc, sentence, reading)
    for q in quantities:
        if aside is not None and last is reading and q.start < aside:
            continue  # 'fell to 6 on Saturday, its lowest in three years, and stood at 14 on Monday'
        gap_from = aside if aside is not None and last is reading else last.end
        if q.start < last.end or q.start in taken or q.start - gap_from > 8:
            continue
        between = doc[gap_from : q.start]
        listed_frame = metric.label_ == "rsi" and doc[q.start - 1].lower_ == "and" and _frame_after(doc, sentence, q) is not None
        if any(t.text in {";", "(", ")"} for t in _outside_brackets(between)) or q.start == 0 \
                or doc[q.start - 1].lower_ not in FURTHER and not listed_frame:
            break
        zones = _zones().get(metric.label_, [])
        if any(between.start <= m.start < q.start and m.text.lower() not in zones and not _named_again(metric, m)
               for m in group(doc, "metrics")):
            break  # "the daily RSI reads 44 while the weekly RSI is at 58": another gauge, its own reading
        if any(between.start <= a.start < q.start for a in group(doc, "assets")) or not _fits(units, q._.quantity, doc):
            break
        found.append(q)
        last = q
    if metric.label_ == "rsi":
        found += _later_crossing(doc, sentence, last, quantities, taken, units)
    return found


_BACK_REFERENCES = {"index", "gauge", "reading"}


def _named_again(metric: Span, mention: Span) -> bool:
    """'the Fear & Greed Index fell to 20 on Monday, while the index now reads 23': the one
    sentiment gauge named again in a word, not another gauge. RSI and the like are left out:
    'the indicator' may be another timeframe's."""
    return metric.label_ == "sentiment_index" and mention.text.lower() in _BACK_REFERENCES


_ASIDE_OPENERS = {"its", "the", "a", "an", "which", "their"}


def _aside_after(doc: Doc, sentence: Span, reading: Span) -> int | None:
    """The token after an aside set off by commas that follows a reading and its day ('6 on
    Saturday, its lowest reading in more than three years, and ...'): a remark on that reading,
    whose own figures are no further readings and whose length does not part the next one."""
    comma = next((t.i for t in doc[reading.end : min(reading.end + 4, sentence.end)] if t.text == ","), None)
    if comma is None or comma + 1 >= sentence.end or doc[comma + 1].lower_ not in _ASIDE_OPENERS:
        return None
    close = next((t.i for t in doc[comma + 1 : min(comma + 14, sentence.end)] if t.text in {",", ";", "(", ")"}), None)
    if close is None or doc[close].text != ",":
        return None
    if any(comma < m.start < close for m in group(doc, "metrics")) or any(comma < a.start < close for a in group(doc, "assets")):
        return None
    return close + 1


_LATER_REACH = 20  # words from a reading to a later move of the same gauge through a line


def _later_crossing(doc: Doc, sentence: Span, last: Span, quantities: list[Span], taken: set[int],
                    units: frozenset[str | None]) -> list[Span]:
    """'fell to about 16 on Thursday's close, ..., before rebounding above 30': later in the clause,
    a move of the same gauge through a line, told by a verb of motion and 'above'/'below' before the
    line's figure, with no other series or coin between."""
    for q in quantities:
        if q.start < last.end or q.start in taken:
            continue
        if q.start - last.end > _LATER_REACH or not _fits(units, q._.quantity, doc):
            return []
        between = doc[last.end : q.start]
        if any(t.text in {";", "—"} for t in between) or any(between.start <= m.start < q.start for m in group(doc, "metrics")) \
                or any(between.start <= a.start < q.start for a in group(doc, "assets")):
            return []
        i = q.start - 1
        while i > last.end and doc[i].lower_ in _LINE_NAMING:
            i -= 1
        if doc[i].lower_ not in _BOUNDS or i - 1 < last.end:
            return []
        verb = doc[i - 1] if doc[i - 1].lower_ != "back" or i - 2 < last.end else doc[i - 2]
        return [q] if verb.lemma_.lower() in CROSSING and verb.pos_ == "VERB" else []
    return []


# Owners that are the coin under another name: "the token's RSI", "its RSI", "the cryptocurrency's RSI"
_OWN_COIN = {"token", "coin", "cryptocurrency", "crypto", "asset", "price", "market", "currency", "altcoin", "it", "its",
             "their", "network", "blockchain", "pair"}


_CHART_WORDS = {"bollinger", "band", "bands", "chart", "charts", "moving", "average", "averages", "ema", "sma", "rsi", "macd",
                "indicator", "oscillator", "timeframe"}


def another_market_owns(doc: Doc, metric: Span) -> bool:
    """'the S&P 500's RSI', "Nvidia's RSI", 'the RSI of the Nasdaq': a gauge whose owner, written with
    the possessive or after 'of'/'for', names no coin the article can be checked on: a stock, an index,
    gold. The coin named elsewhere in the sentence ('while bitcoin slipped') is not its owner."""
    owners = [c for c in metric.root.children if c.i < metric.start and c.dep_ in {"poss", "nmod", "compound"}
              and any(t.lower_ in {"'s", "’s", "'"} for t in c.subtree)]
    after = doc[metric.end] if metric.end < len(doc) else None
    if after is not None and after.lower_ in {"of", "for"}:
        owners += [c for c in after.children if c.dep_ == "pobj"]
    for owner in owners:
        words = list(owner.subtree)
        if any(a.start <= t.i < a.end for a in group(doc, "assets") for t in words):
            return False
        if any(t.lower_ in _CHART_WORDS for t in words):
            continue  # "the lower band of the Bollinger Bands": the indicator's own name
        if owner.lower_ in _OWN_COIN or owner.pos_ == "PRON" or owner.lower_ in TIMEFRAMES:
            continue
        if any(m.label_ == "other" and m.start <= t.i < m.end for m in group(doc, "metrics") for t in words) or owner.pos_ == "PROPN":
            return True
    return False
