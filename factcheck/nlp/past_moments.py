"""'This downturn occurred as bitcoin approached $97,000', 'the sell-off began when bitcoin hit
$97,000': a level reached (or nearly) in a clause that dates another past event, with no time of its
own. It is a moment of the story the writer tells, not the price at publication: it is checked over
the days before publication (timeref.LOOKBACK), as a level the price came to."""

from __future__ import annotations

from spacy.tokens import Span

_REACHED = frozenset({"approach", "near", "hit", "touch", "reach", "top", "tag"})
_WHEN = frozenset({"as", "when", "while", "after", "once"})


def past_moment(cue: Span) -> bool:
    """Whether the cue's verb is a past reaching of a level inside an 'as'/'when' clause of a past event."""
    verb = next((t for t in cue if t.lemma_.lower() in _REACHED and t.tag_ == "VBD"), None)
    if verb is None or verb.dep_ != "advcl" or verb.head.tag_ != "VBD":
        return False
    return any(c.lower_ in _WHEN and c.dep_ in {"mark", "advmod"} for c in verb.children)
