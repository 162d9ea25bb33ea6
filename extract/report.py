"""What was extracted, for people (`inspect`) and machines (`inspect --json`)."""

from __future__ import annotations

from extract.model import Cell, Document, Paragraph


def paragraph_dict(p: Paragraph) -> dict:
    b = p.box
    return {"text": p.text, "page": p.page, "pages": p.pages, "bbox": [b.x0, b.top, b.x1, b.bottom]}


def where(p: Paragraph) -> str:
    """[p2], or [p2-3] for a paragraph a page break cuts."""
    pages = p.pages
    return f"[p{pages[0]}]" if len(pages) == 1 else f"[p{pages[0]}-{pages[-1]}]"


def cell_dict(cell: Cell) -> dict:
    return {
        "title": paragraph_dict(cell.title) if cell.title else None,
        "paragraphs": [paragraph_dict(p) for p in cell.paragraphs],
    }


def as_dict(document: Document) -> dict:
    return {
        "file_name": document.file_name,
        "sha256": document.sha256,
        "page_count": document.page_count,
        "running_title": document.running_title,
        "headings": document.headings,
        "sections": [
            {
                "heading": s.heading.text if s.heading else None,
                "paragraphs": [paragraph_dict(p) for p in s.paragraphs],
            }
            for s in document.sections
        ],
        "rows": [
            {
                "number": r.number,
                "pages": r.pages,
                "activity": cell_dict(r.activity),
                "expected_outcomes": cell_dict(r.expected_outcomes),
                "outcomes": cell_dict(r.outcomes),
            }
            for r in document.rows
        ],
        "notes": [paragraph_dict(p) for p in document.notes],
    }


def cell_lines(name: str, cell: Cell) -> list[str]:
    lines = [f"  {name}:"]
    if cell.title:
        lines.append(f"    [title] {cell.title.text}")
    lines += [f"    {where(p)} {p.text}" for p in cell.paragraphs]
    return lines


def as_text(document: Document) -> str:
    lines = [f"{document.file_name}: {document.page_count} pages"]
    lines.append(f"running title: {document.running_title}")
    for section in document.sections:
        lines.append(f"\n# {section.heading.text if section.heading else '(no heading)'}")
        lines += [f"{where(p)} {p.text}" for p in section.paragraphs]
    lines.append(f"\n# {document.table_heading or 'table'}: {len(document.rows)} rows")
    for row in document.rows:
        span = "-".join(str(p) for p in sorted({row.pages[0], row.pages[-1]})) if row.pages else "?"
        lines.append(f"\nrow {row.number} (pages {span})")
        for name, cell in zip(["Activity", "Expected Outcomes", "Outcomes"], row.cells):
            lines += cell_lines(name, cell)
    if document.notes:
        lines.append(f"\n# footnotes: {len(document.notes)}")
        lines += [f"{where(p)} {p.text}" for p in document.notes]
    return "\n".join(lines)
