"""The flowed laws table reader (``law_flowed``, with ``law_flowed_parts``, ``law_tiling`` and
``law_territories``): laws tables printed one cell per line, read through the list tables'
reader.

The excerpts are short pieces of the development corpus as pdftotext prints them, as
literals; each is given to the reader as the table reader returns a flowed table (its title,
no rows), so the tests do not depend on how well the table reader reads.
"""

from __future__ import annotations

import re

from analysis.extract.dol.lists import extract_dol_lists
from analysis.extract.tables.cells import Table


def flowed_table(text: str, title: str) -> Table:
    """A table of flowed text as the reader returns it when it finds no rows."""
    start = text.index(title)
    number = int(re.match(r"Table (\d+)", title).group(1))
    return Table(number, title, start, start + len(title), [], [], [])


LAWS_FLOWED = """\
Table 4. Laws and Regulations on Child Labor
Standard
Minimum Age for Work
Minimum Age for Hazardous Work
Identification of Hazardous
Occupations or Activities Prohibited
for Children
Prohibition of Forced Labor
Minimum Age for Military
Recruitment
State Compulsory
State Voluntary

Meets International
Standards: Yes/No
No
Yes
Yes

Age

Legislation

16
18

Article 31 of the Labor Code (24)
Article 26.1(2) of the Labor Code (24)
Article 26.1(2) of the Labor Code; Decree of the Minister of Health
and Social Development No. 944 of 2015 (24, 25)

Yes
Yes
Yes

18
19

Article 7 of the Labor Code; Article 135 of the Criminal Code (24, 26)
Article 31 of the Military Service Act (27)
Article 38.1(2) of the Military Service Act (27)

Table 5. Agencies Responsible for Child Labor Law Enforcement
"""


def test_flowed_laws_pair_each_column_in_row_order() -> None:
    table = flowed_table(LAWS_FLOWED, "Table 4. Laws and Regulations on Child Labor")
    out = extract_dol_lists([table], LAWS_FLOWED)
    got = [(x.label, x.standard, x.meets_international, x.age, x.legislation, x.citations)
           for x in out.laws]
    assert got == [
        ("Minimum Age for Work", "minimum_age_work", False, 16, "Article 31 of the Labor Code",
         "24"),
        ("Minimum Age for Hazardous Work", "minimum_age_hazardous_work", True, 18,
         "Article 26.1(2) of the Labor Code", "24"),
        ("Identification of Hazardous Occupations or Activities Prohibited for Children",
         "hazardous_occupations_list", True, None, "Article 26.1(2) of the Labor Code; Decree "
         "of the Minister of Health and Social Development No. 944 of 2015", "24;25"),
        ("Prohibition of Forced Labor", "forced_labor_prohibited", True, None,
         "Article 7 of the Labor Code; Article 135 of the Criminal Code", "24;26"),
        ("State Compulsory", "military_recruitment_state_compulsory", True, 18,
         "Article 31 of the Military Service Act", "27"),
        ("State Voluntary", "military_recruitment_state_voluntary", True, 19,
         "Article 38.1(2) of the Military Service Act", "27"),
    ]
    assert out.laws[0].start == LAWS_FLOWED.index("Minimum Age for Work")


LAWS_FLOWED_OUT_OF_STEP = """\
Table 4. Laws and Regulations on Child Labor (cont)
Standard
Prohibition of Commercial Sexual
Exploitation of Children

Meets International
Standards: Yes/No
No

Prohibition of Using Children in
Illicit Activities
Compulsory Education Age

No

Free Public Education

Yes

Yes
"""


def test_flowed_laws_printed_out_of_step_get_the_likeliest_order_flagged() -> None:
    # The cell printed right under the column's heading is the top row's; the three other
    # one-cell blocks can lie on the three rows left in any order, so none of them is certain;
    # each goes beside the labels printed right before it where it can, and is flagged.
    table = flowed_table(LAWS_FLOWED_OUT_OF_STEP, "Table 4. Laws and Regulations on Child Labor")
    out = extract_dol_lists([table], LAWS_FLOWED_OUT_OF_STEP)
    assert [(x.standard, x.meets_international, x.pairing) for x in out.laws] == [
        ("csec_prohibited", False, "blocks"), ("illicit_activities_prohibited", False, "order"),
        ("compulsory_education_age", True, "order"), ("free_public_education", True, "order")]
    assert any("likeliest print order" in w and "3 of 4" in w for w in out.warnings)


