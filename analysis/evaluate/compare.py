"""Whether one key value agrees with our cell(s), read in each side's own format.

Figures are compared at the coarser of the two printed precisions; percents are rescaled
when the key writes fractions. ``Unknown`` and ``N/A`` are statuses (the PDF's ``Unknown*``,
status ``not_published``, agrees with ``Unknown``). An assessment agrees when it is the key's,
or the key's level followed by the qualifier the PDF prints ("Minimal Advancement – Efforts
Made but ..."). An age range belongs to the figure of its row.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from analysis.evaluate.fields import FieldSpec
from analysis.evaluate.key import KeyRow, key_status, number_with_precision, whole_number

#: Our enforcement statuses that agree with each key status.
STATUS_AGREES = {
    "unknown": {"unknown", "not_published"},
    "not_applicable": {"not_applicable"},
    "unavailable": {"unknown", "not_published", "not_applicable"},
    "none": {"not_applicable"},
    "unclear": {"unknown", "not_published"},
}
#: The column holding the figure an age range belongs to.
FIGURE = "value_pct"
_YEARS = re.compile(r"(?P<first>\d{4})(?:\.0)?(?:\s*[-–/]\s*(?P<last>\d{2}|\d{4}))?")
_AGES = re.compile(r"(?P<min>\d{1,2})\s*[-–]\s*(?P<max>\d{1,2})")
_DASHES = re.compile(r"\s*[-–—]\s*")


def _label(text: str) -> str:
    """Fold an assessment label: case, dash style and spacing do not matter."""
    return " ".join(_DASHES.sub(" - ", text).casefold().split())


def _close(theirs: tuple[Decimal, Decimal] | None, ours: str) -> bool:
    """Whether two figures agree at the coarser of their printed precisions."""
    mine = number_with_precision(ours)
    if theirs is None or mine is None:
        return False
    return abs(theirs[0] - mine[0]) <= max(theirs[1], mine[1])


def _years(text: str) -> set[int]:
    """Years a key survey-year value names: ``2006.0`` -> {2006}, ``2010-11`` -> {2010, 2011}."""
    m = _YEARS.fullmatch(text.strip())
    if not m:
        return set()
    first = int(m["first"])
    last = m["last"]
    if not last:
        return {first}
    return {first, int(m["first"][: 4 - len(last)] + last)}


def compare(kind: str, theirs: str, ours: list[str], scale: str) -> bool:
    """Whether a reported key value agrees with our cell(s) for a value kind."""
    if kind == "label":
        level, printed = _label(theirs), _label(ours[0])
        return printed == level or printed.startswith(level + " - ")
    if kind == "percent":
        parsed = number_with_precision(theirs)
        factor = Decimal(100) if scale == "fraction" else Decimal(1)
        return _close(parsed and (parsed[0] * factor, parsed[1] * factor), ours[0])
    if kind in ("count", "usd", "boolean"):
        return _close(number_with_precision(theirs), ours[0])
    if kind == "age":
        age = whole_number(theirs)
        return (whole_number(ours[0]) == age if age is not None
                else _label(theirs) == _label(ours[0]))
    if kind == "age_range":
        m = _AGES.fullmatch(theirs.strip())
        return bool(m) and (whole_number(ours[0]), whole_number(ours[1])) == (
            int(m["min"]), int(m["max"]))
    if kind == "year":
        return whole_number(ours[0]) in _years(theirs)
    raise ValueError(f"unknown value kind {kind!r} in score_fields.csv")


def display(spec: FieldSpec, row: Mapping[str, str] | None) -> str:
    """Our side of a comparison as text: the cell(s), the status, or that there is no row."""
    if row is None:
        return "(no row)"
    cells = spec.cells(row)
    if row.get("status") not in (None, "", "reported") and not any(cells):
        return row["status"]
    text = "-".join(cells) if spec.kind == "age_range" else cells[0]
    return text or "(empty)"


@dataclass(frozen=True)
class Ours:
    """Our side of one comparison: the matched row, if any, and what its table is like."""

    row: Mapping[str, str] | None
    has_status: bool
    table_absent: bool


def agrees(spec: FieldSpec, key: KeyRow, ours: Ours, scale: str, figure_missing: bool
           ) -> bool:
    """Whether our row (or its absence) agrees with one key value.

    A missing key figure agrees with a row of the same status in a table that records
    statuses, and with an empty cell in a table that does not; with no row only where the
    profile does not print the table at all (``table_absent``, told by the text, not by our
    tables), since a printed row holding ``N/A`` or ``Unknown`` is a row to read. An age range
    belongs to its figure: where we have no figure, it agrees exactly when the key has no
    figure either (``figure_missing``), whatever the key writes as its age range.
    """
    row = ours.row
    if spec.kind == "age_range" and (row is None or not row.get(FIGURE)):
        return figure_missing
    status = key_status(key.value)
    if row is None:
        return status != "reported" and ours.table_absent
    cells = spec.cells(row)
    if status != "reported":
        return not any(cells) and (not ours.has_status
                                   or row.get("status") in STATUS_AGREES[status])
    return all(cells) and compare(spec.kind, key.value, cells, scale)


@dataclass(frozen=True)
class KeyContext:
    """What a key row is compared in: the whole key's values and each age range's figure."""

    values: Mapping[tuple[str, int, str], str]
    figures: Mapping[str, str]


def figure_fields(specs: Mapping[str, FieldSpec]) -> dict[str, str]:
    """Map each age-range field to the field of the figure it belongs to (same table rows)."""
    figures = {(s.table, s.filters): s.field for s in specs.values() if s.columns == (FIGURE,)}
    return {
        s.field: figures[(s.table, s.filters)] for s in specs.values()
        if s.kind == "age_range" and (s.table, s.filters) in figures
    }


def figure_missing(key: KeyRow, spec: FieldSpec, context: KeyContext) -> bool:
    """Whether the key has no figure for the block an age-range row belongs to."""
    figure = context.figures.get(spec.field)
    if figure is None:
        return key_status(key.value) != "reported"
    leaf, figure_leaf = spec.field.rsplit("/", 1)[-1], figure.rsplit("/", 1)[-1]
    value = context.values.get((key.country, key.report_year,
                                key.field.replace(leaf, figure_leaf)))
    return value is None or key_status(value) != "reported"
