"""The inbox: the folder of reports the pipeline reads.

Each report is filed under its identity, read from its content (pipelines/identify.py):
`inbox/<key>/<its own file name>`; the folder's name is the report's partition. A PDF
dropped at the top of the inbox is an arrival: the inbox sensor has it identified and
filed (job `file_arrivals`); `ingest` files its reports itself.
"""

from __future__ import annotations

import filecmp
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from extract.pages import sha256_of


@dataclass(frozen=True)
class InboxFile:
    key: str
    sha256: str


def is_pdf(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() == ".pdf" and not path.name.startswith(".")


def arrivals(folder: Path) -> list[Path]:
    """PDFs at the top of the inbox, not filed yet."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if is_pdf(p))


def reports_in(folder: Path) -> dict[str, Path]:
    """Partition key to file, for every report filed in the inbox."""
    if not folder.is_dir():
        return {}
    found = {}
    for sub in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")):
        pdfs = sorted((p for p in sub.iterdir() if is_pdf(p)), key=lambda p: p.stat().st_mtime_ns)
        if pdfs:
            found[sub.name] = pdfs[-1]  # the newest, should a filer have died mid-way
    return found


def find(folder: Path, key: str) -> Path:
    found = reports_in(folder).get(key)
    if found is None:
        raise FileNotFoundError(f"no report for partition {key!r} in {folder}")
    return found


def file_report(path: Path, folder: Path, key: str) -> Path:
    """File a report in the inbox under its key, so the UI can re-run it; a former version
    filed there is removed once the new one is in place.

    Copied under a temporary name and renamed, so nobody reads half a file; an identical
    file already there is left alone (its mtime stays, see scan)."""
    home = folder / key
    home.mkdir(parents=True, exist_ok=True)
    target = home / path.name
    same = target.exists() and (target.samefile(path) or filecmp.cmp(path, target, shallow=False))
    if not same:
        partial = home / f".{path.name}.partial"
        shutil.copyfile(path, partial)
        os.replace(partial, target)
    for other in home.iterdir():
        if other != target and is_pdf(other):
            other.unlink()
    return target


def scan(folder: Path, known: dict[str, list]) -> tuple[list[InboxFile], dict[str, list]]:
    """Every filed report with its sha256, and the new `known` record.

    `known` maps a file's path in the inbox to [size, mtime_ns, sha256] from the last
    scan: a file whose size and mtime are unchanged is not hashed again."""
    files, seen = [], {}
    for key, path in reports_in(folder).items():
        stat = path.stat()
        stamp = [stat.st_size, stat.st_mtime_ns]
        name = f"{key}/{path.name}"
        cached = known.get(name)
        sha256 = cached[2] if cached and cached[:2] == stamp else sha256_of(path)
        seen[name] = [*stamp, sha256]
        files.append(InboxFile(key, sha256))
    return files, seen
