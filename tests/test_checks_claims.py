"""Each kind of claim broken one at a time in a generated report: exactly that check fails,
with the right figures; a report where everything holds fails nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import WAREHOUSE, ingest_here, query
from pdfgen import Programme, render_report, sample_like_report

FAILED = """
    SELECT check_name, severity, observed, expected FROM fact_check_result
    WHERE NOT passed ORDER BY check_name
"""


def claims(workdir: Path) -> list[tuple]:
    return query(
        workdir / WAREHOUSE,
        "SELECT check_name, severity, passed, observed, expected FROM fact_check_result "
        "WHERE check_name NOT LIKE '%: %' ORDER BY check_name, observed",
    )


def replace_in(report, old: str, new: str, overview=True, table=True) -> None:
    if overview:
        report.overview = [t.replace(old, new) for t in report.overview]
    if table:
        for row in report.programmes:
            row.outcomes = [t.replace(old, new) for t in row.outcomes]


def test_the_sample_texts_make_eight_claims_and_all_hold(workdir):
    pdf = render_report(sample_like_report(), workdir / "wirral-2018-19.pdf")
    assert ingest_here(pdf, workdir) == 0
    assert claims(workdir) == [
        ("change_difference", "error", True, "2588", "2588"),
        ("part_whole", "error", True, "380", "380"),
        ("percent_change", "warn", True, "30", "30.0337 (between 29.5337 and 30.5337)"),
        ("repeated_figure", "warn", True, "2", "2"),  # "two healthy meals", overview and row 13
        ("repeated_figure", "warn", True, "29", "29"),
        ("repeated_figure", "warn", True, "30", "30"),
        ("repeated_figure", "warn", True, "351", "351"),
        ("repeated_figure", "warn", True, "669", "669"),
    ]
    assert query(workdir / WAREHOUSE, FAILED) == []


BROKEN = {
    # the whole: 29 + 351 is 380, the report says 381
    "part_whole": (("380 people", "381 people", True, True), "error", "381", "380", 1),
    # the change: 8,617 - 6,029 is 2,588, the report says 2,688 less
    "change_difference": (("2,588 less", "2,688 less", True, True), "error", "2688", "2588", 1),
    # the percentage: 8,617 -> 6,029 is a 30.0% reduction, both mentions say 35%
    "percent_change": (
        ("reduction of 30%", "reduction of 35%", True, True),
        "warn",
        "35",
        "30.0337 (between 29.5337 and 30.5337)",
        0,
    ),
    # the overview says 696 interventions, the table 669: the later mention against the first
    "repeated_figure": (
        ("669 interventions", "696 interventions", True, False),
        "warn",
        "669",
        "696",
        0,
    ),
}


@pytest.mark.parametrize("check", list(BROKEN))
def test_a_broken_claim_fails_exactly_its_check(workdir, check):
    (old, new, overview, table), severity, found, expected, status = BROKEN[check]
    report = sample_like_report()
    replace_in(report, old, new, overview, table)
    pdf = render_report(report, workdir / "wirral-2018-19.pdf")

    assert ingest_here(pdf, workdir) == status
    assert query(workdir / WAREHOUSE, FAILED) == [(check, severity, found, expected)]


def test_a_rule_named_in_the_catalog_checks_a_sum_the_text_does_not_spell_out(workdir):
    report = sample_like_report()
    replace_in(report, "This comprised 29 parents", "Among them were 29 parents")  # no cue
    replace_in(report, "380 people", "381 people")
    assert ingest_here(render_report(report, workdir / "wirral-2018-19.pdf"), workdir) == 1
    assert query(workdir / WAREHOUSE, FAILED) == [
        ("youth_justice_people_add_up", "error", "381", "380")
    ]


def test_an_implausible_percentage_warns(workdir):
    report = sample_like_report()
    report.programmes.append(
        Programme(
            activity=["Victim satisfaction survey"],
            expected_outcomes=["Victims satisfied with the service."],
            outcomes=["Satisfaction among the victims surveyed reached 120% this year."],
        )
    )
    assert ingest_here(render_report(report, workdir / "wirral-2018-19.pdf"), workdir) == 0
    [(check, severity, observed, expected)] = query(workdir / WAREHOUSE, FAILED)
    assert (check, severity, expected) == (
        "plausibility: percentage within 0-100",
        "warn",
        "percentage within 0-100",
    )
    [key] = query(workdir / WAREHOUSE, "SELECT measure_key FROM fact_measure WHERE value = 120")
    assert observed == f"1 of 10 rows: ['{key[0]}']"


@pytest.mark.parametrize("stated, passed", [("70.7%", True), ("76.7%", False)])
def test_a_share_beside_a_part_is_the_part_over_its_whole(workdir, stated, passed):
    report = sample_like_report()
    report.programmes.append(
        Programme(
            activity=["Education, training and employment support"],
            expected_outcomes=["Young people in education at the end of their order."],
            outcomes=[
                f"Of the 58 young people whose orders closed, 41 ({stated}) were in"
                " education, training or employment."
            ],
        )
    )
    assert ingest_here(render_report(report, workdir / "wirral-2018-19.pdf"), workdir) == 0
    shares = [c for c in claims(workdir) if c[0] == "share"]
    # 41 of 58 is 70.69%: the stated share holds within half its last digit
    assert shares == [
        ("share", "warn", passed, stated[:-1], "70.6897 (between 70.6397 and 70.7397)")
    ]


def test_a_report_without_programmes_fails_the_structure_check(workdir):
    report = sample_like_report(programmes=[])
    assert ingest_here(render_report(report, workdir / "wirral-2018-19.pdf"), workdir) == 1
    assert query(workdir / WAREHOUSE, FAILED) == [
        (
            "structure_dim_document: document has at least one programme",
            "error",
            "1 of 1 rows: ['wirral-2018-19']",
            "document has at least one programme",
        )
    ]


def previous_year_report(referrals: str):
    """Last year's Wirral report, stating its own Hate MARAC referrals."""
    report = sample_like_report(period="2017/18")
    report.overview = ["The partnership continued its work across Wirral."]
    report.programmes = [
        Programme(
            activity=["Deliver challenging racism workshops."],
            expected_outcomes=["Schools supported to build on learning delivered."],
            outcomes=[
                f"The number of referrals to the Hate MARAC increased from 80 in the previous "
                f"year to {referrals}."
            ],
        )
    ]
    return report


