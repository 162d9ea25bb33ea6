"""Great Expectations once per batch of reports, results per report.

Each stored checkpoint runs once over the rows of every report of the batch (their
frames concatenated), not once per report: a GX run costs the same for one report as for
a hundred. Each result is then split by `document_key` into one Validation per report
and check, as if the report had been validated alone; each report's alert names only
its own failures. Data Docs are built once for the batch.

A batch of one is how the Dagster check step of one report runs (pipelines/checks.py).
Import this module where checks run: GX is slow to import.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from expectations.alerts import CURRENT_TARGET, AlertTarget, severity_of
from expectations.claims import claims_for, previous_year_claims
from expectations.validate import (
    STRUCTURE_TABLES,
    Runtime,
    Validation,
    as_results,
    claim_rows,
    flagged_claims,
)

CHECKS = ["structure", "plausibility", "arithmetic", "across_reports"]


@dataclass
class ReportRows:
    """One report's rows to check: its document row (area and period names, page count,
    file name) and its star-schema tables (store.DOCUMENT_TABLES)."""

    document: dict
    tables: dict[str, pd.DataFrame]

    @property
    def key(self) -> str:
        return self.document["document_key"]


def validate_reports(
    reports: list[ReportRows],
    dimensions: dict[str, pd.DataFrame],
    earlier: pd.DataFrame,
    runtime: Runtime,
    rechecked: list[ReportRows] = (),
) -> dict[str, list[Validation]]:
    """The four checks of every report; each checkpoint runs once for the whole batch.

    dimensions: the shared dimension tables the reports' keys must resolve in;
    earlier: other reports' figures for their own years (fact_measure rows with their
    file_name and area, doc_area), the across_reports check's reference;
    rechecked: reports already loaded whose across_reports check is run again (later
    years' reports that state a figure for a year of the batch): only that check."""
    if not reports:
        return {}
    keys = [r.key for r in reports]
    checked = {key: {} for key in keys}
    for key, validation in structure(reports, dimensions, runtime).items():
        checked[key]["structure"] = validation
    for key, validation in plausibility(reports, runtime).items():
        checked[key]["plausibility"] = validation
    arithmetic = {r.key: arithmetic_claims(r) for r in reports}
    for key, validation in claims_check("arithmetic", reports, arithmetic, runtime).items():
        checked[key]["arithmetic"] = validation
    earlier = with_batch(earlier, reports)
    everyone = [*reports, *rechecked]
    across = {r.key: across_claims(r, earlier) for r in everyone}
    for key, validation in claims_check("across_reports", everyone, across, runtime).items():
        checked.setdefault(key, {})["across_reports"] = validation
    return {
        key: [checks[name] for name in CHECKS if name in checks] for key, checks in checked.items()
    }


def build_data_docs(runtime: Runtime):
    """Render this batch's validation results into Data Docs, once."""
    if runtime.validated:
        runtime.context.build_data_docs(resource_identifiers=runtime.validated)
    return runtime.data_docs_index


# --- Table checks -----------------------------------------------------------------------


def structure(reports, dimensions, runtime) -> dict[str, Validation]:
    """Keys unique and not null, foreign keys resolve, a district, a period, programmes."""
    frames = {t: concat([r.tables[t] for r in reports]) for t in STRUCTURE_TABLES}
    pages = {r.key: int(r.document.get("page_count") or 0) for r in reports}
    programmes = frames["dim_programme"].document_key.value_counts()
    frames["dim_document"] = frames["dim_document"].assign(
        programmes=[int(programmes.get(k, 0)) for k in frames["dim_document"].document_key]
    )
    frames["fact_measure"] = frames["fact_measure"].assign(
        page_count=[pages.get(k, 0) for k in frames["fact_measure"].document_key]
    )
    parameters = {
        "document_keys": [r.key for r in reports],
        "programme_keys": frames["dim_programme"].programme_key.tolist(),
        "metric_keys": dimensions["dim_metric"].metric_key.tolist(),
        "area_keys": dimensions["dim_area"].area_key.tolist(),
        "period_keys": dimensions["dim_period"].period_key.tolist(),
    }
    rows = {r.key: [] for r in reports}
    for table in STRUCTURE_TABLES:
        frame = frames[table]
        result = run_checkpoint(f"structure_{table}", frame, reports, runtime, {}, parameters)
        for key, found in expectation_rows(result, frame, list(rows)).items():
            rows[key] += found
    return {
        key: Validation("structure", as_results(found), pd.DataFrame())
        for key, found in rows.items()
    }


def plausibility(reports, runtime) -> dict[str, Validation]:
    """Percentages within 0-100, counts non-negative whole numbers."""
    frame = concat([r.tables["fact_measure"] for r in reports])
    frame = frame.assign(
        value_text=[f"{v:.10g}" for v in frame.value], is_increase=frame.direction == "increase"
    )
    result = run_checkpoint("plausibility", frame, reports, runtime)
    return {
        key: Validation("plausibility", as_results(found), pd.DataFrame())
        for key, found in expectation_rows(result, frame, [r.key for r in reports]).items()
    }


def expectation_rows(checkpoint_result, frame: pd.DataFrame, keys: list[str]) -> dict:
    """One row per expectation and report: what the expectation found in that report's
    rows (the rows it flagged carry their document_key)."""
    found = {key: [] for key in keys}
    for run in checkpoint_result.run_results.values():
        for r in run.results:
            config, result = r.expectation_config, r.result
            unexpected = result.get("unexpected_index_list") or []
            counts = element_counts(frame, config, result, keys)
            for key in keys:
                mine = [u for u in unexpected if belongs_to(u, key, keys)]
                if "element_count" in result:
                    observed = f"{len(mine)} of {counts.get(key, 0)} rows"
                    passed = bool(r.success) or (bool(unexpected) and not mine)
                else:
                    observed, passed = f"{result.get('observed_value')}", bool(r.success)
                shown = [row_key(u) for u in mine]
                found[key].append(
                    {
                        "check_name": f"{run.suite_name}: {config.description or config.type}",
                        "document_key": key,
                        "severity": severity_of(config),
                        "passed": passed,
                        "observed": observed + (f": {shown[:10]}" if shown else ""),
                        "expected": config.description or config.type,
                        "message": f"{config.type} on {config.kwargs.get('column', 'the table')}",
                    }
                )
    return found


def element_counts(frame: pd.DataFrame, config, result: dict, keys: list[str]) -> dict:
    """Each report's rows the expectation looked at (those its row condition selects)."""
    if len(keys) == 1:
        return {keys[0]: int(result.get("element_count") or 0)}
    if "document_key" not in frame:
        return {}
    condition = config.kwargs.get("row_condition")
    selected = frame[condition_mask(frame, condition)] if condition else frame
    return {k: int(n) for k, n in selected.document_key.value_counts().items()}


def condition_mask(frame: pd.DataFrame, condition) -> pd.Series:
    """A GX 1.x row condition (comparisons joined by and/or) as a mask over the frame."""
    condition = condition if isinstance(condition, dict) else condition.to_dict()
    kind = condition.get("type")
    if kind in ("and", "or"):
        masks = [condition_mask(frame, c) for c in condition["conditions"]]
        combined = masks[0]
        for mask in masks[1:]:
            combined = combined & mask if kind == "and" else combined | mask
        return combined
    column = frame[condition["column"]["name"]]
    value = condition["parameter"]
    operators = {
        "==": column.eq,
        "!=": column.ne,
        "<": column.lt,
        "<=": column.le,
        ">": column.gt,
        ">=": column.ge,
    }
    return operators[condition["operator"]](value)


def belongs_to(unexpected, key: str, keys: list[str]) -> bool:
    """Whether a flagged row is the report's (a row with no document key is every
    report's: it cannot be told apart)."""
    if isinstance(unexpected, dict) and unexpected.get("document_key") in keys:
        return unexpected["document_key"] == key
    return True


def row_key(unexpected) -> str:
    """The flagged row's own key (not its document's), for the message."""
    if not isinstance(unexpected, dict):
        return str(unexpected)
    keys = [v for k, v in unexpected.items() if k.endswith("_key") and k != "document_key"]
    keys = keys or [v for k, v in unexpected.items() if k.endswith("_key")]
    return str(keys[0] if keys else next(iter(unexpected.values())))


# --- Claim checks -----------------------------------------------------------------------


def arithmetic_claims(report: ReportRows) -> pd.DataFrame:
    """The claims the report's own figures make about each other."""
    tables = report.tables
    facts = with_file_name(tables["fact_measure"], report.document)
    stated = tables["fact_claim"], tables["fact_claim_term"]
    return claims_for(report.key, facts, *stated, tables["dim_programme"])


def across_claims(report: ReportRows, earlier: pd.DataFrame) -> pd.DataFrame:
    facts = with_file_name(report.tables["fact_measure"], report.document)
    documents = report.tables["dim_document"]
    own_period = documents.period_key.iloc[0] if len(documents) else None
    area = documents.area_key.iloc[0] if len(documents) else None
    if area is None or pd.isna(area) or earlier.empty:
        reference = earlier.iloc[0:0]
    else:
        reference = earlier[(earlier.document_key != report.key) & (earlier.doc_area == area)]
    return previous_year_claims(report.key, facts, own_period, reference.drop(columns="doc_area"))


def with_batch(earlier: pd.DataFrame, reports: list[ReportRows]) -> pd.DataFrame:
    """The reference figures: reports in the warehouse, and the batch's other reports
    (each figure for its own report's year), each with its report's area."""
    frames = [earlier] if len(earlier) else []
    keys = {r.key for r in reports}
    if frames:
        frames = [earlier[~earlier.document_key.isin(keys)]]
    for r in reports:
        documents = r.tables["dim_document"]
        if documents.empty:
            continue
        own = documents.iloc[0]
        facts = r.tables["fact_measure"]
        facts = facts[facts.period_key == own.period_key]
        frames.append(facts.assign(file_name=r.document.get("file_name"), doc_area=own.area_key))
    if not frames:
        return pd.DataFrame(columns=["document_key", "file_name", "qualifier", "doc_area"])
    return concat(frames)


def claims_check(name: str, reports, claims: dict[str, pd.DataFrame], runtime) -> dict:
    """One checkpoint run over every report's claims; each report's own claims back."""
    present = [c for c in claims.values() if not c.empty]
    if not present:
        return {key: Validation(name, as_results([]), c) for key, c in claims.items()}
    frame = concat(present)
    result = run_checkpoint(name, frame, reports, runtime, claims)
    failed = flagged_claims(result)
    return {
        key: Validation(name, claim_rows(c, failed), c, own_claims(failed, c))
        for key, c in claims.items()
    }


def own_claims(failed: set[str], claims: pd.DataFrame) -> set[str]:
    return failed & set(claims.claim_id) if len(claims) else set()


def with_file_name(facts: pd.DataFrame, document: dict) -> pd.DataFrame:
    return facts.assign(file_name=document.get("file_name"))


# --- Running a checkpoint ---------------------------------------------------------------


def run_checkpoint(
    name: str,
    frame: pd.DataFrame,
    reports: list[ReportRows],
    runtime: Runtime,
    claims: dict[str, pd.DataFrame] | None = None,
    parameters: dict | None = None,
):
    """Run one stored checkpoint on the batch's frame; its alert action learns every
    report of the batch, with its claims, and alerts each about its own failures."""
    claims = claims or {}
    targets = [
        AlertTarget(
            check=name,
            document=r.document,
            claims=claims[r.key].to_dict("records") if r.key in claims else [],
            pdfs=runtime.pdfs,
            ledger_dir=runtime.ledger / r.key if runtime.ledger else None,
            settings=runtime.alerts,
        )
        for r in reports
    ]
    token = CURRENT_TARGET.set(targets)
    try:
        result = runtime.context.checkpoints.get(name).run(
            batch_parameters={"dataframe": frame}, expectation_parameters=parameters or {}
        )
    finally:
        CURRENT_TARGET.reset(token)
    runtime.validated += result.run_results.keys()
    return result


def concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    frames = [f for f in frames if len(f.columns)]
    if not frames:
        return pd.DataFrame()
    non_empty = [f for f in frames if len(f)] or frames[:1]
    return pd.concat(non_empty, ignore_index=True)
