"""The generic table reader: titles, continued parts, and each layout's rows and notes."""

from __future__ import annotations

import pytest

from analysis import config
from analysis.extract.labels import dol_hints
from analysis.extract.tables import aligned
from analysis.extract.tables.cells import Cell, Table, normalise_label
from analysis.extract.tables.entities import entity_groups
from analysis.extract.tables.read import read_tables


@pytest.fixture(scope="module")
def seeds() -> dict[str, str]:
    """The raw seed texts by file name."""
    return {p.name: p.read_text(encoding="utf-8") for p in config.RAW_DIR.glob("*.txt")}


def texts(table: Table) -> list[list[str]]:
    """The rows of a table as plain strings."""
    return [[c.text for c in row] for row in table.rows]


def by_number(tables: list[Table], number: int) -> Table:
    """The table with this number."""
    return next(t for t in tables if t.number == number)


def assert_offsets(text: str, table: Table) -> None:
    """Every one-line cell is the text at its offsets."""
    for cell in [*table.header, *(c for row in table.rows for c in row), *table.notes]:
        if cell.text and "\n" not in text[cell.start : cell.end]:
            assert text[cell.start : cell.end] == cell.text


def test_markdown_seed_tables_keep_cells_marks_and_notes(seeds):
    text = seeds["003_22c48ebdb120ec68.txt"]
    tables = read_tables(text, "markdown")
    t6 = by_number(tables, 6)
    assert t6.title == "Labor Law Enforcement Efforts Related to Child Labor"
    assert [c.text for c in t6.header] == ["Overview of Labor Law Enforcement", "2016", "2017"]
    assert len(t6.rows) == 18
    assert texts(t6)[7] == ["Number of Labor Inspections Conducted", "7,897† (30)", "10,748 (5)"]
    assert texts(t6)[3] == ["Training for Labor Inspectors", "", ""]
    assert [n.text[:1] for n in t6.notes] == ["*", "†"]
    assert_offsets(text, t6)


def test_markdown_sub_rows_and_empty_first_cells(seeds):
    tables = read_tables(seeds["003_22c48ebdb120ec68.txt"], "markdown")
    laws = by_number(tables, 4)
    labels = [row[0].text for row in laws.rows]
    assert labels[7:10] == ["Prohibition of Military Recruitment", "State Compulsory",
                            "State Voluntary"]
    ratifications = by_number(tables, 3)
    assert [row[0].text for row in ratifications.rows] == [""] * 6
    assert ratifications.rows[0][1].text == "ILO C. 138, Minimum Age"


def test_tab_seed_statistics_and_continuation_rows(seeds):
    text = seeds["002_014f4a149c7808f2.txt"]
    tables = read_tables(text, "pdf_text")
    t1 = by_number(tables, 1)
    assert texts(t1) == [
        ["Working (% and population)", "5-14 yrs.", "3.2 (79,690)"],
        ["Attending School (%)", "5-14 yrs.", "90.7"],
        ["Combining Work and School (%)", "7-14 yrs.", "3.6"],
        ["Primary Completion Rate (%)", "", "102.3"],
    ]
    t2 = by_number(tables, 2)
    assert [row[0].text for row in t2.rows][:3] == ["Agriculture", "", "Industry"]
    assert len(t2.notes) == 3
    assert_offsets(text, t1)


TAB_2015 = (
    "Table 5. Labor Law Enforcement Efforts Related to Child Labor\n"
    "\n"
    "Overview of Labor Law Enforcement\t2014\t2015\n"
    "Number of Labor Inspectors\t45 (12)\t51 (3)\n"
    "Inspectorate Authorized to Assess Penalties\tYes (12)\tYes (3)\n"
    "Training for Labor Inspectors:\t\t\n"
    "\u2192 Initial Training for New Employees\tUnknown\tYes (3)\n"
    "Number of Labor Inspections\t1,200* (12)\tUnknown\n"
    "\n"
    "* Data are from January to June 2014.\n"
    "\n"
    "The number of labor inspectors is insufficient.\n"
)


def test_tab_table_of_2015_style():
    t = read_tables(TAB_2015, "pdf_text")[0]
    assert t.number == 5
    assert [c.text for c in t.header] == ["Overview of Labor Law Enforcement", "2014", "2015"]
    assert texts(t)[4] == ["Number of Labor Inspections", "1,200* (12)", "Unknown"]
    assert texts(t)[2] == ["Training for Labor Inspectors:"]
    assert [n.text for n in t.notes] == ["* Data are from January to June 2014."]
    assert_offsets(TAB_2015, t)


