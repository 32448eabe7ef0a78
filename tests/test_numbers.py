"""The number normaliser reads market shorthand the way a reader does."""

from __future__ import annotations

import pytest

from factcheck.nlp.numbers import find_quantities


@pytest.mark.parametrize(
    ("text", "value", "unit", "resolution"),
    [
        ("$71K", 71_000, "USD", 1000),
        ("71k", 71_000, None, 1000),
        ("$71,000", 71_000, "USD", 1),
        ("$68.7K", 68_700, "USD", 100),
        ("US$1.45 billion", 1.45e9, "USD", 1e7),
        ("$1.4 trillion", 1.4e12, "USD", 1e11),
        ("1.45B", 1.45e9, None, 1e7),
        ("$1.2bn", 1.2e9, "USD", 1e8),
        ("7,132", 7132, None, 1),
        ("15%", 15, "%", 1),
        ("15 percent", 15, "%", 1),
        ("-4.2%", -4.2, "%", 0.1),
        ("\u20114.2%", -4.2, "%", 0.1),  # non-breaking hyphen as a minus
        ("0.01%", 0.01, "%", 0.01),
        ("1,200 dollars", 1200, "USD", 1),
    ],
)
def test_reads_market_shorthand(text: str, value: float, unit: str | None, resolution: float) -> None:
    (q,) = find_quantities(text)
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert q.resolution == pytest.approx(resolution)
    assert text.endswith(q.text)


def test_range_with_en_dash_is_two_positive_numbers() -> None:
    low, high = find_quantities("a band of $68,000–$69,500")
    assert (low.value, high.value) == (68_000, 69_500)


def test_minutes_are_not_millions() -> None:
    (q,) = find_quantities("on the 5m chart")
    assert q.value == 5 and q.magnitude == 1


def test_between_gives_both_ends_with_offsets() -> None:
    text = "between $68,000 and $69,500"
    quantities = find_quantities(text)
    assert [text[q.start : q.end] for q in quantities] == ["$68,000", "$69,500"]


def test_vague_bands_are_not_quantities_but_below_is_fine() -> None:
    assert find_quantities("hold above the mid-$90,000s") == []
    assert find_quantities("in the high $60,000s") == []
    assert [q.value for q in find_quantities("fell below $2,000")] == [2000]
