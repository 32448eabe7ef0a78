"""A source's account that runs on into the next sentence of its paragraph.

"According to CoinGlass, $640 million of positions were liquidated. Of that, $510 million
were longs.": the second figure is CoinGlass's too, though the sentence does not say so. The
rule: the sentence right after one whose figures are attributed keeps their source when it
breaks them down, that is when it opens with a partitive ("Of that", "Of these
liquidations"), or when all its figures are of the source's kind and it brings no named subject
of its own ("Longs accounted for $800 million"). It stops at a new paragraph, at a sentence with
a source or a forecast of its own, at the writer's voice ("we", "That is a 200% imbalance"), and
at a new subject by name ("Binance accounted for $250 million"). Only a partitive carries the
account further than one sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.model import Claim, ClaimKind, Modality
from factcheck.nlp.components import text_of
from factcheck.nlp.modality import attribution_words

# A breakdown keeps its figure's kind; a liquidation split may also give the ratio of its sides.
_KIN = [{ClaimKind.liquidations, ClaimKind.liquidation_imbalance}]
_WRITER = {"i", "we", "my", "our", "us", "me"}
_DEMONSTRATIVE = {"that", "this", "these", "those", "which", "it"}
_DERIVING = {"be", "mean", "imply", "put", "make", "leave", "translate", "work"}


def _kin(kind: ClaimKind, sourced: set[ClaimKind]) -> bool:
    return kind in sourced or any(kind in group and sourced & group for group in _KIN)


def _partitive(sentence: Span) -> bool:
    words = [t.lower_ for t in sentence if not t.is_space][:4]
    return any(tuple(words[: len(p)]) == tuple(p) for p in attribution_words()["partitive"])


def _writers_voice(sentence: Span) -> bool:
    """'We count ...', 'That is a 200% imbalance': the writer's own voice or arithmetic."""
    words = [t for t in sentence if not t.is_space and not t.is_punct]
    if any(t.lower_ in _WRITER for t in words):
        return True
    return len(words) > 1 and words[0].lower_ in _DEMONSTRATIVE and words[1].lemma_.lower() in _DERIVING


def _new_subject(sentence: Span) -> bool:
    """A subject by name ('Binance accounted for ...', 'Ether traded at ...'): another account."""
    return any(t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ == "PROPN" for t in sentence)


def _same_paragraph(doc: Doc, first: Span, second: Span) -> bool:
    return "\n" not in text_of(doc)[first.end_char : second.start_char]


def with_carried_attribution(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """The claims, with those of a sentence that breaks down the previous sentence's attributed
    figures attributed to the same source. Opinions keep their own reading."""
    sentences = list(doc.sents)
    index = {id(c): next((k for k, s in enumerate(sentences) if s.start_char <= c.span[0] < s.end_char), -1) for c in claims}
    by_sentence: dict[int, list[Claim]] = {}
    for claim in claims:
        if claim.kind is not ClaimKind.opinion:
            by_sentence.setdefault(index[id(claim)], []).append(claim)
    replaced: dict[int, Claim] = {}
    for k in sorted(by_sentence):
        source_claims = [replaced.get(id(c), c) for c in by_sentence.get(k - 1, [])]
        sourced = [c for c in source_claims if c.modality is Modality.attributed and c.attributed_to]
        if not sourced or k < 1:
            continue
        here, previous = sentences[k], sentences[k - 1]
        mine = by_sentence[k]
        if not _same_paragraph(doc, previous, here) or _writers_voice(here) \
                or any(c.modality is not Modality.asserted or c.attributed_to for c in mine):
            continue
        carried_before = any(id(c) in replaced for c in by_sentence.get(k - 1, []))
        if _partitive(here):
            pass
        elif carried_before or _new_subject(here) or not all(_kin(c.kind, {s.kind for s in sourced}) for c in mine):
            continue
        source = sourced[0].attributed_to
        for claim in mine:
            replaced[id(claim)] = claim.model_copy(update={"modality": Modality.attributed, "attributed_to": source})
    return [replaced.get(id(c), c) for c in claims]
