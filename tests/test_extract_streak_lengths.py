"""A streak's new length ('extended its losing streak to six sessions') and a streak told by how
the candles closed ('closed lower for three straight weeks') carry their direction and count."""

from __future__ import annotations

import pytest

from tests.extract_helpers import claims_of


@pytest.mark.parametrize(
    ("text", "streak"),
    [
        ("Cardano extended its losing streak to six sessions.", ("ADA", "down", 6, "1d")),
        ("Litecoin extended its winning streak to seven days.", ("LTC", "up", 7, "1d")),
        ("Bitcoin stretched its winning run to 4 weeks on Sunday.", ("BTC", "up", 4, "1w")),
        ("Ether has closed lower for three straight weeks.", ("ETH", "down", 3, "1w")),
    ],
)
def test_a_streak_keeps_its_direction_and_count(text, streak):
    got = [(c.asset, c.zone, c.count, c.timeframe) for c in claims_of(text) if c.metric == "streak"]
    assert got == [streak]
