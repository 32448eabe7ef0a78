"""spaCy's Matcher, run only from the tokens where a pattern can start (`AnchoredMatcher`).

spaCy starts every pattern at every token: with our few hundred cue, window and state
patterns that is ~300 states and ~230 Python set tests per token, although most patterns
begin with a word list (`{"LOWER": {"IN": [...]}}`) that a token either is in or not.
Here each pattern is filed under the words (or tag, or flag) of its first required token;
a doc's tokens are looked up in that file once, so a pattern is started only where its
first required word stands (or the few tokens before it that its optional lead words can
take). From there the Matcher's own steps run unchanged: the same compiled patterns, the
same tests, the same state order, so the matches and their order are spaCy's
(tests/test_nlp_matching.py compares them). A Matcher whose patterns read anything else
(extension attributes, sentence starts, entities) is left to spaCy whole."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy import attrs
from spacy.matcher import Matcher
from spacy.matcher import matcher as spacy_matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc

from factcheck.nlp.matcher_wrapper import MatcherWrapper
from factcheck.nlp.quick_matcher import quicken

# spaCy's quantifiers (quantifier_t in spacy/matcher/matcher.pxd)
ZERO, ZERO_ONE, ZERO_PLUS, ONE = 0, 1, 2, 3
# the token fields read here, as `Doc.to_array` gives them: the values the Matcher compares
_FIELDS = frozenset(
    [attrs.ORTH, attrs.LOWER, attrs.NORM, attrs.SHAPE, attrs.PREFIX, attrs.SUFFIX, attrs.LENGTH, attrs.LEMMA,
     attrs.POS, attrs.TAG, attrs.DEP, attrs.IS_ALPHA, attrs.IS_ASCII, attrs.IS_DIGIT, attrs.IS_LOWER, attrs.IS_UPPER,
     attrs.IS_TITLE, attrs.IS_PUNCT, attrs.IS_SPACE, attrs.IS_STOP, attrs.LIKE_NUM, attrs.LIKE_URL, attrs.LIKE_EMAIL,
     attrs.IS_CURRENCY, attrs.IS_BRACKET, attrs.IS_QUOTE, attrs.IS_LEFT_PUNCT, attrs.IS_RIGHT_PUNCT, attrs.SENT_START]
)
# fields a word list may name in a pattern ({"LOWER": {"IN": [...]}}): a token is filed by them
_LISTED = {"ORTH": attrs.ORTH, "TEXT": attrs.ORTH, "LOWER": attrs.LOWER, "NORM": attrs.NORM, "LEMMA": attrs.LEMMA,
           "POS": attrs.POS, "TAG": attrs.TAG, "DEP": attrs.DEP}
_ANNOTATED = (attrs.TAG, attrs.POS, attrs.MORPH, attrs.LEMMA, attrs.DEP)  # what spaCy checks a doc has


def _added(matcher: Matcher, adds: list[tuple[str, list[dict[str, Any]]]]) -> list[Any] | None:
    """Add each pattern to spaCy's Matcher, keeping the compiled form the Matcher made of it
    (its own `_preprocess_pattern`, seen on the way): compiling every pattern a second time
    cost a fifth of a second at each pipeline load. None if the Matcher compiled them out of
    sight (another spaCy): `_compile` then compiles them itself, as before."""
    seen: list[Any] = []
    original = spacy_matcher._preprocess_pattern

    def keeping(*args: Any, **kwargs: Any) -> Any:
        compiled = original(*args, **kwargs)
        seen.append(compiled)
        return compiled

    spacy_matcher._preprocess_pattern = keeping
    try:
        for key, pattern in adds:
            matcher.add(key, [pattern])
    finally:
        spacy_matcher._preprocess_pattern = original
    return seen if len(seen) == len(adds) else None


class _Unsupported(Exception):
    """A pattern reads something this matcher does not: spaCy's Matcher runs it."""


