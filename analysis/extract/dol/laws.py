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

from analysis.extract.dol.captions import Captioned, captioned
from analysis.extract.dol.law_aligned import LAW_COLUMNS, aligned_slots
from analysis.extract.dol.law_flowed import flowed_slots
from analysis.extract.dol.law_flowed_parts import FLOWED_HEADINGS, MAX_WRAP, value_kind
from analysis.extract.dol.law_labels import known_label, law_hints, normal_label
from analysis.extract.dol.law_rows import LabelReader, law_record
from analysis.extract.dol.law_tiling import table_notes
from analysis.extract.dol.list_cells import (
    TITLE_LINE,
    Line,
    header_columns,
    is_flowed,
    join_lines,
    region_lines,
)
from analysis.extract.records import Law
from analysis.extract.tables.cells import Cell, Table

_EXISTS_WARNING = (
    "laws: the 'Yes/No' column says whether the law exists, not whether it meets "
    "international standards; read into established, meets_international left empty"
)


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
                read, says_meets = flowed_slots(section, labels, notes)
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
