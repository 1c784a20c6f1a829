"""Enforcement measures as series over data years, merged across reports and series.

Where several documents give a figure for one year, the reconciliation preference rule picks
one (``preferred_series``) and the others that differ are shown beside it. Partial-year
figures are kept as printed and annualised from the period their note states. Years without
a figure stay NaN: a gap is not a zero.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import stats

from analysis.analyse.load import primary_documents
from analysis.analyse.period import parse_period
from analysis.reconcile import preferred_series, reconcile

KEY = ["domain", "measure", "data_year"]
#: The measures people look at first, drawn as small multiples (the rest go in a table), with
#: the title of the panel each is drawn in (violations of both domains share one).
KEY_MEASURES = {
    "labor_inspectors": "Labour inspectors", "labor_inspections": "Labour inspections",
    "child_labor_violations": "Violations found", "violations_found": "Violations found",
    "investigations": "Investigations", "prosecutions": "Prosecutions",
    "convictions": "Convictions",
}
MIN_POINTS = 4
NUMERIC_UNITS = ("count", "usd")
COLUMNS = [*KEY, "unit", "value", "status", "qualifier", "partial_year", "period",
           "period_months", "annualised", "annualise_note", "trend_value", "doc_id", "series",
           "report_year", "citations", "note", "other_reports"]
_ROW = ["doc_id", "measure", "data_year", "source_start"]


def _notes(enforcement: pd.DataFrame) -> pd.DataFrame:
    """The note and citations of each enforcement row, keyed to find the preferred row."""
    df = enforcement[[*_ROW, "note", "citations"]].drop_duplicates(_ROW)
    return df.astype({"data_year": "int64", "source_start": "Int64"})


def _copies(documents: pd.DataFrame) -> set[str]:
    """Documents that are a second copy of another raw file's report."""
    return set(documents["doc_id"]) - set(primary_documents(documents)["doc_id"])


def _others(pairs: pd.DataFrame, copies: set[str]) -> pd.Series:
    """Per key, other reports' figures that differ from the preferred one (copies left out)."""
    rows = []
    for pair in pairs[pairs["verdict"] == "conflict"].itertuples(index=False):
        doc, value = ((pair.doc_id_b, pair.value_b) if pair.preferred_doc_id == pair.doc_id_a
                      else (pair.doc_id_a, pair.value_a))
        if doc not in copies and doc != pair.preferred_doc_id and not math.isnan(value):
            rows.append((pair.domain, pair.measure, pair.data_year, f"{value:,.0f} ({doc})"))
    others = pd.DataFrame(rows, columns=[*KEY, "text"]).drop_duplicates()
    return others.groupby(KEY)["text"].agg("; ".join)


@dataclass(frozen=True)
class Annualised:
    """A partial-year figure scaled to twelve months, or why it was not."""

    months: float | None
    period: str
    value: float
    reason: str


def annualise(value: float, note: str | None, data_year: int | None) -> Annualised:
    """Scale a partial-year figure to 12 months using the period its note states."""
    period = parse_period(note, data_year)
    if period is None:
        said = f"the note {note!r}" if note else "no note"
        return Annualised(None, "", math.nan,
                          f"not annualised: no period can be read from {said}")
    if math.isnan(value):
        return Annualised(period.months, period.text, math.nan, "no figure to annualise")
    scaled = value * 12 / period.months
    return Annualised(period.months, period.text, scaled,
                      f"{value:,.0f} × 12 / {period.months:g} months")


def _with_periods(df: pd.DataFrame) -> pd.DataFrame:
    """Mark partial-year figures and add their annualised value beside the printed one."""
    partial = df["qualifier"].fillna("").eq("partial_year")
    results = [annualise(v, n if isinstance(n, str) else None, int(y)) if p and u in NUMERIC_UNITS
               else None
               for v, n, y, p, u in zip(df["value"], df["note"], df["data_year"], partial,
                                        df["unit"], strict=True)]
    return df.assign(
        partial_year=partial,
        period=[r.period if r else "" for r in results],
        period_months=[r.months if r and r.months is not None else np.nan for r in results],
        annualised=[r.value if r else np.nan for r in results],
        annualise_note=[r.reason if r else "" for r in results],
    )


def _with_gaps(df: pd.DataFrame) -> pd.DataFrame:
    """Add a row, value NaN and status ``no figure``, for each year missing inside a series."""
    frames = []
    for (domain, measure), group in df.groupby(["domain", "measure"], sort=True):
        years = range(int(group["data_year"].min()), int(group["data_year"].max()) + 1)
        full = group.set_index("data_year").reindex(pd.Index(years, name="data_year"))
        full = full.assign(domain=domain, measure=measure, unit=group["unit"].iloc[0])
        full["status"] = full["status"].fillna("no figure")
        full["partial_year"] = full["partial_year"].fillna(False).astype(bool)
        frames.append(full.reset_index())
    return pd.concat(frames, ignore_index=True) if frames else df


