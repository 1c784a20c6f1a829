"""Reading an answer key (``answers_<year>.csv``) and the formats its values come in.

The key is long (country, report_year, field, value) and comes from ILAB's own app data.
``#k`` marks the k-th repeat of a field and ``[T]`` a per-territory value; both are split off
the field name. Statistics are percents in some keys and fractions in others (the scale is
read off the key: fractions never exceed 2); numbers come with or without separators, ``$``
and "million"; ``Unknown``, ``N/A`` and a few other words name a missing figure.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pandas as pd

from analysis.evaluate.fields import FieldSpec

#: Largest statistic a key written in fractions holds (completion rates reach about 1.3).
_FRACTION_MAX = Decimal(2)
#: Marks the PDFs print after a figure, also found in some key values.
MARKS = "*†‡"
#: Key words that stand for a missing figure, and the status they name.
KEY_STATUSES = {
    "unknown": "unknown", "n/a": "not_applicable", "unavailable": "unavailable",
    "none": "none", "unclear": "unclear",
}
_TRUE = {"1", "1.0", "true", "yes"}
_FALSE = {"0", "0.0", "false", "no"}
NUMBER = re.compile(
    r"(?:US)?\$?\s*(?P<digits>\d{1,3}(?:,\s?\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s*(?P<scale>million|billion|thousand))?",
    re.IGNORECASE,
)
_SCALES = {"thousand": Decimal(10) ** 3, "million": Decimal(10) ** 6,
           "billion": Decimal(10) ** 9}
_REPEAT = re.compile(r"#(\d+)")
_TERRITORY = re.compile(r"\[([^\]]*)\]")
_KEY_COLUMNS = ("country", "report_year", "field", "value")


@dataclass(frozen=True)
class KeyRow:
    """One answer-key row, its field split into base field, repeat number and territory."""

    country: str
    report_year: int
    field: str
    value: str
    base: str
    repeat: int
    territory: str


def split_field(name: str) -> tuple[str, int, str]:
    """Split a key field into its base path, repeat number (``#k``, 1 if none) and territory."""
    repeats = _REPEAT.findall(name)
    territories = _TERRITORY.findall(name)
    base = _TERRITORY.sub("", _REPEAT.sub("", name))
    return base, int(repeats[-1]) if repeats else 1, territories[-1] if territories else ""


def nfc(text: str) -> str:
    """Unicode NFC form with outer whitespace stripped, so file names and key names compare."""
    return unicodedata.normalize("NFC", text).strip()


def read_key(path: Path) -> list[KeyRow]:
    """Read an answer key into rows with their fields split."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in _KEY_COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(f"{path}: not an answer key, missing column(s) {', '.join(missing)}")
    rows = []
    for rec in frame.to_dict("records"):
        base, repeat, territory = split_field(rec["field"].strip())
        rows.append(KeyRow(nfc(rec["country"]), int(float(rec["report_year"])),
                           rec["field"].strip(), rec["value"].strip(), base, repeat, territory))
    return rows


def key_status(value: str) -> str:
    """'reported' for a figure, else the missing-figure status a key word names."""
    return KEY_STATUSES.get(value.strip(MARKS + " ").lower(), "reported")


def number_with_precision(text: str) -> tuple[Decimal, Decimal] | None:
    """Read "71,984", "$2.4 million", "Yes"/"No", "True" as (value, half its last unit)."""
    t = text.strip().strip(MARKS).strip()
    if t.lower() in _TRUE:
        return Decimal(1), Decimal("0.5")
    if t.lower() in _FALSE:
        return Decimal(0), Decimal("0.5")
    m = NUMBER.fullmatch(t)
    if not m:
        return None
    return number_parts(m)


def number_parts(m: re.Match[str]) -> tuple[Decimal, Decimal] | None:
    """(value, half its last unit) of a match of ``NUMBER``."""
    digits = re.sub(r",\s?", "", m["digits"])
    decimals = len(digits.partition(".")[2])
    scale = _SCALES[m["scale"].lower()] if m["scale"] else Decimal(1)
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return None
    return value * scale, Decimal(5) * Decimal(10) ** -(decimals + 1) * scale


def infer_percent_scale(rows: Sequence[KeyRow], specs: Mapping[str, FieldSpec]) -> str:
    """Tell from the key's own statistics whether it writes percents or fractions."""
    values = [
        parsed[0] for r in rows
        if (spec := specs.get(r.base)) and spec.kind == "percent"
        and (parsed := number_with_precision(r.value))
    ]
    return "fraction" if values and max(values) <= _FRACTION_MAX else "percent"


def whole_number(text: str) -> int | None:
    """Read a whole number written as ``16`` or ``16.0``; None otherwise."""
    try:
        number = Decimal(text.strip().strip(MARKS))
    except InvalidOperation:
        return None
    return int(number) if number.is_finite() and number == number.to_integral_value() else None
