"""The document model as star-schema rows: one DataFrame per warehouse table.

Knows the document model and the schema's rows; nothing of files, DuckDB or Dagster.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime

import pandas as pd

from extract.model import Document
from transform.claims import Claim
from transform.measures import Measure, read_document
from transform.places import Area, Period, report_area, report_period


@dataclass
class StarRows:
    """The rows one document contributes to each warehouse table."""

    document_key: str
    tables: dict[str, pd.DataFrame]
    warnings: list[str]


def document_id(file_name: str) -> str:
    """A stable id for a report from its file name: lower-case ASCII, dashes."""
    stem = re.sub(r"\.pdf$", "", file_name, flags=re.IGNORECASE)
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_stem.lower()).strip("-") or "report"


def to_star(document: Document, document_key: str) -> StarRows:
    titles = [t for t in [document.running_title, *document.headings] if t]
    area, period = report_area(titles), report_period(titles)
    warnings = []
    if area is None:
        warnings.append("no district named in the report's title or headings")
    if period is None:
        warnings.append("no financial year (e.g. 2018/19) in the report's title or headings")
    if not document.rows:
        warnings.append("no funded-programmes table found")
    reading = read_document(document, area, period) if area and period else None
    measures = reading.measures if reading else []
    keys = measure_keys(measures, document_key)
    claims = reading.claims if reading else []
    tables = {
        "dim_area": area_rows([area] if area else [], measures),
        "dim_period": period_rows([period] if period else [], measures),
        "dim_document": document_rows(document, document_key, area, period),
        "dim_programme": programme_rows(document, document_key),
        "dim_metric": metric_rows(measures),
        "fact_measure": measure_rows(measures, keys, document_key),
        "fact_claim": claim_rows(claims, document_key),
        "fact_claim_term": claim_term_rows(claims, document_key),
    }
    return StarRows(document_key, tables, warnings)


def programme_key(document_key: str, row_number: int) -> str:
    return f"{document_key}:{row_number:03d}"


def area_rows(areas: list[Area], measures: list[tuple]) -> pd.DataFrame:
    unique = {a.key: a for a in [*areas, *(m.area for _, m in measures)]}
    return pd.DataFrame(
        [(a.key, a.name, a.type, a.code) for a in unique.values()],
        columns=["area_key", "area_name", "area_type", "area_code"],
    )


def period_rows(periods: list[Period], measures: list[tuple]) -> pd.DataFrame:
    unique = {p.key: p for p in [*periods, *(m.period for _, m in measures)]}
    return pd.DataFrame(
        [(p.key, p.label, p.start, p.end) for p in unique.values()],
        columns=["period_key", "period_label", "start_date", "end_date"],
    )


def document_rows(
    document: Document, document_key: str, area: Area | None, period: Period | None
) -> pd.DataFrame:
    row = {
        "document_key": document_key,
        "file_name": document.file_name,
        "sha256": document.sha256,
        "title": document.running_title,
        "area_key": area.key if area else None,
        "period_key": period.key if period else None,
        "page_count": document.page_count,
        "loaded_at": datetime.now(UTC).replace(tzinfo=None),
    }
    return pd.DataFrame([row])


def programme_rows(document: Document, document_key: str) -> pd.DataFrame:
    rows = [
        {
            "programme_key": programme_key(document_key, row.number),
            "document_key": document_key,
            "row_number": row.number,
            "activity": row.activity.text,
            "activity_title": row.activity.title.text if row.activity.title else None,
            "expected_outcomes": row.expected_outcomes.text,
            "outcomes": row.outcomes.text,
            "page_first": row.pages[0] if row.pages else None,
            "page_last": row.pages[-1] if row.pages else None,
        }
        for row in document.rows
    ]
    columns = ["programme_key", "document_key", "row_number", "activity", "activity_title"]
    columns += ["expected_outcomes", "outcomes", "page_first", "page_last"]
    return pd.DataFrame(rows, columns=columns)


def metric_rows(measures: list[tuple]) -> pd.DataFrame:
    unique = {m.metric.code: m for _, m in measures}
    return pd.DataFrame(
        [
            (c, c, m.metric.name, m.metric.unit or m.unit, m.metric.catalogued)
            for c, m in unique.items()
        ],
        columns=["metric_key", "metric_code", "metric_name", "unit", "catalogued"],
    )


def measure_keys(measures: list[tuple], document_key: str) -> dict[int, str]:
    """A stable key per measure (by the measure's id): the document, the page and the
    figure's place on it, so re-reading an unchanged report keeps every key. A figure
    stated for a second area ("shares ... with Sefton") adds that area's key. Each figure
    learns its first measure's key, for the claims."""
    keys: dict[int, str] = {}
    for n, (_, m) in enumerate(measures):
        box = m.boxes[0] if m.boxes else None
        place = f"{box.top:.0f}:{box.x0:.0f}" if box else f"s{n:04d}"
        key = f"{document_key}:{m.page}:{place}"
        if "key" in m.figure.meaning:
            key = f"{m.figure.meaning['key']}:{m.area.key}"
        m.figure.meaning.setdefault("key", key)
        keys[id(m)] = key
    return keys


def measure_rows(
    measures: list[tuple[int | None, Measure]], keys: dict[int, str], document_key: str
) -> pd.DataFrame:
    rows = []
    for order, (row_number, m) in enumerate(measures, start=1):
        box = m.boxes[0] if m.boxes else None
        for other in m.boxes[1:]:
            box = box.union(other) if other.page == box.page else box
        partner = m.figure.meaning.get("partner")
        rows.append(
            {
                "measure_key": keys[id(m)],
                "document_key": document_key,
                "programme_key": programme_key(document_key, row_number) if row_number else None,
                "metric_key": m.metric.code,
                "area_key": m.area.key,
                "period_key": m.period.key,
                "value": m.value,
                "unit": m.unit,
                "qualifier": m.qualifier,
                "page_number": m.page,
                "sentence": m.sentence,
                "x0": box.x0 if box else None,
                "top": box.top if box else None,
                "x1": box.x1 if box else None,
                "bottom": box.bottom if box else None,
                "section": m.section,
                "role": m.role,
                "direction": m.direction,
                "compared_measure_key": partner.meaning.get("key") if partner else None,
                "period_basis": m.period_basis,
                "reading_order": order,
                "noun_phrase": m.figure.meaning["phrase"] or None,
            }
        )
    return pd.DataFrame(rows, columns=MEASURE_COLUMNS)


MEASURE_COLUMNS = ["measure_key", "document_key", "programme_key", "metric_key", "area_key"]
MEASURE_COLUMNS += ["period_key", "value", "unit", "qualifier", "page_number", "sentence"]
MEASURE_COLUMNS += ["x0", "top", "x1", "bottom", "section", "role", "direction"]
MEASURE_COLUMNS += ["compared_measure_key", "period_basis", "reading_order", "noun_phrase"]
CLAIM_COLUMNS = ["claim_key", "document_key", "programme_key", "claim_kind"]
CLAIM_COLUMNS += ["stated_measure_key", "stated_value", "sentence"]
TERM_COLUMNS = ["claim_key", "document_key", "measure_key", "term_role", "term_order"]


def claim_key(claim: Claim) -> str:
    """Stable as its stated figure's key: "<measure_key>:part_whole"."""
    return f"{claim.stated.meaning['key']}:{claim.kind}"


def claim_rows(claims: list[tuple], document_key: str) -> pd.DataFrame:
    """One row per claim the report makes: its kind and the figure it states."""
    rows = [
        {
            "claim_key": claim_key(c),
            "document_key": document_key,
            "programme_key": programme_key(document_key, row) if row else None,
            "claim_kind": c.kind,
            "stated_measure_key": c.stated.meaning["key"],
            "stated_value": c.stated.value,
            "sentence": c.sentence.text.strip(),
        }
        for row, c in claims
    ]
    return pd.DataFrame(rows, columns=CLAIM_COLUMNS).drop_duplicates("claim_key")


def claim_term_rows(claims: list[tuple], document_key: str) -> pd.DataFrame:
    """The figures each claim is made of: its parts, or the two levels of a change."""
    rows = [
        (claim_key(c), document_key, figure.meaning["key"], role, n)
        for _, c in claims
        for n, (role, figure) in enumerate(c.terms, start=1)
    ]
    return pd.DataFrame(rows, columns=TERM_COLUMNS).drop_duplicates(["claim_key", "term_order"])
