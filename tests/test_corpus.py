"""The gold corpus: extraction, verdicts and publication times, measured.

Thresholds sit just under what the build reaches on this corpus, so a change
that loses claims, misreads times or turns a caught error into `supported`
fails here. The corpus is also the development set: figures on unseen
articles will be lower, which is why the floors are not 1.0.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timezone

import pytest
from conftest import CORPUS, SHARED

from factcheck.evaluation import Evaluation, evaluate

NOW = datetime(2026, 11, 25, tzinfo=UTC)


@pytest.fixture(scope="module")
def result(market_store) -> Evaluation:
    return evaluate(CORPUS, store=market_store, offline=True, now=NOW)


def test_gold_files_are_consistent_with_their_articles() -> None:
    done = subprocess.run([sys.executable, str(CORPUS / "check_gold.py")], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_publication_time_is_read_right(result: Evaluation) -> None:
    assert result.published_wrong == []
    assert result.published_right == result.articles >= 43


# Floors just under what this build measures on the 43-article corpus (overall
# F1 0.928 across 18 kinds, every kind at 0.85 or more). They catch regressions.
FLOORS = {"price_change": 0.92, "price_level": 0.93, "intraday_low": 0.85, "intraday_high": 0.94,
          "sentiment_index": 0.89, "funding_rate": 0.97, "market_cap": 0.86, "trend": 0.92,
          # opinion 0.90: the crypto-native articles 062-067 joined, written blind (opinion F1 on them
          # 0.72; on the 55 before them unchanged at 0.927; 0.914 on all 61)
          "all_time_high": 0.90, "opinion": 0.90, "indicator": 0.92, "liquidations": 0.86,
          "liquidation_imbalance": 0.94, "support": 0.88, "resistance": 0.86, "open_interest": 0.88,
          "volume": 0.84, "forecast": 0.91}


def test_extraction_f1_overall_and_per_kind(result: Evaluation) -> None:
    assert result.overall.f1 >= 0.92, (result.misses, result.extras)
    for kind, floor in FLOORS.items():
        assert result.kinds[kind].f1 >= floor, (kind, result.kinds[kind])


def test_verdicts_agree_with_the_analysts(result: Evaluation) -> None:
    assert result.verdict_accuracy >= 0.97, result.verdicts  # 701/710 = 0.987 with `factcheck eval corpus`


def test_modality_agrees_with_the_analysts(result: Evaluation) -> None:
    """Asserted, forecast, conditional or attributed, on the matched claims: 907 of 960 agree
    (0.945) with `factcheck eval corpus`; most of the rest are attributions named in another sentence."""
    agree = sum(n for (gold, read), n in result.modalities.items() if gold == read)
    assert agree / sum(result.modalities.values()) >= 0.93, result.modalities_wrong


def test_records_are_dated_as_written(result: Evaluation) -> None:
    """'its record of $111,980, set on May 22, 2025', 'the previous peak set on Sunday': 23 of 25
    dated records read right with `factcheck eval corpus`."""
    assert result.record_dates[True] >= 22, result.record_dates_wrong


def test_no_deliberate_error_is_passed_as_supported(result: Evaluation) -> None:
    assert result.verdicts[("inaccurate", "supported")] == 0
    assert sum(n for (expected, _), n in result.verdicts.items() if expected == "inaccurate") >= 25  # matched, so judged


@pytest.mark.skipif(not (SHARED / "articles").is_dir(), reason="../shared/articles is not present")
def test_extraction_f1_on_published_articles(market_store) -> None:
    """The 37 real articles of corpus/real (gold written without running the extractor):
    what the product is judged on. Overall F1 0.840 with this build (0.821 before the opinion
    classifier, the derivatives-wrap and outlet-form rules of the fourth session), on the gold with its
    opinions annotated under the written rule (0.773 before the rules for price lines,
    metric phrasings and opinions; 0.747 before figures
    written as bounds, dashed ranges, sides that 'lost' money, shares and multiples of the
    sides, totals changing by an amount, reversed and year-long trends; 0.68 before totals
    restated in a chain, 'respectively' lists, tickers introduced in brackets, sides of
    liquidation lists, failed breaks as levels and figures kept out of opinions; 0.62 before
    the rules for levels named by role, funding signs, causes as opinions and model
    forecasts; 0.53 before local currencies, records in words, liquidation lists and runs)."""
    real = evaluate(CORPUS / "real", store=market_store, offline=True, now=NOW)
    assert real.articles == 37
    assert real.overall.f1 >= 0.83, (real.misses, real.extras)
    # verdicts: 394/424 = 0.929 here (0.926 before bounds on moves, 'since' dates and date-only
    # articles placed by their own prices; 0.901 before dated records, local markets and other venues'
    # wicks; 0.870 before time references were read as dates, parts of months, the calendar
    # week, stated clock times and "overnight")
    assert real.verdict_accuracy >= 0.915, real.verdicts
