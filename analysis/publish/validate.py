"""Checking every table before it is written, with schemas generated from analysis.schema.

pandera checks types, ranges, vocabularies and unique keys on the DataFrames; the same field
definitions produce the Frictionless descriptor, so the CSVs validate with `frictionless`.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from analysis.schema import BY_NAME, Field, Table

_DTYPES = {"string": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean"}


class InvalidTable(Exception):
    """A table failed its schema; the message lists the failures."""


def _checks(fld: Field) -> list[pa.Check]:
    checks: list[pa.Check] = []
    if fld.enum:
        checks.append(pa.Check.isin(list(fld.enum)))
    if fld.minimum is not None:
        checks.append(pa.Check.ge(fld.minimum))
    if fld.maximum is not None:
        checks.append(pa.Check.le(fld.maximum))
    if fld.pattern:
        checks.append(pa.Check.str_matches(fld.pattern))
    return checks


def dataframe_schema(table: Table) -> pa.DataFrameSchema:
    """The pandera schema of a published table."""
    columns = {
        f.name: pa.Column(_DTYPES[f.type], checks=_checks(f), nullable=not f.required)
        for f in table.fields
    }
    return pa.DataFrameSchema(
        columns,
        strict=True,
        ordered=True,
        unique=list(table.primary_key),
        report_duplicates="all",
    )


def coerce(df: pd.DataFrame, table: Table) -> pd.DataFrame:
    """Give a frame the table's columns (in order) and nullable dtypes."""
    out = pd.DataFrame(index=df.index)
    for f in table.fields:
        col = df[f.name] if f.name in df.columns else pd.Series(pd.NA, index=df.index)
        if f.type == "string":
            col = col.astype("string").replace("", pd.NA)
        else:
            col = col.astype(_DTYPES[f.type])
        out[f.name] = col
    return out.reset_index(drop=True)


def validate(df: pd.DataFrame, name: str) -> pd.DataFrame:
    """Coerce and check a table; raise InvalidTable with a readable summary on failure."""
    table = BY_NAME[name]
    frame = coerce(df, table)
    try:
        return dataframe_schema(table).validate(frame, lazy=True)
    except pa.errors.SchemaErrors as err:
        cases = err.failure_cases
        lines = [
            f"{row.column}: {row.check} failed for {row.failure_case!r}"
            for row in cases.head(20).itertuples()
        ]
        more = "" if len(cases) <= 20 else f" (and {len(cases) - 20} more)"
        raise InvalidTable(f"{name}: " + "; ".join(lines) + more) from None
