"""Workers per inspector, inspectors needed, and the report's stated figure."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.analyse import ratio
from analysis.analyse.load import ParameterError

DOC = "dol-2017-kaz-00000003"
DOCS = pd.DataFrame({"doc_id": [DOC], "duplicate_of": [pd.NA]})
WORKFORCE = pd.DataFrame(
    {
        "doc_id": [DOC],
        "country": ["Kazakhstan"],
        "report_year": pd.array([2017], "Int64"),
        "workforce": [8.9e6],
        "economy_category": ["transition"],
        "workers_per_inspector_benchmark": pd.array([20000], "Int64"),
        "inspectors_recommended_stated": pd.array([449], "Int64"),
        "qualifier": ["at_least"],
        "workforce_source": ["33"],
    }
)
INSPECTORS = pd.DataFrame(
    {"data_year": [2016, 2017], "value": [320.0, 320.0], "doc_id": [DOC, DOC]}
)


@pytest.fixture
def stated() -> pd.DataFrame:
    return ratio.statements(WORKFORCE, DOCS)


def test_computed_beside_stated(stated: pd.DataFrame) -> None:
    check = ratio.stated_check(stated).iloc[0]
    assert check["computed"] == 445 and check["stated"] == 449
    assert check["workforce_implied_by_stated"] == 449 * 20000


def test_ratio_only_for_years_with_both_figures(stated: pd.DataFrame) -> None:
    table = ratio.ratio_table(INSPECTORS, stated)
    assert list(table["data_year"]) == [2017]
    row = table.iloc[0]
    assert row["workers_per_inspector"] == pytest.approx(8.9e6 / 320)
    assert row["inspectors_needed"] == 445 and row["shortfall"] == 125


def test_overrides_apply_to_every_year(stated: pd.DataFrame) -> None:
    table = ratio.ratio_table(INSPECTORS, stated, workforce=9_500_000, benchmark=15000)
    assert list(table["data_year"]) == [2016, 2017]
    assert set(table["inspectors_needed"]) == {633}
    assert set(table["benchmark_from"]) == {"parameter"}


@pytest.mark.parametrize("benchmark", [0, -20000])
def test_non_positive_benchmark_refused(stated: pd.DataFrame, benchmark: int) -> None:
    with pytest.raises(ParameterError, match="benchmark must be a number greater than 0"):
        ratio.ratio_table(INSPECTORS, stated, benchmark=benchmark)
    with pytest.raises(ParameterError):
        ratio.inspectors_needed(8.9e6, benchmark)


def test_rounding_is_to_nearest_halves_up() -> None:
    assert ratio.inspectors_needed(30_000, 20_000) == 2
    assert ratio.inspectors_needed(29_000, 20_000) == 1


def test_benchmark_table_marks_applied() -> None:
    table = ratio.benchmark_table(8.9e6, 320, 20000)
    assert list(table["workers_per_inspector"]) == [10000, 15000, 20000, 40000]
    assert list(table["applied"]) == [False, False, True, False]
    custom = ratio.benchmark_table(8.9e6, 320, 25000)
    assert custom["applied"].iloc[-1] and custom["economy"].iloc[-1] == "custom benchmark"


def test_sensitivity_grid_spans_workforce_and_benchmarks() -> None:
    grid = ratio.sensitivity_grid(8.9e6, 320, [20000, 40000])
    assert sorted(grid["workforce_change_pct"].unique()) == [-20, -10, 0, 10, 20]
    middle = grid[(grid["workforce_change_pct"] == 0) & (grid["benchmark"] == 20000)]
    assert middle["shortfall"].iloc[0] == 125


def test_year_view_refuses_a_year_without_both(stated: pd.DataFrame) -> None:
    table = ratio.ratio_table(INSPECTORS, stated)
    with pytest.raises(ParameterError, match="Years with inspector count and workforce: 2017"):
        ratio.year_view(table, 2016)
    view = ratio.year_view(table, None)
    assert view.year == 2017 and view.applied == 20000


def test_year_view_without_any_year_explains() -> None:
    view = ratio.year_view(
        ratio.ratio_table(INSPECTORS.iloc[:0], ratio.statements(WORKFORCE.iloc[:0], DOCS)), None
    )
    assert view.year is None and "workforce=" in view.headline
