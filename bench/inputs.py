"""What the benchmarks run on, and the baseline they are measured against."""

from __future__ import annotations

import sys
from pathlib import Path

from pypdf import PdfWriter

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "samples" / "wirral-2018-19.pdf"
OUT = REPO / "bench" / "out"


def long_report(copies: int) -> Path:
    """The sample concatenated `copies` times (4 pages each)."""
    path = OUT / f"sample-x{copies}.pdf"
    if not path.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        writer = PdfWriter()
        for _ in range(copies):
            writer.append(str(SAMPLE))
        writer.write(path)
    return path


def folder_of_reports(count: int) -> Path:
    """`count` distinct four-page reports: the sample's texts and layout (tests/pdfgen.py)
    as the reports of Merseyside's five districts over the years. A report is known by its
    district and year, so copies of one report would be versions of one report."""
    sys.path.insert(0, str(REPO / "tests"))
    from pdfgen import DISTRICTS, render_report, sample_like_report

    folder = OUT / f"reports-{count}"
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        district, start = DISTRICTS[i % len(DISTRICTS)], 2000 + i // len(DISTRICTS)
        period = f"{start}/{(start + 1) % 100:02d}"
        path = folder / f"{district.lower().replace(' ', '-')}-{start}.pdf"
        if not path.exists():
            render_report(sample_like_report(district=district, period=period), path)
    return folder


def pdfs(target: Path) -> list[Path]:
    return sorted(target.glob("*.pdf")) if target.is_dir() else [target]


def bare_loop(target: Path) -> None:
    """The baseline: pdfplumber's own tables and text of every page, nothing kept."""
    import pdfplumber

    for path in pdfs(target):
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_tables()
                page.extract_text()
                page.close()
