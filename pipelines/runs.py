"""The command line's runs: tagged with the process that runs them, and those left behind
by a killed ingest closed so their reports load again."""

from __future__ import annotations

import os
import socket

import dagster as dg

PID_TAG, HOST_TAG = "pcc/pid", "pcc/host"


def run_tags() -> dict[str, str]:
    """Tags naming the process that runs an in-process run, to tell later if it died."""
    return {PID_TAG: str(os.getpid()), HOST_TAG: socket.gethostname()}


def close_abandoned_runs(instance: dg.DagsterInstance) -> list[str]:
    """Mark failed the runs of ingests on this machine whose process is gone (kill -9),
    and free any pool slots they held, so the next load of their report is not blocked."""
    closed = []
    for run in instance.get_runs(dg.RunsFilter(statuses=list(UNFINISHED), tags=mine())):
        if process_alive(int(run.tags[PID_TAG])):
            continue
        instance.report_run_failed(run, "the process running it ended without finishing")
        instance.event_log_storage.free_concurrency_slots_for_run(run.run_id)
        closed.append(run.run_id)
    return closed


def runs_succeeded(instance: dg.DagsterInstance, partition_keys: list[str]) -> set[str]:
    """The partitions, of those given, whose last reading finished well (not killed, no
    step failed): the run of its latest raw_document materialisation, an `ingest_report`
    run of its partition or the command line's batch run (pipelines/batch.py). Three
    queries for any number of reports: re-ingesting a batch asks it of every one."""
    if not partition_keys:
        return set()
    latest = instance.event_log_storage.get_latest_storage_id_by_partition(
        RAW_DOCUMENT, dg.DagsterEventType.ASSET_MATERIALIZATION, set(partition_keys)
    )
    if not latest:
        return set()
    records = instance.fetch_materializations(
        dg.AssetRecordsFilter(RAW_DOCUMENT, storage_ids=list(latest.values())), limit=len(latest)
    ).records
    finished = dg.RunsFilter(
        run_ids=list({r.run_id for r in records}), statuses=[dg.DagsterRunStatus.SUCCESS]
    )
    succeeded = {run.run_id for run in instance.get_runs(finished)}
    return {r.partition_key for r in records if r.run_id in succeeded}


RAW_DOCUMENT = dg.AssetKey(["reports", "raw_document"])


UNFINISHED = {dg.DagsterRunStatus.STARTING, dg.DagsterRunStatus.STARTED}


def mine() -> dict[str, str]:
    return {HOST_TAG: socket.gethostname()}


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def failure_reason(data) -> str:
    """A failed step's reason in one line: the report's own (an unreadable report says
    what is wrong with it), else the error at the root of it; the trace stays in the log."""
    if data.user_failure_data and data.user_failure_data.description:
        return data.user_failure_data.description
    error = data.error
    while error.cause is not None:
        error = error.cause
    lines = error.message.strip().splitlines()
    return " ".join(lines[-1].split()) if lines else error.cls_name
