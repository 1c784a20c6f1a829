"""Finding our side of a key row: the document of a key country, its table rows, its entity.

Joining: a key country is the app's name, which is also the stem of the corpus file the
profile was read from, so the document is found by ``documents.source_file`` stem; failing
that, by ISO3 through ``analysis.detect.countries``.

Territories: ``Field[T]`` is matched with our rows whose ``territory`` names T, the best
match first (``analysis.territories``: the same name; the same entity by
``analysis/data/territory_names.csv``, e.g. printed "National Total" for the key's "Federal";
a printed name joining T, "FBiH/RS/BD" for "Brčko District", or joining every entity for the
whole country). A measure the profile prints once (our rows name no entity) is the whole
country's figure and is compared with the key's value for the whole country only. A key
field without territory or repeat is matched, in a profile printing several entities, with
the rows naming the key's country ("All Pakistan"; the column "M" of a combined profile for
Montserrat) where there are such rows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath

import pandas as pd

from analysis.detect.countries import resolve_country
from analysis.evaluate.key import KeyRow, nfc, whole_number
from analysis.territories import closeness


class Tables:
    """The clean tables, read as text and indexed by doc_id."""

    def __init__(self, clean: Path, names: set[str]) -> None:
        """Read each named table of the clean folder; note the ones that are absent."""
        self.rows: dict[str, dict[str, list[dict[str, str]]]] = {}
        self.columns: dict[str, list[str]] = {}
        self.absent: list[str] = []
        for name in sorted(names):
            path = clean / f"{name}.csv"
            if not path.is_file():
                self.absent.append(name)
                frame = pd.DataFrame()
            else:
                frame = pd.read_csv(path, dtype=str, keep_default_na=False)
            self.columns[name] = list(frame.columns)
            index: dict[str, list[dict[str, str]]] = {}
            for rec in frame.to_dict("records"):
                index.setdefault(rec.get("doc_id", ""), []).append(rec)
            self.rows[name] = index

    def entity(self, table: str, doc: Mapping[str, str], key: KeyRow) -> Entity:
        """The entity of a key value and the entities our table names for its document."""
        rows = self.rows[table].get(doc.get("doc_id", ""), []) if table != "documents" else []
        plain = not key.territory and "#" not in key.field
        return Entity(key.territory, key.country if plain else "", doc.get("country", ""),
                       frozenset(r["territory"] for r in rows if r.get("territory")),
                       "territory" in self.columns[table])

    def select(self, table: str, filters: Sequence[tuple[str, str]], doc_id: str,
               report_year: int) -> list[dict[str, str]]:
        """Rows of a document matching the filters, in text order."""
        wanted = [(c, v.replace("{report_year}", str(report_year))) for c, v in filters]
        rows = [
            r for r in self.rows[table].get(doc_id, [])
            if all(same_cell(r.get(c, ""), v) for c, v in wanted)
        ]
        return sorted(rows, key=text_order)


@dataclass(frozen=True)
class Entity:
    """The entity a key value is about, and the entities our rows of its document name."""

    wanted: str
    own: str
    country: str
    names: frozenset[str]
    split: bool

    def rows(self, rows: list[dict[str, str]]) -> list[dict[str, str]]:
        """Our rows for the key value: those naming its entity, else the rows of a measure
        printed once (naming no entity), which stand for every part of the country; for a
        field without territory, those naming the key's country where a profile prints
        several entities."""
        if self.wanted:
            named = self._naming(rows, self.wanted)
            once = not any(r.get("territory") for r in rows)
            return named or (rows if once else [])
        return (self._naming(rows, self.own) if self.own else []) or rows

    def _naming(self, rows: list[dict[str, str]], wanted: str) -> list[dict[str, str]]:
        """The rows whose territory names ``wanted`` best (none when no row names it)."""
        scores = [closeness(r["territory"], wanted, self.country, self.names)
                  if r.get("territory") else 0 for r in rows]
        best = max(scores, default=0)
        return [r for r, s in zip(rows, scores, strict=True) if best and s == best]


def same_cell(cell: str, wanted: str) -> bool:
    """Whether a table cell holds the wanted filter value (``2016`` equals ``2016.0``)."""
    if cell == wanted:
        return True
    a, b = whole_number(cell), whole_number(wanted)
    return a is not None and a == b


def text_order(row: Mapping[str, str]) -> tuple[int, int]:
    """Sort key putting rows in the order their figures stand in the text."""
    start = whole_number(row.get("source_start", ""))
    return (0, start) if start is not None else (1, 0)


class Documents:
    """Finds the document of a key country: by file name, else by ISO3."""

    def __init__(self, docs: list[dict[str, str]]) -> None:
        """Index DOL documents by (file stem, year) and (ISO3, year), originals first."""
        self.by_name: dict[tuple[str, int], list[dict[str, str]]] = {}
        self.by_iso3: dict[tuple[str, int], list[dict[str, str]]] = {}
        self.years: dict[str, set[int]] = {}
        ordered = sorted(docs, key=lambda d: (bool(d.get("duplicate_of")), d.get("doc_id", "")))
        for doc in ordered:
            if doc.get("series", "dol_findings") != "dol_findings":
                continue
            year = whole_number(doc.get("report_year", ""))
            if year is None:
                continue
            stem = nfc(PurePath(doc.get("source_file", "")).stem)
            self.by_name.setdefault((stem, year), []).append(doc)
            self.by_iso3.setdefault((doc.get("iso3", ""), year), []).append(doc)
            self.years.setdefault(stem, set()).add(year)
            self.years.setdefault(doc.get("iso3", ""), set()).add(year)

    def find(self, country: str, year: int) -> tuple[dict[str, str] | None, str]:
        """The document for a key country and year, or None and why not."""
        hits = self.by_name.get((country, year))
        if hits:
            return hits[0], ""
        resolved = resolve_country(country, fuzzy=False)
        iso3 = resolved.iso3 if resolved else ""
        hits = self.by_iso3.get((iso3, year)) if iso3 else None
        if hits:
            return hits[0], ""
        other = sorted(self.years.get(country, set()) | self.years.get(iso3, set()))
        if other:
            return None, f"documents only for report year(s) {', '.join(map(str, other))}"
        return None, f"no document named {country!r}" + (f" or with ISO3 {iso3}" if iso3 else "")
