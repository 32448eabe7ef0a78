"""Claims about a named metric: open interest, funding, volume, liquidations,
market cap and dominance, RSI readings, the Fear & Greed index.

Derivatives wraps break these totals down by exchange ("Bybit at $520 million", "OKX slipped to
-0.004%"): each venue's figure is a claim of its own, with `Claim.venue` set when the venue is
one whose figures the store cannot show (factcheck/nlp/markets.py names them).

Anchored on the metric's words (models/metrics.json) rather than on a verb:
the number that belongs to a metric stands right before it ("$500 million in
liquidations", "a $7,132 liquidation imbalance") or shortly after it in the
same clause ("open interest climbed to $26.7 billion", "RSI at 28").
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from factcheck.model import Article, Claim, ClaimKind, Comparator, Modality
from factcheck.nlp.bounds import bound_before
from factcheck.nlp.claims import asset_for, window_for
from factcheck.nlp.components import MODELS, group, text_of
from factcheck.nlp.indicator_settings import (
    TIMEFRAMES,
    indicator_settings,
    period_quantity,
    timeframes_listed,
)
from factcheck.nlp.markets import exchanges_in
from factcheck.nlp.modality import forecast_condition, modality_of, sentence_expects
from factcheck.nlp.numbers import RANGE_LINKS, UNITS_PER_USD, Quantity, range_linked
from factcheck.nlp.timeref import previous_utc_day, resolve, since_compares
from factcheck.nlp.word_forms import forms

MONEY = frozenset(UNITS_PER_USD)  # a total may be written in dollars or the outlet's currency ("A$1.1 billion")

# metric label -> (claim kind, metric name, units a reading of it comes in)
METRICS: dict[str, tuple[ClaimKind, str, frozenset[str | None]]] = {
    "open_interest": (ClaimKind.open_interest, "open_interest", MONEY | {"%", "BTC", "ETH"}),  # "open interest of 410,000 BTC"
    "volume": (ClaimKind.volume, "volume", MONEY | {"%", "BTC", "ETH"}),  # "106,000 BTC on Binance spot"
    "market_cap": (ClaimKind.market_cap, "market_cap", MONEY | {"%"}),
    "dominance": (ClaimKind.market_cap, "dominance", frozenset({"%"})),
    "liquidations": (ClaimKind.liquidations, "liquidations", MONEY),
    "liquidation_imbalance": (ClaimKind.liquidation_imbalance, "liquidation_imbalance", frozenset({"USD", "%"})),
    "funding_rate": (ClaimKind.funding_rate, "funding_rate", frozenset({"%", "bps"})),
    "rsi": (ClaimKind.indicator, "rsi", frozenset({None})),
    "sentiment_index": (ClaimKind.sentiment_index, "fear_greed", frozenset({None, "%"})),  # "jumped to 76%"
}
GLUE = {
    "in", "of", "worth", "-", "total", "long", "short", "longs", "shorts", "24-hour", "daily", "the", "a", "an",
    "futures", "spot", "perpetual", "combined", "bitcoin", "btc", "ether", "eth", "bullish", "bearish", "bets",
    "positions", "leveraged", "leverage", "were", "was", "been", "have", "had", "got", "get", "are", "being", "crypto", "trader", "traders",
    "increase", "rise", "jump", "drop", "decline", "surge", "gain", "fall", "spike", "decrease", "growth", "trading",
}  # the change nouns: "a 70% increase in 24-hour trading volume"
ABOVE = {"more", "over", "above", "topped", "top", "tops", "exceeded", "exceed", "exceeds", "north", "surpassed", "beyond", "past",
         "crossing", "crossed", "surpassing", "topping", "passing", "passed", "exceeding"}  # "crossing the $2 trillion mark"
BELOW = {"less", "under", "below", "beneath", "south"}
MARKET_WIDE = {"sentiment_index"}  # an index of the whole market, never one coin's
REACH = 8  # tokens after a metric where its reading may stand
UP = {"rise", "climb", "jump", "surge", "increase", "grow", "rebound", "expand", "swell", "soar", "spike", "balloon", "hit", "top", "reach", "climbing", "rising", "up", "higher"}
DOWN = {"fall", "drop", "decline", "slide", "slip", "shrink", "sink", "plunge", "tumble", "dip", "contract", "ease", "cool", "flip", "turn", "down", "lower"}
SIDES = {"long": "long", "longs": "long", "short": "short", "shorts": "short", "bullish": "long", "bearish": "short",
         "bulls": "long", "bears": "short"}
# Verbs that make "RSI dipped below 30" a crossing, not a standing ("RSI sits above 80").
CROSSING = {"cross", "dip", "fall", "drop", "slip", "sink", "slide", "plunge", "tumble", "rebound", "bounce", "break",
            "climb", "rise", "jump", "surge", "move", "recover", "spike", "crash", "return"}
NEGATIONS = {"not", "no", "nor", "never", "n't"}
FURTHER = {"from", "at", "to", "touching", "hitting", "reaching"}  # "fell to 14 from 20 on Saturday", "sank to 6 and is back at 9 today",
# "cooled to 55 after touching 78 last week"


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    return json.loads((MODELS / "metrics.json").read_text(encoding="utf-8"))


def _zones() -> dict[str, list[str]]:
    return {k: v for k, v in _lexicon()["zones"].items() if k != "comment"}


def _words_of(section: str) -> set[str]:
    data = _lexicon()[section]
    return set(data.get("words") or data.get("verbs") or [])


def _fits(units: frozenset[str | None], q: Quantity, doc: Doc | None = None) -> bool:
    if doc is not None and q.end < len(text_of(doc)) and q.magnitude == 1 and q.unit is None and (text_of(doc)[q.end].isalpha() or text_of(doc)[q.end] == "/"):
        return False  # '4H', '7d': a timeframe; '6/': a thread's counter; not a reading
    if q.unit is None and _bare_dollars(q):
        return "USD" in units  # "liquidations hit 1.45B": a total in shorthand, its dollars unsaid
    if doc is not None and q.unit is None and text_of(doc)[q.end : q.end + 7].lower().strip().startswith(("point", "pts", "pt ")) \
            and _points_moved(doc, q):
        return False  # "plunged 20 points to 25": a gauge's change in points, not a reading ("recorded 51 points" is one)
    if q.unit is None or q.unit == "%" and units == _SCORE_IN_PERCENT:
        return None in units and 0 <= q.value <= 100 and q.magnitude == 1
    return q.unit in units


_SCORE_IN_PERCENT = frozenset({None, "%"})  # a 0-100 gauge some outlets write as a percentage
_POINT_LEADS = {"by", "about", "nearly", "some", "roughly", "around", "over", "almost", "more", "than", "another", "a", "further",
                "just", "full"}
_POINT_MOVES = {"gain", "shed", "add", "lose", "jump", "drop", "climb", "fall", "plunge", "sink", "slide", "slip", "rise", "surge",
                "tumble", "dip", "rebound", "recover", "improve", "retreat", "up", "down", "+", "-"}


def _points_moved(doc: Doc, q: Quantity) -> bool:
    """'slid 9 points to 44', 'up 3 points from the previous day': points after a verb of change are
    a move of the gauge; 'recorded 51 points', 'at 18 points' are its reading, as Korean and Turkish
    outlets write it."""
    figure = doc.char_span(q.start, q.end, alignment_mode="expand")
    if figure is None:
        return True
    i = figure.start - 1
    while i >= 0 and doc[i].lower_ in _POINT_LEADS:
        i -= 1
    if i < 0:
        return False
    lead = doc[i]
    if lead.lemma_.lower() in _ARRIVED or lead.lower_ in _ARRIVED:
        return False  # "hit 84 points": where it arrived
    return lead.lemma_.lower() in _POINT_MOVES | UP | DOWN or lead.lower_ in _POINT_MOVES | UP | DOWN


def _bare_dollars(q: Quantity) -> bool:
    """'1.45B', '$'-less '2.3bn': a market total in the shorthand that only money is written in
    ('8.3 billion tokens' spells its word out and is no sum of money)."""
    return q.unit is None and q.magnitude >= 1e6 and (q.text[-1:] in {"M", "B", "T"} or q.text.lower().endswith(("bn", "mn", "tn")))


def _direction(tokens: Span) -> Comparator | None:
    for t in reversed(list(tokens)):
        if t.lower_ == "up" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            continue  # "a decline of up to 9.8%": 'up to' caps the figure
        lemma = t.lemma_.lower()
        if lemma in UP or t.lower_ in UP:
            return Comparator.up
        if lemma in DOWN or t.lower_ in DOWN:
            return Comparator.down
    return None


_SAID_MOVED = {"up": Comparator.up, "higher": Comparator.up, "down": Comparator.down, "lower": Comparator.down}
_MOVES = {"rally", "surge", "drop", "crash", "plunge", "slide", "selloff", "sell-off", "move", "spike", "jump", "rebound",
          "bounce", "breakout", "breakdown", "dump", "pump", "squeeze", "rise", "fall", "decline"}  # a coin's own move liquidates its own traders
_CAUSING = {"lead", "cause", "trigger", "spark", "drive", "fuel", "prompt"}
_SUBORDINATE = {"as", "after", "when", "since", "because", "amid", "following"}  # "... in short liquidations as ether rallies"
_MARKET_WIDE_WORDS = {"across", "market-wide", "marketwide", "crypto-wide", "total"}


def _phrase(doc: Doc, sentence: Span, metric: Span, reading: Span | None) -> Span:
    """The words of a liquidation figure: its number, the metric, and up to three words
    either side that do not cross a clause break."""
    lo = min(metric.start, reading.start) if reading is not None else metric.start
    hi = max(metric.end, reading.end) if reading is not None else metric.end
    start, end = lo, hi
    while start > max(sentence.start, lo - 3) and doc[start - 1].text not in {",", ";", "(", ":", "—"} and doc[start - 1].lower_ not in {"and", "against", "but", "while"}:
        start -= 1
    while end < min(sentence.end, hi + 3) and doc[end].text not in {",", ";", ")", ":", "—"} and doc[end].lower_ not in {"and", "against", "but", "while"} | _SUBORDINATE:
        end += 1
    return doc[start:end]


_SIDE_GLUE = {"of", "which", "were", "was", "being", "in", "mostly", "from", "it", "them"}


def _side(doc: Doc, sentence: Span, metric: Span, reading: Span | None) -> str | None:
    """'$297 million of it shorts', 'long positions worth $186 million': the side word
    nearest the number, within its phrase."""
    own = (_respective_sides(doc, sentence).get(reading.start) or _side_named_after(doc, sentence, reading)
           or _side_named_before(doc, sentence, reading) or _contrasted_side(doc, sentence, reading)) if reading is not None else None
    if own is not None:
        return own  # "..., while $14.34 million were shorts": the figure's own words first
    phrase = _phrase(doc, sentence, metric, reading)
    centre = reading.start if reading is not None else metric.start
    sides = sorted((abs(t.i - centre), SIDES[t.lower_]) for t in phrase if t.lower_ in SIDES)
    if any(t.lower_ == "between" for t in phrase):
        return None  # "an imbalance of $7,132 between long and short positions": no one side
    if not sides and reading is not None:
        # "the vast majority, around $282 million, were short positions": the side said of the figure
        after = [t for t in doc[reading.end : min(sentence.end, reading.end + 5)] if t.text != "," and t.lower_ not in _SIDE_GLUE]
        if after and after[0].lower_ in SIDES:
            return SIDES[after[0].lower_]
    if not sides:
        return _side_of_subject(metric)
    return sides[0][1] if sides else None


def _side_of_subject(metric: Span) -> str | None:
    """'Short positions bore the brunt, with $623 million wiped out': the side is the
    subject of the clause the figure hangs on."""
    for verb in metric.root.ancestors:
        if verb.lower_ == "of":
            return None  # "longs accounting for the bulk of the $400 million": a part of the total, not all of it
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            named = {SIDES[t.lower_] for t in subject.subtree if t.lower_ in SIDES}
            return named.pop() if len(named) == 1 else None
    return None


def _asset_in_phrase(doc: Doc, sentence: Span, metric: Span, reading: Span | None) -> str | None:
    phrase = _phrase(doc, sentence, metric, reading)
    named = [a for a in group(doc, "assets") if phrase.start <= a.start < phrase.end]
    if named:
        return named[0].label_
    if any(t.lower_ in _MARKET_WIDE_WORDS for t in phrase):
        return None  # "across crypto", "market-wide short liquidations"
    # "Bitcoin has ... after recording a liquidation imbalance of $7,132", "Ether positions took
    # the brunt, with over $121 million in liquidations", "Part of BTC's spike could be attributed
    # to a $94 million liquidation": the coin names the subject of a verb the figure depends on
    coins = {t.i: a.label_ for a in group(doc, "assets") if sentence.start <= a.start < sentence.end for t in a}
    for verb in metric.root.ancestors:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and verb.lemma_.lower() in _CAUSING and not any(t.lemma_.lower() in _MOVES for t in subject.subtree):
            return None  # "Ether ETF hopes lead to $260M in short liquidations": the cause, not whose
        if subject is not None:
            inside = [coins[i] for i in range(subject.left_edge.i, subject.right_edge.i + 1) if i in coins]
            return inside[0] if inside else None
    return None


_GAUGE_NOUNS = {"indicator", "oscillator", "gauge", "index", "reading", "readings"}
_LINE_NAMING = {"the", "a", "neutral", "key", "critical", "important", "psychological", "midline", "mid", "mid-point", "midpoint"}


def _crossing(doc: Doc, sentence: Span, reading: Span) -> bool:
    """Whether the verb right before 'above/below N' moves through it."""
    before = doc[max(sentence.start, reading.start - 3) : reading.start]
    return any(t.lemma_.lower() in CROSSING and t.pos_ in {"VERB", "AUX"} or t.lower_ in _CROSSING_FORMS for t in before)


# Inflected forms match whatever the tagger says: a title-case headline ("RSI Slips Below 30")
# reads its verb as a proper noun.
_CROSSING_FORMS = {f for lemma in CROSSING for f in forms(lemma) if f != lemma}


def _reading(doc: Doc, sentence: Span, metric: Span, quantities: list[Span], taken: set[int]) -> Span | None:
    """The number that belongs to `metric`, if any."""
    _, _, units = METRICS[metric.label_]
    for q in reversed(quantities):  # right before: "$500 million in liquidations"
        if q.end <= metric.start and metric.start - q.end <= 8 and q.start not in taken:
            glue = doc[q.end : metric.start]
            coins = {t.i for a in group(doc, "assets") if q.end <= a.start < metric.start for t in a}
            coins |= {t.i for w in group(doc, "windows") if q.end <= w.start < metric.start for t in w}  # "24-hour"
            changed = q._.quantity.unit == "%" and any(t.lemma_.lower() in _CHANGE_NOUNS for t in glue)
            if [t.lower_ for t in glue] == ["to"] and metric.label_ == "liquidations" and _lost_before(doc, sentence, q):
                return q  # "traders lost more than $500 million to liquidations"
            fated = metric.label_ == "liquidations" and _positions_fated(glue)
            if all(t.lower_ in GLUE or t.i in coins or changed and t.lower_ in _BASELINE or fated and t.lower_ in _FATE for t in glue) \
                    and _fits(units, q._.quantity, doc):
                after = doc[q.end].lower_ if q.end < len(doc) else ""
                if after not in {"-", "day", "period"}:  # "14-day RSI": a period, not a reading
                    return q
    named = metric.end + (1 if metric.end < sentence.end and doc[metric.end].lower_ in _GAUGE_NOUNS else 0)  # "the RSI indicator on ..."
    for q in quantities:  # shortly after, same clause: "open interest climbed to $26.7 billion"
        reach = 2 * REACH if _totalled(doc, metric.end, q.start) else REACH
        if metric.end <= q.start <= named + reach and q.start not in taken:
            between = doc[metric.end : q.start]
            if any(t.text in {";", "—"} for t in between):
                break
            others = [m for m in group(doc, "metrics") if metric.end <= m.start < q.start and m.label_ != metric.label_
                      and not (m.label_ == "other" and m.text.lower() in GLUE)]  # "liquidations of leveraged positions topped $1B"
            if any(t.lower_ in {"price", "prices"} for t in between):
                break  # "the liquidation cascade took the price to $75,700"
            if others:
                break
            if period_quantity(q, metric) or _labels_other(doc, q):
                continue
            if _owned_by_next_metric(doc, q, metric):
                break  # "liquidation trackers: $811 million in open interest evaporated"
            if _fits(units, q._.quantity, doc):
                return _past_the_change(doc, metric, _arrived(doc, q, quantities, units), quantities, units)
    return _reading_of_subject(doc, sentence, metric, quantities, taken, units)


_FATE = {"to", "be", "into", "face", "faced", "facing", "forced"}
_POSITIONS = {"positions", "bets", "contracts", "longs", "shorts"}


def _positions_fated(glue: Span) -> bool:
    """'$250 million positions to face liquidations', '$180 million of positions into liquidation':
    an amount of positions, then the words that send them to liquidation."""
    words = [t.lower_ for t in glue]
    held = next((i for i, w in enumerate(words) if w in _POSITIONS), None)
    return held is not None and all(w in _FATE for w in words[held + 1 :])


_TOTAL_NOUNS = {"total", "tally", "toll", "figure", "sum", "amount"}
_POINTING = {"the", "that", "this", "its", "their", "today", "today's", "the day's"}


def _total_carried(doc: Doc, sentence: Span) -> Span | None:
    """'Over 200,000 traders were liquidated in the past day. The total came to $1.37 billion':
    right after a sentence about liquidations, a sentence whose subject is 'the total' (tally,
    figure, sum) and that names no metric of its own gives the liquidations' figure."""
    for token in sentence:
        if token.lower_ in _TOTAL_NOUNS and token.dep_ in {"nsubj", "nsubjpass"} \
                and any(c.dep_ in {"det", "poss"} and c.lower_ in _POINTING for c in token.children):
            return Span(doc, token.i, token.i + 1, label="liquidations")
    return None


