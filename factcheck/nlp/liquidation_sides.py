"""Liquidations by side and by coin: which side (long or short) a figure is, the other side's
figure written after it, figures listed "respectively" or set "versus" each other, the two sides
as a ratio or a multiple (an imbalance), whose coin's traders were liquidated, and a side or total
carried over from the sentence before.

Kept apart because a liquidation total and its split by side are checked as different claims
(liquidations, liquidation_imbalance), and telling the sides apart takes most of the words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.model import Article, Claim, ClaimKind, Comparator
from factcheck.nlp.bracketed_shares import share_after
from factcheck.nlp.components import group, text_of, within
from factcheck.nlp.metric_reading import _window
from factcheck.nlp.metric_words import _ROUGHLY, _words_of
from factcheck.nlp.modality import modality_of
from factcheck.nlp.numbers import RANGE_LINKS, range_linked
from factcheck.nlp.timeref import resolve

SIDES = {"long": "long", "longs": "long", "short": "short", "shorts": "short", "bullish": "long", "bearish": "short",
         "bulls": "long", "bears": "short"}


_MOVES = {"rally", "surge", "drop", "crash", "plunge", "slide", "selloff", "sell-off", "move", "spike", "jump", "rebound",
          "bounce", "breakout", "breakdown", "dump", "pump", "squeeze", "rise", "fall", "decline"}  # a coin's own move liquidates its own traders
_CAUSING = {"lead", "cause", "trigger", "spark", "drive", "fuel", "prompt"}
_MOVE_VERBS = {"slump", "fall", "drop", "plunge", "crash", "tumble", "slide", "sink", "dip", "decline", "rally", "surge", "jump",
               "climb", "rise", "soar", "spike", "swing", "retreat"}
_SUBORDINATE = {"as", "after", "when", "since", "because", "amid", "following"}  # "... in short liquidations as ether rallies"
_MARKET_WIDE_WORDS = {"across", "market-wide", "marketwide", "crypto-wide", "total", "crypto", "cryptocurrency"}  # "boosting crypto liquidation above $240 million"


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
    if reading is not None and _sums_sides(doc, sentence, reading):
        return "total"  # "$144 million for shorts and $81 million for longs, totaling $225 million"
    if reading is not None and reading._.quantity.unit == "USD" and _share_of_figure(doc, reading) is not None:
        return "total"  # "81% of the $1.2 billion in liquidations occurred on long positions": the side is the share's
    own = (_respective_sides(doc, sentence).get(reading.start) or _side_named_after(doc, sentence, reading)
           or _side_named_before(doc, sentence, reading) or _contrasted_side(doc, sentence, reading)) if reading is not None else None
    if own is not None:
        return own  # "..., while $14.34 million were shorts": the figure's own words first
    phrase = _phrase(doc, sentence, metric, reading)
    centre = reading.start if reading is not None else metric.start
    sides = sorted((abs(t.i - centre), SIDES[t.lower_]) for t in phrase if t.lower_ in SIDES)
    if any(t.lower_ == "between" for t in phrase):
        return None  # "a $7,132 imbalance between shorts and longs": no one side
    nearest = min((t for t in phrase if t.lower_ in SIDES), key=lambda t: abs(t.i - centre), default=None)
    if reading is not None and (_both_sides_joined(phrase) or nearest is not None and _joined_to_other_side(doc, sentence, nearest)):
        return "total"  # "the short and long liquidations on OKX, totaling $152 million": the two sides summed
    if not sides and reading is not None:
        # "most of it, some $282 million, was shorts": the side said of the figure
        after = [t for t in doc[reading.end : min(sentence.end, reading.end + 5)] if t.text != "," and t.lower_ not in _SIDE_GLUE]
        if after and after[0].lower_ in SIDES:
            return SIDES[after[0].lower_]
    if not sides:
        return _side_of_subject(metric)
    return sides[0][1] if sides else None


def _side_of_subject(metric: Span) -> str | None:
    """'Short positions bore the brunt, with $623 million wiped out': the side is the
    subject of the clause the figure hangs on."""
    doc = metric.doc
    for verb in metric.root.ancestors:
        if verb.lower_ == "of":
            return None  # "longs accounting for the bulk of the $400 million": a part of the total, not all of it
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and _across_semicolon(doc, subject.i, metric.start):
            return None  # "$2.1 billion in Bitcoin positions were liquidated; long positions took ...": another clause's subject
        if subject is not None:
            named = {SIDES[t.lower_] for t in subject.subtree if t.lower_ in SIDES}
            return named.pop() if len(named) == 1 else None
    return None


def _asset_in_phrase(doc: Doc, sentence: Span, metric: Span, reading: Span | None) -> str | None:
    phrase = _phrase(doc, sentence, metric, reading)
    named = [a for a in group(doc, "assets") if phrase.start <= a.start < phrase.end]
    if named:
        return named[0].label_
    if reading is not None and (where := _coin_it_happened_in(doc, sentence, reading)) is not None:
        return where
    if any(t.lower_ in _MARKET_WIDE_WORDS and not _a_total_of(t) for t in phrase):
        return None  # "across crypto", "market-wide short liquidations"
    if reading is not None and _across_the_market_after(doc, sentence, reading):
        return None  # "wiping out $1.27 billion in leveraged futures positions across crypto markets"
    # "Bitcoin has ... after recording a liquidation imbalance of $7,132", "Ether positions took
    # the brunt, with over $121 million in liquidations", "BTC's jump owed something
    # to a $94 million liquidation": the coin names the subject of a verb the figure depends on
    coins = {t.i: a.label_ for a in within(doc, "assets", sentence) for t in a}
    caused = False
    for verb in metric.root.ancestors:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and caused and verb.lemma_.lower() in _MOVE_VERBS:
            return None  # "Bitcoin slumped $4,000, triggering $300 million in long liquidations": the coin's move set off the market's
        caused = caused or verb.lemma_.lower() in _CAUSING | {"wipe"} and verb.tag_ == "VBG"
        leading = verb.lemma_.lower() == "lead" and not any(c.lower_ == "to" for c in verb.children)  # "Bitcoin led the way": first, no cause
        if subject is not None and verb.lemma_.lower() in _CAUSING and not leading and not any(t.lemma_.lower() in _MOVES for t in subject.subtree):
            return None  # "ETF hopes for ether drive $260M of short liquidations": the cause, not whose
        if subject is not None and subject.lower_ in _RELATIVE and verb.dep_ == "relcl":
            subject = verb.head  # "Ethereum, which contributed $55.89 million in liquidated positions": whom 'which' stands for
        if subject is not None:
            inside = [coins[i] for i in range(subject.left_edge.i, subject.right_edge.i + 1) if i in coins]
            return inside[0] if inside else None
        if verb.pos_ == "VERB" and (opener := _coin_opening(doc, sentence, verb, coins)) is not None:
            return opener  # no subject parsed
    return None


_RELATIVE = {"which", "that", "who"}
_WHOLE_MARKET = {"crypto", "cryptocurrency", "cryptocurrencies", "market", "markets", "board"}  # not "exchanges": a coin's own total spans them


def _across_the_market_after(doc: Doc, sentence: Span, reading: Span) -> bool:
    """'$1.27 billion in leveraged futures positions across crypto markets': the figure's own clause
    says, after it, that it sums the whole market."""
    for t in doc[reading.end : min(sentence.end, reading.end + 8)]:
        if t.text in {",", ";", "(", "—", "–"} or t.lower_ in {"while", "but", "whereas"}:
            return False
        if t.lower_ == "across" and any(w.lower_ in _WHOLE_MARKET for w in doc[t.i + 1 : min(sentence.end, t.i + 4)]):
            return True
    return False


def _a_total_of(token: Token) -> bool:
    """'Ether led liquidations, with a total of $61 million', 'with a total liquidation of $86
    million': 'a total (liquidation) of' only sums the figure; it does not make it the whole market's."""
    doc = token.doc
    if token.lower_ != "total" or token.i == 0 or doc[token.i - 1].lower_ != "a":
        return False
    following = [t.lower_ for t in doc[token.i + 1 : token.i + 3]]
    return following[:1] == ["of"] or following in (["liquidation", "of"], ["liquidations", "of"])


def _across_semicolon(doc: Doc, a: int, b: int) -> bool:
    """A semicolon between two token positions: they sit in different clauses."""
    lo, hi = sorted((a, b))
    return any(t.text == ";" for t in doc[lo:hi])


def _coin_opening(doc: Doc, sentence: Span, verb: Token, coins: dict[int, str]) -> str | None:
    """'Ether, unsurprisingly, accounts for a third of liquidated longs ($64 million)': a coin set
    off by commas right before its verb is that verb's subject, though the parser may not call it so."""
    before = [t for t in doc[max(sentence.start, verb.i - 6) : verb.i]]
    if len(before) < 3 or before[-1].text != ",":
        return None
    opener = next((t for t in reversed(before[:-1]) if t.text == ","), None)  # the comma that opens the aside
    if opener is None or opener.i - 1 not in coins or opener.i - 1 < sentence.start:
        return None
    coin = doc[opener.i - 1]
    if coin.i > sentence.start and doc[coin.i - 1].text != "," and coins.get(coin.i - 1) != coins[coin.i]:
        return None  # the coin opens its clause ("Bitcoin, of course, accounts ...", "For single coins, Ether, again, leads ...")
    aside = doc[opener.i + 1 : verb.i - 1]
    return coins[coin.i] if aside and all(t.pos_ in {"ADV", "ADP", "NOUN", "ADJ"} for t in aside) else None


