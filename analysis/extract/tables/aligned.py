"""The reader of space-aligned tables (``pdftotext -layout``).

The header line (or the three or five lines whose headings stack in the same columns, or the
two lines under a heading spanning several columns) gives the column starts; each later
line's pieces go to the nearest column, and label lines without values are joined to the row
they wrap from or into.
"""

from __future__ import annotations

import itertools
import re

from analysis.extract.tables.cells import (
    Cell,
    LabelHints,
    Part,
    TextLine,
    empty_cell,
    is_value_cell,
    joined_cell,
    stack_text,
)
from analysis.extract.tables.ends import is_prose, note_mark, read_notes
from analysis.extract.tables.row_labels import merge_wrapped
from analysis.notation import CITATION

#: A space inside a figure ("64 9 (1)"): a piece of one column is one cell, columns being
#: two spaces or more apart, so a bare number of up to three digits and the digits after it
#: are one figure OCR split.
_SPLIT_FIGURE = re.compile(r"^(\d{1,3}) (?=\d)")
#: A piece of a header line that heads no column, or of a row that is no cell (a stray OCR
#: left between two cells, or a sign where a continued row prints no label): one small
#: letter or sign.
_STRAY_PIECE = re.compile(r"[a-z'‘’`´,.~_-]")
#: Most spaces between two pieces of one heading that OCR split (one space added to one).
_SPACE_ADDED = 3
#: Widest gap (characters) between a layout cell and the column start it belongs to.
_COLUMN_SLACK = 12
#: Widest text (characters) the last column of a layout table holds when no edge is known.
_LAST_COLUMN_WIDTH = 60
#: Most lines a layout header prints above (and as many below) its middle line, when its
#: headings take several lines each ("Meets" / "International" / "Standards").
_HEADER_DEPTH = 2


def _chunks(line: TextLine, right: int | None) -> list[tuple[int, Cell]]:
    """Pieces of a space-aligned line (split at two or more spaces), with their columns."""
    out = []
    text = line.text.replace("\f", " ")
    for m in re.finditer(r"\S+(?: \S+)*", text):
        if right is not None and m.start() >= right - 2:
            continue
        piece = _SPLIT_FIGURE.sub(r"\1", m.group(), count=1)
        out.append((m.start(), Cell(piece, line.start + m.start(), line.start + m.end())))
    return out


def _rejoined(pieces: list[tuple[int, Cell]]) -> list[tuple[int, Cell]]:
    """Header pieces with a piece that starts with a small letter joined to the heading before
    it, when at most ``_SPACE_ADDED`` spaces part them: a heading starts with a capital or a
    digit, so "Overview  of Labor Law Enforcement" is one heading OCR put a space into. A
    lone small letter or sign is no heading (a stray OCR left between two: "j") and is left
    out."""
    out: list[tuple[int, Cell]] = []
    for col, cell in pieces:
        if _STRAY_PIECE.fullmatch(cell.text):
            continue
        if out and cell.text[:1].islower() and cell.start - out[-1][1].end <= _SPACE_ADDED:
            out[-1] = (out[-1][0], joined_cell([out[-1][1], cell]))
        else:
            out.append((col, cell))
    return out


def _unused_split(head: list[tuple[int, Cell]], body: list[TextLine],
                  right: int | None) -> list[tuple[int, Cell]]:
    """Header pieces joined where a space OCR added split one heading ("Overview of  Lab-or Law
    Enforcement"): two words pieces at most ``_SPACE_ADDED`` spaces apart, neither a value,
    where no line of the table's body, up to its first blank line, starts a piece under the
    second (a column has cells under its heading)."""
    starts: set[int] = set()
    for line in body:
        if not line.text.strip() or "\f" in line.text:
            break
        starts |= {col for col, _ in _chunks(line, right)}
    out: list[tuple[int, Cell]] = []
    for col, cell in head:
        prev = out[-1][1] if out else None
        if (prev is not None and cell.start - prev.end <= _SPACE_ADDED and starts
                and not is_value_cell(cell.text) and not is_value_cell(prev.text)
                and all(abs(s - col) > _SPACE_ADDED for s in starts)):
            out[-1] = (out[-1][0], joined_cell([prev, cell]))
        else:
            out.append((col, cell))
    return out


