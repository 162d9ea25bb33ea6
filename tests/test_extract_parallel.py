"""A long report's pages read on every core come out as the same document, in order."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from conftest import REPO, SAMPLE
from pypdf import PdfWriter

from extract import extract_document
from extract.parallel import runs_of
from extract.report import as_dict


def test_page_runs_cover_every_page_once_in_order():
    for pages in [1, 2, 3, 7, 12, 100, 401]:
        for jobs in [1, 2, 3, 8]:
            runs = runs_of(pages, jobs)
            numbers = [n for first, last in runs for n in range(first, last + 1)]
            assert numbers == list(range(1, pages + 1)), (pages, jobs)
            assert len(runs) <= 2 * jobs


def test_pages_read_in_parallel_give_the_document_read_in_turn(tmp_path, monkeypatch):
    long = tmp_path / "sample-x3.pdf"
    writer = PdfWriter()
    for _ in range(3):
        writer.append(str(SAMPLE))
    writer.write(long)

    monkeypatch.setenv("PCC_PAGE_JOBS", "1")
    in_turn = as_dict(extract_document(long))
    monkeypatch.setenv("PCC_PAGE_JOBS", "2")
    monkeypatch.setenv("PCC_PARALLEL_PAGES", "2")
    in_parallel = as_dict(extract_document(long))

    assert in_parallel == in_turn
    assert in_parallel["page_count"] == 12


def test_the_time_limit_ends_a_parallel_read_started_with_sigterm_ignored(tmp_path):
    long = tmp_path / "sample-x3.pdf"
    writer = PdfWriter()
    for _ in range(3):
        writer.append(str(SAMPLE))
    writer.write(long)
    read = (
        "from extract import extract_document\n"
        "from extract.errors import UnreadableReport\n"
        "from extract.limits import Limits\n"
        "try:\n"
        f"    extract_document({str(long)!r}, Limits(max_seconds=0.2))\n"
        "except UnreadableReport as error:\n"
        "    print(error)\n"
    )
    env = os.environ | {"PCC_PAGE_JOBS": "2", "PCC_PARALLEL_PAGES": "2"}

    def ignore_sigterm():  # as a process started in the background by some shells is
        signal.signal(signal.SIGTERM, signal.SIG_IGN)

    reading = subprocess.Popen(
        [sys.executable, "-c", read],
        env=env,
        cwd=REPO,
        preexec_fn=ignore_sigterm,
        start_new_session=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        said, _ = reading.communicate(timeout=120)  # a hang, not a slow read, fails it
    except subprocess.TimeoutExpired:
        os.killpg(reading.pid, signal.SIGKILL)  # the pool's workers too
        raise

    assert said.strip() == "sample-x3.pdf: reading took longer than 0.2 s (PCC_MAX_SECONDS)"