class AnchoredMatcher(MatcherWrapper):
    """The matches of spaCy's Matcher over `adds` ((key, pattern) in the order they are added).

    `matcher` is the spaCy Matcher itself (kept for anything but matching a whole Doc);
    patterns it cannot run are left to it, whole."""

    def __init__(self, vocab: Any, adds: Iterable[tuple[str, list[dict[str, Any]]]]) -> None:
        self.adds = list(adds)
        self.matcher = Matcher(vocab)
        compiled = _added(self.matcher, self.adds)
        quicken(self.matcher)
        self.vocab = vocab
        try:
            self._compile(compiled)
            self.fast = True
        except _Unsupported:
            self.fast = False

    def __reduce__(self) -> tuple[Any, ...]:
        return (AnchoredMatcher, (self.vocab, self.adds))  # rebuilt where unpickled: the quickened tests are closures

    def _compile(self, added: list[Any] | None) -> None:
        predicates = self.matcher._extra_predicates
        known = len(predicates)
        extensions: dict[str, int] = dict(self.matcher._extensions)
        columns: dict[int, int] = {}
        self.patterns: list[tuple[int, list[tuple[int, tuple[tuple[int, int], ...], tuple[int, ...]]]]] = []
        anchors: list[tuple[int, frozenset[int]] | None] = []
        leads: list[tuple[int, float, list[tuple[int, frozenset[int]]] | None]] = []
        for n, (key, pattern) in enumerate(self.adds):
            compiled = added[n] if added is not None else \
                spacy_matcher._preprocess_pattern(pattern, self.vocab, extensions, predicates, self.matcher._fuzzy_compare)
            if extensions or len(predicates) != known:
                raise _Unsupported  # an extension, or a test the Matcher does not already hold
            nodes = []
            for quantifier, values, extras, tests, _ in compiled:
                if quantifier not in (ZERO, ZERO_ONE, ZERO_PLUS, ONE) or extras:
                    raise _Unsupported
                fields = []
                for attr, value in values:
                    if attr not in _FIELDS:
                        raise _Unsupported
                    fields.append((columns.setdefault(attr, len(columns)), value))
                nodes.append((quantifier, tuple(fields), tuple(tests)))
            self.patterns.append((self.vocab.strings.add(key) if isinstance(key, str) else key, nodes))
            anchor, lead = self._anchor(pattern, compiled, columns)
            anchors.append(anchor)
            leads.append(lead)
        self.columns = list(columns)
        self.sentence_starts = columns.get(attrs.SENT_START)
        self.seen = [attr for attr in _ANNOTATED if attr in self.matcher._seen_attrs]
        # column -> value -> [(pattern, fewest and most tokens before its anchor, what those tokens may be)]
        self.filed: dict[int, dict[int, list[tuple[int, int, float, list[tuple[int, frozenset[int]]] | None]]]] = {}
        self.everywhere: list[int] = []
        for n, (anchor, lead) in enumerate(zip(anchors, leads)):
            if anchor is None:
                self.everywhere.append(n)
                continue
            column, values = anchor
            for value in values:
                self.filed.setdefault(column, {}).setdefault(value, []).append((n, *lead))

    @staticmethod
    def _test_of(spec: dict[str, Any], values: list[tuple[int, int]], columns: dict[int, int]) -> tuple[int, frozenset[int]] | None:
        """A field and the values a token must have there to match `spec` (one of its fixed
        values as compiled, else one of its word lists as spaCy's set test reads it), or None."""
        for attr, value in values:
            if attr in _FIELDS:
                return columns.setdefault(attr, len(columns)), frozenset([value])
        for name, wanted in spec.items():
            field = _LISTED.get(name.upper()) if isinstance(name, str) else None
            if field is not None and isinstance(wanted, dict) and list(wanted) == ["IN"] \
                    and all(isinstance(v, str) for v in wanted["IN"]):
                return columns.setdefault(field, len(columns)), frozenset(get_string_id(v) for v in wanted["IN"])
        return None

    def _anchor(self, pattern: list[dict[str, Any]], compiled: list[Any], columns: dict[int, int]):
        """The first required token of a pattern that a word list (or a fixed value) picks out,
        and what may stand before it: (anchor, (fewest, most tokens before it, their tests))."""
        fewest, most, before = 0, 0.0, []
        open_lead = False  # a token before the anchor may be anything
        for quantifier, values, _, _, index in compiled:
            test = self._test_of(pattern[index], values, columns) if quantifier in (ONE, ZERO_ONE, ZERO_PLUS) else None
            if quantifier == ONE and test is not None:
                return test, (fewest, most, None if open_lead else before)
            if test is None:
                open_lead = True
            else:
                before.append(test)
            if quantifier in (ONE, ZERO):
                fewest += 1
                most += 1
            elif quantifier == ZERO_ONE:
                most += 1
            else:
                most = float("inf")
        return None, (0, 0.0, None)

    def _starts(self, rows: list[list[int]], n: int) -> list[list[int]]:
        """The patterns to start at each token, in the order they were added."""
        starts: list[set[int] | None] = [None] * n
        for column, filed in self.filed.items():
            for i in range(n):
                hits = filed.get(rows[i][column])
                if not hits:
                    continue
                for pattern, fewest, most, before in hits:
                    last = i - fewest
                    if most == float("inf"):
                        first = i
                        if before is None:
                            first = 0
                        else:
                            while first > 0 and any(rows[first - 1][c] in values for c, values in before):
                                first -= 1
                    else:
                        first = i - int(most)
                    for s in range(max(first, 0), last + 1):
                        here = starts[s]
                        if here is None:
                            starts[s] = {pattern}
                        else:
                            here.add(pattern)
        everywhere = self.everywhere
        out = []
        for here in starts:
            if here is None:
                out.append(everywhere)
            else:
                out.append(sorted(here.union(everywhere)) if everywhere else sorted(here))
        return out

    def __call__(self, doclike: Any, **kwargs: Any) -> list[Any]:
        if kwargs or not self.fast or not isinstance(doclike, Doc) or any(not doclike.has_annotation(a) for a in self.seen):
            return self.matcher(doclike, **kwargs)  # spaCy's own, and its errors
        return self._find(doclike)

    def _find(self, doc: Doc) -> list[tuple[int, int, int]]:
        """spaCy's `find_matches` and `transition_states`, step for step, over the started states."""
        n = len(doc)
        if n == 0:
            return []
        rows = doc.to_array(self.columns).reshape(n, len(self.columns)).tolist() if self.columns else [[] for _ in range(n)]
        if self.sentence_starts is not None:  # the Matcher reads a sentence start as 1, anything else (0, -1) as 0
            c = self.sentence_starts
            for row in rows:
                row[c] = int(row[c] == 1)
        starts = self._starts(rows, n)
        patterns, predicates = self.patterns, self.matcher._extra_predicates
        states: list[tuple[int, int, int, int]] = []
        found: list[tuple[int, int, int]] = []
        for i in range(n):
            begin = starts[i]
            if begin:
                states.extend([(p, 0, i, 0) for p in begin])
            if not states:
                continue
            row = rows[i]
            cache: dict[int, Any] = {}
            token = None
            kept: list[tuple[int, int, int, int]] = []
            fresh: list[tuple[int, int, int, int]] = []
            for p, k, start, length in states:
                key, nodes = patterns[p]
                last = len(nodes) - 1
                while True:
                    quantifier, fields, tests = nodes[k]
                    matched = True
                    for column, value in fields:
                        if row[column] != value:
                            matched = False
                            break
                    if matched and tests:
                        for t in tests:
                            if t in cache:
                                result = cache[t]
                            else:
                                if token is None:
                                    token = doc[i]
                                result = cache[t] = predicates[t](token)
                            if result is False:
                                matched = False
                                break
                    final = k == last
                    if quantifier == ZERO:
                        matched, quantifier = not matched, ONE
                    if quantifier == ONE:
                        if matched:
                            if final:
                                found.append((key, start, length + 1))
                            else:
                                kept.append((p, k + 1, start, length + 1))
                        break
                    if quantifier == ZERO_PLUS:
                        if matched and final:  # MATCH_EXTEND
                            found.append((key, start, length))
                            kept.append((p, k, start, length + 1))
                            break
                        if final:  # MATCH_REJECT
                            found.append((key, start, length))
                            break
                        if matched:  # RETRY_EXTEND
                            fresh.append((p, k, start, length + 1))
                        k += 1  # RETRY
                        continue
                    # ZERO_ONE
                    if final:
                        if matched and length > 0:  # MATCH_DOUBLE
                            found.append((key, start, length))
                        found.append((key, start, length + 1 if matched else length))
                        break
                    if matched:  # RETRY_ADVANCE
                        fresh.append((p, k + 1, start, length + 1))
                    k += 1
            states = kept + fresh
        for p, k, start, length in states:  # `finish_states`: patterns ending in optional tokens
            key, nodes = patterns[p]
            while nodes[k][0] in (ZERO_PLUS, ZERO_ONE):
                if k == len(nodes) - 1:
                    found.append((key, start, length))
                    break
                k += 1
        seen: set[tuple[int, int, int]] = set()
        out = []
        for key, start, length in found:
            match = (key, start, start + length)
            if length > 0 and match not in seen:
                seen.add(match)
                out.append(match)
        return out
