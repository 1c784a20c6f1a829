"""Prevalence records from the DOL statistics table, its source lines and sector figure."""

from __future__ import annotations

import pytest

from analysis import config
from analysis.extract.dol.tables import extract_dol_tables


def records(text: str, layout: str, year: int) -> dict[str, tuple]:
    """The prevalence records of a text by indicator, with the figure as printed."""
    ex = extract_dol_tables(text, layout, year)
    return {p.indicator: (p.value_pct, p.population, p.age_min, p.age_max, p.survey,
                          p.survey_year, text[p.start : p.end]) for p in ex.prevalence}


def test_seed_2013_tab_table():
    text = (config.RAW_DIR / "002_014f4a149c7808f2.txt").read_text(encoding="utf-8")
    survey = "Multiple Indicator Cluster Survey 3"
    assert records(text, "pdf_text", 2013) == {
        "working": (3.2, 79690, 5, 14, survey, 2006, "3.2 (79,690)"),
        "attending_school": (90.7, None, 5, 14, survey, 2006, "90.7"),
        "combining_work_school": (3.6, None, 7, 14, survey, 2006, "3.6"),
        "primary_completion": (102.3, None, None, None, "UNESCO Institute for Statistics",
                               2013, "102.3"),
    }


def test_seed_2017_markdown_table():
    text = (config.RAW_DIR / "003_22c48ebdb120ec68.txt").read_text(encoding="utf-8")
    got = records(text, "markdown", 2017)
    assert got["working"][:4] == (3.2, 79690, 5, 14)
    assert got["primary_completion"][0] == 108.8
    assert got["primary_completion"][5] == 2017
    assert set(got) == {"working", "attending_school", "combining_work_school",
                        "primary_completion"}


# pdftotext (flowed), 2016 Albania: the table row by row, the sector figure inside it.
FLOWED = """Table 1. Statistics on Children's Work and Education
Children

Age

Percent

Working (% and population)

5 to 14

4.6 (23,665)

Attending School (%)

5 to 14

92.5

Combining Work and School (%)

7 to 14

5.2

Primary Completion Rate (%)

Figure 1. Working Children by Sector, Ages 5-14
Services
9.6%

Industry
2.9%

Agriculture
87.5%

106.4

Source for primary completion rate: Data from 2015, published by UNESCO Institute
for Statistics, 2016.(7)
Source for all other data: Understanding Children's Work Project's analysis of statistics
from National Child Labor Survey, 2010.(8)

Table 2. Overview of Children's Work by Sector and Activity
"""


def test_flowed_table_with_sector_figure():
    got = records(FLOWED, "pdftotext_flowed", 2016)
    assert got["working"] == (4.6, 23665, 5, 14, "National Child Labor Survey", 2010,
                              "4.6 (23,665)")
    assert got["primary_completion"][0] == 106.4
    assert got["primary_completion"][5] == 2015
    assert got["working_sector_agriculture"][0] == 87.5
    assert got["working_sector_industry"][6] == "2.9%"
    assert got["working_sector_services"][2:4] == (5, 14)


def test_share_without_percent_sign_is_kept_when_it_completes_100():
    text = FLOWED.replace("Agriculture\n87.5%", "Agriculture\n87.5")
    got = records(text, "pdftotext_flowed", 2016)
    assert got["working_sector_agriculture"][0] == 87.5
    assert got["working_sector_agriculture"][6] == "87.5"
    wrong = FLOWED.replace("Agriculture\n87.5%", "Agriculture\n80.5")
    assert "working_sector_agriculture" not in records(wrong, "pdftotext_flowed", 2016)


# pdftotext (flowed), column by column, with a short age column (2016 Algeria).
FLOWED_COLUMNS = """Table 1. Statistics on Children's Work and Education
Children
Working (% and population)
Attending School (%)
Combining Work and School (%)
Primary Completion Rate (%)

Age
5 to 14
5 to 14
7 to 14

Percent
6.7 (413,729)
92.3
7.2
105.8

Source for primary completion rate: Data from 2015, published by UNESCO Institute for Statistics, 2016.(6)
Source for all other data: Understanding Children's Work Project's analysis of statistics from Multiple Indicator Cluster Survey 4 (MICS 4), 2012-2013.(7)
"""  # noqa: E501


def test_flowed_column_blocks_with_a_short_age_column():
    got = records(FLOWED_COLUMNS, "pdftotext_flowed", 2016)
    assert got["combining_work_school"][:4] == (7.2, None, 7, 14)
    assert got["primary_completion"][:4] == (105.8, None, None, None)
    assert got["working"][4:6] == ("Multiple Indicator Cluster Survey 4 (MICS 4)", 2012)


