"""Opinions: the writer's (or a source's) reading of the market, kept so the report
can show it, and marked not_checkable rather than passed off as checked.

A reading judges the market's state, gives a cause or a motive for a move, says how
participants are positioned or what they intend, or looks ahead without a figure
(corpus/README.md, "Annotation conventions"). What the price did, events, figures,
advice, definitions and boilerplate are not readings. The vocabulary is data in
models/patterns/opinions.jsonl; the grammar of causes ("jumped after X said ...",
"as traders bet that ...") is read from the parse.

One opinion per sentence: an editor flags the sentence, and its text runs over the
words that carry the reading, leaving out the clauses that carry a figure.

The vocabulary does not know every way a real article phrases a reading, so a
learned classifier (factcheck/nlp/opinion_classifier.py) scores each sentence too,
with the rules' cues among its features; how the two combine is stored with its weights.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from spacy.tokens import Doc, Span, Token

from factcheck.model import Article, Claim, ClaimKind, Comparator, Modality, TimeRef
from factcheck.nlp.components import PATTERNS, group, read_jsonl, text_of, within
from factcheck.nlp.consequence_events import aftermath_only
from factcheck.nlp.forecast_premises import forecast_premise
from factcheck.nlp.habitual_remarks import habitual_remark
from factcheck.nlp.macro_readings import macro_only
from factcheck.nlp.modality import attribution
from factcheck.nlp.open_outcomes import turns_on
from factcheck.nlp.opinion_classifier import sentence_features, sentence_slots
from factcheck.nlp.opinion_definitions import defines_term, explains
from factcheck.nlp.reader_advice import advises
from factcheck.nlp.scenario_requirements import requirement_only, requirement_part
from factcheck.nlp.watch_lists import watch_sentence, watching_only
from factcheck.nlp.zone_glosses import labels_a_zone, tells_zone_move
from factcheck.sentiment.opinion_head import (
    CUES,
    OpinionDraft,
    PendingOpinion,
    load_classifier,
    sentence_vectors,
)

MIN_WORDS = 3  # "Leverage is building." is a whole reading
CLAUSE_WORDS = 2  # a clause beside a claim must say something on its own ("expect disappointment")
SKIP_STARTS = ("disclaimer", "*disclaimer", "this article", "read more", "note:", "sponsored", "[sponsored]")
LEAD_INS = ("here is ", "here's ", "here’s ", "here are ")  # "Here's what traders are saying": a lead-in announces
CONDITIONS = {"if", "unless", "once", "should"}


@dataclass(frozen=True)
class Lexicon:
    reading: tuple[str, ...]  # phrases that make a clause a reading
    strong: tuple[str, ...]  # of those, the ones that draw a conclusion or give a stance
    plain: tuple[str, ...]  # what the price or an indicator did: a reading there needs a strong phrase
    not_reading: tuple[str, ...]  # phrases that make it advice, a definition, boilerplate...
    background: tuple[str, ...]  # of those, the ones that rule out the whole sentence
    participants: frozenset[str]
    stances: frozenset[str]
    moves: frozenset[str]
    mechanics: frozenset[str]
    events: frozenset[str]  # what a move is put after as its cause: data, a decision, fears
    speakers: frozenset[str]  # sources named by their role: analyst, strategist, trader
    reporting: frozenset[str]  # verbs that hand a reading to a source: say, note, warn
    market_subjects: frozenset[str]  # what a hedged outlook is about: the market, its price, its players
    causes: tuple[str, ...]  # of the readings, the phrases that give a cause ("on the back of", "thanks to")
    conclusions: tuple[str, ...]  # of the readings, the phrases that draw a conclusion ("a sign of", "suggests")
    chart_moves: frozenset[str]  # what the price drew: 'a bearish trend', 'bearish candles' (a chart settles it)
    glosses: frozenset[str]  # participles that say what a figure shows: ', signaling heavy selling'
    zone_labels: frozenset[str]  # a gauge's zones: ', signaling extreme fear' labels the figure
    level_nouns: frozenset[str]  # lines on a chart an outcome can aim at: 'could retest the 50-day average'


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    rows = read_jsonl(PATTERNS / "opinions.jsonl")
    by_role: dict[str, list[dict]] = {}
    for row in rows:
        by_role.setdefault(row["role"], []).append(row)

    def phrases(role: str) -> tuple[str, ...]:
        return tuple(p for row in by_role.get(role, []) for p in row.get("phrases", []))

    def lemmas(role: str) -> frozenset[str]:
        return frozenset(w for row in by_role.get(role, []) for w in row.get("lemmas", []))

    mechanics = frozenset(w for row in by_role.get("not", []) for w in row.get("lemmas", []))
    strong = tuple(p for row in by_role.get("reading", []) if row.get("tier") == "strong" for p in row["phrases"])
    background = tuple(p for row in by_role.get("not", []) if row.get("scope") == "sentence" for p in row.get("phrases", []))
    causes = tuple(p for row in by_role.get("reading", []) if row["id"] == "cause" for p in row["phrases"])
    conclusions = tuple(p for row in by_role.get("reading", []) if row["id"] == "inference" for p in row["phrases"])
    return Lexicon(phrases("reading"), strong, phrases("plain"), phrases("not"), background, lemmas("who"), lemmas("does"),
                   lemmas("move"), mechanics, lemmas("event"), lemmas("speaker"), lemmas("says"),
                   lemmas("market"), causes, conclusions, lemmas("chart-move"), lemmas("gloss"),
                   lemmas("zone-label"), lemmas("level-noun"))


def _lowered(part: Span, masked: frozenset[int] = frozenset()) -> str:
    """The clause's words in lower case, hyphenated words and "n't" joined back as written;
    a month written 'May' is a date, not a hedge. Tokens in `masked` stand as '<masked>'."""
    words = " ".join("<masked>" if t.i in masked else "<month>" if t.text == "May" and t.i > part.start else t.lower_
                     for t in part)
    return words.replace(" - ", "-").replace(" n't", "n't").replace(" n’t", "n’t")


def _has(text: str, phrases: tuple[str, ...]) -> bool:
    padded = f" {text} "
    return any(f" {p} " in padded for p in phrases)


@dataclass(frozen=True)
class Candidate:
    """A sentence the detector judged, as training reads it: where it is, whether the rules
    found a reading, its features, and the text its opinion would have."""

    start_char: int
    end_char: int
    ruled: bool
    text: str
    dense: np.ndarray
    slots: np.ndarray


_RECORDING: ContextVar[list[Candidate] | None] = ContextVar("opinion_candidates", default=None)


@contextmanager
def recording() -> Iterator[list[Candidate]]:
    """Collect every candidate sentence that extraction judges inside the block (for training)."""
    found: list[Candidate] = []
    token = _RECORDING.set(found)
    try:
        yield found
    finally:
        _RECORDING.reset(token)


def draft_opinions(doc: Doc, article: Article, claimed: list[tuple[int, int]], carried_by_sentence: dict[int, str | None]) -> OpinionDraft:
    """What the rules decide, and each sentence the classifier must still judge."""
    recorded = _RECORDING.get()
    judged = [(sentence, _reading_spans(doc, sentence, claimed)) for sentence in _judged_sentences(doc, article)]
    if recorded is not None:  # training: every judged sentence with its features, the rules alone deciding
        vectors = sentence_vectors([s.text.strip() for s, _ in judged])
        for (sentence, reading), vector in zip(judged, vectors):
            dense, slots = sentence_features(sentence, _cues(doc, sentence, claimed, reading), vector)
            words = _words_of(doc, sentence, reading or _default_spans(doc, sentence, claimed))
            recorded.append(Candidate(sentence.start_char, sentence.end_char, bool(reading), words.text.strip(), dense, slots))
        return OpinionDraft([_opinion(doc, article, s, r, claimed, carried_by_sentence) for s, r in judged if r], [])
    classifier = load_classifier()
    decided: list[Claim] = []
    pending: list[PendingOpinion] = []
    for sentence, reading in judged:
        if classifier is None or not classifier.decides(bool(reading)) or (not reading and _mostly_claimed(sentence, claimed)):
            # a sentence mostly made of claims is those claims: 3 of the 261 gold opinion sentences were,
            # and leaving them out spares the encoder about 40% of what it would read
            if reading:
                decided.append(_opinion(doc, article, sentence, reading, claimed, carried_by_sentence))
            continue
        cues = _cues(doc, sentence, claimed, reading) if classifier.uses_cues else [0.0] * len(CUES)
        pending.append(PendingOpinion(_opinion(doc, article, sentence, reading, claimed, carried_by_sentence),
                                      sentence.text.strip(), bool(reading),
                                      not reading and (_ruled_out(sentence) or _aftermath_words(doc, sentence, claimed)),
                                      np.asarray(cues, dtype=np.float32), sentence_slots(sentence)))
    return OpinionDraft(decided, pending)


def _judged_sentences(doc: Doc, article: Article) -> Iterator[Span]:
    """The sentences that may hold a reading: not too short, no boilerplate, headings or questions."""
    full = text_of(doc)
    for sentence in doc.sents:
        text = sentence.text.strip()
        paragraph = full[full.rfind("\n", 0, sentence.start_char) + 1 : sentence.end_char].lstrip().lower()
        if sum(t.is_alpha for t in sentence) < MIN_WORDS or text.lower().startswith(SKIP_STARTS + LEAD_INS) or paragraph.startswith(SKIP_STARTS):
            continue
        if _is_heading(article, sentence):
            continue  # a heading announces; the body argues
        if text.rstrip("\"'”’").endswith("?"):
            continue  # a question asks; it states no reading
        yield sentence


def _opinion(doc: Doc, article: Article, sentence: Span, reading: list[tuple[int, int]],
             claimed: list[tuple[int, int]], carried_by_sentence: dict[int, str | None]) -> Claim:
    words = _words_of(doc, sentence, reading or _default_spans(doc, sentence, claimed))
    source = _source(sentence) or _quoted_source(sentence)
    named = [a.label_ for a in within(doc, "assets", sentence)]
    if _conditional(sentence, words):
        modality = Modality.conditional
    else:
        modality = Modality.attributed if source else Modality.asserted
    return Claim(
        kind=ClaimKind.opinion,
        asset=named[0] if named else carried_by_sentence.get(sentence.start),
        metric="opinion",
        comparator=Comparator.at,
        time=TimeRef(start=article.published_at, end=article.published_at),
        modality=modality,
        attributed_to=source,
        text=words.text.strip(),
        sentence=sentence.text.strip(),
        span=(words.start_char, words.start_char + len(words.text.rstrip())),
    )


def _ruled_out(sentence: Span) -> bool:
    """What the written rule names as no reading (advice, a figure's mechanical meaning, a
    definition, a disclaimer, the writer's feelings, the colour of what the price drew): the
    classifier does not overrule it."""
    return _has(_lowered(sentence), lexicon().not_reading) or explains(sentence) or _liquidation_report(sentence) \
        or forecast_premise(sentence) or macro_only(sentence) or bool(_chart_colours(sentence)) or habitual_remark(sentence) \
        or advises(sentence) or requirement_only(sentence) or watch_sentence(sentence) or turns_on(sentence) \
        or tells_zone_move(sentence)


def _aftermath_words(doc: Doc, sentence: Span, claimed: list[tuple[int, int]]) -> bool:
    """The words the classifier's opinion would carry are only what a move set off (', causing
    significant market volatility'): an event, which the classifier cannot make a reading."""
    words = _words_of(doc, sentence, _default_spans(doc, sentence, claimed))
    return words.start > sentence.start and aftermath_only(words)


_LIQUIDATIONS = {"liquidation", "closure", "wipeout"}


def _liquidation_report(sentence: Span) -> bool:
    """'The surge led to a wave of short liquidations', 'That drop set off forced liquidations':
    liquidations as they happened are events, whatever set them off; the main clause is about them.
    Looking ahead ('we may see further liquidations') is left to the rest of the rules."""
    root = sentence.root
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in root.children):
        return False
    objects = [c for c in root.children if c.dep_ in {"dobj", "attr"}]
    objects += [g for c in root.children if c.dep_ in {"prep", "prt"} for g in c.children if g.dep_ == "pobj"]
    objects += [g for o in list(objects) for c in o.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(t.lemma_.lower() in _LIQUIDATIONS for t in objects + subjects)


def _words_of(doc: Doc, sentence: Span, spans: list[tuple[int, int]]) -> Span:
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    return doc.char_span(start, end, alignment_mode="expand") or sentence


def _default_spans(doc: Doc, sentence: Span, claimed: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The words of a reading the rules have no words for: the sentence without its
    conditions, asides and the clauses that carry a figure or another claim; the whole
    sentence (inside its quotation marks) when nothing is left."""
    inside = [(start, end) for start, end in claimed if sentence.start_char <= start < sentence.end_char]
    parts = _clauses(sentence)
    kept = [part for part in parts
            if sum(t.is_alpha for t in part) >= CLAUSE_WORDS and not _only_a_frame(part) and part[0].lower_ not in CONDITIONS
            and not _aside(part) and not _has_figure(doc, part) and not _mostly_claimed(part, inside)
            and not _frame_phrase(part)]
    if not kept or len(kept) == len(parts):
        whole = _quoted(sentence)
        return [(whole.start_char, whole.start_char + len(whole.text.rstrip().rstrip(".!")))]
    return [(kept[0].start_char, kept[-1].start_char + len(kept[-1].text.rstrip().rstrip(".!")))]


def _cues(doc: Doc, sentence: Span, claimed: list[tuple[int, int]], reading: list[tuple[int, int]]) -> list[float]:
    """What the rules see in the sentence, in the order of opinion_classifier.CUES."""
    lex = lexicon()
    lowered = _lowered(sentence)
    covered = sum(max(0, min(end, sentence.end_char) - max(start, sentence.start_char)) for start, end in claimed)
    words = sum(t.is_alpha for t in sentence)
    return [
        float(bool(reading)),
        float(bool(_causes(sentence))),
        float(_has(lowered, lex.reading)),
        float(_has(lowered, lex.strong)),
        float(_has(lowered, lex.plain)),
        float(_has(lowered, lex.not_reading)),
        float(_has(lowered, lex.background)),
        float(_participant_stance(sentence)),
        float(_hedged_outlook(sentence)),
        float(_has_figure(doc, sentence)),
        min(1.0, covered / max(1, sentence.end_char - sentence.start_char)),
        float(any(t.lower_ in CONDITIONS and t.dep_ == "mark" for t in sentence)),
        float(any(t.lemma_.lower() in lex.reporting and t.pos_ == "VERB" for t in sentence)),
        float(any(t.lower_ in MODALS and t.dep_ == "aux" for t in sentence)),
        min(2.0, words / 30),
        float(sentence.text.lstrip()[:1] in _QUOTES),
    ]


def _reading_spans(doc: Doc, sentence: Span, claimed: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The character spans of the sentence that carry a reading: clauses, the subordinate
    clauses of a clause that carries a figure, and causes given for a move."""
    if explains(sentence) or forecast_premise(sentence) or macro_only(sentence) or habitual_remark(sentence) \
            or advises(sentence) or turns_on(sentence) or tells_zone_move(sentence):
        # "The RSI measures ...", "Our target assumes ...", "Corrections can be sharp", "Buyers should wait",
        # "Whether ETH holds depends on ...": a definition, a call's premise, a rule of thumb, advice or an open test, not a reading
        return []
    inside = [(start, end) for start, end in claimed if sentence.start_char <= start < sentence.end_char]
    conditional = any(t.lower_ in CONDITIONS and t.dep_ == "mark" for t in sentence)
    whole = not (inside or conditional or _has_figure(doc, sentence))
    if whole and _has(_lowered(sentence), lexicon().not_reading):
        first = _clauses(sentence)[0]
        if _has(_lowered(sentence), lexicon().background) or _has(_lowered(first), lexicon().not_reading):
            return []  # a definition, a disclaimer, a feeling: the whole sentence is background
        whole = False  # "..., warranting close monitoring of volumes": judge each clause alone
    parts = [_quoted(sentence)] if whole else _clauses(sentence)
    found: list[tuple[int, int]] = []
    for part in parts:
        words = sum(t.is_alpha for t in part)
        if len(parts) > 1 and (words < CLAUSE_WORDS or _only_a_frame(part)):
            continue
        if _opening_word(part) in CONDITIONS:
            continue  # a condition is no reading; its outcome may be ('“If the slide deepens, ...' too)
        if len(parts) > 1 and _label(part):
            continue  # "Bearish case: a close below ...": a heading over what follows, not a reading
        if _aside(part):
            continue  # "(aka smart money)": an aside, not a reading
        if len(parts) > 1 and _frame_phrase(part):
            continue  # "On the technical front, ...": where the sentence stands, not what it reads
        outcome = _outcome_before_condition(part)
        if outcome is not None and not _has_figure(doc, outcome) and not _overlaps(outcome, inside):
            found.append((outcome.start_char, outcome.end_char))  # 'Ether could slide further if $3,000 gives way'
            continue
        if _has_figure(doc, part) or _mostly_claimed(part, inside) or _points_to_claim(part, inside):
            # the figure's clause is a claim to check; a clause under it may still read the market
            found.extend((sub.start_char, sub.end_char) for sub in _subclauses(part)
                         if not _has_figure(doc, sub) and not _overlaps(sub, inside) and _is_reading(sub))
            continue
        if _is_reading(part):
            end = part.start_char + len(part.text.rstrip())
            outcome = parts[parts.index(part) + 1] if part is not parts[-1] else None
            if outcome is not None and _ends_in_condition(part) and not _has_figure(doc, outcome):
                end = outcome.start_char + len(outcome.text.rstrip())  # "believe that even if X, Y may not ..."
            found.append((part.start_char, end))
    for cause in _causes(sentence):
        if _only_a_frame(cause):
            continue  # "As I write, bitcoin is trading ...": the writer's clock, not a cause
        lowered = _lowered(cause)
        if _has_figure(doc, cause) or _overlaps(cause, inside) or _has(lowered, lexicon().not_reading) \
                or aftermath_only(cause):
            continue
        if _has(lowered, lexicon().plain) and not _has(lowered, lexicon().strong):
            continue  # "as sellers continue to fade each bounce": the move told in traders' idiom
        if any(s <= cause.start_char and cause.end_char <= e for s, e in found):
            continue
        found.append((cause.start_char, cause.end_char))
    return found


_POINTING = {"point", "cite", "flag", "highlight", "note"}


def _points_to_claim(part: Span, inside: list[tuple[int, int]]) -> bool:
    """'Technical analysts point to bitcoin's 14-day RSI at 25': a clause whose verb only directs
    the reader to a reading the sentence claims; the reading is checked, the pointing is no opinion."""
    root = part.root
    return root.lemma_.lower() in _POINTING and root.pos_ == "VERB" and _overlaps(part, inside)


def _opening_word(part: Span) -> str:
    """The clause's first word, past an opening quotation mark."""
    return next((t.lower_ for t in part if t.text not in _QUOTES), "")


def _ends_in_condition(part: Span) -> bool:
    return any(t.lower_ in {"if", "unless"} and t.dep_ == "mark" and t.i > part.start for t in part)


LABEL_WORDS = 3
_BULLETS = "-•*·–—"


def _label(part: Span) -> bool:
    """'Bearish case:', '- Upside scenario:': a few words without a verb that open their line and
    end at a colon name what the line goes on to say; a heading announces, the body argues."""
    doc = part.doc
    full = text_of(doc)
    before = full[full.rfind("\n", 0, part.start_char) + 1 : part.start_char]
    return (part.end < len(doc) and doc[part.end].text == ":" and not before.strip(_BULLETS + " \t")
            and sum(t.is_alpha for t in part) <= LABEL_WORDS and not any(t.pos_ in {"VERB", "AUX"} for t in part))


def _aside(part: Span) -> bool:
    doc = part.doc
    return part.start > 0 and doc[part.start - 1].text == "(" and part.end < len(doc) and doc[part.end].text == ")"


def _quoted(sentence: Span) -> Span:
    """'"The market is leaning long," said a strategist.': the reading is inside the quotes."""
    doc = sentence.doc
    if sentence[0].text not in _QUOTES:
        return sentence
    close = next((t for t in sentence[1:] if t.text in _QUOTES), None)
    if close is None or close.i - sentence.start < 3:
        return sentence
    return doc[sentence.start + 1 : close.i]


def _overlaps(part: Span, spans: list[tuple[int, int]]) -> bool:
    return any(part.start_char < end and start < part.end_char for start, end in spans)


CLAIMED_SHARE = 0.4  # a clause mostly made of a claim's words is that claim, not a reading beside it


def _mostly_claimed(part: Span, spans: list[tuple[int, int]]) -> bool:
    covered = sum(max(0, min(end, part.end_char) - max(start, part.start_char)) for start, end in spans)
    return covered >= CLAIMED_SHARE * max(1, part.end_char - part.start_char)


_FRAMES = ("in our", "in my", "my ", "our ", "as i write", "as we write")  # 'As I write, bitcoin is trading ...': the writer's clock


def _only_a_frame(part: Span) -> bool:
    """'In our reading', 'My take': the frame of a reading cut off from it by punctuation."""
    return sum(t.is_alpha for t in part) <= 3 and part.text.strip().lower().startswith(_FRAMES)


_SUB_MARKS = {"as", "after", "amid", "before", "following", "once", "despite", "that", "so", "which"}
_SUB_PREPS = {"after", "amid", "before", "following", "despite"}


def _subclauses(part: Span) -> list[Span]:
    """The clauses hanging under a clause: 'before profit-taking kicked in', 'after an overnight
    capitulation', 'which experts say could fuel a rebound'."""
    doc = part.doc
    out: list[Span] = []
    for token in part:
        if token.lower_ not in _SUB_MARKS or token.dep_ not in {"mark", "prep", "nsubj", "advmod"}:
            continue
        if token.dep_ == "prep" and token.lower_ not in _SUB_PREPS:
            continue  # "see $105,000 as the next test": a role, not a clause
        head = token if token.dep_ == "prep" else token.head
        if head.lemma_.lower() in lexicon().mechanics:
            continue  # "as leveraged buyers ... were forced out": the liquidation itself
        end = min(max(t.i for t in head.subtree) + 1, part.end)
        if end - token.i >= CLAUSE_WORDS and token.i >= part.start:
            sub = doc[token.i : end]
            while len(sub) and sub[-1].is_punct:
                sub = sub[:-1]
            if len(sub):
                out.append(sub)
    return out


def _is_reading(part: Span) -> bool:
    lex = lexicon()
    lowered = _lowered(part)
    if _has(lowered, lex.not_reading):
        return False  # mechanics, advice, a definition, boilerplate
    if _naming_habit(part) or defines_term(part) or labels_a_zone(part) or requirement_part(part) or aftermath_only(part) \
            or watching_only(part):
        return False  # "indicating extreme fear": a figure's label; "For X to hold, buyers must ...": a condition;
        # ", causing significant market volatility": what the move set off, an event; "traders are watching ..."
    if _concludes_liquidation(part):
        return False  # "This suggests that many longs were forced to close their positions": the liquidation itself
    if _glosses_a_figure(part):
        return True
    lowered = _lowered(part, _chart_colours(part) | _viewpoint_words(part))
    if _has(lowered, lex.plain):
        # "buyers stepped back in", "a fresh bullish crossover": what happened, unless concluded from
        return _has(lowered, lex.strong) or _participant_stance(part)
    if _participant_stance(part) or _hedged_outlook(part) or _characterised(part) or _credits_a_cause(part) \
            or _scenario_outcome(part) or _caused_move(part):
        return True
    return _has(lowered, lex.reading) and not _series_move(part)


MODALS = {"may", "might", "could", "can", "would"}
_INFERRING = {"suggest", "indicate", "imply", "mean", "show", "signal"}


def _concludes_liquidation(part: Span) -> bool:
    """'This suggests that numerous long traders were forced to close their positions': a conclusion
    whose verb is a forced exit (a liquidation, an unwind) says what the liquidation data meant
    mechanically, an event, not a reading (corpus/README.md: liquidations as they happened, the
    mechanical meaning of a figure). A hedged one ('could be forced out next') looks ahead and is
    left to the other rules."""
    mechanics = lexicon().mechanics
    for verb in part:
        if verb.lemma_.lower() not in _INFERRING or verb.pos_ != "VERB":
            continue
        for told in (c for c in verb.children if c.dep_ == "ccomp"):
            verbs = [told, *(c for c in told.children if c.dep_ == "xcomp")]
            if any(c.dep_ == "aux" and c.lower_ in MODALS | _FIRM_MODALS for v in verbs for c in v.children):
                continue
            if any(v.lemma_.lower() in mechanics for v in verbs):
                return True
    return False


_COLOURS = {"bullish", "bearish"}
_AHEAD = MODALS | {"will", "should", "likely", "likelihood", "expect", "expected"}


def _chart_colours(part: Span) -> frozenset[int]:
    """'Bitcoin has experienced a bearish trend', 'a string of bearish candles': 'bullish' or
    'bearish' naming the colour of what the price drew reports the chart, as 'extended its rally'
    does (corpus/README.md: what the price did, put in traders' idiom). Those words then do not
    make the clause a reading; looking ahead ('could enter a bearish trend') they still do."""
    if any(t.lower_ in _AHEAD or t.lemma_.lower() in _AHEAD for t in part):
        return frozenset()
    if any(t.lower_ == "outlook" or (t.lower_ == "further" and t.dep_ == "amod") for t in part):
        return frozenset()  # 'improves the outlook for the bullish trend', 'pointing to further bearish moves': ahead
    moves = lexicon().chart_moves
    return frozenset(t.i for t in part if t.lower_ in _COLOURS and t.dep_ in {"amod", "compound"}
                     and t.head.lemma_.lower() in moves)


_FRAME_PREPS = {"at", "on", "in", "per", "from", "according", "within", "under", "over", "by", "for"}


def _frame_phrase(part: Span) -> bool:
    """'As of this writing', 'On the technical front', 'In its gloomiest scenario': a phrase of
    place, time or standpoint without a verb, cut off by a comma, sets where the sentence stands; the
    reading, if any, is in the clause beside it. A phrase that gives a cause ('on the back of inflows')
    or draws a conclusion ('in a sign of fading demand') is a reading of its own. A 'with' phrase is a
    frame only as a plain noun phrase ('With this momentum'); 'with sentiment this fragile' judges the
    market, and 'despite' phrases are left to the other rules."""
    words = [t for t in part if not (t.is_punct or t.text in _QUOTES)]
    while words and words[0].pos_ in {"ADV", "CCONJ"}:
        words = words[1:]  # 'Even in a calmer scenario', 'And on the daily chart'
    if _viewpoint(part, words):
        return True
    if not words or words[0].pos_ != "ADP":
        return False
    plain_with = words[0].lower_ == "with" and words[-1].dep_ == "pobj" and words[-1].head.i == words[0].i
    if words[0].lower_ not in _FRAME_PREPS and not plain_with:
        return False
    if any(t.pos_ in {"VERB", "AUX"} and not (t.tag_ == "VBG" and t.dep_ in {"pobj", "pcomp"}) for t in words):
        return False  # a clause of its own, not 'at the time of writing'
    lowered = _lowered(part)
    return not (_has(lowered, lexicon().causes) or _has(lowered, lexicon().conclusions))


_VIEWING = {"look", "turn", "zoom", "switch"}


def _viewpoint(part: Span, words: list[Token]) -> bool:
    """'Looking at the technicals,', 'Turning to the charts,': a participle of looking that opens the
    sentence and has no verb after it says where the writer looks, not what they read there; the
    reading, if any, is in the clause beside it."""
    if not words or words[0].tag_ != "VBG" or words[0].lemma_.lower() not in _VIEWING:
        return False
    if part.start != part.sent.start and not all(t.is_punct or t.pos_ in {"ADV", "CCONJ"} for t in part.doc[part.sent.start : part.start]):
        return False
    return not any(t.pos_ in {"VERB", "AUX"} for t in words[1:])


def _viewpoint_words(part: Span) -> frozenset[int]:
    """The words of a viewpoint that opens the clause ('Looking at the technicals, the chart shows
    ...'), which then do not make it a reading ('technicals' names where the writer looks)."""
    comma = next((t for t in part if t.text == ","), None)
    if comma is None or comma.i == part.start:
        return frozenset()
    opening = part.doc[part.start : comma.i]
    words = [t for t in opening if not (t.is_punct or t.text in _QUOTES)]
    while words and words[0].pos_ in {"ADV", "CCONJ"}:
        words = words[1:]
    return frozenset(t.i for t in opening) if _viewpoint(opening, words) else frozenset()


_GLOSS_LINKS = {"advcl", "xcomp", "conj", "dep", "acl", "ROOT"}


def _glosses_a_figure(part: Span) -> bool:
    """', signaling heavy selling', ', reflecting thin liquidity': a participle cut off by a comma
    after the clause that carries a figure says what the figure shows, which is a reading
    (corpus/README.md: what a figure means, when the text says so)."""
    words = [t for t in part if not (t.is_punct or t.text in _QUOTES)]
    if words and words[0].pos_ == "CCONJ":
        words = words[1:]
    if len(words) < 3 or part.start == part.sent.start:
        return False
    first = words[0]
    if first.tag_ != "VBG" or first.lemma_.lower() not in lexicon().glosses or first.dep_ not in _GLOSS_LINKS:
        return False
    # ', signaling extreme fear', ', reflecting a 1.8 long-to-short ratio': the figure's own label or
    # another figure is the figure's mechanical meaning, no reading
    return not any((t.like_num and t.ent_type_ != "DATE") or t.lemma_.lower() in lexicon().zone_labels for t in words[1:])


_FIRM_MODALS = {"will", "should", "'ll", "’ll"}  # 'the uptrend will resume': an outlook too, hedged or not


def _hedged_outlook(part: Span) -> bool:
    """'the bid could come back', 'Bitcoin may not see a rally soon': a modal outlook whose
    subject is the market, its price or its players, with no figure (that would be a forecast)."""
    if any(t.lower_ in CONDITIONS and t.dep_ == "mark" for t in part.sent):
        return False  # a scenario's outcome is read only by the vocabulary of readings, not by its modal
    for token in part:
        if token.lower_ in MODALS | _FIRM_MODALS and token.dep_ == "aux":
            verb = token.head
            if _aims_at_level(verb):
                continue  # 'ether could retest the 50-day average': a target, a forecast's business
            subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None and (_market_word(subject) or _names_asset(subject)):
                return True
            if token.lower_ in _FIRM_MODALS:
                continue
            if (verb.lemma_.lower() in _CAUSATIVES and any(_market_word(t) or _names_asset(t) for t in _moved(verb))
                    and not _toward_level(verb)):
                return True  # "a break below it could send ether lower", "could cause ADA to tumble"
    return _expected_outlook(part)


_EXPECTING = {"expected", "likely", "poised", "set", "bound", "due", "unlikely"}


def _expected_outlook(part: Span) -> bool:
    """'Ether is expected to catch up soon', 'the derivatives market is likely to stay under pressure':
    the market or a coin said to be expected or likely to do something, with no level in sight, is an
    outlook as 'will' or 'may' would make it."""
    for token in part:
        if token.lower_ not in _EXPECTING:
            continue
        passive = token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children)  # 'is expected to'
        copula = token.dep_ == "acomp" and token.head.lemma_.lower() == "be"  # 'is likely to'
        if not (passive or copula):
            continue
        verb = token if passive else token.head
        then = next((c for c in [*token.children, *verb.children] if c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children)), None)
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if then is None or subject is None or _aims_at_level(then):
            continue
        if _market_word(subject) or _names_asset(subject):
            return True
    return False


