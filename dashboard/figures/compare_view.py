"""One Compare view from prepared rows: the chart or map figure with its caption, and the table (no Streamlit)."""

from __future__ import annotations

from collections.abc import Mapping

import geopandas as gpd
import pandas as pd
import plotly.graph_objects as go

from dashboard.cards import alt_text
from dashboard.cards.celltext import na_text
from dashboard.figures import charts, maps
from dashboard.figures.captions import (
    OWN,
    caption_lines,
    indicator_name,
    missing_items,
    missing_text,
    unit_label,
    with_labels,
)
from dashboard.i18n import code_label, t
from dashboard.i18n.fmt import format_number, in_source_language
from dashboard.transform.series import FLAG_LETTERS, Prepared, in_range, in_year
from dashboard.transform.view_state import CompareState

TITLE_CHARS = 80  # about what fits on one line of a figure on the page at 1280 px
TABLE_COLUMNS = [
    "label", "indicator_id", "geo", "nuts_code", "year", "value", "raw_value", "unit", "flag", "status", "source",
    "note", "missing",
]


def _decimals(catalog: pd.Series, state: CompareState) -> int:
    """Decimals shown: the catalogue's, one more for index and per-capita values."""
    base = int(catalog["decimals"]) if pd.notna(catalog["decimals"]) else 0
    return 1 if state.norm == "index" else (0 if state.norm == "per_capita" else base)


def chart(
    prepared: Prepared,
    catalog: pd.DataFrame,
    state: CompareState,
    areas: pd.DataFrame,
    body_types: Mapping[str, str],
    lang: str,
) -> tuple[go.Figure, list[str]]:
    """Return the Chart tab's figure (ranking, lines, multiples or scatter) and its caption lines."""
    meta = catalog.loc[state.ind]
    title = indicator_name(meta, lang)
    unit = unit_label(meta, state, prepared.base_year, lang)
    common = {"title": title, "lang": lang, "colour": state.colour, "body_types": body_types}
    if state.chart == "scatter" and prepared.x_rows is not None and prepared.x_indicator:
        x_meta = catalog.loc[prepared.x_indicator]
        y_rows = with_labels(in_year(prepared.rows, prepared.year), areas, lang)
        x_rows = with_labels(in_year(prepared.x_rows, prepared.year), areas, lang)
        fig = charts.scatter_chart(
            y_rows, x_rows, y_unit=str(meta[f"unit_{lang}"]), x_unit=str(x_meta[f"unit_{lang}"]),
            y_decimals=int(meta["decimals"]), x_decimals=int(x_meta["decimals"]), **common,
        )
        scatter_title = f"{title} × {indicator_name(x_meta, lang)} ({prepared.year or '–'})"
        if len(scatter_title) > TITLE_CHARS:  # two lines rather than a title cut at the figure's edge at 1280 px
            scatter_title = scatter_title.replace(" × ", "<br>× ", 1)
            fig.update_layout(margin={"t": 80})
        fig.update_layout(title_text=scatter_title)
        lines = caption_lines(y_rows, meta, state, areas, lang, year=prepared.year, scatter_x=x_meta)
        x_state = state.with_(ind=prepared.x_indicator, norm="none", bench=())
        x_lines = caption_lines(x_rows, x_meta, x_state, areas, lang, year=prepared.year)
        x_gaps = missing_items(x_rows, lang)
        lines.insert(1, x_lines[0])  # the x indicator's name, source and unit
        if x_gaps:
            lines.append(f"x · {t('caption.missing', lang, items='; '.join(x_gaps))}")
        return fig, lines
    builder = {"bar": charts.bar_chart, "multiples": charts.multiples_chart}.get(state.chart, charts.line_chart)
    if state.chart == "bar":
        rows = with_labels(in_year(prepared.rows, prepared.year), areas, lang)
        lines = caption_lines(rows, meta, state, areas, lang, year=prepared.year, base=prepared.base_year)
        title = f"{title} ({prepared.year or '–'})"
    else:
        rows = with_labels(in_range(prepared), areas, lang)
        lines = caption_lines(rows, meta, state, areas, lang, years=(prepared.year_from, prepared.year_to),
                              base=prepared.base_year)
    level = _is_level(meta)
    extra = {"highlight": state.highlight} if builder is charts.line_chart else {}
    fig = builder(
        rows, unit=unit, decimals=_decimals(meta, state), indicator_id=state.ind, norm=state.norm, level=level,
        **{**common, "title": title}, **extra,
    )
    if state.chart == "multiples":
        lines.append(t(f"fig.multiples.{charts.multiples_scale(rows, state.norm)}", lang))
        if charts.splits_totals(rows, level, state.norm):
            lines.append(t("fig.multiples.no_totals", lang))
    return fig, lines


def _is_level(meta: pd.Series) -> bool:
    """True for a level (a total that sums over territories: the catalogue's summable), not a rate or ratio."""
    value = meta.get("summable")
    return bool(value) if value is not None and not pd.isna(value) else False


