"""PDF to document model. Knows pdfplumber; knows nothing of DuckDB or Dagster."""

from extract.document import extract_document
from extract.errors import UnreadableReport
from extract.model import Box, Cell, Document, Paragraph, Section, TableRow, Word

__all__ = [
    "Box",
    "Cell",
    "Document",
    "Paragraph",
    "Section",
    "TableRow",
    "UnreadableReport",
    "Word",
    "extract_document",
]
