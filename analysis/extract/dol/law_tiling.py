"""The Yes/No column of a flowed laws table's page part tiled with its blocks of cells.

pdftotext prints cells that stand right under one another as one block of lines, but not the
blocks in the page's order; so which row a cell belongs to is found by laying the blocks on
the rows every way that fits. A row every tiling gives the same cell is certain (pairing
"blocks"); any other gets the cell of the likeliest tiling and is flagged (pairing "order").
A block holding a cell whose table note names its standard, or printed right under the
column's heading, is pinned to its place. Kept apart as the one search of the flowed reader.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.extract.dol.law_flowed_parts import Part, bare, blocks, item_at, labels_before
from analysis.extract.dol.law_rows import LawSlot
from analysis.extract.dol.list_cells import Line, split_marks
from analysis.notation import MARKS

#: Most blocks of Yes/No cells a page part is tiled with (the search grows as 2 ** blocks).
_MAX_TILES = 12
#: The cost of no tiling.
_NEVER = 1 << 30
#: A tiling: (block, first row) pairs.
_Layout = tuple[tuple[int, int], ...]


def _column_tiles(part: Part) -> list[tuple[list[int], bool]]:
    """The part's blocks of Yes/No cells (value numbers, in text order), each with whether it
    must be placed: a block holding a Yes or No is of that column for sure; one of "N/A" cells
    alone may be of the age column, and one printed right beside an age (no break between)
    is."""
    tiles: list[tuple[list[int], bool]] = []
    for block in blocks(part, "yes/no"):
        first, last = item_at(part, block[0]), item_at(part, block[-1])
        beside = [part.items[k] for k in (first - 1, last + 1) if 0 <= k < len(part.items)]
        if any(kind == "value" and part.values[i][0] == "age" for kind, i in beside):
            continue
        tiles.append((block, any(part.values[i][0] == "yes/no" for i in block)))
    return tiles


def _tilings(sizes: list[int], needed: int, rows: int, anchors: list[int],
             fixed: list[int] | None = None) -> tuple[set[tuple[int, int]], _Layout]:
    """The ways a column's blocks of cells can lie on a part's standard rows: every (block,
    first row) some tiling has, and the likeliest tiling.

    pdftotext prints cells that stand right under one another as one block of lines, top to
    bottom; the order of the blocks themselves is often not the page's. So a block is a run of
    consecutive standard rows, every standard row has one cell, and a tiling lays every block
    of ``needed`` (a bit mask; any of the others may be left out) on the rows so that each
    row gets one cell. The likeliest is the one closest to how pdftotext usually prints: the
    fewest blocks out of their text order, then the fewest not starting at the first row of
    the labels printed right before them (``anchors``, -1 for none); ties go to the earlier
    block. A block whose first row is known (``fixed``, -1 where not) lies only there."""
    at = fixed or [-1] * len(sizes)

    def moves(pos: int, used: int) -> list[tuple[int, int]]:
        return [(t, used | 1 << t) for t, size in enumerate(sizes)
                if not used >> t & 1 and pos + size <= rows and at[t] in (-1, pos)]

    @cache
    def finishes(pos: int, used: int) -> bool:
        if pos == rows:
            return used & needed == needed
        return any(finishes(pos + sizes[t], after) for t, after in moves(pos, used))

    @cache
    def likeliest(pos: int, used: int) -> tuple[int, _Layout]:
        if pos == rows:
            return (0, ()) if used & needed == needed else (_NEVER, ())
        best: tuple[int, _Layout] = (_NEVER, ())
        for t, after in moves(pos, used):
            cost, rest = likeliest(pos + sizes[t], after)
            if cost < _NEVER:
                out_of_order = bin(used >> (t + 1)).count("1")
                astray = (anchors[t] not in (-1, pos)) * rows * rows
                best = min(best, (cost + out_of_order + astray, ((t, pos), *rest)))
        return best

    placed: set[tuple[int, int]] = set()
    todo, seen = ([(0, 0)] if finishes(0, 0) else []), set()
    while todo:
        pos, used = todo.pop()
        for t, after in moves(pos, used):
            nxt = (pos + sizes[t], after)
            if finishes(*nxt):
                placed.add((t, pos))
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
    return placed, (likeliest(0, 0)[1] if placed else ())


def tile_column(part: Part, notes: dict[str, str]) -> None:
    """Give the part's Yes/No cells to its standard rows by tiling (``part.tiled`` when some
    tiling fits; the column's cells are then used up). A row whose cell says the same in every
    tiling gets it, paired by "blocks"; any other gets the one of the likeliest tiling, paired
    by "order": pdftotext usually prints a column's blocks top to bottom, each beside the
    labels printed right before it, but not always, so such a cell is kept and flagged. A
    block holding a cell whose note names its row ("N/A*" under "* No conscription") lies
    where that row is, and one printed right under the column's heading at the top, when
    some tiling allows it and the labels were printed in the page's order."""
    rows = [s for s in part.slots if not s.heading]
    tiles = _column_tiles(part)
    if not rows or not tiles or len(tiles) > _MAX_TILES:
        return
    runs = [[rows.index(part.slots[r]) for r in labels_before(part, block)
             if not part.slots[r].heading] for block, _ in tiles]
    sizes, anchors = [len(b) for b, _ in tiles], [run[0] if run else -1 for run in runs]
    fixed = [_pinned_start(part, block, rows, notes) for block, _ in tiles]
    fixed = [0 if at < 0 and _under_heading(part, block) else at
             for (block, _), at in zip(tiles, fixed, strict=True)]
    if scrambled(rows):
        fixed = [-1] * len(tiles)
    musts = [must or at >= 0 for (_, must), at in zip(tiles, fixed, strict=True)]
    placed: set[tuple[int, int]] = set()
    if any(at >= 0 for at in fixed):
        placed, likeliest = _tilings(sizes, _mask(musts), len(rows), anchors, fixed)
    if not placed:
        musts = [must for _, must in tiles]
        placed, likeliest = _tilings(sizes, _mask(musts), len(rows), anchors)
    if not placed:
        return
    part.tiled = True
    part.used.update(i for (block, _), must in zip(tiles, musts, strict=True) if must
                     for i in block)
    says: dict[int, set[str]] = {}
    for t, pos in placed:
        for k, i in enumerate(tiles[t][0]):
            says.setdefault(pos + k, set()).add(bare(part.values[i][1]))
    for t, pos in likeliest:
        for k, i in enumerate(tiles[t][0]):
            row = rows[pos + k]
            row.meets = part.values[i][1]
            row.pairing = "blocks" if len(says[pos + k]) == 1 else "order"


