"""Ingest speed and memory against a bare pdfplumber loop over the same pages, in one run.

    .venv/bin/python bench/bench_ingest.py [--pages 100 400] [--reports 20 100]

(a) one long report of each length (the sample concatenated), (b) a folder of each
number of four-page reports (the sample with distinct bytes, so none is a duplicate of
another), each ingested by `pcc-warehouse ingest` into a fresh warehouse and Dagster
home, as a ratio against a bare loop (extract_tables() and extract_text() on every page,
page.close()) over the same files; (c) a second ingest of the largest folder (nothing
changed) against its bare loop; and the cold start: `pcc-warehouse ingest` of the
bundled sample in a fresh process, warehouse and Dagster home. Every measurement runs in
a fresh process; peak memory is the largest process's max RSS (the CLI or a worker).
Targets on 2 cores: (a) <= 0.7 at 400 pages, <= 1.0 at 100; (b) <= 0.7 at 100 reports,
<= 1.0 at 20; (c) <= 0.1; cold start <= 6 s; peak memory flat, <= 400 MiB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

from inputs import SAMPLE, bare_loop, folder_of_reports, long_report

# The command of the source tree this script is in (not whichever one is installed).
CLI = [sys.executable, "-m", "pipelines.cli"]
REPO = Path(__file__).resolve().parents[1]


def timed(command: list[str], env: dict | None = None) -> dict:
    """Wall time of a command in a fresh process, and its largest process's max RSS."""
    runner = (
        "import json, resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "status = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
        "seconds = time.perf_counter() - start\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(json.dumps({'seconds': seconds, 'peak_mb': peak, 'status': status}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", runner, *command],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **(env or {})},
    )
    figures = json.loads(out.stdout)
    assert figures["status"] in (0, 1), f"{command} exited {figures['status']}"
    return figures


def bare(target: Path) -> dict:
    return timed([sys.executable, __file__, "--bare", str(target)])


def ingest(target: Path, home: Path) -> dict:
    env = {
        "DAGSTER_HOME": str(home / "dagster_home"),
        "PCC_WAREHOUSE_DB": str(home / "warehouse.duckdb"),
        "PCC_INBOX": str(home / "inbox"),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    }
    return timed([*CLI, "ingest", str(target)], env)


# The targets: case name -> largest ratio to the bare loop.
TARGETS = {
    "(a) 1 report, 400 pages": 0.7,
    "(a) 1 report, 100 pages": 1.0,
    "(b) 100 reports, 400 pages": 0.7,
    "(b) 20 reports, 80 pages": 1.0,
    "(c)": 0.1,
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, nargs="*", default=[100, 400])
    parser.add_argument("--reports", type=int, nargs="*", default=[20, 100])
    parser.add_argument("--bare", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare:
        bare_loop(args.bare)
        return
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        home = Path(scratch)
        cold = ingest(SAMPLE, home / "cold")
        for pages in sorted(args.pages):
            path = long_report(max(1, pages // 4))
            rows.append(
                (f"(a) 1 report, {pages} pages", bare(path), ingest(path, home / f"a{pages}"))
            )
        for count in sorted(args.reports):
            folder = folder_of_reports(count)
            baseline, first = bare(folder), ingest(folder, home / f"b{count}")
            rows.append((f"(b) {count} reports, {count * 4} pages", baseline, first))
            if count == max(args.reports):
                again = ingest(folder, home / f"b{count}")
                rows.append((f"(c) {count} reports again", baseline, again))
    print_table(rows, cold)


def print_table(rows: list[tuple[str, dict, dict]], cold: dict) -> None:
    print(f"cores: {os.cpu_count()}, workers: {os.environ.get('PCC_JOBS') or os.cpu_count()}")
    header = ["case", "bare s", "ingest s", "ratio", "target", "bare MB", "ingest MB"]
    print(f"{header[0]:<28}" + "".join(f"{h:>11}" for h in header[1:]))
    for case, baseline, ours in rows:
        ratio = ours["seconds"] / baseline["seconds"]
        target = next((t for k, t in TARGETS.items() if case.startswith(k)), None)
        print(
            f"{case:<28}"
            + "".join(f"{f:>11.2f}" for f in [baseline["seconds"], ours["seconds"], ratio])
            + (f"{target:>11.1f}" if target else f"{'':>11}")
            + "".join(f"{m:>11.0f}" for m in [baseline["peak_mb"], ours["peak_mb"]])
        )
    print(
        f"{'cold start (sample)':<28}{'':>11}{cold['seconds']:>11.2f}{'':>11}{6.0:>10.1f}s"
        f"{'':>11}{cold['peak_mb']:>11.0f}"
    )
    print("bare: the bare pdfplumber loop over the same files, measured in this run")


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    main()
