"""A move or a record written about a local market's price (a won figure, a Korean
exchange, "record high in Korea") is the local price's, premium included: it is not
checked against the dollar market. Sentences written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

from factcheck.pipeline import check

NOW = datetime(2026, 11, 25, tzinfo=UTC)


def _verdicts(text: str, market_store) -> dict[str, tuple[str, str, str | None]]:
    report = check("local.txt", text=text, store=market_store, offline=True, now=NOW, sentiment=None)
    return {c.claim.text: (c.verdict.value, c.evidence.explanation, c.claim.currency)
            for c in report.claims if c.claim.kind.value != "opinion"}


def test_moves_and_records_of_a_won_price_are_not_checked_in_dollars(market_store) -> None:
    text = ("Published: 2024-02-29 09:04 UTC\n\n"
            "Bitcoin hits record high in Korea\n\n"
            "On Upbit, bitcoin changed hands at 87.2 million won, up 6 percent from a day earlier.\n")
    found = _verdicts(text, market_store)
    move = next(v for k, v in found.items() if "6 percent" in k)
    assert move[2] == "KRW" and move[0] == "unverifiable" and "Korean won" in move[1]
    record = next(v for k, v in found.items() if "record high" in k)
    assert record[2] == "KRW" and record[0] == "unverifiable"


def test_a_dollar_move_beside_korean_news_is_checked(market_store) -> None:
    text = ("Published: 2024-02-29 09:04 UTC\n\n"
            "Regulators in Korea met exchanges on Thursday. Bitcoin rose 8% over the past 24 hours to $62,700.\n")
    found = _verdicts(text, market_store)
    move = next(v for k, v in found.items() if "8%" in k)
    assert move[2] is None and move[0] in {"supported", "imprecise", "inaccurate"}