def _column_of(col: int, starts: list[int]) -> int:
    """The column a piece starting at ``col`` belongs to (the nearest column start)."""
    if col < starts[1] - _COLUMN_SLACK:
        return 0
    return min(range(1, len(starts)), key=lambda k: abs(col - starts[k]))


def _place(pieces: list[tuple[int, Cell]], starts: list[int], at: int) -> list[Cell]:
    """Put the pieces of a layout line in their columns (pieces of one column joined)."""
    cells = [empty_cell(at)] * len(starts)
    for col, cell in pieces:
        k = _column_of(col, starts)
        cells[k] = joined_cell([cells[k], cell]) if cells[k].text else cell
    return cells


def _overlap(a: tuple[int, Cell], b: tuple[int, Cell]) -> bool:
    """Whether two layout pieces share a character column (one printed above the other)."""
    return a[0] < b[0] + len(b[1].text) and b[0] < a[0] + len(a[1].text)


def _stack_columns(block: list[list[tuple[int, Cell]]]) -> list[tuple[int, Cell]] | None:
    """The headings of header lines read as one row: pieces sharing character columns are
    one heading, starting where its leftmost piece starts; None if a heading would take two
    pieces of one line (a heading spanning columns)."""
    groups: list[list[tuple[int, int, Cell]]] = []
    for k, pieces in enumerate(block):
        for col, cell in pieces:
            hit = [g for g in groups if any(_overlap((col, cell), (c, q)) for _, c, q in g)]
            groups = [g for g in groups if g not in hit] + [[*itertools.chain(*hit),
                                                             (k, col, cell)]]
    if any(len({k for k, _, _ in g}) < len(g) for g in groups):
        return None
    columns = [(min(c for _, c, _ in g), stack_text([q for _, _, q in sorted(
        g, key=lambda piece: piece[0])])) for g in groups]
    return sorted(columns, key=lambda column: column[0])


def _stacked_header(lines: list[TextLine], i: int,
                    right: int | None) -> tuple[list[tuple[int, Cell]], int] | None:
    """The headings of a header printed over 3 or 5 lines from line ``i``, and its line count.

    pdftotext centres a heading of several lines on the header's middle line, so each line
    above the middle has a line as far below it whose pieces stand under its own one for one;
    those lines leave some columns empty (a table row fills them) and no piece is a value.
    None when the lines there are not such a header.
    """
    for depth in range(1, _HEADER_DEPTH + 1):
        block = lines[i : i + 2 * depth + 1]
        if len(block) < 2 * depth + 1 or any(not ln.text.strip() or "\f" in ln.text
                                             for ln in block):
            return None
        pieces = [_chunks(ln, right) for ln in block]
        if any(is_value_cell(cell.text) for line in pieces for _, cell in line):
            return None
        columns = _stack_columns(pieces)
        if columns is None:
            continue
        if all(_stacks(pieces[depth - d], pieces[depth + d], len(columns))
               for d in range(1, depth + 1)):
            return columns, len(block)
    return None


def _stacks(above: list[tuple[int, Cell]], below: list[tuple[int, Cell]], width: int) -> bool:
    """Whether two header lines hold the upper and lower parts of the same headings, and
    leave some of the ``width`` columns empty."""
    return 0 < len(above) == len(below) < width and all(
        _overlap(a, b) for a, b in zip(above, below, strict=True))


def _spanned_header(lines: list[TextLine], i: int,
                    right: int | None) -> tuple[list[tuple[int, Cell]], int] | None:
    """The headings of a header under a heading that spans several columns ("Percent" over
    one column per entity), and its line count: the spanning heading alone on line ``i``, right
    of the row labels' heading, over two lines whose headings share no character column (the
    headings of one header row centred between the spanning heading and the spanned columns'
    headings). The spanning heading heads no column of its own and is left out. None when the
    lines there are not such a header."""
    block = lines[i : i + 3]
    if len(block) < 3 or any(not ln.text.strip() or "\f" in ln.text for ln in block):
        return None
    top, *rest = [_chunks(ln, right) for ln in block]
    pieces = sorted(rest[0] + rest[1], key=lambda piece: piece[0])
    if len(top) != 1 or len(pieces) < 2 or any(
            is_value_cell(cell.text) for _, cell in pieces):
        return None
    if any(_overlap(a, b) for a, b in itertools.pairwise(pieces)):
        return None
    if top[0][0] <= pieces[0][0] + len(pieces[0][1].text):
        return None
    return pieces, len(block)


