"""Reports made the way councils make them: a Word document exported to PDF.

The fixtures in fixtures/word were written as DOCX with python-docx and converted by
LibreOffice (tests/wordgen.py, which regenerates them); each PDF's JSON holds every row's
cells as written and its page span as the PDF's own structure tags give it. They vary
the orientation, the repeated header row, the grid, the font and size, where the table
starts, Word numbering or typed numbers, and automatic hyphenation. Those in
fixtures/word_tables add tables of figures to the overview (ruled or not, by year, ward
or quarter, one with the programme table's three columns, some cut by a page break,
some under heads merged across columns and down rows, some figures with a footnote's
superscript mark, which no reader keeps in the text); those in fixtures/word_columns
set the overview in two newspaper columns, read column by column; those in
fixtures/word_charts draw charts in it, whose text no reader keeps (only their captions).
Tables of figures must read as one paragraph each: a line per row, cells parted by " | ".
"""

import importlib.util
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, assume, given, settings
from hypothesis import strategies as st
from wordgen import (
    FONTS,
    Layout,
    convert,
    expected,
    make_report,
    read_tagged,
    undecidable,
    write_docx,
)

from extract import extract_document
from extract.datatables import unruled_tables
from extract.layout import Line, Vocabulary, split_paragraphs, to_paragraph, vocabulary
from extract.report import as_text
from extract.tables import is_head

FIXTURES = Path(__file__).parent / "fixtures" / "word"
CASES = sorted(FIXTURES.glob("*.pdf"))
# Drawn from other seeds and layouts, and not looked at while the extractor was fixed;
# scored once at the end, kept here as a regression check.
HELD_OUT = sorted((FIXTURES.parent / "word_heldout").glob("*.pdf"))
TABLES = sorted((FIXTURES.parent / "word_tables").glob("*.pdf"))
TABLES += sorted((FIXTURES.parent / "word_tables_merged").glob("*.pdf"))  # merged heads
TABLES += sorted((FIXTURES.parent / "word_tables_marks").glob("*.pdf"))  # footnote marks
# Held out, drawn after the extractor was written for word_tables and read once each:
# word_tables_heldout read 3 of 4 (a table's last row alone on the next page), fixed;
# word_tables_heldout2 then read 2 of 4 (a row cut by the break; a cell wrapped over
# two lines), fixed; word_tables_heldout3, drawn after, read 4 of 4. All four sets were
# then drawn again with two more kinds of table (a Total row, a RAG table): one of
# word_tables and one each of the held-out 2 and 3 failed (a head row left alone at
# the foot of a page), fixed.
TABLES_HELD_OUT = sorted(FIXTURES.parent.glob("word_tables_heldout*/*.pdf"))
# The overview set in two newspaper columns; the held-out set's first read gave 2 of 3,
# the third a paragraph cut at the column break right after a full stop, which no reader
# can tell from a paragraph's end: wordgen now redraws such a draw, as at a page break.
COLUMNS = sorted(FIXTURES.parent.glob("word_columns*/*.pdf"))
# Charts Word drew (column, bar, line, pie, doughnut; titled or not, legends and data
# labels or not, framed or not, some floating with the text wrapped beside them) and
# call-out paragraphs, shaded and bordered. The held-out set's first draw read 3 of 4 (a
# frameless pie's legend, apart from the pie), fixed; after floating charts and
# call-outs were added it was drawn again and read 4 of 4. Sweeps of fresh draws mixing
# charts, tables and footnotes then read 15 of 28 (frameless charts' labels, legends
# and titles; a line chart with one series; a floating chart over a table, which
# wordgen no longer draws), fixed on those, and a second sweep of 30 new seeds read
# 27 of 29 at its first run (a chart frame's edge taken for a footnote separator; a
# line series' key), fixed; a third, with reworded heads too, 22 of 29 (a ruled head
# wrapping in its cells; a caption over an unframed chart taken for its title; a pie's
# title wider than the pie), fixed to 28.
CHARTS = sorted(FIXTURES.parent.glob("word_charts*/*.pdf"))
# Footnotes at the foot of overview pages: read apart from the flow (the document's
# notes), never run into a paragraph cut by the page break. First read: 3 of 3 held out.
NOTES = sorted(FIXTURES.parent.glob("word_notes*/*.pdf"))
# The programme table's head reworded ("Project | Intended Outcomes | Outcomes
# Achieved", nine ways, one wrapping onto a second line), ruled or not: before, a ruled
# table kept its head as a row, an unruled one was not found at all (0 of 6 read). The
# held-out set read 6 of 6 at its first draw, and again when the wrapping head was added.
HEADERS = sorted(FIXTURES.parent.glob("word_headers*/*.pdf"))
ALL = CASES + HELD_OUT + TABLES + TABLES_HELD_OUT + COLUMNS + CHARTS + HEADERS + NOTES


