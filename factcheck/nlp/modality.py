"""Is a claim stated as fact, forecast, condition, or someone else's word?

Read from the dependency parse around the claim's verb: a modal auxiliary or
a verb of expectation makes a forecast, an `if` clause a condition, "according
to X" or "X said" an attribution (and X is kept). A forecast that rests on a
condition ("if BTC clears $74,000, it could run to $80,000", "a break above
$3,200 would open the way to $3,500") is conditional.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from spacy.tokens import Span, Token

from factcheck.model import Modality
from factcheck.nlp.components import PATTERNS, group, text_of
from factcheck.nlp.markets import exchanges_in

MODALS = {"could", "may", "might", "will", "would", "should", "'ll", "can", "must", "wo", "shall"}
EXPECTING = {
    "expect", "likely", "poise", "set", "predict", "forecast", "project", "aim", "target",
    "eye", "anticipate", "bound", "due", "tip", "seem", "look", "hope", "plan", "threaten",
    "prepare", "potential", "possible", "want", "try", "attempt", "ready",
}  # not 'need': 'needs to hold above $99,300' says what the price must do, not what is expected;
# 'ready': 'looks ready to take out $1.20'
# 'primed to hit', 'slated to test': read by their form, as the lemmatizer makes 'prim' and 'slat' of them
EXPECTING_FORMS = {"primed", "slated", "tipped", "poised"}
CONDITIONS = {"if", "unless", "once", "should", "provided", "assuming", "whether"}


@lru_cache(maxsize=1)
def attribution_words() -> dict[str, Any]:
    """The words of attribution, kept as data in models/patterns/attribution.json."""
    return json.loads((PATTERNS / "attribution.json").read_text(encoding="utf-8"))


REPORTING = set(attribution_words()["reporting"])
SOURCES = {"PERSON", "ORG", "NORP", "GPE", "WORK_OF_ART", "PRODUCT"}


def _verb(span: Span) -> Token:
    """The token that governs a cue: its root, raised to the verb when it is a preposition."""
    token = span.root
    while token.pos_ not in {"VERB", "AUX"} and token.head is not token and token.dep_ in {
        "prep", "pobj", "advmod", "npadvmod", "nummod", "dobj", "attr", "amod", "compound", "quantmod", "nmod",
    }:
        token = token.head
    return token


_NEEDS_TO = {"set", "due", "bound", "poise", "tip", "look", "plan", "need", "want", "try", "attempt", "prepare", "aim"}


def _without_to(token: Token) -> bool:
    """'set to rise' expects; 'set a record, and was at $70,000' does not."""
    if token.lemma_.lower() not in _NEEDS_TO:
        return False
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return not (nxt is not None and nxt.lower_ in {"to", "for"} or any(c.dep_ == "xcomp" for c in token.children))


NOW_WORDS = frozenset({"currently", "now", "presently"})  # adverbs that put a figure in the present


PRESS_TIME = ("at press time", "at the time of writing", "as of writing", "at the time of press", "at writing",
              "at the time of publication", "as of press time", "as of this writing", "at the time of this writing",
              "by press time", "by the time of writing")


def _is_forecast(verb: Token) -> bool:
    if verb.tag_ == "VBG" and any(c.dep_ == "advmod" and c.lower_ in NOW_WORDS for c in verb.children):
        return False  # '..., seems to be holding up, currently trading at $142': the price now, beside the hedge
    if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp", "conj", "acl"}:
        after = verb.doc[verb.i : min(verb.i + 10, verb.sent.end)].text.lower()
        if any(p in after for p in PRESS_TIME):
            return False  # '... appears vulnerable to swings, trading at $2.06 at press time': the price now
    for token in [verb, *verb.ancestors][:4]:
        if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in MODALS for c in token.children):
            return not counterfactual(token) and not required(token)
        if (token.lemma_.lower() in EXPECTING or token.lower_ in EXPECTING_FORMS) and token is not verb and token.i < verb.i and not _without_to(token):
            return True  # an expectation governs what follows it: not 'hit $100,000, a level analysts had targeted'
        if token.dep_ not in {"xcomp", "ccomp", "acomp", "conj", "advcl", "prep", "pobj"} or _subordinate(token):
            break
    return False


def _subordinate(token: Token) -> bool:
    """'If BTC clears $74,000, it could ...', 'Had you bought at $16,000, ...': a clause with its
    own conjunction (or an inverted auxiliary) is not under the main clause's modal."""
    return token.dep_ == "advcl" and (any(c.dep_ == "mark" for c in token.children) or _inverted(token))


def _inverted(token: Token) -> bool:
    """'Should $90,000 give way', 'Had you bought ...': an auxiliary before its subject opens a condition."""
    subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    return subject is not None and any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in _INVERTING and c.i < subject.i for c in token.children)


_INVERTING = {"should", "had", "were"}
# 'Should Bitcoin fall below $67,700, a deeper dip could follow': the parser hangs the inverted clause
# as an adverbial, or as a complement of the main verb
_INVERTED_DEPS = {"advcl", "ccomp", "dep", "parataxis"}


def counterfactual(token: Token) -> bool:
    """'would have sent ether to $4,800': a modal with a perfect tells what did not happen."""
    return token.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in {"have", "'ve"} for c in token.children)


