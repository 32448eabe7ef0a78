"""How to reach one exchange (which, how long to wait, how hard to retry), apart from ccxt.

A plain value: the checks that read liquidations or other stored series ask for it even when
they fetch nothing, and importing ccxt for it cost every such check 0.8 s
(`factcheck.market.exchange` is where ccxt is used).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExchangeConfig:
    """How to reach one exchange: which, how long to wait, how hard to retry."""

    exchange_id: str = "binance"
    timeout: float = 10.0
    """Seconds per HTTP request (connect and read)."""
    retries: int = 3
    """Extra attempts after a 429/418, 5xx, timeout or dropped connection."""
    backoff: float = 1.0
    """First wait in seconds, doubled each retry; a Retry-After header wins over it."""
    base_url: str | None = None
    """Send every REST request to this scheme://host:port instead (a local fake exchange)."""

    def __post_init__(self) -> None:
        if self.timeout <= 0 or self.retries < 0 or self.backoff < 0:
            raise ValueError(f"timeout must be > 0, retries and backoff >= 0: {self!r}")

    @property
    def origin(self) -> str:
        """Where stored rows came from: 'ccxt:gate', or 'ccxt:gate via http://127.0.0.1:PORT'."""
        return f"ccxt:{self.exchange_id}" + (f" via {self.base_url}" if self.base_url else "")
