"""Liquidation figures read clause by clause: 'Of these, $312 million consisted of long positions
and $81 million of short positions', 'Short positions, conversely, experienced liquidations
totaling $27 million', 'Ethereum followed closely behind Bitcoin at $11 million. XRP was third at
$4 million'.

Wraps break a liquidation story into clauses that each carry one figure and say whose it is: a
side ('longs', 'short positions', 'bearish bets', 'short sellers') or a coin, often without the
word 'liquidation' in the clause, sometimes not even in the sentence, once the sentence before
has told a liquidation figure. A figure's clause runs between commas, dashes, semicolons and the
words that open a clause of their own ('while', 'but', 'compared', 'as well as', an 'and' before
the next figure). A clause with no side of its own that only goes on from the one before it
('..., accounting for $730 million', '..., faced losses around $57 million') takes that one's side
when that clause carries no figure.

A liquidation figure read as the whole market's is given the side its clause names; a dollar
figure no claim reads, in a sentence about liquidations (or right after one), whose clause names
a side or a coin is that side's or that coin's liquidations. A 'price' read on such a figure ('XRP
was third at $4.33 million') gives way: no coin the wraps list trades at millions of dollars.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.model import Claim, ClaimKind, Comparator
from factcheck.nlp.components import claim_sentence, group, text_of, within
from factcheck.nlp.modality import modality_of
from factcheck.nlp.timeref import resolve

_LIQUIDATION_STEMS = ("liquidat", "rekt")
_PLURAL_SIDES = {"longs": "long", "shorts": "short", "bulls": "long", "bears": "short"}
_SIDE_ADJECTIVES = {"long": "long", "short": "short", "bullish": "long", "bearish": "short",
                    "long-side": "long", "short-side": "short"}
# what a side adjective qualifies when it names a side of the book, not a span of time ('short-term')
_SIDE_NOUNS = {"position", "positions", "trader", "traders", "seller", "sellers", "liquidation", "liquidations", "bet", "bets",
               "contract", "contracts", "side", "squeeze", "order", "orders", "holder", "holders", "one", "ones", "leverage",
               "exposure", "buyer", "buyers", "player", "players", "investor", "investors", "crypto", "perpetual", "futures"}
_TRADERS = {"traders", "those", "investors", "players", "who", "are", "were", "being"}  # 'traders short on the asset'
_BREAK_MARKS = {",", ";", ":", "—", "–", "(", ")", "[", "]"}
_BREAK_WORDS = {"while", "whereas", "but", "compared", "versus", "vs", "vs.", "against", "although", "though"}
_JOINS = {"and", "or", "plus"}
_SUBORDINATORS = {"as", "after", "when", "because", "since", "if", "once"}  # '... $200 million as long positions were flushed'
_CONTINUING = {"accounting", "representing", "totaling", "totalling", "amounting", "making", "comprising", "with", "bringing",
               "faced", "saw", "suffered", "lost", "losing", "seeing", "recording", "registering", "taking", "experienced"}
_SUBSET = {"including"}
_WHOLE_WORDS = {"total", "combined", "overall", "altogether", "aggregate", "cumulative", "cumulatively", "all"}
_SINGLE = {"single", "order", "whale", "trader"}
_PARTS = {"bulk", "majority", "most", "part", "share", "half", "portion", "much", "all", "some", "lion's"}
_CLAUSE_ENDS = {";", "while", "whereas", "but"}
_MILLIONS = 1e6  # tallied liquidation figures are written in millions or billions ('$4.33 million', '$1.2B')
_GROUPS = {"other", "others", "altcoins", "altcoin", "collectively", "rest", "remaining"}  # 'Solana and other altcoins'
_MODALS = {"could", "would", "may", "might", "will"}  # a liquidation map's 'could reach $865 million' is no tally
_MARKET_WORDS = {"crypto", "cryptocurrency", "market", "across", "overall", "exchanges"}


def side_of(token: Token) -> str | None:
    """The side of the book a word names: 'longs', 'short positions', 'bearish bets', 'traders
    short on the asset'; not 'short-term', 'in short', 'for long'."""
    low = token.lower_
    if low in _PLURAL_SIDES:
        return _PLURAL_SIDES[low]
    if low not in _SIDE_ADJECTIVES:
        return None
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.text == "-":
        return None  # 'short-term', 'long-lived'
    if after is not None and (after.lower_ in _SIDE_NOUNS or after.lower_ in {"on", "-"} and low in {"long", "short"}):
        return _SIDE_ADJECTIVES[low]
    before = doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.lower_ in _TRADERS and low in {"long", "short"}:
        return _SIDE_ADJECTIVES[low]
    return None


