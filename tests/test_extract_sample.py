"""The sample report's extraction against its reference text.

Expected values are written out from ../shared/reference/wirral-2018-19-text-extraction.txt
(cells' <p> and numbered items as paragraphs, bold titles as seen on the page), never
derived from the extractor.
"""

import duckdb
import pytest
from conftest import SAMPLE

from extract import extract_document
from transform.star import to_star
from warehouse.store import load_document

RUNNING_TITLE = "Wirral Annual Police and Crime Commissioner Report"
OVERVIEW_HEADING = "Wirral Neighbourhoods are Safe Overview 2018/19"
TABLE_HEADING = "Police and Crime Commissioner Funded Programmes 2018/19"

OVERVIEW = [
    "A reduction of 30% in Wirral residents reporting anti-social behaviour demonstrates the "
    "measure of community confidence and security being experienced across Wirral vindicating the "
    "'Safer Wirral Hub' approach which serves to coordinate and focus those organisations that "
    "influence crime levels, along with the traditional statutory agencies, and more importantly, "
    "the communities themselves.",
    "There was a 10% rise in crimes recorded by the Police, but this does not necessarily reflect "
    "what occurs on the street. Wirral has maintained the 4th lowest crime rate throughout the "
    "year, when compared to the 15 similar areas defined by the Home Office. Wirral shares the "
    "lowest crime rate in Merseyside with Sefton at 79 crimes per thousand population over the "
    "last year. The youth re-offending rate has decreased by 3.3% as a consequence of the "
    "education, support and enforcement action delivered through the Youth Justice service "
    "providing 669 interventions to 351 children and 29 parents.",
    "Like Wirral, most areas in England and Wales have experienced an increase in recorded crime, "
    "but this is not reflected in the Crime Survey for England and Wales, which is seen as a more "
    "consistent measure. This can be explained by both changes in recording practises and "
    "increases in reporting hitherto under-reported crime types, such as domestic or historic "
    "abuse.",
    "Wirral has been an integral part of the collaborative Merseyside-wide serious violent crime "
    "prevention initiative, with Police and Partners working to address the causes of violent "
    "crime, particularly knife crime. Working with schools, hospitals, youth services, housing "
    "and others, prevention and education have been prioritised to protect the most vulnerable "
    "from being drawn into gangs or criminality or from becoming a victim, particularly through "
    "carrying a knife or weapon.",
    "A large degree of credit should go to Wirral communities, who have rolled up their sleeves "
    "and volunteered help on various initiatives:",
    "The number of Wirral residents signing up to the Good Neighbour scheme has now reached 6,228 "
    "thanks to the 'Connect Us', group having called on 30,665 householders. Amongst many other "
    "activities, the Wirral Together campaign has run 19 Arson Reduction campaigns including "
    "1,637 interventions, and the 'Fit & Fed' initiative combined sports and two healthy meals "
    "for 500 young people. 23 tonnes of waste were cleared from Birkenhead and Tranmere Ward "
    "alone during a series of 'clean up days' involving communities in clearing 'grot spot' areas "
    "enlisting voluntary and community groups, Council, Police, Fire service, as well as former "
    "offenders through the 'Community Payback' scheme.",
    "Targeting the most likely causes of crime, Wirral Ways to Recovery work to reduce "
    "reoffending by increasing the support offered to offenders leaving custody with drug and "
    "alcohol issues, and the Reduce the Strength initiative has encouraged 107 off-licences in "
    "volunteering to support children and street drinkers who suffer alcohol problems, by ending "
    "the sale of the cheap high-alcohol drinks and referring people for support.",
    "Wirral continues to adapt to the new challenges such as modern slavery, cybercrime, and "
    "counter terrorism, where training and awareness-raising across all sectors of the community "
    "help to identify and redress the issues of vulnerability, prioritising education, prevention "
    "and support for the vulnerable.",
]

