"""The report's sentiment section: the article's stance, and its tone against the market
measured from the store at publication (before) and after it (once the horizon has passed)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone

import pandas as pd
import pytest
from conftest import MARKET, REPO, SEED, SHARED

from factcheck import check
from factcheck.market.data import MarketData
from factcheck.sentiment.figures import main_asset, measure
from factcheck.sentiment.model import StanceLabel

LATER = datetime(2026, 11, 26, tzinfo=UTC)
SEED_PUBLISHED = datetime(2026, 2, 9, 1, 17, tzinfo=UTC)

# Written for this test: a cheerful article published the day after BTC lost 14% in 24 hours.
CHEERFUL = """Bitcoin bulls are back in charge

Published: 6 Feb 2026, 00:10 UTC

Bitcoin looks unstoppable this week. Analysts expect a powerful rally toward new highs as buyers
pour in, and sentiment has never been stronger. Bitcoin is trading near $63,000 and traders are
celebrating a bright outlook for the months ahead, with several desks calling for a breakout.
"""


def _closes() -> pd.Series:
    frame = pd.read_csv(MARKET / "BTC-USDT_1h_binance-spot.csv", parse_dates=["timestamp"])
    return frame.set_index("timestamp")["close"]


def _move(closes: pd.Series, start: datetime, end: datetime) -> float:
    """Percent change between the closes of the hourly bars that closed at `start` and at `end`."""
    hour = pd.Timedelta(hours=1)
    at = lambda t: float(closes[pd.Timestamp(t).floor("h") - hour])
    return (at(end) / at(start) - 1.0) * 100.0


def test_the_seed_report_has_a_stance_and_the_market_figures_around_publication(market_store) -> None:
    report = check(str(SEED), store=market_store, offline=True, now=LATER)
    sentiment = report.sentiment
    assert sentiment is not None
    stance = sentiment.stance
    assert stance.backend == "minilm" and stance.sentences_scored >= 15
    assert stance.sentences[0].headline and stance.sentences[0].text.startswith("Bitcoin liquidation imbalance explodes")
    assert stance.most_bullish is not None and stance.most_bullish.score > 0
    assert stance.most_bearish is not None and stance.most_bearish.score < 0

    tone = sentiment.tone
    assert tone is not None and tone.asset == "BTC"
    closes = _closes()
    for days in (1, 7, 30):
        want = _move(closes, SEED_PUBLISHED - timedelta(days=days), SEED_PUBLISHED)
        assert tone.prior_returns[days] == pytest.approx(want, abs=0.01)
    assert tone.prior_returns[7] < -5 and tone.prior_trend is StanceLabel.bearish
    rsi_claim = next(c for c in report.claims if c.claim.kind.value == "indicator")
    # the same daily RSI-14 the verifier shows for the last closed daily candle (its live reading adds the forming one)
    assert tone.rsi_14 == pytest.approx(rsi_claim.evidence.figures["rsi_last_closed_bar"], abs=0.05)
    assert tone.fear_greed == 14 and tone.fear_greed_class == "Extreme Fear"
    assert set(tone.forward_returns) == {1, 7, 30}
    # Spot data ends 2026-02-28, so the 30 days after publication come whole from the perpetual;
    # its 1-day move agrees with spot's within the cross-venue spread.
    assert "binanceusdm BTC/USDT:USDT 1h" in tone.data
    assert tone.forward_returns[1] == pytest.approx(_move(closes, SEED_PUBLISHED, SEED_PUBLISHED + timedelta(days=1)), abs=0.05)
    assert "binance BTC/USDT 1h" in tone.data and "alternative.me Fear & Greed" in tone.data
    assert "Fear & Greed 14, extreme fear" in tone.verdict and "over the prior 7 days" in tone.verdict


def test_forward_returns_wait_for_their_horizon(market_store) -> None:
    """No lookahead: two days after publication only the 1-day forward move exists."""
    market = MarketData(market_store, offline=True, now=lambda: SEED_PUBLISHED + timedelta(days=2))
    measured = measure("BTC", SEED_PUBLISHED, market, now=SEED_PUBLISHED + timedelta(days=2))
    assert set(measured.figures.forward_returns) == {1}
    market = MarketData(market_store, offline=True, now=lambda: SEED_PUBLISHED + timedelta(hours=5))
    measured = measure("BTC", SEED_PUBLISHED, market, now=SEED_PUBLISHED + timedelta(hours=5))
    assert measured.figures.forward_returns == {}
    assert set(measured.figures.prior_returns) == {1, 7, 30}


def test_figures_the_store_lacks_are_left_out_not_guessed(market_store) -> None:
    """Before the shared hourly data begins there is no prior return and no RSI; nothing is invented."""
    when = datetime(2023, 3, 1, 12, tzinfo=UTC)
    market = MarketData(market_store, offline=True, now=lambda: LATER)
    measured = measure("BTC", when, market, now=LATER)
    assert measured.figures.prior_returns == {} and measured.figures.rsi_14 is None
    assert "binance BTC/USDT 1h" not in measured.sources


def test_a_cheerful_article_after_a_crash_is_called_out(market_store) -> None:
    report = check("cheerful.txt", text=CHEERFUL, store=market_store, offline=True, now=LATER)
    tone = report.sentiment.tone  # type: ignore[union-attr]
    assert report.sentiment.stance.label is StanceLabel.bullish  # type: ignore[union-attr]
    assert tone is not None and tone.prior_returns[1] < -10
    assert tone.against_prior and tone.mismatch
    assert "tone against the market: bullish while BTC fell before" in tone.verdict


def test_an_article_without_a_time_has_a_stance_but_no_tone(market_store) -> None:
    report = check("undated.txt", text="Ether slumps as traders dump their coins in a brutal sell-off.",
                   store=market_store, offline=True, now=LATER)
    assert report.article.published_at is None
    assert report.sentiment is not None and report.sentiment.tone is None
    assert report.sentiment.stance.label is StanceLabel.bearish


def test_sentiment_can_be_lexicon_or_left_out(market_store) -> None:
    fast = check(str(SEED), store=market_store, offline=True, now=LATER, sentiment="vader")
    assert fast.sentiment is not None and fast.sentiment.stance.backend == "vader"
    none = check(str(SEED), store=market_store, offline=True, now=LATER, sentiment=None)
    assert none.sentiment is None
    assert [c.verdict for c in none.claims] == [c.verdict for c in fast.claims]


def test_the_main_asset_is_the_one_the_claims_name_most(seed_article) -> None:
    from factcheck.nlp.extract import extract

    assert main_asset(extract(seed_article)) == "BTC"
    assert main_asset([]) == "BTC"


def test_the_views_show_the_stance_the_tone_and_the_leaning_sentences(market_store) -> None:
    from factcheck.report.html import to_html
    from factcheck.report.markdown import to_markdown

    report = check("cheerful.txt", text=CHEERFUL, store=market_store, offline=True, now=LATER)
    markdown = to_markdown(report)
    assert "## Sentiment" in markdown and "- stance: " in markdown and "bullish" in markdown
    assert "**" in markdown.split("- tone: ")[1].splitlines()[0]  # a mismatch is in bold
    assert "most bullish (+" in markdown
    html = to_html(report)
    assert 'id="sentiment"' in html and 'class="why mismatch"' in html


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True, text=True, cwd=REPO, timeout=180)


def test_the_cli_takes_a_sentiment_model_or_none() -> None:
    fast = _cli(str(SEED), "--offline", "--fast", "--format", "json")
    assert fast.returncode in (0, 1), fast.stderr
    assert json.loads(fast.stdout)["sentiment"]["stance"]["backend"] == "vader"
    off = _cli(str(SEED), "--offline", "--no-sentiment", "--format", "json")
    assert json.loads(off.stdout)["sentiment"] is None
    missing = _cli(str(SEED), "--offline", "--sentiment-model", str(REPO / "no-such-model"))
    assert missing.returncode == 2
    assert len(missing.stderr.strip().splitlines()) == 1 and "no-such-model" in missing.stderr


def test_extractions_parse_gives_the_sentences_a_second_parse_would():
    """Reports take the sentences from extraction's parse; on real articles they are the
    spans the parser-only pipeline gives, so the stance is unchanged by skipping it."""
    from factcheck.article.load import load_article
    from factcheck.nlp.pipeline import load_pipeline
    from factcheck.sentiment.stance import doc_sentences, split_sentences

    articles = sorted((SHARED / "articles").glob("1[0-3]*.txt"))[::6]
    assert len(articles) >= 5
    for path in articles:
        text = load_article(str(path)).text
        once = doc_sentences(load_pipeline()(text))
        assert len(once) > 5
        assert once == split_sentences([text])[0], path.name


def test_stance_in_a_report_equals_the_stance_scored_alone():
    """The classifier runs on a side thread while claims are verified; the report's
    stance is the one `stances` gives for the same article and claims."""
    from factcheck.article.load import load_article
    from factcheck.nlp.extract import extract
    from factcheck.sentiment.section import stances

    article = load_article(str(SEED))
    report = check(SEED, offline=True, now=LATER, sentiment="vader")
    alone = stances([(article, extract(article))], "vader")[0]
    assert report.sentiment is not None
    assert report.sentiment.stance.score == pytest.approx(alone.score)
    assert report.sentiment.stance.label == alone.label
    assert len(report.sentiment.stance.sentences) == len(alone.sentences) > 10
