"""Tables of figures in the prose (by year, ward or quarter): each row one line, its
cells parted by " | ", so the transform reads a figure with its column's head.

Joined with single spaces, "Burglary 412 380 -32" loses which figure is which year;
run together with the rows around it, it becomes one long false sentence. A ruled
table's cells come from its grid; an unruled one's from the white gaps between its
columns, wider than any space between words.
"""

from __future__ import annotations

from collections import Counter
from itertools import count

from extract.layout import Line, column_gaps, group_lines, split_cells
from extract.tables import centre_in

SEPARATOR = "|"
_table_ids = count(1)


def separator(after: dict, before: dict | None) -> dict:
    """A word "|" at the gap between two cells (zero width, at the earlier's end)."""
    x = after["x1"]
    return {
        "text": SEPARATOR,
        "x0": x,
        "x1": x,
        "top": after["top"],
        "bottom": after["bottom"],
        "size": after["size"],
        "fontname": (before or after)["fontname"],
    }


def row_line(cells: list[list[dict]], page: int, table: int) -> Line | None:
    """One line of a row's cells in order, a separator between each two (empty cells
    keep theirs, so a figure stays under its column's head)."""
    if not any(cells):
        return None
    words: list[dict] = []
    for n, cell in enumerate(cells):
        if n:
            anchor = words[-1] if words else next(c[0] for c in cells if c)
            words.append(separator(anchor, cell[0] if cell else None))
        words.extend(cell)
    return Line(words, page, table=table)


def is_data_grid(grid: list[list], at_page_break: bool = False) -> bool:
    """A grid of at least two rows and two columns (a ruled box round a paragraph is a
    one-cell grid, not a table), or of one row at a page break: a table's last row
    gone over, or its head row left behind."""
    return len(grid) >= (1 if at_page_break else 2) and max(len(row) for row in grid) >= 2


def grid_lines(words: list[dict], grid: list[list], page: int) -> tuple[list[Line], set]:
    """A ruled table's rows as lines; also the ids of the words it took. A box a merged
    cell covers (None) is an empty cell, so the cells after it stay under their heads
    ("| 2022/23 | 2023/24" below a head merged down two rows); those at a row's end are
    dropped (a title merged across the table)."""
    table, lines, taken = next(_table_ids), [], set()
    for row in grid:
        cells = []
        while row and row[-1] is None:
            row = row[:-1]
        for box in row:
            inside = [w for w in words if box and id(w) not in taken and centre_in(w, box)]
            taken.update(id(w) for w in inside)
            cells.append([w for line in group_lines(inside, page) for w in line.words])
        line = row_line(cells, page, table)
        if line:
            lines.append(line)
    return lines, taken


def unruled_tables(lines: list[Line], goes_on: bool = False) -> list[Line]:
    """A page's prose lines, with each run of two or more lines parted into columns
    made table rows; one is enough at a page break: at the top of a page that goes on
    a table, or at the foot of a page (a head row whose table went over)."""
    out: list[Line] = []
    n = 0
    while n < len(lines):
        rows, end = gather_rows(lines, n)
        at_break = (goes_on and n == 0) or end == len(lines)
        if columns_of_prose(rows):  # a page in newspaper columns: read column by column
            end = columns_end(lines, n, end, column_starts(rows))
            out.extend(column_by_column(lines[n:end], column_starts(rows)))
            n = end
        elif len(rows) >= (1 if at_break else 2):
            table = next(_table_ids)
            out.extend(row_line(cells, lines[n].page, table) for cells in rows)
            n = end
        else:
            out.append(lines[n])
            n += 1
    return out


def columns_of_prose(rows: list[list[list[dict]]]) -> bool:
    """Whether the "rows" are lines of text set in two or more columns (a page laid out
    in newspaper columns): most have two or more cells of several words each, where a
    table's cells but its labels are short."""
    wordy = [sum(len(cell) >= 4 for cell in cells) >= 2 for cells in rows]
    return bool(rows) and sum(wordy) * 2 > len(rows)


def column_starts(rows: list[list[list[dict]]]) -> list[float]:
    """Where each column of text starts, from the lines parted into the most usual number
    of cells."""
    usual = Counter(len(cells) for cells in rows).most_common(1)[0][0]
    full = [cells for cells in rows if len(cells) == usual]
    return [min(cells[k][0]["x0"] for cells in full) for k in range(usual)]


def column_of(word: dict, starts: list[float]) -> int:
    return max((k for k, x in enumerate(starts) if word["x0"] >= x - word["size"]), default=0)


