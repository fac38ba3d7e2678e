"""The command line: check, export (python -m dashboard ...)."""