# (bold title, Activity paragraphs, Expected Outcomes paragraphs, Outcomes paragraphs)
ROWS = [
    (
        None,
        [
            "Deliver challenging racism workshops. Plan and provide staff training on hate crime and "
            "support schools to update policy and procedure. Update data sharing protocols"
        ],
        [
            "Schools supported to build on learning delivered. Resources will be made available "
            "including on-line facilities, learning packs. Schools Equality Charter: policies, "
            "practice, evidence of understanding of diversity and equality, and whole school commitment "
            "to cohesion."
        ],
        [
            "The number of referrals to the Hate MARAC increased from 103 in the previous year to 188. "
            "Referrals to Wirral Hate MARAC (Multi Agency Risk Assessment Conference) have the victim's "
            "consent to share details amongst all agencies. This allows a wrap-around service for the "
            "victims concerns and vulnerabilities. Hate crime going through the criminal justice system "
            "also rose from 346 in the previous year to 408 with Wirral experiencing the highest "
            "percentage of solved hate crimes in Merseyside at 23.5% where the Merseyside average is "
            "14%."
        ],
    ),
    (
        "Integrated Offender Management",
        [],
        ["Reduced Reoffending both in terms of level and seriousness of offending"],
        [
            "On average a monthly total of 80 prolific offenders (including domestic violence "
            "perpetrators) have been supervised in the community with notable reductions in crime and "
            "disorder from amongst this cohort."
        ],
    ),
    (
        None,
        [
            "Target Hardening to protect high risk domestic abuse and hate crime victims from repeat "
            "victimisation"
        ],
        [
            "Target hardening for properties of vulnerable victims assessed as high risk of repeat "
            "victimisation"
        ],
        [
            "186 addresses were target-hardened including property damage repairs, increased security, "
            "lock changes and CCTV. Victims deemed at high risk of repeat-victimisation of either hate "
            "crime or domestic abuse are given immediate respite from the threat placed on their homes. "
            "As well as repairs and strengthened security, CCTV cameras are used, (where appropriate), "
            "both as a deterrent and a means of capturing evidence."
        ],
    ),
    (
        None,
        ["Schools training preventing extremism"],
        ["Developing a skills-based approach to tackling radicalisation"],
        [
            "The 'Skills to Reduce Radicalisation' programme was delivered in 10 schools engaging over "
            "400 young people. By training teachers to use a free on-line tool providing interactive "
            "class-based scenarios, pupils are given the opportunity to understand, practise and "
            "thereby develop the skills required to identify and reject attempts at grooming themselves "
            "or others."
        ],
    ),
    (
        None,
        ["Prevent Training"],
        [
            "Ensuring induction and refresher training for Prevent is relevant and available. Creating "
            "a Prevent training resource forum to develop trainer skills and identify training "
            "requirements"
        ],
        [
            "The number of agencies and trainers providing a Prevent multi agency training has "
            "increased from one to three and the numbers trained overall now exceeds 1,000. This has "
            "led to increased numbers of individuals identified as being vulnerable to radicalisation "
            "and extremism being referred through to Police Counter Terrorism Prevent Team and the "
            "Wirral Channel Panel."
        ],
    ),
    (
        None,
        ["Creating Community Domestic Abuse Champions"],
        ["Creating mentoring process for victims and enabling increased referral pathways"],
        [
            "Wirral manage a peer mentoring service for domestic abuse. This service offers learned and "
            "shared experience for survivors of domestic abuse based within the community led by "
            "volunteers. There are over 24 volunteers and the number is growing, mainly through word of "
            "mouth.",
            "The project is called #GotTheTeeShirt based on the concept that they have been there and "
            "done that. In recognition that isolation, fear, and lack of understanding of the dynamics "
            "of abuse can be key factors in survivors becoming stuck in a cycle of repeat behaviours "
            "and outcomes.",
            "#GTTS offers our volunteers accredited training to be a peer mentor, as well as regular "
            "training and development in safeguarding and domestic abuse.",
            "#GGTS takes referrals from all agencies as well as offering a weekly drop in service in a "
            "community café and working in local schools to encourage parents to attend. They can "
            "choose to work 1-2-1 with a mentor or in a group depending on their needs.",
            "Many of our volunteers and client access other services including debt management, welfare "
            "and benefits advice and specialist domestic abuse support for children.",
        ],
    ),
    (
        "CSP Funding Element",
        ["Anti Social Behaviour"],
        ["Evidence based multi-agency ASB prevention and problem solving"],
        [
            "A reduction of 30% in Wirral residents reporting anti-social behaviour demonstrates the "
            "measure of community confidence and security being experienced across Wirral.",
            "This was a drop from 8,617 ASB incidents to 6,029 incidents in successive years or 2,588 "
            "less ASB incidents in the last year.",
        ],
    ),
    (
        "Youth Offending",
        ["Contribution to Youth Offending Team staffing costs"],
        [
            "Reduced offenders aged 10-17",
            "Reduction in Re offending",
            "Reduction in First Time Entrants",
        ],
        [
            "Over the year the Youth Justice Service delivered 669 interventions to 380 people. This "
            "comprised 29 parents and 351 children or young people.",
            "Available re-offending rates are for 2016/17:",
            "The re-offences per re-offender average rate for the April 2016 to March 2017 is 5.22.",
            "The binary re-offending rate in Wirral for April 2016 to March 2017 after 12 months is "
            "39%.",
            "This compares with a rate of 40.9% across England and 46.1% across Merseyside",
        ],
    ),
    (
        "Insight Work (BAME/LGBT)",
        [
            "Insight work with BAME & LGBT communities across Wirral to identify the scale of DA & "
            "wider harms and ensure effective referral pathways."
        ],
        [
            "1. Develop a valid method for carrying out the research to produce comprehensive and "
            "credible findings, conclusions and recommendations.",
            "2. Ethnographic studies - participants from a representative cross-section of the local "
            "BAME and LGBT population.",
            "3. Production of a final report detailing conclusions and recommendations.",
            "4. Presentation of the final report to Wirral Domestic Abuse Alliance.",
        ],
        [
            "Domestic abuse training has been provided to 105 professionals over the last 12 months.",
            "The FSU (Family Safety Unit) provides an Independent Domestic Abuse Advocate service "
            "operating on a 7 day a week basis ensuring contact is attempted within 24hrs of an "
            "incident in 100% of referrals.",
            "2 students have been able to undertake placements within the family safety Unit.",
            "4 volunteers have given over 300hrs of their time supporting the FSU (Family Safety Unit)",
            "1,145 Children have been offered support around the effects of domestic abuse with the "
            "support of the FSU and Domestic Abuse MARAC (Multi Agency Risk Assessment Conference).",
            "248 Clients felt safer at the end of the support.",
            "417 victims where supported with safety planning.",
            "76 clients were supported to get protective court orders.",
            "66 Victims where supported in securing safe accommodation after fleeing Domestic abuse.",
        ],
    ),
    (
        "IOM",
        ["Integrated Offender Management Review"],
        [
            "Academic rigour / scrutiny of assessment whether the IOM programme is successful in "
            "delivering changes in offending behaviour"
        ],
        [
            "This process demonstrates the reduction of both repeat-victimisation rates and repeat "
            "offending rates for the cohort of prolific domestic abuse offenders identified by the "
            "integrated Offender Management Team.",
            "The Integrated Offender Management process is led by Police and rehabilitation services: "
            "Community Rehabilitation Company and National Probation Service.",
        ],
    ),
    (
        "Hate Crime Insight Work",
        ["Mapping scale, scope and adequacy of processes in reporting hate crime to the MARAC"],
        ["Increased reporting of hate crime (reduced under reporting)"],
        [
            "Liverpool John Moores University commissioned to conduct a series of structured interviews "
            "of both hate crime victim advocate agencies and hate crime victims to assess the success "
            "of the Wirral hate Crime MARAC (Multi Agency Risk Assessment Conference) process.",
            "An increase in 'hard to reach' groups seeking support has included representation from the "
            "travelling community, asylum seekers, refugees, sex workers, and victims of historic "
            "abuse.",
        ],
    ),
    (
        None,
        ["Domestic Abuse perpetrator programmes"],
        ["Change the offending behaviour of domestic abuse perpetrator"],
        [
            "The process addresses criminogenic need such as Education, Employment, Housing, Mental "
            "Health and Drug and Alcohol issues as well as a programme forcing offenders to confront "
            "their offending behaviours."
        ],
    ),
    (
        None,
        ["ASB reduction"],
        [
            "Reductions in levels of anti-social behaviour in targeted areas.",
            "Increased training and education opportunities for young people.",
            "Referrals into partner services of young people who would otherwise not engage with such "
            "services.",
            "Increased levels of physical activity by young people.",
        ],
        [
            "PCC funded posts engaged in a variety of projects complemented by external funding:",
            "Fit and Fed – July and August (Summer Holidays) a Summer programme for over 500 young "
            "people who engaged in sporting activity and received 2 healthy meals throughout the day as "
            "part of the delivery model.",
            "Operation Banger engaged with over 200 young people in diversionary activities over the "
            "Halloween, Mischief night and Bonfire night periods to deter them from ASB in hot-spot "
            "locations.",
            "Pathfinder Project was delivered in 7 Schools, to over 280 students from Years 10 and 11. "
            "The project targeted students at risk of exclusion over January, February and March to "
            "improve relations with the Police. Topics included Knife Crime, Scrambler Bikes, "
            "Criminality and Gangs, Substance mis-use, and Domestic Violence.",
            "National Citizen Service engaged over 200 sixteen-year-old school leavers over June, July "
            "and August working for 4 weeks at a residential home residential resulting in a project to "
            "benefit the local community.",
        ],
    ),
]

