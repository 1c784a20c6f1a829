"""Checked key errata: key values that disagree with the printed profile, with proof.

An erratum (``country, year, field, key_value, printed_value, source_file, source_start,
source_end, reason``) excludes a key row only when the key holds ``key_value`` for it and
``printed_value`` stands exactly at ``[source_start, source_end)`` of ``source_file`` (read as
UTF-8, relative to a root that defaults to the answer key's folder); otherwise the erratum is
rejected and reported.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.evaluate.key import nfc, whole_number

_ERRATA_COLUMNS = ("country", "year", "field", "key_value", "printed_value", "source_file",
                   "source_start", "source_end", "reason")


@dataclass(frozen=True)
class Erratum:
    """A checked claim that the key disagrees with the printed profile."""

    country: str
    year: str
    field: str
    key_value: str
    printed_value: str
    source_file: str
    source_start: str
    source_end: str
    reason: str


@dataclass
class ErrataCheck:
    """The errata of one key, checked: accepted, rejected with the reason, rows excluded."""

    accepted: list[Erratum] = field(default_factory=list)
    rejected: list[tuple[Erratum, str]] = field(default_factory=list)
    excluded: set[tuple[str, int, str]] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)


def read_errata(path: Path) -> list[Erratum]:
    """Read an errata file; a file without the expected columns is an error."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in _ERRATA_COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(f"{path}: errata file lacks column(s) {', '.join(missing)}")
    return [Erratum(**{c: str(rec[c]) for c in _ERRATA_COLUMNS})
            for rec in frame.to_dict("records")]


def check_erratum(err: Erratum, root: Path, key_values: Mapping[tuple[str, int, str], str]
                  ) -> str | None:
    """Why an erratum must be rejected (None when it holds): key value and printed text checked."""
    year = whole_number(err.year)
    key = (nfc(err.country), year if year is not None else -1, err.field.strip())
    if key not in key_values:
        return "the key has no such row"
    if key_values[key] != err.key_value.strip():
        return f"the key says {key_values[key]!r}, not {err.key_value!r}"
    start, end = whole_number(err.source_start), whole_number(err.source_end)
    if start is None or end is None or not 0 <= start <= end:
        return f"bad offsets {err.source_start!r}-{err.source_end!r}"
    path = root / err.source_file
    try:
        raw = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return f"cannot read {path}: {exc}"
    if end > len(raw):
        return f"offsets {start}-{end} lie beyond the end of {err.source_file} ({len(raw)} chars)"
    found = raw[start:end]
    if found != err.printed_value:
        return (f"{err.source_file}[{start}:{end}] holds {found!r}, "
                f"not the printed value {err.printed_value!r}")
    return None


def check_errata(errata: Path | None, root: Path,
                 key_values: Mapping[tuple[str, int, str], str], years: Collection[int]
                 ) -> ErrataCheck:
    """Check the errata that concern this key's report years; collect the rows they exclude."""
    check = ErrataCheck()
    if errata is None:
        return check
    if not Path(errata).is_file():
        check.notes.append(f"errata file {errata} not found: no errata applied")
        return check
    wanted = {str(y) for y in years}
    for err in read_errata(Path(errata)):
        year = whole_number(err.year)
        if year is None:
            check.rejected.append((err, f"bad year {err.year!r}"))
            continue
        if str(year) not in wanted:
            continue
        reason = check_erratum(err, root, key_values)
        if reason:
            check.rejected.append((err, reason))
        else:
            check.accepted.append(err)
            check.excluded.add((nfc(err.country), year, err.field.strip()))
    return check
