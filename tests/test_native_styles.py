"""Crypto-native outlet styles: bylines and day-first dates around the time, TA 'hurdles', 'dumped' moves."""

from datetime import UTC, datetime, timedelta

import pandas as pd

import pytest

from factcheck.article.published import find_in_text
from factcheck.model import Article, Claim, ClaimKind, Precision
from factcheck.nlp.extract import extract
from factcheck.pipeline import check

PUBLISHED = datetime(2025, 11, 3, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("ChainDesk\n\nETH eyes $4K\n\nBy Ana Ruiz | March 4, 2025 14:05 UTC | Fact checked by Tom Hale\n\nEther rose.",
         datetime(2025, 3, 4, 14, 5, tzinfo=UTC)),
        ("Markets\n\nDaily wrap · Jun 2, 2025, 09:40 UTC · By Leo Brandt\n\nBitcoin slipped.",
         datetime(2025, 6, 2, 9, 40, tzinfo=UTC)),
        ("Author: Mira Holt | 07.11.2025, 16:20 UTC\n\nSolana fell.", datetime(2025, 11, 7, 16, 20, tzinfo=UTC)),
        ("Haberler\n\n03.02.2026 14:30 (TRT) | Updated 14:45 | Newsroom\n\nBitcoin rose.",
         datetime(2026, 2, 3, 11, 30, tzinfo=UTC)),
    ],
)
def test_publication_time_beside_bylines_and_day_first_dates(page: str, expected: datetime) -> None:
    found = find_in_text(page, default_zone="UTC")
    assert found is not None and found.at == expected


def test_day_first_dotted_date_is_not_read_month_first() -> None:
    found = find_in_text("Author: Mira Holt | 13.05.2025, 08:00 UTC\n\nText.", default_zone="UTC")
    assert found is not None and (found.at.month, found.at.day) == (5, 13)


def _claims(text: str, kind: ClaimKind) -> list[Claim]:
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")
    return [c for c in extract(article) if c.kind is kind]


def test_next_hurdle_is_a_resistance_not_a_price() -> None:
    text = "Ether is trading near $3,540. On the upside, the next hurdle sits at $3,720."
    found = _claims(text, ClaimKind.resistance)
    assert [(c.asset, c.value) for c in found] == [("ETH", 3720)]
    assert all(c.value != 3720 for c in _claims(text, ClaimKind.price_level))


def test_dumped_by_a_percent_is_a_fall() -> None:
    found = _claims("Shiba-style memecoins lagged, and Solana dumped by 9% in the session.", ClaimKind.price_change)
    assert [(c.asset, c.value, c.comparator.value) for c in found] == [("SOL", -9, "down")]


def test_a_period_word_on_a_scale_or_move_noun_times_the_figure() -> None:
    text = "Cardano trades at $0.61, a 1.1% decline over the past 24 hours and a 6.4% drop on a weekly scale."
    changes = {c.value: c for c in _claims(text, ClaimKind.price_change)}
    assert changes[-1.1].time.end - changes[-1.1].time.start == timedelta(hours=24)
    assert changes[-6.4].time.end - changes[-6.4].time.start == timedelta(days=7)
    (weekly,) = _claims("Avalanche posted a 9% weekly drop.", ClaimKind.price_change)
    assert weekly.time.end - weekly.time.start == timedelta(days=7)


def test_a_sized_move_noun_ends_at_a_level_not_a_target() -> None:
    text = "Litecoin is the laggard today, with a modest 2.4% decline to $88."
    assert [(c.asset, c.value) for c in _claims(text, ClaimKind.price_level)] == [("LTC", 88)]
    assert _claims(text, ClaimKind.forecast) == []
    ahead = "Traders could see a 10% drop to $60,000 if the range breaks."
    assert [c.value for c in _claims(ahead, ClaimKind.forecast)] == [60000]


def test_support_on_the_downside_is_a_support_level() -> None:
    text = "Ether is trading near $3,540. Initial support on the downside sits near the $3,480 level."
    assert [(c.asset, c.value) for c in _claims(text, ClaimKind.support)] == [("ETH", 3480)]
    assert _claims(text, ClaimKind.forecast) == []


def test_a_fibonacci_ratio_is_no_price_move() -> None:
    text = "Bitcoin fell below the 38.2% Fib retracement level and is down 1.5% today."
    assert [c.value for c in _claims(text, ClaimKind.price_change)] == [-1.5]


def test_open_interest_lower_than_a_week_ago_is_a_fall() -> None:
    (oi,) = _claims("Ether open interest on Binance is now 9% lower than it was a week ago.", ClaimKind.open_interest)
    assert (oi.value, oi.comparator.value, oi.unit) == (-9, "down", "%")
    (up,) = _claims("Open interest on Bybit is 6% higher than a week ago.", ClaimKind.open_interest)
    assert (up.value, up.comparator.value) == (6, "up")