# pdftotext -layout, 2019 Albania: the figure printed beside the table.
LAYOUT = """Table 1. Statistics on Children's Work and                                             Figure 1. Working Children by Sector,
Education                                                                                           Ages 5-14
 Children                                 Age               Percent                                                         Industry
                                                                                                                 Services     2.9%
 Working (% and population)               5 to 14           4.6 (23,665)                                           9.6%
 Attending School (%)                     5 to 14           92.5
 Combining Work and School (%)            7 to 14           5.2
 Primary Completion Rate (%)              N/A               101.5
Source for primary completion rate: Data from 2018, published by
UNESCO Institute for Statistics, 2020. (5)                                                                 Agriculture
Source for all other data: International Labor Organization's analysis of                                    87.5%
statistics from National Child Labor Survey (NCLS), 2010. (1)
"""  # noqa: E501


def test_layout_table_and_the_figure_beside_it():
    got = records(LAYOUT, "pdftotext_layout", 2019)
    assert got["working"][:4] == (4.6, 23665, 5, 14)
    assert got["primary_completion"][:4] == (101.5, None, None, None)
    assert got["primary_completion"][5] == 2018
    assert got["working"][4:6] == ("National Child Labor Survey (NCLS)", 2010)
    assert {k: v[0] for k, v in got.items() if k.startswith("working_sector")} == {
        "working_sector_agriculture": 87.5, "working_sector_industry": 2.9,
        "working_sector_services": 9.6}


# tesseract OCR, 2016 India: the figure beside the table ends the table's lines, each share
# on the line under its label; the share beside "Agriculture" is the one under "Industry".
OCR = """Table 1. Statistics on Children's Work and Education Figure 1. Working Children by Sector, Ages 5-14
Children Age Percent
Working (% and population) 5 to 14 1.4 (3,253,202)
Attending School (%) 5 to 14 90.7
Combining Work and School (%) 7 to 14 0.3 Industry
Agriculture 33.1%
Primary Completion Rate (%) 97.5 56.4%

Source for primary completion rate: Data from 2014, published by UNESCO Institute for
Statistics, 2016.(3)
"""  # noqa: E501


def sectors(text: str, layout: str) -> tuple[dict[str, tuple[float | None, str]], list[str]]:
    """The sector shares of a text (value and the text at their offsets) and the figure's
    warnings."""
    ex = extract_dol_tables(text, layout, 2016)
    shares = {p.indicator.removeprefix("working_sector_"): (p.value_pct, text[p.start : p.end])
              for p in ex.prevalence if p.indicator.startswith("working_sector")}
    return shares, [w for w in ex.warnings if "Working Children by Sector" in w]


def test_ocr_rows_keep_figures_and_pair_the_shares_ending_the_lines():
    got = records(OCR, "ocr_columns", 2016)
    assert got["working"][:4] == (1.4, 3253202, 5, 14)
    assert got["combining_work_school"][0] == 0.3
    assert got["primary_completion"][0] == 97.5
    shares, warnings = sectors(OCR, "ocr_columns")
    assert shares == {"industry": (33.1, "33.1%"), "agriculture": (56.4, "56.4%")}
    assert warnings == ["Figure 1 (Working Children by Sector): left out Services "
                        "(no share paired with certainty)"]


# tesseract OCR: labels at line ends, shares after a blank line, one label garbled.
OCR_APART = """Table 1. Statistics on Children's Work and Education Figure 1. Working Children by Sector, Ages 5-14

Children Age Percent Services

12.6%

Industry
3.1%

Working (% and population) 5to14 18.2 (512,004)
Attending School (%) 5 to 14 81.5
Combining Work and School (%) 7 to 14 15.0
Primary Completion Rate (%) 66.3 Agriculture

84.3%

Source for primary completion rate: Data from 2014, published by UNESCO Institute for
Statistics, 2016.(4)
"""  # noqa: E501


def test_ocr_label_ending_its_line_takes_the_share_after_a_blank_line():
    shares, warnings = sectors(OCR_APART, "ocr_columns")
    assert shares == {"services": (12.6, "12.6%"), "industry": (3.1, "3.1%"),
                      "agriculture": (84.3, "84.3%")}
    assert warnings == []


