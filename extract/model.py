"""The document model: what a report says, where on which page it says it.

Plain dataclasses, no pdfplumber objects, so a Document pickles cheaply between
Dagster steps and `transform/` never needs to know about PDFs.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle on one page, in PDF points from the page's top-left corner."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float

    def union(self, other: Box) -> Box:
        return Box(
            self.page,
            min(self.x0, other.x0),
            min(self.top, other.top),
            max(self.x1, other.x1),
            max(self.bottom, other.bottom),
        )


@dataclass(frozen=True, slots=True)
class Word:
    """A word of a paragraph, located where it starts in the paragraph's text."""

    text: str
    offset: int
    box: Box


@dataclass
class Paragraph:
    text: str
    words: list[Word]
    bold: bool = False

    @property
    def page(self) -> int:
        return self.words[0].box.page

    @property
    def box(self) -> Box:
        """The paragraph's extent on the page where it starts."""
        first = self.words[0].box
        box = first
        for word in self.words:
            if word.box.page == first.page:
                box = box.union(word.box)
        return box

    @property
    def pages(self) -> list[int]:
        return sorted({w.box.page for w in self.words})

    def boxes_of(self, start: int, end: int) -> list[Box]:
        """The boxes of the words covering text[start:end]."""
        return [w.box for w in self.words if w.offset < end and w.offset + len(w.text) > start]


@dataclass
class Cell:
    """A table cell: an optional bold title line, then its paragraphs."""

    paragraphs: list[Paragraph] = field(default_factory=list)
    title: Paragraph | None = None

    @property
    def all_paragraphs(self) -> list[Paragraph]:
        return ([self.title] if self.title else []) + self.paragraphs

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.all_paragraphs)


@dataclass
class TableRow:
    """One programme: a row of the funded-programmes table, stitched across pages."""

    number: int
    activity: Cell
    expected_outcomes: Cell
    outcomes: Cell

    @property
    def cells(self) -> list[Cell]:
        return [self.activity, self.expected_outcomes, self.outcomes]

    @property
    def pages(self) -> list[int]:
        return sorted({p for c in self.cells for para in c.all_paragraphs for p in para.pages})


@dataclass
class Section:
    """A heading and the prose paragraphs below it, up to the next heading or table."""

    heading: Paragraph | None
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass
class Document:
    file_name: str
    sha256: str
    page_count: int
    running_title: str | None
    sections: list[Section]
    rows: list[TableRow]
    table_heading: str | None = None
    # Footnotes, in the order printed: text of the report, but no part of its flow.
    notes: list[Paragraph] = field(default_factory=list)

    @property
    def headings(self) -> list[str]:
        found = [s.heading.text for s in self.sections if s.heading]
        return found + ([self.table_heading] if self.table_heading else [])
