"""The funded-programmes table: cells from ruling lines or from text alignment,
header rows dropped, rows that break across pages stitched back together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.layout import Line, continues_across_page, group_lines, line_pitch, right_edge

HEADER = ["activity", "expected outcomes", "outcomes"]
COLUMNS = len(HEADER)


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

    @property
    def is_header(self) -> bool:
        return [normalise(" ".join(ln.text for ln in col)) for col in self.columns] == HEADER

    @property
    def bottom(self) -> float:
        return max((ln.bottom for col in self.columns for ln in col), default=self.top)

    @property
    def is_empty(self) -> bool:
        return not any(self.columns)


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


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
        top = min((b[1] for b in row if b), default=0.0)
        bottom = max((b[3] for b in row if b), default=0.0)
        open_top, open_bottom = (not any(abs(y - r) < 1.0 for r in rules) for y in (top, bottom))
        pieces.append(RowPiece(page, top, columns, open_top, open_bottom, ruled=True))
    return pieces, taken


def is_programme_grid(grid: list[list]) -> bool:
    return bool(grid) and all(len(row) == COLUMNS for row in grid)


def find_header_line(lines: list[Line]) -> Line | None:
    """The header row of an unruled table: Activity, Expected Outcomes, Outcomes."""
    for line in lines:
        if normalise(line.text) == " ".join(HEADER):
            return line
    return None


def column_lefts(header: Line) -> list[float]:
    """Where each column starts, from the header words' positions."""
    texts = [w["text"].lower() for w in header.words]
    expected = texts.index("expected")
    outcomes = len(texts) - 1 - texts[::-1].index("outcomes")
    return [header.words[i]["x0"] for i in (0, expected, outcomes)]


def aligned_pieces(words: list[dict], lefts: list[float], page: int) -> list[RowPiece]:
    """Row pieces of a table without ruling lines, from the text's own alignment.

    A row starts where the Activity column starts a paragraph after a band of white
    space across every column that is taller than the gaps between paragraphs.
    """
    columns: list[list[dict]] = [[] for _ in lefts]
    for w in words:
        index = max((i for i, x in enumerate(lefts) if w["x0"] >= x - 4), default=0)
        columns[index].append(w)
    col_lines = [group_lines(c, page) for c in columns]
    every_line = sorted((ln for c in col_lines for ln in c), key=lambda ln: ln.top)
    if not every_line:
        return []
    starts = row_starts(col_lines, every_line)
    if not starts or starts[0] > every_line[0].top + 0.5:
        starts.insert(0, every_line[0].top)  # a row continued from the previous page
    bounds = starts + [float("inf")]
    pieces = []
    for top, bottom in zip(bounds, bounds[1:]):
        cols = [[ln for ln in c if top - 0.5 <= ln.top < bottom - 0.5] for c in col_lines]
        pieces.append(RowPiece(page, top, cols))
    return pieces


def row_starts(col_lines: list[list[Line]], every_line: list[Line]) -> list[float]:
    activity = col_lines[0]
    pitch = line_pitch(col_lines) or every_line[0].size * 1.2
    bands = white_bands(every_line)
    if not bands:
        return [activity[0].top] if activity else []
    # Paragraph gaps are the smallest bands wider than line spacing; rows are wider.
    size = every_line[0].size
    para_band = min((b for b in bands.values() if b > pitch - size + 0.5), default=0.0)
    starts = []
    for line in activity:
        band = bands.get(round(line.top, 1))
        if band is None and line is every_line[0] or band is not None and band > para_band + 1.0:
            starts.append(line.top)
    return starts


def white_bands(lines: list[Line]) -> dict[float, float]:
    """For each line top with nothing above it across all columns: the gap's height."""
    bands, lowest = {}, None
    for line in lines:
        if lowest is not None and line.top > lowest:
            bands[round(line.top, 1)] = line.top - lowest
        lowest = line.bottom if lowest is None else max(lowest, line.bottom)
    return bands


def is_continuation(
    piece: RowPiece, previous: RowPiece, row: list[list[Line]], page_full: bool, rights: list
) -> bool:
    """Whether the first row piece of a page continues the last row of the page before.

    It does when its Activity is empty or a ruled row is open at the page break. A row
    opening with a bold title does not. Otherwise some column must go on mid-sentence,
    or, in a table without rules, the page before must be full.
    """
    activity = piece.columns[0]
    if not activity or piece.open_top or previous.open_bottom:
        return True
    if activity[0].bold:
        return False
    return (page_full and not piece.ruled) or any(
        col and prev and continues_across_page(prev[-1], col[0], right)
        for col, prev, right in zip(piece.columns, row, rights)
    )


def previous_size(piece: RowPiece) -> float:
    return max((ln.size for col in piece.columns for ln in col), default=10.0)


def stitch(pieces: list[RowPiece]) -> list[list[list[Line]]]:
    """Rows as columns of lines, with the pieces of a row broken by a page rejoined."""
    rows: list[list[list[Line]]] = []
    body = [p for p in pieces if not (p.is_header or p.is_empty)]
    page_bottom = max((p.bottom for p in body), default=0.0)
    rights = [right_edge([ln for p in body for ln in p.columns[i]]) for i in range(COLUMNS)]
    previous = None
    for piece in body:
        first_on_page = previous is None or piece.page != previous.page
        page_full = (
            previous is not None and page_bottom - previous.bottom < previous_size(previous) * 1.5
        )
        if rows and first_on_page and is_continuation(piece, previous, rows[-1], page_full, rights):
            for col, more in zip(rows[-1], piece.columns):
                col.extend(more)
        else:
            rows.append([list(c) for c in piece.columns])
        previous = piece
    return rows
