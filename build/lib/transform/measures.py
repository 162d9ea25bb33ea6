"""Figures stated as measures, with what they measure, where, when and where they came from.

`transform.figures` finds the numbers that are measures in a sentence (value, unit,
qualifier). This module gives each one its meaning from the words around it:
- a metric: the first catalog entry (metrics.yml) whose patterns match, else one named
  from the figure's own noun phrase and flagged uncatalogued;
- an area: the report's district unless the words place the figure elsewhere
  ("40.9% across England", "the Merseyside average is 14%", "cleared from X Ward"); a
  figure a district "shares with Sefton" is stated for both, so it gives two rows;
- a period: the report's year unless the sentence names one ("for April 2016 to March
  2017") or the figure is the earlier side of a comparison ("from 103 in the previous
  year to 188", "a drop from 8,617 ... to 6,029").

A cell (or an overview paragraph) is read sentence by sentence with a little memory, so
"This compares with a rate of 40.9% across England" takes the metric and the period of
the figure it compares with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from extract.model import Box, Paragraph
from transform.figures import REFERS_BACK, SUPERLATIVE, Figure, clause_before, figures_in, slug
from transform.places import Area, Period, areas_in, financial_year, period_in, previous_period

CATALOG_FILE = Path(__file__).with_name("metrics.yml")
MATCH_FIELDS = ("noun", "before", "after", "sentence", "context")

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9#'\"(£])")
STOP_WORDS = set(
    """a an the of to for from with by at on in into onto over under and or but nor this that
    these those is are was were be been being has have had as than then thanks where which who
    whom whose when while its it their our his her they them there per during after before
    across throughout through including within around about since until against among amongst
    between via each every all both either so such not no also now still up out""".split()
)
VERBS = set(
    """is are was were be been being has have had will would can could may might must do does
    did felt feel feels got get gets received receives remain remained remains reached reaches
    exceeds exceeded rose fell increased decreased went stands stood saw sees see helped made
    said says told reported
    also now still""".split()
)
GENERIC_NOUNS = {"", "rate", "average", "figure", "total", "level", "number", "numbers", "one"}
GENERIC_NOUNS |= {"percentage", "proportion", "overall", "amount", "count", "it", "this"}
TIME_WORDS = {"year", "years", "previous", "last", "successive", "prior", "month", "months"}
PREVIOUS_YEAR = re.compile(
    r"^(?:(?!\bthan\b)[^,;.]){0,40}?\b(in the previous year|the previous year|the year before"
    r"|the prior year|in the prior year|(?<!the )last year|previous year)\b",
    re.I,
)
DETERMINERS = re.compile(r"^((the|a|an|this|that|these|their|our|its|with|and|of|there)\s+)+")


@dataclass(frozen=True)
class Metric:
    code: str
    name: str
    unit: str | None = None
    catalogued: bool = True
    noun: str | None = None
    before: str | None = None
    after: str | None = None
    sentence: str | None = None
    context: str | None = None

    def matches(self, fields: dict[str, str], unit: str, is_change: bool) -> bool:
        if self.unit and not is_change and self.unit != unit:
            return False
        patterns = [(getattr(self, f), fields[f]) for f in MATCH_FIELDS if getattr(self, f)]
        return all(re.search(p, text, re.I) for p, text in patterns)

    def as_change(self, direction: str, unit: str) -> Metric:
        """The metric of a change in this one: 'asb_incidents' -> 'asb_incidents_reduction'."""
        suffix = direction + (f"_{unit}" if self.unit and unit != self.unit else "")
        unit_words = f", {unit.replace('_', ' ')}" if suffix != direction else ""
        return Metric(
            code=f"{self.code}_{suffix}",
            name=f"{self.name}: {direction}{unit_words}",
            unit=unit,
            catalogued=self.catalogued,
        )


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


@dataclass
class Reading:
    """One figure with its meaning, while a cell is being read."""

    figure: Figure
    noun: str
    metric: Metric
    period: Period


@dataclass
class CellMemory:
    """What the sentences read so far in one cell tell the next ones."""

    readings: list[Reading] = field(default_factory=list)
    period: Period | None = None  # a period a sentence named, for the ones that refer back
    carry_period: bool = False


@cache
def metric_catalog() -> list[Metric]:
    return [Metric(**m) for m in yaml.safe_load(CATALOG_FILE.read_text())["metrics"]]


def sentences(text: str) -> list[tuple[int, str]]:
    """The paragraph's sentences with their offsets; a list number stays with its item."""
    found, start = [], 0
    for m in SENTENCE_END.finditer(text):
        found.append((start, text[start : m.start()]))
        start = m.end()
    found.append((start, text[start:]))
    merged: list[tuple[int, str]] = []
    for start, sentence in found:
        if merged and re.fullmatch(r"\d{1,2}\.", merged[-1][1].strip()):
            merged[-1] = (merged[-1][0], text[merged[-1][0] : start + len(sentence)])
        else:
            merged.append((start, sentence))
    return [(s, t) for s, t in merged if t.strip()]


