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
from dataclasses import dataclass, field, replace
from functools import cache

from analysis.extract.dol.captions import Captioned, captioned
from analysis.extract.dol.law_aligned import LAW_COLUMNS, aligned_slots
from analysis.extract.dol.law_labels import known_label, label_rule, law_hints, normal_label
from analysis.extract.dol.law_rows import (
    QUALIFIED,
    QUALIFIED_CELL,
    LabelReader,
    LawSlot,
    law_record,
    parse_age,
)
from analysis.extract.dol.list_cells import (
    TITLE_LINE,
    Line,
    cited_cells,
    ends_cited,
    header_columns,
    is_flowed,
    join_lines,
    join_text,
    region_lines,
    split_citations,
    split_marks,
)
from analysis.extract.records import Law
from analysis.extract.tables.cells import Cell, Table
from analysis.notation import MARKS

_EXISTS_WARNING = (
    "laws: the 'Yes/No' column says whether the law exists, not whether it meets "
    "international standards; read into established, meets_international left empty"
)


_FLOWED_HEADINGS = re.compile(
    r"standard|meets international|(?:meets international )?standards:? yes/no|yes/no|age|"
    r"(?:related )?legislation|related entity|entity",
    re.IGNORECASE,
)
_YES_NO = re.compile(rf"(?:yes|no)[{MARKS}]*", re.IGNORECASE)
_AGE = re.compile(rf"(?:1\d|2[0-5])[{MARKS}]*")
#: A cell that gives neither Yes/No nor an age: "N/A", or "Unknown" (Tokelau 2015 prints it
#: for standards whose law research did not find); like "N/A" it may stand in either column.
_NA = re.compile(rf"(?:n/?a|unknown)[{MARKS}]*", re.IGNORECASE)
#: A number alone on a line that cannot be an age (a stray page or note number).
_NOISE = re.compile(r"\d|[1-9]\d\d")
_NOTE = re.compile(rf"[{MARKS}]+\s*[A-Z(]")
#: A label line that pdftotext printed with its Yes/No: "Prohibition of Using Children in Yes".
_LABEL_AND_VALUE = re.compile(rf"(.*[a-z,])\s+((?:Yes|No)[{MARKS}]*)")
SECTION = re.compile(r"[IVX]{1,4}\.\s+[A-Z]{2,}")
#: The heading of a table's entity column ("Related Entity", on one line or two).
_ENTITY_HEADING = re.compile(r"^(?:related\s+)?entity$", re.IGNORECASE | re.MULTILINE)
#: Lines this long are wider than any table column: running prose, or a legislation cell whose
#: two printed lines pdftotext joined (at a broken word, "Non-" + "Commercial").
PROSE_LENGTH = 100
#: A sentence's end inside or at the end of a line (". The", ".(12)", a final "."), which a
#: legislation cell does not print ("Act No. 7" and "Art. 24" go on with a figure).
SENTENCE_END = re.compile(r"\.(?:\s+[A-Z(]|\s*\(\d|\s*$)")
#: Most lines one wrapped law label spans.
_MAX_WRAP = 4


@dataclass
class _Part:
    """One page part of a flowed laws table: its labels' rows, its values in text order, each
    as (kind, text, how many of the part's labels were printed before it), and the order of
    both with the breaks between them (("label", slot), ("value", value), ("break", -1),
    ("top", -1) for the Yes/No column's heading)."""

    slots: list[LawSlot]
    values: list[tuple[str, str, int]]
    items: list[tuple[str, int]] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    tiled: bool = False


def _value_kind(text: str) -> str:
    """"yes/no", "age" or "na" for a value line ("na*" for an N/A with a note mark, which
    pdftotext often prints apart from its row), "" for text."""
    if _NA.fullmatch(text) and re.search(r"[*†‡]", text):
        return "na*"
    for kind, rx in (("yes/no", _YES_NO), ("yes/no", QUALIFIED_CELL), ("age", _AGE),
                     ("na", _NA)):
        if rx.fullmatch(text):
            return kind
    return ""


