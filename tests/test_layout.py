"""The package layout: no import cycles between modules, no module over the size limit."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

PACKAGE = Path(__file__).resolve().parents[1] / "helpers"
MAX_MODULE_LINES = 420


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path, known: set[str]) -> set[str]:
    """helpers modules imported by ``path`` at any depth (a name imported from a package
    counts as that package's submodule when one of that name exists)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("helpers"):
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in known else node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("helpers")}
    return found & known


def test_no_import_cycles_between_modules():
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = nx.DiGraph()
    for name, path in modules.items():
        if path.name == "__init__.py":  # packages only re-export their modules
            continue
        for target in imported_modules(path, set(modules)):
            if modules[target].name != "__init__.py" and target != name:
                graph.add_edge(name, target)
    assert list(nx.simple_cycles(graph)) == []


def test_every_subpackage_says_what_it_does_and_modules_stay_small():
    for init in PACKAGE.glob("*/__init__.py"):
        doc = ast.get_docstring(ast.parse(init.read_text()))
        assert doc and ("table" in doc.lower() or "chart" in doc.lower()), init
    sizes = {str(p.relative_to(PACKAGE)): len(p.read_text().splitlines()) for p in PACKAGE.rglob("*.py")}
    too_long = {path: n for path, n in sizes.items() if n > MAX_MODULE_LINES}
    assert too_long == {}
