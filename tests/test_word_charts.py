"""Charts in Word-made reports, through the whole pipeline: no fact comes from a chart's
text (its axis ticks, categories, data labels, legend or title), and the prose around
a chart, wrapped beside it or set in a shaded call-out, keeps its facts.

The fixtures (tests/fixtures/word_charts*, made by tests/wordgen.py) record each
chart's data and the report's text as written.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ingest_together, query

FIXTURES = Path(__file__).parent / "fixtures"
PDFS = sorted(FIXTURES.glob("word_charts*/*.pdf"))


@pytest.fixture(scope="module")
def loaded(tmp_path_factory) -> dict[str, tuple[Path, str]]:
    return ingest_together(PDFS, tmp_path_factory)


def written(pdf: Path) -> dict:
    return json.loads(pdf.with_suffix(".json").read_text())


def test_the_fixtures_draw_every_kind_of_chart():
    charts = [c for pdf in PDFS for c in written(pdf)["charts"]]
    assert {c["kind"] for c in charts} >= {"COLUMN_CLUSTERED", "BAR_CLUSTERED", "PIE"}
    assert {c["kind"] for c in charts} & {"LINE", "LINE_MARKERS"}
    for option in ("legend", "labels", "frameless", "floating", "caption_below"):
        assert {c[option] for c in charts} == {True, False}, option
    assert {bool(c["title"]) for c in charts} == {True, False}
    assert all(written(pdf)["overview"] for pdf in PDFS)


@pytest.mark.parametrize("pdf", PDFS, ids=[p.stem for p in PDFS])
def test_every_overview_fact_is_from_the_text_written_not_a_chart(pdf, loaded):
    paragraphs = written(pdf)["overview"]
    db, document = loaded[pdf.stem]
    facts = query(
        db,
        "SELECT sentence, value FROM fact_measure WHERE section = 'overview' "
        f"AND document_key = '{document}' ORDER BY measure_key",
    )
    assert facts
    from_charts = [f for f in facts if not any(f[0] in p for p in paragraphs)]
    assert not from_charts


@pytest.mark.parametrize("pdf", PDFS, ids=[p.stem for p in PDFS])
def test_a_call_out_keeps_its_figures(pdf, loaded):
    """A shaded, bordered paragraph with an underlined link is prose, not a chart."""
    db, document = loaded[pdf.stem]
    stored = query(
        db, f"SELECT DISTINCT sentence FROM fact_measure WHERE document_key = '{document}'"
    )
    for paragraph in written(pdf)["boxed"]:
        assert any(s in paragraph for (s,) in stored), paragraph[:60]