def scrambled(rows: list[LawSlot]) -> str:
    """The label of a row printed between two sub-rows of a heading ("" for none): a table
    prints a heading's sub-rows together, so such a label was moved by pdftotext and the
    rows' print order, on which every tiling rests, is not the page's."""
    subs = [i for i, slot in enumerate(rows) if slot.sub_row]
    inside = [slot for slot in rows[subs[0] : subs[-1]] if not slot.sub_row] if subs else []
    return inside[0].label if inside else ""


def _under_heading(part: Part, block: list[int]) -> bool:
    """Whether a block of cells is printed right under the Yes/No column's heading: pdftotext
    printed them as one run of lines, so the block is the top of the column, the part's
    first rows."""
    k = item_at(part, block[0])
    return k > 0 and part.items[k - 1][0] == "top"


def _mask(flags: list[bool]) -> int:
    """A bit mask with bit t set where ``flags[t]``."""
    return sum(1 << t for t, flag in enumerate(flags) if flag)


#: What a table note says a cell marked with it stands for: the one standard whose row it is
#: ("* No conscription": no state compulsory recruitment, the only row an N/A so marked can
#: fill). A note naming no single standard ("† No standing military") pins nothing.
_NOTE_STANDARDS = (
    (re.compile(r"\bconscription\b|\bcompulsory\b", re.IGNORECASE),
     "military_recruitment_state_compulsory"),
    (re.compile(r"\bvoluntary\b", re.IGNORECASE), "military_recruitment_state_voluntary"),
)


def table_notes(lines: list[Line]) -> dict[str, str]:
    """The notes printed under a table, by mark: "* No conscription (27)" -> {"*": ...}."""
    notes: dict[str, str] = {}
    for ln in lines:
        if m := re.fullmatch(rf"([{MARKS}]+)\s*(\S.*)", ln.text):
            notes.setdefault(m.group(1), m.group(2))
    return notes


def _noted_standard(value: str, notes: dict[str, str]) -> str:
    """The one standard the notes of a cell's marks name ("" for none or several)."""
    named = {standard for mark in split_marks(value)[1] for rx, standard in _NOTE_STANDARDS
             if rx.search(notes.get(mark, ""))}
    return named.pop() if len(named) == 1 else ""


def _pinned_start(part: Part, block: list[int], rows: list[LawSlot],
                  notes: dict[str, str]) -> int:
    """The row a block of cells must start at, when one of its cells carries a note that names
    its standard ("N/A*" or "Yes*" over "* No conscription") and the part has one row of it
    (-1 otherwise)."""
    starts = set()
    for k, i in enumerate(block):
        value = part.values[i][1]
        standard = _noted_standard(value, notes)
        at = [r for r, slot in enumerate(rows) if standard and slot.standard == standard]
        if len(at) == 1 and at[0] >= k and at[0] - k + len(block) <= len(rows):
            starts.add(at[0] - k)
    return starts.pop() if len(starts) == 1 else -1
