"""The market's totals: open interest, volume and market cap. How their change is told (a
percentage, an amount, a multiple, a trend, "flat"), the levels a move ran between, a level and
its change chained in one clause, whose total it is (the whole market, an exchange, a fund's
shares), and the words that stand for a total without naming it ("$41 billion traded", "the
crypto market fell 3%").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from factcheck.model import Comparator
from factcheck.nlp.components import group, text_of, token_set
from factcheck.nlp.metric_words import (
    _ARRIVED,
    _CHANGE_NOUNS,
    _EARLIER,
    _ROUGHLY,
    CHAIN_REACH,
    DOWN,
    METRICS,
    REACH,
    UP,
    _direction,
    _lexicon,
    _words_of,
)
from factcheck.nlp.numbers import COIN_UNITS

_WHOLE_MARKET = {"total", "global", "overall", "crypto", "cryptocurrency", "combined", "entire", "aggregate", "digital-asset"}


def _whole_market(doc: Doc, sentence: Span, metric: Span) -> bool:
    """'the total cryptocurrency market cap', 'global crypto market capitalization': no one coin's."""
    if any(t.lower_ in {"cryptocurrencies", "crypto"} for t in metric):
        return True  # "the total value of all cryptocurrencies"
    if _coin_clause(doc, metric):
        return False  # "Ripple, which has a total market cap of ...": the coin's whole value
    before = doc[max(sentence.start, metric.start - 3) : metric.start]
    if any(a.start >= before.start and a.end <= metric.start or a.start == metric.end + 1 and doc[metric.end].lower_ == "of"
           for a in group(doc, "assets")):
        return False  # "Bitcoin's market cap", "the total market capitalization of Bitcoin"
    if len(before) and before[-1].lower_ in {"'s", "’s"} and not any(t.lower_ in {"total", "global", "overall", "entire"} for t in before):
        return False  # "the cryptocurrency's market cap": one coin's
    if _owned_total(doc, before):
        return False  # "its total market capitalisation", "the coin's total market cap": the whole of one coin's
    # only the words that modify the metric: 'now the fifth-biggest cryptocurrency, with a market cap of ...' is one coin's
    cut = max((t.i + 1 for t in before if t.pos_ in {"ADP", "VERB", "AUX"} or t.is_punct), default=before.start)
    return any(t.lower_ in _WHOLE_MARKET for t in doc[cut : metric.start]) or " ".join(t.lower_ for t in doc[metric.end : metric.end + 3]) in {
        "of the crypto", "of all cryptocurrencies", "of the cryptocurrency"} or _of_every_coin(doc, metric) \
        or _market_subject(doc, sentence, metric) or _market_named_after(doc, sentence, metric)


_EVERY_COIN = {"coins", "cryptocurrencies", "crypto", "cryptos", "tokens", "cryptoassets", "crypto-assets", "digital", "assets"}


def _of_every_coin(doc: Doc, metric: Span) -> bool:
    """'the market capitalization of all coins', 'the value of all tokens': every coin's together."""
    after = [t.lower_ for t in doc[metric.end : metric.end + 3]]
    return after[:2] == ["of", "all"] and len(after) == 3 and after[2] in _EVERY_COIN


def _coin_clause(doc: Doc, metric: Span) -> bool:
    """'Ripple, whose total market cap is near $25 billion', 'Cardano, with a total market
    cap of $12 billion', 'the total market capitalisation of the Ethereum token': a total in a
    clause that hangs on a coin, or taken of the coin, is that coin's, whatever 'total' says."""
    coins = token_set(doc, "assets")
    if metric.end + 2 < len(doc) and doc[metric.end].lower_ == "of" and doc[metric.end + 1].lower_ == "the" and metric.end + 2 in coins:
        return True
    root, head = metric.root, metric.root.head
    if root.dep_ in {"dobj", "attr"} and head.dep_ == "relcl" and head.head.i in coins:
        return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"which", "that"} for c in head.children)
    return root.dep_ == "pobj" and head.lower_ == "with" and head.head.i in coins


_MARKET_OWNERS = {"market", "markets", "industry", "sector", "crypto", "cryptocurrency", "cryptocurrencies", "space", "asset", "class"}


def _owned_total(doc: Doc, before: Span) -> bool:
    """'its total market cap', 'The coin's total market value': 'total' owned by one coin (a
    possessive straight before it) is all of that coin's value, not the market's; 'the crypto
    market's total capitalisation' is owned by the market."""
    total = next((t for t in before if t.lower_ == "total"), None)
    if total is None or total.i == 0:
        return False
    owner = doc[total.i - 1]
    if owner.lower_ in {"its", "it's", "it’s"}:  # unless 'its' is the market's: 'The crypto market ..., with its total'
        return not any(t.lower_ in _MARKET_OWNERS for t in doc[total.sent.start : owner.i])
    return owner.lower_ in {"'s", "’s"} and total.i >= 2 and doc[total.i - 2].lower_ not in _MARKET_OWNERS


_AFTER_TOTAL = {"of", "from", "across", "in"}
_MARKET_REACH = 6  # tokens after a total in which the market it is taken from is named


