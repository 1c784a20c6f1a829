"""The extractors on whole profiles of the development corpus: figures checked by hand against
the printed profiles, and agreement with ILAB's answer key over a folder (skipped, saying why,
when the corpus is absent)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis.extract.dol.boxes import extract_dol_boxes
from analysis.extract.dol.lists import extract_dol_lists
from analysis.extract.dol.prose import extract_dol_prose
from analysis.extract.dol.reading import read_dol_tables
from analysis.extract.dol.tables import extract_dol_tables
from analysis.extract.labels import dol_hints
from analysis.extract.tables.read import read_tables
from analysis.repair import repair
from analysis.territories import fold

#: Answer-key fields of the laws table -> our standard keys.
KEY_STANDARDS = {
    "Minimum_Work": "minimum_age_work", "Minimum_Hazardous_Work": "minimum_age_hazardous_work",
    "Types_Hazardous_Work": "hazardous_occupations_list",
    "Prohibition_Forced_Labor": "forced_labor_prohibited",
    "Compulsory_Education": "compulsory_education_age",
}


def profile(corpus: Path, folder: str, country: str) -> str:
    """The raw text of one profile of a corpus folder."""
    return (corpus / "dol" / folder / f"{country}.txt").read_text(encoding="utf-8")


def test_2014_statistics_of_bolivia(corpus):
    text = profile(corpus, "2014", "Bolivia")
    got = {p.indicator: p for p in extract_dol_tables(text, "pdftotext_flowed", 2014).prevalence}
    working = got["working"]
    assert (working.value_pct, working.population, working.age_min, working.age_max) == (
        20.2, 388541, 7, 14)
    assert got["primary_completion"].survey_year == 2011
    assert got["working_sector_agriculture"].value_pct == 70.9


@pytest.mark.parametrize(("folder", "layout"), [
    ("2016", "pdftotext_flowed"), ("2019-layout", "pdftotext_layout"),
    ("2016-ocr", "ocr_columns"),
])
def test_kazakhstan_enforcement_tables_have_their_rows(corpus, folder, layout):
    tables = read_tables(profile(corpus, folder, "Kazakhstan"), layout, dol_hints())
    labor = next(t for t in tables if "Labor Law Enforcement Efforts" in t.title)
    filled = [row for row in labor.rows if any(c.text for c in row[1:])]
    assert len(filled) >= 16
    assert all(len(row) == len(labor.rows[0]) for row in labor.rows)


@pytest.mark.parametrize(("folder", "layout", "year"), [
    ("2016", "pdftotext_flowed", 2016), ("2016-ocr", "ocr_columns", 2016),
])
def test_kazakhstan_2016_matches_the_checked_cells(corpus, folder, layout, year):
    ex = extract_dol_tables(profile(corpus, folder, "Kazakhstan"), layout, year)
    got = {(r.domain, r.measure): r.value for r in ex.enforcement if r.data_year == year}
    assert got[("labor", "labor_inspectors")] == 320
    assert got[("labor", "labor_inspections")] == 7897
    assert got[("labor", "child_labor_violations")] == 60
    assert got[("labor", "child_labor_penalties_imposed")] == 17
    assert got[("labor", "child_labor_penalties_collected")] == 17
    assert [got[("criminal", m)] for m in ("investigations", "violations_found",
                                           "prosecutions", "convictions")] == [13, 13, 10, 3]


def test_2019_layout_workforce_statement_wraps_over_lines(corpus):
    text = profile(corpus, "2019-layout", "Kazakhstan")
    (w,) = extract_dol_tables(text, "pdftotext_layout", 2019).workforce
    assert (w.workforce, w.qualifier, w.inspectors_recommended_stated) == (8_970_000,
                                                                           "at_least", 449)
    assert w.workforce_source == "39"


def test_2014_kazakhstan_prose(corpus):
    rows = extract_dol_prose(profile(corpus, "2014", "Kazakhstan"), 2014).enforcement
    found = {(r.domain, r.measure, r.data_year, r.value, r.status) for r in rows}
    assert {
        ("labor", "labor_inspectors", 2014, 320.0, "reported"),
        ("trafficking", "anti_trafficking_officers", 2014, 40.0, "reported"),
        ("trafficking", "officers_trained", 2014, 84.0, "reported"),
        ("criminal", "investigations", 2014, 17.0, "reported"),
        ("criminal", "convictions", 2014, 11.0, "reported"),
    } <= found


def test_2014_yields_prose_rows_for_most_profiles(corpus):
    files = sorted((corpus / "dol" / "2014").glob("*.txt"))
    counts = [len(extract_dol_prose(f.read_text(encoding="utf-8"), 2014).enforcement)
              for f in files]
    assert len(files) > 100
    assert sum(c > 0 for c in counts) / len(files) > 0.8
    assert sum(counts) / len(files) > 2


def test_profiles_of_2014_on_yield_no_boxes(corpus):
    files = sorted((corpus / "dol").glob("*/*.txt"))
    assert len(files) > 300
    for f in files:
        ex = extract_dol_boxes(f.read_text(encoding="utf-8"), 2016)
        assert not (ex.prevalence or ex.laws or ex.ratifications or ex.suggested_actions), f


def test_flowed_2016_laws_agree_with_the_answer_key(corpus):
    key: dict[tuple[str, str], str] = {}
    answers = corpus / "dol" / "answers_2016.csv"
    for line in answers.read_text(encoding="utf-8").splitlines()[1:]:
        country, _, field, value = line.split(",", 3)
        parts = field.split("/")
        if parts[0] == "Legal_Standards" and parts[1] in KEY_STANDARDS:
            key[(country, f"{KEY_STANDARDS[parts[1]]}/{parts[2]}")] = value.strip('"')
    meets, guessed, ages = [0, 0], [0, 0], [0, 0]
    for path in sorted((corpus / "dol" / "2016").glob("*.txt")):
        raw_text = path.read_text(encoding="utf-8")
        text = repair(raw_text, layout="pdftotext_flowed", series="dol_findings",
                      country=path.stem).text
        out = extract_dol_lists(read_dol_tables(text, "pdftotext_flowed"), text)
        # no marks in flowed text: a ratification is only ever read from a prose sentence,
        # "has ratified all key ..." or "... ratified the <convention>"
        assert all(re.search(r"\bratified\b", text[r.start : r.end])
                   for r in out.ratifications if r.ratified)
        # a profile of several territories is scored on the rows of the file's own
        own = [law for law in out.laws if not law.territory
               or fold(law.territory) in fold(path.stem) or fold(path.stem) in fold(law.territory)]
        for law in own:
            expected = key.get((path.stem, f"{law.standard}/Standard"))
            if law.meets_international is not None and expected in ("Yes", "No"):
                count = guessed if law.pairing == "order" else meets
                count[0] += law.meets_international == (expected == "Yes")
                count[1] += 1
            expected = key.get((path.stem, f"{law.standard}/Age"))
            if law.age is not None and expected and expected.isdigit():
                ages[0] += law.age == int(expected)
                ages[1] += 1
    # certain pairings and ages are never contradicted; guesses by print order (flagged) rarely
    # (most cells are certain since blocks are placed by the column's heading and by notes)
    assert meets[1] > 400 and meets[0] == meets[1]
    assert ages[1] > 100 and ages[0] == ages[1]
    assert guessed[1] > 100 and guessed[0] / guessed[1] > 0.95
