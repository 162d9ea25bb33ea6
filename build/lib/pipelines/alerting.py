"""Alerts on a failed run (check failures alert through the checkpoints' own action,
expectations/alerts.py): a Dagster run-failure sensor for runs the daemon sees (`dagster
dev` runs it), and the same alert from `pcc-warehouse ingest` for its own runs. A ledger
makes it one alert per failure when both see it."""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from pipelines.settings import Settings, alert_ledger


@dg.run_failure_sensor(
    name="alert_on_run_failure",
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Webhook and e-mail alert when a run fails (PCC_ALERT_WEBHOOK_URL, PCC_SMTP_*).",
)
def alert_on_run_failure(context: dg.RunFailureSensorContext):
    ledger = alert_ledger(Settings.from_env().warehouse)
    sent = alert_failed_run(context.instance, context.dagster_run, ledger)
    return dg.SkipReason(f"alert sent by {', '.join(sent)}" if sent else "no alert delivered")


def alert_failed_run(instance: dg.DagsterInstance, run: dg.DagsterRun, ledger: Path) -> list[str]:
    """Send the alert for a failed run: which report, which step, what error."""
    from expectations.alerts import AlertSettings, deliver, run_failure_alert
    from pipelines.runs import failure_reason

    settings = AlertSettings.from_env()
    if not settings.channels():
        return []
    errors = [
        (event.step_key, failure_reason(event.dagster_event.step_failure_data))
        for event in instance.all_logs(run.run_id, of_type=dg.DagsterEventType.STEP_FAILURE)
    ] or [("run", "the run failed")]
    alert = run_failure_alert(run.run_id, run.job_name, run.tags.get("dagster/partition"), errors)
    return deliver(alert, settings, ledger)
