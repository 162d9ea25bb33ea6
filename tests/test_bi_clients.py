"""BI tools open the warehouse: a real DuckDB 1.x client (duckdb 1.4.1, in its own venv)
opens the file `pcc-warehouse ingest` published and runs the README's example queries,
with the same answers as the DuckDB the pipeline runs.

The venv is made once and kept in pytest's cache (.pytest_cache); the test is skipped,
saying why, only if the package registry cannot be reached to make it.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, WAREHOUSE, ingest, query

CLIENT = "duckdb==1.4.1"
RUN_QUERIES = """
import json, sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
print(json.dumps({"version": duckdb.__version__,
                  "rows": [con.execute(q).fetchall() for q in json.loads(sys.argv[2])]},
                 default=str))
"""


def readme_queries() -> list[str]:
    """The SQL of the README's example BI queries, one statement each."""
    readme = (REPO / "README.md").read_text()
    block = readme.split("Example queries", 1)[1].split("```sql", 1)[1].split("```", 1)[0]
    statements = [s.strip() for s in re.sub(r"--[^\n]*", "", block).split(";")]
    return [s for s in statements if s]


@pytest.fixture(scope="session")
def duckdb_1x(request) -> Path:
    """A Python with the DuckDB 1.x client, made once under pytest's cache."""
    venv = Path(request.config.cache.mkdir("duckdb-1.4.1-client"))
    python = venv / "bin" / "python"
    if not python.exists() or subprocess.run([python, "-c", "import duckdb"]).returncode:
        subprocess.run([sys.executable, "-m", "venv", "--clear", venv], check=True)
        made = subprocess.run(
            [python, "-m", "pip", "install", "-q", CLIENT], capture_output=True, text=True
        )
        if made.returncode:
            pytest.skip(f"cannot install {CLIENT} (registry unreachable?): {made.stderr[-300:]}")
    return python


def test_a_duckdb_1x_client_runs_the_readme_queries_on_the_published_warehouse(workdir, duckdb_1x):
    loaded = ingest()
    assert loaded.returncode == 0, loaded.stdout + loaded.stderr[-2000:]
    db = workdir / WAREHOUSE
    queries = readme_queries()
    assert len(queries) == 6

    ran = subprocess.run(
        [duckdb_1x, "-c", RUN_QUERIES, db, json.dumps(queries)],
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert ran.returncode == 0, ran.stderr[-2000:]
    answers = json.loads(ran.stdout)
    assert answers["version"] == "1.4.1"
    ours = [json.loads(json.dumps(query(db, q), default=str)) for q in queries]
    assert answers["rows"] == ours
    asb, _, reoffending, where, claims, worklist = answers["rows"]
    assert asb == [["Wirral", "2017/18", 8617.0], ["Wirral", "2018/19", 6029.0]]
    assert [row[0] for row in reoffending] == ["Wirral", "England", "Merseyside"]
    assert where[0][:3] == ["wirral-2018-19.pdf", 1, 2]
    assert sorted(row[:2] for row in claims)[:2] == [
        ["change_difference", 2588.0],
        ["part_whole", 380.0],
    ]
    assert all(row[3] for row in claims)  # every claim of the sample held
    assert sorted(worklist) == [["address", 1], ["healthy_meal", 2]]
