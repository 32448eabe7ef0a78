"""The same batch on a local Dask cluster and with the local process pool, on this machine.

    python bench/batch_dask.py [--articles 300] [--jobs 2] [--partition 25]

Both runs check the same articles (the corpus and the shared real articles,
repeated, each copy its own file) offline against a store filled from
../shared/market, with `--jobs` workers; the Dask run starts its cluster
(`--dask local`) inside the timed command, as a user would. The two claims
tables are compared after the runs. CPU seconds per article (user + system,
all the command's processes) say more than the rate when other work shares the
machine; peak memory is the largest resident set among them.
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
from pathlib import Path

import pandas as pd
from distributed import Client

from factcheck.batch.distributed import local_cluster

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def _measured(command: list[str], env: dict[str, str]) -> tuple[float, float, float, str]:
    """(seconds, CPU seconds and peak RSS in MB of the command's processes, its summary line), in a child of our own."""
    probe = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "seconds = time.perf_counter() - start\n"
        "if done.returncode: sys.exit(done.stderr)\n"
        "used = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(seconds, used.ru_utime + used.ru_stime, used.ru_maxrss / 1024)\n"
        "print(next(line for line in done.stdout.splitlines() if ' articles: ' in line))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe, *command], env=env, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(done.stderr)
    figures, summary = done.stdout.splitlines()[:2]
    seconds, cpu, peak = map(float, figures.split())
    return seconds, cpu, peak, summary


def _own_usage() -> tuple[float, float]:
    """(CPU seconds, peak RSS in MB) of the calling process: run on each Dask worker."""
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime, used.ru_maxrss / 1024


def _claims(out: Path) -> pd.DataFrame:
    frame = pd.read_parquet(out / "claims.parquet")
    return frame.sort_values("article_id", kind="stable").reset_index(drop=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--partition", type=int, default=25)
    args = parser.parse_args()
    sources = sorted((REPO / "corpus").glob("*.txt")) + sorted((SHARED / "articles").glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for n in range(args.articles):
            source = sources[n % len(sources)]
            shutil.copy(source, folder / f"{n:05}-{source.name}")
        env = dict(os.environ, FACTCHECK_HOME=str(Path(tmp) / "home"))
        factcheck = str(Path(sys.executable).with_name("factcheck"))
        subprocess.run([factcheck, "data", "import", *map(str, sorted((SHARED / "market").glob("*.csv")))], env=env, check=True, capture_output=True)
        batch = [factcheck, "batch", str(folder), "--offline", "-j", str(args.jobs)]
        runs = {
            f"factcheck batch -j {args.jobs}": batch + ["-o", str(Path(tmp) / "pool")],
            f"factcheck batch --dask local -j {args.jobs} --partition {args.partition}": batch
            + ["-o", str(Path(tmp) / "dask"), "--dask", "local", "--partition", str(args.partition)],
        }
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, load before: {os.getloadavg()[0]:.2f}")
        for name, command in runs.items():
            seconds, cpu, peak, summary = _measured(command, env)
            print(
                f"{name}: {args.articles} articles in {seconds:.1f} s, {args.articles / seconds:.2f} articles/s, "
                f"{cpu / args.articles:.2f} CPU s/article, peak RSS of one process {peak:.0f} MB"
            )
            print(f"  {summary}")
        # A cluster already running (as on a real one): start-up is not timed, the store is sent to the workers.
        with local_cluster(args.jobs, local_directory=tmp) as cluster:
            name = f"factcheck batch --dask ADDRESS --partition {args.partition} (cluster of {args.jobs} started before)"
            seconds, cpu, _, summary = _measured(batch + ["-o", str(Path(tmp) / "running"), "--dask", cluster.scheduler_address, "--partition", str(args.partition)], env)
            with Client(cluster) as client:
                used = client.run(_own_usage).values()
            cpu += sum(seconds for seconds, _ in used)  # the workers' start-up included
            peak = max(megabytes for _, megabytes in used)
            print(
                f"{name}: {args.articles} articles in {seconds:.1f} s, {args.articles / seconds:.2f} articles/s, "
                f"{cpu / args.articles:.2f} CPU s/article (client and workers), peak RSS of one worker {peak:.0f} MB"
            )
            print(f"  {summary}")
        for other in ("dask", "running"):
            pd.testing.assert_frame_equal(_claims(Path(tmp) / "pool"), _claims(Path(tmp) / other), check_like=True)
        print("claims tables: identical")
        print(f"load after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
