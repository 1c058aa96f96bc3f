"""The shape of the code: no import cycles in journal/, cli/ or ui/, no module too long,
and nothing of the GUI loaded by any module of the core (checked by running them, not by
reading them)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def module_names(root: Path, package: str) -> dict[str, Path]:
    """Dotted module name -> its source file, for every module of `package` under root."""
    out = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _type_only_imports(tree: ast.AST) -> set[ast.AST]:
    """The imports under `if TYPE_CHECKING:`: read by the type checker, never run."""
    found: set[ast.AST] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and (
                (isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING")
                or (isinstance(node.test, ast.Attribute)
                    and node.test.attr == "TYPE_CHECKING")):
            for stmt in node.body:
                found.update(n for n in ast.walk(stmt)
                             if isinstance(n, ast.Import | ast.ImportFrom))
    return found


def import_graph(root: Path, package: str, *, runtime_only: bool = False
                 ) -> dict[str, set[str]]:
    """Module -> the modules of the same package it imports, anywhere in its source (a
    function-level import is as much a dependency as one at the top); `runtime_only`:
    without the imports made for the type checker alone."""
    modules = module_names(root, package)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        deps: set[str] = set()
        is_package = path.name == "__init__.py"
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = _type_only_imports(tree) if runtime_only else set()
        for node in ast.walk(tree):
            if node in skipped:
                continue
            if isinstance(node, ast.Import):
                deps.update(a.name for a in node.names if a.name in modules)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    here = name.split(".") if is_package else name.split(".")[:-1]
                    here = here[:len(here) - node.level + 1]
                    base = ".".join([*here, base] if base else here)
                for alias in node.names:
                    if f"{base}.{alias.name}" in modules:
                        deps.add(f"{base}.{alias.name}")
                    elif base in modules:
                        deps.add(base)
        deps.discard(name)
        graph[name] = deps
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(found)


def test_journal_has_no_import_cycles():
    graph = import_graph(REPO, "journal")
    assert len(graph) > 30, "the core's modules were not found"
    assert cycles(graph) == []


def test_the_command_line_has_no_import_cycles():
    graph = import_graph(REPO, "cli")
    assert len(graph) > 5, "the command line's modules were not found"
    assert cycles(graph) == []


def test_the_gui_has_no_import_cycles():
    # A helper may name the window or page that owns it in a type hint (imported only
    # for the type checker); no module imports one that imports it back when run.
    graph = import_graph(REPO, "ui", runtime_only=True)
    assert len(graph) > 50, "the GUI's modules were not found"
    assert cycles(graph) == []


# A module longer than this does more than one job: split it by what it does.
MAX_MODULE_LINES = 600


@pytest.mark.parametrize("package", ["journal", "cli", "ui"])
def test_no_module_is_too_long(package):
    lengths = {name: len(path.read_text(encoding="utf-8").splitlines())
               for name, path in module_names(REPO, package).items()}
    assert len(lengths) > 5
    assert {name: n for name, n in lengths.items() if n > MAX_MODULE_LINES} == {}


def test_the_cycle_finder_sees_cycles_through_packages_and_functions(tmp_path):
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from pkg.b import thing\n")
    (pkg / "b.py").write_text("def f():\n    from pkg import a\n")
    (pkg / "sub" / "__init__.py").write_text("def g():\n    from pkg.sub import c\n")
    (pkg / "sub" / "c.py").write_text("from . import helper\n")
    (pkg / "d.py").write_text("import pkg.a\n")
    assert cycles(import_graph(tmp_path, "pkg")) == [["pkg.a", "pkg.b"],
                                                     ["pkg.sub", "pkg.sub.c"]]


def test_the_cycle_finder_leaves_out_type_only_imports_when_asked(tmp_path):
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from pkg.b import thing\n")
    (pkg / "b.py").write_text("import typing\nif typing.TYPE_CHECKING:\n"
                              "    from pkg.a import A\n")
    (pkg / "c.py").write_text("from typing import TYPE_CHECKING\nimport pkg.d\n"
                              "if TYPE_CHECKING:\n    pass\nelse:\n    import pkg.e\n")
    (pkg / "d.py").write_text("def f():\n    import pkg.c\n")
    (pkg / "e.py").write_text("")
    assert cycles(import_graph(tmp_path, "pkg")) == [["pkg.a", "pkg.b"], ["pkg.c", "pkg.d"]]
    assert cycles(import_graph(tmp_path, "pkg", runtime_only=True)) == [["pkg.c", "pkg.d"]]


def loaded_after_importing(modules: list[str]) -> list[str]:
    """The GUI modules (PySide6, shiboken6, ui) loaded by importing `modules` in a
    fresh interpreter."""
    code = ("import importlib, sys\n"
            f"for name in {modules!r}:\n"
            "    importlib.import_module(name)\n"
            "print(sorted(m for m in sys.modules\n"
            "             if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui')))\n")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=REPO, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return ast.literal_eval(result.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_no_module_of_the_core_loads_the_gui():
    modules = sorted(module_names(REPO, "journal"))
    assert "journal.report" in modules and "journal.__main__" in modules
    assert loaded_after_importing(modules) == []


@pytest.mark.slow
def test_the_gui_check_would_see_the_gui_loaded():
    assert "ui" in loaded_after_importing(["journal.vault", "ui.report_pdf"])
