"""NUTS boundaries from Eurostat GISCO: found in a local cache or downloaded once, always checked by SHA-256."""

from __future__ import annotations

import hashlib
import os
import tempfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd

GEO_DIR_ENV = "METROCASE_GEO_DIR"
GEO_DOWNLOAD_ENV = "METROCASE_GEO_DOWNLOAD"  # "0" disables the first-use download (tests, air-gapped seminars)
GISCO_BASE = "https://gisco-services.ec.europa.eu/distribution/v2/nuts/geojson/"
DOWNLOAD_TIMEOUT_S = 8


@dataclass(frozen=True)
class BoundaryFile:
    """One GISCO boundary file, and the project's subset of it, each with its known SHA-256."""

    gisco_name: str
    gisco_sha256: str
    subset_name: str
    subset_sha256: str


# Checksums of the untouched GISCO files and of the project's subsets (see ../shared/geo/README.md).
BOUNDARIES: dict[str, BoundaryFile] = {
    "nuts3": BoundaryFile(
        "NUTS_RG_20M_2021_4326_LEVL_3.geojson",
        "7261169b7fc3b20c6e76e0e835433502c42574d3a826b0be042ff223c976a819",
        "nuts3_2021_20m_4326_metros.geojson",
        "f02753cd2276a7e8bbb8237d8535247af7f9f0a33fb590ee20c48b391767b1af",
    ),
    "nuts0": BoundaryFile(
        "NUTS_RG_20M_2021_4326_LEVL_0.geojson",
        "bc44b301c7f8537b35b963b559f803f633d65b2756c9bd47e802f10f8840cff7",
        "nuts0_2021_20m_4326.geojson",
        "02cc85cbed7558982e4ec7cb6ba7029bb5260abf5ee22d70c7c3af52025ca99b",
    ),
}


def geo_dir() -> Path:
    """Return the boundary cache folder: METROCASE_GEO_DIR, else the user's cache folder (never the repo)."""
    configured = os.environ.get(GEO_DIR_ENV)
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "metrocase" / "geo"


def sha256(path: Path) -> str:
    """Return the hex SHA-256 of a file."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _verified(path: Path, expected: str) -> bool:
    return path.is_file() and sha256(path) == expected


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


def boundary_path(level: str, allow_download: bool | None = None) -> Path | None:
    """Return a checksum-verified boundary file for 'nuts3' or 'nuts0', downloading once if allowed; else None."""
    spec = BOUNDARIES[level]
    folder = geo_dir()
    for name, expected in ((spec.subset_name, spec.subset_sha256), (spec.gisco_name, spec.gisco_sha256)):
        if _verified(folder / name, expected):
            return folder / name
    if allow_download is None:
        allow_download = os.environ.get(GEO_DOWNLOAD_ENV, "1") != "0"
    return download(spec, folder) if allow_download else None


def load_boundaries(
    level: str, codes: list[str] | None = None, allow_download: bool | None = None
) -> gpd.GeoDataFrame | None:
    """Return the NUTS regions of a level (optionally only the given NUTS_IDs) as a GeoDataFrame, or None."""
    path = boundary_path(level, allow_download)
    if path is None:
        return None
    frame = gpd.read_file(path)
    frame = frame.rename(columns={"id": "NUTS_ID"}) if "NUTS_ID" not in frame.columns else frame
    if codes is not None:
        frame = frame[frame["NUTS_ID"].isin(codes)]
    return frame[["NUTS_ID", "CNTR_CODE", "NAME_LATN", "geometry"]].reset_index(drop=True)
