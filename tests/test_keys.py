"""The warehouse enforces its own keys (DuckDB refuses a duplicate or a dangling key), a
report still reloads under its foreign keys, and a warehouse of the earlier schema (no
keys, file-name report ids, DuckDB 2.0's storage format) is upgraded on open."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from conftest import SAMPLE, query

from extract import extract_document
from transform.star import to_star
from warehouse import store

SCHEMA1 = Path(__file__).with_name("schema1.sql")


@pytest.fixture(scope="module")
def star():
    return to_star(extract_document(SAMPLE), "wirral-2018-19")


@pytest.fixture
def warehouse(tmp_path, star) -> Path:
    path = tmp_path / "warehouse.duckdb"
    store.load_document(path, star.document_key, star.tables)
    return path


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO dim_document SELECT * FROM dim_document",
        "INSERT INTO dim_programme SELECT * FROM dim_programme LIMIT 1",
        "INSERT INTO fact_measure SELECT * FROM fact_measure LIMIT 1",
        "INSERT INTO dim_area SELECT * FROM dim_area LIMIT 1",
        "INSERT INTO dim_metric SELECT * FROM dim_metric LIMIT 1",
        "INSERT INTO dim_period SELECT * FROM dim_period LIMIT 1",
        "INSERT INTO fact_check_result (check_result_key, evaluation_id, check_name, severity, "
        "passed, checked_at) VALUES ('e:1', 'e', 'x', 'warn', true, now()), "
        "('e:1', 'e', 'y', 'warn', true, now())",
        # a dangling foreign key, a missing key
        "UPDATE fact_measure SET area_key = 'atlantis' "
        "WHERE measure_key = (SELECT min(measure_key) FROM fact_measure)",
        "INSERT INTO dim_programme (programme_key, document_key, row_number) "
        "VALUES ('x:001', 'no-such-report', 1)",
        "INSERT INTO fact_measure (measure_key, document_key, metric_key, area_key, period_key, "
        "value, unit, qualifier, page_number, sentence) "
        "VALUES (NULL, 'wirral-2018-19', 'asb_incidents', 'wirral', '2018-19', 1, 'count', "
        "'exact', 1, 'x')",
    ],
)
def test_duckdb_refuses_a_duplicate_or_dangling_key(warehouse, sql):
    with duckdb.connect(str(warehouse)) as con, pytest.raises(duckdb.ConstraintException):
        con.execute(sql)


def test_a_report_reloads_under_its_foreign_keys_and_a_metric_keeps_its_first_name(warehouse, star):
    renamed = star.tables["dim_metric"].assign(metric_name="renamed by a later report")
    store.load_document(warehouse, star.document_key, {**star.tables, "dim_metric": renamed})
    assert query(warehouse, "SELECT count(*) FROM fact_measure") == [(59,)]
    assert query(
        warehouse, "SELECT count(*) FROM dim_metric WHERE metric_name LIKE 'renamed%'"
    ) == [(0,)]
    assert query(warehouse, "SELECT count(*) FROM dim_document_history") == [(0,)]  # same bytes


def schema1_warehouse(old: Path, warehouse: Path) -> None:
    """A warehouse as the earlier version wrote it: schema 1, DuckDB's newest storage
    format, the sample's rows under a file-name report id (csp-2018-19)."""
    with duckdb.connect(str(old)) as con:  # DuckDB's own newest storage format
        con.execute(SCHEMA1.read_text())
        con.execute(f"ATTACH '{warehouse}' AS new (READ_ONLY)")
        for table in [
            "dim_area",
            "dim_period",
            "dim_metric",
            "dim_document",
            "dim_programme",
            "fact_measure",
        ]:
            columns = [r[0] for r in con.execute(f"DESCRIBE main.{table}").fetchall()]
            con.execute(f"INSERT INTO main.{table} SELECT {', '.join(columns)} FROM new.{table}")
        con.execute(
            "INSERT INTO main.fact_check_result VALUES ('structure', 'wirral-2018-19', 'error', "
            "true, '0', '0', 'ok', '2019-01-01 10:00:00')"
        )
        # its id from its file name, as before
        for table, column in [("dim_programme", "programme_key"), ("fact_measure", "measure_key")]:
            con.execute(f"UPDATE main.{table} SET {column} = replace({column}, 'wirral-', 'csp-')")
        con.execute(
            "UPDATE main.fact_measure SET programme_key = replace(programme_key, 'wirral-', 'csp-')"
        )
        for table in ["dim_document", "dim_programme", "fact_measure", "fact_check_result"]:
            con.execute(f"UPDATE main.{table} SET document_key = 'csp-2018-19'")


def test_an_old_warehouse_is_upgraded_on_open(tmp_path, warehouse):
    old = tmp_path / "schema1.duckdb"
    schema1_warehouse(old, warehouse)
    with duckdb.connect(str(old), read_only=True) as con:
        version = store.file_storage_version(con)
    assert version != "v1.0.0"

    done = store.upgrade(old)

    assert done == [
        "rewritten in DuckDB storage format v1.0.0",
        "upgraded to schema 2: keys declared and enforced, reports keyed by content",
        "report csp-2018-19 is now wirral-2018-19",
    ]
    header = old.read_bytes()[8:20]  # "DUCK", then the storage version number: 64, as 1.x reads
    assert (header[:4], int.from_bytes(header[4:12], "little")) == (b"DUCK", 64)
    with duckdb.connect(str(old), read_only=True) as con:
        assert store.file_storage_version(con) == "v1.0.0"
    assert query(old, "SELECT document_key FROM dim_document") == [("wirral-2018-19",)]
    assert query(
        old,
        "SELECT count(*), count(*) FILTER (measure_key LIKE 'wirral-2018-19:%') FROM fact_measure",
    ) == [(59, 59)]
    assert query(old, "SELECT document_key, evaluation_id IS NOT NULL FROM fact_check_result") == [
        ("wirral-2018-19", True)
    ]
    assert (
        query(
            old, "SELECT count(*) FROM duckdb_constraints() WHERE constraint_type = 'FOREIGN KEY'"
        )[0][0]
        >= 7
    )
    assert store.upgrade(old) == []  # once


def test_ingest_upgrades_an_old_warehouse_and_says_so(workdir, warehouse):
    from conftest import ingest

    old = workdir / "old.duckdb"
    schema1_warehouse(old, warehouse)

    result = ingest("--warehouse", old)

    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    assert result.stdout.splitlines()[:4] == [
        "warehouse: rewritten in DuckDB storage format v1.0.0",
        "warehouse: upgraded to schema 2: keys declared and enforced, reports keyed by content",
        "warehouse: report csp-2018-19 is now wirral-2018-19",
        "wirral-2018-19.pdf: area Wirral, period 2018/19, 4 pages, 13 programmes, 59 measures, "
        "checks 36 passed 0 failed",
    ]
    assert query(old, "SELECT count(*) FROM fact_measure") == [(59,)]
