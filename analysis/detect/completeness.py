"""Telling a whole report from a truncated one: the sections every report of a series has."""

from __future__ import annotations

import re
from functools import cache

from analysis.datafiles import read_rows


@cache
def _required() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """Section name and pattern per series, from analysis/data/required_sections.csv."""
    out: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for row in read_rows("required_sections.csv"):
        out.setdefault(row["series"], []).append(
            (row["section"], re.compile(row["pattern"], re.IGNORECASE))
        )
    return out


def missing_sections(text: str, series: str) -> list[str]:
    """The required sections of the series that the text never mentions."""
    return [name for name, pattern in _required().get(series, []) if not pattern.search(text)]
