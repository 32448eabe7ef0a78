"""Forecast bands from a prediction page's table ('Year | Minimum | Maximum'): the rows are
cells, not prose, so they get a reader of their own instead of the cue binding.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from spacy.tokens import Doc

from factcheck.model import Article, Claim, ClaimKind, Comparator, Modality, TimeRef
from factcheck.nlp.components import text_of
from factcheck.nlp.numbers import find_quantities
from factcheck.nlp.price_cues import MAX_PRICE

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_COLUMNS = {"low": ("min", "low"), "high": ("max", "high"), "mid": ("avg", "average", "mean", "expected")}


def _table_period(label: str) -> tuple[datetime, datetime] | None:
    """The span a prediction table's row is for: '2026', 'March 2026', 'Mar 2026', 'Q3 2025',
    'H1 2026'."""
    words = label.replace(",", " ").split()
    if len(words) == 1 and words[0].isdigit() and len(words[0]) == 4:
        year = int(words[0])
        return datetime(year, 1, 1, tzinfo=UTC), datetime(year + 1, 1, 1, tzinfo=UTC)
    part = re.fullmatch(r"([QH])([1-4])", words[0].upper()) if len(words) == 2 and words[1].isdigit() and len(words[1]) == 4 else None
    if part is not None and (part[1] == "Q" or part[2] in "12"):
        months = 3 if part[1] == "Q" else 6
        year, first = int(words[1]), (int(part[2]) - 1) * months + 1
        last = first + months
        return datetime(year, first, 1, tzinfo=UTC), datetime(year + (last - 1) // 12, (last - 1) % 12 + 1, 1, tzinfo=UTC)
    if len(words) == 2 and words[1].isdigit() and len(words[1]) == 4 and words[0][:3].lower() in _MONTHS:
        year, month = int(words[1]), _MONTHS[words[0][:3].lower()]
        end = datetime(year + month // 12, month % 12 + 1, 1, tzinfo=UTC)
        return datetime(year, month, 1, tzinfo=UTC), end
    return None


def _table_columns(header: list[str]) -> dict[str, int]:
    """Which columns of a prediction table's header give the low, the average and the high."""
    found: dict[str, int] = {}
    for i, cell in enumerate(header[1:], start=1):
        names = re.findall(r"[a-z]+", cell.lower())
        for role, words in _COLUMNS.items():
            if role not in found and any(n.startswith(words) for n in names):  # 'Minimum', 'Lowest'; not 'Outflow'
                found[role] = i
                break
    return found if {"low", "high"} <= set(found) else {}


def _cells(line: str) -> list[str]:
    """A table row's cells: '| 2025 | $90,000 |' or '2025 | $90,000' as pipes print them, and
    '2025\t$90,000\t$125,000' as a page's table comes out of its HTML."""
    row = line.strip()
    if "|" not in row and "\t" in row:
        return [c.strip() for c in row.split("\t")]
    return [c.strip() for c in row.strip("|").split("|")]


def prediction_table_claims(doc: Doc, article: Article, asset: str | None) -> list[Claim]:
    """'Year | Minimum | Maximum' then '2025 | $90,000 | $125,000': a prediction page's table
    gives, per period, a forecast band from its low to its high, and a target at its average
    when it has one. Rows for periods already over are history, not forecasts."""
    text = text_of(doc)
    published = article.published_at
    claims: list[Claim] = []
    columns: dict[str, int] = {}
    width = 0
    offset = 0
    for line in text.splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        cells = _cells(line)
        if len(cells) < 3:
            columns = {}
            continue
        if not columns:
            columns, width = _table_columns(cells), len(cells)
            continue
        period = _table_period(cells[0])
        if len(cells) != width or period is None or published is not None and period[1] <= published:
            continue
        figures = {role: find_quantities(cells[i]) for role, i in columns.items()}
        if not all(len(f) == 1 and f[0].is_money and (f[0].dollar_size or 0) < MAX_PRICE for f in figures.values()):
            continue
        low, high = figures["low"][0], figures["high"][0]
        if not low.value < high.value:
            continue
        time = TimeRef(text=cells[0], kind="window", start=max(period[0], published) if published else period[0], end=period[1])
        row_start = start + line.index(cells[0])
        row_end = start + line.rindex(high.text) + len(high.text)
        shared: dict[str, Any] = {"kind": ClaimKind.forecast, "asset": asset, "metric": "price", "unit": low.unit, "decimals": low.decimals,
                                  "magnitude": low.magnitude, "time": time, "modality": Modality.forecast, "sentence": line.strip()}
        claims.append(Claim(**shared, value=low.value, value_high=high.value, comparator=Comparator.between,
                            text=text[row_start:row_end], span=(row_start, row_end)))
        if "mid" in figures:
            mid = figures["mid"][0]
            cell_start = start + line.index(mid.text, line.index(low.text) + len(low.text))
            claims.append(Claim(**shared, value=mid.value, comparator=Comparator.at,
                                text=text[cell_start : cell_start + len(mid.text)], span=(cell_start, cell_start + len(mid.text))))
    return claims
