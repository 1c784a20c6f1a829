"""Enforcement records from the DOL labour and criminal enforcement tables."""

from __future__ import annotations

import pytest

from analysis import config
from analysis.extract.dol.enforcement import expand_citations, parse_cell
from analysis.extract.dol.tables import extract_dol_tables
from analysis.extract.labels import match_enforcement
from analysis.extract.tables.cells import Cell

SEED_2017 = config.RAW_DIR / "003_22c48ebdb120ec68.txt"

# Every cell of Tables 6 and 7 of the 2017 seed, as (domain, measure, year, value, unit,
# status, qualifier, citations, printed figure).
SEED_CELLS = [
    ("labor", "inspectorate_funding", 2016, None, "usd", "not_published", "", "30", "Unknown*"),
    ("labor", "inspectorate_funding", 2017, None, "usd", "not_published", "", "5", "Unknown*"),
    ("labor", "labor_inspectors", 2016, 320, "count", "reported", "", "29", "320"),
    ("labor", "labor_inspectors", 2017, 320, "count", "reported", "", "5", "320"),
    ("labor", "inspectorate_can_penalize", 2016, 1, "boolean", "reported", "", "31", "Yes"),
    ("labor", "inspectorate_can_penalize", 2017, 1, "boolean", "reported", "", "31", "Yes"),
    ("labor", "initial_training", 2016, 1, "boolean", "reported", "", "30", "Yes"),
    ("labor", "initial_training", 2017, 1, "boolean", "reported", "", "5", "Yes"),
    ("labor", "training_new_laws", 2016, 1, "boolean", "reported", "", "30", "Yes"),
    ("labor", "training_new_laws", 2017, 1, "boolean", "reported", "", "5", "Yes"),
    ("labor", "refresher_training", 2016, 1, "boolean", "reported", "", "29", "Yes"),
    ("labor", "refresher_training", 2017, 1, "boolean", "reported", "", "5", "Yes"),
    ("labor", "labor_inspections", 2016, 7897, "count", "reported", "partial_year", "30",
     "7,897†"),
    ("labor", "labor_inspections", 2017, 10748, "count", "reported", "", "5", "10,748"),
    ("labor", "labor_inspections_worksite", 2016, None, "count", "unknown", "", "", "Unknown"),
    ("labor", "labor_inspections_worksite", 2017, 10748, "count", "reported", "", "5",
     "10,748"),
    ("labor", "child_labor_violations", 2016, 60, "count", "reported", "", "30", "60"),
    ("labor", "child_labor_violations", 2017, 7, "count", "reported", "", "5", "7"),
    ("labor", "child_labor_penalties_imposed", 2016, 17, "count", "reported", "", "30", "17"),
    ("labor", "child_labor_penalties_imposed", 2017, None, "count", "unknown", "", "5",
     "Unknown"),
    ("labor", "child_labor_penalties_collected", 2016, 17, "count", "reported", "", "30", "17"),
    ("labor", "child_labor_penalties_collected", 2017, None, "count", "unknown", "", "5",
     "Unknown"),
    ("labor", "routine_inspections", 2016, 0, "boolean", "reported", "", "29", "No"),
    ("labor", "routine_inspections", 2017, 1, "boolean", "reported", "", "5", "Yes"),
    ("labor", "routine_inspections_targeted", 2016, None, "boolean", "not_applicable", "", "",
     "N/A"),
    ("labor", "routine_inspections_targeted", 2017, 1, "boolean", "reported", "", "5", "Yes"),
    ("labor", "unannounced_inspections_permitted", 2016, 1, "boolean", "reported", "", "32",
     "Yes"),
    ("labor", "unannounced_inspections_permitted", 2017, 1, "boolean", "reported", "", "32",
     "Yes"),
    ("labor", "unannounced_inspections_conducted", 2016, 1, "boolean", "reported", "", "29",
     "Yes"),
    ("labor", "unannounced_inspections_conducted", 2017, 1, "boolean", "reported", "", "5",
     "Yes"),
    ("labor", "complaint_mechanism", 2016, 1, "boolean", "reported", "", "29", "Yes"),
    ("labor", "complaint_mechanism", 2017, 1, "boolean", "reported", "", "5", "Yes"),
    ("labor", "referral_mechanism", 2016, 1, "boolean", "reported", "", "29", "Yes"),
    ("labor", "referral_mechanism", 2017, 1, "boolean", "reported", "", "5", "Yes"),
    ("criminal", "initial_training", 2016, 1, "boolean", "reported", "", "30", "Yes"),
    ("criminal", "initial_training", 2017, 1, "boolean", "reported", "", "5", "Yes"),
    ("criminal", "training_new_laws", 2016, None, "boolean", "not_applicable", "", "", "N/A"),
    ("criminal", "training_new_laws", 2017, 1, "boolean", "reported", "", "5", "Yes"),
    ("criminal", "refresher_training", 2016, 1, "boolean", "reported", "", "29", "Yes"),
    ("criminal", "refresher_training", 2017, 1, "boolean", "reported", "", "5", "Yes"),
    ("criminal", "investigations", 2016, 13, "count", "reported", "", "29", "13"),
    ("criminal", "investigations", 2017, 10, "count", "reported", "", "5", "10"),
    ("criminal", "violations_found", 2016, 13, "count", "reported", "", "30", "13"),
    ("criminal", "violations_found", 2017, 16, "count", "reported", "", "5", "16"),
    ("criminal", "prosecutions", 2016, 10, "count", "reported", "", "30", "10"),
    ("criminal", "prosecutions", 2017, 9, "count", "reported", "", "5", "9"),
    ("criminal", "convictions", 2016, 3, "count", "reported", "", "30", "3"),
    ("criminal", "convictions", 2017, 3, "count", "reported", "", "5", "3"),
    ("criminal", "referral_mechanism", 2016, 1, "boolean", "reported", "", "29", "Yes"),
    ("criminal", "referral_mechanism", 2017, 1, "boolean", "reported", "", "5", "Yes"),
]


