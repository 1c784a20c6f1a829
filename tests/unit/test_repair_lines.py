"""Line rules: hyphenated breaks, bullets, OCR reflow, blank lines; tables keep their lines."""

from __future__ import annotations

import pytest

from analysis.repair import lines
from analysis.repair.base import Rule
from analysis.repair.ledger import apply_edits


def _check(rule: Rule, before: str, after: str) -> None:
    """The rule turns ``before`` into ``after`` and its edits say so."""
    text, edits = rule(before)
    assert text == after
    assert apply_edits(before, edits) == after


def test_dehyphenate() -> None:
    """Broken words join; compounds keep their hyphen; the line count stays."""
    before = (
        "meets quarterly to report on each agency's anti-\ntrafficking efforts. It also calls\n"
        "for training police on anti-trafficking cases. Most child-\nren work; children work.\n"
        "National Action Plan (2009-\n2011) and "
        "http://www.example.org/the-child-labor-\nreport/7.\n"
    )
    _check(
        lines.dehyphenate,
        before,
        "meets quarterly to report on each agency's anti-trafficking\nefforts. It also calls\n"
        "for training police on anti-trafficking cases. Most children\nwork; children work.\n"
        "National Action Plan (2009-2011)\nand http://www.example.org/the-child-labor-report/7.\n",
    )


def test_dehyphenate_a_word_broken_before_a_full_stop() -> None:
    """A full stop or comma after the second half is the sentence's, not a name's dot: the
    word joins ("defen-/dants." -> "defendants."); a dot inside a name keeps the hyphen."""
    _check(
        lines.dehyphenate,
        "courts tried 40 defendants and acquitted nine defen-\ndants. Then\n"
        "see www.exam-\nple.org for more\n",
        "courts tried 40 defendants and acquitted nine defendants.\nThen\n"
        "see www.exam-ple.org\nfor more\n",
    )


def test_dehyphenate_a_first_syllable_that_is_also_a_prefix() -> None:
    """"pro-" and "ex-" broken at a line end are a word's first syllable unless the rest is a
    word of the document: "pro-/secuted" joins, "pro-/government" keeps its hyphen."""
    _check(
        lines.dehyphenate,
        "the court pro-\nsecuted nine ex-\nploiters; a pro-\ngovernment group and the government\n",
        "the court prosecuted\nnine exploiters;\na pro-government\ngroup and the government\n",
    )


def test_dehyphenate_leaves_table_rows() -> None:
    """Rows of every table layout, which never end in a broken word, stay."""
    text = (
        "| Children | Age | Percent |\n|---|---|---|\n| Working (% and population) | 5 to 14 | 3.2 "
        "(79,690) |\n"
        "Children\tAge\tPercent\t\nWorking (% and population)\t5-14 yrs.\t3.2 (79,690)\t\n"
        "Number of Labor Inspections\n11,400 (38)\n2015 \u2013 2016\n- Collect data on the number\n"
    )
    assert lines.dehyphenate(text) == (text, [])


def test_dingbat_bullets() -> None:
    """A dingbat bullet read as "n " becomes "- "; the letter n of "Article 174 n" stays."""
    before = (
        "Strengthen the enforcement of child labor laws by:\nn Reforming the two-tiered system;\n"
        "174\nn of the Penal Code\n"
    )
    _check(
        lines.dingbat_bullets,
        before,
        "Strengthen the enforcement of child labor laws by:\n- Reforming the two-tiered "
        "system;\n174\nn of the Penal Code\n",
    )


