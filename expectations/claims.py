"""Claims: what the report's figures say about each other, one row per claim.

A claim is a row Great Expectations can check: what the report states against what
its own figures compute to, with the figures behind it for the alert.
"""

from __future__ import annotations

import json

import pandas as pd

from transform.measures import catalog

CLAIM_COLUMNS = [
    "claim_id",
    "check_name",
    "document_key",
    "programme_key",
    "severity",
    "stated",
    "computed",
    "description",
    "figures",
]


def figure_record(row: pd.Series) -> dict:
    return {
        "metric": row.metric_key,
        "value": row.value,
        "page": int(row.page_number),
        "sentence": row.sentence,
        "bbox": [row.x0, row.top, row.x1, row.bottom],
    }


def sum_claims(rule: dict, facts: pd.DataFrame) -> list[dict]:
    """One claim per part of the report (a programme, or the overview) stating the whole
    and all of its parts."""
    claims = []
    for programme, group in facts.groupby(facts.programme_key.fillna(""), sort=False):
        wholes = group[group.metric_key == rule["whole"]]
        parts = [group[group.metric_key == p] for p in rule["parts"]]
        if wholes.empty or any(p.empty for p in parts):
            continue
        whole, firsts = wholes.iloc[0], [p.iloc[0] for p in parts]
        terms = " + ".join(f"{p.metric_key} {p.value:g}" for p in firsts)
        claims.append(
            {
                "check_name": rule["name"],
                "programme_key": programme or None,
                "severity": rule.get("severity", "error"),
                "stated": float(whole.value),
                "computed": float(sum(p.value for p in firsts)),
                "description": f"{terms} = {whole.metric_key} {whole.value:g}",
                "figures": json.dumps([figure_record(r) for r in [*firsts, whole]]),
            }
        )
    return claims


RULE_KINDS = {"sum": sum_claims}


def claims_for(document_key: str, facts: pd.DataFrame) -> pd.DataFrame:
    """Every claim the catalog's rules find in one document's facts."""
    _, rules = catalog()
    rows = [c for rule in rules for c in RULE_KINDS[rule["kind"]](rule, facts)]
    for n, row in enumerate(rows, start=1):
        row["claim_id"] = f"{document_key}:{row['check_name']}:{n}"
        row["document_key"] = document_key
    return pd.DataFrame(rows, columns=CLAIM_COLUMNS)


def rule_names() -> list[str]:
    return [rule["name"] for rule in catalog()[1]]
