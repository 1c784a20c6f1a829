"""The bit-parallel edit distance behind label matching gives what the textbook table gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extract.edits import levenshtein
from analysis.extract.tables.cells import edit_distance


def _table(a: str, b: str) -> int:
    """Wagner-Fischer's table, row by row."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        current = [i]
        for j, y in enumerate(b, start=1):
            current.append(min(previous[j - 1] + (x != y), previous[j] + 1, current[j - 1] + 1))
        previous = current
    return previous[-1]


def test_one_misread_letter_is_one_edit() -> None:
    assert levenshtein("inspectors", "lnspectors") == 1
    assert levenshtein("", "abc") == 3
    assert edit_distance("inspections", "inspectors", 1) is None


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="abcl1", max_size=12), st.text(alphabet="abcl1", max_size=12),
       st.integers(min_value=0, max_value=3))
def test_the_distance_is_the_tables(a: str, b: str, allowed: int) -> None:
    assert levenshtein(a, b) == _table(a, b)
    expected = _table(a, b)
    assert edit_distance(a, b, allowed) == (expected if expected <= allowed else None)
