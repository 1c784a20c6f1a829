"""A country's headline figures for the report index: reports held, latest assessment and
tier, latest labour inspectors and workers per inspector against the applied benchmark."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analysis.analyse.load import CountryData, primary_documents
from analysis.analyse.ratio import ratio_table, statements
from analysis.analyse.trends import measure_series

_SERIES = {"dol_findings": "DOL", "tip": "TIP"}


@dataclass(frozen=True)
class Headline:
    """What the index shows of a country; None where the reports give nothing."""

    reports: str
    assessment: str | None
    assessment_year: int | None
    tip_tier: str | None
    tip_year: int | None
    inspectors: float | None
    inspectors_year: int | None
    workers_per_inspector: float | None
    benchmark: float | None
    ratio_year: int | None

    @property
    def meets_benchmark(self) -> bool | None:
        """Whether the latest workers per inspector is within the applied ILO benchmark."""
        if self.workers_per_inspector is None or self.benchmark is None:
            return None
        return self.workers_per_inspector <= self.benchmark


def _reports(documents: pd.DataFrame) -> str:
    """Report years held per series, e.g. 'DOL 2010–2017 (3)'."""
    parts = []
    for series, group in documents.groupby("series", sort=True):
        years = sorted(int(y) for y in group["report_year"].unique())
        span = f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
        parts.append(f"{_SERIES.get(series, series)} {span} ({len(years)})")
    return ", ".join(parts)


def _latest(documents: pd.DataFrame, column: str) -> tuple[str | None, int | None]:
    """The latest report's value of a column, and that report's year."""
    rows = documents.dropna(subset=[column]).sort_values("report_year", kind="mergesort")
    if rows.empty:
        return None, None
    last = rows.iloc[-1]
    return str(last[column]), int(last["report_year"])


def _number(value: object) -> float | None:
    """A float, or None for a missing value."""
    return None if value is None or pd.isna(value) else float(value)


def headline(data: CountryData) -> Headline:
    """The headline figures of one country from its clean tables."""
    docs = primary_documents(data.documents)
    assessment, assessment_year = _latest(docs, "assessment")
    tier, tier_year = _latest(docs, "tip_tier")
    series = measure_series(data.enforcement, data.documents)
    inspectors = series[(series["measure"] == "labor_inspectors") & series["value"].notna()]
    count = year = ratio = bench = ratio_year = None
    if len(inspectors):
        last = inspectors.iloc[-1]
        count, year = _number(last["value"]), int(last["data_year"])
        ratios = ratio_table(inspectors, statements(data.workforce, data.documents))
        if len(ratios):
            row = ratios.iloc[-1]
            ratio, bench = _number(row["workers_per_inspector"]), _number(row["benchmark"])
            ratio_year = int(row["data_year"])
    return Headline(_reports(docs), assessment, assessment_year, tier, tier_year, count, year,
                    ratio, bench, ratio_year)