def _range_upper(doc: Doc, sentence: Span, reading: Span, quantities: list[Span], taken: set[int]) -> Span | None:
    """'between $8 billion and $10 billion', '$8-10 billion': the upper end of a range of liquidations."""
    links = RANGE_LINKS | {"and"} if reading.start > sentence.start and doc[reading.start - 1].lower_ == "between" else RANGE_LINKS
    following = next((q for q in quantities if q.start >= reading.end and q.start not in taken), None)
    if following is None or not range_linked(text_of(doc), reading._.quantity, following._.quantity, frozenset(links)):
        return None
    return following


_TOTALS = {"total", "totaling", "totalling", "totalled", "totaled", "combined", "aggregate"}


def _totalled(doc: Doc, start: int, end: int) -> bool:
    """'traders were liquidated over the past day, with a total amount reaching $940 million':
    a figure announced as the total may stand further from its metric."""
    return end - start <= 2 * REACH and any(t.lower_ in _TOTALS for t in doc[start:end])


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
    """'decreasing from $2.6 trillion to $2.38 trillion': the figure now is the one after
    'to'; the one after 'from' is only where the move started."""
    if reading.start == 0 or doc[reading.start - 1].lower_ != "from":
        return reading
    for q in quantities:
        if q.start >= reading.end:
            link = [t.lower_ for t in doc[reading.end : q.start]]
            if link and link[-1] == "to" and all(w in _ROUGHLY or w == "to" for w in link) and _fits(units, q._.quantity, doc):
                return q
            break
    return reading


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


def _sides_carried(doc: Doc, sentence: Span, quantities: list[Span], taken: set[int]) -> list[Span]:
    """'... $2.2 billion of positions were liquidated. Long positions accounted for $1.88 billion':
    right after a liquidation total, a side handed its own figure is that side's liquidations."""
    found = []
    for q in quantities:
        side = _side_word_before(doc, sentence, q) if q.start not in taken and q._.quantity.unit == "USD" else None
        if side is not None:
            found.append(Span(doc, side.i, side.i + 1, label="liquidations"))
    return found


_CLAUSE_LINKS = {"prep", "pobj", "attr", "dobj", "acomp", "advmod", "npadvmod", "nummod", "quantmod", "appos", "oprd"}


def _reading_of_subject(doc: Doc, sentence: Span, metric: Span, quantities: list[Span], taken: set[int], units: frozenset[str | None]) -> Span | None:
    """Past the nearby words, the parse: when the metric is the subject of a verb, the
    number that verb governs ('The gauge, which blends ..., stood at 21')."""
    if metric.root.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = metric.root.head
    for q in quantities:
        if q.start < metric.end or q.start in taken or not _fits(units, q._.quantity, doc) or _labels_other(doc, q):
            continue
        token = q.root  # tokens are views: compare positions, not objects
        while token.i != verb.i and token.head.i != token.i and (
            token.dep_ in _CLAUSE_LINKS or token.dep_ == "conj" and not _has_subject(token)
            or token.dep_ == "advcl" and token.tag_ == "VBG" and not _has_subject(token) and bool(units & MONEY)
        ):  # "open interest is through the roof and currently stands over $23 billion",
            # "the market value has seen a rise this year, increasing over $1 trillion"
            token = token.head
        if token.i == verb.i:
            return q
    return None


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)


_ANAPHORA = {"it", "gauge", "index", "indicator", "oscillator", "reading"}


def _carried_metric(doc: Doc, sentence: Span, previous: list[Span]) -> Span | None:
    """'The Crypto Fear & Greed Index hit 5 on Thursday. It has since recovered to 12': the
    subject 'it' (or 'the gauge') is the gauge of the sentence before."""
    labels = {m.label_ for m in previous if m.label_ in _zones()}
    if len(labels) != 1:
        return _gauge_named_after(doc, sentence)
    for token in sentence:
        if token.dep_ in {"nsubj", "nsubjpass"} and token.lower_ in _ANAPHORA and token.head.pos_ in {"VERB", "AUX"}:
            return Span(doc, token.i, token.i + 1, label=labels.pop())
    return None


_CONCEDING = {"though", "although", "while", "whereas", "even", "despite"}


