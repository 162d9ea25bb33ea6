"""Asset checks: the Great Expectations checkpoints (expectations/gx), run on each report.

One step runs the four checks in turn, so one process writes fact_check_result at a time
(DuckDB takes one writer). Each check shows in the UI with its figures as metadata.
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
    """Run the four checks on one report's rows in the warehouse and record the results;
    returns the validations and the Data Docs page."""
    from expectations import validate
    from expectations.offline_docs import make_offline

    tables = store.read_document_tables(pcc.warehouse_path, key)
    document = store.report_status(pcc.warehouse_path, key).report(key) or {"document_key": key}
    earlier = earlier_reports(pcc.warehouse_path, tables["dim_document"])
    runtime = runtime_for(pcc, key, earlier)
    validations = [
        validate.validate_structure(tables, document, runtime),
        validate.validate_plausibility(tables, document, runtime),
        validate.validate_arithmetic(tables, document, runtime),
        validate.validate_across_reports(tables, document, earlier, runtime),
    ]
    # The reports of later years that give a figure for this one's year: checked again now
    # that their own report is here, whatever the order the reports were loaded in.
    rechecked = []
    for later in later_reports(pcc.warehouse_path, tables["dim_document"]):
        their = store.read_document_tables(pcc.warehouse_path, later)
        report = store.report_status(pcc.warehouse_path, later).report(later)
        before = earlier_reports(pcc.warehouse_path, their["dim_document"])
        rechecked.append(validate.validate_across_reports(their, report, before, runtime))
    # Older evaluations' artifacts go before Data Docs are built: its index lists what stays.
    retention.record_and_prune(runtime, key, run_id)
    data_docs = validate.build_data_docs(runtime)
    make_offline(data_docs.parent)  # readable with no network: local Bootstrap, jQuery
    # One timestamp and one write for the whole evaluation: it is the report's latest.
    results = [v.results for v in validations + rechecked]
    results = pd.concat(results).assign(checked_at=validate.now())
    results = store.as_evaluation(results, run_id)
    store.append_check_results(pcc.warehouse_path, results)
    return validations, data_docs


def runtime_for(pcc: PccConfig, key: str, earlier: pd.DataFrame):
    """Where GX writes (next to the warehouse), whom to alert, the PDFs for pictures."""
    from expectations.alerts import AlertSettings
    from expectations.validate import Runtime

    pdfs = inbox.reports_in(pcc.inbox_path)
    wanted = {key, *earlier.document_key.unique()} if len(earlier) else {key}
    data = pcc.warehouse_path.parent
    return Runtime(
        gx_dir=data / "gx",
        alerts=AlertSettings.from_env(),
        pdfs={path.name: path for k, path in pdfs.items() if k in wanted},
        ledger_dir=alert_ledger(pcc.warehouse_path) / key,  # per report: pruned with it
    )


def earlier_reports(warehouse: Path, document: pd.DataFrame) -> pd.DataFrame:
    """Other reports of the same area: the figures each gives for its own year."""
    if document.empty or pd.isna(document.area_key.iloc[0]):
        return pd.DataFrame(columns=["document_key", "file_name", "qualifier"])
    with store.connect(warehouse, read_only=True) as con:
        return con.execute(
            """
            SELECT f.*, d.file_name
            FROM fact_measure f JOIN dim_document d USING (document_key)
            WHERE d.document_key <> ? AND d.area_key = ? AND f.period_key = d.period_key
            """,
            [document.document_key.iloc[0], document.area_key.iloc[0]],
        ).df()


def later_reports(warehouse: Path, document: pd.DataFrame) -> list[str]:
    """Other reports of the same area that state a figure for this report's own year."""
    if document.empty or pd.isna(document.area_key.iloc[0]):
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
