"""Operations: one partition per report, the inbox sensor, unchanged reports left alone,
parallel loads through one writer, and BI readers that are never blocked."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import dagster as dg
from conftest import PROGRAMMES, SAMPLE, contents, ingest, query, report

from pipelines.resources import PccConfig
from pipelines.sensors import inbox_sensor
from pipelines.settings import Settings, ensure_dagster_home


# sample_like_report renders the sample's texts: thirteen funded programmes on four pages.
def instance() -> dg.DagsterInstance:
    ensure_dagster_home()
    return dg.DagsterInstance.get()


def tick(cursor: str | None = None) -> dg.SensorResult:
    settings = Settings.from_env()
    context = dg.build_sensor_context(
        instance=instance(), cursor=cursor, resources={"pcc": PccConfig.from_settings(settings)}
    )
    return inbox_sensor(context)


def run_requests(result: dg.SensorResult) -> list[tuple[str, str]]:
    return [(r.partition_key, r.run_key) for r in result.run_requests or []]


def run_partition(key: str) -> dg.ExecuteInProcessResult:
    """The sensor's job for one partition, as the daemon would run it."""
    from pipelines.definitions import defs

    job = defs.resolve_job_def("ingest_report")
    return job.execute_in_process(partition_key=key, instance=instance(), raise_on_error=False)


def file_arrivals() -> None:
    """The sensor's filing job, as the daemon would run it."""
    from pipelines.definitions import defs

    assert defs.resolve_job_def("file_arrivals").execute_in_process(instance=instance()).success


def sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def filed(inbox: Path) -> list[str]:
    return sorted(p.relative_to(inbox).as_posix() for p in inbox.glob("*/*.pdf"))


def test_the_sensor_files_arrivals_then_adds_a_partition_and_a_run_per_report(workdir):
    inbox = workdir / "data" / "inbox"
    report(inbox, "Sefton"), report(inbox, "Knowsley")
    knowsley_sha, sefton_sha = (
        sha256(inbox / "knowsley-2019-20.pdf"),
        sha256(inbox / "sefton-2019-20.pdf"),
    )

    arrived = tick()
    [filing] = arrived.run_requests
    assert (filing.job_name, filing.partition_key) == ("file_arrivals", None)
    assert arrived.dynamic_partitions_requests == []
    assert run_requests(tick(arrived.cursor)) == run_requests(arrived)  # one filing run

    file_arrivals()
    assert filed(inbox) == [
        "knowsley-2019-20/knowsley-2019-20.pdf",
        "sefton-2019-20/sefton-2019-20.pdf",
    ]
    assert sorted(instance().get_dynamic_partitions("reports")) == [
        "knowsley-2019-20",
        "sefton-2019-20",
    ]
    assert run_requests(tick(arrived.cursor)) == [
        ("knowsley-2019-20", f"knowsley-2019-20:{knowsley_sha}"),
        ("sefton-2019-20", f"sefton-2019-20:{sefton_sha}"),
    ]


def test_a_loaded_report_is_not_run_again_until_a_new_version_arrives(workdir):
    inbox = workdir / "data" / "inbox"
    report(inbox, "Sefton")
    file_arrivals()
    first = tick()
    assert run_partition("sefton-2019-20").success

    unchanged = tick(first.cursor)
    assert run_requests(unchanged) == []
    assert unchanged.dynamic_partitions_requests == []

    # A corrected edition of the same report under another name: a new version of it.
    corrected = report(workdir / "new", "Sefton")
    with corrected.open("ab") as f:
        f.write(b"\n% corrected\n")
    shutil.copyfile(corrected, inbox / "Sefton CSP 2019-20 corrected.pdf")
    file_arrivals()
    assert filed(inbox) == ["sefton-2019-20/Sefton CSP 2019-20 corrected.pdf"]
    changed = tick(unchanged.cursor)
    assert run_requests(changed) == [("sefton-2019-20", f"sefton-2019-20:{sha256(corrected)}")]
    assert run_partition("sefton-2019-20").success
    db = workdir / "data" / "warehouse.duckdb"
    assert query(db, "SELECT document_key, file_name FROM dim_document") == [
        ("sefton-2019-20", "Sefton CSP 2019-20 corrected.pdf")
    ]
    assert query(db, "SELECT file_name FROM dim_document_history") == [("sefton-2019-20.pdf",)]
    assert run_requests(tick(changed.cursor)) == []


