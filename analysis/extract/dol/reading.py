"""Reading the tables of a DOL profile once, each with the label hints its title calls for.

The statistics and enforcement tables are read with their row-label vocabularies
(``labels.dol_hints``), the laws table with the law labels (``laws.law_hints``), the other
tables without hints; every extractor of the profile then takes the tables it needs from
this one list.
"""

from __future__ import annotations

import re

from analysis.extract.dol.laws import law_hints
from analysis.extract.dol.list_cells import TITLES as LIST_TITLES
from analysis.extract.dol.tables import TITLES as TABLE_TITLES
from analysis.extract.labels import dol_hints
from analysis.extract.tables.cells import NO_HINTS, LabelHints, Table
from analysis.extract.tables.read import read_tables

_STATISTICS_OR_ENFORCEMENT = "|".join(TABLE_TITLES.values())


def table_hints(title: str) -> LabelHints:
    """The label hints the table of this title is read with."""
    if re.search(_STATISTICS_OR_ENFORCEMENT, title, re.IGNORECASE):
        return dol_hints()
    if re.search(LIST_TITLES["laws"], title, re.IGNORECASE):
        return law_hints()
    return NO_HINTS


def read_dol_tables(text: str, layout: str) -> list[Table]:
    """Every table of a DOL profile, in text order, each region read once."""
    return read_tables(text, layout, table_hints)
