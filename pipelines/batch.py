"""How `pcc-warehouse ingest` loads a batch of reports: one Dagster run for the batch,
with every report still its own partition, its own materialisations and its own checks.

The per-report overhead is taken out; the model users see is kept:
- start-up: the command forks the workers before it imports Dagster (warm_up), and gives
  the readers their files at once: they read, and the checker imports GX, while the
  command imports Dagster, screens the files and starts the run;
- reading: reader processes read the files, several at once (a file alone has its
  pages spread over the cores: extract/parallel.py, while its reader loads spaCy in a
  thread). A reader learns which report a file is from its content (its key,
  transform/identity.py) and hands back the report's star-schema rows, never the
  document model, so nothing is pickled into DAGSTER_HOME (no step re-executes from it:
  the PDF is filed in the inbox, where the UI's runs read it);
- identity: each report is filed in the inbox under its key, its partition; two versions
  of one report in a chunk: the one named last is loaded (one in an earlier chunk loads
  and is then replaced);
- checks: one checker process runs Great Expectations once per chunk
  (expectations/batch.py) and builds Data Docs once with it; each report's results and
  alerts are its own. No process holds both spaCy and GX, and this one neither; the
  checker imports no Dagster (pipelines/checking.py);
- writing: a chunk's loads and check results go in one copy of the warehouse, published
  by one atomic rename (readers are never blocked); a large batch goes in chunks of
  PCC_BATCH_SIZE (25) reports (at most half the batch), each checked and written while
  the readers read the next, and recorded while the checker checks the next;
- Dagster: the run `ingest_batch` records, for each report's partition, the
  materialisation of each asset (raw_document, extracted_document, the warehouse tables)
  and the evaluation of each check, as a run of `ingest_report` would. The UI re-runs a
  report with `ingest_report`, from its copy in the inbox.

This module imports neither Dagster, GX nor spaCy at the top: the workers import it.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

JOB = "ingest_batch"
EXTRACT_STEP = "reports__extracted_document"  # the step name a report's failure is given


@dataclass
class Read:
    """What reading one file gave: which report it is, its star-schema rows and what the
    UI shows about the extraction, or why it could not be read."""

    order: int  # its place in the batch
    path: Path
    key: str = ""
    sha256: str = ""
    tables: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    extracted: dict = field(default_factory=dict)  # pages, headings, paragraphs, table_rows
    error: str | None = None

    @property
    def raw(self) -> dict:
        return {"file": self.path.name, "sha256": self.sha256, "bytes": self.path.stat().st_size}


def read_report(path: Path, alone: bool) -> Read:
    """Extract one file, learn its report's key and make its star-schema rows (in a
    worker process). A file read alone has its pages read on every core; else the
    workers fill the cores, and each reads its pages in turn."""
    from extract import UnreadableReport, extract_document
    from extract.errors import one_line
    from extract.pages import sha256_of
    from transform.identity import content_key, report_key

    if not alone:
        os.environ["PCC_PAGE_JOBS"] = "1"
    read = Read(0, path, sha256=sha256_of(path))  # its place in the batch: read_all
    read.key = content_key(read.sha256)  # until its content says which report it is
    try:
        with heap_frozen():
            document = extract_document(path)
        read.key = report_key(document)
        star = star_rows(document, read.key)
    except UnreadableReport as exc:
        read.error = str(exc)
        return read
    except Exception as exc:  # any other failure is this report's alone
        reason = " ".join(str(exc).split()) or type(exc).__name__
        read.error = f"{one_line(path.name)}: step {EXTRACT_STEP} failed ({reason})"
        return read
    read.tables, read.warnings = star.tables, star.warnings
    read.extracted = {
        "pages": document.page_count,
        "headings": document.headings,
        "paragraphs": sum(len(s.paragraphs) for s in document.sections),
        "table_rows": len(document.rows),
    }
    return read


@contextmanager
def heap_frozen():
    """Keep the garbage collector off the objects that exist already (Dagster, pandas,
    spaCy: a large heap) while pdfminer allocates millions of small ones; else each full
    collection walks the whole heap again (measured: 10% of a long report's extraction)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def star_rows(document, key: str):
    """The report's star-schema rows (transform/), once the English pipeline is loaded."""
    if _loading is not None:
        _loading.join()
    from transform.star import to_star

    return to_star(document, key)


_loading: threading.Thread | None = None  # the English pipeline, loading (start_reader)


def start_reader() -> None:
    """Load the English pipeline as the reader starts, in a thread: while a long report's
    pages are read by other processes (extract/parallel.py), this one would only wait."""
    global _loading
    exit_quickly()
    # What read_report imports, imported here first: two threads importing the same
    # modules at once may each see one half-made ("partially initialized module 'typing'")
    import extract.pages  # noqa: F401
    import transform.identity  # noqa: F401

    _loading = threading.Thread(target=load_pipeline, daemon=True)
    _loading.start()


def load_pipeline() -> None:
    from transform.meaning import catalog

    catalog()  # the English pipeline, then the concept catalog read with it


def exit_quickly() -> None:
    """End this worker, when its pool lets it go, without the interpreter's teardown:
    freeing spaCy's or GX's thousands of objects and modules takes most of a second, and
    the command waits for its workers to end. Nothing is left to flush but the streams
    (results go back as each task ends). A forked worker ends so anyway."""
    import atexit

    def leave() -> None:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)

    atexit.register(leave)  # runs first: atexit runs the last registered first


