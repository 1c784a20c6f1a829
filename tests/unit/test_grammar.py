"""The sentence grammar DOL and TIP prose share: years, comparisons, sentence ends."""

from __future__ import annotations

import re

import pytest

from analysis.extract.grammar import (
    ends_with_abbreviation,
    pieces,
    segments,
    sentence_spans,
    year_mentions,
)


@pytest.mark.parametrize(
    ("text", "year", "partial"),
    [
        ("inspectors conducted 300 inspections in 2016", 2016, False),
        ("during the first half of 2010", 2010, True),
        ("as of June 2016", 2016, True),
        ("as of December 2016", 2016, False),
        ("from January to June 2010", 2010, True),
        ("in FY 2014", 2014, False),
        ("in late 2011", 2011, False),
        ("In April 2012", 2012, False),
        ("in 2015-2016", None, False),
    ],
)
def test_year_phrases(text: str, year: int | None, partial: bool) -> None:
    (mention,) = year_mentions(text)
    assert (mention.year, mention.partial) == (year, partial)


def test_law_years_are_not_year_phrases() -> None:
    assert year_mentions("The 2007 HTTCA criminalized sex trafficking") == []


def test_comparisons_and_parenthesised_earlier_years() -> None:
    s = ("The government identified 105 victims (95 in 2016), an increase from 89 in 2015; "
         "in 2017 it referred 60.")
    found = year_mentions(s)
    assert [(m.year, m.comparative) for m in found] == [(2016, True), (2015, True),
                                                        (2017, False)]
    assert [seg.comparative for seg in segments(s)][:1] == [False]


def test_a_sentence_opening_in_comparison_is_a_comparison_from_its_start() -> None:
    s = "In comparison, police formally identified ten victims, which included seven children."
    assert [seg.comparative for seg in segments(s)] == [True]
    assert segments("By comparison, it referred 12; it also referred 30.")[-1].comparative is False


def test_relative_years() -> None:
    (mention,) = year_mentions("compared with 159 cases the previous reporting period")
    assert mention.relative and mention.year is None and mention.comparative


def test_sentences_end_before_capitals_not_after_abbreviations() -> None:
    text = "The U.S. Government funded 14 task forces. In FY 2014, ICE opened 987.\n\nNext one"
    spans = [text[a:b] for a, b in sentence_spans(text)]
    assert spans == ["The U.S. Government funded 14 task forces.", "In FY 2014, ICE opened 987.",
                     "Next one"]
    assert ends_with_abbreviation("No. 5", 2)


def test_every_piece_expands_and_compiles() -> None:
    for name, value in pieces().items():
        assert not re.search(r"\{[A-Z_]+\}", value), name
        re.compile(value)
