"""A picture of where figures stand in a report: the page region, figures highlighted."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

MARGIN = 40.0  # points above and below the figures: the lines around them, for context
RESOLUTION = 100  # dots per inch of the PNG
HIGHLIGHT = {"stroke": (220, 0, 0), "fill": (255, 230, 0, 70), "stroke_width": 3}


@dataclass(frozen=True)
class Snapshot:
    file_name: str
    page: int
    region: tuple[float, float, float, float]  # x0, top, x1, bottom in points
    png: bytes


def region_around(boxes: list[list[float]], width: float, height: float) -> tuple:
    """The page's full width, from a margin above the highest figure to one below the
    lowest: the sentences around the figures stay readable."""
    top = max(0.0, min(b[1] for b in boxes) - MARGIN)
    bottom = min(height, max(b[3] for b in boxes) + MARGIN)
    return (0.0, top, width, bottom)


def snapshot(pdf_path: Path, page_number: int, boxes: list[list[float]]) -> Snapshot:
    """The region of one page holding the boxes, each box outlined in red."""
    import pdfplumber

    with pdfplumber.open(pdf_path) as pdf:
        page = pdf.pages[page_number - 1]
        try:
            region = region_around(boxes, float(page.width), float(page.height))
            image = page.crop(region).to_image(resolution=RESOLUTION)
            image.draw_rects([tuple(b) for b in boxes], **HIGHLIGHT)
            buffer = io.BytesIO()
            image.save(buffer, format="PNG")
        finally:
            page.close()
    return Snapshot(pdf_path.name, page_number, region, buffer.getvalue())


def snapshots_of(figures: list[dict], pdfs: dict[str, Path]) -> list[Snapshot]:
    """One snapshot per report page the figures stand on (pdfs: file name -> path)."""
    pages: dict[tuple[str, int], list[list[float]]] = {}
    for f in figures:
        if f.get("file_name") in pdfs and None not in f["bbox"]:
            pages.setdefault((f["file_name"], f["page"]), []).append(f["bbox"])
    return [snapshot(pdfs[name], page, boxes) for (name, page), boxes in pages.items()]
