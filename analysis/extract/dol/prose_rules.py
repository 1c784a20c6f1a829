"""The prose reader's phrasings, read from the data files and compiled once.

The phrasings are data (``analysis/data/prose_*.csv``), read by generic code:
- ``prose_figures.csv``: one regex per phrasing that ties a figure (group ``num``) closely to
  what it counts (group ``label``); ``requires`` / ``excludes`` are searched in the sentence.
- ``prose_macros.csv``: named regex pieces (``{NAME}``) the patterns share; ``{N}`` (a number),
  ``{MONEY}`` and ``{Q}`` (a qualifier such as "approximately") are built here.
- ``prose_missing.csv``: sentences saying figures are missing; group ``obj`` holds the list of
  what is missing, ``pub`` (or the row's status) says whether it is unknown or unpublished.
- ``prose_terms.csv``: the measures such a list can name, matched at the head of each item
  (``section``: only under that enforcement heading; "labor" also takes a text without one).
- ``prose_kinds.csv``: kinds a trafficking count is split by ("_sex_trafficking").

Kept apart from the reader so that what a phrasing is (data) and how a sentence is read
(code) stand in different places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from analysis.datafiles import read_rows
from analysis.extract.grammar import qualifier_alternatives
from analysis.extract.numbers import MONEY, NUMBER
from analysis.extract.prefilter import PatternFilter

_FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class Rule:
    """One phrasing of a figure: what it measures and the regex that finds it."""

    measure: str
    domain: str
    domain_rule: str
    unit: str
    regex: re.Pattern[str]
    requires: re.Pattern[str] | None
    excludes: re.Pattern[str] | None


@dataclass(frozen=True)
class Term:
    """A measure named in a list of missing figures."""

    measure: str
    domain: str
    domain_rule: str
    section: str
    regex: re.Pattern[str]
    requires: re.Pattern[str] | None
    excludes: re.Pattern[str] | None


@cache
def _macros() -> dict[str, str]:
    """Regex pieces the patterns share, with the number and qualifier pieces built here."""
    found = {
        "N": rf"(?P<num>(?<![\w$.,/-])(?<!\bfirst\s)(?<!\blast\s)(?:{NUMBER})"
             r"(?![\w%]|[.,]\d|\s*(?:%|percent|per\s*cent)))",
        "NUM": rf"(?:{NUMBER})\b",
        "MONEY": rf"(?P<num>(?<![\w.,])(?:{MONEY})(?![\w%]|[.,]\d))",
        "Q": rf"(?:(?P<q>{qualifier_alternatives()})\s+)?",
    }
    for row in read_rows("prose_macros.csv"):
        found[row["name"]] = _expand(row["regex"], found)
    return found


def _expand(pattern: str, macros: dict[str, str]) -> str:
    """Replace every ``{NAME}`` in a pattern by its macro, and each space by ``\\s+`` (the
    text may break a line anywhere)."""
    spaced = pattern.replace(" ", r"\s+")
    return re.sub(r"\{([A-Z_]+)\}", lambda m: macros[m[1]], spaced)


def _optional(pattern: str) -> re.Pattern[str] | None:
    """Compile a context pattern, or None when the cell is empty."""
    return re.compile(pattern.replace(" ", r"\s+"), _FLAGS) if pattern else None


@cache
def rules() -> tuple[Rule, ...]:
    """The figure phrasings of prose_figures.csv, compiled."""
    macros = _macros()
    return tuple(
        Rule(r["measure"], r["domain"], r["domain_rule"], r["unit"],
              re.compile(_expand(r["pattern"], macros), _FLAGS),
              _optional(r["requires"]), _optional(r["excludes"]))
        for r in read_rows("prose_figures.csv")
    )


@cache
def rule_filter() -> PatternFilter:
    """Which figure phrasings a sentence may hold, to run only those."""
    return PatternFilter([rule.regex for rule in rules()])


@cache
def missing_statements() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The missing-figure statements of prose_missing.csv: (status, regex)."""
    return tuple((r["status"], re.compile(_expand(r["pattern"], {}), _FLAGS | re.DOTALL))
                 for r in read_rows("prose_missing.csv"))


@cache
def missing_filter() -> PatternFilter:
    """Which missing-figure statements a sentence may hold."""
    return PatternFilter([regex for _, regex in missing_statements()])


@cache
def split_kinds() -> tuple[tuple[str, frozenset[str], re.Pattern[str]], ...]:
    """The kinds a count can be split by (prose_kinds.csv): suffix, measures, regex."""
    return tuple((r["suffix"], frozenset(r["measures"].split("|")),
                  re.compile(_expand(r["pattern"], {}), _FLAGS))
                 for r in read_rows("prose_kinds.csv"))


@cache
def terms() -> tuple[Term, ...]:
    """The measures of prose_terms.csv, each anchored at the head of a list item."""
    return tuple(
        Term(r["measure"], r["domain"], r["domain_rule"], r["section"],
              re.compile(_expand(r["pattern"], {}), _FLAGS),
              _optional(r["requires"]), _optional(r["excludes"]))
        for r in read_rows("prose_terms.csv")
    )
