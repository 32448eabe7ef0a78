"""The HTML report: the article with each claim marked in its verdict's colour,
the evidence beside it (and on hover), and a price chart of the days around
publication with the levels the article cites. One self-contained file: no
scripts, fonts or images from anywhere; readable on a phone.
"""

from __future__ import annotations

from html import escape

from factcheck.model import CheckedClaim, PriceChart, Report, Verdict
from factcheck.report.styles import SYMBOL
from factcheck.report.summary import (
    claimed,
    found,
    leaning_sentences,
    ordered,
    published_line,
    source_of,
    stance_line,
    subject,
    tally,
    tone_line,
)

COLOURS = {
    Verdict.inaccurate: "#c62828",
    Verdict.imprecise: "#ef6c00",
    Verdict.unrealized: "#8e24aa",
    Verdict.unverifiable: "#757575",
    Verdict.pending: "#0277bd",
    Verdict.not_checkable: "#9e9e9e",
    Verdict.realized: "#2e7d32",
    Verdict.supported: "#2e7d32",
}

_CSS = """
body{font:16px/1.55 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#212121;background:#fafafa}
header,main{max-width:1100px;margin:0 auto;padding:12px 16px}
h1{font-size:1.35rem;margin:.4rem 0}
.meta{color:#555;font-size:.9rem}
.layout{display:flex;gap:20px;align-items:flex-start}
article{flex:3;background:#fff;padding:16px;border-radius:8px;box-shadow:0 1px 3px #0002;white-space:pre-wrap}
aside{flex:2}
mark{background:none;border-bottom:3px solid var(--c);padding:0 1px}
mark:hover{background:color-mix(in srgb,var(--c) 15%,white)}
.card{background:#fff;border-left:5px solid var(--c);border-radius:6px;padding:8px 12px;margin:0 0 10px;box-shadow:0 1px 2px #0002}
.verdict{font-weight:700;color:var(--c);text-transform:uppercase;font-size:.8rem;letter-spacing:.04em}
.figures{font-variant-numeric:tabular-nums;font-size:.9rem}
.why{font-size:.9rem;margin:.3rem 0 0}
.small{color:#666;font-size:.8rem}
.mismatch{color:#c62828;font-weight:600}
svg{width:100%;height:auto;background:#fff;border-radius:8px;box-shadow:0 1px 3px #0002}
@media (max-width:760px){.layout{flex-direction:column}article,aside{width:100%;box-sizing:border-box}}
"""


def _style(checked: CheckedClaim) -> str:
    return f"--c:{COLOURS[checked.verdict]}"


def _marked_text(report: Report, index: dict[int, int]) -> str:
    """The article text with each claim's span wrapped in <mark>, overlaps skipped."""
    text = report.article.text
    spans = sorted(((c.claim.span, n, c) for n, c in enumerate(report.claims)), key=lambda s: s[0])
    out, at = [], 0
    for (start, end), n, checked in spans:
        if start < at or end > len(text):
            continue
        title = f"{checked.verdict.value}: {checked.evidence.explanation}"
        out.append(escape(text[at:start]))
        out.append(
            f'<mark id="claim-{index[n]}" class="claim {checked.verdict.value}" style="{_style(checked)}" '
            f'title="{escape(title, quote=True)}">{escape(text[start:end])}</mark>'
        )
        at = end
    out.append(escape(text[at:]))
    return "".join(out)


def _card(checked: CheckedClaim, number: int) -> str:
    claim, evidence = checked.claim, checked.evidence
    tags = [claim.kind.value.replace("_", " "), *filter(None, [subject(claim)])]
    if claim.modality.value != "asserted":
        tags.append(claim.modality.value)
    extra = " · ".join(x for x in (source_of(checked), f"tolerance {evidence.tolerance}" if evidence.tolerance else "") if x and x != "—")
    return (
        f'<div class="card {checked.verdict.value}" style="{_style(checked)}">'
        f'<div class="verdict"><a href="#claim-{number}">{SYMBOL[checked.verdict]} {checked.verdict.value.replace("_", " ")}</a></div>'
        f"<div>“{escape(claim.text)}” <span class=\"small\">({escape(' · '.join(tags))})</span></div>"
        f'<div class="figures">article <b>{escape(claimed(claim))}</b> · found <b>{escape(found(checked))}</b></div>'
        f'<p class="why">{escape(evidence.explanation)}</p>'
        + (f'<div class="small">{escape(extra)}</div>' if extra else "")
        + "</div>"
    )


