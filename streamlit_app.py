"""Entry point: only routes. Pages live in dashboard/web/pages/."""

import streamlit as st

from dashboard.i18n import t
from dashboard.web.cache import script_slots
from dashboard.web.present import chrome, is_presenting
from dashboard.web.widgets import comparison_set_choice, language, require_data

presenting = is_presenting()  # present=1: any page without sidebar, toolbar or menu, in large type
st.set_page_config(page_title="Metro Case", layout="wide", initial_sidebar_state="collapsed" if presenting else "auto")
if presenting:
    chrome()
lang = language()
require_data(lang)
comparison_set_choice(lang)
pages = [
    st.Page("dashboard/web/pages/overview.py", title=t("nav.overview", lang), url_path="overview", default=True),
    st.Page("dashboard/web/pages/compare.py", title=t("nav.compare", lang), url_path="compare"),
    st.Page("dashboard/web/pages/governance.py", title=t("nav.governance", lang), url_path="governance"),
    st.Page("dashboard/web/pages/plans.py", title=t("nav.plans", lang), url_path="plans"),
    st.Page("dashboard/web/pages/practices.py", title=t("nav.practices", lang), url_path="practices"),
    st.Page("dashboard/web/pages/assess.py", title=t("nav.assess", lang), url_path="assess"),
    st.Page("dashboard/web/pages/data.py", title=t("nav.data", lang), url_path="data"),
    st.Page("dashboard/web/pages/submit.py", title=t("nav.submit", lang), url_path="submit"),
    st.Page("dashboard/web/pages/story.py", title=t("nav.story", lang), url_path="story"),
    st.Page("dashboard/web/pages/about.py", title=t("nav.about", lang), url_path="about"),
]
# At most a few pages run at once (cache.script_slots): the rest wait without the GIL, so the event loop and
# /_stcore/health keep answering in a crowd.
with script_slots():
    st.navigation(pages).run()
