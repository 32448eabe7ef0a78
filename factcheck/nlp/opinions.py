"""Opinion and colour: the writer's reading of the market, kept so the report
can show it, and marked not_checkable rather than pretending to check it.

A sentence is an opinion when it hedges or speaks the vocabulary of market
narratives (models/opinion.json) and makes no checkable claim of its own.
"""

from __future__ import annotations

import json
from functools import lru_cache

from spacy.tokens import Doc

from factcheck.model import Article, Claim, ClaimKind, Comparator, Modality, TimeRef
from factcheck.nlp.components import MODELS
from factcheck.nlp.modality import attribution

MIN_WORDS = 6
SKIP_STARTS = ("disclaimer", "*disclaimer", "this article", "read more", "note:", "sponsored")


@lru_cache(maxsize=1)
def _markers() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = json.loads((MODELS / "opinion.json").read_text(encoding="utf-8"))
    return tuple(data["hedges"]), tuple(data["narrative"])


def _has(text: str, phrases: tuple[str, ...]) -> bool:
    padded = f" {text} "
    return any(f" {p} " in padded for p in phrases)


def extract_opinions(doc: Doc, article: Article, claimed: list[tuple[int, int]], carried_by_sentence: dict[int, str | None]) -> list[Claim]:
    hedges, narrative = _markers()
    out: list[Claim] = []
    for sentence in doc.sents:
        text = sentence.text.strip()
        words = [t for t in sentence if t.is_alpha]
        paragraph = doc.text[doc.text.rfind("\n", 0, sentence.start_char) + 1 :].lstrip().lower()
        if len(words) < MIN_WORDS or text.lower().startswith(SKIP_STARTS) or paragraph.startswith(SKIP_STARTS):
            continue
        if any(sentence.start_char <= start < sentence.end_char for start, _ in claimed):
            continue  # it makes a checkable claim: that is what the report shows
        lowered = " ".join(t.lower_ for t in sentence)
        if not (_has(lowered, hedges) or _has(lowered, narrative)):
            continue
        named = [a.label_ for a in doc.spans["assets"] if sentence.start <= a.start < sentence.end]
        source = attribution(sentence)
        out.append(Claim(
            kind=ClaimKind.opinion,
            asset=named[0] if named else None,
            metric="opinion",
            comparator=Comparator.at,
            time=TimeRef(start=article.published_at, end=article.published_at),
            modality=Modality.attributed if source else Modality.asserted,
            attributed_to=source,
            text=text,
            sentence=text,
            span=(sentence.start_char, sentence.start_char + len(sentence.text.rstrip())),
        ))
    return out
