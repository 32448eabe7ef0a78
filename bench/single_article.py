"""Wall time and peak memory of one `factcheck article.txt`, start-up included, warm store.

    python bench/single_article.py [--runs 5]

Fills a store from ../shared/market once, runs the seed once to build the
stance encoder's cached graph (timed apart: a new home pays it once), then runs
the console script on the seed article offline (store only), with and without
the sentiment section,
and online (an exchange is tried for the forecast's later days, which the
store lacks; offline here, so it fails fast).

The package's bytecode is written first, as an install or any first run writes it:
an editable install under PYTHONDONTWRITEBYTECODE=1 (this sandbox sets it) would
otherwise compile our 160-odd modules from source at every start, 0.2-0.3 s a run
that no user pays. `--source` measures that case.
"""

from __future__ import annotations

import argparse
import os
import platform
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


# Runs the command and reports its wall time and the peak RSS of its whole tree (the command
# and its forked child), from a process of its own so that earlier runs do not count.
_MEASURE = (
    "import resource, subprocess, sys, time; start = time.perf_counter(); "
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE); "
    "seconds = time.perf_counter() - start; "
    "sys.stderr.buffer.write(code.stderr if code.returncode not in (0, 1) else b''); "
    "print(seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code.returncode)"
)


def timed(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds and peak RSS (MB, the largest process of the command's tree) of one run."""
    done = subprocess.run([sys.executable, "-c", _MEASURE, *args], env=env, capture_output=True, text=True)
    seconds, peak, code = done.stdout.split()
    if int(code) not in (0, 1):
        raise SystemExit(done.stderr)
    return float(seconds), int(peak) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--source", action="store_true", help="do not write the package's bytecode first")
    options = parser.parse_args()
    runs = options.runs
    if options.source:  # what a run under PYTHONDONTWRITEBYTECODE=1 with no bytecode yet pays
        import shutil

        for cache in (REPO / "factcheck").rglob("__pycache__"):
            shutil.rmtree(cache)
    else:
        import compileall

        compileall.compile_dir(REPO / "factcheck", quiet=1)
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, FACTCHECK_HOME=home)
        subprocess.run([FACTCHECK, "data", "import", *map(str, sorted((SHARED / "market").glob("*.csv")))], env=env, check=True, capture_output=True)
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
              + ("modules compiled from source at each start" if options.source else "package bytecode written"))
        first, peak = timed([FACTCHECK, str(SEED), "--offline"], env)  # builds the encoder's graph in this home
        print(f"first run in a new home (the encoder's ONNX graph built and cached): {first:.2f} s, peak RSS {peak:.0f} MB")
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
