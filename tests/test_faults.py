"""Faults: an ingest killed (kill -9) at any point of a load leaves each report wholly in
the warehouse or wholly out of it; the next ingest completes it; re-runs add nothing."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import duckdb
import pandas as pd
import pytest
from conftest import PROGRAMMES, SAMPLE, cli_path, contents, ingest, report

from warehouse import store

# sample_like_report renders the sample's texts: thirteen funded programmes.


@dataclass(frozen=True)
class Files:
    """What a load has on disk at one instant."""

    published: int | None  # the warehouse file's inode
    staging: bool
    staging_wal: bool


def files(db: Path) -> Files:
    try:
        inode = db.stat().st_ino
    except FileNotFoundError:
        inode = None
    return Files(
        inode,
        Path(f"{db}.staging").exists(),
        Path(f"{db}.staging.wal").exists(),
    )


def kill_when(
    args: list[str], reached: Callable[[Files], bool], db: Path, env: dict | None = None
) -> Files:
    """Start an ingest and kill -9 its process group the moment `reached` holds."""
    ingest = subprocess.Popen(
        [cli_path(), "ingest", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        env={**os.environ, **(env or {})},
    )
    deadline = time.monotonic() + 600
    while ingest.poll() is None and time.monotonic() < deadline:
        state = files(db)
        if reached(state):
            os.killpg(ingest.pid, signal.SIGKILL)
            ingest.wait()
            return state
        time.sleep(0.0002)
    ingest.kill()
    pytest.fail(f"the ingest ended (status {ingest.wait()}) before the point was reached")


def per_document(db: Path) -> dict[str, tuple[int, int, int]]:
    """document_key -> (dim_document rows, programme rows, measure rows), over every key
    any table holds: a partial report shows up as a zero next to a non-zero."""
    with duckdb.connect(str(db), read_only=True) as con:
        return {
            key: (documents, programmes, measures)
            for key, documents, programmes, measures in con.execute(
                """
                WITH keys AS (
                    SELECT document_key FROM dim_document UNION
                    SELECT document_key FROM dim_programme UNION
                    SELECT document_key FROM fact_measure)
                SELECT k.document_key,
                    (SELECT count(*) FROM dim_document d WHERE d.document_key = k.document_key),
                    (SELECT count(*) FROM dim_programme p WHERE p.document_key = k.document_key),
                    (SELECT count(*) FROM fact_measure f WHERE f.document_key = k.document_key)
                FROM keys k
                """
            ).fetchall()
        }


# Where a load is killed: copying the warehouse to its staging file, inside the
# transaction (DuckDB's WAL of the staging file being written), and just after the
# staging file became the warehouse (the checks not yet run).
POINTS = {
    "copying": lambda before: lambda now: now.staging and not now.staging_wal,
    "in the transaction": lambda before: lambda now: now.staging_wal,
    "just published": lambda before: lambda now: now.published != before.published,
}


def test_a_load_killed_anywhere_leaves_reports_whole_or_absent_and_the_rerun_completes(
    workdir, clean
):
    db = workdir / "data" / "warehouse.duckdb"
    shutil.copyfile(SAMPLE, workdir / "wirral-2018-19.pdf")
    assert ingest(str(workdir / "wirral-2018-19.pdf")).returncode == 0
    wirral = per_document(db)["wirral-2018-19"]
    killed = {}
    for (point, condition), district in zip(POINTS.items(), ["Sefton", "Knowsley", "Halton"]):
        pdf = report(workdir / "in", district)
        key = pdf.stem
        before = per_document(db)

        at = kill_when([str(pdf)], condition(files(db)), db)

        after = per_document(db)
        assert {k: v for k, v in after.items() if k != key} == before, point
        killed[point] = after.get(key)
        if killed[point] is not None:  # whole: the document, its programmes, its measures
            assert killed[point][:2] == (1, PROGRAMMES), point
        if point != "just published":
            assert at.staging and killed[point] is None, point  # it died inside the load
        rerun = ingest(str(pdf))
        assert rerun.returncode == 0, f"{point}: {rerun.stdout}{rerun.stderr[-2000:]}"
        assert "not read again" not in rerun.stdout  # a killed load is redone, not skipped
        assert per_document(db)[key][:2] == (1, PROGRAMMES)
    assert killed["just published"] is not None  # published whole before the kill
    assert not Path(f"{db}.staging").exists()

    runs = dg.DagsterInstance.from_config(str(workdir / "dagster_home")).get_runs()
    assert sorted(r.status.value for r in runs) == ["FAILURE"] * 3 + ["SUCCESS"] * 4

    pdfs = [workdir / "wirral-2018-19.pdf", *(workdir / "in").iterdir()]
    assert contents(db) == contents(clean_load(clean, pdfs))
    assert per_document(db)["wirral-2018-19"] == wirral


@dataclass(frozen=True)
class CleanLoad:
    """Reports loaded without faults into a warehouse of their own: the file names and
    sha256 of the PDFs, and the warehouse."""

    pdfs: dict[str, str]
    db: Path


@pytest.fixture(scope="module")
def clean(tmp_path_factory) -> CleanLoad:
    """The sample and the Sefton, Knowsley and Halton reports (the reports both tests load
    with faults) loaded without faults, once for the module, from a working directory of
    its own."""
    workdir = tmp_path_factory.mktemp("clean")
    folder = workdir / "clean"
    folder.mkdir()
    shutil.copyfile(SAMPLE, folder / "wirral-2018-19.pdf")
    for district in ["Sefton", "Knowsley", "Halton"]:
        report(folder, district)
    db = workdir / "clean.duckdb"
    with pytest.MonkeyPatch.context() as mp:  # as the workdir fixture sets a test up
        mp.chdir(workdir)
        for name in [n for n in os.environ if n.startswith("PCC_")]:
            mp.delenv(name)
        result = ingest(
            str(folder),
            "--warehouse",
            str(db),
            env={
                "DAGSTER_HOME": str(workdir / "clean_home"),
                "PCC_INBOX": str(workdir / "clean_inbox"),
            },
        )
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    return CleanLoad({pdf.name: sha256(pdf) for pdf in folder.iterdir()}, db)


def clean_load(clean: CleanLoad, pdfs: list[Path]) -> Path:
    """The same reports loaded without faults into a warehouse of their own: the module's
    clean load, once these PDFs are seen to be its files, byte for byte."""
    assert {pdf.name: sha256(pdf) for pdf in pdfs} == clean.pdfs
    return clean.db


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_parallel_batch_killed_mid_load_then_rerun_matches_a_clean_load(workdir, clean):
    wirral = workdir / "wirral-2018-19.pdf"
    shutil.copyfile(SAMPLE, wirral)
    db = workdir / "data" / "warehouse.duckdb"
    assert ingest(str(wirral)).returncode == 0
    before = per_document(db)
    folder = workdir / "batch"
    for district in ["Sefton", "Knowsley", "Halton"]:
        report(folder, district)

    # Killed inside the batch's one transaction: none of the batch is published.
    kill_when([str(folder)], lambda now: now.staging_wal, db, {"PCC_JOBS": "2"})

    assert per_document(db) == before
    assert ingest(str(folder), env={"PCC_JOBS": "2"}).returncode == 0
    assert contents(db) == contents(clean_load(clean, [wirral, *sorted(folder.iterdir())]))


def test_a_failed_write_leaves_the_warehouse_as_it_was(workdir):
    db = workdir / "w.duckdb"
    rows = pd.DataFrame(
        {"area_key": ["wirral"], "area_name": ["Wirral"], "area_type": ["district"]}
    )
    with store.writing(db) as con:
        store.insert(con, "dim_area", rows)
    published = db.read_bytes()

    with pytest.raises(RuntimeError), store.writing(db) as con:
        con.execute("DELETE FROM dim_area")
        raise RuntimeError("the load fails half-way")

    assert db.read_bytes() == published
    assert not Path(f"{db}.staging").exists()
    with store.connect(db, read_only=True) as con:
        assert con.execute("SELECT area_name FROM dim_area").fetchall() == [("Wirral",)]


def test_a_staging_file_left_by_a_killed_writer_is_discarded(workdir):
    db = workdir / "w.duckdb"
    Path(f"{db}.staging").write_bytes(b"half a copy")
    Path(f"{db}.staging.wal").write_bytes(b"half a log")

    with store.writing(db) as con:
        con.execute(
            "INSERT INTO dim_area (area_key, area_name, area_type) "
            "VALUES ('sefton', 'Sefton', 'district')"
        )

    with store.connect(db, read_only=True) as con:
        assert con.execute("SELECT area_key FROM dim_area").fetchall() == [("sefton",)]
    assert not Path(f"{db}.staging").exists() and not Path(f"{db}.staging.wal").exists()
