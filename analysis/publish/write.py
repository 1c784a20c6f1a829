"""Writing data/clean: sorted, byte-stable CSVs and their Frictionless descriptor."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd

from analysis.schema import DOCUMENTS, Field, Table


def format_value(value: object, kind: str) -> str:
    """Render one cell the same way on every run: no float noise, lowercase booleans."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    if kind == "boolean":
        return "true" if bool(value) else "false"
    if kind == "number":
        number = float(value)  # type: ignore[arg-type]
        return str(int(number)) if number.is_integer() else repr(round(number, 6))
    if kind == "integer":
        return str(int(value))  # type: ignore[call-overload]
    return str(value)


def _csv_cell(text: str) -> str:
    if any(ch in text for ch in ',"\n\r') or text != text.strip():
        return '"' + text.replace('"', '""') + '"'
    return text


def sort_table(df: pd.DataFrame, table: Table) -> pd.DataFrame:
    """Sort rows by the table's primary key (missing values first) for stable output."""
    keys = list(table.primary_key)
    return df.sort_values(keys, na_position="first", kind="mergesort").reset_index(drop=True)


def write_csv(df: pd.DataFrame, table: Table, path: Path) -> None:
    """Write a validated table as UTF-8 CSV with LF line ends, sorted by its key."""
    df = sort_table(df, table)
    kinds = {f.name: f.type for f in table.fields}
    lines = [",".join(table.columns)]
    for row in df.itertuples(index=False, name=None):
        cells = (
            _csv_cell(format_value(v, kinds[c])) for c, v in zip(table.columns, row, strict=True)
        )
        lines.append(",".join(cells))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def field_descriptor(fld: Field) -> dict[str, object]:
    """The Frictionless Table Schema entry of one field."""
    out: dict[str, object] = {"name": fld.name, "type": fld.type, "description": fld.description}
    constraints: dict[str, object] = {}
    if fld.required:
        constraints["required"] = True
    if fld.enum:
        constraints["enum"] = list(fld.enum)
    if fld.minimum is not None:
        constraints["minimum"] = int(fld.minimum) if fld.type == "integer" else fld.minimum
    if fld.maximum is not None:
        constraints["maximum"] = int(fld.maximum) if fld.type == "integer" else fld.maximum
    if fld.pattern:
        constraints["pattern"] = fld.pattern.removeprefix("^").removesuffix("$")
    if constraints:
        out["constraints"] = constraints
    if fld.type == "boolean":
        out["trueValues"] = ["true"]
        out["falseValues"] = ["false"]
    return out


def resource_descriptor(table: Table) -> dict[str, object]:
    """The Frictionless resource of one table (relative path, schema, keys)."""
    schema: dict[str, object] = {
        "fields": [field_descriptor(f) for f in table.fields],
        "primaryKey": list(table.primary_key),
        "missingValues": [""],
    }
    if table.foreign_doc and "doc_id" in table.columns:
        schema["foreignKeys"] = [
            {"fields": "doc_id", "reference": {"resource": DOCUMENTS.name, "fields": "doc_id"}}
        ]
    return {
        "name": table.name,
        "path": f"{table.name}.csv",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "description": table.description,
        "schema": schema,
    }


def write_datapackage(tables: list[Table], out_dir: Path) -> None:
    """Write datapackage.json describing the given tables."""
    package = {
        "name": "child-labor-trafficking-enforcement",
        "title": "Child labour and trafficking enforcement figures from DOL and TIP reports",
        "description": (
            "Tidy tables read from the U.S. Department of Labor's Findings on the Worst Forms "
            "of Child Labor and the State Department's Trafficking in Persons Report. Every "
            "figure keeps the character offsets of where it was read in its raw file."
        ),
        "licenses": [{"name": "CC0-1.0", "title": "CC0 1.0", "path": "https://creativecommons.org/publicdomain/zero/1.0/"}],
        "profile": "tabular-data-package",
        "resources": [resource_descriptor(t) for t in tables],
    }
    text = json.dumps(package, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
    (out_dir / "datapackage.json").write_text(text, encoding="utf-8", newline="\n")
