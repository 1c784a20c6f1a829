"""Page furniture: web chrome, running heads, footers and page numbers of both series."""

from __future__ import annotations

import pytest

from analysis.repair import furniture
from analysis.repair.base import Rule
from analysis.repair.ledger import apply_edits

DOL = furniture.page_furniture("dol_findings", "Kazakhstan")


def _check(rule: Rule, before: str, after: str) -> None:
    """The rule turns ``before`` into ``after`` and its edits say so."""
    text, edits = rule(before)
    assert text == after
    assert apply_edits(before, edits) == after


def test_web_preamble_goes_up_to_transcription() -> None:
    """Other documents' titles before ``Transcription:`` are page chrome."""
    before = (
        "KAZAKHSTAN. Kazakhstan. Prevalence and Distribution of the Worst Forms of Child Labor\n\n"
        "Similar documents\nBAHRAIN. Bahrain. Laws and Regulations on the Worst Forms of Child "
        "Labor\n\n"
        "Oman MODERATE ADVANCEMENT\n\nMacedonia MODERATE ADVANCEMENT\n\n"
        "Transcription:\n\nKAZAKHSTAN Kazakhstan The Government of Kazakhstan continued to work\n"
        "and more text of the report follows here, long enough to be the larger half of it.\n"
    )
    _check(
        furniture.web_preamble,
        before,
        "KAZAKHSTAN Kazakhstan The Government of Kazakhstan continued to work\n"
        "and more text of the report follows here, long enough to be the larger half of it.\n",
    )


def test_web_trailer_goes_from_associated_documents() -> None:
    """The page's own listing after the report is removed."""
    before = (
        "Trafficking in Persons Report 2011\n\nKAZAKHSTAN (Tier 2)\n\n"
        "The government provided in-kind contributions for a program designed to reduce demand.\n\n"
        + "The government increased its prevention efforts during the reporting period.\n"
        * 4
        + "Associated documents\n\n  \u2022 Document ID 1174306 Related / Associated\n"
        "  \u2022 Methodology associated with Trafficking in persons report 2011\n\n"
        "    Trafficking in Persons Report 2011 (Periodical Report, English)"
    )
    _check(
        furniture.web_trailer,
        before,
        "Trafficking in Persons Report 2011\n\nKAZAKHSTAN (Tier 2)\n\n"
        "The government provided in-kind contributions for a program designed to reduce demand.\n\n"
        + "The government increased its prevention efforts during the reporting period.\n"
        * 4,
    )


def test_inline_running_heads_of_a_web_transcript() -> None:
    """Footers and page-top heads that a transcript ran into its text go, page numbers too."""
    rule = furniture.inline_running_heads("dol_findings", "Kazakhstan")
    _check(
        rule,
        "including agricultural work, 2010 FINDINGS ON THE WORST FORMS OF CHILD LABOR 405\n\n"
        "COUNTRY PROFILES prohibited to those under 18",
        "including agricultural work, prohibited to those under 18",
    )
    _check(
        rule,
        "sent to work in the cotton harvest. 3078 406 UNITED STATES DEPARTMENT OF LABOR S BUREAU "
        "OF "
        "INTERNATIONAL LABOR AFFAIRS\n\nKAZAKHSTAN The Government maintains 211 telephone hotlines",
        "sent to work in the cotton harvest. 3078\n\nThe Government maintains 211 telephone "
        "hotlines",
    )
    _check(
        rule,
        "[hard copy on file]. 410 UNITED STATES DEPARTMENT OF LABOR S BUREAU OF INTERNATIONAL "
        "LABOR AFFAIRS",
        "[hard copy on file].",
    )


def test_inline_country_head_but_not_the_title() -> None:
    """A capitalised country name inside running text is a running head; the title stays."""
    rule = furniture.inline_country_heads("Kazakhstan")
    _check(
        rule,
        "KAZAKHSTAN Kazakhstan The Government\nWorking 5-14 yrs. 3.2* KAZAKHSTAN Attending School "
        "5-14 yrs.",
        "KAZAKHSTAN Kazakhstan The Government\nWorking 5-14 yrs. 3.2* Attending School 5-14 yrs.",
    )
    assert rule("SEX TRAFFICKING OF CHILDREN IN KAZAKHSTAN Report") == (
        "SEX TRAFFICKING OF CHILDREN IN KAZAKHSTAN Report",
        [],
    )


