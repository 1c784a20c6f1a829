"""Punctuation that a web transcript of a PDF lost: apostrophes and dashes of year ranges."""

from __future__ import annotations

import re

from analysis.repair.base import Rule, regex_rule

#: A possessive whose apostrophe was lost: "Uzbekistan s migrant policy" -> "Uzbekistan's",
#: "LABOR S BUREAU" -> "LABOR'S". Only a lone "s"/"S" after a word and before another.
lost_apostrophes: Rule = regex_rule(
    re.compile(r"(?<=[A-Za-z]{2})(?P<x> )(?=[sS] [A-Za-z0-9(])"), "'", group="x"
)


def _year_range(m: re.Match[str]) -> str | None:
    """A dash between two years where the second is later: "(2009 2011)" -> "(2009-2011)"."""
    first, second = int(m.group("a")), int(m.group("b"))
    return "-" if first < second <= first + 30 else None


#: A year range whose dash was lost, inside parentheses or after a possessive:
#: "(2009 2011)" -> "(2009-2011)", "Education's 2007 2011 Children" -> "2007-2011".
lost_range_dashes: Rule = regex_rule(
    re.compile(r"(?:(?<=\()|(?<='s ))(?P<a>(?:19|20)\d\d)(?P<x> )(?P<b>(?:19|20)\d\d)\b"),
    _year_range,
    group="x",
)
