"""The row-label vocabularies of the DOL statistics and enforcement tables.

Both live in data files (``analysis/data/enforcement_labels.csv``,
``analysis/data/prevalence_labels.csv``): a regex per label, matched in full against the
normalised printed label, with its role (``value`` row, ``heading`` row without values, or
column ``header``) and, for enforcement, its domain, measure and unit(s). Code here only reads
them, and tells the table reader which labels exist and which kinds of value (count, money,
yes/no, age range) each row takes, so that flowed tables can be rebuilt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from analysis.datafiles import read_rows
from analysis.extract.tables.cells import LabelHints, normalise_label


@dataclass(frozen=True)
class LabelRule:
    """One row of a label file; ``unit`` may name several ("count|boolean"), the first is
    the unit of a missing value."""

    pattern: re.Pattern[str]
    role: str
    domain: str = ""
    measure: str = ""
    unit: str = ""

    @property
    def default_unit(self) -> str:
        """The unit of a value the cell does not show."""
        return self.unit.split("|")[0]

    @property
    def units(self) -> set[str]:
        """Every unit a value of this row may have."""
        return set(self.unit.split("|")) if self.unit else set()


@cache
def enforcement_rules() -> tuple[LabelRule, ...]:
    """The enforcement label vocabulary."""
    return tuple(
        LabelRule(re.compile(r["pattern"]), r["role"], r["domain"], r["measure"], r["unit"])
        for r in read_rows("enforcement_labels.csv")
    )


@cache
def prevalence_rules() -> tuple[LabelRule, ...]:
    """The statistics-table label vocabulary."""
    return tuple(
        LabelRule(re.compile(r["pattern"]), r["role"], measure=r["indicator"])
        for r in read_rows("prevalence_labels.csv")
    )


def _union(rules: tuple[LabelRule, ...], role: str) -> re.Pattern[str]:
    """One regex matching any label of a role."""
    return re.compile("|".join(f"(?:{r.pattern.pattern})" for r in rules if r.role == role))


@cache
def dol_hints() -> LabelHints:
    """Every label the DOL statistics and enforcement tables print, for the table reader."""
    rules = enforcement_rules() + prevalence_rules()
    return LabelHints(_union(rules, "value"), _union(rules, "heading"), _union(rules, "header"),
                      value_fits)


#: What a cell can hold, tried in order.
_KINDS = (
    ("missing", re.compile(r"(?:unknown|unavailable|n/?a|none)\b", re.IGNORECASE)),
    ("boolean", re.compile(r"(?:yes|no)\b", re.IGNORECASE)),
    ("usd", re.compile(r"(?:US)?\$|USD")),
    ("range", re.compile(r"\d{1,2}\s*(?:-|–|to)\s*\d{1,2}\b(?!,)")),
    ("count", re.compile(r"\d")),
)
#: The kinds of value each unit of a row accepts.
_ACCEPTS = {
    "count": {"count"}, "usd": {"usd", "count"}, "boolean": {"boolean"},
    "percent": {"count", "range"},
}


@lru_cache(maxsize=1 << 14)
def value_kind(text: str) -> str:
    """What a cell holds: missing, boolean, usd, range, count, or other."""
    return next((kind for kind, p in _KINDS if p.match(text.strip())), "other")


def value_fits(norm: str, text: str) -> bool:
    """Whether a cell can be a value of the row with this normalised label."""
    kind = value_kind(text)
    return kind == "missing" or kind in _accepted(norm)


@lru_cache(maxsize=1 << 14)
def _accepted(norm: str) -> frozenset[str]:
    """The kinds of value a row with this normalised label accepts (all if unknown)."""
    rule = next((r for r in enforcement_rules() if r.role == "value"
                 and r.pattern.fullmatch(norm)), None)
    units = rule.units if rule else ({"percent"} if match_prevalence(norm) else set())
    if not units:
        return frozenset({kind for kind, _ in _KINDS} | {"other"})
    return frozenset(k for u in units for k in _ACCEPTS[u])


def match_enforcement(label: str, domain: str) -> LabelRule | None:
    """The enforcement rule of a printed row label in a table of this domain, if any."""
    norm = normalise_label(label)
    for rule in enforcement_rules():
        if rule.domain in ("", domain) and rule.pattern.fullmatch(norm):
            return rule
    return None


def match_prevalence(label: str) -> LabelRule | None:
    """The statistics rule of a printed row label, if any."""
    norm = normalise_label(label)
    return next((r for r in prevalence_rules() if r.pattern.fullmatch(norm)), None)
