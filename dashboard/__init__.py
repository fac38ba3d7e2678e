"""Metro Case governance dashboard: data, queries, figures and Streamlit pages."""
