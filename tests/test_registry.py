"""One format registry: the CLI's --format and the pages' download buttons are its formats, in its order."""

from __future__ import annotations

import subprocess
import sys

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.cli import main as cli
from dashboard.data.paths import ROOT
from dashboard.exports import registry
from dashboard.i18n import t


def _format_choices() -> list[str]:
    (sub,) = [a for a in cli.build_parser()._actions if a.dest == "command"]
    (option,) = [a for a in sub.choices["export"]._actions if a.dest == "format"]
    return list(option.choices)


def test_cli_formats_are_the_registry_export_formats():
    assert _format_choices() == list(registry.EXPORT_FORMATS) and registry.EXPORT_FORMATS
    for fmt in registry.EXPORT_FORMATS:  # --format defaults to the format whose extension the file has
        args = cli.build_parser().parse_args(["export", "-o", f"out.{registry.FORMATS[fmt].extension.upper()}"])
        assert cli._format(args) == fmt


def _data_downloads(lang: str) -> None:
    import pandas as pd

    from dashboard.data import db
    from dashboard.exports.table import Selection, build_export
    from dashboard.web.widgets import export_downloads, table_downloads
    from tests.conftest import FIXTURE_DIR

    export = build_export(db.connect(FIXTURE_DIR), Selection(("fixture_a",), ("fx_pop",), 2020, 2023))
    export_downloads(export, lang, geojson_available=True)
    table_downloads(pd.DataFrame({"a": [1]}), "table", lang)


def _figure_downloads(lang: str) -> None:
    import plotly.graph_objects as go

    from dashboard.web.widgets import figure_downloads

    figure_downloads(go.Figure(), "figure", lang)


def _labels(script, lang: str) -> list[str]:
    at = AppTest.from_function(script, kwargs={"lang": lang}, default_timeout=60)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return [b.label for b in at.get("download_button")]


@pytest.mark.parametrize("lang", ["en", "it"])
def test_page_data_downloads_are_the_registry_formats(lang):
    formats = (*registry.EXPORT_FORMATS, *registry.TABLE_FORMATS)
    assert _labels(_data_downloads, lang) == [t(f"download.{fmt}", lang) for fmt in formats]


def test_page_figure_downloads_are_the_registry_formats():
    from tests.test_images import require_image_export

    require_image_export()
    assert _labels(_figure_downloads, "en") == [t(f"download.{fmt}", "en") for fmt in registry.FIGURE_FORMATS]


@pytest.mark.parametrize("fmt", sorted(registry.FORMATS))
def test_every_writer_named_in_the_registry_exists(fmt):
    spec = registry.FORMATS[fmt]
    kinds = [kind for kind in ("export", "table", "figure") if getattr(spec, kind)]
    assert kinds and spec.mime and spec.extension
    for kind in kinds:
        assert callable(registry._writer(fmt, kind, ()))


@pytest.mark.parametrize(("call", "fmt"), [(registry.export_bytes, "png"), (registry.table_bytes, "geojson"),
                                           (registry.figure_bytes, "csv"), (registry.export_bytes, "docx")])
def test_a_format_without_that_writer_is_refused(call, fmt):
    with pytest.raises(ValueError, match=f"unknown .*format '{fmt}'"):
        call(None, fmt)


def test_reading_the_registry_loads_no_writer_library():
    # `python -m dashboard check` builds the parser, whose --format comes from the registry: it must stay light.
    code = "import sys, dashboard.cli.main; print(sorted(set(sys.modules) & {'pandas', 'pyarrow', 'openpyxl', " \
        "'geopandas', 'plotly', 'duckdb'}))"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