def test_flowed_laws_left_over_cells_that_all_say_the_same_are_given() -> None:
    text = LAWS_FLOWED_OUT_OF_STEP.replace("\nNo\n\nFree", "\nYes\n\nFree")
    table = flowed_table(text, "Table 4. Laws and Regulations on Child Labor")
    out = extract_dol_lists([table], text)
    assert [x.meets_international for x in out.laws] == [False, True, True, True]


# Jordan 2016 as pdftotext prints it (running heads taken out, as the repair step does): on the
# first page two "Yes" stand before the labels, so no order pairs them, but all five cells of
# the page say the same; on the second the seven cells, "N/A*" among them, follow the labels in
# row order.
LAWS_FLOWED_JORDAN = """\
Table 4. Laws and Regulations on Child Labor
Standard

2

Meets International
Standards: Yes/No
Yes
Yes

Minimum Age for Work
Minimum Age for Hazardous
Work
Identification of Hazardous
Occupations or Activities
Prohibited for Children
Prohibition of Forced Labor

Yes

Prohibition of Child Trafficking

Yes

Yes

Age

Legislation

16
18

Article 73 of the Labor Code (37)
Article 74 of the Labor Code; Article 2 of Ministerial Order
of 2011 (37, 38)
Article 2 of the Ministerial Order of 2011 (38)
Article 3(a) and (b) of the Law on the Prevention of Human Trafficking;
Articles 17 and 77 of the Labor Code (37, 39)
Article 3(a) of the Law on the Prevention of Human Trafficking (39)

BUREAU OF INTERNATIONAL LABOR AFFAIRS

Jordan

MODERATE ADVANCEMENT
Table 4. Laws and Regulations on Child Labor (cont)
Standard
Prohibition of Commercial Sexual
Exploitation of Children
Prohibition of Using Children in
Illicit Activities
Minimum Age for Military
Recruitment
State Compulsory
State Voluntary
Non-state Compulsory
Compulsory Education Age
Free Public Education

Meets International
Standards: Yes/No
Yes

Age

Articles 298, 299, 306, 310, 311, 315, and 319 of the Penal Code; Article
3(b) of the Law on the Prevention of Human Trafficking (39, 40)
Article 8 of the Narcotic Drugs and Psychotropic Substances Act (41)

Yes

Yes
N/A*
No
Yes
Yes

Legislation

18

Article 3(a) of the National Service Act (42)

16

Articles 7(a.2) and 10(b) of the Education Act (43)
Article 20 of the Constitution (44)

"""


def test_flowed_laws_a_page_of_same_cells_and_a_page_in_order_with_a_marked_na() -> None:
    text = LAWS_FLOWED_JORDAN
    out = extract_dol_lists([flowed_table(text, "Table 4. Laws and Regulations on Child Labor")],
                            text)
    got = {x.standard: (x.meets_international, x.age) for x in out.laws}
    assert got == {
        "minimum_age_work": (True, 16), "minimum_age_hazardous_work": (True, 18),
        "hazardous_occupations_list": (True, None), "forced_labor_prohibited": (True, None),
        "child_trafficking_prohibited": (True, None), "csec_prohibited": (True, None),
        "illicit_activities_prohibited": (True, None),
        "military_recruitment_state_compulsory": (True, None),
        "military_recruitment_state_voluntary": (None, None),
        "military_recruitment_non_state": (False, None),
        "compulsory_education_age": (True, None), "free_public_education": (True, None),
    }
    # the second page's two ages for four standards that may set one are not placed
    assert any("which age cell" in w and "4 of 12" in w for w in out.warnings)


# Ecuador 2016, with its "N/A*" printed without the note mark: ages printed right after a
# Yes/No cell are not placed by that alone (in Swaziland 2016 the age after Non-state
# Compulsory's "No" is State Voluntary's).
LAWS_FLOWED_ECUADOR = """\
Table 4. Laws and Regulations on Child Labor
Age

Legislation

Minimum Age for Work

Meets International
Standards: Yes/No
Yes

15

Minimum Age for Hazardous Work

Yes

18

Identification of Hazardous
Occupations or Activities Prohibited
for Children
Prohibition of Forced Labor
Prohibition of Child Trafficking
Prohibition of Commercial Sexual
Exploitation of Children
Prohibition of Using Children in Illicit
Activities
Minimum Age for Military
Recruitment
State Compulsory
State Voluntary

Yes

Section 5, Article 46 of the Constitution; Title V, Chapter 1, Article 82
of the Childhood and Adolescence Code (31, 32)
Title I, Article 2 and Title V, Chapter 1, Article 87 of the Childhood
and Adolescence Code (32)
Title II, Chapter 1, Article 5 and Chapter 2, Article 8 of Resolution No.
016 of 2008; Article 5 of Ministerial Accord MDT–2015–0131 (33, 34)

Standard

Yes
Yes
No

Articles 82, 91, 105, and 213 of the Integral Penal Code(3, 35)
Articles 91, and 213 of the Integral Penal Code (35)
Articles 91, 101, 103and 104 of the Integral Penal Code (35)

No

Articles 219 and 220 of the Integral Penal Code (35)

N/A*
Yes

18

Non-state Compulsory

Yes

18

Compulsory Education Age
Free Public Education

Yes
Yes

15

"""


