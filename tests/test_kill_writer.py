"""A writer killed (SIGKILL) at random points leaves the old or the new version whole, and the log consistent."""

from __future__ import annotations

import csv
import io
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from dashboard.data.check import check_data_dir
from dashboard.data.paths import ROOT
from dashboard.updates import log, partners, versions
from dashboard.updates.layout import VERSIONS, current_data_dir, version_dir
from tests.updates_helpers import FIXTURE_DIR, new_root

SUBMISSIONS = 50
REFRESHES = 30
REFRESH_PAUSE = 0.15  # seconds: about one refresh of the fixture data from the local server (0.06-0.17 s measured)
PAUSE = 0.08  # seconds: about one submission on the fixture data, so kills fall anywhere inside it


def fx_pop_2024(folder: Path) -> str | None:
    """Return the fx_pop 2024 value of fixture_a in a version folder."""
    text = (folder / "indicators" / "fixture_a.csv").read_text(encoding="utf-8")
    rows = [r for r in csv.DictReader(io.StringIO(text)) if (r["indicator_id"], r["year"]) == ("fx_pop", "2024")]
    return rows[0]["value"] if rows else None


def assert_whole(root: Path, seed: int) -> None:
    """The log is contiguous, every logged version is complete, and readers see one of the last two."""
    entries = log.read(root)
    assert [e.version for e in entries] == list(range(1, len(entries) + 1))
    for entry in entries[1:]:
        folder = version_dir(root, entry.version)
        original = (root / "originals" / entry.sha256).read_bytes().decode()
        assert fx_pop_2024(folder) == original.splitlines()[1].split(",")[3], f"version {entry.version}, seed {seed}"
    current = current_data_dir(root)
    last = entries[-1].version
    # The pointer switch follows the log line: a writer killed between the two leaves the previous version current.
    assert current in {version_dir(root, last).resolve(), version_dir(root, max(last - 1, 1)).resolve()}, seed
    assert check_data_dir(current).problems == [], seed


def test_a_writer_killed_at_random_points_never_leaves_half_a_version(tmp_path):
    seed = int.from_bytes(os.urandom(4), "little")
    rng = random.Random(seed)
    root = new_root(tmp_path)
    key = partners.new_key(root, "fixture_a")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = kills = 0
    while done < SUBMISSIONS:
        whole = rng.randrange(4)
        writer = subprocess.Popen(
            [sys.executable, "-m", "tests.update_writer", str(root), key, str(1000 * kills), str(whole + 5)],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True,
        )
        assert writer.stdout is not None and writer.stdout.readline() == "ready\n"
        for _ in range(whole):  # some whole submissions, then a kill somewhere in the next one
            assert writer.stdout.readline(), f"writer ended early (seed {seed})"
        time.sleep(rng.random() * PAUSE)  # a random point inside the next submission; nothing here is timed
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        writer.stdout.close()
        assert_whole(root, seed)
        done += whole + 1
        kills += 1
    # The next writer repairs what the last kill left: the pointer on the last logged version, no stray folder.
    partners.submit(root, "fixture_a", key, b"area_id,indicator_id,year,value,source,note\n"
                    b"fixture_a,fx_pop,2024,7,After,\n")
    entries = log.read(root)
    assert current_data_dir(root) == version_dir(root, entries[-1].version).resolve()
    assert sorted(p.name for p in (root / VERSIONS).iterdir()) == [f"{e.version:06d}" for e in entries]
    assert_whole(root, seed)


def refreshable_fixture(tmp_path: Path) -> Path:
    """The fixture data with fx_pop refreshable from the made-up dataset kill_fixture (tests/refresh_writer.py)."""
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DIR, data)
    catalog = data / "indicators" / "catalog.csv"
    catalog.write_text(catalog.read_text(encoding="utf-8").replace("Fixture dataset", "Eurostat kill_fixture", 1),
                       encoding="utf-8")
    (data / "eurostat_queries.csv").write_text(
        "indicator_id,dataset,filters,note\nfx_pop,kill_fixture,freq=A,made-up fixture\n", encoding="utf-8")
    assert check_data_dir(data).problems == []
    return data


def test_a_refresh_killed_at_random_points_never_leaves_half_a_version(tmp_path):
    seed = int.from_bytes(os.urandom(4), "little")
    rng = random.Random(seed)
    root = tmp_path / "root"
    versions.init(root, refreshable_fixture(tmp_path), "tester")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = kills = 0
    while done < REFRESHES:
        whole = rng.randrange(3)
        writer = subprocess.Popen(
            [sys.executable, "-m", "tests.refresh_writer", str(root), str(1000 * (kills + 1)), str(whole + 5)],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True,
        )
        assert writer.stdout is not None and writer.stdout.readline() == "ready\n"
        for _ in range(whole):
            assert writer.stdout.readline(), f"writer ended early (seed {seed})"
        time.sleep(rng.random() * REFRESH_PAUSE)  # a random point inside the next refresh; nothing here is timed
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        writer.stdout.close()
        entries = log.read(root)
        assert [e.version for e in entries] == list(range(1, len(entries) + 1)), seed
        served = [fx_pop_2020(version_dir(root, e.version)) for e in entries[1:]]
        assert served == sorted(set(served), key=int), seed  # each version holds one whole refresh, newer ones later
        assert all(e.kind == "refresh" for e in entries[1:]), seed
        current = current_data_dir(root)
        last = entries[-1].version
        assert current in {version_dir(root, last).resolve(), version_dir(root, max(last - 1, 1)).resolve()}, seed
        assert check_data_dir(current).problems == [], seed
        done += whole + 1
        kills += 1


def fx_pop_2020(folder: Path) -> str:
    """Return the fx_pop 2020 value of fixture_a in a version folder."""
    text = (folder / "indicators" / "fixture_a.csv").read_text(encoding="utf-8")
    return next(r["value"] for r in csv.DictReader(io.StringIO(text)) if (r["indicator_id"], r["year"]) == (
        "fx_pop", "2020"))