def rows_of(document) -> list[dict]:
    """The rows as the fixtures' JSON holds them."""
    return [
        {
            "title": row.activity.title.text if row.activity.title else None,
            "activity": [p.text for p in row.activity.paragraphs],
            "expected_outcomes": [p.text for p in row.expected_outcomes.paragraphs],
            "outcomes": [p.text for p in row.outcomes.paragraphs],
            "pages": [row.pages[0], row.pages[-1]] if row.pages else [],
        }
        for row in document.rows
    ]


def assert_reads_as_written(document, want: dict) -> None:
    assert document.running_title == want["running_title"]
    assert document.headings == want["headings"]
    assert [p.text for s in document.sections for p in s.paragraphs] == want["overview"]
    assert [n.text for n in document.notes] == want.get("notes", [])
    got = rows_of(document)
    assert len(got) == len(want["rows"])
    for number, (row, wanted) in enumerate(zip(got, want["rows"]), start=1):
        assert row == wanted, f"row {number}"


@pytest.mark.parametrize("pdf", ALL, ids=[p.stem for p in ALL])
def test_word_made_reports_read_exactly(pdf):
    want = json.loads(pdf.with_suffix(".json").read_text())
    assert not want["undecidable"]
    assert_reads_as_written(extract_document(pdf), want)


def test_the_fixtures_cover_every_layout_and_rows_across_pages():
    layouts = [json.loads(p.with_suffix(".json").read_text())["layout"] for p in CASES]
    for name in ("landscape", "repeat_header", "grid", "table_on_new_page", "hyphenate"):
        assert {layout[name] for layout in layouts} == {True, False}, name
    assert {layout["font"] for layout in layouts} == set(FONTS)
    assert {layout["size"] for layout in layouts} == {9, 10, 11, 12}
    for pdf in CASES:
        rows = json.loads(pdf.with_suffix(".json").read_text())["rows"]
        assert any(first < last for first, last in (r["pages"] for r in rows)), pdf.stem


def test_inspect_shows_each_rows_page_span():
    pdf = FIXTURES / "portrait-repeat-grid-arial-10.pdf"
    want = json.loads(pdf.with_suffix(".json").read_text())
    text = as_text(extract_document(pdf))
    for number, row in enumerate(want["rows"], start=1):
        first, last = row["pages"]
        span = f"{first}-{last}" if first != last else f"{first}"
        assert f"row {number} (pages {span})" in text
    cut = [p for r in extract_document(pdf).rows for c in r.cells for p in c.paragraphs]
    cut = [p for p in cut if len(p.pages) > 1]
    assert cut, "no paragraph cut by a page break"
    assert all(f"[p{p.pages[0]}-{p.pages[-1]}] {p.text}" in text for p in cut)


# Layout rules on their own, on lines made by hand.


def words_line(words: list[tuple[str, float]], top: float, page: int = 1) -> Line:
    return Line(
        [
            {"text": t, "x0": x, "x1": x + 6 * len(t), "top": top, "bottom": top + 10, "size": 10}
            | {"fontname": "Helvetica"}
            for t, x in words
        ],
        page,
    )