def test_flowed_laws_ages_right_after_a_yes_no_cell_are_not_placed_by_that() -> None:
    text = LAWS_FLOWED_ECUADOR.replace("\nN/A*\n", "\nN/A\n")
    out = extract_dol_lists([flowed_table(text, "Table 4. Laws and Regulations on Child Labor")],
                            text)
    got = {x.standard: (x.meets_international, x.age) for x in out.laws}
    assert got["minimum_age_work"] == (True, None)
    assert got["minimum_age_hazardous_work"] == (True, None)
    assert got["csec_prohibited"] == (False, None)
    assert got["illicit_activities_prohibited"] == (False, None)
    assert got["military_recruitment_state_compulsory"][0] is None
    assert got["military_recruitment_non_state"] == (True, None)
    assert got["free_public_education"][0] is True
    assert any("which age cell" in w and "6 of 12" in w for w in out.warnings)


# Belize 2015, second page of the table: "N/A*" (the compulsory military row's) is printed alone
# after the education rows' cells, and the last "Yes" after it. As many cells as rows, but the
# order is not the rows': nothing is certain, every cell is placed by the likeliest order and
# flagged.
LAWS_FLOWED_MARKED_NA_APART = """\
Table 4. Laws and Regulations Related to Child Labor (cont)
Standard
Prohibition of Using Children in Illicit
Activities
Minimum Age for Compulsory Military
Recruitment
Minimum Age for Voluntary Military
Service
Compulsory Education Age
Free Public Education

Yes/No
No

Age

Related Legislation

Yes

18

Article 16 of the Defense Act (24)

Yes

14

Articles 2 and 59 of the Education and Training Act; Articles 2 and
34 of the Education Act (15, 25)
Article 70 of the Education and Training Act; Article 45 of the
Education Act (15, 25)

N/A*

Yes

* No conscription.(26)
"""


def test_flowed_laws_a_marked_na_printed_apart_goes_to_the_row_its_note_names() -> None:
    text = LAWS_FLOWED_MARKED_NA_APART
    out = extract_dol_lists([flowed_table(text, "Table 4. Laws and Regulations Related to Child "
                                                "Labor (cont)")], text)
    assert [x.standard for x in out.laws] == [
        "illicit_activities_prohibited", "military_recruitment_state_compulsory",
        "military_recruitment_state_voluntary", "compulsory_education_age",
        "free_public_education"]
    # "* No conscription" says the N/A* is the compulsory recruitment row's cell, the "No"
    # under the column's heading is the top row's, and the three cells left all say Yes
    assert [x.pairing for x in out.laws] == ["blocks"] * 5
    assert [x.established for x in out.laws] == [False, None, True, True, True]


def test_a_standard_label_over_sub_rows_is_their_heading() -> None:
    text = LAWS_FLOWED.replace("Minimum Age for Military\nRecruitment",
                               "Minimum Age for Compulsory Military\nRecruitment")
    out = extract_dol_lists([flowed_table(text, "Table 4. Laws and Regulations on Child Labor")],
                            text)
    assert [x.label for x in out.laws][-2:] == ["State Compulsory", "State Voluntary"]
    assert len(out.laws) == 6


# Bahrain 2016 (legislation shortened): one block of Yes/No cells beside the labels, three more
# printed after the ages and legislation; the N/A* of "No conscription" opens the last block.
LAWS_FLOWED_BAHRAIN = """\
Table 4. Laws and Regulations on Child Labor
Standard
Minimum Age for Work
Minimum Age for Hazardous Work
Identification of Hazardous
Occupations or Activities Prohibited
for Children
Prohibition of Forced Labor
Prohibition of Child Trafficking
Prohibition of Commercial Sexual
Exploitation of Children
Prohibition of Using Children in Illicit
Activities
Minimum Age for Military
Recruitment
State Compulsory
State Voluntary
Non-state Compulsory
Compulsory Education Age
Free Public Education

Meets International
Standards: Yes/No
No
Yes
Yes

Age

Legislation

15
18

Article 24 of the Labor Law (9)

Yes
No
No

Article 1 of the Law on Combating Trafficking in Persons (11)

Yes

N/A*
Yes
Yes
Yes
Yes

18
15

Article 7 of the Education Act (16)

* No conscription (14)
"""


