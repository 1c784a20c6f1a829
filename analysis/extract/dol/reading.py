"""Reading the tables of a DOL profile once, each with the label hints its title calls for.

The statistics and enforcement tables are read with their row-label vocabularies
(``labels.dol_hints``), the laws table with the law labels (``law_labels.law_hints``), the other
tables without hints; which is which is the kind of table the title names
(``analysis/data/table_titles.csv``). Every extractor of the profile then takes the tables it
needs from this one list.
"""

from __future__ import annotations

from analysis.extract.dol.law_labels import law_hints
from analysis.extract.dol.tables import KINDS as FIGURE_KINDS
from analysis.extract.labels import dol_hints
from analysis.extract.tables.cells import NO_HINTS, LabelHints, Table
from analysis.extract.tables.read import read_tables


def table_hints(kind: str) -> LabelHints:
    """The label hints a table of this kind is read with."""
    if kind in FIGURE_KINDS:
        return dol_hints()
    if kind == "laws":
        return law_hints()
    return NO_HINTS


def read_dol_tables(text: str, layout: str) -> list[Table]:
    """Every table of a DOL profile, in text order, each region read once."""
    return read_tables(text, layout, table_hints)
