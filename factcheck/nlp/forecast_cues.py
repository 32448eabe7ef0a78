"""Whether a price is told or expected.

The same '$100,000' is news after 'hit' and a forecast after 'could reach', 'by end of
2026' or 'analysts see'; a price in the past tense, in a scenario's condition, or dated
years back is neither a forecast nor a claim about the market now. These readings of
tense, horizon and scenario decide a claim's modality, apart from what its cue binds.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from spacy.tokens import Doc, Span, Token

from factcheck.model import Modality
from factcheck.nlp.components import group
from factcheck.nlp.figure_windows import PAST_DAYS
from factcheck.nlp.modality import MODALS, in_condition, in_scenario, is_modal
from factcheck.nlp.price_cues import LEVEL_NOUNS

_PAST_LINE = {"above", "below", "over", "under", "past", "beyond", "through"}
_CROSSING_NOUNS = {"close", "break", "breakout", "breakdown", "move", "push", "rally", "run", "surge", "drop", "dip", "slip",
                   "finish", "candle", "flip", "reclaim", "climb"}


def crossing_named(quantity: Span) -> bool:
    """'A close above $2,650 could send ether toward $2,800': the figure a noun of crossing names is
    the condition the modal hangs on, not the level it predicts."""
    doc = quantity.doc
    if quantity.start < 2 or doc[quantity.start - 1].lower_ not in _PAST_LINE:
        return False
    return doc[quantity.start - 2].lower_ in _CROSSING_NOUNS  # not 'a fraction under $69k will come under pressure'


def move_ahead(cue: Span, row: dict[str, Any]) -> int:
    """1 for a move named as a noun ('opens a measured move to $98,000', 'a return to $100,000
    is a 2027 story') outside a past-tense clause: the move is expected, not reported."""
    if row["kind"] != "forecast" or cue[0].pos_ != "NOUN" or not any(c.dep_ in {"det", "amod", "poss"} for c in cue[0].children):
        return 0  # a headline's 'Bitcoin Price Returns to $69,000' is a verb the parser took for a noun
    if any(c.dep_ == "amod" and c.lower_ in _PROSPECTIVE for c in cue[0].children):
        return 1  # 'warned of a possible decline to $75,000': a move still to come, whatever the tense
    return 0 if told_in_past(cue) else 1


def owned_move_noun(cue: Span) -> bool:
    """"Bitcoin's retest of $60,000", "its slide to $80,600": a move named as a noun and owned by the
    coin is a move the market made, unless a word puts it ahead ('its next leg to', 'its potential
    move to') or a modal does."""
    head = cue[0]
    if head.pos_ != "NOUN" or not any(c.dep_ == "poss" for c in head.children):
        return False
    if any(c.lower_ in _PROSPECTIVE | {"next", "coming", "anticipated"} for c in head.children):
        return False
    return not _has_modal(_governing_verb(cue))


def dated_move_noun(cue: Span) -> bool:
    """'Friday's slide to $80,600', 'yesterday's rally to $4,700': a move named as a noun and
    owned by a day is past, whatever the sentence's tense."""
    if cue[0].pos_ != "NOUN":
        return False
    days = [w for w in group(cue.doc, "windows") if w.label_ in PAST_DAYS]
    return any(c.dep_ == "poss" and any(w.start <= c.i < w.end for w in days) for c in cue[0].children)


_PROSPECTIVE = {"possible", "potential", "likely", "probable", "expected", "anticipated", "eventual", "projected", "imminent"}
_MEETING = {"hit", "reach", "meet", "touch", "achieve", "surpass", "exceed", "top", "smash", "beat", "clear"}


def target_met(cue: Span) -> bool:
    """'Ether hit the analyst's earlier target of $3,000 on Monday': a target the price has
    already met is news about the price, not a forecast."""
    verb = _governing_verb(cue)
    if verb.lemma_.lower() not in _MEETING or verb.tag_ not in {"VBD", "VBN", "VBZ"} or _has_modal(verb):
        return False
    # 'The $100,000 target ... was hit on Thursday', 'the target of $74,000 was met': the target as the passive subject
    met_passively = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) \
        and any(c.dep_ == "nsubjpass" and c.i <= cue.root.i <= c.right_edge.i for c in verb.children)
    return verb.i < cue.start or met_passively