@dataclass
class Workers:
    """The batch's processes: readers (pdfplumber, spaCy) and one checker (Great
    Expectations), so that no process holds both spaCy and GX, and this one neither."""

    readers: object  # concurrent.futures.ProcessPoolExecutor
    checker: object
    reading: dict = field(default_factory=dict)  # file (resolved) -> its read (a Future)

    def read(self, paths: list[Path]) -> None:
        """Give the readers the files not given yet, in order. A file read alone has its
        pages read on every core; else the readers fill the cores."""
        for path in paths:
            if path.resolve() not in self.reading:
                read = self.readers.submit(read_report, path, len(paths) == 1)
                self.reading[path.resolve()] = read

    def shutdown(self) -> None:
        """Let the processes go and wait for them to end (they end at once: exit_quickly),
        so that nothing of the batch outlives it."""
        for pool in (self.readers, self.checker):
            pool.shutdown(wait=True, cancel_futures=True)


_warm: Workers | None = None  # started ahead of the batch (warm_up)


def warm_up(paths: list[Path], warehouse: Path, jobs: int) -> None:
    """Start the workers now, when some file is not in the warehouse, and give the
    readers those files: they load spaCy and read, and the checker imports GX, while
    this process imports Dagster, screens the files and starts the run."""
    global _warm
    unread = unread_files(paths, warehouse)
    if unread:
        _warm = start_workers(min(jobs, len(unread)), fork=threading.active_count() == 1)
        _warm.read(unread)


def unread_files(paths: list[Path], warehouse: Path) -> list[Path]:
    """The PDFs whose content is not in the warehouse (the first file of each content)."""
    from extract import UnreadableReport
    from extract.pages import check_is_pdf, sha256_of
    from warehouse.store import loaded_sha256s

    seen = set(loaded_sha256s(warehouse).values())
    unread = []
    for path in paths:
        try:
            check_is_pdf(path)
        except UnreadableReport:
            continue  # screening says why; it is not read
        sha256 = sha256_of(path)
        if sha256 not in seen:
            unread.append(path)
            seen.add(sha256)
    return unread


