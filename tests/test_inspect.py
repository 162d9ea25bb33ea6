"""`pcc-warehouse inspect`: what was extracted, for people and for machines."""

import json
import subprocess

from conftest import SAMPLE, cli_path


def inspect(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [cli_path(), "inspect", *args], capture_output=True, text=True, timeout=120
    )


def test_inspect_prints_headings_paragraphs_and_row_spans():
    result = inspect(str(SAMPLE))
    assert result.returncode == 0
    out = result.stdout
    assert "running title: Wirral Annual Police and Crime Commissioner Report" in out
    assert "# Wirral Neighbourhoods are Safe Overview 2018/19" in out
    assert "# Police and Crime Commissioner Funded Programmes 2018/19: 13 rows" in out
    assert "row 6 (pages 2-3)" in out and "row 9 (pages 3-4)" in out
    assert "    [title] Youth Offending" in out
    assert "    [p3] 4. Presentation of the final report to Wirral Domestic Abuse Alliance." in out


def test_inspect_json_is_machine_readable():
    result = inspect(str(SAMPLE), "--json")
    data = json.loads(result.stdout)
    assert data["page_count"] == 4
    assert len(data["rows"]) == 13
    assert data["rows"][7]["activity"]["title"]["text"] == "Youth Offending"
    first = data["sections"][0]["paragraphs"][0]
    assert first["page"] == 1 and first["text"].startswith("A reduction of 30% in Wirral")
    assert len(first["bbox"]) == 4


def test_inspect_of_a_file_that_is_not_a_pdf_is_one_line(tmp_path):
    bad = tmp_path / "photo.pdf"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    result = inspect(str(bad))
    assert result.returncode == 3
    assert result.stderr.strip() == "error: photo.pdf: not a PDF (no %PDF header)"
