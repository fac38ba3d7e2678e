"""Data access and checks: the data directory's files, their check, DuckDB and the named queries (lowest layer)."""
