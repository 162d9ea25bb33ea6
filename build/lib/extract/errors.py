"""The one error a user sees when a report cannot be read."""

from __future__ import annotations

from pathlib import Path


class UnreadableReport(Exception):
    """A report that cannot be read, with the file and the reason in one line."""

    def __init__(self, path: str | Path, reason: str):
        self.file_name = one_line(Path(path).name)
        self.reason = one_line(reason)
        super().__init__(f"{self.file_name}: {self.reason}")


def one_line(text: str) -> str:
    """Control characters (a newline in a file name, say) shown escaped, as Python would."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
