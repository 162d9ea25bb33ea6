"""The Great Expectations data context, and check results as fact_check_result rows
(expectations/batch.py runs the stored checkpoints on a batch of reports' rows).

The suites, validation definitions and checkpoints live in expectations/gx (a GX file
data context kept in the repo); validation results and Data Docs go to the runtime
directory under the data dir. GX validates DataFrames read out of DuckDB (it has no DuckDB
source). Import this module where checks run: GX is slow to import.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path

import pandas as pd

from expectations.alerts import AlertSettings

STORED_KINDS = {"part_whole", "change_difference", "percent_change", "share", "rate"}
STORED_KINDS |= {"repeated_figure"}
GX_PROJECT = Path(__file__).parent  # holds gx/
STRUCTURE_TABLES = ["dim_document", "dim_programme", "fact_measure"]  # a checkpoint each
RESULT_COLUMNS = [
    "check_name",
    "document_key",
    "severity",
    "passed",
    "observed",
    "expected",
    "message",
    "checked_at",
    "claim_key",
]

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")


@dataclass
class Runtime:
    """Where results go and whom to alert, for one batch of reports."""

    gx_dir: Path  # validation results and Data Docs
    alerts: AlertSettings = field(default_factory=AlertSettings)
    pdfs: dict[str, Path] = field(default_factory=dict)  # file name -> PDF, for pictures
    ledger: Path | None = None  # the alert ledger: a folder per report under it
    validated: list = field(default_factory=list)  # this run's GX validation result ids

    @cached_property
    def context(self):
        """The GX data context, read once for all the checks of a batch."""
        return gx_context(self.gx_dir)

    @property
    def data_docs_index(self) -> Path:
        return self.gx_dir / "data_docs" / "index.html"


@dataclass
class Validation:
    """One check's outcome: rows for fact_check_result (their checked_at set when the
    evaluation is written), the claims behind them (none for a table-level check)."""

    check: str
    results: pd.DataFrame
    claims: pd.DataFrame
    failed_claim_ids: set[str] = field(default_factory=set)

    @property
    def failed_claims(self) -> pd.DataFrame:
        if self.claims.empty:
            return self.claims
        return self.claims[self.claims.claim_id.isin(self.failed_claim_ids)]

    @property
    def failed(self) -> pd.DataFrame:
        return self.results[~self.results.passed.astype(bool)]

    @property
    def errors(self) -> pd.DataFrame:
        return self.failed[self.failed.severity == "error"]


def gx_context(gx_dir: Path):
    import great_expectations as gx

    import expectations.alerts  # noqa: F401  registers the checkpoints' alert action

    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    return gx.get_context(
        mode="file",
        project_root_dir=str(GX_PROJECT),
        runtime_environment={"PCC_GX_RUNTIME": str(gx_dir.resolve())},
    )


# --- Results as fact_check_result rows --------------------------------------------------


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def gx_results(checkpoint_result) -> list:
    return [r for run in checkpoint_result.run_results.values() for r in run.results]


def flagged_claims(checkpoint_result) -> set[str]:
    """The claims any expectation flagged."""
    return {
        row["claim_id"]
        for r in gx_results(checkpoint_result)
        for row in (r.result.get("unexpected_index_list") or [])
    }


def claim_rows(claims: pd.DataFrame, failed: set[str]) -> pd.DataFrame:
    """One row per claim."""
    rows = [
        {
            "check_name": c.check_name,
            "document_key": c.document_key,
            "severity": c.severity,
            "passed": c.claim_id not in failed,
            "observed": f"{c.found:.10g}",
            "expected": expected_text(c.expected, c.low, c.high),
            "message": c.description,
            "claim_key": c.claim_id if c.check_name in STORED_KINDS else None,
        }
        for c in claims.itertuples()
    ]
    return as_results(rows)


def expected_text(expected: float, low: float, high: float) -> str:
    if low == high:
        return f"{expected:.10g}"
    return f"{expected:.6g} (between {low:.6g} and {high:.6g})"


def as_results(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=RESULT_COLUMNS).astype({"passed": bool})
