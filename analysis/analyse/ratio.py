"""Workers per labour inspector against the ILO benchmarks, and inspectors needed.

Inspectors needed = workforce / workers-per-inspector benchmark, rounded to the nearest whole
inspector (halves up); shortfall = needed - employed (negative means more than the benchmark).
The ILO's technical advice: one inspector per 10,000 workers in industrial market economies,
15,000 in industrializing, 20,000 in transition and 40,000 in less developed economies.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.analyse.load import check_positive, check_year, primary_documents

BENCHMARKS = {"industrial_market": 10_000, "industrializing": 15_000, "transition": 20_000,
              "less_developed": 40_000}
LABELS = {"industrial_market": "industrial market economies",
          "industrializing": "industrializing economies",
          "transition": "transition economies",
          "less_developed": "less developed economies"}
WORKFORCE_STEPS = (-20, -10, 0, 10, 20)


def inspectors_needed(workforce: float, benchmark: float) -> int:
    """Workforce / benchmark rounded to the nearest whole inspector, halves up."""
    check_positive(workforce, "workforce")
    check_positive(benchmark, "benchmark")
    return math.floor(workforce / benchmark + 0.5)


def statements(workforce: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """One inspector-adequacy statement per report year, with the benchmark it applies."""
    df = workforce.merge(primary_documents(documents)[["doc_id"]], on="doc_id")
    df = df.sort_values(["report_year", "doc_id"], kind="mergesort").drop_duplicates("report_year")
    known = df["economy_category"].map(BENCHMARKS).astype("Float64")
    benchmark = df["workers_per_inspector_benchmark"].astype("Float64").fillna(known)
    return pd.DataFrame({
        "report_year": df["report_year"],
        "workforce": df["workforce"],
        "workforce_qualifier": df["qualifier"],
        "economy_category": df["economy_category"],
        "benchmark": benchmark.astype("Int64"),
        "inspectors_stated": df["inspectors_recommended_stated"],
        "doc_id": df["doc_id"],
        "workforce_source": df["workforce_source"],
        "verdict": df["sufficiency_stated"] if "sufficiency_stated" in df.columns else pd.NA,
    }).reset_index(drop=True)


def stated_check(stated: pd.DataFrame) -> pd.DataFrame:
    """The report's stated inspectors beside the computed ones, and the workforce they imply."""
    df = stated.dropna(subset=["workforce", "benchmark"])
    computed = df["workforce"] / df["benchmark"].astype(float)
    return pd.DataFrame({
        "report_year": df["report_year"],
        "workforce": df["workforce"],
        "benchmark": df["benchmark"],
        "computed_exact": computed,
        "computed": [math.floor(c + 0.5) for c in computed],
        "stated": df["inspectors_stated"],
        "stated_minus_computed": df["inspectors_stated"].astype(float)
        - [math.floor(c + 0.5) for c in computed],
        "workforce_implied_by_stated": df["inspectors_stated"].astype(float)
        * df["benchmark"].astype(float),
        "doc_id": df["doc_id"],
    }).reset_index(drop=True)


def ratio_table(inspectors: pd.DataFrame, stated: pd.DataFrame,
                workforce: float | None = None, benchmark: int | None = None) -> pd.DataFrame:
    """Per year with an inspector count and a workforce: workers per inspector and shortfall.

    ``inspectors`` is the labor_inspectors rows of ``trends.measure_series``; the report's
    workforce and benchmark apply to the data year equal to the report year. ``workforce`` and
    ``benchmark`` override the report's for every year; a year without a statement of its own
    takes the benchmark of the latest statement.
    """
    check_positive(workforce, "workforce")
    check_positive(benchmark, "benchmark")
    counts = inspectors.dropna(subset=["value"])[["data_year", "value", "doc_id"]]
    counts = counts.rename(columns={"value": "labor_inspectors", "doc_id": "inspectors_doc"})
    df = counts.merge(stated.rename(columns={"report_year": "data_year"}), on="data_year",
                      how="left")
    if workforce is not None:
        df = df.assign(workforce=float(workforce), workforce_from="parameter")
    else:
        df = df.assign(workforce_from=[f"report {d}" if pd.notna(w) else ""
                                       for d, w in zip(df["doc_id"], df["workforce"],
                                                       strict=True)])
    df = df.dropna(subset=["workforce"])
    if benchmark is not None:
        df = df.assign(benchmark=float(benchmark), benchmark_from="parameter")
    else:
        latest = stated.dropna(subset=["benchmark"]).tail(1)
        fallback = (float(latest["benchmark"].iloc[0]), f"report {latest['doc_id'].iloc[0]}") \
            if len(latest) else (np.nan, "")
        own = df["benchmark"].notna()
        df = df.assign(
            benchmark=df["benchmark"].astype(float).where(own, fallback[0]),
            benchmark_from=[f"report {d}" if o else fallback[1]
                            for d, o in zip(df["doc_id"], own, strict=True)],
        )
    needed = [inspectors_needed(w, b) if b == b else np.nan
              for w, b in zip(df["workforce"], df["benchmark"], strict=True)]
    df = df.assign(
        workers_per_inspector=df["workforce"] / df["labor_inspectors"].where(
            df["labor_inspectors"] > 0),
        inspectors_needed=needed,
        shortfall=np.array(needed, dtype=float) - df["labor_inspectors"],
    )
    return df[["data_year", "labor_inspectors", "workforce", "workforce_from",
               "workers_per_inspector", "benchmark", "benchmark_from", "inspectors_needed",
               "shortfall", "inspectors_doc"]].sort_values("data_year").reset_index(drop=True)