def read_layout(lines: list[TextLine], right: int | None, hints: LabelHints) -> Part:
    """Read a space-aligned table (``pdftotext -layout``)."""
    i = 0
    while i < len(lines) and not lines[i].text.strip():
        i += 1
    if i >= len(lines):
        return Part([], [], [], lines[-1].end if lines else 0)
    head, depth = _stacked_header(lines, i, right) or (_rejoined(_chunks(lines[i], right)), 1)
    if depth == 1:
        head = _unused_split(head, lines[i + 1 :], right)
    if len(head) < 2:
        head, depth = _spanned_header(lines, i, right) or (head, depth)
    if right is None and len(head) > 1:
        right = head[-1][0] + _LAST_COLUMN_WIDTH
    starts = [c for c, _ in head]
    header = [cell for _, cell in head]
    i += depth
    end = lines[i - 1].end
    if len(starts) < 2:
        return Part(header, [], [], end, ["no column headings found"])
    raw: list[tuple[list[Cell], bool]] = []
    blanks = 0
    while i < len(lines):
        line = lines[i]
        if not line.text.strip() or "\f" in line.text:
            blanks += 1
            if blanks > 1 or "\f" in line.text:
                break
            i += 1
            continue
        chunks = _chunks(line, right)
        pieces = [(col, cell) for k, (col, cell) in enumerate(chunks)
                  if not _stray_cell(cell.text, _column_of(col, starts), k == len(chunks) - 1)]
        if chunks and not pieces:  # a stray OCR put on a blank line: the blank line
            blanks += 1
            if blanks > 1:
                break
            i += 1
            continue
        if not pieces:
            i += 1
            continue
        cells = _place(pieces, starts, line.start)
        label = cells[0]
        values = [c for c in cells[1:] if c.text]
        if not raw and not label.text and not any(is_value_cell(c.text) for c in values):
            header = [joined_cell([h, c]) if c.text else h
                      for h, c in zip(header, cells, strict=True)]
            end = line.end
            i += 1
            continue
        if not values:
            wide = pieces[0][0] + len(label.text) > starts[1] + _COLUMN_SLACK
            if note_mark(label.text) or is_prose(label.text, hints) or wide or blanks:
                break
        elif blanks and not _aligned(pieces, starts):
            break
        if (values and not label.text and raw
                and all(re.fullmatch(CITATION, c.text) for c in values)):
            prev, flag = raw[-1]
            raw[-1] = ([prev[0], *[joined_cell([p, c]) for p, c in zip(prev[1:], cells[1:],
                                                                  strict=True)]], flag)
        else:
            raw.append((cells, bool(values)))
        blanks = 0
        end = line.end
        i += 1
    rows = merge_wrapped(raw, hints)
    notes, _, nend = read_notes(lines, i)
    return Part(header, rows, notes, nend if notes else end)


def _stray_cell(text: str, column: int, last: bool) -> bool:
    """Whether a piece of a layout row is a stray OCR left, no cell: a lone small letter or
    sign between two cells, or a lone sign where a continued row prints no label (a lone
    letter that ends its row may be a cell as printed: a check mark read as "v")."""
    if not _STRAY_PIECE.fullmatch(text):
        return False
    return not text.isalpha() if column == 0 else not (last and text.isalpha())


def _aligned(pieces: list[tuple[int, Cell]], starts: list[int]) -> bool:
    """Whether every piece right of the label column starts near a column start (a row of
    the table, not text set in other columns after it, such as two-column endnotes)."""
    return all(min(abs(col - s) for s in starts[1:]) <= _COLUMN_SLACK
               for col, _ in pieces if _column_of(col, starts) > 0)