def _chart(chart: PriceChart) -> str:
    """An SVG line of closes, dashed lines at the cited levels, a marker at publication."""
    width, height, pad_l, pad_r, pad_y = 720, 300, 64, 12, 22
    points = chart.points
    closes = [p.close for p in points]
    low = min(closes + chart.levels) * 0.995
    high = max(closes + chart.levels) * 1.005
    t0, t1 = points[0].t.timestamp(), points[-1].t.timestamp()

    def x(t: float) -> float:
        return pad_l + (t - t0) / max(t1 - t0, 1) * (width - pad_l - pad_r)

    def y(v: float) -> float:
        return pad_y + (high - v) / (high - low) * (height - 2 * pad_y)

    line = " ".join(f"{x(p.t.timestamp()):.1f},{y(p.close):.1f}" for p in points)
    parts = [
        f'<svg viewBox="0 0 {width} {height}" role="img" aria-label="{escape(chart.symbol)} price around publication">',
        f'<polyline fill="none" stroke="#1565c0" stroke-width="1.6" points="{line}"/>',
    ]
    for level in chart.levels:
        parts.append(
            f'<line class="level" x1="{pad_l}" x2="{width - pad_r}" y1="{y(level):.1f}" y2="{y(level):.1f}" '
            f'stroke="#c62828" stroke-dasharray="5 4"/><text x="{pad_l - 4}" y="{y(level) + 4:.1f}" '
            f'font-size="11" text-anchor="end" fill="#c62828">{level:,.0f}</text>'
        )
    for tick in (low, (low + high) / 2, high):
        parts.append(f'<text x="{pad_l - 4}" y="{y(tick) + 4:.1f}" font-size="10" text-anchor="end" fill="#999">{tick:,.0f}</text>')
    if chart.published_at is not None and t0 <= chart.published_at.timestamp() <= t1:
        px = x(chart.published_at.timestamp())
        parts.append(
            f'<line class="published" x1="{px:.1f}" x2="{px:.1f}" y1="{pad_y}" y2="{height - pad_y}" stroke="#424242"/>'
            f'<text x="{px + 4:.1f}" y="{pad_y + 10}" font-size="11" fill="#424242">published</text>'
        )
    parts.append(
        f'<text x="{pad_l}" y="{height - 4}" font-size="10" fill="#999">{points[0].t:%Y-%m-%d %H:%M}</text>'
        f'<text x="{width - pad_r}" y="{height - 4}" font-size="10" text-anchor="end" fill="#999">{points[-1].t:%Y-%m-%d %H:%M} UTC</text>'
    )
    parts.append("</svg>")
    return "".join(parts) + f'<div class="small">{escape(chart.exchange)} {escape(chart.symbol)} {escape(chart.timeframe)} closes; dashed: levels the article cites.</div>'


def _sentiment(report: Report) -> str:
    stance = stance_line(report)
    if stance is None:
        return ""
    tone = tone_line(report)
    mismatch = report.sentiment is not None and report.sentiment.tone is not None and report.sentiment.tone.mismatch
    rows = [f'<div class="figures">stance <b>{escape(stance)}</b></div>']
    if tone is not None:
        rows.append(f'<p class="why{" mismatch" if mismatch else ""}">{escape(tone)}</p>')
    rows += [
        f'<p class="why"><span class="small">{escape(name)} ({score:+.2f})</span> “{escape(sentence)}”</p>'
        for name, score, sentence in leaning_sentences(report)
    ]
    return f'<h2>Sentiment</h2><div class="card" id="sentiment" style="--c:#546e7a">{"".join(rows)}</div>'


def to_html(report: Report) -> str:
    a = report.article
    index = {n: n + 1 for n in range(len(report.claims))}
    number = {id(c): index[n] for n, c in enumerate(report.claims)}
    cards = "".join(_card(c, number[id(c)]) for c in ordered(report))
    notes = "".join(f'<p class="small">note: {escape(n)}</p>' for n in report.notes)
    chart = f"<h2>Price around publication</h2>{_chart(report.chart)}" if report.chart and report.chart.points else ""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Fact-check: {escape(a.title or a.source)}</title>
<style>{_CSS}</style></head>
<body>
<header><h1>Fact-check: {escape(a.title or a.source)}</h1>
<div class="meta">{escape(published_line(report))}{(" — read from " + escape(a.published_from)) if a.published_from else ""}<br>
<span id="tally">{escape(tally(report))}</span> · checked {report.checked_at:%Y-%m-%d %H:%M} UTC · {escape(a.source)}</div>{notes}</header>
<main><div class="layout">
<article id="article">{_marked_text(report, index)}</article>
<aside id="claims">{cards}{_sentiment(report)}{chart}</aside>
</div></main>
</body></html>
"""
