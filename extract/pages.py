"""Read each PDF page once with pdfplumber and keep only what the layout needs.

pdfminer's parse is nearly all the cost, so every page is parsed once: its words
(with font and size) and its ruled tables' cell grids come from that one parse, and
the page is closed straight after so memory stays flat with document length.
"""

from __future__ import annotations

import hashlib
import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from extract.errors import UnreadableReport

CellBox = tuple[float, float, float, float] | None


@dataclass(frozen=True)
class Limits:
    """Bounds on one report, so a huge or hostile PDF fails alone and fast."""

    max_pages: int = 1000
    max_seconds: float = 600.0
    password: str = ""

    @classmethod
    def from_env(cls) -> Limits:
        return cls(
            max_pages=int(os.environ.get("PCC_MAX_PAGES", cls.max_pages)),
            max_seconds=float(os.environ.get("PCC_MAX_SECONDS", cls.max_seconds)),
            password=os.environ.get("PCC_PDF_PASSWORD", ""),
        )


class TimeLimit(BaseException):
    """Raised by the alarm; a BaseException so no library's `except Exception` eats it."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupt the parse after `seconds` (only possible on the main thread)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise TimeLimit

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


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


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_is_pdf(path: Path) -> None:
    if not path.is_file():
        raise UnreadableReport(path, "no such file")
    with path.open("rb") as f:
        head = f.read(1024)
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
    # Only the keys the layout reads: a long report keeps every page's words.
    words = [
        {k: w[k] for k in WORD_KEYS} for w in page.extract_words(extra_attrs=["fontname", "size"])
    ]
    settings = {"explicit_horizontal_lines": closing_rules(page)}
    tables = [[row.cells for row in t.rows] for t in page.find_tables(settings)]
    rules = [e["top"] for e in page.edges if e["orientation"] == "h"]
    return PageData(page.page_number, float(page.width), float(page.height), words, tables, rules)


def read_pages(path: Path, limits: Limits | None = None) -> Iterator[PageData]:
    """Yield each page's words and table grids; raise UnreadableReport on bad input."""
    limits = limits or Limits.from_env()
    check_is_pdf(path)
    try:
        with time_limit(limits.max_seconds), pdfplumber.open(path, password=limits.password) as pdf:
            if len(pdf.pages) > limits.max_pages:
                raise UnreadableReport(
                    path,
                    f"{len(pdf.pages)} pages, more than the limit of {limits.max_pages} "
                    "(PCC_MAX_PAGES)",
                )
            for page in pdf.pages:
                yield read_page(page)
                page.close()
    except UnreadableReport:
        raise
    except TimeLimit:
        raise UnreadableReport(
            path, f"reading took longer than {limits.max_seconds:g} s (PCC_MAX_SECONDS)"
        ) from None
    except PdfminerException as exc:
        raise UnreadableReport(path, describe_pdfminer_error(exc.args[0], limits)) from None
    except Exception as exc:  # pdfminer raises many kinds on broken files
        raise UnreadableReport(path, describe_pdfminer_error(exc, limits)) from None


def describe_pdfminer_error(exc: object, limits: Limits) -> str:
    if isinstance(exc, PDFPasswordIncorrect):
        if limits.password:
            return "the PDF is password-protected and PCC_PDF_PASSWORD does not open it"
        return "the PDF is password-protected (set PCC_PDF_PASSWORD to read it)"
    detail = str(exc).replace("\n", " ")[:120]
    return f"corrupt or truncated PDF ({type(exc).__name__}: {detail})"