def _money(q: Span) -> bool:
    quantity = q._.quantity
    return quantity.unit == "USD" and quantity.magnitude >= _MILLIONS


def clauses_of(doc: Doc, sentence: Span, figures: list[Span]) -> list[tuple[int, int]]:
    """The sentence cut into clauses, as (start, end) token positions."""
    starts = {f.start for f in figures}
    cuts = [sentence.start]
    for t in sentence:
        if t.i == sentence.start:
            continue
        low = t.lower_
        if t.text in _BREAK_MARKS and _ticker_bracket(doc, sentence, t):
            continue  # 'Solana (SOL) longs': a coin's ticker in brackets does not end its clause
        if t.text in _BREAK_MARKS or low in _BREAK_WORDS or low in _SUBORDINATORS and t.dep_ == "mark" or low == "amid":
            cuts.append(t.i)
        elif low == "followed" and t.i + 1 < sentence.end and doc[t.i + 1].lower_ == "by":
            cuts.append(t.i)  # '... $449 million, followed by XRP's traders with $136 million'
        elif low == "as" and t.i + 2 < sentence.end and doc[t.i + 1].lower_ == "well" and doc[t.i + 2].lower_ == "as":
            cuts.append(t.i)
        elif low in _JOINS and any(i in starts for i in range(t.i + 1, min(sentence.end, t.i + 5))):
            cuts.append(t.i)  # '... and $81 million of short positions', 'and Ethereum for $93 million'
    cuts.append(sentence.end)
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if a < b]


def _ticker_bracket(doc: Doc, sentence: Span, t) -> bool:
    """A bracket around a coin's ticker right after the coin's name: '(SOL)', or its closing ')'."""
    if t.text == "(":
        inner = next((a for a in group(doc, "assets") if a.start == t.i + 1), None)
        return inner is not None and inner.end < sentence.end and doc[inner.end].text == ")"
    if t.text == ")":
        inner = next((a for a in group(doc, "assets") if a.end == t.i), None)
        return inner is not None and inner.start > sentence.start and doc[inner.start - 1].text == "("
    return False


def _sides_in(doc: Doc, start: int, end: int) -> set[str]:
    return {s for t in doc[start:end] if (s := side_of(t)) is not None}


def _both_sides_joined(doc: Doc, start: int, end: int) -> bool:
    """'The total short and long liquidations': both sides named together, a sum of the two."""
    for t in doc[start:end - 2]:
        if t.lower_ in {"long", "short", "longs", "shorts"} and doc[t.i + 1].lower_ in {"and", "&", "or"} \
                and doc[t.i + 2].lower_ in {"long", "short", "longs", "shorts"} and doc[t.i + 2].lower_[:4] != t.lower_[:4]:
            return True
    return False


def coins_in(doc: Doc, start: int, end: int) -> list[Span]:
    return [a for a in group(doc, "assets") if start <= a.start and a.end <= end]


def about_liquidations(sentence: Span) -> bool:
    return any(t.lower_.startswith(_LIQUIDATION_STEMS) for t in sentence)



def _names_whole(doc: Doc, start: int, end: int, figure: Span, figures: list[Span]) -> bool:
    """'The total short and long liquidations stood at $258 million': the figure is a whole; not
    '$730 million of the total' (a part of it) nor '$2.42 billion of the $2.58 billion total' (the
    other figure is the whole)."""
    for t in doc[start:end]:
        if t.lower_ not in _WHOLE_WORDS:
            continue
        before = [w.lower_ for w in doc[max(start, t.i - 2) : t.i]]
        if before[-1:] == ["of"] or before == ["of", "the"] or before[-1:] == ["the"] and t.i - 2 >= start and doc[t.i - 2].lower_ == "of":
            continue
        owner = next((f for f in figures if f.end == t.i or f.end == t.i - 1 and doc[f.end].lower_ in {"in", "-"}), None)
        if owner is not None and owner is not figure:
            continue
        return True
    return False