_REQUIRING = {"need", "have"}


def required(token: Token) -> bool:
    """'Solana would have to climb to $260 to set a record', 'would need to rise 35%': what the
    price must do, not what anyone expects it to do."""
    if any(c.dep_ == "aux" and c.lower_ == "must" for c in token.children):
        return True  # 'Bitcoin must reclaim $112,000 to turn bullish': a requirement, as 'needs to' is
    for t in [token, *token.ancestors][:3]:
        if t.lemma_.lower() in _REQUIRING and any(c.dep_ == "xcomp" for c in t.children) \
                and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            return True
        if t.lemma_.lower() in _NEEDING and t.pos_ == "VERB" and any(c.dep_ == "dobj" for c in t.children) \
                and any(c.dep_ in {"advcl", "xcomp", "relcl", "acl"} and c.i > t.i and _to_infinitive(c) for c in t.subtree):
            return True  # 'would need a 12% rally to get back to $110,000': the move that would be required
    return False


_NEEDING = {"need", "require"}


def _to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _in_condition(verb: Token) -> bool:
    for token in [verb, *verb.ancestors]:
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in token.children) or _inverted(token) and token.dep_ in _INVERTED_DEPS:
            return True
        if token.dep_ not in {"conj", "xcomp", "ccomp", "advcl", "prep", "pobj", "acomp"}:
            break
    return False


# The words that open a condition, as written at the start of its clause.
CONDITION_OPENERS = (
    ("if",), ("unless",), ("provided",), ("providing",), ("assuming",), ("as", "long", "as"), ("so", "long", "as"),
    ("in", "the", "event"), ("in", "case"), ("only", "if"), ("on", "condition"),
)
# Nouns that name a scenario when they are the subject of a forecast: 'a break above $3,200 would
# ...', 'a daily close below $0.50 could ...', 'a failure to hold $2,300 would ...'.
SCENARIO_NOUNS = {"break", "breakout", "breakdown", "close", "failure", "loss", "rejection", "reclaim", "flip",
                  "breach", "collapse", "capitulation", "approval", "cut", "hike"}
# Moves that name a scenario only with a line crossed: 'a move above $X would ...' (but 'a move
# toward $75,000 is on the cards' is the forecast itself).
CROSSING_MOVES = {"move", "push", "drop", "dip", "slip", "fall", "rally", "surge", "climb", "run", "decline", "slide", "spike",
                  "recovery", "rebound", "bounce", "advance", "retreat", "pullback"}
CROSSED = {"above", "below", "under", "over", "through", "past", "beyond", "beneath"}
# Where a condition may hang from a verb ('If $87,000 breaks' is often parsed as a subject).
_CLAUSE_DEPS = {"advcl", "prep", "npadvmod", "advmod", "nsubj", "csubj", "intj", "dep", "parataxis"}
_RESTING = {"xcomp", "ccomp", "conj", "acomp", "prep", "pobj", "dobj", "oprd", "attr", "advcl", "relcl", "acl", "pcomp", "agent",
            "nsubj", "nsubjpass", "nmod", "nummod", "compound", "appos", "npadvmod", "quantmod", "amod", "advmod"}


def _opens_condition(clause: Token) -> bool:
    """Whether a clause or phrase hanging from a verb states a condition: 'if ...', 'as long as
    ... holds', 'in the event of ...', 'once the ETF is approved', 'should $90,000 give way'."""
    doc = clause.doc
    first = clause.left_edge.i
    words = [t.lower_ for t in doc[first : min(first + 3, clause.right_edge.i + 1)]]
    if any(tuple(words[: len(o)]) == o for o in CONDITION_OPENERS):
        return True
    if words[:1] == ["once"] and words[1:2] not in (["again"], ["more"]) and clause.dep_ == "advcl":
        return True
    if clause.dep_ == "advcl" and clause.left_edge.lower_ in _INVERTING - {"had"} and clause.left_edge.dep_ in {"aux", "auxpass"} \
            and clause.left_edge.is_sent_start:
        return True  # 'Should bitcoin hold $95,000, ...' with the subject read as the clause's verb
    return clause.dep_ == "advcl" and (_inverted(clause) or any(c.dep_ == "mark" and c.lower_ in CONDITIONS - {"whether"} for c in clause.children))