@pytest.fixture(scope="module")
def seed_2017() -> tuple[str, list]:
    """The 2017 seed text and its enforcement records."""
    text = SEED_2017.read_text(encoding="utf-8")
    return text, extract_dol_tables(text, "markdown", 2017).enforcement


def test_seed_tables_give_every_cell_exactly(seed_2017):
    text, records = seed_2017
    got = [(r.domain, r.measure, r.data_year, r.value, r.unit, r.status, r.qualifier,
            r.citations, text[r.start : r.end]) for r in records]
    assert got == SEED_CELLS


def test_seed_notes_are_attached_to_marked_figures(seed_2017):
    _, records = seed_2017
    partial = next(r for r in records if r.qualifier == "partial_year")
    assert partial.note == "Data are from January 1, 2016 to September 30, 2016."
    funding = next(r for r in records if r.measure == "inspectorate_funding")
    assert funding.note == "The government does not publish this information."
    assert {r.source for r in records} == {"table"}
    assert all(r.label for r in records)


@pytest.mark.parametrize(("printed", "expected"), [
    ("(30)", "30"), ("(1; 3)", "1;3"), ("(21, 42)", "21;42"), ("(1-3)", "1;2;3"),
    ("(8, 28-30)", "8;28;29;30"), ("(40,43)", "40;43"), ("", ""),
])
def test_citations_are_expanded(printed, expected):
    assert expand_citations(printed) == expected


@pytest.mark.parametrize(("printed", "value", "unit", "status", "marks"), [
    ("$2.4 million (34)", 2_400_000, "usd", "reported", ""),
    ("$5,649.71 (28)", 5649.71, "usd", "reported", ""),
    ("1, 484‡", 1484, "count", "reported", "‡"),
    ("Unknown* (5)", None, "", "unknown", "*"),
    ("N/A (12)", None, "", "not_applicable", ""),
    ("No (21)", 0, "boolean", "reported", ""),
    ("1,813t (31)", 1813, "count", "reported", "t"),
])
def test_cells_are_read_as_printed(printed, value, unit, status, marks):
    parsed = parse_cell(Cell(printed, 100, 100 + len(printed)))
    assert parsed is not None
    assert (parsed.value, parsed.unit, parsed.status, parsed.marks) == (value, unit, status,
                                                                        marks)
    assert parsed.start == 100


@pytest.mark.parametrize(("printed", "status"), [
    ("Unknown (6O)", "unknown"), ("N/A (4I)", "not_applicable"), ("Yes‡ (1O)", "reported"),
])
def test_a_cell_whose_citation_ocr_read_with_a_capital_is_read_without_the_citation(
        printed, status):
    parsed = parse_cell(Cell(printed, 0, len(printed)))
    assert parsed is not None
    assert (parsed.status, parsed.citations) == (status, "")


