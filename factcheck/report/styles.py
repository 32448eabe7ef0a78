"""Verdict names, symbols and colours, defined once for every view."""

from __future__ import annotations

from factcheck.model import Verdict

# Worst first: the order an editor reads a report in. Opinion and colour come last: shown, never
# checked, they must not stand between the editor and the figures that were.
SEVERITY = [
    Verdict.inaccurate,
    Verdict.imprecise,
    Verdict.unrealized,
    Verdict.unverifiable,
    Verdict.pending,
    Verdict.realized,
    Verdict.supported,
    Verdict.not_checkable,
]

STYLE = {
    Verdict.inaccurate: "bold red",
    Verdict.imprecise: "yellow",
    Verdict.unrealized: "magenta",
    Verdict.unverifiable: "dim",
    Verdict.pending: "cyan",
    Verdict.not_checkable: "dim italic",
    Verdict.realized: "green",
    Verdict.supported: "bold green",
}

SYMBOL = {
    Verdict.inaccurate: "✗",
    Verdict.imprecise: "≈",
    Verdict.unrealized: "✗",
    Verdict.unverifiable: "?",
    Verdict.pending: "…",
    Verdict.not_checkable: "·",
    Verdict.realized: "✓",
    Verdict.supported: "✓",
}


def rank(verdict: Verdict) -> int:
    return SEVERITY.index(verdict)
