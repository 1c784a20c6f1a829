"""The prefilter only ever skips text a pattern cannot match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extract.dol import prose_rules
from analysis.extract.prefilter import PatternFilter, fold, required_words

_FLAGS = re.IGNORECASE


def test_a_literal_run_after_an_alternation_is_required() -> None:
    pattern = re.compile(r"(?:employ(?:ed|s)|had)\s+(?P<n>\d+)\s+inspectors", _FLAGS)
    assert required_words(pattern) == frozenset({"inspectors"})


def test_each_alternative_gives_its_word_when_nothing_else_is_required() -> None:
    pattern = re.compile(r"(?:rescued|withdr[ae]w)\s+\d+", _FLAGS)
    assert required_words(pattern) == frozenset({"rescued", "withdr"})


def test_an_optional_word_is_not_required() -> None:
    pattern = re.compile(r"(?:labor\s+)?\d+", _FLAGS)
    assert required_words(pattern) is None
    assert PatternFilter([pattern]).possible("12") == [True]


def test_a_sentence_without_the_word_is_skipped_and_one_with_it_kept() -> None:
    pattern = re.compile(r"employed\s+(?P<num>\d+)\s+inspectors", _FLAGS)
    check = PatternFilter([pattern])
    assert check.possible("The ministry employed 40 officers.") == [False]
    assert check.possible("The ministry EMPLOYED 40 INSPECTORS.") == [True]


def test_fold_keeps_one_character_for_one() -> None:
    text = "İnspector ſtaff at 5 K\u212a"
    assert len(fold(text)) == len(text)


def test_case_variants_re_treats_as_equal_are_kept() -> None:
    # The long s and the Kelvin sign match "s" and "k" under re.IGNORECASE.
    pattern = re.compile(r"\d+\s+inspectors", _FLAGS)
    text = "hired 5 inſpectors"
    assert pattern.search(text)
    assert PatternFilter([pattern]).possible(text) == [True]


_WORDS = st.sampled_from([
    "employed", "EMPLOYED", "inspectors", "inſpectors", "İnspections", "investigations",
    "convicted", "prosecuted", "victims", "identified", "trained", "rescued", "data",
    "not", "available", "labor", "the", "12", "1,042", "five", "in", "2016", ";", ",", ".",
    "\n", "officials", "judges", "budget", "of", "$", "K\u212aK",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=25).map(" ".join))
def test_no_pattern_of_the_prose_reader_is_skipped_where_it_matches(text: str) -> None:
    patterns = ([rule.regex for rule in prose_rules.rules()]
                + [r for _, r in prose_rules.missing_statements()])
    flags = PatternFilter(patterns).possible(text)
    for pattern, possible in zip(patterns, flags, strict=True):
        assert possible or not pattern.search(text), pattern.pattern[:60]
