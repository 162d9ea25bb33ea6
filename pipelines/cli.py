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
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

OK, CHECK_FAILED, USAGE, UNREADABLE = 0, 1, 2, 3
# The command prints its own one-line outcome per report; Dagster's console log (with
# stack traces) stays in the run's event log, readable in the UI.
QUIET_RUN = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}


@dataclass
class Outcome:
    """What `ingest` prints for one report (a line, perhaps with indented ones) and the
    exit status it contributes."""

    line: str
    status: int


def main(argv: list[str] | None = None) -> int:
    p = parser()
    args, extra = p.parse_known_args(argv)
    if extra and args.run is not run_ui:
        p.error(f"unrecognized arguments: {' '.join(extra)}")
    args.dagster_args = extra
    try:
        status = args.run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head`
        return OK
    if argv is None:  # the process is this command: nothing runs after it
        leave(status)
    return status


def leave(status: int) -> None:
    """End the process now that its work is written and printed: run the exit handlers
    (multiprocessing's among them), then skip the interpreter's teardown of Dagster's,
    pandas' and DuckDB's modules, which takes half a second and changes nothing."""
    import atexit
    from contextlib import suppress

    for stream in (sys.stdout, sys.stderr):
        with suppress(BrokenPipeError, ValueError):  # output piped into `head`, or closed
            stream.flush()
    atexit._run_exitfuncs()
    os._exit(status)


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
    # No -h of its own: every option, -h (host) included, is `dagster dev`'s.
    ui = sub.add_parser(
        "ui", help="start the Dagster UI (dagster dev; its options pass through)", add_help=False
    )
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
    unique = {}
    for path in found:
        unique.setdefault(path.resolve(), path)  # a file named twice is read once
    return list(unique.values())


def run_ingest(args: argparse.Namespace) -> int:
    from pipelines.settings import Settings, ensure_dagster_home
    from warehouse import store
    from warehouse.migrate import UpgradeFailed

    settings = Settings.from_env(args.warehouse)
    ensure_dagster_home()
    try:
        for line in store.upgrade(settings.warehouse):
            print(f"warehouse: {line}", flush=True)
    except UpgradeFailed as exc:
        print(f"error: {settings.warehouse}: {exc}; it is left as it was", file=sys.stderr)
        return USAGE
    status = OK
    for outcome in ingest_all(pdfs_in(args.paths), settings):
        print(outcome.line, flush=True)
        status = max(status, outcome.status)
    print(f"warehouse: {settings.warehouse.resolve()}")
    return status


def ingest_all(paths: list[Path], settings) -> Iterator[Outcome]:
    """Screen every file here against what the warehouse holds (read once), then load the
    files that need it as one batch run (pipelines/batch.py); outcomes in the order of
    `paths`."""
    from pipelines import batch as batch_run

    batch_run.warm_up(paths, settings.warehouse, settings.jobs)  # reading starts sooner
    import dagster as dg

    from pipelines import runs
    from warehouse import store

    instance = dg.DagsterInstance.get()
    runs.close_abandoned_runs(instance)  # a killed ingest's report loads again below
    status = store.report_status(settings.warehouse)
    batch = Batch(status, runs.runs_succeeded(instance, list(status.reports.index)))
    screened = [screen(path, batch) for path in paths]
    to_run = [path for path, outcome in zip(paths, screened) if outcome is None]
    loaded = batch_run.materialise_batch(to_run, settings)
    for outcome in screened:
        yield next(loaded) if outcome is None else outcome
    batch_run.stop_workers()


@dataclass
class Batch:
    """What screening a batch knows: the warehouse's reports, those whose last run
    succeeded, and the first file screened with each sha256."""

    status: object  # store.ReportStatus
    succeeded: set[str]  # report keys (runs.runs_succeeded)
    first_with: dict[str, Path] = field(default_factory=dict)


def screen(path: Path, batch: Batch) -> Outcome | None:
    """None if the file needs reading and loading; else why not, as its outcome. Which
    report it is comes from its content, when it is read (pipelines/batch.py)."""
    from extract import UnreadableReport
    from extract.errors import one_line
    from extract.pages import check_is_pdf, sha256_of

    try:
        check_is_pdf(path)
    except UnreadableReport as exc:
        return Outcome(f"error: {exc}", UNREADABLE)
    sha256 = sha256_of(path)
    first = batch.first_with.setdefault(sha256, path)
    if first != path:
        line = f"{one_line(path.name)}: same content as {one_line(name_beside(first, path))}"
        return Outcome(line + ", loaded once", OK)
    loaded = batch.status.with_sha256(sha256)
    if loaded and loaded["document_key"] in batch.succeeded:
        note = " (unchanged since its last load, not read again)"
        return outcome(path.name, loaded["document_key"], batch.status, note)
    return None


def name_beside(other: Path, path: Path) -> str:
    """How to name `other` in a message about `path`: its name, or its path if the two
    share a name (same file name in two folders)."""
    return str(other) if other.name == path.name else other.name


def replaced_note(replaced: dict | None) -> str:
    """What a new version of a report replaced, for its line."""
    if not replaced:
        return ""
    from extract.errors import one_line

    return (
        f" (a new version: replaces {one_line(replaced['file_name'])}, sha256 "
        f"{replaced['sha256'][:12]}, loaded {str(replaced['loaded_at'])[:19]}; kept in "
        "dim_document_history)"
    )


def outcome(file_name: str, key: str, status, note: str = "", warnings=()) -> Outcome:
    """The report's line, its load's warnings, then each check that failed in its latest
    evaluation, with its figures. status: the warehouse's store.ReportStatus."""
    from extract.errors import one_line

    report, checks = status.report(key) or {}, status.checks_of(key)
    warnings = warnings or ()
    failed = checks[~checks["passed"].astype(bool)]
    lines = [summary_line(file_name, report, len(checks), len(failed)) + note]
    lines += [f"  warning: {one_line(file_name)}: {w}" for w in warnings]
    lines += [
        f"  {'error' if c.severity == 'error' else 'warning'}: {one_line(file_name)}: "
        f"check {c.check_name} failed: expected {c.expected}, found {c.observed} ({c.message})"
        for c in failed.itertuples()
    ]
    code = CHECK_FAILED if (failed["severity"] == "error").any() else OK
    return Outcome("\n".join(lines), code)


def summary_line(file_name: str, report: dict, checked: int, failures: int) -> str:
    return (
        f"{file_name}: area {report.get('area_name') or '?'}, "
        f"period {report.get('period_label') or '?'}, {report.get('page_count')} pages, "
        f"{report.get('programmes', 0)} programmes, {report.get('measures', 0)} measures, "
        f"checks {checked - failures} passed {failures} failed"
    )


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
    """`dagster dev` on the installed code location, with every option given passed on;
    relative paths stay relative to the working directory, as for `ingest`."""
    from pipelines.settings import ensure_dagster_home

    ensure_dagster_home()
    dagster = Path(sys.executable).with_name("dagster")  # the one installed beside us
    command = [str(dagster), "dev", "-m", "pipelines.definitions", *args.dagster_args]
    os.execv(command[0], command)


if __name__ == "__main__":
    sys.exit(main())