# Two rows break across a page: the sixth (pages 2-3) and the ninth (pages 3-4).
PAGE_SPANS = [(2, 2)] * 5 + [(2, 3), (3, 3), (3, 3), (3, 4)] + [(4, 4)] * 4


@pytest.fixture(scope="module")
def document():
    return extract_document(SAMPLE)


def test_running_title_and_headings(document):
    assert document.page_count == 4
    assert document.running_title == RUNNING_TITLE
    assert document.headings == [OVERVIEW_HEADING, TABLE_HEADING]
    assert document.table_heading == TABLE_HEADING


def test_overview_paragraphs(document):
    [overview] = document.sections
    assert overview.heading.text == OVERVIEW_HEADING
    assert [p.text for p in overview.paragraphs] == OVERVIEW
    assert {p.page for p in overview.paragraphs} == {1}


@pytest.mark.parametrize("number", range(1, len(ROWS) + 1))
def test_table_row(document, number):
    title, activity, expected, outcomes = ROWS[number - 1]
    row = document.rows[number - 1]
    assert row.number == number
    assert (row.activity.title.text if row.activity.title else None) == title
    assert [p.text for p in row.activity.paragraphs] == activity
    assert [p.text for p in row.expected_outcomes.paragraphs] == expected
    assert [p.text for p in row.outcomes.paragraphs] == outcomes
    assert (row.pages[0], row.pages[-1]) == PAGE_SPANS[number - 1]


