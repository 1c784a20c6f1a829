"""Enforcement series: preference across reports, gaps, partial years, robust trend."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.analyse import trends

D10, T11, D17 = "dol-2010-kaz-00000001", "tip-2011-kaz-00000002", "dol-2017-kaz-00000003"
DOCS = pd.DataFrame(
    {
        "doc_id": [D10, T11, D17],
        "series": ["dol_findings", "tip", "dol_findings"],
        "report_year": [2010, 2011, 2017],
        "duplicate_of": [pd.NA] * 3,
    }
)
NOTE = "Data are from January 1, 2016 to September 30, 2016."


def _enf(
    doc: str,
    year: int,
    data_year: int,
    measure: str,
    value: float | None,
    domain: str = "labor",
    **extra: object,
) -> dict:
    row = {
        "doc_id": doc,
        "country": "Kazakhstan",
        "report_year": year,
        "data_year": data_year,
        "domain": domain,
        "measure": measure,
        "value": value,
        "unit": "count",
        "status": "reported" if value is not None else "unknown",
        "qualifier": pd.NA,
        "note": pd.NA,
        "citations": "5",
        "label": measure,
        "source": "table",
        "source_start": 1,
        "source_end": 2,
    }
    return row | extra


@pytest.fixture
def enforcement() -> pd.DataFrame:
    rows = [
        _enf(D10, 2010, 2010, "investigations", 97, "trafficking", source="prose"),
        _enf(T11, 2011, 2010, "investigations", 88, "trafficking", source="prose"),
        _enf(T11, 2011, 2009, "investigations", 49, "trafficking", source="prose"),
        _enf(D10, 2010, 2013, "labor_inspectors", 320),
        _enf(D17, 2017, 2016, "labor_inspectors", 320),
        _enf(D17, 2017, 2017, "labor_inspectors", 320),
        _enf(D17, 2017, 2016, "labor_inspections", 7897, qualifier="partial_year", note=NOTE),
        _enf(D17, 2017, 2017, "labor_inspections", 10748),
    ]
    df = pd.DataFrame(rows)
    return df.astype(
        {
            "data_year": "Int64",
            "report_year": "Int64",
            "source_start": "Int64",
            "value": "float64",
            "qualifier": "string",
            "note": "string",
        }
    )


def _get(series: pd.DataFrame, measure: str, year: int) -> pd.Series:
    return series[(series["measure"] == measure) & (series["data_year"] == year)].iloc[0]


def test_missing_years_are_gaps_not_zeros(enforcement: pd.DataFrame) -> None:
    series = trends.measure_series(enforcement, DOCS)
    inspectors = series[series["measure"] == "labor_inspectors"]
    assert list(inspectors["data_year"]) == [2013, 2014, 2015, 2016, 2017]
    gap = _get(series, "labor_inspectors", 2014)
    assert np.isnan(gap["value"]) and gap["status"] == "no figure"
    assert not (inspectors["value"] == 0).any()


def test_partial_year_kept_and_annualised(enforcement: pd.DataFrame) -> None:
    row = _get(trends.measure_series(enforcement, DOCS), "labor_inspections", 2016)
    assert row["partial_year"] and row["value"] == 7897
    assert row["annualised"] == pytest.approx(7897 * 12 / 9)
    assert row["trend_value"] == pytest.approx(7897 * 12 / 9)


def test_conflict_shown_beside_preferred_figure(enforcement: pd.DataFrame) -> None:
    series = trends.measure_series(enforcement, DOCS)
    row = _get(series, "investigations", 2010)
    assert len(series[(series["measure"] == "investigations") & (series["data_year"] == 2010)]) == 1
    other = {88.0: D10, 97.0: T11}[row["value"]]
    assert other in row["other_reports"]
    pairs = trends.conflicts(enforcement, DOCS)
    assert len(pairs) == 1 and pairs["verdict"].iloc[0] == "conflict"


def test_theil_sen_recovers_known_slope() -> None:
    years = np.arange(2010, 2018)
    values = 100 + 5.0 * (years - 2010)
    values[3] += 40  # one outlier does not move a robust slope
    trend = trends.robust_trend(years, values)
    assert trend.n_points == 8
    assert trend.slope == pytest.approx(5.0)
    assert trend.slope_low <= 5.0 <= trend.slope_high
    assert trend.tau > 0.5 and trend.p_value < 0.05
    assert "rising" in trend.caveat


def test_too_few_points_gives_caveat_not_statistics() -> None:
    trend = trends.robust_trend(
        np.array([2015, 2016, 2017, 2018]), np.array([1.0, np.nan, 3.0, 4.0])
    )
    assert trend.n_points == 3 and np.isnan(trend.slope) and np.isnan(trend.p_value)
    assert "too few" in trend.caveat


def test_trend_stats_per_measure(enforcement: pd.DataFrame) -> None:
    stats = trends.trend_stats(trends.measure_series(enforcement, DOCS)).set_index("measure")
    assert stats.loc["labor_inspectors", "n_points"] == 3
    assert stats.loc["labor_inspectors", "gaps"] == 2
    assert "too few" in stats.loc["labor_inspectors", "caveat"]
    assert stats.loc["labor_inspections", "first_value"] == pytest.approx(7897 * 12 / 9)
