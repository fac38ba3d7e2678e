"""The submission template of one area, CSV or XLSX: the columns, allowed indicators and units, EN/IT instructions."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from dashboard.data import vocab
from dashboard.updates.submission import COLUMNS, FIRST_YEAR

INSTRUCTIONS_EN = (
    "Metro Case data submission for area {area}. One row per indicator and year, below the header row.",
    "Columns: area_id ({area} only), indicator_id (one of the list), year ({first}-this year), value (a number, in "
    "the indicator's unit; decimal point or comma), source (where the value comes from, with its year: required), "
    "note (optional).",
    "Your values replace the dashboard's value of the same indicator and year for {area} and are shown as "
    "submitted by the partner. Leave out a value you do not have: missing stays missing.",
)
INSTRUCTIONS_IT = (
    "Invio dati Metro Case per l'area {area}. Una riga per indicatore e anno, sotto la riga di intestazione.",
    "Colonne: area_id (solo {area}), indicator_id (uno dell'elenco), year ({first}-anno corrente), value (un "
    "numero, nell'unità dell'indicatore; virgola o punto decimale), source (da dove viene il valore, con l'anno: "
    "obbligatoria), note (facoltativa).",
    "I vostri valori sostituiscono il valore del dashboard per lo stesso indicatore e anno di {area} e sono "
    "mostrati come inviati dal partner. Non inserite un valore che non avete: ciò che manca resta mancante.",
)


def _catalogue(data_dir: Path) -> list[dict[str, str]]:
    with (data_dir / vocab.TABLES["raw_catalog"][0]).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _lines(area: str) -> list[str]:
    return [line.format(area=area, first=FIRST_YEAR) for line in (*INSTRUCTIONS_EN, *INSTRUCTIONS_IT)]


def _example(area: str, catalogue: list[dict[str, str]]) -> list[str]:
    first = catalogue[0]["indicator_id"] if catalogue else "indicator_id"
    return [area, first, "2024", "1234.5", "ISTAT, Bilancio demografico 2024", ""]


def template_csv(data_dir: Path, area: str) -> bytes:
    """Return the CSV template: instruction rows (EN, IT) and the indicator list above the header; no data rows."""
    catalogue = _catalogue(data_dir)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for line in _lines(area):
        writer.writerow([line])
    writer.writerow(["Example / Esempio: " + ",".join(_example(area, catalogue))])
    for row in catalogue:
        writer.writerow([f"{row['indicator_id']}: {row['name_en']} / {row['name_it']} ({row['unit_en']} / "
                         f"{row['unit_it']})"])
    writer.writerow(COLUMNS)
    return out.getvalue().encode("utf-8-sig")  # a BOM, so Excel opens the accents right


def template_xlsx(data_dir: Path, area: str) -> bytes:
    """Return the XLSX template: sheet 'data' (header only), 'instructions' (EN, IT, example), 'indicators'."""
    import openpyxl

    catalogue = _catalogue(data_dir)
    book = openpyxl.Workbook()
    data = book.active
    data.title = "data"
    data.append(list(COLUMNS))
    for column in ("A", "B", "C", "D", "E", "F"):
        data.column_dimensions[column].width = 24
    guide = book.create_sheet("instructions")
    for line in _lines(area):
        guide.append([line])
    guide.append(["Example / Esempio:"])
    guide.append(list(COLUMNS))
    guide.append(_example(area, catalogue))
    listing = book.create_sheet("indicators")
    listing.append(["indicator_id", "name_en", "name_it", "unit_en", "unit_it", "decimals"])
    for row in catalogue:
        listing.append([row["indicator_id"], row["name_en"], row["name_it"], row["unit_en"], row["unit_it"],
                        row["decimals"]])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
