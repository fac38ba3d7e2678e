"""Spreadsheet safety of exports: formulas neutralised, numbers kept as numbers."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from dashboard.exports.files import neutralise, neutralise_cell, to_csv_bytes


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"),
        ("Genova", "Genova"), ("", ""), (-1.5, -1.5), (None, None),
    ],
)
def test_neutralise_cell(value, expected):
    assert neutralise_cell(value) == expected


def test_csv_keeps_numbers_and_neutralises_text():
    frame = pd.DataFrame({"note": ['=HYPERLINK("http://x","y")', "ok"], "value": [-3.5, 2.0]})
    back = pd.read_csv(io.BytesIO(to_csv_bytes(frame)), encoding="utf-8-sig")
    assert back["note"].tolist() == ['\'=HYPERLINK("http://x","y")', "ok"]
    assert back["value"].tolist() == [-3.5, 2.0]
    assert neutralise(frame)["value"].dtype == frame["value"].dtype


def test_write_atomic_replaces_whole_file(tmp_path):
    from dashboard.exports.files import write_atomic

    target = tmp_path / "out.csv"
    target.write_bytes(b"old")
    write_atomic(target, b"new,file\r\n")
    assert target.read_bytes() == b"new,file\r\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_write_atomic_failure_leaves_old_file_and_no_temp(tmp_path, monkeypatch):
    import os

    from dashboard.exports import files

    target = tmp_path / "out.csv"
    target.write_bytes(b"old")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        files.write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