def test_flowed_laws_blocks_of_cells_tile_the_rows_in_the_likeliest_order() -> None:
    out = extract_dol_lists([flowed_table(LAWS_FLOWED_BAHRAIN,
                                          "Table 4. Laws and Regulations on Child Labor")],
                            LAWS_FLOWED_BAHRAIN)
    assert [x.meets_international for x in out.laws] == [
        False, True, True, True, False, False, True, None, True, True, True, True]
    # "* No conscription" puts the block the N/A* opens on the five rows from State
    # Compulsory on, and the block under the column's heading is the first three rows; the
    # blocks "Yes No No" and "Yes" can still lie on the four rows between either way round,
    # so the rows they disagree on are flagged; no age is placed (6 standards, 4 ages)
    assert [x.pairing for x in out.laws] == [
        "blocks", "blocks", "blocks", "blocks", "order", "blocks", "order", *["blocks"] * 5]
    assert [x.age for x in out.laws] == [None] * 12


def test_flowed_laws_a_row_every_tiling_agrees_on_is_certain() -> None:
    out = extract_dol_lists([flowed_table(LAWS_FLOWED_JORDAN,
                                          "Table 4. Laws and Regulations on Child Labor")],
                            LAWS_FLOWED_JORDAN)
    pairing = {x.standard: x.pairing for x in out.laws}
    assert pairing["minimum_age_work"] == "blocks"
    assert pairing["military_recruitment_state_voluntary"] == "order"


# Nicaragua 2014 (legislation shortened): five ages for the five standards that set one, but
# the last is Free Public Education's and the compulsory military row has none; in row order
# voluntary military service would get 12.
LAWS_FLOWED_NICARAGUA = """\
Table 4. Laws and Regulations Related to Child Labor
Standard
Minimum Age for Work

Yes/No
Yes

Age
14

Minimum Age for Hazardous Work

Yes

18

Prohibition of Hazardous Occupations or
Activities for Children
Prohibition of Forced Labor

Yes

Prohibition of Child Trafficking

Yes

Prohibition of Commercial Sexual
Exploitation of Children

Yes

Prohibition of Using Children in Illicit
Activities

Yes

Minimum Age for Compulsory Military
Recruitment
Minimum Age for Voluntary Military
Service
Compulsory Education Age

N/A*

Free Public Education

Yes

Yes

18

Yes

12

Yes

17

Related Legislation
Article 131 of the Labor Code (35-38)

* No conscription, Article 96 of the Constitution (38, 45)
"""


def test_flowed_laws_ages_in_order_that_give_a_military_age_under_15_are_not_placed() -> None:
    out = extract_dol_lists([flowed_table(LAWS_FLOWED_NICARAGUA, "Table 4. Laws and "
                                          "Regulations Related to Child Labor")],
                            LAWS_FLOWED_NICARAGUA)
    assert [x.age for x in out.laws] == [None] * 11
    assert any("which age cell" in w and "5 of 11" in w for w in out.warnings)


# Swaziland 2016: the "18" printed right after Non-state Compulsory's "No" is State
# Voluntary's age; a row's age is never taken from where it stands alone.
LAWS_FLOWED_SWAZILAND = """\
Table 4. Laws and Regulations on Child Labor
Standard
Prohibition of Using Children in Illicit
Activities
Minimum Age for Military
Recruitment
State Compulsory

Meets International
Standards: Yes/No
Yes
N/A*
N/A*

State Voluntary

Yes

Non-state Compulsory

No

18

Section 17(3) of the Umbutfo Swaziland Defence Force
Order (29)
"""


def test_flowed_laws_an_age_printed_after_a_cell_is_not_that_rows_age() -> None:
    out = extract_dol_lists([flowed_table(LAWS_FLOWED_SWAZILAND,
                                          "Table 4. Laws and Regulations on Child Labor")],
                            LAWS_FLOWED_SWAZILAND)
    got = {x.standard: (x.meets_international, x.age) for x in out.laws}
    assert got["military_recruitment_non_state"] == (False, None)
    assert got["military_recruitment_state_voluntary"] == (True, None)