def _gauge_named_after(doc: Doc, sentence: Span) -> Span | None:
    """'Even though it is above 50, the RSI is falling': an 'it' in a conceding clause before the
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


_WHOLE_MARKET = {"total", "global", "overall", "crypto", "cryptocurrency", "combined", "entire", "aggregate", "digital-asset"}


def _whole_market(doc: Doc, sentence: Span, metric: Span) -> bool:
    """'the total cryptocurrency market cap', 'global crypto market capitalization': no one coin's."""
    if any(t.lower_ in {"cryptocurrencies", "crypto"} for t in metric):
        return True  # "the total value of all cryptocurrencies"
    before = doc[max(sentence.start, metric.start - 3) : metric.start]
    if any(a.start >= before.start and a.end <= metric.start or a.start == metric.end + 1 and doc[metric.end].lower_ == "of"
           for a in group(doc, "assets")):
        return False  # "Bitcoin's market cap", "the total market capitalization of Bitcoin"
    if len(before) and before[-1].lower_ in {"'s", "’s"} and not any(t.lower_ in {"total", "global", "overall", "entire"} for t in before):
        return False  # "the cryptocurrency's market cap": one coin's
    return any(t.lower_ in _WHOLE_MARKET for t in before) or " ".join(t.lower_ for t in doc[metric.end : metric.end + 3]) in {
        "of the crypto", "of all cryptocurrencies", "of the cryptocurrency"}


_VOLUME_WORDS = {"24-hour", "24h", "daily", "trading", "spot", "total", "crypto", "combined"}


def _exchange_owned(doc: Doc, sentence: Span, metric: Span) -> bool:
    """'Upbit's 24-hour trading volume', 'Australian crypto exchange volumes': the volume of an
    exchange, unless a coin is named with it ('Binance's bitcoin volume')."""
    start = metric.start
    timed = {t.i for w in group(doc, "windows") for t in w}  # "24-hour"
    while start > sentence.start and (doc[start - 1].lower_ in _VOLUME_WORDS or start - 1 in timed):
        start -= 1
    if start == sentence.start:
        return False
    owner = doc[start - 1]
    coins = {t.i for a in group(doc, "assets") for t in a}
    if any(i in coins for i in range(start, metric.end)) or owner.i in coins:
        return False
    if owner.lower_ in {"exchange", "exchanges", "platform", "venue"}:
        return True
    named = doc[start - 2] if start >= 2 else None
    return owner.lower_ in {"'s", "’s"} and named is not None and named.pos_ == "PROPN" and named.i not in coins \
        and named.ent_type_ not in {"DATE", "TIME"} and named.i not in timed  # not "Thursday's volume"


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


_CARRY_SENTENCES = 3  # "The weekly RSI ... Traders use the RSI ... Readings above 50 ... Even though it is above 50, the RSI"


def _timeframe_carried(doc: Doc, sentence: Span, metric: Span) -> str | None:
    """'The weekly RSI is leaning bearish. ... Even though it is above 50, the RSI is falling': a
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


def _window(doc: Doc, sentence: Span, metric: Span, anchor: Span, quantities: list[Span], kind: ClaimKind) -> Span | None:
    """The time of a reading: one written after its figure; else one between the metric and the
    figure ('the daily RSI closed Wednesday at 24'); else one before. An indicator's timeframe
    ('daily RSI') is how it is computed, not when."""
    found = window_for(doc, sentence, metric, anchor, quantities)
    if found is not None and kind is ClaimKind.indicator and all(t.lower_ in TIMEFRAMES or t.lower_ in {"the", "a"} for t in found):
        found = None  # "the daily": a timeframe
    if found is not None and found.start >= anchor.end:
        return found
    between = [w for w in group(doc, "windows") if metric.end <= w.start and w.end <= anchor.start]
    if between:
        return between[-1]
    return found


def _labels_other(doc: Doc, quantity: Span) -> bool:
    """'$100,000 calls': the number names another thing (an option strike), not the metric's reading."""
    return any(m.start == quantity.end and m.label_ == "other" for m in group(doc, "metrics"))


def extract_metric_claims(doc: Doc, article: Article, carried_by_sentence: dict[int, str | None], dominant: str | None) -> list[Claim]:
    claims: list[Claim] = []
    taken: set[int] = set()
    previous: list[Span] = []
    for sentence in _sentences(doc):
        # by its start: the parser may end a sentence inside a figure ("fell to -0.005 | %, the lowest ...")
        quantities = [q for q in group(doc, "quantities") if sentence.start <= q.start < sentence.end]
        windows = [w for w in group(doc, "windows") if sentence.start <= w.start < sentence.end]
        quantities = [q for q in quantities if not any(w.start <= q.start < w.end for w in windows)
                      and doc[max(0, q.start - 2) : q.start].text.lower() != "out of"  # "10 out of 100": the scale
                      and not _CLOCK.fullmatch(q.text)]  # "at the 00:00 UTC snapshot": a time of day
        metrics = [m for m in group(doc, "metrics") if m.label_ in METRICS and sentence.start <= m.start < sentence.end]
        if not any(m.label_ == "funding_rate" for m in [*metrics, *previous]):
            metrics = sorted([*metrics, *_payments(doc, sentence)], key=lambda m: m.start)  # not 'negative, meaning shorts pay longs'
        if not any(m.label_ == "volume" for m in metrics):
            metrics = sorted([*metrics, *_traded(doc, sentence, quantities, taken)], key=lambda m: m.start)
        if not any(m.label_ in {"market_cap", "dominance"} for m in metrics):
            metrics = sorted([*metrics, *_market_moving(doc, sentence)], key=lambda m: m.start)
        venues = _venues(doc, sentence)
        carried_metric = _carried_metric(doc, sentence, previous)
        if carried_metric is not None and all(m.start > carried_metric.start for m in metrics):
            metrics = [carried_metric, *metrics]
        if any(m.label_ == "liquidations" for m in previous):
            sides = [s for s in _sides_carried(doc, sentence, quantities, taken) if not any(m.start <= s.start < m.end for m in metrics)]
            total = _total_carried(doc, sentence) if not metrics else None
            metrics = sorted([*metrics, *sides, *([total] if total is not None else [])], key=lambda m: m.start)
        handed: dict[int, Span] = {}  # a venue standing in for the metric of the sentence before -> its figure
        if not metrics and (by_venue := _venue_carried(doc, sentence, quantities, taken, previous, venues)) is not None:
            venue_metric, first = by_venue
            metrics, handed[venue_metric.start] = [venue_metric], first
        previous = metrics
        for metric in metrics:
            if _names_another(doc, metric, metrics):
                continue
            if metric.label_ == "volume" and _fund_owned(doc, sentence, metric):
                continue  # ETF shares traded: no volume of the coin
            reading = handed.get(metric.start) if handed else _reading(doc, sentence, metric, quantities, taken)
            if metric.label_ == "funding_rate" and reading is None:
                # "turned negative, averaging about -0.01% per eight hours": the rate told says more than its sign
                reading = _rate_told_later(doc, sentence, metric, quantities, taken)
            if reading is None and metric is carried_metric:
                continue  # 'it has climbed': which 'it' is too unsure without a reading
            carried = carried_by_sentence.get(sentence.start)
            listed = _respective(doc, sentence, metric, reading, quantities, taken) if reading is not None else None
            frames = listed[1] if listed else [None]
            upper = _range_upper(doc, sentence, reading, quantities, taken) if reading is not None and metric.label_ == "liquidations" else None
            if upper is not None:
                taken.add(upper.start)
            claim = _claim(doc, article, sentence, metric, reading, quantities, carried, dominant, timeframe=frames[0], upper=upper)
            times = _multiple(doc, sentence, metric, reading) or _trend_said(doc, sentence, metric) \
                if metric.label_ in {"open_interest", "volume"} else None
            if times is not None:  # "spot volume more than doubled on Monday, to 14,300 BTC": the change and the level
                claims.append(_claim(doc, article, sentence, metric, None, quantities, carried, dominant, multiple=times))
            if claim is None:
                continue
            if _is_market(metric) and not (claim.comparator in {Comparator.up, Comparator.down} and claim.unit in {"%", "USD"}):
                continue  # the market as a subject gives its move, not other figures said near it
            claim = _at_venue(doc, sentence, metric, reading, venues, claim)
            started = _levels_of_move(doc, sentence, reading, quantities) if claim.kind is ClaimKind.open_interest \
                and claim.value is None and reading is not None else []
            if started:  # "fell to about 298,000 BTC from 316,000 BTC": one move, told by both its levels
                taken.add(started[0].start)
                claim = claim.model_copy(update={"span": (claim.span[0], started[0].end_char),
                                                 "text": text_of(doc)[claim.span[0] : started[0].end_char]})
            pair = _both_coins(doc, sentence, reading) if reading is not None and claim.kind is ClaimKind.indicator else []
            if pair:  # "4H RSI: ETH 36, BTC 41.5. Daily RSIs both ~58": one reading for each of the two coins
                claims.extend(claim.model_copy(update={"asset": coin}) for coin in pair)
            else:
                claims.append(claim)
            if reading is None:
                continue
            taken.add(reading.start)
            if claim.kind is ClaimKind.funding_rate:
                taken.update(q.start for q in _rate_restated(doc, sentence, reading, quantities))  # ", or about 11% annualized"
            more_readings = listed[0] if listed else _further_readings(doc, sentence, metric, reading, quantities, taken)
            before = reading
            for i, more in enumerate(more_readings, start=1):
                taken.add(more.start)
                frame = frames[i] if listed else _timeframe_between(doc, metric, before, more)
                coin = _coin_between(doc, before, more) if metric.label_ in {"funding_rate", "open_interest", "volume"} else None
                before = more
                again = _claim(doc, article, sentence, metric, more, quantities, carried, dominant, further=True,
                               timeframe=frame)
                if again is not None:  # a venue's figure restated or split by side stays that venue's
                    own = _handed_venue(doc, sentence, more, venues) if metric.label_ in _BY_VENUE else None
                    again = _at_venue(doc, sentence, metric, more, venues, again) if own is not None else again.model_copy(update={"venue": claim.venue})
                    if coin is not None and coin != claim.asset:
                        again = again.model_copy(update={"asset": coin})  # "..., while Ethereum's stands at 0.0061%"
                    claims.append(again)
                    if again.kind is ClaimKind.funding_rate:
                        taken.update(q.start for q in _rate_restated(doc, sentence, more, quantities))
        if any(m.label_ == "liquidations" for m in metrics):
            ratio = _sides_ratio(doc, article, sentence, quantities, taken) or _sides_multiple(doc, article, sentence, quantities)
            if ratio is not None:  # "longs at $637 million and shorts at $105 million, a ratio of roughly 6 to 1"
                claims.append(ratio)
    return claims


# -- figures by venue ---------------------------------------------------------------------------

_CLOCK = re.compile(r"\d{1,2}:\d{2}")
_HANDING_REACH = 5  # words from a venue to the figure it is handed: "CME's bitcoin futures held $11.6 billion"
_NOT_HANDING = {"and", "or", "but", "while", "whereas", "than", "versus", "vs", "vs.", "against", "from", "compared",
                "after", "before", "since", "as", "because", "said", "says", "estimated", "estimates"}
