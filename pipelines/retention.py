"""Retention: per report, the artifacts of its last PCC_KEEP_EVALUATIONS evaluations are
kept and older ones removed: GX validation results (through GX's own store), their Data
Docs pages, the Dagster run storage of the runs that made them (compute logs through
Dagster's compute log manager, pickled op outputs), and the report's alert ledger entries
no longer in use. fact_check_result is never pruned: the warehouse keeps every evaluation.

Each report's evaluations are listed in `<data>/gx/retention/<report>.json`, oldest first.
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


def record_and_prune(runtime, key: str, run_id: str | None, keep: int | None = None) -> int:
    """Add this evaluation (runtime.validated, the run) to the report's list and remove
    the artifacts of evaluations past the last `keep`; returns how many were removed."""
    keep = keep_evaluations() if keep is None else keep
    listing = runtime.gx_dir / "retention" / f"{key}.json"
    listing.parent.mkdir(parents=True, exist_ok=True)
    entries = json.loads(listing.read_text()) if listing.exists() else []
    entries.append(
        {
            "at": time.time(),
            "run_id": run_id,
            "validations": [list(v.to_tuple()) for v in runtime.validated],
        }
    )
    old, kept = (entries[:-keep], entries[-keep:]) if keep else ([], entries)
    if old:
        kept_runs = {e["run_id"] for e in kept}
        for entry in old:
            remove_validations(runtime, entry["validations"])
            if entry["run_id"] and entry["run_id"] not in kept_runs:
                remove_run_storage(entry["run_id"])
        if runtime.ledger_dir is not None:
            prune_ledger(runtime.ledger_dir, since=kept[0]["at"])
    partial = listing.with_name(listing.name + ".partial")
    partial.write_text(json.dumps(kept))
    os.replace(partial, listing)
    return len(old)


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
