"""DOL list tables: laws, ratifications, sector activities and suggested actions.

Tables are built by hand from real excerpts (seeds 002 and 003 in data/raw, short excerpts of
the development corpus as literals) the way the table reader returns them, so most tests do
not depend on how well the reader reads; flowed-text excerpts are read from their lines. The
end-to-end tests call the reader; agreement with ILAB's answer key over a corpus folder is
measured in tests/integration/test_corpus_extract.py.
"""

from __future__ import annotations

import re

import pytest

from analysis import config
from analysis.extract.dol.actions import parse_years
from analysis.extract.dol.law_rows import parse_age
from analysis.extract.dol.list_cells import labels_by_order, split_citations, split_marks
from analysis.extract.dol.lists import extract_dol_lists
from analysis.extract.dol.reading import read_dol_tables
from analysis.extract.tables.cells import Cell, Table
from analysis.extract.tables.read import read_tables

SEED_2013 = "002_014f4a149c7808f2.txt"
SEED_2017 = "003_22c48ebdb120ec68.txt"


def raw(name: str) -> str:
    """A seed's raw text."""
    return (config.RAW_DIR / name).read_text(encoding="utf-8")


def _split(line: str, offset: int, sep: str) -> list[Cell]:
    """Cells of one separated line, stripped, with offsets into the whole text."""
    cells = []
    pos = 0
    parts = line.split(sep)
    if sep == "|":
        parts, pos = parts[1:-1], 1
    for part in parts:
        lead = len(part) - len(part.lstrip())
        body = part.strip()
        start = offset + pos + lead
        cells.append(Cell(body, start, start + len(body)))
        pos += len(part) + 1
    return cells


def separated_table(text: str, title: str, sep: str) -> Table:
    """A tab- or pipe-separated table of a seed: header, then rows up to the first blank line."""
    start = text.index(title)
    body = text.index("\n", start) + 1
    header: list[Cell] = []
    rows: list[list[Cell]] = []
    for m in re.finditer(r"^.*$", text[body:], re.MULTILINE):
        line = m.group(0)
        if not line.strip():
            if header:
                break
            continue
        if re.fullmatch(r"[|\-\s]+", line) or "· ·" in line:
            continue
        cells = _split(line, body + m.start(), sep)
        if header:
            rows.append(cells)
        else:
            header = cells
    return Table(None, title, start, rows[-1][-1].end, header, rows, [])


def literal_table(
    text: str, title: str, header: list[str], rows: list[list[str]], start: int = 0
) -> Table:
    """A table as the reader returns it from a corpus excerpt: cells located near their row."""
    top = text.index(title, start)

    def locate(value: str, near: int) -> Cell:
        if not value:
            return Cell("", near, near)
        words = value.split(" ")
        found = text.find(words[0], near)
        begin = found if found >= 0 else text.index(words[0], top)
        end = text.find(words[-1], begin)
        return Cell(value, begin, max(end + len(words[-1]), begin + len(words[0])))

    head = [locate(h, top) for h in header]
    body = []
    near = top
    for row in rows:
        cells = [locate(v, near) for v in row]
        body.append(cells)
        near = min(c.start for c in cells if c.text) + 1
    number = re.match(r"Table (\d+)", title)
    return Table(int(number.group(1)) if number else None, title, top, len(text), head, body, [])


# --- cell helpers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "value", "citations"),
    [
        ("Article 30 of the Labor Code (17)", "Article 30 of the Labor Code", "17"),
        ("Constitution (24, 25)", "Constitution", "24;25"),
        ("Act (21; 22)", "Act", "21;22"),
        ("List of Works (18-20)", "List of Works", "18;19;20"),
        ("Code (21,25)", "Code", "21;25"),
        ("Cotton farming† (1-3, 9-11)", "Cotton farming†", "1;2;3;9;10;11"),
        ("Article 26.1(2) of the Labor Code (21)", "Article 26.1(2) of the Labor Code", "21"),
        (
            "Article 8 of the Labor Code (13); Note 2 to Article 125 of the Criminal Code (15)",
            "Article 8 of the Labor Code; Note 2 to Article 125 of the Criminal Code",
            "13;15",
        ),
        ("Law on Education (2015)", "Law on Education (2015)", ""),
        ("N/A", "N/A", ""),
    ],
)
def test_citations_are_split_from_the_printed_value(printed, value, citations) -> None:
    assert split_citations(printed) == (value, citations)


def test_marks_are_taken_out_wherever_they_stand() -> None:
    assert split_marks("Construction,† activities unknown") == (
        "Construction, activities unknown",
        {"†"},
    )
    assert split_marks("Working as waiters*†") == ("Working as waiters", {"*", "†"})
    assert split_marks("Cotton† farming") == ("Cotton farming", {"†"})


@pytest.mark.parametrize(
    ("cell", "age", "understood"),
    [
        ("16", 16, True),
        ("17‡", 17, True),
        ("18 (5)", 18, True),
        ("N/A", None, True),
        ("", None, True),
        ("14/15", None, False),
    ],
)
def test_ages(cell, age, understood) -> None:
    assert parse_age(cell) == (age, understood)


@pytest.mark.parametrize(
    ("cell", "first", "last"),
    [
        ("2009 – 2013", 2009, 2013),
        ("2013", 2013, 2013),
        ("2010, 2012 – 2013", 2010, 2013),
        ("2015–2016", 2015, 2016),
        ("", None, None),
    ],
)
def test_years_suggested(cell, first, last) -> None:
    assert parse_years(cell) == (first, last)


# --- seed 002 (2013, tab-separated) ----------------------------------------------------------


@pytest.fixture(scope="module")
def seed_2013() -> tuple[str, list[Table]]:
    """Seed 002's four list tables, split at its tabs."""
    text = raw(SEED_2013)
    titles = [
        "Table 2. Overview of Children's Work by Sector and Activity",
        "Table 3. Ratification of International Conventions on Child Labor",
        "Table 4. Laws and Regulations Related to Child Labor",
        "Table 9. Suggested Government Actions to Eliminate Child Labor",
    ]
    return text, [separated_table(text, t, "\t") for t in titles]


LAWS_2013 = [
    ("Minimum Age for Work", "minimum_age_work", 16, "Article 30 of the Labor Code", "17"),
    (
        "Minimum Age for Hazardous Work",
        "minimum_age_hazardous_work",
        18,
        "Article 179 of the Labor Code",
        "17",
    ),
    (
        "List of Hazardous Occupations Prohibited for Children",
        "hazardous_occupations_list",
        None,
        "List of Hazardous Works and Occupations Prohibited to Persons Under 18",
        "18;19;20",
    ),
    (
        "Prohibition of Forced Labor",
        "forced_labor_prohibited",
        None,
        "Article 8 of the Labor Code",
        "17",
    ),
    (
        "Prohibition of Child Trafficking",
        "child_trafficking_prohibited",
        None,
        "Article 133 of the Criminal Code",
        "21",
    ),
    (
        "Prohibition of Commercial Sexual Exploitation of Children",
        "csec_prohibited",
        None,
        "Articles 122 and 124 of the Criminal Code",
        "21",
    ),
    (
        "Prohibition of Using Children in Illicit Activities",
        "illicit_activities_prohibited",
        None,
        "Article 132 of the Criminal Code",
        "21",
    ),
    (
        "Minimum Age for Compulsory Military Recruitment",
        "military_recruitment_state_compulsory",
        18,
        "Military Obligation and Military Service Act of 8 July 2005",
        "22",
    ),
    (
        "Minimum Age for Voluntary Military Service",
        "military_recruitment_state_voluntary",
        19,
        "Kazakhstan Declaration on Ratifying the Optional Protocol in 2003",
        "22;23",
    ),
    ("Compulsory Education Age", "compulsory_education_age", 17, "Constitution", "24;25"),
    (
        "Free Public Education",
        "free_public_education",
        None,
        "Article 30 of the Constitution",
        "24",
    ),
]


