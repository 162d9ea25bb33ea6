"""Shared fixtures: the bundled sample, a scratch working directory per test."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "samples" / "wirral-2018-19.pdf"


def cli_path() -> str:
    """The installed console script, next to the running interpreter."""
    import sys

    return str(Path(sys.executable).with_name("pcc-warehouse"))


@pytest.fixture
def workdir(tmp_path, monkeypatch) -> Path:
    """A fresh working directory with its own warehouse, inbox and DAGSTER_HOME."""
    monkeypatch.chdir(tmp_path)
    for name in ["PCC_WAREHOUSE_DB", "PCC_INBOX", "PCC_DATA_DIR", "PCC_ALERT_WEBHOOK_URL"]:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    return tmp_path
