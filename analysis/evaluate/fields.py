"""The key-field map: where each answer-key field is found in our tables.

Each key field is mapped to one cell of the clean tables by
``analysis/evaluate/data/score_fields.csv`` (field -> group, table, row filter, column, value
kind). A field with no table is in the key but has no column of ours (it is counted as not
scored); the group decides where it is reported and whether a target applies.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from analysis import config


@dataclass(frozen=True)
class FieldSpec:
    """Where a key field is found in our tables and how its values are read."""

    field: str
    group: str
    targeted: bool
    table: str
    filters: tuple[tuple[str, str], ...]
    block: tuple[tuple[str, str], ...]
    columns: tuple[str, ...]
    kind: str


def load_field_specs(path: Path | None = None) -> dict[str, FieldSpec]:
    """Read the key-field mapping (the package's score_fields.csv unless a path is given)."""
    text = Path(path or config.EVALUATE_DATA / "score_fields.csv").read_text("utf-8")
    specs: dict[str, FieldSpec] = {}
    for row in csv.DictReader(text.splitlines()):
        specs[row["field"]] = FieldSpec(
            row["field"], row["group"], row["targeted"].strip().lower() == "yes",
            row["table"].strip(), _filters(row["filter"]), _filters(row.get("block") or ""),
            tuple(c for c in row["column"].split(";") if c), row["kind"].strip(),
        )
    return specs


def _filters(text: str) -> tuple[tuple[str, str], ...]:
    """Read ``name=value;name=value`` conditions on table columns."""
    parts = (part.partition("=") for part in text.split(";"))
    return tuple((name.strip(), value.strip()) for name, _, value in parts if name.strip())