def test_two_files_with_the_same_content_are_one_report(workdir):
    inbox = workdir / "data" / "inbox"
    sefton = report(inbox, "Sefton")
    shutil.copyfile(sefton, inbox / "the same, renamed.pdf")  # sorts after the original

    file_arrivals()
    result = tick()

    assert [key for key, _ in run_requests(result)] == ["sefton-2019-20"]
    assert filed(inbox) == ["sefton-2019-20/the same, renamed.pdf"]
    assert instance().get_dynamic_partitions("reports") == ["sefton-2019-20"]


def test_the_sensor_watches_the_configured_folder(workdir, monkeypatch):
    monkeypatch.setenv("PCC_INBOX", str(workdir / "drop box"))
    report(workdir / "drop box" / "knowsley-2019-20", "Knowsley")
    report(workdir / "data" / "inbox" / "sefton-2019-20", "Sefton")

    assert [key for key, _ in run_requests(tick())] == ["knowsley-2019-20"]


def test_the_schedule_rechecks_every_loaded_report(workdir):
    from pipelines.definitions import defs
    from pipelines.schedules import recheck_schedule

    report(workdir / "data" / "inbox" / "sefton-2019-20", "Sefton")  # filed
    instance().add_dynamic_partitions("reports", ["sefton-2019-20", "never-loaded"])
    assert run_partition("sefton-2019-20").success

    requests = recheck_schedule(dg.build_schedule_context(instance=instance()))
    assert [r.partition_key for r in requests] == ["sefton-2019-20"]

    job = defs.resolve_job_def("recheck_reports")
    rerun = job.execute_in_process(partition_key="sefton-2019-20", instance=instance())
    assert sorted((e.check_name, e.passed) for e in rerun.get_asset_check_evaluations()) == [
        ("across_reports", True),
        ("arithmetic", True),
        ("plausibility", True),
        ("structure", True),
    ]
    db = workdir / "data" / "warehouse.duckdb"
    evaluations = "SELECT count(DISTINCT checked_at) FROM fact_check_result"
    assert query(db, evaluations) == [(2,)]  # the load's and the schedule's, history kept


def test_an_unchanged_report_is_not_read_again_and_a_changed_one_is(workdir):
    sefton = report(workdir / "in", "Sefton")
    first = ingest(str(sefton))
    assert first.returncode == 0, first.stdout + first.stderr[-2000:]

    again = ingest(str(sefton))

    assert again.returncode == 0, again.stdout + again.stderr[-2000:]
    line = again.stdout.splitlines()[0]
    assert line.startswith(
        "sefton-2019-20.pdf: area Sefton, period 2019/20, 4 pages, 13 programmes"
    )
    assert line.endswith(" (unchanged since its last load, not read again)")
    assert line.split(", checks")[0] == first.stdout.splitlines()[0].split(", checks")[0]
    assert len(instance().get_runs()) == 1  # no second run: nothing extracted

    respelled = sefton.with_name("Sefton 2019-20.pdf")  # the same report id, same content
    shutil.copyfile(sefton, respelled)
    renamed = ingest(str(respelled))
    assert renamed.returncode == 0, renamed.stdout + renamed.stderr[-2000:]
    assert renamed.stdout.splitlines()[0].endswith(
        " (unchanged since its last load, not read again)"
    )
    assert len(instance().get_runs()) == 1
    respelled.unlink()

    with sefton.open("ab") as f:
        f.write(b"\n% a corrected edition\n")  # a new version of the same report
    changed = ingest(str(sefton))
    assert changed.returncode == 0
    assert "not read again" not in changed.stdout
    assert "(a new version: replaces sefton-2019-20.pdf" in changed.stdout
    assert len(instance().get_runs()) == 2
    db = workdir / "data" / "warehouse.duckdb"
    assert query(db, "SELECT document_key, sha256 FROM dim_document") == [
        ("sefton-2019-20", sha256(sefton))
    ]