def test_a_cell_that_is_not_a_figure_is_not_read():
    assert parse_cell(Cell("SO (1)", 0, 6)) is None


TAB_2015 = (
    "Table 5. Labor Law Enforcement Efforts Related to Child Labor\n\n"
    "Overview of Labor Law Enforcement\t2014\t2015\n"
    "Labor Inspectorate Funding\tUnknown\t$70,000 (3)\n"
    "Number of Labor Inspectors\t45 (12)\t51 (3)\n"
    "Number of Child Labour Inspectors in Ports\t2 (12)\t3 (3)\n"
    "Number of Labor Inspections\t1,200* (12)\tUnknown\n\n"
    "* Data are from January to June 2014.\n"
)


def test_tab_table_of_2015_style_and_an_unknown_label():
    ex = extract_dol_tables(TAB_2015, "pdf_text", 2015)
    rows = {(r.measure, r.data_year): r for r in ex.enforcement}
    assert rows[("inspectorate_funding", 2015)].value == 70_000
    assert rows[("labor_inspectors", 2014)].value == 45
    assert rows[("labor_inspections", 2014)].qualifier == "partial_year"
    unknown = [r for r in ex.enforcement if not r.measure]
    assert {r.label for r in unknown} == {"Number of Child Labour Inspectors in Ports"}
    assert [r.value for r in unknown] == [2, 3]
    assert any("Number of Child Labour Inspectors in Ports" in w for w in ex.warnings)


MARKDOWN_2020 = """Table 7. Criminal Law Enforcement Efforts Related to Child Labor

| Overview of Criminal Law Enforcement | 2018 | 2019 | 2020 |
|---|---|---|---|
| Initial Training for New Criminal Investigators | Yes (4) | Yes (3) | Unknown |
| Number of Investigations | 12 (4) | 9‡ (3) | 14 (20; 21) |
| Imposed Penalties for Violations Related to the Worst Forms of Child Labor | No (4) | 2 (3) | N/A |

‡ Data are from January to June 2019.
"""  # noqa: E501


def test_three_year_columns_and_a_row_of_yes_no_or_counts():
    ex = extract_dol_tables(MARKDOWN_2020, "markdown", 2020)
    got = {(r.measure, r.data_year): (r.value, r.unit, r.status, r.citations)
           for r in ex.enforcement}
    assert got[("investigations", 2020)] == (14, "count", "reported", "20;21")
    assert got[("investigations", 2019)][0] == 9
    assert got[("initial_training", 2020)] == (None, "boolean", "unknown", "")
    assert got[("criminal_penalties_imposed", 2018)] == (0, "boolean", "reported", "4")
    assert got[("criminal_penalties_imposed", 2019)] == (2, "count", "reported", "3")
    assert got[("criminal_penalties_imposed", 2020)][2] == "not_applicable"
    assert {r.domain for r in ex.enforcement} == {"criminal"}


OCR = """Table 6. Labor Law Enforcement Efforts Related to Child Labor

Labor Inspectorate Funding Unknown Unknown* (36)
Number of Labor Inspections 11,400 (38) 7,897* (36)

* The Government does not publish this information.
¢ Data are from January 1 to September 30, 2016.
"""


def test_ocr_misread_mark_takes_the_note_no_figure_claims():
    ex = extract_dol_tables(OCR, "ocr_columns", 2016)
    got = {(r.measure, r.data_year): r for r in ex.enforcement}
    inspections = got[("labor_inspections", 2016)]
    assert inspections.value == 7897
    assert inspections.qualifier == "partial_year"
    assert inspections.note.startswith("Data are from January 1")
    assert got[("inspectorate_funding", 2016)].status == "not_published"
    assert got[("inspectorate_funding", 2015)].status == "unknown"
    assert any("no year headings" in w for w in ex.warnings)


LAYOUT_ENTITIES = """Table 6. Labor Law Enforcement Efforts Related to Child Labor
 Overview of Labor Law Enforcement                   Related Entity       2018             2019
 Labor Inspectorate Funding                                               Unknown (10)     Unknown (3)
 Number of Labor Inspectors                          National Total       Unknown (10)     Unknown (3)
                                                     Punjab               Unknown (10)     80 (3)
                                                     Sindh                152(10)          120 (3)

The number of labor inspectors is likely insufficient.
"""  # noqa: E501


