"""Alerts that reach people: a webhook (JSON with Slack-compatible `text`) and e-mail.

`ReportAlertAction` is a Great Expectations checkpoint action (stored in the checkpoints of
expectations/gx): when an error-severity expectation fails it sends one alert naming the
district, year, check, each failing claim's figures (expected against found, page and
sentence) with a PNG of the page region, figures highlighted. Delivery is retried and
logged; it never raises, so it cannot fail or hide the data-quality result. A ledger of
what was delivered makes it one alert per failure, not one per retry or re-run.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import smtplib
import time
import urllib.request
from contextvars import ContextVar
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Literal

from great_expectations.checkpoint.actions import ValidationAction
from great_expectations.checkpoint.checkpoint import CheckpointResult

from expectations.snapshots import Snapshot, snapshots_of

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AlertSettings:
    """Where alerts go, from PCC_ALERT_WEBHOOK_URL and PCC_SMTP_* (see README)."""

    webhook_url: str | None = None
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_from: str = "pcc-warehouse@localhost"
    smtp_to: tuple[str, ...] = ()
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_starttls: bool = False
    attempts: int = 3
    retry_seconds: float = 2.0

    @classmethod
    def from_env(cls, env=os.environ) -> AlertSettings:
        return cls(
            webhook_url=env.get("PCC_ALERT_WEBHOOK_URL") or None,
            smtp_host=env.get("PCC_SMTP_HOST") or None,
            smtp_port=int(env.get("PCC_SMTP_PORT") or 25),
            smtp_from=env.get("PCC_SMTP_FROM") or "pcc-warehouse@localhost",
            smtp_to=tuple(a.strip() for a in (env.get("PCC_SMTP_TO") or "").split(",") if a),
            smtp_user=env.get("PCC_SMTP_USER") or None,
            smtp_password=env.get("PCC_SMTP_PASSWORD") or None,
            smtp_starttls=(env.get("PCC_SMTP_STARTTLS") or "").lower() in ("1", "true", "yes"),
            attempts=int(env.get("PCC_ALERT_ATTEMPTS") or 3),
            retry_seconds=float(env.get("PCC_ALERT_RETRY_SECONDS") or 2.0),
        )

    def channels(self) -> list[str]:
        found = ["webhook"] if self.webhook_url else []
        return found + (["email"] if self.smtp_host and self.smtp_to else [])


@dataclass
class Alert:
    """One message: a subject, a plain text, a JSON body, and page pictures."""

    subject: str
    text: str
    body: dict
    fingerprints: list[str]
    pictures: list[Snapshot] = field(default_factory=list)


# --- The checkpoint action --------------------------------------------------------------


@dataclass
class AlertTarget:
    """What one checkpoint run's alert is about, and where it goes."""

    check: str
    document: dict
    claims: list[dict]
    pdfs: dict[str, Path]
    ledger_dir: Path | None
    settings: AlertSettings


# The checkpoint run in progress in this thread: the stored checkpoint stays as saved (GX
# refuses to run a changed one), its action finds what it alerts about here: one target,
# or one per report when a batch of reports is validated in one run (expectations/batch.py).
CURRENT_TARGET: ContextVar[AlertTarget | list[AlertTarget] | None] = ContextVar(
    "pcc_alert_target", default=None
)


class ReportAlertAction(ValidationAction):
    """Alert on the checkpoint's error-severity failures (GX severity "critical"), one
    alert per report with failures."""

    type: Literal["pcc_report_alert"] = "pcc_report_alert"

    def run(self, checkpoint_result: CheckpointResult, action_context=None) -> dict:
        targets = CURRENT_TARGET.get()
        targets = [targets] if isinstance(targets, AlertTarget) else targets or []
        sent = []
        for target in targets:
            key = target.document.get("document_key") if len(targets) > 1 else None
            sent += alert_target(checkpoint_result, target, key)
        return {"sent": sent}


def alert_target(checkpoint_result: CheckpointResult, target: AlertTarget, key) -> list[str]:
    """The alert about one report (`key`: its rows alone, in a batch's results)."""
    try:
        failures = error_failures(checkpoint_result, target.claims, key)
        prints = failure_prints(target.document, target.check, failures)
        if not failures or not unsent_channels(prints, target.settings, target.ledger_dir):
            return []  # nothing to say, or said already: no pictures rendered
        alert = check_alert(target.document, target.check, failures, target.pdfs)
        return deliver(alert, target.settings, target.ledger_dir)
    except Exception:  # an alert must never hide the data-quality result
        log.exception("pcc-warehouse: could not build or send the alert")
        return []


