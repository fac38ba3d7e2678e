"""Figure builders returning Plotly figures: charts, maps, captions, governance and plan figures (no Streamlit)."""
