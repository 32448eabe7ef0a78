"""Definitions and explanations that carry the words of a reading without being one.

Outlets explain their terms in the middle of market copy: "The RSI measures the speed of
price changes", "Funding rates are periodic payments between longs and shorts", "an index
which tracks sentiment", "In other words, more contracts are open". Such a sentence has
the vocabulary of a reading (momentum, sentiment, leverage) but says what a gauge is or
does, which corpus/README.md lists among the things that are no opinion. The nouns and
verbs are data in models/patterns/opinions.jsonl (roles term, defines, definition-noun,
restates).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from factcheck.nlp.components import PATTERNS, read_jsonl

_PRESENT = {"VBZ", "VBP"}  # "measures", "are": a habit of the term, not what it did this week
_RELATIVE = {"which", "that", "who"}


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for row in read_jsonl(PATTERNS / "opinions.jsonl"):
        out.setdefault(row["role"], set()).update(row.get("lemmas", []) or row.get("phrases", []))
    return {k: frozenset(v) for k, v in out.items()}


def _subject(verb: Token) -> Token | None:
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if verb.dep_ == "relcl" and (subject is None or subject.lower_ in _RELATIVE):
        return verb.head  # "an index which tracks sentiment": the antecedent
    return subject


def _is_term(token: Token | None) -> bool:
    """The noun names a gauge, or a name built around one ("the Fear and Greed Index")."""
    if token is None:
        return False
    terms = _words().get("term", frozenset())
    return token.lemma_.lower() in terms or any(
        c.lemma_.lower() in terms for c in token.children if c.dep_ in {"compound", "conj", "appos"})


def _present(verb: Token) -> bool:
    """'measures', 'are', 'is considered': the present simple, active or passive."""
    return verb.tag_ in _PRESENT or (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in _PRESENT
                                                                 for c in verb.children))


_THRESHOLDS = {"above", "below", "under", "over", "between", "beyond"}
_NOW = {"this", "these", "current", "today", "now", "week", "day", "month", "recent", "latest", "repeated", "again"}


def _any_reading_past(subject: Token) -> bool:
    """'Scores above 53', 'readings below 47': readings named by a threshold, with no article,
    are any readings past it, not the one at hand."""
    if any(c.dep_ == "det" for c in subject.children) or any(t.lower_ in _NOW for t in subject.subtree):
        return False  # 'readings above 70 this week': the readings at hand
    return any(c.dep_ == "prep" and c.lower_ in _THRESHOLDS and any(t.like_num for t in c.subtree) for c in subject.children)


def _defines(verb: Token) -> bool:
    """A present-tense verb whose subject is a gauge and which says what the gauge does or is."""
    subject = _subject(verb)
    if _present(verb) and subject is not None and _any_reading_past(subject) \
            and verb.lemma_.lower() in _words().get("defines-generic", frozenset()):
        return True  # 'Scores above 53 suggest growing greed': what any such reading means
    if not _present(verb) or subject is None or not _is_term(subject):
        return False
    lemma = verb.lemma_.lower()
    if lemma in _words().get("defines", frozenset()):
        return True
    if lemma == "be":  # "Funding rates are payments ...", "The RSI is a momentum indicator"
        return any(c.dep_ == "attr" and _is_definition_noun(c) for c in verb.children)
    if lemma in _words().get("defines-generic", frozenset()):
        # "A positive funding rate means ...": any such rate, not this market's
        return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in subject.children)
    return False


_VERDICTS = {"bullish", "bearish", "positive", "negative", "good", "bad", "strong", "weak", "warning"}


def _is_definition_noun(noun: Token) -> bool:
    """'a momentum indicator', 'periodic payments'; not 'a bullish indicator', which reads the figure."""
    return (noun.lemma_.lower() in _words().get("definition-noun", frozenset())
            and not any(c.lower_ in _VERDICTS for c in noun.children if c.dep_ == "amod"))


def _written_definition(part: Span, last: int | None = None) -> bool:
    """The tagger reads 'oscillator measures' as two nouns and 'are recurring payments' as a
    progressive: a gauge's name followed by a defining verb in the third person, or by
    'is'/'are' and a definition noun before the clause ends. The name stands at or before
    `last`, the clause's first finite verb, when only the main clause counts."""
    tokens = list(part)
    last = len(tokens) if last is None else last
    for i, token in enumerate(tokens[:-1]):
        if i > last or not _is_term(token) or token.tag_ == "NNS":
            continue
        after = tokens[i + 1]
        if after.lemma_.lower() in _words().get("defines", frozenset()) and after.lower_ == after.lemma_.lower() + "s":
            return True
    for i, token in enumerate(tokens[:-2]):
        if i > last or not _is_term(token) or tokens[i + 1].lower_ not in {"is", "are"}:
            continue
        for later in tokens[i + 2 : i + 7]:
            if later.is_punct or later.lower_ in _RELATIVE:
                break
            if later.pos_ == "NOUN" and _is_definition_noun(later):
                return True
    return False


