"""Configuration, read from the environment in one place."""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]  # the source tree, when run from one
# Installed with the package (package pcc_samples, the source tree's samples/ folder).
SAMPLE_REPORT = Path(str(files("pcc_samples") / "wirral-2018-19.pdf"))


DAGSTER_YAML = """\
# Written by pcc-warehouse on first use; edit freely.
telemetry:
  enabled: false
"""

# Appended to any dagster.yaml that has no `concurrency` section.
CONCURRENCY_YAML = """\
concurrency:
  runs:
    max_concurrent_runs: {cpus}  # reports the daemon runs at once (sensor, backfills)
  # The load step asks for pool "warehouse"; it has no limit here: the warehouse's lock
  # file makes writers take turns. Limit it (pools: default_limit: 1) only on Postgres
  # storage: on SQLite, slot claims are not atomic and can strand a step for ever.
run_monitoring:
  enabled: true
  free_slots_after_run_end_seconds: 30  # a run that died holding the pool gives it back
"""


@dataclass(frozen=True)
class Settings:
    warehouse: Path
    inbox: Path
    jobs: int = 1  # reports the CLI ingests at once
    inbox_interval_s: int = 30  # how often the inbox sensor looks
    checks_cron: str = "0 6 * * *"  # when the schedule re-runs the checks
    executor: str = "multiprocess"  # how a run of ingest_report runs its steps

    @classmethod
    def from_env(cls, warehouse: str | Path | None = None) -> Settings:
        data = Path(os.environ.get("PCC_DATA_DIR", "data"))
        return cls(
            warehouse=Path(
                warehouse or os.environ.get("PCC_WAREHOUSE_DB") or data / "warehouse.duckdb"
            ),
            inbox=Path(os.environ.get("PCC_INBOX") or data / "inbox"),
            jobs=max(1, int(os.environ.get("PCC_JOBS") or os.cpu_count() or 1)),
            inbox_interval_s=int(os.environ.get("PCC_INBOX_INTERVAL") or 30),
            checks_cron=os.environ.get("PCC_CHECKS_CRON") or "0 6 * * *",
            executor=os.environ.get("PCC_EXECUTOR") or "multiprocess",
        )


def step_executor(name: str):
    """The executor of a report's run: Dagster's default (its steps in processes of the
    run's machine), or "celery": its steps queued on a Celery broker (PCC_CELERY_BROKER,
    e.g. redis://host:6379/0) for `dagster-celery worker` processes on any machine that
    shares the Dagster instance (Postgres storage) and the data folders."""
    if name == "multiprocess":
        return None
    if name != "celery":
        raise ValueError(f"PCC_EXECUTOR={name}: not an executor (multiprocess or celery)")
    from dagster_celery import celery_executor

    broker = {"env": "PCC_CELERY_BROKER"}
    return celery_executor.configured({"broker": broker, "backend": broker})


def alert_ledger(warehouse: Path) -> Path:
    """The record of alerts delivered (one alert per failure), beside the warehouse."""
    return warehouse.parent / "alerts_sent"


def ensure_dagster_home() -> Path:
    """DAGSTER_HOME, defaulting to .dagster_home under the working directory."""
    home = Path(os.environ.setdefault("DAGSTER_HOME", str(Path(".dagster_home").resolve())))
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    if not config.exists():
        config.write_text(DAGSTER_YAML)
    if "concurrency" not in (yaml.safe_load(config.read_text()) or {}):
        with config.open("a") as f:
            f.write(CONCURRENCY_YAML.format(cpus=os.cpu_count() or 1))
    return home
