"""Upgrade a warehouse written by an earlier version, on the first write that opens it.

Schema 1 (until keys were declared) had no primary or foreign keys, file-name report ids
and no check evaluation ids. DuckDB cannot add a primary key to an existing table, so each
table is rebuilt: renamed aside, created anew from schema.sql, filled from the old one,
and the old one dropped. Reports whose id came from their file name get their content key
(`<district>-<year>`) when it is free. It all runs on the writer's private copy
(store.writing), so a failed upgrade leaves the published warehouse as it was.
"""

from __future__ import annotations

import duckdb

TABLES = [  # parents before children: the order rows must be inserted in
    "dim_area",
    "dim_period",
    "dim_metric",
    "dim_document",
    "dim_programme",
    "fact_measure",
    "fact_claim",
    "fact_claim_term",
    "fact_check_result",
]


class UpgradeFailed(Exception):
    """The warehouse's rows break a key the new schema declares; it is left as it was."""


def needs_upgrade(con: duckdb.DuckDBPyConnection) -> bool:
    """A warehouse of schema 1: dim_document exists and has no primary key."""
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    if "dim_document" not in tables:
        return False
    keys = con.execute(
        "SELECT count(*) FROM duckdb_constraints() "
        "WHERE table_name = 'dim_document' AND constraint_type = 'PRIMARY KEY'"
    ).fetchone()[0]
    return keys == 0


def upgrade(con: duckdb.DuckDBPyConnection, schema_sql: str) -> list[str]:
    """Rebuild every table with its keys; returns what was done, one line each."""
    existing = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    old = [t for t in TABLES if t in existing]
    con.execute("BEGIN")
    try:
        for table in old:
            con.execute(f"ALTER TABLE {table} RENAME TO {table}__schema1")
        rekeyed = rekey_documents(con) if "dim_document" in old else []
        con.execute(schema_sql)
        for table in old:
            copy_rows(con, table)
        for table in old:
            con.execute(f"DROP TABLE {table}__schema1")
        con.execute("COMMIT")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        reason = str(exc).splitlines()[0]
        raise UpgradeFailed(f"could not add the warehouse's keys: {reason}") from None
    lines = ["upgraded to schema 2: keys declared and enforced, reports keyed by content"]
    lines += [f"report {old_key} is now {new_key}" for old_key, new_key in rekeyed]
    return lines


def rekey_documents(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """Give each report with a district and a year its content key, where that key is
    free; the keys built on it (programmes, measures) follow."""
    pairs = con.execute(
        """
        SELECT document_key, replace(area_key, '_', '-') || '-' || period_key AS new_key
        FROM dim_document__schema1
        WHERE area_key IS NOT NULL AND period_key IS NOT NULL
          AND document_key <> replace(area_key, '_', '-') || '-' || period_key
        QUALIFY count(*) OVER (PARTITION BY new_key) = 1
        """
    ).fetchall()
    taken = {r[0] for r in con.execute("SELECT document_key FROM dim_document__schema1").fetchall()}
    done = []
    for old_key, new_key in pairs:
        if new_key in taken:
            continue
        for table, key_column in [
            ("dim_programme", "programme_key"),
            ("fact_measure", "measure_key"),
        ]:
            con.execute(
                f"UPDATE {table}__schema1 SET {key_column} = ? || substr({key_column}, ?) "
                f"WHERE document_key = ?",
                [new_key, len(old_key) + 1, old_key],
            )
        con.execute(
            "UPDATE fact_measure__schema1 SET programme_key = ? || substr(programme_key, ?) "
            "WHERE document_key = ? AND programme_key IS NOT NULL",
            [new_key, len(old_key) + 1, old_key],
        )
        for table in ["dim_document", "dim_programme", "fact_measure", "fact_check_result"]:
            con.execute(
                f"UPDATE {table}__schema1 SET document_key = ? WHERE document_key = ?",
                [new_key, old_key],
            )
        taken.add(new_key)
        done.append((old_key, new_key))
    return done


def copy_rows(con: duckdb.DuckDBPyConnection, table: str) -> None:
    """The old table's rows into the new one, by column name; new columns get defaults."""
    new = columns_of(con, table)
    old = columns_of(con, f"{table}__schema1")
    shared = [c for c in new if c in old]
    select = [f'"{c}"' for c in shared]
    target = list(shared)
    if table == "fact_check_result" and "evaluation_id" not in old:
        # One evaluation was one report's results with one checked_at.
        target += ["evaluation_id", "check_result_key"]
        evaluation = (
            "'schema1:' || coalesce(document_key, '') || ':' "
            "|| strftime(checked_at, '%Y%m%dT%H%M%S.%f')"
        )
        select += [evaluation, f"{evaluation} || ':' || row_number() OVER ()"]
    columns = ", ".join(f'"{c}"' for c in target)
    con.execute(f"INSERT INTO {table} ({columns}) SELECT {', '.join(select)} FROM {table}__schema1")


def columns_of(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    return [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
