"""Writing figures the way a reader expects them."""

from __future__ import annotations

from datetime import datetime


def usd(x: float) -> str:
    if abs(x) >= 1000:
        return f"${x:,.0f}"
    if abs(x) >= 1:
        return f"${x:,.2f}"
    return f"${x:.4g}"


def pct(x: float) -> str:
    return f"{x:+.2f}%"


def when(t: datetime) -> str:
    return f"{t:%Y-%m-%d %H:%M} UTC"
