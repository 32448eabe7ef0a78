"""`factcheck score RESULTS`: scorecards per outlet or author, a table and a plot."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from factcheck.commands.common import EXIT_BAD_INPUT, fail


def score_command(
    results: Annotated[Path, typer.Argument(help="The folder `factcheck batch` wrote (claims and articles tables).")],
    by: Annotated[str, typer.Option(help="Group by 'outlet' or 'author'.")] = "outlet",
    plot: Annotated[Path | None, typer.Option(help="Write the ranking plot here (.png or .svg).")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the scorecards as CSV here.")] = None,
) -> None:
    """Score outlets: share of claims supported / inaccurate, per 1,000 words, forecast hit rate, and hype
    (articles whose tone went against the market), with 95% intervals."""
    import pandas as pd
    from rich.console import Console
    from rich.table import Table

    from factcheck.score.plot import plot_scorecards
    from factcheck.score.scorecard import scorecards

    if by not in {"outlet", "author"}:
        fail("--by takes 'outlet' or 'author'")
        raise typer.Exit(EXIT_BAD_INPUT)
    claims_path, articles_path = results / "claims.parquet", results / "articles.parquet"
    if not claims_path.is_file() or not articles_path.is_file():
        fail(f"{results}: no claims.parquet / articles.parquet here; run `factcheck batch` first")
        raise typer.Exit(EXIT_BAD_INPUT)
    cards = scorecards(pd.read_parquet(claims_path), pd.read_parquet(articles_path), by=by)
    table = Table(title=f"scorecards by {by}")
    for column in (by, "articles", "checked", "supported", "inaccurate (95% CI)", "per 1k words", "forecast hits", "stance", "hype (95% CI)"):
        table.add_column(column, justify="left" if column == by else "right")

    def pct(x: object) -> str:
        return "—" if x is None or pd.isna(x) else f"{float(x) * 100:.0f}%"

    for _, r in cards.iterrows():
        ci = "—" if pd.isna(r["inaccurate"]) else f"{pct(r['inaccurate'])} ({pct(r['inaccurate_low'])}–{pct(r['inaccurate_high'])})"
        hits = "—" if not r["forecasts_resolved"] else f"{int(round(r['forecast_hit_rate'] * r['forecasts_resolved']))}/{int(r['forecasts_resolved'])}"
        per = "—" if pd.isna(r["inaccurate_per_1000_words"]) else f"{r['inaccurate_per_1000_words']:.2f}"
        stance = "—" if r.get("stance_mean") is None or pd.isna(r["stance_mean"]) else f"{r['stance_mean']:+.2f}"
        hype = "—" if r.get("hype") is None or pd.isna(r["hype"]) else f"{pct(r['hype'])} ({pct(r['hype_low'])}–{pct(r['hype_high'])})"
        table.add_row(str(r[by]), str(r["articles"]), str(r["checked"]), pct(r["supported"]), ci, per, hits, stance, hype)
    Console().print(table)
    if output:
        cards.to_csv(output, index=False)
        typer.echo(f"scorecards: {output}")
    if plot:
        plot_scorecards(cards, plot, by=by)
        typer.echo(f"plot: {plot}")
