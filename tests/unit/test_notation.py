"""The reports' notation: the words a cell holds instead of a figure."""

from __future__ import annotations

import re

import pytest

from analysis.extract.dol.enforcement import parse_cell
from analysis.extract.tables.cells import Cell, is_value_cell
from analysis.notation import CELL_WORD, CELL_WORDS, MISSING_WORD, cell_words


def test_every_word_is_a_value_cell_and_reads_as_its_row_says():
    for word in CELL_WORDS:
        assert is_value_cell(f"{word.printed}* (12)")
        got = parse_cell(Cell(word.printed, 0, len(word.printed)))
        assert got is not None
        assert (got.value, got.unit, got.status) == (word.value, word.unit, word.status)


def test_missing_words_are_the_words_without_a_value():
    assert re.fullmatch(MISSING_WORD, "N/A") and re.fullmatch(MISSING_WORD, "Unavailable")
    assert not re.fullmatch(MISSING_WORD, "No") and not re.fullmatch(MISSING_WORD, "None")
    assert re.fullmatch(CELL_WORD, "None")


@pytest.mark.parametrize("row", [
    {"printed": "Pending", "value": "", "unit": "", "status": "pending"},
    {"printed": "Nil", "value": "0", "unit": "count", "status": "unknown"},
    {"printed": "Unclear", "value": "", "unit": "", "status": "reported"},
])
def test_a_word_outside_the_contract_is_refused(row):
    with pytest.raises(ValueError, match=row["printed"]):
        cell_words([row])