_HAPPENED = {"occur", "come", "happen", "stem", "originate", "be", "take",
             "see", "record", "register", "log", "observe"}  # "$205 million in liquidations were recorded in Solana"


def _coin_it_happened_in(doc: Doc, sentence: Span, reading: Span) -> str | None:
    """'$82 million of the liquidation amount occurred in Bitcoin', '$40 million came from ether':
    the figure is the subject of a verb of happening whose place is a coin."""
    root = reading.root
    while root.dep_ in {"compound", "nummod", "quantmod"} and root.head.i != root.i:
        root = root.head
    if root.dep_ not in {"nsubj", "nsubjpass"} or root.head.lemma_.lower() not in _HAPPENED:
        return None
    coins = {t.i: a.label_ for a in within(doc, "assets", sentence) for t in a}
    for prep in root.head.children:
        if prep.dep_ == "prep" and prep.lower_ in {"in", "from", "on"}:
            place = next((coins[c.i] for c in prep.children if c.dep_ == "pobj" and c.i in coins), None)
            if place is not None:
                return place
    return None


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
        if token.lower_ in {"losses", "loss"} and token.dep_ in {"nsubj", "nsubjpass"} \
                and any(c.dep_ in {"amod", "compound"} and c.lower_ in {"total", "combined"} for c in token.children):
            return Span(doc, token.i, token.i + 1, label="liquidations")  # "... were liquidated. Total losses approached $970 million"
    return None


