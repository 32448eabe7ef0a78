"""Whether a price is told or expected.

The same '$100,000' is news after 'hit' and a forecast after 'could reach', 'by end of
2026' or 'analysts see'; a price in the past tense, in a scenario's condition, or dated
years back is neither a forecast nor a claim about the market now. These readings of
tense, horizon and scenario decide a claim's modality, apart from what its cue binds.
"""

from __future__ import annotations

import re
from datetime import datetime
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc, Span, Token

from factcheck.model import Modality
from factcheck.nlp.components import group, text_of
from factcheck.nlp.figure_windows import PAST_DAYS
from factcheck.nlp.modality import (
    MODALS,
    PRESS_TIME,
    in_condition,
    in_scenario,
    is_modal,
)
from factcheck.nlp.price_cues import LEVEL_NOUNS

_PAST_LINE = {"above", "below", "over", "under", "past", "beyond", "through"}
_CROSSING_NOUNS = {"close", "break", "breakout", "breakdown", "move", "push", "rally", "run", "surge", "drop", "dip", "slip",
                   "finish", "candle", "flip", "reclaim", "climb"}


_LINE_WORDS = {"the", "a", "key", "major", "crucial", "critical", "immediate", "psychological", "important", "nearby", "local"}
_FAILING = {"failure", "inability", "failing"}
_KEEPING = {"hold", "maintain", "defend", "keep", "stay", "remain"}


def crossing_named(quantity: Span) -> bool:
    """'A close above $2,650 could send ether toward $2,800', 'a push through the $1.10 ceiling
    might lift ADA to $1.40', 'an inability to keep $0.90 as support could drag it lower': the
    figure a noun of crossing (or of failing to hold) names is the condition the modal hangs on,
    not the level it predicts."""
    doc = quantity.doc
    start = quantity.sent.start
    i = quantity.start - 1
    while i > start and doc[i].lower_ in _LINE_WORDS:
        i -= 1
    if i - 1 >= start and doc[i].lower_ in _PAST_LINE and doc[i - 1].lower_ in _CROSSING_NOUNS:
        return True  # not 'a fraction under $69k may face pressure'
    before = doc[max(start, quantity.start - 6) : quantity.start]
    return any(t.lower_ in _FAILING and t.i + 2 < quantity.start and doc[t.i + 1].lower_ == "to"
               and doc[t.i + 2].lemma_.lower() in _KEEPING for t in before)


def move_ahead(cue: Span, row: dict[str, Any]) -> int:
    """1 for a move named as a noun ('opens a measured move to $98,000', 'a return to $100,000
    is a 2027 story') outside a past-tense clause: the move is expected, not reported."""
    coins = [a for a in group(cue.doc, "assets") if a.end <= cue.start]
    named = [c for c in cue[0].children if c.dep_ in {"det", "amod", "poss"} and not any(a.start <= c.i < a.end for a in coins)]
    if row["kind"] != "forecast" or cue[0].pos_ != "NOUN" or not named:
        # a headline's 'Bitcoin Price Returns to $69,000' is a verb the parser took for a noun; so is
        # 'Bitcoin Returns to $69,000' with the coin taken for its adjective
        return 0
    if any(c.dep_ == "amod" and c.lower_ in _PROSPECTIVE for c in cue[0].children):
        return 1  # 'warned of a possible decline to $75,000': a move still to come, whatever the tense
    return 0 if told_in_past(cue) else 1


def owned_move_noun(cue: Span) -> bool:
    """"Bitcoin's retest of $60,000", "its slide to $80,600": a move named as a noun and owned by the
    coin is a move the market made, unless a word puts it ahead ('its next leg to', 'its potential
    move to') or a modal does."""
    head = cue[0]
    if head.pos_ != "NOUN" or not (any(c.dep_ == "poss" for c in head.children) or _possessed(head)):
        return False
    if any(c.lower_ in _PROSPECTIVE | {"next", "coming", "anticipated"} for c in head.children):
        return False
    return not _has_modal(_governing_verb(cue))


