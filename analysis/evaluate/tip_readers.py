"""Two hand-read keys of the same TIP excerpts: how far their readers agree, and our rows scored
against what both readers give (recall) and what either gives (precision).

One reader's key is one reading: where two careful readers differ (a total stated as parts, a
year, an agency's count beside the national one), a row of ours that agrees with the other
reader is not plainly wrong, and a figure only one reader gives is not plainly missed. The
agreement of the two keys, matched exactly as our rows are matched with a key, is the score a
second person reaches: the ceiling of what a score against one key can show. The figures the
two keys disagree on can be written out for a third reader to judge from the text.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath

import pandas as pd

from analysis.evaluate.tip_key import (
    TIER,
    KeyRow,
    OurRow,
    comparable_rows,
    key_rows,
    key_value,
    key_year,
    match_rows,
    our_rows,
    percent,
    read_key,
    rows_by_file,
)


@dataclass
class ReaderAgreement:
    """Counts over the files of both keys."""

    first: int = 0
    second: int = 0
    shared: int = 0
    shared_found: int = 0
    ours: int = 0
    either_right: int = 0
    #: the figures one key gives and the other does not: (which key, the row)
    disputed: list[tuple[str, KeyRow]] = field(default_factory=list)


def _as_ours(rows: list[KeyRow]) -> list[OurRow]:
    """A key's rows in the form of ours, numbered by their place so that they can be found again."""
    return [OurRow(k.measure, k.value, k.data_year or 0, "", "", i) for i, k in enumerate(rows)]


def compare_readers(first: Path, second: Path, clean: Path,
                    files: Sequence[str] = ()) -> ReaderAgreement:
    """Agreement of two keys of the same files, and our rows in ``clean`` against both."""
    # a key's figure rows by file (its tier rows are scored apart)
    a, b = rows_by_file(read_key(first).figures), rows_by_file(read_key(second).figures)
    names = sorted(set(a) | set(b))
    if files:
        names = [n for n in names if n in set(files)]
    docs = pd.read_csv(clean / "documents.csv", dtype=str, keep_default_na=False)
    enforcement = pd.read_csv(clean / "enforcement.csv")
    doc_ids = {PurePath(s).name: d for s, d in zip(docs["source_file"], docs["doc_id"],
                                                    strict=True)}
    out = ReaderAgreement()
    for name in names:
        counted_a = [k for k in a[name] if k.counted]
        counted_b = [k for k in b[name] if k.counted]
        missed, only_second = match_rows(counted_a, _as_ours(counted_b))
        out.disputed += [("first", k) for k in missed] + [
            ("second", counted_b[o.source_start]) for o in only_second]
        both = list(counted_a)
        for k in missed:  # one by one: a key may give the same figure twice
            both.remove(k)
        out.first += len(counted_a)
        out.second += len(counted_b)
        out.shared += len(both)
        ours = our_rows(enforcement, doc_ids[name]) if name in doc_ids else []
        not_found, _ = match_rows(both, ours)
        out.shared_found += len(both) - len(not_found)
        rows_a, rows_b = comparable_rows(a[name]), comparable_rows(b[name])
        _, only_b = match_rows(rows_a, _as_ours(rows_b))
        either = rows_a + [rows_b[o.source_start] for o in only_b]
        _, wrong = match_rows(either, ours)
        out.ours += len(ours)
        out.either_right += len(ours) - len(wrong)
    return out


def format_agreement(agreement: ReaderAgreement) -> str:
    """The agreement as three lines of text."""
    a = agreement
    return "\n".join([
        f"second reader: gives {percent(a.shared, a.first)} of the key's stated figures; "
        f"{percent(a.shared, a.second)} of its own are in the key",
        f"recall on the figures both readers give: {percent(a.shared_found, a.shared)}",
        f"precision against the figures either reader gives: {percent(a.either_right, a.ours)}",
    ])


def write_disputes(agreement: ReaderAgreement, path: Path) -> None:
    """The figures one key gives and the other does not, one CSV row each, for a third reader."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["file", "key", "measure", "value", "data_year", "note"])
        for key, k in agreement.disputed:
            out.writerow([k.file, key, k.printed_measure, k.value, k.data_year, k.note])


#: A third reader's verdict on a disputed figure: a key should give it, should not, or either
#: reading holds (the first key's then stands).
VERDICTS = ("keep", "drop", "doubt")


class VerdictError(ValueError):
    """A verdicts file that cannot be applied: the message says which row and why."""


def _figure(row: dict[str, str]) -> tuple[str, str, float | None, int | None]:
    """A key or verdict row as what identifies its figure: file, measure as printed, value,
    data year."""
    return (row["file"], row["measure"].strip(), key_value(row["value"]),
            key_year(row["data_year"]))


def adjudicated_rows(first: Path, second: Path, verdicts: Path) -> list[dict[str, str]]:
    """The adjudicated key: the first key's rows, without the figures only it gives that the
    third reader judged ``drop``, and with the figures only the second key gives judged
    ``keep``; a ``doubt`` leaves the first key's reading."""
    judged = key_rows(verdicts)
    for n, v in enumerate(judged, start=2):
        if v.get("verdict", "").strip() not in VERDICTS or v.get("key") not in ("first", "second"):
            raise VerdictError(f"{verdicts}: row {n}: verdict must be one of {', '.join(VERDICTS)} "
                               "and key first or second")
    drop = [_figure(v) for v in judged if v["key"] == "first" and v["verdict"].strip() == "drop"]
    keep = [_figure(v) for v in judged if v["key"] == "second" and v["verdict"].strip() == "keep"]
    out = []
    for row in key_rows(first):
        if row["measure"].strip() != TIER and _figure(row) in drop:
            drop.remove(_figure(row))
            continue
        out.append(row)
    for row in key_rows(second):
        if row["measure"].strip() != TIER and _figure(row) in keep:
            keep.remove(_figure(row))
            out.append({**row, "note": f"second reader, kept by a third: {row.get('note', '')}"})
    if drop or keep:
        missing = (drop + keep)[0]
        raise VerdictError(f"{verdicts}: a judged figure is in neither key: {missing}")
    return out


def write_adjudicated(rows: list[dict[str, str]], path: Path) -> None:
    """An adjudicated key in the keys' own columns."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.DictWriter(fh, ["file", "measure", "value", "data_year", "note"],
                             extrasaction="ignore", lineterminator="\n")
        out.writeheader()
        out.writerows(rows)
