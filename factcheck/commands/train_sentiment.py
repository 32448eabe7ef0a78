"""`factcheck train-sentiment`: fit the sentiment head, measure it, write it with its model card.

Register with `app.command("train-sentiment")(train_sentiment_command)`.
Exit codes: 0 written, 2 bad input (data folder, output folder, a model that
cannot be loaded).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from factcheck.commands.common import EXIT_BAD_INPUT, fail

FINETUNE_LAYERS = 2  # the shipped model fine-tunes MiniLM's top 2 layers (see models/sentiment/MODEL_CARD.md)
SHIPPED_CRYPTO_WEIGHT = 3.0  # and counts each of our crypto sentences and news headlines 3 times in the loss


def train_sentiment_command(
    data: Annotated[Path, typer.Option(help="Folder of the labelled sets (see its SOURCES.md).")] = Path("../shared/sentiment"),
    out: Annotated[
        Path | None, typer.Option(help="Folder to write the head and MODEL_CARD.md to (default: models/sentiment).")
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed of the head's initialisation and batch order.")] = 0,
    compare: Annotated[
        bool, typer.Option(help="Also fit a head with Financial PhraseBank, to measure what leaving it out costs.")
    ] = True,
    include_phrasebank: Annotated[
        bool,
        typer.Option(help="Write the head fitted with Financial PhraseBank (CC BY-NC-SA: research use only; needs --out)."),
    ] = False,
    cache: Annotated[
        Path | None, typer.Option(help="Embedding cache (default: $FACTCHECK_HOME/sentiment/embeddings.npz).")
    ] = None,
    results: Annotated[
        Path | None, typer.Option(help="Append the results table to this file, e.g. bench/RESULTS.md.")
    ] = None,
    finetune_layers: Annotated[
        int,
        typer.Option(help="Fine-tune the top K of the 6 encoder layers with the head (0: a head on frozen embeddings)."),
    ] = FINETUNE_LAYERS,
    crypto_weight: Annotated[
        float,
        typer.Option(help="Weight of each of our crypto sentences in the loss, head and fine-tuning (a tweet's is 1; "
                          "the shipped model used 3)."),
    ] = SHIPPED_CRYPTO_WEIGHT,
    crypto_repeat: Annotated[
        int | None, typer.Option(help="Times our crypto sentences go through each fine-tuning epoch (default: 4).")
    ] = None,
    news_headlines: Annotated[
        bool,
        typer.Option(help="Also train on our news headlines (corpus/stance/news_headlines.jsonl), weighted and repeated "
                          "as our crypto sentences; its test part gets a column. On by default: the shipped model "
                          "was trained with them (see MODEL_CARD.md)."),
    ] = True,
) -> None:
    """Train the sentiment head on the encoder's embeddings (seeded), score it against VADER and Loughran–McDonald."""
    from dataclasses import replace

    from factcheck.errors import ModelError
    from factcheck.sentiment import datasets
    from factcheck.sentiment.card import model_card, results_section
    from factcheck.sentiment.finetune import (
        TOP_FILE,
        FinetuneSettings,
        default_states_cache,
        save_top,
    )
    from factcheck.sentiment.head import SHIPPED_HEAD
    from factcheck.sentiment.train import HeadSettings, default_cache, train_heads

    target = out or SHIPPED_HEAD
    if include_phrasebank and target.resolve() == SHIPPED_HEAD.resolve():
        fail("--include-phrasebank: its licence (CC BY-NC-SA 3.0) keeps that head out of models/sentiment; give --out")
        raise typer.Exit(EXIT_BAD_INPUT)
    if not 0 <= finetune_layers <= 6:
        fail(f"--finetune-layers {finetune_layers}: MiniLM has 6 layers; give 0 to 6")
        raise typer.Exit(EXIT_BAD_INPUT)
    if not crypto_weight > 0:
        fail(f"--crypto-weight {crypto_weight}: give a weight above 0")
        raise typer.Exit(EXIT_BAD_INPUT)
    if crypto_repeat is not None and crypto_repeat < 1:
        fail(f"--crypto-repeat {crypto_repeat}: give 1 or more")
        raise typer.Exit(EXIT_BAD_INPUT)
    if not data.is_dir():
        fail(f"{data}: no such folder (the labelled sets lie in ../shared/sentiment)")
        raise typer.Exit(EXIT_BAD_INPUT)
    try:
        report = train_heads(
            data,
            settings=replace(HeadSettings(), seed=seed, crypto_weight=crypto_weight),
            comparison=compare or include_phrasebank,
            cache=cache or default_cache(),
            news=datasets.NEWS_HEADLINES if news_headlines else None,
            finetune=replace(
                FinetuneSettings(),
                layers=finetune_layers,
                seed=seed,
                crypto_weight=crypto_weight,
                crypto_repeat=crypto_repeat or FinetuneSettings().crypto_repeat,
            )
            if finetune_layers
            else None,
            states_cache=default_states_cache(6 - finetune_layers) if finetune_layers else None,
            say=lambda line: typer.echo(line, err=True),
        )
    except (ModelError, FileNotFoundError) as exc:
        fail(str(exc))
        raise typer.Exit(EXIT_BAD_INPUT)
    written = report.comparison if include_phrasebank else report.shipped
    assert written is not None
    try:
        written.head.save(target)
        if written.top is not None:
            save_top(written.top, target)
        elif (target / TOP_FILE).is_file():
            (target / TOP_FILE).unlink()  # a head on frozen embeddings: no layers of ours replace the package's
        (target / "MODEL_CARD.md").write_text(model_card(report, written), encoding="utf-8")
        if results is not None:
            with results.open("a", encoding="utf-8") as f:
                f.write("\n" + results_section(report))
    except OSError as exc:
        fail(f"cannot write {exc.filename or target}: {exc.strerror or exc}")
        raise typer.Exit(EXIT_BAD_INPUT)
    for line in results_section(report).splitlines()[4:]:
        typer.echo(line)
    top = f", {target / TOP_FILE}" if written.top is not None else ""
    typer.echo(f"wrote {target / 'head.safetensors'}, {target / 'head.json'}{top} and {target / 'MODEL_CARD.md'}")
