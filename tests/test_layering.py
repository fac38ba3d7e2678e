"""Layers import one way, and SQL text is never built from values."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from dashboard.paths import ROOT

STREAMLIT_ALLOWED = {"streamlit_app.py", "dashboard/cache.py", "dashboard/widgets.py"}
SQL_WORDS = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|FROM|WHERE|JOIN)\b")
PY_FILES = sorted(p for p in [*ROOT.glob("dashboard/**/*.py"), *ROOT.glob("scripts/*.py"), ROOT / "streamlit_app.py"])


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def imported_modules(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", PY_FILES, ids=rel)
def test_streamlit_only_at_the_edge(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    uses_streamlit = "streamlit" in imported_modules(tree)
    allowed = rel(path) in STREAMLIT_ALLOWED or rel(path).startswith("dashboard/app_pages/")
    assert allowed or not uses_streamlit


def _sql_built_from_values(tree: ast.AST) -> list[int]:
    """Line numbers where SQL-looking text is built with an f-string, % or .format()."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
            if SQL_WORDS.search(text):
                lines.append(node.lineno)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
            if isinstance(node.left, ast.Constant) and isinstance(node.left.value, str):
                if SQL_WORDS.search(node.left.value):
                    lines.append(node.lineno)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
            target = node.func.value
            if isinstance(target, ast.Constant) and isinstance(target.value, str) and SQL_WORDS.search(target.value):
                lines.append(node.lineno)
    return lines


# Identifiers that cannot be bound (table names) come from fixed allow-lists in db.py; those lines are listed
# here by content so that any new formatted SQL fails this test.
ALLOWED_FORMATTED_SQL = {
    ("dashboard/db.py", 'con.execute(f"CREATE TABLE {table} AS {select}", {"paths": [str(data_dir / rel)]})'),
    ("dashboard/db.py", 'con.execute(f"CREATE TABLE {table} AS {select}", {"paths": [str(path)]})'),
    ("dashboard/db.py", 'con.execute(f"CREATE TABLE {table} ({cols})")'),
}


@pytest.mark.parametrize("path", PY_FILES, ids=rel)
def test_no_sql_built_by_string_formatting(path):
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = {(rel(path), lines[n - 1].strip()) for n in _sql_built_from_values(ast.parse(source))}
    assert found - ALLOWED_FORMATTED_SQL == set()


def test_the_sql_check_can_fail():
    tree = ast.parse('q = f"SELECT * FROM t WHERE id = {x}"\nr = "DELETE FROM t WHERE a=%s" % y\n'
                     's = "SELECT {}".format(z)\n')
    assert _sql_built_from_values(tree) == [1, 2, 3]


def test_every_query_file_has_a_header_and_one_statement():
    for path in sorted((ROOT / "queries").glob("*.sql")):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("--"), path.name
        body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("--"))
        assert body.strip().rstrip(";").count(";") == 0, path.name
