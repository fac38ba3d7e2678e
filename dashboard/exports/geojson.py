"""An Export as GeoJSON: each row a feature, joined to NUTS 2021 boundaries (no Streamlit).

Which outline a row gets (choice documented in README):
- an area's headline row: the dissolved union of the area's NUTS-3 regions (the area as the dashboard approximates
  it), even where the value itself was measured on a NUTS-2 proxy (nuts_code says so);
- a component row: its own NUTS-3 region;
- a country benchmark: the NUTS-0 country outline; EU27_2020 has none (null geometry).
The `boundary` column names the regions drawn.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import geopandas as gpd
import pandas as pd
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from dashboard.data import geo
from dashboard.exports.table import Export, column_description
from dashboard.i18n import t

ATTRIBUTION_KEY = "about.boundaries"


class BoundariesUnavailable(RuntimeError):
    """The NUTS boundary files are neither in the data folder's geo/, nor in the cache folder, nor downloadable."""


def load_export_boundaries(
    data_dir: Path | str, allow_download: bool | None = None
) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame | None]:
    """Return the NUTS-3 and (if present) NUTS-0 boundaries; raise BoundariesUnavailable without NUTS-3."""
    nuts3 = geo.load_boundaries(data_dir, "nuts3", allow_download=allow_download)
    if nuts3 is None:
        raise BoundariesUnavailable(
            f"no NUTS boundary files in {Path(data_dir) / geo.EMBEDDED_DIR} (checked against its SHA256SUMS) "
            f"or {geo.geo_dir()} (set {geo.GEO_DIR_ENV} to a folder holding the GISCO files, "
            "or allow the one-time download from GISCO)"
        )
    return nuts3, geo.load_boundaries(data_dir, "nuts0", allow_download=allow_download)


def _codes(row: pd.Series, area_regions: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    if row["geo_kind"] == "area":
        if row["series"] == "component":
            return (row["nuts_code"],)
        return tuple(area_regions.get(row["geo"], ()))
    return (row["geo"],)


def join_boundaries(
    values: pd.DataFrame,
    area_regions: Mapping[str, Sequence[str]],
    nuts3: gpd.GeoDataFrame,
    nuts0: gpd.GeoDataFrame | None,
) -> gpd.GeoDataFrame:
    """Return the rows as a GeoDataFrame (EPSG:4326) with a `boundary` column naming the regions drawn."""
    shapes: dict[str, BaseGeometry] = dict(zip(nuts3["NUTS_ID"], nuts3.geometry, strict=True))
    if nuts0 is not None:
        shapes.update(zip(nuts0["NUTS_ID"], nuts0.geometry, strict=True))
    joined: dict[tuple[str, ...], tuple[str, BaseGeometry | None]] = {}
    boundaries, geometries = [], []
    for _, row in values.iterrows():
        codes = _codes(row, area_regions)
        if codes not in joined:
            found = [c for c in codes if c in shapes]
            # Only a complete set of regions is drawn: a partial union would misstate the area.
            complete = bool(found) and len(found) == len(codes)
            joined[codes] = ("+".join(found), unary_union([shapes[c] for c in found])) if complete else ("", None)
        boundary, shape = joined[codes]
        boundaries.append(boundary or None)
        geometries.append(shape)
    out = values.copy()
    out["boundary"] = pd.Series(boundaries, index=values.index, dtype=values["geo"].dtype)
    return gpd.GeoDataFrame(out, geometry=geometries, crs="EPSG:4326")


def to_geojson_bytes(frame: gpd.GeoDataFrame, metadata: Mapping[str, object] | None = None) -> bytes:
    """Return a GeoJSON FeatureCollection (RFC 7946) with the metadata as a foreign member 'metadata'."""
    collection = json.loads(frame.to_json(na="null", drop_id=True))
    if metadata:
        collection["metadata"] = dict(metadata)
    return json.dumps(collection, ensure_ascii=False).encode("utf-8")


def export_geojson(export: Export, data_dir: Path | str, allow_download: bool | None = None) -> bytes:
    """Return the Export as GeoJSON joined to the data folder's NUTS boundaries; raise BoundariesUnavailable without."""
    nuts3, nuts0 = load_export_boundaries(data_dir, allow_download)
    frame = join_boundaries(export.values, export.area_regions, nuts3, nuts0)
    lang = export.lang
    metadata = {
        "citation": export.citation,
        "licence": t("export.licence", lang),
        "attribution": t(ATTRIBUTION_KEY, lang),
        "retrieved": export.retrieved.isoformat(),
        "columns": {c: column_description(c, lang) for c in frame.columns if c != "geometry"},
        "indicators": json.loads(export.indicators.to_json(orient="records", force_ascii=False)),
    }
    return to_geojson_bytes(frame, metadata)
