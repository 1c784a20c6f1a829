"""How the cells of a law row read (``law_rows``)."""

from __future__ import annotations

import pytest

from analysis.extract.dol.law_rows import parse_age


@pytest.mark.parametrize(
    ("cell", "age", "understood"),
    [
        ("16", 16, True),
        ("17‡", 17, True),
        ("18 (5)", 18, True),
        ("N/A", None, True),
        ("", None, True),
        ("14/15", None, False),
    ],
)
def test_ages(cell, age, understood) -> None:
    assert parse_age(cell) == (age, understood)
