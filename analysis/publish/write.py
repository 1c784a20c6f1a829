"""Writing data/clean: sorted, byte-stable CSVs and their Frictionless descriptor."""

from __future__ import annotations

import json
import math
import re
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
    return escape_formula(str(value))


#: A text cell starting with one of these (after any apostrophes) is one a spreadsheet would
#: run as a formula (OWASP's list): it is written with one apostrophe in front.
FORMULA_START = re.compile("'*[=+\\-@\t\r]")
#: How the data package describes the rule to its readers.
FORMULA_NOTE = (
    "Text cells that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or "
    "a carriage return, after any apostrophes) are written with one apostrophe (') in front; "
    "remove one leading apostrophe from such cells to get the text as read."
)


def escape_formula(text: str) -> str:
    """The text with an apostrophe in front when a spreadsheet would run it as a formula."""
    return "'" + text if FORMULA_START.match(text) else text


def unescape_formula(text: str) -> str:
    """Undo ``escape_formula``: the text as read from the report."""
    return text[1:] if text.startswith("'") and FORMULA_START.match(text, 1) else text


#: A cell that needs quoting: a separator, quote or line end in it, or space at either end.
_NEEDS_QUOTES = re.compile(r'[,"\n\r]|\A\s|\s\Z')


def _csv_cell(text: str) -> str:
    """One CSV cell, quoted when it must be."""
    return '"' + text.replace('"', '""') + '"' if _NEEDS_QUOTES.search(text) else text


def sort_table(df: pd.DataFrame, table: Table) -> pd.DataFrame:
    """Sort rows by the table's primary key (missing values first) for stable output."""
    keys = list(table.primary_key)
    return df.sort_values(keys, na_position="first", kind="mergesort").reset_index(drop=True)


def write_csv(df: pd.DataFrame, table: Table, path: Path) -> None:
    """Write a validated table as UTF-8 CSV with LF line ends, sorted by its key."""
    df = sort_table(df, table)
    kinds = {f.name: f.type for f in table.fields}
    columns = [[_csv_cell(format_value(v, kinds[c])) for v in df[c].tolist()]
               for c in table.columns]
    lines = [",".join(table.columns), *map(",".join, zip(*columns, strict=True))]
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


#: Where the tables come from. Both series are works of the U.S. Government.
SOURCES = (
    {
        "title": "U.S. Department of Labor, Bureau of International Labor Affairs: Findings on "
                 "the Worst Forms of Child Labor (annual, 2009 to date)",
        "path": "https://www.dol.gov/agencies/ilab/resources/reports/child-labor/findings",
    },
    {
        "title": "U.S. Department of State, Office to Monitor and Combat Trafficking in "
                 "Persons: Trafficking in Persons Report (annual)",
        "path": "https://www.state.gov/trafficking-in-persons-report/",
    },
)
#: The licence the derived tables carry.
LICENSES = (
    {
        "name": "CC0-1.0",
        "title": "Creative Commons Zero v1.0 Universal (public domain dedication)",
        "path": "https://creativecommons.org/publicdomain/zero/1.0/",
    },
)
RIGHTS = (
    "The reports are works of the United States Government and are not subject to copyright "
    "in the United States (17 U.S.C. 105). The tables derived from them here are dedicated to "
    "the public domain under CC0 1.0; please cite the reports and this package (CITATION.cff)."
)


def write_datapackage(tables: list[Table], out_dir: Path) -> None:
    """Write datapackage.json describing the given tables, their sources and licence."""
    package = {
        "name": "child-labor-trafficking-enforcement",
        "title": "Child labour and trafficking enforcement figures from DOL and TIP reports",
        "description": (
            "Tidy tables read from the U.S. Department of Labor's Findings on the Worst Forms "
            "of Child Labor and the State Department's Trafficking in Persons Report. Every "
            "figure keeps the character offsets of where it was read in its raw file. "
            + FORMULA_NOTE
        ),
        "licenses": list(LICENSES),
        "sources": list(SOURCES),
        "rights": RIGHTS,
        "profile": "tabular-data-package",
        "resources": [resource_descriptor(t) for t in tables],
    }
    text = json.dumps(package, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
    (out_dir / "datapackage.json").write_text(text, encoding="utf-8", newline="\n")
