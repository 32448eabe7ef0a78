"""A bare figure led by 'the' at the page's price scale names a level ('Price fell below the 95,000'),
as 'the 95,000 mark' does; other counts led by 'the' stay counts. Sentences are our own."""

from __future__ import annotations

from extract_helpers import find_claims


def test_the_bare_figure_crossed_is_a_level() -> None:
    text = "Bitcoin trades near $94,000. Price fell below the 95,000, and shorts are accumulating."
    assert find_claims(text, "price_level", value=95000.0, comparator="crossed_below")


def test_a_count_led_by_the_is_no_price() -> None:
    for text in ("Bitcoin trades near $94,000. The 2,000 traders who bought are under water.",
                 "Bitcoin trades near $94,000. Of the 21,000 holders, most are in profit."):
        assert not [c for c in find_claims(text, "price_level") if c.value != 94000.0]
