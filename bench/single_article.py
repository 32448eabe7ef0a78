"""Wall time and peak memory of one `factcheck article.txt`, start-up included, warm store.

    python bench/single_article.py [--runs 5]

Fills a store from ../shared/market once, then runs the console script on the
seed article offline (store only), with and without the sentiment section,
and online (an exchange is tried for the forecast's later days, which the
store lacks; offline here, so it fails fast).
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "000_5bfaec31ae9f4ddf.txt"
FACTCHECK = str(Path(sys.executable).with_name("factcheck"))


def timed(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of one run of the command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run(args, env=env, capture_output=True)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(done.stderr.decode())
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, FACTCHECK_HOME=home)
        subprocess.run([FACTCHECK, "data", "import", *map(str, sorted((SHARED / "market").glob("*.csv")))], env=env, check=True, capture_output=True)
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
        for label, extra in (
            ("offline, sentiment (MiniLM)", ["--offline"]),
            ("offline, --no-sentiment", ["--offline", "--no-sentiment"]),
            ("online (fetch attempted), sentiment", []),
        ):
            results = [timed([FACTCHECK, str(SEED), *extra], env) for _ in range(runs)]
            seconds = [s for s, _ in results]
            print(
                f"{label}: median {statistics.median(seconds):.2f} s, min {min(seconds):.2f} s, "
                f"max {max(seconds):.2f} s over {runs} runs; peak RSS {max(m for _, m in results):.0f} MB"
            )


if __name__ == "__main__":
    main()
