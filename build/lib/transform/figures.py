"""Figures in a sentence: which numbers are measures, and their value, unit, qualifier.

Knows English wording only: no catalog, no areas, no periods. A number is a measure
unless its surroundings say it is a date, a year, an age, a school year, a list
number, a label ("Phase 2"), a time window ("within 24hrs", "for 4 weeks") or part of
a compound ("1-2-1", "24/7", "sixteen-year-old").

Durations: an amount of time given or delivered ("300hrs of their time", "1,200 hours
of support") is a measure; a time window or frequency ("within 24hrs of", "after 12
months", "over the last 12 months", "a 7 day a week basis", "for 4 weeks") is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS_WORDS = "zero one two three four five six seven eight nine ten eleven twelve thirteen"
UNITS_WORDS += " fourteen fifteen sixteen seventeen eighteen nineteen"
NUMBER_WORDS = {w: i for i, w in enumerate(UNITS_WORDS.split())}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
TENS |= {"seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000}
WORD_NUMBER = (
    rf"(?:(?:{'|'.join(TENS)})(?:-(?:{'|'.join(list(NUMBER_WORDS)[1:10])}))?"
    rf"|{'|'.join(NUMBER_WORDS)})(?:\s+(?:hundred|thousand))?"
)
FIGURE = re.compile(
    r"(?<![\w.,/#-])(?P<pound>£\s?)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<scale>(?:k|m|bn)\b)?"
    r"(?P<suffix>%|\s?per ?cent\b|(?:st|nd|rd|th)\b|\s?(?:hrs|hr|hours|hour)\b)?"
    rf"|(?<![\w-])(?P<word>{WORD_NUMBER})\b(?!-)",
    re.IGNORECASE,
)
MONTHS = "january|february|march|april|may|june|july|august|september|october|november"
MONTHS += "|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
LABELS = (
    r"aged|ages?|years?|phase|tier|level|stage|section|part|step|priority|objective"
    r"|page|pages|appendix|version|covid|room|no\.?|number|item|point|chapter|article"
)
DURATION = re.compile(r"^\s*-?\s?(hrs?|hours?|days?|weeks?|months?|years?)\b", re.I)
WINDOW_BEFORE = re.compile(
    r"\b(within|after|for|every|each|last|past|first|next|per|in|up to|under)\s*$", re.I
)
# A sentence that refers back to the one before it ("This comprised ...", "It rose ...").
REFERS_BACK = re.compile(r"^\W*(this|that|these|those|it|which|they)\b", re.I)
SUPERLATIVE = r"(lowest|highest|best|worst|largest|smallest|safest|most|least|fewest|biggest)"
MORE_THAN = re.compile(
    r"\b(over|more than|exceeds?|exceeded|exceeding|above|in excess of|at least|upwards of"
    r"|greater than|surpass(?:ed|es)?)\s*$",
    re.I,
)
LESS_THAN = re.compile(r"\b(under|less than|fewer than|below|up to|no more than)\s*$", re.I)
ABOUT = re.compile(
    r"\b(around|approximately|about|almost|nearly|some|roughly|circa|c\.|an estimated"
    r"|estimated|approx\.?)\s*$",
    re.I,
)
CHANGE_BEFORE = re.compile(
    r"\b(?P<w>reduction|reduced|decrease|decreased|drop|dropped|fall|fell|fallen|down|cut"
    r"|rise|rose|risen|increase|increased|up|growth|grew|grown)\s+(?:of|by)\s*$",
    re.I,
)
CHANGE_AFTER = re.compile(
    r"^\s*(?P<w>reduction|decrease|drop|fall|cut|rise|increase|growth|less|fewer|lower|more"
    r"|higher|extra|additional)\b(?!\s+than)",
    re.I,
)
REDUCTION_WORDS = "reduction reduced decrease decreased drop dropped fall fell fallen down cut"
REDUCTION_WORDS += " less fewer lower"


@dataclass(frozen=True)
class Figure:
    """A number stated as a measure, located in its sentence ([start, end) of the number,
    unit_end after its unit words)."""

    start: int
    end: int
    unit_end: int
    value: float
    unit: str
    qualifier: str
    change: str | None  # "reduction" | "increase" when the figure is a change

    def before(self, sentence: str) -> str:
        return sentence[: self.start]

    def after(self, sentence: str) -> str:
        return sentence[self.unit_end :]


def figures_in(sentence: str) -> list[Figure]:
    """Every figure of the sentence that is a measure, in order."""
    found = []
    for m in FIGURE.finditer(sentence):
        if is_measure(sentence, m):
            found.append(as_figure(sentence, m))
    return found


def as_figure(sentence: str, m: re.Match) -> Figure:
    unit, unit_end = figure_unit(sentence, m)
    return Figure(
        start=m.start(),
        end=m.end(),
        unit_end=unit_end,
        value=figure_value(m),
        unit=unit,
        qualifier=qualifier(sentence, m),
        change=change_direction(sentence[: m.start()], sentence[unit_end:]),
    )


def is_measure(sentence: str, m: re.Match) -> bool:
    before, after = sentence[: m.start()], sentence[m.end() :]
    if m.group("word"):
        return is_word_measure(m.group("word").lower(), before, after)
    num, suffix = m.group("num"), (m.group("suffix") or "").strip().lower()
    if not before.strip() and re.match(r"^[.)](\s|$)", after):  # list numbering "1. "
        return False
    if re.match(r"^\s?[-/–]\s?\d", after) or re.search(r"\d\s?[-/–]\s?$", before):
        return False  # ranges, 2016/17, 1-2-1, 24/7
    if re.search(r"\bper\s*$", before, re.I):
        return False  # the base of a rate: "per 1,000 population"
    if re.fullmatch(r"(19|20)\d\d", num) and not suffix and not m.group("pound"):
        return False  # a year
    if re.search(rf"\b({MONTHS})\.?\s*$", before, re.I):
        return False  # "April 2016", "March 12"
    if re.match(rf"^(st|nd|rd|th)?\s*(of\s+)?({MONTHS})\b", after.lstrip(), re.I):
        return False  # "1st April", "12 March"
    if re.search(rf"\b({LABELS})\s*$|\byears? \d+\s*(and|to|or|&)\s*$", before, re.I):
        return False  # aged 16, Years 10 and 11, Phase 2
    if re.match(r"^s\b|^\s*(-|\s)?years?[- ]olds?\b|^\s*(am|pm|a\.m\.|p\.m\.)\b", after, re.I):
        return False  # under 18s, the 1990s, 16 year olds, 9am
    if suffix in ("st", "nd", "rd", "th"):
        return bool(re.match(rf"^\s*{SUPERLATIVE}\b|^\s*(place|position)\b", after, re.I))
    return not is_time_window(before, after if not suffix else suffix + after)


def is_word_measure(word: str, before: str, after: str) -> bool:
    if re.search(rf"\b({LABELS})\s*$", before, re.I):
        return False
    if word in ("zero", "one"):  # "one" is mostly a pronoun: only "from one to ..."
        return bool(re.search(r"\bfrom\s*$", before, re.I) and re.match(r"^\s*to\b", after))
    return not is_time_window(before, after)


def is_time_window(before: str, after: str) -> bool:
    """A duration that is a window or a frequency rather than an amount of time."""
    if not DURATION.match(after):
        return False
    rest = after[DURATION.match(after).end() :]
    if WINDOW_BEFORE.search(before) or re.match(r"^\s*(a|per|each)\s+(day|week|month|year)", rest):
        return True
    return not re.match(r"^\s*of\b", rest, re.I)


def word_value(text: str) -> float:
    total, current = 0, 0
    for token in re.split(r"[\s-]+", text.lower()):
        if token in SCALES:
            current = max(current, 1) * SCALES[token]
            total, current = total + current, 0
        else:
            current += NUMBER_WORDS.get(token, TENS.get(token, 0))
    return float(total + current)


def figure_value(m: re.Match) -> float:
    if m.group("word"):
        return word_value(m.group("word"))
    value = float(m.group("num").replace(",", ""))
    scale = (m.group("scale") or "").lower()
    return value * {"k": 1e3, "m": 1e6, "bn": 1e9}.get(scale, 1) if m.group("pound") else value


def figure_unit(sentence: str, m: re.Match) -> tuple[str, int]:
    """The normalised unit and where the words naming it end."""
    suffix = (m.group("suffix") or "").strip().lower()
    after, end = sentence[m.end() :], m.end()
    if m.group("pound"):
        return "gbp", end
    if suffix == "%" or "cent" in suffix:
        return "percent", end
    if suffix in ("st", "nd", "rd", "th"):
        return "rank", end
    if suffix.startswith("h"):
        return "hours", end
    if unit := re.match(r"^\s*(hours?|hrs?|days?|weeks?|months?|tonnes?|tons?|kg)\b", after, re.I):
        name = unit.group(1).lower().rstrip("s")
        name = {"hr": "hours", "hour": "hours", "ton": "tonnes", "tonne": "tonnes"}.get(name, name)
        return (name if name in ("hours", "tonnes", "kg") else name + "s"), end + unit.end()
    if re.match(r"^\s*[\w-]+ per (thousand|1,?000)( of the)? (population|residents)", after, re.I):
        return "per_1000_population", end
    if per := re.match(r"^\s*[\w-]+ per ([\w-]+)", after, re.I):
        return f"per_{slug(per.group(1))}", end
    if per := re.search(r"\b[\w-]+ per ([\w-]+)\b", clause_before(sentence[: m.start()]), re.I):
        return f"per_{slug(per.group(1))}", end
    return "count", end


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower().replace("-", "")).strip("_")


def qualifier(sentence: str, m: re.Match) -> str:
    before = sentence[: m.start()]
    if MORE_THAN.search(before):
        return "more_than"
    if LESS_THAN.search(before):
        return "less_than"
    if ABOUT.search(before):
        return "approximately"
    if re.search(r"\baverag(e|ed|ing)\b", clause_before(before), re.I):
        return "average"
    return "exact"


CLAUSE_BREAK = re.compile(
    r"[,;:()]|\s(?:where|while|whereas|which|compared? (?:with|to)|compares (?:with|to)"
    r"|and the|but)\s",
    re.I,
)


def clause_before(before: str) -> str:
    """The text since the last clause boundary before a figure."""
    breaks = list(CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].end() :] if breaks else before


def change_direction(before: str, after: str) -> str | None:
    """'reduction' or 'increase' when the figure states a change, not a level."""
    m = CHANGE_BEFORE.search(before)
    if m is None and not re.search(r"\bfrom\s*$", before, re.I):
        m = CHANGE_AFTER.match(after)
    if m is None:
        return None
    word = m.group("w")
    return "reduction" if word.lower() in REDUCTION_WORDS.split() else "increase"
