"""Sentiment speed: sentences/s of the default backend (MiniLM + our head) on ~2,000 real sentences.

    python bench/sentiment.py [--sentences 2000] [--runs 3] [--append bench/RESULTS.md]
    python bench/sentiment.py --against FOLDER   # the shipped model against another head folder, alternately

The sentences are those of the project's corpus and the shared real articles
(split as the stance stage splits them), cycled to `--sentences`. One call
holds them all, as when many articles are scored together. Measured: the
shipped runtime (MiniLM in numpy, one BLAS thread) at three batch sizes; the
same weights through torch + transformers at 1 and 2 threads for contrast;
the lexicon (`--fast`). Load times are measured in fresh processes: the
first `load_backend()` and a first classification, imports included.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timezone
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


def _load_seconds(code: str) -> float:
    """Wall time of `code` in a fresh interpreter (imports included), best of 3."""
    times = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return min(times)


def _against(folder: Path, n: int, runs: int) -> None:
    """Sentences/s of the shipped model and of another head folder, measured in turns so both see the
    same machine load (a fine-tuned top and a frozen one are the same arithmetic and should not differ)."""
    from factcheck.sentiment.backends import load_backend

    sentences, _, _ = _sentences(n)
    backends = {"shipped": load_backend(), str(folder): load_backend(str(folder))}
    rates: dict[str, list[float]] = {name: [] for name in backends}
    for _ in range(runs):
        for name, backend in backends.items():
            rates[name].append(_rate(backend.classify, sentences, 1))
    for name, found in rates.items():
        print(f"{name}: median {statistics.median(found):,.0f} sentences/s over {runs} runs ({', '.join(f'{r:.0f}' for r in found)})")
    print(f"{len(sentences):,} sentences per run; load average {os.getloadavg()[0]:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--append", type=Path, help="append the results section to this file")
    parser.add_argument(
        "--against", type=Path, help="only compare the shipped model's speed with this head folder's (runs alternate)"
    )
    args = parser.parse_args()
    if args.against:
        _against(args.against, args.sentences, args.runs)
        return

    import platform

    sentences, distinct, articles = _sentences(args.sentences)
    from factcheck.sentiment.backends import load_backend
    from factcheck.sentiment.encoder import load_encoder

    backend = load_backend()
    encoder, head = backend.encoder, backend.head  # type: ignore[attr-defined]
    lengths = [len(encoder.tokenizer.encode(s).ids) for s in sentences]
    tokens_note = f"mean {statistics.mean(lengths):.0f} tokens, max {max(lengths)}"
    numpy_rows = []
    for batch in (16, 32, 64):
        rate = _rate(lambda s, b=batch: head.probabilities(encoder.embed(s, batch_size=b)), sentences, args.runs)
        numpy_rows.append((batch, rate))
        print(f"numpy, batch {batch}: {rate:,.0f} sentences/s", flush=True)
    default_rate = _rate(backend.classify, sentences, args.runs)

    import torch

    reference = load_encoder()
    torch_rows = []
    default_threads = torch.get_num_threads()
    for threads in (1, 2):
        torch.set_num_threads(threads)
        rate = _rate(lambda s: head.probabilities(reference.embed(s, batch_size=32)), sentences, args.runs)
        torch_rows.append((threads, rate))
        print(f"torch {threads} threads, batch 32: {rate:,.0f} sentences/s", flush=True)
    torch.set_num_threads(default_threads)
    lexicon = _rate(load_backend(fast=True).classify, sentences, args.runs)
    numpy_load = _load_seconds(
        "from factcheck.sentiment.backends import load_backend; load_backend().classify(['Bitcoin rallies.'])"
    )
    torch_load = _load_seconds(
        "from factcheck.sentiment.encoder import load_encoder; load_encoder().embed(['Bitcoin rallies.'])"
    )
    load_avg = os.getloadavg()[0]

    lines = [
        "## Sentiment speed (`bench/sentiment.py`)",
        "",
        f"{datetime.now(UTC):%Y-%m-%d} · {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, torch {torch.__version__} · load average at the end {load_avg:.1f}. "
        f"{len(sentences):,} sentences in one call ({distinct:,} distinct from {articles} articles, cycled; "
        f"{tokens_note}), median of {args.runs} runs.",
        "",
        "| MiniLM + head | sentences/s |",
        "|---|---:|",
        *[f"| numpy (shipped), 1 BLAS thread, batch {b} | {r:,.0f} |" for b, r in numpy_rows],
        *[f"| torch + transformers, {t} thread{'s' if t > 1 else ''}, batch 32 | {r:,.0f} |" for t, r in torch_rows],
        "",
        f"- default backend as shipped (`classify(sentences)`): **{default_rate:,.0f} sentences/s**",
        f"- first classification in a fresh process, imports included: numpy runtime {numpy_load:.1f} s, "
        f"torch + transformers {torch_load:.1f} s",
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