def test_ocr_garbled_label_leaves_its_share_out_with_one_warning():
    shares, warnings = sectors(OCR_APART.replace("Percent Services", "Percent Servi"),
                               "ocr_columns")
    assert set(shares) == {"industry", "agriculture"}
    assert warnings == ["Figure 1 (Working Children by Sector): left out Services "
                        "(no share paired with certainty)"]


def test_ocr_shares_not_summing_to_100_are_all_left_out():
    shares, warnings = sectors(OCR_APART.replace("84.3%", "82.3%"), "ocr_columns")
    assert shares == {}
    assert warnings == ["Figure 1 (Working Children by Sector): left out Agriculture, "
                        "Industry, Services (shares sum to 98.0)"]


def test_ocr_share_beside_a_label_is_not_its_share():
    text = OCR_APART.replace("Children Age Percent Services\n\n12.6%\n", "Children Age Percent\n"
                             ).replace("Industry\n3.1%", "Industry 3.1%")
    shares, warnings = sectors(text, "ocr_columns")
    assert shares == {"agriculture": (84.3, "84.3%")}
    assert len(warnings) == 1
    assert "left out Industry, Services" in warnings[0]


def test_a_label_printed_twice_with_two_shares_is_left_out():
    text = FLOWED.replace("Agriculture\n87.5%", "Agriculture\n87.5%\n\nAgriculture\n78.5%")
    shares, warnings = sectors(text, "pdftotext_flowed")
    assert set(shares) == {"services", "industry"}
    assert "left out Agriculture" in warnings[0]


# pdftotext -layout: two labels on one line, each share under its label.
LAYOUT_PAIRS = """Table 1. Statistics on Children's Work and                                             Figure 1. Working Children by Sector,
Education                                                                                           Ages 10-14
 Children                                      Age                Percent
 Working (% and population)                    10 to 14           6.2 (41,730)
 Combining Work and School (%)                 10 to 14           5.1                         Agriculture         Services
                                                                                                51.2%              36.7%
 Primary Completion Rate (%)                   N/A                91.0
Source for all other data: International Labor Organization's analysis of statistics
from Encuesta Permanente de Hogares (EPH), 2018. (6)
                                                                                                       Industry
                                                                                                         12.1%
"""  # noqa: E501


def test_layout_labels_side_by_side_take_the_shares_in_their_columns():
    shares, warnings = sectors(LAYOUT_PAIRS, "pdftotext_layout")
    assert shares == {"agriculture": (51.2, "51.2%"), "services": (36.7, "36.7%"),
                      "industry": (12.1, "12.1%")}
    assert warnings == []


def test_unavailable_figures_are_rows_without_values():
    text = FLOWED_COLUMNS.replace("6.7 (413,729)", "33.2 (Unavailable)").replace(
        "92.3", "Unavailable")
    got = records(text, "pdftotext_flowed", 2016)
    assert got["working"][:2] == (33.2, None)
    assert got["attending_school"][0] is None
    assert got["attending_school"][6] == "Unavailable"


def by_entity(text: str, layout: str, year: int) -> dict[tuple[str, str], tuple]:
    """The prevalence records of a text by indicator and territory, with the figure printed."""
    ex = extract_dol_tables(text, layout, year)
    return {(p.indicator, p.territory): (p.value_pct, p.population, p.age_min, p.age_max,
                                         text[p.start : p.end]) for p in ex.prevalence}


# pdftotext -layout, 2019 Pakistan: a "Related Entity" column, labels wrapped over its rows.
LAYOUT_ENTITIES = """Table 1. Statistics on Children's Work and Education
 Children            Related Entity           Age             Percent
 Working             All Pakistan             10 to 14        9.8 (2,261,704)
 (% and              Punjab Province          5 to 14         12.4
 population)
                     Sindh Province           5 to 14         21.5
 Attending           All Pakistan             10 to 14        78.0
 School (%)
                     Punjab Province          5 to 14         77.1
 Primary             All Pakistan                             71.1
 Completion          Punjab Province                          Unavailable
 Rate (%)
Source for primary completion rate: Data from 2018, published by the UNESCO
Institute for Statistics, 2020. (5)
"""


