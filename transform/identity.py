"""A report's identity from its content, never from its file name.

A report of the template names its district and financial year in its title or headings:
its key is `<district>-<year>` (`wirral-2018-19`), whatever the file is called, so two
partnerships' `csp-annual-report-2018-19.pdf` are two reports, and a corrected copy of
Wirral's 2018/19 report is a new version of the same one. A document that names no
district or no year gets a key from its content alone (`doc-<first 12 hex of sha256>`):
stable for the same bytes, different for different ones.
"""

from __future__ import annotations

import re

from extract.model import Document
from transform.places import Area, Period, report_area, report_period

CONTENT_KEY = re.compile(r"^doc-[0-9a-f]{12}$")


def report_key(document: Document) -> str:
    titles = [t for t in [document.running_title, *document.headings] if t]
    return key_for(report_area(titles), report_period(titles), document.sha256)


def key_for(area: Area | None, period: Period | None, sha256: str) -> str:
    if area is not None and period is not None:
        return f"{area.key.replace('_', '-')}-{period.key}"
    return content_key(sha256)


def content_key(sha256: str) -> str:
    """The key of a document that is not a report of the template (or cannot be read)."""
    return f"doc-{sha256[:12]}"
