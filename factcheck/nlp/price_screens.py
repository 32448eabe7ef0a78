"""Figures near a price cue that are not the coin's price.

A number whose subject is another series (liquidations, volume, a cost basis, a chart
line's value) gives no price claim, or the report would check it against the wrong
series. These screens are why a cue alone never makes a price claim.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from factcheck.nlp.components import PATTERNS, group, read_jsonl, token_set, within
from factcheck.nlp.figure_assets import PRONOUNS
from factcheck.nlp.line_asides import aside_length
from factcheck.nlp.market_totals import _market_moving
from factcheck.nlp.price_cues import cue_table

CLAUSE_OPENERS = {"as", "after", "while", "when", "amid", "on", "despite", "following", "because", "since", "before", "ahead", "with", "though", "although", "until",
                   "if", "unless", "once", "provided", "assuming", "should", "|", "•"}  # '$112,000 if ETF inflows keep up', '$500 should the ETF be approved': a condition, not the figure's subject


def _subject_is_metric(doc: Doc, cue: Span) -> bool:
    """'wallets with 1 Bitcoin or more fell in number by 2.2%': the verb's
    subject is another series, whatever coin its words mention."""
    verb = cue.root if cue.root.pos_ in {"VERB", "AUX"} else cue.root.head
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    for _ in range(3):  # 'Mining difficulty is expected to rise 5%', 'Adoption is expected to double, rising 100%':
        if subject is not None or not _shares_subject(verb):  # the subject of the verb the move hangs from
            break
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    coins = token_set(doc, "assets")
    if subject.i in coins or subject.lower_ in PRONOUNS:
        return False
    heads = {subject.i} | {g.i for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"}
    if any(c.dep_ in {"nsubj", "nsubjpass"} and (c.i in coins or c.lower_ in PRONOUNS) for c in verb.children):
        return False  # 'On Upbit, the largest won-based exchange in Korea, Bitcoin changed hands ...': the coin is a subject too
    heads |= {c.i for c in subject.children if c.dep_ in {"amod", "compound"}}  # 'the average cost to mine one bitcoin rose to $72,000'
    return any(any(t.i in heads for t in m) for m in _not_price(doc))


def _shares_subject(verb: Token) -> bool:
    """A verb with no subject of its own that takes its head's: 'expected to rise', 'rose and
    is set to climb', a participle with no object ('..., rising 100%')."""
    if verb.dep_ in {"xcomp", "conj"}:
        return True
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ in {"dobj", "obj"} for c in verb.children)


def _coin_only_in_subject_aside(doc: Doc, sentence: Span, quantity: Span) -> bool:
    """'Gold, the asset bitcoin bulls like to mock, has climbed 18% ...', 'Silver, which bitcoin
    bulls ignore, jumped 9%': the sentence opens on another series, and the coin is only named in
    the aside set off by commas after it, so the move is that series', not the coin's. Read from
    the commas, as the parser often takes the aside for the main clause."""
    words = [t for t in sentence if not t.is_punct or t.text == ","]
    commas = [t.i for t in words if t.text == "," and t.i < quantity.start]
    if len(commas) < 2 or commas[0] - words[0].i > 4:
        return False
    coins = token_set(doc, "assets")
    head, aside, rest = (range(words[0].i, commas[0]), range(commas[0] + 1, commas[1]), range(commas[1] + 1, quantity.start))
    if any(i in coins for i in head) or not any(i in coins for i in aside) or any(i in coins for i in rest):
        return False
    return any(m.start in head for m in _not_price(doc))


def _not_price(doc: Doc) -> list[Span]:
    """The words that make a figure near them about something other than the coin's price: the
    metrics (models/metrics.json), and the screens of the price patterns (kind `not_price`:
    averages and cost bases, option strikes, other assets, funds and shares). Found once per
    Doc, in reading order: every figure of a long article asks."""
    cache = doc.user_data.setdefault("fc_groups", {})
    found = cache.get("fc_not_price")
    if found is None:
        found = cache["fc_not_price"] = sorted(_find_not_price(doc), key=lambda s: (s.start, s.end))
        cache["fc_not_price_starts"] = [s.start for s in found]
    return found


