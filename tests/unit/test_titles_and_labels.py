"""Tables found by their titles' words and rows matched by their labels, on hand-damaged text.

Each excerpt is a small real-shaped table whose title or labels carry one kind of damage that
OCR or a PDF converter does; the table must still be found and its rows read.
"""

from __future__ import annotations

import csv

import pytest

from analysis import config, schema
from analysis.extract.coverage import audit
from analysis.extract.dispatch import extract
from analysis.extract.dol.tables import extract_dol_tables
from analysis.extract.labels import label_role, match_enforcement, match_prevalence
from analysis.extract.tables.blocks import classify, furniture_line
from analysis.extract.tables.cells import (
    NO_HINTS,
    TextLine,
    damaged_value,
    mended_value,
    mended_year,
    normalise_label,
)
from analysis.extract.tables.titles import expected_kinds, match_title

STATISTICS = """{title}

Children Age Percent
Working (% and population) 5-14 yrs. 2.2 (58,000)
Attending School (%) 5-14 yrs. 96.4
Combining Work and School (%) 7-14 yrs. 2.5
Primary Completion Rate (%) 104.9

Source for all other data: Understanding Children's Work Project's analysis of statistics from
National Child Labor Survey, 2010.(8)
"""
TITLE = "Table 1. Statistics on Children's Work and Education"


@pytest.mark.parametrize("title", [
    TITLE,
    "Table I. Statistics on Children's Work and Education",
    "Table |. Statistics on Children's Work and Education",
    "Table l. Statistics on Children's Work and Education",
    "Tab1e 1. Statistics on Chi1dren's Work and Educati0n",
    "Table 1 Statistics on Children's Work and Education",
    "Table1.Statistics on Children'sWork andEducation",
    "Table 1. Stat istics on Children's Work and Education",
    "TABLE 1. STATISTICS ON CHILDREN'S WORK AND EDUCATION",
    "Figure 1. Working Children by Sector, Ages 5-14 Table 1. Statistics on Children's Work "
    "and Education",
    "Table 1. Statistics on Children's Work and Education Figure 1. Working Children by Sector",
])
def test_a_damaged_statistics_title_still_gives_its_table(title):
    ex = extract_dol_tables(STATISTICS.format(title=title), "ocr_columns", 2016)
    got = {p.indicator: p.value_pct for p in ex.prevalence}
    assert got == {"working": 2.2, "attending_school": 96.4, "combining_work_school": 2.5,
                   "primary_completion": 104.9}


@pytest.mark.parametrize("line", [
    "Table 2 provides an overview of children's work by sector and activity.",
    "Based on a review of available information, Table 1 provides key indicators.",
    "8. UNESCO. Beyond 20/20 Web Data Systems: Table 1: Education Systems. 2012.",
    "Table: Children Street Situation, Save the Children",
])
def test_prose_mentioning_a_table_is_no_title(line):
    assert match_title(line) is None


def test_the_number_is_read_when_it_can_be_and_never_needed():
    assert match_title("Table I. Statistics on Children's Work").number == 1
    assert match_title("Table |0. Key Social Programs to Address Child Labor").number == 10
    found = match_title("Table ?. Labor Law Enforcement Efforts Related to Child Labor")
    assert found is not None
    assert (found.kind, found.number) == ("labor_enforcement", None)


ENFORCEMENT = """{title}

Overview of Labor Law Enforcement 2015 2016
{labels[0]} Unknown $70,000 (3)
{labels[1]} 45 (12) 51 (3)
{labels[2]} Yes (12) Yes (3)
{labels[3]} 1,200 (12) 1,310 (3)
"""
LABELS = ("Labor Inspectorate Funding", "Number of Labor Inspectors",
          "Inspectorate Authorized to Assess Penalties", "Number of Labor Inspections")
MEASURES = ("inspectorate_funding", "labor_inspectors", "inspectorate_can_penalize",
            "labor_inspections")


@pytest.mark.parametrize("labels", [
    LABELS,
    tuple(f"n {label}" for label in LABELS),
    tuple(f"• {label}" for label in LABELS),
    tuple(f"- {label}" for label in LABELS),
    tuple(f"o {label}" for label in LABELS),
    tuple(label.lower() for label in LABELS),
    ("Labor lnspectorate Funding", "Number of Labor Inspect0rs",
     "lnspectorate Authorized to Assess Penalties", "Number 0f Labor Inspections"),
    ("Labor Inspectorate  Funding:", "Number of Labor-Inspectors", "Inspectorate Authorized to "
     "Assess Penalties.", "Number of Labor Inspections"),
    ("Funding for the Labor Inspectorate", "Number of Labor Inspectors",
     "Mechanism to Assess Civil Penalties", "Number of Labor Inspections Conducted"),
])
@pytest.mark.parametrize("title", [
    "Table 6. Labor Law Enforcement Efforts Related to Child Labor",
    "Table 6 Labor Law Enforcement Efforts Related to Child Labor",
    "Tab1e 6. Labor Law Enforcernent Efforts Related to Child Labor",
])
def test_damaged_or_reworded_labels_still_give_their_rows(title, labels):
    ex = extract_dol_tables(ENFORCEMENT.format(title=title, labels=labels), "ocr_columns", 2016)
    got = {(r.measure, r.data_year): r.value for r in ex.enforcement}
    assert got[("labor_inspectors", 2016)] == 51
    assert got[("labor_inspections", 2015)] == 1200
    assert got[("inspectorate_can_penalize", 2016)] == 1
    assert {m for m, _ in got} == set(MEASURES)
    assert not any(r.label.startswith(("n ", "• ", "- ", "o ")) for r in ex.enforcement)


