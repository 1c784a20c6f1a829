"""List tables whose rows cannot be structured keep every activity and action, unplaced.

Excerpts of pdftotext flowed text from the development corpus (Burundi 2014, Ghana and Cocos
(Keeling) Islands 2015), cut to a few rows: a sector table printed without its "Activity"
heading, an actions table whose years are printed between the lines of the actions, and one
whose column headings all come before the area and a title-case running head after it.
"""

from __future__ import annotations

from analysis.extract.dol.list_cells import is_furniture, is_title_case
from analysis.extract.dol.lists import extract_dol_lists
from analysis.extract.dol.reading import read_dol_tables

SECTIONS = """\
II. LEGAL FRAMEWORK FOR THE WORST FORMS OF CHILD LABOR
III. ENFORCEMENT OF LAWS ON THE WORST FORMS OF CHILD LABOR
IV. COORDINATION OF GOVERNMENT EFFORTS ON THE WORST FORMS OF CHILD LABOR
"""

SECTORS_NO_ACTIVITY_HEADING = """\
Table 2. Overview of Children's Work by Sector and Activity
Sector/Industry
Agriculture

Industry

Cultivation of tea,* coffee,* sugarcane,* cotton,* palm oil,* potatoes,* and rice* (1, 7)
Fishing,* including preparing materials and equipment, preparing meals for fishermen, loading and
unloading materials from vessels, and cleaning the vessels (1, 7)
Making and transporting bricks* (1, 8, 14)

Table 2. Overview of Children's Work by Sector and Activity (cont)
Sector/Industry
Categorical Worst Forms
of Child Labor‡

Commercial sexual exploitation sometimes as a result of human trafficking (1-9, 13)

* Evidence of this activity is limited and/or the extent of the problem is unknown.
‡ Child labor understood as the worst forms of child labor per se.

In Burundi, older women sometimes offer free room and board to girls.(2-4)

""" + SECTIONS

ACTIONS_YEARS_BETWEEN_LINES = SECTIONS + """
Table 11. Suggested Government Actions to Eliminate Child Labor, Including its Worst Forms
Area
Legal Framework

Enforcement

Suggested Action
Year(s) Suggested
Ratify the UN CRC Optional Protocol on the Sale of Children, Child Prostitution and
2013 – 2015
Child Pornography.
Ensure that the types of hazardous work prohibited for children are comprehensive.
2015
2013 – 2015
Institutionalize training for labor inspectors.

Moderate Advancement
REFERENCES
1. U.S. Embassy- Accra. reporting, January 15, 2016.
"""

ACTIONS_HEADINGS_FIRST = SECTIONS + """
Table 6. Suggested Government Actions to Prevent Child Labor, Including its Worst Forms

Area

Suggested Action

Year(s) Suggested

Legal Framework

Raise the minimum age for all light work to 13 to comply with international standards.

2015
No Advancement

Non-Independent Countries and Territories
REFERENCES
1. U.S. Embassy- Canberra. reporting, January 11, 2016.
"""


def _read(text: str):
    """The list tables of a flowed excerpt, read as the pipeline reads them."""
    return extract_dol_lists(read_dol_tables(text, "pdftotext_flowed"), text)


def test_sector_table_without_its_activity_heading_keeps_every_activity_unplaced() -> None:
    out = _read(SECTORS_NO_ACTIVITY_HEADING)
    rows = out.sector_activities
    assert [a.activity for a in rows] == [
        "Cultivation of tea, coffee, sugarcane, cotton, palm oil, potatoes, and rice",
        "Fishing, including preparing materials and equipment, preparing meals for fishermen, "
        "loading and unloading materials from vessels, and cleaning the vessels",
        "Making and transporting bricks",
        "Commercial sexual exploitation sometimes as a result of human trafficking",
    ]
    assert {(a.sector, a.pairing) for a in rows} == {("", "unpaired")}
    text = SECTORS_NO_ACTIVITY_HEADING
    assert text[rows[1].start : rows[1].end].endswith("cleaning the vessels (1, 7)")
    assert text[rows[1].start : rows[1].end].startswith("Fishing,*")
    assert rows[0].limited_evidence and rows[0].citations == "1;7"
    assert any("cannot be structured" in w and "4 activities" in w for w in out.warnings)


def test_actions_with_years_between_their_lines_are_kept_whole_and_unplaced() -> None:
    text = ACTIONS_YEARS_BETWEEN_LINES
    out = _read(text)
    rows = out.suggested_actions
    assert any("cannot be structured; its 3 actions" in w for w in out.warnings)
    assert [a.action for a in rows] == [
        "Ratify the UN CRC Optional Protocol on the Sale of Children, Child Prostitution and "
        "Child Pornography.",
        "Ensure that the types of hazardous work prohibited for children are comprehensive.",
        "Institutionalize training for labor inspectors.",
    ]
    assert {(a.area, a.pairing, a.first_year) for a in rows} == {("", "unpaired", None)}
    assert text[rows[0].start : rows[0].end].startswith("Ratify the UN CRC")
    assert text[rows[0].start : rows[0].end].endswith("Child Pornography.")


def test_actions_after_all_headings_skip_the_area_and_running_heads() -> None:
    out = _read(ACTIONS_HEADINGS_FIRST)
    assert [(a.area, a.action, a.pairing) for a in out.suggested_actions] == [
        ("", "Raise the minimum age for all light work to 13 to comply with international "
         "standards.", "unpaired"),
    ]
    assert any(w.startswith("actions: the rows of table 'Suggested Government Actions to Prevent")
               and "1 actions kept with the area and years empty" in w for w in out.warnings)


def test_page_furniture_and_title_case_running_heads() -> None:
    assert is_furniture("No Advancement") and is_furniture("MINIMAL ADVANCEMENT")
    assert is_furniture("2015 FINDINGS ON THE WORST FORMS OF CHILD LABOR") and is_furniture("12")
    assert not is_furniture("Begging* (9)")
    assert is_title_case("Non-Independent Countries and Territories")
    assert not is_title_case("Raise the minimum age for all light work.")