def test_seed_2013_laws_row_by_row(seed_2013) -> None:
    text, tables = seed_2013
    out = extract_dol_lists(tables, text)
    got = [(x.label, x.standard, x.age, x.legislation, x.citations) for x in out.laws]
    assert got == LAWS_2013
    # The 2013 "Yes/No" column says the law exists, not that it meets the standards.
    assert {x.meets_international for x in out.laws} == {None}
    assert any("whether the law exists" in w for w in out.warnings)
    first = out.laws[0]
    assert text[first.start : first.end].startswith("Minimum Age for Work\tYes\t16")


def test_seed_2013_ratifications_all_six(seed_2013) -> None:
    text, tables = seed_2013
    out = extract_dol_lists(tables, text)
    assert [(r.convention, r.ratified) for r in out.ratifications] == [
        ("ilo_c138", True),
        ("ilo_c182", True),
        ("un_crc", True),
        ("un_crc_opac", True),
        ("un_crc_opsc", True),
        ("palermo_protocol", True),
    ]
    assert out.ratifications[0].label == "ILO C. 138, Minimum Age"
    assert not [w for w in out.warnings if w.startswith("ratifications")]


def test_seed_2013_sector_activities_row_by_row(seed_2013) -> None:
    text, tables = seed_2013
    got = [
        (a.sector, a.activity, a.hazardous, a.limited_evidence, a.citations)
        for a in extract_dol_lists(tables, text).sector_activities
    ]
    assert got == [
        ("agriculture", "Cotton farming", True, False, "1;2;3;4;5"),
        ("agriculture", "Production of vegetables", False, True, "1;2;3"),
        ("industry", "Construction, activities unknown", False, True, "3;10"),
        (
            "services",
            "Street work, work in markets, transporting goods in handcarts and unloading goods",
            False,
            False,
            "3;7;11",
        ),
        ("services", "Domestic work", False, True, "12;13"),
        ("services", "Work in gas stations, activities unknown", False, True, "7"),
        ("services", "Car washing", False, True, "3;7"),
        ("categorical_wfcl", "Forced begging", False, True, "3;6;14"),
        (
            "categorical_wfcl",
            "Commercial sexual exploitation sometimes as a result of human trafficking",
            False,
            True,
            "3;6;10;14",
        ),
    ]


def test_seed_2013_suggested_actions_row_by_row(seed_2013) -> None:
    text, tables = seed_2013
    out = extract_dol_lists(tables, text).suggested_actions
    got = [(a.area, a.action[:40], a.first_year, a.last_year) for a in out]
    assert got == [
        ("Enforcement", "Collect and make available to the public", 2009, 2013),
        ("Enforcement", "Create a labor inspection strategy that ", 2013, 2013),
        ("Enforcement", "Supply adequate funding for child labor ", 2010, 2013),
        ("Coordination", "Improve the NCCCL's monitoring of the im", 2012, 2013),
        ("Coordination", "Increase the NCCCL's access to data on c", 2012, 2013),
        ("Government Policies", "Assess the impact that existing governme", 2013, 2013),
        ("Social Programs", "Conduct research to gather comprehensive", 2013, 2013),
        ("Social Programs", "Assess the impact that existing programs", 2010, 2013),
    ]
    assert out[2].action == "Supply adequate funding for child labor inspections."
    assert text[out[0].start : out[0].end].endswith("2009 – 2013")


# --- seed 003 (2017, markdown) -----------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_2017() -> tuple[str, list[Table]]:
    """Seed 003's four list tables, split at its pipes."""
    text = raw(SEED_2017)
    titles = [
        "Table 2. Overview of Children's Work by Sector and Activity",
        "Table 3. Ratification of International Conventions on Child Labor",
        "Table 4. Laws and Regulations on Child Labor",
        "Table 11. Suggested Government Actions to Eliminate Child Labor",
    ]
    return text, [separated_table(text, t, "|") for t in titles]


LAWS_2017 = [
    ("Minimum Age for Work", "minimum_age_work", False, 16, "Article 31 of the Labor Code", "21"),
    (
        "Minimum Age for Hazardous Work",
        "minimum_age_hazardous_work",
        False,
        18,
        "Article 26.1(2) of the Labor Code; Article 153 of the Criminal Code",
        "21;22",
    ),
    (
        "Identification of Hazardous Occupations or Activities Prohibited for Children",
        "hazardous_occupations_list",
        True,
        None,
        "Article 26.1(2) of the Labor Code; Decree of the Minister of Health and Social "
        "Development No. 944 of 2015",
        "21;23",
    ),
    (
        "Prohibition of Forced Labor",
        "forced_labor_prohibited",
        True,
        None,
        "Article 7 of the Labor Code; Article 135 of the Criminal Code",
        "21;22",
    ),
    (
        "Prohibition of Child Trafficking",
        "child_trafficking_prohibited",
        True,
        None,
        "Article 135 of the Criminal Code",
        "22",
    ),
    (
        "Prohibition of Commercial Sexual Exploitation of Children",
        "csec_prohibited",
        True,
        None,
        "Articles 134, 135, and 312 of the Criminal Code",
        "22",
    ),
    (
        "Prohibition of Using Children in Illicit Activities",
        "illicit_activities_prohibited",
        True,
        None,
        "Articles 132, 133, and 135.2(9) of the Criminal Code; Article 26.1(2) of the Labor Code",
        "21;22",
    ),
    (
        "State Compulsory",
        "military_recruitment_state_compulsory",
        True,
        18,
        "Article 31 of the Military Service Act",
        "24",
    ),
    (
        "State Voluntary",
        "military_recruitment_state_voluntary",
        True,
        19,
        "Article 38.1(2) of the Military Service Act",
        "24",
    ),
    (
        "Non-state",
        "military_recruitment_non_state",
        True,
        18,
        "Article 41 of the Law on Children's Rights; Articles 132 and 267 of the Criminal Code",
        "22;25",
    ),
    (
        "Compulsory Education Age",
        "compulsory_education_age",
        True,
        17,
        "Article 30 of the Constitution",
        "26",
    ),
    (
        "Free Public Education",
        "free_public_education",
        True,
        None,
        "Article 8.2 of the Education Act",
        "27",
    ),
]


