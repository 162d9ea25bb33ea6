"""Bad input: one clear line per bad report, exit 3, and the good reports still load."""

import os
import shutil
import subprocess

import duckdb
import pytest
from conftest import SAMPLE, cli_path
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfWriter
from reportlab.pdfgen import canvas

from extract import Document, UnreadableReport, extract_document
from extract.pages import Limits


def ingest(*args, env=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [cli_path(), "ingest", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, **(env or {})},
    )


def write_bad_inputs(folder):
    folder.mkdir()
    data = SAMPLE.read_bytes()
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "photo.pdf").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    (folder / "page.pdf").write_text("<html><body>not a report</body></html>")
    (folder / "truncated.pdf").write_bytes(data[: len(data) // 3])
    locked = PdfWriter(clone_from=str(SAMPLE))
    locked.encrypt("secret")
    locked.write(folder / "locked.pdf")
    scan = canvas.Canvas(str(folder / "scanned.pdf"))
    scan.rect(50, 50, 300, 300, fill=1)
    scan.save()
    letter = canvas.Canvas(str(folder / "letter.pdf"))
    letter.drawString(72, 720, "Dear colleague, thank you for your letter of 3 May.")
    letter.save()
    shutil.copyfile(SAMPLE, folder / "wirral-2018-19.pdf")
    shutil.copyfile(SAMPLE, folder / "zz Wirral 2018–19 (copy); rm -rf ~ 'x' $HOME.pdf")


def test_each_bad_report_gets_one_line_and_the_good_one_loads(workdir):
    write_bad_inputs(workdir / "batch")

    result = ingest(workdir / "batch")

    assert result.returncode == 3
    lines = result.stdout.splitlines()
    assert "error: empty.pdf: the file is empty" in lines
    assert "error: photo.pdf: not a PDF (no %PDF header)" in lines
    assert "error: page.pdf: not a PDF (no %PDF header)" in lines
    assert "error: truncated.pdf: corrupt or truncated PDF (PSEOF: Unexpected EOF)" in lines
    assert (
        "error: locked.pdf: the PDF is password-protected (set PCC_PDF_PASSWORD to read it)"
    ) in lines
    assert "error: scanned.pdf: no text layer (a scanned PDF?): it needs OCR" in lines
    assert "  warning: letter.pdf: no funded-programmes table found" in lines
    assert (
        "zz Wirral 2018–19 (copy); rm -rf ~ 'x' $HOME.pdf: same content as "
        "wirral-2018-19.pdf, loaded once"
    ) in lines
    assert "Traceback" not in result.stdout + result.stderr
    with duckdb.connect(str(workdir / "data" / "warehouse.duckdb"), read_only=True) as con:
        documents = con.execute(
            "SELECT file_name, area_key, period_key FROM dim_document ORDER BY file_name"
        ).fetchall()
        programmes = con.execute("SELECT count(*) FROM dim_programme").fetchone()
    assert documents == [("letter.pdf", None, None), ("wirral-2018-19.pdf", "wirral", "2018-19")]
    assert programmes == (13,)


def test_a_password_from_configuration_opens_a_protected_report(workdir):
    locked = PdfWriter(clone_from=str(SAMPLE))
    locked.encrypt("secret")
    locked.write(workdir / "locked.pdf")

    wrong = ingest(workdir / "locked.pdf", env={"PCC_PDF_PASSWORD": "guess"})
    right = ingest(workdir / "locked.pdf", env={"PCC_PDF_PASSWORD": "secret"})

    assert wrong.returncode == 3
    assert wrong.stdout.splitlines()[0] == (
        "error: locked.pdf: the PDF is password-protected and PCC_PDF_PASSWORD does not open it"
    )
    assert right.returncode == 0
    assert "locked.pdf: area Wirral, period 2018/19, 4 pages, 13 programmes" in right.stdout


def test_page_and_time_limits_fail_the_report_alone(workdir):
    many = PdfWriter()
    for _ in range(3):
        many.append(str(SAMPLE))
    many.write(workdir / "long.pdf")

    result = ingest(workdir / "long.pdf", SAMPLE, env={"PCC_MAX_PAGES": "10"})

    assert result.returncode == 3
    lines = result.stdout.splitlines()
    assert "error: long.pdf: 12 pages, more than the limit of 10 (PCC_MAX_PAGES)" in lines
    assert any(line.startswith("wirral-2018-19.pdf: area Wirral") for line in lines)
    with pytest.raises(UnreadableReport, match=r"reading took longer than 0.05 s"):
        from extract.pages import read_pages

        list(read_pages(workdir / "long.pdf", Limits(max_seconds=0.05)))


SAMPLE_BYTES = SAMPLE.read_bytes()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    edits=st.lists(
        st.tuples(st.integers(0, len(SAMPLE_BYTES) - 1), st.binary(min_size=1, max_size=8)),
        min_size=1,
        max_size=6,
    ),
    cut=st.one_of(st.none(), st.integers(1, len(SAMPLE_BYTES))),
)
def test_fuzzed_pdfs_end_in_a_document_or_a_clear_error(tmp_path_factory, edits, cut):
    data = bytearray(SAMPLE_BYTES[:cut] if cut else SAMPLE_BYTES)
    for offset, chunk in edits:
        data[offset % len(data) : offset % len(data) + len(chunk)] = chunk
    path = tmp_path_factory.mktemp("fuzz") / "mutant.pdf"
    path.write_bytes(bytes(data))
    try:
        result = extract_document(path, Limits(max_seconds=20))
    except UnreadableReport as exc:
        assert str(exc).startswith("mutant.pdf: ") and "\n" not in str(exc)
    else:
        assert isinstance(result, Document)
