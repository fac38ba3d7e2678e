"""An Export as a ZIP data package: Frictionless datapackage.json, data CSVs, README, licence, citation (no Streamlit).

The CSVs inside are plain UTF-8 (no BOM: a BOM would become part of the first field name for validators) and,
like every CSV we publish, formula-safe: text cells that start with =, +, -, @, tab or CR are prefixed with '.
Numbers are written as numbers, so the schema's types still validate.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Sequence

import pandas as pd

from dashboard.exports.files import neutralise
from dashboard.exports.table import KEY_COLUMNS, Export, column_description, column_label
from dashboard.i18n import t

PACKAGE_NAME = "metro-case-indicator-values"
VALUES_PATH = "data/values.csv"
INDICATORS_PATH = "data/indicators.csv"
CC_BY = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": "Creative Commons Attribution 4.0",
}
# Frictionless field types of the exported columns; every other column is text.
FIELD_TYPES = {"year": "integer", "value": "number", "decimals": "integer"}


def _fields(frame: pd.DataFrame, lang: str, required: Sequence[str] = ()) -> list[dict[str, object]]:
    fields = []
    for column in frame.columns:
        field: dict[str, object] = {
            "name": column,
            "type": FIELD_TYPES.get(column, "string"),
            "title": column_label(column, lang),
            "description": column_description(column, lang),
        }
        if column in required:
            field["constraints"] = {"required": True}
        fields.append(field)
    return fields


def _csv(frame: pd.DataFrame) -> bytes:
    return neutralise(frame).to_csv(index=False, lineterminator="\n").encode("utf-8")


def licenses(indicators: pd.DataFrame) -> list[dict[str, str]]:
    """Return the package licences: CC BY 4.0 where the catalogue says so, else the catalogue's words."""
    out: list[dict[str, str]] = []
    for text in sorted(set(indicators["licence"].dropna())):
        if "CC BY 4.0" in text:
            if CC_BY not in out:
                out.append(CC_BY)
        else:
            out.append({"name": "other", "title": text})
    return out


def sources(indicators: pd.DataFrame) -> list[dict[str, str]]:
    """Return one source per producer dataset of the chosen indicators, with its address."""
    pairs = indicators[["source_dataset", "source_url"]].drop_duplicates().sort_values("source_dataset")
    return [{"title": title, "path": url} for title, url in pairs.itertuples(index=False, name=None)]


def descriptor(export: Export) -> dict[str, object]:
    """Return the datapackage.json descriptor: resources with schema, primary and foreign keys, licences, sources."""
    lang = export.lang
    return {
        "name": PACKAGE_NAME,
        "title": t("export.package_title", lang),
        "description": t("export.caveat", lang) + " " + t("export.safety", lang),
        "created": f"{export.retrieved.isoformat()}T00:00:00Z",
        "licenses": licenses(export.indicators),
        "sources": sources(export.indicators),
        "contributors": [{"title": "Metro Case governance dashboard (Interreg Europe)", "role": "publisher"}],
        "citation": export.citation,
        "resources": [
            {
                "name": "values",
                "path": VALUES_PATH,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": _fields(export.values, lang, KEY_COLUMNS),
                    "missingValues": [""],
                    "primaryKey": list(KEY_COLUMNS),
                    "foreignKeys": [
                        {
                            "fields": ["indicator_id"],
                            "reference": {"resource": "indicators", "fields": ["indicator_id"]},
                        }
                    ],
                },
            },
            {
                "name": "indicators",
                "path": INDICATORS_PATH,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": _fields(export.indicators, lang, ("indicator_id",)),
                    "missingValues": [""],
                    "primaryKey": ["indicator_id"],
                },
            },
        ],
    }


def readme(export: Export) -> str:
    """Return the package's README.md: title, citation, licence, caveats, files and columns."""
    lang = export.lang
    lines = [
        f"# {t('export.package_title', lang)}",
        "",
        t("export.readme_files", lang),
        "",
        f"## {t('export.citation_heading', lang)}",
        "",
        export.citation,
        "",
        f"## {t('export.licence_heading', lang)}",
        "",
        t("export.licence", lang),
        "",
        t("export.caveat", lang),
        "",
        t("export.safety", lang),
        "",
        f"## {t('export.columns_heading', lang)}",
        "",
    ]
    lines += [f"- `{c}`: {column_description(c, lang)}" for c in export.values.columns]
    return "\n".join(lines) + "\n"


def export_zip(export: Export) -> bytes:
    """Return the Export as a ZIP: datapackage.json, data/values.csv, data/indicators.csv, README, licence, citation."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("datapackage.json", json.dumps(descriptor(export), ensure_ascii=False, indent=2) + "\n")
        archive.writestr(VALUES_PATH, _csv(export.values))
        archive.writestr(INDICATORS_PATH, _csv(export.indicators))
        archive.writestr("README.md", readme(export))
        archive.writestr("LICENSE.txt", t("export.licence", export.lang) + "\n")
        archive.writestr("CITATION.txt", export.citation + "\n")
    return out.getvalue()
