"""Read a long report's pages on every core: the pages are split into contiguous runs,
each run read by its own process (each opens the PDF and parses only its pages), and the
pages are put back in page order. pdfminer's parse is nearly all the cost of reading and
each page parses alone, so the reading scales with the cores.

Used by extract/pages.py for a report of at least PCC_PARALLEL_PAGES pages (default 12)
when more than one core is free for it: PCC_PAGE_JOBS (default: the cores) processes.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from pathlib import Path

from extract.limits import on_main_thread

MIN_PAGES = 12  # below this, starting the processes costs more than it saves


def page_jobs() -> int:
    return max(1, int(os.environ.get("PCC_PAGE_JOBS") or os.cpu_count() or 1))


def worth_it(pages: int) -> bool:
    threshold = int(os.environ.get("PCC_PARALLEL_PAGES") or MIN_PAGES)
    return page_jobs() > 1 and pages >= max(2, threshold)


def runs_of(pages: int, jobs: int) -> list[tuple[int, int]]:
    """Contiguous (first, last) page numbers, 1-based, a near-equal share each; twice as
    many runs as processes, so one slow run does not leave a core idle."""
    count = min(pages, jobs * 2)
    bounds = [round(i * pages / count) for i in range(count + 1)]
    return [(bounds[i] + 1, bounds[i + 1]) for i in range(count) if bounds[i + 1] > bounds[i]]


def read_pages(path: Path, password: str, pages: int) -> list:
    """Every page's PageData, in page order, read by PCC_PAGE_JOBS processes."""
    from extract.errors import UnreadableReport

    jobs = min(page_jobs(), pages)
    context = multiprocessing.get_context("spawn")  # no copy of this process's handles
    pool = workers_that_terminate(context, jobs)
    try:
        items = [(str(path), password, first, last) for first, last in runs_of(pages, jobs)]
        found = pool.starmap(read_run, items, chunksize=1)
    finally:
        pool.terminate()  # also when the time limit interrupts the wait
        pool.join()
    read = []
    for part in found:
        if isinstance(part, tuple):  # the worker's error, as (class name, message)
            name, message = part
            if name == "MemoryError":
                raise MemoryError(message)
            detail = " ".join(message.split())[:120]
            raise UnreadableReport(path, f"corrupt or truncated PDF ({name}: {detail})")
        read += part
    return read


def workers_that_terminate(context, jobs: int):
    """A pool whose workers die on the SIGTERM Pool.terminate sends them, even when
    whoever started the command ignores SIGTERM (as background jobs of some shells do):
    an ignored signal stays ignored in a child, and Pool.terminate would then wait forever
    for a worker it stopped mid-start when the time limit cut the read short. (Only the
    main thread may set a signal's handling; it is where reports are read.)"""
    ignored = on_main_thread() and signal.getsignal(signal.SIGTERM) == signal.SIG_IGN
    if ignored:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        return context.Pool(jobs)  # the workers start here, with the default handling
    finally:
        if ignored:
            signal.signal(signal.SIGTERM, signal.SIG_IGN)


def read_run(path: str, password: str, first: int, last: int):
    """Pages first..last of the PDF (in a worker process), or the error as a tuple (an
    exception from pdfminer does not always survive pickling)."""
    import pdfplumber

    from extract.pages import PDFMINER_LOG, quiet, read_closing

    try:
        with (
            quiet(PDFMINER_LOG),
            pdfplumber.open(path, password=password, pages=range(first, last + 1)) as pdf,
        ):
            return [read_closing(page) for page in pdf.pages]
    except MemoryError as exc:
        return ("MemoryError", str(exc))
    except Exception as exc:
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
        if isinstance(cause, MemoryError):
            return ("MemoryError", str(cause))
        return (type(cause).__name__, str(cause))
