"""Every measure of the sample report, written out by hand from the reference text
(/work/shared/reference/wirral-2018-19-text-extraction.txt), and the numbers that are not
measures.

Conventions (README, "The fact table"):
- the report's year is 2018/19; "in the previous year" and the earlier side of a
  comparison ("from 103 ... to 188", "a drop from 8,617 ... to 6,029") are 2017/18;
  "for April 2016 to March 2017" is 2016/17, and "This compares with ..." keeps it;
- a metric is a concept of transform/concepts.yml (what the figure counts), with its unit
  when it is not the concept's own ("recorded_crime_per_1000_population"); a change ("a
  reduction of 30% in ...", "2,588 less ASB incidents") is <concept>_change or
  <concept>_change_percent, its direction a column;
- "Wirral shares the lowest crime rate ... with Sefton at 79" is stated for both: two rows;
- durations are measures only as an amount of time given ("300hrs of their time"),
  never as a window or frequency ("within 24hrs", "after 12 months", "7 day a week").
"""

from __future__ import annotations

from collections import Counter

import pdfplumber
import pytest
from conftest import SAMPLE

from extract import extract_document
from transform.measures import read_text
from transform.places import Area, financial_year
from transform.star import to_star

Y, PREV, Y16 = "2018-19", "2017-18", "2016-17"
C, P = "count", "percent"
EXACT, OVER, AVG = "exact", "more_than", "average"

