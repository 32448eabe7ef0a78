"""A support or resistance said to be given by a chart line: "The critical support is created by
the 200-day SMA at $0.2100", "Initial resistance is provided by the 50-day EMA at $2,410",
"Resistance would be found at the 50 SMA (about $48.5k)", "local support here is signaled by the
100 SMA, which is at $31k".

The line's level is read as an indicator claim; the role named as the subject of the clause makes
the same level a support or resistance as well (corpus/README: "the 50-day SMA support at
$103,200" is an indicator and a support). Only a verb that gives or places the role links them
('is created by', 'is found at'); a role merely named in the sentence says nothing of the line.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.model import Claim, ClaimKind, Comparator, Modality
from factcheck.nlp.components import text_of

_ROLES = {"support": ClaimKind.support, "floor": ClaimKind.support,
          "resistance": ClaimKind.resistance, "ceiling": ClaimKind.resistance}
_LINES = {"sma", "ema", "bollinger"}
_GIVING = {"created", "provided", "formed", "signaled", "signalled", "offered", "found", "seen", "marked", "given", "defined",
           "located", "placed", "established", "set"}
_GLUE = _GIVING | {"is", "are", "was", "were", "will", "would", "could", "may", "might", "should", "be", "been", "by", "at", "near",
                   "around", "the", "a", "its", "here", "now", "currently", "still", "also", "first", "initially", "level", "zone",
                   "area", "line", "on", "upside", "downside"}
_REACH = 9  # tokens from the role to the line


def with_line_roles(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """The claims, with a support or resistance at the level of each line a role is given by."""
    added: list[Claim] = []
    for claim in claims:
        if claim.kind is not ClaimKind.indicator or claim.metric not in _LINES or claim.value is None or claim.unit != "USD":
            continue
        line = doc.char_span(claim.span[0], claim.span[1], alignment_mode="expand")
        if line is None:
            continue
        kind, start = _role_giving(doc, line.start)
        if kind is None or any(c.kind is kind and c.value == claim.value and c.sentence == claim.sentence for c in claims + added):
            continue
        modality = Modality.asserted if claim.modality is Modality.forecast else claim.modality  # 'would be found at': a line, hedged
        span = (doc[start].idx, claim.span[1])
        added.append(claim.model_copy(update={
            "kind": kind, "metric": "price", "period": None, "timeframe": None, "zone": None, "comparator": Comparator.at,
            "modality": modality, "span": span, "text": text_of(doc)[span[0] : span[1]],
        }))
    return sorted(claims + added, key=lambda c: c.span) if added else claims


def _role_giving(doc: Doc, line_start: int) -> tuple[ClaimKind | None, int]:
    """The role whose clause the line completes: a role word, then only linking words with a verb
    that gives or places it, then the line ('support is created by the 200-day SMA')."""
    sentence = doc[line_start].sent
    gave = False
    for i in range(line_start - 1, max(sentence.start, line_start - _REACH) - 1, -1):
        word = doc[i].lower_
        kind = _ROLES.get(word)
        if kind is not None:
            return (kind, i) if gave else (None, i)
        if word not in _GLUE:
            return None, i
        gave = gave or word in _GIVING
    return None, line_start
