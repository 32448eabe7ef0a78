"""A local stand-in for alternative.me's Fear & Greed API (`GET /fng/`), for running our httpx client in tests.

It serves the real daily values of ../shared/market/fear-greed_1d_alternative-me.csv
(read in place) in the API's JSON shape, newest first:

    {"name": "Fear and Greed Index",
     "data": [{"value": "14", "value_classification": "Extreme Fear", "timestamp": "1770595200"}, ...],
     "metadata": {"error": null}}

`limit` works as the API's does (absent: 1, 0: everything); the newest entry
alone carries `time_until_update`. Faults come from `LoopbackServer`.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path

import pandas as pd
from loopback import LoopbackServer

FNG = "/fng/"
FILE = Path(__file__).resolve().parents[2] / "shared" / "market" / "fear-greed_1d_alternative-me.csv"
_LABELS = ((25, "Extreme Fear"), (46, "Fear"), (54, "Neutral"), (75, "Greed"), (100, "Extreme Greed"))
"""How the real API labels values (its answers of 2020-2026 show 25 'Extreme Fear', 26 'Fear', 47 'Neutral'...)."""


@functools.cache
def history() -> list[dict[str, str]]:
    """The shared file as API entries, newest first; read once per test run."""
    frame = pd.read_csv(FILE, parse_dates=["timestamp"])
    entries = []
    for when, value in zip(frame["timestamp"], frame["value"], strict=True):
        label = next(name for highest, name in _LABELS if value <= highest)
        entries.append({"value": str(value), "value_classification": label, "timestamp": str(int(when.timestamp()))})
    return entries[::-1]


def body(data: list[dict[str, str]], error: str | None = None) -> dict[str, object]:
    return {"name": "Fear and Greed Index", "data": data, "metadata": {"error": error}}


class FearGreedServer(LoopbackServer):
    """alternative.me's /fng/ on 127.0.0.1."""

    name = "fng-server"

    def answer(self, path: str, query: Mapping[str, str]) -> tuple[int, object]:
        if path not in (FNG, FNG.rstrip("/")):
            return 404, {"error": f"unknown path {path}"}
        try:
            limit = int(query.get("limit", "1"))
        except ValueError:
            return 200, body([], "Limit must be an integer.")
        entries = history() if limit <= 0 else history()[:limit]
        if entries:
            entries = [{**entries[0], "time_until_update": "36000"}, *entries[1:]]
        return 200, body(entries)
