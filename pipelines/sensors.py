"""The inbox sensor: a PDF dropped in the inbox is identified from its content and filed
under its report's key (job `file_arrivals`); a filed report that is new or changed
becomes a partition's run."""

import hashlib
import json

import dagster as dg

from pipelines import inbox
from pipelines.assets import WAREHOUSE_POOL, reports
from pipelines.resources import PccConfig
from pipelines.settings import Settings, step_executor
from warehouse import store

ingest_report = dg.define_asset_job(
    "ingest_report",
    selection=dg.AssetSelection.groups("reports", "warehouse"),
    partitions_def=reports,
    description="Read one report, load its rows into the warehouse and check them.",
    executor_def=step_executor(Settings.from_env().executor),
)


@dg.op(description="Read each PDF at the top of the inbox and file it under its report's key.")
def file_arrived_reports(context: dg.OpExecutionContext, pcc: PccConfig) -> None:
    from pipelines.identify import file_arrival

    for path in inbox.arrivals(pcc.inbox_path):
        identity = file_arrival(path, pcc.inbox_path, context.instance)
        context.log.info(f"{path.name}: report {identity.key} (sha256 {identity.sha256[:12]})")


@dg.job(description="File the PDFs dropped in the inbox under their reports' keys.")
def file_arrivals():
    file_arrived_reports()


@dg.sensor(
    jobs=[ingest_report, file_arrivals],
    minimum_interval_seconds=Settings.from_env().inbox_interval_s,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Files each PDF dropped in the inbox under its report's key (read from its "
    "content), adds a partition per report and runs it when its content (sha256) is not "
    "the one in the warehouse.",
)
def inbox_sensor(context: dg.SensorEvaluationContext, pcc: PccConfig) -> dg.SensorResult:
    known = json.loads(context.cursor) if context.cursor else {}
    files, seen = inbox.scan(pcc.inbox_path, known)
    existing = set(context.instance.get_dynamic_partitions(reports.name))
    new_keys = sorted({f.key for f in files} - existing)
    requests = [
        # The run key makes Dagster request each content of each report once.
        dg.RunRequest(
            partition_key=f.key, run_key=f"{f.key}:{f.sha256}", job_name=ingest_report.name
        )
        for f in to_load(files, store.loaded_sha256s(pcc.warehouse_path))
    ]
    if requests:
        pool_limit_set(context.instance)
    if arrived := inbox.arrivals(pcc.inbox_path):
        requests.append(dg.RunRequest(run_key=arrivals_key(arrived), job_name=file_arrivals.name))
    return dg.SensorResult(
        run_requests=requests,
        dynamic_partitions_requests=[reports.build_add_request(new_keys)] if new_keys else [],
        cursor=json.dumps(seen),
    )


def pool_limit_set(instance: dg.DagsterInstance) -> None:
    """Set the warehouse pool's limit before the runs that share it start: runs that each
    find it unset insert it at once, and on Postgres all but one of them fail."""
    storage = instance.event_log_storage
    if instance.global_op_concurrency_default_limit is None:
        return  # no limit configured (the local SQLite instance): nothing to race on
    if WAREHOUSE_POOL not in storage.get_concurrency_keys():
        storage.initialize_concurrency_limit_to_default(WAREHOUSE_POOL)


def arrivals_key(paths) -> str:
    """One filing run per set of arrivals (names, sizes and times)."""
    stamp = [(p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in paths]
    return "arrivals:" + hashlib.sha256(json.dumps(stamp).encode()).hexdigest()[:16]


def to_load(files: list, loaded: dict[str, str]) -> list:
    """Filed reports whose content is not the one in the warehouse."""
    return [f for f in files if loaded.get(f.key) != f.sha256]