def _scenario_outcome(part: Span) -> bool:
    """'If ether reclaims $3,000, the odds of a squeeze would jump', '... if inflows
    persist, solana may start a fresh leg up': the outcome clause of a scenario,
    told with a modal after its condition and with no figure (a level or a target there would be
    a forecast), reads the market (corpus/README.md: a reading rather than a level or a target)."""
    sentence = part.sent
    marks = [t.i for t in sentence if t.lower_ in {"if", "unless"} and t.dep_ == "mark" and t.i < part.start]
    if not marks:
        return False
    between = [c for c in _clauses(sentence) if c.start > marks[-1] and c.end <= part.start]
    if any(_own_clause(c) for c in between[1:] if not any(t.i == marks[-1] for t in c)):
        return False  # 'if ..., funds tend to reply, "..., it may be time to ..."': another clause took the outcome
    return any(t.lower_ in MODALS and t.dep_ == "aux" and t.head.i >= part.start and t.head.pos_ in {"VERB", "AUX"}
               and not _aims_at_level(t.head) for t in part)


_TRAILING_MARKS = {"if", "unless", "once"}
_OUTCOME_MODALS = {"may", "might", "could", "would", "will", "'ll", "’ll"}  # 'should' advises, 'can' says what is possible


def _outcome_before_condition(part: Span) -> Span | None:
    """'XRP could extend its slide if buyers fail to defend the range', 'the rally is likely to resume as
    long as $60,000 holds': the outcome told first and its condition after it. The outcome, a modal
    outlook on the market that names no level, reads the market as a leading 'if' clause's outcome does
    (corpus/README.md: the outcome of a scenario is an opinion, conditional); the condition is left out."""
    doc = part.doc
    mark = None
    for t in part:
        if t.i <= part.start + 1:
            continue
        if t.lower_ in _TRAILING_MARKS and t.dep_ == "mark" and t.head.dep_ == "advcl":
            mark = t  # not 'will determine if it is a death cross', where 'if' asks whether
        elif t.lower_ == "as" and t.i + 2 < part.end and doc[t.i + 1].lower_ == "long" and doc[t.i + 2].lower_ == "as":
            mark = t
        if mark is not None:
            break
    if mark is None:
        return None
    outcome = doc[part.start : mark.i]
    while len(outcome) and outcome[0].is_punct:
        outcome = outcome[1:]  # a bullet's dash
    while len(outcome) and (outcome[-1].is_punct or outcome[-1].pos_ == "CCONJ"):
        outcome = outcome[:-1]
    if sum(t.is_alpha for t in outcome) < MIN_WORDS or outcome[0].lower_ in _RELATIVES:
        return None  # ', which could end the gap if approved': a relative clause hangs on something else
    for token in outcome:
        verb = token.head
        if not (outcome.start <= verb.i < outcome.end) or verb.pos_ not in {"VERB", "AUX"}:
            continue
        modal = token.dep_ == "aux" and token.lower_ in _OUTCOME_MODALS
        likely = token.dep_ == "acomp" and token.lower_ in {"likely", "unlikely"}
        if not (modal or likely):
            continue
        heads = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
        subject = next((c for v in heads for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.lower_ in {"i", "we", "you"}:
            continue  # the writer's or the reader's plans
        if not any(_aims_at_level(v) for v in heads):
            return outcome
    return None


_PREMISE_PREPS = {"after", "upon", "despite", "without", "following"}


def _aims_at_level(verb: Token) -> bool:
    """'it may re-challenge the 200-day SMA', 'XRP could slide to the lower band', 'support could come
    from the 57,600 level': an outcome that names a level or a line on the chart is a target, which
    is a forecast's business, not a reading (corpus/README.md: a reading rather than a level or a target)."""
    heads = [verb] + [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"}]
    heads += [c for h in heads for c in h.children if c.dep_ in {"advmod", "prt"}]  # 'slide back toward ...'
    objects = [c for h in heads for c in h.children if c.dep_ in {"dobj", "attr", "oprd"}]
    objects += [g for h in heads + objects for c in h.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    steps = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ not in _PREMISE_PREPS
             for g in c.children if g.dep_ == "pcomp"]  # not 'will decline after testing the recent high': a premise
    objects += [c for v in steps for c in v.children if c.dep_ == "dobj"]  # '... before tagging the $4,000 mark'
    levels = lexicon().level_nouns
    return any((o.lemma_.lower() in levels and not _pressure(o)) or o.like_num or o.ent_type_ == "MONEY" for o in objects)


_PRESSURES = {"buy", "buying", "sell", "selling", "enough", "more", "less", "little"}


def _pressure(noun: Token) -> bool:
    """'enough buying support', 'more selling pressure': the amount of bids or offers, not a line on the chart."""
    return any(c.lemma_.lower() in _PRESSURES or c.lower_ in _PRESSURES for c in noun.children if c.dep_ in {"amod", "compound", "det", "nmod"})


_RELATIVES = {"which", "who", "that", "where", "when"}


def _own_clause(part: Span) -> bool:
    """A clause with a finite verb of its own, not a relative one ('which seems to be the case')
    nor a phrase ('barring a shock')."""
    return _opening_word(part) not in _RELATIVES and any(t.tag_ in {"VBZ", "VBP", "VBD", "MD"} for t in part)


_CAUSATIVES = {"cause", "send", "push", "drive", "drag", "pull", "lift", "force"}
_MOVING = _CAUSATIVES - {"cause", "force"} | {"propel", "catapult", "knock", "boost"}
_NO_CAUSE = {"it", "they", "this", "that", "he", "she", "we", "i", "you"}


def _caused_move(part: Span) -> bool:
    """'The ETF approval sent ether to a three-year high', 'the ruling pushed XRP
    higher': a cause named as the subject of a verb that moves the coin. Buyers, sellers or the
    market moving it is the move itself, told in traders' idiom."""
    lex = lexicon()
    for verb in part:
        if verb.lemma_.lower() not in _MOVING or verb.pos_ != "VERB" or any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in _NO_CAUSE or subject.lemma_.lower() in lex.participants \
                or _market_word(subject) or _names_asset(subject):
            continue
        moved = _moved(verb) + [c for c in verb.children if c.dep_ in {"advmod", "npadvmod", "dep"} and _names_asset(c)]
        if any(_market_word(t) or _names_asset(t) for t in moved):  # the parser may take 'dragged ether down' for an adverb
            return True
    return False


def _moved(verb: Token) -> list[Token]:
    """What a causative verb moves: its object, or the subject of the clause it governs."""
    out = [c for c in verb.children if c.dep_ == "dobj"]
    out += [g for c in verb.children if c.dep_ in {"ccomp", "xcomp"} for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}]
    return out


_LEVEL_PREPS = {"above", "below", "past", "beyond", "toward", "towards", "to", "under", "over", "into"}


def _toward_level(verb: Token) -> bool:
    """'could push BTC above this range': a move to a level is a target, which is a forecast."""
    heads = [verb] + [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}] + _moved(verb)
    return any(c.dep_ == "prep" and c.lower_ in _LEVEL_PREPS for v in heads for c in v.children)


def _market_word(token: Token) -> bool:
    """A market subject, read as written: 'sell-off' is one word though the parse splits it."""
    words = _lowered(token.doc[token.left_edge.i : token.i + 1]).split()
    return token.lemma_.lower() in lexicon().market_subjects or bool(words) and words[-1] in lexicon().market_subjects


_SERIES = {"sentiment", "momentum", "demand", "appetite"}


def _series_move(part: Span) -> bool:
    """'Sentiment has collapsed', 'Sentiment flipped in three days': what a gauge did, read
    off its series, not a judgment of the market."""
    lex = lexicon()
    root = part.root
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return (subject is not None and subject.lower_ in _SERIES and root.lemma_.lower() in lex.moves
            and not _has(_lowered(part), lex.strong))


def _participant_stance(part: Span) -> bool:
    """'traders appear to be leaning short', 'Institutions are buying every dip': a group of
    participants as the subject of a verb of intent, position or mood."""
    lex = lexicon()
    for token in part:
        if token.dep_ in {"nsubj", "nsubjpass"} and token.lemma_.lower() in lex.participants:
            verb = token.head
            if any(c.dep_ == "aux" and c.lower_ == "can" for c in verb.children):
                continue  # "investors can buy crypto through ...": what is possible, not a stance
            complements = [c for c in verb.children if c.dep_ in {"xcomp", "acomp"}]
            complements += [g for c in complements for g in c.children if g.dep_ == "xcomp"]
            if any(c.lemma_.lower() in _NAMING for c in complements):
                continue  # "the asset bitcoin bulls like to call old-fashioned": what they call a thing, no stance on the market
            if verb.lemma_.lower() in lex.stances or any(c.lemma_.lower() in lex.stances for c in complements):
                return True
    return False


_NAMING = {"call", "dub", "describe", "label", "nickname", "term"}
_FONDNESS = {"like", "love", "prefer", "enjoy"}


def _naming_habit(part: Span) -> bool:
    """'the asset bitcoin bulls like to call old-fashioned': what a group likes to call a thing
    describes that thing; it is no reading of the market, whatever group it names."""
    return any(t.lemma_.lower() in _NAMING and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
               and t.head.lemma_.lower() in _FONDNESS for t in part)


_CREDITING = {"attribute": "to", "blame": "on", "credit": "to"}  # the verb and the preposition that names the cause
_WEAKNESS = {"weakness", "strength", "gain", "loss", "slide", "jump", "drop", "decline", "surge"}  # a move named as a noun


def _credits_a_cause(part: Span) -> bool:
    """'many analysts attributed ether's weakness to ...', 'traders blame the slide on ...': a verb
    that hands a move (its object) a cause (its preposition's object) gives a cause for a move."""
    lex = lexicon()
    for verb in part:
        prep = _CREDITING.get(verb.lemma_.lower())
        if prep is None or verb.pos_ != "VERB":
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        cause = [c for h in [verb, *objects] for c in h.children if c.dep_ in {"prep", "prt"} and c.lower_ == prep]
        if cause and any(t.lemma_.lower() in lex.moves or _market_word(t) or t.lemma_.lower() in _WEAKNESS
                         for o in objects for t in o.subtree):
            return True
    return False


_LABELLING = {"call", "dub", "label", "brand", "term"}


def _characterised(part: Span) -> bool:
    """'a desk calls this an orderly sell-off', 'a trader called the price action a textbook top':
    a source names what the market did by its character; a move or the market on either side
    of the verb keeps it about the market ('called the outage a glitch' is not)."""
    lex = lexicon()
    for verb in part:
        if verb.lemma_.lower() not in _LABELLING or verb.pos_ != "VERB":
            continue
        named = [c for c in verb.children if c.dep_ in {"dobj", "oprd"}]
        if len(named) == 2 and any(_market_word(t) or t.lemma_.lower() in lex.moves or t.lower_ == "action"
                                   or _names_asset(t) for t in named):
            return True
    return False


_CAUSE_MARKS = {"as", "after", "amid", "following"}
_CAUSE_PREPS = {"after", "amid", "following", "on"}
# 'fell 6% due to heavy outflows', 'jumped because of speculation': the preposition itself gives a
# cause, so its object need not be a news noun as after 'after' or 'on' (a date, a venue)
_CAUSAL_PREPS = {("due", "to"), ("because", "of"), ("owing", "to")}
_MOVERS = {"it", "price", "prices", "value", "market", "markets", "assets", "cryptocurrency", "coin", "token", "crypto", "rally", "move", "altcoins"}
_CLOCK_VERBS = {"open", "close", "begin", "start", "end", "reopen"}
_NOT_CAUSE_AFTER_AS = {"low", "high", "much", "many", "of", "well", "far", "long", "soon", "little", "recently", "part", "per"}


def _causes(sentence: Span) -> list[Span]:
    """'jumped after the president-elect said ...', 'as traders bet that ...': a subordinate
    clause whose subject is not the coin itself, attached to a verb of price movement."""
    lex = lexicon()
    doc = sentence.doc
    out: list[Span] = []
    for token in sentence:
        causal = token.dep_ == "prep" and token.i + 1 < sentence.end and (token.lower_, doc[token.i + 1].lower_) in _CAUSAL_PREPS
        if causal:
            if token.head.lemma_.lower() not in lex.moves or not any(c.dep_ == "pobj" for c in token.subtree):
                continue
            if not _crypto_mover(token.head):
                continue
            head = token
        elif token.lower_ in _CAUSE_PREPS and token.dep_ == "prep":
            # "a rally after cooler inflation data", "sliding on renewed tariff threats"
            obj = next((c for c in token.children if c.dep_ == "pobj"), None)
            if obj is None or obj.lemma_.lower() not in lex.events or token.head.lemma_.lower() not in lex.moves:
                continue
            if not _crypto_mover(token.head):
                continue
            head = token
        elif token.lower_ in _CAUSE_MARKS and token.dep_ == "mark":
            nxt = doc[token.i + 1] if token.i + 1 < sentence.end else None
            if nxt is not None and nxt.lower_ in _NOT_CAUSE_AFTER_AS:
                continue  # "as low as", "as of"
            if token.i > sentence.start and doc[token.i - 1].lower_ == "even":
                continue  # "even as": a contrast, not a cause
            verb = token.head
            if verb.lemma_.lower() in lex.mechanics or verb.pos_ not in {"VERB", "AUX"}:
                continue  # "as leveraged longs were liquidated": an event, not a cause
            if verb.lemma_.lower() in _CLOCK_VERBS:
                continue  # "as European markets opened": when the move came, not why
            main = verb.head
            if main is verb or main.lemma_.lower() not in lex.moves or not _crypto_mover(main):
                continue
            if _level_held(main):
                continue  # "was changing hands near $3,100 as Asia opened ...": when the price stood there, not why it moved
            subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
            if (subject is None or subject.lower_ in {"it", "price", "prices"} or _names_asset(subject)
                    or any(t.lemma_.lower() in lex.moves for t in subject.subtree)):
                continue  # "as ether rallied", "as a sell-off gathered pace": the move itself, not its cause
            head = verb
        else:
            continue
        end = min(max(t.i for t in head.subtree) + 1, sentence.end)
        end = next((t.i for t in doc[token.i : end] if t.text in _BREAKS), end)  # the cause, not what follows it
        span = doc[token.i : end]
        while len(span) and (span[-1].is_punct or span[-1].pos_ == "CCONJ"):  # "due to outflows and" cut at a clause
            span = span[:-1]
        if sum(t.is_alpha for t in span) >= CLAUSE_WORDS:
            out.append(span)
    return out


_HOLDING = {"trade", "change", "hover", "sit", "stand"}  # 'traded at', 'changed hands at': where the price stood
_AT_LEVEL = {"at", "near", "around", "above", "below", "under", "over"}
_HEADING = {"lower", "higher", "up", "down"}


def _level_held(verb: Token) -> bool:
    """'Ether traded near $3,100': a verb that places the price at a level, not a move (a
    move says where it went: 'traded lower')."""
    return verb.lemma_.lower() in _HOLDING and any(c.dep_ == "prep" and c.lower_ in _AT_LEVEL for c in verb.children) \
        and not any(c.lower_ in _HEADING for c in verb.children)


def _crypto_mover(verb: Token) -> bool:
    """The move is the coin's (or the market's), not a stock index's: its subject names an
    asset or the market, or it has none ("..., extending a rally that ...")."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and verb.dep_ in {"nsubj", "dobj", "pobj", "attr"}:
        return True  # a move named by a noun: "Bitcoin's rally after ..."
    return subject is None or _names_asset(subject) or subject.lower_ in _MOVERS or subject.lemma_.lower() in _MOVERS


def _names_asset(token: Token) -> bool:
    doc = token.doc
    return any(a.start <= token.i < a.end for a in group(doc, "assets")) or token.lower_ in {"coin", "token", "cryptocurrency"}


def _conditional(sentence: Span, words: Span) -> bool:
    """The reading is the outcome of a condition stated before it in the sentence."""
    if any(t.lower_ in {"if", "unless"} and t.i < words.start for t in sentence):
        return True
    after = sentence.doc[words.end : sentence.end]  # 'XRP could slide further if ...': the condition told after it
    return _outcome_before_condition(sentence.doc[words.start : sentence.end]) is not None and any(
        t.lower_ in {"if", "unless"} and t.dep_ == "mark" or t.lower_ == "as" and t.i + 1 < sentence.end and t.nbor().lower_ == "long"
        for t in after[:2])  # 'will resume once ...' waits for an event: no condition


_QUOTES = "\"“”"


def _source(sentence: Span) -> str | None:
    """Who the reading is from. A source named by its role keeps the whole phrase, as the
    text gives it ("a strategist at a Zurich bank", not "Zurich")."""
    lex = lexicon()
    for token in sentence:
        if token.lemma_.lower() in lex.reporting and token.pos_ == "VERB":
            subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None and subject.lemma_.lower() in lex.speakers:
                return sentence.doc[subject.left_edge.i : subject.right_edge.i + 1].text
    return attribution(sentence)


def _quoted_source(sentence: Span) -> str | None:
    """A quotation that runs over several sentences names its speaker only once."""
    text = sentence.text.strip()
    if not text or text[0] not in _QUOTES:
        return None
    doc = sentence.doc
    for other in (doc[sentence.end].sent if sentence.end < len(doc) else None,
                  doc[sentence.start - 1].sent if sentence.start > 0 else None):
        if other is not None and other.text.strip()[:1] in _QUOTES:
            source = _source(other)
            if source:
                return source
    return None


def _has_figure(doc: Doc, part: Span) -> bool:
    """A money amount or a percent in the clause: "lost a modest $164 million"."""
    return any(q._.quantity.is_money or q._.quantity.unit == "%" for q in within(doc, "quantities", part))


HEADING_WORDS = 14
LEAD_IN_WORDS = 6  # a line ending in a colon that long introduces what follows


def _is_heading(article: Article, sentence: Span) -> bool:
    """The title, or a line of the header block ('Subject: ...', 'From: ...')."""
    doc = sentence.doc
    full = text_of(doc)
    line_start = full.rfind("\n", 0, sentence.start_char) + 1
    line_end = full.find("\n", sentence.start_char)
    line = full[line_start : line_end if line_end >= 0 else len(full)].strip()
    title = (article.title or "").strip()
    if title and (line.startswith(title) or sentence.text.strip() == title):
        return True
    if line.lower().startswith(("subject:", "from:", "to:", "date:")):
        return True
    # a heading: a short line that is not a bullet and does not end as a sentence does
    bullet = line[:1] in "-•*·" or line[:2].rstrip("/).").isdigit()
    lead_in = line.endswith(":") and len(line.split()) >= LEAD_IN_WORDS  # "He also believes ... upgrade:"
    return not bullet and not lead_in and len(line.split()) <= HEADING_WORDS and line[-1:] not in ".!?\"'”…"


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