def scenario_subject(verb: Token) -> Token | None:
    """The subject of a verb when it names a scenario rather than the market itself: 'reclaiming
    $2,800 opens ...', 'a daily close below $0.50 could ...', 'any sign of a rate cut could ...'."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}), None)
    if subject is None:
        return _misread_scenario(verb)
    if subject.dep_ == "csubj" and subject.lemma_.lower() in REPORTING | _FORESEEING:
        return None  # 'Claude predicts ether will fall ...' parsed with 'predicts' as the clause's subject: a source, no scenario
    if subject.dep_ == "csubj" or subject.tag_ == "VBG" and subject.pos_ == "VERB":
        return subject
    if not _has_modal(verb) and any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _DEFINITE for c in subject.children):
        return None  # 'the breakout puts $4,000 within reach': a move that happened, not a scenario
    if subject.lemma_.lower() in SCENARIO_NOUNS or any(c.dep_ == "det" and c.lower_ == "any" for c in subject.children):
        return subject
    if subject.lemma_.lower() in CROSSING_MOVES and any(c.dep_ == "prep" and c.lower_ in CROSSED for c in subject.children):
        return subject
    if (_has_modal(verb) or _indefinite(subject)) and any(
            t.lower_ in SCENARIO_NOUNS | CROSSING_MOVES and t.i + 1 < len(t.doc) and t.nbor(1).lower_ in CROSSED
            for t in subject.subtree):
        return subject  # 'A daily close above $72,000 would ...', 'A close above $4,400 opens ...' with 'close' read as an adverb
    return None


def _indefinite(subject: Token) -> bool:
    """'A close above $X opens ...': an indefinite scenario, generic in the bare present, unlike
    'the close above $X opened ...'."""
    first = next((t for t in subject.subtree if not t.is_punct), subject)  # past a bullet dash
    return first.lower_ in {"a", "an", "any"}


def _misread_scenario(verb: Token) -> Token | None:
    """A scenario the parser hangs from the verb as a modifier, leaving the clause without a
    subject ('- A daily close below $2,900 would open the door to ...' after a bullet dash, with
    'close' read as an adverb): the phrase before the verb that opens with 'a' and names a move
    across a line."""
    if not _has_modal(verb):
        return None
    for child in verb.lefts:
        if child.dep_ in {"advmod", "npadvmod", "dep", "amod"} and child.lower_ in SCENARIO_NOUNS | CROSSING_MOVES \
                and child.i + 1 < len(child.doc) and child.nbor(1).lower_ in CROSSED and _indefinite(child):
            return child
    return None


def _prospective(verb: Token) -> bool:
    """A verb that tells what a scenario would do: under a modal ('would open'), or in the bare
    present ('opens a path', 'puts $56,000 in play'); not 'triggered' or 'has lifted'."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in MODALS for c in verb.children):
        return True
    return verb.tag_ in {"VBZ", "VBP"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


_DEFINITE = {"the", "this", "that", "these", "those"}


def rests_on_condition(verb: Token, figure: Span | None = None) -> bool:
    """Whether a forecast hangs on a condition: an 'if' / 'unless' / 'as long as' clause, an
    inverted 'should', or a scenario as the subject of its verb ('a break above $X would ...').
    A condition in another clause of the sentence ('...; if it stalls, ...') does not count."""
    inside = set(range(figure.start, figure.end)) if figure is not None else set()
    chain = [verb, *verb.ancestors]
    for token in chain[:6]:
        if any(c.dep_ in _CLAUSE_DEPS and c not in chain and _opens_condition(c)
               and not _apart(c, verb) for c in token.children):
            return True
        subject = scenario_subject(token) if _prospective(token) else None
        if subject is not None and not any(t.i in inside for t in subject.subtree):
            return True
        if token.dep_ not in _RESTING or _subordinate(token) or _in_condition(token):
            break
    return False


def _apart(clause: Token, verb: Token) -> bool:
    """'Bitcoin could reach $75,000 this week; if it stalls, ...': a semicolon between a condition
    and the forecast parts them, whatever the parse joins."""
    lo, hi = sorted((clause.i, verb.i))
    return any(t.text == ";" for t in clause.doc[lo:hi])


def hypothetical(cue: Span) -> bool:
    """What the price would have to do or would have done ('would have to climb to $260', 'would
    need to rise 35%', 'would have sent ether to $4,800'): neither a fact nor a forecast."""
    verb = _verb(cue)
    if verb.dep_ in {"aux", "auxpass"}:
        verb = verb.head
    for token in [verb, *verb.ancestors][:4]:
        if token.pos_ in {"VERB", "AUX"} and (counterfactual(token) and _has_modal(token) or required(token)):
            return True
        if token.dep_ not in {"xcomp", "conj", "prep", "pobj", "dobj", "advcl"} or _subordinate(token):
            break
    return False


def _has_modal(token: Token) -> bool:
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in MODALS for c in token.children)


def in_scenario(figure: Span) -> bool:
    """A figure inside the scenario a forecast rests on ('a failure to hold $2,300 would ...',
    'losing $60,000 would put ...'): what the scenario assumes, not a claim of its own."""
    for token in [figure.root, *figure.root.ancestors]:
        if token.dep_ in {"nsubj", "nsubjpass", "csubj", "advmod", "npadvmod", "dep", "amod"} and _prospective(token.head) \
                and getattr(scenario_subject(token.head), "i", None) == token.i:
            return True
    return False


def attribution(sentence: Span, cue: Span | None = None) -> str | None:
    """Who the sentence says its figures are from: 'According to U.Today ...', 'per CoinGlass',
    'data from Coinglass showed', '(CoinGecko)', '..., analysts said', 'CoinGlass data show'.
    With a claim's words, a reporting verb counts only where it governs the claim or stands
    beside it ('..., the exchange said'), not in a clause that dates the move ('after the
    exchange said it would list ...')."""
    if cue is None:  # a reading: a credit for figures ('per CoinGlass', '(CoinGecko)') does not make it someone's
        return _bare(_according_to(sentence) or _reported(sentence, None) or _view_of(sentence))
    framed = _framed(sentence, claim_at=cue.start)
    return _bare(_according_to(sentence) or framed or _credited(sentence) or _reported(sentence, _verb(cue))
                 or _view_of(sentence) or _market_odds(sentence, cue.start) or _mistagged_report(sentence, cue.start)
                 or _on_tracker(sentence, cue.start))