def _range_upper(doc: Doc, sentence: Span, reading: Span, quantities: list[Span], taken: set[int]) -> Span | None:
    """'between $8 billion and $10 billion', '$8-10 billion': the upper end of a range of liquidations."""
    links = RANGE_LINKS | {"and"} if reading.start > sentence.start and doc[reading.start - 1].lower_ == "between" else RANGE_LINKS
    following = next((q for q in quantities if q.start >= reading.end and q.start not in taken), None)
    if following is None or not range_linked(text_of(doc), reading._.quantity, following._.quantity, frozenset(links)):
        return None
    return following


def _sides_carried(doc: Doc, sentence: Span, quantities: list[Span], taken: set[int]) -> list[Span]:
    """'... $2.2 billion of positions were liquidated. Long positions accounted for $1.88 billion':
    right after a liquidation total, a side handed its own figure is that side's liquidations."""
    found = []
    for q in quantities:
        if q.start in taken or q._.quantity.unit != "USD":
            continue
        side = _side_word_before(doc, sentence, q) or _side_word_after(doc, sentence, q)
        if side is not None:
            found.append(Span(doc, side.i, side.i + 1, label="liquidations"))
    return found


def _side_word_after(doc: Doc, sentence: Span, quantity: Span) -> Token | None:
    """'Of that, $380 million were longs', '$120 million of it in shorts': the side word the
    figure's own words name after it, in a sentence carrying on a liquidation total."""
    for t in doc[quantity.end : min(sentence.end, quantity.end + 4)]:
        if t.lower_ in SIDES and t.pos_ in {"NOUN", "PROPN"}:
            return t
        if t.lower_ not in _SIDE_LINKS - {"came", "coming", "worth"}:
            return None
    return None


_RATIO_WORDS = {"ratio", "split"}
_TIMES = {"times", "x", "-fold", "fold"}
_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                  "twice": 2, "thrice": 3, "double": 2, "triple": 3}
_SINGLE_WORD_MULTIPLES = {"twice", "thrice", "double", "triple"}
_MORE_THAN = (["more", "than"], ["over"], ["above"], ["at", "least"])


def _compared_to_side(doc: Doc, article: Article, sentence: Span, multiple: Token, other_at: int, value: float) -> Claim | None:
    """'short liquidations more than double the longs', 'shorts were three times the longs': the
    side named before the multiple is that multiple of the side named after it ('the longs')."""
    other = SIDES[doc[other_at].lower_]
    first = next((w for w in reversed(list(doc[sentence.start : multiple.i])) if w.lower_ in SIDES), None)
    if first is None or SIDES[first.lower_] == other:
        return None
    lead = [w.lower_ for w in doc[max(sentence.start, multiple.i - 2) : multiple.i]]
    bound = next((b for b in _MORE_THAN if lead[-len(b):] == b), None)
    start = multiple.i - len(bound) if bound else multiple.i
    claim = _imbalance_claim(doc, article, sentence, doc[start : other_at + 1], [], value)
    update: dict[str, object] = {"side": SIDES[first.lower_]}
    if bound:
        update["comparator"] = Comparator.above
    return claim.model_copy(update=update)