def test_seed_2017_laws_row_by_row(seed_2017) -> None:
    text, tables = seed_2017
    out = extract_dol_lists(tables, text)
    got = [
        (x.label, x.standard, x.meets_international, x.age, x.legislation, x.citations)
        for x in out.laws
    ]
    assert got == LAWS_2017
    assert not [w for w in out.warnings if w.startswith("laws")]
    compulsory_education = out.laws[10]
    assert "17‡" in text[compulsory_education.start : compulsory_education.end]


def test_seed_2017_ratifications_all_six(seed_2017) -> None:
    text, tables = seed_2017
    out = extract_dol_lists(tables, text).ratifications
    assert {r.convention: r.ratified for r in out} == {
        k: True
        for k in (
            "ilo_c138",
            "ilo_c182",
            "un_crc",
            "un_crc_opac",
            "un_crc_opsc",
            "palermo_protocol",
        )
    }
    assert out[5].label == "Palermo Protocol on Trafficking in Persons"


def test_seed_2017_sector_activities_row_by_row(seed_2017) -> None:
    text, tables = seed_2017
    got = [
        (a.sector, a.activity, a.hazardous, a.limited_evidence, a.citations)
        for a in extract_dol_lists(tables, text).sector_activities
    ]
    assert got == [
        (
            "agriculture",
            "Farming, including producing vegetables, weeding, collecting worms, "
            "and harvesting cotton",
            True,
            False,
            "1;3;8;9;10;11;12;13;14",
        ),
        ("industry", "Construction, activities unknown", True, False, "13;5"),
        (
            "services",
            "Working in markets and on the streets, including transporting and selling items",
            False,
            False,
            "12;13;15;16;17;5",
        ),
        ("services", "Domestic work", False, False, "18;5"),
        ("services", "Working in gas stations", False, False, "15;18;5"),
        ("services", "Car washing", False, False, "13;15;16;17;18;5"),
        ("services", "Working as bus conductors", False, False, "19;5"),
        ("services", "Working in restaurants as waiters", True, False, "15;16;18;20"),
        (
            "categorical_wfcl",
            "Commercial sexual exploitation as a result of human trafficking",
            False,
            False,
            "2;4",
        ),
        (
            "categorical_wfcl",
            "Forced begging as a result of human trafficking",
            False,
            False,
            "4;5",
        ),
    ]


def test_seed_2017_suggested_actions_row_by_row(seed_2017) -> None:
    text, tables = seed_2017
    got = [
        (a.area, a.action[:40], a.first_year, a.last_year)
        for a in extract_dol_lists(tables, text).suggested_actions
    ]
    assert got == [
        ("Legal Framework", "Ensure that the law's minimum age provis", 2016, 2017),
        ("Enforcement", "Publish information about the funding of", 2015, 2017),
        ("Enforcement", "Increase the number of labor inspectors ", 2014, 2017),
        ("Enforcement", "Ensure that penalties are imposed for ch", 2017, 2017),
        ("Government Policies", "Implement the Plan of Action on the Elim", 2017, 2017),
        ("Social Programs", "Conduct research to gather comprehensive", 2013, 2017),
        ("Social Programs", "Institute programs to address child labo", 2014, 2017),
    ]


# --- corpus-style excerpts ------------------------------------------------------------------

LAWS_2015_TABS = """\
Table 4. Laws and Regulations on Child Labor
Standard\tMeets International Standards: Yes/No\tAge\tLegislation
Minimum Age for Work\tNo\t16\tArticle 31 of the Labor Code (24)
Minimum Age for Military Recruitment\t\t\t
State Compulsory\tYes\t18\tArticle 31 of the Military Service Act (27)
State Voluntary\tYes\t19\tArticle 38.1(2) of the Military Service Act (27)
Non-state Compulsory\tYes\t18\tArticle 41 of the Law on Children's Rights (26, 28)
Compulsory Education Age\tYes\t17‡\tArticle 30 of the Constitution (29)
"""


def test_2015_style_tab_table_resolves_sub_rows_with_their_parent() -> None:
    table = separated_table(LAWS_2015_TABS, "Table 4. Laws and Regulations on Child Labor", "\t")
    out = extract_dol_lists([table], LAWS_2015_TABS)
    got = [(x.label, x.standard, x.meets_international, x.age, x.citations) for x in out.laws]
    assert got == [
        ("Minimum Age for Work", "minimum_age_work", False, 16, "24"),
        ("State Compulsory", "military_recruitment_state_compulsory", True, 18, "27"),
        ("State Voluntary", "military_recruitment_state_voluntary", True, 19, "27"),
        ("Non-state Compulsory", "military_recruitment_non_state", True, 18, "26;28"),
        ("Compulsory Education Age", "compulsory_education_age", True, 17, "29"),
    ]


LAWS_2020_MARKDOWN = """\
Table 4. Laws and Regulations on Child Labor

| Standard | Meets International Standards | Age | Legislation |
|---|---|---|---|
| Minimum Age for Voluntary State Military Recruitment | Yes | 19 | Article 38.1(2) of the Military Service Act (27) |
| Prohibition of Compulsory Recruitment of Children by (State) Military | Yes | N/A | Article 31 of the Military Service Act (27) |
| Prohibition of Military Recruitment by Non-state Armed Groups | Yes | N/A | Article 41 of the Law on Children's Rights; Articles 132 and 267 of the Criminal Code (25,28) |
| Free Public Education | Yes | N/A | Article 8.2 of the Education Act (30) |
"""  # noqa: E501


def test_2020_style_markdown_table_military_labels() -> None:
    title = "Table 4. Laws and Regulations on Child Labor"
    out = extract_dol_lists([separated_table(LAWS_2020_MARKDOWN, title, "|")], LAWS_2020_MARKDOWN)
    got = [(x.standard, x.meets_international, x.age, x.citations) for x in out.laws]
    assert got == [
        ("military_recruitment_state_voluntary", True, 19, "27"),
        ("military_recruitment_state_compulsory", True, None, "27"),
        ("military_recruitment_non_state", True, None, "25;28"),
        ("free_public_education", True, None, "30"),
    ]
    assert out.laws[1].label == (
        "Prohibition of Compulsory Recruitment of Children by (State) Military"
    )
    assert out.laws[2].legislation.endswith("Articles 132 and 267 of the Criminal Code")


LAWS_LAYOUT_ENTITIES = """\
Table 4. Laws and Regulations on Child Labor
                                                       Meets
                                            Related
 Standard                                              International   Age   Legislation
                                            Entity
                                                       Standards
 Minimum Age for Work                       Mainland   No              14    Article 5 of the Employment and Labour Relations Act;
                                                                             Article 77 of the Law of the Child Act (41,42)
                                            Zanzibar   No              15    Article 6 of the Zanzibar Employment Act; Articles 2 and 98
                                                                             of the Zanzibar Children's Act (43,44)
 Prohibition of Compulsory Recruitment      N/A        N/A*            N/A   N/A
 of Children by (State) Military
 Prohibition of Military Recruitment by Non-  N/A      No              N/A   N/A
 state Armed Groups
"""  # noqa: E501


