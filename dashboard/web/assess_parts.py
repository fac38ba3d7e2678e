"""Parts of the Live assessment page that draw results (the page itself stays a thin router)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.exports.shortlist import shortlist_frame, shortlist_markdown
from dashboard.figures.assessment import ranking_figure
from dashboard.i18n import t
from dashboard.i18n.fmt import format_number, md_escape
from dashboard.store.model import Round
from dashboard.transform.assessment import cell_stats, ranking
from dashboard.web.widgets import table_downloads


def round_caption(rnd: Round, lang: str) -> str:
    """Date, scale and status of a round (plain text)."""
    return t("assess.round_caption", lang, date=rnd.held_on, low=rnd.scale_min, high=rnd.scale_max,
             status=t(f"assess.status.{rnd.status}", lang))


def results(rnd: Round, scores: pd.DataFrame, titles: dict[str, str], names: dict[str, str], lang: str,
            catalogue: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    """The ranking figure, the ranking and per-criterion tables with downloads, the shortlist, and the comments."""
    scale = (rnd.scale_min, rnd.scale_max)
    ranked = ranking(scores, rnd.practice_ids, scale)
    st.plotly_chart(ranking_figure(ranked, titles, scale, lang), config={"displaylogo": False})
    st.caption(t("assess.results_caption", lang, n=len(scores), people=scores["client_id"].replace("", pd.NA)
                 .nunique()))
    shown = pd.DataFrame({
        t("assess.col.rank", lang): ranked["rank"],
        t("assess.col.practice", lang): ranked["practice_id"].map(lambda p: titles.get(p, p)),
        t("assess.col.n", lang): ranked["n"],
        t("assess.col.mean", lang): [format_number(v, 2, lang) or t("na", lang) for v in ranked["mean"]],
        t("assess.col.sd", lang): [format_number(v, 2, lang) or t("na", lang) for v in ranked["sd"]],
        t("assess.col.ranks", lang): [f"{b}–{w}" if pd.notna(b) else t("na", lang)
                                      for b, w in zip(ranked["rank_best"], ranked["rank_worst"], strict=True)],
    })
    st.dataframe(shown, hide_index=True)
    table_downloads(ranked, f"metrocase_round_{rnd.round_id}_ranking", lang, key="ranking")
    practices, areas = catalogue
    if set(rnd.practice_ids) <= set(practices["practice_id"]):
        shortlist = shortlist_frame(ranked, practices, areas)
        st.markdown(f"**{t('assess.shortlist', lang)}**")
        table_downloads(shortlist, f"metrocase_round_{rnd.round_id}_shortlist", lang, formats=("csv", "xlsx"),
                        key="shortlist")
        st.download_button(t("assess.shortlist_md", lang), file_name=f"metrocase_round_{rnd.round_id}_shortlist.md",
                           data=shortlist_markdown(shortlist, rnd.name, rnd.held_on).encode("utf-8"),
                           mime="text/markdown", key="dl-shortlist-md")
    st.subheader(t("assess.cells_heading", lang))
    cells = cell_stats(scores, rnd.practice_ids, rnd.criterion_ids)
    wide = cells.assign(
        practice=cells["practice_id"].map(lambda p: titles.get(p, p)),
        text=[f"{format_number(m, 2, lang)} ± {format_number(s, 2, lang) or t('na', lang)} (n = {n})" if n
              else t("na", lang) for m, s, n in zip(cells["mean"], cells["sd"], cells["n"], strict=True)],
    ).pivot(index="practice", columns="criterion_id", values="text")
    st.dataframe(wide.rename(columns=lambda c: f"{c} · {names.get(c, c)}"))
    table_downloads(cells, f"metrocase_round_{rnd.round_id}_cells", lang, key="cells")
    comments = scores[scores["comment"].astype(str).str.strip() != ""]
    with st.expander(t("assess.comments", lang, n=len(comments))):
        for row in comments.itertuples():
            st.markdown(f"**{md_escape(titles.get(row.practice_id, row.practice_id))}** · {md_escape(row.criterion_id)}"
                        f" — {md_escape(row.comment)}" + (f" (*{md_escape(row.participant)}*)" if row.participant
                                                           else ""))