def test_a_related_entity_column_gives_each_row_its_territory():
    ex = extract_dol_tables(LAYOUT_ENTITIES, "pdftotext_layout", 2019)
    got = {(r.measure, r.territory, r.data_year): (r.value, r.status, r.label,
                                                    LAYOUT_ENTITIES[r.start : r.end])
           for r in ex.enforcement}
    inspectors = "Number of Labor Inspectors"
    assert got[("labor_inspectors", "Punjab", 2019)] == (80, "reported", inspectors, "80")
    assert got[("labor_inspectors", "Sindh", 2018)] == (152, "reported", inspectors, "152")
    assert got[("labor_inspectors", "National Total", 2019)][1:] == (
        "unknown", inspectors, "Unknown")
    assert got[("inspectorate_funding", "", 2019)][1:] == (
        "unknown", "Labor Inspectorate Funding", "Unknown")
    assert len(got) == len(ex.enforcement) == 8


@pytest.mark.parametrize(("printed", "damaged"), [
    ("Table 6.", "Ta-ble 6."),  # a sign inside "Table"
    ("2019\n", "209\n"),  # the second year heading lost a digit
    ("2019\n", "20I9\n"),  # a letter for a digit
    ("2018             2019", "201              20 19"),  # both: a space and a digit lost
])
def test_a_damaged_title_or_year_heading_still_gives_the_same_records(printed, damaged):
    text = LAYOUT_ENTITIES.replace(printed, damaged, 1)
    assert cells(text, "pdftotext_layout", 2019).keys() == cells(
        LAYOUT_ENTITIES, "pdftotext_layout", 2019).keys()


@pytest.mark.parametrize(("printed", "damaged"), [
    ("152(10)", "15 2(10)"),  # a space inside a figure: one piece of a column is one cell
    ("  80 (3)", "- 80 (3)"),  # a sign OCR put before a cell
])
def test_a_damaged_layout_cell_gives_the_same_value(printed, damaged):
    text = LAYOUT_ENTITIES.replace(printed, damaged, 1)
    got = {k: v[:3] for k, v in cells(text, "pdftotext_layout", 2019).items()}
    assert got == {k: v[:3] for k, v in cells(LAYOUT_ENTITIES, "pdftotext_layout", 2019).items()}


def cells(text: str, layout: str, year: int) -> dict[tuple[str, str, int], tuple]:
    """Enforcement records by measure, territory and year: value, status, label, printed."""
    ex = extract_dol_tables(text, layout, year)
    return {(r.measure, r.territory, r.data_year): (r.value, r.status, r.label,
                                                     text[r.start : r.end])
            for r in ex.enforcement}


# pdftotext (flowed), 2016 Pakistan: a "Related Entity" block for one label of Table 6.
FLOWED_ENTITIES = """Table 6. Labor Law Enforcement Efforts Related to Child Labor
Overview of Labor Law Enforcement
Labor Inspectorate Funding
Number of Labor Inspectors

Related Entity
National Total
Punjab
Khyber Pakhtunkhwa
Sindh
Balochistan

Inspectorate Authorized to Assess Penalties

2015
Unknown (77)
Unknown
Unknown
54 (77)
138 (77)
Unknown
Yes (77)

2016
Unknown (17)
334 (78)
130 (78)
39 (78)
120 (78)
45 (78)
Yes (17)

Following the devolution of Federal powers to Provincial Governments, the Provinces are responsible for enforcing labor laws.
"""  # noqa: E501


def test_flowed_related_entity_block_gives_the_label_above_one_row_per_entity():
    got = cells(FLOWED_ENTITIES, "pdftotext_flowed", 2016)
    inspectors = "Number of Labor Inspectors"
    assert {t: got[("labor_inspectors", t, 2016)][0] for t in (
        "National Total", "Punjab", "Khyber Pakhtunkhwa", "Sindh", "Balochistan")} == {
        "National Total": 334, "Punjab": 130, "Khyber Pakhtunkhwa": 39, "Sindh": 120,
        "Balochistan": 45}
    assert got[("labor_inspectors", "Sindh", 2015)] == (138, "reported", inspectors, "138")
    assert got[("labor_inspectors", "Punjab", 2016)][2:] == (inspectors, "130")
    assert got[("inspectorate_funding", "", 2016)] == (None, "unknown",
                                                       "Labor Inspectorate Funding", "Unknown")
    assert got[("inspectorate_can_penalize", "", 2015)][3] == "Yes"
    assert len(got) == 14


