"""Assemble the document model from the pages: running title, sections, table rows."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from extract.datatables import go_on_over_page, grid_lines, is_data_grid, unruled_tables
from extract.errors import UnreadableReport
from extract.layout import (
    Line,
    Vocabulary,
    group_lines,
    is_bold,
    line_pitch,
    paragraphs,
    right_edge,
    to_paragraph,
    vocabulary,
)
from extract.limits import Limits, bounded
from extract.model import Cell, Document, Paragraph, Section, TableRow
from extract.pages import PageData, read_pages, sha256_of
from extract.tables import (
    RowPiece,
    aligned_columns,
    aligned_pieces,
    centre_in,
    column_lefts,
    find_header_line,
    is_head,
    is_head_line,
    is_programme_grid,
    ruled_pieces,
    stitch,
)

MARGIN = 0.12  # running headers and footers live in the top and bottom 12% of a page
PAGE_NUMBER = re.compile(r"^(page\s*)?#+(\s*(of|/)\s*#+)?$|^-\s*#+\s*-$", re.IGNORECASE)


def extract_document(path: str | Path, limits: Limits | None = None) -> Document:
    """Read a report PDF into the document model; UnreadableReport on bad input."""
    path, limits = Path(path), limits or Limits.from_env()
    with bounded(path, limits):
        pages = read_pages(path, limits)
        if not any(p.words for p in pages):
            raise UnreadableReport(path, "no text layer (a scanned PDF?): it needs OCR")
        return build_document(path.name, sha256_of(path), pages)


@dataclass
class Flow:
    """The page content in reading order: prose lines and table row pieces."""

    prose: list[Line]
    pieces: list[RowPiece]
    running_title: str | None
    notes: list[list[Line]]  # each page's footnotes


def build_document(file_name: str, sha256: str, pages: list[PageData]) -> Document:
    flow = page_flow(pages)
    words = vocabulary([flow.prose] + [c for p in flow.pieces for c in p.columns])
    sections, table_heading = sectioned(flow, body_size(flow.prose), words)
    return Document(
        file_name=file_name,
        sha256=sha256,
        page_count=len(pages),
        running_title=flow.running_title,
        sections=sections,
        rows=table_rows(flow.pieces, words),
        table_heading=table_heading,
        notes=[to_paragraph(note) for lines in flow.notes for note in footnotes(lines)],
    )


def footnotes(lines: list[Line]) -> list[list[Line]]:
    """A page's footnotes, each opening with its number (Word sets them without space
    between, so no gap parts them)."""
    notes: list[list[Line]] = []
    for line in lines:
        if not notes or re.fullmatch(r"\d{1,3}", line.words[0]["text"]):
            notes.append([])
        notes[-1].append(line)
    return notes


def body_size(prose: list[Line]) -> float:
    """The size most regular (not bold) prose words are set in; headings are larger."""
    regular = [line for line in prose if not line.bold] or prose
    sizes = Counter(round(w["size"]) for line in regular for w in line.words)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def margin_key(line: Line, page: PageData) -> str | None:
    """The line's text with digits masked, if it sits in the page's top or bottom margin."""
    in_margin = line.bottom < page.height * MARGIN or line.top > page.height * (1 - MARGIN)
    return re.sub(r"\d+", "#", line.text.strip()) if in_margin else None


def running_keys(pages: list[PageData], page_lines: list[list[Line]]) -> set[str]:
    """Margin lines that repeat on most pages (headers, footers), and page numbers;
    never the table's own header row, which may repeat at the top of every page."""
    seen, numbered = Counter(), set()
    for page, lines in zip(pages, page_lines):
        keys = {ln.text: k for ln in lines if not is_head_line(ln) and (k := margin_key(ln, page))}
        seen.update(set(keys.values()))
        # "3", "Page 3 of 12", "3/12"; not a year at the top of a page ("2022/23").
        numbered |= {k for text, k in keys.items() if is_page_number(text, k, len(pages))}
    repeat = max(2, (len(pages) + 1) // 2)
    running = {k for k, n in seen.items() if n >= repeat or k in numbered}
    first = page_lines[0][0] if page_lines and page_lines[0] else None
    if len(pages) == 1 and first and first.bold and first.bottom < pages[0].height * MARGIN:
        running.add(margin_key(first, pages[0]))  # one page: its bold top line is the title
    return running


def is_page_number(text: str, key: str, page_count: int) -> bool:
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    return bool(PAGE_NUMBER.match(key)) and all(0 < n <= max(page_count, 1) for n in numbers)


def is_running_title(line: Line, page: PageData, running: set[str]) -> bool:
    key = margin_key(line, page)
    return key in running and line.top < page.height * MARGIN and not PAGE_NUMBER.match(key)


def running_title(lines: list[Line], page: PageData, running: set[str]) -> str | None:
    """The first running line at the top of the page, with the running lines it wraps
    onto (a long district's title takes two lines)."""
    found: list[Line] = []
    for line in lines:
        if not is_running_title(line, page, running):
            continue
        if found and not wraps(found[-1], line):
            break
        found.append(line)
    return " ".join(ln.text for ln in found) or None


def page_flow(pages: list[PageData]) -> Flow:
    page_lines = [group_lines(p.words, p.number) for p in pages]
    running = running_keys(pages, page_lines)
    prose, pieces, unruled, title, lefts, notes = [], [], [], None, None, []
    for page, lines in zip(pages, page_lines):
        margin_ids = {id(w) for ln in lines if margin_key(ln, page) in running for w in ln.words}
        if title is None:
            title = running_title(lines, page, running)
        words = [w for w in page.words if id(w) not in margin_ids]
        if page.notes_top is not None:  # footnotes: out of the flow, which runs on past them
            notes.append(group_lines([w for w in words if w["top"] > page.notes_top], page.number))
            words = [w for w in words if w["top"] <= page.notes_top]
        page_pieces, taken = ruled_table(words, page, started=bool(pieces))
        if not page_pieces:
            columns, taken, lefts = aligned_table(words, page, lefts, bool(pieces or unruled))
            unruled += [columns] if columns else []
        goes_on = bool(prose and prose[-1].table)  # the page before ended in a table
        left = [w for w in words if id(w) not in taken]
        figures, in_grids = data_grids(left, page, goes_on)
        prose_words = [w for w in left if id(w) not in in_grids]
        lines = in_place(unruled_tables(group_lines(prose_words, page.number), goes_on), figures)
        go_on_over_page(prose, lines)
        prose.extend(lines)
        pieces.extend(page_pieces)
    return Flow(prose, pieces + aligned_pieces(unruled), title, notes)


def in_place(lines: list[Line], rows: list[Line]) -> list[Line]:
    """The page's lines in reading order (column by column where the page is set in
    columns), with the rows of its ruled tables set in, each table before the first line
    below its top."""
    for table in dict.fromkeys(row.table for row in rows):
        block = [row for row in rows if row.table == table]
        at = next((n for n, ln in enumerate(lines) if ln.top > block[0].top), len(lines))
        lines = lines[:at] + block + lines[at:]
    return lines


def ruled_table(words: list[dict], page: PageData, started: bool) -> tuple[list[RowPiece], set]:
    """The programme table's ruled rows on the page: grids of its three columns that
    open with its header row, go on with it once it has started, or hold prose (its
    header worded otherwise), not a table of figures."""
    pieces, taken = [], set()
    for grid in page.tables:
        if not is_programme_grid(grid):
            continue
        if not (started or opens_with_header(words, grid) or not of_figures(words, grid)):
            continue
        found, ids = ruled_pieces(words, grid, page.number, page.rules)
        pieces.extend(found)
        taken |= ids
        started = True
    return pieces, taken


def opens_with_header(words: list[dict], grid: list[list]) -> bool:
    cells = [[w for w in words if box and centre_in(w, box)] for box in grid[0]]
    bold = all(is_bold(w["fontname"]) for c in cells for w in c)
    return is_head([" ".join(w["text"] for w in c) for c in cells], bold)


def of_figures(words: list[dict], grid: list[list]) -> bool:
    """Whether most cells right of the first column hold a figure and little else."""
    cells = [box for row in grid for box in row[1:] if box]
    texts = [[w["text"] for w in words if centre_in(w, box)] for box in cells]
    short = [t for t in texts if t and len(t) <= 3 and any(c.isdigit() for c in "".join(t))]
    return len(short) * 2 > len(cells)


def data_grids(words: list[dict], page: PageData, goes_on: bool) -> tuple[list[Line], set]:
    """Ruled tables of figures left on the page once the programme table is taken; a
    one-row grid only at a page break: opening the page, going on a table from the page
    before, or closing it."""
    lines, taken = [], set()
    top = min((w["top"] for w in words), default=0.0)
    bottom = max((w["bottom"] for w in words), default=0.0)
    for grid in page.tables:
        opens = goes_on and min((b[1] for b in grid[0] if b), default=-1) <= top
        closes = max((b[3] for b in grid[-1] if b), default=-1) >= bottom
        if not is_data_grid(grid, opens or closes):
            continue
        found, ids = grid_lines([w for w in words if id(w) not in taken], grid, page.number)
        lines += found
        taken |= ids
    return lines, taken


def aligned_table(
    words: list[dict], page: PageData, lefts: list[float] | None, in_table: bool
) -> tuple[list[list[Line]], set, list[float] | None]:
    """An unruled table's columns: below its header line, or the whole page once a
    table began; also the ids of the words it took."""
    header = find_header_line(group_lines(words, page.number))
    if header:
        lefts = column_lefts(header)
        below = [w for w in words if w["top"] > header.bottom - 0.5]
        taken = {id(w) for w in below + header.words}
    elif in_table and lefts:
        below, taken = words, {id(w) for w in words}
    else:
        return [], set(), lefts
    return aligned_columns(below, lefts, page.number), taken, lefts


def sectioned(
    flow: Flow, body_size: float, words: Vocabulary | None = None
) -> tuple[list[Section], str | None]:
    """Prose split into sections at headings (lines set larger than the body text).

    The table's heading is the last heading before the table with no prose between.
    """
    table_top = (flow.pieces[0].page, flow.pieces[0].top) if flow.pieces else None
    pitch, right = prose_pitch(flow, body_size), right_edge(flow.prose)
    sections: list[Section] = []
    table_heading, block, heading_lines = None, [], []
    for line in flow.prose:
        before_table = table_top is not None and (line.page, line.top) < table_top
        if line.size < body_size + 1:
            block.append(line)
            table_heading = None if before_table else table_heading
            continue
        if block:
            add_paragraphs(sections, paragraphs(block, pitch, right, words))
            block = []
        if heading_lines and wraps(heading_lines[-1], line) and not sections[-1].paragraphs:
            heading_lines.append(line)
        else:
            heading_lines = [line]
            sections.append(Section(heading=None))
        sections[-1].heading = to_paragraph(heading_lines)
        if before_table:
            table_heading = sections[-1].heading.text
    add_paragraphs(sections, paragraphs(block, pitch, right, words))
    kept = [s for s in sections if s.paragraphs or s.heading.text != table_heading]
    return kept, table_heading


def prose_pitch(flow: Flow, body_size: float) -> float | None:
    """The distance between two lines of a paragraph of the prose. When no paragraph
    of it wraps (one-line statements, each ending a sentence), every distance measured
    there is a paragraph's, so the table's pitch is taken, scaled to the prose's size."""
    prose = [ln for ln in flow.prose if ln.size < body_size + 1 and not ln.table]
    wrapped = any(
        a.page == b.page and not a.text.rstrip().endswith((".", "!", "?", ":"))
        for a, b in zip(prose, prose[1:])
    )
    cells = [col for piece in flow.pieces for col in piece.columns]
    table = line_pitch(cells)
    if wrapped or table is None:
        return line_pitch([flow.prose])
    sizes = [ln.size for col in cells for ln in col]
    return table * body_size / statistics.median(sizes)


def add_paragraphs(sections: list[Section], found: list[Paragraph]) -> None:
    if found and not sections:
        sections.append(Section(heading=None))
    if found:
        sections[-1].paragraphs.extend(found)


def wraps(previous: Line, line: Line) -> bool:
    """Whether a heading line is the wrapped continuation of the one above."""
    return previous.page == line.page and line.top - previous.bottom < line.size * 0.6


def table_rows(pieces: list[RowPiece], words: Vocabulary | None = None) -> list[TableRow]:
    rows = stitch(pieces)
    pitch = line_pitch([col for row in rows for col in row])
    rights = [right_edge([ln for row in rows for ln in row[i]]) for i in range(3)]
    return [
        TableRow(number, *(to_cell(col, pitch, right, words) for col, right in zip(row, rights)))
        for number, row in enumerate(rows, start=1)
    ]


def to_cell(
    lines: list[Line], pitch: float | None, right: float | None, words: Vocabulary | None
) -> Cell:
    found = paragraphs(lines, pitch, right, words)
    if found and found[0].bold and (len(found) > 1 or found[0].text.count(" ") < 12):
        return Cell(paragraphs=found[1:], title=found[0])
    return Cell(paragraphs=found)