def _bare(name: str | None) -> str | None:
    """A source's name without the list bullet its sentence opened with ('- Santiment data')."""
    if name is None:
        return None
    return name.lstrip("-–—•*·▪► \t") or None


_CLAUSE_ENDS = {".", ",", ";", "!", "?"}


def _on_tracker(sentence: Span, claim_at: int) -> str | None:
    """'The total market cap is down to $3.8 trillion on CoinGecko', 'traded at $3,020 on
    CoinMarketCap': a data site named with 'on' at the end of the figure's clause is where the
    figure was read, so its source. An exchange there is the figure's venue ('on Binance')."""
    doc = sentence.doc
    for token in doc[claim_at : sentence.end]:
        if token.lower_ != "on":
            continue
        name = _name_at(doc, token.i + 1, sentence.end)
        if name is None or not _provider(name) or exchanges_in(name.text):
            continue
        if name.end == sentence.end or doc[name.end].text in _CLAUSE_ENDS or doc[name.end].is_space:
            return name.text
    return None


_NAME_OPENERS = {",", ":", ";", "—", "–", "-", "\n"}


def _mistagged_report(sentence: Span, claim_at: int) -> str | None:
    """'ChatGPT predicts BTC will reach $150,000', 'Gemini forecasts bitcoin will hit ...': after a
    name the tagger often reads the verb of foreseeing as a plural noun ('predicts', 'forecasts',
    'projects'), or the coin after it as the verb ('... sees bitcoin at $150,000'), so no reporting
    verb governs the claim. A name that opens the clause, followed by the third-person form of
    such a verb and then the claim, is the claim's source."""
    doc = sentence.doc
    verbs = REPORTING | _FORESEEING
    for token in doc[sentence.start : claim_at + 1]:  # 'Citi projects bitcoin at $135,000': the verb opens the cue
        word = token.lower_
        if not word.endswith("s") or not (word[:-1] in verbs or word[:-2] in verbs and word.endswith("es")):
            continue
        name = _phrase_before(token)
        opens = name.start == sentence.start or doc[name.start - 1].text.strip() in _NAME_OPENERS
        if not (len(name) and len(name) <= 4 and opens) or name.root.lower_ in attribution_words()["not_forecasters"]:
            continue
        speaker = any(t.lemma_.lower() in attribution_words()["speakers"] for t in name)  # 'Crypto analyst Ali Martinez sees'
        if _source_like(name) or (speaker or _capitalised(name)) and _coin_follows(token):
            return _by_name(name)
    return None


def _capitalised(name: Span) -> bool:
    """'Citi', 'Claude': a name the tagger may call an adjective, written with capitals."""
    return all(t.text[:1].isupper() and t.is_alpha for t in name)


def _coin_follows(verb: Token) -> bool:
    """'... projects bitcoin at', '... forecasts that ether will': the coin the forecast is about
    follows the verb, so the capitalised word before it is who forecasts, not a noun ('Mining
    forecasts suggest ...')."""
    doc = verb.doc
    at = verb.i + 1 + (verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in {"that", "the"})
    return any(a.start == at for a in group(doc, "assets"))


def _according_to(sentence: Span) -> str | None:
    tokens = list(sentence)
    for i, token in enumerate(tokens[:-1]):
        if token.lower_ == "according" and tokens[i + 1].lower_ == "to":
            to = tokens[i + 1]
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            start = to.i + 1
            end = pobj.right_edge.i + 1 if pobj is not None and pobj.i >= start else min(start + 6, sentence.end)
            comma = next((t.i for t in sentence.doc[start:end] if t.text == ","), None)
            if comma is not None and comma > start:  # 'According to CoinMarketCap, Upbit, the leading exchange, ...'
                end = comma  # the source ends at its comma; what follows is the sentence's subject
            deeper = _framed(sentence.doc[start : sentence.end], anchored=True)  # 'according to figures compiled by The Block'
            if deeper:
                return deeper
            for ent in sentence.doc[start:end].ents:
                if ent.label_ in SOURCES:
                    return ent.text
            if pobj is not None:
                left = pobj.left_edge.i
                return sentence.doc[left : min(pobj.right_edge.i + 1, end) if end > left else pobj.right_edge.i + 1].text
    return None


_NAME_POS = {"PROPN", "NOUN", "ADJ", "PART", "DET", "X"}


def _name_at(doc, i: int, end: int) -> Span | None:
    """The name that starts at token i: 'CoinGlass', 'CoinGecko data', 'the exchange's data', 'The
    Block'; a name only when it holds a proper noun, a known provider or a word for a source."""
    words = attribution_words()
    j = i
    while j < end and doc[j].pos_ in _NAME_POS and not doc[j].is_punct and (j == i or doc[j].pos_ != "DET"):
        j += 1
    if j == i:
        return None
    span = doc[i:j]
    head = span[-1].lemma_.lower()
    if span[0].like_num or head in words["not_sources"] and not _proper(span):
        return None
    if any(t.pos_ == "PROPN" for t in span) or _provider(span) or head in words["data_nouns"] or head in words["speakers"]:
        return span
    return None


