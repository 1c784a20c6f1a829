"""The one reader of the data files the package ships (vocabularies, patterns, name maps).

Every ``analysis/data/*.csv`` (and the evaluation tools' ``analysis/evaluate/data/*.csv``) is
read here, so all of them follow the same rules: UTF-8, a header row, and lines starting with
``#`` are notes for the people who edit the file, not rows. Each file is read once per process.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

from analysis import config


def shipped_names(folder: Path = config.PACKAGE_DATA) -> tuple[str, ...]:
    """The names of the data files the package ships, sorted."""
    return tuple(sorted(p.name for p in folder.glob("*.csv")))


@cache
def read_rows(name: str, folder: Path = config.PACKAGE_DATA) -> tuple[dict[str, str], ...]:
    """The rows of the data file ``folder/name``, in file order, as column -> text."""
    with (folder / name).open(encoding="utf-8", newline="") as fh:
        return tuple(dict(row) for row in csv.DictReader(_uncommented(fh)))


def _uncommented(lines: Iterable[str]) -> Iterator[str]:
    """The lines of a data file without its note lines."""
    return (line for line in lines if not line.startswith("#"))
