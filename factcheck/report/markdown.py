"""A Markdown report an editor can forward: a view of the JSON, nothing computed."""

from __future__ import annotations

from factcheck.model import Report
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


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(report: Report) -> str:
    a = report.article
    lines = [
        f"# Fact-check: {_cell(a.title or a.source)}",
        "",
        f"- source: {a.source}",
        f"- {published_line(report)}" + (f" — read from {a.published_from}" if a.published_from else ""),
        f"- verdicts: {tally(report)}",
        f"- checked at {report.checked_at:%Y-%m-%d %H:%M} UTC",
        "",
    ]
    if report.claims:
        lines += [
            "| verdict | claim | article | found | why | data |",
            "|---|---|---:|---:|---|---|",
        ]
        for c in ordered(report):
            why = c.evidence.explanation + (f" Tolerance {c.evidence.tolerance}." if c.evidence.tolerance else "")
            lines.append(
                f"| {SYMBOL[c.verdict]} **{c.verdict.value}** | “{_cell(c.claim.text)}” ({c.claim.kind.value}, "
                f"{subject(c.claim) or 'opinion'}{', ' + c.claim.modality.value if c.claim.modality.value != 'asserted' else ''}) "
                f"| {_cell(claimed(c.claim))} | {_cell(found(c))} | {_cell(why)} | {_cell(source_of(c))} |"
            )
        lines.append("")
    stance = stance_line(report)
    if stance is not None:
        lines += ["## Sentiment", "", f"- stance: {stance}"]
        tone = tone_line(report)
        if tone is not None:
            mismatch = report.sentiment is not None and report.sentiment.tone is not None and report.sentiment.tone.mismatch
            lines.append(f"- tone: {'**' + tone + '**' if mismatch else tone}")
        lines += [f"- {name} ({score:+.2f}): “{_cell(sentence)}”" for name, score, sentence in leaning_sentences(report)]
        lines.append("")
    for note in report.notes:
        lines.append(f"> {note}")
    return "\n".join(lines).rstrip() + "\n"
