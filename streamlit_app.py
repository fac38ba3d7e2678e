"""Entry point: only routes. Pages live in dashboard/app_pages/."""

import streamlit as st

from dashboard.i18n import t
from dashboard.widgets import language, require_data

st.set_page_config(page_title="Metro Case", layout="wide")
lang = language()
require_data(lang)
pages = [
    st.Page("dashboard/app_pages/overview.py", title=t("nav.overview", lang), url_path="overview", default=True),
    st.Page("dashboard/app_pages/compare.py", title=t("nav.compare", lang), url_path="compare"),
    st.Page("dashboard/app_pages/governance.py", title=t("nav.governance", lang), url_path="governance"),
    st.Page("dashboard/app_pages/plans.py", title=t("nav.plans", lang), url_path="plans"),
    st.Page("dashboard/app_pages/data.py", title=t("nav.data", lang), url_path="data"),
    st.Page("dashboard/app_pages/about.py", title=t("nav.about", lang), url_path="about"),
]
st.navigation(pages).run()
