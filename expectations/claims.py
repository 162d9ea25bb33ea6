"""Claims: what a report's figures say about each other, one row per claim to check.

A claim is a row Great Expectations can check: the figure the report states (`found`)
against what its other figures give (`expected`, allowed between `low` and `high`), with
the figures behind it for the alert. The sentence-level claims (parts and wholes,
differences, percentage changes) were found once, by the transform, and stored in
`fact_claim` / `fact_claim_term`; here they are only evaluated. The fact-level ones (a
figure stated twice, a previous year against its own report, sums named in rules.yml)
are found from the facts.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd
import yaml

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


STATED_ROLE = {"part_whole": "whole", "change_difference": "change"}
STATED_ROLE |= {"percent_change": "percent change", "repeated_figure": "mention"}
STATED_ROLE |= {"rate": "rate", "share": "share"}


@dataclass(frozen=True)
class Mention:
    """A fact_measure row."""

    fact: dict

    @property
    def value(self) -> float:
        return float(self.fact["value"])


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


# --- Stored claims: parts and wholes, differences, percentage changes ------------------


def rounding(value: float) -> float:
    """Half a unit of the last digit stated: 30 -> 0.5, 3.3 -> 0.05."""
    text = f"{value:.10g}"
    decimals = len(text.split(".")[1]) if "." in text else 0
    return 0.5 * 10**-decimals


def evaluate(
    kind: str,
    stated: float,
    terms: list[tuple[str, float]],
    direction=None,
    unit="count",
    qualifier="exact",
) -> dict:
    """What a claim's other figures give for its stated one: expected, low, high (to six
    decimals, as the figures are printed) and a description. terms are (role, value):
    parts, or the 'from' and 'to' of a change. A qualified figure ("over 24%", "some
    281") holds on its side of what the figures give."""
    found = widened(expectation(kind, stated, terms, direction, unit), qualifier)
    return found | {k: round(found[k], 6) for k in ("expected", "low", "high")}


APPROXIMATE = 0.1  # "around 30%", "some 281": within a tenth of what the figures give


def widened(found: dict, qualifier: str) -> dict:
    expected, low, high = found["expected"], found["low"], found["high"]
    if qualifier == "more_than":  # "over 24%": the figures give at least 24
        low = min(0.0, low)
    elif qualifier == "less_than":  # "almost 20%", "just under 300": at most
        high = max(high, abs(expected) * 10)
    elif qualifier == "approximately":
        low, high = low - APPROXIMATE * abs(expected), high + APPROXIMATE * abs(expected)
    else:
        return found
    return found | {
        "low": low,
        "high": high,
        "description": f"{found['description']} ({qualifier.replace('_', ' ')})",
    }


def expectation(
    kind: str, stated: float, terms: list[tuple[str, float]], direction, unit: str
) -> dict:
    if kind == "rate":
        count = next(v for role, v in terms if role == "count")
        base = next(v for role, v in terms if role == "base")
        size = re.match(r"per_(\d+)_", unit)  # per_1000_population -> 1000
        per = int(size.group(1)) if size else 1  # per_reoffender -> 1
        rate = count / base * per if base else 0.0
        tolerance = rounding(stated)
        text = f"{shown(count)} / {shown(base)} × {per:,} is {rate:.3g}; the report says "
        text += shown(stated)
        return {"expected": rate, "low": rate - tolerance, "high": rate + tolerance} | {
            "description": text
        }
    if kind == "share":
        part = next(v for role, v in terms if role == "part")
        whole = next(v for role, v in terms if role == "whole")
        share = 100 * part / whole if whole else 0.0
        tolerance = rounding(stated)
        text = f"{shown(part)} of {shown(whole)} is {share:.1f}%; the report says {shown(stated)}%"
        return {"expected": share, "low": share - tolerance, "high": share + tolerance} | {
            "description": text
        }
    if kind == "repeated_figure":
        first = terms[0][1]
        text = f"stated as {shown(first)} before and as {shown(stated)} here"
        return {"expected": first, "low": first, "high": first, "description": text}
    if kind == "part_whole":
        parts = [v for role, v in terms if role == "part"]
        total = sum(parts)
        terms_text = " + ".join(shown(v) for v in parts)
        text = f"{terms_text} = {shown(total)}; the report gives the whole as {shown(stated)}"
        return {"expected": total, "low": total, "high": total, "description": text}
    before, after = levels(dict(terms), direction)
    moved = "less" if after < before else "more"
    signed = (before - after) if direction == "decrease" else (after - before)
    said = {"decrease": "less", "increase": "more"}.get(direction, "change")
    if kind == "change_difference":
        expected = signed if direction else abs(after - before)
        text = (
            f"from {shown(before)} to {shown(after)} is {shown(abs(after - before))} {moved}"
            f"; the report says {shown(stated)} {said}"
        )
        return {"expected": expected, "low": expected, "high": expected, "description": text}
    expected = 100 * (signed if direction else abs(after - before)) / before if before else 0.0
    tolerance = rounding(stated)
    word = "reduction" if after < before else "increase"
    moved_by = abs(100 * (after - before) / before) if before else 0.0
    text = (
        f"from {shown(before)} to {shown(after)} is a {moved_by:.1f}% {word}"
        f"; the report says a {shown(stated)}% {direction or 'change'}"
    )
    return {
        "expected": expected,
        "low": expected - tolerance,
        "high": expected + tolerance,
        "description": text,
    }


def levels(terms: dict[str, float], direction: str | None) -> tuple[float, float]:
    """(from, to) of a change; one of them implied by the other and the change in count
    ("down 412 (8.1%) to 4,690": from 5,102)."""
    sign = -1 if direction == "decrease" else 1
    if "from" not in terms:
        return terms["to"] - sign * terms["change"], terms["to"]
    if "to" not in terms:
        return terms["from"], terms["from"] + sign * terms["change"]
    return terms["from"], terms["to"]


def stored_claims(claims: pd.DataFrame, terms: pd.DataFrame, facts: pd.DataFrame) -> list[dict]:
    """The claims the transform found, evaluated against the figures they name."""
    by_key = {f["measure_key"]: Mention(f) for f in facts.to_dict("records")}
    found = []
    for c in claims.to_dict("records"):
        stated = by_key.get(c["stated_measure_key"])
        own = terms[terms.claim_key == c["claim_key"]].sort_values("term_order")
        mentions = [(t.term_role, by_key.get(t.measure_key)) for t in own.itertuples()]
        if stated is None or any(m is None for _, m in mentions):
            continue
        result = evaluate(
            c["claim_kind"],
            stated.value,
            [(role, m.value) for role, m in mentions],
            stated.fact.get("direction"),
            stated.fact["unit"],
            stated.fact.get("qualifier") or "exact",
        )
        roles = [figure_record(m, role) for role, m in mentions]
        programme = c["programme_key"] if isinstance(c["programme_key"], str) else None
        row = claim(
            c["claim_kind"],
            stated.value,
            result["expected"],
            result["description"],
            roles + [figure_record(stated, STATED_ROLE[c["claim_kind"]])],
            programme,
        )
        row["low"], row["high"] = round(result["low"], 6), round(result["high"], 6)
        row["claim_key"] = c["claim_key"]
        found.append(row)
    return found


# --- Extra rules named in rules.yml -----------------------------------------------------


def named_sum_claims(rule: dict, facts: pd.DataFrame, activities: dict[str, str]) -> list[dict]:
    """One claim per part of the report stating a rule's whole and all of its parts (of
    the programmes whose Activity matches the rule's `programme` pattern, if it has one)."""
    claims = []
    ordered = in_reading_order(facts)
    for programme, group in ordered.groupby(ordered.programme_key.fillna(""), sort=False):
        pattern = rule.get("programme")
        if pattern and not re.search(pattern, activities.get(programme, ""), re.I):
            continue
        wholes = group[group.metric_key == rule["whole"]]
        parts = [group[group.metric_key == p] for p in rule["parts"]]
        if wholes.empty or any(p.empty for p in parts):
            continue
        whole = Mention(wholes.iloc[0].to_dict())
        firsts = [Mention(p.iloc[0].to_dict()) for p in parts]
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


def in_reading_order(facts: pd.DataFrame) -> pd.DataFrame:
    if "reading_order" in facts and facts.reading_order.notna().all():
        return facts.sort_values("reading_order")
    return facts.sort_values("measure_key")  # rows loaded before reading_order existed


def claims_for(
    document_key: str,
    facts: pd.DataFrame,
    claims: pd.DataFrame,
    terms: pd.DataFrame,
    programmes: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Every claim the document's own figures make, as rows for the arithmetic suite: the
    stored ones (fact_claim) evaluated, and the fact-level ones found."""
    found = stored_claims(claims, terms, facts)
    seen = {measures_of(c) for c in found}
    for rule in rules().get("rules", []):
        activities = (
            {} if programmes is None else dict(zip(programmes.programme_key, programmes.activity))
        )
        found += [
            c for c in named_sum_claims(rule, facts, activities) if measures_of(c) not in seen
        ]
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
    if "noun_phrase" in facts and "noun_phrase" in earlier:  # the same quantity, not only metric
        keys.append("noun_phrase")
    past = facts[(facts.period_key != own_period) & (facts.qualifier == "exact")]
    if "period_basis" in past:  # only figures whose period the words fix
        past = past[past.period_basis == "stated"]
    theirs = in_reading_order(earlier[earlier.qualifier == "exact"])
    for fact in in_reading_order(past).to_dict("records"):
        match = theirs
        for key in keys:
            match = match[match[key] == fact[key]]
        if match.empty:
            continue
        other = Mention(match.iloc[0].to_dict())
        mine = Mention(fact)
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
        row["claim_id"] = row.get("claim_key") or f"{document_key}:{row['check_name']}:{n}"
        row["document_key"] = document_key
    return pd.DataFrame(rows, columns=CLAIM_COLUMNS)