def _imbalance_claim(doc: Doc, article: Article, sentence: Span, words: Span, quantities: list[Span], value: float) -> Claim:
    """A ratio of the sides' liquidations, `words` being its text."""
    metric = Span(doc, words.start, words.end, label="liquidation_imbalance")
    named = within(doc, "assets", sentence)
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
        at = t.i + 1 if word in _SINGLE_WORD_MULTIPLES else t.i + 2
        if word not in _SINGLE_WORD_MULTIPLES and doc[t.i + 1].lower_ not in _TIMES:
            continue
        words = [w.lower_ for w in doc[at : min(sentence.end, at + 8)]]
        if words[:1] == ["the"] and len(words) > 1 and words[1] in SIDES:
            compared = _compared_to_side(doc, article, sentence, t, at + 1, value)
            if compared is not None:
                return compared
            continue
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


_EXCESS_GLUE = {"liquidations", "positions", "liquidated", "in", "the", "of"}


def _sides_excess(doc: Doc, article: Article, sentence: Span, quantities: list[Span], taken: set[int]) -> Claim | None:
    """'longs outpacing shorts by 79%', 'short liquidations exceeded longs by $90 million': in a
    sentence about liquidations, one side set above the other by a margin (models/metrics.json,
    side_excess) is the imbalance, in % or dollars, the first side being the larger."""
    verbs = _words_of("side_excess")
    for q in quantities:
        if q._.quantity.unit not in {"%", "USD"} or q.start < sentence.start + 4:  # a margin read as a total is taken back
            continue
        if doc[q.start - 1].lower_ != "by" and not (doc[q.start - 1].lower_ in _ROUGHLY and doc[q.start - 2].lower_ == "by"):
            continue
        by = q.start - 1 if doc[q.start - 1].lower_ == "by" else q.start - 2
        i = by - 1
        while i > sentence.start and doc[i].lower_ in _EXCESS_GLUE:
            i -= 1
        second = doc[i]
        verb = next((t for t in doc[max(sentence.start, i - 3) : i] if t.lemma_.lower() in verbs or t.lower_ in verbs), None)
        if second.lower_ not in SIDES or verb is None:
            continue
        j = verb.i - 1
        while j > sentence.start and doc[j].lower_ in _EXCESS_GLUE:
            j -= 1
        first = doc[j]
        if first.lower_ not in SIDES or SIDES[first.lower_] == SIDES[second.lower_]:
            continue
        taken.add(q.start)
        words = doc[first.i : q.end]
        claim = _imbalance_claim(doc, article, sentence, words, quantities, q._.quantity.value)
        return claim.model_copy(update={"unit": q._.quantity.unit, "side": SIDES[first.lower_]})
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


_SIDE_LIST_WORDS = {"in", "of", "worth", "short", "long", "shorts", "longs", "positions", "bets", "and", ","}


def _side_listed_before(doc: Doc, sentence: Span, reading: Span, quantities: list[Span], taken: set[int]) -> list[Span]:
    """'$257 million in short positions and $797 million in long positions were liquidated': the
    first side's figure, joined by 'and' to the figure the liquidation words took, names its own side."""
    for q in quantities:
        if q.start in taken or q.end > reading.start or reading.start - q.end > 6 or q._.quantity.unit != "USD":
            continue
        between = doc[q.end : reading.start]
        if any(t.lower_ == "and" for t in between) and all(t.lower_ in _SIDE_LIST_WORDS for t in between) \
                and (_side_named_after(doc, sentence, q) or _side_named_before(doc, sentence, q)) is not None:
            return [q]  # "short positions worth $7.5M and long positions worth $2.5M were liquidated"
    return []


def share_before(doc: Doc, sentence: Span, metric: Span, reading: Span, quantities: list[Span], taken: set[int]) -> list[Span]:
    """'about 69% of liquidations, equivalent to $153 million, were long positions': the share of
    the total written before the liquidation words, beside the dollars it comes to."""
    for q in quantities:
        if q.start in taken or q._.quantity.unit != "%" or q.end > metric.start or q.start == reading.start:
            continue
        if [t.lower_ for t in doc[q.end : metric.start]] in (["of"], ["of", "the"], ["of", "all"]):
            return [q]
        if _share_of_figure(doc, reading) and q.end == _share_of_figure(doc, reading):
            return [q]  # "over 81% of the $1.2 billion in liquidations occurred on long positions"
    return []


_SHARE_GLUE = (["of"], ["of", "the"], ["of", "all"], ["of", "these"], ["of", "those"], ["of", "total"], ["of", "the", "total"])


def side_share_alone(doc: Doc, sentence: Span, metric: Span, quantities: list[Span], taken: set[int]) -> Span | None:
    """'Long traders accounted for 71% of these liquidations', 'shorts made up 64% of all
    liquidations': with no dollar figure, a side's share written right before the liquidation
    words is the liquidations' reading, in percent (an imbalance)."""
    for q in quantities:
        if q.start in taken or q._.quantity.unit != "%" or q.end > metric.start:
            continue
        if [t.lower_ for t in doc[q.end : metric.start]] in _SHARE_GLUE and _names_side_before(doc, sentence, q):
            return q
    return None