def columns_end(lines: list[Line], n: int, end: int, starts: list[float]) -> int:
    """The columns go on past the lines parted into cells while the next lines sit in one
    column each, in the columns' type (the longer column's last lines, below the
    shorter's end)."""
    size = lines[n].size
    while end < len(lines) and adjacent(lines[end - 1], lines[end]):
        line = lines[end]
        if len({column_of(w, starts) for w in line.words}) != 1 or line.size > size + 0.5:
            break  # across the columns, or a heading below them
        end += 1
    return end


def column_by_column(lines: list[Line], starts: list[float]) -> list[Line]:
    """The lines of text set in columns, the first column's top to bottom, then the
    next's; a column's first line says so, for a paragraph may run on into it."""
    out: list[Line] = []
    for k in range(len(starts)):
        column = []
        for line in lines:
            words = [w for w in line.words if column_of(w, starts) == k]
            if words:
                column.append(Line(words, line.page))
        if column and k:
            column[0].new_column = True
        out += column
    return out


def gather_rows(lines: list[Line], n: int) -> tuple[list[list[list[dict]]], int]:
    """The rows of cells of a table from lines[n] (none unless it has column gaps),
    and the index of the line after it. A line without gaps tight under a row and
    within one of its columns is a cell's wrapped text: its words join that cell."""
    rows: list[list[list[dict]]] = []
    end = n
    for line in lines[n:]:
        if column_gaps(line) and (not rows or adjacent(lines[end - 1], line)):
            rows.append(split_cells(line))
        elif rows and not column_gaps(line) and wraps_under(rows[-1], line):
            add_wrapped(rows[-1], line.words)
        else:
            break
        end += 1
    return rows, end


def adjacent(line: Line, below: Line) -> bool:
    """Whether two lines are close enough to be rows of one table (a blank line's
    height or less between them)."""
    return below.top - line.bottom < line.size * 1.5


def wraps_under(cells: list[list[dict]], line: Line) -> bool:
    """Whether a line is a cell's text wrapped below a table's last row: set as tight
    as a paragraph's lines, and within one column (prose after a table is spaced off
    and runs across the columns)."""
    bottom = max(w["bottom"] for c in cells for w in c)
    if line.top - bottom > line.size * 0.3:
        return False
    starts = [c[0]["x0"] for c in cells if c]
    column = [sum(x <= w["x0"] + line.size * 0.5 for x in starts) for w in line.words]
    ends = starts[1:] + [float("inf")]
    return len(set(column)) == 1 and column[0] > 0 and line.x1 < ends[column[0] - 1]


def add_wrapped(cells: list[list[dict]], words: list[dict]) -> None:
    """Words of a cell's wrapped line, each into the cell above it."""
    for word in words:
        centre = (word["x0"] + word["x1"]) / 2
        distance = [
            0 if c and c[0]["x0"] <= centre <= c[-1]["x1"] else horizontal_gap(c, centre)
            for c in cells
        ]
        cells[distance.index(min(distance))].append(word)


def horizontal_gap(cell: list[dict], x: float) -> float:
    if not cell:
        return float("inf")
    return min(abs(x - cell[0]["x0"]), abs(x - cell[-1]["x1"]))


def cells_in(line: Line) -> list[list[dict]]:
    cells: list[list[dict]] = [[]]
    for word in line.words:
        if word["text"] == SEPARATOR:
            cells.append([])
        else:
            cells[-1].append(word)
    return cells


def is_rest_of_row(cells: list[list[dict]], above: list[list[dict]]) -> bool:
    """Whether a page's first row is the rest of a row cut by the page break: words
    wrapped in some of its cells, the others empty, no figure starting a cell."""
    return (
        len(cells) == len(above)
        and any(not c for c in cells)
        and all(c and not c[0]["text"][:1].isdigit() for c in cells if c)
        and all(a for c, a in zip(cells, above) if c)
    )


def go_on_over_page(before: list[Line], page: list[Line]) -> None:
    """A table cut by a page break is one table: when the page opens with rows of as
    many cells as the last row of the page before, they take that table's id, and
    the rest of a row cut by the break joins it."""
    last = before[-1] if before else None
    first = page[0] if page else None
    if not (last and first and last.table and first.table):
        return
    above, cells = cells_in(last), cells_in(first)
    if len(above) != len(cells):
        return
    cut = first.table
    if is_rest_of_row(cells, above):
        merged = [a + c for a, c in zip(above, cells)]
        before[-1] = row_line(merged, last.page, last.table)
        page.pop(0)
    for line in page:
        if line.table == cut:
            line.table = last.table
