"""Pure transforms of query results: the series a view shows, normalisation, breaks (no URL parsing, no Streamlit)."""
