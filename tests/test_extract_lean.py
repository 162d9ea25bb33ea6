"""extract/lean.py builds pdfplumber's character objects itself: the same dicts, with the
same values, as pdfplumber's own walk, on every PDF the tests hold (Word-made fixtures
through LibreOffice, the sample, a reportlab report with a shifted MediaBox)."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from conftest import REPO, SAMPLE
from pdfgen import render_report, sample_like_report
from pypdf import PdfReader, PdfWriter

from extract.lean import lean

FIXTURES = sorted((REPO / "tests" / "fixtures").glob("*/*.pdf"))


def same_objects(path: Path) -> None:
    with pdfplumber.open(path) as own, pdfplumber.open(path) as leaned:
        for page, fast in zip(own.pages, leaned.pages, strict=True):
            assert lean(fast).objects == page.objects, (path.name, page.page_number)
            assert fast.extract_words() == page.extract_words()


@pytest.mark.parametrize("path", [SAMPLE, *FIXTURES], ids=lambda p: p.name)
def test_lean_characters_are_pdfplumbers(path):
    same_objects(path)


def test_lean_characters_are_pdfplumbers_on_a_shifted_mediabox(tmp_path):
    pdf = render_report(sample_like_report(), tmp_path / "report.pdf")
    shifted = tmp_path / "shifted.pdf"
    writer = PdfWriter()
    for page in PdfReader(pdf).pages:
        box = page.mediabox
        page.mediabox.lower_left = (box.left - 20, box.bottom - 30)
        writer.add_page(page)
    with shifted.open("wb") as f:
        writer.write(f)
    same_objects(shifted)
