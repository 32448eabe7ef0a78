"""The editor's view in a terminal: worst problems first, figures side by side.

Each claim is a short block (verdict and words; article figure against found
figure and source; one sentence of why) so it reads at any terminal width.
"""

from __future__ import annotations

from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.text import Text

from factcheck.model import CheckedClaim, Claim, Report, Verdict
from factcheck.report.styles import STYLE, SYMBOL
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


def _claim_block(checked: CheckedClaim) -> Group:
    v, claim, evidence = checked.verdict, checked.claim, checked.evidence
    line = Text()
    line.append(f"{SYMBOL[v]} {v.value.replace('_', ' '):<14}", style=STYLE[v])
    line.append(f"“{claim.text}”", style="bold")
    line.append(f"  ({' · '.join([claim.kind.value, *_tags(claim)])})", style="dim")
    figures = Text()
    figures.append("article ", style="dim")
    figures.append(claimed(claim))
    figures.append("   found ", style="dim")
    figures.append(found(checked), style=STYLE[v])
    source = source_of(checked)
    if source != "—":
        figures.append(f"   {source}", style="dim")
    if evidence.tolerance:
        figures.append(f"   tolerance {evidence.tolerance}", style="dim")
    return Group(line, Padding(Group(figures, Text(evidence.explanation)), (0, 0, 1, 16)))


def _opinion_line(checked: CheckedClaim) -> Text:
    """An opinion in one line: nothing was checked, so there are no figures to set side by side."""
    claim, v = checked.claim, checked.verdict
    line = Text()
    line.append(f"{SYMBOL[v]} ", style=STYLE[v])
    line.append(f"“{claim.text}”", style="italic")
    if tags := _tags(claim):
        line.append(f"  ({' · '.join(tags)})", style="dim")
    return line


def _tags(claim: Claim) -> list[str]:
    """What the claim is about and how it is told: its subject, a modality other than asserted, its source."""
    tags = [*filter(None, [subject(claim)])]
    if claim.modality.value != "asserted":
        tags.append(claim.modality.value)
    if claim.attributed_to:
        tags.append(f"per {claim.attributed_to}")
    return tags


def render(report: Report) -> Group:
    a = report.article
    head = Text()
    if a.title:
        head.append(a.title, style="bold")
        head.append("\n")
    head.append(a.source, style="dim" if a.title else "bold")
    head.append(f"\n{published_line(report)}")
    if a.published_from:
        head.append(f"\nread from {a.published_from}", style="dim")
    head.append(f"\n{tally(report)}")
    parts: list = [Panel(head, title="factcheck", title_align="left")]
    claims = ordered(report)
    parts += [_claim_block(c) for c in claims if c.verdict is not Verdict.not_checkable]
    opinions = [c for c in claims if c.verdict is Verdict.not_checkable]
    if opinions:
        parts.append(Text("opinion and colour, shown, not checked:", style=STYLE[Verdict.not_checkable]))
        parts += [Padding(_opinion_line(c), (0, 0, 0, 2)) for c in opinions]
        parts.append(Text(""))
    sentiment = _sentiment_block(report)
    if sentiment is not None:
        parts.append(sentiment)
    parts += [Text(f"note: {note}", style="yellow") for note in report.notes]
    return Group(*parts)


def _sentiment_block(report: Report) -> Panel | None:
    stance = stance_line(report)
    if stance is None:
        return None
    body = Text()
    body.append("stance ", style="dim")
    body.append(stance)
    tone = tone_line(report)
    if tone is not None:
        mismatch = report.sentiment is not None and report.sentiment.tone is not None and report.sentiment.tone.mismatch
        body.append("\ntone   ", style="dim")
        body.append(tone, style="bold red" if mismatch else None)
    for name, score, sentence in leaning_sentences(report):
        body.append(f"\n{name} ({score:+.2f}) ", style="dim")
        body.append(f"“{sentence}”")
    return Panel(body, title="sentiment", title_align="left")


def print_report(report: Report, console: Console | None = None) -> None:
    (console or Console()).print(render(report))
