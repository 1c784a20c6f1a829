"""OCR letter confusions (data table with guards), country-name misreadings, bullets."""

from __future__ import annotations

import pytest

from analysis.repair.ledger import apply_edits
from analysis.repair.ocr import (
    confusions,
    country_typos,
    ocr_bullets,
    read_roman,
    run_together,
    split_words,
)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("INTHE AREA OF GOVERNMENT POLICY:", "IN THE AREA OF GOVERNMENT POLICY:"),
        (
            "Order of the Minister of Labor No. 185-1I in",
            "Order of the Minister of Labor No. 185-II in",
        ),
        ("Attending School 5-14 yrs.. 90.7", "Attending School 5-14 yrs. 90.7"),
        (
            "Il. LEGAL FRAMEWORK FOR THE WORST FORMS OF CHILD LABOR",
            "II. LEGAL FRAMEWORK FOR THE WORST FORMS OF CHILD LABOR",
        ),
        (
            "Ill. ENFORCEMENT OF LAWS ON THE WORST FORMS",
            "III. ENFORCEMENT OF LAWS ON THE WORST FORMS",
        ),
        ("Vil. SUGGESTED GOVERNMENT ACTIONS", "VII. SUGGESTED GOVERNMENT ACTIONS"),
        ("|. PREVALENCE AND SECTORAL DISTRIBUTION", "I. PREVALENCE AND SECTORAL DISTRIBUTION"),
        (
            "Working (% and population) 5to 14 3.2 (79,690)",
            "Working (% and population) 5 to 14 3.2 (79,690)",
        ),
    ],
)
def test_confusions(before: str, after: str) -> None:
    """Each confusion of the table is fixed in its context."""
    text, edits = confusions(before)
    assert text == after
    assert apply_edits(before, edits) == after


@pytest.mark.parametrize(
    "text",
    [
        "Decree No. 944 of 2015; Law No. 561-IV on Military Service; No. 414-V",
        "Article 133 of the Criminal Code; Articles 122, 124 and 128",
        "1. ILO-IPEC. Child Labour in Rural Kazakhstan",
        "111. ILO Committee of Experts",
        "IN THE AREA OF SOCIAL PROGRAMS:",
        "Working 5-14 yrs. 3.2* and ages 14 to 16; yrs. 90.7",
    ],
)
def test_confusions_leave_correct_text(text: str) -> None:
    """Guards keep the confusions away from correct text."""
    assert confusions(text) == (text, [])


def test_read_roman() -> None:
    """Misread numerals are read as I-XX; other tokens are not numerals."""
    assert [read_roman(t) for t in ("1I", "Il", "Vil", "|", "I]", "Vi")] == [
        "II",
        "II",
        "VII",
        "I",
        "I",
        "VI",
    ]
    assert read_roman("abc") is None


def test_country_typos() -> None:
    """One misread letter in the capitalised country name is fixed; other words are not."""
    rule = country_typos("Kazakhstan")
    text, edits = rule("KAZAKNSTAN 3048 Data provided; KAZAKHSTAN; Kazakhstan")
    assert text == "KAZAKHSTAN 3048 Data provided; KAZAKHSTAN; Kazakhstan"
    assert len(edits) == 1
    assert country_typos("Chad")("CHAT CHAD") == ("CHAT CHAD", [])
    assert country_typos(None)("KAZAKNSTAN") == ("KAZAKNSTAN", [])


def test_ocr_bullets() -> None:
    """Bullets read as "=" become "- "; an "=" inside a line stays."""
    before = "= Supply adequate funding for child labor inspection.\nratio = 1 inspector\n"
    assert (
        ocr_bullets(before)[0]
        == "- Supply adequate funding for child labor inspection.\nratio = 1 inspector\n"
    )


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # a word broken by a space or a hyphen, printed whole elsewhere in the text
        ("Most children work. The chil dren of the farm work.",
         "Most children work. The children of the farm work."),
        ("Girls were subjected to labor; boys were su-bjected too.",
         "Girls were subjected to labor; boys were subjected too."),
        ("Officials were trained; inspectors were traine d as well.",
         "Officials were trained; inspectors were trained as well."),
        ("THE PROSECUTION SECTION: PROSE CUTION", "THE PROSECUTION SECTION: PROSECUTION"),
    ],
)
def test_split_words_joins_a_word_printed_whole_elsewhere(before: str, after: str) -> None:
    text, edits = split_words(before)
    assert text == after and len(edits) == 1 and edits[0].after == ""


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # a short excerpt prints the word once: the package's vocabulary has it whole
        ("The government reported ide ntifying 706 victims.",
         "The government reported identifying 706 victims."),
        ("It identified 48 c hildren and 91 potential traffi-cking victims.",
         "It identified 48 children and 91 potential trafficking victims."),
    ],
)
def test_split_words_joins_a_word_of_the_vocabulary(before: str, after: str) -> None:
    assert split_words(before)[0] == after


@pytest.mark.parametrize(
    "text",
    [
        # the whole word is nowhere else in the text, nor in the package's vocabulary
        "The veter inarians of the farm work.",
        # both halves are words of the text
        "Cases went in to court; into the year; in court and to court.",
        # a compound whose halves are words
        "Sex trafficking and labor trafficking; sex-trafficking; sextrafficking.",
        # a name: the second half is capitalised
        "The Solidarity Center reported; see solidaritycenter.",
        # run-together words inside an address are no evidence
        "Dhaka Tribune, http://www.dhakatribune.com/a.",
        # a short word of the text next to a longer one
        "Servicio Militar y Reserva y Armada; military service.",
    ],
)
def test_split_words_leaves_words_names_and_compounds(text: str) -> None:
    assert split_words(text) == (text, [])


def test_run_together_parts_two_words_the_text_prints_elsewhere() -> None:
    text, edits = run_together("The government identified 249 traffickingvictims in 2017; "
                               "trafficking crimes and victims of forced labor.")
    assert text.startswith("The government identified 249 trafficking victims in 2017;")
    assert len(edits) == 1 and edits[0].after == " "


@pytest.mark.parametrize(
    "text",
    [
        # a word of its own (printed twice), though its halves are words of the text
        "The counterterrorism unit; counter claims of terrorism; counterterrorism again.",
        # halves shorter than six letters ("inter", "under") are prefixes, not words
        "Intergovernmental and governmental bodies; inter alia.",
        # a half the text does not print elsewhere
        "The traffickingvictims were many.",
        # an address stays whole
        "See http://example.org/annualreport; the annual report.",
    ],
)
def test_run_together_leaves_words_and_addresses(text: str) -> None:
    assert run_together(text) == (text, [])