@pytest.mark.parametrize(("printed", "measure"), [
    ("n Refresher Courses Provided", "refresher_training"),
    ("Unannounced lnspections Perrnitted", "unannounced_inspections_permitted"),
    ("Reciprocal Referral Mechanism Exists Between Labor Authorities and Social Services",
     "referral_mechanism"),
    ("Number Conducted at Worksite", "labor_inspections_worksite"),
    ("Number of Child Labor Dedicated Inspectors", "dedicated_labor_inspectors"),
])
def test_labels_map_to_their_measure(printed, measure):
    rule = match_enforcement(printed, "labor")
    assert rule is not None
    assert rule.measure == measure


@pytest.mark.parametrize("printed", [
    "Number of Child Labour Inspectors in Ports",
    "Inspectors",
    "Penalties",
    "The government did not publish the number of inspections it carried out in 2016.",
])
def test_labels_too_far_from_any_row_stay_unmapped(printed):
    assert match_enforcement(printed, "labor") is None


def test_statistics_labels_are_matched_through_ocr_damage():
    assert match_prevalence("W0rking (% and popu1ation)").measure == "working"
    assert match_prevalence("Children Attending Schoo1 (%)").measure == "attending_school"
    assert match_prevalence("Percent") is None or match_prevalence("Percent").role == "header"


def test_a_list_mark_is_not_part_of_the_label():
    assert normalise_label("n Initial Training for New Employees") == (
        "initial training for new employees")
    assert normalise_label("no (6)") == "no"


def test_an_unknown_label_in_a_known_table_is_kept_and_counted():
    labels = (*LABELS[:3], "Number of Inspections by Drone")
    text = ENFORCEMENT.format(title="Table 6. Labor Law Enforcement Efforts Related to Child "
                              "Labor", labels=labels)
    found = extract(text, series="dol_findings", layout="ocr_columns", report_year=2016)
    unknown = [r for r in found.enforcement if not r.measure]
    assert [r.value for r in unknown] == [1200, 1310]
    assert {r.label for r in unknown} == {"Number of Inspections by Drone"}
    (row,) = [c for c in found.coverage if c.table_kind == "labor_enforcement"]
    assert (row.status, row.records, row.unmapped_labels) == ("read", 8, 1)


def test_a_title_whose_table_gives_nothing_is_a_warning():
    text = ("Table 6. Labor Law Enforcement Efforts Related to Child Labor\n\n"
            "The table could not be printed in this edition of the report, and its figures\n"
            "are given in the text that follows for every year the report covers.\n")
    found = extract(text, series="dol_findings", layout="ocr_columns", report_year=2016)
    (row,) = [c for c in found.coverage if c.table_kind == "labor_enforcement"]
    assert (row.status, row.title_found, row.records) == ("title_only", True, 0)
    assert any(w.startswith("labor_enforcement: the title") for w in found.warnings)
    missing = {c.table_kind for c in found.coverage if c.status == "not_found"}
    assert "statistics" in missing
    assert "criminal_enforcement" in missing


def test_the_audit_expects_the_tables_of_each_edition():
    assert "labor_enforcement" not in expected_kinds(2014)
    assert {"statistics", "labor_enforcement", "criminal_enforcement"} <= set(
        expected_kinds(2019))
    assert expected_kinds(2011) == []
    rows, warnings = audit("no tables here", 2011, extract_dol_tables("", "plain", 2011))
    assert rows == []
    assert warnings == []


def test_title_kinds_are_the_published_enum():
    with (config.PACKAGE_DATA / "table_titles.csv").open(encoding="utf-8") as fh:
        kinds = {r["kind"] for r in csv.DictReader(fh)}
    assert kinds == set(schema.TABLE_KINDS)


# pdftotext (flowed), 2015: the labels of the first rows printed after all the values, the
# label of a page's last row printed among them (Uruguay, Belize, Mongolia).
FLOWED_APART = """Table 6. Labor Law Enforcement Efforts Related to Child Labor
Overview of Labor Law Enforcement

2014

2015

Unknown (11)
160 (20)

$4,000 (11)
150 (11)

Unannounced Inspections Permitted

Unknown* (11)
No (53)

Unknown* (11)
Yes (11)

Labor Inspectorate Funding
n Number of Labor Inspectors
Number of Child Labor Violations Found

Complaint Mechanism Exists

Yes (11)

No (11)

* The Government does not make this information publicly available.
"""


