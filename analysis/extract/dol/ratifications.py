"""The DOL ratifications table ("Ratification of International Conventions on Child Labor").

Convention names map to keys through ``analysis/data/convention_labels.csv`` (first match
wins, so the optional protocols come before the plain "UN CRC"). A row is ratified when it
carries a check mark (or prints "Yes"); a cross (✗) or an empty cell in a table that shows
marks is not ratified. pdftotext drops the check-mark glyph in most
profiles, and then every ratification cell is empty: when no row of the table has a mark,
``ratified`` is left empty and a warning says so, rather than reading every convention as not
ratified. A printed "No" or "N/A" (the country cannot ratify, e.g. it is not an ILO member)
is not ratified either way.

Conventions the reader's rows miss are read from the lines under the title. In layout text a
mark may sit on a line of its own (the glyph is off the row's baseline); it goes to the
nearest row without one. In flowed text such a line has lost its place and is not used.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from analysis.extract.dol.list_cells import (
    TITLE_LINE,
    Line,
    cell_text,
    first_match,
    is_flowed,
    load_patterns,
    region_lines,
    row_span,
)
from analysis.extract.records import Ratification

if TYPE_CHECKING:
    from analysis.extract.tables.cells import Cell, Table

    Row = list[Cell] | list[Line]

CHECK_MARKS = "✓✔"
#: Crosses: a convention not ratified (a PDF's drawn cross is read as ✗).
CROSS_MARKS = "✗✘"
#: What a ratification cell holds, as it may trail a name on one line.
_ANSWER = re.compile(rf"\s*(?:[{CHECK_MARKS}{CROSS_MARKS}]|\b(?:N/A|Yes|No)\b)[*†‡]*\s*$")
#: Words in a line of prose; a wrapped convention name is shorter.
_PROSE_WORDS = 8
#: The column headings of the table, as a line of their own.
_HEADINGS = re.compile(r"(?:convention|ratification|\s)+", re.IGNORECASE)


@cache
def _convention_labels() -> tuple[dict[str, str], ...]:
    """The name -> convention rows of convention_labels.csv."""
    return tuple(load_patterns("convention_labels.csv"))


def _has_mark(value: str) -> bool:
    """Whether a value holds a check mark."""
    return any(mark in value for mark in CHECK_MARKS)


def _has_cross(value: str) -> bool:
    """Whether a value holds a cross."""
    return any(mark in value for mark in CROSS_MARKS)


def _convention(row: Row, text: str) -> tuple[str, str]:
    """The convention key of a row and its name as printed ("", "" when none is named)."""
    for cell in row:
        name = _ANSWER.sub("", cell_text(cell, text)).strip()
        match = first_match(_convention_labels(), name) if name else None
        if match:
            return match["convention"], name
    return "", ""


def _is_answer(row: Row, text: str) -> bool:
    """Whether a row holds nothing but a mark or an answer ("✓", "N/A", "No")."""
    values = [v for c in row if (v := cell_text(c, text))]
    return bool(values) and all(_ANSWER.fullmatch(v) for v in values)


def _attach_answers(rows: list[Row], text: str, flowed: bool) -> tuple[list[Row], int]:
    """The rows naming a convention, each with the mark printed on a line of its own (the
    glyph sits off the row's baseline) added to the nearest row that has none; in flowed text
    such a line has lost its place, and is only counted."""
    named = [list(r) for r in rows if _convention(r, text)[0]]
    answers = [r for r in rows if _is_answer(r, text)]
    if flowed:
        return named, len(answers)
    line_of = [text.count("\n", 0, r[0].start) for r in named]
    for answer in answers:
        at = text.count("\n", 0, answer[0].start)
        free = [k for k, r in enumerate(named)
                if not any(_ANSWER.search(cell_text(c, text)) for c in r)]
        if free:
            named[min(free, key=lambda k: (abs(line_of[k] - at), line_of[k] < at))] += answer
    return named, 0


def _line_rows(table: Table, text: str) -> list[Row]:
    """Rows read from the lines under the title, one line each, up to the last convention or
    the first other text after a blank line or the first line of prose."""
    rows: list[Row] = []
    named: set[str] = set()
    lines = region_lines(table, text)
    for i, ln in enumerate(lines[1:], start=1):
        key = _convention([ln], text)[0]
        answer = bool(ln.text and _ANSWER.fullmatch(ln.text))
        if named >= set(_all_conventions()) and ln.text and not answer:
            break
        other = ln.text and not (key or _HEADINGS.fullmatch(ln.text)
                                 or TITLE_LINE.match(ln.text) or answer)
        if rows and other and (not lines[i - 1].text or len(ln.text.split()) >= _PROSE_WORDS):
            break
        named.add(key)
        rows.append([ln])
    return rows


def _rows(table: Table, text: str) -> tuple[list[Row], int]:
    """The rows naming a convention as the reader gives them, then from the lines of the text
    for each convention the reader's rows miss (layouts where it loses some); and how many
    answers flowed text printed apart from any row."""
    flowed = is_flowed(region_lines(table, text), "convention")
    rows, lost = _attach_answers(list(table.rows), text, flowed)
    found = {_convention(r, text)[0] for r in rows}
    more, more_lost = _attach_answers(_line_rows(table, text), text, flowed)
    rows += [r for r in more if _convention(r, text)[0] not in found]
    return sorted(rows, key=lambda r: r[0].start), max(lost, more_lost)


def extract_ratifications(tables: list[Table], text: str) -> tuple[list[Ratification], list[str]]:
    """Read the ratifications table(s): one Ratification per convention named."""
    out: list[Ratification] = []
    warnings: list[str] = []
    read = [_rows(table, text) for table in tables]
    rows = [row for table_rows, _ in read for row in table_rows]
    survive = any(_has_mark(c.text) or _has_cross(c.text) for row in rows for c in row)
    if rows and not survive:
        warnings.append("ratifications: the text shows no check marks; ratified left empty")
    if lost := sum(n for _, n in read):
        warnings.append(f"ratifications: {lost} answers (N/A, No) printed apart from their "
                        "conventions in flowed text; not assigned")
    seen: set[str] = set()
    for row in rows:
        key, name = _convention(row, text)
        joined = " ".join(cell_text(c, text) for c in row)
        if key in seen:
            warnings.append(f"ratifications: {key} named twice; second row skipped")
            continue
        seen.add(key)
        if _has_mark(joined) or re.search(r"\bYes\b", joined):
            ratified: bool | None = True
        elif _has_cross(joined) or re.search(r"\b(?:N/A|No)\b", joined) or survive:
            ratified = False
        else:
            ratified = None
        start, end = row_span(row)
        out.append(Ratification(key, ratified, start, end, label=name))
    missing = [k for k in _all_conventions() if k not in seen]
    if tables and missing:
        warnings.append(f"ratifications: not found in the table: {', '.join(missing)}")
    return out, warnings


def _all_conventions() -> list[str]:
    """Every convention key, in label-file order without repeats."""
    return list(dict.fromkeys(r["convention"] for r in _convention_labels()))