# --- What a figure counts ---------------------------------------------------------------


def noun_after(text: str, is_change: bool) -> str:
    """The noun phrase right after a figure: '669 interventions to ...' -> 'interventions'."""
    text = re.sub(r"^\s*(of|in)\s+", "", text, flags=re.I) if is_change else text
    text = re.sub(r"^\s*(less|fewer|more|lower|higher|extra|additional)\b", "", text, flags=re.I)
    text = re.sub(r"^\s*(rise|increase|reduction|decrease|drop|fall|cut|growth)\s+in\b", "", text)
    text = re.sub(r"^\s*of\s+((the|their|our|its)\s+)?", "", text, flags=re.I)
    words: list[str] = []
    for token in re.finditer(r"[A-Za-z][\w'&-]*|\S", text):
        word = token.group().lower()
        if not word[0].isalpha() or word in STOP_WORDS or word in VERBS:
            break
        if words and word.endswith("ed"):
            break
        words.append(word)
        if len(words) == 5:
            break
    while words and words[-1].endswith("ing"):
        words.pop()
    return " ".join(words)


def subject_before(clause: str) -> str:
    """What a figure is the value of when its noun comes first: 'The number of referrals
    to the Hate MARAC increased from 103' -> 'referrals to the hate marac'."""
    text = clause.lower()
    if of := list(re.finditer(r"\b(numbers? of|percentage of|proportion of|total of)\s", text)):
        text = text[of[-1].end() :]
    words = []
    for word in text.split():
        if word in VERBS:
            break
        words.append(word)
    text = " ".join(words)
    text = re.split(r"(?:^|\s)(?:for|in|after|over|during|across|at|throughout|within)\s", text)[0]
    text = DETERMINERS.sub("", text.strip())
    text = re.sub(r"\s+(of|at|to|by|from|is|the|a|an)$", "", text)
    return without_areas(text)


def without_areas(text: str) -> str:
    for start, end, _ in reversed(areas_in(text)):
        text = text[:start] + text[end:]
    return re.sub(r"\s+", " ", text).strip()


def figure_noun(sentence: str, figure: Figure, since: int) -> str:
    """The figure's own noun phrase, else the subject of its clause."""
    noun = noun_after(figure.after(sentence), figure.change is not None)
    if noun:
        return noun
    return subject_before(clause_before(sentence[since : figure.start]))


def is_generic(noun: str) -> bool:
    """A noun that names nothing by itself: 'a rate', 'the average', 'in the previous year'."""
    ignored = STOP_WORDS | GENERIC_NOUNS | TIME_WORDS
    return all(word in ignored for word in noun.split())


def catalog_metric(fields: dict[str, str], unit: str, change: str | None) -> Metric:
    for metric in metric_catalog():
        if metric.matches(fields, unit, change is not None):
            return metric.as_change(change, unit) if change else metric
    noun = without_areas(fields["noun"])
    name = " ".join(noun.split()[:6])
    base = Metric(
        code=slug(name) or f"unnamed_{unit}",
        name=name or f"unnamed {unit}",
        unit=unit,
        catalogued=False,
    )
    return base.as_change(change, unit) if change else base


# --- Where and when ---------------------------------------------------------------------


def figure_areas(sentence: str, figure: Figure, clause: str, home: Area) -> list[Area]:
    """The areas a figure is stated for; the first is its own."""
    after = re.split(r"[,;]|\d|\s(?:where|while|compared|with)\s", figure.after(sentence))[0]
    for start, _, area in areas_in(after):
        if re.search(r"\b(across|in|for|from|throughout)\s+(the\s+)?$", after[:start], re.I):
            return [area]
    for start, end, area in reversed(areas_in(clause)):
        rest, lead = clause[end:], clause[:start]
        if re.match(r"^\s*('s)?\s*(average|rate|figure|total|wide)\b", rest, re.I):
            return [area]
        if re.search(r"\bacross\s+(the\s+)?$", lead, re.I):
            return [area]
        if re.search(r"\bin\s+$", lead, re.I) and not re.search(rf"\b{SUPERLATIVE}\b", lead, re.I):
            return [area]
    before = sentence[: figure.start]
    if re.search(r"\bshar(e|es|ed|ing)\b", before, re.I):  # "shares ... with Sefton at 79"
        partner = re.search(r"\bwith\s+(?:the\s+)?(.+?)\s+(?:at|on|of|as)\s*$", before, re.I)
        hits = areas_in(partner.group(1)) if partner else []
        if hits and hits[0][0] == 0 and hits[0][2] != home:
            return [home, hits[0][2]]
    return [home]