def _possessed(noun: Token) -> bool:
    """'Bitcoin’s retest of $60,000' when the parser hangs the coin elsewhere (curly apostrophes
    often part it from its noun): the possessive ending right before the noun, or before the
    adjectives that open it ('Bitcoin’s sharp retest')."""
    doc = noun.doc
    i = noun.i - 1
    while i > noun.sent.start and doc[i].pos_ == "ADJ" and doc[i].lower_ not in _PROSPECTIVE | {"next", "coming", "anticipated"}:
        i -= 1
    return i >= noun.sent.start and doc[i].tag_ == "POS"


def sized_move_noun(cue: Span) -> bool:
    """'with a minor 0.6% decline to $1,191', 'a 4% slide to $2,900': a move noun that carries
    its own size is a move measured, so the level after it is where the move ended, not a
    target; unless a word puts it ahead ('a further 10% drop to') or a modal does ('could see
    a 10% drop to')."""
    head = cue[0]
    if head.pos_ != "NOUN":
        return False
    doc, i = head.doc, head.i - 1
    while i > head.sent.start and doc[i].pos_ == "ADJ" and doc[i].lower_ not in _PROSPECTIVE | {"next", "coming", "anticipated", "further", "another"}:
        i -= 1
    if i <= head.sent.start or not (doc[i].text == "%" or doc[i].lower_ in {"percent", "per"} or doc[i].text.endswith("%")):
        return False
    if any(t.lower_ in _PROSPECTIVE | {"next", "coming", "anticipated", "further", "another", "potential", "possible"}
           for t in doc[max(head.sent.start, i - 4) : head.i]):
        return False
    return not _has_modal(_governing_verb(cue))


def dated_move_noun(cue: Span) -> bool:
    """'Friday's slide to $80,600', 'yesterday's rally to $4,700': a move named as a noun and
    owned by a day is past, whatever the sentence's tense."""
    if cue[0].pos_ != "NOUN":
        return False
    days = [w for w in group(cue.doc, "windows") if w.label_ in PAST_DAYS]
    return any(c.dep_ == "poss" and any(w.start <= c.i < w.end for w in days) for c in cue[0].children)


_TOLD_AUX = {"was", "were", "had"}


def past_dated_move(cue: Span, quantity: Span) -> bool:
    """'A drop to $3,100 on Sunday was bought quickly', 'the rally to $4,700 on Monday ran out of
    steam': a move named as a noun, dated to a past day right after its figure and told by a verb
    in the past, is a move made, not one expected."""
    if cue[0].pos_ != "NOUN":
        return False
    doc = cue.doc
    dated = any(w.label_ in PAST_DAYS and quantity.end <= w.start <= quantity.end + 2
                and not (w.start > 0 and doc[w.start - 1].lower_ in _DEADLINE_WORDS) for w in group(doc, "windows"))
    if not dated:
        return False
    verb = _governing_verb(cue)
    if _has_modal(verb):
        return False
    return verb.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _TOLD_AUX for c in verb.children)


_ODDS = {"odds", "chance", "chances", "probability", "probabilities", "likelihood"}
# Who prices odds: a prediction market or its bettors. With a percent, any 'odds' are priced.
_BETTING = {"polymarket", "kalshi", "myriad", "bettors", "punters", "bookmakers", "betting", "wagers", "bets"}
_LEVEL_VERBS = {"hit", "reach", "top", "touch", "cross", "break", "surpass", "exceed", "climb", "rise", "fall", "drop", "trade", "close",
                "end", "finish", "be", "dip", "sink", "go", "reclaim", "stay", "hold", "remain", "retest", "revisit", "test", "will"}
ODDS_REACH = 12  # tokens from the odds noun to the level the odds are on


def odds_on_level(quantity: Span) -> bool:
    """'Polymarket puts the odds of bitcoin hitting $125,000 by December at 38%', 'traders give a
    19% chance that bitcoin ends the year above $90,000': the level a market's odds are on. The
    odds are the crowd's probability, not a level anyone predicts, and a forecast hit rate cannot
    score a 19% chance: no claim at all (corpus/README: prediction-market odds are negatives)."""
    sentence = quantity.sent
    doc = quantity.doc
    priced = any(t.text in {"%", "percent"} or t.lower_ in _BETTING or t.lower_ == "prediction" and t.i + 1 < len(doc)
                 and doc[t.i + 1].lemma_.lower() == "market" for t in sentence)
    if not priced:
        return False
    ancestors = set(quantity.root.ancestors)
    for odds in doc[sentence.start : quantity.start]:
        if odds.lower_ not in _ODDS or quantity.start - odds.i > ODDS_REACH:
            continue
        if odds in ancestors:
            return True
        between = doc[odds.i + 1 : quantity.start]
        # read in line when the parse wanders: only the level's own verb ('hitting', 'ends', 'tops') may stand
        # between, so 'the 70% chance of a cut lifted bitcoin to $95,000' keeps its price
        if not any(t.is_punct or t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() not in _LEVEL_VERBS for t in between):
            return True
    return False


