"""Countries side by side for a report year or a range of them.

- assessment levels per report year, checked against the counts the reports publish
  (``analysis/data/published_assessment_counts.csv``, with the source of each count);
- inspector adequacy per report: workers per labour inspector from the report's own figures
  against the benchmark the report applies, beside the report's own verdict;
- distributions of key enforcement measures per data year, with outliers named.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

import numpy as np
import pandas as pd

from analysis.analyse.load import ParameterError, primary_documents
from analysis.analyse.ratio import BENCHMARKS
from analysis.datafiles import read_rows
from analysis.territories import country_wide

LEVELS = ("Significant Advancement", "Moderate Advancement", "Minimal Advancement",
          "No Advancement", "No Assessment")
#: Tukey's fences, on log10(1 + value): a value beyond them is named as an outlier.
FENCE = 1.5
#: Fewer countries than this in a year: no outliers are named (quartiles mean little).
MIN_COUNTRIES = 5
DISTRIBUTION_MEASURES = (
    "inspectors per 100,000 workers", "inspections per inspector",
    "criminal investigations", "criminal convictions",
)
_RANGE = re.compile(r"^\s*(\d{4})\s*(?:[-–]\s*(\d{4})\s*)?$")


def report_years(text: str | int | None, available: Iterable[int]) -> list[int]:
    """The report years a parameter names: one year (``2016``), a range (``2014-2019``), or
    every year with reports (empty); refuse years without reports, listing those with."""
    years = sorted({int(y) for y in available})
    listed = ", ".join(map(str, years)) or "none"
    if text is None or str(text).strip() == "":
        if not years:
            raise ParameterError("no reports in the data folder")
        return years
    match = _RANGE.match(str(text))
    if not match:
        raise ParameterError(f"years must be a year or a range like 2014-2019, got {text!r}")
    low, high = int(match.group(1)), int(match.group(2) or match.group(1))
    chosen = [y for y in years if min(low, high) <= y <= max(low, high)]
    if not chosen:
        raise ParameterError(f"no reports for {text}. Report years with reports: {listed}")
    return chosen


def assessment_level(assessment: object) -> str | None:
    """The advancement level an assessment names ('Minimal Advancement – Efforts Made but ...'
    is Minimal Advancement), or None when it names none of them."""
    if not isinstance(assessment, str):
        return None
    head = re.split(r"\s[–—-]\s", assessment, maxsplit=1)[0].strip().lower()
    return next((level for level in LEVELS if head == level.lower()), None)


def dol_reports(documents: pd.DataFrame, years: list[int]) -> pd.DataFrame:
    """One DOL profile per country and report year of ``years`` (second copies left out)."""
    docs = primary_documents(documents)
    docs = docs[(docs["series"] == "dol_findings") & docs["report_year"].isin(years)]
    docs = docs.sort_values(["report_year", "country", "doc_id"], kind="mergesort")
    return docs.drop_duplicates(["report_year", "country"]).reset_index(drop=True)


def assessment_counts(documents: pd.DataFrame, years: list[int]) -> pd.DataFrame:
    """Profiles per advancement level and report year (levels as rows, years as columns);
    an assessment naming no known level is counted under its own words."""
    docs = dol_reports(documents, years)
    level = [assessment_level(a) or (a if isinstance(a, str) else "(no assessment printed)")
             for a in docs["assessment"]]
    counts = pd.crosstab(pd.Series(level, name="level"),
                         docs["report_year"].rename("report year").to_numpy())
    counts.columns.name = "report year"
    order = [lv for lv in LEVELS if lv in counts.index] + sorted(set(counts.index) - set(LEVELS))
    return counts.reindex(order)


def published_counts() -> pd.DataFrame:
    """The counts per level the reports publish, where known, with their source."""
    rows = read_rows("published_assessment_counts.csv")
    return pd.DataFrame(list(rows)).astype({"report_year": int, "count": int})


def assessment_check(counts: pd.DataFrame, published: pd.DataFrame) -> pd.DataFrame:
    """Our count of each level beside the published one, for the years with published counts."""
    rows = []
    for year, group in published.groupby("report_year", sort=True):
        for row in group.itertuples(index=False):
            ours = (int(counts.at[row.level, year])
                    if year in counts.columns and row.level in counts.index else 0)
            rows.append({"report_year": year, "level": row.level, "profiles": ours,
                         "published": row.count, "difference": ours - row.count})
    out = pd.DataFrame(rows, columns=["report_year", "level", "profiles", "published",
                                      "difference"])
    return out[out["report_year"].isin(counts.columns)].reset_index(drop=True)


def _own_inspectors(enforcement: pd.DataFrame) -> pd.DataFrame:
    """Each report's labour inspectors for its own report year (country-wide row)."""
    rows = enforcement[(enforcement["measure"] == "labor_inspectors")
                       & (enforcement["data_year"] == enforcement["report_year"])]
    rows = country_wide(rows, ["doc_id"]).sort_values(["doc_id", "source_start"],
                                                       kind="mergesort")
    rows = rows.dropna(subset=["value"]).drop_duplicates("doc_id")
    return rows[["doc_id", "value"]].rename(columns={"value": "inspectors"})


