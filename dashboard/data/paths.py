"""Where the project's files live; every entry point can override the data directory."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = ROOT / "data"
QUERIES_DIR = ROOT / "queries"
VIEWS_DIR = QUERIES_DIR / "views"
