"""Open the warehouse, create its schema, load one document's rows atomically.

Writers never touch the published file: each write copies it to a private staging file,
changes the copy and publishes it with os.replace, one writer at a time (a lock file).
So a BI tool holding the warehouse open read-only neither blocks a load nor sees half of
one (it keeps the snapshot it opened), and a writer killed at any moment leaves the
published file as it was.
"""

from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

SCHEMA = Path(__file__).with_name("schema.sql")
MARTS = Path(__file__).with_name("marts.sql")  # BI views, recreated with the schema
SHARED_DIMENSIONS = ["dim_area", "dim_period", "dim_metric"]
DOCUMENT_TABLES = ["fact_claim_term", "fact_claim", "fact_measure", "dim_programme", "dim_document"]


@contextmanager
def connect(path: str | Path, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to a DuckDB file; read-write ones only on a private copy (writing())."""
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path), read_only=read_only)
    try:
        if not read_only:
            con.execute(SCHEMA.read_text())
            con.execute(MARTS.read_text())
        yield con
    finally:
        con.close()


@contextmanager
def writing(path: str | Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write connection to a private copy of the warehouse, published atomically
    (os.replace) when the block ends without error and discarded otherwise."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.with_name(path.name + ".staging")
    with writer_lock(path):
        discard(staging)  # left by a writer that was killed
        try:
            if path.exists():
                shutil.copyfile(path, staging)
            with connect(staging) as con:
                yield con
                con.execute("CHECKPOINT")  # everything in the file, no WAL left beside it
            publish(staging, path)
        except BaseException:
            discard(staging)
            raise


@contextmanager
def writer_lock(path: Path) -> Iterator[None]:
    """One writer at a time across processes; the OS drops the lock if its holder dies."""
    with path.with_name(path.name + ".lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def publish(staging: Path, path: Path) -> None:
    """Make the staged file the warehouse in one atomic rename, durable across a crash."""
    with staging.open("rb") as f:
        os.fsync(f.fileno())
    os.replace(staging, path)
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def discard(staging: Path) -> None:
    for leftover in (staging, staging.with_name(staging.name + ".wal")):
        leftover.unlink(missing_ok=True)


def insert(con: duckdb.DuckDBPyConnection, table: str, rows: pd.DataFrame, replace=False) -> None:
    if rows.empty:
        return
    con.register("incoming", rows)
    columns = ", ".join(f'"{c}"' for c in rows.columns)
    verb = "INSERT OR REPLACE" if replace else "INSERT"
    con.execute(f"{verb} INTO {table} ({columns}) SELECT {columns} FROM incoming")
    con.unregister("incoming")


def load_document(path: str | Path, document_key: str, tables: dict[str, pd.DataFrame]) -> None:
    """Replace one document's rows: all of it or none, published in one step."""
    with writing(path) as con:
        con.begin()
        for table in DOCUMENT_TABLES:
            con.execute(f"DELETE FROM {table} WHERE document_key = ?", [document_key])
        for table in SHARED_DIMENSIONS:
            insert(con, table, tables[table], replace=True)
        for table in reversed(DOCUMENT_TABLES):
            insert(con, table, tables[table])
        con.commit()


def append_check_results(path: str | Path, results: pd.DataFrame) -> None:
    with writing(path) as con:
        insert(con, "fact_check_result", results)


def read_document_tables(path: str | Path, document_key: str) -> dict[str, pd.DataFrame]:
    """One document's star-schema rows as DataFrames, for validation."""
    with connect(path, read_only=True) as con:
        tables = {
            t: con.execute(f"SELECT * FROM {t} WHERE document_key = ?", [document_key]).df()
            for t in DOCUMENT_TABLES
        }
        for t in SHARED_DIMENSIONS:
            tables[t] = con.execute(f"SELECT * FROM {t}").df()
    return tables


def loaded_sha256s(path: str | Path) -> dict[str, str]:
    """document_key -> sha256 of every report in the warehouse."""
    if not Path(path).exists():
        return {}
    with connect(path, read_only=True) as con:
        return dict(con.execute("SELECT document_key, sha256 FROM dim_document").fetchall())


def report_status(path: str | Path, document_key: str | None = None) -> ReportStatus:
    """What the warehouse holds of every report (or of one), in one read: for the command
    line, which screens a whole batch against it and prints each report's line."""
    if not Path(path).exists():
        return ReportStatus(pd.DataFrame(columns=REPORT_COLUMNS), pd.DataFrame())
    where, parameters = ("WHERE document_key = ?", [document_key]) if document_key else ("", [])
    with connect(path, read_only=True) as con:
        reports = con.execute(
            f"""
            SELECT d.document_key, d.file_name, d.sha256, d.page_count, a.area_name,
                   p.period_label,
                   (SELECT count(*) FROM dim_programme g WHERE g.document_key = d.document_key)
                       AS programmes,
                   (SELECT count(*) FROM fact_measure f WHERE f.document_key = d.document_key)
                       AS measures
            FROM (SELECT * FROM dim_document {where}) d
            LEFT JOIN dim_area a USING (area_key)
            LEFT JOIN dim_period p USING (period_key)
            """,
            parameters,
        ).df()
        checks = con.execute(
            f"""
            SELECT * FROM fact_check_result {where}
            QUALIFY checked_at = max(checked_at) OVER (PARTITION BY document_key)
            """,
            parameters,
        ).df()
    reports = reports.astype(object).where(reports.notna(), None)  # NULL as None, not NaN
    return ReportStatus(reports.set_index("document_key", drop=False), checks)


REPORT_COLUMNS = [
    "document_key",
    "file_name",
    "sha256",
    "page_count",
    "area_name",
    "period_label",
    "programmes",
    "measures",
]


@dataclass
class ReportStatus:
    reports: pd.DataFrame  # one row per loaded report, indexed by document_key
    checks: pd.DataFrame  # each report's latest evaluation (one checked_at per report)

    def report(self, key: str) -> dict | None:
        return self.reports.loc[key].to_dict() if key in self.reports.index else None

    def with_sha256(self, sha256: str) -> dict | None:
        found = self.reports[self.reports.sha256 == sha256]
        return found.iloc[0].to_dict() if len(found) else None

    def checks_of(self, key: str) -> pd.DataFrame:
        if self.checks.empty:
            return pd.DataFrame(columns=["check_name", "severity", "passed", "observed"])
        return self.checks[self.checks.document_key == key]