def _market_named_after(doc: Doc, sentence: Span, metric: Span) -> bool:
    """'erased $410 billion of market value from the wider crypto market', 'the
    market value of crypto assets': the whole market, named in a phrase right after the total."""
    after = doc[metric.end : min(sentence.end, metric.end + _MARKET_REACH)]
    if not len(after) or after[0].lower_ not in _AFTER_TOTAL:
        return False
    if any(a.start >= after.start and a.end <= after.end for a in group(doc, "assets")):
        return False  # "the market value of Bitcoin"
    words = {t.lower_ for t in after}
    return bool(words & {"crypto", "cryptocurrency", "cryptocurrencies", "digital-asset"}) and bool(words & {"market", "assets", "markets"})


_MARKET_OWNERS = {"crypto", "cryptocurrency", "digital-asset", "broader", "overall", "wider", "whole", "entire", "global"}


def _market_subject(doc: Doc, sentence: Span, metric: Span) -> bool:
    """'the broader crypto market slid 6% to leave a total market cap of $2.7 trillion': the
    market named as the sentence's subject owns the figure when no coin is named before it."""
    if any(sentence.start <= a.start < metric.start for a in group(doc, "assets")):
        return False
    return any(t.lower_ in {"market", "markets"} and t.dep_ in {"nsubj", "nsubjpass"} and t.i < metric.start
               and any(c.lower_ in _MARKET_OWNERS for c in t.children) for t in sentence)


_VOLUME_WORDS = {"24-hour", "24h", "daily", "trading", "spot", "total", "crypto", "combined"}


def _exchange_owned(doc: Doc, sentence: Span, metric: Span) -> bool:
    """'Upbit's 24-hour trading volume', 'Australian crypto exchange volumes': the volume of an
    exchange, unless a coin is named with it ('Binance's bitcoin volume')."""
    start = metric.start
    timed = token_set(doc, "windows")  # "24-hour"
    while start > sentence.start and (doc[start - 1].lower_ in _VOLUME_WORDS or start - 1 in timed):
        start -= 1
    if start == sentence.start:
        return False
    owner = doc[start - 1]
    coins = token_set(doc, "assets")
    if any(i in coins for i in range(start, metric.end)) or owner.i in coins:
        return False
    if owner.lower_ in {"exchange", "exchanges", "platform", "venue"}:
        return True
    named = doc[start - 2] if start >= 2 else None
    return owner.lower_ in {"'s", "’s"} and named is not None and named.pos_ == "PROPN" and named.i not in coins \
        and named.ent_type_ not in {"DATE", "TIME"} and named.i not in timed  # not "Thursday's volume"


_MARKET_VOLUME_WORDS = {"crypto", "cryptocurrency", "market", "markets", "global", "total", "overall", "digital-asset"}
_CRYPTO_WORDS = {"crypto", "cryptocurrency", "market", "markets", "digital-asset"}


def _market_volume(doc: Doc, sentence: Span, metric: Span) -> bool:
    """'total crypto trading volume jumped 21.5%', 'Global crypto market capitalisation was $2.3
    trillion on Tuesday, while volume reached $88.1 billion': the whole market's turnover, no one coin's. Said in
    the words before the volume, or by a whole-market capitalisation the sentence opened with and
    no coin named between the two."""
    start = metric.start
    timed = token_set(doc, "windows")  # "24-hour"
    while start > sentence.start and (doc[start - 1].lower_ in _MARKET_VOLUME_WORDS | _VOLUME_WORDS | {"'s", "’s"} or start - 1 in timed):
        start -= 1
    coins = [a for a in group(doc, "assets") if sentence.start <= a.start < metric.start]
    if any(t.lower_ in _CRYPTO_WORDS for t in doc[start : metric.start]) and not any(a.start >= start for a in coins):
        return True
    if _sector_after(doc, sentence, metric):
        return True
    caps = [m for m in group(doc, "metrics") if sentence.start <= m.start < metric.start and m.label_ == "market_cap"]
    if caps:
        return _whole_market(doc, sentence, caps[0]) and not any(a.start >= caps[0].start for a in coins)
    return _after_market_cap(doc, sentence, metric)


def _after_market_cap(doc: Doc, sentence: Span, metric: Span) -> bool:
    """'The global crypto market cap fell 3% to $2.27 trillion. At the same time, the daily trading volume
    rose 50% to $99.5 billion': a volume told right after the whole market's capitalisation (the sentence
    before, or the one before that), with no coin named since, is the whole market's turnover too."""
    sentences = [s for s in doc.sents if s.end <= sentence.start][-2:]
    if not sentences:
        return False
    caps = [(s, m) for s in sentences for m in group(doc, "metrics") if s.start <= m.start < s.end and m.label_ == "market_cap"]
    if not caps:
        return False
    home, cap = caps[-1]
    if not _whole_market(doc, home, cap):
        return False
    named = [a for a in group(doc, "assets") if cap.end <= a.start < metric.start]
    return not named and not any(m.label_ in {"price", "dominance"} for m in group(doc, "metrics") if cap.end <= m.start < metric.start)


_VENUE_NOUNS = {"exchanges", "platforms", "venues", "markets"}
_SECTORS = {"defi", "stablecoins", "stablecoin", "stable", "altcoins", "nfts", "nft", "memecoins", "derivatives"}


