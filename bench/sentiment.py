"""Sentiment speed: sentences/s of the default backend (MiniLM + our head) on ~2,000 real sentences.

    python bench/sentiment.py [--sentences 2000] [--runs 3] [--append bench/RESULTS.md]

The sentences are those of the project's corpus and the shared real articles
(split as the stance stage splits them), cycled to `--sentences`. One batch
holds them all, as when many articles are scored together. Measured for
torch's 1 and 2 threads and three encoder batch sizes, with the lexicon
(`--fast`) for contrast. Load time is the first `load_backend()` in this
process: importing torch and transformers, reading the weights.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def _sentences(n: int) -> tuple[list[str], int, int]:
    from factcheck.article.load import load_article
    from factcheck.sentiment.stance import article_sentences

    paths = sorted((REPO / "corpus").glob("*.txt")) + sorted((SHARED / "articles").glob("*.txt"))
    found = [s.text for p in paths for s in article_sentences(load_article(str(p)))]
    return (found * (n // len(found) + 1))[:n], len(found), len(paths)


def _rate(run, sentences: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run(sentences)
        times.append(time.perf_counter() - start)
    return len(sentences) / statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--append", type=Path, help="append the results section to this file")
    args = parser.parse_args()

    import platform

    sentences, distinct, articles = _sentences(args.sentences)
    start = time.perf_counter()
    from factcheck.sentiment.backends import load_backend

    backend = load_backend()
    load = time.perf_counter() - start

    import torch

    from factcheck.sentiment.encoder import BATCH_SIZE

    encoder, head = backend.encoder, backend.head  # type: ignore[attr-defined]
    lengths = [len(encoder.tokenizer(s)["input_ids"]) for s in sentences]
    tokens_note = f"mean {statistics.mean(lengths):.0f} tokens, max {max(lengths)}"
    rows = []
    default_threads = torch.get_num_threads()
    for threads in (1, 2):
        torch.set_num_threads(threads)
        for batch in (16, 32, 64):
            rate = _rate(lambda s, b=batch: head.probabilities(encoder.embed(s, batch_size=b)), sentences, args.runs)
            rows.append((threads, batch, rate))
            print(f"threads {threads}, batch {batch}: {rate:,.0f} sentences/s", flush=True)
    torch.set_num_threads(default_threads)
    default_rate = _rate(backend.classify, sentences, args.runs)
    lexicon = _rate(load_backend(fast=True).classify, sentences, args.runs)
    load_avg = os.getloadavg()[0]

    lines = [
        "## Sentiment speed (`bench/sentiment.py`)",
        "",
        f"{datetime.now(timezone.utc):%Y-%m-%d} · {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, torch {torch.__version__} · load average at the end {load_avg:.1f}. "
        f"{len(sentences):,} sentences in one call ({distinct:,} distinct from {articles} articles, cycled; "
        f"{tokens_note}), median of {args.runs} runs.",
        "",
        "| MiniLM + head | batch 16 | batch 32 | batch 64 |",
        "|---|---:|---:|---:|",
    ]
    for threads in (1, 2):
        lines.append(
            f"| torch {threads} thread{'s' if threads > 1 else ''} | "
            + " | ".join(f"{rate:,.0f}/s" for t, _, rate in rows if t == threads)
            + " |"
        )
    lines += [
        "",
        f"- default backend as shipped (`classify(sentences)`, torch's default {default_threads} threads, "
        f"batch {BATCH_SIZE}): **{default_rate:,.0f} sentences/s**",
        f"- first `load_backend()` in a process (torch + transformers import, weights read): {load:.1f} s",
        f"- VADER lexicon (`--fast`): {lexicon:,.0f} sentences/s",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if args.append:
        with args.append.open("a", encoding="utf-8") as f:
            f.write("\n" + text)


if __name__ == "__main__":
    main()