_AHEAD = {"by", "before", "next", "coming"}


def in_past_clause(anchor: Span) -> bool:
    """'it quickly rebounded to reach new highs exceeding $108,000 by January 20': a verb in
    the past tense over the figure's own verb tells what happened by that date."""
    verb = _governing_verb(anchor)
    for token in [verb, *verb.ancestors][:4]:
        if _has_modal(token):
            return False
        if token.tag_ == "VBD" or token.tag_ == "VBN" and token.dep_ in {"ROOT", "conj"}:
            return True
    return False


def horizon_ahead(window: Span | None) -> bool:
    """A deadline ahead of the figure ('by end of 2026', 'before March', 'in the coming weeks',
    'next month'): a price put against a horizon is expected, not reported."""
    if window is None:
        return False
    if window.label_ == "horizon" and any(t.lower_ in _AHEAD for t in window):
        return True
    # 'the model puts XRP at $2.15 by Sunday': a day named as a deadline ('on Sunday' dates a fact)
    return window.label_ in _DEADLINE_DAYS and window.start > 0 and window.doc[window.start - 1].lower_ in _DEADLINE_WORDS


_DEADLINE_DAYS = {"weekday", "date"}
_DEADLINE_WORDS = {"by", "before", "until", "till"}


_NOW = {"current", "currently", "present", "prevailing"}


def is_current(quantity: Span) -> bool:
    """'a slight decrease from the current price of $76,784': the price now, even in a
    sentence that predicts another."""
    doc = quantity.doc
    return any(t.lower_ in _NOW for t in doc[max(0, quantity.start - 4) : quantity.start])


def _governing_verb(span: Span) -> Token:
    """The verb a cue or figure hangs from: 'retraced' in 'retraced to the $107,000 zone'."""
    token = span.root
    for _ in range(6):
        if token.pos_ in {"VERB", "AUX"} or token.head is token:
            break
        token = token.head
    return token


def _has_modal(token: Token) -> bool:
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in MODALS for c in token.children)