def explicit_period(sentence: str) -> Period | None:
    """A period the sentence names: '2016/17' or 'April 2016 to March 2017'."""
    if found := period_in(sentence):
        return found
    span = re.search(r"\bApril (\d{4}) to March (\d{4})\b", sentence)
    if span and int(span.group(2)) == int(span.group(1)) + 1:
        return financial_year(int(span.group(1)))
    return None


def sentence_period(sentence: str, memory: CellMemory, report: Period) -> Period:
    own = explicit_period(sentence)
    refers_back = REFERS_BACK.match(sentence)
    period = own or (memory.period if memory.carry_period or refers_back else None)
    memory.period = own or (memory.period if refers_back else None)
    memory.carry_period = bool(own) and sentence.rstrip().endswith(":")
    return period or report


def is_comparison_start(sentence: str, figure: Figure) -> bool:
    """The earlier side of 'from A to B', 'up from A'."""
    return bool(re.search(r"\bfrom\s*$", figure.before(sentence), re.I))


# --- Reading a cell ---------------------------------------------------------------------


def read_sentence(
    sentence: str, activity: str, memory: CellMemory, home: Area, report: Period
) -> list[tuple[Reading, list[Area]]]:
    period = sentence_period(sentence, memory, report)
    found: list[tuple[Reading, list[Area]]] = []
    since = 0
    for figure in figures_in(sentence):
        clause = clause_before(sentence[since : figure.start])
        noun = figure_noun(sentence, figure, since)
        metric = inherited_metric(sentence, figure, noun, found, memory)
        if metric is None:
            fields = {
                "noun": noun,
                "before": figure.before(sentence),
                "after": figure.after(sentence),
                "sentence": sentence,
                "context": f"{sentence}\n{activity}",
            }
            metric = catalog_metric(fields, figure.unit, figure.change)
        own_period = figure_period(sentence, figure, period)
        reading = Reading(figure, noun, metric, own_period)
        found.append((reading, figure_areas(sentence, figure, clause, home)))
        since = figure.unit_end
    memory.readings += [r for r, _ in found]
    return found


def figure_period(sentence: str, figure: Figure, period: Period) -> Period:
    if PREVIOUS_YEAR.match(figure.after(sentence)) or is_comparison_start(sentence, figure):
        return previous_period(period)
    return period


def inherited_metric(
    sentence: str,
    figure: Figure,
    noun: str,
    earlier: list[tuple[Reading, list[Area]]],
    memory: CellMemory,
) -> Metric | None:
    """The metric of the figure this one is compared with, when its own words don't
    name one: 'from 8,617 ASB incidents to 6,029 incidents', 'a rate of 40.9% across
    England and 46.1% across Merseyside', 'where the Merseyside average is 14%'."""
    if figure.change:
        return None
    same_unit = [r for r, _ in earlier if r.figure.unit == figure.unit and not r.figure.change]
    if re.search(r"\bto\s*$", figure.before(sentence), re.I):
        own = noun_after(figure.after(sentence), False)
        starts = [r for r in same_unit if is_comparison_start(sentence, r.figure)]
        if starts and set(own.split()) <= set(starts[-1].noun.split()):
            return starts[-1].metric
    if not is_generic(noun):
        return None
    if same_unit:
        return same_unit[-1].metric
    if re.search(r"^\s*(This|These|It|Which)\b|\bcompar(e|es|ed)\b", sentence, re.I):
        previous = [r for r in memory.readings if r.figure.unit == figure.unit]
        if previous:
            return previous[-1].metric
    return None


def cell_measures(
    paragraphs: list[Paragraph], activity: str, home: Area, report: Period
) -> list[Measure]:
    """Every measure of a cell's paragraphs (or of the overview), in reading order."""
    memory = CellMemory()
    found: list[Measure] = []
    for paragraph in paragraphs:
        for offset, sentence in sentences(paragraph.text):
            for reading, areas in read_sentence(sentence, activity, memory, home, report):
                found += [as_measure(reading, area, paragraph, offset, sentence) for area in areas]
    return found


def as_measure(
    reading: Reading, area: Area, paragraph: Paragraph, offset: int, sentence: str
) -> Measure:
    figure = reading.figure
    boxes = tuple(paragraph.boxes_of(offset + figure.start, offset + figure.end))
    return Measure(
        value=figure.value,
        unit=figure.unit,
        qualifier=figure.qualifier,
        metric=reading.metric,
        area=area,
        period=reading.period,
        sentence=sentence.strip(),
        page=boxes[0].page if boxes else paragraph.page,
        boxes=boxes,
    )
