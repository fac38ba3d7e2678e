"""scripts/build_data.py: aggregates carry their components' flags (CI proves the exact rebuild: check_rebuild.py)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pandas as pd

from dashboard.data.paths import ROOT

SCRIPT = ROOT / "scripts" / "build_data.py"


def build_module():
    spec = importlib.util.spec_from_file_location("build_data", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_aggregates_and_densities_carry_their_components_flags():
    rows = pd.DataFrame(  # made-up fixture rows: two components and their aggregate, areas and densities
        [("population_jan1", "XA1", "2021", "b"), ("population_jan1", "XA2", "2021", "e"),
         ("population_jan1", "XA1+XA2", "2021", ""), ("population_jan1", "XA1+XA2", "2020", ""),
         ("population_jan1", "XA1", "2020", ""), ("area_km2", "XA1+XA2", "2024", "p"),
         ("population_density_derived", "XA1+XA2", "2021", ""), ("population_density_derived", "XA1", "2020", "")],
        columns=["indicator_id", "nuts_code", "year", "flag"],
    )
    out = build_module().carry_flags(rows)
    flags = {(r.indicator_id, r.nuts_code, r.year): r.flag for r in out.itertuples()}
    assert flags[("population_jan1", "XA1+XA2", "2021")] == "be"
    assert flags[("population_jan1", "XA1+XA2", "2020")] == ""  # no component flag that year
    assert flags[("population_density_derived", "XA1+XA2", "2021")] == "bep"  # population b, e and area p
    assert flags[("population_density_derived", "XA1", "2020")] == ""


def test_the_script_says_where_the_research_is_missing(tmp_path):
    result = subprocess.run([sys.executable, str(SCRIPT), "--research", str(tmp_path), "--out", str(tmp_path / "o")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "pass --research" in result.stderr
