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
        ("\u22122.8%", -2.8, "%", 0.1),  # the minus sign itself
        ("106,000 BTC", 106_000, "BTC", 1),  # coins traded: a volume, not money
        ("14,300 ETH", 14_300, "ETH", 1),
        ("$105K BTC", 105_000, "USD", 1000),  # a price with its coin after it
        ("$1.2 Billion", 1.2e9, "USD", 1e8),  # headline case
        ("$2 Trillion", 2e12, "USD", 1e12),
        ("150 Million Won", 1.5e8, "KRW", 1e6),
        ("5 Percent", 5, "%", 1),
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


@pytest.mark.parametrize("text", ["the high $90Ks", "the low $60ks", "the mid-$90K range", "the upper $70,000 area", "the high-90s"])
def test_bands_written_with_their_plural_or_a_hyphen_are_vague(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize("text", ["a record high $124,100", "a fresh record-high $124,100", "the session low $108,250 on Monday"])
def test_a_high_or_low_before_a_single_figure_names_that_figure(text: str) -> None:
    """Only the plural makes 'high $...' a band: 'a record high $124,100' is the record itself."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(124_100 if "124" in text else 108_250, "USD")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("about 97.3 million won", 97_300_000, "KRW"),
        ("₩128,500,000", 128_500_000, "KRW"),
        ("₹64.2 lakh", 6_420_000, "INR"),
        ("Rs 2 crore", 20_000_000, "INR"),
        ("¥14,250,000", 14_250_000, "JPY"),
        ("13.6 million yen", 13_600_000, "JPY"),
        ("A$2.4 billion", 2.4e9, "AUD"),
        ("€76,400", 76_400, "EUR"),
        ("€ 1.2 billion", 1.2e9, "EUR"),
        ("£61,900", 61_900, "GBP"),
        ("71,250 euros", 71_250, "EUR"),
    ],
)
def test_reads_local_currencies(text: str, value: float, unit: str) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.unit) == (pytest.approx(value), unit)
    assert q.is_money and text.endswith(q.text)


def test_a_won_price_is_dollar_sized_like_a_price_not_a_market_total() -> None:
    (won,) = find_quantities("97.3 million won")
    (total,) = find_quantities("$97.3 million")
    assert won.dollar_size < 1e6 < total.dollar_size


def test_won_as_a_verb_is_no_currency() -> None:
    (q,) = find_quantities("the bulls won 3 sessions in a row")
    assert q.unit is None


# --- ranges: a magnitude or unit said once belongs to both ends -----------------------------


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("$1.2-1.5 billion", 1.2e9, 1.5e9, "USD"),  # the magnitude said once, after
        ("$2.1 to 2.4 trillion", 2.1e12, 2.4e12, "USD"),
        ("$64k–67k", 64_000, 67_000, "USD"),  # the currency said once, before
        ("$58,000-61,000", 58_000, 61_000, "USD"),
        ("$58,000 – $61,000", 58_000, 61_000, "USD"),  # a spaced en dash
        ("$58,000 - $61,000", 58_000, 61_000, "USD"),  # a spaced hyphen is no minus
        ("4-7%", 4, 7, "%"),  # the unit said once, after
        ("58,000 to 61,000 dollars", 58_000, 61_000, "USD"),
        ("$94-95,000", 94_000, 95_000, "USD"),  # the thousands said once, after: not a $94 figure
        ("$8-9,000", 8_000, 9_000, "USD"),
    ],
)
def test_a_range_shares_its_magnitude_and_unit(text: str, low: float, high: float, unit: str) -> None:
    first, second = find_quantities(text)
    assert (first.value, second.value) == (pytest.approx(low), pytest.approx(high))
    assert first.unit == second.unit == unit


@pytest.mark.parametrize(
    ("text", "values", "units"),
    [
        ("from $90 to 1.2 billion", [90, 1.2e9], ["USD", None]),  # no range: the upper end is not above the lower
        ("drawdowns of 20 to 30 per cent", [20, 30], [None, "%"]),  # a bare count before 'to' stays bare
        ("the 2021-2023 cycle", [2021, 2023], [None, None]),  # years have no unit to share
        ("down 12% to $61,000", [12, 61_000], ["%", "USD"]),  # two units: a change and a level
        ("from 2021-2,000", [2021, 2000], [None, None]),  # not in thousands of the upper end's scale
        ("$94-95,500", [94, 95_500], ["USD", "USD"]),  # an upper end not in round thousands: left as written
        ("$0.9-1,000", [0.9, 1_000], ["USD", "USD"]),  # a lower end with cents is no shorthand
    ],
)
def test_what_is_no_range_keeps_its_own_reading(text: str, values: list[float], units: list[str | None]) -> None:
    found = find_quantities(text)
    assert [q.value for q in found] == [pytest.approx(v) for v in values]
    assert [q.unit for q in found] == units


@pytest.mark.parametrize("text, value, shown", [
    ("Ether bounced off $ 2,150 on Friday.", 2150, "$ 2,150"),
    ("Shorts worth more than US$ 1.2 billion were wiped out.", 1.2e9, "US$ 1.2 billion"),
    ("Liquidations climbed to$310M overnight.", 310e6, "$310M"),
])
def test_dollar_signs_spaced_or_run_into_a_word(text: str, value: float, shown: str) -> None:
    (q,) = [q for q in find_quantities(text) if q.unit == "USD"]
    assert (q.value, text[q.start : q.end]) == (value, shown)


@pytest.mark.parametrize("text, value, unit", [
    ("a record of 134,500,000 South Korean won", 134_500_000, "KRW"),
    ("about 98 million Korean won", 98_000_000, "KRW"),
    ("15,200,000 Japanese yen", 15_200_000, "JPY"),
    ("72,00,000 Indian rupees", 7_200_000, "INR"),
])
def test_local_currencies_named_with_their_country(text: str, value: float, unit: str) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "value"),
    [("fell seven per cent", 7.0), ("rose Twelve percent", 12.0), ("jumped twenty-five per cent", 25.0),
     ("slid ninety nine percent", 99.0), ("up 4 percent and then seven per cent", 7.0)],
)
def test_a_percentage_spelt_out_is_read(text: str, value: float) -> None:
    found = find_quantities(text)
    assert (found[-1].value, found[-1].unit) == (value, "%")


def test_a_word_without_percent_is_no_quantity() -> None:
    assert find_quantities("seven coins rose and one fell") == []