_BY_VENUE = ("liquidations", "open_interest", "funding_rate", "volume")  # the totals wraps break down by exchange


def _venues(doc: Doc, sentence: Span) -> list[Span]:
    """The exchanges named in the sentence (ours too), each a span labelled with its name."""
    found = []
    for start, end, name in exchanges_in(sentence.text):
        span = doc.char_span(sentence.start_char + start, sentence.start_char + end, alignment_mode="expand")
        if span is not None:
            found.append(Span(doc, span.start, span.end, label=name))
    return found


def _handed_venue(doc: Doc, sentence: Span, quantity: Span, venues: list[Span]) -> Span | None:
    """'Bybit at $520 million', 'Hyperliquid led with $640 million', 'CME's bitcoin futures held
    $11.6 billion', 'OKX slipped to -0.004%': the venue a figure is handed to, named right before
    it in the same clause, with no other figure, clause break or other series between."""
    venue = next((v for v in reversed(venues) if v.end <= quantity.start), None)
    if venue is None or venue.start < sentence.start or quantity.start - venue.end > _HANDING_REACH:
        return None
    between = doc[venue.end : quantity.start]
    if any(t.is_punct and t.text != ":" or t.lower_ in _NOT_HANDING for t in between):
        return None
    if any(venue.end <= q.start < quantity.start for q in group(doc, "quantities")):
        return None
    if any(venue.end <= m.start < quantity.start and m.label_ not in _BY_VENUE and m.text.lower() not in GLUE
           for m in group(doc, "metrics")):
        return None  # "Coinbase shares rose to $250": another series' figure
    after = doc[quantity.end : min(sentence.end, quantity.end + 3)]
    if any(quantity.end <= m.start < after.end and m.label_ == "other" and m.text.lower() not in GLUE
           and not any(t.is_punct for t in doc[quantity.end : m.start]) for m in group(doc, "metrics")):
        return None  # "Binance saw $1.2 billion in net inflows": the figure is another series'
    return venue


def _venue_carried(doc: Doc, sentence: Span, quantities: list[Span], taken: set[int], previous: list[Span],
                   venues: list[Span]) -> tuple[Span, Span] | None:
    """'Liquidations reached $880 million. Bybit accounted for $300 million, Binance for $210
    million': right after a sentence about liquidations, open interest or funding, a sentence that
    names no metric and opens with a figure handed to a venue gives that venue's figure of the
    same metric. The venue stands in for the metric's words; the figure is its reading."""
    free = [q for q in quantities if q.start not in taken]
    if not free or not venues:
        return None
    first = free[0]
    venue = _handed_venue(doc, sentence, first, venues)
    if venue is None:
        return None
    q = first._.quantity
    for label in reversed([m.label_ for m in previous]):
        if label not in _BY_VENUE or not _fits(METRICS[label][2], q, doc):
            continue
        if label == "funding_rate" and q.unit == "%" or label != "funding_rate" and q.is_money and q.magnitude >= 1e6:
            return Span(doc, venue.start, venue.end, label=label), first
        return None
    return None


def _venue_readings(doc: Doc, sentence: Span, metric: Span, last: Span, quantities: list[Span], taken: set[int]) -> list[Span]:
    """'..., ahead of Bybit at $520 million and Binance at $410 million', 'Binance accounted for
    $251 million, Bybit for $198 million and OKX for $84 million', 'while Bybit held $5.6 billion',
    'Bybit printed 0.0021% and OKX slipped to -0.004%': after a figure, the same metric's figure
    for each next venue of the list."""
    _, _, units = METRICS[metric.label_]
    venues = _venues(doc, sentence)
    found: list[Span] = []
    for q in quantities:
        if q.start < last.end or q.start in taken:
            continue
        if not _fits(units, q._.quantity, doc):
            break
        venue = _handed_venue(doc, sentence, q, venues)
        unknown = metric.label_ == "liquidations" and q._.quantity.unit == "USD" and _listed_at(doc, q, last)
        if (venue is None or venue.start < last.end) and not unknown:
            break
        found.append(q)
        last = q
    return found


def _listed_at(doc: Doc, quantity: Span, last: Span) -> bool:
    """'followed by OKX at $118 million and Huobi at $51 million': an exchange the lexicon does not
    know, named with 'at' right before its figure."""
    if quantity.start - 2 < last.end:
        return False
    at, venue = doc[quantity.start - 1], doc[quantity.start - 2]
    return at.lower_ == "at" and venue.pos_ == "PROPN" and not any(a.start <= venue.i < a.end for a in group(doc, "assets"))


def _at_venue(doc: Doc, sentence: Span, metric: Span, reading: Span | None, venues: list[Span], claim: Claim) -> Claim:
    """The claim with the other venue it is said of ('Bybit at $520 million', 'funding on OKX has been
    negative'), its words starting at the venue."""
    if metric.label_ not in _BY_VENUE or not venues:
        return claim
    venue = _handed_venue(doc, sentence, reading, venues) if reading is not None else None
    if venue is None and reading is None:
        venue = _venue_at_metric(doc, sentence, metric, venues)
    if venue is None:
        return claim
    start, end = claim.span
    update: dict[str, object] = {"venue": venue.label_}
    if venue.start_char < start and reading is not None:
        update.update(span=(venue.start_char, end), text=text_of(doc)[venue.start_char : end])
    return claim.model_copy(update=update)


def _venue_at_metric(doc: Doc, sentence: Span, metric: Span, venues: list[Span]) -> Span | None:
    """'funding on OKX', 'OKX funding', 'Bybit's funding': a venue written with the metric's words."""
    for venue in venues:
        if venue.start >= metric.end and [t.lower_ for t in doc[metric.end : venue.start]] in (["on"], ["at"]):
            return venue
        before = doc[venue.end : metric.start]
        if venue.end <= metric.start and len(before) <= 2 and all(t.lower_ in _CONTRACT_WORDS or t.text.isupper() for t in before):
            return venue  # "Bybit's funding", "OKX BTCUSDT funding"
    return None


_CONTRACT_WORDS = {"'s", "’s", "perpetual", "perp", "perps", "futures"}


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


def _levels_of_move(doc: Doc, sentence: Span, reading: Span, quantities: list[Span]) -> list[Span]:
    """'fell to about 298,000 BTC from 316,000 BTC': the level a move in coins started from, told
    with it; part of the same claim."""
    for q in quantities:
        if q.start < reading.end:
            continue
        words = [t.lower_ for t in doc[reading.end : q.start] if t.lower_ not in _ROUGHLY and t.text != ","]
        return [q] if words == ["from"] and q._.quantity.unit == reading._.quantity.unit else []
    return []


_RATIO_WORDS = {"ratio", "split"}
_TIMES = {"times", "x", "-fold", "fold"}
_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                  "twice": 2, "thrice": 3}


def _imbalance_claim(doc: Doc, article: Article, sentence: Span, words: Span, quantities: list[Span], value: float) -> Claim:
    """A ratio of the sides' liquidations, `words` being its text."""
    metric = Span(doc, words.start, words.end, label="liquidation_imbalance")
    named = [a for a in group(doc, "assets") if sentence.start <= a.start < sentence.end]
    asset = named[0].label_ if named else _coin_of_liquidations_before(doc, sentence)
    modality, source = modality_of(metric, sentence)
    window = _window(doc, sentence, metric, metric, quantities, ClaimKind.liquidation_imbalance)
    return Claim(kind=ClaimKind.liquidation_imbalance, asset=asset, metric="liquidation_imbalance", value=value, unit="ratio",
                 comparator=Comparator.at, time=resolve(article, "instant", window, sentence=sentence, reading=True),
                 modality=modality, attributed_to=source, text=words.text, sentence=sentence.text.strip(),
                 span=(words.start_char, words.end_char))


def _sides_multiple(doc: Doc, article: Article, sentence: Span, quantities: list[Span]) -> Claim | None:
    """'six times as many shorts as longs', 'three times more long liquidations than shorts': in a
    sentence about liquidations, one side a multiple of the other, the sides named after the multiple."""
    for t in sentence:
        word = t.lower_
        value = _SMALL_NUMBERS.get(word) or (float(word) if word.replace(".", "", 1).isdigit() else None)
        if value is None or t.i + 1 >= sentence.end:
            continue
        at = t.i + 1 if word in {"twice", "thrice"} else t.i + 2
        if word not in {"twice", "thrice"} and doc[t.i + 1].lower_ not in _TIMES:
            continue
        words = [w.lower_ for w in doc[at : min(sentence.end, at + 8)]]
        if words[:2] in (["as", "many"], ["as", "much"]):
            rest, link = words[2:], "as"
        elif words[:1] == ["more"]:
            rest, link = words[1:], "than"
        else:
            continue
        rest = rest[1:] if rest[:1] in (["in"], ["of"]) else rest
        if not rest or rest[0] not in SIDES or link not in rest:
            continue
        after = rest[rest.index(link) + 1 : rest.index(link) + 2]
        if not after or after[0] not in SIDES or SIDES[after[0]] == SIDES[rest[0]]:
            continue
        end = doc[at + (len(words) - len(rest)) + rest.index(link) + 1]
        claim = _imbalance_claim(doc, article, sentence, doc[t.i : end.i + 1], quantities, value)
        return claim.model_copy(update={"side": SIDES[rest[0]]})  # the side that took the larger share
    return None


def _sides_ratio(doc: Doc, article: Article, sentence: Span, quantities: list[Span], taken: set[int]) -> Claim | None:
    """'longs at $637 million and shorts at $105 million, a ratio of roughly 6 to 1', 'a 6-to-1
    split': in a sentence about liquidations, the sides set against each other as a ratio."""
    for q in quantities:
        if q.start in taken or q._.quantity.unit is not None or q.start == sentence.start:
            continue
        rest = text_of(doc)[q.end_char : q.end_char + 7].lower()
        to_one = next((r for r in (" to 1", " to one", "-to-1", "-to-one", ":1") if rest.startswith(r)), None)
        if to_one is None:
            continue
        before = [t for t in doc[max(sentence.start, q.start - 4) : q.start]]
        after = [t.lower_ for t in doc[q.end : min(sentence.end, q.end + 5)]]
        named = next((t for t in before if t.lower_ in _RATIO_WORDS), None)
        if named is None and not _RATIO_WORDS & set(after):
            continue
        if named is not None and not all(t.lower_ in _ROUGHLY | {"of", "about", "more", "than", "over", "nearly", "by"} for t in doc[named.i + 1 : q.start]):
            continue
        first = named.i - 1 if named is not None and named.i > sentence.start and doc[named.i - 1].lower_ in {"a", "an"} else \
            named.i if named is not None else q.start  # "a ratio of roughly 6 to 1"
        words = doc.char_span(doc[first].idx, q.end_char + len(to_one), alignment_mode="expand")
        taken.add(q.start)
        claim = _imbalance_claim(doc, article, sentence, words, quantities, q._.quantity.value)
        more = any(t.lower_ in {"more", "over"} for t in before)
        return claim.model_copy(update={"comparator": Comparator.above}) if more else claim
    return None


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