def test_flowed_labels_printed_apart_from_their_values_are_paired_by_count_and_kind():
    ex = extract_dol_tables(FLOWED_APART, "pdftotext_flowed", 2015)
    got = {(r.measure, r.data_year): (r.value, r.status) for r in ex.enforcement}
    assert got[("labor_inspectors", 2015)] == (150, "reported")
    assert got[("inspectorate_funding", 2015)] == (4000, "reported")
    assert got[("child_labor_violations", 2014)] == (None, "not_published")
    assert got[("unannounced_inspections_permitted", 2014)] == (0, "reported")
    assert got[("complaint_mechanism", 2015)] == (0, "reported")


def test_labels_apart_that_fit_in_two_orders_leave_their_values_out():
    text = FLOWED_APART.replace("Number of Child Labor Violations Found",
                                "Routine Inspections Conducted").replace("Unknown* (11)\nNo",
                                                                         "No (11)\nNo")
    ex = extract_dol_tables(text, "pdftotext_flowed", 2015)
    measures = {r.measure for r in ex.enforcement}
    assert "labor_inspectors" in measures
    assert not measures & {"routine_inspections", "unannounced_inspections_permitted"}
    assert any("fit them in two orders" in w for w in ex.warnings)


def test_a_flowed_table_without_a_label_heading_keeps_its_years_over_their_columns():
    text = FLOWED_APART.replace("Overview of Labor Law Enforcement\n", "")
    ex = extract_dol_tables(text, "pdftotext_flowed", 2015)
    got = {(r.measure, r.data_year): r.value for r in ex.enforcement}
    assert got[("labor_inspectors", 2014)] == 160
    assert got[("labor_inspectors", 2015)] == 150


# The same table hand-damaged as OCR damages it: a year heading split, a value word with a
# hyphen and a stray sign, a citation with a space and a letter, labels with a split word, a
# hyphen inside a word and a letter added.
FLOWED_DAMAGED = (FLOWED_APART
                  .replace("2015\n", "2 01 5\n", 1)
                  .replace("Unknown (11)\n160", "U-nknown¥ (11)\n160")
                  .replace("150 (11)", "150 (1 1f)")
                  .replace("Unannounced Inspections Permitted",
                           "Unannounced Ins pections Permitted")
                  .replace("Labor Inspectorate Funding", "Labor Inspectorate Fund-ing")
                  .replace("n Number of Labor Inspectors", "n Number of Labor InspectorsU"))


def test_a_flowed_table_damaged_as_ocr_damages_it_gives_the_same_rows():
    clean = extract_dol_tables(FLOWED_APART, "pdftotext_flowed", 2015)
    damaged = extract_dol_tables(FLOWED_DAMAGED, "pdftotext_flowed", 2015)
    assert {(r.measure, r.data_year, r.value, r.status) for r in damaged.enforcement} == {
        (r.measure, r.data_year, r.value, r.status) for r in clean.enforcement}


# The same table with a sign OCR put on the blank line between two blocks of values: the
# sign parts the blocks as the blank line did.
FLOWED_DASH_ON_A_BLANK = FLOWED_APART.replace("160 (20)\n\n", "160 (20)\n-\n")


def test_a_lone_dash_where_a_blank_line_parted_two_blocks_parts_them():
    clean = extract_dol_tables(FLOWED_APART, "pdftotext_flowed", 2015)
    damaged = extract_dol_tables(FLOWED_DASH_ON_A_BLANK, "pdftotext_flowed", 2015)
    assert FLOWED_DASH_ON_A_BLANK != FLOWED_APART
    assert {(r.measure, r.data_year, r.value, r.status) for r in damaged.enforcement} == {
        (r.measure, r.data_year, r.value, r.status) for r in clean.enforcement}


# The same table damaged past what a cell rule can undo: a year heading with a letter for a
# digit, a figure split by a space, a stray letter on a line of its own, and a figure with a
# letter inside. The rows stay in place; only the figure that cannot be read is missing, and
# a warning names it.
FLOWED_PAST_MENDING = (FLOWED_APART
                       .replace("2015\n", "201G\n", 1)
                       .replace("150 (11)", "15 0 (11)")
                       .replace("$4,000 (11)\n", "f\n$4,000 (11)\n")
                       .replace("160 (20)", "1x60 (20)"))


def test_a_flowed_table_damaged_past_mending_keeps_its_rows_and_names_the_lost_figure():
    clean = extract_dol_tables(FLOWED_APART, "pdftotext_flowed", 2015)
    damaged = extract_dol_tables(FLOWED_PAST_MENDING, "pdftotext_flowed", 2015)
    lost = ("labor_inspectors", 2014, 160, "reported")
    assert {(r.measure, r.data_year, r.value, r.status) for r in damaged.enforcement} == {
        (r.measure, r.data_year, r.value, r.status) for r in clean.enforcement} - {lost}
    assert any("unreadable cell '1x60 (20)'" in w for w in damaged.warnings)


