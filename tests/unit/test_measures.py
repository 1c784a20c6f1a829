"""The measure vocabulary: one list in analysis.schema, which every vocabulary file keeps to."""

from __future__ import annotations

import csv

import pytest

from analysis.config import PACKAGE_DATA
from analysis.schema import ENFORCEMENT, MEASURE_SPLITS, MEASURES, canonical_measure, is_measure


def _column(name: str, column: str) -> set[str]:
    with (PACKAGE_DATA / name).open(encoding="utf-8", newline="") as fh:
        return {row[column] for row in csv.DictReader(fh) if row[column]}


@pytest.mark.parametrize("name", sorted(p.name for p in PACKAGE_DATA.glob("*.csv")))
def test_every_measure_a_data_file_names_is_in_the_list(name: str) -> None:
    with (PACKAGE_DATA / name).open(encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    for column in ("measure", "suffix"):
        if column not in header:
            continue
        for value in _column(name, column):
            assert (value in MEASURE_SPLITS if value.startswith("_") else is_measure(value)), \
                f"{name}: {value!r} is not in analysis.schema.MEASURES / MEASURE_SPLITS"


def test_split_and_base_names() -> None:
    assert is_measure("victims_identified_foreign_labor_trafficking")
    assert is_measure("victims_referred_ngo")
    assert not is_measure("victims_identified_by_police")
    assert not is_measure("")
    names = [m for group in MEASURES.values() for m in group]
    assert len(names) == len(set(names))


def test_the_data_package_carries_the_list() -> None:
    field = next(f for f in ENFORCEMENT.fields if f.name == "measure")
    assert field.pattern and "acquittals" in field.pattern and "_ngo" in field.pattern


def test_canonical_measure_orders_the_splits() -> None:
    """Two spellings of one measure, splits in another order, are the same name."""
    assert canonical_measure("victims_identified_foreign_labor_trafficking_ngo") == (
        canonical_measure("victims_identified_labor_trafficking_foreign_ngo"))
    assert canonical_measure("convictions_imprisoned") == "convictions_imprisoned"
    assert canonical_measure("arrests") == "arrests"  # outside the vocabulary: as it is
