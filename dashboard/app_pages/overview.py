"""Overview: what Metro Case is, and the eight areas as cards with sourced facts."""

import streamlit as st

from dashboard import cache
from dashboard.cards import card_markdown
from dashboard.fmt import md_link
from dashboard.i18n import t
from dashboard.widgets import current_lang

PROJECT_URL = "https://www.interregeurope.eu/metro-case/policy-instruments"
CARDS_PER_ROW = 4

lang = current_lang()
st.title(t("overview.title", lang))
st.markdown(t("overview.intro", lang))
st.markdown(md_link(t("overview.project_link", lang), PROJECT_URL))

st.header(t("overview.areas_heading", lang))
cards = cache.area_cards(cache.data_dir())
st.caption(t("overview.caption", lang))
for start in range(0, len(cards), CARDS_PER_ROW):
    columns = st.columns(CARDS_PER_ROW)
    for column, (_, card) in zip(columns, cards.iloc[start : start + CARDS_PER_ROW].iterrows(), strict=False):
        with column.container(border=True):
            st.markdown(card_markdown(card, lang))
