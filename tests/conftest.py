"""Shared fixtures: the bundled sample, a scratch working directory per test."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import duckdb
import pytest
from sinks import SmtpSink, WebhookSink

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "samples" / "wirral-2018-19.pdf"
PROGRAMMES = 13  # funded programmes in the sample's table, counted by hand
WAREHOUSE = Path("data") / "warehouse.duckdb"  # under the working directory, by default

# The tests stop the servers they start with SIGTERM, as a service manager does, and
# `dagster dev` stops its own with SIGINT. A runner started as a background job may ignore
# both, and every process it starts would inherit that: give them the defaults, as on a
# terminal or a CI runner.
signal.signal(signal.SIGTERM, signal.SIG_DFL)
signal.signal(signal.SIGINT, signal.default_int_handler)


# Roughly how many seconds each slow test file takes on one worker of a 2-core machine.
# pytest-xdist hands out whole files (--dist loadfile), by default those with the most
# tests first, so files of a few long tests (the deployment, faults, UI, retention) were
# started last and one worker ran them alone at the end. The scheduler below starts the
# longest files first instead; a file not listed counts as short.
SLOW_FILES = {
    "test_corpus.py": 420,
    "test_deploy_postgres.py": 290,
    "test_faults.py": 220,
    "test_operations.py": 195,
    "test_checks_claims.py": 150,
    "test_extract_lean.py": 150,
    "test_bad_input.py": 115,
    "test_alerts.py": 115,
    "test_fuzz.py": 80,
    "test_cut_texts.py": 60,
    "test_pipeline.py": 100,
    "test_retention.py": 80,
    "test_ui.py": 90,
    "test_identity.py": 80,
    "test_word_tables.py": 70,
    "test_corpus_files.py": 65,
    "test_extract_word.py": 65,
    "test_extract_roundtrip.py": 45,
    "test_agreement.py": 40,
    "test_install.py": 35,
    "test_keys.py": 25,
    "test_data_docs_offline.py": 25,
    "test_measures_sample.py": 20,
}


def pytest_xdist_make_scheduler(config, log):
    """--dist loadfile, longest files first (SLOW_FILES), so that the workers end together."""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class LongestFileFirst(LoadFileScheduling):
        def _assign_work_unit(self, node) -> None:
            longest = max(self.workqueue, key=lambda f: SLOW_FILES.get(Path(f).name, 0))
            self.workqueue.move_to_end(longest, last=False)
            super()._assign_work_unit(node)

    return LongestFileFirst(config, log)


def cli_path() -> str:
    """The installed console script, next to the running interpreter."""
    import sys

    return str(Path(sys.executable).with_name("pcc-warehouse"))


def ingest(*args, env: dict | None = None) -> subprocess.CompletedProcess:
    """`pcc-warehouse ingest ARGS` in its own process, as a user runs it."""
    return subprocess.run(
        [cli_path(), "ingest", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, **(env or {})},
    )


def ingest_here(path: Path, workdir: Path) -> int:
    """The `pcc-warehouse ingest` command in this process (GX imports once): its status."""
    from pipelines.cli import main

    return main(["ingest", str(path), "--warehouse", str(workdir / WAREHOUSE)])


def ingest_together(pdfs: list[Path], tmp_path_factory) -> dict[str, tuple[Path, str]]:
    """The PDFs ingested in one batch, as a user loads a folder: each stem -> the warehouse
    and the report's document key. Word-made fixtures' prose has random figures failing
    checks of its own, so the status is not asked."""
    workdir = tmp_path_factory.mktemp("batch")
    from pipelines.cli import main

    main(["ingest", *map(str, pdfs), "--warehouse", str(workdir / WAREHOUSE)])
    db = workdir / WAREHOUSE
    keys = dict(query(db, "SELECT file_name, document_key FROM dim_document"))
    return {pdf.stem: (db, keys[pdf.name]) for pdf in pdfs}


def report(folder: Path, district: str, period: str = "2019/20") -> Path:
    """The sample's texts as another district's report, named as its partnership names it."""
    from pdfgen import render_report, sample_like_report

    folder.mkdir(parents=True, exist_ok=True)
    name = f"{district.lower().replace(' ', '-')}-{period.replace('/', '-')}.pdf"
    return render_report(sample_like_report(district=district, period=period), folder / name)


def contents(db: Path) -> dict[str, list[tuple]]:
    """Every star-schema row, sorted, without load times."""
    tables = ["dim_programme", "fact_measure", "dim_area", "dim_period", "dim_metric"]
    rows = {t: sorted(query(db, f"SELECT * FROM {t}")) for t in tables}
    rows["dim_document"] = sorted(query(db, "SELECT * EXCLUDE (loaded_at) FROM dim_document"))
    return rows


def query(db: Path, sql: str) -> list[tuple]:
    """Rows of a query on a warehouse, opened read-only as a BI tool opens it."""
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


@pytest.fixture
def workdir(tmp_path, monkeypatch) -> Path:
    """A fresh working directory with its own warehouse, inbox and DAGSTER_HOME."""
    monkeypatch.chdir(tmp_path)
    for name in [n for n in os.environ if n.startswith("PCC_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    return tmp_path


@pytest.fixture
def webhook():
    """A real HTTP server on 127.0.0.1 keeping every JSON body posted to it."""
    sink = WebhookSink()
    yield sink
    sink.close()


@pytest.fixture
def smtp():
    """A real SMTP server on 127.0.0.1 keeping every message it accepts."""
    sink = SmtpSink()
    yield sink
    sink.close()
