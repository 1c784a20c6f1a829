"""The DOL list tables: sectors, ratifications, laws and suggested actions.

Tables are recognised by their titles, not their numbers (the numbering changes between
years); a table continued on the next page comes as one table from the reader or as several
with the same title, read in order. Each table has its reader module (``sectors``,
``ratifications``, ``laws``, ``actions``); the cell and line helpers they share live in
``list_cells``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, TypeVar

from analysis.extract.dol.actions import extract_actions
from analysis.extract.dol.law_lines import extract_law_lines
from analysis.extract.dol.laws import extract_laws
from analysis.extract.dol.list_cells import TITLES, tables_titled
from analysis.extract.dol.ratifications import extract_ratifications
from analysis.extract.dol.sectors import extract_sectors
from analysis.extract.records import Extraction

if TYPE_CHECKING:
    from analysis.extract.tables.cells import Table

T = TypeVar("T")


def _unique(items: list[T], key: Callable[[T], tuple[Hashable, ...]]) -> tuple[list[T], list[str]]:
    """Keep the first of items sharing a key (the tables' primary key); name those dropped."""
    seen: set[tuple[Hashable, ...]] = set()
    kept: list[T] = []
    dropped: list[str] = []
    for item in items:
        k = key(item)
        if k in seen:
            dropped.append(" / ".join(str(x) for x in k))
            continue
        seen.add(k)
        kept.append(item)
    return kept, dropped


def extract_dol_lists(tables: list[Table], text: str,
                      report_year: int | None = None) -> Extraction:
    """Laws, ratifications, sector activities and suggested actions from a DOL profile. A
    laws table no reader finds rows in is read as OCR prints it, a row per line
    (``law_lines``), where the report year says which Yes/No column it prints."""
    out = Extraction.empty()
    found = {kind: tables_titled(tables, kind) for kind in TITLES}
    laws, w_laws = extract_laws(found["laws"], text)
    if not laws and found["laws"]:
        laws, w_lines = extract_law_lines(found["laws"], text, report_year)
        w_laws += w_lines
    out.ratifications, w_rat = extract_ratifications(found["ratifications"], text)
    sectors, w_sec = extract_sectors(found["sector_activities"], text)
    actions, w_act = extract_actions(found["suggested_actions"], text)
    out.laws, d_laws = _unique(laws, lambda x: (x.label, x.territory))
    out.sector_activities, d_sec = _unique(sectors, lambda x: (x.sector, x.activity, x.start))
    out.suggested_actions, d_act = _unique(actions, lambda x: (x.area, x.action, x.start))
    warnings = [*w_laws, *w_rat, *w_sec, *w_act]
    warnings += [f"laws: repeated label '{d}'; later row dropped" for d in d_laws]
    warnings += [f"sectors: repeated activity '{d}'; later row dropped" for d in d_sec]
    warnings += [f"actions: repeated action '{d}'; later row dropped" for d in d_act]
    if any(found.values()):
        warnings += [f"{kind}: no table titled like '{TITLES[kind]}'"
                     for kind, ts in found.items() if not ts]
    out.warnings = list(dict.fromkeys(warnings))
    return out
