"""How the CLI runs reports: several at once in worker processes, one Dagster run each,
and runs left behind by a killed ingest closed so their reports load again."""

from __future__ import annotations

import multiprocessing
import os
import socket
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor

import dagster as dg

PID_TAG, HOST_TAG = "pcc/pid", "pcc/host"


def run_tags() -> dict[str, str]:
    """Tags naming the process that runs an in-process run, to tell later if it died."""
    return {PID_TAG: str(os.getpid()), HOST_TAG: socket.gethostname()}


def in_workers(work: Callable, items: list[tuple], jobs: int) -> Iterator:
    """work(*item) for each item, in `jobs` worker processes, results in item order.

    Workers live for the whole batch so Dagster, pdfplumber and GX are imported once per
    worker, not once per report; one item runs here, with no worker at all."""
    if jobs <= 1 or len(items) <= 1:
        yield from (work(*item) for item in items)
        return
    # spawn: a fork would copy this process's DuckDB and SQLite handles and threads.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(min(jobs, len(items)), mp_context=context) as pool:
        yield from pool.map(work, *zip(*items))


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
    """Whether the report's latest run finished well (not killed, no step failed)."""
    latest = instance.get_runs(dg.RunsFilter(tags={"dagster/partition": partition_key}), limit=1)
    return bool(latest) and latest[0].status == dg.DagsterRunStatus.SUCCESS


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
