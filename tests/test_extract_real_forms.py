"""Forms that published articles use and the written corpus rarely did: levels named by
their role after the number, a case resting on a level, funding as a sign, peaks called
records, bare "hit $X", model forecasts as percents, and opinions read as causes.
Every sentence is written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime, timezone

from factcheck.model import Article, Claim, ClaimKind, Comparator, Modality, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 5, 6, 14, 0, tzinfo=UTC)


def claims_in(text: str) -> list[Claim]:
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")
    return extract(article)


def summary(text: str) -> list[tuple[ClaimKind, str | None, Comparator, float | None]]:
    return [(c.kind, c.asset, c.comparator, c.value) for c in claims_in(text) if c.kind is not ClaimKind.opinion]


def opinions(text: str) -> list[str]:
    return [c.text for c in claims_in(text) if c.kind is ClaimKind.opinion]


def test_the_role_named_after_a_level_makes_it_support_or_resistance() -> None:
    assert summary("Ether bounced twice off the $2,900 support this week.") == [(ClaimKind.support, "ETH", Comparator.at, 2900)]
    assert summary("The March low of $2,700 remains the floor for Ether bulls.") == [(ClaimKind.support, "ETH", Comparator.at, 2700)]
    assert summary("For Ether, old highs near $3,300 (now resistance) cap the rebound.") == [
        (ClaimKind.resistance, "ETH", Comparator.at, 3300)
    ]


def test_losing_a_named_level_is_still_a_crossing() -> None:
    kinds = summary("Solana slid below the $150 support level on Monday.")
    assert kinds == [(ClaimKind.price_level, "SOL", Comparator.crossed_below, 150)]


def test_a_case_resting_on_a_level_presupposes_support() -> None:
    claims = [c for c in claims_in("The trader argues that as long as SOL holds above $140, the coin will climb to $180.")
              if c.kind is not ClaimKind.opinion]
    assert [(c.kind, c.value, c.modality) for c in claims] == [
        (ClaimKind.support, 140, Modality.conditional),
        (ClaimKind.forecast, 180, Modality.conditional),  # the climb rests on the hold, as gold 102 reads it
    ]


def test_a_range_whose_ends_act_as_support_and_resistance() -> None:
    assert summary("Solana has been stuck between $120 and $150, which act as support and resistance for swing traders.") == [
        (ClaimKind.support, "SOL", Comparator.at, 120),
        (ClaimKind.resistance, "SOL", Comparator.at, 150),
    ]
    # a range with no role named stays a price band
    assert summary("Solana traded between $130 and $140 on Monday.")[0][2] is Comparator.between


def test_funding_written_as_its_sign() -> None:
    assert summary("Ether funding turned negative for the first time since March.") == [
        (ClaimKind.funding_rate, "ETH", Comparator.crossed_below, 0)
    ]
    assert summary("Bitcoin funding rates dipped below zero on Bybit.") == [(ClaimKind.funding_rate, "BTC", Comparator.crossed_below, 0)]
    assert summary("Solana funding has stayed negative all week.") == [(ClaimKind.funding_rate, "SOL", Comparator.below, 0)]
    assert summary("Bitcoin funding rates remain positive across major venues.") == [(ClaimKind.funding_rate, "BTC", Comparator.above, 0)]
    assert summary("ETH funding is hovering near zero.") == [(ClaimKind.funding_rate, "ETH", Comparator.at, 0)]


def test_a_new_peak_with_its_level_is_a_record() -> None:
    claims = [c for c in claims_in("Bitcoin climbed to a new peak of 140 million won on Bithumb.") if c.kind is not ClaimKind.opinion]
    assert [(c.kind, c.value, c.unit) for c in claims] == [(ClaimKind.all_time_high, 140_000_000, "KRW")]
    assert summary("Ether peaked at $4,100 on Friday, setting a new record high.") == [(ClaimKind.all_time_high, "ETH", Comparator.at, 4100)]
    assert summary("Ether peaked at $4,100 on Friday before sliding.") == [(ClaimKind.intraday_high, "ETH", Comparator.at, 4100)]


def test_hit_and_revisit_are_extremes_read_from_the_move_around_them() -> None:
    assert summary("Solana revisits $200 for the first time since March.") == [(ClaimKind.intraday_high, "SOL", Comparator.at, 200)]
    text = ("Within an hour Solana plunged from $180 to as low as $140 on one venue. Other venues saw the same:\n"
            "- Venue A: SOL hit $142\n")
    assert (ClaimKind.intraday_low, "SOL", Comparator.at, 142) in summary(text)


def test_a_ranking_by_market_cap_does_not_own_the_prices() -> None:
    text = "A slide saw the second-largest cryptocurrency (by market cap) sink under the $3,000 level and nearly touch $2,800 on Tuesday."
    assert summary(text) == [
        (ClaimKind.price_level, "ETH", Comparator.crossed_below, 3000),
        (ClaimKind.intraday_low, "ETH", Comparator.at, 2800),
    ]


def test_tickers_in_capitals_and_pairs() -> None:
    assert summary("TON is around $2.4 after a 12% drop.") == [
        (ClaimKind.price_level, "TON", Comparator.at, 2.4),
        (ClaimKind.price_change, "TON", Comparator.down, -12),
    ]
    assert summary("A ton of sellers pushed SOL/USDT down to $150.")[0][1] == "SOL"


def test_a_predicted_move_is_a_forecast_and_an_implied_one_no_claim() -> None:
    text = "One model predicted a 6.5% rise, placing Solana at $210. Model Y expected a 1.8% gain for Solana."
    assert summary(text) == [
        (ClaimKind.forecast, "SOL", Comparator.at, 210),
        (ClaimKind.forecast, "SOL", Comparator.at, 1.8),
    ]
    # a move that happened stays a move beside a target
    assert summary("Ether fell 4% on Monday and could reach $3,000 by June.") == [
        (ClaimKind.price_change, "ETH", Comparator.down, -4),
        (ClaimKind.forecast, "ETH", Comparator.at, 3000),
    ]


def test_a_cause_given_for_a_move_is_an_opinion() -> None:
    said = opinions("The sharp climb in Solana is widely blamed on a wave of fresh exchange listings this week.")
    assert said and "blamed on" in said[0]
    said = opinions("Some desks attribute the slide to profit-taking after the token unlock.")
    assert said


def test_a_definition_is_background_not_an_opinion() -> None:
    assert opinions("A short squeeze refers to a rapid rise that forces traders betting on a fall to buy back.") == []
    assert opinions("Open interest can help gauge how much leverage sits in the market at any time.") == []


def test_a_month_named_may_is_not_a_hedge() -> None:
    assert opinions("The first spot filing deadlines land on May 23 and May 24 for the two issuers.") == []
