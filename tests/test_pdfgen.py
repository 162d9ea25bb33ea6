"""Sanity checks of the report PDF generator, read back with pdfplumber alone (no extractor)."""

import re

import pdfplumber
import pytest
from hypothesis import HealthCheck, given, settings
from pdfgen import Programme, Report, render_report, reports, sample_like_report

TITLE = "Sefton Annual Police and Crime Commissioner Report"
# Column edges of the landscape table, in points from the left (the grid's rules).
EXPECTED_LEFT, OUTCOMES_LEFT = 215, 427
BELOW_TITLE = 50  # the running title's words sit at top 37


def long_row_report() -> Report:
    """Three rows; the middle one has 60 numbered paragraphs, far taller than a page."""
    outcomes = [
        f"Outcome {n} of the long row supported {n * 37:,} residents and {n * 3} schools "
        "across the district, with partners and volunteers."
        for n in range(1, 61)
    ]
    return Report(
        "Sefton",
        "2019/20",
        ["A short overview of the year."],
        [
            Programme(["Before activity."], ["Before expectation."], ["Before outcome."]),
            Programme(["Long activity."], ["Long expectation."], outcomes, "Long Row"),
            Programme(["After activity."], ["After expectation."], ["After outcome."]),
        ],
    )


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory):
    path = render_report(long_row_report(), tmp_path_factory.mktemp("long") / "long.pdf")
    with pdfplumber.open(path) as pdf:
        yield pdf


def first_table_words(page) -> list[dict]:
    """The words of the first line under the running title."""
    words = [w for w in page.extract_words() if w["top"] > BELOW_TITLE]
    top = min(w["top"] for w in words)
    return [w for w in words if abs(w["top"] - top) < 1]


def outcome_numbers(page) -> list[int]:
    return [int(n) for n in re.findall(r"Outcome (\d+) ", page.extract_text())]


def test_long_report_has_the_running_title_on_every_page(long_pdf):
    assert len(long_pdf.pages) == 5
    for page in long_pdf.pages:
        assert page.extract_text_lines()[0]["text"] == TITLE
        assert (round(page.width), round(page.height)) == (842, 595)


def test_a_long_row_goes_on_at_the_top_of_the_next_pages(long_pdf):
    pages = long_pdf.pages
    assert "After outcome." in pages[-1].extract_text()
    for before, page in zip(pages[1:], pages[2:]):
        line = first_table_words(page)
        # Only the Outcomes column goes on: Activity and Expected Outcomes ended on page 2.
        assert all(w["x0"] > OUTCOMES_LEFT for w in line), line
        # ...from where the page before stopped: the same paragraph or the next one.
        assert outcome_numbers(page)[0] - outcome_numbers(before)[-1] in (0, 1)
    assert outcome_numbers(pages[1])[0] == 1 and outcome_numbers(pages[-1])[-1] == 60


def horizontal_rules(page) -> list[float]:
    return sorted(line["top"] for line in page.lines if line["width"] > 100)


@pytest.mark.parametrize("closed_grid", [False, True])
def test_the_grid_at_a_cut_row_is_open_unless_closed_grid(tmp_path, closed_grid):
    path = render_report(long_row_report(), tmp_path / "r.pdf", closed_grid=closed_grid)
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[2]
        text_top = first_table_words(page)[0]["top"]
        rules_above_text = [r for r in horizontal_rules(page) if r < text_top]
        assert len(rules_above_text) == (1 if closed_grid else 0)


def test_unruled_tables_have_no_lines_or_rects(tmp_path):
    ruled = render_report(long_row_report(), tmp_path / "ruled.pdf")
    unruled = render_report(long_row_report(), tmp_path / "unruled.pdf", ruled=False)
    with pdfplumber.open(ruled) as pdf:
        assert all(page.lines for page in pdf.pages[1:])
    with pdfplumber.open(unruled) as pdf:
        assert not any(page.lines or page.rects or page.curves for page in pdf.pages)


@pytest.mark.parametrize("landscape, size", [(True, (842, 595)), (False, (595, 842))])
def test_page_orientation(tmp_path, landscape, size):
    path = render_report(long_row_report(), tmp_path / "r.pdf", landscape=landscape)
    with pdfplumber.open(path) as pdf:
        assert {(round(p.width), round(p.height)) for p in pdf.pages} == {size}


def page_texts(path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() for page in pdf.pages]


