"""The checks of reports, without Dagster: Great Expectations run once for a batch of
reports (expectations/batch.py), each check's outcome as plain data, and the results as
fact_check_result rows.

The command line's checker process imports this module and GX, not Dagster (a second of
import it does not need); the Dagster asset check (pipelines/checks.py) turns each
outcome into its check result.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from pipelines import inbox, retention
from pipelines.settings import alert_ledger
from warehouse import store


def check_reports(
    warehouse: Path, inbox_path: Path, reports: list, dimensions: dict, run_id: str | None
) -> tuple[dict, Path, list[str]]:
    """The four checks of each report (expectations.batch.ReportRows), Great Expectations
    run once for all of them, and the across_reports check of the reports of later years
    that give a figure for one of theirs (whatever the order the reports were loaded in);
    report key -> its validations, the Data Docs page, and the runs whose storage is to
    go (retention runs here, but for that: retention.remove_run_storage needs Dagster)."""
    from expectations import batch
    from expectations.offline_docs import make_offline

    keys = {r.key for r in reports}
    documents = [r.tables["dim_document"] for r in reports]
    areas = sorted({a for d in documents for a in d.area_key.dropna()})
    earlier = earlier_reports(warehouse, areas)
    later = sorted(set(later_reports(warehouse, documents)) - keys)
    rechecked = stored_reports(warehouse, later)
    runtime = runtime_for(warehouse, inbox_path, keys | set(later), earlier)
    validations = batch.validate_reports(reports, dimensions, earlier, runtime, rechecked)
    # Older evaluations' artifacts go before Data Docs are built: its index lists what stays.
    unused_runs = retention.record_and_prune(runtime, sorted(validations), run_id)
    data_docs = batch.build_data_docs(runtime)
    make_offline(data_docs.parent)  # readable with no network: local Bootstrap, jQuery
    return validations, data_docs, unused_runs


def results_of(validations: dict, run_id: str | None) -> pd.DataFrame:
    """The evaluations as fact_check_result rows: one timestamp for all, one evaluation
    (its own id) per report."""
    from expectations.validate import now

    checked_at = now()
    return pd.concat(
        [
            store.as_evaluation(pd.concat([v.results for v in found]), run_id)
            for found in validations.values()
        ],
        ignore_index=True,
    ).assign(checked_at=checked_at)


def stored_reports(warehouse: Path, keys: list[str]) -> list:
    """Reports in the warehouse as the checks take them (expectations.batch.ReportRows):
    each as the checks and alerts name it (store.report_status's row), and its rows."""
    from expectations.batch import ReportRows

    if not keys:
        return []
    status = store.report_status(warehouse)
    tables = store.read_document_tables(warehouse, keys)
    return [ReportRows(status.report(k) or {"document_key": k}, tables[k]) for k in keys]


def runtime_for(warehouse: Path, inbox_path: Path, keys: set[str], earlier: pd.DataFrame):
    """Where GX writes (next to the warehouse), whom to alert, the PDFs for pictures."""
    from expectations.alerts import AlertSettings
    from expectations.validate import Runtime

    pdfs = inbox.reports_in(inbox_path)
    wanted = {*keys, *earlier.document_key.unique()}
    return Runtime(
        gx_dir=warehouse.parent / "gx",
        alerts=AlertSettings.from_env(),
        pdfs={path.name: path for k, path in pdfs.items() if k in wanted},
        ledger=alert_ledger(warehouse),  # a folder per report: pruned with it
    )


def earlier_reports(warehouse: Path, areas: list[str]) -> pd.DataFrame:
    """Reports of these areas in the warehouse: the figures each gives for its own year,
    with its file name and its area (doc_area)."""
    if not areas or not warehouse.exists():
        return pd.DataFrame(columns=["document_key", "file_name", "qualifier", "doc_area"])
    with store.connect(warehouse, read_only=True) as con:
        return con.execute(
            f"""
            SELECT f.*, d.file_name, d.area_key AS doc_area
            FROM fact_measure f JOIN dim_document d USING (document_key)
            WHERE d.area_key IN ({", ".join("?" for _ in areas)})
              AND f.period_key = d.period_key
            """,
            areas,
        ).df()


def later_reports(warehouse: Path, documents: list[pd.DataFrame]) -> list[str]:
    """Other reports of the same area as one of these that state a figure for its own
    year, in one read."""
    placed = [d for d in documents if not d.empty and not pd.isna(d.area_key.iloc[0])]
    if not placed or not warehouse.exists():
        return []
    with store.connect(warehouse, read_only=True) as con:
        rows = [
            con.execute(
                """
                SELECT DISTINCT d.document_key
                FROM fact_measure f JOIN dim_document d USING (document_key)
                WHERE d.document_key <> ? AND d.area_key = ? AND f.period_key = ?
                  AND d.period_key <> f.period_key AND f.period_basis = 'stated'
                """,
                [d.document_key.iloc[0], d.area_key.iloc[0], d.period_key.iloc[0]],
            ).fetchall()
            for d in placed
        ]
    return sorted({key for found in rows for (key,) in found})


def check_outcome(validation, data_docs: Path) -> dict:
    """One check's outcome as Dagster shows it (pipelines/checks.py makes it a check
    result): passed, severity, and its figures as metadata, each as (kind, value)."""
    results, failed, errors = validation.results, validation.failed, validation.errors
    return {
        "check_name": validation.check,
        "passed": failed.empty,
        "severity": "error" if len(errors) else "warn",
        "metadata": {
            "claims_checked": ("int", len(results)),
            "failed": ("int", len(failed)),
            "errors": ("int", len(errors)),
            "results": ("md", results_table(results)),
            "failures": ("json", failure_details(validation)),
            "data_docs": ("path", str(data_docs.resolve())),
        },
    }


def results_table(results: pd.DataFrame) -> str:
    if results.empty:
        return "(nothing to check)"
    shown = results[["check_name", "severity", "passed", "observed", "expected", "message"]]
    return shown.to_markdown(index=False)


def failure_details(validation) -> list[dict]:
    """Each failure with its figures: value, page, sentence (the UI's view of it)."""
    if validation.claims.empty:
        return validation.failed.drop(columns=["checked_at"]).to_dict("records")
    return [
        {
            "check": c["check_name"],
            "severity": c["severity"],
            "found": c["found"],
            "expected": c["expected"],
            "description": c["description"],
            "figures": [
                {k: f[k] for k in ("role", "value", "metric", "page", "sentence")}
                for f in json.loads(c["figures"])
            ],
        }
        for c in validation.failed_claims.to_dict("records")
    ]