def _provider(span: Span) -> bool:
    providers = {p.lower() for p in attribution_words()["providers"]}
    text = span.text.lower()
    return text in providers or any(text.startswith(p + " ") for p in providers)


_CLAUSE_JOINS = {"and", "but", "while", "whereas", "although", "though"}


def _beyond(sentence: Span, frame_at: int, claim_at: int | None) -> bool:
    """'Open interest rose to $4.5 billion, per CoinGlass, and funding climbed to 0.03%': a credit
    in the middle of a sentence covers its own clause, not the one joined after it."""
    if claim_at is None or claim_at < frame_at or frame_at - sentence.start <= 2:
        return False
    doc = sentence.doc
    return any(t.text == ";" or t.lower_ in _CLAUSE_JOINS and t.i > 0 and doc[t.i - 1].text == ","
               for t in doc[frame_at:claim_at])


def _framed(sentence: Span, anchored: bool = False, claim_at: int | None = None) -> str | None:
    """'per CoinGlass', 'as per CoinGecko data', 'data from Coinglass showed', 'as reported by
    Cointelegraph', 'citing data from TradingView': the name after the frame."""
    doc = sentence.doc
    frames = sorted((tuple(f) for f in attribution_words()["frames"]), key=len, reverse=True)
    lowered = [t.lower_ for t in sentence]
    for k in range(1 if anchored else len(lowered)):
        for frame in frames:
            if tuple(lowered[k : k + len(frame)]) != frame:
                continue
            at = sentence.start + k + len(frame)
            name = _name_at(doc, at, sentence.end)
            if name is None or _beyond(sentence, sentence.start + k, claim_at):
                continue
            # 'according to figures compiled by The Block', 'per data from CoinGlass': the provider
            inner = None if _proper(name) else _framed(doc[name.start : sentence.end], anchored=True)
            return inner or name.text
    return None


def _proper(span: Span) -> bool:
    return any(t.pos_ == "PROPN" for t in span) or _provider(span)


def _venue_of_figure(bracket: Token, name: Span) -> bool:
    """'0.0061% (Binance)', '$3,120 (Coinbase)': an exchange in brackets right after a figure
    is where the figure was quoted (venue_figures.py), not who reported it."""
    before = bracket.doc[bracket.i - 1] if bracket.i > 0 else None
    figure = before is not None and (before.like_num or before.text in {"%", "$"} or any(c.isdigit() for c in before.text))
    found = exchanges_in(name.text)
    return figure and len(found) == 1 and found[0][:2] == (0, len(name.text))


def _credited(sentence: Span) -> str | None:
    """A credit in brackets after the figures, as aggregator and AI-written pages print it:
    '(CoinGecko)', '(CoinMarketCap, 2025)'."""
    doc = sentence.doc
    for token in sentence:
        if token.text != "(":
            continue
        close = next((t for t in doc[token.i + 1 : min(token.i + 8, sentence.end)] if t.text == ")"), None)
        if close is None:
            continue
        inside = doc[token.i + 1 : close.i]
        dated = len(inside) >= 3 and inside[-2].text == "," and inside[-1].like_num and len(inside[-1].text) == 4
        name = inside[:-2] if dated else inside
        if not dated and _venue_of_figure(token, name):
            continue
        if len(name) and (_provider(name) or dated and all(t.pos_ == "PROPN" for t in name)):
            return name.text
    return None


_DATA_VERBS = {"show", "shows", "showed", "shown", "suggest", "suggests", "suggested", "indicate", "indicates", "indicated"}


def _after_data_noun(verb: Token, words: dict) -> bool:
    """'CoinGlass data show', 'exchange figures indicate': a verb of showing right after a noun for
    a source's figures."""
    if verb.lower_ not in _DATA_VERBS or verb.i == verb.sent.start:
        return False
    before = verb.nbor(-1)
    return bool({before.lemma_.lower(), before.lower_} & set(words["data_nouns"]))


def _reported(sentence: Span, claim: Token | None) -> str | None:
    """'..., analysts said', 'Santiment noted', 'U.Today reports', 'CoinGlass data show', 'the
    exchange said in a statement', 'a trader told Reuters': the reporting verb's subject."""
    words = attribution_words()
    for token in sentence:
        subject: Span | None = None
        if token.lemma_.lower() in REPORTING and token.pos_ == "VERB":
            nsubj = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if nsubj is None and token.tag_ == "VBG" and token.dep_ in {"advcl", "xcomp", "conj"} and claim is None:
                # "xAI's model was the most bullish, ..., arguing that ...": the participle's subject is its head's
                head = token.head
                for _ in range(3):
                    nsubj = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                    if nsubj is not None or head.dep_ not in {"advcl", "xcomp", "conj"}:
                        break
                    head = head.head
            if nsubj is not None and _pronoun(nsubj):
                named = antecedent(sentence, before=nsubj.i)  # "..., it said", "It also flagged that ...": the source named before
                if named is not None and (claim is None or _governs(token, claim)) and not _dates_the_move(token, sentence):
                    return named
                continue
            if nsubj is not None:
                subject = _subject_phrase(nsubj)
            elif _after_data_noun(token, words):  # 'CoinGlass data show ...' with 'data' parsed as a compound
                subject = _phrase_before(token)
        elif token.lower_ in _DATA_VERBS and _after_data_noun(token, words):
            subject = _phrase_before(token)  # 'CoinGlass data show', with 'show' read as a noun
        if subject is None or not _source_like(subject):
            continue
        if claim is None and subject[-1].lemma_.lower() in words["data_nouns"]:
            continue  # 'On-chain data showed ..., indicating ...': data give figures; the reading is the writer's
        if _dates_the_move(token, sentence) or claim is not None and not _governs(token, claim):
            continue
        if claim is not None and _beyond(sentence, token.i, claim.i):
            continue  # '..., exchange data showed, while funding held near 0.003%': the report covers its own clause
        if claim is not None and _past_semicolon(claim, token):
            continue  # 'Bitcoin slips below $88,000; analysts see a range': a report after a semicolon is its own clause's
        return _by_name(subject)
    return None