def test_header_row_once_or_on_every_page(tmp_path):
    once = page_texts(render_report(long_row_report(), tmp_path / "once.pdf"))
    every = page_texts(render_report(long_row_report(), tmp_path / "r.pdf", repeat_header=True))
    assert ["Expected Outcomes" in t for t in once] == [False, True, False, False, False]
    assert ["Expected Outcomes" in t for t in every] == [False, True, True, True, True]


def test_page_numbers_in_the_footer(tmp_path):
    plain = page_texts(render_report(long_row_report(), tmp_path / "plain.pdf"))
    numbered = page_texts(render_report(long_row_report(), tmp_path / "n.pdf", page_numbers=True))
    assert not any("Page " in t for t in plain)
    assert [t.splitlines()[-1] for t in numbered] == [f"Page {n}" for n in range(1, 6)]


def test_table_after_the_prose_on_the_same_page(tmp_path):
    heading = "Police and Crime Commissioner Funded Programmes 2019/20"
    apart = page_texts(render_report(long_row_report(), tmp_path / "apart.pdf"))
    together = render_report(long_row_report(), tmp_path / "t.pdf", table_on_new_page=False)
    assert heading not in apart[0] and heading in apart[1]
    assert heading in page_texts(together)[0]


def test_font_family_and_its_bold(tmp_path):
    path = render_report(long_row_report(), tmp_path / "r.pdf", font="Times-Roman")
    with pdfplumber.open(path) as pdf:
        fonts = {c["fontname"] for page in pdf.pages for c in page.chars}
    assert fonts == {"Times-Roman", "Times-Bold"}


def test_markup_characters_are_printed_as_text(tmp_path):
    text = "Crime & <ASB> fell by 12%."  # short: one line in every column
    report = Report("Sefton", "2019/20", [text], [Programme([text], [text], [text], text)])
    texts = page_texts(render_report(report, tmp_path / "r.pdf"))
    assert texts[0].count(text) == 1 and texts[1].count(text) == 4  # title and three cells


def test_same_report_same_bytes(tmp_path):
    first = render_report(long_row_report(), tmp_path / "a.pdf").read_bytes()
    assert render_report(long_row_report(), tmp_path / "b.pdf").read_bytes() == first


def test_sample_like_report_is_laid_out_like_the_sample(tmp_path):
    report = sample_like_report()
    assert (len(report.overview), len(report.programmes)) == (8, 13)
    with pdfplumber.open(render_report(report, tmp_path / "wirral.pdf")) as pdf:
        assert len(pdf.pages) == 4  # as the sample: prose, then three pages of table
        # Rows 6 and 9 break across pages 2-3 and 3-4, their Activity cells ended before.
        for page in pdf.pages[2:]:
            assert all(w["x0"] > EXPECTED_LEFT for w in first_table_words(page))
        assert first_table_words(pdf.pages[2])[0]["text"] == "#GTTS"


def test_sample_like_report_is_fresh_each_time_and_takes_overrides():
    changed = sample_like_report(district="Sefton", period="2020/21")
    changed.programmes[7].outcomes[0] = "changed"
    again = sample_like_report()
    assert changed.running_title == TITLE
    assert changed.table_heading.endswith("2020/21")
    assert again.district == "Wirral"
    assert again.programmes[7].outcomes[0].startswith("Over the year the Youth Justice")


PRINTABLE = re.compile(r"^[A-Za-z0-9 ,.%-]+$")  # plain ASCII every base-14 font has


def is_sentence(text: str) -> bool:
    """One full stop, at the end ("23.5%" aside), and no word ending in a hyphen."""
    return bool(
        PRINTABLE.match(text)
        and text.endswith(".")
        and text.replace(".5%", "").count(".") == 1
        and not re.search(r"-(\s|$)", text)
    )


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=reports())
def test_random_reports_are_well_formed_and_render(tmp_path_factory, report):
    assert 1 <= len(report.overview) <= 4 and 1 <= len(report.programmes) <= 12
    for p in report.programmes:
        assert (0 if p.activity_title else 1) <= len(p.activity) <= 4
        assert 1 <= len(p.expected_outcomes) <= 4 and 1 <= len(p.outcomes) <= 4
    cells = [p.activity + p.expected_outcomes + p.outcomes for p in report.programmes]
    assert all(is_sentence(t) for t in report.overview + sum(cells, []))
    path = render_report(report, tmp_path_factory.mktemp("random") / "r.pdf")
    with pdfplumber.open(path) as pdf:
        assert pdf.pages[0].extract_text_lines()[0]["text"] == report.running_title