def test_reflow_joins_wrapped_ocr_prose() -> None:
    """Hard-wrapped OCR lines join, also across a column break's blank line."""
    before = (
        "Children in Kazakhstan are engaged in the worst\nforms of child labor, many of them in "
        "tobacco and\n"
        "cotton farming. In cotton and tobacco fields,\nchildren work long hours in extreme heat "
        "and\n\n"
        "sun without proper protection.\n\nLaws and Regulations on the Worst Forms\nof Child "
        "Labor\n\n"
        "= Supply adequate funding for child labor inspection.\n"
    )
    _check(
        lines.reflow,
        before,
        "Children in Kazakhstan are engaged in the worst forms of child labor, many of them in "
        "tobacco and "
        "cotton farming. In cotton and tobacco fields, children work long hours in extreme heat "
        "and "
        "sun without proper protection.\n\nLaws and Regulations on the Worst Forms of Child "
        "Labor\n\n"
        "= Supply adequate funding for child labor inspection.\n",
    )


def test_reflow_leaves_tables_and_statistics_boxes() -> None:
    """OCR table rows, the statistics box and headings keep their lines."""
    text = (
        "Statistics on Working Children and School Attendance\n\n"
        "Children Age Percent\nWorking 5-14 yrs. 3.2%\nAttending School 5-14 yrs.. 90.7\n"
        "Combining Work and School 7-14 yrs. 3.6\n\n"
        "Table 11. Suggested Government Actions to Eliminate Child Labor\n\n"
        "Enforcement Publish information about the funding of the inspectorate and the number of "
        "inspections at 2015 - 2016\n"
        "worksites or by desk review.\n"
        "Resume routine labor inspections to enforce child labor laws, particularly targeting "
        "cotton fields 2013 - 2016\n\n"
        "and other areas where children are employed.\n\n"
        "IN THE AREA OF GOVERNMENT POLICY:\n\n- Revise the National Action Plan\n"
    )
    assert lines.reflow(text) == (text, [])


def test_reflow_leaves_a_figure_share_under_its_label() -> None:
    """A line holding only a share stays under its sector label; prose still joins."""
    before = (
        "Source for all other data: Understanding Children's Work Project's\n"
        "analysis of statistics from the Labour Force Survey, 2013.(8)\n\n"
        "Services\n31.5%\n\nIndustry\n7.2%\n"
    )
    _check(
        lines.reflow,
        before,
        "Source for all other data: Understanding Children's Work Project's "
        "analysis of statistics from the Labour Force Survey, 2013.(8)\n\n"
        "Services\n31.5%\n\nIndustry\n7.2%\n",
    )


def test_blank_lines_and_spaces() -> None:
    """Blank runs become one blank line; spaces at line ends go; tabs stay."""
    _check(
        lines.blank_lines,
        "\n\nIn 2017, Kazakhstan\n\n \n \n \nKazakhstan\n\n\n",
        "In 2017, Kazakhstan\n\nKazakhstan\n",
    )
    _check(
        lines.trailing_spaces,
        "**Table 4. Laws** \nChildren\tAge\tPercent\t\n",
        "**Table 4. Laws**\nChildren\tAge\tPercent\t\n",
    )
    _check(
        lines.leading_spaces,
        " Prevalence and Distribution of the Worst\n",
        "Prevalence and Distribution of the Worst\n",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Agriculture\tCotton farming\u2020 (1-5)\t\n\tProduction of vegetables* (1-3)\t\n",
        "| Labor Inspectorate Funding | Unknown* (30) | Unknown* (5) |\n| Number of Labor "
        "Inspectors | 320 (29) | 320 (5) |\n",
    ],
)
def test_tab_and_pipe_rows_survive_blank_line_rules(text: str) -> None:
    """Table rows of the tab and Markdown layouts are left alone."""
    for rule in (lines.blank_lines, lines.trailing_spaces, lines.dehyphenate):
        assert rule(text) == (text, [])


def test_a_hyphen_ocr_put_after_a_table_cell_joins_no_value_cell_to_it():
    # A flowed table prints one cell per line: "Yes (1)" under "Unknown-" continues no word.
    text = "2016\n\nUnknown\nUnknown-\nYes (1)\nUnknown (1)\n"
    assert lines.dehyphenate(text) == (text, [])
    assert lines.dehyphenate("child-\nren work\n")[0] == "children\nwork\n"