def start_workers(readers: int, fork: bool = False) -> Workers:
    """The processes, started now (the checker is given a task that does nothing, after
    its initializer; the readers start with their first file).

    fork: only from a process with one thread and no DuckDB or SQLite connection open
    (the command before it imports Dagster): the workers then start at once with what
    it has imported (pandas, DuckDB, pdfplumber: half a second each). Else spawn: a fork
    would copy the handles and threads. The readers are forked while the checker's pool
    has its two threads waiting on its pipes: they hold nothing a reader uses."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork" if fork else "spawn")
    checker = ProcessPoolExecutor(1, mp_context=context, initializer=import_checks)
    checker.submit(int)
    readers = ProcessPoolExecutor(max(1, readers), mp_context=context, initializer=start_reader)
    return Workers(readers, checker)


def take_workers(readers: int) -> Workers:
    """The warm workers, or new ones."""
    global _warm
    workers, _warm = _warm or start_workers(readers), None
    return workers


def stop_workers() -> None:
    """The warm workers, when no file needed them after all."""
    if _warm is not None:
        take_workers(0).shutdown()


def read_all(workers: Workers, paths: list[Path]) -> Iterator[Read]:
    """Every file read by the readers (those warm_up gave them already, and the rest),
    yielded in the order given as each is read; the readers are let go once the last
    is read (they end while this process checks, writes and records)."""
    workers.read(paths)
    for order, path in enumerate(paths):
        read = workers.reading.pop(path.resolve()).result()
        read.order = order
        yield read
    workers.readers.shutdown(wait=False)


def in_chunks(reads: Iterator[Read], size: int) -> Iterator[list[Read]]:
    """The reads in lists of `size`, each as soon as it is complete."""
    chunk = []
    for read in reads:
        chunk.append(read)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def batch_size(reports: int) -> int:
    """Reports per chunk: PCC_BATCH_SIZE (25), and at most half the batch, so that the
    first half is checked, written and recorded while the second is read."""
    most = max(1, int(os.environ.get("PCC_BATCH_SIZE") or 25))
    return min(most, max(5, -(-reports // 2)))


# --- The Dagster job's work -------------------------------------------------------------


def ingest_files(context, paths: list[Path], pcc) -> list[dict]:
    """The batch: read, file, check, write, then record each report in Dagster, chunk by
    chunk. Returns each file's outcome, in the order given: its report's key and
    {"error": ...}, {"later": the file name of a later version}, or {"warnings": [...],
    "replaced": the version it replaced or None}."""
    from pipelines.settings import Settings

    outcomes = [{} for _ in paths]
    workers = take_workers(min(Settings.from_env().jobs, len(paths)))
    written = []  # a chunk's reports, written, recorded while the next chunk is checked
    try:
        for chunk in in_chunks(read_all(workers, paths), batch_size(len(paths))):
            written = ingest_chunk(context, chunk, pcc, workers.checker, outcomes, written)
        record_all(context, written)
    finally:
        workers.shutdown()
    return outcomes


def ingest_chunk(
    context, chunk: list[Read], pcc, checker, outcomes: list[dict], written: list[tuple]
) -> list[tuple]:
    """File, check and write a chunk of reads (their outcomes); the chunk written before
    it is recorded while the checker checks this one. Returns this chunk's reports, to
    record, as (read, its checks, the version it replaced)."""
    latest = {r.key: r for r in chunk}  # the version named last of each report
    for r in chunk:
        outcomes[r.order] = {"key": r.key}
        if r.error is not None:
            outcomes[r.order]["error"] = r.error
            context.log.error(r.error)
        elif latest[r.key] is not r:
            outcomes[r.order]["later"] = latest[r.key].path.name
    file_in_inbox(context, [r for r in chunk if r.error or latest[r.key] is r], pcc)
    loaded = [r for r in latest.values() if r.error is None]
    checking = submit_check(context, loaded, pcc, checker) if loaded else None
    record_all(context, written)
    if checking is None:
        return []
    checks, results, unused_runs = checking.result()
    replaced = store_chunk(loaded, results, unused_runs, pcc)
    for r in loaded:
        outcomes[r.order] |= {"warnings": r.warnings, "replaced": replaced[r.key]}
    return [(r, checks[r.key], replaced[r.key]) for r in loaded]


def file_in_inbox(context, reads: list[Read], pcc) -> None:
    """Each report filed in the inbox under its key, its partition added (the UI re-runs
    it from there), and what was read recorded on its partition."""
    import dagster as dg

    from pipelines import identify, inbox
    from pipelines.assets import reports

    context.instance.add_dynamic_partitions(reports.name, sorted({r.key for r in reads}))
    for r in reads:
        with identify.filing(pcc.inbox_path, r.key):
            inbox.file_report(r.path, pcc.inbox_path, r.key)
    # Once every report of the chunk is filed, a partition not filed can only be of the
    # old layout: with none, retiring looks no further (and imports no spaCy here).
    for r in reads:
        identify.retire_file_name_partition(context.instance, pcc.inbox_path, r.path.name, r.key)
        if r.error is None:
            asset = ["reports", "raw_document"]
            context.log_event(dg.AssetMaterialization(asset, partition=r.key, metadata=r.raw))
            extracted = {**r.extracted, "headings": dg.MetadataValue.json(r.extracted["headings"])}
            asset = ["reports", "extracted_document"]
            context.log_event(dg.AssetMaterialization(asset, partition=r.key, metadata=extracted))


def import_checks() -> None:
    """Import Great Expectations (seconds) as the checker starts, while the readers read;
    not Dagster: the checker hands back plain data. GX imports SQLAlchemy and its SQL
    sources when it finds it installed (Dagster installs it): the checker validates
    DataFrames only, so here it is as if not installed (0.4 s less to import)."""
    exit_quickly()
    sys.modules.setdefault("sqlalchemy", None)
    import pipelines.checking  # noqa: F401
    from expectations import batch  # noqa: F401


def submit_check(context, loaded: list[Read], pcc, checker):
    """The reports' checks, one GX run in the checker (a Future of check's result)."""
    from warehouse import store

    dimensions = merged_dimensions(store.read_dimensions(pcc.warehouse_path), loaded)
    reports = [(document_row(r, dimensions), r.tables) for r in loaded]
    return checker.submit(check, pcc.warehouse, pcc.inbox, reports, dimensions, context.run_id)


def store_chunk(loaded: list[Read], results, unused_runs: list[str], pcc) -> dict:
    """The reports and their check results, written in one copy of the warehouse, and
    the storage of the runs retention let go removed; the versions they replaced."""
    from pipelines import retention
    from warehouse import store

    replaced = store.load_documents(pcc.warehouse_path, {r.key: r.tables for r in loaded}, results)
    for run in unused_runs:
        retention.remove_run_storage(run)
    return replaced


def record_all(context, written: list[tuple]) -> None:
    """Each report of a written chunk recorded on its partition (record)."""
    for read, checks, replaced in written:
        record(context, read, checks, replaced)


def check(warehouse: str, inbox: str, reports: list[tuple], dimensions: dict, run_id: str):
    """The checks of a chunk's reports (in the checker process): each report's check
    outcomes (pipelines/checking.py), the rows for fact_check_result, and the runs whose
    storage retention removes (in this process: the checker has no Dagster)."""
    from expectations.batch import ReportRows
    from pipelines.checking import check_outcome, check_reports, results_of

    reports = [ReportRows(document, tables) for document, tables in reports]
    validations, data_docs, unused_runs = check_reports(
        Path(warehouse), Path(inbox), reports, dimensions, run_id
    )
    checks = {k: [check_outcome(v, data_docs) for v in found] for k, found in validations.items()}
    return checks, results_of(validations, run_id), unused_runs


def merged_dimensions(warehouse: dict, reads: list[Read]) -> dict:
    """The shared dimensions as they will be once the reports are loaded."""
    import pandas as pd

    from warehouse.store import SHARED_DIMENSIONS

    keys = {"dim_area": "area_key", "dim_period": "period_key", "dim_metric": "metric_key"}
    merged = {}
    for table in SHARED_DIMENSIONS:
        frames = [f for f in [warehouse.get(table), *(r.tables[table] for r in reads)]]
        frames = [f for f in frames if f is not None and len(f)]
        frame = pd.concat(frames, ignore_index=True) if frames else reads[0].tables[table]
        merged[table] = frame.drop_duplicates(keys[table])
    return merged


def document_row(read: Read, dimensions: dict) -> dict:
    """The report as the checks and alerts name it (as store.report_status gives it)."""
    documents = read.tables["dim_document"]
    row = documents.iloc[0].to_dict() if len(documents) else {"document_key": read.key}
    areas = dimensions["dim_area"].set_index("area_key").area_name
    periods = dimensions["dim_period"].set_index("period_key").period_label
    row["area_name"] = areas.get(row.get("area_key")) if row.get("area_key") else None
    row["period_label"] = periods.get(row.get("period_key")) if row.get("period_key") else None
    row["programmes"] = len(read.tables["dim_programme"])
    row["measures"] = len(read.tables["fact_measure"])
    row.setdefault("file_name", read.path.name)
    return row


def record(context, read: Read, checks: list[dict], replaced) -> None:
    """The report's partition: each warehouse table materialised, each check evaluated."""
    import dagster as dg

    from pipelines.assets import FACT_MEASURE, replaced_metadata
    from pipelines.checks import as_check_fields

    key = read.key
    for table, rows in read.tables.items():
        metadata = {
            "rows": len(rows),
            "document_key": key,
            "warnings": dg.MetadataValue.json(read.warnings),
            "preview": dg.MetadataValue.md(rows.head(10).to_markdown(index=False)),
        }
        if replaced:
            metadata["replaced"] = dg.MetadataValue.json(replaced_metadata(replaced))
        context.log_event(
            dg.AssetMaterialization(["warehouse", table], partition=key, metadata=metadata)
        )
    for outcome in checks:
        fields = as_check_fields(outcome)
        context.log_event(dg.AssetCheckEvaluation(asset_key=FACT_MEASURE, partition=key, **fields))


