"""HTML and Markdown remnants."""

from __future__ import annotations

import pytest

from analysis.repair import markup, repair
from analysis.repair.base import Rule
from analysis.repair.ledger import apply_edits


@pytest.mark.parametrize(
    ("rule", "before", "after"),
    [
        (
            markup.html_inline_tags,
            "<sup>*</sup> Evidence of this activity is limited",
            "* Evidence of this activity is limited",
        ),
        (
            markup.html_inline_tags,
            "<sup>\u2020 </sup> Program was launched",
            "\u2020 Program was launched",
        ),
        (
            markup.html_inline_tags,
            "met for the 12<sup>th</sup> session of the NCCCL",
            "met for the 12th session of the NCCCL",
        ),
        (
            markup.html_inline_tags,
            "the province- or <i>oblast</i> -level Department",
            "the province- or oblast-level Department",
        ),
        (
            markup.html_links,
            'Geneva; 2014. <a href="http://www.ilo.org/x">http://www.ilo.org/x</a>.',
            "Geneva; 2014. http://www.ilo.org/x.",
        ),
        (markup.html_breaks, "| Role<br/>and description |", "| Role and description |"),
        (
            markup.html_breaks,
            "commercial sexual exploitation<br />\n\nand forced labor. Other statutes<br />\n",
            "commercial sexual exploitation\nand forced labor. Other statutes\n",
        ),
        (
            markup.html_entities,
            "Ministry of Labor &amp; Social Protection&#8217;s",
            "Ministry of Labor & Social Protection\u2019s",
        ),
        (
            markup.markdown_escapes,
            "(PROACT CAR Phase III)\t\\$1.4 million Government",
            "(PROACT CAR Phase III)\t$1.4 million Government",
        ),
        (
            markup.markdown_escapes,
            "<sup>\\*</sup> and A-HRC-24-43-Add1\\_en.pdf",
            "<sup>*</sup> and A-HRC-24-43-Add1_en.pdf",
        ),
        (
            markup.markdown_bold,
            "**Table 4. Laws and Regulations Related to Child Labor** ",
            "Table 4. Laws and Regulations Related to Child Labor ",
        ),
        (
            markup.markdown_bold,
            "32. **Government of Kazakhstan.** The Entrepreneurial Law",
            "32. Government of Kazakhstan. The Entrepreneurial Law",
        ),
        (
            markup.markdown_italics,
            "the worst forms of child labor *per se* under Article 3(a)",
            "the worst forms of child labor per se under Article 3(a)",
        ),
        (
            markup.markdown_italics,
            "in *Trafficking in Persons Report-2013*. Washington",
            "in Trafficking in Persons Report-2013. Washington",
        ),
        (
            markup.markdown_underscores,
            "the ministry _formally_ identified 14 victims, _per se_ under the law",
            "the ministry formally identified 14 victims, per se under the law",
        ),
    ],
)
def test_markup(rule: Rule, before: str, after: str) -> None:
    """Tags, entities, escapes and emphasis go; their text stays."""
    text, edits = rule(before)
    assert text == after
    assert apply_edits(before, edits) == after


@pytest.mark.parametrize(
    "text",
    [
        "| Labor Inspectorate Funding | Unknown* (30) | Unknown* (5) |",
        "| Number of Labor Inspections Conducted | 7,897\u2020 (30) | 10,748 (5) |",
        "* The government does not publish this information.",
        "Working (% and population)\t5-14 yrs.\t3.2 (79,690)\t",
        "| a \\| b | c |",
        "Production of vegetables* (1-3) and Construction, activities unknown* (3, 10)",
        "<http://www.iom.kz/new/177-pr-votday>",
        "See A-HRC_24_43_Add1.pdf and report_2014_final.pdf.",
    ],
)
@pytest.mark.parametrize(
    "rule",
    [
        markup.html_inline_tags,
        markup.html_links,
        markup.html_entities,
        markup.markdown_escapes,
        markup.markdown_bold,
        markup.markdown_italics,
        markup.markdown_underscores,
    ],
)
def test_marks_and_rows_survive(rule: Rule, text: str) -> None:
    """Table marks, escaped pipes and autolinks are not markup to remove."""
    assert rule(text) == (text, [])


def test_converter_emphasis_goes_in_text_read_as_plain_or_ocr_columns() -> None:
    """A converter's Markdown without tables is read as plain text or, hard-wrapped, as OCR
    columns; its entities and emphasis go there too."""
    from analysis.repair import repair

    raw = ("The police **investigated** 12 cases &amp; _prosecuted_ four suspects in the "
           "ministry&#8217;s courts.\n")
    for layout in ("plain", "ocr_columns"):
        text = repair(raw, layout=layout, series="tip", country="Ruritania").text
        assert text == ("The police investigated 12 cases & prosecuted four suspects in the "
                        "ministry's courts.\n"), layout


def test_a_page_set_in_short_lines_loses_its_inline_tags_too() -> None:
    """A flip-book page's text is set in short lines (read as OCR columns) and still carries
    the tags its converter put inside words ("traffick<strong>in</strong>g")."""
    raw = ("In 2006,<br />\n\npolice conducted 125 traffick<strong>in</strong>g "
           "<strong>in</strong>vestigations;<br />\n\n106 of these were sex trafficking cases.\n")
    text = repair(raw, layout="ocr_columns", series="tip").text
    assert "police conducted 125 trafficking investigations;" in text
    assert "<" not in text
