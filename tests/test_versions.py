"""Versions of a data root: an update is checked, diffed, promoted whole and logged; rollback restores exactly."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os

import pytest

from dashboard.cli.main import main
from dashboard.data import db
from dashboard.updates import log, versions
from dashboard.updates.layout import CURRENT, LOCK, VERSIONS, current_data_dir, version_dir
from tests.updates_helpers import FIXTURE_DIR, TABLE, changed_table, new_root, snapshot


def test_a_plain_data_folder_is_read_as_it_is():
    assert current_data_dir(FIXTURE_DIR) == FIXTURE_DIR


def test_init_makes_version_one_an_exact_copy(tmp_path):
    root = new_root(tmp_path)
    assert current_data_dir(root) == version_dir(root, 1).resolve()
    assert snapshot(version_dir(root, 1)) == snapshot(FIXTURE_DIR)
    [entry] = versions.entries(root)
    assert (entry.version, entry.kind, entry.who, entry.parent) == (1, "init", "tester", None)


def test_an_update_becomes_the_next_version_with_its_diff_log_and_original(tmp_path):
    root = new_root(tmp_path)
    payload = changed_table()
    entry = versions.apply(root, {TABLE: payload}, kind="update", who="ana", what="fix", original=payload)
    assert (entry.version, entry.parent, entry.who) == (2, 1, "ana")
    assert entry.counts == {TABLE: {"added": 0, "changed": 1, "removed": 0}}
    assert entry.sha256 == hashlib.sha256(payload).hexdigest()
    assert (root / "originals" / entry.sha256).read_bytes() == payload
    assert current_data_dir(root) == version_dir(root, 2).resolve()
    assert (current_data_dir(root) / TABLE).read_bytes() == payload
    # The earlier version is untouched although the two share every other file.
    assert snapshot(version_dir(root, 1)) == snapshot(FIXTURE_DIR)
    assert [e.version for e in log.read(root)] == [1, 2]
    value = db.connect(current_data_dir(root)).execute(
        "SELECT value FROM raw_area_values WHERE area_id = ? AND indicator_id = ? AND year = ?",
        ["fixture_a", "fx_pop", "2020"],
    ).fetchone()
    assert value is not None and str(value[0]) == "999"


def test_added_and_removed_rows_are_counted(tmp_path):
    root = new_root(tmp_path)
    lines = (FIXTURE_DIR / TABLE).read_text(encoding="utf-8").splitlines(keepends=True)
    removed = "".join(lines[:1] + lines[2:]).encode("utf-8")
    entry = versions.apply(root, {TABLE: removed}, kind="update", who="t", what="drop a row")
    assert entry.counts[TABLE] == {"added": 0, "changed": 0, "removed": 1}
    entry = versions.apply(root, {TABLE: (FIXTURE_DIR / TABLE).read_bytes()}, kind="update", who="t", what="back")
    assert entry.counts[TABLE] == {"added": 1, "changed": 0, "removed": 0}


@pytest.mark.parametrize(("rel", "payload"), [
    (TABLE, changed_table("12 %")),  # not a number: the same check as `check`
    (TABLE, b""),
    ("indicators/nobody.csv", changed_table()),  # an area that does not exist
    ("../outside.csv", changed_table()),
    ("geo/SHA256SUMS", b"x"),
    (TABLE, changed_table("100")),  # changes nothing
])
def test_a_refused_update_leaves_the_root_byte_for_byte_unchanged(tmp_path, rel, payload):
    root = new_root(tmp_path)
    before = snapshot(root)
    with pytest.raises(versions.UpdateRefused):
        versions.apply(root, {rel: payload}, kind="update", who="t", what="bad", original=payload)
    assert snapshot(root) == before
    assert not (tmp_path / "outside.csv").exists()


def test_problems_name_file_line_and_column(tmp_path):
    root = new_root(tmp_path)
    with pytest.raises(versions.UpdateRefused) as refused:
        versions.apply(root, {TABLE: changed_table("12 %")}, kind="update", who="t", what="bad")
    assert any(p.startswith(f"{TABLE}:2: value:") for p in refused.value.problems), refused.value.problems


def test_the_preview_shows_the_diff_and_keeps_nothing(tmp_path):
    root = new_root(tmp_path)
    before = snapshot(root)
    base, changes = versions.preview(root, {TABLE: changed_table()})
    assert base == 1 and changes[TABLE].counts() == {"added": 0, "changed": 1, "removed": 0}
    assert snapshot(root) == before


def test_an_update_previewed_against_an_older_version_is_refused(tmp_path):
    root = new_root(tmp_path)
    versions.apply(root, {TABLE: changed_table()}, kind="update", who="t", what="first")
    before = snapshot(root)
    with pytest.raises(versions.UpdateRefused, match="changed since the preview"):
        versions.apply(root, {TABLE: changed_table("5")}, kind="update", who="t", what="late", expect_base=1)
    assert snapshot(root) == before


def test_one_writer_at_a_time(tmp_path):
    root = new_root(tmp_path)
    before = snapshot(root)
    fd = os.open(root / LOCK, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(versions.Busy):
            versions.apply(root, {TABLE: changed_table()}, kind="update", who="t", what="blocked")
    finally:
        os.close(fd)
    assert snapshot(root) == before
    assert versions.apply(root, {TABLE: changed_table()}, kind="update", who="t", what="now").version == 2


def test_rollback_restores_a_version_exactly_as_a_new_version(tmp_path):
    root = new_root(tmp_path)
    versions.apply(root, {TABLE: changed_table()}, kind="update", who="t", what="a")
    versions.apply(root, {TABLE: changed_table("7")}, kind="update", who="t", what="b")
    entry = versions.rollback(root, 1, "t")
    assert (entry.version, entry.kind, entry.parent) == (4, "rollback", 3)
    assert snapshot(current_data_dir(root)) == snapshot(FIXTURE_DIR)
    assert [e.version for e in versions.entries(root)] == [1, 2, 3, 4]
    with pytest.raises(versions.UpdateRefused, match="no version 9"):
        versions.rollback(root, 9, "t")


def test_a_killed_writers_leftovers_are_never_a_version(tmp_path):
    root = new_root(tmp_path)
    versions.apply(root, {TABLE: changed_table()}, kind="update", who="t", what="a")
    good = snapshot(current_data_dir(root))
    # As a writer killed after renaming its folder into versions/ but before logging it, mid-way through the line.
    (version_dir(root, 3) / "indicators").mkdir(parents=True)
    (version_dir(root, 3) / TABLE).write_bytes(changed_table()[:30])
    with (root / log.LOG).open("ab") as handle:
        handle.write(b'{"version": 3, "kind": "upd')
    assert [e.version for e in log.read(root)] == [1, 2]
    assert snapshot(current_data_dir(root)) == good
    entry = versions.apply(root, {TABLE: changed_table("8")}, kind="update", who="t", what="next")
    assert entry.version == 3 and entry.parent == 2
    assert [json.loads(line)["version"] for line in (root / log.LOG).read_text().splitlines()] == [1, 2, 3]


def test_a_logged_version_whose_pointer_was_not_switched_becomes_current(tmp_path):
    root = new_root(tmp_path)
    versions.apply(root, {TABLE: changed_table()}, kind="update", who="t", what="a")
    os.replace(root / CURRENT, root / "old")  # as a writer killed after logging version 2, before the switch
    os.symlink(f"{VERSIONS}/000001", root / CURRENT)
    (root / "old").unlink()
    versions.preview(root, {TABLE: changed_table("3")})  # any writer repairs first
    assert current_data_dir(root) == version_dir(root, 2).resolve()


def test_cli_update_versions_rollback_and_check_on_a_root(tmp_path, capsys):
    root = tmp_path / "root"
    assert main(["versions", "--data-dir", str(root), "--init-from", str(FIXTURE_DIR)]) == 0
    new = tmp_path / "a.csv"
    new.write_bytes(changed_table())
    assert main(["update", TABLE, str(new), "--data-dir", str(root), "--dry-run"]) == 0
    assert "1 changed" in capsys.readouterr().out
    assert len(versions.entries(root)) == 1
    assert main(["update", TABLE, str(new), "--data-dir", str(root)]) == 0
    assert main(["versions", "--data-dir", str(root)]) == 0
    out = capsys.readouterr().out
    assert "*    2" in out and hashlib.sha256(changed_table()).hexdigest() in out
    assert main(["check", "--data-dir", str(root)]) == 0
    assert main(["rollback", "--to", "1", "--data-dir", str(root)]) == 0
    assert (current_data_dir(root) / TABLE).read_bytes() == (FIXTURE_DIR / TABLE).read_bytes()


def test_cli_refusals_exit_non_zero_and_say_why(tmp_path, capsys):
    assert main(["versions", "--data-dir", str(FIXTURE_DIR)]) == 2
    assert "not a versioned data root" in capsys.readouterr().err
    root = new_root(tmp_path)
    bad = tmp_path / "bad.csv"
    bad.write_bytes(changed_table("12 %"))
    before = snapshot(root)
    assert main(["update", TABLE, str(bad), "--data-dir", str(root)]) == 1
    err = capsys.readouterr().err
    assert f"{TABLE}:2: value:" in err and "nothing changed" in err
    assert main(["rollback", "--to", "5", "--data-dir", str(root)]) == 1
    assert snapshot(root) == before


def test_the_app_serves_the_current_version_of_a_root(tmp_path, monkeypatch):
    from dashboard.web import cache

    root = new_root(tmp_path)
    monkeypatch.setenv(cache.DATA_DIR_ENV, str(root))
    assert cache.data_dir() == str(version_dir(root, 1).resolve())
    versions.apply(root, {TABLE: changed_table()}, kind="update", who="t", what="a")
    assert cache.data_dir() == str(version_dir(root, 2).resolve())