@pytest.mark.parametrize(("printed", "damaged"), [
    ("c9,971 (33)", True),  # a letter added to a figure
    ("20. (680,0O4)", True),  # a digit lost: 20.9, 20.4, ...?
    ("to 14", True),  # "5 to 14" with its 5 lost
    ("4-7.7", True),
    ("Nos", True),  # "No" with a letter added
    ("Number of Labor Inspectors", False),
    ("RS", False),  # an entity's initials, no value
    ("F1", False),  # "FI" damaged, as likely as a figure
    ("Agriculture", False),
    ("No (6)", False),  # a value as printed
    ("U-nknown (11)", False),  # mended with certainty instead
    ("f0 (26)", True),  # a small letter glued to a cited figure
    ("F1 (3)", False),  # a capital: may be an entity's initials
])
def test_value_cells_damaged_past_mending_are_told_from_labels(printed, damaged):
    assert damaged_value(printed) is damaged


@pytest.mark.parametrize(("lines", "kinds"), [
    (["2014", "201", "Label"], "YYL"),  # the last heading before a label
    (["2014", "201G", "Yes (3)"], "YYV"),  # no value as printed
    (["2014", "20-15", "Yes (3)"], "YYV"),  # 20-15 is no age range
    (["2015", "2016t", "Yes (3)"], "YYV"),  # a mark read as a letter
    (["2014", "2-015", "Yes (3)"], "YYV"),  # a hyphen inside, read as debris
    (["201-4", "2015", "Yes (3)"], "YYV"),  # before the heading
    (["2014", "Yes (3)", "2-015", "No"], "YVV"),  # debris after a value: left out
    (["2014", "201", "Yes (3)"], "YVV"),  # 201 may be a first value: left
    (["Yes (3)", "215", "2016"], "VVY"),  # after a value: left
    # a column's heading over its values, the previous column's further up
    (["2015", "Yes (3)", "No", "", "201G", "N/A"], "YVVYV"),
    (["2015", "Yes (3)", "No", "", "2016", "N/A"], "YVVYV"),
    (["2015", "Yes (3)", "No", "", "201", "N/A"], "YVVVV"),  # 201 may be a value
])
def test_a_year_heading_damaged_is_read_from_the_year_beside_it(lines, kinds):
    text = "\n\n".join(lines)
    toks = [t for t in classify([TextLine(0, line) for line in text.split("\n")], NO_HINTS)
            if t.kind != "B"]
    assert "".join(t.kind for t in toks) == kinds


@pytest.mark.parametrize(("printed", "read"), [
    ("17 8 (63)", ["178 (63)"]), ("9 4.5", ["94.5"]), ("N/A Yes (116)", ["N/A", "Yes (116)"]),
])
def test_a_flowed_line_is_one_cell_so_a_figure_split_by_a_space_is_joined(printed, read):
    assert [t.line.text for t in classify([TextLine(0, printed)], NO_HINTS)] == read


@pytest.mark.parametrize(("printed", "mended"), [
    ("YLes (5)", "Yes (5)"),
    ("iYes (11, 83)", "Yes (11, 83)"),
    ("U,nknown (32)", "Unknown (32)"),
    ("No- (52)", "No (52)"),
    ("No (32)-", "No (32)"),
    ("N/A -(17)", "N/A(17)"),
    ("Yes E(27)", "Yes (27)"),
    ("0 -(12)", "0(12)"),  # a hyphen between a figure and its citation
    ("7.S (673,949)", "7.5 (673,949)"),  # an S read for a 5 in a figure
    ("1S,093 (25)", "15,093 (25)"),
    ("2,S00", "2,500"),
    ("O (45,4)", "0 (45,4)"),  # an O alone before its citation
    ("No (,44)", "No (44)"),
    ("f 27‡ (1)", "27‡ (1)"),  # a letter added before a figure
    ("$t236,363 (3)", "$236,363 (3)"),
    ("42,7 0 3 (85)", "42,703 (85)"),  # spaces inside a group of three digits
    ("1,0-20 (3)", "1,020 (3)"),
    ("$20 7,000 (3)", "$207,000 (3)"),
    ("7 to -14", "7 to 14"),
    ("S to 14", "5 to 14"),  # an S read for a 5 before an age range
    ("2O (5)", "20 (5)"),
    ("l4 (8)", "14 (8)"),
    ("15,O93 (25 )", "15,093 (25)"),
    ("UGnknown", "Unknown"),
    ("U-nknown (11)", "Unknown (11)"),
    ("Unk nown ()", "Unknown"),
    ("Unavai1able", "Unavailable"),
    ("Ye s (26)", "Yes (26)"),
    ("N o (52)", "No (52)"),  # a space inside a cell word of two letters
    ("Y es (26)", "Yes (26)"),
    ("N /A (26)", "N/A (26)"),  # a space or hyphen beside the slash
    ("N-/A", "N/A"),
    ("Un(known (5)", "Unknown (5)"),  # a parenthesis inside a word
    ("Yes (14).", "Yes (14)"),  # a full stop after the citation
    ("20.-9 (680,004)", "20.9 (680,004)"),  # a hyphen after a decimal point
    ("-100.2", "100.2"),  # no share is negative
    ("5 t0 14", "5 to 14"),  # a 0 read for the o of "to"
    ("7- to 14", "7 to 14"),
    ("5-14 yvrs.", "5-14 yrs."),  # a letter added inside "yrs"
    ("5-14 yrsS", "5-14 yrs"),  # its full stop read as an S
    ("A94.7", "94.7"),  # a letter that reads as no digit, glued before a figure
    ("Yes ¥(32)", "Yes (32)"),
    ("Yes (33-)", "Yes (33)"),
    ("7 .5 (673,94 9)", "7.5 (673,949)"),
    ("20.4 (680,0O4)", "20.4 (680,004)"),
    ("7 -1 4 yrs.", "7-14 yrs."),
    ("5-14 y‘rs.", "5-14 yrs."),
    ("714 yrs.", "7-14 yrs."),  # 71-4 is no range
    ("-Unavailable", "Unavailable"),
    ("1 00.1", "100.1"),  # 00.1 is no number
])
def test_value_cells_damaged_as_ocr_does_are_mended(printed, mended):
    assert mended_value(printed) == mended


