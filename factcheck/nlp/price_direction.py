"""Which way the words around a price point: whether a move rose or fell ('pared gains'
falls), and whether a level touched was the session's low or its high. A bare 'hit
$69,000' has no side of its own, so it is read from these words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.model import ClaimKind
from factcheck.nlp.price_cues import CLAUSE_JOINERS

DOWN_WORDS = {
    "fall", "drop", "decline", "slide", "slip", "sink", "tumble", "plunge", "crash", "dip", "retreat",
    "plummet", "slump", "dive", "low", "lows", "bottom", "selloff", "sell-off", "down", "lose", "shed", "loss", "cascade",
    "dump", "tank", "nosedive", "crater", "collapse",
}
UP_WORDS = {
    "rise", "gain", "jump", "surge", "climb", "rally", "soar", "advance", "rebound", "recover", "bounce",
    "high", "highs", "peak", "top", "up", "claw", "spike", "rocket", "pump", "leap", "skyrocket", "shoot",
}
HIGH_NOUNS = {"high", "highs", "peak", "top", "record", "ath", "highest"}
LOW_NOUNS = {"low", "lows", "bottom", "trough", "lowest"}


# Verbs that take back a move named as their object: 'paring gains' falls, 'erased its losses' rises.
REDUCING = {"pare", "par", "pared", "paring", "pares", "trim", "erase", "give", "surrender", "relinquish", "wipe", "cut", "reverse", "undo", "halve", "forfeit", "hand"}
_OBJECT_GLUE = {"its", "their", "some", "most", "all", "the", "of", "back", "early", "earlier", "initial", "recent", "those", "these", "much"}


def _taken_back(t: Token) -> bool:
    """Whether a noun of moving is the object of a verb that takes it back ('before paring gains',
    'giving back its gains', 'erased all of its losses')."""
    if t.dep_ == "dobj" and t.head.lemma_.lower() in REDUCING:
        return True
    for prev in reversed(t.doc[max(t.sent.start, t.i - 4) : t.i]):
        if prev.lemma_.lower() in REDUCING or prev.lower_ in REDUCING:
            return True
        if prev.lower_ not in _OBJECT_GLUE:
            return False
    return False


def direction_of(tokens: Span) -> int:
    """+1 if the words speak of rising, -1 of falling, 0 if neither (the last word wins); a move
    taken back ('pared gains') counts the other way."""
    sign = 0
    for t in tokens:
        word = t.lemma_.lower()
        if word in DOWN_WORDS or t.lower_ in DOWN_WORDS:
            sign = 1 if t.pos_ == "NOUN" and _taken_back(t) else -1
        elif word in UP_WORDS or t.lower_ in UP_WORDS:
            sign = -1 if t.pos_ == "NOUN" and _taken_back(t) else 1
    return sign


_FINITE = {"VBZ", "VBP", "VBD", "MD"}


def _clause_end(sentence: Span, quantity: Span) -> int:
    """Where the figure's clause ends: 'touched $97,900 in the US session and is at $97,350, up
    2%' has a second clause whose move is not the touch's."""
    doc = sentence.doc
    for t in doc[quantity.end : sentence.end]:
        if t.text == ";" or t.lower_ in CLAUSE_JOINERS and t.i + 1 < sentence.end and doc[t.i + 1].tag_ in _FINITE:
            return t.i
        if t.lower_ in CLAUSE_JOINERS and t.i + 2 < sentence.end and doc[t.i + 1].tag_ == "PRP" \
                and any(u.tag_ in _FINITE for u in doc[t.i + 2 : min(t.i + 4, sentence.end)]):
            return t.i  # '..., but it now sits at the bottom of the range': a new subject, a new clause
    return sentence.end


AFTER_REACH = 4  # tokens from 'after' to the figure: 'after briefly sliding to $2,710'


def told_after(sentence: Span, quantity: Span) -> int:
    """The direction of the main clause when the figure sits in an 'after' clause that names no
    move of its own ('pared losses after touching $2,950', 'rebounded after hitting $X'): the
    main clause tells what followed the figure, so the figure lies at the other end of that move.
    When the main clause names where the price went ('slipped to $78,000 after touching $75,720'),
    the touch is the low if it lies below that price, the high if above. 0 when there is no such
    clause or the 'after' clause says which way it went."""
    doc = sentence.doc
    after = next((t.i for t in reversed(doc[max(sentence.start, quantity.start - AFTER_REACH) : quantity.start])
                  if t.lower_ == "after"), None)
    if after is None or direction_of(doc[after + 1 : quantity.start]):
        return 0
    here = quantity._.quantity
    reached = [q for q in doc.spans.get("quantities", []) if sentence.start <= q.start and q.end <= after
               and q._.quantity.is_money and q._.quantity.unit == here.unit]
    if reached:  # "rose 3.2% to $3,044 after touching $3,180": the touch above where it went is the high
        return -1 if here.value > reached[-1]._.quantity.value else 1
    return direction_of(doc[sentence.start : after])


def turned_after(sentence: Span, quantity: Span) -> int:
    """The direction of a move to the figure told in an 'after' clause when the main clause went
    the other way ('rebounded after sliding to $2,710'): the figure is where the move turned, so
    an extreme of its window; so too when the main clause gives where the price is now and the move
    went beyond it ('was last at $91,200 after falling to $89,800'). 0 otherwise ('rose further
    after climbing to $X' is no turn)."""
    doc = sentence.doc
    after = next((t.i for t in reversed(doc[max(sentence.start, quantity.start - AFTER_REACH) : quantity.start])
                  if t.lower_ == "after"), None)
    if after is None:
        return 0
    move, main = direction_of(doc[after + 1 : quantity.start]), direction_of(doc[sentence.start : after])
    if move and not main:  # "was last at $91,200 after falling to $89,800": a fall to below where it is now
        here = quantity._.quantity
        now = [q for q in doc.spans.get("quantities", []) if sentence.start <= q.start and q.end <= after
               and q._.quantity.is_money and q._.quantity.unit == here.unit]
        if now and (here.value - now[-1]._.quantity.value) * move > 0:
            return move
    return move if move and main and move != main else 0


def reversed_before(sentence: Span, quantity: Span) -> int:
    """The direction of a move told after the figure with 'before' in its clause ('briefly traded at
    $100,600 before retreating'): the figure was where that move began, 0 when none is told."""
    doc = sentence.doc
    end = _clause_end(sentence, quantity)
    # 'rose to around $9,960 in the morning, but then tumbled to $9,376': 'but then' tells what came next as 'before' does
    before = next((t.i for t in doc[quantity.end : end] if t.lower_ == "before"
                   or t.lower_ == "then" and doc[t.i - 1].lower_ in {"but", ","}), None)
    return direction_of(doc[before + 1 : end]) if before is not None else 0


def settled_from(sentence: Span, quantity: Span) -> int:
    """'pushed to $92,287 before settling at $91,900': a move told with no direction word after
    'before', but the level it came to rest at says which way the price went from the figure:
    -1 when it settled lower (the figure was a high), +1 higher, 0 when nothing is told."""
    doc = sentence.doc
    before = next((t.i for t in doc[quantity.end : sentence.end] if t.lower_ == "before"), None)
    if before is None or before + 1 >= sentence.end or doc[before + 1].lemma_.lower() not in _SETTLING:
        return 0
    here = quantity._.quantity
    later = [q for q in doc.spans.get("quantities", []) if before < q.start and q.end <= sentence.end
             and q._.quantity.is_money and q._.quantity.unit == here.unit and q._.quantity.value]
    if not later:
        return 0
    gap = later[0]._.quantity.value - here.value
    return (gap > 0) - (gap < 0)


# verbs of coming to rest after a move: the move's way is read from the level they name
_SETTLING = {"settle", "close", "finish", "end", "stabilize", "stabilise", "steady", "level", "consolidate"}


CONTEXT_TOKENS = 40  # how far back a bare "hit $X" takes its direction from


def extreme_kind(sentence: Span, quantity: Span) -> ClaimKind:
    """'fell ..., touching $49,000' is a low; 'touched $69,000 before sliding' or
    '... level with the peak' a high."""
    doc = sentence.doc
    rest = doc[quantity.end : _clause_end(sentence, quantity)]
    named = [t.lower_ for t in rest if t.lower_ in HIGH_NOUNS | LOW_NOUNS]
    if named:
        return ClaimKind.intraday_high if named[0] in HIGH_NOUNS else ClaimKind.intraday_low
    earlier = _earlier_than_now(sentence, quantity)
    if earlier is not None:
        return earlier
    later = _before_a_later_price(sentence, quantity)
    if later is not None:
        return later
    turn = told_after(sentence, quantity)
    if turn:  # "pared losses after touching $2,950": the move that followed the touch turned from it
        return ClaimKind.intraday_low if turn > 0 else ClaimKind.intraday_high
    before = direction_of(doc[sentence.start : quantity.start])
    if before:
        return ClaimKind.intraday_low if before < 0 else ClaimKind.intraday_high
    after = direction_of(rest)
    if after:
        return ClaimKind.intraday_high if after < 0 else ClaimKind.intraday_low
    # "Kraken: ETH hit $2,127" under a line about the crash: the move the text is telling
    context = direction_of(doc[max(0, sentence.start - CONTEXT_TOKENS) : sentence.start])
    return ClaimKind.intraday_low if context < 0 else ClaimKind.intraday_high


_EARLIER = {"earlier", "previously", "briefly", "before"}


def _earlier_than_now(sentence: Span, quantity: Span) -> ClaimKind | None:
    """'was up 4% at $2,410, after briefly touching $2,480': an extreme told as earlier than the
    price the sentence gives now lies on its side of it, above it a high, below it a low."""
    doc = sentence.doc
    if not any(t.lower_ in _EARLIER for t in doc[max(sentence.start, quantity.start - 3) : quantity.start]):
        return None
    value = quantity._.quantity
    if value is None or not value.is_money:
        return None
    now = [q._.quantity for q in doc.spans["quantities"] if sentence.start <= q.start and q.end <= quantity.start
           and q._.quantity is not None and q._.quantity.unit == value.unit and q._.quantity.value > 0
           and 0.5 < value.value / q._.quantity.value < 2]
    if not now or now[-1].value == value.value:
        return None
    return ClaimKind.intraday_high if value.value > now[-1].value else ClaimKind.intraday_low


_LATER_REACH = 6  # tokens from 'before' to the price the move settled at


def _before_a_later_price(sentence: Span, quantity: Span) -> ClaimKind | None:
    """'briefly touched $89,286 before stabilizing near $92,891': the price the sentence gives after
    the touch, in the same clause, says which extreme it was: below that price a low, above it a high."""
    doc = sentence.doc
    value = quantity._.quantity
    if value is None or not value.is_money:
        return None
    rest = doc[quantity.end : _clause_end(sentence, quantity)]
    before = next((t.i for t in rest[:4] if t.lower_ == "before"), None)
    if before is None:
        return None
    later = [q._.quantity for q in doc.spans["quantities"] if before < q.start <= before + _LATER_REACH and q.end <= sentence.end
             and q._.quantity is not None and q._.quantity.unit == value.unit and q._.quantity.value > 0
             and 0.5 < value.value / q._.quantity.value < 2]
    if not later or later[0].value == value.value:
        return None
    return ClaimKind.intraday_high if value.value > later[0].value else ClaimKind.intraday_low


EXTREME_REACH = 12  # tokens back from 'to $X' where 'as much as N%' may stand


def extreme_reached(doc: Doc, sentence: Span, quantity: Span) -> bool:
    """'dropped as much as 3.8% to $98,904', 'climbed up to $72,800': the price the move reached
    at its furthest, an extreme of the session rather than where the price stands."""
    before = [t.lower_ for t in doc[max(sentence.start, quantity.start - EXTREME_REACH) : quantity.start]]
    while before and before[-1] in {"about", "around", "roughly", "nearly", "almost", "approximately", "near", "just"}:
        before.pop()
    if before[-1:] != ["to"]:
        return False
    if before[-2:-1] == ["up"] and direction_of(doc[max(sentence.start, quantity.start - 4) : quantity.start - 1]) > 0:
        return True
    text = " ".join(before)
    return "as much as" in text and "," not in text.split("as much as")[-1]


TOWARD = {"toward", "towards"}
_HEADING_UP = {"push", "pushes", "pushed", "pushing", "march", "grind", "inch", "creep", "head", "climbs", "edges"}


def pushing(cue: Span) -> int:
    """'Bulls Push Toward $100k', 'inching towards $3,000': a verb of pressing on, read as rising."""
    return 1 if any(t.lower_ in _HEADING_UP or t.lemma_.lower() in _HEADING_UP for t in cue) else 0


_SOFTLY_DOWN = {"ease", "drift", "sag", "fade", "cool", "pull", "retrace"}  # a gentle fall: 'eased back', 'pulled back'
_LEANING = {"higher": 1, "upward": 1, "upwards": 1, "lower": -1, "downward": -1, "downwards": -1}


def _leaning(cue: Span) -> int:
    """The side an adverb gives a neutral verb: 'drifted higher', 'edged lower'."""
    return next((_LEANING[t.lower_] for t in cue if t.lower_ in _LEANING), 0)


def gentle_side(cue: Span | None) -> int:
    """The side of a move direction_of leaves unread: an adverb's ('drifted higher') or a
    gentle verb's ('eased to')."""
    return (_leaning(cue) or softly_down(cue)) if cue is not None else 0


def softly_down(cue: Span | None) -> int:
    """-1 for a verb of a gentle fall ('eased to', 'drifted toward'), which direction_of leaves
    unread ('easing' speaks of central banks as often as of prices), 0 otherwise; 'drifted
    higher' is no fall."""
    if cue is None or cue[0].lemma_.lower() not in _SOFTLY_DOWN or cue[0].pos_ not in {"VERB", "AUX"}:
        return 0
    return -1 if _leaning(cue) <= 0 else 0