def _share_of_figure(doc: Doc, reading: Span) -> int | None:
    """Where the percent ends when `reading` is written as the whole a share is of: '81% of the
    $1.2 billion in liquidations'. None otherwise."""
    i = reading.start
    bound = next((b for b in group(doc, "bounds") if b.end == i), None)
    i = bound.start if bound is not None else i
    if i >= 1 and doc[i - 1].lower_ == "the":
        i -= 1
    if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].text in {"%", "percent"}:
        return i - 1
    return None


def _other_side(doc: Doc, sentence: Span, reading: Span, quantities: list[Span], taken: set[int]) -> list[Span]:
    """'$412 million liquidated ..., $297 million of it shorts', '$186 million of longs against
    just $15 million of shorts': a second figure for one side, written after the first."""
    found: list[Span] = _side_listed_before(doc, sentence, reading, quantities, taken)
    last = reading
    for q in quantities:
        if q.start < last.end or q.start in taken:
            continue
        listed = _respective_sides(doc, sentence).get(q.start)
        contrasted = _contrasted_side(doc, sentence, q) if q._.quantity.unit == "USD" else None
        if q.start - last.end > 12 and not (q.start - last.end <= 20 and (q._.quantity.unit == "USD"
                                            and (_side_named_before(doc, sentence, q) or _side_named_after(doc, sentence, q) or listed or contrasted)
                                            or _side_share(doc, sentence, last, q))):
            break  # far off, unless its own words name the side: "..., and long positions accounted for $330 million"
        if (found or _side_named_before(doc, sentence, last) or _side_named_after(doc, sentence, last)) and _sums_sides(doc, sentence, q):
            found.append(q)  # "..., totaling $225 million": the two sides summed
            last = q
            continue
        if listed or contrasted:
            found.append(q)  # "$610 million and $90 million in long and short positions, respectively",
            last = q  # "with shorts taking the brunt - $40.1 million versus $21.1 million in longs"
            continue
        if _share_of_total(doc, sentence, last, q) or _side_share(doc, sentence, last, q):
            found.append(q)  # "long positions reached $1.2 billion, up to 86% of the total"
            last = q
            continue
        if q._.quantity.unit != "USD":
            continue
        if _coin_takes(doc, sentence, q) is not None:
            found.append(q)  # "Bitcoin accounted for $190 million ..., while ether made up $110 million"
            last = q
            continue
        lead = [t.lower_ for t in doc[max(sentence.start, q.start - 3) : q.start]]
        # "..., compared to just $28 million in shorts": a figure set against the first names its own side
        if (_LEADS_SIDE | _CONTRASTS) & set(lead) and _side_named_after(doc, sentence, q) or _side_named_before(doc, sentence, q):
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
    money = [q for q in within(doc, "quantities", sentence) if q._.quantity.unit == "USD"]
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
        words = [t.lower_ for t in link if not t.is_punct]  # '... $415 million - compared to just $28.69 million'
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
    """'$610 million and $90 million of long and short positions wiped out respectively': listed
    figures matched in order to the listed sides (start of each figure -> its side)."""
    if not any(t.lower_ == "respectively" for t in sentence):
        return {}
    money = [q for q in within(doc, "quantities", sentence) if q._.quantity.unit == "USD"]
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
            if sides and not {w.lower_ for w in doc[previous + 1 : t.i]} <= _LIST_WORDS | _HOLDER_WORDS:  # "long-position and short-position"
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
_SIDE_LINKS = {"of", "it", "them", "that", "in", "were", "was", "from", "being", "the", "which", "came", "coming", "worth", "for"}


def _side_named_after(doc: Doc, sentence: Span, quantity: Span) -> str | None:
    """'$599,000 were longs', '$186 million in longs', '$249 million of it on long-side bets':
    the side a figure's own words name, if they do."""
    for t in doc[quantity.end : min(sentence.end, quantity.end + 5)]:
        if t.lower_ in SIDES:
            return SIDES[t.lower_]
        if t.text == ")" and quantity.start > sentence.start and "(" in doc[max(sentence.start, quantity.start - 3) : quantity.start].text:
            continue  # "the majority of these liquidations (approximately $382 million) were long positions"
        said = [w.lower_ for w in doc[t.i : min(sentence.end, t.i + 4)]]
        if said[:2] in (["bets", "on"], ["wagers", "on"], ["positions", "betting"]) and tuple(said[2:4]) in _BETS_ON:
            return _BETS_ON[tuple(said[2:4])]  # "$2.2 billion were bets on higher prices"
        if t.lower_ not in _SIDE_LINKS:
            return None
    return None


_BETS_ON = {("higher", "prices"): "long", ("rising", "prices"): "long", ("lower", "prices"): "short", ("falling", "prices"): "short",
            ("on", "higher"): "long", ("on", "lower"): "short"}


