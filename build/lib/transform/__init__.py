"""Document model to star-schema rows. Knows nothing of files, DuckDB or Dagster."""
