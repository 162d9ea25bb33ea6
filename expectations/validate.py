"""Run the stored Great Expectations checkpoints on one document's rows.

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

from expectations.alerts import CURRENT_TARGET, AlertSettings, AlertTarget, severity_of
from expectations.claims import claims_for, previous_year_claims

STORED_KINDS = {"part_whole", "change_difference", "percent_change", "rate", "repeated_figure"}
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
    """Where results go and whom to alert, for one document."""

    gx_dir: Path  # validation results and Data Docs
    alerts: AlertSettings = field(default_factory=AlertSettings)
    pdfs: dict[str, Path] = field(default_factory=dict)  # file name -> PDF, for pictures
    ledger_dir: Path | None = None
    validated: list = field(default_factory=list)  # this run's GX validation result ids

    @cached_property
    def context(self):
        """The GX data context, read once for all the checks of one report."""
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


def run_checkpoint(
    context,
    name: str,
    frame: pd.DataFrame,
    document: dict,
    runtime: Runtime,
    claims: pd.DataFrame | None = None,
    parameters: dict | None = None,
):
    """Run one stored checkpoint; its alert action learns this run's document and claims."""
    target = AlertTarget(
        check=name,
        document=document,
        claims=[] if claims is None else claims.to_dict("records"),
        pdfs=runtime.pdfs,
        ledger_dir=runtime.ledger_dir,
        settings=runtime.alerts,
    )
    token = CURRENT_TARGET.set(target)
    try:
        result = context.checkpoints.get(name).run(
            batch_parameters={"dataframe": frame}, expectation_parameters=parameters or {}
        )
    finally:
        CURRENT_TARGET.reset(token)
    runtime.validated += result.run_results.keys()
    return result


def build_data_docs(runtime: Runtime) -> Path:
    """Render this run's validation results into Data Docs, once for all checks (a
    data-docs action per checkpoint would compile the site's templates each time)."""
    runtime.context.build_data_docs(resource_identifiers=runtime.validated)
    return runtime.data_docs_index


# --- The four checks --------------------------------------------------------------------


def validate_structure(tables: dict, document: dict, runtime: Runtime) -> Validation:
    """Keys unique and not null, foreign keys resolve, a district, a period, programmes."""
    context = runtime.context
    parameters = {
        "document_keys": tables["dim_document"].document_key.tolist(),
        "programme_keys": tables["dim_programme"].programme_key.tolist(),
        "metric_keys": tables["dim_metric"].metric_key.tolist(),
        "area_keys": tables["dim_area"].area_key.tolist(),
        "period_keys": tables["dim_period"].period_key.tolist(),
        "page_count": int(document.get("page_count") or 0),
    }
    rows = []
    for table in STRUCTURE_TABLES:
        name = f"structure_{table}"
        result = run_checkpoint(context, name, tables[table], document, runtime, None, parameters)
        rows += expectation_rows(result, document["document_key"])
    return Validation("structure", as_results(rows), pd.DataFrame())


def validate_plausibility(tables: dict, document: dict, runtime: Runtime) -> Validation:
    """Percentages within 0-100, counts non-negative whole numbers."""
    facts = tables["fact_measure"]
    frame = facts.assign(
        value_text=[f"{v:.10g}" for v in facts.value],
        is_increase=facts.direction == "increase",
    )
    result = run_checkpoint(runtime.context, "plausibility", frame, document, runtime)
    rows = expectation_rows(result, document["document_key"])
    return Validation("plausibility", as_results(rows), pd.DataFrame())


def validate_arithmetic(tables: dict, document: dict, runtime: Runtime) -> Validation:
    """The claims the report's own figures make about each other."""
    facts = with_file_name(tables["fact_measure"], document)
    stated = tables["fact_claim"], tables["fact_claim_term"]
    claims = claims_for(document["document_key"], facts, *stated, tables["dim_programme"])
    return validate_claims("arithmetic", claims, document, runtime)


def validate_across_reports(
    tables: dict, document: dict, earlier: pd.DataFrame, runtime: Runtime
) -> Validation:
    """Figures for earlier years against those years' own reports of the same area."""
    facts = with_file_name(tables["fact_measure"], document)
    own_period = tables["dim_document"].period_key.iloc[0] if len(tables["dim_document"]) else None
    claims = previous_year_claims(document["document_key"], facts, own_period, earlier)
    return validate_claims("across_reports", claims, document, runtime)


def validate_claims(
    name: str, claims: pd.DataFrame, document: dict, runtime: Runtime
) -> Validation:
    if claims.empty:
        return Validation(name, as_results([]), claims)
    result = run_checkpoint(runtime.context, name, claims, document, runtime, claims)
    failed = flagged_claims(result)
    return Validation(name, claim_rows(claims, failed), claims, failed)


def with_file_name(facts: pd.DataFrame, document: dict) -> pd.DataFrame:
    return facts.assign(file_name=document.get("file_name"))


# --- Results as fact_check_result rows --------------------------------------------------


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def gx_results(checkpoint_result) -> list:
    return [r for run in checkpoint_result.run_results.values() for r in run.results]


def expectation_rows(checkpoint_result, document_key: str) -> list[dict]:
    """One row per expectation evaluated: a table-level check."""
    rows = []
    for run in checkpoint_result.run_results.values():
        for r in run.results:
            config, result = r.expectation_config, r.result
            unexpected = result.get("unexpected_index_list") or []
            keys = [row_key(u) for u in unexpected]
            found = (
                f"{result.get('unexpected_count', 0)} of {result.get('element_count', 0)} rows"
                if "element_count" in result
                else f"{result.get('observed_value')}"
            )
            rows.append(
                {
                    "check_name": f"{run.suite_name}: {config.description or config.type}",
                    "document_key": document_key,
                    "severity": severity_of(config),
                    "passed": bool(r.success),
                    "observed": found + (f": {keys[:10]}" if keys else ""),
                    "expected": config.description or config.type,
                    "message": f"{config.type} on {config.kwargs.get('column', 'the table')}",
                }
            )
    return rows


def flagged_claims(checkpoint_result) -> set[str]:
    """The claims any expectation flagged."""
    return {
        row["claim_id"]
        for r in gx_results(checkpoint_result)
        for row in (r.result.get("unexpected_index_list") or [])
    }


def row_key(unexpected) -> str:
    """The key of a row an expectation flagged (its *_key column), for the message."""
    if not isinstance(unexpected, dict):
        return str(unexpected)
    keys = [v for k, v in unexpected.items() if k.endswith("_key")]
    return str(keys[0] if keys else next(iter(unexpected.values())))


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
