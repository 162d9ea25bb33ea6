"""Ingest speed and memory against a bare pdfplumber loop over the same pages, in one run.

    .venv/bin/python bench/bench_ingest.py [--copies 25] [--reports 20]

(a) one long report (the sample concatenated N times), (b) a folder of M reports (the
sample with distinct bytes, so none is a duplicate of another), each ingested by
`pcc-warehouse ingest` into a fresh warehouse and Dagster home, as a ratio against a bare
loop (extract_tables() and extract_text() on every page, page.close()) over the same
files; (c) a second ingest of the folder (nothing changed) against the first. Smaller
variants show whether peak memory grows with length and number. Every measurement runs
in a fresh process; peak memory is the largest process's max RSS (the CLI or a worker).
Targets on 2 cores: (a) <= 1.0, (b) <= 0.7, (c) <= 0.1, peak memory flat.
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

from inputs import bare_loop, folder_of_reports, long_report

CLI = Path(sys.executable).with_name("pcc-warehouse")


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
    }
    return timed([str(CLI), "ingest", str(target)], env)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=25, help="sample copies in the long report")
    parser.add_argument("--reports", type=int, default=20, help="reports in the folder")
    parser.add_argument("--bare", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare:
        bare_loop(args.bare)
        return
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        for copies in sorted({max(1, args.copies // 5), args.copies}):
            path = long_report(copies)
            ours = ingest(path, Path(scratch) / f"long-{copies}")
            rows.append((f"(a) 1 report, {copies * 4} pages", bare(path), ours))
        for count in sorted({max(1, args.reports // 4), args.reports}):
            folder = folder_of_reports(count)
            home = Path(scratch) / f"folder-{count}"
            first = ingest(folder, home)
            rows.append((f"(b) {count} reports, {count * 4} pages", bare(folder), first))
            if count == args.reports:
                again = ingest(folder, home)
                rows.append((f"(c) {count} reports again", first, again))
    print_table(rows)


def print_table(rows: list[tuple[str, dict, dict]]) -> None:
    print(f"cores: {os.cpu_count()}, workers: {os.environ.get('PCC_JOBS') or os.cpu_count()}")
    header = ["case", "baseline s", "ingest s", "ratio", "baseline MB", "ingest MB"]
    print(f"{header[0]:<28}" + "".join(f"{h:>13}" for h in header[1:]))
    for case, baseline, ours in rows:
        ratio = ours["seconds"] / baseline["seconds"]
        figures = [baseline["seconds"], ours["seconds"], ratio]
        memory = [baseline["peak_mb"], ours["peak_mb"]]
        print(
            f"{case:<28}"
            + "".join(f"{f:>13.2f}" for f in figures)
            + "".join(f"{m:>13.0f}" for m in memory)
        )
    print("baseline: the bare pdfplumber loop, or for (c) the first ingest of the folder")


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    main()