def _sentences(doc: Doc) -> list[Span]:
    """The sentences, with one that ends in a colon joined to the next: the parser cuts
    '4H RSI: ETH 36, BTC 41.5' after the colon, but the readings are the gauge's."""
    joined: list[Span] = []
    for sentence in doc.sents:
        if joined and joined[-1].end == sentence.start and doc[joined[-1].end - 1].text == ":":
            joined[-1] = doc[joined[-1].start : sentence.end]
        else:
            joined.append(sentence)
    return joined


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


# A total's change written as a multiple: "doubled" is +100%, "halved" -50%.
MULTIPLES = {"double": 100.0, "doubled": 100.0, "triple": 200.0, "tripled": 200.0, "quadruple": 300.0, "quadrupled": 300.0,
             "halve": -50.0, "halved": -50.0}


def _multiple(doc: Doc, sentence: Span, metric: Span, reading: Span | None) -> Token | None:
    """The verb of a multiple in the metric's clause, before its figure: 'volume more than doubled'."""
    end = min(metric.end + REACH, sentence.end, reading.start if reading is not None and reading.start > metric.end else sentence.end)
    for token in doc[metric.end : end]:
        if token.is_punct and token.text != "-":
            return None
        if (token.lemma_.lower() in MULTIPLES or token.lower_ in MULTIPLES) and token.pos_ in {"VERB", "AUX", "ADJ", "NOUN", "PROPN"}:
            return token
    return None


TREND_NOUNS = {"uptrend": Comparator.up, "downtrend": Comparator.down}


def _trend_said(doc: Doc, sentence: Span, metric: Span) -> Token | None:
    """'Open interest ... has hit $26.72 billion after being on an uptrend since September':
    a trend of the total itself, said in its clause."""
    for token in doc[metric.end : sentence.end]:
        if token.text in {";", "—"} or token.lower_ in {"while", "but", "whereas", "although", "though", "price", "prices"} \
                or any(m.start == token.i and m.label_ in METRICS for m in group(doc, "metrics")):
            return None  # another clause, another series: "rose while the price stayed in a downtrend"
        if token.lower_ in TREND_NOUNS:
            return token
    return None


_FLAT = {"flat", "unchanged", "steady", "stable"}


def _flat(doc: Doc, sentence: Span, metric: Span) -> Token | None:
    """'open interest has been flat', 'volume was little changed': a total that did not move."""
    for token in doc[metric.end : min(metric.end + 4, sentence.end)]:
        if token.is_punct:
            return None
        if token.lower_ in _FLAT or token.lower_ == "changed" and doc[token.i - 1].lower_ == "little":
            return token
        if token.lower_ not in {"has", "have", "had", "been", "was", "were", "is", "are", "stayed", "remained", "held", "little", "largely", "roughly", "broadly", "mostly"}:
            return None
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
    return _sign_before(doc, sentence, metric)


_SIGN_LEADS = {"a", "an", "the", "its", "their", "first", "deeply", "slightly", "mildly", "persistently", "sustained", "net"}
_FIRST = {"first", "flipped", "turned", "flip", "turn", "into"}


def _sign_before(doc: Doc, sentence: Span, metric: Span) -> tuple[Comparator, Token] | None:
    """'negative funding rates on ether', 'its first negative funding rate of 2025': the sign
    written before the funding words; a first one (or one turned to) is a crossing of zero. A sign
    said of no coin or venue ('Negative funding into rising prices is a squeeze setup') is the
    general case, not a reading."""
    i = metric.start - 1
    while i >= sentence.start and doc[i].lower_ in _SIGN_LEADS - {"first"}:
        i -= 1
    if i < sentence.start or doc[i].lower_ not in _SIGNS:
        return None
    sign = doc[i]
    lead = doc[max(sentence.start, i - 3) : i]
    moved = any(t.lower_ in _FIRST or t.lemma_.lower() in _TURN_WORDS and t.pos_ in {"VERB", "AUX"} for t in lead)
    side = _SIGNS[sign.lower_]
    phrase = doc[max(sentence.start, i - 3) : min(sentence.end, metric.end + 3)]
    named = any(phrase.start <= a.start < phrase.end for a in group(doc, "assets")) or bool(_venues(doc, phrase))
    if not moved and not named:
        return None
    return Comparator(f"crossed_{side}" if moved else side), sign


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


def _traded(doc: Doc, sentence: Span, quantities: list[Span], taken: set[int]) -> list[Span]:
    """'with $41 billion traded over 24 hours', '$2.3 billion worth of ether changed hands': a sum
    of money followed by the words of trading is a volume (models/metrics.json, volume_traded);
    the span is those words, the figure the one right before them."""
    phrases = [p.split() for p in _words_of("volume_traded")]
    coins = {t.i for a in group(doc, "assets") for t in a}
    found = []
    for q in quantities:
        if q.start in taken or not q._.quantity.is_money or q._.quantity.value < 1e6:
            continue
        i = q.end
        while i < sentence.end and (doc[i].lower_ in {"worth", "of", "in", "crypto", "spot"} or i in coins):
            i += 1
        words = [t.lower_ for t in doc[i : min(sentence.end, i + 3)]]
        said = next((p for p in phrases if words[: len(p)] == p), None)
        if said is not None:
            found.append(Span(doc, i, i + len(said), label="volume"))
    return found


def _market_moving(doc: Doc, sentence: Span) -> list[Span]:
    """'the crypto market, which is broadly up 4% on the day', 'the global cryptocurrency market fell
    3%': the market, subject of its clause, standing for the total market cap (models/metrics.json,
    whole_market). Some other market ('the stock market', 'the derivatives market') is not it."""
    lexicon = _lexicon()["whole_market"]
    found = []
    for token in sentence:
        if token.lower_ not in lexicon["words"] or token.pos_ not in {"NOUN", "PROPN"}:
            continue
        modifiers = {c.lower_ for c in token.children if c.dep_ in {"amod", "compound", "nmod", "poss"}} \
            | {t.lower_ for t in doc[max(sentence.start, token.i - 2) : token.i]}
        if modifiers & set(lexicon["not"]) or any(a.start <= token.i - 1 < a.end for a in group(doc, "assets")):
            continue  # "the stock market", "the bitcoin market"
        subject = token.dep_ in {"nsubj", "nsubjpass"} or any(
            c.dep_ == "relcl" and any(s.dep_ in {"nsubj", "nsubjpass"} and s.lower_ in {"which", "that"} for s in c.children)
            for c in token.children)
        if subject:
            found.append(Span(doc, token.i, token.i + 1, label="market_cap"))
    return found


def _is_market(metric: Span) -> bool:
    return metric.label_ == "market_cap" and len(metric) == 1 and metric[0].lower_ in _lexicon()["whole_market"]["words"]


def _fund_owned(doc: Doc, sentence: Span, metric: Span) -> bool:
    """'Trading volume in the spot bitcoin ETFs', 'IBIT's volume': the turnover of fund shares, not of
    the coin (models/metrics.json, fund_volume)."""
    funds = _words_of("fund_volume")
    i = metric.start - 1
    named = []
    while i >= sentence.start and (doc[i].pos_ in {"NOUN", "PROPN", "ADJ", "DET", "NUM"} or doc[i].lower_ in {"'s", "’s", "'", "-"}) \
            and doc[i].lower_ not in {"and", "or"}:
        named.append(doc[i])
        i -= 1
    if metric.end < sentence.end and doc[metric.end].lower_ in {"in", "of", "for", "on", "across"}:
        for t in doc[metric.end + 1 : min(sentence.end, metric.end + 6)]:
            if t.pos_ in {"VERB", "AUX"} or t.is_punct:
                break
            named.append(t)
    return any(t.lower_ in funds for t in named)


def _names_another(doc: Doc, metric: Span, metrics: list[Span]) -> bool:
    """'the volume of liquidations reached $1.05 billion': the figure is the liquidations'."""
    return metric.label_ == "volume" and any(
        m.start == metric.end + 1 and doc[metric.end].lower_ == "of" and m.label_ != metric.label_ for m in metrics
    )


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


def _further_readings(doc: Doc, sentence: Span, metric: Span, reading: Span, quantities: list[Span], taken: set[int]) -> list[Span]:
    """Earlier or later readings of the same gauge in its clause: 'fell to 14 from 20 on
    Saturday', 'sank to 6 on Saturday and is back at 9 today'."""
    if metric.label_ == "liquidations":
        return _other_side(doc, sentence, reading, quantities, taken) or _venue_readings(doc, sentence, metric, reading, quantities, taken)
    if metric.label_ in {"open_interest", "volume", "market_cap"}:
        chain = _level_after_change(doc, sentence, metric, reading, quantities, taken) \
            or _readings_after_level(doc, sentence, metric, reading, quantities, taken)
        last = chain[-1] if chain else reading
        if metric.label_ == "market_cap":
            return chain + _other_coin_readings(doc, sentence, metric, last, quantities, taken)
        return chain + (_venue_readings(doc, sentence, metric, last, quantities, taken)
                        or _other_coin_readings(doc, sentence, metric, last, quantities, taken))
    if metric.label_ == "funding_rate":
        return _venue_readings(doc, sentence, metric, reading, quantities, taken) or _earlier_rates(doc, sentence, reading, quantities, taken) \
            or _other_coin_readings(doc, sentence, metric, reading, quantities, taken)
    if metric.label_ not in _zones() and metric.label_ != "dominance":
        return []
    _, _, units = METRICS[metric.label_]
    if metric.label_ == "rsi" and _coin_labelling(doc, sentence, reading) is not None:
        return _coin_readings(doc, sentence, reading, quantities, taken, units)
    found: list[Span] = [q for q in quantities if q.start not in taken and _moved_from(doc, q, reading) and _fits(units, q._.quantity, doc)]
    last = reading
    for q in quantities:
        if q.start < last.end or q.start in taken or q.start - last.end > 8:
            continue
        between = doc[last.end : q.start]
        listed_frame = metric.label_ == "rsi" and doc[q.start - 1].lower_ == "and" and _frame_after(doc, sentence, q) is not None
        if any(t.text in {";", "(", ")"} for t in _outside_brackets(between)) or q.start == 0 \
                or doc[q.start - 1].lower_ not in FURTHER and not listed_frame:
            break
        zones = _zones().get(metric.label_, [])
        if any(between.start <= m.start < q.start and m.text.lower() not in zones for m in group(doc, "metrics")):
            break  # "the daily RSI reads 44 while the weekly RSI is at 58": another gauge, its own reading
        if any(between.start <= a.start < q.start for a in group(doc, "assets")) or not _fits(units, q._.quantity, doc):
            break
        found.append(q)
        last = q
    return found


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


def _other_coin_readings(doc: Doc, sentence: Span, metric: Span, last: Span, quantities: list[Span], taken: set[int]) -> list[Span]:
    """'Bitcoin's funding rate is 0.0074%, while Ethereum's stands at 0.0061%': after a reading, a
    figure of the same unit with another coin named before it, and no other series between, is
    that coin's reading of the same metric (the claim takes the coin, see `_coin_between`)."""
    for q in quantities:
        if q.start < last.end or q.start in taken:
            continue
        between = doc[last.end : q.start]
        if q.start - last.end > CHAIN_REACH or q._.quantity.unit != last._.quantity.unit or any(t.text in {";", "(", ")"} for t in between):
            return []
        if any(between.start <= m.start < q.start and m.label_ != "other" for m in group(doc, "metrics")):
            return []
        return [q] if _coin_between(doc, last, q) not in {None, _coin_before(doc, sentence, last)} else []
    return []


