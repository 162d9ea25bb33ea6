"""Bounds on reading one report, so a huge or hostile PDF fails alone, fast and small.

Set by the environment: PCC_MAX_PAGES (pages, checked before any page is parsed),
PCC_MAX_SECONDS (wall time to read a report), PCC_MAX_MEMORY_MB (memory a report may
take on top of what the process already uses, e.g. a decompression bomb's streams),
PCC_PDF_PASSWORD (opens protected reports). 0 turns a limit off.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from extract.errors import UnreadableReport

try:
    import resource
except ImportError:  # not on Windows: no memory bound there
    resource = None


@dataclass(frozen=True)
class Limits:
    max_pages: int = 1000
    max_seconds: float = 600.0
    max_memory_mb: int = 2048
    password: str = ""

    @classmethod
    def from_env(cls) -> Limits:
        return cls(
            max_pages=int(os.environ.get("PCC_MAX_PAGES") or cls.max_pages),
            max_seconds=float(os.environ.get("PCC_MAX_SECONDS") or cls.max_seconds),
            max_memory_mb=int(os.environ.get("PCC_MAX_MEMORY_MB") or cls.max_memory_mb),
            password=os.environ.get("PCC_PDF_PASSWORD", ""),
        )


@contextmanager
def bounded(path: Path, limits: Limits) -> Iterator[None]:
    """Run the block within the time and memory limits; past one, UnreadableReport.

    Both bounds are process-wide (an alarm signal, an address-space limit), so they
    apply on the main thread only: where the CLI, its worker processes, Dagster's step
    processes and the tests read reports."""
    try:
        with time_limit(limits.max_seconds), memory_limit(limits.max_memory_mb):
            yield
    except TimeLimit:
        reason = f"reading took longer than {limits.max_seconds:g} s (PCC_MAX_SECONDS)"
        raise UnreadableReport(path, reason) from None
    except MemoryError:
        reason = (
            f"reading needed more than {limits.max_memory_mb} MB of memory "
            "(PCC_MAX_MEMORY_MB): a decompression bomb or a hostile PDF?"
        )
        raise UnreadableReport(path, reason) from None


class TimeLimit(BaseException):
    """Raised by the alarm; a BaseException so no library's `except Exception` eats it."""


def on_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    if not seconds or not on_main_thread():
        yield
        return

    def expire(signum, frame):
        raise TimeLimit

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def memory_limit(megabytes: int) -> Iterator[None]:
    """Cap the address space at its current size plus `megabytes`: an allocation past
    it raises MemoryError (zlib's too) instead of the machine running out of memory."""
    used = address_space()
    if not megabytes or resource is None or used is None or not on_main_thread():
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = used + megabytes * 2**20
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    if soft != resource.RLIM_INFINITY:
        cap = min(cap, soft)  # never loosen a limit someone else set
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def address_space() -> int | None:
    """The process's virtual memory size in bytes (Linux), or None where unknown."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")