@pytest.mark.parametrize(
    "referrals, failed", [("103", []), ("110", [("previous_year", "warn", "103", "110")])]
)
def test_a_previous_year_figure_agrees_with_last_years_report(workdir, referrals, failed):
    last_year = render_report(previous_year_report(referrals), workdir / "wirral-2017-18.pdf")
    this_year = render_report(sample_like_report(), workdir / "wirral-2018-19.pdf")
    assert ingest_here(last_year, workdir) == 0
    assert ingest_here(this_year, workdir) == 0

    assert query(workdir / WAREHOUSE, FAILED) == failed
    assert query(
        workdir / WAREHOUSE,
        "SELECT document_key, observed FROM fact_check_result WHERE check_name = 'previous_year'",
    ) == [("wirral-2018-19", "103")]


@pytest.mark.parametrize("order", ["later year first", "one batch"])
def test_previous_year_figures_are_compared_whatever_the_load_order(workdir, order):
    batch = workdir / "batch"
    batch.mkdir()
    last_year = render_report(previous_year_report("110"), batch / "wirral-2017-18.pdf")
    this_year = render_report(sample_like_report(), batch / "wirral-2018-19.pdf")
    if order == "one batch":
        ingest_here(batch, workdir)
    else:
        ingest_here(this_year, workdir)
        ingest_here(last_year, workdir)
    # this year's report says 103 for 2017/18, last year's own report says 110
    assert ("previous_year", "warn", "103", "110") in query(workdir / WAREHOUSE, FAILED)
