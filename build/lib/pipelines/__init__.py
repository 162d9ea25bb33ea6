"""Dagster wiring and the command line. Owns no logic of its own: it calls extract,
transform, warehouse and expectations."""
