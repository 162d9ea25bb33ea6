"""The DuckDB warehouse: schema, loading and reading. Owns every SQL statement."""
