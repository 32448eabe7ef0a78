"""Batch throughput: articles/s and peak memory for 1,000+ articles on this machine.

    python bench/batch.py [--articles 1000] [--jobs 2] [--sentiment minilm-int8|minilm|vader|none]

`minilm-int8` is the default, as in `factcheck batch`.

The articles are the corpus and the shared real articles, repeated (each copy
its own file), checked offline against a store filled from ../shared/market.
Peak memory: the largest resident set of one process, and the largest sum over
the batch's process tree (sampled from /proc every 0.2 s).
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
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def _tree_rss_mb(root: int) -> float:
    """Resident memory of `root` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        pid = int(entry.name)
        children.setdefault(int(fields.get("PPid", "0").strip()), []).append(pid)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0])
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo += children.get(pid, [])
    return total / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--sentiment", choices=["minilm", "minilm-int8", "vader", "none"], default="minilm-int8")
    args = parser.parse_args()
    sentiment = {
        "minilm": ["--sentiment-model", "minilm"], "minilm-int8": ["--sentiment-model", "minilm-int8"],
        "vader": ["--fast"], "none": ["--no-sentiment"],
    }[args.sentiment]
    sources = sorted((REPO / "corpus").glob("*.txt")) + sorted((SHARED / "articles").glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for n in range(args.articles):
            shutil.copy(sources[n % len(sources)], folder / f"{n:05}-{sources[n % len(sources)].name}")
        # the copies repeat a few hundred articles: the encoder remembers too few sentences to recognise them
        env = dict(os.environ, FACTCHECK_HOME=str(Path(tmp) / "home"), FACTCHECK_REMEMBERED_SENTENCES="256")
        factcheck = str(Path(sys.executable).with_name("factcheck"))
        subprocess.run([factcheck, "data", "import", *map(str, sorted((SHARED / "market").glob("*.csv")))], env=env, check=True, capture_output=True)
        start = time.perf_counter()
        proc = subprocess.Popen(
            [factcheck, "batch", str(folder), "-o", str(Path(tmp) / "out"), "-j", str(args.jobs), "--offline", *sentiment],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        peak_tree = [0.0]

        def sample() -> None:
            while proc.poll() is None:
                peak_tree[0] = max(peak_tree[0], _tree_rss_mb(proc.pid))
                time.sleep(0.2)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        stdout, stderr = proc.communicate()
        seconds = time.perf_counter() - start
        sampler.join()
        done = subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr)
        if done.returncode != 0:
            raise SystemExit(done.stderr)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
        print(
            f"{args.articles} articles, {args.jobs} workers, sentiment {args.sentiment}: {seconds:.1f} s, "
            f"{args.articles / seconds:.1f} articles/s; peak RSS of one process {peak:.0f} MB, of all {peak_tree[0]:.0f} MB"
        )
        print(done.stdout.strip().splitlines()[0])


if __name__ == "__main__":
    main()
