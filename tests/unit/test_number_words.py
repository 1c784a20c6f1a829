"""The first-letter test in front of the number words changes no match: a pattern with it
finds the same spans as the pattern without it, with and without case folding."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extract import numbers

_SHORTCUT = f"(?=[{numbers._FIRST_LETTERS}])"
_PIECES = ["one", "One", "ONE", "none", "someone", "twenty", "Twenty", "-", "five", "hundred",
           "thousand", "and", "fifteen", "Seventeen", "NINETY", "zero", "eight", "Eighty",
           "ſeven", "ſix", "K", "İ", "é", " ", "  ", "7", "42", "$", ".", ",", "a", "the",
           "inspectors", "_"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.booleans())
def test_the_first_letter_test_changes_no_match(pieces: list[str], fold: bool) -> None:
    text = "".join(pieces)
    flags = re.IGNORECASE if fold else 0
    assert _SHORTCUT in numbers.NUMBER
    for pattern in (numbers.NUMBER_WORDS, numbers.NUMBER):
        fast = re.compile(pattern, flags)
        full = re.compile(pattern.replace(_SHORTCUT, ""), flags)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in full.finditer(text)]


def test_number_words_are_still_read() -> None:
    found = re.compile(rf"\b{numbers.NUMBER_WORDS}\b", re.IGNORECASE)
    assert found.search("It employed Twenty-seven inspectors")[0] == "Twenty-seven"
    assert found.search("one hundred and five cases")[0] == "one hundred and five"
    assert found.search("someone gone") is None


def test_a_scale_word_joined_by_a_hyphen_is_part_of_the_number() -> None:
    """"Three-hundred and forty one": the scale word may follow its count after a hyphen."""
    assert [(f.value, f.text) for f in numbers.find_numbers(
        "Three-hundred and forty one of the cases were closed.")] == [
        (341.0, "Three-hundred and forty one")]
    assert [f.value for f in numbers.find_numbers("Six-thousand people")] == [6000.0]