# --- The command line's side ------------------------------------------------------------


def materialise_batch(paths: list[Path], settings) -> Iterator:
    """Load the files as one batch run; each file's Outcome (pipelines/cli.py), in the
    order given."""
    if not paths:
        return
    import dagster as dg

    from extract.errors import one_line
    from pipelines import runs
    from pipelines.batch_job import ingest_batch
    from pipelines.cli import QUIET_RUN, UNREADABLE, Outcome, outcome, replaced_note
    from pipelines.resources import PccConfig
    from pipelines.settings import alert_ledger
    from warehouse import store

    files = [str(p.resolve()) for p in paths]
    result = ingest_batch.execute_in_process(
        run_config={**QUIET_RUN, "ops": {"ingest_reports": {"config": {"files": files}}}},
        instance=dg.DagsterInstance.get(),
        resources={"pcc": PccConfig.from_settings(settings)},
        raise_on_error=False,
        tags={"source": "pcc-warehouse ingest", **runs.run_tags()},
    )
    if result.success:
        outcomes = result.output_for_node("ingest_reports")
    else:
        reason = batch_failure(result)
        outcomes = [{"key": None, "error": f"{one_line(p.name)}: {reason}"} for p in paths]
    status, ledger = store.report_status(settings.warehouse), alert_ledger(settings.warehouse)
    for path, found in zip(paths, outcomes):
        key = found["key"]
        if "error" in found:
            alert_unreadable(result.run_id, key, found["error"], ledger)
            yield Outcome(f"error: {found['error']}", UNREADABLE)
        elif "later" in found:
            line = f"{one_line(path.name)}: an earlier version of report {key} than "
            yield Outcome(line + f"{one_line(found['later'])} in this batch, not loaded", 0)
        else:
            note = replaced_note(found["replaced"])
            yield outcome(path.name, key, status, note, warnings=found["warnings"])


def batch_failure(result) -> str:
    from pipelines.runs import failure_reason

    for event in result.all_events:
        if event.is_step_failure:
            return f"the batch failed ({failure_reason(event.step_failure_data)})"
    return "the batch failed"


def alert_unreadable(run_id: str, key: str | None, error: str, ledger: Path) -> list[str]:
    """The run-failure alert for one report of the batch that could not be loaded."""
    from expectations.alerts import AlertSettings, deliver, run_failure_alert

    settings = AlertSettings.from_env()
    if not settings.channels():
        return []
    return deliver(run_failure_alert(run_id, JOB, key, [(EXTRACT_STEP, error)]), settings, ledger)
