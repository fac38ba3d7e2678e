"""Live assessment: the facilitator opens a round, participants score on their phones, the presenter sees results."""

import os
import secrets
from datetime import date
from io import BytesIO

import pandas as pd
import segno
import streamlit as st

from dashboard.i18n import t
from dashboard.i18n.fmt import in_source_language, md_escape
from dashboard.store.model import ID, Refused, Round, ScoreIn
from dashboard.store.open import DATABASE_URL_ENV, state_dir
from dashboard.urls.assess import facilitator_url, participant_url
from dashboard.urls.parse import parse_choice, shown
from dashboard.web import assess_parts, cache
from dashboard.web.widgets import current_lang

lang = current_lang()
directory = cache.data_dir()
st.title(t("assess.title", lang))
store = cache.store(os.environ.get(DATABASE_URL_ENV), str(state_dir()))
practices = cache.practices(directory)
criteria = cache.criteria(directory)
titles = {p.practice_id: f"{p.practice_id} · {in_source_language(p.title_en, lang)}" for p in practices.itertuples()}
names = dict(zip(criteria["criterion_id"], criteria["name_it" if lang == "it" else "name_en"], strict=True))
raw_round = st.query_params.get("round")


def refused(error: Refused) -> None:
    """Show why input was not stored (the store's reason; escaped, it may quote what was typed)."""
    text = (t("assess.refused_entry", lang, entry=error.entry, reason=md_escape(str(error))) if error.entry
            else t("assess.refused", lang, reason=md_escape(str(error))))
    st.error(text, icon="⛔")


def home() -> None:
    """Open a round; list the rounds."""
    st.markdown(t("assess.intro", lang))
    st.header(t("assess.open_heading", lang))
    with st.form("open_round"):
        name = st.text_input(t("assess.field.name", lang), max_chars=120)
        held_on = st.date_input(t("assess.field.date", lang), value=date.today(), format="YYYY-MM-DD")
        chosen = st.multiselect(t("assess.field.practices", lang), list(titles), format_func=titles.get,
                                placeholder=t("assess.pick", lang))
        picked = st.multiselect(t("assess.field.criteria", lang), list(names),
                                default=[c for c in ("IE-2", "IE-3", "IE-4") if c in names],
                                format_func=lambda c: f"{c} · {names[c]}", placeholder=t("assess.pick", lang))
        high = st.selectbox(t("assess.field.scale", lang), [2, 3, 4, 5, 10], index=1)
        if st.form_submit_button(t("assess.open_button", lang), type="primary"):
            key = secrets.token_urlsafe(18)
            try:
                rnd = store.open_round(name, held_on.isoformat(), chosen, picked, 0, int(high), facilitator_key=key)
            except Refused as error:
                refused(error)
            else:
                st.query_params.from_dict({"round": rnd.round_id, "view": "present", "key": key,
                                           **({"lang": lang} if lang != "en" else {})})
                st.rerun()
    st.header(t("assess.rounds_heading", lang))
    rounds = store.rounds()
    if not rounds:
        st.info(t("assess.no_rounds", lang))
    for rnd in rounds:
        st.markdown(f"**{md_escape(rnd.name)}** — {md_escape(assess_parts.round_caption(rnd, lang))}")
        left, right = st.columns(2)
        left.page_link("dashboard/web/pages/assess.py", label=t("assess.scoring_link", lang),
                       query_params={"round": rnd.round_id, "lang": lang})
        right.page_link("dashboard/web/pages/assess.py", label=t("assess.presenter_link", lang),
                        query_params={"round": rnd.round_id, "view": "present", "lang": lang})


