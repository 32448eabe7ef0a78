"""spaCy Matchers made cheap for our many patterns (`quicken`): the Matcher starts every
pattern at every token and runs each distinct `{"IN": [...]}` test of a first token through
a general-purpose predicate, about 150 calls per token for our cues. Each plain set test on
a token field becomes a one-line check of the same field against the same set, so the
matches stay the same (tests/test_nlp_matching.py compares them with spaCy's own)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import DEP, LEMMA, LOWER, ORTH, POS, TAG
from spacy.matcher import Matcher
from spacy.matcher import matcher as spacy_matcher
from spacy.tokens import Token

# A set test on a token field, as spaCy's Matcher reads it (`get_token_attr_for_matcher`).
_MEMBERSHIP: dict[int, tuple[Callable[[frozenset[int]], Callable[[Token], bool]], Callable[[frozenset[int]], Callable[[Token], bool]]]] = {
    LOWER: (lambda values: lambda t: t.lower in values, lambda values: lambda t: t.lower not in values),
    LEMMA: (lambda values: lambda t: t.lemma in values, lambda values: lambda t: t.lemma not in values),
    ORTH: (lambda values: lambda t: t.orth in values, lambda values: lambda t: t.orth not in values),
    POS: (lambda values: lambda t: t.pos in values, lambda values: lambda t: t.pos not in values),
    TAG: (lambda values: lambda t: t.tag in values, lambda values: lambda t: t.tag not in values),
    DEP: (lambda values: lambda t: t.dep in values, lambda values: lambda t: t.dep not in values),
}


def quicken(matcher: Matcher) -> Matcher:
    """The same Matcher, its `{"IN": [...]}` / `{"NOT_IN": [...]}` tests made cheap.

    spaCy starts every pattern at every token and runs each distinct set test of a
    pattern's first token there through a general-purpose Python predicate; with our
    150-odd cue patterns that is about 150 calls per token, half of `fc_cues`' time.
    Each plain set test on a token field is swapped for a one-line test of that same
    field against the same set of string ids, so matches are unchanged. Anything
    else (regexes, fuzzy sets, extension attributes, MORPH) is left as spaCy built it."""
    predicates = getattr(matcher, "_extra_predicates", None)
    kind = getattr(spacy_matcher, "_SetPredicate", None)
    if predicates is None or kind is None:
        return matcher
    for n, predicate in enumerate(predicates):
        if type(predicate) is not kind or getattr(predicate, "is_extension", True) or getattr(predicate, "regex", True) \
                or getattr(predicate, "fuzzy", 0) is not None:
            continue  # a spaCy whose predicates read differently keeps its own
        build = _MEMBERSHIP.get(getattr(predicate, "attr", None))  # type: ignore[arg-type]
        if build is None or getattr(predicate, "predicate", None) not in ("IN", "NOT_IN"):
            continue
        test = build[predicate.predicate == "NOT_IN"](frozenset(predicate.value))
        test.key, test.i = predicate.key, predicate.i  # what `Matcher.add` reads to share a test between patterns
        predicates[n] = test
    return matcher
