"""Where and when a report is about: areas and periods from its own words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import yaml

AREAS_FILE = Path(__file__).with_name("areas.yml")
FINANCIAL_YEAR = re.compile(r"\b((?:19|20)\d\d)\s*[/-]\s*(\d\d(?:\d\d)?)\b")


@dataclass(frozen=True)
class Area:
    name: str
    type: str

    @property
    def key(self) -> str:
        return slug(self.name)


@dataclass(frozen=True)
class Period:
    label: str
    start: date
    end: date

    @property
    def key(self) -> str:
        return self.label.replace("/", "-")


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


@cache
def known_areas() -> list[tuple[re.Pattern, Area]]:
    """Area patterns, longest name first so 'England and Wales' beats 'England'."""
    entries = yaml.safe_load(AREAS_FILE.read_text())["areas"]
    found = []
    for entry in entries:
        area = Area(entry["name"], entry["type"])
        for name in [entry["name"], *entry.get("aliases", [])]:
            found.append((re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE), area))
    return sorted(found, key=lambda pa: -len(pa[1].name))


# A ward is named by the report itself ("Birkenhead and Tranmere Ward"), not listed; a
# capitalised word that opens a sentence ("In", "The") is not part of its name.
WARD = re.compile(
    r"\b(?!(?:In|The|At|For|From|Across|Within|Throughout|Of|On|To|By|And)\s)"
    r"((?:[A-Z][\w'.]+ (?:(?:and|&) )?)+)Ward\b"
)


def areas_in(text: str) -> list[tuple[int, int, Area]]:
    """Every area named in the text, with where its name (or alias) starts and ends, in
    text order."""
    hits: list[tuple[int, int, Area]] = []
    for m in WARD.finditer(text):
        hits.append((m.start(), m.end(), Area(m.group(0), "ward")))
    for pattern, area in known_areas():
        for m in pattern.finditer(text):
            if not any(s <= m.start() < e for s, e, _ in hits):
                hits.append((m.start(), m.end(), area))
    return sorted(hits, key=lambda h: h[0])


def report_area(titles: list[str]) -> Area | None:
    """The district a report is about: the first district its title or headings name."""
    for text in titles:
        for _, _, area in areas_in(text):
            if area.type == "district":
                return area
    return None


def financial_year(start_year: int) -> Period:
    end_year = start_year + 1
    label = f"{start_year}/{end_year % 100:02d}"
    return Period(label, date(start_year, 4, 1), date(end_year, 3, 31))


def previous_period(period: Period) -> Period:
    return financial_year(period.start.year - 1)


def period_in(text: str) -> Period | None:
    """A financial year written '2018/19' (or '2018-2019'), if the text has one."""
    for m in FINANCIAL_YEAR.finditer(text):
        start, end = int(m.group(1)), int(m.group(2))
        if end % 100 == (start + 1) % 100:
            return financial_year(start)
    return None


def report_period(titles: list[str]) -> Period | None:
    for text in titles:
        if found := period_in(text):
            return found
    return None
