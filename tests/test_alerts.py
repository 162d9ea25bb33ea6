"""Alerts reach people: a real HTTP server and a real SMTP server (aiosmtpd) on 127.0.0.1
receive them; one alert per failure, retried when delivery fails, never hiding the result."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import dagster as dg
import pdfplumber
from conftest import WAREHOUSE, ingest_here, query
from PIL import Image
from sinks import WebhookSink, free_port

RESOLUTION = 100  # dots per inch the pictures are rendered at (expectations/snapshots.py)


def alert_env(monkeypatch, webhook=None, smtp=None, attempts=3, retry_seconds=0.1):
    if webhook:
        monkeypatch.setenv("PCC_ALERT_WEBHOOK_URL", webhook.url)
    if smtp:
        monkeypatch.setenv("PCC_SMTP_HOST", "127.0.0.1")
        monkeypatch.setenv("PCC_SMTP_PORT", str(smtp.port))
        monkeypatch.setenv("PCC_SMTP_FROM", "warehouse@example.org")
        monkeypatch.setenv("PCC_SMTP_TO", "analyst@example.org,pcc@example.org")
    monkeypatch.setenv("PCC_ALERT_ATTEMPTS", str(attempts))
    monkeypatch.setenv("PCC_ALERT_RETRY_SECONDS", str(retry_seconds))


def rerun_checks(workdir: Path, key: str):
    """Run the report's partition again (a retry or a re-execution from the UI)."""
    from pipelines.definitions import defs
    from pipelines.resources import PccConfig
    from pipelines.settings import Settings

    settings = Settings.from_env(workdir / WAREHOUSE)
    return dg.materialize(
        [*defs.assets, *defs.asset_checks],
        partition_key=key,
        instance=dg.DagsterInstance.get(),
        resources={"pcc": PccConfig.from_settings(settings)},
    )


def broken_sum_report(workdir: Path) -> Path:
    """The sample's texts with the Youth Justice whole wrong: 381 people, 29 + 351 parts."""
    from pdfgen import render_report, sample_like_report

    report = sample_like_report()
    row = next(p for p in report.programmes if "380 people" in " ".join(p.outcomes))
    row.outcomes = [t.replace("380 people", "381 people") for t in row.outcomes]
    return render_report(report, workdir / "wirral-2018-19.pdf")


def word_box(pdf: Path, text: str, on_page: int | None = None) -> tuple[int, tuple]:
    """Page and box of the number of "381 people", found by pdfplumber's own search; when
    a line break splits the phrase, the number alone (it must be the page's only one)."""
    number = text.split()[0]
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            if on_page not in (None, page.page_number):
                continue
            found = page.search(text) or page.search(rf"(?<![\d,.]){number}(?![\d,.])")
            if found:
                assert len(found) == 1, f"{text!r} stands {len(found)} times on the page"
                m = found[0]
                return page.page_number, (m["x0"], m["top"], m["x1"], m["bottom"])
    raise AssertionError(f"{text!r} not in {pdf}")


# --- A broken sum: one webhook post, one e-mail, the facts and a picture ----------------


def test_an_error_alerts_by_webhook_and_email_with_figures_and_picture(
    workdir, webhook, smtp, monkeypatch
):
    alert_env(monkeypatch, webhook, smtp)
    pdf = broken_sum_report(workdir)

    assert ingest_here(pdf, workdir) == 1

    [alert] = webhook.received
    assert (alert["kind"], alert["district"], alert["year"]) == (
        "check_failed",
        "Wirral",
        "2018/19",
    )
    assert alert["check"] == "arithmetic"
    assert alert["document"]["file_name"] == "wirral-2018-19.pdf"
    [failure] = alert["failures"]
    assert (failure["check"], failure["severity"]) == ("part_whole", "error")
    assert (failure["found"], failure["expected"]) == (381, 380)
    sentence_1 = (
        "Over the year the Youth Justice Service delivered 669 interventions to 381 people."
    )
    sentence_2 = "This comprised 29 parents and 351 children or young people."
    page, box_381 = word_box(pdf, "381 people")
    assert [(f["role"], f["value"], f["page"], f["sentence"]) for f in failure["figures"]] == [
        ("part", 29, page, sentence_2),
        ("part", 351, page, sentence_2),
        ("whole", 381, page, sentence_1),
    ]
    text = alert["text"]
    for words in ["Wirral 2018/19", "arithmetic", "part_whole", "expected 380, found 381"]:
        assert words in text
    assert sentence_1 in text and sentence_2 in text and f"page {page}" in text

    [picture] = alert["pictures"]
    png = base64.b64decode(picture["png_base64"])
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    assert picture["page"] == page
    x0, top, x1, bottom = picture["region"]
    for word in ["381 people", "29 parents", "351 children"]:
        _, (wx0, wtop, wx1, wbottom) = word_box(pdf, word, on_page=page)
        assert x0 <= wx0 and wx1 <= x1 and top <= wtop and wbottom <= bottom
    scale = RESOLUTION / 72
    assert abs(image.width - (x1 - x0) * scale) <= 2
    assert abs(image.height - (bottom - top) * scale) <= 2
    # The highlight: red pixels on the outline of "381" (the number's left edge).
    rgb = image.convert("RGB")
    left = int((box_381[0] - x0) * scale)
    middle = int(((box_381[1] + box_381[3]) / 2 - top) * scale)
    reds = [rgb.getpixel((left + dx, middle)) for dx in range(-3, 4)]
    assert any(r > 180 and g < 80 and b < 80 for r, g, b in reds), reds

    [mail] = smtp.messages
    assert mail["From"] == "warehouse@example.org"
    assert mail["To"] == "analyst@example.org, pcc@example.org"
    assert "Wirral 2018/19" in mail["Subject"] and "arithmetic" in mail["Subject"]
    parts = list(mail.walk())
    body = next(p for p in parts if p.get_content_type() == "text/plain").get_payload(decode=True)
    assert "expected 380, found 381" in body.decode() and sentence_1 in body.decode()
    [attachment] = [p for p in parts if p.get_content_type() == "image/png"]
    assert attachment.get_filename() == f"wirral-2018-19-page{page}.png"
    assert attachment.get_payload(decode=True) == png


