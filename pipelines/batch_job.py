"""The Dagster job of the command line's batch (pipelines/batch.py does the work)."""

from pathlib import Path

import dagster as dg

from pipelines.batch import JOB, ingest_files
from pipelines.resources import PccConfig


class BatchConfig(dg.Config):
    files: list[str]  # the PDFs to read, load and check, in the order named


@dg.op(description="Read, file, load and check a batch of reports.")
def ingest_reports(
    context: dg.OpExecutionContext, config: BatchConfig, pcc: PccConfig
) -> list[dict]:
    return ingest_files(context, [Path(f) for f in config.files], pcc)


@dg.job(
    name=JOB,
    description="Read a batch of reports, load and check them together; each report is "
    "recorded on its own partition, as ingest_report records it.",
)
def ingest_batch():
    ingest_reports()