def test_flowed_entities_that_do_not_fit_the_values_are_left_out_with_a_warning():
    text = FLOWED_ENTITIES.replace("Balochistan\n", "")
    ex = extract_dol_tables(text, "pdftotext_flowed", 2016)
    assert ex.enforcement == []
    assert [w for w in ex.warnings if w.startswith("Table 6")] == [
        "Table 6: 6 label and entity rows do not fit the values of each column; left out",
        "Table 6 (Labor Law Enforcement Efforts Related to Child Labor): no figures read"]


# pdftotext (flowed), 2016 Tanzania: every row names its entities; a name joining both
# entities ("Mainland and Zanzibar") is a row of its own.
FLOWED_EVERY_ROW = """Table 6. Labor Law Enforcement Efforts Related to Child Labor
Overview of Labor Law Enforcement
Number of Labor Inspectors
Training for Labor Inspectors
Initial Training for New Employees
Training on New Laws Related to Child Labor

Related Entity
Mainland
Zanzibar
Mainland and Zanzibar
Mainland
Zanzibar

2015
Unknown
Unknown
Unknown
Unknown (54)
Unknown

2016
120 (33)
5 (33)
Unknown (33)
Yes (33)
Unknown (33)
"""


def test_flowed_entity_column_of_every_row_splits_at_a_repeated_entity():
    got = cells(FLOWED_EVERY_ROW, "pdftotext_flowed", 2016)
    assert {k: v[0] for k, v in got.items() if k[2] == 2016} == {
        ("labor_inspectors", "Mainland", 2016): 120,
        ("labor_inspectors", "Zanzibar", 2016): 5,
        ("initial_training", "Mainland and Zanzibar", 2016): None,
        ("training_new_laws", "Mainland", 2016): 1,
        ("training_new_laws", "Zanzibar", 2016): None,
    }
    assert got[("training_new_laws", "Mainland", 2015)][3] == "Unknown"
    assert got[("training_new_laws", "Mainland", 2016)][3] == "Yes"


# pdftotext (flowed), 2016 Bosnia and Herzegovina: entity blocks without their heading.
FLOWED_UNHEADED = """Table 6. Labor Law Enforcement Efforts Related to Child Labor
Overview of Labor Law Enforcement
Labor Inspectorate Funding
Number of Labor Inspectors

FBiH/RS/BD
FBiH
RS
BD

2015
Unknown* (5)
78 (5)
36 (5)
7 (5)

2016
Unknown (13)
39 (48)
35 (48)
4 (48)

* The Government does not publish this information.
"""


def test_flowed_entity_blocks_are_read_without_their_heading_when_they_fit():
    got = cells(FLOWED_UNHEADED, "pdftotext_flowed", 2016)
    assert {(m, t): v[3] for (m, t, y), v in got.items() if y == 2016} == {
        ("inspectorate_funding", "FBiH/RS/BD"): "Unknown",
        ("labor_inspectors", "FBiH"): "39",
        ("labor_inspectors", "RS"): "35",
        ("labor_inspectors", "BD"): "4",
    }
    assert got[("inspectorate_funding", "FBiH/RS/BD", 2015)][1] == "not_published"


# tesseract OCR, 2016 Tanzania: entities printed after the labels, a label wrapped around
# one, and a stretch printed as column blocks.
OCR_ENTITIES = """Table 7. Criminal Law Enforcement Efforts Related to the Worst Forms of Child Labor

Number of Violations Found Mainland Unknown 10 (33)
Zanzibar Unknown Unknown (33)
Training on New Laws Related to the Worst Forms of Mainland Yes (8) Yes (33)
Child Labor Zanzibar Unknown Unknown (33)

Refresher Courses Provided
Number of Investigations

Mainland and Zanzibar
Mainland
Zanzibar

Unknown (8)
Unknown (8)
Unknown (8)

Unknown (33)
Unknown (33)
Unknown (33)

In 2016, criminal law enforcement agencies in Tanzania took actions to combat child labor.
"""  # noqa: E501