def _past_semicolon(claim: Token, verb: Token) -> bool:
    """Whether a verb stands after a semicolon that follows the claim: 'Bitcoin slips below $88,000;
    analysts see a range' joins two clauses, and the second neither reports nor foresees the first."""
    return claim.i < verb.i and any(t.text == ";" for t in claim.doc[claim.i : verb.i])


_PRONOUNS = {"it", "he", "she", "they", "both"}


def _pronoun(subject: Token) -> bool:
    """'it', 'they', 'both', 'all three': a subject that stands for a source named before."""
    return subject.lower_ in _PRONOUNS or subject.pos_ == "NUM" and any(c.lower_ in {"all", "both"} for c in subject.children)


def _paragraph(sentence: Span) -> tuple[int, str]:
    """Where the sentence's paragraph (its line) starts, and the line before it: a section's
    heading on pages that give each source a section ('ChatGPT', then what it said)."""
    text = text_of(sentence.doc)
    start = text.rfind("\n", 0, sentence.start_char) + 1
    lines = [line.strip() for line in text[:start].splitlines() if line.strip()]
    return start, lines[-1] if lines else ""


def _heading_name(heading: str) -> str | None:
    """A heading that is only a source's name ('Grok', 'Polymarket', 'CoinGlass')."""
    providers = {p.lower(): p for p in attribution_words()["providers"]}
    return heading if heading.lower() in providers else None


def _by_name(subject: Span) -> str:
    """'OpenAI's model' under the heading 'ChatGPT' is ChatGPT: a generic source ('the model',
    'xAI's model') takes the name of the section it speaks in."""
    if subject[-1].lemma_.lower() in attribution_words()["generic_sources"]:
        named = _heading_name(_paragraph(subject.sent)[1])
        if named is not None:
            return named
    return subject.text


def antecedent(sentence: Span, before: int | None = None) -> str | None:
    """The source a pronoun stands for: the nearest source-like subject earlier in the paragraph
    ('The models disagree, but all three expect ...'), else a heading that names a source."""
    doc = sentence.doc
    start, heading = _paragraph(sentence)
    earlier = [s for s in doc.sents if start <= s.start_char and s.end <= sentence.start]
    if before is not None:
        earlier.append(doc[sentence.start : before])
    for previous in reversed(earlier):
        for token in previous:
            if token.dep_ in {"nsubj", "nsubjpass"} and token.head.dep_ in {"ROOT", "conj"} and not _pronoun(token):
                subject = _subject_phrase(token)
                if _source_like(subject):
                    return _by_name(subject)
    return _heading_name(heading)


def _view_of(sentence: Span) -> str | None:
    """"Grok's read: the weekly RSI is at 28", "In Claude's view, ...": a source's view, named by
    its possessive before a noun of view."""
    doc = sentence.doc
    views = set(attribution_words()["view_nouns"])
    for token in sentence:
        if token.lower_ in {"'s", "’s"} and token.i + 1 < sentence.end and doc[token.i + 1].lemma_.lower() in views:
            name = _phrase_before(token)
            after = doc[token.i + 2] if token.i + 2 < sentence.end else None
            framed = after is not None and after.text in {":", ",", "—", "-", "is"} or name.start > 0 and doc[name.start - 1].lower_ == "in"
            if len(name) and framed and _source_like(name):
                return name.text
    return None


def _market_odds(sentence: Span, claim_at: int) -> str | None:
    """'On Polymarket, traders give a 19% chance ...', 'Kalshi odds put ...': what prediction-market
    odds are put on is the market's word; a move told before the odds ('BTC was up 7.5%, alongside
    Trump's odds on Polymarket') is not."""
    markets = {m.lower(): m for m in attribution_words()["prediction_markets"]}
    if not any(t.lemma_.lower() in {"odds", "odd", "chance", "probability", "bet", "bettor", "wager"} for t in sentence.doc[sentence.start : claim_at]):
        return None
    return next((markets[t.lower_] for t in sentence if t.lower_ in markets), None)


def _subject_phrase(subject: Token) -> Span:
    """The subject as the text names it ('Bybit CEO Ben Zhou', 'a strategist at a Zurich bank'),
    without an apposition or a relative clause after a comma."""
    doc = subject.doc
    end = subject.right_edge.i + 1
    comma = next((t.i for t in doc[subject.i : end] if t.text in {",", "(", "—", "–"}), None)
    return doc[subject.left_edge.i : comma if comma is not None else end]


