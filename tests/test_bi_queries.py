"""The README's example BI queries, run against a real DuckDB warehouse loaded from the
sample report, with the answers written out by hand from the report's text."""

from __future__ import annotations

import pytest
from conftest import SAMPLE, query

from extract import extract_document
from transform.star import to_star
from warehouse.store import connect, load_document

ASB_BY_DISTRICT_AND_YEAR = """
SELECT area_name, period_label, value AS asb_incidents
FROM mart_metric_by_area_period
WHERE metric_code = 'asb_incidents' AND area_type = 'district'
ORDER BY area_name, period_start
"""

HEADLINES = """
SELECT area_name, period_label, asb_incidents, hate_marac_referrals,
       youth_justice_interventions, youth_justice_people, youth_justice_children,
       youth_justice_parents, crime_rate_per_1000, binary_reoffending_pct
FROM mart_headline_metrics
WHERE area_type = 'district'
ORDER BY area_name, period_start
"""

REOFFENDING_AGAINST_COMPARATORS = """
SELECT area_name, period_label, value AS binary_reoffending_pct
FROM mart_metric_by_area_period
WHERE metric_code = 'reoffending'
ORDER BY value
"""

WHERE_A_FIGURE_COMES_FROM = """
SELECT file_name, programme_row, page_number, sentence, round(x0), round(top)
FROM mart_measures
WHERE metric_code = 'hate_crime' AND period_label = '2018/19' AND noun_phrase LIKE '%referral%'
"""

STATED_TWICE = """
SELECT claim_kind, stated_value, held
FROM mart_claims
WHERE claim_kind = 'repeated_figure'
ORDER BY stated_value
"""

A_REPORTS_CLAIMS = """
SELECT claim_kind, stated_value, expected, held
FROM mart_claims
WHERE claim_kind <> 'repeated_figure'
ORDER BY claim_kind
"""

CATALOG_WORKLIST = "SELECT metric_code, figures FROM mart_uncatalogued ORDER BY metric_code"


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    path = tmp_path_factory.mktemp("bi") / "warehouse.duckdb"
    star = to_star(extract_document(SAMPLE), "wirral-2018-19")
    load_document(path, star.document_key, star.tables)
    return path


def test_asb_incidents_by_district_and_year(warehouse):
    assert query(warehouse, ASB_BY_DISTRICT_AND_YEAR) == [
        ("Wirral", "2017/18", 8617.0),
        ("Wirral", "2018/19", 6029.0),
    ]


def test_headline_metrics_wide(warehouse):
    # a metric the report gives two different figures of is NULL here: hate crime (103
    # referrals and 346 cases in 2017/18), interventions (669 and 1,637), people, children
    assert query(warehouse, HEADLINES) == [
        ("Sefton", "2018/19", None, None, None, None, None, None, 79.0, None),
        ("Wirral", "2016/17", None, None, None, None, None, None, None, 39.0),
        ("Wirral", "2017/18", 8617.0, None, None, None, None, None, None, None),
        ("Wirral", "2018/19", 6029.0, None, None, None, None, 29.0, 79.0, None),
    ]


def test_reoffending_against_england_and_merseyside(warehouse):
    assert query(warehouse, REOFFENDING_AGAINST_COMPARATORS) == [
        ("Wirral", "2016/17", 39.0),
        ("England", "2016/17", 40.9),
        ("Merseyside", "2016/17", 46.1),
    ]


def test_where_a_figure_comes_from(warehouse):
    [(file_name, row, page, sentence, x0, top)] = query(warehouse, WHERE_A_FIGURE_COMES_FROM)
    assert (file_name, row, page) == ("wirral-2018-19.pdf", 1, 2)
    assert sentence == (
        "The number of referrals to the Hate MARAC increased from 103 in the previous year to 188."
    )
    assert x0 > 400 and top > 0  # the Outcomes column, right of the page's middle


def test_figures_stated_twice_are_claims(warehouse):
    # the overview and the table both give: two healthy meals, 29 parents, a 30% reduction
    # in ASB, 351 children, 669 interventions (not yet checked: held is NULL)
    assert query(warehouse, STATED_TWICE) == [
        ("repeated_figure", 2.0, None),
        ("repeated_figure", 29.0, None),
        ("repeated_figure", 30.0, None),
        ("repeated_figure", 351.0, None),
        ("repeated_figure", 669.0, None),
    ]


def test_a_reports_claims(warehouse):
    assert query(warehouse, A_REPORTS_CLAIMS) == [
        ("change_difference", 2588.0, None, None),
        ("part_whole", 380.0, None, None),
        ("percent_change", 30.0, None, None),
    ]


def test_catalog_worklist(warehouse):
    assert query(warehouse, CATALOG_WORKLIST) == [
        ("address", 1),  # "186 addresses were target-hardened"
        ("healthy_meal", 2),
    ]


def test_views_survive_reloading_and_list_every_fact(warehouse):
    star = to_star(extract_document(SAMPLE), "wirral-2018-19")
    load_document(warehouse, star.document_key, star.tables)  # a rerun replaces, not adds
    with connect(warehouse, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM mart_measures").fetchone()[0] == 59
        assert con.execute("SELECT count(*) FROM fact_measure").fetchone()[0] == 59