def spaced(text: str, top: float, starts: list[float]) -> Line:
    """A line of cells, each cell's words set from its start with single spaces."""
    words = []
    for cell, x in zip(text.split(" | "), starts):
        for word in cell.split():
            words.append((word, x))
            x += 6 * len(word) + 3
    return words_line(words, top)


def test_lines_parted_by_white_columns_are_a_tables_rows():
    starts = [0.0, 200.0, 300.0]
    lines = [
        spaced("Ward | Incidents | Rate", 0, starts),
        spaced("Central | 412 | 31.2", 14, starts),
        spaced("Old Town | 96 | 8.4", 28, starts),
        spaced("The rates are per 1,000 residents.", 50, starts),
    ]
    found = unruled_tables(lines)
    assert [ln.text for ln in found] == [
        "Ward | Incidents | Rate",
        "Central | 412 | 31.2",
        "Old Town | 96 | 8.4",
        "The rates are per 1,000 residents.",
    ]
    assert len({ln.table for ln in found[:3]}) == 1 and found[3].table is None
    paragraph = to_paragraph(found[:3])
    assert paragraph.text == "Ward | Incidents | Rate\nCentral | 412 | 31.2\nOld Town | 96 | 8.4"


def test_prose_in_two_columns_is_read_column_by_column_and_tabbed_bullets_are_no_table():
    starts = [0.0, 300.0]
    columns = [
        spaced("Detached youth workers made many | contacts with young people in the", 0, starts),
        spaced("visits to the parks and the town | centre over the summer months this", 14, starts),
        spaced("centre during the long summer. | year, with the support of schools", 28, starts),
    ]
    read = unruled_tables(columns)
    assert [(ln.text, ln.table, ln.new_column) for ln in read] == [
        ("Detached youth workers made many", None, False),
        ("visits to the parks and the town", None, False),
        ("centre during the long summer.", None, False),
        ("contacts with young people in the", None, True),
        ("centre over the summer months this", None, False),
        ("year, with the support of schools", None, False),
    ]
    bullets = [
        spaced("• | Train 120 staff", 0, [0.0, 30.0]),
        spaced("• | Reach 40 schools", 14, [0.0, 30.0]),
    ]
    assert [ln.table for ln in unruled_tables(bullets)] == [None, None]


def test_a_compound_cut_at_its_hyphen_is_rejoined_without_a_space():
    lines = [
        words_line([("a", 0), ("12-", 20)], 0),
        words_line([("month", 0), ("anti-", 40)], 12),
        words_line([("social", 0), ("Newton-le-", 40)], 24),
        words_line([("Willows.", 0)], 36),
    ]
    assert to_paragraph(lines).text == "a 12-month anti-social Newton-le-Willows."


def test_a_hyphenation_point_is_dropped_when_the_document_prints_the_word_whole():
    seen = vocabulary([[words_line([("prevention", 0), ("anti-social", 70)], 0)]])
    lines = [
        words_line([("youth", 0), ("preven-", 40)], 0),
        words_line([("tion", 0), ("anti-", 40)], 12),
        words_line([("social", 0)], 24),
    ]
    assert to_paragraph(lines, seen).text == "youth prevention anti-social"


def test_in_a_hyphenated_document_fragments_that_are_no_words_are_joined():
    seen = Vocabulary(frozenset({"the", "to", "face"}), frozenset({"face", "to"}), True)
    lines = [
        words_line([("the", 0), ("preven-", 30)], 0),
        words_line([("tion", 0), ("face-", 40)], 12),
        words_line([("to-face", 0)], 24),
    ]
    assert to_paragraph(lines, seen).text == "the prevention face-to-face"
    # In a document that hyphenates nothing, a line-end hyphen is a compound's.
    unhyphenated = Vocabulary(seen.words, seen.parts, False)
    assert to_paragraph(lines, unhyphenated).text == "the preven-tion face-to-face"