def _not_price_in(doc: Doc, sentence: Span) -> list[Span]:
    """The screens that start inside one sentence (every rule that reads them looks no further)."""
    found = _not_price(doc)
    starts = doc.user_data["fc_groups"]["fc_not_price_starts"]
    return found[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]


def _find_not_price(doc: Doc) -> list[Span]:
    screens = [c for c in group(doc, "cues") if cue_table()[c.label_]["kind"] == "not_price" and not _dollar_pair(doc, c)]
    # 'the broader crypto market gained 2%': the whole market's move is its capitalisation's
    if "fc_markets_moving" not in doc.user_data:  # offsets only, so the Doc stays serialisable
        doc.user_data["fc_markets_moving"] = [(m.start, m.end) for s in doc.sents for m in _market_moving(doc, s)]
    markets = [Span(doc, start, end, label="market_cap") for start, end in doc.user_data["fc_markets_moving"]]
    metrics = [m for m in group(doc, "metrics") if not _supply_zone(doc, m)]
    return [*metrics, *screens, *markets]


_ZONE_WORDS = {"zone", "zones", "area", "areas", "region", "block"}


def _supply_zone(doc: Doc, metric: Span) -> bool:
    """'the $3,400 supply zone': where sellers wait on a chart (a resistance), not the coin's supply."""
    return metric.text.lower() == "supply" and metric.end < len(doc) and doc[metric.end].lower_ in _ZONE_WORDS


_NOUN_PHRASE = {"PROPN", "NOUN", "ADJ", "DET", "PART", "X"}
_HELD_OR_MOVED = {"price_level", "price_change", "intraday_low", "intraday_high", "intraday_extreme"}
_CLAUSE_MARKS = {",", ";", ":", "—", "–", "(", ")", "|"}
_CLAUSE_LINKS = {"while", "whereas", "and", "but", "as", "with"}
_NAME_STOPS = {"the", "a", "an", "its", "this", "that", "meanwhile", "elsewhere", "also", "and"}


def _unknown_coin_named(doc: Doc, sentence: Span, cue: Span | None, quantity: Span) -> bool:
    """'Hyperliquid's HYPE token rose 6% to $38', 'Sui jumped 9%', 'the official Trump memecoin
    fell 10%': the move's subject is a name that is not a coin we know, so the figure is that
    thing's, not the article's main coin's. Read from the words right before the verb, as a
    mis-parsed name ('HYPE token' taken for a verb) still stands there."""
    if cue is None or cue.start >= quantity.start or cue.start <= sentence.start or cue_table()[cue.label_]["kind"] not in _HELD_OR_MOVED:
        return False  # a forecast's subject is who makes it: 'Claude sees a slide toward $2,600 for ether'
    coins = token_set(doc, "assets")
    if any(t.i in coins for t in doc[quantity.end : sentence.end]) and not any(t.text in _CLAUSE_MARKS for t in doc[quantity.end : sentence.end]):
        return False  # '... to $2,600 for ether': the coin named after its figure
    breaks = [t.i for t in doc[sentence.start : cue.start] if t.text in _CLAUSE_MARKS or t.lower_ in _CLAUSE_LINKS]
    start = breaks[-1] + 1 if breaks else sentence.start
    if any(t.i in coins for t in doc[start : quantity.start]):
        return False  # 'bulls push bitcoin to $100K': the coin is the verb's object
    end = start
    while end < cue.start and (doc[end].pos_ in _NOUN_PHRASE and not doc[end].is_punct or doc[end].text in {"-", "–"} or doc[end].like_num):
        end += 1
    if end == start or not all(_verb_glue(t) for t in doc[end : cue.start]):
        return False  # 'OpenAI's model identified support at ...': the name is another verb's subject
    subject = [t for t in doc[start:end] if t.lower_ not in _NAME_STOPS]
    if not subject or any(t.lower_ in PRONOUNS and not (t.i > start and _named(doc[t.i - 1]) or t.i + 1 < end and _named(doc[t.i + 1]))
                          for t in doc[start : cue.start]):
        return False  # 'it', 'the price', but not 'the HYPE token', 'token Kaspa'
    if sum(t.is_alpha and t.text[:1].isupper() for t in sentence) > 0.6 * sum(t.is_alpha for t in sentence):
        return False  # a title-case headline capitalises every word
    return any(_named(t) for t in subject)