def benchmark_table(workforce: float, inspectors: float, applied: float | None) -> pd.DataFrame:
    """Inspectors needed and shortfall under each ILO benchmark (and a custom one), marked."""
    rows = [(LABELS[k], v) for k, v in BENCHMARKS.items()]
    if applied is not None and applied == applied and applied not in BENCHMARKS.values():
        rows.append(("custom benchmark", int(applied)))
    out = pd.DataFrame(rows, columns=["economy", "workers_per_inspector"])
    needed = [inspectors_needed(workforce, b) for b in out["workers_per_inspector"]]
    return out.assign(
        inspectors_needed=needed,
        shortfall=[n - inspectors for n in needed],
        applied=out["workers_per_inspector"] == applied,
    )


def sensitivity_grid(workforce: float, inspectors: float, benchmarks: list[float],
                     steps: tuple[int, ...] = WORKFORCE_STEPS) -> pd.DataFrame:
    """Shortfall for workforce changed by each step (percent) under each benchmark."""
    rows = []
    for step in steps:
        scaled = workforce * (1 + step / 100)
        for bench in benchmarks:
            needed = inspectors_needed(scaled, bench)
            rows.append((step, scaled, int(bench), needed, needed - inspectors))
    return pd.DataFrame(rows, columns=["workforce_change_pct", "workforce", "benchmark",
                                       "inspectors_needed", "shortfall"])


def sensitivity_table(grid: pd.DataFrame) -> pd.DataFrame:
    """The grid's shortfall with workforce change (%) as rows and benchmarks as columns."""
    if grid.empty:
        return grid
    return grid.pivot(index="workforce_change_pct", columns="benchmark", values="shortfall")


@dataclass(frozen=True)
class YearView:
    """One data year examined: a headline, every benchmark, and the sensitivity grid."""

    year: int | None
    headline: str
    applied: float | None
    benchmarks: pd.DataFrame
    grid: pd.DataFrame


def year_view(ratios: pd.DataFrame, year: int | None) -> YearView:
    """Examine ``year`` (default: the latest with both figures); refuse a year without them."""
    years = sorted(int(y) for y in ratios["data_year"])
    check_year(year, years, "inspector count and workforce")
    if not years:
        empty = pd.DataFrame()
        return YearView(None, "No year has both an inspector count and a workforce; pass "
                        "workforce= to compute with your own figure.", None, empty, empty)
    row = ratios[ratios["data_year"] == (years[-1] if year is None else int(year))].iloc[0]
    applied = None if pd.isna(row["benchmark"]) else float(row["benchmark"])
    benchmarks = sorted({*BENCHMARKS.values(), *([applied] if applied else [])})
    headline = (f"Data year {int(row['data_year'])}: {row['labor_inspectors']:,.0f} inspectors "
                f"({row['inspectors_doc']}), {row['workforce']:,.0f} workers "
                f"({row['workforce_from']}), {row['workers_per_inspector']:,.0f} workers per "
                "inspector.")
    return YearView(
        int(row["data_year"]), headline, applied,
        benchmark_table(row["workforce"], row["labor_inspectors"], applied),
        sensitivity_grid(row["workforce"], row["labor_inspectors"], benchmarks),
    )
