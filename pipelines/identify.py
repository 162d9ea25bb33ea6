"""Which report a PDF is, from what it says: one policy for `ingest` and the inbox sensor.

A file is read once to learn its district and year (transform/identity.py), then filed in
the inbox under that identity (`inbox/<key>/<its own file name>`), which is also its
partition: one partition per report, whatever its file is called. A new version of a
report (same district and year, other content) takes the old one's place in the inbox and
the warehouse (the old one's sha256 and load time go to dim_document_history).

`ingest` learns each file's identity in the worker that reads it (pipelines/batch.py);
the inbox sensor's job `file_arrivals` here, before the report's own run reads it again.
"""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from extract import UnreadableReport, extract_document
from extract.pages import sha256_of


@dataclass(frozen=True)
class Identity:
    key: str
    sha256: str
    readable: bool


def identify(path: Path) -> Identity:
    """The report's key from its content; an unreadable file gets its content key (its run
    then fails with the reason, as any run of an unreadable report does)."""
    from pipelines.batch import heap_frozen
    from transform.identity import content_key, report_key

    sha256 = sha256_of(path)
    try:
        with heap_frozen():
            document = extract_document(path)
    except UnreadableReport:
        return Identity(content_key(sha256), sha256, False)
    return Identity(report_key(document), sha256, True)


@contextmanager
def filing(inbox: Path, key: str) -> Iterator[None]:
    """One filer of a report at a time, across processes (an ingest and the sensor's
    filing job)."""
    inbox.mkdir(parents=True, exist_ok=True)
    lock_path = inbox / f".{key}.lock"
    with lock_path.open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def retire_file_name_partition(instance, inbox: Path, file_name: str, key: str) -> None:
    """Upgrade: before reports were keyed by content, a report's partition was its file
    name (`csp-annual-report-2018-19`). That partition goes once its report is filed under
    its own key and no report is filed under the old one."""
    from pipelines.assets import reports

    filed = {p.name for p in inbox.iterdir() if p.is_dir()}
    if set(instance.get_dynamic_partitions(reports.name)) <= filed:
        return  # no partition of the old layout left (spaCy not imported to name one)
    from transform.star import document_id

    old = document_id(file_name)
    if old != key and old not in filed and instance.has_dynamic_partition(reports.name, old):
        instance.delete_dynamic_partition(reports.name, old)


def file_arrival(path: Path, inbox: Path, instance) -> Identity:
    """File a PDF dropped at the top of the inbox under its identity (the sensor's way;
    `ingest` files its reports itself)."""
    from pipelines import inbox as inbox_folder
    from pipelines.assets import reports

    identity = identify(path)
    with filing(inbox, identity.key):
        inbox_folder.file_report(path, inbox, identity.key)
        path.unlink()
        instance.add_dynamic_partitions(reports.name, [identity.key])
        retire_file_name_partition(instance, inbox, path.name, identity.key)
    return identity