MARKDOWN_2020 = """Table 7. Criminal Law Enforcement Efforts Related to Child Labor

| Overview of Criminal Law Enforcement | 2018 | 2019 | 2020 |
|---|---|---|---|
| Initial Training for New Criminal Investigators | Yes (4) | Yes (3) | Unknown |
| Number of Investigations | 12 (4) | 9‡ (3) | 14 (20; 21) |
| Number of Convictions | N/A | 0 (3) | Unknown* (20) |

‡ Data are from January to June 2019.
"""


def test_markdown_table_with_three_year_columns():
    t = read_tables(MARKDOWN_2020, "markdown")[0]
    assert [c.text for c in t.header][1:] == ["2018", "2019", "2020"]
    assert texts(t)[1] == ["Number of Investigations", "12 (4)", "9‡ (3)", "14 (20; 21)"]
    assert t.notes[0].text.startswith("‡ Data are from")
    assert_offsets(MARKDOWN_2020, t)


# pdftotext (flowed) of the 2016 Kazakhstan profile, Table 7: labels, then each year
# column as a block of lines, the sub-heading row without values.
FLOWED = """Table 7. Criminal Law Enforcement Efforts Related to the Worst Forms of Child Labor
Overview of Criminal Law Enforcement
Training for Investigators
Initial Training for New Employees
Training on New Laws Related to the Worst Forms of Child Labor
Refresher Courses Provided
Number of Investigations
Number of Violations Found
Number of Prosecutions Initiated
Number of Convictions
Reciprocal Referral Mechanism Exists Between Criminal Authorities and Social Services

2015

2016

Unknown
Unknown
Yes (21)
22 (21)
5 (21)
5 (21)
4 (21)
Yes (21)

Yes (36)
N/A
Yes (3)
13 (3)
13 (36)
10 (36)
3 (36)
Yes (3)

In 2016, the Ministry of Internal Affairs' Legal Academy held trainings for 166 judges.
"""


def test_flowed_columns_are_rebuilt_into_rows():
    t = read_tables(FLOWED, "pdftotext_flowed", dol_hints())[0]
    assert [c.text for c in t.header] == ["Overview of Criminal Law Enforcement", "2015", "2016"]
    rows = texts(t)
    assert rows[0] == ["Training for Investigators", "", ""]
    assert rows[1] == ["Initial Training for New Employees", "Unknown", "Yes (36)"]
    assert rows[4] == ["Number of Investigations", "22 (21)", "13 (3)"]
    assert rows[-1][1:] == ["Yes (21)", "Yes (3)"]
    assert_offsets(FLOWED, t)


FLOWED_SPLIT = """Table 6. Labor Law Enforcement Efforts Related to Child Labor
Overview of Labor Law Enforcement
Labor Inspectorate Funding
Number of Labor Inspectors
Inspectorate Authorized to Assess Penalties
Training for Labor Inspectors
Initial Training for New Employees
Number of Child Labor Violations for Which
Penalties Were Imposed

2015
Unknown
320 (21)
Yes (37)

2016
Unknown* (36)
320 (3)
Yes (3)

Unknown
82 (38)

Yes (36)
17 (36)

* The Government does not publish this information.
"""


def test_flowed_blocks_split_by_a_sub_heading_and_a_wrapped_label():
    t = read_tables(FLOWED_SPLIT, "pdftotext_flowed", dol_hints())[0]
    rows = texts(t)
    assert rows[3] == ["Training for Labor Inspectors", "", ""]
    assert rows[5] == ["Number of Child Labor Violations for Which Penalties Were Imposed",
                       "82 (38)", "17 (36)"]
    assert rows[0][2] == "Unknown* (36)"
    wrapped = t.rows[5][0]
    assert FLOWED_SPLIT[wrapped.start : wrapped.end].split() == wrapped.text.split()
    assert t.notes[0].text.startswith("* The Government")


def test_flowed_short_column_is_left_out_not_guessed():
    text = FLOWED_SPLIT.replace("2015\nUnknown\n320 (21)\nYes (37)", "2015\nUnknown\nYes (37)")
    t = read_tables(text, "pdftotext_flowed", dol_hints())[0]
    assert [row[1].text for row in t.rows[:3]] == ["", "", ""]
    assert [row[2].text for row in t.rows[:3]] == ["Unknown* (36)", "320 (3)", "Yes (3)"]
    assert any("left out" in w for w in t.warnings)


