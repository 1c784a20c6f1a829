"""Table damage that is not furniture: dotted leader rows, icons read as words in a cell."""

from __future__ import annotations

import re

from analysis.notation import YES_MARKS
from analysis.repair.base import Line, drop_lines_edits, finish, split_lines
from analysis.repair.ledger import Edit

_LEADER_ROW = re.compile(r"^[ \t|]*(?:[·.…•][ \t|]*){3,}$")


def leader_rows(text: str) -> tuple[str, list[Edit]]:
    """Remove rows of dotted leaders ("\\t· · · ·\\t") that a PDF converter made a table row."""
    lines = split_lines(text)
    drop = {i for i, line in enumerate(lines) if _LEADER_ROW.match(line.text)}
    return finish(text, drop_lines_edits(text, lines, drop)) if drop else (text, [])


_CHECK = frozenset(YES_MARKS)
_ICON_WORDS = re.compile(r"[A-Z][A-Z ]*[A-Z]")


def _cells(line: str) -> list[str] | None:
    """The cells of a tab row or a Markdown ``|`` row, else ``None``."""
    if "\t" in line:
        return line.split("\t")
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
        return stripped[1:-1].split("|")
    return None


def _rows(lines: list[Line]) -> list[list[tuple[Line, list[str]]]]:
    """Runs of consecutive table rows."""
    runs: list[list[tuple[Line, list[str]]]] = []
    current: list[tuple[Line, list[str]]] = []
    for line in lines:
        cells = _cells(line.text)
        if cells is None:
            if current:
                runs.append(current)
            current = []
        else:
            current.append((line, cells))
    if current:
        runs.append(current)
    return runs


def checkmark_words(text: str) -> tuple[str, list[Edit]]:
    """Empty the first cell of ratification rows where a check-mark image was read as words.

    In a table whose rows mostly have an empty first cell and end in a check mark, a first
    cell of capital words only ("STORY OF THE WAY", "ATTORY") is the image read as text.
    """
    edits: list[Edit] = []
    for run in _rows(split_lines(text)):
        empty_first = sum(1 for _, cells in run if not cells[0].strip())
        if empty_first * 2 <= len(run):
            continue
        for line, cells in run:
            first = cells[0].strip()
            last = next((c.strip() for c in reversed(cells) if c.strip()), "")
            if first and last in _CHECK and _ICON_WORDS.fullmatch(first):
                offset = line.text.index(first)
                edits.append(Edit(line.start + offset, line.start + offset + len(first), ""))
    return finish(text, edits)