_COIN_NOUNS = {"token", "tokens", "coin", "coins", "memecoin", "memecoins", "altcoin"}
_MONTHS_AND_DAYS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
                    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _verb_glue(token: Token) -> bool:
    """Words between a subject and the cue of its move: auxiliaries and adverbs ('has also'), the
    coin noun a parse took for a verb ('HYPE token rose'), and the move's own cues and figures
    ('rose 6% to $38')."""
    doc = token.doc
    return token.pos_ in {"AUX", "ADV", "PART"} or token.lower_ in _COIN_NOUNS or token.is_punct and token.text in {"%", "$"} \
        or any(c.start <= token.i < c.end for c in group(doc, "cues")) or any(q.start <= token.i < q.end for q in group(doc, "quantities"))


def _named(token: Token) -> bool:
    """A proper name or a ticker-like word in capitals, not a date."""
    return token.ent_type_ not in {"DATE", "TIME"} and token.lower_ not in _MONTHS_AND_DAYS and token.is_alpha and len(token) > 1 \
        and (token.pos_ == "PROPN" or token.is_upper)


_DOLLARS = {"usd", "usdt", "usdc", "busd", "dollar"}


def _dollar_pair(doc: Doc, screen: Span) -> bool:
    """'the BTC/USDT pair could retest $56,552', 'the pair could fall to $53,485': a coin quoted in
    dollars is the coin's price, as TA pages name it; the 'pair' screen is for one coin priced in
    another ('the ETH/BTC pair rose 4%'), so it stands only where such a pair is named in the
    sentence or the one before."""
    if len(screen) != 1 or screen[0].lower_ != "pair":
        return False
    coins = group(doc, "assets")
    if screen.start > 1 and doc[screen.start - 1].lower_ in _DOLLARS and doc[screen.start - 2].text == "/":
        return True  # 'the XRP/USD pair'
    if screen.start > 0 and any(a.end == screen.start for a in coins):
        return not any(_cross_pair(doc, a) for a in coins if a.end == screen.start)  # 'the BTC/USDT pair'
    sentence = screen.sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    return doc[screen.start - 1].lower_ == "the" and not any(_cross_pair(doc, a) for a in coins if start <= a.start < sentence.end)


def _cross_pair(doc: Doc, asset: Span) -> bool:
    """'ETH/BTC fell 2% to 0.033': one coin priced in another (the ratio), not either coin's
    dollar price; 'BTC/USD' is a single name and never reaches here."""
    coins = token_set(doc, "assets")
    return asset.start >= 2 and doc[asset.start - 1].text == "/" and asset.start - 2 in coins


def _ratio_unit(doc: Doc, asset: Span) -> bool:
    """'the XRP/BTC pair stands at 0.000021 BTC, marking a 29% decline': a ticker written as the
    unit of a ratio's figure is the pair's quote coin, named earlier in the sentence as the quote of
    a pair; the move is the ratio's, not that coin's dollar price."""
    if asset.start == 0 or not doc[asset.start - 1].like_num:
        return False
    sentence = asset.sent
    return any(sentence.start <= a.start < asset.start and a.text == asset.text and _cross_pair(doc, a)
               for a in group(doc, "assets"))


