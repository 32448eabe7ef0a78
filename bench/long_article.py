"""Extraction time against article length: does a long text cost in proportion to its size?

    python bench/long_article.py [--sizes 10 30 100 290]

Each text joins the bodies of the corpus articles (headers dropped) under one publication
line until it reaches the size in kB; each is read and extracted in this process after one
warm-up, and the CPU seconds, seconds per kB and the process's peak memory are printed.
Per-claim work that scans the whole document shows as seconds per kB growing with size.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _text(kb: int) -> str:
    bodies = [p.read_text(encoding="utf-8").split("---", 1)[-1].strip() for p in sorted((REPO / "corpus").glob("*.txt"))]
    parts, size, i = ["published: 2025-03-03 14:00 UTC\n---\n"], 0, 0
    while size < kb * 1000:
        parts.append(bodies[i % len(bodies)] + "\n\n")
        size += len(parts[-1])
        i += 1
    return "".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 30, 100, 290])
    sizes = parser.parse_args().sizes
    from factcheck.article.load import load_article
    from factcheck.nlp.extract import extract
    from factcheck.nlp.pipeline import load_pipeline

    load_pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm.txt"
        warm.write_text(_text(3), encoding="utf-8")
        extract(load_article(str(warm)))
        print("| text | claims | extraction CPU | per kB | peak RSS |\n|---:|---:|---:|---:|---:|")
        for kb in sizes:
            path = Path(tmp) / f"{kb}.txt"
            path.write_text(_text(kb), encoding="utf-8")
            article = load_article(str(path))
            began = time.process_time()
            claims = extract(article)
            spent = time.process_time() - began
            chars = len(article.text)
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"| {chars / 1000:,.0f} kB | {len(claims):,} | {spent:.1f} s | {spent / (chars / 1000):.2f} s | {peak:,.0f} MB |",
                  flush=True)


if __name__ == "__main__":
    main()