def test_layout_table_with_entity_column_and_continuation_rows() -> None:
    table = literal_table(
        LAWS_LAYOUT_ENTITIES,
        "Table 4. Laws and Regulations on Child Labor",
        ["Standard", "Related Entity", "Meets International Standards", "Age", "Legislation"],
        [
            [
                "Minimum Age for Work",
                "Mainland",
                "No",
                "14",
                "Article 5 of the Employment and Labour Relations Act; Article 77 of the Law "
                "of the Child Act (41,42)",
            ],
            [
                "",
                "Zanzibar",
                "No",
                "15",
                "Article 6 of the Zanzibar Employment Act; Articles 2 "
                "and 98 of the Zanzibar Children's Act (43,44)",
            ],
            [
                "Prohibition of Compulsory Recruitment of Children by (State) Military",
                "N/A",
                "N/A*",
                "N/A",
                "N/A",
            ],
            [
                "Prohibition of Military Recruitment by Non- state Armed Groups",
                "N/A",
                "No",
                "N/A",
                "N/A",
            ],
        ],
    )
    out = extract_dol_lists([table], LAWS_LAYOUT_ENTITIES)
    got = [(x.label, x.territory, x.standard, x.meets_international, x.age, x.citations)
           for x in out.laws]
    assert got == [
        ("Minimum Age for Work", "Mainland", "minimum_age_work", False, 14, "41;42"),
        ("Minimum Age for Work", "Zanzibar", "minimum_age_work", False, 15, "43;44"),
        (
            "Prohibition of Compulsory Recruitment of Children by (State) Military",
            "",
            "military_recruitment_state_compulsory",
            None,
            None,
            "",
        ),
        (
            "Prohibition of Military Recruitment by Non-state Armed Groups",
            "",
            "military_recruitment_non_state",
            False,
            None,
            "",
        ),
    ]


def test_unknown_law_label_is_kept_with_empty_standard_and_a_warning() -> None:
    text = (
        "Table 4. Laws and Regulations on Child Labor\n"
        "Standard\tMeets International Standards: Yes/No\tAge\tLegislation\n"
        "Minimum Age for Light Work\tYes\t13\tArticle 4 of the Labor Code (9)\n"
    )
    table = separated_table(text, "Table 4. Laws and Regulations on Child Labor", "\t")
    out = extract_dol_lists([table], text)
    assert [(x.label, x.standard, x.age) for x in out.laws] == [
        ("Minimum Age for Light Work", "", 13)
    ]
    assert "laws: unknown standard label 'Minimum Age for Light Work'" in out.warnings


RATIFICATIONS_LAYOUT = """\
    Table 3. Ratification of International Conventions on Child Labor
                    Convention                                                  Ratification
                     ILO C. 138, Minimum Age                                        N/A

                     ILO C. 182, Worst Forms of Child Labor                         N/A
                     UN CRC                                                          ✓
                     UN CRC Optional Protocol on Armed Conflict                      ✓
                     UN CRC Optional Protocol on the Sale of Children, Child Prostitution and Child Pornography ✓
                     Palermo Protocol on Trafficking in Persons
"""  # noqa: E501

RATIFICATION_NAMES = [
    "ILO C. 138, Minimum Age",
    "ILO C. 182, Worst Forms of Child Labor",
    "UN CRC",
    "UN CRC Optional Protocol on Armed Conflict",
    "UN CRC Optional Protocol on the Sale of Children, Child Prostitution and Child Pornography",
    "Palermo Protocol on Trafficking in Persons",
]


def test_layout_ratifications_keep_marks_blank_means_not_ratified_na_not_applicable() -> None:
    marks = ["N/A", "N/A", "✓", "✓", "✓", ""]
    table = literal_table(
        RATIFICATIONS_LAYOUT,
        "Table 3. Ratification of International Conventions on Child Labor",
        ["Convention", "Ratification"],
        [[n, m] for n, m in zip(RATIFICATION_NAMES, marks, strict=True)],
    )
    out = extract_dol_lists([table], RATIFICATIONS_LAYOUT)
    assert [(r.ratified, r.status) for r in out.ratifications] == [
        (None, "not_applicable"), (None, "not_applicable"), (True, "reported"),
        (True, "reported"), (True, "reported"), (False, "reported")]


ALL_RATIFIED_NOT_APPLICABLE = """\
Kosovo has ratified all key international conventions concerning child labor (Table 3).
    Table 3. Ratification of International Conventions on Child Labor
                       Convention                                                         Ratification
                       ILO C. 138, Minimum Age                                                 N/A

                       ILO C. 182, Worst Forms of Child Labor                                  N/A
                       UN CRC                                                                  N/A
                       UN CRC Optional Protocol on Armed Conflict                              N/A
                       UN CRC Optional Protocol on the Sale of Children                        N/A
                       Palermo Protocol on Trafficking in Persons                              N/A
"""  # noqa: E501


def test_a_printed_na_is_not_applicable_and_the_sentence_does_not_override_it() -> None:
    """Kosovo's 2019 table (it cannot ratify), under another profile's sentence saying all key
    conventions are ratified: the printed N/A stands, and the disagreement is named."""
    text = ALL_RATIFIED_NOT_APPLICABLE
    out = extract_dol_lists(read_dol_tables(text, "pdftotext_layout"), text)
    assert [(r.ratified, r.status) for r in out.ratifications] == [(None, "not_applicable")] * 6
    assert any("table marks" in w for w in out.warnings)


# Pakistan 2016 as the PDF reader lays it out: the Armed Conflict protocol's cell is empty in a
# table that shows marks, and the next sentence says it was ratified during the year.
RATIFIED_IN_THE_YEAR = """\
Pakistan has ratified most key international conventions concerning child labor (Table 3).

Table 3. Ratification of International Conventions on Child Labor
                     Convention                                                          Ratification
                     ILO C. 138, Minimum Age                                                  ✓

                     ILO C. 182, Worst Forms of Child Labor                                   ✓
                     UN CRC                                                                   ✓
                     UN CRC Optional Protocol on Armed Conflict
                     UN CRC Optional Protocol on the Sale of Children                         ✓
                     Palermo Protocol on Trafficking in Persons


In 2016, Pakistan ratified the UN CRC Optional Protocol on Armed Conflict.
"""  # noqa: E501


def test_a_sentence_saying_a_convention_was_ratified_fills_its_empty_cell() -> None:
    text = RATIFIED_IN_THE_YEAR
    out = extract_dol_lists(read_dol_tables(text, "pdftotext_layout"), text)
    got = {r.convention: r.ratified for r in out.ratifications}
    assert got == {"ilo_c138": True, "ilo_c182": True, "un_crc": True, "un_crc_opac": True,
                   "un_crc_opsc": True, "palermo_protocol": False}
    opac = next(r for r in out.ratifications if r.convention == "un_crc_opac")
    assert text[opac.start : opac.end] == "ratified the UN CRC Optional Protocol on Armed Conflict"


