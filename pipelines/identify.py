"""Which report a PDF is, from what it says: one policy for `ingest` and the inbox sensor.

A file is read once to learn its district and year (transform/identity.py), then filed in
the inbox under that identity (`inbox/<key>/<its own file name>`), which is also its
partition: one partition per report, whatever its file is called. A new version of a
report (same district and year, other content) takes the old one's place in the inbox and
the warehouse (the old one's sha256 and load time go to dim_document_history).

The document read here is kept for this process's run of the same content, so `ingest`
reads each report once (its runs are in-process); a run elsewhere reads it again.
"""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from extract import Document, UnreadableReport, extract_document
from extract.pages import sha256_of
from transform.identity import content_key, report_key

_read: dict[str, Document | UnreadableReport] = {}  # sha256 -> what reading it gave


@dataclass(frozen=True)
class Identity:
    key: str
    sha256: str
    readable: bool


def identify(path: Path) -> Identity:
    """The report's key from its content; an unreadable file gets its content key (its run
    then fails with the reason, as any run of an unreadable report does)."""
    from pipelines.assets import heap_frozen

    sha256 = sha256_of(path)
    try:
        with heap_frozen():
            document = extract_document(path)
    except UnreadableReport as exc:
        _read[sha256] = exc
        return Identity(content_key(sha256), sha256, False)
    _read[sha256] = document
    return Identity(report_key(document), sha256, True)


def extracted(path: Path, sha256: str) -> Document:
    """The document of the file, read by identify() in this process or read now."""
    found = _read.pop(sha256, None)
    if isinstance(found, UnreadableReport):
        raise found
    return found if found is not None else extract_document(path)


def forget(identity: Identity) -> None:
    _read.pop(identity.sha256, None)


@dataclass
class FilingRecord:
    """Who filed the report last, kept in its lock file: in one `ingest` batch, the version
    named last is the one kept, whatever order the workers get there in."""

    lock: Path

    def later_in_batch(self, batch_id: str, order: int) -> str | None:
        """The file name of a version named after this one in the same batch, if filed."""
        parts = self.lock.read_text().split(" ", 2)
        if batch_id and len(parts) == 3 and parts[0] == batch_id and int(parts[1]) > order:
            return parts[2]
        return None

    def mark(self, batch_id: str, order: int, file_name: str) -> None:
        self.lock.write_text(f"{batch_id} {order} {file_name}")


@contextmanager
def filing(inbox: Path, key: str) -> Iterator[FilingRecord]:
    """One filer of a report at a time, across processes (two versions in one batch)."""
    inbox.mkdir(parents=True, exist_ok=True)
    lock_path = inbox / f".{key}.lock"
    with lock_path.open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield FilingRecord(lock_path)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def retire_file_name_partition(instance, inbox: Path, file_name: str, key: str) -> None:
    """Upgrade: before reports were keyed by content, a report's partition was its file
    name (`csp-annual-report-2018-19`). That partition goes once its report is filed under
    its own key and no report is filed under the old one."""
    from pipelines.assets import reports
    from transform.star import document_id

    old = document_id(file_name)
    if old == key or (inbox / old).is_dir():
        return
    if instance.has_dynamic_partition(reports.name, old):
        instance.delete_dynamic_partition(reports.name, old)


def file_arrival(path: Path, inbox: Path, instance) -> Identity:
    """File a PDF dropped at the top of the inbox under its identity (the sensor's way;
    `ingest` files its reports itself)."""
    from pipelines import inbox as inbox_folder
    from pipelines.assets import reports

    identity = identify(path)
    forget(identity)  # its run is another process: it reads the file again
    with filing(inbox, identity.key):
        inbox_folder.file_report(path, inbox, identity.key)
        path.unlink()
        instance.add_dynamic_partitions(reports.name, [identity.key])
        retire_file_name_partition(instance, inbox, path.name, identity.key)
    return identity
