"""The DOL laws table ("Laws and Regulations Related to Child Labor" / "on Child Labor").

Row labels map to standard keys through ``analysis/data/law_labels.csv``, read top to bottom,
first match wins. Each row: ``pattern`` (case-insensitive regex matching the whole label,
lower-cased, marks and citations dropped), ``standard``, ``group`` (set on a sub-row label
that only means something under that heading, "State Compulsory"), ``opens`` (the heading a
label opens: "Prohibition of Military Recruitment" is only a heading; "Minimum Age for
Compulsory Military Recruitment" is a standard, or a heading when sub-rows follow it) and
``age`` ("yes" when the standard sets an age).

The "Yes/No" column: from 2015 on it is headed "Meets International Standards: Yes/No" and
fills ``meets_international``. The 2013-2014 tables head it "Yes/No" alone, and there it says
whether the country has the law at all (ILAB's own data calls it "established"), not whether
the law meets international standards; ``meets_international`` is then left empty and a
warning says why, so an existing law is never reported as meeting the standard.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from analysis.extract.dol.list_cells import (
    TITLE_LINE,
    Line,
    cell_at,
    cell_text,
    cited_cells,
    ends_cited,
    header_columns,
    is_flowed,
    join_lines,
    join_text,
    load_patterns,
    region_lines,
    row_span,
    split_citations,
    split_marks,
)
from analysis.extract.records import Law
from analysis.extract.tables.cells import LabelHints

if TYPE_CHECKING:
    from analysis.extract.tables.cells import Table

_NOT_GIVEN = {"", "n/a", "na", "none", "unknown", "-", "–"}
#: An age cell with several ages: "16, 17", "17 or 18", "16 and 18".
_SEVERAL_AGES = r"\d{1,2}(?:\s*(?:,|and|or)\s*\d{1,2})+"
#: The end of a value cell continued on the next printed line ("16," over "17").
_GOES_ON = re.compile(r"(?:,|\band|\bor|/)$")


@cache
def _law_labels() -> tuple[dict[str, str], ...]:
    """The label -> standard rows of law_labels.csv."""
    return tuple(load_patterns("law_labels.csv"))


@cache
def law_hints() -> LabelHints:
    """The law labels for the table reader: standards are row labels, a label that only opens
    sub-rows ("Minimum Age for Military Recruitment") is a sub-heading; so a wrapped label is
    joined to its own row and not to the heading below it."""
    def union(rows: list[dict[str, str]]) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{r['pattern']})" for r in rows), re.IGNORECASE)

    rows = list(_law_labels())
    return LabelHints(labels=union([r for r in rows if r["standard"]]),
                      headings=union([r for r in rows if not r["standard"]]))


_LAW_COLUMNS = {
    "meets": r"meets|international",
    "exists": r"yes\s*/\s*no",
    "age": r"^\s*age\s*$",
    "legislation": r"legislation",
    "entity": r"entity|territory",
}
_EXISTS_WARNING = (
    "laws: the 'Yes/No' column says whether the law exists, not whether it meets "
    "international standards; meets_international left empty"
)


def normal_label(label: str) -> str:
    """A printed label lower-cased, marks and citations dropped, spaces collapsed."""
    bare = split_marks(split_citations(label)[0])[0].lower()
    return re.sub(r"\bnon\s*-\s*", "non-", bare).strip(" :.")


@dataclass(frozen=True)
class LabelRule:
    """What a law label means: its standard, the heading it opens (its sub-rows follow), and
    whether the standard has an age."""

    standard: str
    opens: str
    has_age: bool


def label_rule(label: str, group: str | None) -> LabelRule | None:
    """The rule of a printed label, sub-row labels only under their heading (under any when
    ``group`` is None); None if unknown."""
    norm = normal_label(label)
    for row in _law_labels():
        if row["group"] and group is not None and row["group"] != group:
            continue
        if re.fullmatch(row["pattern"], norm, re.IGNORECASE):
            return LabelRule(row["standard"], row["opens"], row["age"] == "yes")
    return None


def _yes_no(value: str) -> bool | None:
    """True for "Yes", False for "No" (marks and citations ignored), else None."""
    word = split_marks(split_citations(value)[0])[0].lower()
    return {"yes": True, "no": False}.get(word)


def parse_age(value: str) -> tuple[int | None, bool]:
    """An age cell as an int ("17‡" -> 17, "N/A" -> None) and whether the cell was understood.
    A cell printing several ages ("16, 17": one per branch of the armed forces) gives the
    lowest, the age from which the law allows it at all."""
    bare = split_marks(split_citations(value)[0])[0]
    if re.fullmatch(r"\d{1,2}", bare):
        return int(bare), True
    if re.fullmatch(_SEVERAL_AGES, bare):
        return min(int(n) for n in re.findall(r"\d+", bare)), True
    return None, bare.lower() in _NOT_GIVEN


@dataclass
class _Slot:
    """A law row being read: its label and the values found for it."""

    label: str
    standard: str
    start: int
    end: int
    has_age: bool = False
    meets: str = ""
    age: str = ""
    legislation: str = ""
    heading: bool = False


class _Labels:
    """Labels read in order, with the heading whose sub-rows may follow."""

    def __init__(self, warnings: list[str]) -> None:
        self.group = ""
        self.opener: _Slot | None = None
        self.warnings = warnings

    def slot(self, label: str, start: int, end: int) -> _Slot:
        """The row a label opens. A label that opens a heading is a heading row when sub-rows
        follow it ("Minimum Age for Compulsory Military Recruitment" over "State Voluntary"),
        else a standard of its own."""
        rule = label_rule(label, self.group)
        if rule is None:
            self.warnings.append(f"laws: unknown standard label '{label}'")
            rule = LabelRule("", "", False)
        sub_row = bool(self.group) and label_rule(label, self.group) != label_rule(label, "")
        if sub_row and self.opener:
            self.opener.heading = True
        heading = bool(rule.opens and not rule.standard)
        slot = _Slot(label, rule.standard, start, end, rule.has_age, heading=heading)
        if not sub_row:
            self.group, self.opener = rule.opens, slot if rule.opens else None
        return slot


def _law(slot: _Slot, meets_column: bool, warnings: list[str]) -> Law:
    """A Law from a read row."""
    legislation, citations = split_citations(slot.legislation)
    age, understood = parse_age(slot.age)
    if not understood:
        warnings.append(f"laws: age '{slot.age}' of '{slot.label}' not understood")
    return Law(
        standard=slot.standard,
        label=slot.label,
        start=slot.start,
        end=slot.end,
        meets_international=_yes_no(slot.meets) if meets_column else None,
        age=age,
        legislation=legislation,
        citations=citations,
    )


@dataclass
class _Row:
    """A logical row of an aligned laws table: its label, entity and values, and its span."""

    label: str
    values: dict[str, str]
    start: int
    end: int


def _known(label: str) -> bool:
    """Whether a label is one the label file knows (under any heading)."""
    return label_rule(label, None) is not None


def _continues(first: str, second: str) -> bool:
    """Whether label text ``second`` is the rest of a label wrapped from ``first``: the two
    make a known label that ``first`` alone is not, or ``second`` alone is no label."""
    joined, alone = _known(join_text(first, second)), _known(first)
    return (joined and not alone) or (not _known(second) and (joined or not alone))


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
    columns = header_columns(table, _LAW_COLUMNS)
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
        if prev and label and not any(prev.values.values()) and not _known(prev.label) \
                and _known(join_text(prev.label, label)):
            prev.label, prev.values, prev.end = join_text(prev.label, label), values, end
            continue
        if labelled and wraps and values.get("entity"):
            labelled.label = join_text(labelled.label, label)
            label = ""
        rows.append(_Row(label, values, start, end))
        labelled = rows[-1] if label else labelled
    return rows


def _aligned_slots(table: Table, text: str, labels: _Labels) -> list[_Slot]:
    """The law rows of a table whose reader kept the rows: one per row with a standard, a
    row of another entity (empty label, entity set) repeating the label above."""
    slots: list[_Slot] = []
    parent: _Slot | None = None
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
            slot = _Slot(parent.label, parent.standard, row.start, row.end)
        else:
            if has_values:
                labels.warnings.append("laws: a row without a standard; skipped")
            continue
        if entity and entity.lower() not in _NOT_GIVEN:
            slot = replace(slot, label=f"{slot.label} ({entity})")
        slot.meets = row.values.get("meets", row.values.get("exists", ""))
        slot.age = row.values.get("age", "")
        slot.legislation = row.values.get("legislation", "")
        slots.append(slot)
    return [s for s in slots if not s.heading]


_FLOWED_HEADINGS = re.compile(
    r"standard|meets international|(?:meets international )?standards:? yes/no|yes/no|age|"
    r"(?:related )?legislation|related entity|entity",
    re.IGNORECASE,
)
_YES_NO = re.compile(r"(?:yes|no)[*†‡]*", re.IGNORECASE)
_AGE = re.compile(r"(?:1\d|2[0-5])[*†‡]*")
_NA = re.compile(r"n/?a[*†‡]*", re.IGNORECASE)
#: A number alone on a line that cannot be an age (a stray page or note number).
_NOISE = re.compile(r"\d|[1-9]\d\d")
_NOTE = re.compile(r"[*†‡]+\s*[A-Z(]")
#: A label line that pdftotext printed with its Yes/No: "Prohibition of Using Children in Yes".
_LABEL_AND_VALUE = re.compile(r"(.*[a-z,])\s+((?:Yes|No)[*†‡]*)")
_SECTION = re.compile(r"[IVX]{1,4}\.\s+[A-Z]{2,}")
#: Lines this long are running prose, wider than any table column.
_PROSE_LENGTH = 100
#: Most lines one wrapped law label spans.
_MAX_WRAP = 4


@dataclass
class _Part:
    """One page part of a flowed laws table: its labels' rows, and its values in text order,
    each as (kind, text, how many of the part's labels were printed before it)."""

    slots: list[_Slot]
    values: list[tuple[str, str, int]]


def _value_kind(text: str) -> str:
    """"yes/no", "age" or "na" for a value line, "" for text."""
    for kind, rx in (("yes/no", _YES_NO), ("age", _AGE), ("na", _NA)):
        if rx.fullmatch(text):
            return kind
    return ""


def _flowed_lines(lines: list[Line]) -> tuple[list[list[Line | None]], bool]:
    """The lines of a flowed laws table in page parts (None for a break: a blank line, a
    heading or a value), a label printed with its Yes/No on one line split in two; and
    whether the table has a "Meets International Standards" column."""
    parts: list[list[Line | None]] = [[]]
    meets = False
    for ln in lines:
        t = ln.text
        if _NOTE.match(t) or len(t) >= _PROSE_LENGTH or _SECTION.match(t):
            break
        meets = meets or bool(re.match(r"meets international", t, re.IGNORECASE))
        if TITLE_LINE.match(t):
            parts.append([])
        elif not t or _FLOWED_HEADINGS.fullmatch(t) or _NOISE.fullmatch(t):
            parts[-1].append(None)
        elif m := _LABEL_AND_VALUE.fullmatch(t):
            parts[-1].append(Line(m.group(1), ln.start, ln.start + len(m.group(1))))
            parts[-1].append(Line(m.group(2), ln.end - len(m.group(2)), ln.end))
        else:
            parts[-1].append(ln)
    return parts, meets


def _read_part(lines: list[Line | None], labels: _Labels) -> _Part:
    """The law rows and values of one page part of a flowed table."""
    part = _Part([], [])
    run: list[Line] = []
    for ln in [*lines, None]:
        kind = _value_kind(ln.text) if ln else ""
        if ln and not kind:
            run.append(ln)
            continue
        covered: set[int] = set()
        for span in _segment_labels(run):
            if span is None:
                continue
            covered.update(range(*span))
            label = join_lines(run[span[0] : span[1]])
            part.slots.append(labels.slot(label.text, label.start, label.end))
        cells, left = cited_cells([x for i, x in enumerate(run) if i not in covered])
        part.values += [("legislation", c.text, len(part.slots)) for c in cells]
        if left:
            part.values.append(("legislation", join_lines(left).text, len(part.slots)))
        run = []
        if ln:
            part.values.append((kind, ln.text, len(part.slots)))
    return part


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


def _assign(part: _Part, field: str, kinds: tuple[str, ...], rows: list[_Slot],
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
    for slot, (i, value, _) in zip(rows, values, strict=True):
        setattr(slot, field, value)
        used.add(i)
    return True


def _flowed_slots(lines: list[Line], labels: _Labels) -> tuple[list[_Slot], bool]:
    """The law rows of a flowed table, each column's values given to the rows of its page part
    in order: pdftotext prints the cells of a column top to bottom, in blocks between the
    labels, so the pairing holds when the counts agree and no value comes before its label.
    "N/A" can stand in either column: one taken as a Yes/No value is not an age."""
    parts, meets = _flowed_lines(lines)
    slots: list[_Slot] = []
    for lines_of_part in parts:
        part = _read_part(lines_of_part, labels)
        rows = [s for s in part.slots if not s.heading]
        slots += rows
        if not rows:
            continue
        aged = [s for s in rows if s.has_age]
        used: set[int] = set()
        checks = {
            "Yes/No": any(_assign(part, "meets", kinds, rows, used)
                          for kinds in (("yes/no",), ("yes/no", "na"))),
            "age": any(_assign(part, "age", kinds, subset, used)
                       for kinds in (("age",), ("age", "na")) for subset in (aged, rows)),
            "legislation": _assign(part, "legislation", ("legislation",), rows, used),
        }
        names = ", ".join(k for k, ok in checks.items() if not ok)
        if names:
            labels.warnings.append(
                f"laws: flowed text does not say which {names} value belongs to which of "
                f"{len(rows)} standards ({rows[0].label} ...); left empty"
            )
    return [s for s in slots if not s.heading], meets


def extract_laws(tables: list[Table], text: str) -> tuple[list[Law], list[str]]:
    """Read the laws table(s): one Law per standard row, with unknown labels kept and warned."""
    laws: list[Law] = []
    warnings: list[str] = []
    labels = _Labels(warnings)
    for table in tables:
        lines = region_lines(table, text)
        if is_flowed(lines, _FLOWED_HEADINGS.pattern):
            slots, meets = _flowed_slots(lines, labels)
            exists = not meets
        else:
            columns = header_columns(table, _LAW_COLUMNS)
            if "legislation" not in columns:
                warnings.append(f"laws: table '{table.title}' has no Legislation column heading")
                continue
            slots = _aligned_slots(table, text, labels)
            meets, exists = "meets" in columns, "exists" in columns and "meets" not in columns
        if exists:
            warnings.append(_EXISTS_WARNING)
        laws += [_law(slot, meets, warnings) for slot in slots]
    return laws, warnings
