"""Layers: Qt only in app/ui; the engine and the store know nothing of export or the UI."""

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app"
RULES = {  # layer → packages it must not import
    "engine": ("PySide6", "app.ui", "app.store", "app.export", "app.workspace", "app.cli"),
    "store": ("PySide6", "app.ui", "app.export", "app.workspace", "app.cli"),
    "export": ("PySide6", "app.ui", "app.workspace", "app.cli"),
}


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


@pytest.mark.parametrize("layer", sorted(RULES))
def test_layer_imports(layer):
    bad = []
    for path in (APP / layer).rglob("*.py"):
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in RULES[layer]):
                bad.append(f"{path.relative_to(APP.parent)} imports {name}")
    assert bad == []


def test_pyside_only_in_ui():
    bad = [f"{p.relative_to(APP.parent)}" for p in APP.rglob("*.py")
           if "ui" not in p.relative_to(APP).parts[:1] and any(n.startswith("PySide6") for n in _imports(p))]
    assert bad == []


def test_import_linter_contracts():
    lint = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    if not Path(lint).exists():
        pytest.skip("import-linter is not installed")
    result = subprocess.run([lint], cwd=APP.parent, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def _cycles(package: str) -> list[list[str]]:
    """The import cycles among the modules of `package` (strongly connected sets of two or more)."""
    grimp = pytest.importorskip("grimp")
    graph = grimp.build_graph("app")
    modules = sorted(m for m in graph.modules if m == package or m.startswith(package + "."))
    edges = {m: [n for n in graph.find_modules_directly_imported_by(m) if n in modules] for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in edges[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for module in modules:
        if module not in index:
            visit(module)
    return out


@pytest.mark.parametrize("package", ["app.store", "app.workspace", "app.cli"])
def test_no_import_cycle(package):
    assert _cycles(package) == []


def test_store_and_export_never_take_the_workspace():
    """The store and the export layer take plain values (a database, a key, settings); the use cases
    that need the logged-in user are the workspace's."""
    bad = []
    for layer in ("store", "export"):
        for path in (APP / layer).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    names = [a.arg for a in node.args.args + node.args.kwonlyargs]
                    if "workspace" in names:
                        bad.append(f"{path.relative_to(APP.parent)}:{node.lineno} {node.name}")
    assert bad == []


#: what the workspace keeps to itself: the UI and the command line call its methods instead
_STORES = ("drafts", "register", "signed", "keys", "settings", "db", "print_log", "printer_offsets", "accounts",
           "vault")
#: modules still reaching into the workspace's stores (each has the Workspace methods it needs: see
#: app/workspace/records.py); remove a name once its module calls only the workspace
_REACHING: set[str] = set()


def test_ui_and_cli_call_only_the_workspace():
    bad = []
    for package in ("ui", "cli"):
        for path in (APP / package).rglob("*.py"):
            name = str(path.relative_to(APP.parent))
            if name in _REACHING:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Attribute) and node.attr in _STORES and (
                        (isinstance(node.value, ast.Name) and node.value.id in ("workspace", "ws"))
                        or (isinstance(node.value, ast.Attribute) and node.value.attr == "workspace")):
                    bad.append(f"{name}:{node.lineno} .{node.attr}")
    assert bad == []


def test_every_cli_command_is_declared_once_in_its_group_module():
    from app.cli import COMMANDS, build_parser

    assert len(COMMANDS) == 43 and "gui" in COMMANDS and "export" in COMMANDS
    modules = {command.handler.__module__ for command in COMMANDS.values()}
    assert modules == {f"app.cli.{m}" for m in ("gui", "forms", "drafts", "register", "signing", "accounts", "audit",
                                                "transfer", "codelists", "backup", "retention", "statistics", "sync")}
    subparsers = next(a for a in build_parser()._actions if a.dest == "command")
    assert list(subparsers.choices) == list(COMMANDS)
