"""A range of two bare figures written with a magnitude letter ('between 92k-95k') keeps both ends:
the tokenizer splits the dash between them. Sentences are our own."""

from __future__ import annotations

from extract_helpers import find_claims

from factcheck.nlp.pipeline import load_pipeline


def test_the_dash_between_magnitude_figures_is_split() -> None:
    assert [t.text for t in load_pipeline()("between 92k-95k, as before")][:4] == ["between", "92k", "-", "95k"]


def test_a_trading_zone_between_two_k_figures_is_a_band() -> None:
    text = "Bitcoin trades near $94,000. The trading zone, which is between 92k-95k, serves as a battleground."
    (band,) = find_claims(text, "price_level", comparator="between")
    assert (band.value, band.value_high) == (92000.0, 95000.0)
