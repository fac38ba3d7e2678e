"""The Streamlit edge: cache wrappers, widgets and the thin pages (the only layer that imports streamlit)."""
