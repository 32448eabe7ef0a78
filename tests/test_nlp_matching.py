"""The matching short cuts change no match: our taggers' set tests made cheap (`quicken`) and
the attribute ruler's one-token rules looked up by tag and word (`TokenRules`) find exactly
what spaCy's own Matcher finds, in the same order where the order is read."""

from __future__ import annotations

import pickle

from spacy.attrs import LEMMA, LOWER, POS
from spacy.matcher import Matcher
from spacy.matcher import matcher as spacy_matcher

from factcheck.nlp.components import load_cues, load_states
from factcheck.nlp.pipeline import load_pipeline
from factcheck.nlp.quick_matcher import quicken
from factcheck.nlp.token_rules import TokenRules
from factcheck.nlp.word_forms import with_written_forms

SENTENCES = [
    "Bitcoin Falls Below $50,000 as Traders Dump Risk",
    "Ether rose 4.2% to $3,150 on Tuesday, its highest level since early March.",
    "BTC slid by roughly 3% overnight and could retest the $60K support if sellers return.",
    "The Fear & Greed index climbed to 71, entering greed, while the RSI cooled from overbought.",
    "Analysts said a break above $72,000 would open the way to $80,000 by the end of the month.",
    "I'd say it ain't over: y'all gonna see nothin' like this, lemme tell ya, it's gotta hold.",
    "Open interest fell 6.8% to $7.62 billion after longs took the brunt, losing $300 million.",
    "There is a ton of resistance near the 200-day moving average; SOL dipped under $140.",
]


def _cue_rows() -> list[tuple[str, list[dict]]]:
    rows = list(load_cues().values())
    twins = [(row["id"], twin) for row in rows if (twin := with_written_forms(row["pattern"])) is not None]
    return [(row["id"], row["pattern"]) for row in rows] + twins + [(row["id"], row["pattern"]) for row in load_states().values()]


def _matcher(vocab, rows) -> Matcher:
    matcher = Matcher(vocab)
    for key, pattern in rows:
        matcher.add(key, [pattern])
    return matcher


def test_quickened_matcher_finds_the_same_matches_in_the_same_order() -> None:
    nlp = load_pipeline()
    plain = _matcher(nlp.vocab, _cue_rows())
    quick = quicken(_matcher(nlp.vocab, _cue_rows()))
    docs = [nlp(s) for s in SENTENCES]
    assert all(quick(doc) == plain(doc) for doc in docs)
    assert sum(len(plain(doc)) for doc in docs) > 20  # the sentences do exercise the patterns
    kind = spacy_matcher._SetPredicate
    left = [p for p in quick._extra_predicates if type(p) is kind and p.attr in (LOWER, LEMMA, POS)]
    assert not left  # the tests of words and tags were swapped


def test_a_quickened_matcher_still_takes_patterns() -> None:
    """spaCy shares a test between patterns by its key: a pattern added later still matches."""
    nlp = load_pipeline()
    matcher = quicken(_matcher(nlp.vocab, [("drop", [{"LOWER": {"IN": ["fell", "slid"]}}])]))
    matcher.add("level", [[{"LOWER": {"IN": ["fell", "slid"]}}, {"LOWER": {"NOT_IN": ["by"]}}, {"LIKE_NUM": True}]])
    doc = nlp.make_doc("Ether slid below 3,000 and fell by 5")
    found = [(nlp.vocab.strings[key], start, end) for key, start, end in matcher(doc)]
    assert sorted(found) == [("drop", 1, 2), ("drop", 5, 6), ("level", 1, 4)]


def test_attribute_rules_match_as_the_models_matcher_does() -> None:
    nlp = load_pipeline()
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.matcher, TokenRules)
    for text in SENTENCES:
        doc = nlp(text)
        ours = ruler.matcher(doc, allow_missing=True)
        spacys = ruler.matcher.matcher(doc, allow_missing=True)
        assert sorted(ours) == sorted(spacys) and len(ours) == len(spacys)


def test_attribute_rules_set_what_the_model_sets() -> None:
    """Part of speech, morphology and lemmas after the ruler, against the ruler on spaCy's Matcher."""
    nlp = load_pipeline()
    ruler = nlp.get_pipe("attribute_ruler")
    before = [name for name, _ in nlp.pipeline[: nlp.pipe_names.index("attribute_ruler")]]
    for text in SENTENCES:
        doc = nlp(text, disable=[n for n in nlp.pipe_names if n not in before])
        again = doc.copy()
        ruler(doc)
        ours = ruler.matcher
        try:
            ruler.matcher = ours.matcher
            ruler(again)
        finally:
            ruler.matcher = ours
        assert [(t.pos_, str(t.morph), t.lemma_) for t in doc] == [(t.pos_, str(t.morph), t.lemma_) for t in again]
    contraction = nlp("y'all gonna see")
    assert [t.lemma_ for t in contraction][:4] == ["you", "all", "go", "to"]  # two-token rules still apply


def test_attribute_rules_survive_pickling() -> None:
    """spaCy pickles a pipeline to run it in worker processes (`nlp.pipe(n_process=2)`)."""
    nlp = load_pipeline()
    rules = pickle.loads(pickle.dumps(nlp.get_pipe("attribute_ruler").matcher))
    doc = nlp(SENTENCES[5])
    assert sorted(rules(doc, allow_missing=True)) == sorted(rules.matcher(doc, allow_missing=True))


def test_a_rule_added_later_is_matched() -> None:
    nlp = load_pipeline()
    rules = TokenRules(Matcher(nlp.vocab), [])
    rules.add(nlp.vocab.strings.add("0"), [[{"LOWER": "hodl"}]])
    doc = nlp.make_doc("we hodl")
    assert rules(doc) == [(nlp.vocab.strings["0"], 1, 2)]


def test_the_anchored_matcher_keeps_the_patterns_spacy_compiled() -> None:
    """Each pattern is compiled once, by the Matcher itself, and that form is what the
    anchored matcher runs: the same nodes spaCy would give for the pattern compiled apart."""
    from factcheck.nlp.anchored_matcher import _added

    vocab = load_pipeline().vocab
    rows = _cue_rows()[:40]
    matcher = Matcher(vocab)
    kept = _added(matcher, rows)
    assert kept is not None and len(kept) == len(rows) and len(matcher) == len({key for key, _ in rows})
    apart = Matcher(vocab)
    for key, pattern in rows:
        apart.add(key, [pattern])
    again = [spacy_matcher._preprocess_pattern(p, vocab, {}, apart._extra_predicates, apart._fuzzy_compare) for _, p in rows]
    assert [[node[:2] + node[3:] for node in c] for c in kept] == [[node[:2] + node[3:] for node in c] for c in again]
