"""Render report PDFs of the annual-report template with reportlab, for tests.

The layout follows the real reports: a running title on every page, an overview
heading and prose, then the funded-programmes heading and a three-column table
whose rows may break across pages.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from pathlib import Path
from xml.sax.saxutils import escape

from hypothesis import strategies as st
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as to_landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

HEADER = ["Activity", "Expected Outcomes", "Outcomes"]
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}


@dataclass
class Programme:
    activity: list[str]
    expected_outcomes: list[str]
    outcomes: list[str]
    activity_title: str | None = None


@dataclass
class Report:
    district: str
    period: str
    overview: list[str]
    programmes: list[Programme] = field(default_factory=list)

    @property
    def running_title(self) -> str:
        return f"{self.district} Annual Police and Crime Commissioner Report"

    @property
    def overview_heading(self) -> str:
        return f"{self.district} Neighbourhoods are Safe Overview {self.period}"

    @property
    def table_heading(self) -> str:
        return f"Police and Crime Commissioner Funded Programmes {self.period}"


def styles(font: str) -> dict[str, ParagraphStyle]:
    bold = BOLD[font]
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=14, leading=17),
        "heading": ParagraphStyle("heading", fontName=bold, fontSize=13, leading=16, spaceAfter=8),
        "body": ParagraphStyle("body", fontName=font, fontSize=10, leading=13, spaceAfter=6),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=9, leading=11, spaceAfter=3),
        "cell_bold": ParagraphStyle("cell_bold", fontName=bold, fontSize=9, leading=11),
    }


def cell_flowables(paragraphs: list[str], s: dict, title: str | None = None) -> list[Paragraph]:
    found = [Paragraph(escape(title), s["cell_bold"])] if title else []
    return found + [Paragraph(escape(p), s["cell"]) for p in paragraphs]


def programme_table(report: Report, s: dict, width: float, ruled: bool, repeat: bool) -> Table:
    header = [Paragraph(escape(h), s["cell_bold"]) for h in HEADER]
    rows = [header] + [
        [
            cell_flowables(p.activity, s, p.activity_title),
            cell_flowables(p.expected_outcomes, s),
            cell_flowables(p.outcomes, s),
        ]
        for p in report.programmes
    ]
    widths = [width * 0.23, width * 0.29, width * 0.48]
    table = Table(rows, colWidths=widths, repeatRows=1 if repeat else 0, splitInRow=1, splitByRow=1)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]
    if ruled:
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    else:
        commands.append(("TOPPADDING", (0, 1), (-1, -1), 10))
    table.setStyle(TableStyle(commands))
    return table


def render_report(
    report: Report,
    path,
    *,
    landscape: bool = True,
    ruled: bool = True,
    repeat_header: bool = False,
    font: str = "Helvetica",
    page_numbers: bool = False,
    table_on_new_page: bool = True,
) -> Path:
    """Write the report as a PDF at path and return the path."""
    path = Path(path)
    size = to_landscape(A4) if landscape else A4
    s = styles(font)
    margin = 1.6 * cm
    doc = SimpleDocTemplate(
        str(path),
        pagesize=size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=2.4 * cm,
        bottomMargin=1.8 * cm,
        title=report.running_title,
    )

    def decorate(canvas, doc_):
        canvas.saveState()
        canvas.setFont(BOLD[font], 14)
        canvas.drawString(margin, size[1] - 1.4 * cm, report.running_title)
        if page_numbers:
            canvas.setFont(font, 9)
            canvas.drawCentredString(size[0] / 2, 0.9 * cm, f"Page {doc_.page}")
        canvas.restoreState()

    story = [Paragraph(escape(report.overview_heading), s["heading"])]
    story += [Paragraph(escape(p), s["body"]) for p in report.overview]
    story.append(PageBreak() if table_on_new_page else Spacer(1, 8))
    table = programme_table(report, s, size[0] - 2 * margin, ruled, repeat_header)
    story += [KeepTogether([Paragraph(escape(report.table_heading), s["heading"])]), table]
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return path


def sample_like_report(**overrides) -> Report:
    """The sample report's own texts (Wirral 2018/19), abridged to the rows with figures."""
    report = Report(
        district="Wirral",
        period="2018/19",
        overview=[
            "A reduction of 30% in Wirral residents reporting anti-social behaviour "
            "demonstrates the measure of community confidence and security being "
            "experienced across Wirral.",
            "The youth re-offending rate has decreased by 3.3% as a consequence of the "
            "education, support and enforcement action delivered through the Youth Justice "
            "service providing 669 interventions to 351 children and 29 parents.",
        ],
        programmes=[
            Programme(
                activity=["Deliver challenging racism workshops."],
                expected_outcomes=["Schools supported to build on learning delivered."],
                outcomes=[
                    "The number of referrals to the Hate MARAC increased from 103 in the "
                    "previous year to 188."
                ],
            ),
            Programme(
                activity=["Anti Social Behaviour"],
                activity_title="CSP Funding Element",
                expected_outcomes=["Evidence based multi-agency ASB prevention."],
                outcomes=[
                    "A reduction of 30% in Wirral residents reporting anti-social behaviour "
                    "demonstrates the measure of community confidence.",
                    "This was a drop from 8,617 ASB incidents to 6,029 incidents in successive "
                    "years or 2,588 less ASB incidents in the last year.",
                ],
            ),
            Programme(
                activity=["Contribution to Youth Offending Team staffing costs"],
                activity_title="Youth Offending",
                expected_outcomes=[
                    "Reduced offenders aged 10-17",
                    "Reduction in Re offending",
                ],
                outcomes=[
                    "Over the year the Youth Justice Service delivered 669 interventions to "
                    "380 people. This comprised 29 parents and 351 children or young people.",
                    "The binary re-offending rate in Wirral for April 2016 to March 2017 after "
                    "12 months is 39%.",
                ],
            ),
        ],
    )
    return replace(report, **overrides)


