"""Prevalence, enforcement and workforce figures from the tables of a DOL profile.

The tables are found and read by ``analysis.extract.tables.read`` (with the label vocabulary of
the statistics and enforcement tables, so flowed text can be rebuilt); they are told apart
by the kind their titles name (``analysis/data/table_titles.csv``), never by their numbers.
"""

from __future__ import annotations

import re

from analysis.extract.coverage import TableRead
from analysis.extract.dol.enforcement import table_enforcement
from analysis.extract.dol.prevalence import table_prevalence
from analysis.extract.dol.workforce import extract_workforce
from analysis.extract.labels import dol_hints
from analysis.extract.records import Extraction, Prevalence
from analysis.extract.tables.cells import Table
from analysis.extract.tables.read import read_tables

#: Words of an inspector-adequacy statement (a warning when none is read).
_ADEQUACY = re.compile(r"inspector\s+for\s+every\s+[\d,]+\s+workers", re.IGNORECASE)
#: The kinds of table read here (``analysis/data/table_titles.csv``) and the enforcement
#: domain of each enforcement table.
DOMAINS = {"labor_enforcement": "labor", "criminal_enforcement": "criminal"}
KINDS = {"statistics", *DOMAINS}


def extract_dol_tables(text: str, layout: str, report_year: int,
                       tables: list[Table] | None = None) -> Extraction:
    """Prevalence, enforcement and workforce records of a DOL profile, with warnings, from its
    tables (``reading.read_dol_tables``; read here when the caller has not read them)."""
    return table_figures(text, layout, report_year, tables)[0]


def table_figures(text: str, layout: str, report_year: int,
                  tables: list[Table] | None = None) -> tuple[Extraction, list[TableRead]]:
    """The records of ``extract_dol_tables`` and what was read of each table (for the
    completeness audit)."""
    out = Extraction.empty()
    reads: list[TableRead] = []
    if tables is None:
        tables = read_tables(text, layout, dol_hints(), kinds=KINDS)
    for table in tables:
        if table.kind not in KINDS:
            continue
        out.warnings += [f"{table.name}: {w}" for w in table.warnings]
        before = len(out.prevalence) + len(out.enforcement)
        if table.kind == "statistics":
            rows, unknown = table_prevalence(table, text, out.warnings)
            out.prevalence += rows
        else:
            found, unknown = table_enforcement(table, DOMAINS[table.kind], report_year,
                                               out.warnings)
            out.enforcement += found
        reads.append(TableRead(table.kind, table.start, table.end, len(unknown)))
        if len(out.prevalence) + len(out.enforcement) == before:
            out.warnings.append(f"{table.name} ({table.title}): no figures read")
    out.prevalence = _first_per_key(out.prevalence, out.warnings)
    out.workforce = extract_workforce(text, out.warnings)
    if not out.workforce and _ADEQUACY.search(text):
        out.warnings.append("inspector-adequacy statement not recognised")
    return out, reads


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
