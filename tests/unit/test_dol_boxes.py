"""Boxes and bullets of 2009-2012 DOL profiles (analysis/extract/dol_boxes.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.extract.dol.boxes import extract_dol_boxes

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"

WEB = RAW / "000_9855bc0914fc3c7d.txt"
OCR = RAW / "001_d09fa30914cc4fa0.txt"

KAZAKHSTAN_2010_ACTIONS = {
    ("Coordination and Enforcement",
     "Collect data on the number of child labor violations found during investigations as "
     "well as children assisted and child labor cases prosecuted."),
    ("Coordination and Enforcement", "Supply adequate funding for child labor inspection."),
    ("Government Policy",
     "Revise the National Action Plan on the Worst Forms of Child Labor to include concrete "
     "objectives."),
    ("Government Policy",
     "Increase efforts to implement the National Action Plan on the Worst Forms of Child Labor "
     "and the National Action Plan on Trafficking in Persons."),
    ("Government Policy",
     "Ensure educational access for all children, including those of registered and "
     "unregistered migrant workers."),
    ("Social Programs",
     "Reinstate a comprehensive child labor action program to replace the programs that ended "
     "in 2010."),
    ("Social Programs",
     "Expand programs to address the worst forms of child labor, especially in the cotton "
     "sector."),
    ("Social Programs",
     "Further develop or expand programs to protect and assist victims of trafficking."),
    ("Social Programs", "Assess the impact that existing education programs have on child labor."),
}


def read(path: Path) -> str:
    """A raw seed text."""
    return path.read_text(encoding="utf-8")


def prevalence(text: str) -> set[tuple]:
    """(indicator, value, ages, population) of the statistics box."""
    return {(p.indicator, p.value_pct, p.age_min, p.age_max, p.population)
            for p in extract_dol_boxes(text, 2010).prevalence}


def test_flattened_statistics_box():
    text = read(WEB)
    ex = extract_dol_boxes(text, 2010)
    assert prevalence(text) == {
        ("working", 3.2, 5, 14, 79690),
        ("attending_school", 90.7, 5, 14, None),
        ("combining_work_school", 3.6, 7, 14, None),
    }
    assert {p.survey_year for p in ex.prevalence} == {2006}
    working = next(p for p in ex.prevalence if p.indicator == "working")
    assert (text[working.start:working.end], working.label) == ("3.2", "Working")


def test_ocr_statistics_box_gives_the_same_figures():
    assert prevalence(read(OCR)) == prevalence(read(WEB))


def test_survey_year_only_from_a_year_not_after_the_report():
    text = ("Statistics on Working Children and School Attendance Children Age Percent "
            "Working 5-14 yrs. 12.5 Data provided are from 2012.")
    (row,) = extract_dol_boxes(text, 2010).prevalence
    assert (row.value_pct, row.survey_year) == (12.5, None)


def test_conventions_box_minimum_ages_and_lost_marks():
    ex = extract_dol_boxes(read(WEB), 2010)
    assert {(law.standard, law.age) for law in ex.laws} == {
        ("minimum_age_work", 16), ("minimum_age_hazardous_work", 18),
        ("compulsory_education_age", 16), ("free_public_education", None)}
    assert all(law.meets_international is None for law in ex.laws)
    assert {(r.convention, r.ratified) for r in ex.ratifications} == {
        ("ilo_c138", None), ("ilo_c182", None), ("un_crc", None), ("un_crc_opac", None),
        ("un_crc_opsc", None), ("palermo_protocol", None)}
    assert any("no ratification marks" in w for w in ex.warnings)


def test_conventions_box_marks_are_read():
    text = ("C138, Minimum Age ✓ C182, Worst Forms of Child Labor ✓ CRC ✗ "
            "Minimum Age for Work 15 Compulsory Education Age 14 Free Public Education No")
    ex = extract_dol_boxes(text, 2009)
    assert [(r.convention, r.ratified) for r in ex.ratifications] == [
        ("ilo_c138", True), ("ilo_c182", True), ("un_crc", False)]
    assert [(law.standard, law.age) for law in ex.laws] == [
        ("minimum_age_work", 15), ("compulsory_education_age", 14),
        ("free_public_education", None)]
    assert not ex.warnings


def test_ocr_without_conventions_box_gives_no_laws():
    ex = extract_dol_boxes(read(OCR), 2010)
    assert ex.laws == [] and ex.ratifications == []


def test_flowed_recommendations():
    text = read(WEB)
    ex = extract_dol_boxes(text, 2010)
    assert {(a.area, a.action) for a in ex.suggested_actions} == KAZAKHSTAN_2010_ACTIONS
    first = ex.suggested_actions[0]
    assert text[first.start:first.end].startswith("Collect data")
    assert all(a.first_year is None for a in ex.suggested_actions)


def test_ocr_recommendations_rebuilt_where_the_evidence_allows():
    ex = extract_dol_boxes(read(OCR), 2010)
    found = {(a.area, a.action) for a in ex.suggested_actions}
    assert {action for _, action in found} == {action for _, action in KAZAKHSTAN_2010_ACTIONS}
    undecided = {(area, action) for area, action in found if not area}
    assert len(undecided) == 1
    assert found - undecided <= KAZAKHSTAN_2010_ACTIONS
    assert all(any(action[:40] in w and "area empty" in w for w in ex.warnings)
               for _, action in undecided)
    assert any("out of order" in w for w in ex.warnings)


def test_orderly_bullets_take_their_heading():
    text = ("Based on the reporting above, the following actions would advance the elimination "
            "of the worst forms of child labor in Ruritania:\n"
            "IN THE AREA OF LAWS AND REGULATIONS:\n"
            "- Raise the minimum age for hazardous work to 18.\n"
            "IN THE AREA OF SOCIAL PROGRAMS:\n"
            "- Expand programs to reach children in\n"
            "  rural areas.\n")
    ex = extract_dol_boxes(text, 2011)
    assert [(a.area, a.action) for a in ex.suggested_actions] == [
        ("Laws and Regulations", "Raise the minimum age for hazardous work to 18."),
        ("Social Programs", "Expand programs to reach children in rural areas."),
    ]
    assert not ex.warnings


def test_split_bullet_joined_with_its_stray_tail():
    text = ("the following actions would advance the reduction of the worst forms:\n"
            "and child labor cases prosecuted.\n\n"
            "IN THE AREA OF COORDINATION AND ENFORCEMENT:\n\n"
            "= Collect data on violations found as well as children assisted\n\n"
            "= Supply adequate funding for child labor inspection.\n")
    ex = extract_dol_boxes(text, 2010)
    assert {a.action for a in ex.suggested_actions} == {
        "Collect data on violations found as well as children assisted and child labor cases "
        "prosecuted.",
        "Supply adequate funding for child labor inspection."}


@pytest.mark.parametrize("name", ["002_014f4a149c7808f2.txt", "003_22c48ebdb120ec68.txt"])
def test_profiles_with_tables_yield_nothing(name):
    ex = extract_dol_boxes(read(RAW / name), 2013)
    assert (ex.prevalence, ex.laws, ex.ratifications, ex.suggested_actions, ex.warnings) == (
        [], [], [], [], [])