def _sector_after(doc: Doc, sentence: Span, metric: Span) -> bool:
    """'Trading volume across DeFi came to $4.1 billion', 'the volume of all stablecoins
    reached $51 billion': a sector's turnover across its coins, none of them named."""
    after = [t.lower_ for t in doc[metric.end : min(sentence.end, metric.end + 4)]]
    if not after or after[0] not in {"in", "of", "across"}:
        return False
    words = [w for w in after[1:] if w not in {"all", "the"}]
    if bool(words) and words[0] in _SECTORS:
        return True
    # "turnover across crypto exchanges hit $80 billion on Sunday": every coin on every crypto venue; "spot volume
    # across exchanges" is the article's coin's (corpus 014, 018), and so is "ether's volume across crypto exchanges"
    coins = [a for a in group(doc, "assets") if sentence.start <= a.start < metric.end]
    return after[0] == "across" and not coins and len(words) > 1 and words[0] in _CRYPTO_WORDS and words[1] in _VENUE_NOUNS


def _levels_of_move(doc: Doc, sentence: Span, reading: Span, quantities: list[Span]) -> list[Span]:
    """'fell to about 298,000 BTC from 316,000 BTC': the level a move in coins started from, told
    with it; part of the same claim."""
    for q in quantities:
        if q.start < reading.end:
            continue
        words = [t.lower_ for t in doc[reading.end : q.start] if t.lower_ not in _ROUGHLY and t.text != ","]
        return [q] if words == ["from"] and q._.quantity.unit == reading._.quantity.unit else []
    return []


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
    """'Open interest ... now at $26.72 billion, on an uptrend since September':
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


#: a market's turnover in coins is thousands of them; "12 BTC changed hands" is one trade
_COINS_TRADED = 1000


def _traded(doc: Doc, sentence: Span, quantities: list[Span], taken: set[int]) -> list[Span]:
    """'with $41 billion traded over 24 hours', '$2.3 billion worth of ether changed hands', '410,000
    BTC changed hands': a sum of money (or thousands of coins) followed by the words of trading is a volume (models/metrics.json, volume_traded);
    the span is those words, the figure the one right before them."""
    phrases = [p.split() for p in _words_of("volume_traded")]
    coins = token_set(doc, "assets")
    found = []
    for q in quantities:
        amount = q._.quantity
        coins_traded = amount.unit in _COIN_UNITS and amount.value >= _COINS_TRADED  # "410,000 BTC changed hands"
        if q.start in taken or not (amount.is_money and amount.value >= 1e6 or coins_traded):
            continue
        i = q.end
        while i < sentence.end and (doc[i].lower_ in {"worth", "of", "in", "crypto", "spot"} or i in coins):
            i += 1
        words = [t.lower_ for t in doc[i : min(sentence.end, i + 3)]]
        said = next((p for p in phrases if words[: len(p)] == p), None)
        if said is not None:
            found.append(Span(doc, i, i + len(said), label="volume"))
    return found + _amount_traded(doc, sentence, phrases, coins)


def _amount_traded(doc: Doc, sentence: Span, phrases: list[list[str]], coins: set[int]) -> list[Span]:
    """'the amount of bitcoin traded over the past 24 hours rose to $53 billion': the words of
    trading after an amount of a coin stand for its volume; the figure follows as for 'volume'."""
    amounts = set(_lexicon()["volume_traded"].get("amounts", ()))
    found = []
    for token in sentence:
        if token.lower_ not in amounts or token.i + 2 >= sentence.end or doc[token.i + 1].lower_ != "of":
            continue
        i = token.i + 2
        if i not in coins:
            continue  # "the amount of liquidity", "the value of the trades": no coin's turnover
        while i < sentence.end and i in coins:
            i += 1
        if i < sentence.end and doc[i].lower_ in {"that", "which"}:
            i += 1
        words = [t.lower_ for t in doc[i : min(sentence.end, i + 3)]]
        said = next((p for p in phrases if words[: len(p)] == p), None)
        if said is not None:
            found.append(Span(doc, token.i, i + len(said), label="volume"))
    return found


def _market_moving(doc: Doc, sentence: Span) -> list[Span]:
    """'the crypto market, up about 4% on the day', 'the global cryptocurrency market fell
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
    return any(t.lower_ in funds for t in named) or _funds_as_subject(metric, funds)


def _funds_as_subject(metric: Span, funds: set[str]) -> bool:
    """'BTC spot ETFs recorded a weekly trading volume of $16.2 billion', 'the 11 ETFs lost $140 million,
    with trading volumes hitting $1.1 billion': the clause the volume stands in is told of funds."""
    for verb in metric.root.ancestors:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None:
            continue
        if metric.root.i in {t.i for t in subject.subtree}:
            if verb.dep_ == "pcomp":
                continue  # ', with trading volumes hitting $1.1 billion': the absolute phrase hangs from the funds' clause
            return False  # the volume is the subject itself: its own words said whose it is
        return any(t.lower_ in funds for t in subject.subtree)
    return False


def _names_another(doc: Doc, metric: Span, metrics: list[Span]) -> bool:
    """'the volume of liquidations reached $1.05 billion': the figure is the liquidations'."""
    return metric.label_ == "volume" and any(
        m.start == metric.end + 1 and doc[metric.end].lower_ == "of" and m.label_ != metric.label_ for m in metrics
    )


_STANDING_NOW = {"now", "currently", "presently", "standing", "sitting", "which", "is", "sits", "stands", "putting", "bringing", "amounting",
                 "taking", "leaving", "it", "the", "total", "tally"}
