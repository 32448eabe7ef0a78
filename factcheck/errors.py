"""One error tree for everything factcheck raises on purpose.

    FactcheckError
    ├── InputError            the article cannot be read (exit code 2)
    │   ├── SourceNotFound    a missing file
    │   ├── SourceTooLarge    beyond the size we accept
    │   ├── EmptySource       nothing but whitespace / junk
    │   ├── UndecodableText   binary, or an encoding we cannot read
    │   ├── FetchError        a URL that refuses, times out or is not text
    │   └── BadDate           a publication time that cannot be read
    ├── MarketDataError       market data missing or broken (carries where)
    │   ├── ExchangeUnavailable   network down, refused, geo-blocked, timed out
    │   ├── RateLimited           429 / 418 that kept coming after retries
    │   ├── BadExchangeData       garbage, malformed JSON, absurd candles
    │   └── StoreError            the on-disk store cannot be opened or written
    └── ModelError            a language or sentiment model cannot be loaded

Third-party errors (ccxt, httpx, sqlite3, spaCy) are translated into these at
one boundary each, so callers never catch a library's own exceptions.
"""

from __future__ import annotations

from datetime import datetime


class FactcheckError(Exception):
    """Base of every error factcheck raises on purpose."""


class InputError(FactcheckError):
    """The article could not be read; the CLI exits with code 2."""


class SourceNotFound(InputError):
    pass


class SourceTooLarge(InputError):
    pass


class EmptySource(InputError):
    pass


class UndecodableText(InputError):
    pass


class FetchError(InputError):
    pass


class BadDate(InputError):
    pass


class MarketDataError(FactcheckError):
    """Market data could not be had. Says which exchange, symbol, timeframe and range."""

    def __init__(
        self,
        message: str,
        *,
        exchange: str | None = None,
        symbol: str | None = None,
        timeframe: str | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
    ) -> None:
        self.exchange = exchange
        self.symbol = symbol
        self.timeframe = timeframe
        self.start = start
        self.end = end
        super().__init__(message)

    def __str__(self) -> str:
        where = " ".join(
            part
            for part in (
                self.exchange,
                self.symbol,
                self.timeframe,
                f"{self.start:%Y-%m-%d %H:%M}..{self.end:%Y-%m-%d %H:%M} UTC"
                if self.start and self.end
                else None,
            )
            if part
        )
        message = super().__str__()
        return f"{message} ({where})" if where else message


class ExchangeUnavailable(MarketDataError):
    pass


class RateLimited(MarketDataError):
    pass


class BadExchangeData(MarketDataError):
    pass


class StoreError(MarketDataError):
    pass


class ModelError(FactcheckError):
    pass
