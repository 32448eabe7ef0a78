"""What a scenario needs: "For the bullish case to play out, buyers must push the price above the
neckline", "To break its record, ether will need to outperform bitcoin".

A sentence opened by a purpose clause ("For X to Y," or "To Y,") whose main clause says what must
happen ("must", "needs to", "will have to") states the condition of a scenario, which
corpus/README.md lists among the things that are no opinion ("if $90,000 gives way"): it reads
no market state, it says what would have to come first. Words that follow the requirement and
read the market (", which would indicate a shift toward bullish momentum") are left to the other
rules, so only the opener and the requirement's clause are set aside.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span

_OPENING_SKIPS = {"however", "but", "and", "still", "yet", "so", "now", "then"}
_NEEDS = {"need", "needs", "needed", "have", "has"}
_BREAKS = {",", ";", ":", "—", "–"}


def _requirement_end(sentence: Span) -> int | None:
    """The token index where the requirement's main clause ends, or None when the sentence does
    not open with a purpose clause followed by a requirement."""
    tokens = list(sentence)
    i = 0
    while i < len(tokens) and (tokens[i].is_punct or tokens[i].lower_ in _OPENING_SKIPS):
        i += 1
    if i >= len(tokens) or tokens[i].lower_ not in {"for", "to"}:
        return None
    comma = next((j for j in range(i + 1, min(len(tokens), i + 16)) if tokens[j].text in _BREAKS), None)
    if comma is None:
        return None
    opener = tokens[i:comma]
    if tokens[i].lower_ == "to":
        if len(opener) < 2 or opener[1].tag_ != "VB":
            return None
    elif not any(a.lower_ == "to" and b.tag_ == "VB" for a, b in pairwise(opener)):
        return None  # 'For now, ...', 'For the second week, ...': a frame, no purpose
    end = next((j for j in range(comma + 1, len(tokens)) if tokens[j].text in _BREAKS), len(tokens))
    main = tokens[comma + 1 : end]
    needs = any(t.lower_ == "must" for t in main) or any(
        a.lower_ in _NEEDS and b.lower_ == "to" for a, b in pairwise(main))
    return sentence.start + end if needs else None


def requirement_part(part: Span) -> bool:
    """The clause lies within a scenario's requirement (its purpose opener or its main clause)."""
    end = _requirement_end(part.sent)
    return end is not None and part.start < end and sum(t.is_alpha for t in part.doc[end : part.end]) < 2


def requirement_only(sentence: Span) -> bool:
    """The whole sentence is a scenario's requirement: nothing that reads the market follows it."""
    end = _requirement_end(sentence)
    return end is not None and sum(t.is_alpha for t in sentence.doc[end : sentence.end]) < 2
