"""Data-quality suites and rules, run by Great Expectations. Import GX lazily: it is slow."""
