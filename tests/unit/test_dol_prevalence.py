"""Prevalence records from the DOL statistics table, its source lines and sector figure."""

from __future__ import annotations

import pytest

from analysis import config
from analysis.extract.dol_tables import extract_dol_tables

CORPUS = config.ROOT.parent / "shared" / "corpus" / "dol"


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


# tesseract OCR, 2016 India: the figure's percentages are scrambled into the rows.
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


def test_ocr_rows_keep_figures_and_leave_scrambled_sectors_out():
    got = records(OCR, "ocr_columns", 2016)
    assert got["working"][:4] == (1.4, 3253202, 5, 14)
    assert got["combining_work_school"][0] == 0.3
    assert got["primary_completion"][0] == 97.5
    assert not [k for k in got if k.startswith("working_sector")]


def test_unavailable_figures_are_rows_without_values():
    text = FLOWED_COLUMNS.replace("6.7 (413,729)", "33.2 (Unavailable)").replace(
        "92.3", "Unavailable")
    got = records(text, "pdftotext_flowed", 2016)
    assert got["working"][:2] == (33.2, None)
    assert got["attending_school"][0] is None
    assert got["attending_school"][6] == "Unavailable"


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"development corpus not found at {CORPUS}")
def test_corpus_2014_statistics_of_bolivia():
    text = (CORPUS / "2014" / "Bolivia.txt").read_text(encoding="utf-8")
    got = records(text, "pdftotext_flowed", 2014)
    assert got["working"][:4] == (20.2, 388541, 7, 14)
    assert got["primary_completion"][5] == 2011
    assert got["working_sector_agriculture"][0] == 70.9
