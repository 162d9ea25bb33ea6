"""Read each PDF page once with pdfplumber and keep only what the layout needs.

pdfminer's parse is nearly all the cost, so every page is parsed once: its words
(with font and size) and its ruled tables' cell grids come from that one parse, and
the page is closed straight after so memory stays flat with document length.
"""

from __future__ import annotations

import hashlib
import logging
import re
import statistics
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdftypes import resolve1
from pdfplumber.utils.exceptions import PdfminerException

from extract import parallel
from extract.charts import box_of, contains, is_table, overlaps_any, without_charts
from extract.errors import UnreadableReport
from extract.lean import lean
from extract.limits import Limits

PDFMINER_LOG = logging.getLogger("pdfminer")
CellBox = tuple[float, float, float, float] | None


@dataclass
class PageData:
    number: int
    width: float
    height: float
    words: list[dict]
    # Ruled tables, each a list of rows of cell boxes (x0, top, x1, bottom).
    tables: list[list[list[CellBox]]]
    # Where the page has real horizontal rules (a row cut by a page break may have none).
    rules: list[float]
    # The top of the short rule above the page's footnotes, if it has any.
    notes_top: float | None = None


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_is_pdf(path: Path) -> None:
    """A cheap look at the file before any parsing: there, readable, a PDF's header."""
    if not path.exists():
        raise UnreadableReport(path, "no such file")
    if not path.is_file():
        raise UnreadableReport(path, "not a regular file (a folder or a device?)")
    try:
        with path.open("rb") as f:
            head = f.read(1024)  # PDF readers accept the header anywhere in the first KB
    except OSError as exc:
        raise UnreadableReport(path, f"cannot read the file ({exc.strerror})") from None
    if not head:
        raise UnreadableReport(path, "the file is empty")
    if b"%PDF-" not in head:
        raise UnreadableReport(path, "not a PDF (no %PDF header)")


def closing_rules(page: pdfplumber.page.Page) -> list[float]:
    """Where the vertical rulings start and end: a table cut by a page break often has
    no horizontal rule there, so one is added to close its cells."""
    verticals = [e for e in page.edges if e["orientation"] == "v"]
    if not verticals:
        return []
    return [min(e["top"] for e in verticals), max(e["bottom"] for e in verticals)]


WORD_KEYS = ("text", "x0", "x1", "top", "bottom", "size", "fontname")


def read_page(page: pdfplumber.page.Page) -> PageData:
    lean(page)  # its characters built directly: a quarter of the page's parse
    # Only the keys the layout reads: a long report keeps every page's words.
    words = [
        {k: w[k] for k in WORD_KEYS} for w in page.extract_words(extra_attrs=["fontname", "size"])
    ]
    words = without_footnote_marks(words)
    settings = {"explicit_horizontal_lines": closing_rules(page)}
    found = page.find_tables(settings)
    graphics = page.rects + page.curves + page.lines
    grids = [t.bbox for t in found if is_table(t.bbox, cells_of(t), words, graphics)]
    words, charts = without_charts(words, graphics, grids)
    found = [t for t in found if t.bbox in grids or not overlaps_any(t.bbox, charts)]
    tables = [[row.cells for row in t.rows] for t in found]
    level = [e for e in page.edges if e["orientation"] == "h"]
    level = [e for e in level if not any(contains(c, box_of(e)) for c in charts)]
    rules = [e["top"] for e in level]
    notes = footnotes_top(words, level, found)
    return PageData(
        page.page_number, float(page.width), float(page.height), words, tables, rules, notes
    )


def footnotes_top(words: list[dict], rules: list[dict], tables: list) -> float | None:
    """The top of a footnote separator: a short rule at the left of the text, in the
    page's lower half, outside any table or chart, with only smaller text below it
    (Word's footnotes; LibreOffice draws them the same way)."""
    if not words:
        return None
    body = statistics.median_low([w["size"] for w in words])
    left, right = min(w["x0"] for w in words), max(w["x1"] for w in words)
    lowest = max(w["bottom"] for w in words)
    for rule in sorted(rules, key=lambda e: -e["top"]):
        short = 0.1 * (right - left) <= rule["x1"] - rule["x0"] <= 0.5 * (right - left)
        at_left = abs(rule["x0"] - left) < body * 2
        in_table = any(t.bbox[1] - 1 <= rule["top"] <= t.bbox[3] + 1 for t in tables)
        if not (short and at_left) or in_table or rule["top"] < lowest / 2:
            continue
        below = [w for w in words if w["top"] > rule["top"]]
        if below and all(w["size"] < body - 0.4 for w in below):
            return rule["top"]
    return None