@pytest.mark.parametrize(("sentence", "palermo"), [
    # the protocol named in Burma 2019's words, over a line break: not the plain UN CRC
    ("The government also ratified the Optional Protocol to the Convention on the Rights of "
     "the Child on the\ninvolvement of children in armed conflict.", False),
    ("Pakistan has not ratified the Palermo Protocol.", False),
    ("Pakistan has ratified most key conventions, but it has not ratified the Palermo "
     "Protocol.", False),
    ("In 2016, Pakistan ratified the Protocol of 2014 to the Forced Labor Convention (C. 29).",
     False),
    # Central African Republic 2016: a legislature's vote, the President's approval pending
    ("The National Assembly ratified the Palermo Protocol, and it is awaiting approval from "
     "the President.", False),
    ("The Government ratified the Palermo Protocol, which will enter into force once it is "
     "published.", False),
    ("Pakistan ratified the ILO Protocol to the Forced Labor Convention and the Palermo "
     "Protocol.", True),
])
def test_only_an_affirmed_ratification_of_a_named_convention_counts(sentence, palermo) -> None:
    text = RATIFIED_IN_THE_YEAR.replace(
        "In 2016, Pakistan ratified the UN CRC Optional Protocol on Armed Conflict.", sentence)
    out = extract_dol_lists(read_dol_tables(text, "pdftotext_layout"), text)
    got = {r.convention: r.ratified for r in out.ratifications}
    assert got["palermo_protocol"] is palermo
    assert got["un_crc_opac"] is ("armed conflict" in sentence)
    assert got["un_crc"] is True


def test_a_sentence_never_overrides_a_printed_answer() -> None:
    text = RATIFICATIONS_LAYOUT + (
        "In 2016, the country ratified the ILO C. 138, Minimum Age, and the Palermo Protocol.\n")
    out = extract_dol_lists(read_dol_tables(text, "pdftotext_layout"), text)
    got = {r.convention: (r.ratified, r.status) for r in out.ratifications}
    assert got["ilo_c138"] == (None, "not_applicable")
    assert got["palermo_protocol"] == (True, "reported")
    assert any("the table prints otherwise" in w for w in out.warnings)


RATIFICATIONS_FLOWED = """\
Table 3. Ratification of International Conventions on Child Labor
Convention
ILO C. 138, Minimum Age

Ratification

ILO C. 182, Worst Forms of Child Labor
UN CRC
UN CRC Optional Protocol on Armed Conflict
UN CRC Optional Protocol on the Sale of Children, Child Prostitution and Child Pornography
Palermo Protocol on Trafficking in Persons
"""


def test_flowed_ratifications_lost_their_marks_so_ratified_is_empty() -> None:
    table = literal_table(
        RATIFICATIONS_FLOWED,
        "Table 3. Ratification of International Conventions on Child Labor",
        ["Convention", "Ratification"],
        [[n, ""] for n in RATIFICATION_NAMES],
    )
    out = extract_dol_lists([table], RATIFICATIONS_FLOWED)
    assert [r.convention for r in out.ratifications] == [
        "ilo_c138",
        "ilo_c182",
        "un_crc",
        "un_crc_opac",
        "un_crc_opsc",
        "palermo_protocol",
    ]
    assert {r.ratified for r in out.ratifications} == {None}
    assert "ratifications: the text shows no check marks; ratified left empty" in out.warnings


SECTORS_LAYOUT = """\
Table 2. Overview of Children's Work by Sector and Activity
 Sector/Industry                  Activity
 Services                         Working in restaurants† as waiters (15,16,18,20)
 Categorical Worst                Commercial sexual exploitation, sometimes as a result of human trafficking (3,15)
 Forms of Child Labor‡            Forced begging, sometimes as a result of human trafficking (2,3)
"""  # noqa: E501

SECTORS_2014_FLOWED_CELLS = [
    ("Agriculture", "Cotton† farming (1-4)"),
    ("", "Working as waiters*† (7)"),
    (
        "",
        "Forced labor in agriculture,* domestic work,* and construction,* each as a result of "
        "human trafficking* (9, 10)",
    ),
]


def test_layout_sector_rows_inherit_the_sector_and_drop_marks() -> None:
    table = literal_table(
        SECTORS_LAYOUT,
        "Table 2. Overview of Children's Work by Sector and Activity",
        ["Sector/Industry", "Activity"],
        [
            ["Services", "Working in restaurants† as waiters (15,16,18,20)"],
            [
                "Categorical Worst Forms of Child Labor‡",
                "Commercial sexual exploitation, sometimes as a result of human trafficking (3,15)",
            ],
            ["", "Forced begging, sometimes as a result of human trafficking (2,3)"],
        ],
    )
    got = [
        (a.sector, a.activity, a.hazardous, a.citations)
        for a in extract_dol_lists([table], SECTORS_LAYOUT).sector_activities
    ]
    assert got == [
        ("services", "Working in restaurants as waiters", True, "15;16;18;20"),
        (
            "categorical_wfcl",
            "Commercial sexual exploitation, sometimes as a result of human trafficking",
            False,
            "3;15",
        ),
        (
            "categorical_wfcl",
            "Forced begging, sometimes as a result of human trafficking",
            False,
            "2;3",
        ),
    ]


def test_marks_inside_an_activity() -> None:
    text = "Table 2. Overview of Children's Work by Sector and Activity\n" + "\n".join(
        f"{s}\t{a}" for s, a in SECTORS_2014_FLOWED_CELLS
    )
    table = literal_table(
        text,
        "Table 2. Overview of Children's Work by Sector and Activity",
        [],
        [list(c) for c in SECTORS_2014_FLOWED_CELLS],
    )
    got = [
        (a.activity, a.hazardous, a.limited_evidence, a.citations)
        for a in extract_dol_lists([table], text).sector_activities
    ]
    assert got == [
        ("Cotton farming", True, False, "1;2;3;4"),
        ("Working as waiters", True, True, "7"),
        (
            "Forced labor in agriculture, domestic work, and construction, each as a result of "
            "human trafficking",
            False,
            True,
            "9;10",
        ),
    ]


def test_activities_under_an_unknown_sector_are_kept_unpaired_with_a_warning() -> None:
    text = "Table 2. Overview of Children's Work by Sector and Activity\nFishing\tDiving (4)\n"
    table = literal_table(
        text,
        "Table 2. Overview of Children's Work by Sector and Activity",
        [],
        [["Fishing", "Diving (4)"]],
    )
    out = extract_dol_lists([table], text)
    assert [(a.sector, a.activity, a.pairing) for a in out.sector_activities] == [
        ("", "Diving", "unpaired")]
    assert ("sectors: unknown sector 'Fishing'; its activities kept with the sector empty"
            in out.warnings)


ACTIONS_LAYOUT = """\
Table 11. Suggested Government Actions to Eliminate Child Labor
                                                                                    Year(s)
 Area              Suggested Action
                                                                                  Suggested
 Legal             Ensure that minimum age provisions and hazardous work prohibitions    2016 – 2019
 Framework         apply to all children.
                   Criminally prohibit and penalize the use of a child for prostitution.    2019
"""

ACTIONS_LAYOUT_CONT = """\
Table 11. Suggested Government Actions to Eliminate Child Labor (Cont.)
 Area              Suggested Action                                         Year(s) Suggested
                   Raise the minimum age for work to the age up to which education is    2018 – 2019
                   compulsory.
"""