def _phrase_before(token: Token) -> Span:
    doc = token.doc
    i = token.i
    while i > token.sent.start and doc[i - 1].pos_ in {"PROPN", "NOUN", "ADJ", "PART"} and not doc[i - 1].is_punct:
        i -= 1
    return doc[i : token.i]


def _source_like(subject: Span) -> bool:
    """A source: a named organisation or person, a known provider, or a role ('the exchange',
    'a Singapore-based trader', 'on-chain data'); not 'the chart' or 'the RSI'."""
    words = attribution_words()
    coins = [a for a in group(subject.doc, "assets") if subject.start <= a.start < subject.end]
    if coins and all(any(a.start <= t.i < a.end for a in coins) for t in subject if t.is_alpha and t.pos_ != "DET"):
        return False  # 'Bitcoin is showing an increase of 2.9%': a coin shows its own move, it is no one's source
    if any(e.label_ in SOURCES for e in subject.ents) or _provider(subject) or any(_provider(subject[i:]) for i in range(len(subject))):
        return True
    if _proper_name(subject) and not coins and not any(t.lower_ in words["not_forecasters"] or t.text.isupper() for t in subject):
        return True  # 'Bernstein expects', 'Standard Chartered sees': a name, not a coin or its ticker
    head = subject.root if subject.root.sent == subject[0].sent else subject[-1]
    return head.lemma_.lower() in words["speakers"] or head.lower_ in words["speakers"]


def _dates_the_move(verb: Token, sentence: Span) -> bool:
    """'after the exchange said it would list ...': a reporting verb under a subordinating word
    tells an event, not whose figures the sentence gives ('as Santiment noted' does)."""
    subordinating = set(attribution_words()["subordinating"])
    for token in [verb, *verb.ancestors]:
        if any(c.dep_ == "mark" and c.lower_ in subordinating for c in token.children):
            return True
        if token.dep_ in {"ROOT", "ccomp", "parataxis"} and token.i != verb.i:
            break
    first = verb.left_edge
    return first.i > sentence.start and sentence.doc[first.i - 1].lower_ in subordinating


def _governs(verb: Token, claim: Token) -> bool:
    """The reporting verb holds the claim ('the exchange said volume jumped 40%') or stands beside
    it ('..., Santiment noted'), not a clause of its own ('..., and analysts said the rally would fade')."""
    if verb.i == claim.i or verb in claim.ancestors:
        return True
    if verb.tag_ == "VBG":  # 'with data trackers counting 1.6 million traders hit': a detail, not a credit
        return False
    objects = {"ccomp", "xcomp"} | ({"dobj"} if verb.lemma_.lower() != "tell" else set())  # 'told Reuters' names the listener
    return not any(c.dep_ in objects for c in verb.children)


def forecast_condition(cue: Span, figure: Span | None = None) -> bool:
    """Whether the forecast these words make rests on a condition (see `rests_on_condition`),
    read up from the figure and from the cue's verb."""
    verb = _verb(cue)
    if verb.dep_ in {"aux", "auxpass"}:  # '$105,000 could come back into view': the modal's verb
        verb = verb.head
    starts = [verb] + ([figure.root] if figure is not None else [])
    return any(rests_on_condition(t, figure or cue) for t in starts) or _imperative_scenario(figure or cue) \
        or condition_ahead(cue)


_CLAUSE_BREAKS = {";", ":", "—", "–", "that"}


def condition_ahead(cue: Span) -> bool:
    """'... said that if bitcoin loses $84,000, a slide toward $80,000 becomes the likelier path':
    a condition opened earlier in the forecast's own clause and closed by a comma before it,
    read from the words, as the parser often hangs the forecast inside the 'if' clause."""
    doc = cue.doc
    sentence = cue.sent
    start = max((t.i + 1 for t in doc[sentence.start : cue.start] if t.lower_ in _CLAUSE_BREAKS and t.dep_ != "nsubj"),
                default=sentence.start)
    words = [t.lower_ for t in doc[start : cue.start]]
    for k in range(len(words)):
        opener = next((o for o in CONDITION_OPENERS if tuple(words[k : k + len(o)]) == o), None)
        if opener is None or words[k : k + 2] == ["if", "anything"]:
            continue
        return "," in words[k + len(opener) :]
    return False


_SCENARIO_VERBS = {"lose", "break", "reclaim", "clear", "hold", "close", "flip", "get", "take", "crack", "breach", "regain"}


def _imperative_scenario(figure: Span) -> bool:
    """'Lose $94K and I'm wrong, next stop $90K': a bare verb opening the sentence sets the scenario."""
    sentence = figure.sent
    first = sentence[0]
    return first.tag_ == "VB" and first.lemma_.lower() in _SCENARIO_VERBS and first.i < figure.start \
        and any(t.lower_ in {"and", ","} for t in sentence.doc[first.i + 1 : figure.start])


def in_condition(cue: Span) -> bool:
    """Whether the words sit in an 'if' / 'unless' clause."""
    return _in_condition(_verb(cue)) or _inverted_opening(cue)


