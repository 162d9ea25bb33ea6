"""A report's identity comes from its content: district and year, read from the report.

Same-named files of two partnerships are two reports; a new version of one district and
year replaces the old one and the old one's sha256 and load time stay in
dim_document_history; a district anywhere in England and Wales gets its area, its ONS GSS
code and its measures. All through the real `pcc-warehouse ingest`, one process per call.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from conftest import WAREHOUSE, ingest, query


def renamed_report(folder: Path, district: str, period: str, file_name: str) -> Path:
    """The sample's texts as another district's report, every "Wirral" renamed."""
    from pdfgen import Programme, render_report, sample_like_report

    def moved(text: str) -> str:
        return text.replace("Wirral", district)

    report = sample_like_report(district=district, period=period)
    report = replace(
        report,
        overview=[moved(p) for p in report.overview],
        programmes=[
            Programme(
                [moved(t) for t in p.activity],
                [moved(t) for t in p.expected_outcomes],
                [moved(t) for t in p.outcomes],
                activity_title=p.activity_title and moved(p.activity_title),
            )
            for p in report.programmes
        ],
    )
    folder.mkdir(parents=True, exist_ok=True)
    return render_report(report, folder / file_name)


SAME_NAME = "csp-annual-report-2018-19.pdf"


def test_same_named_reports_of_two_districts_both_load_in_separate_ingests(workdir):
    sefton = renamed_report(workdir / "from sefton", "Sefton", "2018/19", SAME_NAME)
    wirral = renamed_report(workdir / "from wirral", "Wirral", "2019/20", SAME_NAME)

    first, second = ingest(sefton), ingest(wirral)

    assert first.returncode == 0, first.stdout + first.stderr
    assert second.returncode == 0, second.stdout + second.stderr
    assert second.stdout.startswith(f"{SAME_NAME}: area Wirral, period 2019/20")
    db = workdir / WAREHOUSE
    assert query(db, "SELECT document_key, file_name FROM dim_document ORDER BY 1") == [
        ("sefton-2018-19", SAME_NAME),
        ("wirral-2019-20", SAME_NAME),
    ]
    counts = "SELECT document_key, count(*) FROM fact_measure GROUP BY 1 ORDER BY 1"
    # 59 figures as in the sample; Sefton's "shares ... with Sefton at 79" is one row
    assert query(db, counts) == [("sefton-2018-19", 58), ("wirral-2019-20", 59)]
    inbox = workdir / "data" / "inbox"
    assert sorted(p.relative_to(inbox).as_posix() for p in inbox.glob("*/*.pdf")) == [
        f"sefton-2018-19/{SAME_NAME}",
        f"wirral-2019-20/{SAME_NAME}",
    ]
    assert query(db, "SELECT count(*) FROM dim_document_history") == [(0,)]


def test_a_district_outside_merseyside_gets_its_area_code_and_measures(workdir):
    leeds = renamed_report(workdir / "in", "Leeds", "2019/20", "annual report.pdf")

    result = ingest(leeds)

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("annual report.pdf: area Leeds, period 2019/20, 4 pages,")
    db = workdir / WAREHOUSE
    assert query(db, "SELECT document_key, area_key FROM dim_document") == [
        ("leeds-2019-20", "leeds")
    ]
    assert query(
        db, "SELECT area_name, area_type, area_code FROM dim_area WHERE area_key = 'leeds'"
    ) == [("Leeds", "district", "E08000035")]
    stated = "SELECT count(*) FROM fact_measure WHERE area_key = 'leeds'"
    assert query(db, stated)[0][0] > 40
    asb = """SELECT period_label, value, area_code FROM mart_metric_by_area_period
             WHERE metric_code = 'asb_incidents' ORDER BY period_start"""
    assert query(db, asb) == [("2018/19", 8617.0, "E08000035"), ("2019/20", 6029.0, "E08000035")]


def test_a_new_version_replaces_the_old_and_the_history_keeps_it(workdir):
    first = renamed_report(workdir / "v1", "Knowsley", "2019/20", "knowsley.pdf")
    loaded = ingest(first)
    assert loaded.returncode == 0, loaded.stdout + loaded.stderr
    db = workdir / WAREHOUSE
    [(old_sha, old_loaded_at)] = query(db, "SELECT sha256, loaded_at FROM dim_document")

    second = renamed_report(workdir / "v2", "Knowsley", "2019/20", "Knowsley CSP report v2.pdf")
    with second.open("ab") as f:
        f.write(b"\n% corrected edition\n")  # other bytes, same report
    again = ingest(second)

    assert again.returncode == 0, again.stdout + again.stderr
    line = again.stdout.splitlines()[0]
    assert line.startswith("Knowsley CSP report v2.pdf: area Knowsley, period 2019/20")
    assert f"(a new version: replaces knowsley.pdf, sha256 {old_sha[:12]}" in line
    assert query(db, "SELECT document_key, file_name FROM dim_document") == [
        ("knowsley-2019-20", "Knowsley CSP report v2.pdf")
    ]
    assert query(db, "SELECT count(*) FROM fact_measure") == [(59,)]
    history = "SELECT document_key, file_name, sha256, loaded_at, replaced_by_file "
    history += "FROM dim_document_history"
    assert query(db, history) == [
        ("knowsley-2019-20", "knowsley.pdf", old_sha, old_loaded_at, "Knowsley CSP report v2.pdf")
    ]
    filed = workdir / "data" / "inbox" / "knowsley-2019-20"
    assert [p.name for p in filed.glob("*.pdf")] == ["Knowsley CSP report v2.pdf"]
    # The run says so too: the load's metadata names the version it replaced.
    import dagster as dg

    from pipelines.settings import ensure_dagster_home

    ensure_dagster_home()
    event = dg.DagsterInstance.get().get_latest_materialization_event(
        dg.AssetKey(["warehouse", "dim_document"])
    )
    replaced = event.asset_materialization.metadata["replaced"].value
    assert (replaced["file_name"], replaced["sha256"]) == ("knowsley.pdf", old_sha)