# Random reports for round-trip tests.
WORDS = (
    "community safety partners deliver support victims training schools police youth service "
    "referrals project volunteers engagement reduction prevention awareness residents programme "
    "offenders outcomes local agencies abuse domestic hate crime"
).split()
DISTRICTS = ["Wirral", "Sefton", "Knowsley", "Liverpool", "St Helens"]


# Random paragraphs are one sentence of comma-separated clauses. A paragraph cut by a
# page break right after a full stop, on a full line, reads the same as two paragraphs
# (no reader can tell them apart), so generated text keeps full stops for paragraph ends.
@st.composite
def clauses(draw, min_words: int = 2, max_words: int = 10) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=min_words, max_size=max_words))
    if draw(st.booleans()):
        figure = draw(st.sampled_from(["{:,}", "{}%", "{}.5%"])).format(draw(st.integers(2, 20000)))
        words.insert(draw(st.integers(0, len(words))), figure)
    return " ".join(words)


def as_sentence(parts: list[str]) -> str:
    text = ", ".join(parts)
    return text[0].upper() + text[1:] + "."


@st.composite
def paragraphs(draw, max_clauses: int = 6) -> str:
    return as_sentence(draw(st.lists(clauses(), min_size=1, max_size=max_clauses)))


@st.composite
def programmes(draw, long: bool = False) -> Programme:
    cell = st.lists(paragraphs(16 if long else 6), min_size=1, max_size=6 if long else 3)
    title = draw(st.one_of(st.none(), clauses(2, 5).map(lambda t: t[0].upper() + t[1:])))
    return Programme(draw(cell), draw(cell), draw(cell), activity_title=title)


@st.composite
def reports(draw) -> Report:
    start = draw(st.integers(2015, 2030))
    return Report(
        district=draw(st.sampled_from(DISTRICTS)),
        period=f"{start}/{(start + 1) % 100:02d}",
        overview=draw(st.lists(paragraphs(), min_size=1, max_size=4)),
        programmes=draw(st.lists(programmes(long=draw(st.booleans())), min_size=1, max_size=8)),
    )


def random_report(seed: int, programmes_count: int = 6) -> Report:
    """A reproducible report without hypothesis, for benchmarks and fixtures."""
    rng = random.Random(seed)

    def clause() -> str:
        words = rng.choices(WORDS, k=rng.randint(3, 10))
        words.insert(rng.randint(0, len(words)), f"{rng.randint(2, 9999):,}")
        return " ".join(words)

    def paragraph() -> str:
        return as_sentence([clause() for _ in range(rng.randint(1, 8))])

    def cell() -> list[str]:
        return [paragraph() for _ in range(rng.randint(1, 4))]

    start = rng.randint(2015, 2030)
    return Report(
        district=rng.choice(DISTRICTS),
        period=f"{start}/{(start + 1) % 100:02d}",
        overview=[paragraph() for _ in range(3)],
        programmes=[Programme(cell(), cell(), cell()) for _ in range(programmes_count)],
    )
