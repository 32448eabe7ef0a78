"""The HTML report as an editor sees it, rendered by headless Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, datetime, timezone
from pathlib import Path

import pytest

from factcheck.market.data import MarketData
from factcheck.pipeline import check_article, with_chart
from factcheck.report.html import to_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
NOW = datetime(2026, 11, 25, tzinfo=UTC)
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="module")
def page(seed_article, market_store, tmp_path_factory) -> Path:
    market = MarketData(market_store, offline=True, now=lambda: NOW)
    report = with_chart(check_article(seed_article, store=market_store, now=NOW, market=market), market)
    path = tmp_path_factory.mktemp("html") / "seed.html"
    path.write_text(to_html(report), encoding="utf-8")
    return path


def test_page_is_self_contained(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)=["']https?://""", html)
    assert "<script" not in html
    assert 'name="viewport"' in html


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_editor_sees_marked_claims_evidence_and_chart(page: Path, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    dom = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120,
    ).stdout
    marks = re.findall(r'<mark id="claim-\d+" class="claim (\w+)"', dom)
    assert "inaccurate" in marks and "imprecise" in marks and "supported" in marks
    assert re.search(r"<mark[^>]*>liquidation imbalance of \$7,132</mark>", dom)
    assert "implausibly small" in dom  # the evidence, beside the text
    first_card = re.search(r'<div class="card (\w+)"', dom)
    assert first_card and first_card.group(1) == "inaccurate"  # worst first
    assert dom.count('class="level"') == 2  # $71,000 and $75,000 drawn on the chart
    assert 'class="published"' in dom and "<polyline" in dom
    phone = tmp_path / "phone.png"
    subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--window-size=390,2400", f"--screenshot={phone}", page.as_uri()],
        capture_output=True, timeout=120,
    )
    assert phone.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and phone.stat().st_size > 20_000