# pdftotext (flowed), 2016 Pakistan, Table 6 and its continued part: a "Related Entity"
# block after the label it splits, and one run naming the entities of two labels.
FLOWED_ENTITIES = """Table 6. Labor Law Enforcement Efforts Related to Child Labor
Overview of Labor Law Enforcement
Labor Inspectorate Funding
Number of Labor Inspectors

Related Entity
National Total
Punjab
Sindh

2015
Unknown (77)
Unknown
Unknown
138 (77)

2016
Unknown (17)
334 (78)
130 (78)
120 (78)

Table 6. Labor Law Enforcement Efforts Related to Child Labor (cont)
Overview of Labor Law Enforcement
Number Conducted at Worksite
Number of Child Labor Violations Found

Number of Child Labor Violations for Which Penalties Were Imposed

National Total
Punjab
Sindh
National Total
Punjab

Routine Inspections Conducted

2015
Unknown (77)
Unknown (77)
Unknown
Unknown
Unknown (77)
Unknown
Yes (77)

2016
Unknown (17)
Unknown (17)
773 (17)
28 (17)
Unknown (17)
268 (17)
Yes (17)
"""


def test_flowed_entity_blocks_become_an_entity_column():
    t = read_tables(FLOWED_ENTITIES, "pdftotext_flowed", dol_hints())[0]
    assert [c.text for c in t.header] == ["Overview of Labor Law Enforcement", "Related Entity",
                                          "2015", "2016"]
    assert texts(t) == [
        ["Labor Inspectorate Funding", "", "Unknown (77)", "Unknown (17)"],
        ["Number of Labor Inspectors", "National Total", "Unknown", "334 (78)"],
        ["", "Punjab", "Unknown", "130 (78)"],
        ["", "Sindh", "138 (77)", "120 (78)"],
        ["Number Conducted at Worksite", "", "Unknown (77)", "Unknown (17)"],
        ["Number of Child Labor Violations Found", "National Total", "Unknown (77)",
         "Unknown (17)"],
        ["", "Punjab", "Unknown", "773 (17)"],
        ["", "Sindh", "Unknown", "28 (17)"],
        ["Number of Child Labor Violations for Which Penalties Were Imposed", "National Total",
         "Unknown (77)", "Unknown (17)"],
        ["", "Punjab", "Unknown", "268 (17)"],
        ["Routine Inspections Conducted", "", "Yes (77)", "Yes (17)"],
    ]
    assert t.warnings == []
    assert_offsets(FLOWED_ENTITIES, t)


def test_a_stray_line_is_no_entity_column():
    text = FLOWED_SPLIT.replace("\n\n2015\n", "\n\nKazakhstan\n\n2015\n")
    t = read_tables(text, "pdftotext_flowed", dol_hints())[0]
    assert [c.text for c in t.header] == ["Overview of Labor Law Enforcement", "2015", "2016"]
    assert texts(t)[0][1:] == ["Unknown", "Unknown* (36)"]


@pytest.mark.parametrize(("names", "groups"), [
    (["FBiH/RS/BD", "FBiH", "RS", "BD", "FBiH/RS", "BD", "FBIH/RS/BD"],
     [["FBiH/RS/BD"], ["FBiH", "RS", "BD"], ["FBiH/RS", "BD"], ["FBIH/RS/BD"]]),
    (["Mainland", "Zanzibar", "Mainland and Zanzibar", "Mainland and Zanzibar", "Mainland"],
     [["Mainland", "Zanzibar"], ["Mainland and Zanzibar"], ["Mainland and Zanzibar"],
      ["Mainland"]]),
])
def test_entity_groups_split_where_an_entity_repeats(names, groups):
    got = entity_groups([Cell(n, 0, 0) for n in names])
    assert [[c.text for c in g] for g in got] == groups


