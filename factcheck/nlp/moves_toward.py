"""A move told as done toward a level names where it turned. A fall: "On Friday the coin tumbled toward $65K before
buyers stepped back in", "ETH briefly dipped toward $2,900 and traded around $3,000".

'Drops toward $88,000' said of the present is where the price is heading, still on its side of
the level (a price_level `above`). A fall written in the past tense and over ('briefly', or a turn
after it: 'but the bulls stepped in') is a stretch whose low came at about the level (an
intraday_low `at`), as the probes annotate it. The verb must carry the past itself (or with
'has'/'had') and the sentence must not hedge it ('could slide toward' is a call, read elsewhere);
'slid towards $150 in early Asian trade' is still on its way. A rise toward a level is left as
it is read: 'rallied toward $110,000 before fading' does not say it got there, except over a night
now past ('has eased back toward $113,500 overnight'), whose swing it measures either way.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.model import Claim, ClaimKind, Comparator
from factcheck.nlp.price_direction import (
    DOWN_WORDS,
    TOWARD,
    direction_of,
    gentle_side,
    pushing,
)

_BETWEEN = {"back", "briefly", "sharply", "quickly", "further", "lower", "higher", "swiftly", "steadily", "as", "low", "high"}
_REACH = 3  # tokens from the verb to 'toward': 'dipped briefly back toward'
_BRIEF = {"briefly", "momentarily"}
# the turn that ends the stretch: 'tumbled toward $65K before buyers stepped in', 'dipped toward $60,000 and traded
# around $64,000', 'sank toward $140 before buyers returned'
_TURN = {"but", "before", "then", "only", "yet", "however", "traded", "rebounded", "recovered", "bounced", "reversed"}


def moves_toward(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """The claims, with a price level read off a finished fall toward it made that fall's low."""
    out: list[Claim] = []
    for claim in claims:
        kind = _extreme(doc, claim) if claim.kind is ClaimKind.price_level and claim.value_high is None \
            and claim.comparator in {Comparator.at, Comparator.above, Comparator.below} else None
        out.append(claim if kind is None else claim.model_copy(update={"kind": kind, "comparator": Comparator.at}))
    return out


def _extreme(doc: Doc, claim: Claim) -> ClaimKind | None:
    span = doc.char_span(claim.span[0], claim.span[1], alignment_mode="expand")
    if span is None:
        return None
    toward = next((t for t in span if t.lower_ in TOWARD), None)
    if toward is None:
        return None
    verb = next((t for t in reversed(doc[max(span.sent.start, toward.i - _REACH) : toward.i]) if t.lower_ not in _BETWEEN), None)
    if verb is None or verb.pos_ != "VERB" or any(t.lower_ not in _BETWEEN for t in doc[verb.i + 1 : toward.i]):
        return None
    past = verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(a.lower_ in {"has", "had", "have"} for a in doc[max(span.sent.start, verb.i - 3) : verb.i])
    if not past or any(t.tag_ == "MD" for t in doc[span.sent.start : verb.i]):
        return None
    brief = any(t.lower_ in _BRIEF for t in doc[max(span.sent.start, verb.i - 2) : toward.i])
    turned = any(t.lower_ in _TURN for t in doc[span[-1].i + 1 : span.sent.end])
    if not (brief or turned):
        return None  # 'Solana slid towards $150 in early Asian trade': still on its way, the level not said reached
    lemma = verb.lemma_.lower()
    if lemma in DOWN_WORDS or lemma in {"ease", "slip", "sag", "drift", "retrace", "pull"}:
        return ClaimKind.intraday_low
    return None  # a rise 'toward' a level it then faded from is not said to have got there (the tests' reading)


_PAST_TAGS = {"VBD", "VBN"}


def overnight_retreat(cue: Span | None, window: Span | None) -> int:
    """'has eased back toward $113,500 overnight', 'drifted back to $2,410 overnight': a move
    told as done, going back over a night now past, names how far the night's swing reached:
    -1 for a low, +1 for a high, 0 when the words are not of that form. 'Toward' here is no
    'not there yet': the night is over and the figure is where the move turned."""
    if cue is None or window is None or window.label_ != "overnight" or cue[0].tag_ not in _PAST_TAGS:
        return 0
    if not any(t.lower_ in TOWARD or t.lower_ == "back" for t in cue[1:]):
        return 0
    return direction_of(cue) or gentle_side(cue) or pushing(cue)