def defines_term(part: Span) -> bool:
    """A clause that says what a gauge does or is: no reading, whatever words it uses."""
    return any(_defines(t) for t in part) or _written_definition(part)


_BAND = re.compile(r"^[^\w(]*[A-Za-z][\w &'’/-]{0,40}\(\s*\d[\d.,]*\s*[-–]\s*\d[\d.,]*\s*\)\s*:")


def legend(sentence: Span) -> bool:
    """'Extreme Fear (0-25): often marks a bottom': a gauge's key, naming a band of its scale
    and what a reading in it is taken to mean. It says what the scale is, not how the market reads now."""
    return bool(_BAND.match(sentence.text.strip()))


_WHEN = {"when", "whenever"}
_IF = {"if"}
_POINTING_HERE = {"these", "those", "such", "current", "today", "now"}


def generic_when(sentence: Span) -> bool:
    """'When funding rates are positive, longs pay shorts', 'When the rate rises above its baseline,
    it usually means ...', 'If the RSI is above 50, the bulls have the advantage': a sentence opened
    by a present-tense 'when' (or, with a present-tense outcome, 'if') clause about any reading of a
    gauge says what such readings mean, which is the gauge's definition. A clause that points at the
    reading at hand ('these depths', 'this high', 'the current rate') reads this market and is left alone."""
    tokens = [t for t in sentence if not (t.is_punct or t.is_space)]
    if not tokens or tokens[0].lower_ not in _WHEN | _IF:
        return False
    verb = tokens[0].head
    # after 'if', only a rule in the present simple ('the bulls have the advantage'); 'could' makes a scenario
    outcome = _PRESENT if tokens[0].lower_ in _IF else _PRESENT | {"MD", "VB"}
    if verb.i == tokens[0].i or verb.tag_ not in _PRESENT or verb.head.tag_ not in outcome:
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    clause = list(verb.subtree)
    here = any(t.lower_ in _POINTING_HERE or (t.lower_ in {"this", "that"} and t.head.pos_ in {"ADJ", "ADV"})
               for t in clause)  # 'this high': the degree of the reading at hand
    return _is_term(subject) and not here


def explains(sentence: Span) -> bool:
    """The sentence as a whole is an explanation: its main verb defines a term, it opens by
    restating what came before ("In other words, ...", "That is, ..."), or it is a line of a
    gauge's key."""
    opening = " ".join(t.lower_ for t in sentence[:4])
    if any(opening.startswith(p) for p in _words().get("restates", frozenset())):
        return True
    if legend(sentence) or generic_when(sentence):
        return True
    root = sentence.root
    if _defines(root) or any(_defines(c) for c in root.children if c.dep_ == "conj"):
        return True
    # the main clause, if the tagger missed its verb: no finite verb before the gauge's name
    finite = next((t.i - sentence.start for t in sentence if t.tag_ in {"VBD", "VBZ", "VBP", "MD"}
                   and t.dep_ not in {"auxpass", "aux"}), len(sentence))
    return _written_definition(sentence, finite)
