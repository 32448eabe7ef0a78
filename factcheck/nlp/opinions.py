"""Opinion and colour: the writer's reading of the market, kept so the report
can show it, and marked not_checkable rather than pretending to check it.

A sentence is an opinion when it hedges or speaks the vocabulary of market
narratives (models/opinion.json) and makes no checkable claim of its own.
"""

from __future__ import annotations

import json
from functools import lru_cache

from spacy.tokens import Doc, Span

from factcheck.model import Article, Claim, ClaimKind, Comparator, Modality, TimeRef
from factcheck.nlp.components import MODELS, group, text_of
from factcheck.nlp.modality import attribution

MIN_WORDS = 6
CLAUSE_WORDS = 5  # a clause beside a claim must say something on its own
SKIP_STARTS = ("disclaimer", "*disclaimer", "this article", "read more", "note:", "sponsored")


@lru_cache(maxsize=1)
def _markers() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = json.loads((MODELS / "opinion.json").read_text(encoding="utf-8"))
    return tuple(data["hedges"]), tuple(data["narrative"]) + tuple(data["causes"])


@lru_cache(maxsize=1)
def _definitions() -> tuple[str, ...]:
    """Phrases of background rather than a reading: a term explained, advice to the reader, a disclaimer."""
    data = json.loads((MODELS / "opinion.json").read_text(encoding="utf-8"))
    return tuple(data["definitions"]) + tuple(data["advice"]) + tuple(data["disclaimers"])


def _lowered(part: Span) -> str:
    """The clause's words in lower case; a month written 'May' is a date, not a hedge."""
    return " ".join("<month>" if t.text == "May" and t.i > part.start else t.lower_ for t in part)


def _has(text: str, phrases: tuple[str, ...]) -> bool:
    padded = f" {text} "
    return any(f" {p} " in padded for p in phrases)


def extract_opinions(doc: Doc, article: Article, claimed: list[tuple[int, int]], carried_by_sentence: dict[int, str | None]) -> list[Claim]:
    hedges, narrative = _markers()
    out: list[Claim] = []
    for sentence in doc.sents:
        text = sentence.text.strip()
        words = [t for t in sentence if t.is_alpha]
        full = text_of(doc)
        paragraph = full[full.rfind("\n", 0, sentence.start_char) + 1 : sentence.end_char].lstrip().lower()
        if len(words) < MIN_WORDS or text.lower().startswith(SKIP_STARTS) or paragraph.startswith(SKIP_STARTS):
            continue
        if _is_heading(article, sentence):
            continue  # a headline sums up the story; its claims are read from the body
        if text.endswith("?"):
            continue  # a question asks; it states no reading
        inside = [(start, end) for start, end in claimed if sentence.start_char <= start < sentence.end_char]
        # A sentence with a checkable claim may still carry a reading of the market in
        # another clause ("..., which suggests the leverage flush has run its course").
        parts = _clauses(sentence) if inside or _has_figure(doc, sentence) else [sentence]
        source = attribution(sentence)
        for part in parts:
            if inside and any(part.start_char < end and start < part.end_char for start, end in inside):
                continue
            if len(parts) > 1 and sum(t.is_alpha for t in part) < CLAUSE_WORDS:
                continue
            if _has_figure(doc, part):
                continue  # a figure makes it a claim to check (found or not), not an opinion
            lowered = _lowered(part)
            if _has(lowered, _definitions()):
                continue  # explains a term ("Liquidation refers to ..."): background, not a reading
            if not (_has(lowered, hedges) or _has(lowered, narrative)) or part[0].lower_ in CONDITIONS:
                continue  # no reading of the market; or a scenario's condition ("If it delivers ...")
            named = [a.label_ for a in group(doc, "assets") if sentence.start <= a.start < sentence.end]
            words = part.text.strip()
            out.append(Claim(
                kind=ClaimKind.opinion,
                asset=named[0] if named else None,
                metric="opinion",
                comparator=Comparator.at,
                time=TimeRef(start=article.published_at, end=article.published_at),
                modality=Modality.attributed if source else Modality.asserted,
                attributed_to=source,
                text=words,
                sentence=text,
                span=(part.start_char, part.start_char + len(part.text.rstrip())),
            ))
    return out


def _has_figure(doc: Doc, part: Span) -> bool:
    """A money amount or a percent in the clause: "lost a modest $164 million"."""
    return any(part.start <= q.start < part.end and (q._.quantity.is_money or q._.quantity.unit == "%")
               for q in group(doc, "quantities"))


HEADING_WORDS = 14
CONDITIONS = {"if", "unless", "once", "should"}


def _is_heading(article: Article, sentence: Span) -> bool:
    """The title, or a line of the header block ('Subject: ...', 'From: ...')."""
    doc = sentence.doc
    full = text_of(doc)
    line_start = full.rfind("\n", 0, sentence.start_char) + 1
    line_end = full.find("\n", sentence.start_char)
    line = full[line_start : line_end if line_end >= 0 else len(full)].strip()
    if article.title and (line == article.title.strip() or sentence.text.strip() == article.title.strip()):
        return True
    if line.lower().startswith(("subject:", "from:", "to:", "date:")):
        return True
    # a heading: a short line that is not a bullet and does not end as a sentence does
    bullet = line[:1] in "-•*·" or line[:2].rstrip("/).").isdigit()
    return not bullet and len(line.split()) <= HEADING_WORDS and line[-1:] not in ".!?\"'”…"


_BREAKS = {",", ";", ":", "—", "–", "(", ")"}


def _clauses(sentence: Span) -> list[Span]:
    """The sentence cut at its clause punctuation."""
    doc = sentence.doc
    parts: list[Span] = []
    start = sentence.start
    for token in sentence:
        if token.text in _BREAKS:
            if token.i > start:
                parts.append(doc[start : token.i])
            start = token.i + 1
    if start < sentence.end:
        parts.append(doc[start : sentence.end])
    return parts
