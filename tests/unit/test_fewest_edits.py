"""The bit-parallel edit count behind title matching gives what the textbook table gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extract.edits import fewest_edits


def _table(phrase: str, text: str) -> int:
    """Sellers' table, row by row: edits turning ``phrase`` into the best substring."""
    previous = [0] * (len(text) + 1)
    for k, ch in enumerate(phrase, start=1):
        current = [k] + [0] * len(text)
        for j, tj in enumerate(text, start=1):
            current[j] = min(previous[j - 1] + (ch != tj), previous[j] + 1, current[j - 1] + 1)
        previous = current
    return min(previous)


def test_a_damaged_title_costs_its_damage() -> None:
    assert fewest_edits("laborlawenforcement", "tab1e6labor1awenforcementefforts") == 1
    assert fewest_edits("", "anything") == 0
    assert fewest_edits("abc", "") == 3


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="abcl1 ", max_size=12), st.text(alphabet="abcdl1", max_size=30))
def test_the_count_is_the_tables(phrase: str, text: str) -> None:
    assert fewest_edits(phrase, text) == _table(phrase, text)