def _coin_between(doc: Doc, earlier: Span, later: Span) -> str | None:
    """The coin named between two readings, the last one if several."""
    named = [a.label_ for a in group(doc, "assets") if earlier.end <= a.start and a.end <= later.start]
    return named[-1] if named else None


def _coin_before(doc: Doc, sentence: Span, reading: Span) -> str | None:
    named = [a.label_ for a in group(doc, "assets") if sentence.start <= a.start and a.end <= reading.start]
    return named[-1] if named else None


def _moved_from(doc: Doc, earlier: Span, reading: Span) -> bool:
    """'the RSI has fallen from 78 to 54': the reading it moved from, written just before."""
    return earlier.start >= 1 and doc[earlier.start - 1].lower_ == "from" and [t.lower_ for t in doc[earlier.end : reading.start]] == ["to"]


def _coin_labelling(doc: Doc, sentence: Span, reading: Span) -> Span | None:
    """'ETH 36', 'ETH: 36', '36 for ether': the coin a gauge's reading is written with."""
    coins = [a for a in group(doc, "assets") if sentence.start <= a.start < sentence.end]
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


# "a 40% increase from the average daily volume", "a 25% jump over the prior session's volume"
_BASELINE = {"from", "over", "above", "below", "on", "versus", "vs", "average", "previous", "prior", "usual", "normal",
             "day's", "session's", "week's", "month's", "30-day", "7-day", "weekly", "monthly"}
_ARRIVING = {"reaching", "to", "at", "hitting", "totaling", "totalling", "topping", "near"}
_ROUGHLY = {"around", "about", "nearly", "roughly", "almost", "over", "some", "approximately", "just", "the"}


_ARRIVED = {"hit", "top", "reach", "tops", "hits", "reaches", "topped", "reached"}  # a level arrived at, no direction said


def _coin_move(doc: Doc, sentence: Span, metric: Span, reading: Span) -> Comparator | None:
    """'open interest fell to about 298,000 BTC from 316,000 BTC': a total in coins told as a move,
    by a verb of change and both its levels, is kept as its direction (coin totals have no unit in
    the gold format, corpus/README.md). A level alone ('climbed to 395,000 BTC') stays a reading."""
    if reading.start < metric.end or not _levels_of_move(doc, sentence, reading, list(group(doc, "quantities"))):
        return None
    for t in reversed(doc[metric.end : reading.start]):
        if t.lemma_.lower() in _ARRIVED or t.lower_ in _ARRIVED:
            return None  # "hit 410,000 BTC": where it arrived, not which way
        if (move := _direction(doc[t.i : t.i + 1])) is not None:
            return move
    return None


def _level_after_change(doc: Doc, sentence: Span, metric: Span, reading: Span, quantities: list[Span], taken: set[int]) -> list[Span]:
    """'open interest rose by more than 13%, reaching around $63.3 billion': the level the
    change arrived at is a second reading."""
    if reading._.quantity.unit != "%":
        return []
    start = metric.end if metric.start >= reading.end else reading.end  # "a 70% increase in 24-hour trading volume to $117.5 billion"
    for q in quantities:
        if q.start < start or q.start in taken or q.start - start > 9 or not (q._.quantity.is_money or q._.quantity.unit in _COIN_UNITS):
            continue
        timed = {t.i for w in group(doc, "windows") for t in w}  # "climbed 9% overnight, reaching ..."
        before = [t for t in doc[start : q.start] if t.lower_ not in _ROUGHLY and t.text != "," and t.i not in timed]
        while len(before) > 1 and before[-1].lower_ in _RECORD_WORDS:
            before.pop()  # "climbed 12% this week to a record of nearly $70 billion"
        named = metric.start >= reading.end and [t.lower_ for t in before] == ["of"]  # "a 40% increase from the average daily volume of $35 billion"
        return [q] if before and (before[-1].lower_ in _ARRIVING or named) and len(before) == 1 and len(doc[start : q.start]) - len(before) <= 8 else []
    return []


_RECORD_WORDS = {"a", "an", "new", "fresh", "record", "high", "peak", "all-time", "of", "level"}
_RESTATING = {"currently", "now", "reported", "quoted", "standing", "sitting", "last", "seen", "settling", "at", "to", "reach", "reaching"}
_CHANGE_NOUNS = {"decline", "drop", "fall", "loss", "decrease", "slide", "plunge", "increase", "rise", "gain", "jump",
                 "surge", "growth", "climb", "up", "down"}
CHAIN_REACH = 12  # tokens from one reading of a total to the next ("..., with a 24-hour decline of up to 9.8%")


_COIN_UNITS = {"BTC", "ETH"}
_EARLIER = (["up", "from"], ["down", "from"], ["compared"], ["compared", "to"], ["against"], ["versus"], ["vs"], ["vs."])


def _readings_after_level(doc: Doc, sentence: Span, metric: Span, reading: Span, quantities: list[Span], taken: set[int]) -> list[Span]:
    """'fell below $1.5 trillion, currently at $1.49 trillion, with a 24-hour decline of
    9.8%': after a total, the same total restated at its level and its change, in one clause;
    and its earlier level, 'was about $67 billion on Tuesday, up from $57 billion on Monday'."""
    if not (reading._.quantity.is_money or reading._.quantity.unit in _COIN_UNITS):
        return []  # "$8.21 billion", "5.2 million ETH"
    found: list[Span] = []
    last, had_change = (metric if metric.start >= reading.end else reading), False  # "$8.21 billion of open interest at ..., up 4.1%"
    timed = {t.i for w in group(doc, "windows") for t in w}  # "a 24-hour decline"
    for q in quantities:
        if q.start < last.end or q.start in taken:
            continue
        between = doc[last.end : q.start]
        if q.start - last.end > CHAIN_REACH or any(t.text in {";", "(", ")", "—"} or t.pos_ == "VERB" and t.lower_ not in _RESTATING | {"compared"} for t in between):
            break
        if any(between.start <= m.start < q.start for m in group(doc, "metrics")) or any(between.start <= a.start < q.start for a in group(doc, "assets")):
            break
        words = [t.lower_ for t in between if t.text != "," and t.i not in timed and t.lower_ not in _ROUGHLY | {"a", "an", "with", "of", "by"}]
        unit = q._.quantity.unit
        change_after = q.end < sentence.end and doc[q.end].pos_ == "NOUN" and doc[q.end].lemma_.lower() in _CHANGE_NOUNS  # ", a 40% jump"
        if unit == "%" and not had_change and (any(t.lemma_.lower() in _CHANGE_NOUNS or t.lower_ in _CHANGE_NOUNS for t in between) or change_after) \
                and doc[q.start - 1].lower_ not in {"at", "to"} or unit == "%" and words[-2:] == ["up", "to"]:
            had_change = True
        elif q._.quantity.is_money and words and words[-1] in {"at", "to", "reach", "reaching"} and set(words) <= _RESTATING:
            pass
        elif q._.quantity.unit == reading._.quantity.unit and not found and "," in between.text \
                and any(words[-len(e):] == e for e in _EARLIER):
            found.append(q)  # the level it moved from: one earlier reading ends the chain
            break
        elif q._.quantity.is_money and reading._.quantity.unit in _COIN_UNITS and not found and words == ["worth"]:
            found.append(q)  # "660,000 BTC, worth about $62 billion": the same total in dollars, a reading of its own
            break
        elif q._.quantity.unit == reading._.quantity.unit and had_change and words == ["from"]:
            found.append(q)  # "$8.37 billion ..., down 8% from $9.10 billion": the level the change started from
            break
        else:
            break
        found.append(q)
        last = q
    return found


def _other_side(doc: Doc, sentence: Span, reading: Span, quantities: list[Span], taken: set[int]) -> list[Span]:
    """'$412 million liquidated ..., $297 million of it shorts', '$186 million of longs against
    just $15 million of shorts': a second figure for one side, written after the first."""
    found: list[Span] = []
    last = reading
    for q in quantities:
        if q.start < last.end or q.start in taken:
            continue
        listed = _respective_sides(doc, sentence).get(q.start)
        contrasted = _contrasted_side(doc, sentence, q) if q._.quantity.unit == "USD" else None
        if q.start - last.end > 12 and not (q.start - last.end <= 20 and q._.quantity.unit == "USD"
                                            and (_side_named_before(doc, sentence, q) or _side_named_after(doc, sentence, q) or listed or contrasted)):
            break  # far off, unless its own words name the side: "..., and long positions accounted for $330 million"
        if listed or contrasted:
            found.append(q)  # "$610 million and $90 million in long and short positions, respectively",
            last = q  # "with shorts taking the brunt - $40.1 million versus $21.1 million in longs"
            continue
        if _share_of_total(doc, last, q):
            found.append(q)  # "long positions reached $1.2 billion, accounting for as much as 86%"
            last = q
            continue
        if q._.quantity.unit != "USD":
            continue
        if _coin_takes(doc, sentence, q) is not None:
            found.append(q)  # "Bitcoin accounted for $190 million ..., while ether made up $110 million"
            last = q
            continue
        lead = [t.lower_ for t in doc[max(sentence.start, q.start - 3) : q.start]]
        if _LEADS_SIDE & set(lead) and _side_named_after(doc, sentence, q) or _side_named_before(doc, sentence, q):
            found.append(q)
            last = q
            continue
        break
    return found


_CONTRASTS = {"versus", "vs", "vs.", "against", "compared"}
_CONTRAST_GLUE = {"with", "to", "just", "only", "about", "around", "roughly", "nearly", "some", "over", "almost", "a", "mere"}
_OPPOSITE = {"long": "short", "short": "long"}


def _contrasted_side(doc: Doc, sentence: Span, quantity: Span) -> str | None:
    """'$40.1 million versus $21.1 million in longs', '$40.1 million of shorts against just $21.1 million':
    of two figures set against each other, when one names its side the other is the other side."""
    money = [q for q in group(doc, "quantities") if sentence.start <= q.start < sentence.end and q._.quantity.unit == "USD"]
    at = next((i for i, q in enumerate(money) if q.start == quantity.start), None)
    if at is None:
        return None
    for first, second in ((money[at - 1], quantity) if at else (None, None), (quantity, money[at + 1]) if at + 1 < len(money) else (None, None)):
        if first is None or second is None:
            continue
        named_first = _side_named_after(doc, sentence, first)
        link = list(doc[first.end : second.start])
        while link and (link[0].lower_ in SIDES or link[0].lower_ in _SIDE_LINKS or link[0].lower_ in _SIDE_HOLDERS):
            link.pop(0)  # the first figure's own words: "of shorts", "in short positions"
        words = [t.lower_ for t in link if t.text != ","]
        if not words or words[0] not in _CONTRASTS or not set(words[1:]) <= _CONTRAST_GLUE:
            continue
        named_second = _side_named_after(doc, sentence, second)
        if second.start == quantity.start and named_first is not None and named_second is None:
            return _OPPOSITE[named_first]
        if first.start == quantity.start and named_second is not None and named_first is None:
            return _OPPOSITE[named_second]
    return None


