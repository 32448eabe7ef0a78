"""Is a claim stated as fact, forecast, condition, or someone else's word?

Read from the dependency parse around the claim's verb: a modal auxiliary or
a verb of expectation makes a forecast, an `if` clause a condition, "according
to X" or "X said" an attribution (and X is kept). A forecast that rests on a
condition ("if BTC clears $74,000, it could run to $80,000", "a break above
$3,200 would open the way to $3,500") is conditional.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.model import Modality

MODALS = {"could", "may", "might", "will", "would", "should", "'ll", "can", "must", "wo", "shall"}
EXPECTING = {
    "expect", "likely", "poise", "set", "predict", "forecast", "project", "aim", "target",
    "eye", "anticipate", "bound", "due", "tip", "seem", "look", "hope", "plan", "threaten",
    "prepare", "potential", "possible", "want", "try", "attempt",
}  # not 'need': 'needs to hold above $99,300' says what the price must do, not what is expected
CONDITIONS = {"if", "unless", "once", "should", "provided", "assuming", "whether"}
REPORTING = {
    "say", "note", "tell", "write", "explain", "argue", "claim", "report", "believe",
    "warn", "suggest", "add", "predict", "estimate", "expect", "observe", "point", "reckon",
    "state", "comment", "caution", "highlight", "show", "reveal", "indicate",
}
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


def _is_forecast(verb: Token) -> bool:
    for token in [verb, *verb.ancestors][:4]:
        if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in MODALS for c in token.children):
            return not counterfactual(token) and not required(token)
        if token.lemma_.lower() in EXPECTING and token is not verb and token.i < verb.i and not _without_to(token):
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


def counterfactual(token: Token) -> bool:
    """'would have sent ether to $4,800': a modal with a perfect tells what did not happen."""
    return token.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in {"have", "'ve"} for c in token.children)


_REQUIRING = {"need", "have"}


def required(token: Token) -> bool:
    """'Solana would have to climb to $260 to set a record', 'would need to rise 35%': what the
    price must do, not what anyone expects it to do."""
    for t in [token, *token.ancestors][:3]:
        if t.lemma_.lower() in _REQUIRING and any(c.dep_ == "xcomp" for c in t.children) \
                and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            return True
    return False


def _in_condition(verb: Token) -> bool:
    for token in [verb, *verb.ancestors]:
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in token.children) or _inverted(token) and token.dep_ == "advcl":
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
CROSSING_MOVES = {"move", "push", "drop", "dip", "slip", "fall", "rally", "surge", "climb", "run", "decline", "slide", "spike"}
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
    return clause.dep_ == "advcl" and (_inverted(clause) or any(c.dep_ == "mark" and c.lower_ in CONDITIONS - {"whether"} for c in clause.children))


def scenario_subject(verb: Token) -> Token | None:
    """The subject of a verb when it names a scenario rather than the market itself: 'reclaiming
    $2,800 opens ...', 'a daily close below $0.50 could ...', 'any sign of a rate cut could ...'."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}), None)
    if subject is None:
        return None
    if subject.dep_ == "csubj" or subject.tag_ == "VBG" and subject.pos_ == "VERB":
        return subject
    if not _has_modal(verb) and any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _DEFINITE for c in subject.children):
        return None  # 'the breakout puts $4,000 within reach': a move that happened, not a scenario
    if subject.lemma_.lower() in SCENARIO_NOUNS or any(c.dep_ == "det" and c.lower_ == "any" for c in subject.children):
        return subject
    if subject.lemma_.lower() in CROSSING_MOVES and any(c.dep_ == "prep" and c.lower_ in CROSSED for c in subject.children):
        return subject
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
        if token.dep_ in {"nsubj", "nsubjpass", "csubj"} and _prospective(token.head) and getattr(scenario_subject(token.head), "i", None) == token.i:
            return True
    return False


def attribution(sentence: Span) -> str | None:
    """Who the sentence says it is from: 'According to U.Today ...' or '... analysts said'."""
    tokens = list(sentence)
    for i, token in enumerate(tokens[:-1]):
        if token.lower_ == "according" and tokens[i + 1].lower_ == "to":
            rest = sentence.doc[tokens[i + 1].i + 1 : sentence.end]
            for ent in rest.ents:
                if ent.label_ in SOURCES:
                    return ent.text
            pobj = next((c for c in tokens[i + 1].children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return sentence.doc[pobj.left_edge.i : pobj.right_edge.i + 1].text
    for token in tokens:
        if token.lemma_.lower() in REPORTING and token.pos_ == "VERB":
            subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is None:
                continue
            phrase = sentence.doc[subject.left_edge.i : subject.right_edge.i + 1]
            named = [e for e in phrase.ents if e.label_ in SOURCES]
            if named:
                return named[0].text
            if subject.lemma_.lower() in {"analyst", "trader", "strategist", "expert", "economist", "researcher", "report", "firm", "bank", "exchange", "platform", "data"}:
                return phrase.text
    return None


def forecast_condition(cue: Span, figure: Span | None = None) -> bool:
    """Whether the forecast these words make rests on a condition (see `rests_on_condition`),
    read up from the figure and from the cue's verb."""
    verb = _verb(cue)
    if verb.dep_ in {"aux", "auxpass"}:  # '$105,000 could come back into view': the modal's verb
        verb = verb.head
    starts = [verb] + ([figure.root] if figure is not None else [])
    return any(rests_on_condition(t, figure or cue) for t in starts) or _imperative_scenario(figure or cue)


_SCENARIO_VERBS = {"lose", "break", "reclaim", "clear", "hold", "close", "flip", "get", "take", "crack", "breach", "regain"}


def _imperative_scenario(figure: Span) -> bool:
    """'Lose $94K and I'm wrong, next stop $90K': a bare verb opening the sentence sets the scenario."""
    sentence = figure.sent
    first = sentence[0]
    return first.tag_ == "VB" and first.lemma_.lower() in _SCENARIO_VERBS and first.i < figure.start \
        and any(t.lower_ in {"and", ","} for t in sentence.doc[first.i + 1 : figure.start])


def in_condition(cue: Span) -> bool:
    """Whether the words sit in an 'if' / 'unless' clause."""
    return _in_condition(_verb(cue))


def modality_of(cue: Span, sentence: Span) -> tuple[Modality, str | None]:
    """The claim's modality and, when it is someone's word, whose."""
    verb = _verb(cue)
    source = attribution(sentence)
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
        if token.lower_ in _PROSPECT_WORDS:
            return True
    after = doc[quantity.end : min(quantity.end + 2, sentence.end)]
    return any(is_modal(t) for t in after)
