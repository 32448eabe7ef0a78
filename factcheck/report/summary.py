"""Figures shared by every view, so no two renderers word them differently."""

from __future__ import annotations

from factcheck.formatting import usd
from factcheck.model import CheckedClaim, Claim, Report
from factcheck.report.styles import SEVERITY, rank


def ordered(report: Report) -> list[CheckedClaim]:
    """Claims worst verdict first, then in reading order."""
    return sorted(report.claims, key=lambda c: (rank(c.verdict), c.claim.span[0]))


def tally(report: Report) -> str:
    counts = [(v, report.count(v)) for v in SEVERITY]
    return ", ".join(f"{n} {v.value.replace('_', ' ')}" for v, n in counts if n) or "no claims"


def published_line(report: Report) -> str:
    a = report.article
    if a.published_at is None:
        return "publication time: unreadable" if a.published_unread else "publication time: not found"
    zone = a.published_zone or "UTC"
    if a.published_precision and a.published_precision.value == "day":
        return f"published {a.published_at:%Y-%m-%d} (date only, {zone})"
    line = f"published {a.published_at:%Y-%m-%d %H:%M} UTC"
    if zone not in {"UTC", "Etc/UTC"}:
        from zoneinfo import ZoneInfo

        try:
            local = a.published_at.astimezone(ZoneInfo(zone))
            line += f" ({local:%Y-%m-%d %H:%M} {zone})"
        except Exception:  # a fixed offset like '+09:00' is not a zone name
            line += f" (zone {zone})"
    return line


def claimed(claim: Claim) -> str:
    """What the article says, as a figure."""
    if claim.value is None:
        if claim.duration_days:
            return f"{claim.duration_days:.0f} days {claim.zone or ''}".strip()
        if claim.zone:
            return claim.zone
        return claim.comparator.value if claim.comparator.value in {"up", "down"} else "—"
    if claim.unit == "%":
        return f"{claim.value:+g}%"
    if claim.value_high is not None:
        return f"{usd(claim.value)}–{usd(claim.value_high)}"
    prefix = {"above": "> ", "below": "< ", "crossed_above": "↑ ", "crossed_below": "↓ "}.get(
        claim.comparator.value, ""
    )
    return prefix + (usd(claim.value) if claim.unit == "USD" else f"{claim.value:g}")


def found(checked: CheckedClaim) -> str:
    """The recomputed figure, in the claim's unit."""
    figure = checked.evidence.figure
    claim = checked.claim
    if figure is None:
        return "—"
    if claim.kind.value in {"indicator", "sentiment_index"} and claim.metric not in {"sma", "ema"}:
        return f"{figure:.1f}"
    if claim.kind.value == "trend":
        return f"{figure:.0f} days"
    if claim.unit == "%":
        return f"{figure:+.2f}%"
    return usd(figure)


def source_of(checked: CheckedClaim) -> str:
    data = checked.evidence.data
    if data is None:
        return "—"
    return f"{data.exchange} {data.symbol} {data.timeframe}"


def subject(claim: Claim) -> str | None:
    """Who a claim is about, for display: the asset, 'market' for market-wide figures, nothing for opinions."""
    if claim.asset:
        return claim.asset
    if claim.kind.value == "opinion":
        return None
    if claim.kind.value in {"sentiment_index", "liquidations", "liquidation_imbalance", "market_cap", "volume"}:
        return "market"
    return "asset?"


def stance_line(report: Report) -> str | None:
    """'mildly bearish (score -0.19) over 19 sentences, scored by minilm', or None without a sentiment section."""
    if report.sentiment is None:
        return None
    s = report.sentiment.stance
    return f"{s.strength} (score {s.score:+.2f}) over {s.sentences_scored} sentences, scored by {s.backend}"


def tone_line(report: Report) -> str | None:
    """The tone check in words, with where its figures come from."""
    if report.sentiment is None or report.sentiment.tone is None:
        return None
    tone = report.sentiment.tone
    return tone.verdict + (f" (data: {', '.join(tone.data)})" if tone.data else "")


def leaning_sentences(report: Report) -> list[tuple[str, float, str]]:
    """('most bullish' | 'most bearish', score, sentence) for the sentences that pull the stance most."""
    if report.sentiment is None:
        return []
    s = report.sentiment.stance
    return [
        (name, sentence.score, sentence.text)
        for name, sentence in (("most bullish", s.most_bullish), ("most bearish", s.most_bearish))
        if sentence is not None
    ]