def participant(rnd: Round) -> None:
    """Score each practice of the round per criterion, with an optional comment and name."""
    st.subheader(md_escape(rnd.name))
    st.caption(assess_parts.round_caption(rnd, lang))
    if rnd.status != "open":
        st.info(t("assess.closed", lang))
        return
    me = st.query_params.get("me")
    if not isinstance(me, str) or not ID.match(me):
        me = secrets.token_hex(8)  # this browser's id, kept in its URL so a reload keeps it (flood limit per id)
        st.query_params["me"] = me
    who = st.text_input(t("assess.your_name", lang), max_chars=60, key="assess_name")
    options = [None, *range(rnd.scale_min, rnd.scale_max + 1)]
    for practice_id in rnd.practice_ids:
        with st.form(f"score-{practice_id}", clear_on_submit=True):
            st.markdown(f"**{md_escape(titles.get(practice_id, practice_id))}**")
            chosen = {c: st.radio(md_escape(f"{c} · {names.get(c, c)}"), options, horizontal=True,
                                  key=f"s-{practice_id}-{c}",
                                  format_func=lambda v: t("assess.no_score", lang) if v is None else str(v))
                      for c in rnd.criterion_ids}
            comment = st.text_input(t("assess.comment", lang), max_chars=1000, key=f"c-{practice_id}")
            if st.form_submit_button(t("assess.send", lang)):
                entries = [ScoreIn(practice_id, c, v, comment) for c, v in chosen.items() if v is not None]
                if not entries:
                    st.warning(t("assess.nothing_chosen", lang))
                    continue
                try:
                    stored = store.submit(rnd.round_id, entries, participant=who, client_id=me)
                except Refused as error:
                    refused(error)
                else:
                    st.success(t("assess.stored", lang, n=stored))


def presenter(rnd: Round) -> None:
    """The link and QR code for phones, results refreshed every few seconds, and the facilitator's close button."""
    st.subheader(md_escape(rnd.name))
    link = participant_url(st.context.url, rnd.round_id, lang)
    left, right = st.columns([1, 2])
    png = BytesIO()
    segno.make(link, error="m").save(png, kind="png", scale=6, border=2)
    left.image(png.getvalue(), caption=t("assess.qr_caption", lang), width=220)
    right.markdown(f"**{t('assess.participant_link', lang)}**")
    right.code(link, language=None)
    key = st.query_params.get("key")
    facilitator = store.is_facilitator(rnd.round_id, key)
    if facilitator:
        right.markdown(f"**{t('assess.facilitator_link', lang)}**")
        right.code(facilitator_url(st.context.url, rnd.round_id, str(key), lang), language=None)
    live(rnd.round_id)
    if not facilitator:
        st.caption(t("assess.close_needs_key", lang))
    elif rnd.status == "open" and st.button(t("assess.close", lang), type="primary"):
        store.close_round(rnd.round_id)
        st.rerun()


@st.fragment(run_every=3)
def live(round_id: str) -> None:
    """Results as they come in: the ranking with intervals, statistics per criterion, comments."""
    rnd = store.get_round(round_id)
    if rnd is None:
        return
    st.caption(assess_parts.round_caption(rnd, lang))
    st.header(t("assess.results_heading", lang))
    scores = pd.DataFrame([s.__dict__ for s in store.scores(round_id)],
                          columns=["practice_id", "criterion_id", "score", "comment", "participant", "client_id"])
    if scores.empty:
        st.info(t("assess.no_scores", lang))
        return
    assess_parts.results(rnd, scores, titles, names, lang, (practices, cache.areas(directory)))


if raw_round is None:
    home()
else:
    found = store.get_round(raw_round) if isinstance(raw_round, str) else None
    if found is None:
        st.error(t("assess.no_round", lang, value=md_escape(shown(raw_round))))
        st.page_link("dashboard/web/pages/assess.py", label=t("assess.back", lang), query_params={"lang": lang})
    else:
        missing = [p for p in found.practice_ids if p not in titles] + [c for c in found.criterion_ids
                                                                         if c not in names]
        if missing:
            st.warning(t("assess.unknown_catalogue", lang, value=md_escape(", ".join(missing))))
        view, _ = parse_choice(st.query_params.get("view"), ("score", "present"), "score")
        (presenter if view == "present" else participant)(found)