_LIST_WORDS = {",", "and"}


def _respective_sides(doc: Doc, sentence: Span) -> dict[int, str]:
    """'$610 million and $90 million in long and short positions closed respectively': listed
    figures matched in order to the listed sides (start of each figure -> its side)."""
    if not any(t.lower_ == "respectively" for t in sentence):
        return {}
    money = [q for q in group(doc, "quantities") if sentence.start <= q.start < sentence.end and q._.quantity.unit == "USD"]
    runs: list[list[Span]] = []
    for q in money:
        glue = [t.lower_ for t in doc[runs[-1][-1].end : q.start]] if runs else []
        if runs and glue and set(glue) <= _LIST_WORDS | _ROUGHLY and set(glue) & _LIST_WORDS:
            runs[-1].append(q)
        else:
            runs.append([q])
    sides: list[str] = []
    previous = -1  # position of the last side word listed
    for t in sentence:
        if t.lower_ in SIDES and t.lower_ not in {"bulls", "bears"}:
            if sides and not {w.lower_ for w in doc[previous + 1 : t.i]} <= _LIST_WORDS | _SIDE_HOLDERS:
                if len(sides) >= 2:
                    break  # "long and short positions": the list is over
                sides = []
            sides.append(SIDES[t.lower_])
            previous = t.i
    run = next((r for r in runs if len(r) >= 2 and len(r) == len(sides)), None)
    if run is None or len(set(sides)) != len(sides):
        return {}
    return {q.start: side for q, side in zip(run, sides)}


_LEADS_SIDE = {"against", ",", ":", "with", "while", "but", "only", "versus", "vs", "vs.", "—", "-", "including", "and", "of"}
_SIDE_LINKS = {"of", "it", "them", "in", "were", "was", "from", "being", "the", "which", "came", "coming", "worth"}


def _side_named_after(doc: Doc, sentence: Span, quantity: Span) -> str | None:
    """'$599,000 were longs', '$186 million in longs', '$249 million of it from long-side bets':
    the side a figure's own words name, if they do."""
    for t in doc[quantity.end : min(sentence.end, quantity.end + 5)]:
        if t.lower_ in SIDES:
            return SIDES[t.lower_]
        said = [w.lower_ for w in doc[t.i : min(sentence.end, t.i + 4)]]
        if said[:2] in (["bets", "on"], ["wagers", "on"], ["positions", "betting"]) and tuple(said[2:4]) in _BETS_ON:
            return _BETS_ON[tuple(said[2:4])]  # "$2.2 billion were bets on higher prices"
        if t.lower_ not in _SIDE_LINKS:
            return None
    return None


_BETS_ON = {("higher", "prices"): "long", ("rising", "prices"): "long", ("lower", "prices"): "short", ("falling", "prices"): "short",
            ("on", "higher"): "long", ("on", "lower"): "short"}


def _coin_of_liquidations_before(doc: Doc, sentence: Span) -> str | None:
    """'$14.94 million in BTC positions were liquidated, ... That's a 2,131% imbalance': an
    imbalance restated in the next sentence is of the coin whose liquidations were just told."""
    if sentence.start == 0:
        return None
    before = doc[sentence.start - 1].sent
    if not any(m.label_ == "liquidations" and before.start <= m.start < before.end for m in group(doc, "metrics")):
        return None
    coins = {a.label_ for a in group(doc, "assets") if before.start <= a.start < before.end}
    return coins.pop() if len(coins) == 1 else None


# Verbs that tell a change in a total by an amount; 'hit', 'top', 'reach' name where it arrived.
_CHANGING = (UP | DOWN | {"shed", "lose", "add", "gain", "erase", "wipe", "evaporate", "vanish", "unwind", "flush", "swell"}) \
    - {"hit", "top", "reach", "flip", "turn", "up", "down", "higher", "lower", "climbing", "rising"}
_BY_AMOUNT = {"by", "over", "more", "than", "nearly", "about", "roughly", "some", "just", "almost", "around", "approximately", "another", "a", "further"}


def _money_change(doc: Doc, metric: Span, reading: Span) -> Comparator | None:
    """A total's change written as an amount: 'open interest fell by $2 billion', 'the market
    cap shed $90 billion', '$811 million in open interest evaporated'; not 'fell to $20 billion'."""
    if reading.end <= metric.start:  # the amount is the subject of the verb of change
        root = reading.root
        verb = root.head if root.dep_ in {"nsubj", "nsubjpass"} else None
        if verb is None or verb.i < metric.end:
            return None
        lemma = verb.lemma_.lower()
        return Comparator.down if lemma in DOWN or lemma in {"shed", "lose", "erase", "wipe", "evaporate", "vanish", "unwind", "flush"} \
            else Comparator.up if lemma in _CHANGING else None
    words = list(doc[metric.end : reading.start])
    while words and words[-1].lower_ in _BY_AMOUNT:
        words.pop()
    return _verb_sign(words[-1]) if words else None


def _verb_sign(token: Token) -> Comparator | None:
    lemma = token.lemma_.lower()
    if lemma not in _CHANGING and token.lower_ not in _CHANGING:
        return None
    return Comparator.up if lemma in UP | {"add", "gain", "swell"} else Comparator.down


_SHARE_VERBS = {"account", "make", "represent", "comprise", "constitute"}


def _share_of_total(doc: Doc, reading: Span, quantity: Span) -> bool:
    """'$1.208 billion, accounting for as much as 86%': one side's share of all liquidations,
    written after its figure, is how lopsided they were."""
    if quantity._.quantity.unit != "%" or reading._.quantity.unit != "USD":
        return False
    between = doc[reading.end : quantity.start]
    return len(between) <= 6 and not any(t.text in {";", "(", ")"} for t in between) \
        and any(t.lemma_.lower() in _SHARE_VERBS for t in between)


# Words that hand a side its figure: "shorts at $99 million", "long positions accounted for $1.88
# billion", "shorts made up $95 million", "longs totaled $320 million".
_SIDE_TAKES = (("at",), ("accounted", "for"), ("account", "for"), ("made", "up"), ("totaled",), ("totalled",),
               ("amounted", "to"), ("came", "to"), ("comprised",), ("represented",), ("contributed",),
               ("for",))  # "longs accounted for $220 million, shorts for $80 million": the verb said once
_SIDE_HOLDERS = {"positions", "bets", "traders", "sellers", "buyers", "liquidations"}


def _side_word_before(doc: Doc, sentence: Span, quantity: Span) -> Token | None:
    """'followed by bitcoin shorts at just over $99 million', 'while short positions accounted for
    $95 million': the side word right before the words that hand it the figure."""
    start = quantity.start
    bound = next((b for b in group(doc, "bounds") if b.end == start), None)
    start = bound.start if bound is not None else start
    words = [t.lower_ for t in doc[max(sentence.start, start - 2) : start]]
    take = next((t for t in _SIDE_TAKES if tuple(words[-len(t):]) == t), None)
    if take is None and words and words[-1] in SIDES and doc[start - 1].pos_ in {"NOUN", "PROPN"}:
        take = ()  # a list: "longs $400M, shorts $120M"
    if take is None or start - len(take) - 1 < sentence.start:
        return None
    side = doc[start - len(take) - 1]
    if side.lower_ in _SIDE_HOLDERS and side.i - 1 >= sentence.start and doc[side.i - 1].lower_ in SIDES:
        side = doc[side.i - 1]  # "long positions", "short liquidations"
    if take == ("for",) and doc[start - 2].lower_ not in _SIDE_HOLDERS | {"longs", "shorts"}:
        return None  # "shorts for $80 million" borrows a verb said before; "went long for $5 million" is a trade
    return side if side.lower_ in SIDES and (side.pos_ in {"NOUN", "PROPN", "ADJ"} or take == ("for",)) else None


def _side_named_before(doc: Doc, sentence: Span, quantity: Span) -> str | None:
    side = _side_word_before(doc, sentence, quantity)
    return SIDES[side.lower_] if side is not None else None


def _coin_takes(doc: Doc, sentence: Span, quantity: Span) -> Span | None:
    """'while ether made up $110 million': a coin handed its share of the total, by the same words
    that hand a side its figure."""
    words = [t.lower_ for t in doc[max(sentence.start, quantity.start - 2) : quantity.start]]
    take = next((t for t in _SIDE_TAKES if t not in {("at",), ("for",)} and tuple(words[-len(t):]) == t), None)
    if take is None:
        return None
    return next((a for a in group(doc, "assets") if a.end == quantity.start - len(take) and a.start >= sentence.start), None)


def _coin_before_side(doc: Doc, sentence: Span, quantity: Span) -> str | None:
    """'bitcoin shorts at $99 million': the coin named with the side, for that figure alone."""
    side = _side_word_before(doc, sentence, quantity)
    if side is None:
        return None
    return next((a.label_ for a in group(doc, "assets") if a.end == side.i), None)


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
    for i in range(len(words)):
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