def test_layout_related_entity_column_gives_a_record_per_entity():
    got = by_entity(LAYOUT_ENTITIES, "pdftotext_layout", 2019)
    assert got == {
        ("working", "All Pakistan"): (9.8, 2261704, 10, 14, "9.8 (2,261,704)"),
        ("working", "Punjab Province"): (12.4, None, 5, 14, "12.4"),
        ("working", "Sindh Province"): (21.5, None, 5, 14, "21.5"),
        ("attending_school", "All Pakistan"): (78.0, None, 10, 14, "78.0"),
        ("attending_school", "Punjab Province"): (77.1, None, 5, 14, "77.1"),
        ("primary_completion", "All Pakistan"): (71.1, None, None, None, "71.1"),
        ("primary_completion", "Punjab Province"): (None, None, None, None, "Unavailable"),
    }
    assert extract_dol_tables(LAYOUT_ENTITIES, "pdftotext_layout", 2019).warnings == []


# pdftotext (flowed), 2016 Pakistan: one value column per entity, "Percent" spanning them.
FLOWED_ENTITIES = """Table 1. Statistics on Children's Work and Education
Children

Age

Working (% and population)
Attending School (%)
Combining work and school (%)
Primary completion rate (%)

5 to 14
5 to 14
7 to 14

All Pakistan
Unavailable
Unavailable
Unavailable
73.7

Percent
Punjab Province
12.4
77.1
8.2
Unavailable

Sindh Province
31.5
60.6
11.6
Unavailable

Source for primary completion rate: Data from 2015, published by the UNESCO Institute for Statistics, 2016.(3)
"""  # noqa: E501


def test_flowed_value_columns_headed_by_entities_give_a_record_per_entity():
    got = by_entity(FLOWED_ENTITIES, "pdftotext_flowed", 2016)
    assert {t for _, t in got} == {"All Pakistan", "Punjab Province", "Sindh Province"}
    assert got[("working", "All Pakistan")] == (None, None, 5, 14, "Unavailable")
    assert got[("working", "Sindh Province")] == (31.5, None, 5, 14, "31.5")
    assert got[("combining_work_school", "Punjab Province")] == (8.2, None, 7, 14, "8.2")
    assert got[("primary_completion", "All Pakistan")] == (73.7, None, None, None, "73.7")
    assert len(got) == 12


# The PDF of the same table as the PDF reader lays it out: "Percent" spans the entity columns,
# whose headings stand a line below those of the row labels and ages.
PDF_ENTITIES = """Table 1. Statistics on Children's Work and Education
                                                                                                                                Percent
  Children                                                       Age
                                                                                             All Pakistan                Punjab Province             Sindh Province
  Working (% and population)                                     5 to 14                     Unavailable                 12.4                        31.5
  Attending School (%)                                           5 to 14                     Unavailable                 77.1                        60.6
  Combining work and school (%)                                  7 to 14                     Unavailable                 8.2                         11.6
  Primary completion rate (%)                                                                73.7                        Unavailable                 Unavailable
Source for primary completion rate: Data from 2015, published by the UNESCO Institute for Statistics, 2016.(3)
"""  # noqa: E501


def test_layout_heading_spanning_the_entity_columns_gives_a_record_per_entity():
    got = by_entity(PDF_ENTITIES, "pdftotext_layout", 2016)
    flowed = by_entity(FLOWED_ENTITIES, "pdftotext_flowed", 2016)
    assert {k: v[:4] for k, v in got.items()} == {k: v[:4] for k, v in flowed.items()}
    assert got[("working", "Sindh Province")] == (31.5, None, 5, 14, "31.5")
    assert got[("primary_completion", "All Pakistan")] == (73.7, None, None, None, "73.7")
    assert len(got) == 12


# tesseract OCR of the same table: the entity headings are lost in a line of junk.
OCR_ENTITIES = """Table 1. Statistics on Children's Work and Education

: Percent
Children : : A P P
All Pakistan Punjab Province Sindh Province
Working (% and population) 5to14 Unavailable 12.4 31.5
Attending School (%) 5to14 Unavailable 77.1 60.6
Primary completion rate (%) 73.7 Unavailable Unavailable

Source for primary completion rate: Data from 2015, published by the UNESCO Institute for Statistics, 2016.(3)
"""  # noqa: E501


def test_value_columns_without_entity_headings_keep_the_first_and_say_so():
    ex = extract_dol_tables(OCR_ENTITIES, "ocr_columns", 2016)
    got = {(p.indicator, p.territory): OCR_ENTITIES[p.start : p.end] for p in ex.prevalence}
    assert got == {("working", ""): "Unavailable", ("attending_school", ""): "Unavailable",
                   ("primary_completion", ""): "73.7"}
    assert "Table 1: 3 value columns without entity headings; kept the first, left 2" in (
        ex.warnings)