def told_in_past(anchor: Span) -> bool:
    """'the price spiked in March to $73,737', '... couldn't sustain its rally and retraced to
    $107,000': a verb in the past tense tells what happened, whatever the sentence expects elsewhere."""
    verb = _governing_verb(anchor)
    if _has_modal(verb):
        return False
    bare_participle = verb.tag_ == "VBN" and verb.dep_ in {"ROOT", "conj"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    # 'had been headed for $100,000 before the news broke': the past perfect tells, too
    past_perfect = verb.tag_ in {"VBN", "VBG"} and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    return verb.tag_ == "VBD" or bare_participle or past_perfect  # the parser reads 'the price spiked in March' as a participle


def could_not(anchor: Span) -> bool:
    """'the coin couldn't sustain its rally and retraced to $107,000': a negated 'could' tells
    what did not happen; it forecasts nothing."""
    verb = _governing_verb(anchor)
    for token in [verb, *verb.ancestors][:3]:
        modals = [c for c in token.children if c.dep_ in {"aux", "auxpass"} and c.lower_ in MODALS]
        if modals:
            return all(m.lower_ == "could" for m in modals) and any(c.dep_ == "neg" for c in token.children)
        if token.dep_ not in {"conj", "xcomp"}:
            break
    return False


_SEEING = {"see", "call", "envision", "envisage", "foresee"}
_RANGE_PROSPECTS = {"likely", "path", "scenario", "outlook"}  # words that make a price band the one expected


def prospect_named(sentence: Span) -> bool:
    """'a range of $84,000–$90,000 is the most likely path', 'our base case is ... a
    $72,000–$88,000 range': the band is the one the writer expects."""
    return any(t.lower_ in _RANGE_PROSPECTS or t.lower_ == "case" and t.i > sentence.start and t.nbor(-1).lower_ == "base"
               for t in sentence)


def seen_ahead(anchor: Span) -> bool:
    """'analysts see XRP reaching $3', 'it sees bitcoin drifting lower to $85,000': a price
    inside what someone sees ahead (in the present tense; 'saw' reports) is a forecast."""
    verb = _governing_verb(anchor)
    for token in [verb, *verb.ancestors][:4]:
        if token is not verb and token.lemma_.lower() in _SEEING and token.pos_ == "VERB" and token.tag_ in {"VBZ", "VBP", "VB", "VBG"}:
            return True
        if token.dep_ not in {"xcomp", "ccomp", "acomp", "conj", "advcl", "prep", "pobj", "dobj", "acl"}:
            break
    return False


def clause_of(sentence: Span, quantity: Span) -> Span:
    """The part of the sentence a figure's clause starts in: a headline's 'odds jump; bitcoin
    tops $71,000' has two."""
    doc = sentence.doc
    breaks = [t.i for t in doc[sentence.start : quantity.start] if t.text == ";"]
    return doc[breaks[-1] + 1 : sentence.end] if breaks else sentence


def scenario_condition(doc: Doc, sentence: Span, cue: Span | None, quantity: Span, row: dict[str, Any], modality: Modality) -> bool:
    """A price a scenario assumes rather than a price stated: inside an 'if' clause ('if
    bitcoin holds above $95,000, SOL could ...'), or a crossing named as a noun or gerund
    that a modal follows ('reclaiming $3,150 would ...', 'a break below $86,000 could ...')."""
    if cue is None or cue.start > quantity.start:
        return False
    if modality is Modality.conditional or in_condition(cue) or in_scenario(quantity):
        return True
    if row["comparator"] not in {"crossed_above", "crossed_below"}:
        return False
    if cue.start == sentence.start and cue[0].tag_ == "VB":
        return True  # "Lose $94K and I'm wrong": an imperative sets the scenario
    if cue[0].tag_ not in {"VBG", "NN", "NNS"}:
        return False
    nxt = quantity.end
    if nxt < sentence.end and doc[nxt].lemma_.lower() in LEVEL_NOUNS:
        nxt += 1
    return nxt < sentence.end and is_modal(doc[nxt])


_NOT_THE_DATE = {"since", "than", "until", "till", "from", "before", "of", "to"}  # 'highest since 2021', 'the most since 2022'
_AGO_COUNTS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "few", "many"}


def told_as_history(anchor: Span, quantity: Span, published: datetime | None) -> bool:
    """'Bitcoin, which traded at about $16,500 in late 2022, ...', 'In 2017, bitcoin surged to
    nearly $20,000', 'two years ago, BTC was at $37,000': a price dated to a year before last is
    background, not a claim about the market the article reports on. A year named after 'since'
    or 'than' ('its highest since 2021') measures from it and dates nothing."""
    if published is None:
        return False
    doc = anchor.doc
    verb = _governing_verb(anchor)
    for token in anchor.sent:
        if token.i in range(quantity.start, quantity.end) or verb not in [token, *token.ancestors][:6]:
            continue
        if token.shape_ == "dddd" and token.like_num and 2008 < int(token.text) < published.year - 1:
            head = token.head if token.dep_ in {"pobj", "nummod", "npadvmod", "amod", "compound"} else token
            words = {head.lower_, head.head.lower_ if head.dep_ == "pobj" else ""}
            if not words & _NOT_THE_DATE:
                return True
        if token.lower_ == "ago":
            before = [t.lower_ for t in doc[max(anchor.sent.start, token.i - 3) : token.i]]
            if "years" in before and not any(w in {"a", "one", "1"} for w in before[-2:-1]):
                return True
    return False