def test_ocr_entities_after_labels_wrapped_labels_and_column_blocks():
    got = cells(OCR_ENTITIES, "ocr_columns", 2016)
    assert {(m, t): v[3] for (m, t, y), v in got.items() if y == 2016} == {
        ("violations_found", "Mainland"): "10",
        ("violations_found", "Zanzibar"): "Unknown",
        ("training_new_laws", "Mainland"): "Yes",
        ("training_new_laws", "Zanzibar"): "Unknown",
        ("refresher_training", "Mainland and Zanzibar"): "Unknown",
        ("investigations", "Mainland"): "Unknown",
        ("investigations", "Zanzibar"): "Unknown",
    }
    assert got[("training_new_laws", "Mainland", 2015)][2] == (
        "Training on New Laws Related to the Worst Forms of Child Labor")


# tesseract OCR, 2016 Bosnia and Herzegovina: the entity of a sub-heading covers its rows;
# a value cell OCR glued to a label is no entity.
OCR_HEADING_ENTITY = """Table 6. Labor Law Enforcement Efforts Related to Child Labor

Labor Inspectorate Funding SO (43) Unknown (13)
Training for Labor Inspectors FBIH/RS/BD
Initial Training for New Employees Unknown No (13)
Refresher Courses Provided Unknown No (13)
Number of Labor Inspections FBiH/RS/BD Unknown Unknown (13)
"""


def test_ocr_sub_heading_entity_covers_its_rows_and_glued_values_are_no_entity():
    got = cells(OCR_HEADING_ENTITY, "ocr_columns", 2016)
    assert {(m, t) for m, t, _ in got} == {
        ("inspectorate_funding", ""), ("initial_training", "FBIH/RS/BD"),
        ("refresher_training", "FBIH/RS/BD"), ("labor_inspections", "FBiH/RS/BD")}


MARKDOWN_ENTITIES = """**Table 6. Labor Law Enforcement Efforts Related to Child Labor**

| Overview of Labor Law Enforcement | Related Entity | 2018 | 2019 |
|---|---|---|---|
| Labor Inspectorate Funding | Mainland | Unknown (7) | Unknown (2) |
| | Zanzibar | $28,193 (7) | $7,180 (2) |
| Number of Labor Inspectors | Mainland | 79 (7) | Unknown (2) |
| | Zanzibar | 20 (7) | 11 (2) |
"""

TAB_ENTITIES = MARKDOWN_ENTITIES.replace("**", "").replace("|---|---|---|---|\n", "").replace(
    " | ", "\t").replace("| ", "").replace(" |", "").replace("|\t", "\t")


@pytest.mark.parametrize(("text", "layout"), [
    (MARKDOWN_ENTITIES, "markdown"), (TAB_ENTITIES, "pdf_text")])
def test_delimited_related_entity_column(text, layout):
    got = cells(text, layout, 2019)
    assert got[("inspectorate_funding", "Zanzibar", 2019)] == (
        7180, "reported", "Labor Inspectorate Funding", "$7,180")
    assert got[("labor_inspectors", "Mainland", 2018)][3] == "79"
    assert got[("labor_inspectors", "Zanzibar", 2019)][3] == "11"
    assert len(got) == 8


@pytest.mark.parametrize(("label", "domain", "measure"), [
    ("Number Conducted at Worksites", "labor", "labor_inspections_worksite"),
    ("Number Conducted by Desk Reviews", "labor", "labor_inspections_desk_review"),
    ("Number of Child Labor Dedicated Inspectors", "labor", "dedicated_labor_inspectors"),
    ("Number Child Labor Violations for Which Penalties Were Imposed", "labor",
     "child_labor_penalties_imposed"),
    ("Reciprocal Referral Mechanism Exists Between Criminal Authorities and Social Services",
     "criminal", "referral_mechanism"),
    ("Number of Violations Found", "criminal", "violations_found"),
    ("Number of Penalties Imposed That Were Collected", "labor",
     "child_labor_penalties_collected"),
    ("Number of Penalties that Were Collected", "labor", "child_labor_penalties_collected"),
    ("Number of Imposed that Were Collected", "labor", "child_labor_penalties_collected"),
    ("Number of Child Penalties Imposed that Were Collected", "labor",
     "child_labor_penalties_collected"),
    ("Number of Penalties Imposed That WereCollected", "labor",
     "child_labor_penalties_collected"),
])
def test_labels_map_through_the_data_file(label, domain, measure):
    rule = match_enforcement(label, domain)
    assert rule is not None and rule.measure == measure


def test_a_label_of_the_other_domain_does_not_match():
    assert match_enforcement("Number of Investigations", "labor") is None
