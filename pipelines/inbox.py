"""The inbox: the folder of reports the pipeline reads, one partition per file."""

from __future__ import annotations

import shutil
from pathlib import Path

from transform.star import document_id


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


def deliver(path: Path, folder: Path) -> str:
    """Copy a report into the inbox (so the UI can re-run it) and return its key."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / path.name
    if path.resolve() != target.resolve():
        shutil.copyfile(path, target)
    return document_id(path.name)
