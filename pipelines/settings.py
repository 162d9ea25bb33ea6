"""Configuration, read from the environment in one place."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE_REPORT = REPO / "samples" / "wirral-2018-19.pdf"


DAGSTER_YAML = """\
# Written by pcc-warehouse on first use; edit freely.
telemetry:
  enabled: false
"""


@dataclass(frozen=True)
class Settings:
    warehouse: Path
    inbox: Path
    alert_webhook_url: str | None

    @classmethod
    def from_env(cls, warehouse: str | Path | None = None) -> Settings:
        data = Path(os.environ.get("PCC_DATA_DIR", "data"))
        return cls(
            warehouse=Path(
                warehouse or os.environ.get("PCC_WAREHOUSE_DB") or data / "warehouse.duckdb"
            ),
            inbox=Path(os.environ.get("PCC_INBOX") or data / "inbox"),
            alert_webhook_url=os.environ.get("PCC_ALERT_WEBHOOK_URL") or None,
        )


def ensure_dagster_home() -> Path:
    """DAGSTER_HOME, defaulting to .dagster_home under the working directory."""
    home = Path(os.environ.setdefault("DAGSTER_HOME", str(Path(".dagster_home").resolve())))
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    if not config.exists():
        config.write_text(DAGSTER_YAML)
    return home
