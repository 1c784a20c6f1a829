"""Telling a whole report from a truncated one: the sections every report of a series has."""

from __future__ import annotations

import re
from functools import cache

from analysis.datafiles import read_rows
from analysis.extract.tables.cells import fold
from analysis.extract.tables.titles import approximate_find


@cache
def _sections(file_name: str) -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """Section name and pattern per series, from a data file of analysis/data."""
    out: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for row in read_rows(file_name):
        out.setdefault(row["series"], []).append(
            (row["section"], re.compile(row["pattern"], re.IGNORECASE))
        )
    return out


def missing_sections(text: str, series: str) -> list[str]:
    """The required sections of the series that the text never mentions, also not with the
    letters OCR damages (``_named_loosely``)."""
    return [name for name, pattern in _sections("required_sections.csv").get(series, [])
            if not pattern.search(text) and not _named_loosely(pattern, text)]


def _named_loosely(pattern: re.Pattern[str], text: str) -> bool:
    """Whether a pattern made of plain words ("laws\\s+and\\s+regulations|legal\\s+framework")
    stands in the text with the damage OCR does: its letters, folded, found within the edits
    that titles are allowed (``titles.approximate_find``). A pattern with other syntax is not
    tried."""
    phrases = [re.sub(r"\\s\+", " ", p) for p in pattern.pattern.split("|")]
    if not all(re.fullmatch(r"[A-Za-z ]+", p) for p in phrases):
        return False
    folded = fold(text)
    return any(approximate_find(fold(p), folded) is not None for p in phrases)


def missing_final_sections(text: str, series: str) -> list[str]:
    """The sections a whole report of the series ends with (final_sections.csv) that the text
    never mentions: a sign that it was cut off. Warned about, not rejected: the figures it
    holds are still read."""
    return [name for name, pattern in _sections("final_sections.csv").get(series, [])
            if not pattern.search(text)]