# (programme row or None for the overview, metric, area, period, value, unit, qualifier)
EXPECTED = [
    # Overview, paragraph 1
    (None, "asb_incidents_change_percent", "wirral", Y, 30, P, EXACT),
    # paragraph 2
    (None, "recorded_crime_change_percent", "wirral", Y, 10, P, EXACT),
    (None, "recorded_crime_rank", "wirral", Y, 4, "rank", EXACT),
    (None, "recorded_crime_per_1000_population", "wirral", Y, 79, "per_1000_population", EXACT),
    (None, "recorded_crime_per_1000_population", "sefton", Y, 79, "per_1000_population", EXACT),
    (None, "reoffending_change_percent", "wirral", Y, 3.3, P, EXACT),
    (None, "interventions", "wirral", Y, 669, C, EXACT),
    (None, "children_young_people", "wirral", Y, 351, C, EXACT),
    (None, "parents_carers", "wirral", Y, 29, C, EXACT),
    # paragraph 6
    (None, "people_supported", "wirral", Y, 6228, C, EXACT),
    (None, "households", "wirral", Y, 30665, C, EXACT),  # "30,665 householders"
    (None, "sessions_delivered", "wirral", Y, 19, C, EXACT),
    (None, "interventions", "wirral", Y, 1637, C, EXACT),
    (None, "healthy_meal", "wirral", Y, 2, C, EXACT),  # "two healthy meals"
    (None, "children_young_people", "wirral", Y, 500, C, EXACT),
    (None, "fly_tipping_tonnes", "birkenhead_and_tranmere_ward", Y, 23, "tonnes", EXACT),
    # paragraph 7
    (None, "licensing", "wirral", Y, 107, C, EXACT),
    # Row 1: hate crime
    (1, "hate_crime", "wirral", PREV, 103, C, EXACT),
    (1, "hate_crime", "wirral", Y, 188, C, EXACT),
    (1, "hate_crime", "wirral", PREV, 346, C, EXACT),
    (1, "hate_crime", "wirral", Y, 408, C, EXACT),
    (1, "hate_crime_percent", "wirral", Y, 23.5, P, EXACT),
    (1, "hate_crime_percent", "merseyside", Y, 14, P, AVG),
    # Row 2: Integrated Offender Management
    (2, "offenders_managed", "wirral", Y, 80, C, AVG),  # the IOM cohort
    # Row 3: target hardening
    (3, "address", "wirral", Y, 186, C, EXACT),
    # Row 4: schools training preventing extremism
    (4, "schools_reached", "wirral", Y, 10, C, EXACT),
    (4, "schools_reached", "wirral", Y, 400, C, OVER),
    # Row 5: Prevent training ("from one to three")
    (5, "people_trained", "wirral", PREV, 1, C, EXACT),
    (5, "people_trained", "wirral", Y, 3, C, EXACT),
    (5, "people_trained", "wirral", Y, 1000, C, OVER),
    # Row 6: domestic abuse champions
    (6, "volunteers", "wirral", Y, 24, C, OVER),
    # Row 7: CSP funding element, anti-social behaviour
    (7, "asb_incidents_change_percent", "wirral", Y, 30, P, EXACT),
    (7, "asb_incidents", "wirral", PREV, 8617, C, EXACT),
    (7, "asb_incidents", "wirral", Y, 6029, C, EXACT),
    (7, "asb_incidents_change", "wirral", Y, 2588, C, EXACT),
    # Row 8: youth offending
    (8, "interventions", "wirral", Y, 669, C, EXACT),
    (8, "people_supported", "wirral", Y, 380, C, EXACT),
    (8, "parents_carers", "wirral", Y, 29, C, EXACT),
    (8, "children_young_people", "wirral", Y, 351, C, EXACT),
    (8, "reoffending_per_reoffender", "wirral", Y16, 5.22, "per_reoffender", AVG),
    (8, "reoffending", "wirral", Y16, 39, P, EXACT),
    (8, "reoffending", "england", Y16, 40.9, P, EXACT),
    (8, "reoffending", "merseyside", Y16, 46.1, P, EXACT),
    # Row 9: insight work / Family Safety Unit
    (9, "people_trained", "wirral", Y, 105, C, EXACT),
    (9, "referrals_percent", "wirral", Y, 100, P, EXACT),
    (9, "schools_reached", "wirral", Y, 2, C, EXACT),
    (9, "volunteers", "wirral", Y, 4, C, EXACT),
    (9, "volunteer_hours", "wirral", Y, 300, "hours", OVER),
    (9, "children_young_people", "wirral", Y, 1145, C, EXACT),
    (9, "feel_safe_count", "wirral", Y, 248, C, EXACT),
    (9, "victims_supported", "wirral", Y, 417, C, EXACT),
    (9, "victims_supported", "wirral", Y, 76, C, EXACT),  # a domestic abuse service's clients,
    # between its 417 and 66 victims supported: its victims (read so since the forty-third
    # session's model; it was people_supported)
    (9, "victims_supported", "wirral", Y, 66, C, EXACT),
    # Row 13: ASB reduction
    (13, "children_young_people", "wirral", Y, 500, C, OVER),
    (13, "healthy_meal", "wirral", Y, 2, C, EXACT),
    (13, "children_young_people", "wirral", Y, 200, C, OVER),
    (13, "schools_reached", "wirral", Y, 7, C, EXACT),
    (13, "schools_reached", "wirral", Y, 280, C, OVER),
    (13, "schools_reached", "wirral", Y, 200, C, OVER),
]
UNCATALOGUED = {"healthy_meal", "address"}

# Numbers in the sample that are not measures: (words around them, the number).
NOT_FACTS = [
    ("Overview 2018/19", 2018),
    ("compared to the 15 similar areas", 15),  # the comparator set, not a measure
    ("for 2016/17", 2016),
    ("for 2016/17", 17),
    ("for the April 2016 to March 2017", 2016),
    ("for the April 2016 to March 2017", 2017),
    ("Reduced offenders aged 10-17", 10),
    ("Reduced offenders aged 10-17", 17),
    ("students from Years 10 and 11", 10),
    ("students from Years 10 and 11", 11),
    ("1. Develop a valid method", 1),
    ("2. Ethnographic studies", 2),
    ("3. Production of a final report", 3),
    ("4. Presentation of the final report", 4),
    ("work 1-2-1 with a mentor", 1),
    ("work 1-2-1 with a mentor", 2),
    ("200 sixteen-year-old school leavers", 16),
    ("after 12 months is 39%", 12),
    ("over the last 12 months", 12),
    ("on a 7 day a week basis", 7),
    ("within 24hrs of an incident", 24),
    ("working for 4 weeks at a residential home", 4),
]


