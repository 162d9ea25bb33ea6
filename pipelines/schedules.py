"""The checks schedule: re-run every loaded report's data-quality checks.

Dagster 1.13 cannot run a job of asset checks alone on a partition ("no PartitionsDefinition
shared by all the provided assets"), so the re-check is an op that runs the same checks and
reports each as an evaluation of the same asset check, for the same partition.
"""

import dagster as dg

from pipelines.assets import FACT_MEASURE, reports
from pipelines.checks import check_fields, evaluate
from pipelines.resources import PccConfig
from pipelines.settings import Settings


@dg.op(description="Run the data-quality checks on one report's rows in the warehouse.")
def recheck_report(context: dg.OpExecutionContext, pcc: PccConfig) -> None:
    key = context.partition_key
    validations, data_docs = evaluate(pcc, key, context.run_id)
    for validation in validations:
        fields = check_fields(validation, data_docs)
        context.log_event(dg.AssetCheckEvaluation(asset_key=FACT_MEASURE, partition=key, **fields))


@dg.job(
    partitions_def=reports,
    description="Re-run the checks on one report's rows already in the warehouse.",
)
def recheck_reports():
    recheck_report()


@dg.schedule(
    job=recheck_reports,
    cron_schedule=Settings.from_env().checks_cron,
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Re-runs the checks (new rules, changed thresholds) on every loaded report.",
)
def recheck_schedule(context: dg.ScheduleEvaluationContext) -> list[dg.RunRequest]:
    partitions = set(context.instance.get_dynamic_partitions(reports.name))
    loaded = context.instance.get_materialized_partitions(FACT_MEASURE) & partitions
    return [dg.RunRequest(partition_key=key) for key in sorted(loaded)]
