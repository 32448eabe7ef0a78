"""Figures of real pages that were checked as the wrong series and so read 'inaccurate' (session 19;
the sentences are ours): the trading volume of ETF shares told in a clause about the funds, and the
bands of a gauge's legend ('Extreme Greed (76-100)')."""

from __future__ import annotations

from tests.extract_helpers import claims_of


def test_fund_volume_in_a_clause_about_the_funds_is_no_coin_volume() -> None:
    assert claims_of("The spot ether ETFs logged a weekly trading volume of roughly $4.8 billion.") == []
    assert claims_of("Data from Farside showed the nine ether funds shed $95 million on Tuesday, "
                     "with trading volumes reaching $720 million.") == []
    (coin,) = claims_of("Ether rose 4% on Tuesday, with trading volume reaching $31 billion.")[1:]
    assert (coin.kind.value, coin.asset, coin.value) == ("volume", "ETH", 31e9)
    (own,) = claims_of("Ether recorded a 24-hour trading volume of $31 billion.")
    assert (own.kind.value, own.value) == ("volume", 31e9)


def test_a_gauges_legend_reads_nothing() -> None:
    text = ("How to read the index:\n\n- Extreme Fear (0-24): capitulation risk.\n- Greed (56-75): momentum.\n\n"
            "The Fear & Greed Index stood at 31 on Tuesday.")
    readings = [(c.kind.value, c.value) for c in claims_of(text)]
    assert readings == [("sentiment_index", 31)]
