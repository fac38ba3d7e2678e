"""A story in presenter view (/story?id=…&step=…): one view full width, stepped with buttons and the keyboard."""

import streamlit as st

from dashboard.data.stories import STORY_ID
from dashboard.i18n import t
from dashboard.i18n.fmt import md_escape
from dashboard.urls.parse import parse_choice, shown
from dashboard.urls.story import STEP_PARAM, parse_step, step_problems
from dashboard.web import cache
from dashboard.web.present import chrome, keyboard
from dashboard.web.story_view import context, draw_step
from dashboard.web.widgets import current_lang

PAGE = "dashboard/web/pages/story.py"

lang = current_lang()
directory = cache.data_dir()
chrome()
raw_id = st.query_params.get("id")
story = cache.story(directory, raw_id) if isinstance(raw_id, str) and STORY_ID.match(raw_id) else None


def set_step(number: int) -> None:
    """Button callback: the step lives in the URL, so a reload stays on it."""
    st.query_params[STEP_PARAM] = str(number)


def toggle(param: str) -> None:
    """Button callback: switch a 0/1 view option in the URL (the description under the figure)."""
    if st.query_params.get(param) == "1":
        del st.query_params[param]
    else:
        st.query_params[param] = "1"


if story is None:  # no story asked for, or none of that name: the list of stories
    st.title(t("story.title", lang))
    if raw_id is not None:
        st.warning(t("story.unknown", lang, value=md_escape(shown(raw_id))), icon="⚠️")
    st.markdown(t("story.intro", lang))
    found = cache.story_list(directory)
    if not found:
        st.info(t("story.none", lang))
    for item in found:
        query = {"id": item.story_id, "step": "1", **({"lang": lang} if lang != "en" else {})}
        st.page_link(PAGE, label=t("story.open", lang, title=item.title(lang), n=len(item.steps)),
                     icon=":material/slideshow:", query_params=query)
        st.page_link(PAGE, label=t("story.open_notes", lang), icon=":material/speaker_notes:",
                     query_params={**query, "notes": "1"})
    st.stop()

total = len(story.steps)
number, bad = parse_step(st.query_params.get(STEP_PARAM), total)
st.query_params[STEP_PARAM] = str(number)
notes, _ = parse_choice(st.query_params.get("notes"), ("0", "1"), "0")
described, _ = parse_choice(st.query_params.get("alt"), ("0", "1"), "0")
step = story.steps[number - 1]
keyboard()

st.title(step.title(lang))
with st.container(horizontal=True, key="story-bar"):
    st.caption(f"{md_escape(story.title(lang))} · {t('story.counter', lang, n=number, total=total)}")
    st.space("stretch")
    st.button(t("story.previous", lang), key="story-prev", icon=":material/arrow_back:", disabled=number <= 1,
              on_click=set_step, args=(number - 1,))
    st.button(t("story.next", lang), key="story-next", icon=":material/arrow_forward:", disabled=number >= total,
              on_click=set_step, args=(number + 1,))
    st.button(t("story.hide_description" if described == "1" else "story.describe", lang), key="story-describe",
              icon=":material/description:", on_click=toggle, args=("alt",))
if bad is not None:
    st.warning(t("story.bad_step", lang, value=md_escape(bad), n=total), icon="⚠️")
ctx = context(directory)
problems = step_problems(step, ctx)
if problems:  # check refuses such a story; a data folder served without check still never shows a wrong view
    st.error(t("story.step_refused", lang, n=number, file=f"stories/{story.story_id}.yaml",
               problems=md_escape("; ".join(problems))), icon="🚫")
else:
    drawn = draw_step(step, ctx, directory, lang)
    if drawn.lines:
        st.caption(" ".join(drawn.lines[:3]))
    # The description is always in the page for screen readers; shown under the figure on request.
    with st.container(key="story-alt" if described == "1" else "story-alt-sr"):
        st.markdown(f"**{t('story.description', lang)}:** {md_escape(drawn.description)}")
    if len(drawn.lines) > 3:
        with st.expander(t("story.more", lang)):
            st.caption("\n\n".join(drawn.lines[3:]))

if notes == "1":  # the speaker view
    st.info(f"**{t('story.notes', lang)}:** {md_escape(step.note(lang))}", icon="🗒️")
    st.caption(t("story.keys", lang))
    if not problems:
        st.page_link(drawn.page, label=t("story.open_page", lang), icon=":material/open_in_new:",
                     query_params=drawn.params)
