"""Submit data: a partner downloads its template, signs in with its key, uploads, sees problems or changes, confirms."""

from pathlib import Path

import streamlit as st

from dashboard.i18n import t
from dashboard.i18n.fmt import md_escape
from dashboard.updates import partners, versions
from dashboard.updates.submission import area_regions
from dashboard.updates.template import template_csv, template_xlsx
from dashboard.updates.upload import MAX_BYTES
from dashboard.web import cache
from dashboard.web.widgets import current_lang

PREVIEW = "submit_preview"  # session state: (area, file hash, base version) of the file previewed

lang = current_lang()
st.title(t("submit.title", lang))
st.markdown(t("submit.intro", lang))
root = cache.data_root()
if root is None:
    st.info(t("submit.off", lang))
    st.stop()

directory = cache.data_dir()
area = st.selectbox(t("submit.area", lang), sorted(area_regions(Path(directory))))
st.header(t("submit.template_heading", lang))
left, right = st.columns(2)
left.download_button(t("submit.template_csv", lang), template_csv(Path(directory), area),
                     f"metrocase-template-{area}.csv", "text/csv", on_click="ignore")
right.download_button(t("submit.template_xlsx", lang), template_xlsx(Path(directory), area),
                      f"metrocase-template-{area}.xlsx",
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", on_click="ignore")

st.header(t("submit.upload_heading", lang))
key = st.text_input(t("submit.key", lang), type="password", max_chars=200)
upload = st.file_uploader(t("submit.file", lang), type=["csv", "xlsx", "txt"], max_upload_size=MAX_BYTES // 1_000_000)


def show_problems(problems: list[str]) -> None:
    """List every problem, escaped (they quote what the partner typed)."""
    st.error(t("submit.problems", lang, n=len(problems)), icon="⛔")
    st.markdown("\n".join(f"- {md_escape(p)}" for p in problems[:100]))


if st.button(t("submit.check", lang), type="primary"):
    st.session_state.pop(PREVIEW, None)
    if not key or upload is None:
        st.warning(t("submit.need_both", lang))
    else:
        payload = upload.getvalue()
        try:
            outcome = partners.submit(root, area, key, payload, dry_run=True)
        except partners.KeyRefused:
            st.error(t("submit.key_refused", lang, area=area), icon="⛔")
        else:
            if outcome.problems:
                show_problems(outcome.problems)
            else:
                st.session_state[PREVIEW] = (area, versions.sha256(payload), outcome.base, outcome)

preview = st.session_state.get(PREVIEW)
if preview and upload is not None and preview[0] == area and preview[1] == versions.sha256(upload.getvalue()):
    _, _, base, outcome = preview
    st.caption(t("submit.read_as", lang, how=outcome.how))
    st.header(t("submit.preview_heading", lang, base=base))
    for rel, change in outcome.changes.items():
        st.markdown(t("submit.counts", lang, file=md_escape(rel), **change.counts()))
        st.markdown("\n".join(f"- {md_escape(example)}" for example in change.examples))
    if st.button(t("submit.confirm", lang)):
        try:
            done = partners.submit(root, area, key, upload.getvalue(), expect_base=base)
        except versions.UpdateRefused as error:
            st.error(t("submit.refused", lang, reason=md_escape(str(error))), icon="⛔")
        else:
            if done.problems:
                show_problems(done.problems)
            else:
                st.session_state.pop(PREVIEW, None)
                st.success(t("submit.accepted", lang, version=done.version), icon="✅")