# pdftotext -layout of the 2019 Kazakhstan profile (abridged), with a continued part.
LAYOUT = """    Table 6. Labor Law Enforcement Efforts Related to Child Labor
     Overview of Labor Law Enforcement                                         2018                    2019
     Labor Inspectorate Funding                                                $2.4 million (34)       Unknown
     Number of Labor Inspectors                                                261 (34)                254 (36)
          Number of Child Labor Violations for Which Penalties Were
          Imposed                                                              4 (34)                  4 (36)



4                                                   BUREAU OF INTERNATIONAL LABOR AFFAIRS
Table 6. Labor Law Enforcement Efforts Related to Child Labor (Cont.)
 Overview of Labor Law Enforcement                                            2018              2019
 Routine Inspections Conducted                                                Yes (34)          Yes (36)
 Reciprocal Referral Mechanism Exists Between Labor Authorities and Social Services   Yes (34)   Yes (15)
† Data are from January 1, 2018 to October 31, 2018.

The number of labor inspectors is likely insufficient.
"""  # noqa: E501


def test_layout_columns_wrapped_labels_and_continued_parts():
    tables = read_tables(LAYOUT, "pdftotext_layout", dol_hints())
    assert len(tables) == 1
    t = tables[0]
    assert texts(t) == [
        ["Labor Inspectorate Funding", "$2.4 million (34)", "Unknown"],
        ["Number of Labor Inspectors", "261 (34)", "254 (36)"],
        ["Number of Child Labor Violations for Which Penalties Were Imposed", "4 (34)",
         "4 (36)"],
        ["Routine Inspections Conducted", "Yes (34)", "Yes (36)"],
        ["Reciprocal Referral Mechanism Exists Between Labor Authorities and Social Services",
         "Yes (34)", "Yes (15)"],
    ]
    assert [n.text[:1] for n in t.notes] == ["†"]
    assert_offsets(LAYOUT, t)


LAYOUT_FIGURE = """Table 1. Statistics on Children's Work and                         Figure 1. Working Children by Sector,
Education                                                                              Ages 5-14
 Children                                 Age               Percent                Industry
 Working (% and population)               5 to 14           4.6 (23,665)            2.9%
 Attending School (%)                     5 to 14           92.5
 Primary Completion Rate (%)              N/A               101.5
Source for primary completion rate: Data from 2018, published by UNESCO
"""  # noqa: E501


def test_layout_text_beside_the_title_is_not_part_of_the_table():
    t = read_tables(LAYOUT_FIGURE, "pdftotext_layout")[0]
    assert t.title == "Statistics on Children's Work and Education"
    assert [c.text for c in t.header] == ["Children", "Age", "Percent"]
    assert texts(t)[0] == ["Working (% and population)", "5 to 14", "4.6 (23,665)"]
    assert len(t.rows) == 3


# 2019 Afghanistan profile, Table 4 and its continued part after a page break (pdftotext
# -layout, trailing spaces dropped): "Meets" / "International" / "Standards" centred on the
# header's middle line, legislation wrapped over several lines.
LAYOUT_LAWS = """Table 4. Laws and Regulations on Child Labor
                                              Meets
 Standard                                     International    Age     Legislation
                                              Standards
 Minimum Age for Work                         No               15      Article 13 of the Labor Law (94)
 Minimum Age for Hazardous Work               Yes              18      Articles 13 and 120 of the Labor Law; Article 613 of the
                                                                       Penal Code; Article 63 of the Law on Protection of Child
                                                                       Rights (94,96,103)
 Identification of Hazardous Occupations or   Yes              N/A     List of Prohibited Jobs for Child Laborers; Article 613 of the Penal
 Activities Prohibited for Children                                    Code (95,96)
 Prohibition of Forced Labor                  No               N/A     Article 4 of the Labor Law; Article 37 of the Law on the Elimination
                                                                       of Violence Against Women (94,96-98)


4                                              BUREAU OF INTERNATIONAL LABOR AFFAIRS
\f                                                                                                                          Afghanistan
                 NO ADVANCEMENT – EFFORTS MADE BUT COMPLICIT IN FORCED CHILD LABOR
Table 4. Laws and Regulations on Child Labor (Cont.)
                                                    Meets
 Standard                                           International         Age      Legislation
                                                    Standards
 Prohibition of Child Trafficking                   Yes                   N/A      Articles 510–512 of the Penal Code (96)
 Prohibition of Commercial Sexual                   No                    N/A      Article 18.2 of the Law on Elimination of Violence Against
 Exploitation of Children                                                          Women; Articles 510-512, 650, and 652–667, of the Penal
                                                                                   Code (96,98)
 Prohibition of Using Children in Illicit           Yes                   N/A      List of Prohibited Jobs for Child Laborers; Articles 1, 7, and 23 of
 Activities                                                                        the Counter Narcotics Law (95, 99)
 Minimum Age for Voluntary State Military           Yes                   18       Article 605–608 of the Penal Code (96)
 Recruitment
 Prohibition of Compulsory Recruitment of           N/A*                  N/A      N/A
 Children by (State) Military
 Prohibition of Military Recruitment by Non-        Yes                   N/A      Articles 510–512 of the Penal Code (96)
 state Armed Groups
 Compulsory Education Age                           Yes                   15‡      Article 17 of the Education Law; Article 609 of the Penal
                                                                                   Code (96,100)
 Free Public Education                              Yes                   N/A      Article 17 of the Education Law (100)
* No conscription (101)
‡ Age calculated based on available information (102)
"""  # noqa: E501


