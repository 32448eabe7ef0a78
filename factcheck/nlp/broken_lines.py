"""A trend line or pattern the price broke, told with the level it held: "There was a break above
a key bearish trend line with resistance near $24,000", "Ether broke below a bullish trend line
with support at $2,450", "a break below a contracting triangle with support near $0.52".

The role belongs to the line before the break: the price is now on its other side, so the level
is no standing support or resistance but the one the price crossed (as the probes annotate it: a
crossing of that level). Only a role tied to a broken line by 'with' is read this way; "a trend
line is forming with resistance near $34,120" is a resistance still standing.

The same holds for a support or resistance the price is told to have broken itself: "Bears broke
the $0.45 support on Friday", "ether sank under its nearby support of $3,120", "the slide made it lose
the $1.10 support zone", "it closed under the weekly support line at $0.52", "the $34,000
support was broken": the price went through the line, a crossing of its level (corpus/README:
"the loss of the $61,000 resistance line" is a crossing); the line named stays a claim beside it,
as the probes annotate it. A break still foreseen, needed, denied or inside a condition is no
crossing.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.model import Claim, ClaimKind, Comparator
from factcheck.nlp.components import text_of
from factcheck.nlp.modality import in_condition

_BREAKING = {"break", "broke", "broken", "breaking", "breaks", "breakout", "breakdown", "cleared", "clears", "breached"}
_SIDES = {"above": Comparator.crossed_above, "below": Comparator.crossed_below, "under": Comparator.crossed_below}
_SHAPES = {"line", "trendline", "trend-line", "triangle", "channel", "wedge", "pattern", "flag", "pennant", "range", "structure"}
_ROLES = {"support": ClaimKind.support, "resistance": ClaimKind.resistance}
_REACH = 12  # tokens from the break to the role
_PROSPECTIVE = {"could", "may", "might", "will", "would", "should", "can", "to", "must", "needs", "need"}  # a break foreseen or needed


def with_broken_lines(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """The claims, with a support or resistance of a line the price broke read as that level crossed."""
    out: list[Claim] = []
    for claim in claims:
        role_like = claim.kind in {ClaimKind.support, ClaimKind.resistance} and claim.value_high is None
        crossed = _broken(doc, claim) if role_like else None
        if crossed is None and role_like and (broken := _role_broken(doc, claim)) is not None:
            # the line named as what was broken stays a claim of its own, as the probes annotate it
            # ('falling below the $3,550 support level': a crossing and the support)
            comparator, start = broken
            span = (doc[start].idx, claim.span[1])
            out += [claim, claim.model_copy(update={"kind": ClaimKind.price_level, "comparator": comparator, "span": span,
                                                    "text": text_of(doc)[span[0] : span[1]]})]
            continue
        if crossed is None:
            out.append(claim)
            continue
        comparator, start = crossed
        span = (doc[start].idx, claim.span[1])
        out.append(claim.model_copy(update={"kind": ClaimKind.price_level, "comparator": comparator, "span": span,
                                            "text": text_of(doc)[span[0] : span[1]]}))
    return out


def _broken(doc: Doc, claim: Claim) -> tuple[Comparator, int] | None:
    """('crossed_above', token of the break) when 'with <role>' right before the level follows a
    broken line: 'a break above a ... trend line with resistance near $X'."""
    figure = doc.char_span(claim.span[0], claim.span[1], alignment_mode="expand")
    if figure is None:
        return None
    sentence = figure.sent
    role = next((t for t in doc[max(sentence.start, figure.start - 1) : figure.end] if t.lower_ in _ROLES), None)
    if role is None or role.i == sentence.start or doc[role.i - 1].lower_ != "with" or _ROLES[role.lower_] is not claim.kind:
        return None
    words = doc[max(sentence.start, role.i - _REACH) : role.i - 1]
    if not any(t.lower_ in _SHAPES for t in words):
        return None
    for t in words:
        if t.lower_ in _BREAKING and t.i + 1 < role.i and doc[t.i + 1].lower_ in _SIDES:
            if any(p.lower_ in _PROSPECTIVE for p in doc[max(sentence.start, t.i - 2) : t.i]) or in_condition(doc[t.i : t.i + 1]):
                return None  # 'could break above the channel with resistance at $X', 'if it breaks ...': not broken yet
            return _SIDES[doc[t.i + 1].lower_], t.i
    return None


# verbs that carry the price through a floor or a ceiling named as their object or after a side word
_THROUGH_OBJECT = {"break", "broke", "breach", "lose", "lost", "crack", "pierce", "penetrate", "violate", "smash", "shatter",
                   "slice", "breakdown", "breakout"}
_MOVES = {"fall", "fell", "drop", "slip", "slide", "plunge", "sink", "dive", "close", "decline", "tumble", "crash", "dip",
          "break", "broke", "move", "breach", "tank", "retreat", "collapse", "plummet", "slump", "nosedive", "rise", "climb",
          "jump", "surge", "rally", "push", "soar", "spike", "advance", "breakdown", "breakout", "decline"}
_ROLE_SIDES = {ClaimKind.support: ({"below", "beneath", "under", "underneath", "through"}, Comparator.crossed_below),
               ClaimKind.resistance: ({"above", "over", "through", "past", "beyond"}, Comparator.crossed_above)}
_ROLE_WORDS = {ClaimKind.support: {"support", "floor"}, ClaimKind.resistance: {"resistance", "ceiling"}}
_PASSIVE = {"broken", "breached", "lost", "cracked", "violated", "pierced", "penetrated"}
_FILLER_POS = {"DET", "ADJ", "PRON", "NUM", "SYM", "PUNCT", "NOUN", "PROPN", "ADV"}
_NEGATION = {"not", "n't", "never", "failed", "fails", "fail", "unable", "without", "no"}
_FILLER_REACH = 4  # determiners and qualifiers between the verb or side and the line: 'its weekly', 'a key'


def _role_broken(doc: Doc, claim: Claim) -> tuple[Comparator, int] | None:
    """('crossed_below', token of the break) for a support the price is told to have broken itself
    ('broke the $0.45 support', 'sank under its nearby support of $3,120'); mirrored for a resistance."""
    figure = doc.char_span(claim.span[0], claim.span[1], alignment_mode="expand")
    if figure is None:
        return None
    sentence = figure.sent
    sides, comparator = _ROLE_SIDES[claim.kind]
    window = doc[max(sentence.start, figure.start - 6) : min(sentence.end, figure.end + 3)]
    money = next((t for t in figure if t.like_num), None)
    role = next((t for t in window if t.lower_ in _ROLE_WORDS[claim.kind] and (money is None or abs(t.i - money.i) <= 6)), None)
    if role is None or money is None:
        return None
    figure_start = money.i - 1 if money.i > sentence.start and doc[money.i - 1].pos_ == "SYM" else money.i
    first = min(role.i, figure_start)
    last = max(role.i, money.i)
    # passive: 'the $34,000 support was broken'
    after = doc[last + 1 : min(sentence.end, last + 4)]
    for t in after:
        if t.lower_ in _PASSIVE and any(a.lemma_ == "be" for a in doc[last + 1 : t.i]):
            return (None if _not_yet(doc, sentence, t) else (comparator, first))
    # the start of the line's phrase: determiners and qualifiers ('the local', 'its weekly', 'a key')
    start = first
    while start - 1 >= sentence.start and first - (start - 1) <= _FILLER_REACH and doc[start - 1].pos_ in {"DET", "ADJ", "PRON"} \
            and doc[start - 1].lower_ not in sides:
        start -= 1
    if start - 1 < sentence.start:
        return None
    before = doc[start - 1]
    if before.lower_ in sides:
        verb = next((t for t in reversed(doc[max(sentence.start, before.i - 2) : before.i]) if t.pos_ != "ADV"), None)
        if verb is None or verb.lemma_.lower() not in _MOVES and verb.lower_ not in _MOVES:
            return None
    elif before.lemma_.lower() in _THROUGH_OBJECT or before.lower_ in _THROUGH_OBJECT:
        verb = before
        if verb.lemma_.lower() in {"lose", "lost"} and claim.kind is not ClaimKind.support:
            return None  # a ceiling is not lost
    else:
        return None
    return None if _not_yet(doc, sentence, verb) else (comparator, verb.i)


def _not_yet(doc: Doc, sentence, verb) -> bool:
    """A break foreseen, needed, denied or conditional: 'could lose the $2,000 support', 'failed to break ...'."""
    words = doc[max(sentence.start, verb.i - 3) : verb.i]
    hedged = doc[max(sentence.start, verb.i - _HEDGE_REACH) : verb.i]  # 'may aim for a new rise above ...'
    return any(p.lower_ in _PROSPECTIVE | _NEGATION for p in words) or any(p.tag_ == "MD" or p.lower_ in _AIMS for p in hedged) \
        or in_condition(doc[verb.i : verb.i + 1]) or _wanted_move(verb)


def _wanted_move(move) -> bool:
    """A move named as a noun is only a break made when a past verb tells it ('saw a drop below the $2,000
    support'); 'a close above ... is a must for a steady rise above the $0.62 resistance' wants one."""
    if move.pos_ != "NOUN":
        return False
    head = move.head
    while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
        head = head.head
    return head.tag_ not in {"VBD", "VBN"}


_HEDGE_REACH = 6
_AIMS = {"aim", "aims", "aiming", "attempt", "attempts", "attempting", "try", "tries", "trying", "eye", "eyes", "eyeing", "target",
         "targets", "targeting", "seek", "seeks", "seeking", "hope", "hopes", "hoping"}