def adequacy(documents: pd.DataFrame, enforcement: pd.DataFrame, workforce: pd.DataFrame,
             years: list[int]) -> pd.DataFrame:
    """Per profile with a workforce statement: workers per inspector from the report's own
    figures against the benchmark it applies, and the report's own verdict beside ours."""
    docs = dol_reports(documents, years)[["doc_id", "country", "iso3", "report_year"]]
    df = docs.merge(workforce.drop(columns=["country", "report_year"]), on="doc_id")
    df = df.merge(_own_inspectors(enforcement), on="doc_id", how="left")
    known = df["economy_category"].map(BENCHMARKS).astype("Float64")
    benchmark = df["workers_per_inspector_benchmark"].astype("Float64").fillna(known)
    inspectors = df["inspectors"].astype("float64")
    ratio = df["workforce"].astype("float64") / inspectors.where(inspectors > 0)
    within = pd.array([None if math.isnan(r) or pd.isna(b) else bool(r <= b)
                       for r, b in zip(ratio, benchmark, strict=True)], dtype="boolean")
    stated = df["inspectors_sufficient_stated"].astype("boolean")
    return pd.DataFrame({
        "country": df["country"], "iso3": df["iso3"], "report_year": df["report_year"],
        "workforce": df["workforce"].astype("float64"), "inspectors": inspectors,
        "workers_per_inspector": ratio, "benchmark": benchmark.astype("float64"),
        "within_benchmark": within, "report_says": df["sufficiency_stated"].fillna(""),
        "report_sufficient": stated,
        "agree": (within == stated).astype("boolean"),
        "doc_id": df["doc_id"],
    }).sort_values(["report_year", "country"], kind="mergesort").reset_index(drop=True)


def disagreements(table: pd.DataFrame) -> pd.DataFrame:
    """Profiles where the computed ratio and the report's own verdict say different things."""
    return table[table["agree"].eq(False).fillna(False)].reset_index(drop=True)


def _panel_values(panel: pd.DataFrame, domain: str, measure: str) -> pd.DataFrame:
    """One measure's preferred counts by country and data year."""
    rows = panel[(panel["domain"] == domain) & (panel["measure"] == measure)]
    return rows.dropna(subset=["value"])[["country", "iso3", "data_year", "value"]]


def measure_values(panel: pd.DataFrame, table: pd.DataFrame) -> pd.DataFrame:
    """The key measures per country and data year (long): inspectors per 100,000 workers
    (from each report's own figures), inspections per inspector, criminal investigations and
    convictions (the preferred figures of the panel)."""
    per_worker = table.dropna(subset=["workers_per_inspector"]).assign(
        measure=DISTRIBUTION_MEASURES[0], data_year=table["report_year"],
        value=lambda d: 100_000 / d["workers_per_inspector"])
    inspections = _panel_values(panel, "labor", "labor_inspections")
    inspectors = _panel_values(panel, "labor", "labor_inspectors")
    per_inspector = inspections.merge(inspectors, on=["country", "iso3", "data_year"],
                                      suffixes=("_n", "_i"))
    per_inspector = per_inspector[per_inspector["value_i"] > 0].assign(
        measure=DISTRIBUTION_MEASURES[1],
        value=lambda d: d["value_n"] / d["value_i"])
    frames = [per_worker, per_inspector,
              _panel_values(panel, "criminal", "investigations").assign(
                  measure=DISTRIBUTION_MEASURES[2]),
              _panel_values(panel, "criminal", "convictions").assign(
                  measure=DISTRIBUTION_MEASURES[3])]
    columns = ["measure", "data_year", "country", "iso3", "value"]
    out = pd.concat([f[columns] for f in frames], ignore_index=True)
    out = out.astype({"data_year": "int64", "value": "float64"})
    return out.sort_values(columns[:3], kind="mergesort").reset_index(drop=True)


def with_outliers(values: pd.DataFrame) -> pd.DataFrame:
    """Mark values beyond Tukey's fences of their measure and year, on log10(1 + value)
    (counts are skewed: a plain scale would call every large country an outlier)."""
    logged = np.log10(1 + values["value"].clip(lower=0))
    groups = logged.groupby([values["measure"], values["data_year"]])
    q1, q3 = groups.transform(lambda s: s.quantile(0.25)), groups.transform(
        lambda s: s.quantile(0.75))
    count = groups.transform("count")
    low, high = q1 - FENCE * (q3 - q1), q3 + FENCE * (q3 - q1)
    side = np.select([logged > high, logged < low], ["high", "low"], "")
    return values.assign(outlier=np.where(count >= MIN_COUNTRIES, side, ""))


def distribution_summary(values: pd.DataFrame) -> pd.DataFrame:
    """Per measure and data year: countries, quartiles, and the outliers named."""
    rows = []
    for (measure, year), group in values.groupby(["measure", "data_year"], sort=False):
        named = group[group["outlier"] != ""].sort_values("value", ascending=False)
        rows.append({
            "measure": measure, "data_year": year, "countries": len(group),
            "q1": group["value"].quantile(0.25), "median": group["value"].median(),
            "q3": group["value"].quantile(0.75),
            "outliers": "; ".join(f"{c} {v:,.1f}" for c, v in
                                  zip(named["country"], named["value"], strict=True)),
        })
    out = pd.DataFrame(rows, columns=["measure", "data_year", "countries", "q1", "median",
                                      "q3", "outliers"])
    order = {m: i for i, m in enumerate(DISTRIBUTION_MEASURES)}
    return out.sort_values(["measure", "data_year"], key=lambda s: s.map(order) if
                           s.name == "measure" else s, kind="mergesort").reset_index(drop=True)