@pytest.fixture(scope="module")
def star():
    return to_star(extract_document(SAMPLE), "wirral-2018-19")


@pytest.fixture(scope="module")
def facts(star):
    return star.tables["fact_measure"]


def as_tuples(facts) -> list[tuple]:
    rows = []
    for f in facts.itertuples():
        row = int(f.programme_key.split(":")[-1]) if isinstance(f.programme_key, str) else None
        value = round(f.value, 2)
        rows.append((row, f.metric_key, f.area_key, f.period_key, value, f.unit, f.qualifier))
    return rows


def test_every_measure_of_the_sample_and_nothing_else(facts):
    got = as_tuples(facts)
    assert Counter(got) == Counter(EXPECTED)
    assert len(got) == 59


def test_facts_are_in_reading_order(facts):
    got = [(row, value) for row, _, _, _, value, _, _ in as_tuples(facts)]
    assert got == [(row, value) for row, _, _, _, value, _, _ in EXPECTED]


def test_catalogued_flags(star):
    metrics = star.tables["dim_metric"].set_index("metric_key")
    assert set(metrics.index) == {e[1] for e in EXPECTED}
    assert set(metrics.index[~metrics.catalogued]) == UNCATALOGUED
    assert metrics.loc["hate_crime", "metric_name"] == "Hate crimes and incidents"
    assert metrics.loc["asb_incidents_change", "unit"] == "count"
    assert metrics.loc["asb_incidents_change", "metric_name"] == (
        "Anti-social behaviour incidents (including street drinking, nuisance vehicles and bikes,"
        " neighbour disputes): change"
    )
    assert metrics.loc["healthy_meal", "metric_name"] == "healthy meal"


def test_changes_have_a_direction_and_a_partner(facts):
    changes = facts[facts.role != "level"].set_index("value")
    assert changes.loc[2588.0, "direction"] == "decrease"
    assert changes.loc[10.0, "direction"] == "increase"
    partner = facts.set_index("measure_key").loc[changes.loc[2588.0, "compared_measure_key"]]
    assert partner.value == 8617


def test_sections_say_where_a_figure_stands(facts):
    by_value = facts.set_index("value")
    assert by_value.loc[6228.0, "section"] == "overview"
    assert by_value.loc[186.0, "section"] == "outcome"
    assert set(facts.section) <= {"overview", "activity", "expected_outcome", "outcome"}


def test_areas_and_periods_are_dimension_rows(star):
    areas = star.tables["dim_area"].set_index("area_key")
    assert areas.loc["birkenhead_and_tranmere_ward", "area_type"] == "ward"
    assert areas.loc["birkenhead_and_tranmere_ward", "area_name"] == "Birkenhead and Tranmere Ward"
    assert set(areas.index) == {
        "wirral",
        "sefton",
        "merseyside",
        "england",
        "birkenhead_and_tranmere_ward",
    }
    periods = star.tables["dim_period"].set_index("period_key")
    assert set(periods.index) == {"2018-19", "2017-18", "2016-17"}
    assert str(periods.loc["2016-17", "start_date"]) == "2016-04-01"
    assert str(periods.loc["2016-17", "end_date"]) == "2017-03-31"


@pytest.mark.parametrize("words,number", NOT_FACTS)
def test_numbers_that_are_not_measures(facts, words, number):
    in_context = facts[facts.sentence.str.contains(words, regex=False)]
    assert number not in set(in_context.value)


def measures_in(text: str) -> list:
    sentences, _ = read_text([text], Area("Wirral", "district"), financial_year(2018))
    return [f for sentence in sentences for f in sentence if f.measure]


@pytest.mark.parametrize("words,number", NOT_FACTS)
def test_not_measures_in_isolation(words, number):
    assert number not in [f.value for f in measures_in(words)]


