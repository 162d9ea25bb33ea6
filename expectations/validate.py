"""Run the data-quality suites on one document's rows with Great Expectations."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from expectations.claims import claims_for

SUITES = Path(__file__).with_name("suites")
SEVERITY = {"critical": "error", "warning": "warn", "info": "warn"}

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")


@dataclass
class Validation:
    """The outcome of one document's checks, as rows for fact_check_result."""

    results: pd.DataFrame
    claims: pd.DataFrame

    @property
    def errors(self) -> pd.DataFrame:
        return self.results[(~self.results.passed) & (self.results.severity == "error")]


def gx_context():
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    return context


def load_suite(name: str):
    import great_expectations as gx

    return gx.ExpectationSuite(**json.loads((SUITES / f"{name}.json").read_text()))


def run_arithmetic(document: dict, facts: pd.DataFrame, alert_url: str | None) -> Validation:
    """Validate the claims the report's figures make; alert on failure when configured."""
    import great_expectations as gx

    from expectations.alerts import ReportAlertAction

    claims = claims_for(document["document_key"], facts)
    if claims.empty:
        return Validation(check_rows([], claims, document["document_key"]), claims)
    context = gx_context()
    suite = context.suites.add(load_suite("arithmetic"))
    batch = (
        context.data_sources.add_pandas("report")
        .add_dataframe_asset("claims")
        .add_batch_definition_whole_dataframe("claims")
    )
    definition = context.validation_definitions.add(
        gx.ValidationDefinition(name="arithmetic", data=batch, suite=suite)
    )
    actions = []
    if alert_url:
        records = claims.to_dict("records")
        actions.append(
            ReportAlertAction(name="alert", url=alert_url, document=document, claims=records)
        )
    checkpoint = context.checkpoints.add(
        gx.Checkpoint(
            name="arithmetic",
            validation_definitions=[definition],
            actions=actions,
            result_format={
                "result_format": "COMPLETE",
                "unexpected_index_column_names": ["claim_id"],
            },
        )
    )
    result = checkpoint.run(batch_parameters={"dataframe": claims})
    results = [r for run in result.run_results.values() for r in run.results]
    return Validation(check_rows(results, claims, document["document_key"]), claims)


def check_rows(results: list, claims: pd.DataFrame, document_key: str) -> pd.DataFrame:
    """One fact_check_result row per claim: failed if any expectation flagged its row."""
    failed = {
        row["claim_id"] for r in results for row in (r.result.get("unexpected_index_list") or [])
    }
    now = datetime.now(UTC).replace(tzinfo=None)
    rows = [
        {
            "check_name": c.check_name,
            "document_key": document_key,
            "severity": c.severity,
            "passed": c.claim_id not in failed,
            "observed": f"{c.stated:g}",
            "expected": f"{c.computed:g}",
            "message": c.description,
            "checked_at": now,
        }
        for c in claims.itertuples()
    ]
    columns = ["check_name", "document_key", "severity", "passed", "observed", "expected"]
    return pd.DataFrame(rows, columns=[*columns, "message", "checked_at"])
