"""Retention: per report, the artifacts of its last PCC_KEEP_EVALUATIONS evaluations are
kept and older ones removed: GX validation results (through GX's own store), their Data
Docs pages, the Dagster run storage of the runs that made them (compute logs through
Dagster's compute log manager, pickled op outputs), and the report's alert ledger entries
no longer in use. fact_check_result is never pruned: the warehouse keeps every evaluation.

Each report's evaluations are listed in `<data>/gx/retention/<report>.json`, oldest first.
The reports of one batch share its validation results (a checkpoint validates every
report's rows at once) and its run: those go when no report's kept evaluation names them.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

DEFAULT_KEEP = 20


def keep_evaluations() -> int:
    """PCC_KEEP_EVALUATIONS: evaluations whose artifacts each report keeps (0: all)."""
    return max(0, int(os.environ.get("PCC_KEEP_EVALUATIONS") or DEFAULT_KEEP))


def record_and_prune(
    runtime, keys: list[str], run_id: str | None, keep: int | None = None
) -> list[str]:
    """Add this evaluation (runtime.validated, the run) to each report's list and remove
    the artifacts of evaluations past each one's last `keep`. A batch's validation
    results and run are shared by its reports: they stay while any report's kept
    evaluations name them. Returns the runs no kept evaluation names: the caller removes
    their storage (remove_run_storage) where Dagster is imported, not in the checker."""
    keep = keep_evaluations() if keep is None else keep
    folder = runtime.gx_dir / "retention"
    folder.mkdir(parents=True, exist_ok=True)
    entry = {
        "at": time.time(),
        "run_id": run_id,
        "validations": [list(v.to_tuple()) for v in runtime.validated],
    }
    old = {}
    for key in keys:
        entries = [*listed(folder / f"{key}.json"), entry]
        old[key], kept = (entries[:-keep], entries[-keep:]) if keep else ([], entries)
        write_listing(folder / f"{key}.json", kept)
        if old[key] and runtime.ledger is not None:
            prune_ledger(runtime.ledger / key, since=kept[0]["at"])
    gone = [e for entries in old.values() for e in entries]
    if not gone:
        return []
    still = [e for listing in folder.glob("*.json") for e in listed(listing)]
    in_use = {tuple(v) for e in still for v in e["validations"]}
    remove_validations(
        runtime, [v for e in gone for v in e["validations"] if tuple(v) not in in_use]
    )
    return sorted({e["run_id"] for e in gone} - {e["run_id"] for e in still} - {None})


def listed(listing: Path) -> list[dict]:
    """A report's evaluations, oldest first."""
    return json.loads(listing.read_text()) if listing.exists() else []


def write_listing(listing: Path, entries: list[dict]) -> None:
    partial = listing.with_name(listing.name + ".partial")
    partial.write_text(json.dumps(entries))
    os.replace(partial, listing)


def remove_validations(runtime, tuples: list[list]) -> None:
    """Through GX's validation results store; then the page Data Docs rendered of each
    (the next build's index lists only what the store still holds)."""
    from great_expectations.data_context.types.resource_identifiers import (
        ValidationResultIdentifier,
    )

    store = runtime.context.validation_results_store
    for parts in tuples:
        identifier = ValidationResultIdentifier.from_tuple(tuple(parts))
        if store.has_key(identifier):
            store.remove_key(identifier)
        page = runtime.gx_dir / "data_docs" / "validations" / Path(*parts)
        page.with_name(page.name + ".html").unlink(missing_ok=True)
        remove_empty_parents(page.parent, runtime.gx_dir / "data_docs" / "validations")


def remove_empty_parents(folder: Path, root: Path) -> None:
    while folder != root and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def remove_run_storage(run_id: str) -> None:
    """A run's compute logs (Dagster's compute log manager) and pickled outputs."""
    home = os.environ.get("DAGSTER_HOME")
    if not home:
        return
    import dagster as dg

    instance = dg.DagsterInstance.get()
    instance.compute_log_manager.delete_logs(prefix=[run_id])
    shutil.rmtree(Path(home) / "storage" / run_id, ignore_errors=True)


def prune_ledger(folder: Path, since: float) -> None:
    """The report's ledger entries neither written nor consulted since its oldest kept
    evaluation (a failure still reported is consulted, so its entry stays)."""
    if not folder.is_dir():
        return
    for entry in folder.iterdir():
        if entry.is_file() and entry.stat().st_mtime < since:
            entry.unlink()
