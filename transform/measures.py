"""Figures stated as measures: value, unit, qualifier, metric, area, period, provenance.

Works on one paragraph at a time: the paragraph is split into sentences, each number
in a sentence is read with the words around it, and numbers that are not measures
(dates, years, ages, school years, list numbers) are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from extract.model import Box, Paragraph
from transform.places import Area, Period, areas_in, financial_year, period_in, slug

CATALOG_FILE = Path(__file__).with_name("metrics.yml")

NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}
FIGURE = re.compile(
    r"(?<![\w.,/£#-])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<suffix>%|\s?per ?cent\b|(?:st|nd|rd|th)\b|\s?hrs?\b|\s?hours?\b)?"
    rf"|\b(?P<word>{'|'.join(NUMBER_WORDS)})\b(?!-)",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9#'\"(])")
MONTHS = "january february march april may june july august september october november december"
TIME_UNITS = re.compile(r"^\s*(-?\s?)(day|days|week|weeks|month|months|year|years)\b", re.I)
MORE_THAN = re.compile(r"\b(over|more than|exceeds?|exceeding|above|in excess of|at least)\s*$")
LESS_THAN = re.compile(r"\b(under|less than|fewer than|below|up to)\s*$")
ABOUT = re.compile(r"\b(around|approximately|about|almost|nearly|some)\s*$")
STOP_WORDS = set(
    [
        "a",
        "an",
        "the",
        "in",
        "of",
        "to",
        "for",
        "from",
        "with",
        "by",
        "at",
        "on",
        "and",
        "or",
        "but",
        "this",
        "that",
        "these",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "now",
        "over",
        "than",
        "as",
        "thanks",
        "where",
        "which",
        "who",
        "whom",
        "who's",
        "its",
        "it",
        "their",
        "there",
        "per",
        "during",
        "after",
        "before",
        "into",
        "than",
    ]
)


@dataclass(frozen=True)
class Metric:
    code: str
    name: str
    unit: str | None = None
    catalogued: bool = True
    after: str | None = None
    before: str | None = None
    context: str | None = None

    def matches(self, after: str, before: str, context: str) -> bool:
        tests = [(self.after, after), (self.before, before), (self.context, context)]
        return all(re.search(p, text, re.I) for p, text in tests if p)


@dataclass(frozen=True)
class Measure:
    value: float
    unit: str
    qualifier: str
    metric: Metric
    area: Area
    period: Period
    sentence: str
    page: int
    boxes: tuple[Box, ...]


@cache
def catalog() -> tuple[list[Metric], list[dict]]:
    data = yaml.safe_load(CATALOG_FILE.read_text())
    return [Metric(**m) for m in data["metrics"]], data.get("rules", [])


def sentences(text: str) -> list[tuple[int, str]]:
    """The paragraph's sentences with their offsets."""
    found, start = [], 0
    for m in SENTENCE_END.finditer(text):
        found.append((start, text[start : m.start()]))
        start = m.end()
    found.append((start, text[start:]))
    found = merge_list_markers(found)
    return [(s, t) for s, t in found if t.strip()]