_ARRIVING = {"reaching", "to", "at", "hitting", "totaling", "totalling", "topping", "near", "reach", "hit"}


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


def _level_to(doc: Doc, start: Span, quantities: list[Span], taken: set[int]) -> Span | None:
    """'from $300 million to $394 million': the level written right after 'to', in the unit of the start."""
    for q in quantities:
        if q.start <= start.start or q.start in taken:
            continue
        words = [t.lower_ for t in doc[start.end : q.start] if t.lower_ not in _ROUGHLY]
        return q if words == ["to"] and q._.quantity.unit == start._.quantity.unit else None
    return None


def _praising(before: list[Token]) -> bool:
    """'reaching a staggering', 'to a whopping', 'hitting an impressive': an adjective that only weighs
    the figure, between an article and the figure."""
    words = [t.lower_ for t in before]
    return before[-1].pos_ == "ADJ" and ("a" in words or "an" in words) and words.index("a" if "a" in words else "an") == len(words) - 2


def _level_after_change(doc: Doc, sentence: Span, metric: Span, reading: Span, quantities: list[Span], taken: set[int]) -> list[Span]:
    """'open interest climbed over 13% to about $63.3 billion': the level the
    change arrived at is a second reading."""
    if reading._.quantity.unit != "%":
        return []
    start = metric.end if metric.start >= reading.end else reading.end  # "a 70% jump in 24-hour trading volume, reaching $117.5 billion"
    timed = token_set(doc, "windows") | _compared_over(doc, sentence)  # "climbed 9% overnight, reaching ..."
    for q in quantities:
        # the change's window does not part it from the level: "a 21% rise over 24 hours, now at $512 million"
        apart = q.start - start - sum(1 for i in range(start, q.start) if i in timed)
        if q.start < start or q.start in taken or apart > 9 or not (q._.quantity.is_money or q._.quantity.unit in _COIN_UNITS):
            continue
        before = [t for t in doc[start : q.start] if t.lower_ not in _ROUGHLY and t.text != "," and t.i not in timed]
        if len(before) > 1 and before[0].i == reading.end and before[0].pos_ == "NOUN" and _direction(doc[before[0].i : before[0].i + 1]) is not None:
            before.pop(0)  # "has seen a 33% increase in the last day, now standing at $640 million": the change's own noun
        while len(before) > 1 and (before[-1].lower_ in _RECORD_WORDS or _praising(before)):
            before.pop()  # "climbed 12% this week to a record of nearly $70 billion", "reaching a staggering $1.6 billion"
        named = metric.start >= reading.end and [t.lower_ for t in before] == ["of"]  # "a 40% rise on a daily volume average of $35 billion"
        # "..., now at $25.8 billion", "..., currently standing at $19.2 billion", "..., putting it at ..."
        lead_ok = len(before) == 1 or len(before) <= 4 and all(t.lower_ in _STANDING_NOW for t in before[:-1]) \
            or [t.lower_ for t in before[:-1]] == ["to"] and before[-1].lemma_.lower() in _ARRIVING  # "slipped 3.2 percent, to reach $2.41 trillion"
        if q._.quantity.is_money and _standing_after(doc[start : q.start]) is not None:
            return [q]  # "a 2% decrease in open interest in the crypto market, which now stands at $60.9 billion"
        if before and before[-1].lower_ == "from" and (len(before) == 1 or len(before) == 2 and (before[0].tag_ == "VBG" or _direction(doc[before[0].i : before[0].i + 1]) is not None)):
            arrived = _level_to(doc, q, quantities, taken)
            return [q, arrived] if arrived is not None else []  # "..., rising from $300 million to $394 million": both ends
        return [q] if before and (before[-1].lower_ in _ARRIVING or named) and lead_ok and len(doc[start : q.start]) - len(before) <= 8 else []
    return []


@lru_cache(maxsize=1)
def _comparison_period() -> re.Pattern[str]:
    return re.compile(_lexicon()["comparison_period"]["pattern"], re.IGNORECASE)


def _compared_over(doc: Doc, sentence: Span) -> set[int]:
    """The tokens of 'week on week', 'day over day', 'd/d' (models/metrics.json, comparison_period):
    the window of a change, which stands between the change and the level it reached."""
    found: set[int] = set()
    for match in _comparison_period().finditer(sentence.text):
        span = doc.char_span(sentence.start_char + match.start(), sentence.start_char + match.end(), alignment_mode="expand")
        if span is not None:
            found.update(t.i for t in span)
    return found


def _profile_volume(doc: Doc, metric: Span) -> bool:
    """'the volume profile', 'a high-volume node at $104,500': a chart level drawn from volume, whose
    figure is a price, not a volume (models/metrics.json, volume_profile)."""
    if metric.label_ != "volume":
        return False
    lexicon = _lexicon()["volume_profile"]
    after = [t for t in doc[metric.end : min(len(doc), metric.end + 2)] if t.text != "-"]
    before = [t for t in doc[max(0, metric.start - 2) : metric.start] if t.text != "-"]
    return bool(after and after[0].lower_ in lexicon["words"]) or bool(
        before and before[-1].lower_ in lexicon["before"] and after and after[0].lower_ in {*lexicon["words"], "area", "areas", "zone", "zones"}
    )