def _one_order(doc: Doc, sentence: Span, figure: Span) -> bool:
    """A figure after the words of one order in its sentence ('The single largest liquidation
    order, a $36.8 million BTC long, ...'), with no new clause between."""
    for t in reversed(doc[sentence.start : figure.start]):
        if t.lower_ in _CLAUSE_ENDS:
            return False
        if t.lower_ in _SINGLE:
            return True
    return False


def _a_part_of(doc: Doc, start: int, figure: Span, figures: list[Span]) -> bool:
    """'the bulk of the roughly $400 million', '$2.42 billion of the $2.58 billion': the figure
    is the whole a side's part is taken from (not 'long positions of $135 million')."""
    i = figure.start
    while i > start and doc[i - 1].lower_ in {"roughly", "about", "around", "some", "nearly", "almost", "approximately",
                                              "over", "more", "than", "$", "us$"}:
        i -= 1
    if i > start and doc[i - 1].lower_ == "the":
        i -= 1
    if i <= start + 1 or doc[i - 1].lower_ != "of":
        return False
    owner = doc[i - 2]
    return owner.lower_ in _PARTS or owner.text == "%" or owner.like_num or any(f.end == owner.i + 1 for f in figures if f is not figure)


def _one_position(doc: Doc, figure: Span) -> bool:
    """'an $80.57 million BTC-USDT position', 'a $23 million ETH position': one trader's position."""
    for t in doc[figure.end : min(len(doc), figure.end + 4)]:
        if t.lower_ == "position":
            return True
        if not (t.is_upper or t.text in {"-", "/"}):
            return False
    return False


def coin_before(doc: Doc, sentence: Span, figure: Span) -> str | None:
    """'XRP's total liquidation came to $14 million, of which $9 million represents a long
    position': a side figure whose clause names no coin is the coin's named before it in the
    sentence, when one coin alone is and no market-wide word."""
    words = doc[sentence.start : figure.start]
    if any(t.lower_ in _MARKET_WORDS for t in words):
        return None
    coins = {a.label_ for a in group(doc, "assets") if sentence.start <= a.start and a.end <= figure.start}
    return next(iter(coins)) if len(coins) == 1 else None


def _whose(doc: Doc, clauses: list[tuple[int, int]], index: int, figure: Span, figures: list[Span]) -> tuple[str | None, list[Span], bool]:
    """The side, the coins and whether the figure is a whole, as its clause (or the clause it
    goes on from) names them."""
    start, end = clauses[index]
    if _a_part_of(doc, start, figure, figures):
        # 'Ether shorts make up half of the $251 million of crypto shorts': the part's words are not the
        # whole's, nor is the verb that follows it ('... of the $640 million came from longs')
        start = figure.start
        end = next((t.i for t in doc[figure.end : end] if t.pos_ in {"VERB", "AUX"}), end)
    sides = _sides_in(doc, start, end)
    # 'Longs and shorts of $1.1 billion': the pair may open before the clause the 'and' starts
    whole = _names_whole(doc, start, end, figure, figures) or _both_sides_joined(doc, max(0, start - 2), end)
    coins = coins_in(doc, start, end)
    if not sides and index > 0:
        opening = next((t for t in doc[start:end] if not t.is_punct), None)
        if opening is not None and opening.lower_ in _CONTINUING | _SUBSET or opening is not None and opening.i == figure.start:
            for back in range(index - 1, -1, -1):
                a, b = clauses[back]
                if any(a <= f.start < b for f in figures):
                    if opening.lower_ in _SUBSET:
                        sides = _sides_in(doc, a, b)  # 'including $112 million tied to Ethereum': a part of the figure before
                    break
                sides = _sides_in(doc, a, b)
                coins = coins or coins_in(doc, a, b)  # 'and Solana wasn't spared either, with $39.56 million gone'
                if _both_sides_joined(doc, a, b):
                    whole = True  # 'The most short and long liquidations hit OKX, totaling $152 million': the pair's sum
                    break
                if sides:
                    break
    if len(sides) != 1:
        return None, coins, whole
    return next(iter(sides)), coins, whole


_ABOVE = (["more", "than"], ["over"], ["above"], ["exceeding"], ["upwards", "of"], ["at", "least"], ["in", "excess", "of"])
_BELOW = (["less", "than"], ["under"], ["below"], ["just", "under"])