def test_two_reports_load_in_one_batch_run_and_both_land(workdir):
    folder = workdir / "batch"
    report(folder, "Sefton"), report(folder, "Knowsley")

    result = ingest(str(folder), env={"PCC_JOBS": "2"})

    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    assert [line.split(",")[0] for line in result.stdout.splitlines()[:2]] == [
        "knowsley-2019-20.pdf: area Knowsley",
        "sefton-2019-20.pdf: area Sefton",
    ]
    db = workdir / "data" / "warehouse.duckdb"
    assert query(
        db,
        "SELECT document_key, count(*) FROM dim_programme GROUP BY ALL ORDER BY ALL",
    ) == [("knowsley-2019-20", PROGRAMMES), ("sefton-2019-20", PROGRAMMES)]
    [run] = instance().get_runs()  # one run for the batch, each report its partition
    assert run.status == dg.DagsterRunStatus.SUCCESS
    fact = dg.AssetKey(["warehouse", "fact_measure"])
    assert instance().get_materialized_partitions(fact) == {"knowsley-2019-20", "sefton-2019-20"}
    checked = instance().all_logs(run.run_id, of_type=dg.DagsterEventType.ASSET_CHECK_EVALUATION)
    assert sorted({e.dagster_event.event_specific_data.partition for e in checked}) == [
        "knowsley-2019-20",
        "sefton-2019-20",
    ]
    assert len(checked) == 8  # four checks each


WRITER = """
import sys, time
from warehouse import store
with store.writing(sys.argv[1]) as con:
    entered = time.time()
    con.execute("CREATE TABLE IF NOT EXISTS writers (name TEXT)")
    con.execute("INSERT INTO writers VALUES (?)", [sys.argv[2]])
    time.sleep(1.0)
    print(entered, time.time())
"""


def test_writers_in_two_processes_take_turns(workdir):
    """The store's lock is what serialises writes, in runs started anywhere."""
    db = workdir / "warehouse.duckdb"
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), name], stdout=subprocess.PIPE, text=True
        )
        for name in ("one", "two")
    ]
    windows = sorted(tuple(map(float, w.communicate()[0].split())) for w in writers)
    assert [w.returncode for w in writers] == [0, 0]
    assert windows[0][1] <= windows[1][0]
    assert query(db, "SELECT name FROM writers ORDER BY name") == [("one",), ("two",)]


def test_a_rerun_of_a_partition_or_one_asset_adds_no_duplicates(workdir):
    from pipelines.definitions import defs

    report(workdir / "data" / "inbox" / "sefton-2019-20", "Sefton")  # filed
    instance().add_dynamic_partitions("reports", ["sefton-2019-20"])
    db = workdir / "data" / "warehouse.duckdb"

    assert run_partition("sefton-2019-20").success
    once = contents(db)
    assert run_partition("sefton-2019-20").success
    star_only = dg.materialize(
        defs.assets,
        selection=dg.AssetSelection.groups("warehouse"),
        partition_key="sefton-2019-20",
        instance=instance(),
        resources={"pcc": PccConfig.from_settings(Settings.from_env())},
    )

    assert star_only.success
    assert contents(db) == once
    assert len(once["dim_programme"]) == PROGRAMMES
    assert query(db, "SELECT count(*) = count(DISTINCT measure_key) FROM fact_measure") == [(True,)]