def other_metric(doc: Doc, sentence: Span, cue: Span | None, quantity: Span, asset: Span | None) -> bool:
    """True when the number is about a non-price metric ("$500 million in liquidations")."""
    if _unknown_coin_named(doc, sentence, cue, quantity) or asset is not None and (_cross_pair(doc, asset) or _ratio_unit(doc, asset)):
        return True
    if _coin_only_in_subject_aside(doc, sentence, quantity):
        return True
    if cue is not None and cue.start < quantity.start and _subject_is_metric(doc, cue) and not _target_of_price(cue):
        verb = cue.root if cue.root.pos_ in {"VERB", "AUX"} else cue.root.head
        if not (verb.i < cue.start and _price_named(doc, verb.i + 1, cue.start)):
            return True  # but 'ETF outflows took bitcoin to $108,000': the metric moved the price
    after = doc[quantity.end : min(quantity.end + 3, sentence.end)]
    anchor = cue if cue is not None and cue.start < quantity.start else quantity
    screens = _not_price_in(doc, sentence)
    if cue is not None and any(s.start < cue.end and cue.start < s.end for s in screens if s.label_ in cue_table()):
        return True  # 'an average price of $66,384', 'the realized price stands at': the cue's own words are a screen's
    units = within(doc, "quantities", sentence)
    for metric in screens:
        if any(q.start <= metric.start and metric.end <= q.end for q in units):
            continue  # '102,814,000 won and 101,976,000 won': a figure's own currency word, not another market's
        if metric.start >= after.start and metric.end <= after.end:
            # "$7,132 liquidation imbalance", "$2B in inflows"; but not "...$71K. Volume",
            # nor "$87,000 as ETF outflows mount", "$90,000 on mounting liquidations" (a new clause).
            if not any(t.is_punct or t.lower_ in CLAUSE_OPENERS for t in doc[after.start : metric.start]):
                return True
        if anchor.end <= metric.start < quantity.start:
            return True
        # The cue's own subject: back to the asset or the last clause break.
        lo = asset.end if asset is not None and asset.end <= anchor.start else sentence.start
        breaks = [t.i for t in doc[lo : anchor.start] if t.text in {",", ";", ":", "—", "(", "–"}]
        lo = breaks[-1] + 1 if breaks else lo
        if lo <= metric.start and metric.end <= anchor.start and not _price_named(doc, metric.end, anchor.start) \
                and not _target_of_price(cue):
            return True
    return False


_PRICE_MOVES = {"rally", "rallies", "gain", "gains", "upside", "downside", "bounce", "recovery", "rebound", "advance"}


def _target_of_price(cue: Span | None) -> bool:
    """'any sign of a rate cut could push bitcoin toward $95,000', 'supply overhang to cap rallies
    near $58,500': a forecast cue that names the coin or its move sets a price target, whatever
    series stands in its subject as the cause."""
    if cue is not None and cue.label_.startswith("caused-"):
        return True  # 'strong inflows pushed bitcoin above $80,000': the cue names the coin it takes across
    if cue is None or cue_table()[cue.label_]["kind"] != "forecast":
        return False
    coins = token_set(cue.doc, "assets")
    return any(t.i in coins or t.lower_ in _PRICE_MOVES or t.lower_ in {"price", "prices"} for t in cue)


def _price_named(doc: Doc, start: int, end: int) -> bool:
    """'a liquidation cascade took the price to $75,700', 'selling pushed bitcoin to ...':
    the price or a coin named after the metric is what the figure is about."""
    coins = token_set(doc, "assets")
    return any(t.lower_ in {"price", "prices"} or t.i in coins for t in doc[start:end])


