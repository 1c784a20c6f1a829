"""The shortcut that gives up on a long run of letters before mending a cell changes no
result: a text it gives up on is one the mends would not have made a value cell."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis.extract.tables import cells

_PIECES = ["Unknown", "Unavailable", "N/A", "Yes", "No", "None", "U-nknown", "Unavai lable",
           "Unavailabl", "Unavailablee", "nknown", "number", "of", "labor", "inspectors",
           "t", "f", "yrs", "to", "million", "US", "5", "14", "1,", "1,234", "O", "o", "l",
           "I", "|", "A", "$", "(", ")", "(1", "(12)", "(Yes)", " ", "  ", "-", "'", "’", "†",
           "*", "¥", ",", ".", "/"]


def _unguarded(text: str) -> str | None:
    """``mended_value`` without the shortcut."""
    guard = cells._beyond_mending
    cells._beyond_mending = lambda _: False
    try:
        return cells.mended_value.__wrapped__(text)
    finally:
        cells._beyond_mending = guard


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
@example(["Unknown", "(", "Unknown", "Unknown", "Unknown", "(", "nknown", ")"])
def test_the_shortcut_gives_up_only_on_what_cannot_be_mended(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert cells.mended_value.__wrapped__(text) == _unguarded(text)


def test_a_line_of_running_text_is_given_up_and_a_damaged_cell_is_not() -> None:
    assert cells._beyond_mending("the number of labor inspectors")
    assert not cells._beyond_mending("Unavai lable (the number of labor inspectors)")
    assert cells.mended_value("U-nknown (3)") == "Unknown (3)"
