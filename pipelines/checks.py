"""Asset checks: the Great Expectations checkpoints (expectations/gx), run on each report.

One step runs the four checks, Great Expectations once for them (expectations/batch.py,
a batch of one), so one process writes fact_check_result at a time (DuckDB takes one
writer). Each check shows in the UI with its figures as metadata. The command line's
batch run (pipelines/batch.py) checks its reports with check_reports too.
"""

import json
from pathlib import Path

import dagster as dg
import pandas as pd

from pipelines import inbox, retention
from pipelines.assets import FACT_MEASURE, reports
from pipelines.resources import PccConfig
from pipelines.settings import alert_ledger
from warehouse import store

CHECK_DESCRIPTIONS = {
    "structure": "Keys unique and not null, foreign keys resolve; the report has a district, "
    "a period and at least one programme; units and qualifiers from their allowed sets.",
    "plausibility": "Percentages within 0-100, counts non-negative whole numbers (warn).",
    "arithmetic": "The report's own arithmetic: parts add up to their whole, changes subtract, "
    "percentage changes agree within rounding, a figure stated twice agrees.",
    "across_reports": "A figure given for the previous year equals that year's own report "
    "of the same area, when it is in the warehouse (warn).",
}


@dg.multi_asset_check(
    name="report_checks",
    specs=[
        dg.AssetCheckSpec(name, asset=FACT_MEASURE, description=text, partitions_def=reports)
        for name, text in CHECK_DESCRIPTIONS.items()
    ],
)
def report_checks(context: dg.AssetCheckExecutionContext, pcc: PccConfig):
    validations, data_docs = evaluate(pcc, context.partition_key, context.run.run_id)
    for validation in validations:
        yield dg.AssetCheckResult(**check_fields(validation, data_docs))


def evaluate(pcc: PccConfig, key: str, run_id: str | None = None) -> tuple[list, Path]:
    """Run the four checks on one report's rows in the warehouse and record the results
    (a batch of one, check_reports); returns its validations and the Data Docs page."""
    from expectations.batch import ReportRows

    report = ReportRows(document_row(pcc.warehouse_path, key), document_tables(pcc, key))
    dimensions = store.read_dimensions(pcc.warehouse_path)
    validations, data_docs = check_reports(pcc, [report], dimensions, run_id)
    store.append_check_results(pcc.warehouse_path, results_of(validations, run_id))
    return validations[key], data_docs


def check_reports(
    pcc: PccConfig, reports: list, dimensions: dict, run_id: str | None
) -> tuple[dict, Path]:
    """The four checks of each report (expectations.batch.ReportRows), Great Expectations
    run once for all of them, and the across_reports check of the reports of later years
    that give a figure for one of theirs (whatever the order the reports were loaded in);
    report key -> its validations, and the Data Docs page. Retention runs here."""
    from expectations import batch
    from expectations.offline_docs import make_offline

    keys = {r.key for r in reports}
    documents = [r.tables["dim_document"] for r in reports]
    areas = sorted({a for d in documents for a in d.area_key.dropna()})
    earlier = earlier_reports(pcc.warehouse_path, areas)
    later = sorted({k for d in documents for k in later_reports(pcc.warehouse_path, d)} - keys)
    rechecked = [
        batch.ReportRows(document_row(pcc.warehouse_path, k), document_tables(pcc, k))
        for k in later
    ]
    runtime = runtime_for(pcc, keys | set(later), earlier)
    validations = batch.validate_reports(reports, dimensions, earlier, runtime, rechecked)
    # Older evaluations' artifacts go before Data Docs are built: its index lists what stays.
    retention.record_and_prune(runtime, sorted(validations), run_id)
    data_docs = batch.build_data_docs(runtime)
    make_offline(data_docs.parent)  # readable with no network: local Bootstrap, jQuery
    return validations, data_docs


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


def document_row(warehouse: Path, key: str) -> dict:
    """The report as the checks and alerts name it (store.report_status's row)."""
    return store.report_status(warehouse, key).report(key) or {"document_key": key}


def document_tables(pcc: PccConfig, key: str) -> dict[str, pd.DataFrame]:
    tables = store.read_document_tables(pcc.warehouse_path, key)
    return {t: tables[t] for t in store.DOCUMENT_TABLES}


def runtime_for(pcc: PccConfig, keys: set[str], earlier: pd.DataFrame):
    """Where GX writes (next to the warehouse), whom to alert, the PDFs for pictures."""
    from expectations.alerts import AlertSettings
    from expectations.validate import Runtime

    pdfs = inbox.reports_in(pcc.inbox_path)
    wanted = {*keys, *earlier.document_key.unique()}
    return Runtime(
        gx_dir=pcc.warehouse_path.parent / "gx",
        alerts=AlertSettings.from_env(),
        pdfs={path.name: path for k, path in pdfs.items() if k in wanted},
        ledger=alert_ledger(pcc.warehouse_path),  # a folder per report: pruned with it
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


def later_reports(warehouse: Path, document: pd.DataFrame) -> list[str]:
    """Other reports of the same area that state a figure for this report's own year."""
    if document.empty or pd.isna(document.area_key.iloc[0]) or not warehouse.exists():
        return []
    with store.connect(warehouse, read_only=True) as con:
        rows = con.execute(
            """
            SELECT DISTINCT d.document_key
            FROM fact_measure f JOIN dim_document d USING (document_key)
            WHERE d.document_key <> ? AND d.area_key = ? AND f.period_key = ?
              AND d.period_key <> f.period_key AND f.period_basis = 'stated'
            ORDER BY d.document_key
            """,
            [document.document_key.iloc[0], document.area_key.iloc[0], document.period_key.iloc[0]],
        ).fetchall()
    return [r[0] for r in rows]


def check_fields(validation, data_docs: Path) -> dict:
    """One check's outcome as Dagster shows it: passed, severity, figures as metadata."""
    results, failed, errors = validation.results, validation.failed, validation.errors
    return {
        "check_name": validation.check,
        "passed": failed.empty,
        "severity": dg.AssetCheckSeverity.ERROR if len(errors) else dg.AssetCheckSeverity.WARN,
        "metadata": {
            "claims_checked": len(results),
            "failed": len(failed),
            "errors": len(errors),
            "results": dg.MetadataValue.md(results_table(results)),
            "failures": dg.MetadataValue.json(failure_details(validation)),
            "data_docs": dg.MetadataValue.path(str(data_docs.resolve())),
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
