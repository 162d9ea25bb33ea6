"""Asset checks: the Great Expectations suites, run on each report's rows."""

import dagster as dg

from pipelines.assets import FACT_MEASURE, reports
from pipelines.resources import PccConfig
from warehouse import store


@dg.asset_check(
    asset=FACT_MEASURE,
    name="arithmetic",
    partitions_def=reports,
    blocking=False,
    description="The report's own arithmetic holds (Great Expectations suite 'arithmetic').",
)
def arithmetic_check(context: dg.AssetCheckExecutionContext, pcc: PccConfig):
    from expectations.validate import run_arithmetic

    key = context.partition_key
    tables = store.read_document_tables(pcc.warehouse_path, key)
    document = store.document_summary(pcc.warehouse_path, key)
    validation = run_arithmetic(document, tables["fact_measure"], pcc.alert_webhook_url)
    store.append_check_results(pcc.warehouse_path, validation.results)
    errors = validation.errors
    return dg.AssetCheckResult(
        passed=errors.empty,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={
            "claims_checked": len(validation.results),
            "failed": len(errors),
            "results": dg.MetadataValue.md(
                validation.results.drop(columns=["checked_at"]).to_markdown(index=False)
            ),
        },
    )
