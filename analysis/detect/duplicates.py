"""Which raw files hold the same report (one series, country and report year), and which of
them is the original: the most complete copy, judged by content, never by file name."""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def _count(row: Mapping[str, object], key: str) -> int:
    """A count a row may carry (figures read, characters), 0 where it has none."""
    value = str(row.get(key) or "")
    return int(value) if value.isdigit() else 0


def completeness(row: Mapping[str, object]) -> tuple[int, int]:
    """How complete a copy is: the figures read from it (rows of the tables, where known),
    then its length in characters. A truncated copy loses both."""
    return _count(row, "figures"), _count(row, "chars")


def mark_duplicates(documents: Iterable[Mapping[str, object]]) -> dict[str, str]:
    """Map the doc_id of each file holding a report that another file holds more completely
    to that file's doc_id. Documents are rows of the documents table (doc_id, source_file,
    series, iso3, report_year, chars; ``figures`` where known); one report means the same
    series, country and report year. The most complete copy is the original; source_file
    order only breaks a tie between equally complete copies."""
    ranked = sorted(documents, key=lambda row: (
        tuple(-n for n in completeness(row)), str(row["source_file"])))
    first: dict[tuple[str, str, str], str] = {}
    duplicates: dict[str, str] = {}
    for row in ranked:
        series, iso3, year = (str(row.get(key) or "") for key in ("series", "iso3", "report_year"))
        if not (series and iso3 and year):
            continue
        this_id = str(row["doc_id"])
        original = first.setdefault((series, iso3, year), this_id)
        if original != this_id:
            duplicates[this_id] = original
    return duplicates
