"""Configuration, read from the environment in one place."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
SAMPLE_REPORT = REPO / "samples" / "wirral-2018-19.pdf"


DAGSTER_YAML = """\
# Written by pcc-warehouse on first use; edit freely.
telemetry:
  enabled: false
"""

# Appended to any dagster.yaml that has no `concurrency` section.
CONCURRENCY_YAML = """\
concurrency:
  pools:
    granularity: op     # a pool limits steps, in runs started anywhere (CLI, UI, daemon)
    default_limit: 1    # pool "warehouse": one load step writes the warehouse at a time
  runs:
    max_concurrent_runs: {cpus}  # reports the daemon runs at once (sensor, backfills)
run_monitoring:
  enabled: true
  free_slots_after_run_end_seconds: 30  # a run that died holding the pool gives it back
"""


@dataclass(frozen=True)
class Settings:
    warehouse: Path
    inbox: Path
    alert_webhook_url: str | None
    jobs: int = 1  # reports the CLI ingests at once
    inbox_interval_s: int = 30  # how often the inbox sensor looks
    checks_cron: str = "0 6 * * *"  # when the schedule re-runs the checks

    @classmethod
    def from_env(cls, warehouse: str | Path | None = None) -> Settings:
        data = Path(os.environ.get("PCC_DATA_DIR", "data"))
        return cls(
            warehouse=Path(
                warehouse or os.environ.get("PCC_WAREHOUSE_DB") or data / "warehouse.duckdb"
            ),
            inbox=Path(os.environ.get("PCC_INBOX") or data / "inbox"),
            alert_webhook_url=os.environ.get("PCC_ALERT_WEBHOOK_URL") or None,
            jobs=max(1, int(os.environ.get("PCC_JOBS") or os.cpu_count() or 1)),
            inbox_interval_s=int(os.environ.get("PCC_INBOX_INTERVAL") or 30),
            checks_cron=os.environ.get("PCC_CHECKS_CRON") or "0 6 * * *",
        )


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
