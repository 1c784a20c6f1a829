"""The flowed laws table reader: the value cells of each page part paired with its rows.

The parts come from ``law_flowed_parts``; the Yes/No column is tiled first (``law_tiling``);
where no tiling fits, the certain rules run (a column in row order, a block beside the labels
printed right before it, left-over cells that all say the same). Whatever is not placed is
left empty with a warning, never guessed.
"""

from __future__ import annotations

import re

from analysis.extract.dol.law_flowed_parts import (
    Part,
    bare,
    blocks,
    flowed_lines,
    labels_before,
    read_part,
    settle_marked_na,
)
from analysis.extract.dol.law_rows import LabelReader, LawSlot, parse_age
from analysis.extract.dol.law_tiling import scrambled, tile_column
from analysis.extract.dol.list_cells import Line

#: The heading of a table's entity column ("Related Entity", on one line or two).
_ENTITY_HEADING = re.compile(r"^(?:related\s+)?entity$", re.IGNORECASE | re.MULTILINE)


def _in_row_order(afters: list[int], order: list[int]) -> bool:
    """Whether values printed after ``afters`` labels can be the cells of the rows whose labels
    are the ``order``-th, in order: none comes before its row's label, and no new label is
    printed while an earlier row still waits for its value (pdftotext prints a column top to
    bottom, either in blocks after the labels or row by row, but not both out of step)."""
    for k, after in enumerate(afters):
        if after <= order[k]:
            return False
        if k and after > afters[k - 1] and sum(o < afters[k - 1] for o in order) != k:
            return False
    return True


def _assign(part: Part, field: str, kinds: tuple[str, ...], rows: list[LawSlot],
            used: set[int]) -> bool:
    """Give each of ``rows`` one value of these kinds in order (not one in ``used``, which
    grows by those taken), when there are as many values as rows and they were printed in
    row order."""
    values = [(i, text, after) for i, (kind, text, after) in enumerate(part.values)
              if kind in kinds and i not in used]
    if not rows or len(values) != len(rows):
        return False
    if not _in_row_order([a for _, _, a in values], [part.slots.index(r) for r in rows]):
        return False
    if field == "age" and not _plausible(rows, [text for _, text, _ in values]):
        return False
    for slot, (i, value, _) in zip(rows, values, strict=True):
        setattr(slot, field, value)
        used.add(i)
    return True


def _pair_adjacent(part: Part) -> None:
    """Give a block of Yes/No cells to the run of labels printed right before it when both
    hold as many rows and neither is paired yet: pdftotext prints a group of rows column by
    column, the labels and then their cells."""
    for block in blocks(part, "yes/no"):
        rows = [part.slots[r] for r in labels_before(part, block) if not part.slots[r].heading]
        if (len(rows) != len(block) or any(i in part.used for i in block)
                or any(r.meets for r in rows)):
            continue
        for slot, i in zip(rows, block, strict=True):
            slot.meets = part.values[i][1]
            part.used.add(i)


def _plausible(rows: list[LawSlot], ages: list[str]) -> bool:
    """Whether no age given to these rows is below the lowest its standard can set."""
    return all((parse_age(age)[0] or slot.lowest) >= slot.lowest
               for slot, age in zip(rows, ages, strict=True))


def _eliminate(parts: list[Part], rows: list[LawSlot], field_name: str,
               kinds: tuple[str, ...]) -> None:
    """Give the rows still without a value of this column the cells still unused, when there
    are as many and they all say the same: then it does not matter which goes where."""
    empty = [r for r in rows if not getattr(r, field_name)]
    cells = [(p, i) for p in parts for i, v in enumerate(p.values)
             if v[0] in kinds and i not in p.used]
    texts = {bare(p.values[i][1]) for p, i in cells}
    if empty and len(cells) == len(empty) and len(texts) == 1 and (
            field_name != "age" or _plausible(empty, [p.values[i][1] for p, i in cells])):
        for slot, (p, i) in zip(empty, cells, strict=True):
            setattr(slot, field_name, p.values[i][1])
            p.used.add(i)


