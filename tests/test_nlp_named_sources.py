"""Names are recognised only in the sentences that read them, with the entities the
full recogniser gives there: attributions and claims come out as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CORPUS, SEED

from factcheck.article.load import load_article
from factcheck.nlp import pipeline
from factcheck.nlp.extract import claims_from_doc


@pytest.fixture(scope="module")
def full_ner():
    """The same pipeline with spaCy's recogniser run over the whole text."""
    nlp = pipeline._load_english()
    nlp.add_pipe("fc_lines", before="parser")
    for name in pipeline.OUR_COMPONENTS:
        nlp.add_pipe(name, last=True)
    return nlp


def test_names_are_found_where_a_sentence_is_attributed() -> None:
    doc = pipeline.load_pipeline()(
        "Bitcoin fell 3% on Friday to $61,200. According to CoinGlass, traders lost $400 million. "
        "Analysts at VanEck said the drop was healthy. Binance's spot volume rose 20%."
    )
    sentences = list(doc.sents)
    assert not sentences[0].ents  # no cue: the recogniser did not run there ("Friday" is not needed)
    assert ("CoinGlass", "ORG") in [(e.text, e.label_) for e in sentences[1].ents]
    assert "VanEck" in [e.text for e in sentences[2].ents]
    assert any(e.text.startswith("Binance") for e in sentences[3].ents)


@pytest.mark.parametrize("path", [SEED, *sorted(CORPUS.glob("0[01]*.txt"))[:12]], ids=lambda p: Path(p).name[:24])
def test_claims_and_sources_equal_the_full_recognisers(path: Path, full_ner) -> None:
    article = load_article(str(path))

    def facts(nlp) -> list[tuple]:
        return [(c.kind, c.asset, c.value, c.comparator, c.modality, c.text, c.attributed_to)
                for c in claims_from_doc(nlp(article.text), article)]

    ours, full = facts(pipeline.load_pipeline()), facts(full_ner)
    assert [f[:-1] for f in ours] == [f[:-1] for f in full]
    for (*_, source), (*_, named) in zip(ours, full):
        # where a reporting verb's subject has no proper noun, it is kept whole ("several traders on
        # Indian exchanges") instead of the adjective the full recogniser tags in it ("Indian")
        assert source == named or (source is not None and named is not None and named in source), (source, named)