def _balance_volume(doc: Doc, metric: Span) -> bool:
    """'Bybit net taker volume printed -$300 million', 'taker buy/sell volume', 'the volume delta': the balance of
    aggressive buyers against sellers, a flow whose figure is no traded volume (models/metrics.json, volume_balance)."""
    if metric.label_ != "volume":
        return False
    lexicon = _lexicon()["volume_balance"]
    before = [t.lower_ for t in doc[max(0, metric.start - 4) : metric.start] if t.lower_ not in {"-", "/", "buy", "sell", "and"}]
    after = [t.lower_ for t in doc[metric.end : min(len(doc), metric.end + 1)]]
    return any(w in lexicon["before"] for w in before[-2:]) or bool(after and after[0] in lexicon["after"])


_RECORD_WORDS = {"a", "an", "new", "fresh", "record", "high", "peak", "all-time", "of", "level"}
_RESTATING = {"currently", "now", "reported", "quoted", "standing", "sitting", "last", "seen", "settling", "at", "to", "reach", "reaching",
              "mark", "level", "threshold", "milestone"}  # 'surpassed the $1 billion mark, currently at $1.57 billion'


_COIN_UNITS = COIN_UNITS  # "410,000 BTC", "743 million XRP": totals counted in coins


_MOVED_ON = {"return", "revisit", "retreat", "recover", "rebound", "extend"}


def _moved_on(between: Span) -> Token | None:
    """', and nearly fell back to', 'and then returned to': a second verb of the total's own clause
    (joined by 'and', no subject of its own) taking it to a next level. The verb, or None."""
    words = [t for t in between if t.text != ","]
    if len(words) < 3 or words[0].lower_ != "and" or words[-1].lower_ != "to":
        return None
    verbs = [t for t in words if t.pos_ == "VERB"]
    if len(verbs) != 1 or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verbs[0].children):
        return None
    verb = verbs[0]
    lemma = verb.lemma_.lower()
    return verb if lemma in UP or lemma in DOWN or lemma in _MOVED_ON else None


_STANDING = {"stand", "sit", "hover", "rest", "total"}


def _standing_after(between: Span) -> Token | None:
    """', which now stands at': a relative clause right after the total ('... in the crypto market,
    which now stands at $60.9 billion') giving where the total stands. The verb, or None."""
    words = [t for t in between if t.text != ","]
    which = next((i for i in range(len(words) - 1, -1, -1) if words[i].lower_ in {"which", "that"}), None)
    if which is None or "," not in between.text or len(words) - which > 5 or words[-1].lower_ not in {"at", "to", "around", "near"}:
        return None
    verbs = [t for t in words[which + 1 :] if t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() != "be"]
    if len(verbs) != 1 or verbs[0].lemma_.lower() not in _STANDING:
        return None
    return verbs[0]


def _changing_after(between: Span, timed: set[int]) -> Token | None:
    """', losing 5.75% on the day', ', plummeting 1% over the past 24 hours': a participle of change
    straight after the total's level, with no subject of its own, tells how that total moved; read
    alone, its percent would pass for the price's move. The participle, or None."""
    words = [t for t in between if t.text != "," and t.i not in timed and t.lower_ not in _ROUGHLY | {"by"}]
    if "," not in between.text or len(words) != 1 or words[0].tag_ != "VBG":
        return None
    return words[0] if words[0].lemma_.lower() in UP | DOWN else None


