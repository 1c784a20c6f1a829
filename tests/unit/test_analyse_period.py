"""Reading partial-year periods from notes and annualising from them."""

from __future__ import annotations

import math
from datetime import date

import pytest

from analysis.analyse.period import parse_period
from analysis.analyse.trends import annualise


@pytest.mark.parametrize(
    ("note", "start", "end", "months"),
    [
        (
            "Data are from January 1, 2016 to September 30, 2016.",
            date(2016, 1, 1),
            date(2016, 9, 30),
            9,
        ),
        ("Data are from January 1 to September 30, 2018", date(2018, 1, 1), date(2018, 9, 30), 9),
        ("Data are from January to November 2019", date(2019, 1, 1), date(2019, 11, 30), 11),
        (
            "Data are from October 1, 2017, to September 30, 2018",
            date(2017, 10, 1),
            date(2018, 9, 30),
            12,
        ),
        ("in the first nine months of 2016", date(2016, 1, 1), date(2016, 9, 30), 9),
    ],
)
def test_periods(note: str, start: date, end: date, months: float) -> None:
    period = parse_period(note)
    assert (period.start, period.end, period.months) == (start, end, months)


def test_part_month_counts_by_days() -> None:
    assert parse_period("Data are from January–September 5, 2018").months == pytest.approx(
        8 + 5 / 30, abs=0.01
    )


def test_missing_year_taken_from_data_year() -> None:
    assert parse_period("first 6 months of the reporting period", 2019).end == date(2019, 6, 30)
    assert parse_period("first 6 months of the reporting period") is None


def test_annualised_from_note() -> None:
    result = annualise(7897.0, "Data are from January 1, 2016 to September 30, 2016", 2016)
    assert result.months == 9
    assert result.value == pytest.approx(7897 * 12 / 9)


@pytest.mark.parametrize("note", [None, "", "Data are incomplete."])
def test_unreadable_period_is_not_annualised(note: str | None) -> None:
    result = annualise(7897.0, note, 2016)
    assert math.isnan(result.value)
    assert result.reason.startswith("not annualised")
