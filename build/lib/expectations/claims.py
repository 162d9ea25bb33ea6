"""Claims: what a report's figures say about each other, one row per claim.

A claim is a row Great Expectations can check: the figure the report states (`found`)
against what its other figures give (`expected`, allowed between `low` and `high`), with
the figures behind it for the alert. Claims are recognised from the sentences the figures
stand in (expectations/rules.yml says how), not from the sample's wording.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd
import yaml

from transform.figures import REFERS_BACK, Figure, figures_in

RULES_FILE = Path(__file__).with_name("rules.yml")
CLAIM_COLUMNS = [
    "claim_id",
    "check_name",
    "document_key",
    "programme_key",
    "severity",
    "found",
    "expected",
    "low",
    "high",
    "description",
    "figures",
]


@cache
def rules() -> dict:
    return yaml.safe_load(RULES_FILE.read_text())


def claim_severity(kind: str) -> str:
    return rules()["claims"][kind]["severity"]


# --- Figures located in their sentences -------------------------------------------------


@dataclass(frozen=True)
class Mention:
    """A fact_measure row and where its figure stands in its sentence."""

    fact: dict
    figure: Figure | None  # None when the sentence's own reading cannot place it

    @property
    def value(self) -> float:
        return float(self.fact["value"])

    @property
    def unit(self) -> str:
        return self.fact["unit"]

    @property
    def exact(self) -> bool:
        return self.fact["qualifier"] == "exact"


@dataclass
class Sentence:
    text: str
    programme_key: str | None
    mentions: list[Mention]

    def before(self, m: Mention) -> str:
        return self.text[: m.figure.start]

    def between(self, a: Mention, b: Mention) -> str:
        return self.text[a.figure.end : b.figure.start]

    def placed(self) -> list[Mention]:
        return [m for m in self.mentions if m.figure is not None]


def document_sentences(facts: pd.DataFrame) -> list[Sentence]:
    """The document's figure-bearing sentences in reading order, each figure placed."""
    ordered = facts.sort_values("measure_key")
    sentences: dict[tuple, Sentence] = {}
    for fact in ordered.to_dict("records"):
        programme = fact["programme_key"] if isinstance(fact["programme_key"], str) else None
        key = (programme, fact["sentence"])
        if key not in sentences:
            sentences[key] = Sentence(fact["sentence"], programme, [])
        sentences[key].mentions.append(Mention(fact, None))
    for sentence in sentences.values():
        sentence.mentions = place_figures(sentence.text, sentence.mentions)
    return list(sentences.values())


def place_figures(text: str, mentions: list[Mention]) -> list[Mention]:
    """Match each fact, in order, to the sentence's next figure of the same value; one
    figure may carry several facts ("79 crimes per thousand" for two areas)."""
    figures, placed, at = figures_in(text), [], 0
    for m in mentions:
        index = next(
            (i for i in range(at, len(figures)) if math.isclose(figures[i].value, m.value)),
            None,
        )
        placed.append(Mention(m.fact, figures[index] if index is not None else None))
        at = index if index is not None else at
    return placed


def figure_record(m: Mention, role: str) -> dict:
    f = m.fact
    return {
        "role": role,
        "document_key": f["document_key"],
        "file_name": f.get("file_name"),
        "measure_key": f["measure_key"],
        "metric": f["metric_key"],
        "value": float(f["value"]),
        "unit": f["unit"],
        "period": f["period_key"],
        "page": int(f["page_number"]),
        "sentence": f["sentence"],
        "bbox": [None if pd.isna(f[c]) else float(f[c]) for c in ("x0", "top", "x1", "bottom")],
    }


def claim(
    kind: str,
    found: float,
    expected: float,
    description: str,
    figures: list[dict],
    programme_key: str | None,
    tolerance: float = 0.0,
    severity: str | None = None,
) -> dict:
    return {
        "check_name": kind,
        "programme_key": programme_key,
        "severity": severity or claim_severity(kind),
        "found": float(found),
        "expected": round(float(expected), 6),
        "low": round(float(expected) - tolerance, 6),
        "high": round(float(expected) + tolerance, 6),
        "description": description,
        "figures": json.dumps(figures, default=str),
    }


def shown(value: float) -> str:
    return f"{value:,.10g}"


def increases(facts: pd.DataFrame) -> set[str]:
    """The measures whose sentence states them as an increase ("a 150% rise")."""
    return {
        m.fact["measure_key"]
        for s in document_sentences(facts)
        for m in s.placed()
        if m.figure.change == "increase"
    }


# --- Changes: "from A to B", "or C less", "a reduction of P%" ---------------------------


def from_to_pairs(s: Sentence) -> list[tuple[Mention, Mention]]:
    """(A, B) for each "from A ... to B" of one unit, with no other figure in between."""
    placed, pairs = s.placed(), []
    for a, b in zip(placed, placed[1:]):
        if (
            re.search(r"\bfrom\s*$", s.before(a), re.I)
            and re.search(r"\bto\s*$", s.between(a, b), re.I)
            and a.unit == b.unit
            and a.exact
            and b.exact
        ):
            pairs.append((a, b))
    return pairs


