"""Tables of figures in Word-made reports, through the whole pipeline: each cell a fact
with what its row and column say it measures, the year its column heads, and the
table's own arithmetic (a change column, a "% change" column, a "Total" column or row)
claimed and holding, and a rate's Total row not claimed as a sum.

The fixtures (tests/fixtures/word_tables*, made by tests/wordgen.py) record each table
as written; what each row label measures is labelled here by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ingest_together, query

FIXTURES = Path(__file__).parent / "fixtures"
PDFS = sorted(FIXTURES.glob("word_tables*/*.pdf"))

# What each row label measures: a concept code, or ("other", a word its name must say).
ROW_MEASURES = {
    "Burglary": "burglary",
    "Vehicle crime": "vehicle_crime",
    "Shoplifting": "shoplifting",
    "Criminal damage and arson": "criminal_damage",
    "Robbery": "robbery",
    "Violence with injury": "violent_crime",
    "Hate crime": "hate_crime",
    "Drug offences": "drug_offences",
    "Possession of weapons": "knife_crime",
    "Theft from the person": ("other", "theft"),
    "Referrals to the IDVA service": "idva_cases",
    "Deliberate fires": "deliberate_fires",
    "Fly-tipping reports": "fly_tipping",
    "Home fire safety visits": "home_safety_visits",
    "Young people engaged": "children_young_people",
    "Calls to the ASB hotline": "asb_incidents",  # as the corpus labels it (dev3, dev5, dev10)
    "Street Pastor patrols": "sessions_delivered",
}
# What each column head says of its cells: (unit, role, suffix of the metric code).
COLUMNS = {
    "Change": ("count", "change", "_change"),
    "% change": ("percent", "percent_change", "_change_percent"),
    "Number": ("count", "change", "_change"),  # under a head "Change" merged over two
    "%": ("percent", "percent_change", "_change_percent"),
    "ASB incidents": ("count", "level", ""),
    "Rate per 1,000 population": ("per_1000_population", "level", "_per_1000_population"),
}
LEVEL = ("count", "level", "")


def number(cell: str) -> float:
    return abs(float(cell.replace(",", "").replace("%", "")))


def expected_facts(table: dict) -> list[tuple]:
    """(value, unit, role, metric code or ("other", word), period or None) per cell."""
    facts = []
    for label, *cells in table["rows"]:
        measured = "asb_incidents" if table["head"][0] == "Ward" else ROW_MEASURES[label]
        for head, cell in zip(table["head"][1:], cells):
            if head == "Status":
                continue  # Green, Amber, Red: words, not figures
            unit, role, suffix = COLUMNS.get(head, LEVEL)
            metric = measured + suffix if isinstance(measured, str) else measured
            period = head.replace("/", "-") if "/" in head else None
            facts.append((number(cell), unit, role, metric, period))
    return facts


def claims_expected(table: dict) -> int:
    """Each row of a year table claims its change and its % change; of a quarter table,
    its total; a ward table's Total row claims its incidents (its rate is no sum)."""
    per_row = {"% change": 2, "%": 2, "Total": 1}.get(table["head"][-1], 0)
    return per_row * len(table["rows"]) + (table["rows"][-1][0] == "Total")


@pytest.fixture(scope="module")
def loaded(tmp_path_factory) -> dict[str, tuple[Path, str]]:
    return ingest_together(PDFS, tmp_path_factory)


def table_facts(report: tuple[Path, str], row: str) -> list[tuple]:
    db, document = report
    return query(
        db,
        "SELECT f.value, f.unit, f.role, f.metric_key, m.metric_name, f.period_key "
        "FROM fact_measure f JOIN dim_metric m USING (metric_key) "
        f"WHERE f.document_key = '{document}' AND f.section = 'overview' "
        f"AND f.sentence = '{row}' ORDER BY f.x0",
    )


@pytest.mark.parametrize("pdf", PDFS, ids=[p.stem for p in PDFS])
def test_each_cell_is_a_fact_of_its_row_and_column(pdf, loaded):
    want = json.loads(pdf.with_suffix(".json").read_text())
    for table in want["tables"]:
        facts = iter(expected_facts(table))
        for cells in table["rows"]:
            line = " | ".join(cells)
            got = table_facts(loaded[pdf.stem], line)
            wanted = [next(facts) for cell in cells[1:] if cell[-1].isdigit() or cell[-1] == "%"]
            assert len(got) == len(wanted), line
            for (value, unit, role, code, name, period), (v, u, r, metric, p) in zip(got, wanted):
                assert (value, unit, role) == (v, u, r), line
                if isinstance(metric, tuple):
                    assert metric[1] in name.lower(), (line, name)
                else:
                    assert code == metric, line
                if p:
                    assert period == p, line


@pytest.mark.parametrize("pdf", PDFS, ids=[p.stem for p in PDFS])
def test_a_tables_arithmetic_is_claimed_and_holds(pdf, loaded):
    want = json.loads(pdf.with_suffix(".json").read_text())
    db, document = loaded[pdf.stem]
    results = query(
        db,
        "SELECT r.check_name, r.passed, c.sentence FROM fact_check_result r "
        f"JOIN fact_claim c USING (claim_key) WHERE c.document_key = '{document}' "
        "AND c.sentence LIKE '%|%' "
        "AND r.check_name IN ('part_whole', 'change_difference', 'percent_change')",
    )
    assert all(passed for _, passed, _ in results), results
    assert len(results) == sum(claims_expected(t) for t in want["tables"])