def _readings_after_level(doc: Doc, sentence: Span, metric: Span, reading: Span, quantities: list[Span], taken: set[int]) -> list[Span]:
    """'slipped under $1.5 trillion, now at $1.49 trillion, and a 24-hour decline of
    9.8%': after a total, the same total restated at its level and its change, in one clause;
    and its earlier level, 'was about $67 billion on Tuesday, up from $57 billion on Monday'."""
    if not (reading._.quantity.is_money or reading._.quantity.unit in _COIN_UNITS):
        return []  # "$8.21 billion", "5.2 million ETH"
    found: list[Span] = []
    last, had_change = (metric if metric.start >= reading.end else reading), False  # "$8.21 billion of open interest at ..., up 4.1%"
    timed = token_set(doc, "windows")  # "a 24-hour decline"
    for q in quantities:
        if q.start < last.end or q.start in taken:
            continue
        between = doc[last.end : q.start]
        if _signed_aside(doc, sentence, between, q) and not had_change:
            had_change = True  # "$44.2B (+18%)": the level's change, signed, in brackets after it
            found.append(q)
            last = q
            continue
        if q._.quantity.is_money and reading._.quantity.unit in _COIN_UNITS and not found and last is reading \
                and [t.lower_ for t in between if t.lower_ not in _ROUGHLY | {"about", "approximately", "around", "nearly", "some", "~"}] == ["("]:
            found.append(q)  # "655,010 BTC (approximately $68.63 billion)": the same total in dollars, as with ', worth'
            if q.end >= sentence.end or doc[q.end].text != ")":
                break
            last = doc[q.start : q.end + 1]  # "... 38.2 million SOL ($5.1 billion) on May 2, marking a 6% monthly increase"
            continue
        moved_on = _moved_on(between) if q._.quantity.is_money and q._.quantity.unit == reading._.quantity.unit else None
        moved_on = moved_on or (_standing_after(between) if q._.quantity.is_money else None)
        moved_on = moved_on or (_changing_after(between, timed) if q._.quantity.unit == "%" and not had_change else None)
        if q.start - last.end > CHAIN_REACH or any(t.text in {";", "(", ")", "—"} or t.pos_ == "VERB"
                                                   and t.lower_ not in _RESTATING | {"compared"} | (_MARKING if metric.label_ != "market_cap" else set())
                                                   and (moved_on is None or t.i != moved_on.i) for t in between):
            break
        if any(between.start <= m.start < q.start for m in group(doc, "metrics")) or any(between.start <= a.start < q.start for a in group(doc, "assets")):
            break
        words = [t.lower_ for t in between if t.text != "," and t.i not in timed and t.lower_ not in _ROUGHLY | {"a", "an", "with", "of", "by"}]
        unit = q._.quantity.unit
        change_after = _change_noun_after(doc, sentence, q)  # ", a 40% jump", "marking a 5% monthly increase"
        if unit == "%" and not had_change and moved_on is not None and moved_on.tag_ == "VBG":
            had_change = True  # "sits at $1.4 trillion, shedding 4.2% on the day": the total's own change
        elif unit == "%" and not had_change and (any(t.lemma_.lower() in _CHANGE_NOUNS or t.lower_ in _CHANGE_NOUNS for t in between) or change_after) \
                and doc[q.start - 1].lower_ not in {"at", "to"} or unit == "%" and words[-2:] == ["up", "to"]:
            had_change = True
        elif unit == "%" and had_change and set(words) <= _LISTING and _own_direction(doc, sentence, q) is not None:
            pass  # "down 4.4% on the day, and 15% lower than a week ago": the change over another window
        elif unit == "%" and not had_change and not found and set(words) <= _STILL and "," in between.text \
                and _own_direction(doc, sentence, q) is not None and doc[q.end].lower_ not in {"up", "down"}:
            had_change = True  # "612 million XRP, still 21% higher than on March 3": the level's change since a day it names
        elif q._.quantity.is_money and had_change and _amount_changed(doc, sentence, q) is not None:
            pass  # "down 4.4% on the day, a drop of $363 million": the same change in dollars
        elif q._.quantity.is_money and words and words[-1] in {"at", "to", "reach", "reaching"} and set(words) <= _RESTATING:
            pass
        elif moved_on is not None:
            pass  # "slid to $9.84 billion, and nearly returned to $9.58 billion": the total's next level, same subject;
            # "a 2% decrease in open interest in the crypto market, which now stands at $60.9 billion": its level now
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
        elif q._.quantity.unit == reading._.quantity.unit and not found and words == ["from"] \
                and doc[reading.start - 1].lower_ == "to" and q.start - reading.end <= 3:
            found.append(q)  # "fell to $2.27 trillion from $2.31 trillion": the level it moved from
            break
        else:
            break
        found.append(q)
        last = q
    return found


_PASSING = {"dropping", "falling", "slipping", "sliding", "sinking", "tumbling", "climbing", "rising", "pushing", "moving",
            "breaking", "jumping", "surging", "dipping"}
_SIDES_OF = {"below", "above", "under", "over", "past"}


def _line_passed_after(doc: Doc, last: Span, quantities: list[Span], taken: set[int]) -> list[Span]:
    """'..., to $2.94 trillion, slipping under $3 trillion': after a total's level, the
    round line that level is said to have passed, a reading of the same total."""
    if not last._.quantity.is_money:
        return []
    q = next((q for q in quantities if q.start >= last.end and q.start not in taken), None)
    if q is None or q._.quantity.unit != last._.quantity.unit or q.start - last.end > 5:
        return []
    return [q] if _line_passed(doc[last.end : q.start]) else []


