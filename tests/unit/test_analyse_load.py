"""Loading clean tables and refusing bad notebook parameters with clear messages."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.analyse import load
from analysis.schema import BY_NAME
from analysis.territories import country_wide


def _write(folder: Path, name: str, rows: list[dict]) -> None:
    pd.DataFrame(rows).reindex(columns=BY_NAME[name].columns).to_csv(
        folder / f"{name}.csv", index=False
    )


def _doc(doc_id: str, country: str, year: int) -> dict:
    return {
        "doc_id": doc_id,
        "source_file": "x",
        "sha256": "0" * 64,
        "series": "dol_findings",
        "country": country,
        "iso3": "KAZ",
        "report_year": year,
        "layout": "plain",
        "encoding": "utf-8",
        "chars": 1,
        "repairs": 0,
    }


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    _write(
        tmp_path,
        "documents",
        [
            _doc("dol-2017-kaz-00000001", "Kazakhstan", 2017),
            _doc("dol-2017-nam-00000002", "Namibia", 2017),
        ],
    )
    _write(tmp_path, "prevalence", [])
    _write(
        tmp_path,
        "enforcement",
        [
            {
                "doc_id": "dol-2017-kaz-00000001",
                "country": "Kazakhstan",
                "report_year": 2017,
                "data_year": 2016,
                "domain": "labor",
                "measure": "labor_inspectors",
                "value": 320,
                "unit": "count",
                "status": "reported",
                "source": "table",
                "source_start": 1,
                "source_end": 2,
            }
        ],
    )
    _write(tmp_path, "workforce", [])
    return tmp_path


def test_tables_get_schema_dtypes(data_dir: Path) -> None:
    data = load.load_country(data_dir, "Kazakhstan")
    assert str(data.enforcement["data_year"].dtype) == "Int64"
    assert data.enforcement["value"].dtype == "float64"
    assert str(data.enforcement["qualifier"].dtype).startswith("str")
    assert data.enforcement["qualifier"].isna().all()
    assert list(data.documents["country"]) == ["Kazakhstan"]


def test_available_countries_sorted(data_dir: Path) -> None:
    assert load.available_countries(data_dir) == ["Kazakhstan", "Namibia"]


def test_unknown_country_lists_the_available_ones(data_dir: Path) -> None:
    with pytest.raises(load.ParameterError, match="Did you mean Kazakhstan") as err:
        load.load_country(data_dir, "Kazakstan")
    assert "Available: Kazakhstan, Namibia" in str(err.value)


def test_missing_table_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(load.ParameterError, match="make data"):
        load.available_countries(tmp_path)


def test_year_without_data_lists_years() -> None:
    assert load.check_year(2016, [2017, 2016], "inspector counts") == 2016
    with pytest.raises(load.ParameterError, match="Years with inspector counts: 2016, 2017"):
        load.check_year(2015, [2017, 2016], "inspector counts")


@pytest.mark.parametrize("value", [0, -5, 0.0, True, "20000"])
def test_non_positive_benchmark_refused(value: object) -> None:
    with pytest.raises(load.ParameterError, match="benchmark must be a number greater than 0"):
        load.check_positive(value, "benchmark")  # type: ignore[arg-type]


def test_relative_paths_start_at_notebooks_folder() -> None:
    assert load.resolve_path("../data/clean") == load.NOTEBOOKS_DIR.parent / "data" / "clean"
    assert load.resolve_path("/abs/x") == Path("/abs/x")


def test_output_path_fills_country(tmp_path: Path) -> None:
    out = load.output_path(str(tmp_path / "{country}"), "Kazakhstan")
    assert out == tmp_path / "Kazakhstan" and out.is_dir()


def _entity_row(doc: str, country: str, indicator: str, territory: str, start: int) -> dict:
    return {"doc_id": doc, "country": country, "indicator": indicator, "territory": territory,
            "source_start": start}


def test_country_wide_rows_of_tables_split_by_entity():
    rows = pd.DataFrame([
        _entity_row("dol-2016-pak-1", "Pakistan", "working", "Punjab Province", 30),
        _entity_row("dol-2016-pak-1", "Pakistan", "working", "All Pakistan", 50),
        _entity_row("dol-2016-msr-1", "Montserrat", "working", "A", 10),
        _entity_row("dol-2016-msr-1", "Montserrat", "working", "M", 20),
        _entity_row("dol-2016-tza-1", "Tanzania", "working", "Zanzibar", 40),
        _entity_row("dol-2016-tza-1", "Tanzania", "working", "Mainland", 20),
        _entity_row("dol-2016-tza-1", "Tanzania", "attending_school", "Mainland", 60),
        _entity_row("dol-2016-tza-1", "Tanzania", "attending_school", pd.NA, 70),
        _entity_row("dol-2016-kaz-1", "Kazakhstan", "working", pd.NA, 5),
    ]).astype({"territory": "string"})
    got = country_wide(rows, ["doc_id", "indicator"])
    assert got["territory"].fillna("").tolist() == ["All Pakistan", "M", "Mainland", "", ""]
    assert list(got.index) == [1, 3, 5, 7, 8]
    assert country_wide(rows.drop(columns="territory"), ["doc_id"]).equals(
        rows.drop(columns="territory"))
