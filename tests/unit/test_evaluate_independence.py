"""The scorer stands apart from what it scores: no extractor code, nothing read from tests/."""

from __future__ import annotations

import ast
import subprocess
import sys

from analysis import config

EVALUATE = config.ROOT / "analysis" / "evaluate"


def _imports(path) -> set[str]:
    """Every module a source file imports, absolute names."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_scorer_module_imports_the_extractor():
    found = {path.name: sorted(n for n in _imports(path) if n.startswith("analysis.extract"))
             for path in sorted(EVALUATE.glob("*.py"))}
    assert len(found) >= 8
    assert not any(found.values()), found


def test_loading_the_scorer_loads_no_extractor_module_at_all():
    probe = ("import sys, analysis.evaluate.cli; "
             "print(sorted(m for m in sys.modules if m.startswith('analysis.extract')))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True, cwd=config.ROOT)
    assert done.stdout.strip() == "[]"


def test_the_scorer_names_no_path_in_the_tests_folder():
    named = [(path.name, node.value) for path in sorted(EVALUATE.glob("*.py"))
             for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
             if isinstance(node, ast.Constant) and isinstance(node.value, str)
             and node.value.strip("/").split("/")[0] == "tests"]
    assert not named