def test_pdftotext_page_break_with_footer_page_number_and_header() -> None:
    """Footer, page number, form feed, country line and assessment line of a page break."""
    before = (
        "Kazakhstan\n\nMODERATE ADVANCEMENT\nIn 2016, Kazakhstan made a moderate advancement in "
        "efforts\n"
        "Kazakhstan.\n\n2016 FINDINGS ON THE WORST FORMS OF CHILD LABOR\n\n1\n\n"
        "\fKazakhstan\n\nMODERATE ADVANCEMENT\n\nII. LEGAL FRAMEWORK FOR THE WORST FORMS OF CHILD "
        "LABOR\n"
        "not available.\n\n2\n\nBUREAU OF INTERNATIONAL LABOR AFFAIRS\n\n"
        "\fKazakhstan\n\nMODERATE ADVANCEMENT\nTable 5. Agencies Responsible for Child Labor Law "
        "Enforcement\n"
        "Article 30 of the Constitution (29)\n\n3\n\n\f"
    )
    _check(
        DOL,
        before,
        "Kazakhstan\n\nMODERATE ADVANCEMENT\nIn 2016, Kazakhstan made a moderate advancement in "
        "efforts\n"
        "Kazakhstan.\n\nII. LEGAL FRAMEWORK FOR THE WORST FORMS OF CHILD LABOR\n"
        "not available.\nTable 5. Agencies Responsible for Child Labor Law Enforcement\n"
        "Article 30 of the Constitution (29)\n",
    )


def test_footer_inside_a_flowed_table_keeps_the_cells() -> None:
    """A footer between two column blocks goes; the cells and block breaks stay."""
    before = (
        "Increase the number of labor inspectors to meet the ILO recommendation.\n\n"
        "2016 FINDINGS ON THE WORST FORMS OF CHILD LABOR\n\n"
        "Year(s) Suggested\n2016\n2015 \u2013 2016\n2014 \u2013 2016\n\n5\n\n"
        "\fKazakhstan\n\nMODERATE ADVANCEMENT\n\n"
        "Table 11. Suggested Government Actions to Eliminate Child Labor (cont)\nArea\n"
        "2019\n\n6\n\n\f"
    )
    _check(
        DOL,
        before,
        "Increase the number of labor inspectors to meet the ILO recommendation.\n\n"
        "Year(s) Suggested\n2016\n2015 \u2013 2016\n2014 \u2013 2016\n\n"
        "Table 11. Suggested Government Actions to Eliminate Child Labor (cont)\nArea\n2019\n",
    )


def test_table_cell_number_is_not_a_page_number() -> None:
    """A bare number at a page end counts as a page number only when the pages agree."""
    before = "Age\n16\n18\n\n2016 FINDINGS ON THE WORST FORMS OF CHILD LABOR\n\n\fMore\n"
    assert DOL(before)[0] == "Age\n16\n18\n\nMore\n"


def test_layout_footers_with_page_numbers_and_indented_heads() -> None:
    """``pdftotext -layout`` footers carry the page number; the heads are indented."""
    before = (
        "   Kazakhstan\n   MODERATE ADVANCEMENT\nIn 2019, Kazakhstan made a moderate advancement\n"
        "Migrant children who are above the minimum working age theoretically have a right to a "
        "legal\n\n"
        "                        2019 FINDINGS ON THE WORST FORMS OF CHILD LABOR             1\n"
        "\f    Kazakhstan\n    MODERATE ADVANCEMENT\n"
        "    work permit, which would entitle them to work protections.\n"
        "     Minimum Age for Work             Yes     16    Article 31 of the Labor Code "
        "(21)\n\n\n"
        "2                      BUREAU OF INTERNATIONAL LABOR AFFAIRS\n"
        "\f                                                     Kazakhstan\n"
        "                                           MODERATE ADVANCEMENT\n"
        "Table 4. Laws and Regulations on Child Labor (Cont.)\n"
    )
    _check(
        DOL,
        before,
        "   Kazakhstan\n   MODERATE ADVANCEMENT\nIn 2019, Kazakhstan made a moderate advancement\n"
        "Migrant children who are above the minimum working age theoretically have a right to a "
        "legal\n"
        "    work permit, which would entitle them to work protections.\n"
        "     Minimum Age for Work             Yes     16    Article 31 of the Labor Code (21)\n"
        "Table 4. Laws and Regulations on Child Labor (Cont.)\n",
    )