def error_failures(
    checkpoint_result: CheckpointResult, claims: list[dict], document_key: str | None = None
) -> list[dict]:
    """What failed at error severity: the claims GX flagged, or the expectation itself
    when the suite is about a table rather than claims. With a document_key, only that
    report's rows count (a batch's results hold every report's)."""
    by_id = {c["claim_id"]: c for c in claims}
    failures, seen = [], set()
    for run in checkpoint_result.run_results.values():
        for result in run.results:
            config = result.expectation_config
            if result.success or severity_of(config) != "error":
                continue
            rows = result.result.get("unexpected_index_list") or []
            if document_key is not None and rows:
                rows = [r for r in rows if of_document(r, document_key, by_id)]
                if not rows:
                    continue  # another report's failure
            ids = [r.get("claim_id") for r in rows if isinstance(r, dict)]
            if ids and all(i in by_id for i in ids):
                for i in ids:
                    if i not in seen:
                        seen.add(i)
                        failures.append(claim_failure(by_id[i]))
            else:
                failures.append(expectation_failure(run.suite_name, config, result.result, rows))
    return failures


def of_document(row, document_key: str, claims: dict) -> bool:
    if not isinstance(row, dict):
        return True
    if "claim_id" in row:
        return row["claim_id"] in claims
    return row.get("document_key", document_key) == document_key


def severity_of(config) -> str:
    """An expectation's severity as pcc-warehouse names it: GX "critical" is an error,
    anything softer a warning."""
    severity = getattr(config, "severity", "critical")
    return "error" if str(getattr(severity, "value", severity)).lower() == "critical" else "warn"


def claim_failure(c: dict) -> dict:
    figures = json.loads(c["figures"]) if isinstance(c["figures"], str) else c["figures"]
    return {
        "check": c["check_name"],
        "severity": c["severity"],
        "expected": c["expected"],
        "found": c["found"],
        "allowed": [c["low"], c["high"]],
        "description": c["description"],
        "figures": figures,
    }


def expectation_failure(suite: str, config, result: dict, rows: list | None = None) -> dict:
    found = len(rows) if rows else result.get("unexpected_count", result.get("observed_value"))
    rows = rows or result.get("unexpected_index_list") or result.get("partial_unexpected_list")
    rows = rows or []
    return {
        "check": f"{suite}: {config.description or config.type}",
        "severity": "error",
        "expected": config.description or config.type,
        "found": f"{found} failing row(s): {json.dumps(rows[:10], default=str)}",
        "description": f"{config.type} {json.dumps(config.kwargs, default=str)}",
        "figures": [],
    }


# --- The message ------------------------------------------------------------------------


def where(document: dict) -> str:
    district = document.get("area_name") or "unknown district"
    return f"{district} {document.get('period_label') or 'unknown year'}"


def number(value) -> str:
    return f"{value:,.10g}" if isinstance(value, int | float) else str(value)


def figure_line(f: dict) -> str:
    return (
        f"    {number(f['value'])} ({f['role']}, {f['metric']}) on page {f['page']} of "
        f"{f.get('file_name') or '?'}: \u201c{f['sentence']}\u201d"
    )


def check_alert(document: dict, check: str, failures: list[dict], pdfs: dict) -> Alert:
    title = (
        f"pcc-warehouse: {where(document)} ({document.get('file_name', '?')}) failed "
        f"check {check}: {len(failures)} error(s)"
    )
    lines = [f":rotating_light: {title}"]
    for f in failures:
        lines.append(
            f"\u2022 {f['check']}: expected {number(f['expected'])}, found {number(f['found'])}"
            f" \u2014 {f['description']}"
        )
        lines += [figure_line(fig) for fig in f["figures"]]
    pictures = snapshots_of([fig for f in failures for fig in f["figures"]], pdfs)
    body = {
        "text": "\n".join(lines),
        "kind": "check_failed",
        "district": document.get("area_name"),
        "year": document.get("period_label"),
        "document": {k: str(v) for k, v in document.items()},
        "check": check,
        "failures": failures,
        "pictures": [picture_json(p) for p in pictures],
    }
    return Alert(title, body["text"], body, failure_prints(document, check, failures), pictures)