@pytest.fixture(scope="module")
def snapshot_store(tmp_path_factory: pytest.TempPathFactory):
    from conftest import MARKET  # noqa: PLC0415

    from factcheck.market.csv_import import import_csv  # noqa: PLC0415
    from factcheck.market.store import Store  # noqa: PLC0415

    store = Store(tmp_path_factory.mktemp("native") / "market.sqlite")
    import_csv(store, MARKET / "top100_price-snapshot_1d_coingecko.csv")
    yield store
    store.close()


def _snap(symbol: str, day: str) -> tuple[pd.Timestamp, float]:
    from conftest import MARKET  # noqa: PLC0415

    rows = pd.read_csv(MARKET / "top100_price-snapshot_1d_coingecko.csv")
    row = rows[(rows["symbol"] == symbol) & (rows["date"] == day)].sort_values("rank").iloc[0]
    return pd.Timestamp(row["snapshot_commit_time_utc"]), float(row["price_usd"])


def _checked(text: str, store, kind: str):
    report = check("alts.txt", text=text, store=store, offline=True, now=datetime(2026, 11, 25, tzinfo=UTC), sentiment=None)
    return [c for c in report.claims if c.claim.kind.value == kind]


def test_an_altcoin_move_far_off_between_snapshots_is_inaccurate(snapshot_store) -> None:
    taken, end = _snap("DOGE", "2025-11-20")
    _, start = _snap("DOGE", "2025-11-19")
    actual = (end / start - 1) * 100
    written = actual + (6.5 if actual > 0 else -6.5)  # the right sign, 6.5 points too far (imprecise ends at 5 beyond 2)
    verb = "jumped" if written > 0 else "dumped"
    text = f"Published: {(taken + pd.Timedelta(minutes=40)):%Y-%m-%d %H:%M} UTC\n\nDogecoin {verb} by {abs(written):.1f}% in 24 hours.\n"
    (checked,) = _checked(text, snapshot_store, "price_change")
    assert checked.verdict.value == "inaccurate", checked.evidence.explanation


def test_a_level_at_the_end_of_an_altcoin_move_is_checked_on_the_snapshots(snapshot_store) -> None:
    taken, end = _snap("XRP", "2025-11-20")
    _, start = _snap("XRP", "2025-11-19")
    move = (end / start - 1) * 100
    text = (f"Published: {(taken + pd.Timedelta(minutes=40)):%Y-%m-%d %H:%M} UTC\n\n"
            f"XRP is {'up' if move > 0 else 'down'} {abs(move):.1f}% in 24 hours to ${end:.2f}.\n")
    (level,) = _checked(text, snapshot_store, "price_level")
    assert level.verdict.value == "supported", level.evidence.explanation
    assert "snapshots" in level.evidence.explanation


def test_a_level_settled_below_makes_the_first_figure_the_high() -> None:
    text = "Ether rose to $3,612 on Monday before settling at $3,540 by the European open."
    (high,) = _claims(text, ClaimKind.intraday_high)
    assert (high.asset, high.value) == ("ETH", 3612)
    assert [c.value for c in _claims(text, ClaimKind.price_level)] == [3540]


def test_holding_up_at_a_level_is_the_price() -> None:
    (level,) = _claims("Solana is holding up better at $188 than most large tokens.", ClaimKind.price_level)
    assert (level.asset, level.value, level.comparator.value) == ("SOL", 188, "at")
    (floor,) = _claims("Ether is holding up well above $3,000.", ClaimKind.price_level)
    assert (floor.value, floor.comparator.value) == (3000, "above")


def test_a_level_that_now_acts_as_support() -> None:
    text = "XRP trades at $2.31. The $2.20 area now acts as support."
    assert [(c.asset, c.value) for c in _claims(text, ClaimKind.support)] == [("XRP", 2.2)]


def test_one_side_more_than_double_the_other_is_an_imbalance() -> None:
    text = ("Some $240 million of positions were liquidated in 24 hours, $170 million of them longs. "
            "That left long liquidations more than double the shorts.")
    (ratio,) = _claims(text, ClaimKind.liquidation_imbalance)
    assert (ratio.value, ratio.comparator.value, ratio.unit, ratio.side) == (2, "above", "ratio", "long")
    assert _claims("Bitcoin volume was double the weekly average.", ClaimKind.liquidation_imbalance) == []


def test_a_level_said_to_be_next_is_a_target() -> None:
    (target,) = _claims("Solana trades at $182. If buyers stall here, $170 is next.", ClaimKind.forecast)
    assert (target.asset, target.value, target.modality.value) == ("SOL", 170, "conditional")
    (magnet,) = _claims("Ether trades at $3,300. Watch $3,500 as the next magnet for price.", ClaimKind.forecast)
    assert magnet.value == 3500
    assert _claims("Ether trades at $3,300. The $3,000 level is next to its 200-day average.", ClaimKind.forecast) == []