def _coin_of_liquidations_before(doc: Doc, sentence: Span) -> str | None:
    """'$14.94 million of BTC positions got liquidated, ... a 2,131% imbalance': an
    imbalance restated in the next sentence is of the coin whose liquidations were just told."""
    if sentence.start == 0:
        return None
    before = doc[sentence.start - 1].sent
    if not any(m.label_ == "liquidations" and before.start <= m.start < before.end for m in group(doc, "metrics")):
        return None
    coins = {a.label_ for a in group(doc, "assets") if before.start <= a.start < before.end}
    return coins.pop() if len(coins) == 1 else None


_SHARE_VERBS = {"account", "make", "represent", "comprise", "constitute"}


def _share_of_total(doc: Doc, sentence: Span, reading: Span, quantity: Span) -> bool:
    """'$1.208 billion, as much as 86% of the total': one side's share of all liquidations,
    written after its figure, is how lopsided they were. After a figure no side is named with
    ('Binance had $202 million, representing 41.7%') it is a venue's or a coin's share: no imbalance."""
    if quantity._.quantity.unit != "%" or reading._.quantity.unit != "USD":
        return False
    between = doc[reading.end : quantity.start]
    return len(between) <= 6 and not any(t.text in {";", "(", ")"} for t in between) \
        and any(t.lemma_.lower() in _SHARE_VERBS for t in between) and _names_side_before(doc, sentence, reading)


def _names_side_before(doc: Doc, sentence: Span, figure: Span) -> bool:
    """A side word in the clause that leads to `figure`, or right after it."""
    start = max((t.i + 1 for t in doc[sentence.start : figure.start] if t.text in {";", ":"}), default=sentence.start)
    return any(t.lower_ in SIDES for t in doc[start : figure.start]) or _side_named_after(doc, sentence, figure) is not None


_OF_THEM = {"these", "them", "those", "which", "it", "the", "total", "all"}
_BEING = {"being", "were", "was", "are", "is", "from", "in", "on"}


def _share_of_them(doc: Doc, sentence: Span, quantity: Span) -> bool:
    """'with 90% of these being long positions', '64% of them were shorts': a share of the
    liquidations just told, named by its side after 'of these'."""
    words = [t.lower_ for t in doc[quantity.end : min(sentence.end, quantity.end + 7)]]
    lead = quantity.start
    while lead - 1 > sentence.start and doc[lead - 1].lower_ in _APPROXIMATE | {"~"}:
        lead -= 1
    led = [t.lower_ for t in doc[max(sentence.start, lead - 2) : lead]]
    if words[:1] in (["were"], ["being"], ["was"]) and (led == ["of", "which"] or led[-1:] == ["with"]):
        i = 0  # "..., of which around 89% were long positions", "with ~83.6% being long positions"
        while i < len(words) and words[i] in _BEING:
            i += 1
        return i < len(words) and words[i] in SIDES
    if words[:1] != ["of"]:
        return False
    i = 1
    while i < len(words) and words[i] in _OF_THEM:
        i += 1
    if i == 1 or i >= len(words) or words[i] not in _BEING:
        return False
    while i < len(words) and words[i] in _BEING:
        i += 1
    return i < len(words) and words[i] in SIDES


_SHARE_NOUNS = {"ratio", "share", "proportion", "portion"}
_HOLDER_WORDS = {"positions", "bets", "traders", "sellers", "buyers", "liquidations", "position", "trader", "-", "side"}


def _side_share(doc: Doc, sentence: Span, last: Span, quantity: Span) -> bool:
    """A side's share of the liquidations, in percent: 'with long positions accounting for 39.5%',
    'with long positions at 88.9%', 'a long position ratio of 94.5%', or a share written right after
    a side's own figure ('long positions accounted for $221 million, or 32.5%', '... $80 million (19.6%)')."""
    if quantity._.quantity.unit != "%":
        return False
    if share_after(doc, last, quantity) and last._.quantity.unit == "USD":
        return _side_named_before(doc, sentence, last) is not None or _side_named_after(doc, sentence, last) is not None
    if _side_word_before(doc, sentence, quantity) is not None or _share_of_them(doc, sentence, quantity):
        return True
    words = list(doc[max(sentence.start, quantity.start - 6) : quantity.start])
    while words and words[-1].lower_ in _APPROXIMATE:
        words.pop()
    if len(words) < 3 or words[-1].lower_ not in {"of", "at"} or words[-2].lower_ not in _SHARE_NOUNS:
        return False
    i = len(words) - 3
    while i >= 0 and words[i].lower_ in _HOLDER_WORDS:
        i -= 1
    return i >= 0 and words[i].lower_ in SIDES  # "a long position ratio of 94.5%"


