"""The words and checks every kind of metric reading shares: the metrics and the units their
readings come in, the words of direction and of bounds, whether a figure can be a metric's reading
at all, and the lexicon in models/metrics.json.

Kept apart so that the modules for venues, funding, liquidations, gauges and market totals can
share them without importing the claim assembly (factcheck/nlp/metric_claims.py).
"""

from __future__ import annotations

import json
from functools import lru_cache

from spacy.tokens import Doc, Span

from factcheck.model import ClaimKind, Comparator
from factcheck.nlp.components import MODELS, text_of
from factcheck.nlp.numbers import COIN_UNITS, UNITS_PER_USD, Quantity

MONEY = frozenset(UNITS_PER_USD)  # a total may be written in dollars or the outlet's currency ("A$1.1 billion")

# metric label -> (claim kind, metric name, units a reading of it comes in)
METRICS: dict[str, tuple[ClaimKind, str, frozenset[str | None]]] = {
    "open_interest": (ClaimKind.open_interest, "open_interest", MONEY | {"%"} | COIN_UNITS),  # "open interest of 410,000 BTC", "743 million XRP"
    "volume": (ClaimKind.volume, "volume", MONEY | {"%"} | COIN_UNITS),  # "106,000 BTC on Binance spot", "1.2 billion DOGE traded"
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
    "trades",  # "$95M of trades got liquidated overnight"
    "derivatives", "derivative", "contracts", "contract", "perp", "perps", "cryptocurrency",  # "$500 million in crypto derivatives positions were liquidated"
    "these", "those",  # "long traders accounted for 71% of these liquidations"
    "that", "which",  # "$255 million worth of positions that have been wiped out"
    "increase", "rise", "jump", "drop", "decline", "surge", "gain", "fall", "spike", "decrease", "growth", "trading",
}  # the change nouns: "a 70% jump in 24-hour trading volume"
ABOVE = {"more", "over", "above", "topped", "top", "tops", "exceeded", "exceed", "exceeds", "north", "surpassed", "beyond", "past",
         "crossing", "crossed", "surpassing", "topping", "passing", "passed", "exceeding"}  # "crossing the $2 trillion mark"
BELOW = {"less", "under", "below", "beneath", "south"}


REACH = 8  # tokens after a metric where its reading may stand
UP = {"rise", "climb", "jump", "surge", "increase", "grow", "rebound", "expand", "swell", "soar", "spike", "balloon", "hit", "top", "reach", "climbing", "rising", "up", "higher",
      "leap", "rocket", "skyrocket", "advance", "add", "gain"}
DOWN = {"fall", "drop", "decline", "slide", "slip", "shrink", "sink", "plunge", "tumble", "dip", "contract", "ease", "cool", "flip", "turn", "down", "lower",
        "slump", "plummet", "crash", "dive", "retreat", "sag", "collapse", "crater", "dwindle", "decrease",
        "shed", "lose", "erase", "wipe"}  # "market capitalisation shedding 3.2 percent"


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    return json.loads((MODELS / "metrics.json").read_text(encoding="utf-8"))


def _zones() -> dict[str, list[str]]:
    return {k: v for k, v in _lexicon()["zones"].items() if k != "comment"}


def _words_of(section: str) -> set[str]:
    data = _lexicon()[section]
    return set(data.get("words") or data.get("verbs") or [])


def _out_of_100(text: str, q: Quantity) -> bool:
    """'31/100': a reading given with its scale."""
    return text[q.end : q.end + 4] == "/100" and not text[q.end + 4 : q.end + 5].isdigit()


def _fits(units: frozenset[str | None], q: Quantity, doc: Doc | None = None) -> bool:
    if doc is not None and q.end < len(text_of(doc)) and q.magnitude == 1 and q.unit is None and (text_of(doc)[q.end].isalpha() or text_of(doc)[q.end] == "/") \
            and not _out_of_100(text_of(doc), q):
        return False  # '4H', '7d': a timeframe; '6/': a thread's counter; not a reading ('31/100' is a score)
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
        if t.text[:1].isupper() and lemma == t.lower_:
            lemma = _headline_base(t.lower_)  # "Open Interest Plunges 15%": a headline's verb, tagged as a name
        if lemma in UP or t.lower_ in UP:
            return Comparator.up
        if lemma in DOWN or t.lower_ in DOWN:
            return Comparator.down
    return None


def _headline_base(word: str) -> str:
    """The base of a capitalised verb the tagger left unlemmatised: 'Plunges' -> 'plunge',
    'Sinks' -> 'sink', 'Dropped' -> 'drop'; the word itself when no base is a verb of direction."""
    for cut in (1, 2, 3):
        if word.endswith(("s", "ed")) and word[:-cut] in UP | DOWN:
            return word[:-cut]
    return word


# Words several families of metrics read alike.
_ROUGHLY = {"around", "about", "nearly", "roughly", "almost", "over", "some", "approximately", "just", "the"}
_ARRIVED = {"hit", "top", "reach", "tops", "hits", "reaches", "topped", "reached"}  # a level arrived at, no direction said
_CHANGE_NOUNS = {"decline", "drop", "fall", "loss", "decrease", "slide", "plunge", "increase", "rise", "gain", "jump",
                 "surge", "growth", "climb", "up", "down"}
CHAIN_REACH = 12  # tokens from one reading of a total to the next ("..., down as much as 9.8% over 24 hours")
_EARLIER = (["up", "from"], ["down", "from"], ["compared"], ["compared", "to"], ["against"], ["versus"], ["vs"], ["vs."])
