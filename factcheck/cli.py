"""The `factcheck` command: parse, make one library call, map errors to an exit code.

`factcheck ARTICLE...` checks articles (the default command); `factcheck data
...` manages the market store; `factcheck schema` prints the report's JSON
schema. Exit codes: 0 nothing checked is inaccurate, 1 something is, 2 bad input.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import click
import typer
from typer.core import TyperGroup


class _CheckByDefault(TyperGroup):
    """`factcheck article.txt` means `factcheck check article.txt`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in {"--help", "-h", "--version"}:
            args = ["check", *args]
        return super().parse_args(ctx, args)


app = typer.Typer(
    cls=_CheckByDefault,
    add_completion=False,
    no_args_is_help=True,
    help="Fact-check the numeric market claims of crypto news against market data.",
    rich_markup_mode=None,
)


class Format(str, Enum):
    terminal = "terminal"
    json = "json"
    markdown = "markdown"
    html = "html"


from factcheck.commands.batch import batch_command
from factcheck.commands.common import EXIT_BAD_INPUT, EXIT_INACCURATE, EXIT_OK, StoreOpt
from factcheck.commands.common import fail as _fail
from factcheck.commands.data import data_app
from factcheck.commands.evaluate import eval_command
from factcheck.commands.score import score_command
from factcheck.commands.train_opinions import train_opinions_command
from factcheck.commands.train_sentiment import train_sentiment_command

app.add_typer(data_app, name="data")
app.command("eval")(eval_command)
app.command("batch")(batch_command)
app.command("score")(score_command)
app.command("train-sentiment")(train_sentiment_command)
app.command("train-opinions")(train_opinions_command)


@app.command("check")
def check_command(
    articles: Annotated[list[str], typer.Argument(help="Files (.txt/.md/.html), '-' for stdin, or http(s) URLs.")],
    published: Annotated[
        str | None, typer.Option(help="Publication time, overriding the article's (e.g. '2026-02-09 10:17 KST'; 'now' for a draft).")
    ] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.terminal,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report to this file.")] = None,
    offline: Annotated[bool, typer.Option(help="Use only the local store; never contact an exchange.")] = False,
    timeout: Annotated[float, typer.Option(help="Seconds to wait on the network.")] = 10.0,
    sentiment_model: Annotated[
        str,
        typer.Option(
            help="Stance classifier: 'minilm' (our fine-tuned all-MiniLM-L6-v2), 'minilm-int8' (the same, "
            "int8 on ONNX Runtime: faster, labels within a few percent), 'vader', a folder from "
            "train-sentiment, or any Hugging Face text-classification model (folder or cached name)."
        ),
    ] = "minilm",
    fast: Annotated[bool, typer.Option(help="Score sentiment with the VADER lexicon (no transformer).")] = False,
    sentiment: Annotated[bool, typer.Option(help="Add the article's stance and tone check.")] = True,
    store: StoreOpt = None,
) -> None:
    """Check articles and report a verdict for each claim."""
    from factcheck.commands.extract_ahead import start

    # The articles are read and extracted in a forked process while this one loads the rest:
    # the fork comes before any heavy import.
    extracted = start(articles, published=published, timeout=timeout)
    from factcheck.errors import FactcheckError
    from factcheck.market.store import Store
    from factcheck.pipeline import check_extracted
    from factcheck.sentiment.backends import load_backend, read_opinions_with, shipped_encoder

    reports = []
    bad_input = False
    try:
        backend = load_backend(sentiment_model, fast=fast) if sentiment else None
        read_opinions_with(backend.name if backend is not None else None)
        shipped_encoder()  # the opinion classifier reads with it here, while the child parses
        market_store = Store(store)
    except FactcheckError as exc:
        _fail(str(exc))
        raise typer.Exit(EXIT_BAD_INPUT)
    # imported now, while the child still extracts, rather than after it
    import factcheck.report.terminal
    import factcheck.sentiment.section
    import factcheck.verify

    with market_store:
        for item in extracted():
            try:
                if item.error is not None:
                    raise FactcheckError(item.error)
                assert item.article is not None
                reports.append(
                    check_extracted(item.article, item.all_claims(), list(item.sentences), store=market_store,
                                    offline=offline, timeout=timeout, chart=format is Format.html, sentiment=backend)
                )
            except FactcheckError as exc:
                _fail(str(exc) if item.error is not None else f"{item.source}: {exc}")
                bad_input = True
    if reports:
        _emit(reports, format, output)
    if bad_input:
        raise typer.Exit(EXIT_BAD_INPUT)
    raise typer.Exit(EXIT_INACCURATE if any(r.has_inaccurate for r in reports) else EXIT_OK)


def _emit(reports: list, format: Format, output: Path | None) -> None:
    from rich.console import Console

    if format is Format.json:
        if len(reports) == 1:
            text = reports[0].model_dump_json(indent=2)
        else:
            text = "[\n" + ",\n".join(r.model_dump_json(indent=2) for r in reports) + "\n]"
        _write(text + "\n", output)
    elif format is Format.html:
        from factcheck.report.html import to_html

        _write("\n".join(to_html(r) for r in reports), output)
    elif format is Format.markdown:
        from factcheck.report.markdown import to_markdown

        _write("\n".join(to_markdown(r) for r in reports), output)
    else:
        from factcheck.report.terminal import render

        if output is None:
            console = Console()
            for r in reports:
                console.print(render(r))
        else:
            with output.open("w", encoding="utf-8") as f:
                console = Console(file=f, width=120, force_terminal=False, color_system=None)
                for r in reports:
                    console.print(render(r))


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")


@app.command("schema")
def schema_command() -> None:
    """Print the JSON schema of the report (--format json)."""
    import json

    from factcheck.model import Report

    typer.echo(json.dumps(Report.model_json_schema(), indent=2))


def _command_names() -> set[str]:
    return {c.name for c in app.registered_commands if c.name} | {g.name for g in app.registered_groups if g.name}


def main() -> None:
    """`factcheck article.txt` builds the check command alone: click assembling every
    command's options costs a tenth of a second that an editor waits for."""
    args = sys.argv[1:]
    if args and args[0] not in _command_names() and not args[0].startswith("-"):
        single = typer.Typer(add_completion=False, rich_markup_mode=None)
        single.command(help=check_command.__doc__)(check_command)
        single(prog_name="factcheck")
        return
    app()
