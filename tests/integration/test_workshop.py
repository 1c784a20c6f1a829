"""The workshop end to end: student copies run to the end with every check saying "not yet",
an exercise that changes a vocabulary leaves the repository's data alone, `make workshop`
writes the same bytes twice, and the fixture excerpts are what they say they are.

(nbval runs the solution notebooks themselves: `make test` collects them.)"""

from __future__ import annotations

import csv
import hashlib
import importlib
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from analysis import config

WORKSHOP = config.ROOT / "notebooks" / "workshop"
sys.path.insert(0, str(WORKSHOP))
build = importlib.import_module("build_notebooks")
kit = importlib.import_module("kit")

#: What no exercise may change.
GUARDED = (config.RAW_DIR, config.CLEAN_DIR, config.PACKAGE_DATA, WORKSHOP / "fixtures")


def _digest() -> str:
    """One digest of every file under the guarded folders."""
    h = hashlib.sha256()
    for folder in GUARDED:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            h.update(str(path.relative_to(config.ROOT)).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def _run(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    NotebookClient(nb, timeout=600, record_timing=False,
                   resources={"metadata": {"path": str(WORKSHOP)}}).execute()
    return nb


def _check_lines(nb: nbformat.NotebookNode) -> list[str]:
    return ["".join(o.get("text", "") for o in c.outputs) for c in nb.cells
            if c.cell_type == "code" and c.source.startswith("checks.")]


def test_student_copies_run_to_the_end_and_every_check_says_not_yet(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKSHOP_WORK_DIR", str(tmp_path / "work"))
    before = _digest()
    for path in build.write_students(tmp_path / "students"):
        nb = _run(nbformat.read(path, as_version=4))
        errors = [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
        assert not errors, (path.name, errors)
        lines = _check_lines(nb)
        assert lines and all(": not yet. " in line and line.count("\n") == 1 for line in lines), (
            path.name, lines)
    assert _digest() == before, "a student copy changed the repository's data"


def test_changing_a_copy_of_the_package_touches_only_the_work_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKSHOP_WORK_DIR", str(tmp_path / "work"))
    before = _digest()
    nb = _run(nbformat.read(WORKSHOP / "solution_02_new_wording.ipynb", as_version=4))
    assert all(": right. " in line for line in _check_lines(nb))
    assert _digest() == before
    copy = tmp_path / "work" / "02_new_wording" / "package" / "analysis"
    assert "penalties_imposed" in (copy / "data" / "enforcement_labels.csv").read_text()
    assert "penalties_imposed" in (copy / "schema.py").read_text()


def test_make_workshop_writes_the_same_bytes_as_another_build(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(WORKSHOP / "build_notebooks.py"), "students", "--out",
         str(tmp_path / "cli")], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    again = build.write_students(tmp_path / "again")
    assert len(again) == 4
    for path in again:
        assert (tmp_path / "cli" / path.name).read_bytes() == path.read_bytes()


def test_fixture_excerpts_are_the_stated_lines_of_the_corpus_files(corpus: Path) -> None:
    with (WORKSHOP / "fixtures" / "excerpts.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 6
    for row in rows:
        whole = (corpus / row["source"]).read_text(encoding="utf-8")
        fixture = (WORKSHOP / "fixtures" / row["fixture"]).read_text(encoding="utf-8")
        assert fixture == kit.cut_lines(whole, row["lines"]), row["fixture"]
