"""Where a figure was quoted: another exchange named at it (`Claim.venue`), or a local
market whose price a move or record is about (`Claim.currency`).

"As low as $2,065 on Deribit" is Deribit's wick; "bitcoin traded at 87.2 million won on
Upbit, up 6 percent" is the won price's move, premium included. Verification checks
such claims differently (verify/venue.py, verify/currency.py), and it reads no text:
the words are read here, from models/patterns/markets.json. A venue counts only when
written right at the figure (within a few characters, on the same line); a local
market anywhere in the claim's sentence, for moves and records that carry no currency
of their own, unless a dollar price comes first (the local figure is then a conversion).

Derivatives wraps list figures by venue ("Hyperliquid led with $640 million, ahead of Bybit
at $520 million", "Bybit printed 0.0021%"): `exchanges_in` finds the names, ours included,
so extraction can tell each venue's figure apart. A derivatives or volume figure in a sentence
that names our venue ("open interest on Binance rose 13%") is that venue's: verification can
check it as such, and an unnamed one only as a market total.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from factcheck.market.venues import HELD_VENUES
from factcheck.model import Claim, ClaimKind
from factcheck.nlp.components import PATTERNS

BEFORE, AFTER = 25, 20  # characters around the claim's words in which a venue is its own
_EXTREMES = {ClaimKind.intraday_high, ClaimKind.intraday_low}
_MARKET_MOVES = {ClaimKind.price_change, ClaimKind.all_time_high, ClaimKind.intraday_high, ClaimKind.intraday_low}
_BY_VENUE = {ClaimKind.open_interest, ClaimKind.funding_rate, ClaimKind.liquidations, ClaimKind.volume}


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return json.loads((PATTERNS / "markets.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]]:
    data = _data()
    venues = re.compile(r"\b(" + "|".join(re.escape(v) for v in data["venues"]) + r")\b")
    local = {code: re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) for code, patterns in data["local"].items()}
    return venues, local


@lru_cache(maxsize=1)
def _exchanges() -> re.Pattern[str]:
    names = sorted([*_data()["venues"], *HELD_VENUES], key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(v) for v in names) + r")\b")


def exchanges_in(text: str) -> list[tuple[int, int, str]]:
    """Every exchange named in `text`, ours included: (start, end, name), in order."""
    return [(m.start(), m.end(), m.group(1)) for m in _exchanges().finditer(text)]


def held_venue_named(claim: Claim, handed: frozenset[str] = frozenset()) -> str | None:
    """Our venue, when a derivatives or volume figure's sentence names it and no other
    exchange ('open interest on Binance', 'Binance's BTCUSDT perpetual'). A venue handed a
    figure of its own is set by extraction; then the sentence's other figures are not that
    venue's ('Liquidations reached $880 million, led by Binance at $300 million'): `handed`
    holds the sentences where extraction handed a figure to a venue."""
    if claim.kind not in _BY_VENUE or claim.sentence in handed:
        return None
    names = {name for _, _, name in exchanges_in(claim.sentence)}
    return next(iter(names)) if len(names) == 1 and names <= set(HELD_VENUES) else None


def venue_at(claim: Claim, text: str) -> str | None:
    """The other exchange written right at a day's extreme ("$2,065 on Deribit", "Kraken: ETH hit $2,127")."""
    if claim.kind not in _EXTREMES:
        return None
    start, end = claim.span
    first = max(0, start - BEFORE)
    around = text[first : end + AFTER]
    line_start = around.rfind("\n", 0, start - first)
    lo, hi = start - first, end - first

    def distance(m: re.Match[str]) -> int:
        return max(lo - m.end(), m.start() - hi, 0)

    # the nearest name: 'rose to $70,100 on Coinbase, while ether hit $3,500 on Kraken' gives ether's to Kraken
    found = min(_patterns()[0].finditer(around, line_start + 1), key=distance, default=None)
    return found.group(1) if found else None


def local_market(claim: Claim) -> str | None:
    """The currency of the local market a move or record without a currency of its own is written
    about ("87.2 million won ... up 6 percent", "record high in Korea"), or None."""
    if claim.kind not in _MARKET_MOVES or claim.unit not in {None, "%"}:
        return None
    hits = [(m.start(), code) for code, pattern in _patterns()[1].items() if (m := pattern.search(claim.sentence))]
    if not hits:
        return None
    first, code = min(hits)
    if _DOLLARS.search(claim.sentence, 0, first):
        return None  # "sliding 7.5% to $2,950, or about 4.36 million won on Upbit": the won is a conversion
    return code


_DOLLARS = re.compile(r"(?:US)?\$\s?\d")


def with_markets(claims: list[Claim], text: str) -> list[Claim]:
    """Each claim with the venue and local market its words name, where they name one."""
    out = []
    handed = frozenset(c.sentence for c in claims if c.venue is not None)
    for claim in claims:
        venue, currency = venue_at(claim, text) or claim.venue or held_venue_named(claim, handed), local_market(claim)
        if venue is None and currency is None:
            out.append(claim)
        else:
            out.append(claim.model_copy(update={"venue": venue, "currency": currency}))
    return out