# Overseas Territories of New Zealand 2016 (shortened): one title, a caption naming each
# territory over its own sub-table, the first followed by prose.
LAWS_FLOWED_TERRITORIES = """\
Table 3. Laws and Regulations on Child Labor
COOK ISLANDS
Standard
Minimum Age for Work
Minimum Age for Hazardous Work

Meets International
Standards: Yes/No
No
Yes

In 2012, the Cook Islands enacted the Employment Relations Act, which prohibits children
younger than age 13 from being employed, and does not allow school-aged persons to work.(11)
NIUE
Standard
Minimum Age for Work
Minimum Age for Hazardous Work

Meets International
Standards: Yes/No
No
No

Table 4. Agencies Responsible for Child Labor Law Enforcement
"""


def test_flowed_laws_each_territory_caption_gives_its_sub_table_rows() -> None:
    out = extract_dol_lists([flowed_table(LAWS_FLOWED_TERRITORIES,
                                          "Table 3. Laws and Regulations on Child Labor")],
                            LAWS_FLOWED_TERRITORIES)
    assert [(x.territory, x.standard, x.meets_international) for x in out.laws] == [
        ("COOK ISLANDS", "minimum_age_work", False),
        ("COOK ISLANDS", "minimum_age_hazardous_work", True),
        ("NIUE", "minimum_age_work", False), ("NIUE", "minimum_age_hazardous_work", False)]


def test_flowed_laws_one_caption_is_no_territory_split() -> None:
    text = LAWS_FLOWED_TERRITORIES.replace("NIUE\n", "")
    out = extract_dol_lists([flowed_table(text, "Table 3. Laws and Regulations on Child Labor")],
                            text)
    assert {x.territory for x in out.laws} == {""}


# Iraq 2016, first rows: a Related Entity column gives each standard a cell per entity.
LAWS_FLOWED_ENTITIES = """\
Table 4. Laws and Regulations on Child Labor
Standard

Related Entity

Minimum Age for Work

Iraq
Kurdistan Region
Iraq

Meets International
Standards: Yes/No
Yes
Yes
Yes

Minimum Age for Hazardous Work

Kurdistan Region

Yes
"""


def test_flowed_laws_with_an_entity_column_keep_rows_with_values_empty() -> None:
    out = extract_dol_lists([flowed_table(LAWS_FLOWED_ENTITIES,
                                          "Table 4. Laws and Regulations on Child Labor")],
                            LAWS_FLOWED_ENTITIES)
    assert [(x.standard, x.meets_international, x.pairing) for x in out.laws] == [
        ("minimum_age_work", None, "unpaired"), ("minimum_age_hazardous_work", None, "unpaired")]
    assert any("Related Entity" in w for w in out.warnings)


# Chad 2016, second page of the table (legislation shortened): "State Voluntary" and
# "Non-state Compulsory" are printed before their heading "Minimum Age for Military
# Recruitment", which comes last with "State Compulsory".
LAWS_FLOWED_SUB_ROWS_FIRST = """\
Table 4. Laws and Regulations on Child Labor (cont)
Meets International
Standards: Yes/No
No

Age

Legislation

Yes

20

State Voluntary

Yes

18

Non-state Compulsory

Yes

18

Article 1 of the Ordinance Prohibiting the Use of Children in Armed
Conflict (34)

Standard
Prohibition of Using Children in
Illicit Activities
Minimum Age for Military
Recruitment
State Compulsory

‡ Age calculated based on available information (13)
"""


def test_flowed_laws_sub_row_labels_printed_before_their_heading_are_their_standards() -> None:
    text = LAWS_FLOWED_SUB_ROWS_FIRST
    out = extract_dol_lists([flowed_table(text, "Table 4. Laws and Regulations on Child Labor "
                                                "(cont)")], text)
    assert [x.standard for x in out.laws] == [
        "military_recruitment_state_voluntary", "military_recruitment_non_state",
        "illicit_activities_prohibited", "military_recruitment_state_compulsory"]
    assert not any("unknown standard label" in w for w in out.warnings)


# Uruguay 2016 (legislation shortened): pdftotext printed the two lines of one legislation cell
# as one line wider than any column ("Non-" + "Commercial"); the table goes on to its
# continued page, and the prose after the notes ends it.
LAWS_FLOWED_WIDE_CELL = """\
Table 4. Laws and Regulations on Child Labor
Standard
Prohibition of Child Trafficking

Yes

Prohibition of Commercial
Sexual Exploitation of Children

Yes

Age

Legislation

{wide}
Article 59 of the Narcotics Law (36, 37)

BUREAU OF INTERNATIONAL LABOR AFFAIRS
Table 4. Laws and Regulations on Child Labor (cont)
Standard
Compulsory Education Age
Free Public Education

Meets International
Standards: Yes/No

Yes
Yes

* No conscription (43)

{prose}
""".format(
    wide="Articles 78–81 of the Migration Law; Article 6 of the Commercial or NonCommercial "
         "Sexual Violence Committed Against Children Law (33, 34)",
    prose="Education is compulsory in Uruguay from ages 4 to 17, if the student does not fall "
          "behind.(11, 39, 41) Although the\nInstitute for Adolescents and Children (INAU) may "
          "grant permission to children ages 13 to 15 to engage in light work,")


