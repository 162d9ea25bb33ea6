"""Extraction speed and memory against a bare pdfplumber loop (run by hand, not in CI).

    .venv/bin/python bench/bench_extract.py [--copies 5 25] [--repeat 3] [--pdf FILE]

Builds long documents by concatenating the sample report N times (pypdf), then times
`extract_document` and a bare pdfplumber loop (`extract_tables()` and `extract_text()`
on every page, each page closed) in the same run, alternating them and keeping each
one's best time. Peak memory is measured in a fresh subprocess per (method, length)
with tracemalloc, so the timings are not slowed by tracing and one measurement's
garbage cannot inflate the next. Target: ratio <= 1.0, and peak memory roughly the
same for 5 and 25 copies (flat with document length).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "samples" / "wirral-2018-19.pdf"


def concatenated(source: Path, copies: int, folder: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    reader = PdfReader(source)
    for _ in range(copies):
        for page in reader.pages:
            writer.add_page(page)
    path = folder / f"{source.stem}-x{copies}.pdf"
    with path.open("wb") as f:
        writer.write(f)
    return path


def bare_loop(path: Path) -> int:
    """What any pdfplumber user pays at least: tables and text of every page."""
    import pdfplumber

    pages = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_tables()
            page.extract_text()
            page.close()
            pages += 1
    return pages


def extraction(path: Path) -> int:
    from extract import extract_document

    return len(extract_document(path).rows)


METHODS = {"extract_document": extraction, "pdfplumber loop": bare_loop}


def best_times(path: Path, repeat: int) -> dict[str, float]:
    """Each method's best wall time over `repeat` alternating runs."""
    best = dict.fromkeys(METHODS, float("inf"))
    for _ in range(repeat):
        for name, method in METHODS.items():
            start = time.perf_counter()
            method(path)
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def peak_memory(path: Path, method: str) -> float:
    """Peak traced Python memory in MB of one method on one file, in a fresh process."""
    out = subprocess.run(
        [sys.executable, __file__, "--measure-memory", method, str(path)],
        check=True,
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])["peak_mb"]


def measure_memory(method: str, path: Path) -> None:
    import tracemalloc

    sys.path.insert(0, str(REPO))
    tracemalloc.start()
    METHODS[method](path)
    _, peak = tracemalloc.get_traced_memory()
    print(json.dumps({"peak_mb": peak / 1e6}))


def page_count(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, nargs="+", default=[5, 25])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pdf", type=Path, default=SAMPLE, help="the document to repeat")
    parser.add_argument("--measure-memory", nargs=2, metavar=("METHOD", "PDF"), help="internal")
    args = parser.parse_args()
    if args.measure_memory:
        measure_memory(args.measure_memory[0], Path(args.measure_memory[1]))
        return
    sys.path.insert(0, str(REPO))
    with tempfile.TemporaryDirectory() as folder:
        print(f"{'copies':>6} {'pages':>5} {'extract s':>9} {'loop s':>7} {'ratio':>5}  peak MB")
        for copies in args.copies:
            path = concatenated(args.pdf, copies, Path(folder))
            times = best_times(path, args.repeat)
            ratio = times["extract_document"] / times["pdfplumber loop"]
            memory = {name: peak_memory(path, name) for name in METHODS}
            print(
                f"{copies:>6} {page_count(path):>5} {times['extract_document']:>9.2f} "
                f"{times['pdfplumber loop']:>7.2f} {ratio:>5.2f}  "
                f"extract {memory['extract_document']:.1f}, "
                f"loop {memory['pdfplumber loop']:.1f}"
            )


if __name__ == "__main__":
    main()
