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
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from warehouse import migrate

SCHEMA = Path(__file__).with_name("schema.sql")
MARTS = Path(__file__).with_name("marts.sql")  # BI views, recreated with the schema
SHARED_DIMENSIONS = ["dim_area", "dim_period", "dim_metric"]
DOCUMENT_TABLES = [  # children first
    "fact_claim_term",
    "fact_claim",
    "fact_measure",
    "dim_programme",
    "dim_document",
]
# The format the file is written in: one that DuckDB 1.x clients (BI tools) can read.
# DuckDB's own default would be its newest format, which older clients refuse.
STORAGE_VERSION_ENV = "PCC_DUCKDB_STORAGE_VERSION"
DEFAULT_STORAGE_VERSION = "v1.0.0"


def storage_version() -> str:
    return os.environ.get(STORAGE_VERSION_ENV) or DEFAULT_STORAGE_VERSION


@contextmanager
def connect(path: str | Path, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to a DuckDB file; read-write ones only on a private copy (writing())."""
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    config = {} if read_only else {"storage_compatibility_version": storage_version()}
    con = duckdb.connect(str(path), read_only=read_only, config=config)
    try:
        if not read_only:
            if migrate.needs_upgrade(con):
                UPGRADES.extend(migrate.upgrade(con, SCHEMA.read_text()))
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
                rewrite_in_storage_version(staging, storage_version())
            with connect(staging) as con:
                yield con
                con.execute("CHECKPOINT")  # everything in the file, no WAL left beside it
            publish(staging, path)
        except BaseException:
            discard(staging)
            raise


UPGRADES: list[str] = []  # what opening an old warehouse did to it, for the command line


def upgrade(path: str | Path) -> list[str]:
    """Bring an existing warehouse to this version's schema and storage format now (the
    first write would anyway); returns what was done, one line each."""
    path = Path(path)
    if not path.exists():
        return []
    before = len(UPGRADES)
    with connect(path, read_only=True) as con:
        wanted = storage_version()
        current = wanted in ("latest", file_storage_version(con))
        current = current and not migrate.needs_upgrade(con)
    if not current:
        with writing(path):
            pass
    return UPGRADES[before:]


def file_storage_version(con: duckdb.DuckDBPyConnection) -> str:
    tags = con.execute(
        "SELECT tags FROM duckdb_databases() WHERE database_name = current_database()"
    ).fetchone()[0]
    return (tags or {}).get("storage_version", "").rstrip("+")


def rewrite_in_storage_version(staging: Path, version: str) -> None:
    """Rewrite the staged copy in the storage format asked for, if it is in another one
    (a warehouse written by DuckDB 2.0's default format, which 1.x clients refuse)."""
    if version == "latest":  # DuckDB's newest: whatever this DuckDB writes
        return
    with duckdb.connect(str(staging), read_only=True) as con:
        if file_storage_version(con) in (version, ""):
            return
    converted = staging.with_name(staging.name + ".convert")
    discard(converted)
    with duckdb.connect(":memory:") as con:
        con.execute(f"ATTACH '{staging}' AS old (READ_ONLY)")
        con.execute(f"ATTACH '{converted}' AS new (STORAGE_VERSION '{version}')")
        con.execute("COPY FROM DATABASE old TO new")
        con.execute("DETACH new")
    os.replace(converted, staging)
    UPGRADES.append(f"rewritten in DuckDB storage format {version}")


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


def insert(
    con: duckdb.DuckDBPyConnection, table: str, rows: pd.DataFrame, on_conflict: str = ""
) -> None:
    if rows.empty:
        return
    con.register("incoming", rows)
    columns = ", ".join(f'"{c}"' for c in rows.columns)
    conflict = f"ON CONFLICT {on_conflict}" if on_conflict else ""
    con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM incoming {conflict}")
    con.unregister("incoming")


# Shared dimensions: the first row loaded for a key stays (a metric keeps its first name
# whatever a later report calls it); an area gains its GSS code if it had none.
ON_CONFLICT = {
    "dim_area": "DO UPDATE SET area_code = coalesce(dim_area.area_code, excluded.area_code)",
    "dim_period": "DO NOTHING",
    "dim_metric": "DO NOTHING",
}


def load_document(
    path: str | Path, document_key: str, tables: dict[str, pd.DataFrame]
) -> dict | None:
    """Replace one document's rows (load_documents of one); the version it replaced."""
    return load_documents(path, {document_key: tables})[document_key]


def load_documents(
    path: str | Path,
    documents: dict[str, dict[str, pd.DataFrame]],
    check_results: pd.DataFrame | None = None,
) -> dict[str, dict | None]:
    """Replace several documents' rows and add their check results: one copy of the
    warehouse, published in one step (all of it or none). A document whose rows replace
    another version of the report (another sha256) has that version kept in
    dim_document_history; returns, per document, the version replaced (file_name,
    sha256, loaded_at) or None."""
    with writing(path) as con:
        replaced = {key: keep_history(con, key, t["dim_document"]) for key, t in documents.items()}
        # Children first, each delete committed: DuckDB checks a foreign key against the
        # committed state. The file is private until published, so nobody sees between.
        for table in DOCUMENT_TABLES:
            for key in documents:
                con.execute(f"DELETE FROM {table} WHERE document_key = ?", [key])
        con.begin()
        for table in SHARED_DIMENSIONS:
            for tables in documents.values():
                insert(con, table, tables[table], on_conflict=ON_CONFLICT[table])
        for table in reversed(DOCUMENT_TABLES):
            for tables in documents.values():
                insert(con, table, tables[table])
        if check_results is not None:
            insert(con, "fact_check_result", check_results)
        con.commit()
    return replaced


def keep_history(con: duckdb.DuckDBPyConnection, key: str, document: pd.DataFrame) -> dict | None:
    """When the document's new row is another version of the report loaded, the loaded
    one goes to dim_document_history; returns it (file_name, sha256, loaded_at)."""
    previous = con.execute(
        "SELECT file_name, sha256, loaded_at FROM dim_document WHERE document_key = ?", [key]
    ).df()
    if previous.empty or document.empty or previous.sha256[0] == document.sha256.iloc[0]:
        return None
    con.execute(
        "INSERT INTO dim_document_history SELECT document_key, file_name, sha256, "
        "loaded_at, ?, ?, ? FROM dim_document WHERE document_key = ?",
        [document.loaded_at.iloc[0], document.sha256.iloc[0], document.file_name.iloc[0], key],
    )
    return previous.iloc[0].to_dict()


def as_evaluation(results: pd.DataFrame, run_id: str | None) -> pd.DataFrame:
    """One evaluation's rows for fact_check_result: one evaluation_id, the Dagster run
    that made it, and a key per row."""
    evaluation_id = uuid.uuid4().hex
    keys = [f"{evaluation_id}:{n:04d}" for n in range(1, len(results) + 1)]
    return results.assign(evaluation_id=evaluation_id, run_id=run_id, check_result_key=keys)


def append_check_results(path: str | Path, results: pd.DataFrame) -> None:
    with writing(path) as con:
        insert(con, "fact_check_result", results)


def read_dimensions(path: str | Path) -> dict[str, pd.DataFrame]:
    """The shared dimension tables as they are in the warehouse (none if no warehouse)."""
    if not Path(path).exists():
        return {}
    with connect(path, read_only=True) as con:
        return {t: con.execute(f"SELECT * FROM {t}").df() for t in SHARED_DIMENSIONS}


def read_document_tables(path: str | Path, keys: list[str]) -> dict[str, dict]:
    """Each document's star-schema rows as DataFrames, for validation, in one read:
    document key -> table -> rows."""
    with connect(path, read_only=True) as con:
        return {
            key: {
                t: con.execute(f"SELECT * FROM {t} WHERE document_key = ?", [key]).df()
                for t in DOCUMENT_TABLES
            }
            for key in keys
        }


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
