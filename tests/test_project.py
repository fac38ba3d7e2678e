"""The project as data (data/project/): check's rules, and the Overview and About tables with a source per row."""

from __future__ import annotations

import shutil

import pytest

from dashboard.data.check import check_data_dir
from dashboard.data.paths import DATA_DIR
from dashboard.i18n import t
from tests import shipped
from tests.test_app import run_app
from tests.test_check import edit_csv


@pytest.mark.parametrize(("rel", "column", "value", "reason"), [
    ("project/partners.csv", "role", "sponsor", "'sponsor' is not one of"),
    ("project/partners.csv", "source_url", "", "value is required"),
    ("project/partners.csv", "area_id", "atlantis", "unknown area 'atlantis'"),
    ("project/events.csv", "date_start", "11/02/2026", "not an ISO date (YYYY-MM-DD): '11/02/2026'"),
    ("project/events.csv", "source_url", "https://example.org/not-in-sources", "not listed in SOURCES.csv"),
])
def test_check_refuses_a_bad_partner_or_event_row(tmp_path, rel, column, value, reason):
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    line = edit_csv(target / rel, 0, column, value)
    problems = [str(p) for p in check_data_dir(target, "d").problems]
    assert len(problems) == 1 and problems[0].startswith(f"d/{rel}:{line}: {column}: ") and reason in problems[0], (
        problems)


def test_an_event_without_a_date_needs_a_note(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    index = next(i for i, row in enumerate(shipped.rows("project/events.csv")) if not row["date_start"])
    line = edit_csv(target / "project/events.csv", index, "note", "")
    problems = [str(p) for p in check_data_dir(target, "d").problems]
    assert problems == [f"d/project/events.csv:{line}: note: an event without a date needs a note saying why"]


@pytest.mark.parametrize("page", ["overview", "about"])
@pytest.mark.parametrize("lang", ["en", "it"])
def test_overview_and_about_list_every_partner_and_event_with_its_source(page, lang):
    at = run_app(page, lang=lang)
    assert t("project.heading", lang) in [h.value for h in at.header]
    partners, events = shipped.rows("project/partners.csv"), shipped.rows("project/events.csv")
    shown = next(df.value for df in at.dataframe if "partner_id" in df.value.columns)
    assert len(shown) == len(partners) and shown["source_url"].str.startswith("http").all()
    roles = {t(f"project.role.{row['role']}", lang) for row in partners}
    assert set(shown["role"]) == roles
    missing = [row for row in partners if not row["policy_instrument"]]
    assert (shown["policy_instrument"] == t("project.no_instrument", lang)).sum() == len(missing)
    listed = next(df.value for df in at.dataframe if "event_id" in df.value.columns)
    assert sorted(listed["event_id"]) == sorted(row["event_id"] for row in events)
    assert listed["source_url"].str.startswith("http").all()


def test_the_other_set_overview_does_not_claim_the_project_partners():
    at = run_app("overview", set="italy_14")
    assert t("project.heading", "en") not in [h.value for h in at.header]


def test_check_counts_facts_on_weak_hosts_and_about_lists_them(tmp_path):
    from dashboard.data.check import is_weak

    assert is_weak("https://it.qwe.wiki/wiki/X", {"qwe.wiki"})
    assert not is_weak("https://qwe.wiki.example.org/", {"qwe.wiki"})
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    report = check_data_dir(target)
    before = report.facts_weak_source
    # A made-up weak host covering one more governance fact's source: the count grows by that host's facts.
    rows = shipped.rows("governance.csv")
    host = next(r["source_url"].split("/")[2] for r in rows if r["value"] and "amb.cat" in r["source_url"])
    n = sum(1 for r in rows if r["value"] and r["source_url"].split("/")[2] == host)
    with (target / "source_kinds.csv").open("a", encoding="utf-8") as handle:
        handle.write(f"{host},document_host,fixture row for a test\n")
    assert check_data_dir(target).facts_weak_source == before + n
    at = run_app("about")
    listed = next(df.value for df in at.dataframe if "attribute" in df.value.columns)
    # governance facts, plans and areas on weak sources, as check counts them
    assert len(listed) == before + report.plans_weak_source + report.areas_weak_source and before > 0


def test_facts_moved_to_a_better_source_cite_it_and_name_the_weak_one_in_the_note():
    from dashboard.data.check import is_weak

    weak = {row["host"] for row in shipped.rows("source_kinds.csv")}
    sources = {row["url"] for row in shipped.rows("SOURCES.csv")}
    moved = [row for row in shipped.rows("governance.csv") if "better sources #" in row["note"]]
    assert moved
    for row in moved:
        assert row["source_url"] in sources and not is_weak(row["source_url"], weak), row
        assert "earlier source" in row["note"], row


def test_plans_and_areas_on_weak_sources_are_counted_and_listed_on_about():
    """The count and the About list agree with the files: plans and areas whose cited source is on a weak host."""
    from dashboard.data.check import is_weak
    from dashboard.data.db import connect, run_query

    weak = {row["host"] for row in shipped.rows("source_kinds.csv")}
    plans = [p for p in shipped.rows("plans/plans.csv") if is_weak(p["source_url"], weak)]
    areas = [a for a in shipped.rows("areas.csv") if is_weak(a["source_url"], weak)]
    report = check_data_dir(DATA_DIR)
    assert (report.plans_weak_source, report.areas_weak_source) == (len(plans), len(areas))
    listed = run_query(connect(DATA_DIR), "weak_facts")
    assert sorted(listed.loc[listed["attribute"] == "plan", "value"]) == sorted(p["name_local"] for p in plans)
    assert sorted(listed.loc[listed["attribute"] == "area", "value"]) == sorted(a["name_local"] for a in areas)
    assert plans, "the shipped plans still cite some document hosts (e.g. pdffox, 123dok): the list is not empty"
