"""Prevalence, enforcement and workforce figures from the tables of a DOL profile.

The tables are found and read by ``analysis.extract.tables.read`` (with the label vocabulary of
the statistics and enforcement tables, so flowed text can be rebuilt); they are told apart
by their titles, never by their numbers.
"""

from __future__ import annotations

import re

from analysis.extract.dol.enforcement import table_enforcement
from analysis.extract.dol.prevalence import table_prevalence
from analysis.extract.dol.workforce import extract_workforce
from analysis.extract.labels import dol_hints
from analysis.extract.records import Extraction, Prevalence
from analysis.extract.tables.cells import Table
from analysis.extract.tables.read import read_tables

#: Words of an inspector-adequacy statement (a warning when none is read).
_ADEQUACY = re.compile(r"inspector\s+for\s+every\s+[\d,]+\s+workers", re.IGNORECASE)
#: Title patterns of the tables read here, by kind.
TITLES = {
    "prevalence": r"statistics on (?:children.s work|working children)",
    "labor": r"labou?r law enforcement efforts",
    "criminal": r"criminal law enforcement efforts",
}


def extract_dol_tables(text: str, layout: str, report_year: int,
                       tables: list[Table] | None = None) -> Extraction:
    """Prevalence, enforcement and workforce records of a DOL profile, with warnings, from its
    tables (``reading.read_dol_tables``; read here when the caller has not read them)."""
    out = Extraction.empty()
    if tables is None:
        tables = read_tables(text, layout, dol_hints(), only="|".join(TITLES.values()))
    for table in tables:
        kind = next((k for k, p in TITLES.items() if re.search(p, table.title, re.IGNORECASE)),
                    None)
        if kind is None:
            continue
        out.warnings += [f"Table {table.number}: {w}" for w in table.warnings]
        before = len(out.prevalence) + len(out.enforcement)
        if kind == "prevalence":
            out.prevalence += table_prevalence(table, text, out.warnings)
        else:
            out.enforcement += table_enforcement(table, kind, report_year, out.warnings)
        if len(out.prevalence) + len(out.enforcement) == before:
            out.warnings.append(f"Table {table.number} ({table.title}): no figures read")
    out.prevalence = _first_per_key(out.prevalence, out.warnings)
    out.workforce = extract_workforce(text, out.warnings)
    if not out.workforce and _ADEQUACY.search(text):
        out.warnings.append("inspector-adequacy statement not recognised")
    return out


def _first_per_key(rows: list[Prevalence], warnings: list[str]) -> list[Prevalence]:
    """Keep the first statistic per indicator, age range and entity (the table's key)."""
    seen: set[tuple[str, int | None, int | None, str]] = set()
    kept: list[Prevalence] = []
    for p in rows:
        key = (p.indicator, p.age_min, p.age_max, p.territory)
        if key in seen:
            warnings.append(f"a second {p.indicator} figure for the same ages left out")
            continue
        seen.add(key)
        kept.append(p)
    return kept