def test_layout_actions_continue_their_area_across_a_continued_table() -> None:
    text = ACTIONS_LAYOUT + ACTIONS_LAYOUT_CONT
    header = ["Area", "Suggested Action", "Year(s) Suggested"]
    first = literal_table(
        text,
        "Table 11. Suggested Government Actions to Eliminate Child Labor",
        header,
        [
            [
                "Legal Framework",
                "Ensure that minimum age provisions and "
                "hazardous work prohibitions apply to all children.",
                "2016 – 2019",
            ],
            ["", "Criminally prohibit and penalize the use of a child for prostitution.", "2019"],
        ],
    )
    cont = literal_table(
        text,
        "Table 11. Suggested Government Actions to Eliminate Child Labor (Cont.)",
        header,
        [
            [
                "",
                "Raise the minimum age for work to the age up to which education is compulsory.",
                "2018 – 2019",
            ]
        ],
        len(ACTIONS_LAYOUT),
    )
    out = extract_dol_lists([first, cont], text).suggested_actions
    assert [(a.area, a.first_year, a.last_year) for a in out] == [
        ("Legal Framework", 2016, 2019),
        ("Legal Framework", 2019, 2019),
        ("Legal Framework", 2018, 2019),
    ]
    assert out[2].action == (
        "Raise the minimum age for work to the age up to which education is compulsory."
    )


# --- end to end through the table reader -------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "layout", "laws", "actions"),
    [(SEED_2013, "pdf_text", 11, 8), (SEED_2017, "markdown", 12, 7)],
)
def test_seed_end_to_end_through_read_tables(name, layout, laws, actions) -> None:
    text = raw(name)
    out = extract_dol_lists(read_tables(text, layout), text)
    assert len(out.laws) == laws
    assert [r.ratified for r in out.ratifications] == [True] * 6
    assert len(out.suggested_actions) == actions
    assert {a.sector for a in out.sector_activities} == {
        "agriculture",
        "industry",
        "services",
        "categorical_wfcl",
    }


# --- pdftotext flowed text: each column its own block of lines ----------------------------------

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


def flowed_table(text: str, title: str) -> Table:
    """A table of flowed text as the reader returns it when it finds no rows."""
    start = text.index(title)
    number = int(re.match(r"Table (\d+)", title).group(1))
    return Table(number, title, start, start + len(title), [], [], [])


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


SECTORS_FLOWED = """\
Table 2. Overview of Children's Work by Sector and Activity
Sector/Industry
Agriculture

Activity
Producing cocoa, including land clearing, using machetes and cutlasses for weeding, and carrying heavy loads† of
water (2, 3, 8, 11-14)
Herding livestock (15, 16)

Table 2. Overview of Children's Work by Sector and Activity (cont)
Sector/Industry
Industry

Services

Activity
Quarrying† and small-scale mining,† sometimes for gold (2, 7, 14)
Manufacturing, activities unknown (7, 14)
Domestic work (12, 18)

† Determined by national law or regulation as hazardous and, as such, relevant to Article 3(d) of ILO C. 182.
"""  # noqa: E501


def test_flowed_sectors_pair_only_where_certain_and_keep_the_rest() -> None:
    table = flowed_table(SECTORS_FLOWED, "Table 2. Overview of Children's Work by Sector and "
                         "Activity")
    out = extract_dol_lists([table], SECTORS_FLOWED)
    got = [(a.sector, a.activity, a.hazardous, a.citations, a.pairing)
           for a in out.sector_activities]
    # On the second page the first activities may still be agriculture's (its label is not
    # printed again) or industry's: only the last one is certainly services'. None is dropped.
    assert got == [
        ("agriculture", "Producing cocoa, including land clearing, using machetes and cutlasses "
         "for weeding, and carrying heavy loads of water", True, "2;3;8;11;12;13;14", "blocks"),
        ("agriculture", "Herding livestock", False, "15;16", "blocks"),
        ("", "Quarrying and small-scale mining, sometimes for gold", True, "2;7;14", "unpaired"),
        ("", "Manufacturing, activities unknown", False, "7;14", "unpaired"),
        ("services", "Domestic work", False, "12;18", "blocks"),
    ]
    assert any("3 activities under 2 sector labels (Industry, Services)" in w
               and "2 of them" in w for w in out.warnings)


def test_flowed_sectors_as_many_activities_as_sectors_pair_one_to_one() -> None:
    text = SECTORS_FLOWED.replace("Domestic work (12, 18)\n", "")
    out = extract_dol_lists([flowed_table(text, "Table 2. Overview of Children's Work by "
                                          "Sector and Activity")], text)
    assert [(a.sector, a.activity) for a in out.sector_activities][2:] == [
        ("industry", "Quarrying and small-scale mining, sometimes for gold"),
        ("services", "Manufacturing, activities unknown"),
    ]


ACTIONS_FLOWED = """\
II. LEGAL FRAMEWORK FOR CHILD LABOR
III. ENFORCEMENT OF LAWS ON CHILD LABOR
VI. SOCIAL PROGRAMS TO ADDRESS CHILD LABOR
Table 11. Suggested Government Actions to Eliminate Child Labor
Area
Legal Framework
Enforcement

Suggested Action
Ensure that the law's minimum age provisions apply to all
children, including those working without a signed employment contract.
Increase the number of labor inspectors to meet the ILO recommendation.

Year(s) Suggested
2016
2014 – 2016

Table 11. Suggested Government Actions to Eliminate Child Labor (cont)
Area
Social
Programs

Suggested Action
Institute programs to address child labor, particularly in the production of cotton.

Year(s) Suggested
2014 – 2016

REFERENCES
1. ILO-IPEC. Child Labour in Rural Kazakhstan. Almaty; 2012.
"""


def test_flowed_actions_pair_by_count_and_join_wrapped_area_names() -> None:
    table = flowed_table(ACTIONS_FLOWED, "Table 11. Suggested Government Actions to Eliminate "
                         "Child Labor")
    out = extract_dol_lists([table], ACTIONS_FLOWED)
    got = [(a.area, a.action, a.first_year, a.last_year) for a in out.suggested_actions]
    assert got == [
        ("Legal Framework", "Ensure that the law's minimum age provisions apply to all children, "
         "including those working without a signed employment contract.", 2016, 2016),
        ("Enforcement", "Increase the number of labor inspectors to meet the ILO "
         "recommendation.", 2014, 2016),
        ("Social Programs", "Institute programs to address child labor, particularly in the "
         "production of cotton.", 2014, 2016),
    ]


# --- layout text: the reader gives one row per printed line --------------------------------------

LAWS_LAYOUT_LINES = """\
Table 4. Laws and Regulations on Child Labor
 Standard                                     International    Age     Legislation
 Minimum Age for Hazardous Work               No               18      Article 26.1(2) of the Labor Code; Article 153 of the Criminal
                                                                       Code (21,25)
 Prohibition of Commercial Sexual             No               N/A     Articles 134-135 and 312 of the Criminal Code (25)
 Exploitation of Children
 Prohibition of Military Recruitment by Non-  Yes              N/A     Article 41 of the Law on Children's Rights (25,28)
 state Armed Groups
"""  # noqa: E501