def _inverted_opening(cue: Span) -> bool:
    """'Should bitcoin break below $80,000, it could ...': a sentence opened by an inverted
    auxiliary is a condition up to its first comma, read from the words, as the parser often takes
    a lower-case 'bitcoin' after 'Should' for the verb."""
    sentence = cue.sent
    first = sentence[0]
    if first.lower_ not in _INVERTING or first.text[0].islower() or sentence.text.rstrip().endswith("?"):
        return False
    comma = next((t.i for t in sentence if t.text == ","), None)
    return comma is not None and cue.end <= comma


_FORESEEING = {"see", "call", "predict", "forecast", "expect", "project", "target", "eye", "anticipate", "envision", "estimate"}


def forecaster(verb: Token) -> str | None:
    """'Claude sees a slide toward $2,600', 'Grok calls for $95,000': who makes the forecast, the
    subject of the verb of foreseeing over it, when that is a source and not the coin."""
    for token in [verb, *verb.ancestors][:4]:
        if _past_semicolon(verb, token):
            break
        if token.lemma_.lower() in _FORESEEING and token.pos_ == "VERB" and token.tag_ != "VBN":
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is None and token.tag_ == "VBG" and token.dep_ in {"advcl", "xcomp", "conj"}:
                subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            if subject is None or _pronoun(subject):
                return antecedent(token.sent, before=token.i) if subject is not None else None
            phrase = _subject_phrase(subject)
            if phrase.root.lower_ not in attribution_words()["not_forecasters"] and _source_like(phrase):
                return _by_name(phrase)
            return None
        if token.dep_ not in {"xcomp", "ccomp", "acomp", "conj", "advcl", "prep", "pobj", "dobj", "acl", "appos", "nmod"}:
            break
    return None


def _proper_name(phrase: Span) -> bool:
    """'Standard Chartered sees ...', 'Bernstein expects ...': a name of proper nouns only is a
    forecaster, whether or not the pipeline tags it as an entity."""
    return len(phrase) > 0 and all(t.pos_ == "PROPN" or t.tag_ == "NNP" for t in phrase)


def modality_of(cue: Span, sentence: Span) -> tuple[Modality, str | None]:
    """The claim's modality and, when it is someone's word, whose."""
    verb = _verb(cue)
    source = attribution(sentence, cue)
    if source is None and cue.root.pos_ != "VERB" or source is None and verb.lemma_.lower() in _FORESEEING:
        source = forecaster(verb)
    if _is_forecast(verb):
        return (Modality.conditional if rests_on_condition(verb, cue) else Modality.forecast), source
    if _in_condition(verb):
        return Modality.conditional, source
    if source:
        return Modality.attributed, source
    return Modality.asserted, None


_PROSPECT_WORDS = {"room", "scope", "likely", "possible", "potential", "outlook", "scenario", "odds", "path",
                   "potentially", "possibly", "prediction", "predictions", "projection", "projections", "forecasts",
                   "guess"}  # "My guess: we retest the $60,000 low"
_CASES = {"bear", "bull", "bearish", "bullish", "base", "worst", "best", "downside", "upside"}  # "In the bear case, bitcoin slips to $90,000"
_EXPECTING_WORDS = {"expect", "forecast", "predict", "target", "anticipate", "eye", "project", "call", "see"}


def is_modal(token: Token) -> bool:
    """A modal verb, not a word spelled like one: 'may' tagged MD, and a capitalised 'May'
    only at the start of its sentence or before a verb ('the $111,900 May high' is a month)."""
    if token.lower_ not in MODALS or token.tag_ != "MD":
        return False
    if token.text != "May" or token.is_sent_start:
        return True
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return nxt is not None and nxt.tag_ == "VB"


_CALL_NOUNS = {"prediction", "predictions", "projection", "projections", "forecasts"}
_TIMING_VERBS = {"come", "follow", "arrive", "land"}


def _dated_call(token: Token) -> bool:
    """'The projection follows ...', 'The forecasts came after ...': a call as the subject of a
    verb that places it in time; what follows is the news it came with."""
    return token.lower_ in _CALL_NOUNS and token.dep_ in {"nsubj", "nsubjpass"} and token.head.lemma_.lower() in _TIMING_VERBS


def sentence_expects(sentence: Span, quantity: Span) -> bool:
    """A forecast said around a noun ("desks expect a push to $75,000", "$105,000
    could come back into view"): a modal or a verb of expectation before the
    number, or a modal right after it."""
    doc = sentence.doc
    before = doc[sentence.start : quantity.start]
    for token in before:
        if token.dep_ in {"aux", "auxpass"} and is_modal(token):
            return True
        if token.pos_ == "VERB" and token.lemma_.lower() in _EXPECTING_WORDS - {"see", "call"}:
            return True
        if token.lower_ in _PROSPECT_WORDS and _dated_call(token):
            continue  # 'The projection follows a week in which solana topped $250': when the call was made, not what it expects
        if token.lower_ in _PROSPECT_WORDS or token.lower_ == "case" and token.i > sentence.start and doc[token.i - 1].lower_ in _CASES:
            return True
    after = doc[quantity.end : min(quantity.end + 2, sentence.end)]
    # '$105,000 could come back into view'; not 'trades at $112,000 and could rise', where the modal opens the next clause
    return any(is_modal(t) and not any(g.pos_ in {"CCONJ", "PUNCT"} for g in doc[quantity.end : t.i]) for t in after)
