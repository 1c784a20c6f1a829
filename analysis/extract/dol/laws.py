"""The DOL laws table ("Laws and Regulations Related to Child Labor" / "on Child Labor").

The "Yes/No" column: from 2015 on it is headed "Meets International Standards: Yes/No" and
fills ``meets_international``. The 2013-2014 tables head it "Yes/No" alone, and there it says
whether the country has the law at all (ILAB's own data calls it "established"), not whether
the law meets international standards; it then fills ``established`` and ``meets_international``
is left empty with a warning saying why, so an existing law is never reported as meeting the
standard.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from analysis.extract.dol.captions import Captioned, captioned
from analysis.extract.dol.law_aligned import LAW_COLUMNS, aligned_slots
from analysis.extract.dol.law_flowed_parts import (
    FLOWED_HEADINGS,
    MAX_WRAP,
    Part,
    bare,
    blocks,
    flowed_lines,
    item_at,
    labels_before,
    read_part,
    settle_marked_na,
    value_kind,
)
from analysis.extract.dol.law_labels import known_label, law_hints, normal_label
from analysis.extract.dol.law_rows import LabelReader, LawSlot, law_record, parse_age
from analysis.extract.dol.list_cells import (
    TITLE_LINE,
    Line,
    header_columns,
    is_flowed,
    join_lines,
    region_lines,
    split_marks,
)
from analysis.extract.records import Law
from analysis.extract.tables.cells import Cell, Table
from analysis.notation import MARKS

_EXISTS_WARNING = (
    "laws: the 'Yes/No' column says whether the law exists, not whether it meets "
    "international standards; read into established, meets_international left empty"
)


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


def _tile_column(part: Part, notes: dict[str, str]) -> None:
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
    if _scrambled(rows):
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


def _scrambled(rows: list[LawSlot]) -> str:
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


def _flowed_slots(lines: list[Line], labels: LabelReader,
                  notes: dict[str, str]) -> tuple[list[LawSlot], bool]:
    """The law rows of a flowed table. Within a page part, the Yes/No column is tiled with its
    blocks of cells (``_tile_column``): a row gets the cell every tiling gives it (pairing
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
        _tile_column(part, notes)
        if (moved := _scrambled(rows)) and part.tiled:
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


#: The mark of a caption continued from the page before.
_CONT = re.compile(r"\s*\((?:cont\.?|continued)\)\s*$", re.IGNORECASE)
#: Longest territory caption, in words.
_CAPTION_WORDS = 12


def _starts_rows(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` opens a laws table's body: a column heading or a standard's label."""
    if i >= len(lines) or not lines[i].text:
        return False
    if FLOWED_HEADINGS.fullmatch(lines[i].text):
        return True
    return any(known_label(join_lines(lines[i : i + k]).text) for k in range(1, MAX_WRAP + 1)
               if i + k <= len(lines) and all(ln.text for ln in lines[i : i + k]))


def _is_caption(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` names the territory of the sub-table under it: one short line of words
    that is no label, heading or value, standing after a blank line, a title or the end of a
    paragraph, right over the sub-table's column headings or first label."""
    t = lines[i].text
    if (not t or len(t.split()) > _CAPTION_WORDS or re.search(r"\d", t)
            or TITLE_LINE.match(t) or FLOWED_HEADINGS.fullmatch(t) or value_kind(t)
            or known_label(t) or law_hints().is_heading(normal_label(t))):
        return False
    before = lines[i - 1].text if i else ""
    opens = not before or bool(TITLE_LINE.match(before)) or before.endswith((".", ")"))
    return opens and _starts_rows(lines, i + 1)


def flowed_territories(lines: list[Line]) -> list[tuple[str, list[Line]]]:
    """A flowed laws table cut at its territory captions: (territory, lines) per sub-table,
    the lines before the first caption with no territory. A profile covering several
    territories prints, under one title, a caption naming each ("COOK ISLANDS", "NIUE") over
    its own sub-table; captions are told by where they stand, never by a list of names, and
    a table is cut only when they name at least two territories ("(cont)" continues one)."""
    found = [i for i in range(len(lines)) if _is_caption(lines, i)]
    names = {_CONT.sub("", lines[i].text).casefold() for i in found}
    if len(names) < 2:
        return [("", lines)]
    out = [("", lines[: found[0]])]
    for i, nxt in zip(found, [*found[1:], len(lines)], strict=True):
        out.append((_CONT.sub("", lines[i].text), lines[i + 1 : nxt]))
    return out


def _has_columns(header: list[Cell]) -> bool:
    """Whether column headings are those of a laws table: Legislation and a Yes/No column."""
    columns = header_columns(Table(None, "", 0, 0, header, [], []), LAW_COLUMNS)
    return "legislation" in columns and bool({"meets", "exists"} & set(columns))


def extract_laws(tables: list[Table], text: str) -> tuple[list[Law], list[str]]:
    """Read the laws table(s): one Law per standard row, with unknown labels kept and warned."""
    laws: list[Law] = []
    warnings: list[str] = []
    labels = LabelReader(warnings)
    for table in tables:
        lines = region_lines(table, text)
        if is_flowed(lines, FLOWED_HEADINGS.pattern):
            slots, meets = [], False
            notes = table_notes(lines)
            for territory, section in flowed_territories(lines):
                read, says_meets = _flowed_slots(section, labels, notes)
                slots += [replace(slot, territory=territory) for slot in read]
                meets = meets or says_meets
            exists = not meets
        else:
            parts = ([Captioned("", table)] if "legislation" in header_columns(table, LAW_COLUMNS)
                     else captioned(table, text, law_hints(), lambda p: _has_columns(p.header)))
            if not parts:
                warnings.append(f"laws: table '{table.title}' has no Legislation column heading")
                continue
            slots = [slot for part in parts
                     for slot in aligned_slots(part.table, text, labels, part.territory)]
            columns = header_columns(parts[0].table, LAW_COLUMNS)
            meets, exists = "meets" in columns, "exists" in columns and "meets" not in columns
        if exists:
            warnings.append(_EXISTS_WARNING)
        laws += [law_record(slot, meets, exists, warnings) for slot in slots]
    return laws, warnings
