"""No module of app/ (the engine first of all) is in an import cycle (the form model imports none of its checkers; the
loader imports both). Function-local imports count too: grimp reads every import statement."""

import grimp
import pytest


def _cycles(graph, modules: set[str]) -> list[list[str]]:
    """Strongly connected groups of more than one module among `modules` (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def visit(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for other in graph.find_modules_directly_imported_by(node):
            if other not in modules:
                continue
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
                out.append(sorted(group))

    for module in sorted(modules):
        if module not in index:
            visit(module)
    return out


@pytest.fixture(scope="module")
def graph():
    return grimp.build_graph("app")


def test_no_engine_module_is_in_an_import_cycle(graph):
    engine = {m for m in graph.modules if m == "app.engine" or m.startswith("app.engine.")}
    assert len(engine) > 10
    assert _cycles(graph, engine) == []


def test_the_model_imports_none_of_the_checkers(graph):
    imported = graph.find_upstream_modules("app.engine.model")
    assert not imported & {"app.engine.definition", "app.engine.rules", "app.engine.layout", "app.engine.prefill",
                           "app.engine.tables", "app.engine.blocks", "app.engine.types"}, imported


def test_the_cycle_finder_finds_a_cycle():
    graph = grimp.ImportGraph()
    for name in ("x", "x.a", "x.b", "x.c"):
        graph.add_module(name)
    graph.add_import(importer="x.a", imported="x.b")
    graph.add_import(importer="x.b", imported="x.a")
    graph.add_import(importer="x.c", imported="x.a")
    assert _cycles(graph, {"x.a", "x.b", "x.c"}) == [["x.a", "x.b"]]


def test_no_module_of_the_app_is_in_an_import_cycle(graph):
    """Engine, store, export, workspace, UI, CLI and server: every import runs one way (function-local
    imports included), so any module can be read, tested and replaced without the ones above it."""
    modules = {m for m in graph.modules if m == "app" or m.startswith("app.")}
    assert len(modules) > 60
    assert _cycles(graph, modules - {"app"}) == []
