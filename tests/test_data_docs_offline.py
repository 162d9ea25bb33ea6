"""GX Data Docs are readable with no network: the pages load their Bootstrap, jQuery,
bootstrap-table and Font Awesome from local copies, and headless Chromium with every
network request refused renders the index's list of validations."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from conftest import ingest

CDN_ASSET = re.compile(r"<(?:script|link)\b[^>]*(?:src|href)=\"https?://")


def test_data_docs_name_no_cdn_and_render_offline_in_chromium(workdir, tmp_path):
    loaded = ingest()
    assert loaded.returncode == 0, loaded.stdout + loaded.stderr[-2000:]
    site = workdir / "data" / "gx" / "data_docs"
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 6  # the index and a page per validation
    for page in pages:
        assert not CDN_ASSET.search(page.read_text()), page
    assert (site / "static" / "vendor" / "jquery.min.js").exists()

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("no Chromium here (apt-get install chromium) to render the pages")
    dom = subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={tmp_path / 'chromium'}",
            "--host-resolver-rules=MAP * ~NOTFOUND",  # the network is off
            "--proxy-server=http://127.0.0.1:9",
            "--virtual-time-budget=10000",
            "--dump-dom",
            (site / "index.html").as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    assert 'class="bootstrap-table' in dom  # bootstrap-table (jQuery, Bootstrap) ran
    assert re.search(r"Showing 1 to \d+ of \d+ rows", dom)  # it drew the list of validations
    listed = set(re.findall(r"validations/([a-z_]+)/", dom))
    assert {"structure_fact_measure", "plausibility", "arithmetic"} <= listed