def flowed_slots(lines: list[Line], labels: LabelReader,
                  notes: dict[str, str]) -> tuple[list[LawSlot], bool]:
    """The law rows of a flowed table. Within a page part, the Yes/No column is tiled with its
    blocks of cells (``tile_column``): a row gets the cell every tiling gives it (pairing
    "blocks"), else the cell of the likeliest print order (pairing "order", with a warning).
    Where no tiling fits (a cell not read, a row without one), the old certain rules run: a
    column's values go to the rows in order when the counts agree and no value comes before
    its label; a block of Yes/No cells goes to the run of labels printed right beside it when
    the sizes agree (``_pair_adjacent``); what is left is given only where every value left is
    the same (``_eliminate``), on the page, then over the table. Ages are placed only by the
    column's order when their count is that of the standards setting one, and never so that
    a standard gets an age below the lowest it can set. "N/A" can stand in either column: one
    in a block of Yes/No cells is one, one beside an age is not; with a note mark ("N/A*") and
    alone it is often printed apart from its row. A table with a Related Entity column has
    several cells per standard, which flowed text cannot pair: its values are left empty.
    Anything not placed is left empty with a warning."""
    parts, meets = flowed_lines(lines)
    read = [read_part(lines_of_part, labels) for lines_of_part in parts]
    if _ENTITY_HEADING.search("\n".join(ln.text for ln in lines)):
        slots = [s for part in read for s in part.slots if not s.heading]
        for slot in slots:
            slot.pairing = "unpaired"
        labels.warnings.append(
            "laws: flowed table with a Related Entity column: which cells belong to which "
            f"entity's row is not in the text; {len(slots)} standards kept with values empty")
        return slots, meets
    for part in read:
        settle_marked_na(part)
    slots: list[LawSlot] = []
    for part in read:
        rows = [s for s in part.slots if not s.heading]
        slots += rows
        if not rows:
            continue
        aged = [s for s in rows if s.has_age]
        tile_column(part, notes)
        if (moved := scrambled(rows)) and part.tiled:
            for slot in rows:
                slot.pairing = "order"
            labels.warnings.append(
                f"laws: flowed text prints a label ('{moved}') among the sub-rows of a heading, "
                "so the rows' print order is not the page's; none of their Yes/No cells is "
                "certain (pairing 'order')")
        if not part.tiled:
            any(_assign(part, "meets", kinds, rows, part.used)
                for kinds in (("yes/no",), ("yes/no", "na")))
        any(_assign(part, "age", kinds, subset, part.used)
            for kinds in (("age",), ("age", "na")) for subset in (aged,))
        _pair_adjacent(part)
        if not part.tiled:
            _eliminate([part], rows, "meets", ("yes/no",))
            _eliminate([part], rows, "meets", ("yes/no", "na"))
        _assign(part, "legislation", ("legislation",), rows, part.used)
    untiled = [p for p in read if not p.tiled]
    loose = [s for p in untiled for s in p.slots if not s.heading]
    _eliminate(untiled, loose, "meets", ("yes/no",))
    _eliminate(untiled, loose, "meets", ("yes/no", "na"))
    _eliminate(read, [s for s in slots if s.has_age], "age", ("age",))
    for slot in slots:
        slot.pairing = slot.pairing or ("blocks" if slot.meets else "unpaired")
    guessed = [s for s in slots if s.pairing == "order"]
    if guessed:
        labels.warnings.append(
            f"laws: flowed text does not make certain which Yes/No cell belongs to "
            f"{len(guessed)} of {len(slots)} standards ({guessed[0].label} ...); each given the "
            "cell of the likeliest print order, pairing 'order'")
    for name, missing in (("Yes/No", [s for s in slots if not s.meets]),
                          ("age", [s for s in slots if s.has_age and not s.age]),
                          ("legislation", [s for s in slots if not s.legislation])):
        if missing:
            labels.warnings.append(
                f"laws: flowed text does not say which {name} cell, if any, belongs to "
                f"{len(missing)} of {len(slots)} standards ({missing[0].label} ...); left empty")
    return slots, meets
