"""A long report's pages read on every core come out as the same document, in order."""

from __future__ import annotations

from conftest import SAMPLE
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