_LINK_SEPARATORS = re.compile(r"\s*[|·•/]\s*")
_TITLE = re.compile(r"[\"“«][^\"“”«»\n]{3,200}[\"”»]")


def teaser_line(sentence: Span) -> bool:
    """'Read next: "XRP: $2.70 barrier in focus" | "Is $4,000 holding?"': a line of quoted titles
    joined by separators, after a label in any language, links to other stories. Their headlines
    are not this article's claims, however much they sound like targets."""
    text = text_of(sentence.doc)
    start = text.rfind("\n", 0, sentence.start_char) + 1
    end = text.find("\n", sentence.end_char)
    line = text[start : end if end >= 0 else len(text)].strip()
    titles = list(_TITLE.finditer(line))
    if len(titles) < 2:
        return False
    label = line[: titles[0].start()].strip()
    if label and not (label.endswith(":") and len(label.split()) <= 5):
        return False
    gaps = [line[a.end() : b.start()] for a, b in pairwise(titles)]
    rest = line[titles[-1].end() :].strip()
    return not rest and all(_LINK_SEPARATORS.fullmatch(g) for g in gaps)


_PROSPECTIVE = {"possible", "potential", "likely", "probable", "expected", "anticipated", "eventual", "projected", "imminent"}
_MEETING = {"hit", "reach", "meet", "touch", "achieve", "surpass", "exceed", "top", "smash", "beat", "clear"}


def target_met(cue: Span) -> bool:
    """'Ether hit the analyst's earlier target of $3,000 on Monday': a target the price has
    already met is news about the price, not a forecast."""
    verb = _governing_verb(cue)
    if verb.pos_ not in {"VERB", "AUX"}:
        # the parser made the target's noun the head: 'The $100,000 target that analysts set in
        # January was hit on Thursday', with 'was hit' a clause of the noun
        return any(c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in _MEETING and c.tag_ in {"VBD", "VBN"} and not _has_modal(c)
                   and not any(n.dep_ == "neg" for n in c.children) for c in verb.children)
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
    if window.label_ in {"horizon", "period"} and any(t.lower_ in _AHEAD for t in window):
        return True
    # 'the model puts XRP at $2.15 by Sunday': a day named as a deadline ('on Sunday' dates a fact)
    return window.label_ in _DEADLINE_DAYS and window.start > 0 and window.doc[window.start - 1].lower_ in _DEADLINE_WORDS


CLOSE_REACH = 3  # tokens from 'close 2025' to the figure it closes at ('close 2025 near $130,000')


def closing_window(sentence: Span, quantity: Span) -> Span | None:
    """'Bitcoin will close 2025 near $130,000', 'expects ETH to end the year above $4,000': the
    year's edge the forecast price is set at, a window of its verb that the figure's own
    window search leaves out ('started 2025 near $93,600' dates only its verb's figure)."""
    return next((w for w in group(sentence.doc, "windows") if w.label_ == "year_edge" and sentence.start <= w.start
                 and w.end <= quantity.start <= w.end + CLOSE_REACH), None)


_DEADLINE_DAYS = {"weekday", "date"}
_DEADLINE_WORDS = {"by", "before", "until", "till"}


_NOW = {"current", "currently", "present", "prevailing"}


