"""The workshop's notebooks: student copies hide the solutions and nothing else, are the same
bytes on every build, and the committed solutions are in sync with their source and right."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import jupytext
import nbformat
import pytest

from analysis import config

WORKSHOP = config.ROOT / "notebooks" / "workshop"
sys.path.insert(0, str(WORKSHOP))
build = importlib.import_module("build_notebooks")

SOURCES = build.solution_sources()


def _code(source: str) -> nbformat.NotebookNode:
    return nbformat.v4.new_code_cell(source)


def _solution(source: str, kind: str = "code") -> nbformat.NotebookNode:
    cell = _code(source) if kind == "code" else nbformat.v4.new_markdown_cell(source)
    cell.metadata["tags"] = [build.SOLUTION_TAG]
    return cell


def test_there_are_four_exercises() -> None:
    assert [p.stem for p in SOURCES] == [
        "solution_01_damaged_text", "solution_02_new_wording",
        "solution_03_inspector_adequacy", "solution_04_trends_disagreement"]


def test_assigned_names_in_order() -> None:
    source = ("a = 1\nb, (c, *d) = 2, (3, 4)\ne: int = 5\ndef f(): pass\nclass G: pass\n"
              "for h in []: i = 1")
    assert build.assigned_names(source) == ["a", "b", "c", "d", "e", "f", "G"]


def test_a_solution_becomes_its_task_and_stubs_for_names_used_later() -> None:
    cells = [
        _solution("# Your turn: the answer.\n# second line of the task\n"
                  "helper = 2\nanswer = helper * 21"),
        _code("checks.step(answer)"),
        _solution("*A possible answer.* It is 42.", kind="markdown"),
    ]
    student = build.student_cells(cells)
    assert student[0].source == ("# Your turn: the answer.\n# second line of the task\n"
                                 f"{build.CODE_PROMPT}\nanswer = None")
    assert student[0].metadata["tags"] == [build.ANSWER_TAG]
    assert student[1].source == "checks.step(answer)"
    assert student[2].cell_type == "markdown" and student[2].source == build.TEXT_PROMPT


def test_a_solution_whose_names_nothing_reads_gets_an_empty_prompt() -> None:
    cells = [_solution("# Your turn: run it.\nrun(1)"), _code("print(2)")]
    assert build.student_cells(cells)[0].source == f"# Your turn: run it.\n{build.EMPTY_PROMPT}"


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_student_copy_holds_no_solution_and_keeps_everything_else(source: Path) -> None:
    solution = jupytext.read(source).cells
    student = build.student_notebook(source).cells
    assert len(student) == len(solution)
    for mine, theirs in zip(student, solution, strict=True):
        assert not mine.get("outputs") and mine.get("execution_count") is None
        if build.SOLUTION_TAG not in theirs.metadata.get("tags", []):
            assert (mine.cell_type, mine.source) == (theirs.cell_type, theirs.source)
            continue
        assert build.SOLUTION_TAG not in mine.metadata.get("tags", [])
        if mine.cell_type == "code":
            lines = mine.source.splitlines()
            assert all(line.startswith("#") or line.endswith(" = None") for line in lines)
            assert lines[0].startswith("# Your turn"), "a solution cell starts with its task"


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_each_answer_is_followed_by_its_check(source: Path) -> None:
    cells = jupytext.read(source).cells
    answers = [i for i, c in enumerate(cells)
               if c.cell_type == "code" and build.SOLUTION_TAG in c.metadata.get("tags", [])]
    assert answers
    for i in answers:
        assert cells[i + 1].cell_type == "code" and cells[i + 1].source.startswith("checks.")


def test_student_copies_are_the_same_bytes_on_every_build(tmp_path: Path) -> None:
    first = build.write_students(tmp_path / "a")
    second = build.write_students(tmp_path / "b")
    assert [p.name for p in first] == [p.name for p in second] == [
        build.student_path(s, tmp_path).name for s in SOURCES]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes()
    assert build.write_students(tmp_path / "a")  # an untouched copy is simply rewritten
    assert first[0].read_bytes() == second[0].read_bytes()


def test_a_copy_the_student_edited_is_kept_unless_forced(tmp_path: Path, capsys) -> None:
    path = build.write_students(tmp_path)[0]
    nb = nbformat.read(path, as_version=4)
    nb.cells[-1].source += "\nmy notes"
    nbformat.write(nb, path)
    edited = path.read_bytes()
    assert path not in build.write_students(tmp_path)
    assert path.read_bytes() == edited
    assert f"kept {path.name}" in capsys.readouterr().out
    assert path in build.write_students(tmp_path, force=True)
    assert path.read_bytes() != edited


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_solution_pair_in_sync(source: Path) -> None:
    ipynb = source.with_suffix(".ipynb")
    assert ipynb.is_file(), f"{ipynb.name} missing: run `make sync` or `make notebooks`"
    cells = [(c.cell_type, c.source.strip()) for c in jupytext.read(source).cells]
    assert cells == [(c.cell_type, c.source.strip()) for c in jupytext.read(ipynb).cells], (
        f"{source.name} and {ipynb.name} drifted: make notebooks")


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_committed_solutions_pass_every_check(source: Path) -> None:
    nb = nbformat.read(source.with_suffix(".ipynb"), as_version=4)
    checks = [c for c in nb.cells if c.cell_type == "code" and c.source.startswith("checks.")]
    assert checks
    for cell in nb.cells:
        assert not [o for o in cell.get("outputs", []) if o.output_type == "error"], cell.source
    for cell in checks:
        text = "".join(o.get("text", "") for o in cell.outputs)
        assert ": right." in text and "not yet" not in text, (cell.source, text)


def test_pieces_of_one_stream_are_joined() -> None:
    out = nbformat.v4.new_output
    pieces = [out("stream", name="stdout", text="a"), out("stream", name="stdout", text="\n"),
              out("stream", name="stderr", text="w"), out("stream", name="stdout", text="b")]
    assert [(o.name, o.text) for o in build.coalesce_streams(pieces)] == [
        ("stdout", "a\n"), ("stderr", "w"), ("stdout", "b")]
