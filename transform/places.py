"""Where and when a report is about: areas and periods from its own words."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

import yaml

AREAS_FILE = Path(__file__).with_name("areas.yml")
# The local authority districts of England and Wales with their ONS GSS codes (source and
# date in the file's header).
DISTRICTS_FILE = Path(__file__).with_name("districts.csv")
# District names that are also ordinary words: recognised only when a word such as
# "Council" or "Borough" follows them ("Reading Borough Council", not "Reading scores").
COMMON_WORDS = {"Reading", "Hart", "Eden", "Rugby", "Bury", "Boston", "Arun", "Rother"}
COUNCIL_WORDS = r"(?=\s+(?:Borough|District|City|Council|Community Safety|CSP|Metropolitan))"
NOT_IN_A_LONGER_NAME = r"(?!\s+[A-Z]|\s+of\s+[A-Z])"  # "London Road", "London Borough of ..."
# Places written as proper names only, and not as part of a longer one: "the north west of
# the borough" names no region, "Norfolk Trading Standards" and "Kent Police" no county.
PROPER_NAMES_ONLY = {"region", "county", "police_force_area"}
FINANCIAL_YEAR = re.compile(r"\b((?:19|20)\d\d)\s*[/-]\s*(\d\d(?:\d\d)?)\b")


@dataclass(frozen=True)
class Area:
    name: str
    type: str
    code: str | None = field(default=None, compare=False)  # ONS GSS code (E08000015)

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
def known_areas() -> list[tuple[re.Pattern, dict[str, Area]]]:
    """Two patterns and the area each spelling names: the places of areas.yml (any case),
    then every district of England and Wales (as a proper name is written). Longest name
    first, so 'England and Wales' beats 'England'."""
    codes = {slug(name): code for code, name in districts()}
    listed: dict[str, Area] = {}
    proper: dict[str, Area] = {}
    for entry in yaml.safe_load(AREAS_FILE.read_text())["areas"]:
        area = Area(entry["name"], entry["type"], codes.get(slug(entry["name"])))
        for name in [entry["name"], *entry.get("aliases", [])]:
            if area.type in PROPER_NAMES_ONLY:
                proper[name] = area
            else:
                listed[name.lower()] = area
    for code, ons_name in districts():
        area = Area(common_name(ons_name), "district", code)
        if not ({area.key, slug(ons_name)} & {a.key for a in listed.values()}):
            proper |= {area.name: area, ons_name: area}
    return [(alternation(listed, re.IGNORECASE), listed), (alternation(proper, 0), proper)]


def alternation(names: dict[str, Area], flags: int) -> re.Pattern:
    spelled = sorted(names, key=len, reverse=True)
    options = [re.escape(n) + lookahead(n, names[n]) for n in spelled]
    return re.compile(rf"\b(?:{'|'.join(options)})\b", flags)


def lookahead(name: str, area: Area) -> str:
    if name in COMMON_WORDS:
        return COUNCIL_WORDS
    return NOT_IN_A_LONGER_NAME if area.type in PROPER_NAMES_ONLY else ""


@cache
def districts() -> list[tuple[str, str]]:
    """(GSS code, ONS name) of every local authority district of England and Wales."""
    lines = [line for line in DISTRICTS_FILE.read_text().splitlines() if not line.startswith("#")]
    return [(row["area_code"], row["area_name"]) for row in csv.DictReader(lines)]


def common_name(ons_name: str) -> str:
    """'Bristol, City of' as people write it: 'Bristol'."""
    return re.sub(r", (City|County) of$", "", ons_name)


# A ward is named by the report itself ("Birkenhead and Tranmere Ward"), not listed; a
# capitalised word that opens a sentence ("In", "The") is not part of its name.
WARD = re.compile(
    r"\b(?!(?:In|The|At|For|From|Across|Within|Throughout|Of|On|To|By|And)\s)"
    r"((?:[A-Z][\w'.]+ (?:(?:and|&) )?)+)Ward\b"
)


def areas_in(text: str) -> list[tuple[int, int, Area]]:
    """Every area named in the text, with where its name (or alias) starts and ends, in
    text order; of names that overlap, the ward's, else the longest ("East of England",
    not "England")."""
    wards = [(m.start(), m.end(), Area(m.group(0), "ward")) for m in WARD.finditer(text)]
    found: list[tuple[int, int, Area]] = []
    for pattern, names in known_areas():
        ignore_case = bool(pattern.flags & re.IGNORECASE)
        for m in pattern.finditer(text):
            area = names[m.group(0).lower() if ignore_case else m.group(0)]
            found.append((m.start(), m.end(), area))
    hits = list(wards)
    for start, end, area in sorted(found, key=lambda h: (h[0] - h[1], h[0])):
        if not any(s < end and start < e for s, e, _ in hits):
            hits.append((start, end, area))
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


def calendar_year(year: int) -> Period:
    return Period(str(year), date(year, 1, 1), date(year, 12, 31))


def previous_period(period: Period) -> Period:
    if period.start.month == 1:
        return calendar_year(period.start.year - 1)
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
