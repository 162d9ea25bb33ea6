"""The funded-programmes table: cells from ruling lines or from text alignment,
header rows dropped, rows that break across pages stitched back together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.layout import (
    Line,
    continues_across_page,
    group_lines,
    line_pitch,
    right_edge,
    split_cells,
)

HEADER = ["activity", "expected outcomes", "outcomes"]
COLUMNS = len(HEADER)
# Words each column's head may say when a partnership rewords the template's head
# ("Project | Intended Outcomes | Outcomes Achieved", "Scheme | Aims | Results").
HEAD_WORDS = (
    {"activity", "activities", "project", "projects", "programme", "programmes", "program"}
    | {"scheme", "schemes", "initiative", "initiatives", "intervention", "interventions"},
    {"expected", "intended", "planned", "anticipated", "proposed", "target", "targets"}
    | {"aim", "aims", "objective", "objectives"},
    {"outcome", "outcomes", "result", "results", "achieved", "achievement", "achievements"}
    | {"actual", "impact", "progress", "delivered"},
)
HEAD_MOST_WORDS = 8


@dataclass
class RowPiece:
    """The part of one table row that is on one page: the lines of each column."""

    page: int
    top: float
    columns: list[list[Line]]
    # A ruled row with no rule above or below it was cut by a page break there.
    open_top: bool = False
    open_bottom: bool = False
    ruled: bool = False
    # A header row, repeated or not: its lines were dropped, nothing else was in it.
    header: bool = False

    @property
    def is_header(self) -> bool:
        return self.header or is_head_row(self.columns)

    @property
    def is_empty(self) -> bool:
        return not any(self.columns)


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def is_head(cells: list[str], bold: bool) -> bool:
    """Whether three cells are the programme table's head: the template's words, or
    in bold, as a head row is set, short cells saying what the template's say in other
    words (HEAD_WORDS); bold, since a row of short cells may say the same ("Youth
    project | Target 40 | Achieved")."""
    texts = [normalise(c) for c in cells]
    if texts == HEADER:
        return True
    if not bold or len(texts) != COLUMNS or any(len(t.split()) > HEAD_MOST_WORDS for t in texts):
        return False
    activity, expected, outcomes = (set(re.findall(r"[a-z]+", t)) for t in texts)
    return bool(
        activity & HEAD_WORDS[0]
        and expected & HEAD_WORDS[1]
        and outcomes & HEAD_WORDS[2]
        and not outcomes & HEAD_WORDS[1]
    )


def is_head_line(line: Line) -> bool:
    """A line reading as the head of a table without rules, its cells parted by white."""
    if normalise(line.text) == " ".join(HEADER):
        return True
    cells = [" ".join(w["text"] for w in cell) for cell in split_cells(line)]
    return is_head(cells, line.bold)


def is_head_row(columns: list[list[Line]]) -> bool:
    """Whether a row's columns, each cell's lines joined, read as the head."""
    cells = [" ".join(ln.text for ln in col) for col in columns]
    return is_head(cells, all(ln.bold for col in columns for ln in col))


def header_dropped(columns: list[list[Line]]) -> tuple[list[list[Line]], bool]:
    """A row's columns without a head printed in them, and whether the row was only
    a head (its cells may wrap: "Expected Outcomes and / Targets for the Year")."""
    if any(columns) and is_head_row(columns):
        return [[] for _ in columns], True
    kept = without_header_lines(columns)
    return kept, any(columns) and not any(kept)


def without_header_lines(columns: list[list[Line]]) -> list[list[Line]]:
    """Drop a header row printed inside a row's cells (as when a header repeats where
    a row breaks): a line per column at one height reading as the head."""
    drop: set[int] = set()
    for first in columns[0]:
        level = [next((ln for ln in col if abs(ln.top - first.top) < 1.0), None) for col in columns]
        found = [ln for ln in level if ln]
        if len(found) == COLUMNS and is_head(
            [ln.text for ln in found], all(ln.bold for ln in found)
        ):
            drop |= {id(ln) for ln in found}
    return [[ln for ln in col if id(ln) not in drop] for col in columns]


def centre_in(word: dict, box: tuple[float, float, float, float]) -> bool:
    x = (word["x0"] + word["x1"]) / 2
    y = (word["top"] + word["bottom"]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def ruled_pieces(
    words: list[dict], grid: list[list], page: int, rules: list[float]
) -> tuple[list[RowPiece], set]:
    """Row pieces of a ruled table grid; also the ids of the words it took."""
    pieces, taken = [], set()
    for row in grid:
        columns = []
        for box in row:
            inside = [w for w in words if box and id(w) not in taken and centre_in(w, box)]
            taken.update(id(w) for w in inside)
            columns.append(group_lines(inside, page))
        kept, header = header_dropped(columns)
        top = min((b[1] for b in row if b), default=0.0)
        bottom = max((b[3] for b in row if b), default=0.0)
        open_top, open_bottom = (not any(abs(y - r) < 1.0 for r in rules) for y in (top, bottom))
        pieces.append(RowPiece(page, top, kept, open_top, open_bottom, ruled=True, header=header))
    return pieces, taken


def is_programme_grid(grid: list[list]) -> bool:
    return bool(grid) and all(len(row) == COLUMNS for row in grid)


def find_header_line(lines: list[Line]) -> Line | None:
    """The header row of an unruled table: Activity, Expected Outcomes, Outcomes; a head
    whose cells wrap comes back as one line holding the words of both."""
    for line, below in zip(lines, [*lines[1:], None]):
        wrapped = below is not None and wraps_head(line, below)
        if wrapped and is_head(head_cells(line, below), True):
            return Line(line.words + below.words, line.page)
        if is_head_line(line):
            return line
    return None


def wraps_head(line: Line, below: Line) -> bool:
    """Whether a bold line of three cells has a bold line tight under it."""
    tight = below.top - line.bottom < line.size * 0.6
    return tight and line.bold and below.bold and len(split_cells(line)) == COLUMNS


def head_cells(line: Line, below: Line) -> list[str]:
    """The cells' texts, each word below joining the cell it sits under."""
    cells = split_cells(line)
    lefts = [cell[0]["x0"] for cell in cells]
    texts = [[w["text"] for w in cell] for cell in cells]
    for word in below.words:
        column = max([0] + [i for i, x in enumerate(lefts) if x <= word["x0"] + 1.0])
        texts[column].append(word["text"])
    return [" ".join(t) for t in texts]


def column_lefts(header: Line) -> list[float]:
    """Where each column starts, from the header's cells (or its words' positions)."""
    first = Line([w for w in header.words if w["top"] < header.words[0]["bottom"]], header.page)
    cells = split_cells(first)
    if len(cells) == COLUMNS:
        return [cell[0]["x0"] for cell in cells]
    texts = [w["text"].lower() for w in header.words]
    expected = texts.index("expected")
    outcomes = len(texts) - 1 - texts[::-1].index("outcomes")
    return [header.words[i]["x0"] for i in (0, expected, outcomes)]


def aligned_columns(words: list[dict], lefts: list[float], page: int) -> list[list[Line]]:
    """The lines of each column of an unruled table on one page, by the header's lefts."""
    columns: list[list[dict]] = [[] for _ in lefts]
    for w in words:
        index = max((i for i, x in enumerate(lefts) if w["x0"] >= x - 4), default=0)
        columns[index].append(w)
    return [group_lines(c, page) for c in columns]


def aligned_pieces(pages: list[list[list[Line]]]) -> list[RowPiece]:
    """Row pieces of a table without ruling lines, from the text's own alignment.

    A row starts where the Activity column has a line below a band of white space
    across every column that is taller than the gaps between paragraphs. The gap
    sizes are measured over the whole table, so one page of single-paragraph rows
    is read like the rest.
    """
    pitch = line_pitch([c for cols in pages for c in cols])
    bands = [white_bands(every_line(cols)) for cols in pages]
    threshold = row_band(bands, pitch, pages)
    pieces = []
    for cols, page_bands in zip(pages, bands):
        lines = every_line(cols)
        if not lines:
            continue
        starts = [ln.top for ln in cols[0] if page_bands.get(round(ln.top, 1), 0) > threshold]
        if not starts or starts[0] > lines[0].top + 0.5:
            starts.insert(0, lines[0].top)  # the page opens with a row, new or continued
        bounds = starts + [float("inf")]
        for top, bottom in zip(bounds, bounds[1:]):
            part = [[ln for ln in c if top - 0.5 <= ln.top < bottom - 0.5] for c in cols]
            kept, header = header_dropped(part)
            pieces.append(RowPiece(lines[0].page, top, kept, header=header))
    return pieces


def every_line(cols: list[list[Line]]) -> list[Line]:
    return sorted((ln for c in cols for ln in c), key=lambda ln: ln.top)


def row_band(bands: list[dict], pitch: float | None, pages: list) -> float:
    """The white band that separates rows: between the paragraph gaps and the row gaps.

    Bands wider than line spacing fall in two groups, paragraph gaps and row gaps; the
    threshold lies in the widest jump between them. With one group, gaps taller than
    half a line are rows.
    """
    size = next((ln.size for cols in pages for c in cols for ln in c), 10.0)
    line_band = min(pitch or size * 1.2, size * 1.5) - size  # one-line rows: no pitch seen
    sizes = sorted({round(b, 1) for page in bands for b in page.values() if b > line_band + 1})
    if not sizes:
        return float("inf")
    jumps = [(b - a, (a + b) / 2) for a, b in zip(sizes, sizes[1:])]
    widest = max(jumps, default=(0.0, 0.0))
    if widest[0] > 2.0:
        return widest[1]
    return sizes[0] - 0.5 if sizes[0] > size * 0.6 else float("inf")


def white_bands(lines: list[Line]) -> dict[float, float]:
    """For each line top with nothing above it across all columns: the gap's height."""
    bands, lowest = {}, None
    for line in lines:
        if lowest is not None and line.top > lowest:
            bands[round(line.top, 1)] = line.top - lowest
        lowest = line.bottom if lowest is None else max(lowest, line.bottom)
    return bands


def is_continuation(
    piece: RowPiece,
    previous: RowPiece,
    row: list[list[Line]],
    rights: list,
    pitch: float | None = None,
) -> bool:
    """Whether the first row piece of a page continues the last row of the page before.

    It does when its Activity is empty or a ruled row is open at the page break. A row
    opening with a bold title does not. Otherwise it goes on when a column goes on
    mid-sentence, or when some column is empty (a new programme fills all three).
    """
    activity = piece.columns[0]
    if not activity or piece.open_top or previous.open_bottom:
        return True
    if activity[0].bold:
        return False
    return not all(piece.columns) or any(
        col and prev and continues_across_page(prev[-1], col[0], right, pitch)
        for col, prev, right in zip(piece.columns, row, rights)
    )


def stitch(pieces: list[RowPiece]) -> list[list[list[Line]]]:
    """Rows as columns of lines, with the pieces of a row broken by a page rejoined."""
    rows: list[list[list[Line]]] = []
    body = [p for p in pieces if not p.is_header]
    rights = [right_edge([ln for p in body for ln in p.columns[i]]) for i in range(COLUMNS)]
    pitch = line_pitch([c for p in body for c in p.columns])
    lowest = max((ln.bottom for p in body for c in p.columns for ln in c), default=0.0)
    previous = None
    for piece in body:
        first_on_page = previous is None or piece.page != previous.page
        if piece.is_empty:  # only a row's padding went over the page: the row has ended
            previous = piece
            continue
        if rows and first_on_page:
            for col in rows[-1]:
                if col and col[-1].page == previous.page:
                    col[-1].room = lowest - col[-1].bottom
        if rows and first_on_page and is_continuation(piece, previous, rows[-1], rights, pitch):
            for col, more in zip(rows[-1], piece.columns):
                col.extend(more)
        else:
            rows.append([list(c) for c in piece.columns])
        previous = piece
    return rows
