"""Check the gold corpus: every quoted text is in its article, every field is valid for
its kind, every checkable claim has the market data its check needs.

    python corpus/check_gold.py              # our written corpus; exit 1 on any error
    python corpus/check_gold.py corpus/real  # gold for the published articles in ../shared/articles

Stdlib only, so it runs before the package is installed (factcheck/gold.py, which
resolves the character spans that stand for quotes of articles not ours, is stdlib
only and imported from the source tree). The fields and the checking rules are
described in corpus/README.md; what differs for the published articles (no word
range, their text read where it lives, quotes as spans) in corpus/real/README.md.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

CORPUS = Path(__file__).resolve().parent
sys.path.insert(0, str(CORPUS.parent))
from factcheck.gold import MAX_QUOTED_WORDS, GoldError, quoted_words, read_gold

MARKET = CORPUS.parents[1] / "shared" / "market"
PUBLISHED = CORPUS.parents[1] / "shared" / "articles"  # real articles: their gold is in corpus/real
HOURLY = {  # spot, with the perpetual filling the months the spot files lack (2025-07..09, 2025-11)
    "BTC": (MARKET / "BTC-USDT_1h_binance-spot.csv", MARKET / "BTC-USDT-PERP_1h_binance-usdm.csv"),
    "ETH": (MARKET / "ETH-USDT_1h_binance-spot.csv", MARKET / "ETH-USDT-PERP_1h_binance-usdm.csv"),
}
DAILY = {  # gap-free daily closes for indicators and trends (ETH spot has gaps: its perp is used)
    "BTC": MARKET / "BTC-USDT_1d_binance-spot.csv",
    "ETH": MARKET / "ETH-USDT-PERP_1d_binance-usdm-from1h.csv",
}
DAY_FILES = {
    "fear_greed": MARKET / "fear-greed_1d_alternative-me.csv",
    "funding": MARKET / "BTC-USDT-PERP_funding_1d-mean_binance.csv",
    "open_interest": MARKET / "BTC-ETH_open-interest_1d_binance-usdm.csv",
    "yahoo": MARKET / "BTC-USD_1d_yahoo.csv",
    "coinmetrics": MARKET / "BTC-USD_1d_coinmetrics-refrate.csv",
    "eth_spot_1d": MARKET / "ETH-USDT_1d_binance-spot-from1h.csv",
}
SNAPSHOTS = MARKET / "top100_price-snapshot_1d_coingecko.csv"  # one price a day for other coins, from 2025-08-05
SNAPSHOT_NAMES = {"SOL": "Solana", "XRP": "XRP", "BNB": "BNB", "DOGE": "Dogecoin"}
SNAPSHOT_AGE = timedelta(hours=3)  # a snapshot this close before publication can check a price

PRICE_KINDS = {"price_level", "price_change", "intraday_high", "intraday_low"}
COMPARATORS_OF = {
    "price_level": {"at", "above", "below", "crossed_above", "crossed_below", "between"},
    "price_change": {"up", "down"},
    "intraday_high": {"at", "above", "below"},
    "intraday_low": {"at", "above", "below"},
    "support": {"at", "between"},
    "resistance": {"at", "between"},
    "indicator": {"at", "above", "below", "crossed_above", "crossed_below"},
    "liquidations": {"at", "above", "below", "between"},
    "liquidation_imbalance": {"at", "above", "below"},
    "open_interest": {"at", "above", "below", "up", "down"},
    "funding_rate": {"at", "above", "below", "crossed_above", "crossed_below"},
    "volume": {"at", "above", "below", "up", "down"},
    "market_cap": {"at", "above", "below", "up", "down"},
    "all_time_high": {"at", "below", "crossed_above"},
    "trend": {"at"},
    "sentiment_index": {"at", "above", "below", "up", "down", "crossed_above", "crossed_below"},
    "forecast": {"at", "above", "below", "between", "crossed_above", "crossed_below"},
    "opinion": set(),
}
KINDS = set(COMPARATORS_OF)
UNITS_OF = {
    "price_level": {"USD", "KRW", "INR", "JPY"},
    "price_change": {"USD", "%"},
    "intraday_high": {"USD", "KRW", "INR", "JPY"},
    "intraday_low": {"USD", "KRW", "INR", "JPY"},
    "support": {"USD"},
    "resistance": {"USD"},
    "indicator": {None, "USD"},
    "liquidations": {"USD"},
    "liquidation_imbalance": {"USD", "%", "ratio"},
    "open_interest": {None, "USD", "%"},
    "funding_rate": {"%"},
    "volume": {"USD", "%", "BTC", "ETH", "AUD", "KRW", "JPY", "INR"},
    "market_cap": {"USD", "%"},
    "all_time_high": {None, "USD", "%", "KRW", "JPY"},
    "trend": {None},
    "sentiment_index": {None},
    "forecast": {None, "USD", "%"},
    "opinion": {None},
}
# kinds whose value may be null, and what must then say what the claim is
NULL_VALUE_OK = {"indicator", "open_interest", "all_time_high", "trend", "sentiment_index", "forecast", "opinion"}
SIGNED = {"price_change", "open_interest", "volume", "market_cap"}  # up/down carry the sign of a value
INDICATORS = {"rsi", "sma", "ema", "macd", "bollinger"}
RSI_ZONES = {"oversold", "overbought", "neutral"}
FG_ZONES = {"extreme fear", "fear", "neutral", "greed", "extreme greed"}
TIMEFRAMES = {None, "1h", "4h", "1d", "1w", "1M"}
MODALITIES = {"asserted", "forecast", "conditional", "attributed"}
VERDICTS = {"supported", "inaccurate", "imprecise", "unverifiable"}
NAMED_TIMES = {"publication", "24h", "7d", "today", "intraday"}
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)?$")
DATE = re.compile(r"^\d{4}(-\d\d(-\d\d)?)?$")
WORDS = (120, 450)
WARM_UP = 250  # daily bars before an RSI or moving average is trusted


def stamps(path: Path, column: str | None = None) -> set[datetime]:
    """The timestamps of a CSV (those with a non-empty `column`, if given)."""
    with path.open(newline="") as fh:
        rows = csv.DictReader(fh)
        return {
            datetime.fromisoformat(r["timestamp"].replace("Z", "+00:00"))
            for r in rows
            if column is None or r[column].strip()
        }


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(timezone.utc)


def midnight(t: datetime) -> datetime:
    return t.replace(hour=0, minute=0, second=0, microsecond=0)


def article_body(text: str) -> str:
    """The text after a `url:/outlet:/published:/---` header block, if any."""
    head, sep, body = text.partition("\n---\n")
    return body if sep and head.startswith("url:") else text


class Data:
    """What the market files cover, loaded once."""

    def __init__(self) -> None:
        self.hourly = {asset: set().union(*map(stamps, paths)) for asset, paths in HOURLY.items()}
        self.daily = {asset: sorted(stamps(path)) for asset, path in DAILY.items()}
        self.days = {name: stamps(path) for name, path in DAY_FILES.items() if name != "coinmetrics"}
        self.days["coinmetrics"] = stamps(DAY_FILES["coinmetrics"], "market_cap_usd")
        self.snapshots: dict[str, list[datetime]] = {}
        with SNAPSHOTS.open(newline="") as fh:
            for r in csv.DictReader(fh):
                for asset, name in SNAPSHOT_NAMES.items():
                    if r["name"] == name:
                        self.snapshots.setdefault(asset, []).append(utc(r["snapshot_commit_time_utc"]))

    def has_close(self, asset: str, t: datetime) -> bool:
        """The close of the hourly candle opening at t: its own, or the next candle's open
        (a window starting the hour before a file's first candle)."""
        return t in self.hourly[asset] or t + timedelta(hours=1) in self.hourly[asset]

    def snapshot_before(self, asset: str, t: datetime) -> datetime | None:
        """The time of the asset's last CoinGecko snapshot at or before t, if within SNAPSHOT_AGE."""
        times = [s for s in self.snapshots.get(asset, []) if t - SNAPSHOT_AGE <= s <= t]
        return max(times) if times else None

    def snapshot_near(self, asset: str, t: datetime) -> bool:
        return any(abs(s - t) <= SNAPSHOT_AGE for s in self.snapshots.get(asset, []))

    def daily_before(self, asset: str, t: datetime) -> int:
        return sum(1 for d in self.daily[asset] if d + timedelta(days=1) <= t)


def check_fields(tag: str, claim: dict) -> list[str]:
    """The fields of one claim, valid for its kind."""
    errors: list[str] = []
    kind = claim.get("kind")
    if kind not in KINDS:
        return [f"{tag}: unknown kind {kind!r}"]
    value, comparator, unit = claim.get("value"), claim.get("comparator"), claim.get("unit")

    if kind == "opinion":
        for key in ("value", "value_high", "comparator", "unit"):
            if claim.get(key) is not None:
                errors.append(f"{tag}: an opinion has no {key}")
        if claim.get("expected_verdict") != "not_checkable":
            errors.append(f"{tag}: an opinion's expected_verdict is not_checkable")
    else:
        if comparator not in COMPARATORS_OF[kind]:
            errors.append(f"{tag}: comparator {comparator!r} is not one of {sorted(COMPARATORS_OF[kind])} for {kind}")
        if value is None and kind not in NULL_VALUE_OK:
            errors.append(f"{tag}: {kind} needs a value")
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
            errors.append(f"{tag}: value is not a number")
        if unit not in UNITS_OF[kind]:
            errors.append(f"{tag}: unit {unit!r} is not one of {sorted(map(str, UNITS_OF[kind]))} for {kind}")
    if (comparator == "between") != ("value_high" in claim):
        errors.append(f"{tag}: value_high goes with comparator between, and only with it")
    if comparator in {"up", "down"} and kind in SIGNED and value is not None:
        if (value < 0) != (comparator == "down"):
            errors.append(f"{tag}: up/down must match the sign of value")
    if kind == "price_change" and value is None:
        errors.append(f"{tag}: price_change needs a value")

    if kind == "indicator":
        metric = claim.get("metric")
        if metric not in INDICATORS:
            errors.append(f"{tag}: indicator metric {metric!r} is not one of {sorted(INDICATORS)}")
        if metric in {"rsi", "sma", "ema", "bollinger"} and not isinstance(claim.get("period"), int):
            errors.append(f"{tag}: {metric} needs an integer period")
        if claim.get("timeframe") not in TIMEFRAMES:
            errors.append(f"{tag}: timeframe {claim.get('timeframe')!r}")
        zone = claim.get("zone")
        if zone is not None and (metric != "rsi" or zone not in RSI_ZONES):
            errors.append(f"{tag}: zone {zone!r} is for RSI only: {sorted(RSI_ZONES)}")
        if value is None and zone is None and metric == "rsi":
            errors.append(f"{tag}: an RSI claim needs a value or a zone")
        if value is None and metric in {"sma", "ema"} and comparator == "at":
            errors.append(f"{tag}: a moving average with no value is above/below/crossed")
        if metric == "bollinger" and claim.get("band") not in {"upper", "middle", "lower"}:
            errors.append(f"{tag}: bollinger needs band upper/middle/lower")
        ref = claim.get("reference")
        if ref is not None and not re.match(r"^(signal|zero|(sma|ema)\d+)$", ref):
            errors.append(f"{tag}: reference {ref!r}")
    elif kind == "liquidations":
        if claim.get("side") not in {"long", "short", "total"}:
            errors.append(f"{tag}: liquidations need side long/short/total")
        if claim.get("meaning") not in {None, "realised", "liquidation_map"}:
            errors.append(f"{tag}: meaning is realised, liquidation_map or null")
    elif kind == "liquidation_imbalance":
        if claim.get("meaning") not in {None, "realised", "liquidation_map"}:
            errors.append(f"{tag}: meaning is realised, liquidation_map or null")
    elif kind == "open_interest":
        if (value is None) != (unit is None):
            errors.append(f"{tag}: open_interest has a unit exactly when it has a value")
        if value is None and comparator not in {"up", "down"}:
            errors.append(f"{tag}: open_interest with no value is a direction (up/down)")
    elif kind == "funding_rate":
        if claim.get("period") not in {None, "8h", "1h"}:
            errors.append(f"{tag}: funding period is 8h, 1h or null")
    elif kind == "market_cap":
        metric = claim.get("metric")
        if metric not in {"market_cap", "dominance"}:
            errors.append(f"{tag}: market_cap metric is market_cap or dominance")
        if (metric == "dominance") != (unit == "%" and comparator not in {"up", "down"}) and not (
            unit == "%" and comparator in {"up", "down"} and metric == "market_cap"
        ):
            errors.append(f"{tag}: dominance is in %, a market cap in USD (or a % change)")
    elif kind == "all_time_high":
        if claim.get("date") is not None and not DATE.match(claim["date"]):
            errors.append(f"{tag}: date {claim['date']!r} is not YYYY[-MM[-DD]]")
        if comparator == "below" and value is not None and unit != "%":
            errors.append(f"{tag}: 'below its all-time high' carries a percent")
    elif kind == "trend":
        metric = claim.get("metric")
        if claim.get("direction") not in {"up", "down", "sideways"}:
            errors.append(f"{tag}: trend needs direction up/down/sideways")
        if value is not None:
            errors.append(f"{tag}: a trend's length is in duration_days or count, value is null")
        if metric == "trend" and not isinstance(claim.get("duration_days"), (int, float)):
            errors.append(f"{tag}: a trend needs duration_days")
        elif metric == "streak" and (not isinstance(claim.get("count"), int) or claim.get("timeframe") not in TIMEFRAMES - {None}):
            errors.append(f"{tag}: a streak needs an integer count and a timeframe")
        elif metric not in {"trend", "streak"}:
            errors.append(f"{tag}: trend metric is trend or streak")
    elif kind == "sentiment_index":
        zone = claim.get("zone")
        if zone is not None and zone not in FG_ZONES:
            errors.append(f"{tag}: zone {zone!r} is not one of {sorted(FG_ZONES)}")
        if value is None and zone is None:
            errors.append(f"{tag}: a sentiment claim needs a value or a zone")
        if value is not None and not 0 <= value <= 100:
            errors.append(f"{tag}: index values lie in 0..100")
    elif kind == "forecast":
        if value is None and not claim.get("target"):
            errors.append(f"{tag}: a forecast with no value names its target")

    modality = claim.get("modality")
    if modality not in MODALITIES:
        errors.append(f"{tag}: modality {modality!r}")
    if kind == "forecast" and modality not in {"forecast", "conditional"}:
        errors.append(f"{tag}: a forecast's modality is forecast or conditional")
    if modality == "attributed" and not claim.get("attributed_to"):
        errors.append(f"{tag}: attributed with no attributed_to")

    time = claim.get("time")
    if time is not None and time not in NAMED_TIMES and not ISO.match(time) and kind != "forecast":
        errors.append(f"{tag}: time {time!r} is neither a named window nor an ISO instant/range")
    if kind not in {"forecast", "opinion"}:
        if claim.get("expected_verdict") not in VERDICTS:
            errors.append(f"{tag}: expected_verdict {claim.get('expected_verdict')!r}")
        if not claim.get("why"):
            errors.append(f"{tag}: no why")
    elif kind == "forecast" and "expected_verdict" in claim:
        errors.append(f"{tag}: forecasts are scored once due, they carry no expected_verdict")
    return errors


def check_data(tag: str, claim: dict, published: datetime, precision: str, data: Data) -> list[str]:
    """The market data the claim's check needs, present for its publication time."""
    kind, asset = claim["kind"], claim.get("asset")
    if kind in {"forecast", "opinion"} or claim.get("expected_verdict") == "unverifiable":
        return []
    missing: list[str] = []
    day = midnight(published)
    time = claim.get("time") or "publication"
    named_day = midnight(utc(time.split("/")[0])) if ISO.match(time) else None

    if asset in data.hourly and kind not in {"sentiment_index", "funding_rate", "open_interest", "volume"}:
        if precision == "minute":
            last = published.replace(minute=0, second=0) - timedelta(hours=1)
            needed = [last]  # the candle before publication, and the start of the claim's window
            if time in {"24h", "publication", "today", "intraday"}:
                needed.append(last - timedelta(hours=24))
            elif time == "7d":
                needed.append(last - timedelta(hours=168))
            elif ISO.match(time):
                start = utc(time.split("/")[0]).replace(minute=0, second=0)
                needed.append(min(start, last))
        else:
            needed = [day + timedelta(hours=h) for h in range(24)] + [day - timedelta(hours=145)]
        missing += [f"{asset} hourly {t:%Y-%m-%d %H:%M}" for t in needed if not data.has_close(asset, t)]
    elif kind in {"price_level", "price_change"} and asset in SNAPSHOT_NAMES:
        last = data.snapshot_before(asset, published)
        if last is None:
            missing.append(f"a {asset} snapshot in the 3 hours before publication (say unverifiable)")
        elif kind == "price_change" and time in {"24h", "7d"}:
            back = timedelta(hours=24 if time == "24h" else 168)
            if not data.snapshot_near(asset, last - back):
                missing.append(f"a {asset} snapshot {time} before the last one")
    elif kind in PRICE_KINDS | {"support", "resistance", "market_cap", "all_time_high"} and asset not in data.hourly:
        missing.append(f"a {asset} price series (say unverifiable)")

    if kind == "indicator" or kind == "trend":
        if asset not in data.daily:
            missing.append(f"{asset} daily closes")
        else:
            have = data.daily_before(asset, published)
            bar_days = {"1d": 1, "1w": 7, "1M": 31}.get(claim.get("timeframe") or "1d", 1)
            want = WARM_UP if kind == "indicator" else int(1.5 * (claim.get("duration_days") or bar_days * ((claim.get("count") or 0) + 1)))
            if have < want:
                missing.append(f"{want} {asset} daily bars before publication (have {have})")
    elif kind == "sentiment_index":
        if (named_day or day) not in data.days["fear_greed"]:
            missing.append(f"Fear & Greed for {(named_day or day):%Y-%m-%d}")
    elif kind == "funding_rate":
        if asset != "BTC":
            missing.append("a funding series for this asset (only Binance BTCUSDT: say unverifiable)")
        elif day - timedelta(days=1) not in data.days["funding"]:
            missing.append(f"BTC funding for {day - timedelta(days=1):%Y-%m-%d}")
    elif kind == "open_interest":
        if not ({day, day - timedelta(days=1)} & data.days["open_interest"]):
            missing.append(f"open interest around {day:%Y-%m-%d}")
    elif kind == "volume":
        wanted = named_day or day - timedelta(days=1)
        series = "yahoo" if claim.get("unit") in {"USD", "%"} and claim.get("venue") != "Binance" else (
            "eth_spot_1d" if asset == "ETH" else "yahoo_or_binance")
        if series == "yahoo_or_binance":
            if wanted not in set(data.daily["BTC"]):
                missing.append(f"BTC daily volume for {wanted:%Y-%m-%d}")
        elif wanted not in data.days[series]:
            missing.append(f"{series} volume for {wanted:%Y-%m-%d}")
    elif kind == "market_cap" and asset == "BTC" and claim.get("metric") == "market_cap":
        if day - timedelta(days=1) not in data.days["coinmetrics"]:
            missing.append(f"BTC supply (Coin Metrics market cap) for {day - timedelta(days=1):%Y-%m-%d}")
    elif kind == "all_time_high" and asset == "BTC":
        if datetime(2020, 1, 1, tzinfo=timezone.utc) not in data.days["yahoo"]:
            missing.append("Yahoo BTC-USD daily history from 2020")
    return [f"{tag}: no data for its check: {m}" for m in missing]


def check_quotes(where: str, stored: dict, text: str, *, foreign: bool) -> list[str]:
    """Quotes as stored: a span covers whole words at the words' first occurrence; the gold of an
    article not ours (`foreign`) quotes at most MAX_QUOTED_WORDS words verbatim, longer ones are spans."""
    errors: list[str] = []
    entries = [("published_text", stored, "published_text_at", "published_text")]
    entries += [(f"{part}[{i}]", e, "at", "text") for part in ("claims", "negatives") for i, e in enumerate(stored.get(part, []))]
    for tag, entry, span_key, text_key in entries:
        if span_key in entry:
            start, end = entry[span_key]
            words = text[start:end]
            if text.find(words) != start:
                errors.append(f"{where} {tag}: span {entry[span_key]} is not the first occurrence of its words")
            if (start > 0 and text[start - 1].isalnum() and words[:1].isalnum()) or (
                    end < len(text) and text[end].isalnum() and words[-1:].isalnum()):
                errors.append(f"{where} {tag}: span {entry[span_key]} cuts a word")
        elif foreign and isinstance(entry.get(text_key), str) and quoted_words(entry[text_key]) > MAX_QUOTED_WORDS:
            errors.append(f"{where} {tag}: quotes {quoted_words(entry[text_key])} words of the article verbatim; "
                          f"more than {MAX_QUOTED_WORDS} are given as a span (\"{span_key}\": [start, end])")
    return errors


def check(gold_path: Path, data: Data, *, written: bool = True) -> list[str]:
    """One gold file. `written`: an article of our own corpus, held to the word range."""
    errors: list[str] = []
    stored = json.loads(gold_path.read_text())
    article = (gold_path.parent / stored["article"]).resolve()
    if not article.exists():
        return [f"{gold_path.name}: article {stored['article']} not found"]
    try:
        gold = read_gold(gold_path)
    except GoldError as e:
        return [str(e)]
    text = article.read_text(encoding="utf-8")
    where = gold_path.name
    errors += check_quotes(where, stored, text, foreign=not written or gold_path.name == "seed.gold.json")

    words = len(article_body(text).split())
    if written and gold_path.name != "seed.gold.json" and not WORDS[0] <= words <= WORDS[1]:
        errors.append(f"{where}: article has {words} words, outside {WORDS[0]}-{WORDS[1]}")
    if gold["published_text"] not in text:
        errors.append(f"{where}: published_text not in article: {gold['published_text']!r}")
    published = utc(gold["published_at"])
    precision = gold["published_precision"]
    if precision not in {"minute", "day"}:
        errors.append(f"{where}: bad published_precision")
    for kind in gold.get("kinds_annotated", []):
        if kind not in KINDS:
            errors.append(f"{where}: kinds_annotated names unknown kind {kind!r}")

    seen: set[tuple] = set()
    for i, claim in enumerate(gold["claims"]):
        tag = f"{where} claim {i} {claim.get('text')!r}"
        if claim.get("text", "") == "" or claim["text"] not in text:  # several occurrences: the claim is at the first
            errors.append(f"{tag}: text not in article")
        if claim.get("kind") not in gold.get("kinds_annotated", KINDS):
            errors.append(f"{tag}: kind {claim.get('kind')!r} not in kinds_annotated")
        key = (claim.get("kind"), claim.get("text"))
        if key in seen:
            errors.append(f"{tag}: the same kind and text twice")
        seen.add(key)
        field_errors = check_fields(tag, claim)
        errors += field_errors
        if not field_errors:
            errors += check_data(tag, claim, published, precision, data)

    for neg in gold.get("negatives", []):
        if neg["text"] not in text:
            errors.append(f"{where}: negative text not in article: {neg['text']!r}")
        if not neg.get("why"):
            errors.append(f"{where}: negative {neg['text']!r} has no why")
    return errors


def main(argv: list[str]) -> int:
    folder = Path(argv[0]).resolve() if argv else CORPUS
    written = folder == CORPUS
    data = Data()
    golds = sorted(folder.glob("*.gold.json"))
    if written:
        articles = sorted(p for p in CORPUS.glob("[0-9][0-9][0-9]-*.txt"))
        wanted = {art.name: art.with_suffix(".gold.json") for art in articles}
    else:  # gold for the published articles, named after them
        wanted = {art.name: folder / f"{art.stem}.gold.json" for art in sorted(PUBLISHED.glob("*.txt"))}
    errors: list[str] = []
    for name, gold in wanted.items():
        if not gold.exists():
            errors.append(f"{name}: no gold file")
    for gold in golds:
        errors += check(gold, data, written=written)
    for e in errors:
        print(e)
    claims = [c for g in golds for c in json.loads(g.read_text())["claims"]]
    kinds = Counter(c["kind"] for c in claims)
    verdicts = Counter(c.get("expected_verdict", "-") for c in claims)
    print(f"{len(golds)} gold files, {len(claims)} claims, {len(errors)} errors")
    print("kinds:", ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    print("verdicts:", ", ".join(f"{k} {n}" for k, n in sorted(verdicts.items())))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