def test_layout_header_over_three_lines_is_one_row():
    t = read_tables(LAYOUT_LAWS, "pdftotext_layout")[0]
    assert t.warnings == []
    assert [c.text for c in t.header] == [
        "Standard", "Meets International Standards", "Age", "Legislation"]
    meets = t.header[1]
    span = LAYOUT_LAWS[meets.start : meets.end]
    assert span.startswith("Meets\n") and span.endswith("\n" + " " * 46 + "Standards")
    assert texts(t)[:4] == [
        ["Minimum Age for Work", "No", "15", "Article 13 of the Labor Law (94)"],
        ["Minimum Age for Hazardous Work", "Yes", "18",
         "Articles 13 and 120 of the Labor Law; Article 613 of the"],
        ["", "", "", "Penal Code; Article 63 of the Law on Protection of Child"],
        ["", "", "", "Rights (94,96,103)"],
    ]
    assert texts(t)[4:6] == [
        ["Identification of Hazardous Occupations or", "Yes", "N/A",
         "List of Prohibited Jobs for Child Laborers; Article 613 of the Penal"],
        ["Activities Prohibited for Children", "", "", "Code (95,96)"],
    ]


def test_layout_continued_part_with_a_header_over_three_lines():
    tables = read_tables(LAYOUT_LAWS, "pdftotext_layout")
    assert len(tables) == 1
    t = tables[0]
    rows = texts(t)
    first = rows.index(["Prohibition of Child Trafficking", "Yes", "N/A",
                        "Articles 510–512 of the Penal Code (96)"])
    assert rows[first - 1] == ["", "", "", "of Violence Against Women (94,96-98)"]
    assert rows[-1] == ["Free Public Education", "Yes", "N/A",
                        "Article 17 of the Education Law (100)"]
    assert ["Compulsory Education Age", "Yes", "15‡",
            "Article 17 of the Education Law; Article 609 of the Penal"] in rows
    assert all(len(row) == 4 for row in rows)
    assert [n.text[:1] for n in t.notes] == ["*", "‡"]
    assert_offsets(LAYOUT_LAWS, t)


# 2019 Kenya profile, Table 11 (abridged) and the endnotes after it: "Year(s)" above and
# "Suggested" below the header's middle line, right-aligned over the year column.
LAYOUT_ACTIONS = """    Table 11. Suggested Government Actions to Eliminate Child Labor
                                                                                                                                                     Year(s)
        Area                  Suggested Action
                                                                                                                                                   Suggested
        Legal Framework       Ratify the CRC Optional Protocol on the Sale of Children, Child Prostitution and Child Pornography.                  2013 – 2019
                              Ensure that light work provisions limit the number of hours for all light work activities.                              2019
                              Raise the compulsory education age to 17 to be equivalent to the minimum age for work.                               2013 – 2019
        Enforcement           Ensure that all labor inspectors receive training on child labor laws, including refresher courses.                     2019
                              Expand existing programs to address the scope of the child labor problem, including children engaged in              2009 – 2019
                              commercial sexual exploitation.

    REFERENCES                                                                         6    Ndunda, Joseph. 1.5 Million Kids Do Not School - CS. The Star, October
                                                                                            3, 2015. http://allafrica.com/stories/201510060940.html.
    1      U.S. Embassy- Nairobi. Reporting. January 17, 2020. Source on file.
                                                                                       7    U.S. Embassy- Nairobi. Reporting. February 13, 2018.
    2      U.S. Embassy- Nairobi. Reporting. February 14, 2020. Source on file.
                                                                                       8    U.S. Embassy- Nairobi. Reporting. January 24, 2019.
"""  # noqa: E501


