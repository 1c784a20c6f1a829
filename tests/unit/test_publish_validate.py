"""Screening rows against the tables' rules: a bad figure is set aside, named; the rest lands."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.publish.validate import (
    InvalidTable,
    document_problems,
    screen_rows,
    validate_by_document,
)
from analysis.schema import LAWS, PREVALENCE, SUGGESTED_ACTIONS

COMMON = {"doc_id": "dol-2017-kaz-2af32eaf", "country": "Kazakhstan", "report_year": 2017}


def _prevalence(**values: object) -> dict[str, object]:
    row = {**COMMON, "indicator": "working", "age_min": 5, "age_max": 14, "value_pct": 3.2,
           "label": "Working (% and population)", "territory": "", "source_start": 812,
           "source_end": 815}
    return {**row, **values}


@pytest.mark.parametrize(
    ("values", "rule"),
    [
        ({"age_max": 30}, "age_max 30 is above the maximum 25"),
        ({"value_pct": 153.2}, "value_pct 153.2 is above the maximum 150"),
        ({"survey_year": 1975}, "survey_year 1975 is below the minimum 1980"),
        ({"indicator": "playing"}, "indicator 'playing' is not one of working,"),
        ({"source_start": None}, "source_start is missing"),
        ({"age_min": 5.5}, "age_min 5.5 is not a whole number"),
    ],
)
def test_a_row_breaking_a_rule_is_set_aside_with_the_value_and_rule(values, rule) -> None:
    good = _prevalence(indicator="attending_school")
    kept, messages = screen_rows([good, _prevalence(**values)], PREVALENCE)
    assert kept == [good]
    assert len(messages) == 1
    assert messages[0].startswith("set aside: prevalence row 'Working (% and population)'")
    assert rule in messages[0]


def test_other_tables_name_their_rows_too() -> None:
    law = {**COMMON, "standard": "minimum_age_work", "label": "Minimum Age for Work", "age": 35,
           "source_start": 10, "source_end": 12}
    action = {**COMMON, "area": "Legal Framework", "action": "Ensure the law applies.",
              "pairing": "row", "first_year": 1999, "last_year": 2017}
    assert screen_rows([law], LAWS)[1] == [
        "set aside: laws row 'Minimum Age for Work' at offsets 10-12: age 35 is above the "
        "maximum 30"]
    assert screen_rows([action], SUGGESTED_ACTIONS)[1] == [
        "set aside: suggested_actions row 'Ensure the law applies.': first_year 1999 is "
        "below the minimum 2000"]


def test_a_second_row_with_the_same_key_is_set_aside() -> None:
    first, second = _prevalence(), _prevalence(value_pct=4.0, source_start=900)
    kept, messages = screen_rows([first, second], PREVALENCE)
    assert kept == [first]
    assert "a second row with the same key (indicator 'working', age_min 5, age_max 14, " \
           "territory '')" in messages[0]


def test_a_document_without_a_country_breaks_the_documents_rules() -> None:
    document = {"doc_id": "dol-2017-xxx-2af32eaf", "source_file": "a.txt", "sha256": "0" * 64,
                "series": "dol_findings", "country": None, "iso3": "", "report_year": 2017,
                "layout": "markdown", "encoding": "utf-8", "line_endings": "lf", "chars": 10,
                "repairs": 0}
    assert document_problems(document) == ["country is missing", "iso3 is missing"]


def test_rows_that_still_fail_the_schema_take_out_their_document_named() -> None:
    rows = [_prevalence(), _prevalence(doc_id="dol-2017-kaz-00000000", value_pct=999.0)]
    frames = {"prevalence": pd.DataFrame(rows, columns=PREVALENCE.columns)}
    valid, failed = validate_by_document(frames)
    assert list(valid["prevalence"]["doc_id"]) == ["dol-2017-kaz-2af32eaf"]
    assert list(failed) == ["dol-2017-kaz-00000000"]
    assert "prevalence.value_pct less_than_or_equal_to(150" in failed["dol-2017-kaz-00000000"]


def test_a_failure_no_document_explains_is_still_an_error() -> None:
    frame = pd.DataFrame([{"country": "Kazakhstan", "verdict": "maybe"}])
    with pytest.raises(InvalidTable, match=r"reconciliation: .*verdict") as err:
        validate_by_document({"reconciliation": frame})
    assert err.value.documents == {}