@pytest.mark.parametrize("printed", [
    "$1S Million (10)",  # "$1.2 Million": OCR reads a full stop as S more often than a 5
    "1S2 (8)",
    "1,2 3 (4)",  # 1,23? 12,3..? a group of two digits
    "2f3 (18)",
])
def test_a_figure_with_more_than_one_reading_is_not_mended(printed):
    assert mended_value(printed) is None


@pytest.mark.parametrize("printed", [
    "3 50",  # 350 or the two values 3 and 50: not certain
    "99 yrs.",  # no range of ages
    "Number of Labor Inspectors",
    "Known",
    "No (6)",  # already a value
])
def test_cells_that_cannot_be_mended_with_certainty_are_left(printed):
    assert mended_value(printed) is None


@pytest.mark.parametrize(("printed", "year"), [
    ("2 01 5", "2015"), ("20l5", "2015"), ("2O14", "2014"), ("2015_", "2015"),
    ("204", None), ("2015", None), ("1 2 3", None), ("12 34", None),
])
def test_year_headings_damaged_as_ocr_does_are_read(printed, year):
    assert mended_year(printed) == year


@pytest.mark.parametrize(("printed", "measure"), [
    ("Inspectorate Authoriz ed to Assess Penalties", "inspectorate_can_penalize"),
    ("Nu mber of Child Labor Violations Found", "child_labor_violations"),
    ("n Refreshe-r Courses Provided", "refresher_training"),
    ("Routine Ins pections Gonducted", "routine_inspections"),
    ("Number of Labor InspectorsU", "labor_inspectors"),
    ("Number of Labr Jnspections", "labor_inspections"),
    ("Number of Violations ound", "child_labor_violations"),
    ("Number of Child LaborViolations Found", "child_labor_violations"),  # a space lost
])
def test_labels_with_split_or_misread_words_map_to_their_measure(printed, measure):
    rule = match_enforcement(printed, "labor")
    assert rule is not None
    assert rule.measure == measure
    assert label_role(normalise_label(printed)) == "value"


@pytest.mark.parametrize("printed", [
    "Number of Labor Inspectors Number of Child Labor Dedicated Inspectors",
    "Number of Labor Inspections Number Conducted at Worksite",
    "Initial Training for New Employees Training on New Laws Related to Child Labor",
])
def test_two_labels_printed_one_after_the_other_are_not_one_label(printed):
    assert label_role(normalise_label(printed)) == ""


@pytest.mark.parametrize("line", [
    "BUREAU OF iINTERNATIONAL LABOR AFF-AlRS",
    "2015 FINDINGS ON THE WORST FORMS OF CHlLD LABOR",
])
def test_a_running_head_ocr_read_with_a_lower_case_letter_is_furniture(line):
    assert furniture_line(line)
    assert not furniture_line("Number of Labor Inspections")


def test_a_title_with_t_read_as_z_is_found():
    found = match_title("Zable 6. Labor Law Enforcement Efforts Related to Child Labor (cont)")
    assert found is not None
    assert found.kind == "labor_enforcement"


def test_a_year_heading_one_digit_short_before_the_next_year_is_that_year():
    clean = extract_dol_tables(FLOWED_APART, "pdftotext_flowed", 2015)
    damaged = extract_dol_tables(FLOWED_APART.replace("2014\n", "204\n", 1),
                                 "pdftotext_flowed", 2015)
    assert {(r.measure, r.data_year, r.value) for r in damaged.enforcement} == {
        (r.measure, r.data_year, r.value) for r in clean.enforcement}


