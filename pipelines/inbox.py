"""The inbox: the folder of reports the pipeline reads, one partition per file."""

from __future__ import annotations

import filecmp
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from extract.pages import sha256_of
from transform.star import document_id


@dataclass(frozen=True)
class InboxFile:
    key: str
    sha256: str


def reports_in(folder: Path) -> dict[str, Path]:
    """Partition key to file, for every PDF in the folder."""
    if not folder.is_dir():
        return {}
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == ".pdf")
    return {document_id(p.name): p for p in files}


def find(folder: Path, key: str) -> Path:
    found = reports_in(folder).get(key)
    if found is None:
        raise FileNotFoundError(f"no report for partition {key!r} in {folder}")
    return found


def deliver(path: Path, folder: Path) -> None:
    """Copy a report into the inbox, so the UI can re-run it.

    Copied under a temporary name and renamed, so the inbox sensor never reads half a
    file; an identical file already there is left alone (its mtime stays, see scan)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / path.name
    if target.exists() and (target.samefile(path) or filecmp.cmp(path, target, shallow=False)):
        return
    partial = folder / f".{path.name}.partial"
    shutil.copyfile(path, partial)
    os.replace(partial, target)


def scan(folder: Path, known: dict[str, list]) -> tuple[list[InboxFile], dict[str, list]]:
    """Every report in the folder with its sha256, and the new `known` record.

    `known` maps file name to [size, mtime_ns, sha256] from the last scan: a file whose
    size and mtime are unchanged is not hashed again."""
    files, seen = [], {}
    for key, path in reports_in(folder).items():
        stat = path.stat()
        stamp = [stat.st_size, stat.st_mtime_ns]
        cached = known.get(path.name)
        sha256 = cached[2] if cached and cached[:2] == stamp else sha256_of(path)
        seen[path.name] = [*stamp, sha256]
        files.append(InboxFile(key, sha256))
    return files, seen
