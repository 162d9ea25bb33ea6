"""The Dagster code location: `dagster dev` loads this through workspace.yaml.

Each pipelines module declares its own objects; this file only merges them.
"""

import dagster as dg

from pipelines.alerting import alert_on_run_failure
from pipelines.assets import extracted_document, raw_document, star_schema
from pipelines.batch_job import ingest_batch
from pipelines.checks import report_checks
from pipelines.resources import PccConfig
from pipelines.schedules import recheck_reports, recheck_schedule
from pipelines.sensors import file_arrivals, inbox_sensor, ingest_report
from pipelines.settings import Settings

defs = dg.Definitions(
    assets=[raw_document, extracted_document, star_schema],
    asset_checks=[report_checks],
    jobs=[ingest_report, file_arrivals, recheck_reports, ingest_batch],
    sensors=[inbox_sensor, alert_on_run_failure],
    schedules=[recheck_schedule],
    resources={"pcc": PccConfig.from_settings(Settings.from_env())},
)