def test_flowed_laws_one_wide_legislation_line_does_not_end_the_table() -> None:
    text = LAWS_FLOWED_WIDE_CELL
    out = extract_dol_lists([flowed_table(text, "Table 4. Laws and Regulations on Child Labor")],
                            text)
    assert [x.standard for x in out.laws] == [
        "child_trafficking_prohibited", "csec_prohibited", "compulsory_education_age",
        "free_public_education"]
    assert [x.meets_international for x in out.laws] == [True, True, True, True]


def test_flowed_laws_a_wide_line_of_prose_still_ends_the_table() -> None:
    prose = ("Education is compulsory in Uruguay from ages 4 to 17, if the student does not fall "
             "behind.(11, 39, 41) Although the")
    text = LAWS_FLOWED_WIDE_CELL.replace("Table 4. Laws and Regulations on Child Labor (cont)",
                                         prose + "\nTable 4. Laws and Regulations on Child "
                                         "Labor (cont)")
    out = extract_dol_lists([flowed_table(text, "Table 4. Laws and Regulations on Child Labor")],
                            text)
    assert [x.standard for x in out.laws] == ["child_trafficking_prohibited", "csec_prohibited"]


# Saint Lucia 2015 (legislation shortened): the section heading after the table prints a tab
# after its number, which is no cell beside another.
LAWS_FLOWED_SECTION_TAB = """\
Table 4. Laws and Regulations Related to Child Labor
Standard
Minimum Age for Work
Minimum Age for Hazardous Work

Yes/No
Yes
Yes

Age
15
18

Related Legislation
Article 122 of the Labor Code (13, 14)
Articles 2 and 23 of the Employees (Occupational Health and
Safety) Act (15)

III.\tEnforcement of Laws on the Worst Forms of Child Labor
{prose}
Table 5. Agencies Responsible for Child Labor Law Enforcement
""".format(prose="The Government has established institutional mechanisms for the enforcement of "
                 "laws and regulations on child labor, including its\nworst forms (Table 5).")


def test_a_section_heading_with_a_tab_does_not_make_a_table_side_by_side() -> None:
    text = LAWS_FLOWED_SECTION_TAB
    out = extract_dol_lists([flowed_table(text, "Table 4. Laws and Regulations Related to Child "
                                                "Labor")], text)
    assert [(x.standard, x.established, x.age) for x in out.laws] == [
        ("minimum_age_work", True, 15), ("minimum_age_hazardous_work", True, 18)]


# Kosovo 2015, the continued page (legislation shortened): the block "Yes / No / N/A*" is
# printed last; "* No conscription" says its N/A* is the compulsory recruitment row's, which
# puts the whole block on the three rows ending there.
LAWS_FLOWED_NOTE_PIN = """\
Table 4. Laws and Regulations Related to Child Labor (cont)
Standard
Prohibition of Child Trafficking

Yes/No
Yes

Prohibition of Commercial Sexual
Exploitation of Children
Prohibition of Using Children in Illicit
Activities
Minimum Age for Compulsory Military
Recruitment
Minimum Age for Voluntary Military
Service
Compulsory Education Age
Free Public Education

Age

Related Legislation
Articles 231, 237, 238, 241, and 242 of the Criminal Code (25)

Yes

18

Article 13 of the Law on the Kosovo Security Force (27)

Yes
Yes

15‡

Article 9 of the Law on Pre-University Education (28)

Yes
No
N/A*

* No conscription (27)
‡ Age calculated based on available information
"""


def test_flowed_laws_a_block_holding_a_noted_na_lies_where_the_note_says() -> None:
    text = LAWS_FLOWED_NOTE_PIN
    out = extract_dol_lists([flowed_table(text, "Table 4. Laws and Regulations Related to Child "
                                                "Labor (cont)")], text)
    assert [(x.standard, x.established) for x in out.laws] == [
        ("child_trafficking_prohibited", True), ("csec_prohibited", True),
        ("illicit_activities_prohibited", False), ("military_recruitment_state_compulsory", None),
        ("military_recruitment_state_voluntary", True), ("compulsory_education_age", True),
        ("free_public_education", True)]
    assert {x.pairing for x in out.laws} == {"blocks"}