def test_one_alert_per_failure_not_per_rerun(workdir, webhook, monkeypatch):
    alert_env(monkeypatch, webhook)
    pdf = broken_sum_report(workdir)

    assert ingest_here(pdf, workdir) == 1
    assert rerun_checks(workdir, "wirral-2018-19").success  # a second evaluation

    assert len(webhook.received) == 1
    # Both evaluations are kept: history.
    assert query(
        workdir / WAREHOUSE,
        "SELECT count(*) FROM fact_check_result WHERE check_name = 'part_whole'",
    ) == [(2,)]


def test_all_good_sends_no_alert(workdir, webhook, smtp, monkeypatch):
    from pdfgen import render_report, sample_like_report

    alert_env(monkeypatch, webhook, smtp)
    assert ingest_here(render_report(sample_like_report(), workdir / "wirral.pdf"), workdir) == 0
    assert webhook.received == [] and smtp.messages == []


def test_a_failed_delivery_is_retried(workdir, monkeypatch):
    sink = WebhookSink(fail=1)
    try:
        alert_env(monkeypatch, sink)
        assert ingest_here(broken_sum_report(workdir), workdir) == 1
        assert sink.attempts == 2 and len(sink.received) == 1
    finally:
        sink.close()


def test_an_undeliverable_alert_is_logged_and_hides_nothing(workdir, smtp, monkeypatch, capfd):
    dead = f"http://127.0.0.1:{free_port()}/nobody-listens"
    monkeypatch.setenv("PCC_ALERT_WEBHOOK_URL", dead)
    alert_env(monkeypatch, smtp=smtp, attempts=2)

    assert ingest_here(broken_sum_report(workdir), workdir) == 1

    assert query(
        workdir / WAREHOUSE,
        "SELECT passed, observed, expected FROM fact_check_result WHERE NOT passed",
    ) == [(False, "381", "380")]
    assert len(smtp.messages) == 1  # the other channel still delivers
    # Logged on stderr by the process that runs the checks (the batch's checker).
    assert "webhook alert not delivered after 2 attempts" in capfd.readouterr().err


# --- A failed run -----------------------------------------------------------------------


def test_a_failed_run_alerts_once(workdir, webhook, monkeypatch):
    from pipelines.alerting import alert_on_run_failure
    from pipelines.definitions import defs
    from pipelines.resources import PccConfig
    from pipelines.settings import Settings

    alert_env(monkeypatch, webhook)
    monkeypatch.setenv("PCC_DATA_DIR", str(workdir / "data"))
    filed = workdir / "data" / "inbox" / "broken-2019-20"  # filed under its partition
    filed.mkdir(parents=True)
    (filed / "broken-2019-20.pdf").write_bytes(b"%PDF-1.4\nnot really a pdf\n")
    instance = dg.DagsterInstance.ephemeral()
    instance.add_dynamic_partitions("reports", ["broken-2019-20"])
    result = dg.materialize(
        [*defs.assets, *defs.asset_checks],
        partition_key="broken-2019-20",
        instance=instance,
        resources={"pcc": PccConfig.from_settings(Settings.from_env())},
        raise_on_error=False,
    )
    assert not result.success
    run = instance.get_run_by_id(result.run_id)
    failure = next(
        e
        for e in instance.all_logs(result.run_id)
        if e.dagster_event_type == dg.DagsterEventType.RUN_FAILURE
    )

    for _ in range(2):  # the sensor sees the same failure twice: one alert
        context = dg.build_run_status_sensor_context(
            sensor_name="alert_on_run_failure",
            dagster_instance=instance,
            dagster_run=run,
            dagster_event=failure.dagster_event,
        ).for_run_failure()
        alert_on_run_failure(context)

    [alert] = webhook.received
    assert (alert["kind"], alert["partition"]) == ("run_failed", "broken-2019-20")
    [error] = alert["errors"]
    assert error["step"] == "reports__extracted_document"
    assert "broken-2019-20.pdf" in error["message"]
    assert "the run for report broken-2019-20 failed" in alert["text"]


def test_a_report_that_cannot_be_read_alerts_from_the_command_line(workdir, webhook, monkeypatch):
    alert_env(monkeypatch, webhook)
    broken = workdir / "broken-2019-20.pdf"
    broken.write_bytes(b"%PDF-1.4\nnot really a pdf\n")

    assert ingest_here(broken, workdir) == 3
    assert ingest_here(broken, workdir) == 3  # the same failure again: no second alert

    # An unreadable file's identity is its content's: doc-<sha256 prefix>.
    import hashlib

    from transform.identity import content_key

    key = content_key(hashlib.sha256(broken.read_bytes()).hexdigest())
    [alert] = webhook.received
    assert (alert["kind"], alert["partition"]) == ("run_failed", key)
    [error] = alert["errors"]
    assert error["step"] == "reports__extracted_document"
    assert error["message"].startswith("broken-2019-20.pdf: ")
