"""Read Eurostat's dissemination API (JSON-stat 2.0): one dataset, some filters, some regions, with the flags."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from decimal import Decimal
from itertools import product
from typing import Any

import requests

from dashboard.data import vocab

BASE_URL = "https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data"
BASE_URL_ENV = "METROCASE_EUROSTAT_URL"  # e.g. a mirror, or a local server of recorded responses in tests
TIMEOUT = 60.0  # seconds per request: Eurostat answers large extractions slowly
CODE = re.compile(vocab.EUROSTAT_DATASET)
FILTER = re.compile(vocab.EUROSTAT_FILTER)
FLAGS = frozenset("bcdefnprsuz")  # Eurostat's observation flags (the data check allows the same)


class EurostatError(Exception):
    """A dataset that could not be read whole: the refresh changes nothing."""


@dataclass(frozen=True)
class Observation:
    """One value of a dataset for a region and a year, with its flags ('' where none)."""

    geo: str
    year: str
    value: Decimal
    flag: str


def base_url(given: str | None = None) -> str:
    """Return the API's base URL: the one given, else the environment's, else Eurostat's."""
    url = given or os.environ.get(BASE_URL_ENV) or BASE_URL
    if not re.match(r"^https?://[^\s]+$", url):
        raise EurostatError(f"not an http(s) base URL: {url[:80]!r}")
    return url.rstrip("/")


def parse_filters(text: str) -> list[tuple[str, str]]:
    """Parse 'dim=CODE;dim=CODE' (the spec's filters) into query pairs."""
    pairs = [part for part in text.split(";") if part]
    bad = [part for part in pairs if not FILTER.match(part)]
    if bad:
        raise EurostatError(f"not a filter dim=CODE: {bad[0][:60]!r}")
    return [(dim, code) for dim, code in (part.split("=", 1) for part in pairs)]


def fetch(dataset: str, filters: list[tuple[str, str]], geos: list[str], *, url: str | None = None,
          timeout: float = TIMEOUT, session: requests.Session | None = None) -> dict[str, Any]:
    """Request one dataset with its filters for some regions; return the JSON-stat document or raise EurostatError."""
    if not CODE.match(dataset):
        raise EurostatError(f"not a Eurostat dataset code: {dataset[:60]!r}")
    params = [*filters, *(("geo", geo) for geo in geos), ("lang", "EN")]
    address = f"{base_url(url)}/{dataset}"
    try:
        response = (session or requests).get(address, params=params, timeout=timeout)
    except requests.Timeout:
        raise EurostatError(f"{dataset}: no answer from {address} within {timeout:g} s") from None
    except requests.RequestException as exc:
        raise EurostatError(f"{dataset}: cannot reach {address} ({type(exc).__name__})") from None
    if response.status_code != 200:
        raise EurostatError(f"{dataset}: HTTP {response.status_code} from {address}{_api_error(response)}")
    try:
        return json.loads(response.content.decode("utf-8"), parse_float=Decimal, parse_int=Decimal)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EurostatError(f"{dataset}: the answer is not JSON ({exc})") from None


def _api_error(response: requests.Response) -> str:
    """Eurostat's own reason for an error, where its answer gives one."""
    try:
        errors = response.json().get("error") or []
        label = errors[0].get("label", "") if isinstance(errors, list) and errors else ""
    except (ValueError, AttributeError, TypeError):
        return ""
    return f": {str(label)[:200]}" if label else ""


def observations(doc: dict[str, Any], dataset: str) -> list[Observation]:
    """Return the observations of a JSON-stat 2.0 dataset with one category in every dimension but geo and time."""
    try:
        ids, sizes, dims = list(doc["id"]), [int(s) for s in doc["size"]], doc["dimension"]
        if doc.get("class") != "dataset" or str(doc.get("version")) != "2.0" or len(ids) != len(sizes):
            raise EurostatError(f"{dataset}: not a JSON-stat 2.0 dataset")
        if "geo" not in ids or "time" not in ids:
            raise EurostatError(f"{dataset}: the answer has no geo or time dimension")
        codes = []
        for dim, size in zip(ids, sizes, strict=True):
            index = dims[dim]["category"]["index"]
            ordered = sorted(index, key=index.get) if isinstance(index, dict) else list(index)
            if len(ordered) != size:
                raise EurostatError(f"{dataset}: dimension {dim} has {len(ordered)} categories, size says {size}")
            if dim not in ("geo", "time") and size != 1:
                raise EurostatError(f"{dataset}: dimension {dim} has {size} categories ({', '.join(ordered[:5])}); "
                                    "the filters must choose one")
            codes.append(ordered)
        values, status = doc.get("value") or {}, doc.get("status") or {}
        if isinstance(values, list):  # the dense form: a list with null for missing cells
            values = {str(i): v for i, v in enumerate(values) if v is not None}
        if isinstance(status, list):
            status = {str(i): s for i, s in enumerate(status) if s}
        out = []
        geo_at, time_at = ids.index("geo"), ids.index("time")
        for flat, cell in enumerate(product(*codes)):
            value = values.get(str(flat))
            if value is None:
                continue  # missing at the producer: stays missing
            if not isinstance(value, Decimal):
                raise EurostatError(f"{dataset}: value {str(value)[:20]!r} at {flat} is not a number")
            flag = "".join(ch for ch in str(status.get(str(flat), "")) if ch in FLAGS)
            out.append(Observation(cell[geo_at], cell[time_at], value, flag))
        return out
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise EurostatError(f"{dataset}: not a JSON-stat 2.0 dataset ({type(exc).__name__}: {exc})") from None
