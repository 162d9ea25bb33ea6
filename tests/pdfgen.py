"""Render report PDFs of the annual-report template with reportlab, for tests.

The layout mimics samples/wirral-2018-19.pdf (a Word document exported to PDF): A4
landscape, a running title on every page, the overview heading and prose, then the
funded-programmes heading and a three-column table whose rows break across pages the way
Word's "allow row to break across pages" does: the row goes on at the top of the next page,
with empty cells in the columns whose text had already ended.
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
    CondPageBreak,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

HEADER = ["Activity", "Expected Outcomes", "Outcomes"]
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}
DISTRICTS = ["Wirral", "Sefton", "Knowsley", "Liverpool", "St Helens"]

# Geometry measured on the sample (points from the page's top-left corner).
COLUMN_SHARES = (0.231, 0.288, 0.481)
LEFT_MARGIN, RIGHT_MARGIN = 1.6 * cm, 2.1 * cm
TOP_MARGIN, BOTTOM_MARGIN = 1.85 * cm, 1.7 * cm
TITLE_BASELINE, FOOTER_BASELINE = 1.7 * cm, 0.9 * cm
RULE = (0.5, colors.black)  # line width and colour of the table's grid
# Room the table needs below the prose for its heading, header row and a first line;
# less, and it starts on the next page (else a lone header row could end a page).
TABLE_START_ROOM = 3 * cm


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
    """Sizes and spacing of the sample: paragraph gaps clearly wider than the line pitch."""
    bold = BOLD[font]
    # No hyphenation and no split words: a line never ends in a "-" the text lacks.
    plain = {"embeddedHyphenation": 0, "splitLongWords": 0, "hyphenationLang": ""}
    return {
        "heading": ParagraphStyle(
            "heading", fontName=bold, fontSize=13, leading=16, spaceBefore=8, spaceAfter=13
        ),
        "body": ParagraphStyle(
            "body", fontName=font, fontSize=10, leading=13, spaceAfter=6, **plain
        ),
        "cell": ParagraphStyle(
            "cell", fontName=font, fontSize=10, leading=11.5, spaceAfter=3, **plain
        ),
        "cell_title": ParagraphStyle(
            "cell_title", fontName=bold, fontSize=10, leading=11.5, **plain
        ),
    }


def para(text: str, style: ParagraphStyle) -> Paragraph:
    # Paragraph parses its text as markup: "&", "<" and ">" must be entities.
    return Paragraph(escape(text), style)


def cell(paragraphs: list[str], s: dict, title: str | None = None) -> list[Paragraph]:
    head = [para(title, s["cell_title"])] if title else []
    return head + [para(p, s["cell"]) for p in paragraphs]


def table_rows(report: Report, s: dict) -> list[list[list[Paragraph]]]:
    rows = [[cell([], s, h) for h in HEADER]]
    for p in report.programmes:
        activity = cell(p.activity, s, p.activity_title)
        rows.append([activity, cell(p.expected_outcomes, s), cell(p.outcomes, s)])
    return rows


def table_style(ruled: bool) -> TableStyle:
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5.5),
        # Tight rows like Word's: the last paragraph's space after is the only bottom margin.
        ("TOPPADDING", (0, 0), (-1, -1), 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if ruled:
        commands.append(("GRID", (0, 0), (-1, -1), *RULE))
    else:
        # Without rules only white space tells rows apart: make it wider than a paragraph gap.
        commands.append(("TOPPADDING", (0, 1), (-1, -1), 10))
    return TableStyle(commands)


class ClosedGridTable(Table):
    """A ruled table whose grid is closed where a page break cuts a row, as Word draws it.

    reportlab leaves the cut open (no rule below the first part, none above the rest) to
    show the row goes on; Word rules both, like every other row edge.
    """

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2 and self.cut_inside_row(*parts):
            top = self.repeatRows  # the continuation comes after the repeated header rows
            parts[0].setStyle([("LINEBELOW", (0, -1), (-1, -1), *RULE)])
            parts[1].setStyle([("LINEABOVE", (0, top), (-1, top), *RULE)])
        return parts

    def cut_inside_row(self, first: Table, rest: Table) -> bool:
        # Cutting inside a row makes two rows of it; cutting between rows keeps the count.
        return first._nrows + rest._nrows - self.repeatRows == self._nrows + 1


def programme_table(
    report: Report,
    s: dict,
    width: float,
    *,
    ruled: bool,
    repeat_header: bool,
    closed_grid: bool,
) -> Table:
    # splitByRow=0 tries first to cut the row that reaches the page bottom (Word's "allow
    # row to break across pages"). splitByRow=1 would move it to the next page only to
    # have the frame offer the rest of the table the space left, where splitInRow cuts it
    # anyway. splitInRow is the least height (points) the part above a cut may have.
    table_class = ClosedGridTable if ruled and closed_grid else Table
    return table_class(
        table_rows(report, s),
        colWidths=[width * share for share in COLUMN_SHARES],
        style=table_style(ruled),
        repeatRows=1 if repeat_header else 0,
        splitByRow=0,
        splitInRow=1,
    )


def page_decorator(report: Report, font: str, page_numbers: bool):
    """Draws what Word puts in the page header and footer, on every page."""

    def decorate(canvas, doc) -> None:
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setFont(BOLD[font], 14)
        canvas.drawString(LEFT_MARGIN, height - TITLE_BASELINE, report.running_title)
        if page_numbers:
            canvas.setFont(font, 9)
            canvas.drawCentredString(width / 2, FOOTER_BASELINE, f"Page {doc.page}")
        canvas.restoreState()

    return decorate


def story(report: Report, s: dict, table: Table, table_on_new_page: bool) -> list:
    flowables = [para(report.overview_heading, s["heading"])]
    flowables += [para(p, s["body"]) for p in report.overview]
    flowables.append(PageBreak() if table_on_new_page else CondPageBreak(TABLE_START_ROOM))
    return flowables + [para(report.table_heading, s["heading"]), table]


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
    closed_grid: bool = False,
) -> Path:
    """Write the report as a PDF at path and return the path.

    font is a base-14 family: "Helvetica", "Times-Roman" or "Courier". closed_grid rules
    both sides of a page break that cuts a row, as Word (and the sample) does; by default
    the cut stays open, as reportlab draws it.
    """
    path = Path(path)
    size = to_landscape(A4) if landscape else A4
    s = styles(font)
    table = programme_table(
        report,
        s,
        size[0] - LEFT_MARGIN - RIGHT_MARGIN,
        ruled=ruled,
        repeat_header=repeat_header,
        closed_grid=closed_grid,
    )
    doc = SimpleDocTemplate(
        str(path),
        pagesize=size,
        leftMargin=LEFT_MARGIN,
        rightMargin=RIGHT_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=report.running_title,
        invariant=1,  # same report, same bytes: no timestamps or random ids
    )
    decorate = page_decorator(report, font, page_numbers)
    doc.build(
        story(report, s, table, table_on_new_page), onFirstPage=decorate, onLaterPages=decorate
    )
    return path


def sample_like_report(**overrides) -> Report:
    """The sample report's own texts (Wirral 2018/19), fresh objects on every call.

    overrides replace Report fields, e.g. district="Sefton"; change a figure by editing
    the returned programmes.
    """
    report = Report(
        district="Wirral",
        period="2018/19",
        overview=list(SAMPLE_OVERVIEW),
        programmes=[
            Programme(list(a), list(e), list(o), activity_title=title)
            for title, a, e, o in SAMPLE_ROWS
        ],
    )
    return replace(report, **overrides)


# The sample's texts, as in ../shared/reference/wirral-2018-19-text-extraction.txt: one
# string per paragraph (a cell's <p>, a numbered item), bold titles apart.
SAMPLE_OVERVIEW = [
    "A reduction of 30% in Wirral residents reporting anti-social behaviour demonstrates "
    "the measure of community confidence and security being experienced across Wirral "
    "vindicating the 'Safer Wirral Hub' approach which serves to coordinate and focus those "
    "organisations that influence crime levels, along with the traditional statutory "
    "agencies, and more importantly, the communities themselves.",
    "There was a 10% rise in crimes recorded by the Police, but this does not necessarily "
    "reflect what occurs on the street. Wirral has maintained the 4th lowest crime rate "
    "throughout the year, when compared to the 15 similar areas defined by the Home Office. "
    "Wirral shares the lowest crime rate in Merseyside with Sefton at 79 crimes per "
    "thousand population over the last year. The youth re-offending rate has decreased by "
    "3.3% as a consequence of the education, support and enforcement action delivered "
    "through the Youth Justice service providing 669 interventions to 351 children and 29 "
    "parents.",
    "Like Wirral, most areas in England and Wales have experienced an increase in recorded "
    "crime, but this is not reflected in the Crime Survey for England and Wales, which is "
    "seen as a more consistent measure. This can be explained by both changes in recording "
    "practises and increases in reporting hitherto under-reported crime types, such as "
    "domestic or historic abuse.",
    "Wirral has been an integral part of the collaborative Merseyside-wide serious violent "
    "crime prevention initiative, with Police and Partners working to address the causes of "
    "violent crime, particularly knife crime. Working with schools, hospitals, youth "
    "services, housing and others, prevention and education have been prioritised to "
    "protect the most vulnerable from being drawn into gangs or criminality or from "
    "becoming a victim, particularly through carrying a knife or weapon.",
    "A large degree of credit should go to Wirral communities, who have rolled up their "
    "sleeves and volunteered help on various initiatives:",
    "The number of Wirral residents signing up to the Good Neighbour scheme has now reached "
    "6,228 thanks to the 'Connect Us', group having called on 30,665 householders. Amongst "
    "many other activities, the Wirral Together campaign has run 19 Arson Reduction "
    "campaigns including 1,637 interventions, and the 'Fit & Fed' initiative combined "
    "sports and two healthy meals for 500 young people. 23 tonnes of waste were cleared "
    "from Birkenhead and Tranmere Ward alone during a series of 'clean up days' involving "
    "communities in clearing 'grot spot' areas enlisting voluntary and community groups, "
    "Council, Police, Fire service, as well as former offenders through the 'Community "
    "Payback' scheme.",
    "Targeting the most likely causes of crime, Wirral Ways to Recovery work to reduce "
    "reoffending by increasing the support offered to offenders leaving custody with drug "
    "and alcohol issues, and the Reduce the Strength initiative has encouraged 107 "
    "off-licences in volunteering to support children and street drinkers who suffer "
    "alcohol problems, by ending the sale of the cheap high-alcohol drinks and referring "
    "people for support.",
    "Wirral continues to adapt to the new challenges such as modern slavery, cybercrime, "
    "and counter terrorism, where training and awareness-raising across all sectors of the "
    "community help to identify and redress the issues of vulnerability, prioritising "
    "education, prevention and support for the vulnerable.",
]

SAMPLE_ROWS = [
    (
        None,
        [
            "Deliver challenging racism workshops. Plan and provide staff training on hate "
            "crime and support schools to update policy and procedure. Update data sharing "
            "protocols",
        ],
        [
            "Schools supported to build on learning delivered. Resources will be made "
            "available including on-line facilities, learning packs. Schools Equality "
            "Charter: policies, practice, evidence of understanding of diversity and "
            "equality, and whole school commitment to cohesion.",
        ],
        [
            "The number of referrals to the Hate MARAC increased from 103 in the previous "
            "year to 188. Referrals to Wirral Hate MARAC (Multi Agency Risk Assessment "
            "Conference) have the victim's consent to share details amongst all agencies. "
            "This allows a wrap-around service for the victims concerns and "
            "vulnerabilities. Hate crime going through the criminal justice system also "
            "rose from 346 in the previous year to 408 with Wirral experiencing the highest "
            "percentage of solved hate crimes in Merseyside at 23.5% where the Merseyside "
            "average is 14%.",
        ],
    ),
    (
        "Integrated Offender Management",
        [],
        [
            "Reduced Reoffending both in terms of level and seriousness of offending",
        ],
        [
            "On average a monthly total of 80 prolific offenders (including domestic "
            "violence perpetrators) have been supervised in the community with notable "
            "reductions in crime and disorder from amongst this cohort.",
        ],
    ),
    (
        None,
        [
            "Target Hardening to protect high risk domestic abuse and hate crime victims "
            "from repeat victimisation",
        ],
        [
            "Target hardening for properties of vulnerable victims assessed as high risk of "
            "repeat victimisation",
        ],
        [
            "186 addresses were target-hardened including property damage repairs, "
            "increased security, lock changes and CCTV. Victims deemed at high risk of "
            "repeat-victimisation of either hate crime or domestic abuse are given "
            "immediate respite from the threat placed on their homes. As well as repairs "
            "and strengthened security, CCTV cameras are used, (where appropriate), both as "
            "a deterrent and a means of capturing evidence.",
        ],
    ),
    (
        None,
        [
            "Schools training preventing extremism",
        ],
        [
            "Developing a skills-based approach to tackling radicalisation",
        ],
        [
            "The 'Skills to Reduce Radicalisation' programme was delivered in 10 schools "
            "engaging over 400 young people. By training teachers to use a free on-line "
            "tool providing interactive class-based scenarios, pupils are given the "
            "opportunity to understand, practise and thereby develop the skills required to "
            "identify and reject attempts at grooming themselves or others.",
        ],
    ),
    (
        None,
        [
            "Prevent Training",
        ],
        [
            "Ensuring induction and refresher training for Prevent is relevant and "
            "available. Creating a Prevent training resource forum to develop trainer "
            "skills and identify training requirements",
        ],
        [
            "The number of agencies and trainers providing a Prevent multi agency training "
            "has increased from one to three and the numbers trained overall now exceeds "
            "1,000. This has led to increased numbers of individuals identified as being "
            "vulnerable to radicalisation and extremism being referred through to Police "
            "Counter Terrorism Prevent Team and the Wirral Channel Panel.",
        ],
    ),
    (
        None,
        [
            "Creating Community Domestic Abuse Champions",
        ],
        [
            "Creating mentoring process for victims and enabling increased referral pathways",
        ],
        [
            "Wirral manage a peer mentoring service for domestic abuse. This service offers "
            "learned and shared experience for survivors of domestic abuse based within the "
            "community led by volunteers. There are over 24 volunteers and the number is "
            "growing, mainly through word of mouth.",
            "The project is called #GotTheTeeShirt based on the concept that they have been "
            "there and done that. In recognition that isolation, fear, and lack of "
            "understanding of the dynamics of abuse can be key factors in survivors "
            "becoming stuck in a cycle of repeat behaviours and outcomes.",
            "#GTTS offers our volunteers accredited training to be a peer mentor, as well "
            "as regular training and development in safeguarding and domestic abuse.",
            "#GGTS takes referrals from all agencies as well as offering a weekly drop in "
            "service in a community café and working in local schools to encourage parents "
            "to attend. They can choose to work 1-2-1 with a mentor or in a group depending "
            "on their needs.",
            "Many of our volunteers and client access other services including debt "
            "management, welfare and benefits advice and specialist domestic abuse support "
            "for children.",
        ],
    ),
    (
        "CSP Funding Element",
        [
            "Anti Social Behaviour",
        ],
        [
            "Evidence based multi-agency ASB prevention and problem solving",
        ],
        [
            "A reduction of 30% in Wirral residents reporting anti-social behaviour "
            "demonstrates the measure of community confidence and security being "
            "experienced across Wirral.",
            "This was a drop from 8,617 ASB incidents to 6,029 incidents in successive "
            "years or 2,588 less ASB incidents in the last year.",
        ],
    ),
    (
        "Youth Offending",
        [
            "Contribution to Youth Offending Team staffing costs",
        ],
        [
            "Reduced offenders aged 10-17",
            "Reduction in Re offending",
            "Reduction in First Time Entrants",
        ],
        [
            "Over the year the Youth Justice Service delivered 669 interventions to 380 "
            "people. This comprised 29 parents and 351 children or young people.",
            "Available re-offending rates are for 2016/17:",
            "The re-offences per re-offender average rate for the April 2016 to March 2017 "
            "is 5.22.",
            "The binary re-offending rate in Wirral for April 2016 to March 2017 after 12 "
            "months is 39%.",
            "This compares with a rate of 40.9% across England and 46.1% across Merseyside",
        ],
    ),
    (
        "Insight Work (BAME/LGBT)",
        [
            "Insight work with BAME & LGBT communities across Wirral to identify the scale "
            "of DA & wider harms and ensure effective referral pathways.",
        ],
        [
            "1. Develop a valid method for carrying out the research to produce "
            "comprehensive and credible findings, conclusions and recommendations.",
            "2. Ethnographic studies - participants from a representative cross-section of "
            "the local BAME and LGBT population.",
            "3. Production of a final report detailing conclusions and recommendations.",
            "4. Presentation of the final report to Wirral Domestic Abuse Alliance.",
        ],
        [
            "Domestic abuse training has been provided to 105 professionals over the last "
            "12 months.",
            "The FSU (Family Safety Unit) provides an Independent Domestic Abuse Advocate "
            "service operating on a 7 day a week basis ensuring contact is attempted within "
            "24hrs of an incident in 100% of referrals.",
            "2 students have been able to undertake placements within the family safety Unit.",
            "4 volunteers have given over 300hrs of their time supporting the FSU (Family "
            "Safety Unit)",
            "1,145 Children have been offered support around the effects of domestic abuse "
            "with the support of the FSU and Domestic Abuse MARAC (Multi Agency Risk "
            "Assessment Conference).",
            "248 Clients felt safer at the end of the support.",
            "417 victims where supported with safety planning.",
            "76 clients were supported to get protective court orders.",
            "66 Victims where supported in securing safe accommodation after fleeing "
            "Domestic abuse.",
        ],
    ),
    (
        "IOM",
        [
            "Integrated Offender Management Review",
        ],
        [
            "Academic rigour / scrutiny of assessment whether the IOM programme is "
            "successful in delivering changes in offending behaviour",
        ],
        [
            "This process demonstrates the reduction of both repeat-victimisation rates and "
            "repeat offending rates for the cohort of prolific domestic abuse offenders "
            "identified by the integrated Offender Management Team.",
            "The Integrated Offender Management process is led by Police and rehabilitation "
            "services: Community Rehabilitation Company and National Probation Service.",
        ],
    ),
    (
        "Hate Crime Insight Work",
        [
            "Mapping scale, scope and adequacy of processes in reporting hate crime to the MARAC",
        ],
        [
            "Increased reporting of hate crime (reduced under reporting)",
        ],
        [
            "Liverpool John Moores University commissioned to conduct a series of "
            "structured interviews of both hate crime victim advocate agencies and hate "
            "crime victims to assess the success of the Wirral hate Crime MARAC (Multi "
            "Agency Risk Assessment Conference) process.",
            "An increase in 'hard to reach' groups seeking support has included "
            "representation from the travelling community, asylum seekers, refugees, sex "
            "workers, and victims of historic abuse.",
        ],
    ),
    (
        None,
        [
            "Domestic Abuse perpetrator programmes",
        ],
        [
            "Change the offending behaviour of domestic abuse perpetrator",
        ],
        [
            "The process addresses criminogenic need such as Education, Employment, "
            "Housing, Mental Health and Drug and Alcohol issues as well as a programme "
            "forcing offenders to confront their offending behaviours.",
        ],
    ),
    (
        None,
        [
            "ASB reduction",
        ],
        [
            "Reductions in levels of anti-social behaviour in targeted areas.",
            "Increased training and education opportunities for young people.",
            "Referrals into partner services of young people who would otherwise not engage "
            "with such services.",
            "Increased levels of physical activity by young people.",
        ],
        [
            "PCC funded posts engaged in a variety of projects complemented by external funding:",
            "Fit and Fed – July and August (Summer Holidays) a Summer programme for over "
            "500 young people who engaged in sporting activity and received 2 healthy meals "
            "throughout the day as part of the delivery model.",
            "Operation Banger engaged with over 200 young people in diversionary activities "
            "over the Halloween, Mischief night and Bonfire night periods to deter them "
            "from ASB in hot-spot locations.",
            "Pathfinder Project was delivered in 7 Schools, to over 280 students from Years "
            "10 and 11. The project targeted students at risk of exclusion over January, "
            "February and March to improve relations with the Police. Topics included Knife "
            "Crime, Scrambler Bikes, Criminality and Gangs, Substance mis-use, and Domestic "
            "Violence.",
            "National Citizen Service engaged over 200 sixteen-year-old school leavers over "
            "June, July and August working for 4 weeks at a residential home residential "
            "resulting in a project to benefit the local community.",
        ],
    ),
]


# Random reports. A paragraph is one sentence of comma-separated clauses, so a full stop
# ends a paragraph and nothing else: a paragraph cut by a page break right after a full
# stop on a full line reads the same as two paragraphs, and no reader can tell them apart.
WORDS = (
    "community safety partners deliver support victims training schools police youth service "
    "referrals project volunteers engagement reduction prevention awareness residents programme "
    "offenders outcomes local agencies abuse domestic hate crime re-offending anti-social "
    "multi-agency Merseyside MARAC ASB"
).split()


def figures() -> st.SearchStrategy[str]:
    return st.one_of(
        st.integers(2, 99_999).map("{:,}".format),
        st.integers(1, 99).map("{}%".format),
        st.integers(1, 99).map("{}.5%".format),
    )


@st.composite
def clauses(draw, min_words: int = 2, max_words: int = 8) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=min_words, max_size=max_words))
    if draw(st.booleans()):
        words.insert(draw(st.integers(0, len(words))), draw(figures()))
    return " ".join(words)


def capitalised(text: str) -> str:
    return text[0].upper() + text[1:]


def as_sentence(parts: list[str]) -> str:
    return capitalised(", ".join(parts)) + "."


def sentences(max_clauses: int) -> st.SearchStrategy[str]:
    return st.lists(clauses(), min_size=1, max_size=max_clauses).map(as_sentence)


def cells(long: bool) -> st.SearchStrategy[list[str]]:
    # Long cells (paragraphs of up to 12 clauses) make rows reach a page bottom and break.
    if long:
        return st.lists(sentences(12), min_size=2, max_size=4)
    return st.lists(sentences(4), min_size=1, max_size=4)


@st.composite
def programmes(draw) -> Programme:
    any_cell = st.sampled_from([False, False, True]).flatmap(cells)  # one cell in three long
    title = draw(st.none() | clauses(2, 4).map(capitalised))
    # A titled Activity cell may be the title alone, like the sample's second row.
    activity = [] if title and draw(st.integers(0, 3)) == 0 else draw(any_cell)
    return Programme(activity, draw(any_cell), draw(any_cell), activity_title=title)


@st.composite
def reports(draw) -> Report:
    start = draw(st.integers(2015, 2030))
    return Report(
        district=draw(st.sampled_from(DISTRICTS)),
        period=f"{start}/{(start + 1) % 100:02d}",
        overview=draw(st.lists(sentences(6), min_size=1, max_size=4)),
        programmes=draw(st.lists(programmes(), min_size=1, max_size=12)),
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

    def cell_texts() -> list[str]:
        return [paragraph() for _ in range(rng.randint(1, 4))]

    start = rng.randint(2015, 2030)
    return Report(
        district=rng.choice(DISTRICTS),
        period=f"{start}/{(start + 1) % 100:02d}",
        overview=[paragraph() for _ in range(3)],
        programmes=[
            Programme(cell_texts(), cell_texts(), cell_texts()) for _ in range(programmes_count)
        ],
    )
