"""The record types the extractors return agree with schema.py, the one definition of every
published column: a column added, renamed or retyped in one place and not the other fails."""

from __future__ import annotations

import dataclasses
import types
import typing

import pytest

from analysis.extract.records import Extraction
from analysis.schema import RECORD_TABLES, Table

#: Columns the pipeline adds to every record (the document's), and the record's own offsets.
DOCUMENT_COLUMNS = ("doc_id", "country", "report_year")
OFFSETS = {"source_start": "start", "source_end": "end"}
PYTHON_TYPES = {"string": str, "integer": int, "number": float, "boolean": bool}


def record_type(table: Table) -> type:
    """The record class of a table: the item type of Extraction's list of that name."""
    hint = typing.get_type_hints(Extraction)[table.name]
    assert typing.get_origin(hint) is list, table.name
    (item,) = typing.get_args(hint)
    return item


def test_extraction_has_one_list_per_record_table_in_order():
    names = [f.name for f in dataclasses.fields(Extraction)]
    assert names == [t.name for t in RECORD_TABLES] + ["warnings"]
    empty = Extraction.empty()
    assert all(empty.records(t.name) == [] for t in RECORD_TABLES)
    with pytest.raises(KeyError):
        empty.records("warnings")


@pytest.mark.parametrize("table", RECORD_TABLES, ids=lambda t: t.name)
def test_record_fields_are_the_table_columns(table):
    cls = record_type(table)
    expected = {OFFSETS.get(c, c) for c in table.columns if c not in DOCUMENT_COLUMNS}
    assert {f.name for f in dataclasses.fields(cls)} == expected


@pytest.mark.parametrize("table", RECORD_TABLES, ids=lambda t: t.name)
def test_record_field_types_follow_the_column_types(table):
    """A string column is a str (empty when missing); any other column is its Python type,
    optional unless the column is required (a boolean may instead default to False, and a
    record may always have the offsets an optional column allows to be missing)."""
    cls = record_type(table)
    hints = typing.get_type_hints(cls)
    defaults = {f.name: f.default for f in dataclasses.fields(cls)}
    for column in table.fields:
        name = OFFSETS.get(column.name, column.name)
        if column.name in DOCUMENT_COLUMNS:
            continue
        python = PYTHON_TYPES[column.type]
        hint = hints[name]
        if python is str or column.required:
            assert hint is python, (table.name, name, hint)
        elif hint is python:
            # offsets a record always has, though the column is optional; or a boolean
            # that defaults to False
            assert name in ("start", "end") or (python is bool and defaults[name] is False), (
                table.name, name)
        else:
            assert hint == python | None and isinstance(hint, types.UnionType), (table.name, name)
