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


def last_run_succeeded(instance: dg.DagsterInstance, partition_key: str) -> bool:
    """Whether the run that last read the report finished well (not killed, no step
    failed): the run of its latest raw_document materialisation, an `ingest_report` run
    of its partition or the command line's batch run (pipelines/batch.py)."""
    records = instance.fetch_materializations(
        dg.AssetRecordsFilter(RAW_DOCUMENT, asset_partitions=[partition_key]), limit=1
    ).records
    if not records:
        return False
    run = instance.get_run_by_id(records[0].run_id)
    return run is not None and run.status == dg.DagsterRunStatus.SUCCESS


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