def test_a_note_naming_no_single_standard_pins_nothing() -> None:
    text = LAWS_FLOWED_NOTE_PIN.replace("* No conscription (27)", "* No standing military (27)")
    out = extract_dol_lists([flowed_table(text, "Table 4. Laws and Regulations Related to Child "
                                                "Labor (cont)")], text)
    assert "order" in {x.pairing for x in out.laws}


# Christmas Island 2016 (legislation and the first rows left out): the State Voluntary cell is
# split by what it covers, "Combat: Yes" over "Non-Combat: Yes", one row's cell.
LAWS_FLOWED_QUALIFIED = """\
Table 2. Laws and Regulations on Child Labor
Standard
Minimum Age for Military Recruitment
State Compulsory
State Voluntary
Non-state Compulsory
Compulsory Education Age
Free Public Education

Meets International
Standards: Yes/No

N/A*
Combat: Yes
Non-Combat: Yes
No
Yes
Yes

18
17

* No conscription (13)
"""


def test_flowed_laws_a_cell_printed_in_qualified_parts_is_one_cell() -> None:
    text = LAWS_FLOWED_QUALIFIED
    out = extract_dol_lists([flowed_table(text, "Table 2. Laws and Regulations on Child Labor")],
                            text)
    assert [(x.label, x.meets_international) for x in out.laws] == [
        ("State Compulsory", None), ("State Voluntary", True), ("Non-state Compulsory", False),
        ("Compulsory Education Age", True), ("Free Public Education", True)]
    assert {x.pairing for x in out.laws} == {"blocks"}


def test_flowed_laws_qualified_parts_that_disagree_give_no_yes_no() -> None:
    # Montserrat 2014 prints "Combat:" over "No", then "Non-Combat: Yes"
    text = LAWS_FLOWED_QUALIFIED.replace("Combat: Yes\nNon-Combat", "Combat:\nNo\nNon-Combat")
    out = extract_dol_lists([flowed_table(text, "Table 2. Laws and Regulations on Child Labor")],
                            text)
    voluntary = next(x for x in out.laws if x.label == "State Voluntary")
    assert voluntary.meets_international is None
    assert voluntary.pairing == "blocks"
    assert any("Combat: No; Non-Combat: Yes" in w for w in out.warnings)


def test_flowed_laws_a_label_among_sub_rows_makes_every_cell_a_guess() -> None:
    # Norfolk Island 2016 prints "Prohibition of Child Trafficking" between State Voluntary
    # and Non-state Compulsory: the rows' print order is not the page's
    text = LAWS_FLOWED_QUALIFIED.replace("State Voluntary\n",
                                         "State Voluntary\nProhibition of Child Trafficking\n")
    text = text.replace("No\nYes\nYes\n", "Yes\nNo\nYes\nYes\n")
    out = extract_dol_lists([flowed_table(text, "Table 2. Laws and Regulations on Child Labor")],
                            text)
    assert {x.pairing for x in out.laws} == {"order"}
    assert any("among the sub-rows" in w for w in out.warnings)


# Republic of the Congo 2016, the continued page (legislation left out): the rows are printed
# one by one, and a row's cell stands between the two lines of its wrapped label.
LAWS_FLOWED_VALUE_IN_LABEL = """\
Table 4. Laws and Regulations on Child Labor (cont)
Standard
Prohibition of Forced Labor
Meets International
Standards: Yes/No
Yes
Prohibition of Child Trafficking
Yes
Prohibition of Using Children in
No
Illicit Activities
Compulsory Education Age
Yes
Free Public Education
Yes
Age
Legislation
"""


def test_flowed_laws_a_cell_printed_inside_its_wrapped_label_keeps_the_label_whole() -> None:
    text = LAWS_FLOWED_VALUE_IN_LABEL
    out = extract_dol_lists([flowed_table(text, "Table 4. Laws and Regulations on Child Labor "
                                                "(cont)")], text)
    assert [(x.label, x.meets_international) for x in out.laws] == [
        ("Prohibition of Forced Labor", True), ("Prohibition of Child Trafficking", True),
        ("Prohibition of Using Children in Illicit Activities", False),
        ("Compulsory Education Age", True), ("Free Public Education", True)]


# Kenya 2016 (shortened to three rows, legislation left out): the first cell is printed right
# under the column's heading, before the labels; the next block right after them.
LAWS_FLOWED_UNDER_HEADING = """\
Table 4. Laws and Regulations on Child Labor
Meets International
Standards: Yes/No
No
Standard
Minimum Age for Work
Minimum Age for Hazardous
Work
Prohibition of Forced Labor
Yes
Yes
Age
Legislation
"""


