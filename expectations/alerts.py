"""The alert a failed check sends: a Great Expectations checkpoint action.

It posts one JSON message per failing validation, naming the report, the check, the
figures (stated against computed) and the page and sentence of each figure.
"""

from __future__ import annotations

import json
import logging
import urllib.request
from typing import Literal

from great_expectations.checkpoint.actions import ValidationAction
from great_expectations.checkpoint.checkpoint import CheckpointResult

log = logging.getLogger(__name__)


class ReportAlertAction(ValidationAction):
    """POST a JSON alert to a webhook when a claim of the report fails its check."""

    type: Literal["pcc_report_alert"] = "pcc_report_alert"
    url: str
    document: dict
    claims: list[dict]

    def run(self, checkpoint_result: CheckpointResult, action_context=None) -> dict:
        failed = failed_claim_ids(checkpoint_result)
        alerts = [c for c in self.claims if c["claim_id"] in failed and c["severity"] == "error"]
        if not alerts:
            return {"sent": False}
        post_json(self.url, alert_message(self.document, alerts))
        return {"sent": True, "failures": len(alerts)}


def failed_claim_ids(checkpoint_result: CheckpointResult) -> set[str]:
    failed = set()
    for run_result in checkpoint_result.run_results.values():
        for result in run_result.results:
            for row in result.result.get("unexpected_index_list") or []:
                failed.add(row["claim_id"])
    return failed


def alert_message(document: dict, claims: list[dict]) -> dict:
    where = f"{document.get('area_name') or '?'} {document.get('period_label') or '?'}"
    lines = [
        f"{c['check_name']}: {c['description']} (stated {c['stated']:g}, "
        f"figures give {c['computed']:g})"
        for c in claims
    ]
    return {
        "text": f"pcc-warehouse: {document['file_name']} ({where}) failed "
        f"{len(claims)} check(s):\n" + "\n".join(lines),
        "document": document,
        "failures": [
            {
                "check": c["check_name"],
                "severity": c["severity"],
                "expected": c["computed"],
                "found": c["stated"],
                "description": c["description"],
                "figures": json.loads(c["figures"]),
            }
            for c in claims
        ],
    }


def post_json(url: str, message: dict) -> None:
    body = json.dumps(message, default=str).encode()
    request = urllib.request.Request(url, body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        log.info("alert posted to %s: HTTP %s", url, response.status)