_PEAK_NOUNS = {"high", "peak", "record", "ath", "top"}
_PEAK_LEADS = {"close", "to", "near", "surpassing", "surpassed", "topping", "topped", "beating", "above", "below", "from", "past",
               "eclipsing", "passing", "exceeding", "under", "off", "just", "shy", "of", "after", "down", "up", "compared", "with", "its",
               "the", "a", "previous", "prior", "historical", "all-time", "all", "-", "time", "record", "former", "earlier", "last",
               "year", "'s", "this", "monthly", "multi", "month", "2024", "2025", "2026",
               # "rose 12% to reach an all-time high of $20.8 billion", "a 15% decline from its September 13 peak of $10.7 billion"
               "reach", "reaching", "reached", "hit", "hitting", "set", "setting", "an", "new", "fresh", "marking",
               "decline", "drop", "fall", "slide", "retreat", "pullback", "rise", "gain", "increase", "jump", "climb"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
           "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


def _day_of_month(doc: Doc, q: Span) -> bool:
    """'September 13', 'Oct. 6': a day number written after its month."""
    return q._.quantity.unit is None and len(q) == 1 and _date_word(q[0]) and q.start > 0 \
        and (doc[q.start - 1].lower_.rstrip(".") in _MONTHS or doc[q.start - 1].text == "." and q.start > 1
             and doc[q.start - 2].lower_ in _MONTHS)


def _date_word(token) -> bool:
    """A word of the peak's date ('its September 13 peak'), which says when, not what."""
    return token.lower_.rstrip(".") in _MONTHS or token.like_num and token.text.isdigit() and int(token.text) <= 31


def earlier_peak_after(doc: Doc, sentence: Span, last: Span, quantities: list[Span], taken: set[int]) -> list[Span]:
    """'stands at $42 billion, close to the historical high of $43 billion', '..., surpassing the
    previous peak of $17 billion in May', 'fell to $60 billion from a high of $71 billion': after a
    reading of a total, the peak it is set against is a reading of the same total (at its own time)."""
    quantities = [q for q in quantities if not _day_of_month(doc, q)]  # "its Oct. 6 peak": a date, not a figure
    q = next((q for q in quantities if q.start >= last.end and q.start not in taken), None)
    if q is not None and q._.quantity.is_percent:
        # "fell to $52 billion, a 9% drop from its Oct. 6 peak of $57.1 billion": the peak the move is measured from
        after = next((n for n in quantities if n.start >= q.end and n.start not in taken and n.end <= sentence.end), None)
        if after is not None:
            last, q = q, after
    if q is None or not (q._.quantity.is_money and q._.quantity.value >= 1e6 or q._.quantity.unit in _COIN_UNITS):
        return []
    timed = token_set(doc, "windows")  # "over the past four months, surpassing ..."
    words = [t for t in doc[last.end : q.start] if t.text != "," and t.i not in timed]
    if len(words) > 9:
        return []
    bound = next((b for b in group(doc, "bounds") if b.end == q.start), None)
    if bound is not None:
        words = [t for t in words if t.i < bound.start]  # "the previous high of over $17 billion"
    if len(words) < 2 or words[-1].lower_ != "of" or words[-2].lower_ not in _PEAK_NOUNS:
        return []
    return [q] if all(t.lower_ in _PEAK_LEADS or t.lower_ in _PEAK_NOUNS or _date_word(t) for t in words) else []


def _line_passed(between: Span) -> bool:
    """', dropping below the', ', climbing above the': a total's level said to be past a round line."""
    words = [t.lower_ for t in between if t.text != ","]
    return len(words) in {2, 3} and between[0].text == "," and words[0] in _PASSING and words[1] in _SIDES_OF \
        and (len(words) == 2 or words[2] == "the")


_SIGNS = ("+", "-", "−", "‑", "–")


_ASIDE_WORDS = {"in", "over", "on", "the", "past", "last", "24h", "24-hour", "1d", "7d", "d/d", "w/w", ":", "vs", "vs."}


def _signed_aside(doc: Doc, sentence: Span, between: Span, quantity: Span) -> bool:
    """'$44.2B (+18%)', '$81.3B (+2.1% 24h)', '(24h: +2.1%)', '(up 2.1% over 24 hours)': a percentage in
    brackets right after a level, signed or led by 'up'/'down', is its change; only the window it is
    measured over may stand beside it in the brackets."""
    if not between or between[0].text != "(" or quantity._.quantity.unit != "%":
        return False
    timed = token_set(doc, "windows")
    inside = between[1:]
    led = bool(inside) and inside[-1].lower_ in {"up", "down"}
    if not (quantity.text.startswith(_SIGNS) or led):
        return False
    if not all(t.i in timed or t.lower_ in _ASIDE_WORDS for t in (inside[:-1] if led else inside)):
        return False
    close = next((t for t in doc[quantity.end : sentence.end] if t.text == ")"), None)
    return close is not None and all(t.i in timed or t.lower_ in _ASIDE_WORDS or t.like_num or t.lower_ in {"hours", "hour", "days", "day", "week"}
                                     for t in doc[quantity.end : close.i])


def _signed_move(quantity: Span) -> Comparator | None:
    """'+18%', '-4.1%': a change whose sign is written on its figure."""
    if not quantity.text.startswith(_SIGNS):
        return None
    return Comparator.up if quantity.text.startswith("+") else Comparator.down


# Verbs that tell a change in a total by an amount; 'hit', 'top', 'reach' name where it arrived.
_CHANGING = (UP | DOWN | {"shed", "lose", "add", "gain", "erase", "wipe", "evaporate", "vanish", "unwind", "flush", "swell"}) \
    - {"hit", "top", "reach", "flip", "turn", "up", "down", "higher", "lower", "climbing", "rising"}
_BY_AMOUNT = {"by", "over", "more", "than", "nearly", "about", "roughly", "some", "just", "almost", "around", "approximately", "another", "a", "further"}


_LISTING = {"and", "but", "while", "or"}
# ', marking a 5% monthly increase': the change in apposition (a market cap's change is the price's, corpus/README)
_MARKING = {"compared", "marking", "representing"}
_PER_PERIOD = {"daily", "weekly", "monthly", "yearly", "annual", "overnight", "intraday", "quarterly"}


def _change_noun_after(doc: Doc, sentence: Span, q: Span) -> bool:
    """'a 40% jump', 'a 5% monthly increase': a noun of change right after the figure, past a word of its period."""
    i = q.end + 1 if q.end < sentence.end and doc[q.end].lower_ in _PER_PERIOD else q.end
    return i < sentence.end and doc[i].pos_ == "NOUN" and doc[i].lemma_.lower() in _CHANGE_NOUNS


_STILL = {"still", "now", "which", "is", "remains", "some", "roughly"}  # ', still 33% higher than', ', which is 20% lower than'
_OWN_DIRECTION = {"lower": Comparator.down, "higher": Comparator.up, "down": Comparator.down, "up": Comparator.up,
                  "less": Comparator.down, "more": Comparator.up, "below": Comparator.down, "above": Comparator.up}


def _own_direction(doc: Doc, sentence: Span, quantity: Span) -> Comparator | None:
    """'15% lower than a week ago', 'down 15% on the week', '12% above last Monday's': a change
    whose direction is written right beside its figure."""
    after = doc[quantity.end] if quantity.end < sentence.end else None
    if after is not None and after.lower_ in _OWN_DIRECTION and (after.lower_ not in {"more", "less", "above", "below"}
                                                                 or quantity.end + 1 < sentence.end and doc[quantity.end + 1].lower_ in {"than", "the", "last"}):
        return _OWN_DIRECTION[after.lower_]
    before = doc[quantity.start - 1] if quantity.start > sentence.start else None
    return _OWN_DIRECTION[before.lower_] if before is not None and before.lower_ in {"up", "down"} else None


_AMOUNT_LEADS = {"of", "a", "an", "by", "another", "further", "some", "about", "roughly", "nearly", "around", "almost", "just", "over"}


def _amount_changed(doc: Doc, sentence: Span, quantity: Span) -> Comparator | None:
    """'a drop of $363 million', 'down $363 million', 'a $363 million decline': an amount told as a
    change by the noun or word of direction that leads or follows it."""
    i = quantity.start - 1
    while i >= sentence.start and doc[i].lower_ in _AMOUNT_LEADS:
        i -= 1
    lead = doc[i] if i >= sentence.start else None
    if lead is not None and (lead.lemma_.lower() in _CHANGE_NOUNS or lead.lower_ in _CHANGE_NOUNS):
        return _direction(doc[lead.i : lead.i + 1])
    after = doc[quantity.end] if quantity.end < sentence.end else None
    if after is not None and after.pos_ == "NOUN" and after.lemma_.lower() in _CHANGE_NOUNS:
        return _direction(doc[after.i : after.i + 1])
    return None


def _money_change(doc: Doc, metric: Span, reading: Span) -> Comparator | None:
    """A total's change written as an amount: 'open interest fell by $2 billion', 'the market
    cap shed $90 billion', '$811 million in open interest evaporated'; not 'fell to $20 billion'."""
    if reading.end <= metric.start:  # the amount is the subject of the verb of change
        root = reading.root
        verb = root.head if root.dep_ in {"nsubj", "nsubjpass"} else None
        if verb is None or verb.i < metric.end:
            return _object_of_change(doc, metric, reading)
        lemma = verb.lemma_.lower()
        return Comparator.down if lemma in DOWN or lemma in {"shed", "lose", "erase", "wipe", "evaporate", "vanish", "unwind", "flush"} \
            else Comparator.up if lemma in _CHANGING else None
    if reading.end < len(doc) and doc[reading.end].lower_ in _GONE:
        return Comparator.down  # "the market cap has had $410 billion wiped since Monday"
    words = list(doc[metric.end : reading.start])
    by = [i for i, w in enumerate(words) if w.lower_ == "by" and len(words) - i <= 4]
    if by:  # "fell by just under $1.5 billion", "rose by a little over $2 billion": the amount's bound is no verb
        words = words[: by[-1] + 1]
    while words and words[-1].lower_ in _BY_AMOUNT:
        words.pop()
    if words and words[-1].lower_ in {"up", "down"} and (by or len(words) > 1 and words[-2].lemma_ == "be"):
        return Comparator.down if words[-1].lower_ == "down" else Comparator.up  # 'is down by more than $100 billion'
    return _verb_sign(words[-1]) if words else None


_GONE = {"gone", "wiped", "erased", "lost", "evaporated", "vanished", "shed"}
_TOTAL_OF = {"of", "in", "from"}


def _object_of_change(doc: Doc, metric: Span, reading: Span) -> Comparator | None:
    """'erased $410 billion of market value', 'lost $90 billion in market value', 'added
    $120 billion to the market cap': the amount is what a verb of change took from or gave the
    total named right after it, so it is the total's change, not its level."""
    joined = [t.lower_ for t in doc[reading.end : metric.start]]
    if not joined or joined[0] not in _TOTAL_OF | {"to"} or len(joined) > 4:
        return None
    i = reading.start - 1
    while i >= 0 and doc[i].lower_ in _BY_AMOUNT:
        i -= 1
    return _verb_sign(doc[i]) if i >= 0 and doc[i].pos_ in {"VERB", "AUX"} else None


def _verb_sign(token: Token) -> Comparator | None:
    lemma = token.lemma_.lower()
    if lemma not in _CHANGING and token.lower_ not in _CHANGING:
        return None
    return Comparator.up if lemma in UP | {"add", "gain", "swell"} else Comparator.down


_MARKET_PHRASE = re.compile(r"\b(?:crypto(?:currency)?|digital[- ]asset)\s+markets?\b", re.IGNORECASE)


def market_paragraph(doc: Doc, sentence: Span) -> bool:
    """'The crypto market rally coincided with rising futures open interest. Data show futures open
    interest rose 1.4% to $140 billion.': in a paragraph about the crypto market that names no coin
    up to the figure's sentence, a total with no coin of its own is the market's, not the article's
    main coin's."""
    text = text_of(doc)
    start = text.rfind("\n", 0, sentence.start_char) + 1
    if any(start <= a.start_char < sentence.end_char for a in group(doc, "assets")):
        return False
    return bool(_MARKET_PHRASE.search(text, start, sentence.end_char))