def test_flowed_laws_a_block_right_under_the_column_heading_is_the_top_of_the_column() -> None:
    text = LAWS_FLOWED_UNDER_HEADING
    out = extract_dol_lists([flowed_table(text, "Table 4. Laws and Regulations on Child Labor")],
                            text)
    assert [(x.standard, x.meets_international, x.pairing) for x in out.laws] == [
        ("minimum_age_work", False, "blocks"), ("minimum_age_hazardous_work", True, "blocks"),
        ("forced_labor_prohibited", True, "blocks")]


def test_flowed_laws_a_marked_yes_is_placed_by_its_note_too() -> None:
    # Fiji 2016 prints "Yes*" over "* No conscription" for State Compulsory
    text = LAWS_FLOWED_QUALIFIED.replace("N/A*\nCombat: Yes\nNon-Combat: Yes\nNo\nYes\nYes\n",
                                         "No\nYes\nYes\n\nYes*\nYes\n")
    out = extract_dol_lists([flowed_table(text, "Table 2. Laws and Regulations on Child Labor")],
                            text)
    assert [(x.label, x.meets_international, x.pairing) for x in out.laws] == [
        ("State Compulsory", True, "blocks"), ("State Voluntary", True, "blocks"),
        ("Non-state Compulsory", False, "blocks"), ("Compulsory Education Age", True, "blocks"),
        ("Free Public Education", True, "blocks")]


# Azerbaijan 2016, the first page (legislation left out): pdftotext printed the military and
# education rows first and the labels of the first rows after them, so the cells under the
# column's heading are not the first printed rows' cells.
LAWS_FLOWED_SCRAMBLED = """\
Table 4. Laws and Regulations on Child Labor
Legislation

15
18

Yes

18

State Voluntary

Yes

19

Non-state Compulsory
Compulsory Education Age

No
Yes

15

Minimum Age for Work
Minimum Age for Hazardous Work
Identification of Hazardous Occupations
or Activities Prohibited for Children

Meets International
Standards: Yes/No
No
Yes
Yes

Age

Standard

Prohibition of Forced Labor

Yes

Prohibition of Child Trafficking

Yes

Prohibition of Commercial Sexual
Exploitation of Children
Prohibition of Using Children in Illicit
Activities
Minimum Age for Military Recruitment
State Compulsory

Yes
Yes
"""


def test_flowed_laws_scrambled_labels_place_no_block_by_the_heading_or_a_note() -> None:
    text = LAWS_FLOWED_SCRAMBLED
    out = extract_dol_lists([flowed_table(text, "Table 4. Laws and Regulations on Child Labor")],
                            text)
    got = {x.standard: x.meets_international for x in out.laws}
    # the "No" under the heading is Minimum Age for Work's, not the first printed row's
    assert got["military_recruitment_state_voluntary"] is True
    assert got["minimum_age_work"] is False
    assert {x.pairing for x in out.laws} == {"order"}


def test_a_citation_set_apart_by_spaces_does_not_make_a_table_side_by_side() -> None:
    # Seychelles 2014 prints "Article 251 of the Penal" / "Code   (11, 12)"
    text = LAWS_FLOWED_SECTION_TAB.replace("Labor Code (13, 14)", "Labor Code   (13, 14)")
    out = extract_dol_lists([flowed_table(text, "Table 4. Laws and Regulations Related to Child "
                                                "Labor")], text)
    assert [(x.standard, x.established) for x in out.laws] == [
        ("minimum_age_work", True), ("minimum_age_hazardous_work", True)]


# Tokelau 2015 (legislation left out, shortened to the first four rows): "Unknown" is a cell of
# the Yes/No column like "N/A", neither Yes nor No.
LAWS_FLOWED_UNKNOWN = """\
Table 2. Laws and Regulations Related to Child Labor
Standard
Minimum Age for Work
Minimum Age for Hazardous Work
Prohibition of Hazardous Occupations
or Activities for Children
Prohibition of Forced Labor
Yes/No
Unknown
Yes
Age
Related Legislation
18
Yes
Unknown
"""


def test_flowed_laws_an_unknown_cell_holds_its_row() -> None:
    text = LAWS_FLOWED_UNKNOWN
    out = extract_dol_lists([flowed_table(text, "Table 2. Laws and Regulations Related to Child "
                                                "Labor")], text)
    assert [(x.standard, x.established, x.pairing) for x in out.laws] == [
        ("minimum_age_work", None, "blocks"), ("minimum_age_hazardous_work", True, "blocks"),
        ("hazardous_occupations_list", True, "blocks"), ("forced_labor_prohibited", None, "blocks")]
