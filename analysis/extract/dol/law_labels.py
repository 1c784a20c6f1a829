"""Law labels: which standard a printed row label of the DOL laws table names.

Every laws reader (aligned, flowed, OCR lines) and the table reader's label hints ask these
rules, so one label file decides what a label means however the table was printed.

Row labels map to standard keys through ``analysis/data/law_labels.csv``, read top to bottom,
first match wins. Each row: ``pattern`` (case-insensitive regex matching the whole label,
lower-cased, marks and citations dropped), ``standard``, ``group`` (set on a sub-row label
that only means something under that heading, "State Compulsory"), ``opens`` (the heading a
label opens: "Prohibition of Military Recruitment" is only a heading; "Minimum Age for
Compulsory Military Recruitment" is a standard, or a heading when sub-rows follow it),
``age`` ("yes" when the standard sets an age) and ``lowest`` (the lowest age such a law can
set: no state may recruit under 15 (UN CRC, article 38), so a military age under 15 read from
flowed text shows cells paired with the wrong rows, and that pairing is dropped).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from analysis.datafiles import read_rows
from analysis.extract.dol.list_cells import split_citations, split_marks
from analysis.extract.tables.cells import LabelHints


@cache
def law_label_rows() -> tuple[dict[str, str], ...]:
    """The label -> standard rows of law_labels.csv."""
    return read_rows("law_labels.csv")


@cache
def law_hints() -> LabelHints:
    """The law labels for the table reader: standards are row labels, a label that only opens
    sub-rows ("Minimum Age for Military Recruitment") is a sub-heading; so a wrapped label is
    joined to its own row and not to the heading below it."""
    def union(rows: list[dict[str, str]]) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{r['pattern']})" for r in rows), re.IGNORECASE)

    rows = list(law_label_rows())
    return LabelHints(labels=union([r for r in rows if r["standard"]]),
                      headings=union([r for r in rows if not r["standard"]]))


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
    lowest: int = 0
    group: str = ""


@lru_cache(maxsize=1 << 14)
def label_rule(label: str, group: str | None) -> LabelRule | None:
    """The rule of a printed label, sub-row labels only under their heading (under any when
    ``group`` is None); None if unknown. Remembered: rows are tried joined in every way, so
    the same label is asked about several times."""
    norm = normal_label(label)
    for row in law_label_rows():
        if row["group"] and group is not None and row["group"] != group:
            continue
        if re.fullmatch(row["pattern"], norm, re.IGNORECASE):
            return LabelRule(row["standard"], row["opens"], row["age"] == "yes",
                             int(row["lowest"] or 0), row["group"])
    return None


def known_label(label: str) -> bool:
    """Whether a label is one the label file knows (under any heading)."""
    return label_rule(label, None) is not None
