"""How the reports print what several stages must recognise: the marks on figures and cells,
check marks, reference-number citations and the words a cell holds instead of a figure
(``analysis/data/cell_words.csv``).

One definition, used by the repair rules and every extractor, so a word the reports start to
print is added in one place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from analysis.datafiles import read_rows
from analysis.schema import STATUSES, UNITS

#: The marks the reports print on figures and cells: * (not published, limited evidence),
#: † and ‡ (explained in the notes under a table; † in a sector table: hazardous).
MARKS = "*†‡"
#: What OCR makes of those marks (a "t" or "f" glued to a number is left to the table readers).
OCR_MARKS = "¢§#+"
#: Every character a table reader takes for a mark, in a text that may come from OCR.
READ_MARKS = MARKS + OCR_MARKS
#: Check marks of the ratification tables and the 2009-2012 conventions box: ratified or not.
CHECK_MARKS = {"✓": True, "✔": True, "√": True, "☑": True, "✗": False, "✘": False, "☒": False}
#: The check marks that say yes, and the crosses that say no.
YES_MARKS = "".join(mark for mark, yes in CHECK_MARKS.items() if yes)
NO_MARKS = "".join(mark for mark, yes in CHECK_MARKS.items() if not yes)


def number_group(digits: int) -> str:
    """A regex for numbers of up to ``digits`` digits in parentheses, lettered or not and
    separated by , ; - or –: "(30)", "(1; 3)", "(21, 42)", "(1-3)", "(12a)"."""
    item = rf"\d{{1,{digits}}}[a-z]?"
    return rf"\(\s*{item}(?:\s*[-–,;]\s*{item})*\s*\)"


#: A group of reference numbers (citations). A reference number has at most three digits:
#: "(1992)" after a law's name is a year, "(1300)" after a percentage a number of children.
CITATION = number_group(3)


def citation_items(group: str) -> list[str]:
    """The items of one citation group as printed, spaces dropped ("( 3, 14-16 )" -> 3, 14-16)."""
    return [part.replace(" ", "") for part in re.split(r"[,;]", group.strip()[1:-1].strip())]


@dataclass(frozen=True)
class CellWord:
    """A word printed in a cell: the value it stands for (None: no figure), unit, status."""

    printed: str
    value: float | None
    unit: str
    status: str


def cell_words(rows: Iterable[dict[str, str]]) -> tuple[CellWord, ...]:
    """The rows of cell_words.csv, checked against the contract's units and statuses."""
    words = tuple(
        CellWord(r["printed"], float(r["value"]) if r["value"] else None, r["unit"], r["status"])
        for r in rows
    )
    for w in words:
        if w.status not in STATUSES or (w.unit and w.unit not in UNITS):
            raise ValueError(f"cell_words.csv: {w.printed!r} has an unknown unit or status")
        if (w.value is None) != (w.status != "reported"):
            raise ValueError(f"cell_words.csv: {w.printed!r} needs a value exactly when reported")
    return words


#: Every word a cell may hold instead of a figure, in file order.
CELL_WORDS: tuple[CellWord, ...] = cell_words(read_rows("cell_words.csv"))
#: The words by their lower-case form ("n/a" -> N/A).
WORDS_BY_KEY: dict[str, CellWord] = {w.printed.lower(): w for w in CELL_WORDS}
#: The words that say a figure is missing, and why ("Unknown", "N/A", ...).
MISSING_WORDS: tuple[str, ...] = tuple(w.printed for w in CELL_WORDS if w.value is None)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of printed words, in the order given ("Unknown|N/A|...")."""
    return "|".join(re.escape(w) for w in words)


#: Any cell word, as a regex alternation.
CELL_WORD = alternation(w.printed for w in CELL_WORDS)
#: Any missing-value word, as a regex alternation.
MISSING_WORD = alternation(MISSING_WORDS)