def test_thirteen_rows_and_no_header_row(document):
    assert len(document.rows) == 13
    assert all(row.activity.text != "Activity" for row in document.rows)


def test_paragraph_provenance_is_on_the_page(document):
    """Every paragraph has a page and a box inside an A4 landscape page, in reading order."""
    paragraphs = [p for s in document.sections for p in s.paragraphs]
    paragraphs += [p for r in document.rows for c in r.cells for p in c.all_paragraphs]
    for paragraph in paragraphs:
        box = paragraph.box
        assert 1 <= box.page <= 4
        assert 0 <= box.x0 < box.x1 <= 842 and 0 <= box.top < box.bottom <= 596
    tops = [p.box.top for p in document.sections[0].paragraphs]
    assert tops == sorted(tops)
    youth = document.rows[7].outcomes.paragraphs[0]
    assert youth.page == 3 and 220 < youth.box.top < 240  # below the row's top rule at 228


def test_dim_programme_matches_the_extraction(document, tmp_path):
    star = to_star(document, "wirral-2018-19")
    db = tmp_path / "w.duckdb"
    load_document(db, star.document_key, star.tables)
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT row_number, activity, activity_title, expected_outcomes, outcomes, "
            "page_first, page_last FROM dim_programme ORDER BY row_number"
        ).fetchall()
    expected = [
        (
            n,
            "\n".join(([title] if title else []) + activity),
            title,
            "\n".join(exp),
            "\n".join(out),
            *PAGE_SPANS[n - 1],
        )
        for n, (title, activity, exp, out) in enumerate(ROWS, start=1)
    ]
    assert rows == expected