def measure_series(enforcement: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Every measure's preferred figure per data year, with gaps, partial years and conflicts.

    The preferred figure per year is ``analysis.reconcile.preferred_series``'s; figures of
    other reports that differ are listed in ``other_reports``. ``trend_value`` is what trend
    statistics use: the figure, or its annualised value for a partial year; NaN when the
    figure is missing or its period could not be read.
    """
    enforcement = enforcement[enforcement["measure"].notna()]
    if enforcement.empty:
        return pd.DataFrame(columns=COLUMNS)
    chosen = preferred_series(enforcement, documents)
    df = chosen.merge(_notes(enforcement), on=_ROW, how="left")
    pairs = reconcile(enforcement, documents)
    df = df.join(_others(pairs, _copies(documents)).rename("other_reports"), on=KEY)
    df = df.assign(qualifier=df["qualifier"].replace("", pd.NA))
    df = _with_gaps(_with_periods(df))
    df["other_reports"] = df["other_reports"].fillna("")
    df["trend_value"] = df["value"].where(~df["partial_year"], df["annualised"])
    return df[COLUMNS].sort_values(KEY, kind="mergesort").reset_index(drop=True)


def is_key(series: pd.DataFrame) -> pd.Series:
    """Rows of the key measures that are counts (drawn as small multiples)."""
    return series["measure"].isin(KEY_MEASURES) & series["unit"].eq("count")


def conflicts(enforcement: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Pairs of different reports that give different figures for the same thing.

    Second copies of a report (``duplicate_of`` set) are left out: they are not another source.
    """
    pairs = reconcile(enforcement, documents)
    copies = _copies(documents)
    pairs = pairs[(pairs["verdict"] == "conflict") & ~pairs["same_report"].astype(bool)
                  & ~pairs["doc_id_a"].isin(copies) & ~pairs["doc_id_b"].isin(copies)]
    return pairs.sort_values(["domain", "measure", "data_year", "doc_id_a", "doc_id_b"],
                             kind="mergesort").reset_index(drop=True)


@dataclass(frozen=True)
class Trend:
    """Robust trend of one series: Theil-Sen slope with its 95% interval, Kendall's tau."""

    n_points: int
    slope: float
    slope_low: float
    slope_high: float
    tau: float
    p_value: float
    caveat: str


def robust_trend(years: np.ndarray, values: np.ndarray) -> Trend:
    """Theil-Sen slope (95% interval) and Kendall's tau over the points that have values."""
    keep = ~np.isnan(values)
    x, y = years[keep].astype(float), values[keep].astype(float)
    n = len(y)
    if n == 0:
        return Trend(0, math.nan, math.nan, math.nan, math.nan, math.nan,
                     "No figures: the reports give none for any year.")
    if n < MIN_POINTS:
        caveat = (f"Only {n} year{'s' if n != 1 else ''} with comparable figures: too few to "
                  f"say whether there is a trend (at least {MIN_POINTS} are needed).")
        return Trend(n, math.nan, math.nan, math.nan, math.nan, math.nan, caveat)
    slope, _, low, high = stats.theilslopes(y, x, alpha=0.95)
    if np.all(y == y[0]):
        return Trend(n, slope, low, high, math.nan, math.nan,
                     f"The same figure in all {n} years: no change to test.")
    tau, p_value = stats.kendalltau(x, y)
    if p_value < 0.05:
        direction = "rising" if tau > 0 else "falling"
        caveat = (f"{n} years: {direction}; Kendall's tau {tau:.2f} (p = {p_value:.3f}) is "
                  "unlikely under no trend.")
    else:
        caveat = (f"{n} years: no clear trend; Kendall's tau {tau:.2f} (p = {p_value:.3f}) "
                  "is compatible with no change.")
    return Trend(n, slope, low, high, tau, p_value, caveat)


def trend_stats(series: pd.DataFrame) -> pd.DataFrame:
    """Per numeric measure: first and last figures, change, and the robust trend."""
    rows = []
    numeric = series[series["unit"].isin(NUMERIC_UNITS)]
    for (domain, measure), group in numeric.groupby(["domain", "measure"], sort=True):
        points = group.dropna(subset=["trend_value"])
        trend = robust_trend(group["data_year"].to_numpy(), group["trend_value"].to_numpy())
        first = points.iloc[0] if len(points) else None
        last = points.iloc[-1] if len(points) else None
        change = last["trend_value"] - first["trend_value"] if len(points) > 1 else math.nan
        rows.append({
            "domain": domain, "measure": measure, "n_points": trend.n_points,
            "gaps": int(group["trend_value"].isna().sum()),
            "first_year": first["data_year"] if first is not None else pd.NA,
            "first_value": first["trend_value"] if first is not None else math.nan,
            "last_year": last["data_year"] if last is not None else pd.NA,
            "last_value": last["trend_value"] if last is not None else math.nan,
            "change": change,
            "change_pct": (change / first["trend_value"] * 100
                           if len(points) > 1 and first["trend_value"] else math.nan),
            "slope_per_year": trend.slope, "slope_low": trend.slope_low,
            "slope_high": trend.slope_high, "kendall_tau": trend.tau, "p_value": trend.p_value,
            "caveat": trend.caveat,
        })
    out = pd.DataFrame(rows)
    for column in ("first_year", "last_year"):
        if column in out:
            out[column] = out[column].astype("Int64")
    return out
