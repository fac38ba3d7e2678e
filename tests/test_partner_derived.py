"""A partner's corrected input recomputes the values derived from it, in the same new version."""

from __future__ import annotations

import csv
import io

from dashboard.data.paths import DATA_DIR
from dashboard.updates import partners, versions
from dashboard.updates.layout import current_data_dir, version_dir


def table(folder, rel="indicators/genova.csv"):
    text = (folder / rel).read_text(encoding="utf-8")
    return {(r["indicator_id"], r["year"]): r for r in csv.DictReader(io.StringIO(text)) if r["nuts_code"] == "ITC33"}


def test_a_partners_population_recomputes_population_change_in_the_same_version(tmp_path):
    root = tmp_path / "root"
    versions.init(root, DATA_DIR, "tester")  # a copy of the shipped data; the partner values below are made up
    key = partners.new_key(root, "genova")
    payload = (b"area_id,indicator_id,year,value,source,note\n"
               b"genova,population_jan1,2024,800000,Comune registry 2024,\n"
               b"genova,population_jan1,2025,808000,Comune registry 2025,\n")
    outcome = partners.submit(root, "genova", key, payload)
    assert outcome.problems == [] and outcome.version == 2
    assert list(outcome.changes) == ["indicators/genova.csv"]  # the area's own table only
    new, old = table(current_data_dir(root)), table(version_dir(root, 1))
    change = new[("population_change_1y_pct", "2025")]
    assert change["value"] == "1" and change["status"] == "derived"
    assert change["source"] == ("derived from Comune registry 2025 (submitted by partner genova); "
                                "Comune registry 2024 (submitted by partner genova)")
    assert change["source_copy"] == new[("population_jan1", "2025")]["source_copy"]
    assert change["source_copy"].startswith("partner-submitted:sha256:")
    assert old[("population_change_1y_pct", "2025")]["source"] == "derived from Eurostat demo_r_pjanaggr3"
    # 2024 against 2023 would compare the partner's value with Eurostat's: left out, not mixed.
    assert ("population_change_1y_pct", "2024") in old and ("population_change_1y_pct", "2024") not in new
