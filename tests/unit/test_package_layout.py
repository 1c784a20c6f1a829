"""The package's shape: its modules import each other without cycles, and every stage of the
pipeline named in the README has its place in the layout."""

from __future__ import annotations

import ast
from pathlib import Path

from analysis import config

PACKAGE = config.ROOT / "analysis"


def _module_name(path: Path) -> str:
    parts = path.relative_to(config.ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _top_level_imports(tree: ast.Module, modules: set[str]) -> set[str]:
    """Package modules imported when the module is imported (not inside functions, not under
    ``if TYPE_CHECKING``)."""
    found: set[str] = set()
    body = list(tree.body)
    while body:
        node = body.pop()
        if isinstance(node, ast.If) and not _is_type_checking(node):
            body += [*node.body, *node.orelse]
        elif isinstance(node, ast.Try):
            body += [*node.body, *node.orelse, *node.finalbody]
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
    return {name for name in found if name in modules}


def import_graph() -> dict[str, set[str]]:
    """Module -> package modules it imports at import time."""
    files = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {
        name: _top_level_imports(ast.parse(path.read_text(encoding="utf-8")), set(files)) - {name}
        for name, path in files.items()
    }


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle as a list of modules, or [] when there is none."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt):], nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return []


def test_find_cycle_sees_a_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) == []


def test_the_package_has_no_import_cycle() -> None:
    graph = import_graph()
    assert "analysis.pipeline" in graph
    assert find_cycle(graph) == []


def test_no_function_level_imports_of_the_package_inside_extract() -> None:
    """Deferred imports are how cycles hide; the extractors have none."""
    deferred = []
    for path in (PACKAGE / "extract").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                deferred += [
                    f"{path.name}:{sub.lineno}" for sub in ast.walk(node)
                    if isinstance(sub, ast.ImportFrom) and (sub.module or "").startswith("analysis")
                ]
    assert deferred == []


def test_every_pipeline_stage_has_its_place() -> None:
    for stage in ("read", "detect", "repair", "extract", "publish"):
        assert (PACKAGE / stage / "__init__.py").is_file(), stage
    assert (PACKAGE / "publish" / "validate.py").is_file()
    assert (PACKAGE / "publish" / "write.py").is_file()