def test_a_short_number_after_a_value_stays_a_value():
    toks = classify([TextLine(0, "Unknown (11)"), TextLine(13, "204"), TextLine(17, "2015")],
                    NO_HINTS)
    assert [t.kind for t in toks] == ["V", "V", "Y"]


# pdftotext flowed, 2015 Afghanistan, with the damage OCR does to its cells.
FLOWED_STATISTICS = """Table 1. Statistics on Children's Work and Education
Children

Age

Percent

Working (% and population)

5-14 yrs.

7 .5 (673,94 9)

Attending School (%)

514 yrs.

41.8

Combining Work and School (%)

7-14 yrs.

4.6

Primary Completion Rate (%)

-Unavai lable

Source for all other data: Understanding Children's Work Project's analysis of statistics from
Multiple Indicator Cluster Survey 4, 2010-2011.(9)
"""


def test_damaged_statistics_cells_are_read_as_mended():
    ex = extract_dol_tables(FLOWED_STATISTICS, "pdftotext_flowed", 2015)
    got = {p.indicator: (p.age_min, p.age_max, p.value_pct, p.population) for p in ex.prevalence}
    assert got == {"working": (5, 14, 7.5, 673949), "attending_school": (5, 14, 41.8, None),
                   "combining_work_school": (7, 14, 4.6, None),
                   "primary_completion": (None, None, None, None)}


@pytest.mark.parametrize(("printed", "indicator"), [
    ("PrimaryCompletion Rate (%)", "primary_completion"),
    ("CombiningWork and School (%)", "combining_work_school"),
])
def test_statistics_labels_with_two_words_glued_map_to_their_indicator(printed, indicator):
    rule = match_prevalence(printed)
    assert rule is not None and rule.measure == indicator
    assert label_role(normalise_label(printed)) == "value"


def test_a_hyphen_ocr_put_against_a_word_of_a_label_is_not_part_of_it():
    assert normalise_label("- Number- of Penalties Imposed That Were -Collected") == (
        normalise_label("Number of Penalties Imposed That Were Collected"))
    assert normalise_label("Self-Employed") == "self-employed"


# A flowed table printed labels first, then the year headings and the values column by
# column (Chad 2015); damaged, its second year heading is one digit short ("201" for 2015): as
# printed it has one heading and a value too many; read with "201" as the heading, every label
# has its values.
FLOWED_SHORT_YEAR = """Table 6. Labor Law Enforcement Efforts Related to Child Labor
Overview of Labor Law Enforcement
Labor Inspectorate Funding
Number of Labor Inspectors
Inspectorate Authorized to Assess Penalties
Training for Labor Inspectors
n Initial Training for New Employees
n Training on New Laws Related to Child Labor
n Refresher Courses Provided
Number of Labor Inspections
n Number Conducted at Worksite
n Number Conducted by Desk Reviews
Number of Child Labor Violations Found
Number of Child Labor Violations for Which Penalties Were Imposed
n Number of Penalties Imposed That Were Collected
Routine Inspections Conducted
n Routine Inspections Targeted
Unannounced Inspections Permitted
Unannounced Inspections Conducted
Complaint Mechanism Exists
Reciprocal Referral Mechanism Exists Between Labor Authorities and Social Services

2014

2015

Unknown* (10)
20 (10, 43)
No (30)

Unknown* (1)
20 (1)
No (30)

Unknown
No (10)
No (10)
Unknown* (10)
Unknown (10)
Unknown (10)
1 (10)
Unknown (10)
Unknown (10)
No (10)
N/A (10)
Yes (30)
No (30, 43)
Unknown (10)
Yes (10)

Unknown
No (1)
Yes (1)
Unknown* (1)
0 (1)
Unknown* (1)
Unknown (1)
Unknown (1)
Unknown (1)
No (1)
N/A (1)
Yes (30)
No (39)
Yes (39)
Yes (1)

"""


def test_a_year_heading_one_digit_short_is_read_when_the_count_of_values_says_so():
    printed = extract_dol_tables(FLOWED_SHORT_YEAR, "pdftotext_flowed", 2015)
    damaged = extract_dol_tables(FLOWED_SHORT_YEAR.replace("\n2015\n", "\n201\n"),
                                 "pdftotext_flowed", 2015)
    got = {(r.measure, r.data_year, r.value) for r in damaged.enforcement}
    assert got == {(r.measure, r.data_year, r.value) for r in printed.enforcement}
    assert ("labor_inspectors", 2015, 20) in got