def merge_list_markers(found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Rejoin a list number ("1.") that the sentence split cut from its item."""
    merged: list[tuple[int, str]] = []
    for start, text in found:
        if merged and re.fullmatch(r"\d{1,2}\.", merged[-1][1].strip()):
            merged[-1] = (merged[-1][0], merged[-1][1] + " " + text)
        else:
            merged.append((start, text))
    return merged


def is_measure(sentence: str, m: re.Match, paragraph_start: bool) -> bool:
    before, after = sentence[: m.start()], sentence[m.end() :]
    if m.group("word"):
        return is_number_word_measure(m.group("word").lower(), before, after)
    num = m.group("num")
    if paragraph_start and re.match(r"^[.)](\s|$)", after):  # list numbering "1. "
        return False
    if re.match(r"^[-/–]\d", after) or re.search(r"\d[-/–]$", before):  # ranges, 2016/17, 1-2-1
        return False
    if re.fullmatch(r"(19|20)\d\d", num) and not m.group("suffix"):  # a year
        return False
    if re.search(rf"\b({MONTHS.replace(' ', '|')})\s*$", before, re.I):  # a date
        return False
    if re.search(r"\b(aged|years?|ages?)\s*$|\byears? \d+ (and|to|or)\s*$", before, re.I):
        return False
    # a duration
    return not (TIME_UNITS.match(after) or re.search(r"\bwithin\s*$", before, re.I))


def is_number_word_measure(word: str, before: str, after: str) -> bool:
    if word in ("zero", "one"):  # "one" is mostly a pronoun: only "from one to ..."
        return bool(re.search(r"\bfrom\s*$", before, re.I) and re.match(r"^\s*to\b", after))
    return not TIME_UNITS.match(after)


def figure_value(m: re.Match) -> float:
    if m.group("word"):
        return float(NUMBER_WORDS[m.group("word").lower()])
    return float(m.group("num").replace(",", ""))


def figure_unit(m: re.Match, sentence: str) -> str:
    suffix = (m.group("suffix") or "").strip().lower()
    after = sentence[m.end() :]
    if suffix == "%" or "cent" in suffix:
        return "percent"
    if suffix in ("st", "nd", "rd", "th"):
        return "rank"
    if suffix.startswith("h") or re.match(r"^\s*(hours?|hrs?)\b", after, re.I):
        return "hours"
    if re.match(r"^\s*tonnes?\b", after, re.I):
        return "tonnes"
    if re.match(r"^\s*\w+ per (thousand|1,?000)( of the)? population", after, re.I):
        return "per_1000_population"
    if per := re.search(r"\b(\w[\w-]*) per ([\w-]+)", sentence[: m.start()], re.I):
        return f"{slug(per.group(1))}_per_{slug(per.group(2))}"
    return "count"


def qualifier(sentence: str, m: re.Match) -> str:
    before = sentence[: m.start()].lower()
    if MORE_THAN.search(before):
        return "more_than"
    if LESS_THAN.search(before):
        return "less_than"
    if ABOUT.search(before):
        return "approximately"
    if re.search(r"\baverage\b", before):
        return "average"
    return "exact"


def noun_phrase(sentence: str, m: re.Match) -> str:
    """The words naming what the figure counts: up to three words after it."""
    words = re.findall(r"[A-Za-z][\w'&-]*", sentence[m.end() :])[:4]
    phrase = []
    for w in words:
        if w.lower() in STOP_WORDS or w.lower() in ("hours", "hrs", "tonnes", "percent"):
            break
        phrase.append(w.lower())
    return " ".join(phrase[:3])


def metric_for(m: re.Match, sentence: str, context: str, unit: str) -> Metric:
    after = noun_phrase(sentence, m)
    metrics, _ = catalog()
    for metric in metrics:
        if metric.matches(after, sentence[: m.start()], context):
            return metric
    code = slug(after) or f"unnamed_{unit}"
    return Metric(code=code, name=after or f"unnamed {unit}", catalogued=False)


def figure_area(sentence: str, m: re.Match, home: Area) -> Area:
    """The area named right around the figure ('across England', 'the Merseyside
    average'), else the report's own area."""
    window_start = max(0, m.start() - 40)
    before = [(s, a) for s, a in areas_in(sentence[window_start : m.start()])]
    for start, area in reversed(before):
        lead = sentence[window_start : window_start + start]
        if re.search(r"\b(the|with|across|in)\s*$", lead, re.I) and area != home:
            if re.search(r"\b(average|rate)\b", sentence[window_start + start : m.start()]):
                return area
            if re.search(r"\bwith\s*$", lead, re.I):
                return area
    after = sentence[m.end() : m.end() + 40]
    nxt = re.match(r"^[^,.;]*?\b(across|in) ([A-Z][\w ]+)", after)
    if nxt:
        hits = areas_in(nxt.group(2))
        if hits and hits[0][0] == 0:
            return hits[0][1]
    return home


def figure_period(sentence: str, m: re.Match, report: Period, inherited: Period | None) -> Period:
    before, after = sentence[: m.start()], sentence[m.end() :]
    previous = financial_year(report.start.year - 1)
    if re.match(r"^\s*[\w ,-]{0,30}?\bin the previous year\b", after, re.I):
        return previous
    if re.search(r"\bfrom\s*$", before, re.I) and re.search(
        r"\b(previous|successive|last) years?\b", sentence, re.I
    ):
        return previous
    return inherited or report


def explicit_period(sentence: str) -> Period | None:
    """A period the sentence names: '2016/17' or 'April 2016 to March 2017'."""
    if found := period_in(sentence):
        return found
    span = re.search(r"\bApril (\d{4}) to March (\d{4})\b", sentence)
    if span and int(span.group(2)) == int(span.group(1)) + 1:
        return financial_year(int(span.group(1)))
    return None


def paragraph_measures(
    paragraph: Paragraph, context: str, home: Area, report: Period
) -> list[Measure]:
    found: list[Measure] = []
    inherited = None
    for offset, sentence in sentences(paragraph.text):
        own = explicit_period(sentence)
        inherited = own or (inherited if re.match(r"^(This|These|It)\b", sentence) else None)
        for m in FIGURE.finditer(sentence):
            if not is_measure(sentence, m, paragraph_start=offset == 0 and m.start() == 0):
                continue
            unit = figure_unit(m, sentence)
            metric = metric_for(m, sentence, f"{sentence}\n{context}", unit)
            start, end = offset + m.start(), offset + m.end()
            boxes = tuple(paragraph.boxes_of(start, end))
            found.append(
                Measure(
                    value=figure_value(m),
                    unit=metric.unit or unit,
                    qualifier=qualifier(sentence, m),
                    metric=metric,
                    area=figure_area(sentence, m, home),
                    period=figure_period(sentence, m, report, inherited),
                    sentence=sentence.strip(),
                    page=boxes[0].page if boxes else paragraph.page,
                    boxes=boxes,
                )
            )
    return found
