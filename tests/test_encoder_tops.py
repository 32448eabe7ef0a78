"""The shipped encoder runs two tops over one set of lower layers: the stance model's and the
opinion classifier's. Each classifier must see exactly the vectors it was fitted on, so that a
new stance model leaves extraction's opinions as they were."""

from __future__ import annotations

import numpy as np
import pytest

from factcheck.errors import ModelError
from factcheck.sentiment.backends import load_encoder_head, shipped_encoder
from factcheck.sentiment.head import SHIPPED_HEAD, load_head
from factcheck.sentiment.minilm import load_numpy_encoder
from factcheck.sentiment.opinion_head import (
    ENCODER_WIDTH,
    OPINION_TOP,
    sentence_vectors,
)

SENTENCES = [
    "Solana slipped 3.1% to $142.60 as $85 million of longs were wiped out overnight.",
    "Traders appear to be positioning for a deeper correction into the weekend.",
    "XRP's open interest climbed to $3.4 billion, its highest level since March.",
    "The rally looks exhausted, and a retest of support near $2,950 seems likely.",
]


def _stance_top_only():
    top = load_head(None).config["encoder_top"]["file"]
    return load_numpy_encoder(None, (SHIPPED_HEAD / top).resolve())


def _opinion_top_only():
    return load_numpy_encoder(None, OPINION_TOP.resolve())


def test_the_shipped_vector_is_the_stance_top_then_the_opinion_top() -> None:
    twin = load_encoder_head(None).encoder
    vectors = twin.embed(SENTENCES)
    assert vectors.shape == (len(SENTENCES), 2 * ENCODER_WIDTH)
    assert np.abs(vectors[:, :ENCODER_WIDTH] - _stance_top_only().embed(SENTENCES)).max() < 1e-5
    assert np.abs(vectors[:, ENCODER_WIDTH:] - _opinion_top_only().embed(SENTENCES)).max() < 1e-5


def test_the_runtime_encoder_gives_the_same_two_parts() -> None:
    """What `factcheck article.txt` runs (ONNX Runtime where installed, remembering sentences)."""
    vectors = shipped_encoder().embed(SENTENCES)
    assert np.abs(vectors[:, :ENCODER_WIDTH] - _stance_top_only().embed(SENTENCES)).max() < 1e-5
    assert np.abs(sentence_vectors(SENTENCES) - _opinion_top_only().embed(SENTENCES)).max() < 1e-5


def test_the_two_tops_are_different_models() -> None:
    """The stance model was retrained after the opinion classifier was fitted: their tops differ,
    so a classifier reading the other's part would read vectors it never saw."""
    vectors = load_encoder_head(None).encoder.embed(SENTENCES)
    cosines = (vectors[:, :ENCODER_WIDTH] * vectors[:, ENCODER_WIDTH:]).sum(axis=1)
    assert cosines.max() < 0.999
    assert cosines.min() > 0.5  # the same lower layers: related, not unrelated, vectors


def test_the_stance_reads_its_own_part() -> None:
    backend = load_encoder_head(None)
    alone = backend.head.probabilities(_stance_top_only().embed(SENTENCES))
    assert np.allclose(backend.head.probabilities(backend.encoder.embed(SENTENCES)), alone, atol=1e-5)


def test_a_second_top_must_replace_the_last_layers() -> None:
    from safetensors.numpy import load_file

    base = load_numpy_encoder()
    weights = {k.replace("encoder.layer.4.", "encoder.layer.1."): v for k, v in load_file(str(OPINION_TOP)).items()
               if k.startswith("encoder.layer.4.")}
    with pytest.raises(ModelError, match="last layers"):
        base.with_branch(weights)


@pytest.mark.parametrize("stance", [None, "vader"])
def test_without_the_shipped_stance_only_the_opinion_top_runs(stance: str | None) -> None:
    """`--no-sentiment`, `--fast` or another stance model: the stance's top is not run, and the
    opinion classifier reads exactly the vectors it reads beside the shipped stance."""
    from factcheck.sentiment.backends import read_opinions_with

    beside = sentence_vectors(SENTENCES)
    previous = read_opinions_with(stance)
    try:
        assert shipped_encoder().dimensions == ENCODER_WIDTH
        assert np.abs(sentence_vectors(SENTENCES) - beside).max() < 1e-5
    finally:
        read_opinions_with(previous)
    assert shipped_encoder().dimensions == 2 * ENCODER_WIDTH
