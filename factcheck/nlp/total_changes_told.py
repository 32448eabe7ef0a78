"""A total's change told apart from its level: 'Volume topped $3.1 billion. That figure is
a rise of more than 120%', 'Open interest fell to $5.28 billion. This represents a 15% drop',
'its futures volume, which rose by 19%'.

The percent stands in a sentence of its own that points back with 'That'/'This' and a copula or
'represents', or in a relative clause hanging on the total's name. Nothing in it names the price,
so read alone it passes for the coin's price move; it is the change of the total (volume, open
interest, market cap or dominance) the words point to.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.model import Claim, ClaimKind
from factcheck.nlp.components import claim_sentence, group

_POINTERS = {"that", "this", "it"}
_POINTED_NOUNS = {"mark", "figure", "level", "reading", "number", "total", "amount", "tally"}
_RESTATING_VERBS = {"be", "represent", "mark", "amount", "reflect", "equal", "constitute", "translate"}
_CHANGE_NOUNS = {"increase", "rise", "gain", "jump", "surge", "climb", "growth", "spike", "uptick",
                 "decrease", "drop", "decline", "fall", "loss", "slide", "plunge", "dip", "contraction"}
_TOTALS = {ClaimKind.volume: "volume_change", ClaimKind.open_interest: "open_interest_change",
           ClaimKind.market_cap: "market_cap"}
_LEVELS = {"at", "above", "below"}


def _points_back(sentence: Span) -> bool:
    """'That mark is an increase of ...', 'This represents a 15% drop ...', 'It was a 0.16% increase'."""
    words = [t for t in sentence if not t.is_punct]
    if not words or words[0].lower_ not in _POINTERS:
        return False
    verb = words[2] if len(words) > 2 and words[1].lower_ in _POINTED_NOUNS else words[1] if len(words) > 1 else None
    return verb is not None and verb.lemma_.lower() in _RESTATING_VERBS


def _told_as_noun(doc: Doc, sentence: Span, claim: Claim) -> bool:
    """The percent is a change written as a noun: 'an increase of 133%', 'a 15% drop'."""
    words = doc.char_span(claim.span[0], claim.span[1], alignment_mode="expand")
    if words is None:
        return False
    near = doc[max(sentence.start, words.start - 3) : min(sentence.end, words.end + 2)]
    return any(t.lemma_.lower() in _CHANGE_NOUNS and t.pos_ == "NOUN" for t in near)


def _level_before(claims: list[Claim], sentence: Span) -> Claim | None:
    """The total read in the sentence before, when it is that sentence's last figure."""
    doc = sentence.doc
    if sentence.start == 0:
        return None
    before = doc[sentence.start - 1].sent
    told = sorted((c for c in claims if before.start_char <= c.span[0] < before.end_char), key=lambda c: c.span)
    if not told:
        return None
    totals = [c for c in told if c.kind in _TOTALS and c.comparator.value in _LEVELS]
    if not totals or told[-1].kind not in _TOTALS:
        return None
    return totals[0]  # 'Open interest and volume have dropped to $5.28 billion': the subject's first total


def _total_named_by_clause(doc: Doc, claim: Claim) -> tuple[ClaimKind, str] | None:
    """', which rose by 19%' hanging on 'futures volume': the total the relative clause is about."""
    words = doc.char_span(claim.span[0], claim.span[1], alignment_mode="expand")
    if words is None:
        return None
    verb = next((t for t in words if t.pos_ == "VERB" and t.dep_ == "relcl"), None)
    if verb is None or not any(c.lower_ in {"which", "that"} and c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    antecedent = verb.head.i
    window = next((w for w in group(doc, "windows") if w.start <= antecedent < w.end), None)
    if window is not None:  # 'futures volume over the past day, which rose by 19%': the total before the window
        antecedent = window.start - 1
        if antecedent >= 1 and doc[antecedent].pos_ == "ADP":
            antecedent -= 1  # 'volume in the last day', with the preposition outside the window
    for metric in group(doc, "metrics"):
        if metric.start <= antecedent < metric.end:
            kind = {"volume": ClaimKind.volume, "open_interest": ClaimKind.open_interest, "market_cap": ClaimKind.market_cap}.get(metric.label_)
            return (kind, metric.label_) if kind is not None else None
    return None


def _as_change_of(claim: Claim, kind: ClaimKind, metric: str, asset: str | None, venue: str | None) -> Claim:
    return claim.model_copy(update={"kind": kind, "metric": metric, "asset": asset, "venue": venue})


def with_total_changes_told(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """The percent moves that restate a total's change, read as that total's change."""
    out: list[Claim] = []
    for claim in claims:
        if claim.kind is not ClaimKind.price_change or claim.unit != "%" or (sentence := claim_sentence(doc, claim)) is None:
            out.append(claim)
            continue
        named = _total_named_by_clause(doc, claim)
        if named is not None:
            kind, _ = named
            out.append(_as_change_of(claim, kind, _TOTALS[kind], claim.asset, claim.venue))
            continue
        level = None
        if _points_back(sentence) and _told_as_noun(doc, sentence, claim) \
                and not any(sentence.start <= a.start < sentence.end for a in group(doc, "assets")):
            level = _level_before(claims, sentence)
        if level is None:
            out.append(claim)
            continue
        metric = "dominance" if level.metric == "dominance" else _TOTALS[level.kind]
        out.append(_as_change_of(claim, level.kind, metric, level.asset if level.asset is not None else claim.asset, level.venue))
    return out
