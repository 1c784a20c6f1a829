"""Checking every table before it is written, with schemas generated from analysis.schema.

Each document's rows are screened first (``screen_rows``, ``document_problems``): a row that
breaks a field's rule is set aside with a message naming the value and the rule, and the
document's other rows still land. pandera then checks types, ranges, vocabularies and unique
keys on whole tables; rows that still fail take their document out of the result, named
(``validate_by_document``). The same field definitions produce the Frictionless descriptor,
so the CSVs validate with `frictionless`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping

import pandas as pd
import pandera.pandas as pa

from analysis.schema import BY_NAME, Field, Table

_DTYPES = {"string": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean"}


class InvalidTable(Exception):
    """A table failed its schema; the message lists the failures, and ``documents`` says
    which documents' rows failed (doc_id -> message), where the failures are in rows."""

    def __init__(self, message: str, documents: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.documents = dict(documents or {})


#: A pattern longer than this is not repeated in a message (a vocabulary of measures is).
_SHOWN_PATTERN = 60
#: Fields that describe a row in a set-aside message, the first present wins.
_ROW_NAMES = ("label", "activity", "action", "convention", "indicator", "measure", "area")


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or value == "" or (
        isinstance(value, float) and math.isnan(value))


def _limit(number: float) -> str:
    return f"{number:g}"


def field_problem(fld: Field, value: object) -> str | None:
    """What breaks the field's rule in one value ("age_max 30 is above the maximum 25"), or
    None; the same rules pandera checks on the whole table."""
    if _missing(value):
        return f"{fld.name} is missing" if fld.required else None
    if fld.type in ("integer", "number"):
        try:
            number = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return f"{fld.name} {value!r} is not a number"
        if isinstance(value, bool) or math.isnan(number) or (
                fld.type == "integer" and not number.is_integer()):
            return f"{fld.name} {value!r} is not a {'whole ' * (fld.type == 'integer')}number"
        if fld.minimum is not None and number < fld.minimum:
            return f"{fld.name} {value} is below the minimum {_limit(fld.minimum)}"
        if fld.maximum is not None and number > fld.maximum:
            return f"{fld.name} {value} is above the maximum {_limit(fld.maximum)}"
        return None
    if fld.type == "boolean":
        return None if isinstance(value, bool) else f"{fld.name} {value!r} is not true or false"
    text = str(value)
    if fld.enum and text not in fld.enum:
        return f"{fld.name} {text!r} is not one of {', '.join(fld.enum)}"
    if fld.pattern and not re.match(fld.pattern, text):
        form = fld.pattern if len(fld.pattern) <= _SHOWN_PATTERN else (
            "the data package gives for it")
        return f"{fld.name} {text!r} does not have the form {form}"
    return None


def row_problems(row: Mapping[str, object], table: Table) -> list[str]:
    """Every rule of the table a row breaks."""
    return [p for f in table.fields if (p := field_problem(f, row.get(f.name))) is not None]


def document_problems(document: Mapping[str, object]) -> list[str]:
    """Every rule of the documents table a document's row breaks."""
    return row_problems(document, BY_NAME["documents"])


def _describe(row: Mapping[str, object], table: Table) -> str:
    """A row as a set-aside message names it: table, what it is, where it was read."""
    name = next((str(row[k]) for k in _ROW_NAMES if not _missing(row.get(k))), "")
    named = f" {name[:60]!r}" if name else ""
    start, end = row.get("source_start"), row.get("source_end")
    where = f" at offsets {start}-{end}" if not _missing(start) else ""
    return f"{table.name} row{named}{where}"


def screen_rows(rows: Iterable[Mapping[str, object]], table: Table
                ) -> tuple[list[Mapping[str, object]], list[str]]:
    """The rows that keep every rule of the table, and a "set aside" message for each other
    row (what it is, where, the value and the rule); of rows sharing a key the first stays."""
    kept: list[Mapping[str, object]] = []
    messages: list[str] = []
    keys: set[tuple[str, ...]] = set()
    for row in rows:
        problems = row_problems(row, table)
        key = tuple(str(row.get(k)) for k in table.primary_key)
        if not problems and key in keys:
            shown = ", ".join(f"{k} {row.get(k)!r}" for k in table.primary_key if k != "doc_id")
            problems = [f"a second row with the same key ({shown})"]
        if problems:
            messages.append(f"set aside: {_describe(row, table)}: {'; '.join(problems)}")
            continue
        keys.add(key)
        kept.append(row)
    return kept, messages


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
        raise InvalidTable(f"{name}: " + "; ".join(lines) + more,
                           _failed_documents(frame, cases, name)) from None


def _failed_documents(frame: pd.DataFrame, cases: pd.DataFrame, name: str) -> dict[str, str]:
    """doc_id -> what failed, for failures in rows of a table with a doc_id column; empty when
    any failure is not in a row (a column's type, say), which no document explains."""
    rows = cases["index"] if "index" in cases.columns else pd.Series(dtype=object)
    if "doc_id" not in frame.columns or cases.empty or rows.isna().any():
        return {}
    out: dict[str, list[str]] = {}
    for case, index in zip(cases.itertuples(), rows, strict=True):
        doc = frame.at[int(index), "doc_id"]
        out.setdefault(str(doc), []).append(
            f"{name}.{case.column} {case.check} failed for {case.failure_case!r}")
    return {doc: "; ".join(dict.fromkeys(msgs)) for doc, msgs in out.items()}


def validate_by_document(frames: Mapping[str, pd.DataFrame]
                         ) -> tuple[dict[str, pd.DataFrame], dict[str, str]]:
    """Validate every table; the documents whose rows still fail are taken out of every table
    and returned with the reason (doc_id -> message), and the rest validated again."""
    failed: dict[str, str] = {}
    current = dict(frames)
    for _ in range(len(current) + 1):
        valid: dict[str, pd.DataFrame] = {}
        bad: dict[str, str] = {}
        for name, frame in current.items():
            try:
                valid[name] = validate(frame, name)
            except InvalidTable as err:
                if not err.documents:
                    raise
                bad.update(err.documents)
        if not bad:
            return valid, failed
        failed.update(bad)
        current = {name: frame[~frame["doc_id"].astype(str).isin(bad)]
                   if "doc_id" in frame.columns else frame for name, frame in current.items()}
    raise InvalidTable("tables still fail after taking out the documents that failed: "
                       + "; ".join(failed.values()))
