"""Which raw files hold the same report (one series, country and report year)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def mark_duplicates(documents: Iterable[Mapping[str, object]]) -> dict[str, str]:
    """Map the doc_id of each later file holding an already-seen report to the first file's
    doc_id. Documents are rows of the documents table (doc_id, source_file, series, iso3,
    report_year); one report means the same series, country and report year, and files are
    taken in source_file order."""
    first: dict[tuple[str, str, str], str] = {}
    duplicates: dict[str, str] = {}
    for row in sorted(documents, key=lambda row: str(row["source_file"])):
        series, iso3, year = (str(row.get(key) or "") for key in ("series", "iso3", "report_year"))
        if not (series and iso3 and year):
            continue
        this_id = str(row["doc_id"])
        original = first.setdefault((series, iso3, year), this_id)
        if original != this_id:
            duplicates[this_id] = original
    return duplicates