def test_sentences_and_pages(facts):
    by_value = {(f.programme_key, f.value): f for f in facts.itertuples()}
    f = by_value[("wirral-2018-19:001", 188.0)]
    assert f.sentence == (
        "The number of referrals to the Hate MARAC increased from 103 in the previous year to 188."
    )
    assert f.page_number == 2
    f = by_value[("wirral-2018-19:009", 66.0)]
    assert f.sentence == (
        "66 Victims where supported in securing safe accommodation after fleeing Domestic abuse."
    )
    assert f.page_number == 4
    f = by_value[("wirral-2018-19:008", 46.1)]
    assert (
        f.sentence
        == "This compares with a rate of 40.9% across England and 46.1% across Merseyside"
    )
    assert f.page_number == 3


def test_every_bounding_box_holds_its_figure_on_its_page(facts):
    """Read back with pdfplumber: the words inside each fact's box are the figure."""
    words_for = {2.0: ("2", "two"), 1.0: ("one",), 3.0: ("three", "3")}
    with pdfplumber.open(SAMPLE) as pdf:
        for f in facts.itertuples():
            page = pdf.pages[f.page_number - 1]
            inside = page.within_bbox((f.x0 - 0.5, f.top - 0.5, f.x1 + 0.5, f.bottom + 0.5))
            text = inside.extract_text().replace("\n", " ")
            printed = f"{f.value:,.2f}".rstrip("0").rstrip(".")
            options = (printed, *words_for.get(f.value, ()))
            assert any(o in text for o in options), (f.value, f.page_number, text)
            assert f.x1 - f.x0 < 60 and f.bottom - f.top < 15, "a figure's box, not a line's"


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("the numbers trained overall now exceeds 1,000", [(1000, "count", "more_than")]),
        ("engaging over 400 young people", [(400, "count", "more_than")]),
        ("On average a monthly total of 80 offenders", [(80, "count", "average")]),
        ("around 250 residents attended", [(250, "count", "approximately")]),
        ("fewer than 12 complaints", [(12, "count", "less_than")]),
        ("in excess of 2,500 calls", [(2500, "count", "more_than")]),
        ("given over 300hrs of their time", [(300, "hours", "more_than")]),
        ("1,200 hours of support", [(1200, "hours", "exact")]),
        ("a rate of 40.9% across England", [(40.9, "percent", "exact")]),
        ("23 tonnes of waste", [(23, "tonnes", "exact")]),
        ("79 crimes per thousand population", [(79, "per_1000_population", "exact")]),
        ("79 crimes per 1,000 population", [(79, "per_1000_population", "exact")]),
        ("funding of £25,000 was awarded", [(25000, "gbp", "exact")]),
        ("a table cell ending in money: £350k", [(350000, "gbp", "exact")]),
        # nor does a rate's "per" reach across a table's bar
        (
            "Attendees: 1,102 | Average attendance per session: 17.2",
            [(1102, "count", "exact"), (17.2, "per_session", "average")],
        ),
        # a rate's "per" a few words after it
        (
            "a rate of 3.1 admissions for assault with a sharp object per 10,000 population",
            [(3.1, "per_10000_population", "exact")],
        ),
        ("at a cost of £1.2bn", [(1200000000, "gbp", "exact")]),
        # pence are hundredths of a pound
        ("an increase of £12, or 23p a week", [(12, "gbp", "exact"), (0.23, "gbp", "exact")]),
        ("the 4th lowest crime rate", [(4, "rank", "exact")]),
        ("two healthy meals", [(2, "count", "exact")]),
        ("from one to three", [(1, "count", "exact"), (3, "count", "exact")]),
        ("twenty-five volunteers", [(25, "count", "exact")]),
        ("two hundred young people", [(200, "count", "exact")]),
        ("on 1st April 2019", []),
        ("under 18s and over 65s", []),
        ("visits to people over 65 and drivers under 25", []),
        ("there were over 65 people", [(65, "count", "more_than")]),
        # a scorecard's rate after its base; "000 24" inside it is no phone number
        (
            "Population 118,400 | Rate per 1,000 24.5",
            [(118400, "count", "exact"), (24.5, "per_1000_population", "exact")],
        ),
        ("Phase 2 of the project", []),
        # days of action are events, not a length of time
        ("and 5 days of action were held", [(5, "count", "exact")]),
        # the emergency line after a count of calls is no count of its own
        ("including 22,930 emergency 999 calls", [(22930, "count", "exact")]),
        # an amount after a word that can number things is no label
        (
            "mentoring projects £41,000 and clubs £9,500",
            [(41000, "gbp", "exact"), (9500, "gbp", "exact")],
        ),
        ("open 24/7 with a 9am start", []),
        ("one of the partners", []),
        ("for the 3rd year running", []),
        # how often a service runs is no measure; what it did in the year is
        ("wardens walk the precinct on 4 evenings a week", []),
        ("six late-night patrol shifts per weekend", []),
        ("Three community-led Street Safe patrols per week", []),
        ("42 cases a month came to the panel", [(42, "count", "exact")]),
        ("the hub delivered 2 sessions a week, 96 sessions in all", [(96, "count", "exact")]),
        # the whole set of an area's schools or universities frames a count of them
        ("talks given in 19 of the 23 primary schools", [(19, "count", "exact")]),
        ("at both of the city's two universities", []),
        ("talks given in 19 of 23 schools", [(19, "count", "exact"), (23, "count", "exact")]),
        # the bar for joining a group is no measure; a target of "N or more" is
        (
            "of the 85 girls referred, 23 attended six or more sessions",
            [(85, C, EXACT), (23, C, EXACT)],
        ),
        ("persistent callers (4 or more calls in a month) fell to 120", [(120, C, EXACT)]),
        ("412 food outlets scored 3 or above", [(412, C, EXACT)]),
        ("95 tenants attending at least one surgery", [(95, C, EXACT)]),
        ("Recover 150 or more bladed items", [(150, C, OVER)]),
        # a fraction said as a share is one, in per cent and approximate
        (
            "Of 300 callers nearly half were repeat callers",
            [(300, C, EXACT), (50, P, "approximately")],
        ),
        ("burglary fell by a fifth", [(20, P, "approximately")]),
        # ... not a half of the year, a third year running, a third party, a half-term
        ("412 thefts in the first half of the year", [(412, C, EXACT)]),
        ("a third consecutive fall; third-party centres; over half-term", []),
        ("Just under half (148) were referred by schools", [(148, C, EXACT)]),
        # zero is a count of none; "zero tolerance" and "net zero" are not counts
        ("zero knife deaths this year", [(0, C, EXACT)]),
        ("a zero tolerance stance, net zero by 2030 and no zero-hours contracts", []),
        # what is said of an age is no measure
        ("210 boys were referred and the youngest age seen was 11", [(210, C, EXACT)]),
        ("victims' ages ran from 19 to 92", []),
        ("safety checks at 70 homes with a tenant over 75", [(70, C, EXACT)]),
        ("Repeat victims to fall from 64 to 50 or fewer", [(64, C, EXACT), (50, C, "less_than")]),
    ],
)
def test_figures_in_wording(sentence, expected):
    got = [(f.value, f.unit, f.qualifier) for f in measures_in(sentence)]
    assert got == expected


def test_measure_keys_survive_re_extraction(facts):
    """A measure's key is where its figure stands on its page, not its place in a list:
    reading the report again gives every figure the same key."""
    again = to_star(extract_document(SAMPLE), "wirral-2018-19").tables["fact_measure"]
    assert list(again.measure_key) == list(facts.measure_key)
    assert facts.measure_key.is_unique
    assert all(k.startswith("wirral-2018-19:") and k.count(":") >= 3 for k in facts.measure_key)


def test_a_figure_more_or_less_changes_no_other_key():
    """Were the reading to find one figure fewer, every other figure keeps its key."""
    from transform.measures import read_document
    from transform.star import measure_keys

    reading = read_document(
        extract_document(SAMPLE), Area("Wirral", "district"), financial_year(2018)
    )
    measures = reading.measures
    whole = measure_keys(measures, "d")
    for m in [m for _, m in measures]:
        m.figure.meaning.pop("key", None)
    fewer = measure_keys(measures[1:], "d")
    assert {k: whole[k] for k in fewer} == fewer
