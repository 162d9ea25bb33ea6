"""The inbox sensor: a new or changed PDF in the inbox becomes a partition and a run."""

from __future__ import annotations

import json

import dagster as dg

from pipelines import inbox
from pipelines.assets import reports
from pipelines.resources import PccConfig
from pipelines.settings import Settings
from warehouse import store

ingest_report = dg.define_asset_job(
    "ingest_report",
    selection=dg.AssetSelection.groups("reports", "warehouse"),
    partitions_def=reports,
    description="Read one report, load its rows into the warehouse and check them.",
)


@dg.sensor(
    job=ingest_report,
    minimum_interval_seconds=Settings.from_env().inbox_interval_s,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Adds a partition for each PDF in the inbox and runs it when its content "
    "(sha256) is not the one in the warehouse.",
)
def inbox_sensor(context: dg.SensorEvaluationContext, pcc: PccConfig) -> dg.SensorResult:
    known = json.loads(context.cursor) if context.cursor else {}
    files, seen = inbox.scan(pcc.inbox_path, known)
    existing = set(context.instance.get_dynamic_partitions(reports.name))
    new_keys = sorted({f.key for f in files} - existing)
    return dg.SensorResult(
        run_requests=[
            # The run key makes Dagster request each content of each report once.
            dg.RunRequest(partition_key=f.key, run_key=f"{f.key}:{f.sha256}")
            for f in to_load(files, store.loaded_sha256s(pcc.warehouse_path))
        ],
        dynamic_partitions_requests=[reports.build_add_request(new_keys)] if new_keys else [],
        cursor=json.dumps(seen),
    )


def to_load(files: list[inbox.InboxFile], loaded: dict[str, str]) -> list[inbox.InboxFile]:
    """Files whose content is not in the warehouse yet, each content once."""
    contents = set(loaded.values())
    wanted = []
    for f in files:
        if loaded.get(f.key) == f.sha256 or f.sha256 in contents:
            continue  # unchanged, or the same report under another name
        contents.add(f.sha256)
        wanted.append(f)
    return wanted