# Words that may stand between a chart line and its value: "the 200-day SMA, which sits near $88.2k",
# "the lower Bollinger band is near $59,500", "the 50-day SMA ........ $90,340".
LINE_VALUE_GLUE = {",", "(", "of", "at", "near", "around", "about", "roughly", "now", "is", "sits", "sit", "sat", "stands", "standing", "stood", "lies",
                   "which", "both", "as", "well", "currently", "was", "-", "—", ":", "–", "~", "sma", "ema", "ma", ")",
                   "far", "overhead",  # "the 200-day EMA sits far overhead at $104,700"
                   "seen", "located", "positioned", "situated",  # "the 200-day SMA, currently seen around $95,600"
                   "support", "resistance",  # "tested the 50-day SMA support at $103,200": the line is the level
                   "approximately", "approx", "presently", "the"}  # "at approximately $106,774", "near the $63,540 area"
# "the 100 SMA level (currently at $31k)": a line named in full, then called a level; after a bare period
# ("a push toward the 200-day line near $98,000") the noun is the target's, not the line's
_NAMED_LINE_ENDS = {"sma", "ema", "ma", "dma", "average", "averages", "band", "bands"}
_LEVEL_NOUNS = {"level", "line"}
LINE_VALUE_REACH = 6


@lru_cache(maxsize=1)
def _line_states() -> frozenset[str]:
    """The state ids that name a chart line (a moving average, a Bollinger band)."""
    return frozenset(r["id"] for r in read_jsonl(PATTERNS / "states.jsonl") if r.get("reads") == "line")


def line_value(doc: Doc, sentence: Span, quantity: Span, row: dict[str, Any]) -> bool:
    """'The 200-day moving average, now around $102,000': the figure is the line's value (an
    indicator claim), not where the price is."""
    if row["kind"] not in {"price_level", "forecast"} or row["position"] != "before":
        return False
    for line in group(doc, "states"):
        if line.label_ not in _line_states() or not sentence.start <= line.start or line.end > quantity.start:
            continue
        reach = LINE_VALUE_REACH + aside_length(doc, line.end, quantity.start)
        if quantity.start - line.end <= reach and joins_line_and_value(doc, doc[line.end : quantity.start]):
            return True
    return False


_COIN_LEADS = {"for", "on", "of"}


def joins_line_and_value(doc: Doc, between: Span) -> bool:
    """Only glue stands between a chart line and its value, or the coin the line is drawn on
    ('the 200-day moving average for bitcoin is at $101,500'), or the chart it is drawn on ('the
    100-period SMA on the hourly chart sits at $111,200'), or a table's cell border ('50-day SMA | $110,850')."""
    coin = {t.i for a in group(doc, "assets") if between.start <= a.start < between.end for t in a}
    chart = _chart_words(between)
    named = between.start > 0 and doc[between.start - 1].lower_ in _NAMED_LINE_ENDS
    aside = range(between.start, between.start + aside_length(doc, between.start, between.end))  # '(Exponential Moving Average)'
    return all(t.i in aside or t.lower_ in LINE_VALUE_GLUE or set(t.text) <= {"."} or t.is_space or t.text == "|" or t.i in coin or t.i in chart
               or t.lower_ in _COIN_LEADS and t.i + 1 in coin or named and t.i == between.start and t.lower_ in _LEVEL_NOUNS
               for t in between)


_CHARTS = {"chart", "charts", "timeframe", "time-frame"}
_CHART_NAMING = {"on", "the", "its", "daily", "weekly", "hourly", "monthly", "-", "hour", "day", "week", "4h", "1h", "1d", "1w",
                 "h4", "h1", "d1", "4-hour", "one", "four", "1", "4", "12", "twelve"}


def _chart_words(between: Span) -> set[int]:
    """The tokens of 'on the hourly chart', 'on the 4-hour timeframe' among `between`."""
    found: set[int] = set()
    for t in between:
        if t.lower_ not in _CHARTS:
            continue
        i = t.i - 1
        while i >= between.start and between.doc[i].lower_ in _CHART_NAMING and between.doc[i].lower_ != "on":
            i -= 1
        if i >= between.start and between.doc[i].lower_ == "on":
            found.update(range(i, t.i + 1))
    return found