# Words that hand a side its figure: "shorts at $99 million", "long positions accounted for $1.88
# billion", "shorts made up $95 million", "longs totaled $320 million".
_SIDE_TAKES = (("at",), ("accounted", "for"), ("account", "for"), ("accounting", "for"), ("made", "up"), ("make", "up"),
               ("making", "up"), ("totaled",), ("totalled",), ("totaling",), ("totalling",), ("amounted", "to"),
               ("amounting", "to"), ("came", "to"), ("coming", "to"), ("comprised",), ("comprising",), ("represented",),
               ("representing",), ("contributed",), ("contributing",), ("were",), ("was",),  # "of which long positions were $9.65 million"
               ("worth",),  # "long positions worth $208,000 and short positions worth $341,000"
               ("for",))  # "longs accounted for $220 million, shorts for $80 million": the verb said once
_SIDE_HOLDERS = {"positions", "bets", "traders", "sellers", "buyers", "liquidations"}
_APPROXIMATE = {"nearly", "about", "around", "roughly", "some", "almost", "approximately"}
_DEGREE = {"just", "only", "merely", "a", "an", "staggering", "whopping", "mere", "massive", "hefty", "modest", "further", "another"}


def _side_word_before(doc: Doc, sentence: Span, quantity: Span) -> Token | None:
    """'then bitcoin shorts at just above $99 million', 'while short positions accounted for
    $95 million': the side word right before the words that hand it the figure."""
    start = quantity.start
    bound = next((b for b in group(doc, "bounds") if b.end == start), None)
    start = bound.start if bound is not None else start
    while start - 1 > sentence.start and (doc[start - 1].lower_ in _APPROXIMATE | _DEGREE or doc[start - 1].lower_ in {"a", "an"}
                                          and start - 1 < quantity.start - 1):
        start -= 1  # "long positions accounting for nearly $1.3 billion", "shorts accounted for just $118 million",
        # "longs accounting for a staggering $1.56 billion"
    words = [t.lower_ for t in doc[max(sentence.start, start - 2) : start]]
    take = next((t for t in _SIDE_TAKES if tuple(words[-len(t):]) == t), None)
    if take is None and words and words[-1] in SIDES and doc[start - 1].pos_ in {"NOUN", "PROPN"}:
        take = ()  # a list: "longs $400M, shorts $120M"
    if take is None and len(words) == 2 and words[0] in SIDES and words[1] in _SIDE_HOLDERS:
        take = ()  # "with long positions around $61 million and short positions around $451 million"
    if take in _TRAILING_TAKES and doc[start - len(take) - 1].text == ",":
        return _clause_subject_side(doc, sentence, start - len(take) - 1)
    if take is None or start - len(take) - 1 < sentence.start:
        return None
    side = doc[start - len(take) - 1]
    if side.lower_ in _SIDE_HOLDERS and side.i - 1 >= sentence.start and doc[side.i - 1].lower_ in SIDES:
        side = doc[side.i - 1]  # "long positions", "short liquidations"
    if take == ("for",) and doc[start - 2].lower_ not in _SIDE_HOLDERS | {"longs", "shorts"}:
        return None  # "shorts for $80 million" borrows a verb said before; "went long for $5 million" is a trade
    if _joined_to_other_side(doc, sentence, side):
        return None  # "shorts and longs worth $77 million": the pair's sum, not the side named last
    return side if side.lower_ in SIDES and (side.pos_ in {"NOUN", "PROPN", "ADJ"} or take == ("for",)) else None


_TRAILING_TAKES = {("totaling",), ("totalling",), ("amounting", "to"), ("representing",), ("worth",)}


def _sums_sides(doc: Doc, sentence: Span, quantity: Span) -> bool:
    """', totaling $225 million' after figures for both sides: the sum of the two, a total."""
    start = quantity.start
    while start - 1 > sentence.start and doc[start - 1].lower_ in _APPROXIMATE:
        start -= 1
    take = next((t for t in _TRAILING_TAKES if tuple(w.lower_ for w in doc[max(sentence.start, start - len(t)) : start]) == t), None)
    if take is None or start - len(take) - 1 < sentence.start or doc[start - len(take) - 1].text != ",":
        return _total_after_sides(doc, sentence, quantity, start)
    before = doc[sentence.start : start - len(take) - 1]
    return {SIDES[t.lower_] for t in before if t.lower_ in SIDES} == {"long", "short"}


_SUMMING = {"total", "totaling", "totalling", "combined", "combining", "aggregate", "aggregating", "overall", "altogether", "sum",
            "summing", "summed", "together", "jointly"}  # "..., which together reach $1.4 billion", "..., summing up to $78 million"

_JOINING = {"and", "&", "or", "/", "-"}


