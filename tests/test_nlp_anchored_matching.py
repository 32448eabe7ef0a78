"""Starting patterns only where their first required word stands (`AnchoredMatcher`) changes no
match: our cue, window, state and bound taggers find what spaCy's own Matcher finds over the
corpus articles, in the same order (the window and state taggers keep the first of two equal
spans), and so do patterns built to exercise every operator, at the end of a text too."""

from __future__ import annotations

import pickle
from pathlib import Path

from spacy.tokens import Token

from factcheck.article.load import load_article
from factcheck.nlp.anchored_matcher import AnchoredMatcher
from factcheck.nlp.pipeline import load_pipeline

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
TAGGERS = ("fc_cues", "fc_windows", "fc_states", "fc_bounds")

# each pattern leans on one way a match can start before, at or after its first listed word
OPERATORS = [
    ("lead-optional", [{"LOWER": {"IN": ["sharply", "briefly"]}, "OP": "?"}, {"LEMMA": {"IN": ["fall", "drop"]}}]),
    ("lead-any", [{"IS_ALPHA": True, "OP": "*"}, {"LOWER": "to"}, {"LIKE_NUM": True}]),
    ("lead-words", [{"LOWER": {"IN": ["the", "key", "major"]}, "OP": "*"}, {"LOWER": {"IN": ["support", "resistance"]}}]),
    ("lead-fixed", [{"IS_PUNCT": True}, {"LOWER": {"IN": ["bitcoin", "ether"]}}]),
    ("not-then", [{"LOWER": "by", "OP": "!"}, {"LIKE_NUM": True}, {"ORTH": "%"}]),
    ("plus-tail", [{"LOWER": {"IN": ["fell", "rose", "climbed"]}}, {"IS_ALPHA": True, "OP": "+"}]),
    ("range", [{"LEMMA": "be"}, {"IS_ALPHA": True, "OP": "{1,3}"}, {"LOWER": {"IN": ["high", "low"]}, "OP": "?"}]),
    ("open-range", [{"LOWER": "from"}, {"IS_PUNCT": False, "OP": "{2,}"}]),
    ("tail-optional", [{"LOWER": {"IN": ["week", "month"]}}, {"IS_PUNCT": True, "OP": "?"}]),
    ("tail-any", [{"LIKE_NUM": True}, {"IS_SPACE": False, "OP": "*"}]),
    ("tag", [{"TAG": "MD"}, {"POS": "ADV", "OP": "*"}, {"TAG": "VB"}]),
    ("sentence-start", [{"IS_SENT_START": True, "LOWER": {"IN": ["bitcoin", "analysts"]}}, {"IS_ALPHA": True}]),
    ("regex", [{"LOWER": {"REGEX": r"^(?:mon|tues)day$"}}, {"IS_PUNCT": True, "OP": "?"}]),
]
TEXTS = [
    "Bitcoin fell sharply to 61,200 on Monday. Analysts said the key support may hold for a week.",
    "Ether rose 4% and could briefly test the major resistance from early March; it fell by 2% later.",
    "Traders are watching the 200-day moving average, and the month",
]


def _docs() -> list:
    nlp = load_pipeline()
    articles = sorted(CORPUS.glob("*.txt"))[::6]
    return [nlp(load_article(str(path)).text) for path in articles] + [nlp(text) for text in TEXTS]


def test_our_taggers_match_as_spacys_matcher_does() -> None:
    nlp = load_pipeline()
    docs = _docs()
    for name in TAGGERS:
        matcher = nlp.get_pipe(name).matcher
        assert isinstance(matcher, AnchoredMatcher) and matcher.fast
        found = [matcher(doc) for doc in docs]
        assert found == [matcher.matcher(doc) for doc in docs], name
    assert sum(len(nlp.get_pipe("fc_cues").matcher(doc)) for doc in docs) > 100


def test_every_operator_matches_as_spacys_matcher_does() -> None:
    nlp = load_pipeline()
    matcher = AnchoredMatcher(nlp.vocab, OPERATORS)
    assert matcher.fast
    docs = _docs()
    ours = [matcher(doc) for doc in docs]
    assert ours == [matcher.matcher(doc) for doc in docs]
    named = {nlp.vocab.strings[key] for doc_matches in ours for key, _, _ in doc_matches}
    assert named == {key for key, _ in OPERATORS}  # every pattern did match somewhere


def test_a_pattern_reading_an_extension_is_left_to_spacy() -> None:
    if not Token.has_extension("fc_test_watched"):
        Token.set_extension("fc_test_watched", getter=lambda token: token.lower_ in {"ether", "solana"})
    nlp = load_pipeline()
    matcher = AnchoredMatcher(nlp.vocab, [("watched", [{"_": {"fc_test_watched": True}}, {"LEMMA": "rise"}])])
    assert not matcher.fast
    doc = nlp("Ether rose while solana fell.")
    assert [(nlp.vocab.strings[key], start, end) for key, start, end in matcher(doc)] == [("watched", 0, 2)]


def test_a_pickled_matcher_matches_as_before() -> None:
    """A pipeline sent to another process (a Dask worker) takes its taggers along."""
    nlp = load_pipeline()
    matcher = nlp.get_pipe("fc_cues").matcher
    copy = pickle.loads(pickle.dumps(matcher))
    doc = nlp(TEXTS[0])
    assert copy.fast and copy(doc) == matcher(doc) and matcher(doc)
