"""The `pcc-warehouse` command: ingest reports, inspect an extraction, open the UI.

Exit status of `ingest`: 0 all loaded and every error-severity check passed; 1 an
error-severity check failed (data loaded and flagged); 2 usage error; 3 a document
could not be read (the others still load; 3 wins over 1).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

OK, CHECK_FAILED, USAGE, UNREADABLE = 0, 1, 2, 3
# The command prints its own one-line outcome per report; Dagster's console log (with
# stack traces) stays in the run's event log, readable in the UI.
QUIET_RUN = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}


@dataclass
class Outcome:
    file_name: str
    line: str
    status: int


def main(argv: list[str] | None = None) -> int:
    p = parser()
    args, extra = p.parse_known_args(argv)
    if extra and args.run is not run_ui:
        p.error(f"unrecognized arguments: {' '.join(extra)}")
    args.dagster_args = extra
    try:
        return args.run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head`
        return OK


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="pcc-warehouse", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(required=True, metavar="COMMAND")
    ingest = sub.add_parser("ingest", help="load reports into the warehouse and check them")
    ingest.add_argument("paths", nargs="*", type=Path, help="PDFs or folders (default: sample)")
    ingest.add_argument("--warehouse", type=Path, help="DuckDB file (default $PCC_WAREHOUSE_DB)")
    ingest.set_defaults(run=run_ingest)
    inspect = sub.add_parser("inspect", help="print what was extracted from a report")
    inspect.add_argument("path", type=Path)
    inspect.add_argument("--json", action="store_true", help="machine-readable output")
    inspect.set_defaults(run=run_inspect)
    ui = sub.add_parser("ui", help="start the Dagster UI (dagster dev; its options pass through)")
    ui.set_defaults(run=run_ui)
    return p


def pdfs_in(paths: list[Path]) -> list[Path]:
    """The PDFs named, folders expanded; the bundled sample when none is named."""
    from pipelines.settings import SAMPLE_REPORT

    found = []
    for path in paths or [SAMPLE_REPORT]:
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.suffix.lower() == ".pdf")
        else:
            found.append(path)
    return found


def run_ingest(args: argparse.Namespace) -> int:
    from pipelines.settings import Settings, ensure_dagster_home

    settings = Settings.from_env(args.warehouse)
    ensure_dagster_home()
    status = OK
    for path in pdfs_in(args.paths):
        outcome = ingest_one(path, settings)
        print(outcome.line, flush=True)
        status = max(status, outcome.status)
    print(f"warehouse: {settings.warehouse.resolve()}")
    return status


def ingest_one(path: Path, settings) -> Outcome:
    import dagster as dg

    from extract import UnreadableReport
    from extract.pages import check_is_pdf, sha256_of
    from pipelines import inbox
    from pipelines.definitions import defs
    from pipelines.resources import PccConfig
    from transform.star import document_id
    from warehouse import store

    try:
        check_is_pdf(path)
    except UnreadableReport as exc:
        return Outcome(path.name, f"error: {exc}", UNREADABLE)
    key = document_id(path.name)
    twin = store.document_with_sha256(settings.warehouse, sha256_of(path))
    if twin and twin[0] != key:
        return Outcome(path.name, f"{path.name}: same content as {twin[1]}, loaded once", OK)
    inbox.deliver(path, settings.inbox)
    instance = dg.DagsterInstance.get()
    instance.add_dynamic_partitions("reports", [key])
    result = dg.materialize(
        [*defs.assets, *defs.asset_checks],
        partition_key=key,
        instance=instance,
        resources={"pcc": PccConfig.from_settings(settings)},
        raise_on_error=False,
        run_config=QUIET_RUN,
        tags={"source": "pcc-warehouse ingest"},
    )
    if not result.success:
        return Outcome(path.name, f"error: {failure_message(result, path)}", UNREADABLE)
    return summarise(path.name, key, settings, result)


def failure_message(result, path: Path) -> str:
    for event in result.all_events:
        if event.is_step_failure:
            data = event.step_failure_data
            if data.user_failure_data and data.user_failure_data.description:
                return data.user_failure_data.description
            return f"{path.name}: {data.error.message.strip().splitlines()[-1]}"
    return f"{path.name}: the run failed"


def summarise(file_name: str, key: str, settings, result) -> Outcome:
    from warehouse import store

    document = store.document_summary(settings.warehouse, key)
    counts = store.table_counts(settings.warehouse, key)
    evaluations = result.get_asset_check_evaluations()
    failed = [e for e in evaluations if not e.passed and e.severity.value == "ERROR"]
    checked = sum(int(e.metadata["claims_checked"].value) for e in evaluations)
    failures = sum(int(e.metadata["failed"].value) for e in evaluations)
    line = (
        f"{file_name}: area {document.get('area_name') or '?'}, "
        f"period {document.get('period_label') or '?'}, {document.get('page_count')} pages, "
        f"{counts['dim_programme']} programmes, {counts['fact_measure']} measures, "
        f"checks {checked - failures} passed {failures} failed"
    )
    for warning in load_warnings(result):
        line += f"\n  warning: {file_name}: {warning}"
    return Outcome(file_name, line, CHECK_FAILED if failed else OK)


def load_warnings(result) -> list[str]:
    """What the load flagged as untrustworthy (no district, no year, no table)."""
    for event in result.get_asset_materialization_events():
        materialization = event.event_specific_data.materialization
        if materialization.asset_key.path == ["warehouse", "dim_document"]:
            return list(materialization.metadata["warnings"].value)
    return []


def run_inspect(args: argparse.Namespace) -> int:
    from extract import UnreadableReport, extract_document
    from extract.report import as_dict, as_text

    try:
        document = extract_document(args.path)
    except UnreadableReport as exc:
        print(f"error: {exc}", file=sys.stderr)
        return UNREADABLE
    print(json.dumps(as_dict(document), indent=2) if args.json else as_text(document))
    return OK


def run_ui(args: argparse.Namespace) -> int:
    from pipelines.settings import REPO, ensure_dagster_home

    ensure_dagster_home()
    os.chdir(REPO)
    dagster = Path(sys.executable).with_name("dagster")  # the one installed beside us
    command = [str(dagster), "dev", "-w", str(REPO / "workspace.yaml"), *args.dagster_args]
    os.execv(command[0], command)


if __name__ == "__main__":
    sys.exit(main())