def test_markdown_and_pdf_text_running_heads_but_not_the_title() -> None:
    """Repeated assessment lines (also as Markdown headings) go; the first one is the title."""
    before = (
        "MINIMAL ADVANCEMENT\n\nIn 2013, Kazakhstan made a minimal advancement in efforts to "
        "eliminate\n\n"
        "<sup>\u2021</sup> Child labor understood as the worst forms of child labor per se\n\n"
        "#### MINIMAL ADVANCEMENT\n\nThere is no current, comprehensive research on child "
        "labor.\n\n"
        "enhance penalties for using minors' labor in a way that results in \"substantial p\n\n\n\n"
        "MINIMAL ADVANCEMENT\n\nIn 2013, the Government also issued Decree No. 411\n"
    )
    _check(
        DOL,
        before,
        "MINIMAL ADVANCEMENT\n\nIn 2013, Kazakhstan made a minimal advancement in efforts to "
        "eliminate\n\n"
        "<sup>\u2021</sup> Child labor understood as the worst forms of child labor per se\n\n"
        "There is no current, comprehensive research on child labor.\n\n"
        "enhance penalties for using minors' labor in a way that results in \"substantial p\n\n"
        "In 2013, the Government also issued Decree No. 411\n",
    )


def test_markdown_country_and_assessment_page_heads() -> None:
    """The "Kazakhstan / MODERATE ADVANCEMENT" pair of seed 003 goes when it is not the title."""
    before = (
        "\n\nIn 2017, Kazakhstan made a moderate advancement in efforts to eliminate the worst "
        "forms.\n\n"
        "There is no current and comprehensive research on child labor in Kazakhstan.\n\n \n \n \n"
        "Kazakhstan\n\nMODERATE ADVANCEMENT\n\nII. LEGAL FRAMEWORK FOR CHILD LABOR\n"
    )
    assert DOL(before)[0] == (
        "\n\nIn 2017, Kazakhstan made a moderate advancement in efforts to eliminate the worst "
        "forms.\n\n"
        "There is no current and comprehensive research on child labor in Kazakhstan.\n\n"
        "II. LEGAL FRAMEWORK FOR CHILD LABOR\n"
    )


@pytest.mark.parametrize(
    "line",
    [
        "MINIMAL ADVANCEMENT \u2013 EFFORTS MADE BUT CONTINUED PRACTICE THAT DELAYED ADVANCEMENT",
        "NO ADVANCEMENT \u2013 EFFORTS MADE BUT COMPLICIT IN FORCED CHILD LABOR",
        "NO ADVANCEMENT - EFFORTS MADE BUT COMPLICIT",
        "NO ADVANCEMENT",
        "SIGNIFICANT ADVANCEMENT",
        "NO ASSESSMENT",
        "U N I T E D S TAT E S D E PA R T M E N T O F L A B O R ' S B U R E A U O F "
        "I N T E R N AT I O N A L L A B O R A F FA I R S",
        "2014 FINDINGS ON THE WORST FORMS OF CHILD LABOR",
    ],
)
def test_running_head_wordings_of_any_year(line: str) -> None:
    """Assessment wordings and footers of other years and countries are furniture too."""
    rule = furniture.page_furniture("dol_findings", "Uzbekistan")
    title = "Uzbekistan\nNO ADVANCEMENT\nIn 2016, Uzbekistan made no advancement\nText.\n\n"
    assert rule(f"{title}{line}\n\nMore text.\n")[0] == f"{title}More text.\n"


def test_stray_ocr_country_line() -> None:
    """OCR's capitalised country line between paragraphs (seed 001) is a running head."""
    before = (
        "Kazakhstan\n\nThe Government of Kazakhstan continued to work with\n\n"
        "action plan has not been carried out.**\u00ae\n\nKAZAKHSTAN\n\nThe Government has a "
        "national action plan\n"
    )
    _check(
        DOL,
        before,
        "Kazakhstan\n\nThe Government of Kazakhstan continued to work with\n\n"
        "action plan has not been carried out.**\u00ae\n\nThe Government has a national action "
        "plan\n",
    )


