"""Prevalence table: repeated surveys flagged, implied age-group size."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.analyse import prevalence

DOCS = pd.DataFrame(
    {
        "doc_id": [
            "dol-2010-kaz-0000000a",
            "dol-2010-kaz-0000000b",
            "dol-2013-kaz-00000001",
            "dol-2017-kaz-00000002",
        ],
        "series": ["dol_findings"] * 4,
        "report_year": [2010, 2010, 2013, 2017],
        "duplicate_of": [pd.NA, "dol-2010-kaz-0000000a", pd.NA, pd.NA],
    }
)


def _row(
    doc: str,
    year: int,
    indicator: str,
    pct: float,
    pop: object,
    survey_year: int,
    ages: tuple = (5, 14),
) -> dict:
    return {
        "doc_id": doc,
        "report_year": year,
        "indicator": indicator,
        "age_min": ages[0],
        "age_max": ages[1],
        "value_pct": pct,
        "population": pop,
        "survey": "MICS 3",
        "survey_year": survey_year,
    }


@pytest.fixture
def table() -> pd.DataFrame:
    rows = pd.DataFrame(
        [
            _row("dol-2010-kaz-0000000a", 2010, "working", 2.2, pd.NA, 2006, (7, 14)),
            _row("dol-2010-kaz-0000000b", 2010, "working", 2.2, pd.NA, 2006, (7, 14)),
            _row("dol-2013-kaz-00000001", 2013, "working", 3.2, 79690, 2006),
            _row("dol-2017-kaz-00000002", 2017, "working", 3.2, 79690, 2006),
            _row(
                "dol-2013-kaz-00000001",
                2013,
                "primary_completion",
                102.3,
                pd.NA,
                2013,
                (pd.NA, pd.NA),
            ),
            _row(
                "dol-2017-kaz-00000002",
                2017,
                "primary_completion",
                108.8,
                pd.NA,
                2017,
                (pd.NA, pd.NA),
            ),
        ]
    )
    rows = rows.astype({"age_min": "Int64", "age_max": "Int64", "population": "Int64"})
    return prevalence.indicator_table(rows, DOCS)


def test_same_survey_and_values_is_a_repeat(table: pd.DataFrame) -> None:
    working = table[(table["indicator"] == "working") & (table["ages"] == "5–14")]
    assert list(working["repeated"]) == [False, True]
    assert working["first_printed"].iloc[1] == 2013


def test_new_data_year_is_not_a_repeat(table: pd.DataFrame) -> None:
    assert not table[table["indicator"] == "primary_completion"]["repeated"].any()


def test_second_copy_of_a_report_is_left_out(table: pd.DataFrame) -> None:
    assert list(table[table["ages"] == "7–14"]["doc_id"]) == ["dol-2010-kaz-0000000a"]


def test_implied_age_group_is_population_over_share(table: pd.DataFrame) -> None:
    row = table[table["report_year"] == 2013].iloc[0]
    assert row["implied_age_group"] == pytest.approx(79690 / 0.032)
    assert table[table["indicator"] == "primary_completion"]["implied_age_group"].isna().all()


def test_repeat_note_warns_against_reading_a_trend(table: pd.DataFrame) -> None:
    notes = prevalence.repeat_notes(table)
    assert any("working (ages 5–14)" in n and "not a trend" in n for n in notes)


def test_zero_share_gives_no_implied_size() -> None:
    out = prevalence.implied_children(pd.Series([10]), pd.Series([0.0]))
    assert out.isna().all()


def test_a_table_split_by_entity_gives_the_country_wide_figures() -> None:
    doc = "dol-2017-kaz-00000002"
    rows = pd.DataFrame([
        {**_row(doc, 2017, "working", 12.4, pd.NA, 2014), "territory": "Punjab Province",
         "source_start": 20},
        {**_row(doc, 2017, "working", 9.8, 2261704, 2014, (10, 14)),
         "territory": "All Pakistan", "source_start": 10},
        {**_row(doc, 2017, "working_sector_services", 19.7, pd.NA, 2014), "territory": "",
         "source_start": 30},
    ]).assign(country="Pakistan").astype({"age_min": "Int64", "age_max": "Int64",
                                          "population": "Int64"})
    got = prevalence.indicator_table(rows, DOCS)
    assert got[["indicator", "ages", "value_pct"]].values.tolist() == [
        ["working", "10–14", 9.8], ["working_sector_services", "5–14", 19.7]]
