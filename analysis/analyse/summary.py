"""One line per country for the report index: its reports and headline figures."""

from __future__ import annotations

import pandas as pd

from analysis.analyse.load import CountryData, primary_documents
from analysis.analyse.ratio import ratio_table, statements
from analysis.analyse.tables import figure
from analysis.analyse.trends import measure_series

_SERIES = {"dol_findings": "DOL", "tip": "TIP"}


def _reports(documents: pd.DataFrame) -> str:


    """Report years held per series, e.g. 'DOL 2010–2017 (3)'."""
    parts = []
    for series, group in documents.groupby("series", sort=True):
        years = sorted(int(y) for y in group["report_year"].unique())
        span = f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
        parts.append(f"{_SERIES.get(series, series)} {span} ({len(years)})")
    return ", ".join(parts)


def _latest(documents: pd.DataFrame, column: str) -> str:


    """The latest report's value of a column, with its year."""
    rows = documents.dropna(subset=[column]).sort_values("report_year")
    if rows.empty:
        return ""
    last = rows.iloc[-1]
    return f"{last[column]} ({int(last['report_year'])})"


def country_line(data: CountryData) -> str:
    """Reports held, latest DOL assessment and TIP tier, latest inspectors and ratio."""
    docs = primary_documents(data.documents)
    parts = [f"reports: {_reports(docs)}"]
    for column, label in (("assessment", "assessment"), ("tip_tier", "TIP")):
        if latest := _latest(docs, column):
            parts.append(f"{label} {latest}")
    series = measure_series(data.enforcement, data.documents)
    inspectors = series[(series["measure"] == "labor_inspectors") & series["value"].notna()]
    if len(inspectors):
        last = inspectors.iloc[-1]
        parts.append(f"labour inspectors {figure(last['value'], 'count')} "
                     f"({int(last['data_year'])})")
        ratios = ratio_table(inspectors, statements(data.workforce, data.documents))
        if len(ratios):
            row = ratios.iloc[-1]
            parts.append(f"{figure(row['workers_per_inspector'], 'count')} workers per "
                         f"inspector ({int(row['data_year'])})")
    return "; ".join(parts)
