"""The key-field map: where each answer-key field is found in our tables.

Each key field is mapped to one cell of the clean tables by
``analysis/evaluate/data/score_fields.csv`` (field -> group, table, row filter, column, value
kind). A field with no table is in the key but has no column of ours (it is counted as not
scored); the group decides where it is reported and whether a target applies. ``printed``
names the printed table the field's row belongs to, whose title words
(``score_titles.csv``) tell whether a profile prints it; ``row_words`` are plain words of
the field's row, any of which a profile printing the row prints (``|`` between them). A
column may be given as alternatives (``meets_international|established``): tables of some
years print one column and others another for the same key field, and a row is compared on
the alternative it fills.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from analysis import config
from analysis.datafiles import read_rows


@dataclass(frozen=True)
class FieldSpec:
    """Where a key field is found in our tables and how its values are read."""

    field: str
    group: str
    targeted: bool
    table: str
    filters: tuple[tuple[str, str], ...]
    columns: tuple[str, ...]
    kind: str
    printed: str
    row_words: tuple[str, ...]

    @property
    def column_names(self) -> tuple[str, ...]:
        """Every table column the field may be read from, alternatives included."""
        return tuple(name for column in self.columns for name in column.split("|"))

    def cells(self, row: Mapping[str, str]) -> list[str]:
        """The row's cells of the field's columns; a column given as alternatives ("a|b") is
        the first alternative the row fills (empty when it fills none)."""
        return [next((row[name] for name in column.split("|") if row.get(name, "")), "")
                for column in self.columns]


def load_field_specs(path: Path | None = None) -> dict[str, FieldSpec]:
    """Read the key-field mapping (the package's score_fields.csv unless a path is given)."""
    file = Path(path or config.EVALUATE_DATA / "score_fields.csv")
    specs: dict[str, FieldSpec] = {}
    for row in read_rows(file.name, file.parent):
        specs[row["field"]] = FieldSpec(
            row["field"], row["group"], row["targeted"].strip().lower() == "yes",
            row["table"].strip(), _filters(row["filter"]),
            tuple(c for c in row["column"].split(";") if c), row["kind"].strip(),
            row["printed"].strip(), tuple(w.strip() for w in row["row_words"].split("|")
                                          if w.strip()),
        )
    return specs


def load_titles(path: Path | None = None) -> dict[str, tuple[str, ...]]:
    """Read the title words of each printed table (the package's score_titles.csv by default)."""
    file = Path(path or config.EVALUATE_DATA / "score_titles.csv")
    titles: dict[str, tuple[str, ...]] = {}
    for row in read_rows(file.name, file.parent):
        titles[row["printed"]] = (*titles.get(row["printed"], ()), row["title"])
    return titles


def _filters(text: str) -> tuple[tuple[str, str], ...]:
    """Read ``name=value;name=value`` conditions on table columns."""
    parts = (part.partition("=") for part in text.split(";"))
    return tuple((name.strip(), value.strip()) for name, _, value in parts if name.strip())
