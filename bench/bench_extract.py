"""Extraction speed and memory against a bare pdfplumber loop, measured in one run.

    .venv/bin/python bench/bench_extract.py [--copies 25]

Builds a long report (the sample concatenated N times), then times `extract_document`
and a bare loop (extract_tables() and extract_text() on every page, page.close()) on
it, each in a fresh process so peak memory (max RSS) is its own. Prints the ratios;
targets: time ratio <= 1.0, and peak memory flat in document length.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from inputs import REPO, bare_loop, long_report


def extraction(path: Path) -> None:
    sys.path.insert(0, str(REPO))
    from extract import extract_document

    extract_document(path)


def measure_here(kind: str, path: Path) -> dict:
    run = {"bare": bare_loop, "extract": extraction}[kind]
    start = time.perf_counter()
    run(path)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "peak_mb": peak_mb}


def measure(kind: str, path: Path) -> dict:
    """One measurement in a fresh interpreter, so imports and memory are its own."""
    out = subprocess.run(
        [sys.executable, __file__, "--one", kind, str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=25)
    parser.add_argument("--one", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure_here(args.one[0], Path(args.one[1]))))
        return
    rows = []
    for copies in sorted({max(1, args.copies // 5), args.copies}):
        path = long_report(copies)
        bare, ours = measure("bare", path), measure("extract", path)
        rows.append((copies * 4, bare, ours))
    header = ["pages", "bare s", "extract s", "ratio", "bare MB", "extract MB"]
    print(" ".join(f"{h:>10}" for h in header))
    for pages, bare, ours in rows:
        ratio = ours["seconds"] / bare["seconds"]
        figures = [bare["seconds"], ours["seconds"], ratio, bare["peak_mb"], ours["peak_mb"]]
        print(f"{pages:>10} " + " ".join(f"{f:>10.2f}" for f in figures))


if __name__ == "__main__":
    main()