def _claim(
    doc: Doc,
    article: Article,
    sentence: Span,
    metric: Span,
    reading: Span | None,
    quantities: list[Span],
    carried: str | None,
    dominant: str | None,
    further: bool = False,
    timeframe: str | None = None,
    multiple: Token | None = None,
    upper: Span | None = None,
) -> Claim | None:
    kind, name, _ = METRICS[metric.label_]
    value = unit = zone = None
    decimals, magnitude = 0, 1.0
    comparator = Comparator.at
    sign = _funding_sign(doc, sentence, metric) if reading is None and kind is ClaimKind.funding_rate and multiple is None else None
    flat = _flat(doc, sentence, metric) if reading is None and name in {"open_interest", "volume"} and multiple is None else None
    if multiple is not None and multiple.lower_ in TREND_NOUNS:  # "open interest ... after being on an uptrend since September"
        comparator = TREND_NOUNS[multiple.lower_]
        name = name if name == "market_cap" else f"{name}_change"
        start_char, end_char = metric.start_char, multiple.idx + len(multiple)
    elif multiple is not None:  # "spot volume more than doubled": a change of +100%
        value, unit = (MULTIPLES[multiple.lemma_.lower()] if multiple.lemma_.lower() in MULTIPLES else MULTIPLES[multiple.lower_]), "%"
        comparator = Comparator.up if value > 0 else Comparator.down
        name = name if name == "market_cap" else f"{name}_change"
        start_char, end_char = metric.start_char, multiple.idx + len(multiple)
    elif sign is not None:  # "funding flipped negative": a rate against zero
        comparator, end_token = sign
        value, unit = 0.0, "%"
        start_char, end_char = min(metric.start_char, end_token.idx), max(metric.end_char, end_token.idx + len(end_token))
    elif flat is not None:  # "open interest has been flat": a change of zero
        value, unit, name = 0.0, "%", f"{name}_change"
        start_char, end_char = metric.start_char, flat.idx + len(flat)
    elif reading is None:
        # "open interest ... rises": a direction with no figure, read from the verb it is subject of.
        head = metric.root.head
        if metric.root.dep_ in {"nsubj", "nsubjpass"} and head.pos_ in {"VERB", "AUX"}:
            direction = _direction(doc[head.i : head.i + 1])
            told = next((c for c in head.children if c.dep_ in {"advmod", "acomp", "prt"} and c.lower_ in _SAID_MOVED), None) \
                if head.lemma_ == "be" else None
            if told is None and head.lemma_ == "be" and head.i + 1 < sentence.end and doc[head.i + 1].lower_ in _SAID_MOVED:
                told = doc[head.i + 1]  # "is up to 9.1 billion tokens": the parser hangs 'up' on the figure
            if direction is None and told is not None:  # "open interest on SOL is up to 9.1 billion tokens", "was higher"
                direction, head = _SAID_MOVED[told.lower_], told
        else:  # the parse missed it: "open interest rises" read right after the words
            nxt = doc[metric.end : min(metric.end + 1, sentence.end)]
            direction = _direction(nxt) if len(nxt) and nxt[0].lower_.endswith(("s", "ed", "ing")) else None
            head = nxt[0] if direction is not None else head
        if direction is None or kind in {ClaimKind.indicator, ClaimKind.funding_rate}:
            return None  # an RSI that "has climbed", funding that "has fallen": no level, zone or sign to check
        comparator, end_char = direction, head.idx + len(head)
        start_char = metric.start_char
    else:
        q: Quantity = reading._.quantity
        value, unit, decimals, magnitude = q.value, q.unit or ("USD" if _bare_dollars(q) else None), q.decimals, q.magnitude
        if kind is ClaimKind.sentiment_index:
            unit = None  # "76%" on a 0-100 gauge is the reading 76
        if kind is ClaimKind.liquidations and unit == "%":
            kind, name = ClaimKind.liquidation_imbalance, "liquidation_imbalance"  # a side's share of the total
        lo, hi = sorted([(metric.start, metric.end), (reading.start, reading.end)])
        between = doc[lo[1] : hi[0]]
        move = _direction(between)
        if move is None and reading.end < len(doc) and doc[reading.end].pos_ == "NOUN":
            move = _direction(doc[reading.end : reading.end + 1])  # "a 70% increase in trading volume"
        before = doc[reading.start - 1].lower_ if reading.start > 0 else ""
        if further and unit == "%" and name in {"open_interest", "volume", "market_cap"}:
            named_after = doc[reading.end : reading.end + 1] if reading.end < sentence.end and doc[reading.end].pos_ == "NOUN" else doc[0:0]
            move = _direction(named_after) or _direction(doc[max(sentence.start, reading.start - CHAIN_REACH) : reading.start])
            before = ""  # a change chained after the total's level: 'a decline of 10%'
        if move is not None and before not in {"to", "at", "of", "near", "around"} and unit == "%" and name not in {"funding_rate", "dominance", "liquidation_imbalance"}:
            comparator = move
            name = name if name == "market_cap" else f"{name}_change"  # a cap's change stays a market_cap claim (unit %)
            value = -abs(value) if move is Comparator.down else abs(value)
        elif (unit in MONEY or unit in _COIN_UNITS and name == "open_interest") and name in {"open_interest", "volume", "market_cap"} and not further:
            change = _money_change(doc, metric, reading)
            if change is not None:  # "open interest fell by $2 billion", "$811 million in open interest evaporated"
                comparator = change
                name = name if name == "market_cap" else f"{name}_change"
                value = -abs(value) if change is Comparator.down else abs(value)
            elif unit in _COIN_UNITS and (moved := _coin_move(doc, sentence, metric, reading)) is not None:
                # "open interest fell to 298,000 BTC from 316,000 BTC": a move of a total in coins, told by its direction
                comparator, value, decimals, magnitude = moved, None, 0, 1.0  # the unit stays: a count of coins
        lead_start = reading.start
        while unit is None and lead_start > sentence.start and doc[lead_start - 1].lower_ in _LINE_NAMING:
            lead_start -= 1  # "rose above the neutral 50 level": the words naming the line are not the bound
        lead = {t.lower_ for t in doc[max(sentence.start, lead_start - 2) : lead_start]}
        bound = bound_before(reading) if comparator is Comparator.at else None
        if bound is not None:
            comparator = bound  # "just shy of $1 billion", "north of $20 billion"
        elif comparator is Comparator.at and lead & ABOVE:
            comparator = Comparator.above  # "more than $1 billion", "topped $1 billion"
        elif comparator is Comparator.at and lead & BELOW:
            comparator = Comparator.below
        if comparator in {Comparator.above, Comparator.below} and unit is None and _crossing(doc, sentence, doc[lead_start : reading.end]):
            # "RSI dipped below 30", "has crossed above 70": a move through the line
            comparator = Comparator.crossed_above if comparator is Comparator.above else Comparator.crossed_below
        zone = _zone_after(doc, sentence, metric.label_, reading)
        start_char = doc[reading.start - 1].idx if further else min(metric.start_char, q.start)
        told = [t for t in doc[metric.end : reading.start] if t.text == ","] if kind is ClaimKind.funding_rate else []
        if told and metric.end <= reading.start:
            start_char = doc[told[-1].i + 1].idx  # "..., averaging about -0.01% per eight hours": the rate's own words
        side_word = _side_word_before(doc, sentence, reading) if further and kind is ClaimKind.liquidations else None
        start_char = side_word.idx if side_word is not None else start_char  # "shorts accounted for $95 million"
        coin_word = _coin_takes(doc, sentence, reading) if further and kind is ClaimKind.liquidations and side_word is None else None
        start_char = coin_word.start_char if coin_word is not None else start_char  # "ether made up $110 million"
        end_char = max(metric.end_char, q.end)
    if kind is ClaimKind.funding_rate and value is not None and value > 0 and reading is not None \
            and (_payer(doc, metric) == "short" or _written_negative(doc, sentence, reading)):
        value = -value  # "shorts are paying longs 0.01%", "dipped to a negative 0.01%"
    if kind is ClaimKind.funding_rate and reading is not None and _annualised(doc, sentence, metric, reading):
        name = "funding_rate_annualized"  # "an annualised 11%": a yearly figure, not a rate per funding period
    elif kind is ClaimKind.funding_rate and reading is not None and _hourly(doc, sentence, metric, reading):
        name = "funding_rate_hourly"  # "0.0012% per hour": a venue settling every hour, not every eight
    value_high = None
    if upper is not None:  # "between $8 billion and $10 billion"
        comparator, value_high = Comparator.between, upper._.quantity.value
        end_char = max(end_char, upper.end_char)
    if kind is ClaimKind.liquidations and reading is not None:
        after = [t.lower_ for t in doc[reading.end : min(sentence.end, reading.end + 5)]]
        if "more" in after and "than" in after:  # "$1.2 billion more short positions than longs at risk"
            kind, name = ClaimKind.liquidation_imbalance, "liquidation_imbalance"
            end_char = max(end_char, doc[reading.end + after.index("than") + 1].idx + len(doc[reading.end + after.index("than") + 1]))
    side = None
    if kind in {ClaimKind.liquidations, ClaimKind.liquidation_imbalance}:
        side = _side(doc, sentence, metric, reading)
        if side is None and kind is ClaimKind.liquidations and reading is not None:
            side = "total"  # "$412 million liquidated across crypto"
    anchor = reading if reading is not None else metric
    if metric.label_ in MARKET_WIDE:
        asset = None
    elif kind is ClaimKind.liquidations and further and _coin_before_side(doc, sentence, reading) is not None:
        asset = _coin_before_side(doc, sentence, reading)  # "..., followed by bitcoin shorts at $99 million"
    elif kind is ClaimKind.liquidations and further and (coin := _coin_takes(doc, sentence, reading)) is not None:
        asset = coin.label_  # "..., while ether made up $110 million"
    elif kind is ClaimKind.liquidations:
        asset = _asset_in_phrase(doc, sentence, metric, reading)  # "across crypto" unless the phrase names a coin
    elif kind is ClaimKind.volume and _exchange_owned(doc, sentence, metric):
        asset = None  # "Upbit's 24-hour trading volume": an exchange's turnover across its coins
    elif kind is ClaimKind.market_cap and metric.label_ == "market_cap" and (_whole_market(doc, sentence, metric) or _is_market(metric)):
        asset = None  # "the total cryptocurrency market cap"
    elif kind is ClaimKind.indicator and reading is not None and (labelled := _coin_labelling(doc, sentence, reading)) is not None:
        asset = labelled.label_  # "4H RSI: ETH 36, BTC 41.5"
    elif kind is ClaimKind.liquidation_imbalance:
        named = [a for a in group(doc, "assets") if sentence.start <= a.start < sentence.end]
        asset = named[0].label_ if named else _coin_of_liquidations_before(doc, sentence)
    else:
        asset, _ = asset_for(doc, sentence, metric, carried, dominant)
    if metric.label_ == "dominance" and asset is None:
        asset = "BTC"  # "dominance", "BTC.D": bitcoin's share unless another coin is named
    modality, source = modality_of(metric, sentence)
    if modality is Modality.forecast or modality is not Modality.conditional and sentence_expects(sentence, anchor):
        # "open interest could top $60 billion if inflows keep up": a forecast resting on a condition
        modality = Modality.conditional if forecast_condition(metric, anchor) else Modality.forecast
    if multiple is not None:
        anchor = doc[multiple.i : multiple.i + 1]  # "more than doubled on Monday": the move's own day
    window = _window(doc, sentence, metric, anchor, quantities, kind) if reading is not None or multiple is not None else None
    if window is not None and since_compares(window, comparator):
        window = None  # "registering 10, ... its lowest since May 6"
    time = resolve(article, "instant", window, sentence=sentence, reading=comparator not in {Comparator.up, Comparator.down})
    if further and window is None and kind is ClaimKind.sentiment_index and doc[reading.start - 1].lower_ == "from":
        time = previous_utc_day(article) or time  # "jumped to 67 from 53": the gauge's previous daily print
    if window is not None and window.start >= doc.char_span(start_char, end_char, alignment_mode="expand").end:
        end_char = max(end_char, window.end_char) if window.start - anchor.end <= 2 else end_char
    listed = timeframe  # the timeframe a 'respectively' list gives this reading
    period, timeframe = indicator_settings(metric, name, sentence) if kind is ClaimKind.indicator else (None, None)
    timeframe = listed or _timeframe_before(doc, sentence, metric) or timeframe
    if kind is ClaimKind.indicator and timeframe is None:
        timeframe = _timeframe_carried(doc, sentence, metric)
    return Claim(
        kind=kind,
        asset=asset,
        metric=name,
        period=period,
        timeframe=timeframe,
        value=value,
        value_high=value_high,
        unit=unit,
        decimals=decimals,
        magnitude=magnitude,
        comparator=comparator,
        zone=zone,
        side=side,
        time=time,
        modality=modality,
        attributed_to=source,
        text=text_of(doc)[start_char:end_char],
        sentence=sentence.text.strip(),
        span=(start_char, end_char),
    )
