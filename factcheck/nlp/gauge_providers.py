"""Whose Fear & Greed index a reading is. CoinMarketCap publishes an index of its own under the
same name ('CMC Fear and Greed Index: 32/100'); its values differ from alternative.me's, the one
the store holds, by ten points and more on the same day. A reading said of another provider's
index gets that provider as its `venue`, so verification does not hold it against ours. An
article that names another provider's index and never alternative.me's gives that provider to
its unnamed readings too ('rose to 32 ... up from 29 yesterday'). CNN Business publishes a Fear &
Greed index of the US stock market: a reading of that one ('CNN's Fear & Greed Index sat at 25')
says nothing of crypto and is no claim here. The words are in models/patterns/gauge_providers.json.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from factcheck.model import Claim, ClaimKind
from factcheck.nlp.components import PATTERNS


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict[str, re.Pattern[str]], re.Pattern[str], re.Pattern[str]]:
    data = json.loads((PATTERNS / "gauge_providers.json").read_text(encoding="utf-8"))
    own = {name: re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) for name, patterns in data["own"].items()}
    stocks = re.compile("|".join(f"(?:{p})" for p in data["stocks"]), re.IGNORECASE)
    return own, re.compile("|".join(f"(?:{p})" for p in data["held"])), stocks


_INDEX_NAME = re.compile(r"Fear\s*(?:&|and)\s*Greed", re.IGNORECASE)


def stock_reading(claim: Claim) -> bool:
    """The reading is of the stock market's index: the last index named before its figure, in its
    sentence, is CNN's ('while CNN's Fear & Greed Index sat at 25', 'the Fear & Greed Index for
    US stocks'). A crypto reading told beside it keeps its own, nearer name."""
    at = claim.sentence.find(claim.text)
    before = claim.sentence[: at + len(claim.text)] if at >= 0 else claim.sentence
    names = list(_INDEX_NAME.finditer(before))
    if not names:
        return False
    last = names[-1].start()
    return any(m.start() <= last < m.end() for m in _patterns()[2].finditer(claim.sentence))


def provider_named(sentence: str) -> str | None:
    """The other provider whose index `sentence` names, or None."""
    return next((name for name, pattern in _patterns()[0].items() if pattern.search(sentence)), None)


def with_gauge_providers(claims: list[Claim], text: str) -> list[Claim]:
    """The sentiment readings with the provider of their index as `venue`, where it is not ours;
    readings of the stock market's index left out."""
    claims = [c for c in claims if not (c.kind is ClaimKind.sentiment_index and stock_reading(c))]
    readings = [c for c in claims if c.kind is ClaimKind.sentiment_index and c.venue is None]
    if not readings:
        return claims
    named = {id(c): provider_named(c.sentence) for c in readings}
    others = {p for p in named.values() if p is not None}
    if not others:
        others = {p for p in (provider_named(line) for line in text.splitlines()) if p is not None}
    whole = next(iter(others)) if len(others) == 1 and not _patterns()[1].search(text) else None
    out = []
    for claim in claims:
        provider = named.get(id(claim)) or (whole if id(claim) in named else None)
        out.append(claim.model_copy(update={"venue": provider}) if provider else claim)
    return out
