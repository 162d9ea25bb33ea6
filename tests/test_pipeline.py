"""The whole chain through the command line: PDF -> pdfplumber -> DuckDB -> GX -> alert."""

from __future__ import annotations

import shutil

from conftest import SAMPLE, ingest, query


def test_ingest_sample_loads_the_star_schema_and_passes_the_check(workdir, webhook):
    result = ingest(env={"PCC_ALERT_WEBHOOK_URL": webhook.url})

    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.splitlines()[0].startswith(
        "wirral-2018-19.pdf: area Wirral, period 2018/19, 4 pages, 13 programmes,"
    )
    assert "checks 36 passed 0 failed" in result.stdout
    db = workdir / "data" / "warehouse.duckdb"
    assert f"warehouse: {db}" in result.stdout
    assert query(db, "SELECT count(*) FROM dim_programme") == [(13,)]
    assert query(
        db,
        "SELECT d.file_name, a.area_name, a.area_type, p.period_label, p.start_date::VARCHAR, "
        "p.end_date::VARCHAR, d.page_count FROM dim_document d JOIN dim_area a USING (area_key) "
        "JOIN dim_period p USING (period_key)",
    ) == [("wirral-2018-19.pdf", "Wirral", "district", "2018/19", "2018-04-01", "2019-03-31", 4)]
    youth = query(
        db,
        "SELECT metric_key, value, page_number FROM fact_measure "
        "WHERE programme_key = 'wirral-2018-19:008' AND unit = 'count' ORDER BY value",
    )
    assert youth == [  # "669 interventions to 380 people. This comprised 29 parents and 351 ..."
        ("parents_carers", 29.0, 3),
        ("children_young_people", 351.0, 3),
        ("people_supported", 380.0, 3),
        ("interventions", 669.0, 3),
    ]
    assert query(
        db,
        "SELECT check_name, severity, passed, observed, expected FROM fact_check_result "
        "WHERE check_name = 'part_whole'",
    ) == [("part_whole", "error", True, "380", "380")]
    assert query(db, "SELECT count(*), bool_and(passed) FROM fact_check_result") == [(36, True)]
    assert webhook.received == []


def test_ingesting_a_report_twice_reads_it_once_and_keeps_one_copy(workdir):
    first, second = ingest(), ingest()

    assert (first.returncode, second.returncode) == (0, 0)
    db = workdir / "data" / "warehouse.duckdb"
    assert query(db, "SELECT count(*) FROM dim_document") == [(1,)]
    assert query(db, "SELECT count(*) FROM dim_programme") == [(13,)]
    facts = query(db, "SELECT count(*), count(DISTINCT measure_key) FROM fact_measure")[0]
    assert facts[0] == facts[1] > 0
    assert "unchanged since its last load, not read again" in second.stdout
    assert query(db, "SELECT count(*) FROM fact_check_result") == [(36,)]


def test_area_and_period_come_from_the_report_not_its_file_name(workdir):
    renamed = workdir / "Sefton 2020-21 copy.pdf"
    shutil.copyfile(SAMPLE, renamed)

    result = ingest(str(renamed), "--warehouse", str(workdir / "w.duckdb"))

    assert result.returncode == 0, result.stderr[-2000:]
    assert "Sefton 2020-21 copy.pdf: area Wirral, period 2018/19" in result.stdout
    # its identity too: the report's district and year, not its file name
    assert query(workdir / "w.duckdb", "SELECT document_key, area_key FROM dim_document") == [
        ("wirral-2018-19", "wirral")
    ]


def test_figures_that_do_not_add_up_fail_the_check_exit_1_and_alert(workdir, webhook):
    from pdfgen import render_report, sample_like_report

    report = sample_like_report()
    row = next(p for p in report.programmes if "380 people" in " ".join(p.outcomes))
    row.outcomes = [t.replace("380 people", "381 people") for t in row.outcomes]
    broken = render_report(report, workdir / "wirral-broken.pdf")

    result = ingest(str(broken), env={"PCC_ALERT_WEBHOOK_URL": webhook.url})

    assert result.returncode == 1, result.stdout + result.stderr[-2000:]
    assert "wirral-broken.pdf: area Wirral, period 2018/19" in result.stdout
    assert "passed 1 failed" in result.stdout
    assert (
        "  error: wirral-broken.pdf: check part_whole failed: expected 380, found 381 "
        "(29 + 351 = 380; the report gives the whole as 381)"
    ) in result.stdout.splitlines()
    db = workdir / "data" / "warehouse.duckdb"
    assert query(db, "SELECT count(*) FROM dim_programme") == [(len(report.programmes),)]
    assert query(
        db,
        "SELECT check_name, passed, observed, expected FROM fact_check_result WHERE NOT passed",
    ) == [("part_whole", False, "381", "380")]
    [alert] = webhook.received
    assert alert["document"]["file_name"] == "wirral-broken.pdf"
    assert "Wirral" in alert["text"] and "2018/19" in alert["text"]
    [failure] = alert["failures"]
    assert failure["check"] == "part_whole"
    assert (failure["found"], failure["expected"]) == (381, 380)
    values = sorted(f["value"] for f in failure["figures"])
    assert values == [29, 351, 381]
    for figure in failure["figures"]:
        assert figure["page"] >= 2  # the table starts on the page after the overview
        assert str(int(figure["value"])) in figure["sentence"]


def test_an_unreadable_report_exits_3_and_the_others_still_load(workdir):
    folder = workdir / "batch"
    folder.mkdir()
    shutil.copyfile(SAMPLE, folder / "wirral-2018-19.pdf")
    (folder / "notes.pdf").write_text("<html>not a report</html>")

    result = ingest(str(folder))

    assert result.returncode == 3
    assert "error: notes.pdf: not a PDF" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    db = workdir / "data" / "warehouse.duckdb"
    assert query(db, "SELECT document_key FROM dim_document") == [("wirral-2018-19",)]


def test_usage_error_exits_2(workdir):
    assert ingest("--no-such-option").returncode == 2


def test_runs_are_recorded_in_the_dagster_instance(workdir):
    import dagster as dg

    assert ingest().returncode == 0
    instance = dg.DagsterInstance.from_config(str(workdir / "dagster_home"))
    runs = instance.get_runs()
    assert len(runs) == 1 and runs[0].status == dg.DagsterRunStatus.SUCCESS
    assert runs[0].job_name == "ingest_batch"
    # The batch run records the report on its own partition: each asset, each check.
    for asset in [["reports", "raw_document"], ["reports", "extracted_document"]] + [
        ["warehouse", t]
        for t in ["dim_document", "dim_area", "dim_period", "dim_programme", "dim_metric"]
    ]:
        assert instance.get_materialized_partitions(dg.AssetKey(asset)) == {"wirral-2018-19"}
    fact = dg.AssetKey(["warehouse", "fact_measure"])
    assert instance.get_materialized_partitions(fact) == {"wirral-2018-19"}
    evaluations = dg.DagsterEventType.ASSET_CHECK_EVALUATION
    checks = [
        e.dagster_event.event_specific_data
        for e in instance.all_logs(runs[0].run_id, of_type=evaluations)
    ]
    assert sorted((c.check_name, c.partition, c.passed) for c in checks) == [
        (name, "wirral-2018-19", True)
        for name in ["across_reports", "arithmetic", "plausibility", "structure"]
    ]