def test_layout_lines_of_one_row_are_joined() -> None:
    table = literal_table(
        LAWS_LAYOUT_LINES, "Table 4. Laws and Regulations on Child Labor",
        ["Standard", "International", "Age", "Legislation"],
        [["Minimum Age for Hazardous Work", "No", "18",
          "Article 26.1(2) of the Labor Code; Article 153 of the Criminal"],
         ["", "", "", "Code (21,25)"],
         ["Prohibition of Commercial Sexual", "No", "N/A",
          "Articles 134-135 and 312 of the Criminal Code (25)"],
         ["Exploitation of Children", "", "", ""],
         ["Prohibition of Military Recruitment by Non-", "Yes", "N/A",
          "Article 41 of the Law on Children's Rights (25,28)"],
         ["state Armed Groups", "", "", ""]])
    out = extract_dol_lists([table], LAWS_LAYOUT_LINES)
    got = [(x.label, x.standard, x.meets_international, x.legislation, x.citations)
           for x in out.laws]
    assert got == [
        ("Minimum Age for Hazardous Work", "minimum_age_hazardous_work", False,
         "Article 26.1(2) of the Labor Code; Article 153 of the Criminal Code", "21;25"),
        ("Prohibition of Commercial Sexual Exploitation of Children", "csec_prohibited", False,
         "Articles 134-135 and 312 of the Criminal Code", "25"),
        ("Prohibition of Military Recruitment by Non-state Armed Groups",
         "military_recruitment_non_state", True, "Article 41 of the Law on Children's Rights",
         "25;28"),
    ]
    assert not [w for w in out.warnings if w.startswith("laws")]


SECTORS_LAYOUT_LINES = """\
Table 2. Overview of Children's Work by Sector and Activity
 Sector/Industry        Activity
 Industry               Producing bricks,† quarrying and breaking sandstone† and granite,† and mining and collecting mica† and
                        coal† (2,16,40-48)
 Categorical Worst      Forced labor in agriculture, including producing hybrid cottonseed, each sometimes as a result
 Forms of Child         of human trafficking (48,58,59)
 Labor‡                 Forced labor in producing bricks, quarrying stones, and in rice mills (2,48,60-65)
"""  # noqa: E501


def test_layout_sector_lines_of_one_activity_and_one_label_are_joined() -> None:
    table = literal_table(
        SECTORS_LAYOUT_LINES, "Table 2. Overview of Children's Work by Sector and Activity",
        ["Sector/Industry", "Activity"],
        [["Industry", "Producing bricks,† quarrying and breaking sandstone† and granite,† and "
          "mining and collecting mica† and"],
         ["", "coal† (2,16,40-48)"],
         ["Categorical Worst", "Forced labor in agriculture, including producing hybrid "
          "cottonseed, each sometimes as a result"],
         ["Forms of Child", "of human trafficking (48,58,59)"],
         ["Labor‡", "Forced labor in producing bricks, quarrying stones, and in rice mills "
          "(2,48,60-65)"]])
    out = extract_dol_lists([table], SECTORS_LAYOUT_LINES)
    got = [(a.sector, a.activity[:40], a.hazardous, a.citations) for a in out.sector_activities]
    assert got == [
        ("industry", "Producing bricks, quarrying and breaking", True,
         "2;16;40;41;42;43;44;45;46;47;48"),
        ("categorical_wfcl", "Forced labor in agriculture, including p", False, "48;58;59"),
        ("categorical_wfcl", "Forced labor in producing bricks, quarry", False,
         "2;48;60;61;62;63;64;65"),
    ]
    assert out.sector_activities[0].activity.endswith("collecting mica and coal")
    assert not [w for w in out.warnings if w.startswith("sectors")]


ACTIONS_LAYOUT_LINES = """\
II. LEGAL FRAMEWORK FOR CHILD LABOR
III. ENFORCEMENT OF LAWS ON CHILD LABOR
Table 11. Suggested Government Actions to Eliminate Child Labor
 Area          Suggested Action                                                       Year(s) Suggested
 Legal         Institute a compulsory education age equal to the minimum age for work.    2009 – 2019
 Framework     Ensure that all children are protected by law, including children          2018 – 2019
               working outside of formal employment relationships.
 Enforcement   Build the capacity of local-level authorities.                             2012 – 2019
 REFERENCES    20 Promchertchoo, P. Cambodia's rapid urbanisation fuels child
"""  # noqa: E501


def test_layout_action_lines_and_area_names_are_joined_and_references_end_the_table() -> None:
    table = literal_table(
        ACTIONS_LAYOUT_LINES, "Table 11. Suggested Government Actions to Eliminate Child Labor",
        ["Area", "Suggested Action", "Year(s) Suggested"],
        [["Legal", "Institute a compulsory education age equal to the minimum age for work.",
          "2009 – 2019"],
         ["Framework", "Ensure that all children are protected by law, including children",
          "2018 – 2019"],
         ["", "working outside of formal employment relationships.", ""],
         ["Enforcement", "Build the capacity of local-level authorities.", "2012 – 2019"],
         ["REFERENCES", "20 Promchertchoo, P. Cambodia's rapid urbanisation fuels child", ""]])
    out = extract_dol_lists([table], ACTIONS_LAYOUT_LINES).suggested_actions
    assert [(a.area, a.action[-30:], a.first_year) for a in out] == [
        ("Legal Framework", "l to the minimum age for work.", 2009),
        ("Legal Framework", "rmal employment relationships.", 2018),
        ("Enforcement", "ty of local-level authorities.", 2012),
    ]


def test_an_area_that_begins_no_section_of_the_profile_is_left_empty() -> None:
    # OCR text where the reader took a whole line for the Area cell.
    text = ("II. LEGAL FRAMEWORK FOR CHILD LABOR\n"
            "Table 11. Suggested Government Actions to Eliminate Child Labor\n"
            "Area\tSuggested Action\tYear(s) Suggested\n"
            "Ensure that the law criminally prohibits recruitment by armed groups.\t"
            "Enforcement Publish data on criminal investigations.\t2016\n")
    table = separated_table(text, "Table 11. Suggested Government Actions to Eliminate Child "
                            "Labor", "\t")
    out = extract_dol_lists([table], text)
    assert [(a.area, a.action, a.first_year, a.pairing) for a in out.suggested_actions] == [
        ("", "Enforcement Publish data on criminal investigations.", 2016, "unpaired")]
    assert any("is not an area the profile has a section for" in w for w in out.warnings)


RATIFICATIONS_LAYOUT_MARK_LINES = """\
Table 3. Ratification of International Conventions on Child Labor
      Convention                                                                       Ratification
      ILO C. 138, Minimum Age                                                              ✓

                                                                                           ✓
      ILO C. 182, Worst Forms of Child Labor
      UN CRC                                                                               ✓
      UN CRC Optional Protocol on Armed Conflict                                           ✓
      UN CRC Optional Protocol on the Sale of Children, Child Prostitution and Child Pornography ✓
                                                                                           ✓
      Palermo Protocol on Trafficking in Persons
The government has established laws and regulations related to child labor (Table 4). However, gaps exist in
"""  # noqa: E501