def _joined_to_other_side(doc: Doc, sentence: Span, side: Token) -> bool:
    """'shorts and longs', 'long and short': the side word is the second of a pair of both sides."""
    if side.lower_ not in SIDES or side.i - 2 < sentence.start or doc[side.i - 1].lower_ not in _JOINING:
        return False
    other = doc[side.i - 2]
    return other.lower_ in SIDES and SIDES[other.lower_] != SIDES[side.lower_]


def _both_sides_joined(phrase: Span) -> bool:
    """'long and short liquidations', 'shorts and longs', 'long- and short-side positions': the two
    sides named as one pair (not each with its own figure), so a figure said of them is their sum."""
    words = [t for t in phrase if t.text not in {"-", "‑"} or t.i == phrase.start]
    for a, glue, b in zip(words, words[1:], words[2:]):
        if glue.lower_ in _JOINING and a.lower_ in SIDES and b.lower_ in SIDES and SIDES[a.lower_] != SIDES[b.lower_]:
            return True
    return False


def _total_after_sides(doc: Doc, sentence: Span, quantity: Span, start: int) -> bool:
    """'$798 million from shorts, culminating in a total of $1.239 billion', '..., bringing its total to
    $1.48 billion', '..., combining for $121 million overall': after figures for both sides, a figure
    whose own clause (from the last comma) sums them."""
    comma = next((t.i for t in reversed(list(doc[max(sentence.start, start - 8) : start])) if t.text == ","), None)
    if comma is None:
        return False
    lead = doc[comma + 1 : start]
    trail = doc[quantity.end : min(sentence.end, quantity.end + 3)]
    if any(t.lower_ in SIDES for t in lead) or not any(t.lower_ in _SUMMING for t in [*lead, *trail]):
        return False
    money = [q for q in group(doc, "quantities") if sentence.start <= q.start < comma and q._.quantity.unit == "USD"]
    return len(money) >= 2 and {SIDES[t.lower_] for t in doc[sentence.start : comma] if t.lower_ in SIDES} == {"long", "short"}


def _clause_subject_side(doc: Doc, sentence: Span, comma: int) -> Token | None:
    """'short positions accounted for 71% of liquidations, totaling $180 million': a figure trailing
    a comma belongs to the side the clause before it is about, when that clause names one side
    only and names it as its subject."""
    start = max((t.i + 1 for t in doc[sentence.start : comma] if t.text in {";", ":"}), default=sentence.start)
    named = [t for t in doc[start:comma] if t.lower_ in SIDES]
    if len({SIDES[t.lower_] for t in named}) != 1:
        return None
    for t in named:
        noun = t if t.lower_ in {"longs", "shorts", "bulls", "bears"} else doc[t.i + 1] if t.i + 1 < comma and doc[t.i + 1].lower_ in _SIDE_HOLDERS else None
        if noun is not None and noun.dep_ in {"nsubj", "nsubjpass", "dobj"}:  # "data show long positions made up 64%, ..."
            return t
    return None


def _side_named_before(doc: Doc, sentence: Span, quantity: Span) -> str | None:
    side = _side_word_before(doc, sentence, quantity)
    return SIDES[side.lower_] if side is not None else None


_LISTING = {"by", ",", "and", "while", "with"}


def _coin_takes(doc: Doc, sentence: Span, quantity: Span) -> Span | None:
    """'while ether made up $110 million': a coin handed its share of the total, by the same words
    that hand a side its figure."""
    words = [t.lower_ for t in doc[max(sentence.start, quantity.start - 2) : quantity.start]]
    take = next((t for t in _SIDE_TAKES if t not in {("at",), ("for",)} and tuple(words[-len(t):]) == t), None)
    start = quantity.start
    while start - 1 > sentence.start and doc[start - 1].lower_ in _APPROXIMATE | _DEGREE | {"more", "than", "over"}:
        start -= 1
    if [t.lower_ for t in doc[max(sentence.start, start - 2) : start]] == ["followed", "with"]:
        # "Bitcoin followed with about $788 million", "ETH followed with more than $414 million"
        return next((a for a in group(doc, "assets") if a.end == start - 2 and a.start >= sentence.start), None)
    if take is None and words[-1:] in (["at"], ["with"]):
        coin = next((a for a in group(doc, "assets") if a.end == quantity.start - 1 and a.start > sentence.start), None)
        # "..., followed by ether at $150 million", "..., and ether with $90 million": a coin listed after the first
        return coin if coin is not None and doc[coin.start - 1].lower_ in _LISTING else None
    if take is None:
        return None
    return next((a for a in group(doc, "assets") if a.end == quantity.start - len(take) and a.start >= sentence.start), None)


def _coin_before_side(doc: Doc, sentence: Span, quantity: Span) -> str | None:
    """'bitcoin shorts at $99 million': the coin named with the side, for that figure alone."""
    side = _side_word_before(doc, sentence, quantity)
    if side is None:
        return None
    return next((a.label_ for a in group(doc, "assets") if a.end == side.i), None)
