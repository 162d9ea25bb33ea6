"""Bad input: one clear line per bad report, exit 3, and the good reports still load."""

import hashlib
import shutil
import zlib

import duckdb
import pytest
from conftest import SAMPLE, ingest
from pdfgen import render_report, sample_like_report
from pypdf import PdfWriter
from reportlab.pdfgen import canvas

from extract import UnreadableReport, extract_document
from extract.limits import Limits


def documents_in(workdir) -> list[tuple]:
    with duckdb.connect(str(workdir / "data" / "warehouse.duckdb"), read_only=True) as con:
        return con.execute(
            "SELECT file_name, area_key, period_key, (SELECT count(*) FROM dim_programme p"
            " WHERE p.document_key = d.document_key) FROM dim_document d ORDER BY file_name"
        ).fetchall()


def minimal_pdf(content: bytes, filters: str = "", pages: int = 1, count: int = 0) -> bytes:
    """A PDF of `pages` pages sharing one content stream, written out by hand; its page
    tree declares `count` pages (default: the truth)."""
    kids = " ".join(f"{4 + i} 0 R" for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count or pages} >>".encode(),
        f"<< /Length {len(content)} {filters} >>\nstream\n".encode() + content + b"\nendstream",
        *[b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>"] * pages,
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def decompression_bomb(gigabytes: int) -> bytes:
    """Spaces, `gigabytes` GB of them once inflated, deflated twice into a few KB.

    The inner stream is one 16 MB block, flushed so it stands alone, repeated: the same
    bytes a compressor would give, in a second instead of a minute."""
    chunk = b" " * 2**24
    deflate = zlib.compressobj(9)
    first = deflate.compress(chunk) + deflate.flush(zlib.Z_FULL_FLUSH)
    repeats, checksum = 64 * gigabytes, 1
    for _ in range(repeats):
        checksum = zlib.adler32(chunk, checksum)
    final_block = b"\x03\x00"  # an empty last block, fixed Huffman codes
    inner = first + first[2:] * (repeats - 1) + final_block + checksum.to_bytes(4, "big")
    return zlib.compress(inner, 9)


WEIRD_NAME = "Sefton 2019–20 «final»; DROP TABLE dim_document;--'$(touch pwned)' & `id`.pdf"


def write_batch(folder):
    """One file of each kind of bad input, the sample, and a good report with a hostile name."""
    folder.mkdir()
    data = SAMPLE.read_bytes()
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "photo.pdf").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    (folder / "page.pdf").write_text("<!DOCTYPE html><html><body>not a report</body></html>")
    (folder / "truncated.pdf").write_bytes(data[: len(data) // 3])
    (folder / "garbled.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    (folder / "no pages.pdf").write_bytes(minimal_pdf(b"", pages=0))
    locked = PdfWriter(clone_from=str(SAMPLE))
    locked.encrypt("secret")
    locked.write(folder / "locked.pdf")
    scan = canvas.Canvas(str(folder / "scanned.pdf"))
    scan.rect(50, 50, 300, 300, fill=1)  # a page that is a picture, no text
    scan.save()
    letter = canvas.Canvas(str(folder / "letter.pdf"))
    letter.drawString(72, 720, "Dear colleague, thank you for your letter of 3 May.")
    letter.save()
    text = b"BT /F1 12 Tf 72 720 Td (a page) Tj ET"
    (folder / "huge.pdf").write_bytes(minimal_pdf(text, pages=5000))
    bomb = minimal_pdf(decompression_bomb(1), "/Filter [/FlateDecode /FlateDecode]")
    (folder / "bomb.pdf").write_bytes(bomb)
    shutil.copyfile(SAMPLE, folder / "wirral-2018-19.pdf")
    shutil.copyfile(SAMPLE, folder / "zz copy of\nwirral.pdf")
    (folder / "wirral_2018_19.pdf").write_bytes(data + b"\n% revised\n")  # same report id
    render_report(sample_like_report(district="Sefton", period="2019/20"), folder / WEIRD_NAME)


def test_each_bad_report_gets_one_line_and_the_good_ones_load(workdir):
    write_batch(workdir / "batch")
    (workdir / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    (workdir / "other").mkdir()
    namesake = workdir / "other" / "wirral-2018-19.pdf"  # another report, the same file name
    namesake.write_bytes(SAMPLE.read_bytes() + b"\n% another\n")

    named = [workdir / "photo.png", workdir / "missing.pdf", "/dev/zero", namesake]
    result = ingest(workdir / "batch", *named, env={"PCC_MAX_MEMORY_MB": "256"})

    assert result.returncode == 3
    lines = result.stdout.splitlines()
    expected_errors = [
        "error: empty.pdf: the file is empty",
        "error: photo.pdf: not a PDF (no %PDF header)",
        "error: page.pdf: not a PDF (no %PDF header)",
        "error: photo.png: not a PDF (no %PDF header)",
        "error: missing.pdf: no such file",
        "error: zero: not a regular file (a folder or a device?)",
        "error: truncated.pdf: corrupt or truncated PDF (PSEOF: Unexpected EOF)",
        "error: garbled.pdf: corrupt or truncated PDF "
        "(PDFSyntaxError: No /Root object! - Is this really a PDF?)",
        "error: no pages.pdf: the PDF has no pages",
        "error: locked.pdf: the PDF is password-protected (set PCC_PDF_PASSWORD to read it)",
        "error: scanned.pdf: no text layer (a scanned PDF?): it needs OCR",
        "error: huge.pdf: 5,000 pages, more than the limit of 1000 (PCC_MAX_PAGES)",
        "error: bomb.pdf: reading needed more than 256 MB of memory (PCC_MAX_MEMORY_MB): "
        "a decompression bomb or a hostile PDF?",
    ]
    assert sorted(line for line in lines if line.startswith("error: ")) == sorted(expected_errors)
    # Three versions of Wirral 2018/19 (the sample, a revision, a namesake elsewhere): one
    # report, read from their content; the one named last is the one kept.
    for name in ["wirral-2018-19.pdf", "wirral_2018_19.pdf"]:
        assert any(
            line.startswith(f"{name}: area Wirral, period 2018/19")
            or line
            == f"{name}: an earlier version of report wirral-2018-19 than "
            "wirral-2018-19.pdf in this batch, not loaded"
            for line in lines
        )
    assert "zz copy of\\nwirral.pdf: same content as wirral-2018-19.pdf, loaded once" in lines
    letter = next(i for i, line in enumerate(lines) if line.startswith("letter.pdf: "))
    assert lines[letter].startswith("letter.pdf: area ?, period ?, 1 pages, 0 programmes,")
    assert lines[letter + 1 : letter + 4] == [
        "  warning: letter.pdf: no district named in the report's title or headings",
        "  warning: letter.pdf: no financial year (e.g. 2018/19) in the report's title or headings",
        "  warning: letter.pdf: no funded-programmes table found",
    ]
    assert any(line.startswith(f"{WEIRD_NAME}: area Sefton, period 2019/20") for line in lines)
    assert "Traceback" not in result.stdout + result.stderr
    assert not (workdir / "pwned").exists()
    assert documents_in(workdir) == [
        (WEIRD_NAME, "sefton", "2019-20", 13),
        ("letter.pdf", None, None, 0),
        ("wirral-2018-19.pdf", "wirral", "2018-19", 13),
    ]
    with duckdb.connect(str(workdir / "data" / "warehouse.duckdb"), read_only=True) as con:
        kept = con.execute("SELECT sha256 FROM dim_document WHERE area_key = 'wirral'").fetchall()
    assert kept == [(hashlib.sha256(namesake.read_bytes()).hexdigest(),)]


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
    long = PdfWriter()
    for _ in range(3):
        long.append(str(SAMPLE))
    long.write(workdir / "long.pdf")

    pages = ingest(workdir / "long.pdf", SAMPLE, env={"PCC_MAX_PAGES": "10"})
    seconds = ingest(workdir / "long.pdf", env={"PCC_MAX_SECONDS": "0.2"})

    assert pages.returncode == 3
    lines = pages.stdout.splitlines()
    assert "error: long.pdf: 12 pages, more than the limit of 10 (PCC_MAX_PAGES)" in lines
    assert any(line.startswith("wirral-2018-19.pdf: area Wirral") for line in lines)
    assert seconds.returncode == 3
    assert seconds.stdout.splitlines()[0] == (
        "error: long.pdf: reading took longer than 0.2 s (PCC_MAX_SECONDS)"
    )
    assert documents_in(workdir) == [("wirral-2018-19.pdf", "wirral", "2018-19", 13)]


def test_a_page_tree_understating_its_pages_still_meets_the_page_limit(tmp_path):
    text = b"BT /F1 12 Tf 72 720 Td (a page) Tj ET"
    (tmp_path / "liar.pdf").write_bytes(minimal_pdf(text, pages=30, count=1))

    with pytest.raises(UnreadableReport) as raised:
        extract_document(tmp_path / "liar.pdf", Limits(max_pages=10))

    assert str(raised.value) == "liar.pdf: more than 10 pages, the limit (PCC_MAX_PAGES)"


def test_a_damaged_report_missing_pages_is_not_loaded_in_part(tmp_path):
    text = b"BT /F1 12 Tf 72 720 Td (a page) Tj ET"
    (tmp_path / "damaged.pdf").write_bytes(minimal_pdf(text, pages=2, count=5))

    with pytest.raises(UnreadableReport) as raised:
        extract_document(tmp_path / "damaged.pdf")

    assert (
        str(raised.value) == "damaged.pdf: corrupt PDF: it declares 5 pages but only 2 can be read"
    )