def test_an_age_range_that_does_not_rise_is_left_empty_with_a_warning():
    # OCR lost the "1" of "14" (the digit it drops most): "5 to 4" is no range of ages, and
    # which digit went is not guessed; the row's figures are still read.
    text = LAYOUT.replace("Working (% and population)               5 to 14",
                          "Working (% and population)               5 to 4 ")
    ex = extract_dol_tables(text, "pdftotext_layout", 2019)
    working = next(p for p in ex.prevalence if p.indicator == "working")
    assert (working.value_pct, working.population, working.age_min, working.age_max) == (
        4.6, 23665, None, None)
    assert any("unreadable age range '5 to 4'" in w for w in ex.warnings)


def test_a_share_that_lost_its_first_digit_is_not_read_and_the_others_are():
    # "2.9%" printed ".9%": not 9%, which made the shares sum past 100 and lost all three.
    got = records(FLOWED.replace("Industry\n2.9%", "Industry\n.9%"), "pdftotext_flowed", 2016)
    assert "working_sector_industry" not in got
    assert got["working_sector_agriculture"][0] == 87.5
    assert got["working_sector_services"][0] == 9.6


def test_a_layout_table_with_a_damaged_word_table_and_a_stray_letter_over_its_columns():
    # 2019 layout: "Table" printed "UTabile", "-Table" or "Tabl"; a stray "j" between the
    # headings "Children" and "Age" made a column without values.
    head = " Children                                 Age"
    for table in ("UTabile 1.", "-Table 1.", "Tabl 1"):
        text = LAYOUT.replace("Table 1.", table, 1).replace(
            head, " Children                     j           Age")
        got = records(text, "pdftotext_layout", 2019)
        assert got["working"][:4] == (4.6, 23665, 5, 14), table
        assert got["primary_completion"][0] == 101.5


@pytest.mark.parametrize(("printed", "damaged"), [
    ("Industry\n2.9%", "In dustry\n2.9%"),  # a space added
    ("Industry\n2.9%", "lndustry\n2.9%"),  # an l read for the I
    ("Industry\n2.9%", "ndustry\n2.9%"),  # the I lost
    ("Agriculture\n87.5%", "Agricultu re\n87.5%"),
])
def test_a_sector_name_ocr_damaged_still_takes_its_share(printed, damaged):
    got = records(FLOWED.replace(printed, damaged), "pdftotext_flowed", 2016)
    assert {k: v[0] for k, v in got.items() if k.startswith("working_sector")} == {
        "working_sector_agriculture": 87.5, "working_sector_industry": 2.9,
        "working_sector_services": 9.6}


def test_a_sector_word_in_a_sentence_is_no_figure_label():
    text = FLOWED.replace("Industry\n2.9%", "the industry\n2.9%")
    assert "working_sector_industry" not in records(text, "pdftotext_flowed", 2016)


def test_a_figure_caption_ocr_damaged_is_found_by_its_words():
    text = FLOWED.replace("Figure 1. Working Children by Sector",
                          "Figure 1. Work ing Ch ildren by Sector")
    got = records(text, "pdftotext_flowed", 2016)
    assert got["working_sector_agriculture"][:4] == (87.5, None, 5, 14)


@pytest.mark.parametrize("stray", ["-", "a"])
def test_a_lone_sign_between_the_title_and_the_figure_is_not_the_tables_edge(stray):
    # 2019 layout, Brazil: a "-" left between the title and the figure beside it was taken for
    # the figure's edge, which cut the "Age" and "Percent" columns off the table; a small
    # letter OCR left there is no edge either.
    text = LAYOUT.replace("Children's Work and          ",
                          f"Children's Work and   {stray}      ", 1)
    got = records(text, "pdftotext_layout", 2019)
    assert got["working"][:4] == (4.6, 23665, 5, 14)


def test_a_figure_age_range_that_does_not_rise_leaves_the_shares_ages_empty():
    # "Ages 5-1-4" (a hyphen added inside 14) reads as 5-1: the shares are read, their ages
    # are not guessed.
    text = FLOWED.replace("Ages 5-14", "Ages 5-1-4")
    ex = extract_dol_tables(text, "pdftotext_flowed", 2016)
    shares = {p.indicator: (p.value_pct, p.age_min, p.age_max) for p in ex.prevalence
              if p.indicator.startswith("working_sector")}
    assert shares == {"working_sector_agriculture": (87.5, None, None),
                      "working_sector_industry": (2.9, None, None),
                      "working_sector_services": (9.6, None, None)}
    assert any("'Ages 5-1'" in w and "does not rise" in w for w in ex.warnings)
