"""A round's shortlist in the fields of an Interreg Europe good-practice entry, ranked (no Streamlit)."""

from __future__ import annotations

import math

import pandas as pd

from dashboard.i18n import t

MAX_TITLE = 100  # the entry form's limit on titles
NOT_IN_SOURCES = "not found in the sources read; to be written by the partner"
COLUMNS = [
    "rank", "practice_id", "title", "location", "summary", "resources_needed", "evidence_of_success",
    "potential_for_transfer", "sources", "n_scores", "mean_score", "ci_low", "ci_high", "rank_best", "rank_worst",
    "title_full", "missing",
]


def short_title(text: str) -> str:
    """Return a title of at most 100 characters, cut at a word and marked with … where it was longer."""
    if len(text) <= MAX_TITLE:
        return text
    cut = text[: MAX_TITLE - 1].rsplit(" ", 1)[0].rstrip(" ,;:-–")
    return cut + "…"


def shortlist_frame(ranked: pd.DataFrame, practices: pd.DataFrame, areas: pd.DataFrame) -> pd.DataFrame:
    """Join the ranking to the catalogue: one row per practice of the round, best first; missing stays empty."""
    catalogue = practices.set_index("practice_id")
    places = areas.set_index("area_id")
    rows = []
    for r in ranked.itertuples():
        p = catalogue.loc[r.practice_id]
        area = places.loc[p["area_id"]]
        sources = [p["source_url"], *str(p["other_sources"] or "").split(" ; "), p["interreg_gp_url"]]
        evidence = p["evidence_of_results"] if isinstance(p["evidence_of_results"], str) else ""
        missing = ["resources_needed", "potential_for_transfer"] + ([] if evidence else ["evidence_of_success"])
        rows.append({
            "rank": None if pd.isna(r.rank) else int(r.rank), "practice_id": r.practice_id,
            "title": short_title(p["title_en"]), "location": f"{area['core_city_en']}, {area['name_en']} "
            f"({area['country']})", "summary": p["description"], "resources_needed": "",
            "evidence_of_success": evidence, "potential_for_transfer": "",
            "sources": " ; ".join(dict.fromkeys(s.strip() for s in sources if isinstance(s, str) and s.strip())),
            "n_scores": int(r.n), "mean_score": _num(r.mean), "ci_low": _num(r.ci_low), "ci_high": _num(r.ci_high),
            "rank_best": None if pd.isna(r.rank_best) else int(r.rank_best),
            "rank_worst": None if pd.isna(r.rank_worst) else int(r.rank_worst),
            "title_full": p["title_en"], "missing": f"{', '.join(missing)}: {NOT_IN_SOURCES}",
        })
    return pd.DataFrame(rows, columns=COLUMNS)


def _num(value: object) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else round(float(value), 3)


def shortlist_markdown(frame: pd.DataFrame, round_name: str, held_on: str, lang: str = "en") -> str:
    """Return the shortlist as Markdown: one section per practice, every field named, n/a with its reason."""
    na = t("na.reason", lang, reason=NOT_IN_SOURCES)
    lines = [f"# Shortlist: {_plain(round_name)} ({held_on})", "",
             "Ranked by the round's mean score (95% interval; possible ranks in brackets). Scores of the round's "
             "participants, not an official validation.", ""]
    for row in frame.itertuples():
        head = f"{row.rank}. " if row.rank is not None and not pd.isna(row.rank) else ""
        score = (f"{row.mean_score:.2f} [{row.ci_low:.2f}–{row.ci_high:.2f}], n = {row.n_scores}, ranks "
                 f"{int(row.rank_best)}–{int(row.rank_worst)}" if row.n_scores else "no score")
        lines += [f"## {head}{_plain(row.title)}", "", f"- **Practice:** {row.practice_id}",
                  f"- **Score:** {score}", f"- **Location:** {_plain(row.location)}",
                  f"- **Summary:** {_plain(row.summary)}",
                  f"- **Resources needed:** {_plain(row.resources_needed) or na}",
                  f"- **Evidence of success:** {_plain(row.evidence_of_success) or na}",
                  f"- **Potential for learning or transfer:** {_plain(row.potential_for_transfer) or na}",
                  f"- **Sources:** {_plain(row.sources)}", ""]
    return "\n".join(lines)


def _plain(text: object) -> str:
    """Text from data or users as literal Markdown: no line breaks, Markdown's special characters escaped."""
    value = "" if text is None or (isinstance(text, float) and math.isnan(text)) else str(text)
    value = " ".join(value.split())
    return "".join("\\" + ch if ch in "\\`*_{}[]<>()#+!|" else ch for ch in value)
