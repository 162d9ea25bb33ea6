"""The assets: raw document -> extracted document -> star-schema tables, and their checks.

One partition per report, keyed by its identity from its content (transform/identity.py).
"""

import warnings
from dataclasses import dataclass
from pathlib import Path

import dagster as dg

from extract import Document, UnreadableReport, extract_document
from extract.pages import sha256_of
from pipelines import inbox
from pipelines.batch import heap_frozen
from pipelines.resources import PccConfig
from warehouse import store

warnings.filterwarnings("ignore", category=dg.PreviewWarning)
warnings.filterwarnings("ignore", category=dg.BetaWarning)

reports = dg.DynamicPartitionsDefinition(name="reports")
STAR_TABLES = ["dim_document", "dim_area", "dim_period", "dim_programme", "dim_metric"]
FACT_TABLES = ["fact_measure", "fact_claim", "fact_claim_term"]
FACT_MEASURE = dg.AssetKey(["warehouse", "fact_measure"])
# The store's lock file makes writers take turns; the pool lets a deployment on Postgres
# storage also queue load steps in Dagster (limit 1 in dagster.yaml; none by default).
WAREHOUSE_POOL = "warehouse"


@dataclass(frozen=True)
class RawDocument:
    path: Path
    file_name: str
    sha256: str
    size: int


@dg.asset(
    key=["reports", "raw_document"],
    partitions_def=reports,
    group_name="reports",
    kinds={"pdf"},
)
def raw_document(context: dg.AssetExecutionContext, pcc: PccConfig) -> dg.Output[RawDocument]:
    """The report PDF as received in the inbox, identified by its sha256."""
    path = inbox.find(pcc.inbox_path, context.partition_key)
    raw = RawDocument(path, path.name, sha256_of(path), path.stat().st_size)
    return dg.Output(raw, metadata={"file": raw.file_name, "sha256": raw.sha256, "bytes": raw.size})


@dg.asset(
    key=["reports", "extracted_document"],
    partitions_def=reports,
    group_name="reports",
    kinds={"pdfplumber"},
    ins={"raw": dg.AssetIn(key=["reports", "raw_document"])},
)
def extracted_document(raw: RawDocument) -> dg.Output[Document]:
    """The report's running title, headings, prose paragraphs and table rows (pdfplumber)."""
    try:
        with heap_frozen():
            document = extract_document(raw.path)
    except UnreadableReport as exc:
        raise dg.Failure(description=str(exc), metadata={"file": raw.file_name}) from None
    return dg.Output(
        document,
        metadata={
            "pages": document.page_count,
            "headings": dg.MetadataValue.json(document.headings),
            "paragraphs": sum(len(s.paragraphs) for s in document.sections),
            "table_rows": len(document.rows),
        },
    )


@dg.multi_asset(
    specs=[
        dg.AssetSpec(["warehouse", t], deps=[["reports", "extracted_document"]], kinds={"duckdb"})
        for t in [*STAR_TABLES, *FACT_TABLES]
    ],
    partitions_def=reports,
    group_name="warehouse",
    pool=WAREHOUSE_POOL,
    ins={"document": dg.AssetIn(key=["reports", "extracted_document"])},
)
def star_schema(context: dg.AssetExecutionContext, pcc: PccConfig, document: Document):
    """The report's rows in the DuckDB star schema, replaced and published in one step."""
    from transform.identity import report_key  # spaCy: imported where it runs
    from transform.star import to_star

    key = report_key(document)
    if key != context.partition_key:  # filed by hand in another report's folder
        reason = f"it is report {key}, not {context.partition_key}: drop it at the inbox's top"
        raise dg.Failure(description=f"{document.file_name}: {reason}")
    star = to_star(document, key)
    for warning in star.warnings:
        context.log.warning(f"{document.file_name}: {warning}")
    replaced = store.load_document(pcc.warehouse_path, star.document_key, star.tables)
    if replaced:
        context.log.info(f"{document.file_name}: a new version of {key}, replaces {replaced}")
    for table, rows in star.tables.items():
        yield dg.MaterializeResult(
            asset_key=["warehouse", table],
            metadata={
                "rows": len(rows),
                "document_key": key,
                **(
                    {"replaced": dg.MetadataValue.json(replaced_metadata(replaced))}
                    if replaced
                    else {}
                ),
                "warnings": dg.MetadataValue.json(star.warnings),
                "preview": dg.MetadataValue.md(rows.head(10).to_markdown(index=False)),
            },
        )


def replaced_metadata(replaced: dict | None) -> dict | None:
    """The version a load replaced (file, sha256, load time), as JSON for the run."""
    if not replaced:
        return None
    return {k: str(v) for k, v in replaced.items()}