def test_layout_year_heading_over_two_lines_and_endnotes_after_the_table():
    t = read_tables(LAYOUT_ACTIONS, "pdftotext_layout")[0]
    assert t.warnings == []
    assert [c.text for c in t.header] == ["Area", "Suggested Action", "Year(s) Suggested"]
    assert texts(t) == [
        ["Legal Framework", "Ratify the CRC Optional Protocol on the Sale of Children, Child "
         "Prostitution and Child Pornography.", "2013 – 2019"],
        ["", "Ensure that light work provisions limit the number of hours for all light work "
         "activities.", "2019"],
        ["", "Raise the compulsory education age to 17 to be equivalent to the minimum age for "
         "work.", "2013 – 2019"],
        ["Enforcement", "Ensure that all labor inspectors receive training on child labor laws, "
         "including refresher courses.", "2019"],
        ["", "Expand existing programs to address the scope of the child labor problem, "
         "including children engaged in", "2009 – 2019"],
        ["", "commercial sexual exploitation.", ""],
    ]
    assert_offsets(LAYOUT_ACTIONS, t)


# 2019 Iraq profile, Table 4 (abridged): two headings over several lines, five header lines.
LAYOUT_ENTITIES = """    Table 4. Laws and Regulations on Child Labor
                                                             Meets
                                                 Related
     Standard                                                International   Age   Legislation
                                                 Entity
                                                             Standards
     Minimum Age for Work                        Iraq        Yes             15    Article 7 of the 2015 Labor Law (43)
                                                 Kurdistan   Yes             15    Article 90.1 of the 1987 Labor Law (44)
                                                 Region
     Minimum Age for Hazardous Work              Iraq        Yes             18    Article 95 of the 2015 Labor Law (43)
                                                 Kurdistan   Yes             18    Articles 90.2 and 91.1 of the 1987 Labor Law (44)
"""  # noqa: E501

# 2019 Chile profile, Table 2 (abridged): "Sector/" above and "Industry" below "Activity".
LAYOUT_SECTORS = """    Table 2. Overview of Children’s Work by Sector and Activity
     Sector/
                            Activity
     Industry
     Agriculture            Livestock rearing and raising farm animals (2,6)
                            Forestry,† activities unknown (2)
                            Hunting,† activities unknown (2)
                            Fishing,† activities unknown (2,6-8)
     Industry               Construction,† bricklaying,† auto repair, and carpentry† (2,5,6,8-10)
"""


def test_layout_header_over_five_lines_and_a_heading_split_after_a_slash():
    laws = read_tables(LAYOUT_ENTITIES, "pdftotext_layout")[0]
    assert [c.text for c in laws.header] == [
        "Standard", "Related Entity", "Meets International Standards", "Age", "Legislation"]
    assert texts(laws)[:2] == [
        ["Minimum Age for Work", "Iraq", "Yes", "15", "Article 7 of the 2015 Labor Law (43)"],
        ["", "Kurdistan", "Yes", "15", "Article 90.1 of the 1987 Labor Law (44)"],
    ]
    sectors = read_tables(LAYOUT_SECTORS, "pdftotext_layout")[0]
    assert [c.text for c in sectors.header] == ["Sector/Industry", "Activity"]
    assert texts(sectors)[0] == ["Agriculture", "Livestock rearing and raising farm animals (2,6)"]
    assert texts(sectors)[-1] == [
        "Industry", "Construction,† bricklaying,† auto repair, and carpentry† (2,5,6,8-10)"]


# tesseract OCR of the 2016 Kazakhstan profile, Table 6 (abridged): no header line, the
# ‡ mark read as * on the figure and as ¢ in the note.
OCR = """Table 6. Labor Law Enforcement Efforts Related to Child Labor

Labor Inspectorate Funding Unknown Unknown* (36)
Number of Labor Inspectors 320 (21) 320 (3)
Training for Labor Inspectors
Number of Labor Inspections 11,400 (38) 7,897* (36)
Routine Inspections Targeted N/A N/A
Reciprocal Referral Mechanism Exists Between Labor Authorities and Social Services Yes (21) Yes (3)

* The Government does not publish this information.
¢ Data are from January 1 to September 30, 2016.

The number of labor inspectors is insufficient for the size of Kazakhstan's workforce.
"""


