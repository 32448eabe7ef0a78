"""The nouns of factcheck: Article, Claim, Verdict, Evidence, Report.

The report's JSON is the product; every other output is a view of it, so these
models are the published schema (`factcheck schema`). They are frozen values:
a stage returns new ones, it never edits what it was given.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from factcheck.sentiment.model import Sentiment

SCHEMA_VERSION = "1"


class _Value(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Precision(str, Enum):
    """How finely the publication time is known."""

    minute = "minute"
    day = "day"


class Article(_Value):
    """An article as read: its text and what we know about where and when."""

    text: str
    source: str = Field(description="file path, URL or '-' for stdin")
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published_at: datetime | None = Field(
        default=None, description="UTC; None when the article carries no time"
    )
    published_precision: Precision | None = None
    published_zone: str | None = Field(
        default=None, description="the zone the time was written in, e.g. 'Asia/Seoul' or 'UTC'"
    )
    published_from: str | None = Field(
        default=None, description="where the time was read: the text it came from, or 'option'"
    )
    published_unread: str | None = Field(
        default=None, description="a publication line the article gives that is not a readable date"
    )


FIRST_CROSSING = "first_crossing"
"""The metric of a record claim that says its level was never traded before ('for the first
time ever'): the record checker then asks that the previous record was below it."""


MOVE_START = "move_start"
"""The metric of a price a move started from ('fell from over $109,000'): the coin was there, or
beyond it, at some time in the window, which says nothing of where it is at publication."""


HELD = "held"
"""The metric of a price level held over a span ('has stayed below $64,000 since Monday', 'hovered
around $57,000 for the past week'): true of the whole span, not of its last hour."""


FEAR_GREED_AVERAGE = "fear_greed_average"
"""The metric of the sentiment index's mean over `period` days ("its 7-day average stands at 31")."""

FEAR_GREED_CHANGE = "fear_greed_change"
"""The metric of the sentiment index's move in its own points since an earlier day ('down 3 points
from yesterday'); the earlier day is where the claim's window starts."""


class ClaimKind(str, Enum):
    price_level = "price_level"
    price_change = "price_change"
    intraday_high = "intraday_high"
    intraday_low = "intraday_low"
    support = "support"
    resistance = "resistance"
    indicator = "indicator"
    liquidations = "liquidations"
    liquidation_imbalance = "liquidation_imbalance"
    open_interest = "open_interest"
    funding_rate = "funding_rate"
    volume = "volume"
    market_cap = "market_cap"
    all_time_high = "all_time_high"
    trend = "trend"
    sentiment_index = "sentiment_index"
    forecast = "forecast"
    opinion = "opinion"


class Comparator(str, Enum):
    at = "at"
    above = "above"
    below = "below"
    crossed_above = "crossed_above"
    crossed_below = "crossed_below"
    between = "between"
    up = "up"
    down = "down"


class Modality(str, Enum):
    asserted = "asserted"
    forecast = "forecast"
    conditional = "conditional"
    attributed = "attributed"


class TimeRef(_Value):
    """When a claim is about, resolved against the publication time."""

    text: str | None = Field(default=None, description="the words that set the time, if any")
    start: datetime | None = None
    end: datetime | None = None
    kind: Literal["instant", "window", "day", "duration"] = "instant"
    anchored: bool = Field(
        default=False,
        description="a window that starts at a named point ('since May', 'this week', year to date), "
        "not a stated length before its end",
    )
    rolling_days: float | None = Field(
        default=None,
        description="the same words also read as this many days to the end: price sites show "
        "'this week' as the last 7 days, calendars as since Monday; a check weighs both",
    )


class LastSeen(_Value):
    """A level said to be the first of its kind since a date: 'its lowest since May 8',
    'above $70,000 for the first time since March', 'a price not seen since November 2021'."""

    side: Literal["high", "low"] = Field(description="high: nothing as high since; low: nothing as low since")
    period: TimeRef = Field(description="the date named: the market was last this high (or low) then")


class Claim(_Value):
    """One checkable statement, with the words it came from."""

    kind: ClaimKind
    asset: str | None = Field(default=None, description="ticker, e.g. BTC")
    metric: str = Field(description="what is measured, e.g. 'price' or 'return'")
    value: float | None = None
    value_high: float | None = Field(default=None, description="upper end of a range")
    unit: str | None = Field(default=None, description="'USD', '%', ...")
    decimals: int = Field(default=0, description="decimal places as written")
    magnitude: float = Field(
        default=1.0, description="the scale the number was written at: 1000 for '$71K'"
    )
    comparator: Comparator = Comparator.at
    bound: Literal["at_least", "at_most"] | None = Field(
        default=None,
        description="a move or distance written as a bound: 'up more than 20%' is at_least 20, 'less than 1%' at_most 1",
    )
    period: int | None = Field(default=None, description="indicator periods, e.g. 14 for RSI-14, 200 for a 200-day MA")
    timeframe: str | None = Field(default=None, description="bar size an indicator or streak is on, e.g. '1d', '1w'")
    zone: str | None = Field(default=None, description="a named state: 'oversold', 'extreme fear'")
    side: str | None = Field(default=None, description="'long' / 'short' for liquidations")
    count: int | None = Field(default=None, description="a streak's length: 3 for 'third weekly loss'")
    duration_days: float | None = Field(default=None, description="a trend's length: ~300 for '10-month downtrend'")
    time: TimeRef = Field(default_factory=TimeRef)
    record_time: TimeRef | None = Field(
        default=None, description="when a record is said to have been set: 'in November 2021', 'on May 22, 2025'"
    )
    last_seen: LastSeen | None = Field(
        default=None, description="the date the level is said not to have been reached since: 'its highest since April'"
    )
    venue: str | None = Field(
        default=None,
        description="the exchange a figure is said of: 'Deribit', 'Kraken', or ours, 'Binance' (market/venues.py)",
    )
    meaning: Literal["liquidation_map"] | None = Field(
        default=None,
        description="liquidations: positions at risk on a liquidation map ('$1.2B of longs at risk below $80,000'), "
        "not liquidations that happened",
    )
    led: Literal["long", "short"] | None = Field(
        default=None,
        description="liquidations: the side said to have taken most of them ('longs made up most of the $1.2 billion'); "
        "`side` is whose figure it is",
    )
    currency: str | None = Field(
        default=None, description="a local market a move or record is about, as its currency: 'KRW' for a won price's move"
    )
    modality: Modality = Modality.asserted
    attributed_to: str | None = None
    text: str = Field(description="the words of the claim itself")
    sentence: str
    span: tuple[int, int] = Field(description="character offsets of `text` in the article")


class Verdict(str, Enum):
    supported = "supported"
    inaccurate = "inaccurate"
    imprecise = "imprecise"
    unverifiable = "unverifiable"
    not_checkable = "not_checkable"
    pending = "pending"
    realized = "realized"
    unrealized = "unrealized"


class DataWindow(_Value):
    """Which market data a figure rests on."""

    exchange: str
    symbol: str
    timeframe: str
    start: datetime
    end: datetime
    candles: int = 0


class Evidence(_Value):
    """What the verdict rests on, in numbers and in one sentence."""

    figure: float | None = Field(default=None, description="the recomputed figure")
    figures: dict[str, float] = Field(default_factory=dict, description="other figures shown")
    data: DataWindow | None = None
    tolerance: str | None = Field(default=None, description="the tolerance applied, in words")
    explanation: str


class CheckedClaim(_Value):
    claim: Claim
    verdict: Verdict
    evidence: Evidence


class Report(_Value):
    """The result of checking one article."""

    schema_version: str = SCHEMA_VERSION
    article: Article
    claims: list[CheckedClaim]
    notes: list[str] = Field(default_factory=list, description="what the reader should know")
    checked_at: datetime
    chart: PriceChart | None = Field(default=None, description="prices around publication, when asked for")
    sentiment: Sentiment | None = Field(
        default=None, description="the article's stance and its tone against the market; None when not asked for"
    )

    def count(self, verdict: Verdict) -> int:
        return sum(1 for c in self.claims if c.verdict is verdict)

    @property
    def has_inaccurate(self) -> bool:
        return any(c.verdict is Verdict.inaccurate for c in self.claims)


class PricePoint(_Value):
    t: datetime
    close: float


class PriceChart(_Value):
    """Prices around publication, for views that draw them (HTML). Data, not a verdict."""

    asset: str
    exchange: str
    symbol: str
    timeframe: str
    points: list[PricePoint]
    levels: list[float] = Field(default_factory=list, description="price levels the article cites")
    published_at: datetime | None = None
