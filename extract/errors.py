"""The one error a user sees when a report cannot be read."""

from __future__ import annotations

from pathlib import Path


class UnreadableReport(Exception):
    """A report that cannot be read, with the file and the reason in one line."""

    def __init__(self, path: str | Path, reason: str):
        self.file_name = Path(path).name
        self.reason = reason
        super().__init__(f"{self.file_name}: {reason}")
