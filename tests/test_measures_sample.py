"""Every measure of the sample report, written out by hand from the reference text
(/work/shared/reference/wirral-2018-19-text-extraction.txt), and the numbers that are not
measures.

Conventions (README, "The fact table"):
- the report's year is 2018/19; "in the previous year" and the earlier side of a
  comparison ("from 103 ... to 188", "a drop from 8,617 ... to 6,029") are 2017/18;
  "for April 2016 to March 2017" is 2016/17, and "This compares with ..." keeps it;
- a change ("a reduction of 30% in ...", "2,588 less ASB incidents") is its own metric,
  <what changed>_reduction / _increase (+ _<unit> when the unit differs);
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
from transform.figures import figures_in
from transform.star import to_star

Y, PREV, Y16 = "2018-19", "2017-18", "2016-17"
C, P = "count", "percent"
EXACT, OVER, AVG = "exact", "more_than", "average"

# (programme row or None for the overview, metric, area, period, value, unit, qualifier)
EXPECTED = [
    # Overview, paragraph 1
    (None, "asb_reports_reduction_percent", "wirral", Y, 30, P, EXACT),
    # paragraph 2
    (None, "recorded_crime_increase_percent", "wirral", Y, 10, P, EXACT),
    (None, "crime_rate_rank_lowest", "wirral", Y, 4, "rank", EXACT),
    (None, "similar_areas_compared", "wirral", Y, 15, C, EXACT),
    (None, "crime_rate", "wirral", Y, 79, "per_1000_population", EXACT),
    (None, "crime_rate", "sefton", Y, 79, "per_1000_population", EXACT),
    (None, "youth_reoffending_rate_reduction", "wirral", Y, 3.3, P, EXACT),
    (None, "youth_justice_interventions", "wirral", Y, 669, C, EXACT),
    (None, "youth_justice_children", "wirral", Y, 351, C, EXACT),
    (None, "youth_justice_parents", "wirral", Y, 29, C, EXACT),
    # paragraph 6
    (None, "good_neighbour_scheme_residents", "wirral", Y, 6228, C, EXACT),
    (None, "householders_visited", "wirral", Y, 30665, C, EXACT),
    (None, "arson_reduction_campaigns", "wirral", Y, 19, C, EXACT),
    (None, "arson_reduction_interventions", "wirral", Y, 1637, C, EXACT),
    (None, "healthy_meals", "wirral", Y, 2, C, EXACT),  # "two healthy meals"
    (None, "fit_and_fed_young_people", "wirral", Y, 500, C, EXACT),
    (None, "waste_cleared", "birkenhead_and_tranmere_ward", Y, 23, "tonnes", EXACT),
    # paragraph 7
    (None, "reduce_the_strength_off_licences", "wirral", Y, 107, C, EXACT),
    # Row 1: hate crime
    (1, "hate_marac_referrals", "wirral", PREV, 103, C, EXACT),
    (1, "hate_marac_referrals", "wirral", Y, 188, C, EXACT),
    (1, "hate_crime_cjs_cases", "wirral", PREV, 346, C, EXACT),
    (1, "hate_crime_cjs_cases", "wirral", Y, 408, C, EXACT),
    (1, "hate_crime_solved_rate", "wirral", Y, 23.5, P, EXACT),
    (1, "hate_crime_solved_rate", "merseyside", Y, 14, P, AVG),
    # Row 2: Integrated Offender Management
    (2, "iom_offenders_supervised_monthly", "wirral", Y, 80, C, AVG),
    # Row 3: target hardening
    (3, "target_hardened_addresses", "wirral", Y, 186, C, EXACT),
    # Row 4: schools training preventing extremism
    (4, "radicalisation_programme_schools", "wirral", Y, 10, C, EXACT),
    (4, "radicalisation_programme_young_people", "wirral", Y, 400, C, OVER),
    # Row 5: Prevent training ("from one to three")
    (5, "prevent_training_providers", "wirral", PREV, 1, C, EXACT),
    (5, "prevent_training_providers", "wirral", Y, 3, C, EXACT),
    (5, "prevent_people_trained", "wirral", Y, 1000, C, OVER),
    # Row 6: domestic abuse champions
    (6, "domestic_abuse_champion_volunteers", "wirral", Y, 24, C, OVER),
    # Row 7: CSP funding element, anti-social behaviour
    (7, "asb_reports_reduction_percent", "wirral", Y, 30, P, EXACT),
    (7, "asb_incidents", "wirral", PREV, 8617, C, EXACT),
    (7, "asb_incidents", "wirral", Y, 6029, C, EXACT),
    (7, "asb_incidents_reduction", "wirral", Y, 2588, C, EXACT),
    # Row 8: youth offending
    (8, "youth_justice_interventions", "wirral", Y, 669, C, EXACT),
    (8, "youth_justice_people", "wirral", Y, 380, C, EXACT),
    (8, "youth_justice_parents", "wirral", Y, 29, C, EXACT),
    (8, "youth_justice_children", "wirral", Y, 351, C, EXACT),
    (8, "youth_reoffences_per_reoffender", "wirral", Y16, 5.22, "per_reoffender", AVG),
    (8, "binary_reoffending_rate", "wirral", Y16, 39, P, EXACT),
    (8, "binary_reoffending_rate", "england", Y16, 40.9, P, EXACT),
    (8, "binary_reoffending_rate", "merseyside", Y16, 46.1, P, EXACT),
    # Row 9: insight work / Family Safety Unit
    (9, "domestic_abuse_trained_professionals", "wirral", Y, 105, C, EXACT),
    (9, "idva_contact_within_24h_percent", "wirral", Y, 100, P, EXACT),
    (9, "family_safety_unit_student_placements", "wirral", Y, 2, C, EXACT),
    (9, "family_safety_unit_volunteers", "wirral", Y, 4, C, EXACT),
    (9, "volunteer_hours", "wirral", Y, 300, "hours", OVER),
    (9, "domestic_abuse_children_supported", "wirral", Y, 1145, C, EXACT),
    (9, "domestic_abuse_clients_feeling_safer", "wirral", Y, 248, C, EXACT),
    (9, "domestic_abuse_victims_safety_planning", "wirral", Y, 417, C, EXACT),
    (9, "domestic_abuse_protective_orders", "wirral", Y, 76, C, EXACT),
    (9, "domestic_abuse_safe_accommodation", "wirral", Y, 66, C, EXACT),
    # Row 13: ASB reduction
    (13, "fit_and_fed_young_people", "wirral", Y, 500, C, OVER),
    (13, "healthy_meals", "wirral", Y, 2, C, EXACT),
    (13, "operation_banger_young_people", "wirral", Y, 200, C, OVER),
    (13, "pathfinder_schools", "wirral", Y, 7, C, EXACT),
    (13, "pathfinder_students", "wirral", Y, 280, C, OVER),
    (13, "ncs_young_people", "wirral", Y, 200, C, OVER),
]
UNCATALOGUED = {"healthy_meals"}

# Numbers in the sample that are not measures: (words around them, the number).
NOT_FACTS = [
    ("Overview 2018/19", 2018),
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
    assert len(got) == 60


def test_facts_are_in_reading_order(facts):
    got = [(row, value) for row, _, _, _, value, _, _ in as_tuples(facts)]
    assert got == [(row, value) for row, _, _, _, value, _, _ in EXPECTED]


def test_catalogued_flags(star):
    metrics = star.tables["dim_metric"].set_index("metric_key")
    assert set(metrics.index) == {e[1] for e in EXPECTED}
    assert set(metrics.index[~metrics.catalogued]) == UNCATALOGUED
    assert metrics.loc["hate_marac_referrals", "metric_name"] == "Referrals to the Hate MARAC"
    assert metrics.loc["asb_incidents_reduction", "unit"] == "count"
    assert metrics.loc["healthy_meals", "metric_name"] == "healthy meals"


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


@pytest.mark.parametrize("words,number", NOT_FACTS)
def test_not_measures_in_isolation(words, number):
    assert number not in [f.value for f in figures_in(words)]


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
        ("the 4th lowest crime rate", [(4, "rank", "exact")]),
        ("two healthy meals", [(2, "count", "exact")]),
        ("from one to three", [(1, "count", "exact"), (3, "count", "exact")]),
        ("twenty-five volunteers", [(25, "count", "exact")]),
        ("two hundred young people", [(200, "count", "exact")]),
        ("on 1st April 2019", []),
        ("under 18s and over 65s", []),
        ("Phase 2 of the project", []),
        ("open 24/7 with a 9am start", []),
        ("one of the partners", []),
        ("for the 3rd year running", []),
    ],
)
def test_figures_in_wording(sentence, expected):
    got = [(f.value, f.unit, f.qualifier) for f in figures_in(sentence)]
    assert got == expected
