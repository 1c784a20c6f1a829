"""Reading the raw folder's manifest.csv: provenance and overrides per file, checked by row.

The manifest is decoded like a raw file (UTF-8, UTF-16 with its mark, cp1252 ...). A manifest
that cannot be used at all (a folder, binary, no ``source_file`` column) stops the run with one
line naming it (``ManifestError``); a bad value rejects only the file its row describes, and
the message names the manifest line.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from analysis import config
from analysis.read.raw import RejectedFile, check_not_binary, decode, normalise_line_endings
from analysis.schema import DOCUMENTS, SERIES

_YEAR = next(f for f in DOCUMENTS.fields if f.name == "report_year")


class ManifestError(Exception):
    """A manifest that cannot be used; the message names it and says why."""


@dataclass
class Manifest:
    """Manifest rows by file name; ``problems`` holds the rows that reject their file (file
    name -> message) and ``notes`` the rows that describe no file of the folder."""

    path: Path
    rows: dict[str, dict[str, str]] = field(default_factory=dict)
    problems: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def _text(path: Path) -> str:
    """The manifest's text, decoded and with LF line ends, or ManifestError."""
    if path.is_dir():
        raise ManifestError(f"{path}: is a folder, not a CSV file")
    try:
        data = path.read_bytes()
        if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            check_not_binary(data)
        text = decode(data)[0]
    except OSError as err:
        raise ManifestError(f"{path}: unreadable: {err.strerror or err}") from None
    except RejectedFile as err:
        raise ManifestError(f"{path}: {err}") from None
    return normalise_line_endings(text)[0].removeprefix("\ufeff")


def _row_problem(row: dict[str, str]) -> str | None:
    """What makes a row's override unusable: a series or report year out of the contract."""
    series = (row.get("series") or "").strip()
    if series and series not in SERIES:
        return f"series {series!r} is not one of {', '.join(SERIES)}"
    year = (row.get("report_year") or "").strip()
    if year:
        low, high = int(_YEAR.minimum or 0), int(_YEAR.maximum or 9999)
        if not year.isdigit() or not low <= int(year) <= high:
            return f"report_year {year!r} is not a year from {low} to {high}"
    return None


def load_manifest(raw_dir: Path, present: set[str] | None = None,
                  path: Path | None = None) -> Manifest:
    """The manifest (``path``, else ``raw_dir``/manifest.csv; empty when there is none);
    ``present`` are the names of the folder's files, to note rows that describe none of them."""
    path = raw_dir / config.MANIFEST_NAME if path is None else path
    manifest = Manifest(path)
    if not (path.exists() or path.is_symlink()):
        return manifest
    reader = csv.DictReader(io.StringIO(_text(path), newline=""))
    if "source_file" not in (reader.fieldnames or []):
        raise ManifestError(f"{path}: has no source_file column (the header must start with "
                            "source_file,title,publisher,series,country,report_year,...)")
    seen: dict[str, int] = {}
    try:
        for row in reader:
            line = reader.line_num
            name = (row.get("source_file") or "").strip()
            where = f"{path} line {line}"
            if not name:
                manifest.notes.append(f"{where}: no source_file; row ignored")
            elif name in seen:
                manifest.problems[name] = (f"{where}: a second row for {name} (first on line "
                                           f"{seen[name]}); which one holds is unclear")
            else:
                seen[name] = line
                manifest.rows[name] = {k: v or "" for k, v in row.items() if k is not None}
                problem = _row_problem(row)
                if problem:
                    manifest.problems[name] = f"{where}: {problem}"
                elif present is not None and name not in present:
                    manifest.notes.append(f"{where}: no file named {name} in the raw folder")
    except csv.Error as err:
        raise ManifestError(f"{path} line {reader.line_num}: not valid CSV ({err})") from None
    return manifest