def test_a_figure_opening_a_line_mid_sentence_is_no_list_number():
    lines = [
        words_line([("students", 0), ("from", 60), ("Years", 90), ("10", 130), ("and", 150)], 0),
        words_line([("11.", 0), ("A", 20), ("total", 30)], 12),
        words_line([("1.", 0), ("First", 20)], 24),
        words_line([("2.", 0), ("Second", 20)], 36),
    ]
    texts = [" ".join(ln.text for ln in g) for g in split_paragraphs(lines, 12.0)]
    assert texts == ["students from Years 10 and 11. A total", "1. First", "2. Second"]


def test_a_list_item_goes_on_at_its_hanging_indent():
    lines = [
        words_line([("1.", 0), ("Develop", 18), ("a", 70)], 0),
        words_line([("method", 18), ("for", 70)], 12),
        words_line([("2.", 0), ("Map", 18)], 24),
    ]
    texts = [" ".join(ln.text for ln in g) for g in split_paragraphs(lines, 12.0)]
    assert texts == ["1. Develop a method for", "2. Map"]


def test_a_head_reworded_is_known_only_when_set_in_bold():
    assert is_head(["Activity", "Expected Outcomes", "Outcomes"], bold=False)
    assert is_head(["Project", "Intended Outcomes", "Outcomes Achieved"], bold=True)
    assert is_head(["Scheme", "Aims and Objectives", "Results"], bold=True)
    # a row of short cells may use the same words: only a bold row is taken for a head
    assert not is_head(["Youth project", "Target 40", "Achieved"], bold=False)
    assert not is_head(["Project", "Intended Outcomes", "Outcomes Achieved"], bold=False)
    # the third column must not be the second's kind, nor the first missing
    assert not is_head(["Project", "Intended Outcomes", "Expected Outcomes"], bold=True)
    assert not is_head(["Ward", "Target", "Result"], bold=True)


# Fresh Word-made reports, when LibreOffice and python-docx are installed (CI may not
# have them).

needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None
    or importlib.util.find_spec("docx") is None
    or importlib.util.find_spec("pptx") is None,
    reason="needs LibreOffice (soffice), python-docx and python-pptx",
)

layouts = st.builds(
    Layout,
    landscape=st.booleans(),
    repeat_header=st.booleans(),
    grid=st.booleans(),
    font=st.sampled_from(sorted(FONTS)),
    size=st.sampled_from([9.0, 10.0, 11.0, 12.0]),
    table_on_new_page=st.booleans(),
    # Automatic hyphenation is left to the fixtures: most fresh draws cut some word the
    # report never prints whole, which no reader can decide (wordgen.undecidable).
    hyphenate=st.just(False),
    numbered=st.booleans(),
)


@needs_soffice
@settings(
    max_examples=3,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # shrinking re-renders: slow
)
@given(
    seed=st.integers(0, 10**6),
    layout=layouts,
    tables=st.integers(0, 4),
    charts=st.integers(0, 3),
    notes=st.integers(0, 3),
)
def test_fresh_word_made_reports_read_exactly(
    tmp_path_factory, seed, layout, tables, charts, notes
):
    report = make_report(seed, rows=6, long_rows=2, tables=tables, charts=charts, notes=notes)
    folder = tmp_path_factory.mktemp("word")
    docx = write_docx(report, layout, folder / "report.docx")
    pdf = convert([docx], folder, tagged=True)[0]
    tagged = read_tagged(pdf)
    assume(not undecidable(tagged, layout))  # no reader can tell: see wordgen.undecidable
    assert_reads_as_written(extract_document(pdf), expected(report, layout, tagged))


def test_inspect_shows_the_footnotes_apart():
    pdf = NOTES[0]
    want = json.loads(pdf.with_suffix(".json").read_text())
    text = as_text(extract_document(pdf))
    notes = text.split("# footnotes:")[1]
    assert want["notes"] and all(note in notes for note in want["notes"])