def _is_prose(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is running prose, which ends the table: a line wider than a column
    that ends a sentence, or that the next printed line goes on as wide (a paragraph). One
    wide line alone without a sentence end is a cell pdftotext printed on one line."""
    if len(lines[i].text) < PROSE_LENGTH:
        return False
    after = next((ln.text for ln in lines[i + 1 :] if ln.text), "")
    return bool(SENTENCE_END.search(lines[i].text)) or len(after) >= PROSE_LENGTH


def _value_inside_label(lines: list[Line]) -> list[Line]:
    """The lines with a value printed between the two lines of a wrapped label put after the
    label ("Prohibition of Using Children in" / "Yes" / "Illicit Activities"): pdftotext
    printed the row's cell beside the label's first line, and the label's two lines make a
    standard that the first alone is not."""
    out = list(lines)
    for i in range(len(out) - 2):
        first, value, rest = out[i : i + 3]
        if (first.text and rest.text and _value_kind(value.text) and not _value_kind(rest.text)
                and not known_label(first.text) and known_label(join_text(first.text, rest.text))):
            out[i + 1], out[i + 2] = rest, value
    return out


def _join_qualified(lines: list[Line]) -> list[Line]:
    """The lines with the parts of a qualified Yes/No cell joined into one line: pdftotext
    prints "Combat: Yes" and "Non-Combat: Yes" (or "Combat:" over "Yes") as lines of their
    own, but they are one row's cell."""
    out: list[Line] = []
    cell: list[Line] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        split = (i + 1 < len(lines) and re.fullmatch(r"[A-Z][A-Za-z]*(?:[- ][A-Za-z]+)?:", ln.text)
                 and _YES_NO.fullmatch(lines[i + 1].text))
        part = Line(f"{ln.text} {lines[i + 1].text}", ln.start, lines[i + 1].end) if split else ln
        if re.fullmatch(QUALIFIED, part.text):
            cell.append(part)
            i += 2 if split else 1
            continue
        if cell:
            out.append(Line("; ".join(c.text for c in cell), cell[0].start, cell[-1].end))
            cell = []
        out.append(ln)
        i += 1
    if cell:
        out.append(Line("; ".join(c.text for c in cell), cell[0].start, cell[-1].end))
    return out


def _flowed_lines(lines: list[Line]) -> tuple[list[list[Line | None]], bool]:
    """The lines of a flowed laws table in page parts (None for a break: a blank line, a
    heading or a value), a label printed with its Yes/No on one line split in two, the value
    put after the rest of the label wrapped onto the next lines; and whether the table has a
    "Meets International Standards" column."""
    parts: list[list[Line | None]] = [[]]
    meets = False
    held: Line | None = None
    lines = _join_qualified(_value_inside_label(lines))
    for i, ln in enumerate(lines):
        t = ln.text
        if _NOTE.match(t) or _is_prose(lines, i) or SECTION.match(t):
            break
        meets = meets or bool(re.match(r"meets international", t, re.IGNORECASE))
        text_line = bool(t) and not (TITLE_LINE.match(t) or _FLOWED_HEADINGS.fullmatch(t)
                                     or _NOISE.fullmatch(t) or _value_kind(t))
        if held and not text_line:
            parts[-1].append(held)
            held = None
        if TITLE_LINE.match(t):
            parts.append([])
        elif _YES_NO_HEADING.fullmatch(t):
            parts[-1].append(_TOP)
        elif not t or _FLOWED_HEADINGS.fullmatch(t) or _NOISE.fullmatch(t):
            parts[-1].append(None)
        elif (m := _LABEL_AND_VALUE.fullmatch(t)) and not held:
            parts[-1].append(Line(m.group(1), ln.start, ln.start + len(m.group(1))))
            held = Line(m.group(2), ln.end - len(m.group(2)), ln.end)
        else:
            parts[-1].append(ln)
    if held:
        parts[-1].append(held)
    return parts, meets


#: The last line of the Yes/No column's heading ("Standards: Yes/No", "Yes/No").
_YES_NO_HEADING = re.compile(r"(?:(?:meets international )?standards:? )?yes/no", re.IGNORECASE)
#: Stands in a part's lines for the Yes/No heading: a block of cells printed right under it
#: is the top of the column (item "top", a break otherwise).
_TOP = Line("", -1, -1)


def _read_part(lines: list[Line | None], labels: LabelReader) -> _Part:
    """The law rows and values of one page part of a flowed table."""
    part = _Part([], [])
    run: list[Line] = []
    for ln in [*lines, None]:
        top = ln is _TOP
        kind = _value_kind(ln.text) if ln and not top else ""
        if ln and not kind and not top:
            run.append(ln)
            continue
        covered: set[int] = set()
        for span in _segment_labels(run):
            if span is None:
                continue
            covered.update(range(*span))
            label = join_lines(run[span[0] : span[1]])
            part.items.append(("label", len(part.slots)))
            part.slots.append(labels.slot(label.text, label.start, label.end))
        cells, left = cited_cells([x for i, x in enumerate(run) if i not in covered])
        laws = [c.text for c in cells] + ([join_lines(left).text] if left else [])
        for law in laws:
            part.items.append(("value", len(part.values)))
            part.values.append(("legislation", law, len(part.slots)))
        run = []
        if ln and not top:
            part.items.append(("value", len(part.values)))
            part.values.append((kind, ln.text, len(part.slots)))
        else:
            part.items.append(("top" if top else "break", -1))
    return part


def _settle_marked_na(part: _Part) -> None:
    """Read an "N/A" with a note mark as an ordinary cell where it stands inside a block of
    Yes/No cells (one printed right before it and one right after, no break between): there it
    was printed in its row's place. Elsewhere (alone, or at a block's end) pdftotext may have
    printed it apart from its row, and it stays "na*"."""
    def yes_no(k: int) -> bool:
        if not 0 <= k < len(part.items) or part.items[k][0] != "value":
            return False
        return part.values[part.items[k][1]][0] in ("yes/no", "na")

    for k, (kind, i) in enumerate(part.items):
        if kind == "value" and part.values[i][0] == "na*" and yes_no(k - 1) and yes_no(k + 1):
            part.values[i] = ("na", *part.values[i][1:])


def _segment_labels(run: list[Line]) -> list[tuple[int, int] | None]:
    """Split a run of text lines into whole labels (line ranges) and other lines (None each),
    covering as many lines with labels as possible."""
    best: list[tuple[int, list[tuple[int, int] | None]]] = [(0, [])] * (len(run) + 1)
    for i in range(len(run) - 1, -1, -1):
        options = [(best[i + 1][0], [None, *best[i + 1][1]])]
        for k in range(1, min(_MAX_WRAP, len(run) - i) + 1):
            joined = join_lines(run[i : i + k]).text
            if not ends_cited(joined) and label_rule(joined, None):
                options.append((best[i + k][0] + k, [(i, i + k), *best[i + k][1]]))
        best[i] = max(options, key=lambda o: (o[0], -len(o[1])))
    return best[0][1]


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


def _assign(part: _Part, field: str, kinds: tuple[str, ...], rows: list[LawSlot],
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


#: Kinds of value that make up a column's block of cells.
_BLOCK_KINDS = {"yes/no": ("yes/no", "na", "na*"), "age": ("age",)}


def _blocks(part: _Part, column: str) -> list[list[int]]:
    """The part's runs of label items (slot numbers, ``column`` "label") or of one column's
    cells (value numbers) printed one after another, with no break or other item between."""
    out: list[list[int]] = []
    last = -2
    for k, (kind, i) in enumerate(part.items):
        fits = kind == "label" if column == "label" else (
            kind == "value" and part.values[i][0] in _BLOCK_KINDS[column])
        if fits:
            if last == k - 1:
                out[-1].append(i)
            else:
                out.append([i])
            last = k
    return out


def _labels_before(part: _Part, block: list[int]) -> list[int]:
    """The run of labels printed right before a block of cells (only breaks between): the
    rows the block belongs to when it holds as many."""
    k = _item_at(part, block[0]) - 1
    while k >= 0 and part.items[k][0] in ("break", "top"):
        k -= 1
    if k < 0 or part.items[k][0] != "label":
        return []
    return next(r for r in _blocks(part, "label") if part.items[k][1] in r)


def _pair_adjacent(part: _Part) -> None:
    """Give a block of Yes/No cells to the run of labels printed right before it when both
    hold as many rows and neither is paired yet: pdftotext prints a group of rows column by
    column, the labels and then their cells."""
    for block in _blocks(part, "yes/no"):
        rows = [part.slots[r] for r in _labels_before(part, block) if not part.slots[r].heading]
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


def _column_tiles(part: _Part) -> list[tuple[list[int], bool]]:
    """The part's blocks of Yes/No cells (value numbers, in text order), each with whether it
    must be placed: a block holding a Yes or No is of that column for sure; one of "N/A" cells
    alone may be of the age column, and one printed right beside an age (no break between)
    is."""
    tiles: list[tuple[list[int], bool]] = []
    for block in _blocks(part, "yes/no"):
        first, last = _item_at(part, block[0]), _item_at(part, block[-1])
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


def _tile_column(part: _Part, notes: dict[str, str]) -> None:
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
    runs = [[rows.index(part.slots[r]) for r in _labels_before(part, block)
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
            says.setdefault(pos + k, set()).add(_bare(part.values[i][1]))
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


def _under_heading(part: _Part, block: list[int]) -> bool:
    """Whether a block of cells is printed right under the Yes/No column's heading: pdftotext
    printed them as one run of lines, so the block is the top of the column, the part's
    first rows."""
    k = _item_at(part, block[0])
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


def _pinned_start(part: _Part, block: list[int], rows: list[LawSlot],
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


def _item_at(part: _Part, value: int) -> int:
    """The position of a value among the part's items."""
    return part.items.index(("value", value))


def _eliminate(parts: list[_Part], rows: list[LawSlot], field_name: str,
               kinds: tuple[str, ...]) -> None:
    """Give the rows still without a value of this column the cells still unused, when there
    are as many and they all say the same: then it does not matter which goes where."""
    empty = [r for r in rows if not getattr(r, field_name)]
    cells = [(p, i) for p in parts for i, v in enumerate(p.values)
             if v[0] in kinds and i not in p.used]
    texts = {_bare(p.values[i][1]) for p, i in cells}
    if empty and len(cells) == len(empty) and len(texts) == 1 and (
            field_name != "age" or _plausible(empty, [p.values[i][1] for p, i in cells])):
        for slot, (p, i) in zip(empty, cells, strict=True):
            setattr(slot, field_name, p.values[i][1])
            p.used.add(i)


def _bare(value: str) -> str:
    """A cell without its marks and citations, lower case, for comparing cells."""
    return split_marks(split_citations(value)[0])[0].lower()


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
    parts, meets = _flowed_lines(lines)
    read = [_read_part(lines_of_part, labels) for lines_of_part in parts]
    if _ENTITY_HEADING.search("\n".join(ln.text for ln in lines)):
        slots = [s for part in read for s in part.slots if not s.heading]
        for slot in slots:
            slot.pairing = "unpaired"
        labels.warnings.append(
            "laws: flowed table with a Related Entity column: which cells belong to which "
            f"entity's row is not in the text; {len(slots)} standards kept with values empty")
        return slots, meets
    for part in read:
        _settle_marked_na(part)
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
    if _FLOWED_HEADINGS.fullmatch(lines[i].text):
        return True
    return any(known_label(join_lines(lines[i : i + k]).text) for k in range(1, _MAX_WRAP + 1)
               if i + k <= len(lines) and all(ln.text for ln in lines[i : i + k]))


def _is_caption(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` names the territory of the sub-table under it: one short line of words
    that is no label, heading or value, standing after a blank line, a title or the end of a
    paragraph, right over the sub-table's column headings or first label."""
    t = lines[i].text
    if (not t or len(t.split()) > _CAPTION_WORDS or re.search(r"\d", t)
            or TITLE_LINE.match(t) or _FLOWED_HEADINGS.fullmatch(t) or _value_kind(t)
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
        if is_flowed(lines, _FLOWED_HEADINGS.pattern):
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
