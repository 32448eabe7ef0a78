"""Reading Retry-After, shared by every HTTP client of the market stage
(ccxt's exchanges and the Fear & Greed API), kept apart so using it does not
import ccxt."""

from __future__ import annotations

import email.utils
from collections.abc import Mapping
from datetime import UTC, datetime

MAX_RETRY_AFTER = 60.0
"""Longest Retry-After we sit out; a server asking for more (a 418 ban) fails at once."""


def retry_after(headers: Mapping[str, str]) -> float | None:
    """Retry-After in seconds, given as seconds or as an HTTP date; None when absent or unreadable."""
    value = next((v for k, v in headers.items() if k.lower() == "retry-after"), None)
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