def comparator_of(doc: Doc, figure: Span) -> Comparator:
    """'more than $300 million': a floor; 'about', 'nearly', 'some': the figure itself."""
    before = [t.lower_ for t in doc[max(0, figure.start - 3) : figure.start]]
    if any(before[-len(words):] == words for words in _ABOVE):
        return Comparator.above
    if any(before[-len(words):] == words for words in _BELOW):
        return Comparator.below
    return Comparator.at


def with_liquidation_clauses(doc: Doc, article, claims: list[Claim]) -> list[Claim]:
    """The claims, with liquidation figures given the side or coin their own clause names."""
    text = text_of(doc)
    liquidation_sentences = {s.start for c in claims if c.kind is ClaimKind.liquidations
                             for s in [claim_sentence(doc, c)] if s is not None}
    out = list(claims)
    previous_told = False
    for sentence in doc.sents:
        figures = [q for q in within(doc, "quantities", sentence) if q.end <= sentence.end and _money(q)]
        about = about_liquidations(sentence)
        in_context = about or previous_told or sentence.start in liquidation_sentences
        if any(t.lower_ == "respectively" for t in sentence):
            in_context = False  # 'ETH and SOL come second and third ($32.6 million and $15.4 million, respectively)': a list read elsewhere
        added_here = False
        if figures and in_context:
            clauses = clauses_of(doc, sentence, figures)
            for figure in figures:
                index = next(i for i, (a, b) in enumerate(clauses) if a <= figure.start < b)
                start, end = clauses[index]
                if _one_order(doc, sentence, figure) or _one_position(doc, figure):
                    continue  # 'the largest single liquidation, a $23 million BTC position'
                side, coins, whole = _whose(doc, clauses, index, figure, figures)
                lo, hi = figure.start_char, figure.end_char
                on_it = [c for c in out if c.span[0] < hi and lo < c.span[1]]
                read = [c for c in on_it if c.kind is ClaimKind.liquidations]
                if read:
                    for c in read:
                        if side is not None and not whole and c.side in {None, "total"} and c.unit == "USD" \
                                and c.value == figure._.quantity.value:
                            out[out.index(c)] = c.model_copy(update={"side": side})
                        elif whole and c.side in {"long", "short"} and _both_sides_joined(doc, start, end) \
                                and c.value == figure._.quantity.value:
                            out[out.index(c)] = c.model_copy(update={"side": "total"})
                    continue
                if any(c.kind not in {ClaimKind.price_level} for c in on_it):
                    continue
                if any(t.lower_ in _GROUPS | _MODALS for t in doc[start:end]):
                    continue
                whole_of_a_part = _a_part_of(doc, start, figure, figures)  # '... half of the $251 million': no coin named before is the whole's
                coin = coins[0].label_ if coins else None if whole_of_a_part else coin_before(doc, sentence, figure)
                if side is None and not coins:
                    continue
                value = figure._.quantity.value
                if any(c.kind is ClaimKind.liquidations and c.value == value and c.asset == coin and c.span[1] <= lo for c in out):
                    continue  # the headline's figure told again in the body
                out = [c for c in out if c not in on_it]
                q = figure._.quantity
                modality, source = modality_of(figure, sentence)
                span_start = min([lo] + [a.start_char for a in coins if a.start < figure.start]) if coin else lo
                if side is not None:
                    side_tokens = [t for t in doc[start:end] if side_of(t) is not None]
                    span_start = min([span_start] + [t.idx for t in side_tokens])
                span_end = max([hi] + [a.end_char for a in coins if a.start > figure.start]
                               + [t.idx + len(t) for t in doc[start:end] if side_of(t) is not None])
                out.append(Claim(kind=ClaimKind.liquidations, asset=coin, metric="liquidations", value=q.value, unit="USD",
                                 decimals=q.decimals, magnitude=q.magnitude, comparator=comparator_of(doc, figure),
                                 side=side if side is not None and not whole else "total",
                                 time=resolve(article, "recent", None, sentence=sentence), modality=modality,
                                 attributed_to=source, text=text[span_start:span_end], sentence=sentence.text.strip(),
                                 span=(span_start, span_end)))
                added_here = True
        previous_told = about or sentence.start in liquidation_sentences or added_here
    return sorted(out, key=lambda c: c.span)