def test_ocr_rows_peel_value_cells_from_the_right():
    t = read_tables(OCR, "ocr_columns", dol_hints())[0]
    assert t.header == []
    assert texts(t) == [
        ["Labor Inspectorate Funding", "Unknown", "Unknown* (36)"],
        ["Number of Labor Inspectors", "320 (21)", "320 (3)"],
        ["Training for Labor Inspectors", "", ""],
        ["Number of Labor Inspections", "11,400 (38)", "7,897* (36)"],
        ["Routine Inspections Targeted", "N/A", "N/A"],
        ["Reciprocal Referral Mechanism Exists Between Labor Authorities and Social Services",
         "Yes (21)", "Yes (3)"],
    ]
    assert [n.text[:1] for n in t.notes] == ["*", "¢"]
    assert_offsets(OCR, t)


def test_ocr_value_lines_printed_apart_fill_the_label_lines_above():
    text = OCR.replace(
        "Routine Inspections Targeted N/A N/A\n",
        "Routine Inspections Targeted\nRoutine Inspections Conducted\n\nN/A\nNo (21)\n\n"
        "N/A\nNo (3)\n",
    )
    t = read_tables(text, "ocr_columns", dol_hints())[0]
    rows = texts(t)
    assert ["Routine Inspections Targeted", "N/A", "N/A"] in rows
    assert ["Routine Inspections Conducted", "No (21)", "No (3)"] in rows


# tesseract OCR of column blocks without year headings, where split citations ("(", "9)")
# mark cells OCR lost: the second column is three cells short.
OCR_SHORT = """Table 6. Labor Law Enforcement Efforts Related to Child Labor

Labor Inspectorate Funding
Number of Labor Inspectors
Training for Labor Inspectors
Initial Training for New Employees
Number of Labor Inspections
Routine Inspections Conducted
Complaint Mechanism Exists

Unknown
41 (12)

Yes (12)
2,310 (12)
Yes (12)
12)

Yes
(

Unknown
45 (9)

No (9)
Unknown (9)
(
9)
Yes (9)

In 2016, the labor inspectorate had 45 inspectors.
"""


def test_ocr_column_short_of_cells_is_read_down_to_the_first_lost_cell():
    t = read_tables(OCR_SHORT, "ocr_columns", dol_hints())[0]
    assert texts(t) == [
        ["Labor Inspectorate Funding", "Unknown", "Unknown"],
        ["Number of Labor Inspectors", "41 (12)", "45 (9)"],
        ["Training for Labor Inspectors", "", ""],
        ["Initial Training for New Employees", "Yes (12)", "No (9)"],
        ["Number of Labor Inspections", "2,310 (12)", "Unknown (9)"],
        ["Routine Inspections Conducted", "Yes (12)", ""],
        ["Complaint Mechanism Exists", "Yes", ""],
    ]
    assert "5 values for 6 rows in column 2; read the first 4, left out 1 after a lost cell" \
        in t.warnings
    assert_offsets(OCR_SHORT, t)


def test_ocr_short_column_without_a_lost_cell_shown_is_left_out():
    t = read_tables(OCR_SHORT.replace("(\n9)\n", ""), "ocr_columns", dol_hints())[0]
    assert [row[1].text for row in t.rows] == ["Unknown", "41 (12)", "", "Yes (12)",
                                               "2,310 (12)", "Yes (12)", "Yes"]
    assert [row[2].text for row in t.rows] == [""] * 7


def test_titles_in_prose_are_not_tables():
    text = "Table 1 provides key indicators (Table 6). However,\nTable 6 shows nothing.\n"
    assert read_tables(text, "pdftotext_flowed") == []


def test_normalise_label_drops_marks_citations_and_case():
    assert normalise_label("Unknown*  (30)") == "unknown"
    assert normalise_label("Working (% and population)") == "working (% and population)"
    assert normalise_label("Children’s Work‡ (1-3)") == "children's work"


def test_cells_are_frozen():
    cell = Cell("7,897†", 10, 16)
    with pytest.raises(AttributeError):
        cell.text = "x"  # type: ignore[misc]


@pytest.mark.parametrize(("text", "column", "last", "stray"), [
    ("i", 2, False, True),  # a small letter OCR left between two cells
    ("-", 0, False, True),  # a sign where a continued row prints no label
    ("v", 3, True, False),  # a letter that ends its row may be a cell as printed
    ("n", 0, False, False),  # a bullet before a label
    ("Yes", 1, False, False),
])
def test_a_lone_letter_or_sign_of_a_layout_row_is_a_stray_only_where_no_cell_stands(
        text, column, last, stray):
    assert aligned._stray_cell(text, column, last) is stray