def failure_prints(document: dict, check: str, failures: list[dict]) -> list[str]:
    """What identifies each failure across retries and re-runs of the same content."""
    sha = document.get("sha256") or document.get("document_key", "")
    return [
        fingerprint(sha, check, f["check"], f["description"], str(f["found"])) for f in failures
    ]


def picture_json(p: Snapshot) -> dict:
    return {
        "file_name": p.file_name,
        "page": p.page,
        "region": list(p.region),
        "content_type": "image/png",
        "png_base64": base64.b64encode(p.png).decode(),
    }


def fingerprint(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


# --- Delivery ---------------------------------------------------------------------------


def deliver(alert: Alert, settings: AlertSettings, ledger: Path | None) -> list[str]:
    """Send on each configured channel not yet used for this failure; returns the
    channels that delivered. Failures are retried, logged, never raised."""
    sent = []
    for channel in unsent_channels(alert.fingerprints, settings, ledger):
        send = post_webhook if channel == "webhook" else send_email
        if with_retries(lambda s=send: s(alert, settings), settings, channel):
            sent.append(channel)
            if ledger:
                record_sent(ledger, channel, alert.fingerprints)
    return sent


def with_retries(send, settings: AlertSettings, channel: str) -> bool:
    for attempt in range(1, settings.attempts + 1):
        try:
            send()
            return True
        except Exception as exc:
            log.warning(
                "pcc-warehouse: %s alert failed (attempt %d of %d): %s",
                channel,
                attempt,
                settings.attempts,
                exc,
            )
            if attempt < settings.attempts:
                time.sleep(settings.retry_seconds * attempt)
    log.error("pcc-warehouse: %s alert not delivered after %d attempts", channel, settings.attempts)
    return False


def post_webhook(alert: Alert, settings: AlertSettings) -> None:
    body = json.dumps(alert.body, default=str).encode()
    request = urllib.request.Request(
        settings.webhook_url, body, {"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=15) as response:
        log.info(
            "pcc-warehouse: alert posted to %s: HTTP %s", settings.webhook_url, response.status
        )


def send_email(alert: Alert, settings: AlertSettings) -> None:
    message = EmailMessage()
    message["Subject"] = alert.subject
    message["From"] = settings.smtp_from
    message["To"] = ", ".join(settings.smtp_to)
    message.set_content(alert.text)
    for p in alert.pictures:
        name = f"{Path(p.file_name).stem}-page{p.page}.png"
        message.add_attachment(p.png, maintype="image", subtype="png", filename=name)
    with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=15) as smtp:
        if settings.smtp_starttls:
            smtp.starttls()
        if settings.smtp_user:
            smtp.login(settings.smtp_user, settings.smtp_password or "")
        smtp.send_message(message)
    log.info("pcc-warehouse: alert e-mailed to %s", message["To"])


def unsent_channels(fingerprints: list[str], settings: AlertSettings, ledger: Path | None):
    """The configured channels that have not yet delivered these failures."""
    unsent = []
    for channel in settings.channels():
        entries = [ledger / f"{channel}-{f}" for f in fingerprints] if ledger else []
        if entries and all(e.exists() for e in entries):
            for entry in entries:
                entry.touch()  # consulted: still in use, so retention keeps it
            continue
        unsent.append(channel)
    return unsent


def record_sent(ledger: Path, channel: str, fingerprints: list[str]) -> None:
    ledger.mkdir(parents=True, exist_ok=True)
    for f in fingerprints:
        (ledger / f"{channel}-{f}").touch()


# --- A failed run -----------------------------------------------------------------------


def run_failure_alert(run_id: str, job: str, partition: str | None, errors: list[tuple]) -> Alert:
    """The alert for a Dagster run that failed: which report, which step, what error.
    errors: (step key, message) per failed step."""
    about = f"report {partition}" if partition else f"job {job}"
    title = f"pcc-warehouse: the run for {about} failed"
    lines = [f":x: {title} (run {run_id})"]
    lines += [f"\u2022 {step}: {message}" for step, message in errors] or [
        "\u2022 (no step failed)"
    ]
    body = {
        "text": "\n".join(lines),
        "kind": "run_failed",
        "run_id": run_id,
        "job": job,
        "partition": partition,
        "errors": [{"step": step, "message": message} for step, message in errors],
    }
    first = errors[0][1].splitlines()[0] if errors and errors[0][1] else ""
    prints = [fingerprint("run", job, partition or run_id, *(s for s, _ in errors), first)]
    return Alert(title, body["text"], body, prints)
