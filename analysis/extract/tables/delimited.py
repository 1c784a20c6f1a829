"""The reader of pipe (markdown) and tab-separated tables.

One row per line, cells split at the delimiter; a markdown separator row and rows without
letters or digits are skipped, and the note lines under the table are kept.
"""

from __future__ import annotations

import itertools
import re

from analysis.extract.tables.cells import Cell, Part, TextLine
from analysis.extract.tables.ends import read_notes


def _split_delimited(line: TextLine, sep: str) -> list[Cell]:
    """The cells of a pipe or tab row (outer pipes and trailing empty tab cells dropped)."""
    t = line.text
    seps = [m.start() for m in re.finditer(re.escape(sep), t)]
    if sep == "|":
        bounds = list(itertools.pairwise(seps))
        if t[seps[-1] + 1 :].strip():
            bounds.append((seps[-1], len(t)))
    else:
        edges = [-1, *seps, len(t)]
        bounds = list(itertools.pairwise(edges))
    cells = [line.cell(x + 1, y) for x, y in bounds]
    while sep == "\t" and len(cells) > 1 and not cells[-1].text:
        cells.pop()
    return cells


def read_delimited(lines: list[TextLine], sep: str) -> Part:
    """Read a markdown pipe table or a tab-separated table."""
    i = 0
    while i < len(lines) and not lines[i].text.strip():
        i += 1
    rows: list[list[Cell]] = []
    header: list[Cell] = []
    end = lines[i].start if i < len(lines) else 0

    def is_row(t: str) -> bool:
        """Whether a line is a row of this kind of table."""
        return t.lstrip().startswith("|") if sep == "|" else "\t" in t

    while i < len(lines) and is_row(lines[i].text):
        line = lines[i]
        i += 1
        if sep == "|" and re.fullmatch(r"\s*\|?[\s:|-]*-{2,}[\s:|-]*", line.text):
            continue
        cells = _split_delimited(line, sep)
        if all(not re.search(r"[A-Za-z0-9]", c.text) for c in cells):
            continue
        end = line.end
        if not header:
            header = cells
        else:
            rows.append(cells)
    notes, _, nend = read_notes(lines, i)
    return Part(header, rows, notes, nend if notes else end)