def is_current(quantity: Span) -> bool:
    """'slightly below the current price of $76,784': the price now, even in a
    sentence that predicts another."""
    doc = quantity.doc
    if any(t.lower_ in _NOW for t in doc[max(0, quantity.start - 4) : quantity.start]):
        return True
    after = doc[quantity.end : min(quantity.end + 6, quantity.sent.end)].text.lower()
    return after.startswith(PRESS_TIME)  # '$2.06 at press time', '$97,100 at the time of writing'


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
    """'the price spiked in March to $73,737', '... could not hold its rally and fell back to
    $107,000': a verb in the past tense tells what happened, whatever the sentence expects elsewhere."""
    verb = _governing_verb(anchor)
    if _has_modal(verb):
        return False
    bare_participle = verb.tag_ == "VBN" and verb.dep_ in {"ROOT", "conj"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    # 'had been headed for $100,000 before the news broke': the past perfect tells, too
    past_perfect = verb.tag_ in {"VBN", "VBG"} and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    return verb.tag_ == "VBD" or bare_participle or past_perfect  # the parser reads 'the price spiked in March' as a participle


_PREDICTION_NOUNS = {"call", "case", "bet", "prediction", "forecast", "expectation", "projection", "target", "thesis", "outlook", "wager"}
_NOT_AHEAD = {"first", "last", "only", "latest", "next", "how", "what", "when", "where", "why", "time", "ready", "able", "unable"}
SUBJECT_REACH = 4  # tokens between a prediction's 'for' and the infinitive's 'to' ('for the price of bitcoin to')


def infinitive_ahead(anchor: Span) -> bool:
    """'Bitcoin to hit $150K by year-end, says Standard Chartered' (a headline's future: the coin,
    'to' and a bare verb, with no verb before them), 'reiterated his call for bitcoin to reach
    $200,000' (a prediction's noun, 'for', the coin and its verb): the price is expected, not told.
    Not 'the first coin to hit $100,000': a record told in a headline's shorthand."""
    verb = _governing_verb(anchor)
    doc = verb.doc
    sentence = verb.sent
    if verb.tag_ != "VB" or verb.i - 1 <= sentence.start or doc[verb.i - 1].lower_ != "to":
        return False
    to = verb.i - 1
    for k in range(to - 1, max(sentence.start, to - 1 - SUBJECT_REACH), -1):
        if doc[k].lower_ == "for" and k > sentence.start and doc[k - 1].lemma_.lower() in _PREDICTION_NOUNS and doc[k - 1].pos_ == "NOUN":
            return True
    before = doc[sentence.start : to]
    return (not any(t.pos_ in {"VERB", "AUX"} or t.lower_ in _NOT_AHEAD or t.tag_ in {"JJS", "RBS"} for t in before)
            and any(t.pos_ in {"PROPN", "NOUN"} for t in before))


_NAMING = {"PROPN", "NOUN", "DET", "PART", "ADJ", "PUNCT"}  # what a headline's subject is made of: 'The Bitcoin price'


def verbless_target(quantity: Span) -> bool:
    """'Bitcoin to $150K this year, says Standard Chartered', 'XRP to $5 in 2026?', 'Ethereum
    price to $10,000 this cycle': a headline's shorthand for a call, the coin, 'to' and the price
    with no verb at all. Not when a move comes first ('Bitcoin up 5% to $70,000', 'Bitcoin Slips
    to $60,000', whose verb a headline's capitals can hide from the tagger but not from the cues)."""
    doc = quantity.doc
    sentence = quantity.sent
    to = quantity.start - 1
    if to <= sentence.start or doc[to].lower_ != "to":
        return False
    before = doc[sentence.start : to]
    coin = {t.i for span in group(doc, "assets") for t in span if sentence.start <= t.i < to}
    if not coin or not all(t.i in coin or t.pos_ in _NAMING or t.is_space for t in before):
        return False  # the tagger may call a headline's 'Bitcoin' a verb: the coin's own words always pass
    if any(t.lower_ in _NOT_AHEAD or t.tag_ in {"JJS", "RBS"} or t.like_num or t.text in {"%", "$"} for t in before):
        return False
    moves = [span for span in group(doc, "cues") if sentence.start <= span.start < to and any(t.i not in coin for t in span)]
    return not moves and not any(sentence.start <= span.start < to for span in group(doc, "quantities"))


_BELIEVING = {"think", "believe", "reckon", "guess", "bet", "suspect", "feel", "expect"}
_STATES = {"be", "trade", "sit", "stand", "hover", "remain", "stay", "hold", "change", "look", "seem"}  # 'I think it trades at a discount' reads the price now


def believed_ahead(anchor: Span) -> bool:
    """'"We think bitcoin hits $200,000 next year," said ...', 'I believe ETH reaches $10,000 by
    2026': a price in the simple present under a verb of belief in the present is a call on where
    it goes, not a report of where it is ('thought bitcoin hit $100,000' tells)."""
    verb = _governing_verb(anchor)
    if verb.tag_ not in {"VBZ", "VBP"} or verb.dep_ != "ccomp" or _has_modal(verb) or verb.lemma_.lower() in _STATES:
        return False
    head = verb.head
    return head.lemma_.lower() in _BELIEVING and head.tag_ in {"VBZ", "VBP"} and head.i < verb.i


_SUPERSEDED = {"previous", "prior", "earlier", "old", "former", "original"}


def superseded_target(cue: Span) -> bool:
    """'up from a previous forecast of $4,000', 'its earlier target of $150,000': a target the
    forecaster has since replaced is history, not the call the article reports."""
    noun = cue[0]
    if noun.lemma_.lower() not in _PREDICTION_NOUNS | {"objective", "goal", "estimate"} or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    before = {t.lower_ for t in noun.doc[max(noun.sent.start, noun.i - 3) : noun.i]}
    # 'replacing the desk's initial forecast of $7,000'; an 'initial target' is a trade's first target
    return bool(before & _SUPERSEDED) or "initial" in before and noun.lemma_.lower() in {"forecast", "prediction", "projection", "estimate"}


def condition_after(figure: Span) -> bool:
    """'Dogecoin may rebound to $0.28 should the market recover': a condition set after the
    forecast by an inverted 'should' (its subject follows it), which the parser rarely reads as one."""
    doc = figure.doc
    for token in doc[figure.end : figure.sent.end - 1]:
        if token.lower_ == "should" and token.nbor(1).pos_ in {"DET", "PRON", "PROPN", "NOUN"} and token.nbor(-1).pos_ != "NOUN":
            return True
    return False


_PASSING = {"past", "through"}


def passes_level(figure: Span) -> bool:
    """'gearing up for a move past $5,000', 'a slide through $100,000': a target named as a level
    to go through, so it lies beyond the figure rather than at it."""
    doc = figure.doc
    i = figure.start - 1
    if i > figure.sent.start and doc[i].lower_ in {"the", "a"}:
        i -= 1
    return i >= figure.sent.start and doc[i].lower_ in _PASSING


def could_not(anchor: Span) -> bool:
    """'the coin couldn't hold the rally and fell back to $107,000': a negated 'could' tells
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
        if token.i > verb.i and any(t.text == ";" for t in verb.doc[verb.i : token.i]):
            break  # 'ether drifts below $2,950; traders see range': a clause after a semicolon sees its own
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
_RECORD_WORDS = {"record", "peak", "high", "ath", "top", "highs", "peaks", "records", "all-time"}
_AGO_COUNTS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "few", "many"}


_CLAUSES = {"advcl", "relcl", "ccomp", "conj", "acl", "xcomp", "parataxis"}


def _in_another_clause(token: Token, quantity: Span, verb: Token) -> bool:
    """Whether `token` hangs from a clause of its own below `verb` that the figure is not in."""
    held = {a.i for a in quantity.root.ancestors} | {quantity.root.i}
    for ancestor in [token, *token.ancestors]:
        if ancestor.i == verb.i:
            return False
        if ancestor.dep_ in _CLAUSES and ancestor.i not in held:
            return True
    return False


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
            if head.i != token.i and head.lemma_.lower() in _RECORD_WORDS:
                continue  # 'still below its 2021 record': the year dates the record, not the sentence
            if _in_another_clause(token, quantity, verb):
                continue  # 'traded as high as $4,792, creeping towards its record set in 2021': the year dates the aside
            words = {head.lower_, head.head.lower_ if head.dep_ == "pobj" else ""}
            if not words & _NOT_THE_DATE:
                return True
        if token.lower_ == "ago":
            before = [t.lower_ for t in doc[max(anchor.sent.start, token.i - 3) : token.i]]
            if "years" in before and not any(w in {"a", "one", "1"} for w in before[-2:-1]):
                return True
    return False