def test_a_mark_printed_on_its_own_line_goes_to_the_nearest_row_without_one() -> None:
    # The reader found no rows; the conventions are read from the lines under the title.
    title = "Table 3. Ratification of International Conventions on Child Labor"
    table = Table(3, title, 0, len(title), [], [], [])
    out = extract_dol_lists([table], RATIFICATIONS_LAYOUT_MARK_LINES)
    assert [(r.convention, r.ratified) for r in out.ratifications] == [
        ("ilo_c138", True), ("ilo_c182", True), ("un_crc", True), ("un_crc_opac", True),
        ("un_crc_opsc", True), ("palermo_protocol", True)]
    assert out.ratifications[4].label == (
        "UN CRC Optional Protocol on the Sale of Children, Child Prostitution and Child "
        "Pornography")


def test_a_printed_no_is_false_and_lost_marks_stay_empty() -> None:
    text = ("Table 3. Ratification of International Conventions on Child Labor\n"
            "      Convention                                       Ratification\n"
            "      ILO C. 138, Minimum Age                              No\n\n"
            "      ILO C. 182, Worst Forms of Child Labor\n"
            "      UN CRC\n")
    table = Table(3, "Ratification of International Conventions on Child Labor", 0, 10, [], [],
                  [])
    out = extract_dol_lists([table], text)
    assert [(r.convention, r.ratified) for r in out.ratifications] == [
        ("ilo_c138", False), ("ilo_c182", None), ("un_crc", None)]


LAWS_2016_LAYOUT = """\
Table 4. Laws and Regulations on Child Labor
                                                  Meets International
  Standard                                                                        Age        Legislation
                                                  Standards: Yes/No
  Prohibition of Using Children in Illicit        No                                         Section 79 of the Children's Act (49)
  Activities
  Minimum Age for Military
  Recruitment
  State Compulsory                                N/A*
  State Voluntary                                 Yes                             16,        Air Force and Army regulation titles unknown (51, 52)
                                                                                  17
  Non-state Compulsory                            No
  Compulsory Education Age                        No                              11         Section 2 of the Primary Education (Compulsory) Act (53)
* No conscription (55)
"""  # noqa: E501


def test_layout_laws_wrapped_label_and_heading_and_wrapped_age() -> None:
    out = extract_dol_lists(read_dol_tables(LAWS_2016_LAYOUT, "pdftotext_layout"),
                            LAWS_2016_LAYOUT)
    got = [(x.standard, x.meets_international, x.age) for x in out.laws]
    assert got == [
        ("illicit_activities_prohibited", False, None),
        ("military_recruitment_state_compulsory", None, None),
        ("military_recruitment_state_voluntary", True, 16),
        ("military_recruitment_non_state", False, None),
        ("compulsory_education_age", False, 11),
    ]
    assert out.laws[0].label == "Prohibition of Using Children in Illicit Activities"
    assert not [w for w in out.warnings if w.startswith("laws")]


@pytest.mark.parametrize(
    ("labels", "count", "carried", "expected"),
    [
        (["agriculture", "industry"], 2, "", ["agriculture", "industry"]),
        (["agriculture", "industry"], 3, "", ["agriculture", "", "industry"]),
        (["a", "b", "c", "d"], 6, "", ["a", "", "", "", "", "d"]),
        (["industry"], 2, "agriculture", ["", "industry"]),
        ([], 2, "services", ["services", "services"]),
        (["a", "b"], 2, "z", ["a", "b"]),
    ],
)
def test_labels_by_order_names_only_the_certain_cells(labels, count, carried, expected) -> None:
    assert labels_by_order(labels, count, carried) == expected


ALL_RATIFIED = ("Angola has ratified all key international conventions concerning child labor\n"
                "(Table 3).\n")


def _flowed_ratifications(prose: str) -> tuple[str, Table]:
    """The flowed ratifications excerpt under a line of prose, and its table."""
    text = prose + RATIFICATIONS_FLOWED
    title = "Table 3. Ratification of International Conventions on Child Labor"
    return text, literal_table(text, title, ["Convention", "Ratification"],
                               [[n, ""] for n in RATIFICATION_NAMES])


def test_the_all_ratified_sentence_gives_every_convention_with_its_offsets() -> None:
    text, table = _flowed_ratifications(ALL_RATIFIED)
    out = extract_dol_lists([table], text)
    assert [(r.convention, r.ratified) for r in out.ratifications] == [
        (key, True) for key in ("ilo_c138", "ilo_c182", "un_crc", "un_crc_opac", "un_crc_opsc",
                                "palermo_protocol")]
    assert {text[r.start : r.end] for r in out.ratifications} == {ALL_RATIFIED.strip()}
    assert not any("no check marks" in w for w in out.warnings)


@pytest.mark.parametrize("prose", [
    "Angola has ratified all key international conventions concerning child labor, except the "
    "Palermo Protocol (Table 3).\n",
    "Angola has ratified most key international conventions concerning child labor (Table 3).\n",
    "Angola has not ratified all key international conventions concerning child labor.\n",
])
def test_a_less_certain_sentence_leaves_ratified_empty(prose) -> None:
    text, table = _flowed_ratifications(prose)
    out = extract_dol_lists([table], text)
    assert {r.ratified for r in out.ratifications} == {None}


def test_marks_the_table_shows_are_kept_over_the_sentence() -> None:
    text = ALL_RATIFIED + RATIFICATIONS_LAYOUT
    table = read_tables(text, "pdftotext_layout")[0]
    out = extract_dol_lists([table], text)
    assert any(r.ratified is False for r in out.ratifications)
    assert any("the table's marks kept" in w for w in out.warnings)


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


# Grenada 2016 (two areas and three actions kept): pdftotext printed the next section's
# heading, REFERENCES, between the area block and the actions; the references follow them.
ACTIONS_FLOWED_REFERENCES_FIRST = """\
II. LEGAL FRAMEWORK FOR CHILD LABOR
III. ENFORCEMENT OF LAWS ON CHILD LABOR
Table 11. Suggested Government Actions to Prevent Child Labor, Including its Worst Forms
Area
Legal Framework

Enforcement

REFERENCES

Suggested Action
Establish a minimum age for hazardous work as 18 and identify hazardous occupations and
activities prohibited for children.
Prohibit the use of children in illicit activities, including drug production and trafficking.
Publish information on the labor inspectorate's funding.

1. U.S. Embassy- St. George's. reporting, January 19, 2017.
"""


def test_flowed_actions_printed_after_the_references_heading_are_kept() -> None:
    text = ACTIONS_FLOWED_REFERENCES_FIRST
    out = extract_dol_lists([flowed_table(text, "Table 11. Suggested Government Actions to "
                                                "Prevent Child Labor")], text)
    assert [(a.area, a.action[:30]) for a in out.suggested_actions] == [
        ("Legal Framework", "Establish a minimum age for ha"),
        ("", "Prohibit the use of children i"), ("Enforcement", "Publish information on the lab")]
