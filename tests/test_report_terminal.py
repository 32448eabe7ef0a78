"""The terminal report an editor reads: checked figures first, opinion and colour after them, one line each."""

from __future__ import annotations

from conftest import SEED
from rich.console import Console

from factcheck import check
from factcheck.report.terminal import render


def _screen(report) -> str:
    console = Console(record=True, width=120, color_system=None)
    console.print(render(report))
    return console.export_text()


def test_opinions_follow_every_checked_claim_one_line_each(market_store) -> None:
    report = check(str(SEED), store=market_store, offline=True, sentiment=None)
    opinions = [c for c in report.claims if c.verdict.value == "not_checkable"]
    checked = [c for c in report.claims if c.verdict.value != "not_checkable"]
    assert opinions and checked
    screen = _screen(report)
    heading = screen.index("opinion and colour, shown, not checked:")
    for c in checked:  # every checked claim is above the opinions
        assert screen.index(f"“{c.claim.text[:40]}") < heading
    for c in opinions:
        assert screen.index(f"“{c.claim.text[:40]}") > heading
    assert "found —" not in screen[heading:]  # nothing was found for an opinion: no empty figures


def test_the_tally_names_opinions_last(market_store) -> None:
    report = check(str(SEED), store=market_store, offline=True, sentiment=None)
    tally = _screen(report).split("\n")[:12]
    line = next(t for t in tally if "not checkable" in t)
    assert line.rstrip(" │").endswith("not checkable")
