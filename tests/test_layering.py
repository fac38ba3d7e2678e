"""Layers import one way, and SQL text is never built from values."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from dashboard.data.paths import ROOT

STREAMLIT_ALLOWED = {"streamlit_app.py", "dashboard/cache.py", "dashboard/widgets.py"}
SQL_WORDS = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|FROM|WHERE|JOIN)\b")
PY_FILES = sorted(p for p in [*ROOT.glob("dashboard/**/*.py"), *ROOT.glob("scripts/*.py"), ROOT / "streamlit_app.py"])

# The layers of dashboard/, lowest first, and the layers each may import (besides itself). A lower layer never
# imports a higher one; data preparation (transform) does not depend on URL parsing (urls).
ALLOWED_EDGES: dict[str, frozenset[str]] = {
    "data": frozenset(),
    "i18n": frozenset(),
    # What users write (rounds, scores): a base layer of its own, so that data/ (read-only) never writes, and the
    # web pages and the command line share one store.
    "store": frozenset(),
    # Updates of a data directory (versions, the log, partner submissions): they write data folders, so they sit
    # above data/ (whose checks they run) and below the edges that call them; data/ itself stays read-only.
    "updates": frozenset({"data"}),
    "transform": frozenset({"data"}),
    "cards": frozenset({"data", "i18n", "transform"}),
    "figures": frozenset({"data", "i18n", "transform", "cards"}),
    "exports": frozenset({"data", "i18n", "transform"}),
    "urls": frozenset({"data", "transform", "exports"}),
    "cli": frozenset({"data", "i18n", "transform", "exports", "urls", "store", "updates"}),
    "web": frozenset({"data", "i18n", "transform", "cards", "figures", "exports", "urls", "store", "updates"}),
    "app": frozenset({"i18n", "web"}),  # streamlit_app.py: only routes
    "entry": frozenset({"cli"}),  # dashboard/__main__.py
}
# Figure builders share only figures.style, figures.palette and figures.captions; none imports another's
# internals. compare_view assembles the Compare page's charts and maps, so it may use both.
FIGURE_BUILDERS = frozenset({"charts", "maps", "governance", "plans", "assessment"})
STREAMLIT_LAYERS = frozenset({"web", "app"})


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def layer_of_file(relpath: str) -> str | None:
    """Return the layer of a project file (None for scripts/, which sit outside the package)."""
    if relpath == "streamlit_app.py":
        return "app"
    if relpath == "dashboard/__main__.py":
        return "entry"
    parts = relpath.split("/")
    return parts[1] if parts[0] == "dashboard" and len(parts) > 2 else None


def imports_of(tree: ast.AST) -> list[str]:
    """Return every absolute module name imported (for `from a import b`, both a and a.b)."""
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names += [f"{node.module}.{alias.name}" for alias in node.names]
    return names


def imported_modules(tree: ast.AST) -> set[str]:
    """Return the top-level packages imported."""
    return {name.split(".")[0] for name in imports_of(tree)}


def layer_violations(relpath: str, source: str) -> list[str]:
    """Return the imports of one file that break the layer map, the figure rule or the Streamlit rule."""
    layer = layer_of_file(relpath)
    if layer is None:
        return []
    tree = ast.parse(source)
    found = []
    for name in imports_of(tree):
        parts = name.split(".")
        if parts[0] == "streamlit" and layer not in STREAMLIT_LAYERS:
            found.append(f"{relpath} imports streamlit (only web/ and streamlit_app.py may)")
        if parts[0] != "dashboard" or len(parts) < 2 or parts[1] not in ALLOWED_EDGES:
            continue
        target = parts[1]
        if target != layer and target not in ALLOWED_EDGES[layer]:
            found.append(f"{relpath} ({layer}) imports {name} ({target})")
        module = Path(relpath).stem
        if layer == target == "figures" and module in FIGURE_BUILDERS and len(parts) > 2:
            if parts[2] in FIGURE_BUILDERS and parts[2] != module:
                found.append(f"{relpath} imports another figure builder's internals: {name}")
    return sorted(set(found))


@pytest.mark.parametrize("path", PY_FILES, ids=rel)
def test_layers_import_one_way(path):
    assert layer_violations(rel(path), path.read_text(encoding="utf-8")) == []


def test_every_package_file_has_a_layer():
    for path in ROOT.glob("dashboard/**/*.py"):
        layer = layer_of_file(rel(path))
        assert layer in ALLOWED_EDGES or rel(path) == "dashboard/__init__.py", rel(path)


@pytest.mark.parametrize(
    ("relpath", "source"),
    [
        ("dashboard/data/db.py", "from dashboard.figures.charts import line_chart\n"),  # lower imports higher
        ("dashboard/transform/series.py", "from dashboard.urls.compare import parse_state\n"),  # prep <- URLs
        ("dashboard/figures/charts.py", "import streamlit as st\n"),  # Streamlit below the edge
        ("dashboard/i18n/fmt.py", "from dashboard import data\nfrom dashboard.data import queries\n"),
        ("dashboard/figures/maps.py", "from dashboard.figures.charts import _style\n"),  # figure internals
        ("dashboard/cards/plan_cards.py", "from dashboard.figures.plans import plan_label\n"),
        ("streamlit_app.py", "from dashboard.data.db import connect\n"),  # the entry file only routes
    ],
)
def test_the_layer_check_can_fail(relpath, source):
    assert layer_violations(relpath, source)


def test_the_layer_check_passes_allowed_edges():
    assert layer_violations("dashboard/web/cache.py", "import streamlit\nfrom dashboard.figures import maps\n") == []
    assert layer_violations("dashboard/figures/compare_view.py", "from dashboard.figures import charts, maps\n") == []


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
    ("dashboard/data/db.py", 'con.execute(f"CREATE TABLE {table} AS SELECT * FROM staged_rows")'),
}


@pytest.mark.parametrize("path", PY_FILES, ids=rel)
def test_no_sql_built_by_string_formatting(path):
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    # compared without a trailing comment (a noqa saying why may follow the code)
    found = {(rel(path), lines[n - 1].split("  #")[0].strip()) for n in _sql_built_from_values(ast.parse(source))}
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