# Cabo Verde 2016, flowed: each year heading over the first block of its column's values.
FLOWED_HEADED = """Table 6. Labor Law Enforcement Efforts Related to Child Labor
Overview of Labor Law Enforcement
Labor Inspectorate Funding
Number of Labor Inspectors
Inspectorate Authorized to Assess Penalties
Training for Labor Inspectors
Initial Training for New Employees
Training on New Laws Related to Child Labor
Refresher Courses Provided
Number of Labor Inspections
Number Conducted at Worksite
Number Conducted by Desk Reviews
Number of Child Labor Violations Found
Number of Child Labor Violations for Which Penalties Were Imposed
Number of Penalties Imposed that Were Collected
Routine Inspections Conducted
Routine Inspections Targeted
Unannounced Inspections Permitted
Unannounced Inspections Conducted
Complaint Mechanism Exists
Reciprocal Referral Mechanism Exists Between Labor Authorities and Social Services

2015
Unknown
14 (5)
Yes (24)

2016
Unknown
14 (23)
Yes (24)

Yes (5)
Yes (5)
Yes (5)
Unknown
Unknown
Unknown
Unknown
Unknown
Unknown
Yes (5)
Yes (5)
Yes (5)
Yes (5)
Yes (5)
Yes (5)

Unknown
Unknown
Unknown
Unknown
Unknown
Unknown
Unknown
Unknown
Unknown
Yes (23)
Yes (23)
Yes (23)
Yes (23)
Yes (23)
Yes (23)

"""


@pytest.mark.parametrize(("damaged", "year"), [
    ("015", "2015"),  # the first heading with its "2" lost, over its column's first values
    ("2016t", "2016"),  # a mark OCR read as a letter against the second heading
])
def test_a_year_heading_damaged_otherwise_is_read_when_the_count_of_values_says_so(
        damaged, year):
    printed = extract_dol_tables(FLOWED_HEADED, "pdftotext_flowed", 2016)
    text = FLOWED_HEADED.replace(f"\n{year}\n", f"\n{damaged}\n")
    got = extract_dol_tables(text, "pdftotext_flowed", 2016)
    assert ("labor_inspectors", 2015, 14) in {
        (r.measure, r.data_year, r.value) for r in printed.enforcement}
    assert {(r.measure, r.data_year, r.value) for r in got.enforcement} == {
        (r.measure, r.data_year, r.value) for r in printed.enforcement}


def test_a_flowed_figure_damaged_into_debris_keeps_its_place_in_the_column():
    # "20 (10, 43)" printed "2,0 (10, 43)" (a comma added: no figure) and "0 (1)" printed
    # "0 -(1)" (a hyphen before its citation): the first is left unread with a warning, the
    # second mended; the column keeps its count, so every other value is read.
    printed = extract_dol_tables(FLOWED_SHORT_YEAR, "pdftotext_flowed", 2015)
    text = FLOWED_SHORT_YEAR.replace("\n20 (10, 43)\n", "\n2,0 (10, 43)\n").replace(
        "\n0 (1)\n", "\n0 -(1)\n")
    got = extract_dol_tables(text, "pdftotext_flowed", 2015)
    want = {(r.measure, r.data_year, r.value) for r in printed.enforcement}
    have = {(r.measure, r.data_year, r.value) for r in got.enforcement}
    assert want - have == {("labor_inspectors", 2014, 20)}
    assert ("labor_inspections_worksite", 2015, 0) in have
    assert any("2,0 (10, 43)" in w for w in got.warnings)


@pytest.mark.parametrize(("printed", "measure"), [
    ("Training on New LawsRelated to the Worst Forms of Child Labor", "training_new_laws"),
    ("Unannounced InspectionsPermitted", "unannounced_inspections_permitted"),
    ("Number of PenaltiesImposed That Were Collected", "child_labor_penalties_collected"),
    ("Numberof Lab or Inspectors", "labor_inspectors"),
    ("NumberConductd at Worksite", "labor_inspections_worksite"),
    ("JnitialTraining for New Employees", "initial_training"),
    ("Inspectorate Auehorizedto Assess Penalties", "inspectorate_can_penalize"),
])
def test_labels_with_two_words_glued_and_one_of_them_damaged_map_to_their_row(printed,
                                                                             measure):
    rule = match_enforcement(printed, "labor")
    assert rule is not None and rule.measure == measure
    assert label_role(normalise_label(printed)) == "value"


def test_a_criminal_label_glued_to_its_stop_word_maps_to_its_row():
    rule = match_enforcement("Number0f Convictions", "criminal")
    assert rule is not None and rule.measure == "convictions"


@pytest.mark.parametrize("line", [
    "Tabl 1 Statistics on Children's Work and Education",
    "UTabile 1. Statistics on Children's Work and Education",
    "-Table 1. Statistics on Children's Work and Education",
    "Tabe 6. Labor Law Enforcement Efforts Related to Child Labor",
    "-    Table 6. Labor Law Enforcement Efforts Related to Child Labor",  # a sign, then indent
])
def test_a_title_whose_word_table_ocr_damaged_further_is_found_by_its_words(line):
    found = match_title(line)
    assert found is not None and found.kind in ("statistics", "labor_enforcement")


@pytest.mark.parametrize("line", [
    "Tabl 1 provides key indicators on children's work and education in Bhutan.",
    "Stable 1. Some Title Nobody Prints",
    "Tabl Statistics on Children's Work and Education",  # neither number nor full stop
])
def test_a_damaged_word_table_takes_a_known_title_with_a_number_or_full_stop(line):
    assert match_title(line) is None


