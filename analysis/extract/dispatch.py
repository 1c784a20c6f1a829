"""Choosing the extractors for a document and merging what they read."""

from __future__ import annotations

from analysis.extract.coverage import audit
from analysis.extract.dol.boxes import extract_dol_boxes
from analysis.extract.dol.lists import extract_dol_lists
from analysis.extract.dol.prose import extract_dol_prose
from analysis.extract.dol.reading import read_dol_tables
from analysis.extract.dol.tables import table_figures
from analysis.extract.records import Extraction
from analysis.extract.tip.narrative import extract_tip
from analysis.schema import RECORD_TABLES


def merge(parts: list[Extraction]) -> Extraction:
    """Concatenate several extractions of one document."""
    out = Extraction.empty()
    for part in parts:
        for table in RECORD_TABLES:
            out.records(table.name).extend(part.records(table.name))
        out.warnings += part.warnings
    return out


def extract(text: str, *, series: str, layout: str, report_year: int,
            country: str = "") -> Extraction:
    """Run every extractor that applies to a document of this series and layout; ``country``
    (ISO3) tells a TIP narrative's own nationals from foreign victims."""
    if series == "tip":
        return extract_tip(text, report_year, country)
    tables = read_dol_tables(text, layout)
    figures, reads = table_figures(text, layout, report_year, tables)
    parts = [
        figures,
        extract_dol_lists(tables, text, report_year),
        extract_dol_prose(text, report_year),
    ]
    boxes = extract_dol_boxes(text, report_year)
    # The box/bullet format belongs to reports without tables; take from it what tables lack.
    parts.append(
        Extraction(
            prevalence=[] if parts[0].prevalence else boxes.prevalence,
            enforcement=[],
            workforce=[],
            laws=[] if parts[1].laws else boxes.laws,
            ratifications=[] if parts[1].ratifications else boxes.ratifications,
            sector_activities=[],
            suggested_actions=[] if parts[1].suggested_actions else boxes.suggested_actions,
            coverage=[],
            warnings=boxes.warnings,
        )
    )
    out = merge(parts)
    out.coverage, warnings = audit(text, report_year, out, reads)
    out.warnings += warnings
    return out
