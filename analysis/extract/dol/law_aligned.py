"""The laws table where the table reader kept the rows (layout, tab, markdown, delimited text).

The rows come with the page; what is left is undoing the line wraps: printed lines are joined
into logical rows (the rest of a wrapped label, a value cell continued on the next line,
another entity's row of the same standard), then each row with a standard becomes a law row.
Kept apart from the flowed reader, which has to find the rows' cells first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from analysis.extract.dol.law_labels import known_label
from analysis.extract.dol.law_rows import NOT_GIVEN, LabelReader, LawSlot
from analysis.extract.dol.list_cells import cell_at, cell_text, header_columns, join_text, row_span
from analysis.extract.tables.cells import Table

#: The end of a value cell continued on the next printed line ("16," over "17").
_GOES_ON = re.compile(r"(?:,|\band|\bor|/)$")


LAW_COLUMNS = {
    "meets": r"meets|international",
    "exists": r"yes\s*/\s*no",
    "age": r"^\s*age\s*$",
    "legislation": r"legislation",
    "entity": r"entity|territory",
}


@dataclass
class _Row:
    """A logical row of an aligned laws table: its label, entity and values, and its span."""

    label: str
    values: dict[str, str]
    start: int
    end: int


def _continues(first: str, second: str) -> bool:
    """Whether label text ``second`` is the rest of a label wrapped from ``first``: the two
    make a known label that ``first`` alone is not, or ``second`` alone is no label."""
    joined, alone = known_label(join_text(first, second)), known_label(first)
    return (joined and not alone) or (not known_label(second) and (joined or not alone))


def _continues_values(above: dict[str, str], values: dict[str, str]) -> bool:
    """Whether a label-less line only goes on with cells of the row above: each of its
    Yes/No and age cells continues a cell above that ends with a comma or a conjunction."""
    core = [k for k in ("meets", "exists", "age") if values.get(k)]
    return bool(core) and all(_GOES_ON.search(above.get(k, "")) for k in core)


def _logical_rows(table: Table, text: str) -> list[_Row]:
    """The table's rows with printed lines joined (layout text gives one row per line): a
    line without a Yes/No or age holds the rest of the label above (of the last labelled
    row) and of the entity and legislation cells of the row above; a line with values whose
    label only ends the label above is another entity's row of that standard."""
    columns = header_columns(table, LAW_COLUMNS)
    rows: list[_Row] = []
    labelled: _Row | None = None
    for cells in table.rows:
        values = {k: cell_text(c, text) if (c := cell_at(cells, i)) else ""
                  for k, i in columns.items()}
        label = cell_text(cells[0], text) if cells else ""
        start, end = row_span(cells)
        core = any(values.get(k) for k in ("meets", "exists", "age"))
        wraps = bool(label and labelled and _continues(labelled.label, label))
        if rows and not label and _continues_values(rows[-1].values, values):
            for key, value in values.items():
                rows[-1].values[key] = join_text(rows[-1].values.get(key, ""), value)
            rows[-1].end = max(rows[-1].end, end)
            continue
        if rows and not core and (wraps or not label):
            if labelled and label:
                labelled.label = join_text(labelled.label, label)
            for key in ("entity", "legislation"):
                if values.get(key):
                    rows[-1].values[key] = join_text(rows[-1].values[key], values[key])
            rows[-1].end = max(rows[-1].end, end)
            continue
        prev = rows[-1] if rows else None
        if prev and label and not any(prev.values.values()) and not known_label(prev.label) \
                and known_label(join_text(prev.label, label)):
            prev.label, prev.values, prev.end = join_text(prev.label, label), values, end
            continue
        if labelled and wraps and values.get("entity"):
            labelled.label = join_text(labelled.label, label)
            label = ""
        rows.append(_Row(label, values, start, end))
        labelled = rows[-1] if label else labelled
    return rows


def aligned_slots(table: Table, text: str, labels: LabelReader,
                   territory: str = "") -> list[LawSlot]:
    """The law rows of a table whose reader kept the rows: one per row with a standard, a
    row of another entity (empty label, entity set) repeating the label above. A row's
    territory is its "Related Entity" cell, else the ``territory`` the whole table is for."""
    slots: list[LawSlot] = []
    parent: LawSlot | None = None
    for row in _logical_rows(table, text):
        entity = row.values.get("entity", "")
        has_values = any(row.values.get(k) for k in ("meets", "exists", "age", "legislation"))
        if row.label:
            slot = parent = labels.slot(row.label, row.start, row.end)
            if slot.heading:
                if has_values:
                    labels.warnings.append(f"laws: heading row '{row.label}' has values; skipped")
                continue
        elif entity and parent:
            slot = LawSlot(parent.label, parent.standard, row.start, row.end)
        else:
            if has_values:
                labels.warnings.append("laws: a row without a standard; skipped")
            continue
        given = entity and entity.lower() not in NOT_GIVEN
        slot = replace(slot, territory=entity if given else territory)
        slot.meets = row.values.get("meets", row.values.get("exists", ""))
        slot.age = row.values.get("age", "")
        slot.legislation = row.values.get("legislation", "")
        slots.append(slot)
    return [s for s in slots if not s.heading]
