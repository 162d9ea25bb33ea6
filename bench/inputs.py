"""What the benchmarks run on, and the baseline they are measured against."""

from __future__ import annotations

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
    """The sample `count` times, each with its own metadata so each has its own sha256."""
    folder = OUT / f"folder-{count}"
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        path = folder / f"report-{i:03d}.pdf"
        if not path.exists():
            writer = PdfWriter()
            writer.append(str(SAMPLE))
            writer.add_metadata({"/Subject": f"benchmark copy {i}"})
            writer.write(path)
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
