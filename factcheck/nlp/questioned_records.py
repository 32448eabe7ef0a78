"""A record or a target named only in words, inside a question, is no claim: 'Ether To Hit A New
All-Time High?', 'Will XRP rally to $3 or slip first, before a push targeting a fresh record?'.

The question asks what nobody has said (corpus/README: titles and questions), as `asked` settles
for a figure; a record or a prospect without a figure has no figure for that screen to find, so it
is read here from the clause: the question that holds the words, opening after a dash, a colon or
a stop. A claim before a headline's question ('Bitcoin Hits Record - Is $150K Next?') stands.
"""

from __future__ import annotations

from factcheck.model import Claim, ClaimKind
from factcheck.nlp.questioned_figures import _OPENER, _question_start


def without_questioned_records(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims less the records and word-named targets that sit inside a question."""
    out = []
    for claim in claims:
        if claim.kind in {ClaimKind.all_time_high, ClaimKind.forecast} and claim.value is None:
            start = _question_start(text, claim.span[1] - 1)
            mark = text.find("?", claim.span[1] - 1)
            if start is not None and start <= claim.span[0] and not _OPENER.search(text, claim.span[1], mark):
                continue  # no dash, colon or stop between the words and the question mark: the words are asked
        out.append(claim)
    return out
