"""Statistics a TIP narrative says are not known: figures the government did not report
("did not report law enforcement statistics") and counts said to be unknown ("trained an
unknown number of officials"), as rows with no value, kept only where no figure of that
measure and year is given."""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from analysis.extract.records import Enforcement
from analysis.extract.tip.kinds import measure_name, splits_of
from analysis.extract.tip.sentence import DOMAIN, Sentence
from analysis.extract.tip.vocabulary import load_patterns, verb_alternatives, verb_measure_in

_UNKNOWN = re.compile(
    rf"\b(?P<verb>{verb_alternatives()})\s+(?:[\w-]+\s+){{0,3}}?an\s+unknown\s+number\s+of\s+"
    r"(?P<obj>(?:[\w-]+\s+){0,3}?[\w-]+)",
    re.I,
)
#: "..., making it impossible to compare efforts with the previous year": a year the statement
#: is compared with, not the one it is about.
_COMPARED = re.compile(r"\bcompar(?:e|es|ed|ing|ison)\b", re.I)


class _HasRow(Protocol):
    """A narrative row: an enforcement row with what the narrative-wide rules know of it."""

    @property
    def row(self) -> Enforcement:
        """The enforcement row."""
        ...


R = TypeVar("R", bound=_HasRow)


def not_published(sent: Sentence) -> list[Enforcement]:
    """Rows for figures the sentence says the government did not report, of the first year
    after the statement that is not one it is compared with (else the period reported on),
    of the kind the statement names ("the number of sex trafficking prosecutions")."""
    out = []
    for p in load_patterns():
        if p.kind != "not_published":
            continue
        for m in p.regex.finditer(sent.text):
            later = [y for y in sent.years if y.start >= m.end() and not y.comparative
                     and not _COMPARED.search(sent.text, m.end(), y.start)]
            year = (sent.resolve(later[0]) if later else None) or sent.current_year
            named = {g: s for g, s in splits_of(m[0], p.unit, cases=True).items()
                     if g in ("type", "age", "origin")}
            row = Enforcement(year, DOMAIN, measure_name(p.measure, named), None, p.unit,
                              "not_published",
                              sent.offset + m.start(), sent.offset + m.end(),
                              label=sent.phrase(m.start(), m.end()), source="prose")
            out.append(row)
    return out


def unknown(sent: Sentence) -> list[Enforcement]:
    """Rows with no value for a count the narrative says is unknown ("provided training to
    an unknown number of officials")."""
    out = []
    for m in _UNKNOWN.finditer(sent.text):
        measure = verb_measure_in(m["verb"], m["obj"])
        if not measure:
            continue
        row = Enforcement(sent.current_year, DOMAIN, measure, None, "count", "unknown",
                          sent.offset + m.start(), sent.offset + m.end(),
                          label=sent.phrase(m.start(), m.end()), source="prose")
        out.append(row)
    return out


def add_unreported(rows: list[R], missing: list[R]) -> list[R]:
    """The rows, and after them each row of a statistic not reported or unknown whose measure
    and year no row gives a figure for (the first of several)."""
    out = list(rows)
    reported = {(r.row.measure, r.row.data_year) for r in rows}
    for r in missing:
        if (r.row.measure, r.row.data_year) not in reported:
            reported.add((r.row.measure, r.row.data_year))
            out.append(r)
    return out
