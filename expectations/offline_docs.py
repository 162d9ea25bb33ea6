"""Data Docs readable offline: GX's pages load Bootstrap, jQuery, bootstrap-table (which
draws the index's list of validations) and Font Awesome from CDNs, so with no network the
pages are unstyled and the list is empty. The same files ship with this package
(data_docs_assets/, from npm: jquery 3.7.1, bootstrap 4.3.1, popper.js 1.12.9,
bootstrap-table 1.19.1, bootstrap-datepicker 1.9.0, @fortawesome/fontawesome-free 6.6.0;
MIT, Font Awesome Free licence) and the pages are pointed at local copies after each
build. Vega (charts GX draws for profiling, not used by these checks) and the dark-mode
sheet are dropped.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

ASSETS = Path(__file__).with_name("data_docs_assets")
VENDOR = Path("static") / "vendor"  # under the Data Docs site's root
# A CDN file by its name -> where its copy is, under VENDOR.
LOCAL = {
    "jquery-3.7.1.min.js": "jquery.min.js",
    "popper.min.js": "popper.min.js",
    "bootstrap.min.js": "bootstrap.min.js",
    "bootstrap.min.css": "bootstrap.min.css",
    "bootstrap-table.min.js": "bootstrap-table.min.js",
    "bootstrap-table.min.css": "bootstrap-table.min.css",
    "bootstrap-table-filter-control.min.js": "bootstrap-table-filter-control.min.js",
    "bootstrap-table-filter-control.min.css": "bootstrap-table-filter-control.min.css",
    "bootstrap-datepicker.min.js": "bootstrap-datepicker.min.js",
    "bootstrap-datepicker.min.css": "bootstrap-datepicker.min.css",
    "all.min.css": "css/all.min.css",
}
TAG = re.compile(
    r"<(script|link)\b[^>]*?\b(?:src|href)=\"(https?://[^\"]+)\"[^>]*>(?:\s*</script>)?", re.S
)
IMAGE = re.compile(r"https?://great-expectations-web-assets[^\"']*/(logo-long\.png)[^\"']*")


def make_offline(site: Path) -> None:
    """Copy the assets into the site and point every page that still names a CDN at them."""
    vendor = site / VENDOR
    if not (vendor / "jquery.min.js").exists():
        shutil.copytree(ASSETS, vendor, dirs_exist_ok=True)
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        if "https://" not in html:
            continue
        root = "../" * (len(page.relative_to(site).parts) - 1)
        offline = localised(html, root)
        if offline != html:
            page.write_text(offline, encoding="utf-8")


def localised(html: str, root: str) -> str:
    def local_tag(match: re.Match) -> str:
        kind, url = match.group(1), match.group(2)
        name = url.rsplit("/", 1)[-1]
        if name not in LOCAL:
            return ""  # vega, the dark-mode sheet: not needed by these pages
        path = f"{root}{VENDOR.as_posix()}/{LOCAL[name]}"
        if kind == "script":
            return f'<script src="{path}"></script>'
        return f'<link rel="stylesheet" type="text/css" href="{path}"/>'

    html = TAG.sub(local_tag, html)
    return IMAGE.sub(lambda m: f"{root}static/images/{m.group(1)}", html)
