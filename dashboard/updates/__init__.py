"""Updates of a data directory: staged, checked, diffed, promoted as a new version, logged (no Streamlit)."""
