"""Which printed entity names (territories, provinces, the whole country) name one entity.

Tables split by "Related Entity" print names their readers spell differently: "National
Total" is ILAB's "Federal", "FBiH" is the "Federation of Bosnia and Herzegovina", and one
row "Mainland and Zanzibar" (or "FBiH/RS/BD") stands for every entity it joins. The
equivalences are data (``analysis/data/territory_names.csv``): each row gives an entity and
a regex matched in full against a folded name (accents and punctuation removed, lower case,
a parenthesised part tried alone and left out); ``{country}`` stands for the document's
country, and the entity ``country`` is the whole country. ``country_wide`` picks, from a
table split by entity, the rows that speak for the whole country.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

import pandas as pd

from analysis.datafiles import read_rows

_COUNTRY = "country"
_PAREN = re.compile(r"\(([^)]*)\)")
_NON_WORD = re.compile(r"[\W_]+")
#: What joins the entities one name covers ("Mainland and Zanzibar", "FBiH/RS/BD").
_ENTITY_JOIN = re.compile(r"\s*(?:/|,|&|\band\b)\s*", re.IGNORECASE)


@cache
def _patterns() -> tuple[tuple[str, str], ...]:
    """(entity, pattern) rows of the names file."""
    return tuple((row["entity"], row["pattern"]) for row in read_rows("territory_names.csv"))


def entity_parts(name: str) -> frozenset[str]:
    """The entities a printed entity name covers, case-folded ("FBiH/RS/BD" -> 3)."""
    return frozenset(p.casefold() for p in _ENTITY_JOIN.split(name) if p.strip())


def fold(name: str) -> str:
    """A name for comparing: accents and punctuation removed, lower case, single spaces."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(_NON_WORD.sub(" ", plain).casefold().split())


def _forms(name: str) -> set[str]:
    """The folded name, without its parenthesised part, and that part alone."""
    inner = _PAREN.findall(name)
    return {f for f in (fold(name), fold(_PAREN.sub(" ", name)), *map(fold, inner)) if f}


@cache
def entities(name: str, country: str) -> frozenset[str]:
    """The entities of the names file a name is one of (for a document of ``country``)."""
    forms = _forms(name)
    own = re.escape(fold(country))
    return frozenset(entity for entity, pattern in _patterns()
                     if any(re.fullmatch(pattern.replace("{country}", own), f) for f in forms))


def is_country_wide(name: str, country: str) -> bool:
    """Whether a name stands for the whole country (or is the document's own country)."""
    return _COUNTRY in entities(name, country)


def same(a: str, b: str, country: str) -> bool:
    """Whether two names name one entity: equal when folded, or one entity of the file."""
    return bool(_forms(a) & _forms(b)) or bool(entities(a, country) & entities(b, country))


def closeness(printed: str, wanted: str, country: str, named: Iterable[str]) -> int:
    """How well a printed entity name stands for a wanted one: 3 the same name, 2 the same
    entity, 1 a name joining it ("FBiH/RS/BD" for "Republika Srpska"; for the whole country,
    a name joining every entity the document ``named``), 0 another entity."""
    if _forms(printed) & _forms(wanted):
        return 3
    if same(printed, wanted, country):
        return 2
    parts = entity_parts(printed)
    if len(parts) > 1 and any(same(p, wanted, country) for p in parts):
        return 1
    others = set().union(*(entity_parts(n) for n in named)) - parts
    left = {p for p in others if not is_country_wide(p, country)}
    return int(len(parts) > 1 and is_country_wide(wanted, country) and not left)


def country_wide(df: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Per key, the rows of the country-wide entity of a table split by entity: the rows
    without territory, else those naming the document's country or the whole country ("All
    Pakistan", "National Total", the column "M" of Montserrat), else those of the entity
    printed first; rows in their original order."""
    if df.empty or "territory" not in df.columns:
        return df
    territory = df["territory"].fillna("").astype(str)
    country = df["country"].fillna("").astype(str)
    own = [bool(t) and (is_country_wide(t, c) or same(t, c, c))
           for t, c in zip(territory, country, strict=True)]
    ranked = df.assign(_territory=territory, _named=territory.ne(""), _other=[not o for o in own],
                       _start=pd.to_numeric(df["source_start"], errors="coerce"))
    ranked = ranked.sort_values(["_named", "_other", "_start"], kind="mergesort",
                                na_position="last")
    chosen = ranked.groupby(keys, dropna=False, sort=False)["_territory"].transform("first")
    keep = ranked.index[ranked["_territory"].eq(chosen)]
    return df[df.index.isin(keep)]
