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


def flowed_table(text: str, title: str) -> Table:
    """A table of flowed text as the reader returns it when it finds no rows."""
    start = text.index(title)
    number = int(re.match(r"Table (\d+)", title).group(1))
    return Table(number, title, start, start + len(title), [], [], [])


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