def changes(s: Sentence, pair: tuple[Mention, Mention]) -> list[Mention]:
    return [m for m in s.placed() if m not in pair and m.figure.change and m.exact]


def signed_change(a: Mention, b: Mention, direction: str) -> float:
    return a.value - b.value if direction == "reduction" else b.value - a.value


def difference_claims(s: Sentence) -> list[dict]:
    claims = []
    for a, b in from_to_pairs(s):
        for c in changes(s, (a, b)):
            if c.unit != a.unit:
                continue
            word = "less" if c.figure.change == "reduction" else "more"
            claims.append(
                claim(
                    "change_difference",
                    c.value,
                    signed_change(a, b, c.figure.change),
                    f"from {shown(a.value)} to {shown(b.value)} is "
                    f"{shown(abs(b.value - a.value))} {'less' if b.value < a.value else 'more'}"
                    f"; the report says {shown(c.value)} {word}",
                    [figure_record(a, "from"), figure_record(b, "to"), figure_record(c, "change")],
                    s.programme_key,
                )
            )
    return claims


def rounding(value: float) -> float:
    """Half a unit of the last digit stated: 30 -> 0.5, 3.3 -> 0.05."""
    text = f"{value:.10g}"
    decimals = len(text.split(".")[1]) if "." in text else 0
    return 0.5 * 10**-decimals


def percent_change_claims(sentences: list[Sentence]) -> list[dict]:
    """A stated percentage change against the from-to pair it describes, in its own
    sentence or in the next one when that one refers back to it."""
    claims = []
    for previous, s in zip([None, *sentences], sentences):
        candidates = s.placed()
        if previous and previous.programme_key == s.programme_key and refers_back(s):
            candidates = previous.placed() + candidates
        for a, b in from_to_pairs(s):
            if a.unit == "percent" or a.value == 0:
                continue
            for p in candidates:
                if p.unit != "percent" or not p.figure.change or not p.exact or p in (a, b):
                    continue
                computed = 100 * signed_change(a, b, p.figure.change) / a.value
                claims.append(
                    claim(
                        "percent_change",
                        p.value,
                        computed,
                        f"from {shown(a.value)} to {shown(b.value)} is a "
                        f"{abs(computed):.1f}% {'reduction' if b.value < a.value else 'increase'}"
                        f"; the report says a {shown(p.value)}% {p.figure.change}",
                        [
                            figure_record(a, "from"),
                            figure_record(b, "to"),
                            figure_record(p, "percent change"),
                        ],
                        s.programme_key,
                        tolerance=rounding(p.value),
                    )
                )
    return claims


def refers_back(s: Sentence) -> bool:
    return REFERS_BACK.match(s.text) is not None


# --- Part and whole: "380 people. This comprised 29 parents and 351 children" -----------


def part_whole_claims(sentences: list[Sentence]) -> list[dict]:
    claims = []
    for previous, s in zip([None, *sentences], sentences):
        cue = re.search(rules()["partition_words"], s.text, re.I)
        if not cue:
            continue
        parts = listed_after(s, cue.end())
        if len(parts) < 2:
            continue
        whole = whole_before(s, cue.start(), parts[0].unit)
        same_part = previous and previous.programme_key == s.programme_key
        if whole is None and same_part and refers_back(s):
            whole = whole_before(previous, len(previous.text), parts[0].unit)
        if whole is None or not whole.exact or not all(p.exact for p in parts):
            continue
        terms = " + ".join(shown(p.value) for p in parts)
        total = sum(p.value for p in parts)
        claims.append(
            claim(
                "part_whole",
                whole.value,
                total,
                f"{terms} = {shown(total)}; the report gives the whole as {shown(whole.value)}",
                [figure_record(p, "part") for p in parts] + [figure_record(whole, "whole")],
                s.programme_key,
            )
        )
    return claims


def listed_after(s: Sentence, start: int) -> list[Mention]:
    """The figures listed right after a partition word: "29 parents and 351 children"."""
    listed: list[Mention] = []
    for m in s.placed():
        if m.figure.start < start or (listed and m.figure.start == listed[-1].figure.start):
            continue
        if listed and (
            m.unit != listed[0].unit
            or not re.search(r",|\band\b|\bplus\b", s.between(listed[-1], m))
        ):
            break
        if not listed and re.search(r"[.;:]", s.text[start : m.figure.start]):
            break
        listed.append(m)
    return listed


def whole_before(s: Sentence, end: int, unit: str) -> Mention | None:
    before = [m for m in s.placed() if m.figure.end <= end and m.unit == unit]
    return before[-1] if before else None


# --- The same figure stated twice -------------------------------------------------------


