"""The shape of the code a maintainer relies on: no import cycles, no oversized modules.

The cycle check reads every module's syntax tree, so an import hidden inside a function
(the usual way a cycle is "held together") counts like one at the top of the file.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "tracker"
MAX_LINES = 500


def module_names(package: Path) -> dict[str, Path]:
    """Dotted name → file, for every module below ``package`` (a package is its __init__)."""
    names = {}
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def _owner(name: str, modules: dict[str, Path]) -> str | None:
    """The module ``name`` lives in: itself, or the nearest enclosing package we own."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def import_graph(package: Path) -> dict[str, set[str]]:
    """Who imports whom among ``package``'s modules, from every import statement."""
    modules = module_names(package)
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        here = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = here.split(".")[: len(here.split(".")) - node.level + 1]
                    origin = ".".join(base + ([node.module] if node.module else []))
                else:
                    origin = node.module or ""
                # "from pkg import mod" imports the module; "from mod import name", mod.
                targets = [
                    f"{origin}.{alias.name}" if f"{origin}.{alias.name}" in modules else origin
                    for alias in node.names
                ]
            for target in targets:
                owner = _owner(target, modules)
                if owner and owner != name:
                    graph[name].add(owner)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every group of modules that import each other, round or through others (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_sees_an_import_inside_a_function(tmp_path):
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from pkg import b\n")
    (pkg / "b.py").write_text("def later():\n    from . import c\n")
    (pkg / "c.py").write_text("import pkg.a\n")
    (pkg / "d.py").write_text("from pkg.a import something\n")
    assert cycles(import_graph(pkg)) == [["pkg.a", "pkg.b", "pkg.c"]]


def test_no_import_cycle_among_trackers_modules():
    found = cycles(import_graph(PACKAGE))
    assert found == [], "modules that import each other: " + "; ".join(
        " ↔ ".join(group) for group in found
    )


def _long_modules() -> list[str]:
    long = []
    for name, path in module_names(PACKAGE).items():
        if ".migrations." in name:
            continue
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES:
            long.append(f"{name} ({lines} lines)")
    return long


def test_no_module_over_500_lines():
    assert _long_modules() == []


@pytest.mark.parametrize("folder", ["tracker", "resources/translations", "README.md", "docs"])
def test_no_plural_chopped_into_a_non_word(folder):
    """ "the deliverie #12": a kind's singular is its own word, never its plural cut short."""
    target = ROOT / folder
    files = [target] if target.is_file() else [p for p in target.rglob("*") if p.is_file()]
    hits = [
        str(p.relative_to(ROOT))
        for p in files
        if p.suffix in {".py", ".ts", ".md"}
        and re.search(r"deliverie\b", p.read_text(encoding="utf-8"))
    ]
    assert hits == []