def map_figure(
    prepared: Prepared,
    catalog: pd.DataFrame,
    state: CompareState,
    areas: pd.DataFrame,
    body_types: Mapping[str, str],
    lang: str,
    regions: gpd.GeoDataFrame | None,
    countries: gpd.GeoDataFrame | None,
) -> tuple[go.Figure, list[str]]:
    """Return the Map tab's figure (regions, or symbols when boundaries are missing) and its caption lines."""
    meta = catalog.loc[state.ind]
    title = indicator_name(meta, lang)
    unit = unit_label(meta, state, prepared.base_year, lang)
    rows = with_labels(in_year(prepared.rows, prepared.year), areas, lang)
    area_rows = rows[rows["kind"] == "area"]
    common = {"title": title, "unit": unit, "decimals": _decimals(meta, state), "year": prepared.year, "lang": lang}
    if regions is not None:
        fig = maps.choropleth_map(area_rows, areas, regions, countries, body_types=body_types, **common)
    else:
        fig = maps.symbol_map(area_rows, areas, countries, **common)
    map_state = state.with_(bench=(), colour="area")
    lines = caption_lines(area_rows, meta, map_state, areas, lang, year=prepared.year, base=prepared.base_year)
    if regions is not None:
        n = len(maps.quantile_classes(area_rows["value"].dropna().tolist()))
        if n:
            lines.append(t("fig.map.classes", lang, n=n))
    bench_rows = rows[rows["kind"] == "benchmark"]
    if not bench_rows.empty:  # the map has no region for a benchmark: say which, with the value the chart shows
        items = "; ".join(
            f"{r['label']} {format_number(r['value'], _decimals(meta, state), lang) or t('fig.no_data', lang)}"
            for _, r in bench_rows.iterrows()
        )
        lines.append(t("fig.map.benchmarks", lang, items=items))
    lines.append(t("map.note", lang) if regions is not None else t("map.fallback", lang))
    if regions is not None and (area_rows["value"].notna() & (area_rows["region"] != OWN)).any():
        lines.append(t("map.proxy_note", lang))
    lines.append(t("map.attribution", lang))
    return fig, lines


def description(
    prepared: Prepared, catalog: pd.DataFrame, state: CompareState, areas: pd.DataFrame, lang: str
) -> str:
    """The Compare figure's text alternative: highest and lowest in the year shown, or the period and the changes."""
    meta = catalog.loc[state.ind]
    title, unit = indicator_name(meta, lang), unit_label(meta, state, prepared.base_year, lang)
    decimals = 1 if state.norm == "index" else int(meta["decimals"]) if pd.notna(meta["decimals"]) else 0
    if state.view == "map" or state.chart in ("bar", "scatter"):
        rows = with_labels(in_year(prepared.rows, prepared.year), areas, lang)
        return alt_text.ranking_alt(rows, title, unit, decimals, prepared.year, lang)
    return alt_text.change_alt(with_labels(in_range(prepared), areas, lang), title, unit, decimals, lang)


def table(
    prepared: Prepared, catalog: pd.DataFrame, state: CompareState, areas: pd.DataFrame, lang: str
) -> pd.DataFrame:
    """Return the rows behind the chart as a flat table with machine ids (status, missing codes): for downloads."""
    meta = catalog.loc[state.ind]
    single = state.view == "map" or state.chart in ("bar", "scatter")
    rows = in_year(prepared.rows, prepared.year) if single else in_range(prepared)
    rows = with_labels(rows, areas, lang).assign(
        indicator_id=state.ind, unit=unit_label(meta, state, prepared.base_year, lang)
    )
    frames = [rows]
    if state.chart == "scatter" and prepared.x_rows is not None and prepared.x_indicator:
        x_meta = catalog.loc[prepared.x_indicator]
        x_rows = with_labels(in_year(prepared.x_rows, prepared.year), areas, lang)
        frames.append(x_rows.assign(indicator_id=prepared.x_indicator, unit=str(x_meta[f"unit_{lang}"])))
    return pd.concat(frames, ignore_index=True)[TABLE_COLUMNS]


def _flag_text(flag: object, lang: str) -> str:
    """Return the meaning of a value's producer flags ('e = stimato'), '' if it has none."""
    letters = "" if flag is None or pd.isna(flag) else str(flag)
    return "; ".join(t(f"flag.{letter}", lang) for letter in FLAG_LETTERS if letter in letters)


def table_display(rows: pd.DataFrame, catalog: pd.DataFrame, state: CompareState, lang: str) -> pd.DataFrame:
    """Return the table as shown, headed in lang: names, numbers in the locale's format, n/a with the reason.

    Downloads keep table()'s machine ids and raw numbers; here no id, None or NaN reaches the reader.
    """
    names = {ind: indicator_name(catalog.loc[ind], lang) for ind in dict.fromkeys(rows["indicator_id"])}

    def shown(row: pd.Series, column: str) -> str:
        meta = catalog.loc[row["indicator_id"]]
        decimals = _decimals(meta, state) if column == "value" and row["indicator_id"] == state.ind else (
            int(meta["decimals"]) if pd.notna(meta["decimals"]) else 0)
        text = format_number(row[column], decimals, lang)
        if text is not None:
            return text
        return na_text(missing_text(row["missing"], lang) if row["missing"] else "", lang)

    table = {
        t("col.series", lang): rows["label"],
        t("col.indicator", lang): rows["indicator_id"].map(names),
        t("col.year", lang): rows["year"].map(lambda y: "" if pd.isna(y) else str(int(y))),
        t("col.value", lang): [shown(r, "value") for _, r in rows.iterrows()],
    }
    if state.norm != "none":  # the published value beside an index or per-capita value
        table[t("col.raw_value", lang)] = [shown(r, "raw_value") for _, r in rows.iterrows()]
    table |= {
        t("col.unit", lang): rows["unit"],
        t("col.nuts", lang): rows["nuts_code"].fillna(""),
        t("col.flag_meaning", lang): [_flag_text(f, lang) for f in rows["flag"]],
        t("col.status", lang): [code_label("status", s, lang) for s in rows["status"]],
        t("col.source", lang): [in_source_language(s, lang) for s in rows["source"]],
        t("col.note", lang): [in_source_language(n, lang) for n in rows["note"]],
    }
    return pd.DataFrame(table).reset_index(drop=True)
