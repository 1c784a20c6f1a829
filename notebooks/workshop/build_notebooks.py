"""Student copies of the workshop's solution notebooks, and re-execution of the solutions.

``python notebooks/workshop/build_notebooks.py students`` (``make workshop``) writes
``exercise_<name>.ipynb`` beside each ``solution_<name>.py``: every cell tagged ``solution``
becomes a prompt, its leading comment (the task) kept and each answer name the later cells
use set to ``None``; hints, explanations and checks are kept; no outputs. The output is
byte-for-byte the same on every run. A student copy whose cells were edited since it was
written is kept (``--force`` overwrites it).

``python notebooks/workshop/build_notebooks.py solutions`` (part of ``make notebooks``)
executes the solution notebooks in place from their reviewed ``.py`` source, so that nbval
checks their outputs.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import sys
from collections.abc import Sequence
from pathlib import Path

import jupytext
import nbformat
from nbformat import NotebookNode

WORKSHOP = Path(__file__).resolve().parent
SOLUTION_TAG = "solution"
ANSWER_TAG = "answer"
CODE_PROMPT = "# Replace each None below with your answer (see the hints), then run the check."
EMPTY_PROMPT = "# Write your code here, then run the check."
TEXT_PROMPT = "*Your answer:* (write it here)"
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def solution_sources(folder: Path = WORKSHOP) -> list[Path]:
    """The reviewed sources of the solution notebooks, in exercise order."""
    return sorted(folder.glob("solution_*.py"))


def assigned_names(source: str) -> list[str]:
    """Names a cell binds at its top level (assignments, functions, classes), in order."""
    names: list[str] = []

    def add(target: ast.AST) -> None:
        if isinstance(target, ast.Name) and target.id not in names:
            names.append(target.id)
        elif isinstance(target, ast.Tuple | ast.List):
            for element in target.elts:
                add(element)
        elif isinstance(target, ast.Starred):
            add(target.value)

    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                add(target)
        elif isinstance(node, ast.AnnAssign | ast.AugAssign):
            add(node.target)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            add(ast.Name(node.name))
    return names


def used_names(sources: Sequence[str]) -> set[str]:
    """Every name the given cells read."""
    return {node.id for source in sources for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load)}


def _task(source: str) -> list[str]:
    """The leading comment lines of a solution cell: its task, kept for the student."""
    lines = []
    for line in source.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line)
    return lines


def _is_solution(cell: NotebookNode) -> bool:
    return SOLUTION_TAG in cell.get("metadata", {}).get("tags", [])


def student_cells(cells: Sequence[NotebookNode]) -> list[NotebookNode]:
    """The cells of a student copy: each solution cell replaced by its prompt."""
    out = []
    for index, cell in enumerate(cells):
        if not _is_solution(cell):
            new = (nbformat.v4.new_code_cell(cell.source) if cell.cell_type == "code"
                   else nbformat.v4.new_markdown_cell(cell.source))
            tags = [t for t in cell.get("metadata", {}).get("tags", [])]
            if tags:
                new.metadata["tags"] = tags
        elif cell.cell_type == "markdown":
            new = nbformat.v4.new_markdown_cell(TEXT_PROMPT)
            new.metadata["tags"] = [ANSWER_TAG]
        else:
            later = [c.source for c in cells[index + 1:]
                     if c.cell_type == "code" and not _is_solution(c)]
            wanted = used_names(later)
            stubs = [f"{name} = None" for name in assigned_names(cell.source) if name in wanted]
            lines = [*_task(cell.source), CODE_PROMPT if stubs else EMPTY_PROMPT, *stubs]
            new = nbformat.v4.new_code_cell("\n".join(lines))
            new.metadata["tags"] = [ANSWER_TAG]
        out.append(new)
    return out


def _cells_digest(cells: Sequence[NotebookNode]) -> str:
    """A digest of the cells' types and sources (not outputs): what a student may edit."""
    text = "\x00".join(f"{c.cell_type}\x01{c.source}" for c in cells)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def student_notebook(source: Path) -> NotebookNode:
    """The student copy of one solution notebook."""
    cells = student_cells(jupytext.read(source).cells)
    stem = source.stem.removeprefix("solution_")
    for index, cell in enumerate(cells):
        cell["id"] = f"{stem.replace('_', '-')}-{index:02d}"
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata = {
        "kernelspec": KERNELSPEC,
        "language_info": {"name": "python"},
        "workshop": {"solution": source.name, "cells_sha256": _cells_digest(cells)},
    }
    nbformat.validate(nb)
    return nb


def student_path(source: Path, out_dir: Path) -> Path:
    """Where the student copy of a solution source goes."""
    return out_dir / f"{source.stem.replace('solution_', 'exercise_', 1)}.ipynb"


def _edited(path: Path) -> bool:
    """Whether a student copy's cells were changed since it was written."""
    nb = nbformat.read(path, as_version=4)
    stored = nb.metadata.get("workshop", {}).get("cells_sha256")
    return stored != _cells_digest(nb.cells)


def write_students(out_dir: Path = WORKSHOP, *, force: bool = False) -> list[Path]:
    """Write the student copy of every solution; keep copies a student has edited."""
    written = []
    for source in solution_sources():
        path = student_path(source, out_dir)
        text = nbformat.writes(student_notebook(source)) + "\n"
        if path.exists() and not force and path.read_text(encoding="utf-8") != text \
                and _edited(path):
            print(f"kept {path.name}: its cells were edited (--force overwrites it)")
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def execute_solution(source: Path, timeout: int = 900) -> Path:
    """Execute one solution notebook from its .py source and save it beside it, keeping the
    ids of unchanged cells and writing no timings, so a rerun on the same data is identical."""
    from nbclient import NotebookClient

    ipynb = source.with_suffix(".ipynb")
    nb = jupytext.read(source)
    old = nbformat.read(ipynb, as_version=4).cells if ipynb.is_file() else []
    for index, cell in enumerate(nb.cells):
        match = old[index] if index < len(old) and old[index].source == cell.source else None
        cell["id"] = match["id"] if match and "id" in match else f"cell-{index}"
    NotebookClient(nb, timeout=timeout, record_timing=False,
                   resources={"metadata": {"path": str(WORKSHOP)}}).execute()
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = coalesce_streams(cell.outputs)
    jupytext.write(nb, ipynb)
    return ipynb


def coalesce_streams(outputs: Sequence[NotebookNode]) -> list[NotebookNode]:
    """Join consecutive pieces of one stream, which the kernel may send in any split."""
    joined: list[NotebookNode] = []
    for out in outputs:
        last = joined[-1] if joined else None
        if (out.output_type == "stream" and last is not None and last.output_type == "stream"
                and last.name == out.name):
            last.text += out.text
        else:
            joined.append(out)
    return joined


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``students`` writes the student copies, ``solutions`` re-executes."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=("students", "solutions"))
    parser.add_argument("--out", type=Path, default=WORKSHOP,
                        help="folder for the student copies (default: this folder)")
    parser.add_argument("--force", action="store_true",
                        help="overwrite student copies even where their cells were edited")
    args = parser.parse_args(argv)
    if args.what == "students":
        for path in write_students(args.out, force=args.force):
            print(f"wrote {path}")
    else:
        for source in solution_sources():
            print(f"executed {execute_solution(source)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
