"""The DOL laws table ("Laws and Regulations Related to Child Labor" / "on Child Labor").

The entry point: each laws table is read by the reader its text needs, ``law_aligned`` where
the table reader kept the rows, ``law_flowed`` where the text prints one cell per line (cut
first at its territory captions, ``law_territories``). Labels name standards by
``law_labels``; rows become ``Law`` records by ``law_rows``. (``law_lines`` reads the tables
OCR printed a row per line, where these find none.)

The "Yes/No" column: from 2015 on it is headed "Meets International Standards: Yes/No" and
fills ``meets_international``. The 2013-2014 tables head it "Yes/No" alone, and there it says
whether the country has the law at all (ILAB's own data calls it "established"), not whether
the law meets international standards; it then fills ``established`` and ``meets_international``
is left empty with a warning saying why, so an existing law is never reported as meeting the
standard.
"""

from __future__ import annotations

from dataclasses import replace

from analysis.extract.dol.captions import Captioned, captioned
from analysis.extract.dol.law_aligned import LAW_COLUMNS, aligned_slots
from analysis.extract.dol.law_flowed import flowed_slots
from analysis.extract.dol.law_flowed_parts import FLOWED_HEADINGS
from analysis.extract.dol.law_labels import law_hints
from analysis.extract.dol.law_rows import LabelReader, law_record
from analysis.extract.dol.law_territories import flowed_territories
from analysis.extract.dol.law_tiling import table_notes
from analysis.extract.dol.list_cells import header_columns, is_flowed, region_lines
from analysis.extract.records import Law
from analysis.extract.tables.cells import Cell, Table

_EXISTS_WARNING = (
    "laws: the 'Yes/No' column says whether the law exists, not whether it meets "
    "international standards; read into established, meets_international left empty"
)


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
