"""The deployment past one machine, run for real: Dagster's run, event and schedule
storage in PostgreSQL (deploy/dagster.yaml as shipped), the `warehouse` pool limited to
one slot, and a batch of reports run as concurrent runs by the daemon's queued run
coordinator (the inbox sensor requests them). The warehouse must come out equal to the
in-process `pcc-warehouse ingest` of the same files, with no step stranded on the pool.
Twice: each run's steps in processes of the run (Dagster's default executor), and each
step queued on a Redis broker for a Celery worker (PCC_EXECUTOR=celery,
deploy/celery.yaml as shipped).

Needs PostgreSQL's server binaries (Debian's `postgresql`) and `redis-server` for the
Celery case; .ci/run installs both.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import dagster as dg
import pytest
from conftest import REPO, contents, ingest, query, report
from pgserver import PostgresServer, server_bin
from redisserver import RedisServer, server_path

DISTRICTS = ["Sefton", "Knowsley"]  # of two areas: two runs at once
POOL, LOAD_STEP = "warehouse", "star_schema"
TIMEOUT_S = 420

pytestmark = pytest.mark.skipif(
    server_bin() is None and not os.environ.get("CI"),
    reason="PostgreSQL is not installed (apt-get install postgresql); CI installs it",
)


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> tuple[Path, Path]:
    """The batch's reports, and the warehouse the command line loads from them in process
    (on Dagster's default, SQLite, storage), from a fresh working directory of its own:
    both executors' deployments are compared with it, and it does not depend on either."""
    folder = tmp_path_factory.mktemp("reference")
    source = folder / "reports"
    for district in DISTRICTS:
        report(source, district)
    warehouse = folder / "in_process" / "warehouse.duckdb"
    with pytest.MonkeyPatch.context() as mp:  # as the workdir fixture sets a test up
        mp.chdir(folder)
        for name in [n for n in os.environ if n.startswith("PCC_")]:
            mp.delenv(name)
        done = ingest(source, "--warehouse", warehouse, env={"DAGSTER_HOME": str(folder / "h")})
    assert done.returncode == 0, done.stdout + done.stderr
    return source, warehouse


@pytest.fixture
def postgres():
    server = PostgresServer()
    yield server
    server.close()


@pytest.fixture(params=["multiprocess", "celery"])
def executor(request) -> str:
    if request.param == "celery" and server_path() is None and not os.environ.get("CI"):
        pytest.skip("redis-server is not installed (apt-get install redis-server); CI has it")
    return request.param


@pytest.fixture
def broker(executor):
    if executor != "celery":
        yield {}
        return
    server = RedisServer()
    yield {"PCC_EXECUTOR": "celery", "PCC_CELERY_BROKER": server.url}
    server.close()


@pytest.fixture
def daemon_env(workdir, postgres, broker) -> dict[str, str]:
    """DAGSTER_HOME holding deploy/dagster.yaml, and where the project keeps its files."""
    home = workdir / "dagster_home"
    home.mkdir()
    shutil.copyfile(REPO / "deploy" / "dagster.yaml", home / "dagster.yaml")
    return {
        **broker,
        "DAGSTER_HOME": str(home),
        "PCC_WAREHOUSE_DB": str(workdir / "deployed" / "warehouse.duckdb"),
        "PCC_INBOX": str(workdir / "deployed" / "inbox"),
        "PCC_INBOX_INTERVAL": "1",
        "PCC_CHECKS_CRON": "0 0 1 1 *",  # the daily re-check stays out of the way
        **postgres.env(),
    }


def start_daemon(env: dict[str, str], log: Path) -> subprocess.Popen:
    daemon = Path(sys.executable).with_name("dagster-daemon")
    with log.open("w") as out:
        return subprocess.Popen(
            [str(daemon), "run", "-w", str(REPO / "workspace.yaml")],
            cwd=REPO,
            env={**os.environ, **env},
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its code server and run workers end with it
        )


def start_celery_worker(env: dict[str, str], log: Path) -> subprocess.Popen:
    """A worker as README starts one: `dagster-celery worker start` with deploy/celery.yaml."""
    bin_dir = Path(sys.executable).parent
    with log.open("w") as out:
        return subprocess.Popen(
            [str(bin_dir / "dagster-celery"), "worker", "start", "-A", "dagster_celery.app",
             "-y", str(REPO / "deploy" / "celery.yaml"), "--", "--concurrency", "2"],
            cwd=REPO,
            env={**os.environ, **env, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"},
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # celery and its pool's processes end with it
        )  # fmt: skip


def celery_steps(instance: dg.DagsterInstance, run_id: str) -> set[str]:
    """The steps of a run that a Celery worker executed (its engine event says so)."""
    events = instance.all_logs(run_id, of_type=dg.DagsterEventType.ENGINE_EVENT)
    return {e.step_key for e in events if "in celery worker" in (e.message or "")}


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def finished_runs(instance: dg.DagsterInstance, count: int, daemon, log: Path) -> list:
    """Wait for `count` ingest runs to finish; the runs."""
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        assert daemon.poll() is None, f"the daemon ended:\n{log.read_text()[-3000:]}"
        runs = instance.get_runs(dg.RunsFilter(job_name="ingest_report"))
        if len(runs) >= count and all(r.is_finished for r in runs):
            return runs
        time.sleep(2)
    states = {r.tags.get("dagster/partition"): r.status.value for r in runs}
    info = instance.event_log_storage.get_concurrency_info(POOL)
    pytest.fail(
        f"runs not finished in {TIMEOUT_S} s: {states}; pool {POOL}: "
        f"{info.claimed_slots} claimed, {info.pending_steps} pending\n{log.read_text()[-3000:]}"
    )


def step_spans(instance: dg.DagsterInstance, run_id: str, step: str) -> tuple[float, float]:
    """When a step of a run started and ended (its success or failure)."""
    events = instance.all_logs(
        run_id,
        of_type={
            dg.DagsterEventType.STEP_START,
            dg.DagsterEventType.STEP_SUCCESS,
            dg.DagsterEventType.STEP_FAILURE,
        },
    )
    times = [e.timestamp for e in events if e.step_key == step]
    return min(times), max(times)


def run_span(instance: dg.DagsterInstance, run_id: str) -> tuple[float, float]:
    record = instance.get_run_record_by_id(run_id)
    return record.start_time, record.end_time


def overlaps(spans: list[tuple[float, float]]) -> bool:
    ordered = sorted(spans)
    return any(later[0] < earlier[1] for earlier, later in zip(ordered, ordered[1:]))


def latest_checks(db: Path) -> list[tuple]:
    return sorted(
        query(
            db,
            """SELECT * EXCLUDE (checked_at, check_result_key, evaluation_id, run_id)
               FROM fact_check_result
               QUALIFY checked_at = max(checked_at) OVER (PARTITION BY document_key)""",
        )
    )


def test_concurrent_runs_on_postgres_storage_load_the_warehouse_as_in_process(
    workdir, postgres, executor, daemon_env, reference, monkeypatch
):
    # The in-process result: the command line, on Dagster's default (SQLite) storage
    # (the module's `reference`, loaded once for both executors).
    source, reference = reference

    # The deployment: the daemon with deploy/dagster.yaml; the inbox sensor asks for runs.
    for env_name, value in daemon_env.items():
        monkeypatch.setenv(env_name, value)
    instance = dg.DagsterInstance.get()
    assert type(instance.run_storage).__name__ == "PostgresRunStorage"
    arrivals = Path(daemon_env["PCC_INBOX"])  # dropped at the inbox's top, as a user would
    arrivals.mkdir(parents=True)
    for path in sorted(source.glob("*.pdf")):
        shutil.copyfile(path, arrivals / path.name)
    log = workdir / "daemon.log"
    workers = (
        [start_celery_worker(daemon_env, workdir / "celery.log")] if executor == "celery" else []
    )
    daemon = start_daemon(daemon_env, log)
    try:
        runs = finished_runs(instance, len(DISTRICTS), daemon, log)
    finally:
        for process in [daemon, *workers]:
            stop(process)

    # Every report ran once, and every run succeeded: no step left waiting for the pool.
    assert sorted(r.tags["dagster/partition"] for r in runs) == sorted(
        f"{d.lower().replace(' ', '-')}-2019-20" for d in DISTRICTS
    )
    assert [r.status for r in runs] == [dg.DagsterRunStatus.SUCCESS] * len(runs), log.read_text()
    info = instance.event_log_storage.get_concurrency_info(POOL)
    assert (info.slot_count, info.claimed_slots, info.pending_steps) == (1, [], [])

    # The runs ran at once, and the pool still let one load step run at a time.
    assert overlaps([run_span(instance, r.run_id) for r in runs])
    assert not overlaps([step_spans(instance, r.run_id, LOAD_STEP) for r in runs])
    if executor == "celery":  # every step of every run went through the broker to a worker
        steps = {e.step_key for e in instance.all_logs(runs[0].run_id) if e.step_key}
        assert LOAD_STEP in steps
        assert all(celery_steps(instance, r.run_id) == steps for r in runs), (
            workdir / "celery.log"
        ).read_text()[-3000:]

    # The same warehouse as in process, and the same checks' results.
    deployed = Path(daemon_env["PCC_WAREHOUSE_DB"])
    assert contents(deployed) == contents(reference)
    assert latest_checks(deployed) == latest_checks(reference)