def repeated_claims(facts: pd.DataFrame, catalogued: set[str]) -> list[dict]:
    """Each later mention of a catalogued figure (same metric, area, period, unit,
    qualifier) against its first mention in another sentence."""
    claims = []
    keys = ["metric_key", "area_key", "period_key", "unit", "qualifier"]
    ordered = facts[facts.metric_key.isin(catalogued)].sort_values("measure_key")
    for _, group in ordered.groupby(keys, sort=False):
        first, *later = [Mention(f, None) for f in group.to_dict("records")]
        for m in later:
            if m.fact["sentence"] == first.fact["sentence"]:
                continue
            claims.append(
                claim(
                    "repeated_figure",
                    m.value,
                    first.value,
                    f"{m.fact['metric_key']} is {shown(first.value)} on page "
                    f"{first.fact['page_number']} and {shown(m.value)} on page "
                    f"{m.fact['page_number']}",
                    [figure_record(first, "first mention"), figure_record(m, "mention")],
                    m.fact["programme_key"] if isinstance(m.fact["programme_key"], str) else None,
                )
            )
    return claims


# --- Extra rules named in rules.yml -----------------------------------------------------


def named_sum_claims(rule: dict, facts: pd.DataFrame) -> list[dict]:
    """One claim per part of the report stating a rule's whole and all of its parts."""
    claims = []
    ordered = facts.sort_values("measure_key")
    for programme, group in ordered.groupby(ordered.programme_key.fillna(""), sort=False):
        wholes = group[group.metric_key == rule["whole"]]
        parts = [group[group.metric_key == p] for p in rule["parts"]]
        if wholes.empty or any(p.empty for p in parts):
            continue
        whole = Mention(wholes.iloc[0].to_dict(), None)
        firsts = [Mention(p.iloc[0].to_dict(), None) for p in parts]
        total = sum(p.value for p in firsts)
        claims.append(
            claim(
                rule["name"],
                whole.value,
                total,
                f"{rule['description']}: {' + '.join(shown(p.value) for p in firsts)} = "
                f"{shown(total)}; the report gives {shown(whole.value)}",
                [figure_record(p, "part") for p in firsts] + [figure_record(whole, "whole")],
                programme or None,
                severity=rule.get("severity", "error"),
            )
        )
    return claims


def measures_of(c: dict) -> frozenset[str]:
    return frozenset(f["measure_key"] for f in json.loads(c["figures"]))


# --- All claims of one document ---------------------------------------------------------


def claims_for(
    document_key: str, facts: pd.DataFrame, catalogued: set[str] | None = None
) -> pd.DataFrame:
    """Every claim the document's own figures make, as rows for the arithmetic suite."""
    sentences = document_sentences(facts)
    found = [c for s in sentences for c in difference_claims(s)]
    found += percent_change_claims(sentences)
    found += part_whole_claims(sentences)
    if catalogued is not None:
        found += repeated_claims(facts, catalogued)
    seen = {measures_of(c) for c in found}
    for rule in rules().get("rules", []):
        found += [c for c in named_sum_claims(rule, facts) if measures_of(c) not in seen]
    return numbered(document_key, found)


def previous_year_claims(
    document_key: str, facts: pd.DataFrame, own_period: str | None, earlier: pd.DataFrame
) -> pd.DataFrame:
    """Each figure this report gives for an earlier year against that year's own report
    of the same area (earlier: those reports' facts for their own period)."""
    found = []
    if earlier.empty or facts.empty:  # no earlier report (or no district to look one up by)
        return numbered(document_key, found)
    keys = ["metric_key", "area_key", "period_key", "unit"]
    past = facts[(facts.period_key != own_period) & (facts.qualifier == "exact")]
    theirs = earlier[earlier.qualifier == "exact"].sort_values("measure_key")
    for fact in past.sort_values("measure_key").to_dict("records"):
        match = theirs
        for key in keys:
            match = match[match[key] == fact[key]]
        if match.empty:
            continue
        other = Mention(match.iloc[0].to_dict(), None)
        mine = Mention(fact, None)
        found.append(
            claim(
                "previous_year",
                mine.value,
                other.value,
                f"{fact['metric_key']} for {fact['period_key']}: this report says "
                f"{shown(mine.value)}, the {fact['period_key']} report "
                f"({other.fact.get('file_name')}) says {shown(other.value)}",
                [figure_record(mine, "previous year"), figure_record(other, "own report")],
                fact["programme_key"] if isinstance(fact["programme_key"], str) else None,
            )
        )
    return numbered(document_key, found)


def numbered(document_key: str, rows: list[dict]) -> pd.DataFrame:
    for n, row in enumerate(rows, start=1):
        row["claim_id"] = f"{document_key}:{row['check_name']}:{n}"
        row["document_key"] = document_key
    return pd.DataFrame(rows, columns=CLAIM_COLUMNS)
