"""NUTS boundaries from Eurostat GISCO: the data folder's geo/, else a local cache or one download; SHA-256 always."""

from __future__ import annotations

import os
import tempfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd

from dashboard.data.checksums import sha256, verified

GEO_DIR_ENV = "METROCASE_GEO_DIR"
GEO_DOWNLOAD_ENV = "METROCASE_GEO_DOWNLOAD"  # "0" disables the first-use download (tests, air-gapped seminars)
GISCO_BASE = "https://gisco-services.ec.europa.eu/distribution/v2/nuts/geojson/"
DOWNLOAD_TIMEOUT_S = 8
EMBEDDED_DIR = "geo"  # <data dir>/geo/: the boundaries a data folder ships, listed in its SHA256SUMS
COLUMNS = ["NUTS_ID", "CNTR_CODE", "NAME_LATN", "geometry"]


@dataclass(frozen=True)
class BoundaryFile:
    """One level's boundaries: the untouched GISCO file with its known SHA-256, and the name of a data folder's cut."""

    gisco_name: str
    gisco_sha256: str
    embedded_name: str


# Checksums of the untouched GISCO NUTS 2021 1:20M files (data/README.md, Boundaries).
BOUNDARIES: dict[str, BoundaryFile] = {
    "nuts3": BoundaryFile(
        "NUTS_RG_20M_2021_4326_LEVL_3.geojson",
        "7261169b7fc3b20c6e76e0e835433502c42574d3a826b0be042ff223c976a819",
        "nuts3_2021_20m_4326.geojson",
    ),
    "nuts2": BoundaryFile(
        "NUTS_RG_20M_2021_4326_LEVL_2.geojson",
        "09300511ff7b2c1947420cf831bb7ce5a1a2b292aa6b0858df6491511d67e964",
        "nuts2_2021_20m_4326.geojson",
    ),
    "nuts0": BoundaryFile(
        "NUTS_RG_20M_2021_4326_LEVL_0.geojson",
        "bc44b301c7f8537b35b963b559f803f633d65b2756c9bd47e802f10f8840cff7",
        "nuts0_2021_20m_4326.geojson",
    ),
}


def geo_dir() -> Path:
    """Return the boundary cache folder: METROCASE_GEO_DIR, else the user's cache folder (never the repo)."""
    configured = os.environ.get(GEO_DIR_ENV)
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "metrocase" / "geo"


def download(
    spec: BoundaryFile, folder: Path, base_url: str = GISCO_BASE, timeout: float = DOWNLOAD_TIMEOUT_S
) -> Path | None:
    """Fetch the GISCO file into folder (temp file, verify, rename); None if offline or the checksum differs."""
    target = folder / spec.gisco_name
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, suffix=".part", delete=False) as tmp:
            tmp_path = Path(tmp.name)
            with urllib.request.urlopen(base_url + spec.gisco_name, timeout=timeout) as response:  # noqa: S310
                for block in iter(lambda: response.read(1 << 20), b""):
                    tmp.write(block)
    except OSError:
        if "tmp_path" in locals():
            tmp_path.unlink(missing_ok=True)
        return None
    if sha256(tmp_path) != spec.gisco_sha256:
        tmp_path.unlink(missing_ok=True)
        return None
    os.replace(tmp_path, target)
    return target


def boundary_path(data_dir: Path | str, level: str, allow_download: bool | None = None) -> Path | None:
    """Return a checksum-verified file for 'nuts3', 'nuts2' or 'nuts0', or None.

    A data folder that ships the level in geo/ is served from there only (a file failing its SHA256SUMS gives None,
    and `check` names it); one that lacks it reads the cache folder, downloading once if allowed.
    """
    spec = BOUNDARIES[level]
    embedded = Path(data_dir) / EMBEDDED_DIR
    own = embedded / spec.embedded_name
    if own.exists() or own.is_symlink():
        return own if verified(embedded, spec.embedded_name) else None
    cached = geo_dir() / spec.gisco_name
    if cached.is_file() and sha256(cached) == spec.gisco_sha256:
        return cached
    if allow_download is None:
        allow_download = os.environ.get(GEO_DOWNLOAD_ENV, "1") != "0"
    return download(spec, geo_dir()) if allow_download else None


def load_boundaries(
    data_dir: Path | str, level: str, codes: list[str] | None = None, allow_download: bool | None = None
) -> gpd.GeoDataFrame | None:
    """Return the NUTS regions of a level (optionally only the given NUTS_IDs) as a GeoDataFrame, or None."""
    path = boundary_path(data_dir, level, allow_download)
    if path is None:
        return None
    frame = gpd.read_file(path)
    frame = frame.rename(columns={"id": "NUTS_ID"}) if "NUTS_ID" not in frame.columns else frame
    if codes is not None:
        frame = frame[frame["NUTS_ID"].isin(codes)]
    return frame[COLUMNS].reset_index(drop=True)
