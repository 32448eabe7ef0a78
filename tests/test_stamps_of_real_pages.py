"""Publication stamps as real crypto pages print them: U.S. slashed dates with their weekday, dotted
dates beside a view counter, and a wire footer that gives the time in two zones. A slashed date
that could be read either way, with no weekday to settle it, is not read at all: a wrong day would
shift every check, a missing one leaves them unverifiable and says so."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.article.published import find_in_text
from factcheck.model import Precision


@pytest.mark.parametrize("page, expected, precision", [
    ("Ether Slips Below $3,000\n\nTue, 11/05/2024 - 09:12\nJane Roe\nEther fell 4% on the day.\n",
     datetime(2024, 11, 5, 9, 12, tzinfo=UTC), Precision.minute),
    ("Solana Rallies\n\nSat, 05/11/2024 - 14:40\nSolana rose 6%.\n", datetime(2024, 5, 11, 14, 40, tzinfo=UTC),
     Precision.minute),  # May 11 was a Saturday: the U.S. order
    ("Solana Rallies\n\nTue, 05/11/2024 - 14:40\nSolana rose 6%.\n", datetime(2024, 11, 5, 14, 40, tzinfo=UTC),
     Precision.minute),  # November 5 was a Tuesday: the day first
    ("XRP Jumps\n\n23/09/2025\nXRP rose 5% to $2.90.\n", datetime(2025, 9, 23, tzinfo=UTC), Precision.day),
    ("Bitcoin Tops $72K in Seoul\n\n2024.03.06 | koreawire | 1.2k views\n\nBitcoin rose 3%.\n",
     datetime(2024, 3, 6, tzinfo=UTC), Precision.day),
    ("By A. Writer\nBitcoin fell below $73,000 on Wednesday.\n(END) Newswires\nMarch 11, 2026 09:05 ET (13:05 GMT)\n",
     datetime(2026, 3, 11, 13, 5, tzinfo=UTC), Precision.minute),
])
def test_real_page_stamps(page: str, expected: datetime, precision: Precision) -> None:
    found = find_in_text(page, default_zone="UTC")
    assert found is not None and (found.at, found.precision) == (expected, precision)


@pytest.mark.parametrize("page", [
    "Ether Slips\n\n11/05/2024\nEther fell 4% on the day.\n",  # 5 November or 11 May: no weekday to say
    "Ether Slips\n\nWed, 11/05/2024\nEther fell 4% on the day.\n",  # neither reading is a Wednesday
])
def test_an_ambiguous_slashed_date_is_not_guessed(page: str) -> None:
    assert find_in_text(page, default_zone="UTC") is None
