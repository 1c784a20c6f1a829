"""The completeness audit: which tables a DOL profile should have were found and read.

For each kind of table the project reads (``READ_KINDS``), a profile gets one row when its
edition prints that kind (the report years of ``analysis/data/table_titles.csv``) or when its
text has a title of that kind: ``read`` when the table gave rows, ``title_only`` when the
title stands in the text and nothing was read (also a warning naming the table), and
``not_found`` when the edition prints it and no title was found (a profile may lack a table,
e.g. a territory without statistics, so that is counted, not warned). The rows a table gave
are the published records whose offsets lie between its title and the next title; the
statistics and enforcement readers also say how many of its row labels no vocabulary row
takes (``TableRead``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from analysis.extract.records import Coverage, Extraction
from analysis.extract.tables.read import find_titles
from analysis.extract.tables.titles import expected_kinds

#: Kind of table -> the Extraction list its rows are published in (and, for enforcement,
#: the domain of its rows).
READ_KINDS: dict[str, tuple[str, str]] = {
    "statistics": ("prevalence", ""),
    "sector_activities": ("sector_activities", ""),
    "ratifications": ("ratifications", ""),
    "laws": ("laws", ""),
    "labor_enforcement": ("enforcement", "labor"),
    "criminal_enforcement": ("enforcement", "criminal"),
    "suggested_actions": ("suggested_actions", ""),
}


@dataclass(frozen=True)
class TableRead:
    """What a table reader made of one table: its kind, span and unmapped row labels."""

    kind: str
    start: int
    end: int
    unmapped: int


def audit(text: str, report_year: int, found: Extraction,
          reads: Sequence[TableRead] = ()) -> tuple[list[Coverage], list[str]]:
    """The coverage rows of one DOL profile, and a warning per table read as nothing."""
    titles = find_titles(text)
    bounds = [t.start for t in titles] + [len(text)]
    expected = set(expected_kinds(report_year))
    rows: list[Coverage] = []
    warnings: list[str] = []
    for kind, (attr, domain) in READ_KINDS.items():
        spans = [(t, bounds[i + 1]) for i, t in enumerate(titles) if t.kind == kind]
        if not spans and kind not in expected:
            continue
        if not spans:
            rows.append(Coverage(kind, "not_found", True, False, 0, 0, 0, None, None))
            continue
        records = [r for r in getattr(found, attr)
                   if (not domain or (r.domain == domain and r.source == "table"))
                   and any(t.start <= r.start < end for t, end in spans)]
        unmapped = sum(r.unmapped for r in reads if r.kind == kind)
        status = "read" if records else "title_only"
        first = spans[0][0]
        if not records:
            warnings.append(f"{kind}: the title '{first.title}' is in the text and no rows "
                            "were read from its table")
        rows.append(Coverage(kind, status, kind in expected, True, len(spans), len(records),
                             unmapped, first.start, max(end for _, end in spans),
                             first.title))
    return rows, warnings


def summary_lines(rows: Sequence[dict[str, object]]) -> list[str]:
    """One line per kind of table over a clean run's coverage rows ("statistics: read in 131
    of 134 profiles; 3 have the title and no figures: ...; 2 without the title: ...")."""
    lines: list[str] = []
    for kind in READ_KINDS:
        mine = [r for r in rows if r["table_kind"] == kind]
        if not mine:
            continue
        read = sum(1 for r in mine if r["status"] == "read")
        line = f"{kind}: read in {read} of {len(mine)} profiles"
        for status, words in (("title_only", "have the title and nothing read"),
                              ("not_found", "expected and without the title")):
            names = sorted(f"{r['country']} {r['report_year']}" for r in mine
                           if r["status"] == status)
            if names:
                shown = ", ".join(names[:8]) + (", ..." if len(names) > 8 else "")
                line += f"; {len(names)} {words}: {shown}"
        lines.append(line)
    return lines