def test_territory_titles_of_a_multi_territory_profile_stay() -> None:
    """An assessment line heading a summary paragraph is a title, not a running head."""
    before = (
        "Overseas Territories of the United Kingdom\nANGUILLA\nMINIMAL ADVANCEMENT\n"
        "In 2016, Anguilla made a minimal advancement in efforts to eliminate the worst forms\n\n"
        "MONTSERRAT\nMINIMAL ADVANCEMENT\nIn 2016, Montserrat made a minimal advancement in "
        "efforts\n"
        "text\n\n1\n\n\fOverseas Territories of United Kingdom\nI. PREVALENCE\n\n2\n\n\f"
    )
    assert DOL(before)[0] == (
        "Overseas Territories of the United Kingdom\nANGUILLA\nMINIMAL ADVANCEMENT\n"
        "In 2016, Anguilla made a minimal advancement in efforts to eliminate the worst forms\n\n"
        "MONTSERRAT\nMINIMAL ADVANCEMENT\nIn 2016, Montserrat made a minimal advancement in "
        "efforts\n"
        "text\nI. PREVALENCE\n"
    )


def test_tables_and_prose_without_furniture_are_untouched() -> None:
    """Rows of every table layout and prose with real numbers stay as they are."""
    text = (
        "Kazakhstan\n\nMODERATE ADVANCEMENT\nIn 2016, Kazakhstan made a moderate advancement\n"
        "| Number of Labor Inspections Conducted | 7,897\u2020 (30) | 10,748 (5) |\n"
        "| Labor Inspectorate Funding | Unknown* (30) | Unknown* (5) |\n"
        "Working (% and population)\t5-14 yrs.\t3.2 (79,690)\t\n"
        " Number of Labor Inspections            11,400 (38)        7,897\u2021 (36)\n"
        "Number of Labor Inspections\n\n11,400 (38)\n\n7,897\u2021 (36)\n"
        "In 2010, inspectors conducted 13,808 child labor inspections (2009-2011).\n"
    )
    assert DOL(text) == (text, [])


def test_unknown_series_is_refused() -> None:
    """A series the patterns do not know is an error, not a silent no-op."""
    with pytest.raises(ValueError):
        furniture.page_furniture("unknown", None)


def test_tip_running_head() -> None:
    """A TIP page footer goes; the title line in ordinary case stays."""
    rule = furniture.page_furniture("tip", "Kazakhstan")
    before = (
        "Trafficking in Persons Report 2011\n\nKAZAKHSTAN (Tier 2)\n\nText.\n\n"
        "TRAFFICKING IN PERSONS REPORT JUNE 2011 215\n\nMore.\n"
    )
    assert (
        rule(before)[0]
        == "Trafficking in Persons Report 2011\n\nKAZAKHSTAN (Tier 2)\n\nText.\n\nMore.\n"
    )


@pytest.mark.parametrize("footer", [
    "TRAFFICKING IN PERSONS REPORT 20TH EDITION 281",
    "282 20TH EDITION TRAFFICKING IN PERSONS REPORT",
    "TRAFFICKING IN PERSONS REPORT JULY 2015",
])
def test_tip_running_heads_of_other_editions(footer: str) -> None:
    """The footers of editions that print their number ("20TH EDITION") or another month."""
    rule = furniture.page_furniture("tip", "Kazakhstan")
    assert rule(f"Text.\n\n{footer}\n\nMore.\n")[0] == "Text.\n\nMore.\n"


def test_a_page_number_inside_a_sentence_goes() -> None:
    """A bare number between blank lines where a sentence goes on after it is a page number
    (with the running head beside it); one after a finished sentence is left."""
    rule = furniture.page_furniture("tip", "Kazakhstan")
    broken = "Courts convicted four offenders,\n\n97\n\nKAZAKHSTAN\n\nincluding two women.\n"
    assert rule(broken)[0] == "Courts convicted four offenders,\nincluding two women.\n"
    ended = "Courts convicted four offenders.\n\n97\n\nThe next paragraph.\n"
    assert rule(ended)[0] == ended


def test_a_page_break_inside_a_sentence_is_no_paragraph_break() -> None:
    """Where the text goes on after the furniture in the middle of a word or sentence, the
    two halves meet on adjacent lines, so a word broken there can be joined."""
    rule = furniture.page_furniture("tip", "Kazakhstan")
    broken = "efforts by ident-\n\n97\n\nKAZAKHSTAN\n\nifying four victims.\n"
    assert rule(broken)[0] == "efforts by ident-\nifying four victims.\n"


