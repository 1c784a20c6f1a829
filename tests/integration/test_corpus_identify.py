"""Identifying every profile of the development corpus: series, country, year, layout and the
assessment its answer key gives (skipped, saying why, when the corpus is absent)."""

from __future__ import annotations

import csv
from pathlib import Path

from analysis.detect.countries import resolve_country
from analysis.detect.identity import DOL, identify

#: Corpus folder -> (report year, layout of every file in it).
CORPUS_FOLDERS = {
    "2014": (2014, "pdftotext_flowed"),
    "2016": (2016, "pdftotext_flowed"),
    "2019-layout": (2019, "pdftotext_layout"),
    "2016-ocr": (2016, "ocr_columns"),
}


def _answer_keys(dol: Path) -> dict[tuple[str, int], str]:
    """Advancement_Level of every (country as named in the file, report year) of the keys."""
    keys = {}
    for path in sorted(dol.glob("answers_*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row["field"] == "Advancement_Level":
                    keys[(row["country"], int(row["report_year"]))] = row["value"]
    return keys


def _agrees_with_key(found: str, key: str) -> bool:
    """Compare an assessment with the key, allowing for two ways the key writes labels that are
    not errors of ours: the 2014 key keeps the printed hyphen and capitalises "But" (its 2019
    key writes the dash as "–" and "but" in lower case), and the 2016 key stores only the level
    ("Minimal Advancement") where the profile prints a qualifier after the dash."""
    level = found.split(" – ")[0]
    return key in (found, level) or key.casefold().replace(" - ", " – ") == found.casefold()


def test_every_corpus_profile_is_identified(corpus: Path) -> None:
    dol = corpus / "dol"
    keys = _answer_keys(dol)
    failures = []
    paths = [p for folder in CORPUS_FOLDERS for p in sorted((dol / folder).glob("*.txt"))]
    for path in paths:
        year, layout = CORPUS_FOLDERS[path.parent.name]
        raw = path.read_text(encoding="utf-8")
        ident = identify(raw, path.name)
        named = resolve_country(path.stem)
        key = keys[(path.stem, year)]
        got = (ident.series, ident.iso3, ident.report_year, ident.layout)
        if got != (DOL, named.iso3 if named else None, year, layout) or not _agrees_with_key(
            ident.assessment, key
        ):
            failures.append(
                f"{path.parent.name}/{path.name}: {got} {ident.assessment!r} vs {key!r}"
            )
    assert not failures, "\n".join(failures)


def test_the_key_that_writes_qualifiers_is_matched_exactly(corpus: Path) -> None:
    dol = corpus / "dol"
    keys = _answer_keys(dol)
    for path in sorted((dol / "2019-layout").glob("*.txt")):
        ident = identify(path.read_text(encoding="utf-8"), path.name)
        assert ident.assessment == keys[(path.stem, 2019)], path.name


def test_ocr_and_flowed_twins_agree(corpus: Path) -> None:
    dol = corpus / "dol"
    for path in sorted((dol / "2016-ocr").glob("*.txt")):
        ocr = identify(path.read_text(encoding="utf-8"), path.name)
        flowed = identify((dol / "2016" / path.name).read_text(encoding="utf-8"), path.name)
        assert (ocr.iso3, ocr.report_year) == (flowed.iso3, flowed.report_year), path.name
        assert flowed.assessment.startswith(ocr.assessment), path.name
