"""Footnote numbers: OCR junk after sentences, inline endnote numbers of web transcripts."""

from __future__ import annotations

import pytest

from analysis.repair.footnotes import endnote_markers, ocr_footnote_junk
from analysis.repair.ledger import apply_edits


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "cotton farming.***\u00ae In cotton and tobacco fields,",
            "cotton farming. In cotton and tobacco fields,",
        ),
        ("can damage their health and growth.?**\n", "can damage their health and growth.\n"),
        (
            "Order of the Minister of Labor No. 185-1I in\n2007.3%%\u00b0\n",
            "Order of the Minister of Labor No. 185-1I in\n2007.\n",
        ),
        (
            "begging, unloading freight, portering and washing\ncars.\u2019\u00ae> Children "
            "working",
            "begging, unloading freight, portering and washing\ncars. Children working",
        ),
        (
            "Kazakhstan for forced prostitution.\u2019>* UNICEF",
            "Kazakhstan for forced prostitution. UNICEF",
        ),
        (
            "The minimum age for employment in Kazakhstan\nis 16.\u00b0*\u201d The Labor Code",
            "The minimum age for employment in Kazakhstan\nis 16. The Labor Code",
        ),
        (
            "activities is prohibited in article 132.7%\u00a2\n",
            "activities is prohibited in article 132.\n",
        ),
        (
            "Worst Forms of Child Labor (2009-2011).3%\u00a2\n",
            "Worst Forms of Child Labor (2009-2011).\n",
        ),
        (
            "to ensure that children were not sent to work in\nthe cotton harvest.?\u201d8\n",
            "to ensure that children were not sent to work in\nthe cotton harvest.\n",
        ),
        (
            "primarily focused on punitive measures aimed at\ncomplicit school officials. ***\n",
            "primarily focused on punitive measures aimed at\ncomplicit school officials.\n",
        ),
    ],
)
def test_ocr_footnote_junk(before: str, after: str) -> None:
    """Superscript numbers read as symbols go; the full stop stays."""
    text, edits = ocr_footnote_junk(before)
    assert text == after
    assert apply_edits(before, edits) == after


@pytest.mark.parametrize(
    "text",
    [
        "Working 5-14 yrs. 3.2%\nAttending School 5-14 yrs.. 90.7\n",
        "Working 5-14 yrs. 3.2* KAZAKHSTAN Attending School",
        "Combining Work and School 7-14 yrs. 3.6 * Population of working children: 79,690",
        'the "12 Days Against Child Labor." The campaign',
        "Estudo sobre a Aplica\u00e7\u00e3o das Conven\u00e7\u00f5es n.\u00b0 138",
        "It was funded by Germany for $1.4 million. With the conclusion",
        "| Number of Labor Inspections Conducted | 7,897\u2020 (30) | 10,748 (5) |",
    ],
)
def test_real_figures_and_quotes_are_not_junk(text: str) -> None:
    """Percentages, marked figures, closing quotes and abbreviations stay."""
    assert ocr_footnote_junk(text) == (text, [])


BODY = (
    "many of them in tobacco and cotton farming. 3048 In cotton and tobacco fields, children work "
    "long hours. 3049 In some regions, children constitute up to 50 to 60 percent. 3050 Children "
    "from neighboring countries migrate. 3051 The minimum age for employment in Kazakhstan is 16. "
    "3057 The Labor Code identifies a list."
)


def test_endnote_markers_run_is_removed() -> None:
    """An increasing run of 3-4 digit numbers after sentence ends is the endnote run."""
    text, edits = endnote_markers(BODY)
    assert text == (
        "many of them in tobacco and cotton farming. In cotton and tobacco fields, children work "
        "long hours. In some regions, children constitute up to 50 to 60 percent. Children "
        "from neighboring countries migrate. The minimum age for employment in Kazakhstan is 16. "
        "3057 The Labor Code identifies a list."
    )
    assert len(edits) == 4


def test_endnote_list_and_years_are_kept() -> None:
    """The numbers of the endnote list itself, which repeat the run, and a year stay."""
    notes = (
        "\n\n3048 Data provided in the chart. 3049 3050 ILO-IPEC, Elimination of Child Labour. "
        "3051 U.S. Embassy- Astana, reporting. 3052 U.S. Embassy- Astana, reporting."
    )
    text, _ = endnote_markers(BODY + notes)
    assert text.endswith(notes)
    year = "The plan ended in 2010. 2011 was the first year without it. 2012 saw more."
    assert endnote_markers(year) == (year, [])