def test_a_page_number_beside_a_footer_goes_after_a_finished_sentence() -> None:
    """The number printed with a page's footer is its page number wherever the page ends;
    a number set apart without a footer beside it, after a finished sentence, stays."""
    rule = furniture.page_furniture("tip", "Ruritania")
    ended = ("Courts convicted four offenders.\n\nTRAFFICKING IN PERSONS REPORT JUNE 2019\n\n"
             "214\n\nRURITANIA\n\nThe next paragraph.\n")
    assert rule(ended)[0] == "Courts convicted four offenders.\n\nThe next paragraph.\n"
    alone = "Courts convicted four offenders.\n\n214\n\nThe next paragraph.\n"
    assert rule(alone)[0] == alone


@pytest.mark.parametrize("footer", [
    "TRAFICKING lN PERSONS REPORT 9TH- EDITI-ON",
    "TRAFFICKING IN PERS0NS REPORT 20TH EDI TION",
    "TRAFFICKiNG IN PERSONS REPORT JULY 2O19",
    "TRAFElCKING IN PERSONS REPORT 18TH EIT!ON",
    "TRAFFICKING IN PERSONS REPORT ]UNE .2019",
])
def test_a_footer_as_ocr_read_it_goes(footer: str) -> None:
    """A footer OCR misread (a letter dropped or read as a digit, a hyphen or space added) is
    still the footer: its words are within one edit in eight of the running head's."""
    rule = furniture.page_furniture("tip", "Ruritania")
    broken = f"Police arrested 31\n\n{footer}\n\n97\n\nRURITANIA\n\nsuspects in 2019.\n"
    assert rule(broken)[0] == "Police arrested 31\nsuspects in 2019.\n"


@pytest.mark.parametrize("line", [
    "TRAFFICKING IN PERSONS REPORT 2019 - RURITANIA",
    "THE TRAFFICKING IN PERSONS REPORT",
    "TRAFFICKING IN PERSONS",
    "TRAFFICKING IN PERSONS REPORT EDITORIAL",
])
def test_a_title_naming_the_report_is_no_footer(line: str) -> None:
    """A capitals line naming the report with other words is a title, not a damaged footer."""
    rule = furniture.page_furniture("tip", "Ruritania")
    text = f"Intro text.\n\n{line}\n\nThe government made efforts.\n"
    assert rule(text)[0] == text


def test_a_page_break_after_a_figure_inside_a_sentence_is_no_paragraph_break() -> None:
    """A sentence broken by the page furniture right after a figure ("a total of 97" /
    "federal cases") goes on in the next line, as after a word."""
    rule = furniture.page_furniture("tip", "Ruritania")
    broken = ("Prosecutors initiated a total of 97\n\nTRAFFICKING IN PERSONS REPORT 21ST "
              "EDITION\n\n412\n\nRURITANIA\n\nfederal cases in 2020.\n")
    assert rule(broken)[0] == "Prosecutors initiated a total of 97\nfederal cases in 2020.\n"


def test_inline_assessment_heads_after_the_title() -> None:
    """A transcript's running "Country ASSESSMENT" heads go; the title's assessment stays."""
    rule = furniture.inline_running_heads("dol_findings", "Kazakhstan")
    before = (
        "Kazakhstan MINIMAL ADVANCEMENT In 2013, Kazakhstan made a minimal advancement. "
        "The survey ended. (3) 2013 FINDINGS ON THE WORST FORMS OF CHILD LABOR 1\n\n"
        "Kazakhstan MINIMAL ADVANCEMENT Table 3. Ratification. MINIMAL ADVANCEMENT The Government"
    )
    _check(
        rule,
        before,
        "Kazakhstan MINIMAL ADVANCEMENT In 2013, Kazakhstan made a minimal advancement. "
        "The survey ended. (3)\n\nTable 3. Ratification. The Government",
    )


def test_page_number_read_into_the_middle_of_a_page() -> None:
    """pdftotext can set a page number inside a table; the one the page sequence calls for
    goes, other numbers stay."""
    before = (
        "Text.\n\n2014 FINDINGS ON THE WORST FORMS OF CHILD LABOR\n\n5\n\n\f"
        "Program\nCarpet Production in\nAfghanistan\n\n6\n\nDescription\n18\n\n"
        "UNITED STATES DEPARTMENT OF LABOR'S BUREAU OF INTERNATIONAL LABOR AFFAIRS\n\n\f"
        "More text.\n\n2014 FINDINGS ON THE WORST FORMS OF CHILD LABOR\n\n7\n\n\f"
    )
    assert DOL(before)[0] == (
        "Text.\n\nProgram\nCarpet Production in\nAfghanistan\n\nDescription\n18\n\nMore text.\n"
    )