LAYOUT_LABOR = """Table 6. Labor Law Enforcement Efforts Related to Child Labor
 Overview of Labor Law Enforcement                                                     2018             2019
 Labor Inspectorate Funding                                                            Unknown (36)     Unknown (5)
 Number of Labor Inspectors                                                            21 (36)          Unknown (5)
 Inspectorate Authorized to Assess Penalties                                           No (36)          No (5)
 Initial Training for New Labor Inspectors                                             No (36)          No (5)
      Training on New Laws Related to Child Labor                                      Unknown (36)     Unknown (5)
      Refresher Courses Provided                                                       Unknown (36)     Unknown (5)

In 2019, the government did not report the number of labor inspectors.
"""  # noqa: E501


@pytest.mark.parametrize(("printed", "damaged"), [
    # 2019 layout, Afghanistan: "Overview  of Labor Law Enforcement" (a space added) was two
    # headings, and the labels went to the second column.
    pytest.param("Overview of Labor", "Overview  of Labor", id="space added in a heading"),
    pytest.param("2018             2019", "2018             2-019",
                 id="year heading split by a hyphen, read beside the year before it"),
    pytest.param("21 (36)          Unknown (5)", "21 (36)   c      Unknown (5)",
                 id="small letter between two cells of a row, no cell"),
    # 2019 layout, Cameroon: "Overview of  Lab-or Law Enforcement" (a space added before a
    # capital); no row prints anything under "Lab-or", so it is no column of its own.
    pytest.param("Overview of Labor Law", "Overview of  Lab-or Law",
                 id="heading split where no column stands under its second piece"),
])
def test_layout_damage_ocr_does_to_headings_and_rows_leaves_the_rows_as_printed(
        printed: str, damaged: str) -> None:
    text = LAYOUT_LABOR.replace(printed, damaged)
    assert text != LAYOUT_LABOR
    want = {(r.measure, r.data_year, r.value, r.status)
            for r in extract_dol_tables(LAYOUT_LABOR, "pdftotext_layout", 2019).enforcement}
    assert ("labor_inspectors", 2018, 21, "reported") in want
    got = extract_dol_tables(text, "pdftotext_layout", 2019)
    assert {(r.measure, r.data_year, r.value, r.status) for r in got.enforcement} == want


def test_a_stray_letter_ocr_put_on_the_blank_line_between_two_blocks_still_parts_them():
    printed = extract_dol_tables(FLOWED_HEADED, "pdftotext_flowed", 2016)
    text = FLOWED_HEADED.replace("14 (23)\nYes (24)\n\nYes (5)", "14 (23)\nYes (24)\nf\nYes (5)")
    assert text != FLOWED_HEADED
    got = extract_dol_tables(text, "pdftotext_flowed", 2016)
    assert {(r.measure, r.data_year, r.value) for r in got.enforcement} == {
        (r.measure, r.data_year, r.value) for r in printed.enforcement}


def test_a_label_whose_letters_ocr_confused_is_read_as_damaged_not_as_new_text():
    # "lnspectorate" folds to the key word "inspectorate", but is printed damaged: the label
    # is the row's, not an unknown text the table reader takes for a heading.
    assert label_role(normalise_label("Labor lnspectorate Funding")) == "value"
    assert label_role(normalise_label("Labor Inspectorate Funding")) == ""  # the regex's
    printed = extract_dol_tables(FLOWED_HEADED, "pdftotext_flowed", 2016)
    text = FLOWED_HEADED.replace("Labor Inspectorate Funding", "Labor lnspectorate Funding")
    got = extract_dol_tables(text, "pdftotext_flowed", 2016)
    assert {(r.measure, r.data_year, r.value) for r in got.enforcement} == {
        (r.measure, r.data_year, r.value) for r in printed.enforcement}


# 2019 layout, Chad: Table 1 as printed, a short real excerpt.
LAYOUT_STATISTICS = """Table 1. Statistics on Children’s Work and Education
 Children                                            Age                     Percent
 Working (% and population)                          5 to 14                 48.8 (Unavailable)
 Attending School (%)                                5 to 14                 49.5
 Combining Work and School (%)                       7 to 14                 28.4
 Primary Completion Rate (%)                         N/A                     41.3
Source for primary completion rate: Data from 2016, published by UNESCO Institute for
"""


def test_a_title_whose_last_word_ocr_split_with_a_full_stop_does_not_take_the_next_line():
    # "Educati.on" ends in no connecting word: the column headings stay headings.
    printed = extract_dol_tables(LAYOUT_STATISTICS, "pdftotext_layout", 2019)
    damaged = extract_dol_tables(LAYOUT_STATISTICS.replace("Education", "Educati.on"),
                                 "pdftotext_layout", 2019)
    assert len(printed.prevalence) == 4
    assert ({(r.indicator, r.value_pct) for r in damaged.prevalence}
            == {(r.indicator, r.value_pct) for r in printed.prevalence})
