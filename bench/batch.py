"""Batch throughput: articles/s and peak memory for 1,000+ articles on this machine.

    python bench/batch.py [--articles 1000] [--jobs 2]

The articles are the corpus and the shared real articles, repeated (each copy
its own file), checked offline against a store filled from ../shared/market.
Peak memory is the largest resident set of this process and its workers.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    sources = sorted((REPO / "corpus").glob("*.txt")) + sorted((SHARED / "articles").glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for n in range(args.articles):
            shutil.copy(sources[n % len(sources)], folder / f"{n:05}-{sources[n % len(sources)].name}")
        env = dict(os.environ, FACTCHECK_HOME=str(Path(tmp) / "home"))
        factcheck = str(Path(sys.executable).with_name("factcheck"))
        subprocess.run([factcheck, "data", "import", *map(str, sorted((SHARED / "market").glob("*.csv")))], env=env, check=True, capture_output=True)
        start = time.perf_counter()
        done = subprocess.run([factcheck, "batch", str(folder), "-o", str(Path(tmp) / "out"), "-j", str(args.jobs), "--offline"], env=env, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(done.stderr)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
        print(f"{args.articles} articles, {args.jobs} workers: {seconds:.1f} s, {args.articles / seconds:.1f} articles/s, peak RSS of one process {peak:.0f} MB")
        print(done.stdout.strip().splitlines()[0])


if __name__ == "__main__":
    main()