READER = textwrap.dedent(
    """
    import json, os, sys, duckdb
    db, out, hold = sys.argv[1], sys.argv[2], sys.argv[3] == "hold"
    SQL = (
        "SELECT d.document_key, "
        "(SELECT count(*) FROM dim_programme p WHERE p.document_key = d.document_key), "
        "(SELECT count(*) FROM fact_measure f WHERE f.document_key = d.document_key) "
        "FROM dim_document d ORDER BY 1"
    )
    ORPHANS = (
        "SELECT count(*) FROM fact_measure "
        "WHERE document_key NOT IN (SELECT document_key FROM dim_document)"
    )
    seen, errors = [], []
    held = duckdb.connect(db, read_only=True) if hold else None
    print("ready", flush=True)
    while not os.path.exists(out + ".stop"):
        try:
            con = held or duckdb.connect(db, read_only=True)
            seen.append(con.execute(SQL).fetchall())
            if con.execute(ORPHANS).fetchone()[0]:
                errors.append("measures of a report not in dim_document")
            if not held:
                con.close()
        except Exception as exc:
            errors.append(repr(exc))
    json.dump({"seen": seen, "errors": errors}, open(out, "w"))
    """
)
DOCUMENT_COUNTS = (
    "SELECT d.document_key, "
    "(SELECT count(*) FROM dim_programme p WHERE p.document_key = d.document_key), "
    "(SELECT count(*) FROM fact_measure f WHERE f.document_key = d.document_key) "
    "FROM dim_document d ORDER BY 1"
)


class Reader:
    """A second process reading the warehouse in a loop, read-only, as a BI tool does."""

    def __init__(self, db: Path, out: Path, hold: bool):
        self.out = out
        self.process = subprocess.Popen(
            [sys.executable, "-c", READER, str(db), str(out), "hold" if hold else "new"],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout.readline().strip() == "ready"

    def stop(self) -> dict:
        Path(f"{self.out}.stop").touch()
        assert self.process.wait(timeout=60) == 0
        return json.loads(self.out.read_text())


def test_readers_are_never_blocked_and_never_see_half_a_report(workdir):
    folder = workdir / "batch"
    for district in ["Sefton", "Knowsley", "Liverpool", "St Helens"]:
        report(folder, district)
    shutil.copyfile(SAMPLE, workdir / "wirral-2018-19.pdf")
    db = workdir / "data" / "warehouse.duckdb"
    assert ingest(str(workdir / "wirral-2018-19.pdf")).returncode == 0
    before = [list(row) for row in query(db, DOCUMENT_COUNTS)]

    # One reader holds its connection open through every load (as a BI tool does);
    # another opens a new one for each query, so it sees each report as it lands.
    holding = Reader(db, workdir / "holding.json", hold=True)
    polling = Reader(db, workdir / "polling.json", hold=False)
    try:
        result = ingest(str(folder), env={"PCC_JOBS": "2"})
    finally:
        held, polled = holding.stop(), polling.stop()

    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    assert (held["errors"], polled["errors"]) == ([], [])
    assert all(snapshot == before for snapshot in held["seen"])  # its snapshot, unblocked
    final = {row[0]: list(row) for row in query(db, DOCUMENT_COUNTS)}
    assert [(key, row[1]) for key, row in final.items()] == [
        ("knowsley-2019-20", PROGRAMMES),
        ("liverpool-2019-20", PROGRAMMES),
        ("sefton-2019-20", PROGRAMMES),
        ("st-helens-2019-20", PROGRAMMES),
        ("wirral-2018-19", 13),
    ]
    for snapshot in polled["seen"]:
        for row in snapshot:
            assert row == final[row[0]]  # each report whole or absent, never part of it
    # The batch is published at once: the reader saw the warehouse before it, then after.
    sizes = sorted({len(snapshot) for snapshot in polled["seen"]})
    assert sizes == [1, 5]


def test_an_inbox_of_the_file_name_layout_is_filed_and_its_old_partitions_go(workdir):
    """Upgrade: reports at the top of the inbox, partitions named after file names."""
    inbox = workdir / "data" / "inbox"
    report(inbox, "Sefton").rename(inbox / "csp-annual-report.pdf")
    instance().add_dynamic_partitions("reports", ["csp-annual-report"])

    file_arrivals()

    assert filed(inbox) == ["sefton-2019-20/csp-annual-report.pdf"]
    assert instance().get_dynamic_partitions("reports") == ["sefton-2019-20"]
    assert [key for key, _ in run_requests(tick())] == ["sefton-2019-20"]
