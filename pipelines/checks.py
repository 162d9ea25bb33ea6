"""Asset checks: the Great Expectations checkpoints (expectations/gx), run on each report.

One step runs the four checks, Great Expectations once for them (pipelines/checking.py,
a batch of one), so one process writes fact_check_result at a time (DuckDB takes one
writer). Each check shows in the UI with its figures as metadata. The command line's
batch run (pipelines/batch.py) checks its reports with check_reports too.
"""

from pathlib import Path

import dagster as dg

from pipelines import retention
from pipelines.assets import FACT_MEASURE, reports
from pipelines.checking import (
    check_outcome,
    check_reports,
    results_of,
    stored_reports,
)
from pipelines.resources import PccConfig
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
    warehouse = pcc.warehouse_path
    [report] = stored_reports(warehouse, [key])
    dimensions = store.read_dimensions(warehouse)
    validations, data_docs, unused_runs = check_reports(
        warehouse, pcc.inbox_path, [report], dimensions, run_id
    )
    store.append_check_results(warehouse, results_of(validations, run_id))
    for run in unused_runs:
        retention.remove_run_storage(run)
    return validations[key], data_docs


def check_fields(validation, data_docs: Path) -> dict:
    """One check's outcome as Dagster shows it: passed, severity, figures as metadata."""
    return as_check_fields(check_outcome(validation, data_docs))


METADATA = {
    "int": lambda v: v,
    "md": dg.MetadataValue.md,
    "json": dg.MetadataValue.json,
    "path": dg.MetadataValue.path,
}


def as_check_fields(outcome: dict) -> dict:
    """A check's outcome (pipelines/checking.py, plain data) in Dagster's types."""
    severity = dg.AssetCheckSeverity.ERROR if outcome["severity"] == "error" else None
    return {
        **outcome,
        "severity": severity or dg.AssetCheckSeverity.WARN,
        "metadata": {k: METADATA[kind](v) for k, (kind, v) in outcome["metadata"].items()},
    }
