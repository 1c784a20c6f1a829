"""The reader of tables printed one row per line with single spaces (OCR, plain text).

Value cells are peeled off the right end of each line and the rest is the label; value
lines printed apart from their labels go to the label-only rows above them, and a table
that came out as column blocks is read by the flowed reader instead.
"""

from __future__ import annotations

import re

from analysis.extract.tables.blocks import furniture_line, split_values
from analysis.extract.tables.cells import (
    MARK,
    TITLE_RE,
    VALUE_CELL,
    YEAR_RE,
    Cell,
    LabelHints,
    Part,
    TextLine,
    empty_cell,
    is_value_cell,
    normalise_label,
)
from analysis.extract.tables.ends import (
    PROSE_WORDS,
    SECTION_RE,
    is_prose,
    note_mark,
    read_notes,
)
from analysis.extract.tables.entities import loose_entities
from analysis.extract.tables.flowed import read_flowed
from analysis.extract.tables.row_labels import hinted_text, merge_wrapped
from analysis.notation import CITATION

_PEEL_RE = re.compile(rf"(?:^|(?<=\s))({VALUE_CELL})\s*$", re.IGNORECASE)
_GARBLED_RE = re.compile(rf"(?:^|(?<=\s))(\S{{1,12}}\s*{CITATION}(?:\s*{MARK})*)\s*$")
_JUNK_RE = re.compile(r"(?:^|(?<=\s))([A-Za-z]{1,12}|\d+(?:\.\d+)?\s?%)\s*$")


def _peel(line: TextLine) -> tuple[Cell, list[Cell], str]:
    """Split a row line into its label and the value cells at its right end.

    Returns the label, the cells in order, and a trailing text dropped as OCR junk ("" if
    none). A garbled cell with a citation ("SO (1)") is kept as a cell when a real value
    cell stands before it.
    """
    s = line.text.rstrip()
    cells: list[Cell] = []
    junk = ""
    m = _PEEL_RE.search(s)
    if not m:
        g = _GARBLED_RE.search(s)
        j = _JUNK_RE.search(s)
        if g and _PEEL_RE.search(s[: g.start(1)].rstrip()):
            cells.append(line.cell(g.start(1), g.end(1)))
            s = s[: g.start(1)].rstrip()
        elif j and _PEEL_RE.search(s[: j.start(1)].rstrip()) and s[: j.start(1)].strip():
            junk = j.group(1)
            s = s[: j.start(1)].rstrip()
    while True:
        m = _PEEL_RE.search(s)
        if not m or not s[: m.start(1)].strip():
            break
        cells.insert(0, line.cell(m.start(1), m.end(1)))
        s = s[: m.start(1)].rstrip()
    if not cells:
        junk = ""
        s = line.text.rstrip()
    return line.cell(0, len(s)), cells, junk


def read_peeled(lines: list[TextLine], hints: LabelHints) -> Part:
    """Read a table printed one row per line with single spaces (OCR, plain text).

    A stretch printed as column blocks inside it (label lines, then value lines) is read
    column by column when the values fill the labels exactly.
    """
    if _looks_flowed(lines, hints):
        return read_flowed(lines, hints)
    header: list[Cell] = []
    raw: list[tuple[list[Cell], bool]] = []
    loose: list[Cell] = []
    warnings: list[str] = []
    end = lines[0].start if lines else 0
    i = 0
    while i < len(lines):
        line = lines[i]
        s = line.text.strip()
        if not s or furniture_line(s):
            i += 1
            continue
        if note_mark(s) is not None and raw:
            break
        values = [line.cell(c.start - line.start, c.end - line.start)
                  for c in split_values(line)] or ([line.cell()] if is_value_cell(s) else [])
        if values and raw:
            loose += values
            end = line.end
            i += 1
            continue
        label, cells, junk = _peel(line)
        if not raw and not header and _is_peeled_header(label, cells, lines, i, hints):
            header = [label, *cells]
            end = line.end
            i += 1
            continue
        if not cells and (is_prose(s, hints) or SECTION_RE.match(s) or (
                len(s.split()) > PROSE_WORDS and not hinted_text(s, hints))):
            break
        raw = _place_loose(raw, loose, hints, warnings)
        loose = []
        if junk:
            warnings.append(f"dropped {junk!r} after the cells of {label.text!r}")
        raw.append(([label, *cells], bool(cells)))
        end = line.end
        i += 1
    raw = _place_loose(raw, loose, hints, warnings)
    width = max([len(header) - 1] + [len(c) - 1 for c, _ in raw])
    rows = []
    for cells, has_values in raw:
        label, values = cells[0], cells[1:]
        if values and len(values) < width:
            warnings.append(f"{len(values)} of {width} values in {label.text!r}; "
                            "placed at the right")
        rows.append(([label, *[empty_cell(label.end)] * (width - len(values)), *values],
                     has_values))
    merged = merge_wrapped(rows, hints)
    notes, _, nend = read_notes(lines, i)
    return Part(header, merged, notes, nend if notes else end, warnings)


def _place_loose(raw: list[tuple[list[Cell], bool]], loose: list[Cell], hints: LabelHints,
                 warnings: list[str]) -> list[tuple[list[Cell], bool]]:
    """Give value lines printed apart to the label-only rows above them, column by column.

    When they do not fill those rows, label lines the hints do not know are read as entity
    names printed after the labels (``loose_entities``).
    """
    if not loose:
        return raw
    n = 0
    while n < len(raw) and not raw[len(raw) - 1 - n][1]:
        n += 1
    head, tail = raw[: len(raw) - n], [cells[0] for cells, _ in raw[len(raw) - n :]]
    if n and len(loose) % n:
        tail = loose_entities(tail, hints)
    if not tail or len(loose) % len(tail):
        warnings.append(f"{len(loose)} values printed apart from {n} rows; left out")
        return raw
    ncols = len(loose) // len(tail)
    return head + [([label, *[loose[c * len(tail) + k] for c in range(ncols)]], True)
                   for k, label in enumerate(tail)]


def _is_peeled_header(label: Cell, cells: list[Cell], lines: list[TextLine], i: int,
                      hints: LabelHints) -> bool:
    """Whether the first line of a one-row-per-line table is its header line."""
    norm = normalise_label(label.text)
    if cells and all(YEAR_RE.fullmatch(c.text) for c in cells):
        return True
    if cells or hints.is_label(norm) or hints.is_heading(norm):
        return False
    if hints.is_header(norm.split(" ")[0]) or hints.is_header(norm):
        return True
    nxt = next((ln for ln in lines[i + 1:] if ln.text.strip()), None)
    return bool(nxt and _peel(nxt)[1]) and len(label.text.split()) <= 6 and not hints.labels


def _looks_flowed(lines: list[TextLine], hints: LabelHints) -> bool:
    """Whether an OCR table came out as column blocks (value lines alone) instead of rows."""
    body = []
    for ln in lines:
        s = ln.text.strip()
        if not s or note_mark(s) is not None:
            continue
        if is_prose(s, hints) or TITLE_RE.match(s):
            break
        body.append(s)
    alone = sum(1 for s in body if is_value_cell(s) or YEAR_RE.fullmatch(s))
    rows = sum(1 for s in body if not is_value_cell(s) and _peel(TextLine(0, s))[1])
    return alone >= 4 and alone > 2 * rows