def cells_of(table) -> list[tuple[float, float, float, float]]:
    return [c for row in table.rows for c in row.cells if c]


FOOTNOTE_MARK = re.compile(r"^(\d{1,2}|[a-z]|[*†‡§¶]{1,3})$")


def without_footnote_marks(words: list[dict]) -> list[dict]:
    """The words but footnote references (see is_footnote_mark); only small marks are
    looked at, so a page costs little more."""
    body = statistics.median_low([w["size"] for w in words]) if words else 0.0
    small = [w for w in words if w["size"] < body * 0.8 and FOOTNOTE_MARK.match(w["text"])]
    marks = {id(w) for w in small if is_footnote_mark(w, words)}
    return [w for w in words if id(w) not in marks] if marks else words


def is_footnote_mark(word: dict, around: list[dict]) -> bool:
    """A footnote's reference: a mark set small and raised against a word it touches
    ("1,204²", "131¹"). Kept, it would read as a figure of its own ("fell to 1,204 2 in
    the year")."""
    for other in around:
        if other is word or word["size"] > other["size"] * 0.8:
            continue
        touches = min(abs(word["x0"] - other["x1"]), abs(other["x0"] - word["x1"]))
        raised = word["bottom"] < other["bottom"] - other["size"] * 0.15
        same_line = word["bottom"] > other["top"] and word["top"] < other["bottom"]
        if same_line and raised and touches < other["size"] * 0.5:
            return True
    return False


def read_pages(path: Path, limits: Limits) -> list[PageData]:
    """Each page's words and table grids; UnreadableReport on bad input.

    Not time- or memory-bounded by itself: run it inside `limits.bounded`."""
    check_is_pdf(path)
    try:
        # At most one page past the limit becomes a pdfplumber Page: enough to tell.
        within = range(1, limits.max_pages + 2) if limits.max_pages else None
        with (
            quiet(PDFMINER_LOG),
            pdfplumber.open(path, password=limits.password, pages=within) as pdf,
        ):
            check_page_count(path, declared_page_count(pdf), len(pdf.pages), limits.max_pages)
            if parallel.worth_it(len(pdf.pages)):  # a long report: its pages on every core
                return parallel.read_pages(path, limits.password, len(pdf.pages))
            return [read_closing(page) for page in pdf.pages]
    except (UnreadableReport, MemoryError):
        raise
    except Exception as exc:  # pdfminer raises many kinds on broken files
        cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
        if isinstance(cause, MemoryError):  # past the memory limit: `bounded` says so
            raise cause from None
        raise UnreadableReport(path, describe_pdfminer_error(cause, limits)) from None


@contextmanager
def quiet(logger: logging.Logger) -> Iterator[None]:
    """Hold back the logger's warnings (pdfminer's, about damaged objects it skips, may
    be hundreds of lines of raw bytes) unless someone configured its level."""
    if logger.level != logging.NOTSET:
        yield
        return
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(logging.NOTSET)


def read_closing(page: pdfplumber.page.Page) -> PageData:
    data = read_page(page)
    page.close()  # frees the page's parsed objects (pdfplumber keeps them otherwise)
    return data


def declared_page_count(pdf: pdfplumber.PDF) -> int:
    """The page tree's /Count, read before any page is parsed (0 if absent)."""
    tree = resolve1(pdf.doc.catalog.get("Pages"))
    count = resolve1(tree.get("Count")) if isinstance(tree, dict) else 0
    return count if isinstance(count, int) else 0


def check_page_count(path: Path, declared: int, found: int, limit: int) -> None:
    """Refuse a report longer than the limit, from its page tree's /Count before any
    page is parsed, then from the pages found (a hostile tree may understate /Count);
    and a damaged one whose pages cannot all be found, rather than load part of it."""
    if limit and declared > limit:
        reason = f"{declared:,} pages, more than the limit of {limit} (PCC_MAX_PAGES)"
    elif limit and found > limit:
        reason = f"more than {limit} pages, the limit (PCC_MAX_PAGES)"
    elif found < declared:
        reason = f"corrupt PDF: it declares {declared} pages but only {found} can be read"
    elif not found:
        reason = "the PDF has no pages"
    else:
        return
    raise UnreadableReport(path, reason)


def describe_pdfminer_error(exc: object, limits: Limits) -> str:
    if isinstance(exc, PDFPasswordIncorrect):
        if limits.password:
            return "the PDF is password-protected and PCC_PDF_PASSWORD does not open it"
        return "the PDF is password-protected (set PCC_PDF_PASSWORD to read it)"
    detail = " ".join(str(exc).split())[:120]
    return f"corrupt or truncated PDF ({type(exc).__name__}: {detail})"
