"""The reports' notation: citations and the words a cell holds instead of a figure."""

from __future__ import annotations

import re

import pytest

from analysis.extract.dol.enforcement import expand_citations, parse_cell
from analysis.extract.dol.list_cells import split_citations, split_marks
from analysis.extract.tables.cells import Cell, is_value_cell
from analysis.notation import (
    CELL_WORD,
    CELL_WORDS,
    CITATION,
    MISSING_WORD,
    NO_MARKS,
    YES_MARKS,
    cell_words,
    citation_items,
)
from analysis.read.pdf_marks import CHECK, CROSS


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


@pytest.mark.parametrize("group", ["(30)", "(1; 3)", "(21, 42)", "( 1-3 )", "(40,43)", "(12a)"])
def test_reference_groups_are_citations(group):
    assert re.fullmatch(CITATION, group)


@pytest.mark.parametrize("group", ["(1992)", "(1300)", "(a)", "()", "(Yes)"])
def test_a_year_a_count_or_a_word_in_parentheses_is_no_citation(group):
    assert not re.fullmatch(CITATION, group)


def test_a_value_cell_may_carry_a_population_in_parentheses():
    assert is_value_cell("3.5 (1300)") and is_value_cell("3.2 (79,690)")


def test_citation_items_keep_each_item_as_printed_without_spaces():
    assert citation_items("( 3, 14 - 16;12a )") == ["3", "14-16", "12a"]


def test_every_reader_takes_the_same_groups():
    assert expand_citations("7,897 (30; 31-33)") == "30;31;32;33"
    assert split_citations("Labour Code (1992); Penal Code (12a, 3-4)") == (
        "Labour Code (1992); Penal Code", "12a;3;4")


def test_list_cells_strip_the_printed_marks_and_table_cells_also_read_ocr_marks():
    assert split_marks("Harvesting cotton†* (3)") == ("Harvesting cotton (3)", {"†", "*"})
    assert split_marks("Law No. #12")[1] == set()
    got = parse_cell(Cell("7,897¢ (30)", 0, 11))
    assert got is not None and (got.value, got.marks, got.citations) == (7897.0, "¢", "30")


def test_the_marks_pdf_reading_draws_are_marks_the_readers_know():
    assert CHECK in YES_MARKS and CROSS in NO_MARKS
    assert set(YES_MARKS).isdisjoint(NO_MARKS)
