"""Identifying a raw text from its content: layout, series, country, year, assessment, tier,
document ids and duplicates; the seeds and hand-made excerpts (the development corpus is in
tests/integration/test_corpus_identify.py)."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import config
from analysis.detect.duplicates import mark_duplicates
from analysis.detect.identity import (
    DOL,
    TIP,
    Identity,
    UnrecognisedDocument,
    doc_id,
    identify,
    title_case,
)
from analysis.detect.layout import body_start, detect_layout
from analysis.schema import LAYOUTS

SEEDS = {
    "000_9855bc0914fc3c7d.txt": (DOL, 2010, "web_transcript", "", ""),
    "001_d09fa30914cc4fa0.txt": (DOL, 2010, "ocr_columns", "", ""),
    "002_014f4a149c7808f2.txt": (DOL, 2013, "pdf_text", "Minimal Advancement", ""),
    "003_22c48ebdb120ec68.txt": (DOL, 2017, "markdown", "Moderate Advancement", ""),
    "004_7c927776587964ad.txt": (TIP, 2011, "plain", "", "Tier 2"),
}


def _seed(name: str) -> str:
    """A seed's raw text."""
    return (config.RAW_DIR / name).read_text(encoding="utf-8")


def _document(name: str) -> dict[str, object]:
    """A documents-table row for a seed, as the pipeline builds it."""
    path = config.RAW_DIR / name
    ident = identify(path.read_text(encoding="utf-8"), name)
    return {
        "doc_id": doc_id(ident, hashlib.sha256(path.read_bytes()).hexdigest()),
        "source_file": f"data/raw/{name}",
        "series": ident.series,
        "iso3": ident.iso3,
        "report_year": ident.report_year,
    }


# --- seeds ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_is_identified(name: str) -> None:
    series, year, layout, assessment, tier = SEEDS[name]
    ident = identify(_seed(name), name)
    assert (ident.series, ident.country, ident.iso3) == (series, "Kazakhstan", "KAZ")
    assert (ident.report_year, ident.layout) == (year, layout)
    assert (ident.assessment, ident.tip_tier) == (assessment, tier)
    assert ident.layout == detect_layout(_seed(name))


def test_web_page_titles_of_other_documents_are_ignored() -> None:
    raw = _seed("000_9855bc0914fc3c7d.txt")
    assert "Oman MODERATE ADVANCEMENT" in raw[: body_start(raw)]
    ident = identify(raw)
    assert ident.assessment == "" and ident.iso3 == "KAZ"


def test_the_two_forms_of_the_2010_report_are_duplicates() -> None:
    documents = [_document(name) for name in sorted(SEEDS)]
    ids = [str(d["doc_id"]) for d in documents]
    assert ids[0].startswith("dol-2010-kaz-") and ids[4].startswith("tip-2011-kaz-")
    assert len(set(ids)) == len(ids)
    assert mark_duplicates(documents) == {ids[1]: ids[0]}
    assert mark_duplicates(list(reversed(documents))) == {ids[1]: ids[0]}


# --- ids and duplicates --------------------------------------------------------------------


def _identity(series: str = DOL, iso3: str = "KAZ", year: int | None = 2017) -> Identity:
    """A minimal identity for id tests."""
    return Identity(series, "Kazakhstan", iso3, year, "plain")


def test_doc_id_is_series_year_country_and_hash() -> None:
    sha = "22C48EBDB120EC68" + "0" * 48
    assert doc_id(_identity(), sha) == "dol-2017-kaz-22c48ebd"
    assert doc_id(_identity(TIP, year=2011), sha) == "tip-2011-kaz-22c48ebd"
    assert doc_id(_identity(iso3="", year=None), sha) == "dol-0000-xxx-22c48ebd"
    with pytest.raises(ValueError, match="hex"):
        doc_id(_identity(), "not-a-hash")


def test_duplicates_need_series_country_and_year_to_agree() -> None:
    rows = [
        {"doc_id": "a", "source_file": "b.txt", "series": DOL, "iso3": "KAZ", "report_year": 2016},
        {"doc_id": "b", "source_file": "a.txt", "series": DOL, "iso3": "KAZ", "report_year": 2016},
        {"doc_id": "c", "source_file": "c.txt", "series": TIP, "iso3": "KAZ", "report_year": 2016},
        {"doc_id": "d", "source_file": "d.txt", "series": DOL, "iso3": "KAZ", "report_year": 2017},
        {"doc_id": "e", "source_file": "e.txt", "series": DOL, "iso3": "", "report_year": 2017},
        {"doc_id": "f", "source_file": "f.txt", "series": DOL, "iso3": "", "report_year": 2017},
    ]
    assert mark_duplicates(rows) == {"a": "b"}


# --- hand-made excerpts --------------------------------------------------------------------

BODY = (
    "the worst forms of child labor. Table 1. Statistics on Children's Work and Education\n"
    "Working (% and population) 5 to 14 3.2 (79,690)\n"
    "I. PREVALENCE AND SECTORAL DISTRIBUTION OF CHILD LABOR\n"
    "Children engage in the worst forms of child labor.\n"
)


def _profile(title: str, heading: str, opening: str) -> str:
    """A short DOL profile: title line, assessment heading, opening sentence, body."""
    return f"{title}\n\n{heading}\n{opening} in efforts to eliminate\n{BODY}"


@pytest.mark.parametrize(
    ("title", "iso3", "name"),
    [
        ("Kyrgyz Republic", "KGZ", "Kyrgyz Republic"),
        ("Congo, Republic of the", "COG", "Congo, Republic of the"),
        ("Congo, Democratic Republic of the", "COD", "Congo, Democratic Republic of the"),
        ("Burma", "MMR", "Burma"),
        ("Côte d’Ivoire", "CIV", "Côte d'Ivoire"),
        ("Cote d’lvoire", "CIV", "Côte d'Ivoire"),
        ("Cabo Verde", "CPV", "Cabo Verde"),
        ("Timor-Leste", "TLS", "Timor-Leste"),
        ("Kosovo", "XKX", "Kosovo"),
        ("West Bank and the Gaza Strip", "PSE", "West Bank and the Gaza Strip"),
        ("Swaziland", "SWZ", "Eswatini"),
        ("Macedonia", "MKD", "North Macedonia"),
        ("Gambia, The", "GMB", "Gambia, The"),
        ("Falkland Islands (Islas Malvinas)", "FLK", "Falkland Islands (Islas Malvinas)"),
        ("Western Sahara", "ESH", "Western Sahara"),
    ],
)
def test_report_spellings_of_countries(title: str, iso3: str, name: str) -> None:
    raw = _profile(title, "MODERATE ADVANCEMENT", "In 2018, the Government made a moderate advance")
    ident = identify(raw)
    assert (ident.iso3, ident.country, ident.report_year) == (iso3, name, 2018)
    assert ident.assessment == "Moderate Advancement"


def test_a_long_label_broken_over_lines_with_an_em_dash() -> None:
    heading = "MINIMAL ADVANCEMENT —\nEFFORTS MADE BUT CONTINUED\nPRACTICE THAT DELAYED ADVANCEMENT"
    raw = _profile("Kyrgyz Republic", heading, "In 2019, the Kyrgyz Republic made a minimal")
    assert identify(raw).assessment == (
        "Minimal Advancement – Efforts Made but Continued Practice that Delayed Advancement"
    )


def test_a_level_broken_between_its_words() -> None:
    raw = _profile("Kazakhstan", "MODERATE\nADVANCEMENT", "In 2016, Kazakhstan made a moderate")
    assert identify(raw).assessment == "Moderate Advancement"


def test_a_title_case_heading_and_hyphen() -> None:
    heading = "No Advancement - Efforts Made but Complicit in Forced Child Labor"
    raw = _profile(
        "Eritrea", heading, "In 2019, Eritrea is receiving an assessment of no advancement"
    )
    assert identify(raw).assessment == (
        "No Advancement – Efforts Made but Complicit in Forced Child Labor"
    )


def test_ocr_noise_in_the_heading_is_snapped_to_the_label_words() -> None:
    heading = "MINIMAL ADVANGEMENT - EFFORTS MADE BUT CONTINUED POLlCY THAT DELAYED ADVANCEMENT"
    raw = _profile("Tanzania", heading, "In 2016, the United Republic of Tanzania made a minimal")
    ident = identify(raw)
    assert ident.iso3 == "TZA"
    assert ident.assessment == (
        "Minimal Advancement – Efforts Made but Continued Policy that Delayed Advancement"
    )


def test_running_headers_of_a_flowed_page_do_not_change_the_label() -> None:
    page = _profile("Armenia", "MINIMAL ADVANCEMENT", "In 2014, Armenia made a minimal advancement")
    header = (
        "\n2014 FINDINGS ON THE WORST FORMS OF CHILD LABOR\n\n1\n\n\fArmenia\nMINIMAL ADVANCEMENT\n"
    )
    ident = identify(page + header + "BUREAU OF INTERNATIONAL LABOR AFFAIRS\n" + BODY + "\f")
    assert (ident.assessment, ident.report_year, ident.problems) == (
        "Minimal Advancement",
        2014,
        (),
    )


def test_the_opening_year_wins_over_a_stale_footer() -> None:
    raw = _profile("Guyana", "MODERATE ADVANCEMENT", "In 2014, Guyana made a moderate advancement")
    raw += "2013 FINDINGS ON THE WORST FORMS OF CHILD LABOR\n"
    ident = identify(raw)
    assert ident.report_year == 2014
    assert any("2013" in problem for problem in ident.problems)


def test_headings_outvote_a_wrong_title_heading() -> None:
    raw = _profile("Ghana", "MODERATE ADVANCEMENT", "In 2016, Ghana made a significant advancement")
    raw += "\fGhana\nSIGNIFICANT ADVANCEMENT\n" + BODY
    ident = identify(raw)
    assert ident.assessment == "Significant Advancement"
    assert any("disagree" in problem for problem in ident.problems)


def test_without_a_heading_the_opening_sentence_gives_the_level() -> None:
    raw = "Uzbekistan\n\nIn 2016, Uzbekistan made efforts to eliminate the worst forms of child\n"
    raw += "labor. Uzbekistan is receiving an assessment of no\n\nadvancement because ...\n" + BODY
    ident = identify(raw)
    assert ident.assessment == "No Advancement"
    assert any("opening sentence only" in problem for problem in ident.problems)


def test_no_assessment_is_a_printed_label() -> None:
    raw = _profile("Wallis and Futuna", "NO ASSESSMENT", "For the 2016 reporting period, no")
    ident = identify(raw)
    assert (ident.iso3, ident.report_year, ident.assessment) == ("WLF", 2016, "No Assessment")


COMBINED = (
    "Overseas Territories of the United Kingdom\n"
    "ANGUILLA\nMINIMAL ADVANCEMENT\nIn 2016, Anguilla made a minimal advancement in efforts.\n\n"
    "MONTSERRAT\nNO ADVANCEMENT\nIn 2016, Montserrat made no advancement in efforts.\n\n"
    "SAINT HELENA, ASCENSIÓN, AND TRISTÁN DA CUNHA (FORMERLY\nSAINT HELENA)\n"
    "MINIMAL ADVANCEMENT\nIn 2016, Saint Helena made a minimal advancement in efforts.\n"
    "2016 FINDINGS ON THE WORST FORMS OF CHILD LABOR\n" + BODY
)


@pytest.mark.parametrize(
    ("source", "iso3", "assessment"),
    [
        ("Anguilla.txt", "AIA", "Minimal Advancement"),
        ("corpus/2016/Montserrat.txt", "MSR", "No Advancement"),
        ("Saint Helena, Ascensión, and Tristán da Cunha.txt", "SHN", "Minimal Advancement"),
    ],
)
def test_a_combined_territories_profile_is_read_for_the_named_territory(
    source: str, iso3: str, assessment: str
) -> None:
    ident = identify(COMBINED, source)
    assert (ident.iso3, ident.assessment, ident.report_year) == (iso3, assessment, 2016)
    assert ident.territories == ("AIA", "MSR", "SHN") and ident.problems == ()


def test_a_combined_profile_without_a_named_territory_reports_the_first() -> None:
    ident = identify(COMBINED, "data/raw/005_0123456789abcdef.txt")
    assert (ident.iso3, ident.assessment) == ("AIA", "Minimal Advancement")
    assert any("several territories" in problem for problem in ident.problems)


TIP_TEXT = (
    "Trafficking in Persons Report {year}\n\n{heading}\n\n"
    "The country is a source country for men subjected to forced labor. The Government does not "
    "fully comply with the minimum standards for the elimination of trafficking.\n\n"
    "Recommendations for the country: increase efforts.\n\nProsecution\n\nThe government ...\n"
    "\nProtection\n\nThe government ...\n\nPrevention\n\nThe government ...\n"
)


@pytest.mark.parametrize(
    ("heading", "iso3", "name", "tier"),
    [
        ("BURMA (Tier 2 Watch List)", "MMR", "Burma", "Tier 2 Watch List"),
        ("CONGO, REPUBLIC OF (Tier 2)", "COG", "Congo, Republic of the", "Tier 2"),
        ("KYRGYZ REPUBLIC: Tier 1", "KGZ", "Kyrgyz Republic", "Tier 1"),
        ("COTE D’IVOIRE: TIER 3", "CIV", "Côte d'Ivoire", "Tier 3"),
        ("SOMALIA (Special Case)", "SOM", "Somalia", "Special Case"),
    ],
)
def test_tip_headings(heading: str, iso3: str, name: str, tier: str) -> None:
    ident = identify(TIP_TEXT.format(year=2012, heading=heading))
    assert (ident.series, ident.iso3, ident.country) == (TIP, iso3, name)
    assert (ident.report_year, ident.tip_tier, ident.assessment) == (2012, tier, "")


def test_a_tip_text_without_its_title_year_says_so() -> None:
    raw = TIP_TEXT.format(year="", heading="BURMA (Tier 3)").replace("Report \n", "\n")
    raw = raw.replace("Trafficking in Persons Report", "Trafficking in Persons")
    ident = identify(raw)
    assert ident.series == TIP and ident.report_year is None
    assert any("report year not found" in problem for problem in ident.problems)


# --- unrecognised text ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "empty text"),
        ("  \n\f\n ", "empty text"),
        (
            "Banana bread\n\nIngredients: 3 bananas, 250 g flour, 100 g sugar.\n"
            "Preheat the oven to 180 C. Mash the bananas, mix, bake for 50 minutes.\n",
            "neither a DOL child-labor profile nor a TIP country narrative",
        ),
        ("Similar documents\n\nOman MODERATE ADVANCEMENT\n\nTranscription:\n\n", "no text after"),
    ],
)
def test_unrecognised_text_raises_a_one_line_reason(raw: str, reason: str) -> None:
    with pytest.raises(UnrecognisedDocument, match=reason) as caught:
        identify(raw, "recipe.txt")
    assert "\n" not in caught.value.reason


PIECES = st.sampled_from(
    [
        "Kazakhstan\n",
        "MODERATE ADVANCEMENT",
        " – EFFORTS MADE BUT\n",
        "In 2016, Kazakhstan made a moderate advancement",
        " worst forms of child labor. ",
        "Statistics on Children's Work\n",
        "KAZAKHSTAN (Tier 2)\n",
        "Trafficking in Persons Report 2011\n",
        "\nProsecution\n",
        "2016 FINDINGS ON THE WORST FORMS OF CHILD LABOR\n\f",
        "I. PREVALENCE\n",
        "Transcription:\n",
        "   ",
        "\t",
        "|",
    ]
)


@settings(deadline=None)  # the first call loads pycountry's tables
@given(st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=30))
def test_any_text_is_identified_or_rejected_with_a_reason(parts: list[str]) -> None:
    raw = "".join(parts)
    assert detect_layout(raw) in LAYOUTS
    try:
        ident = identify(raw, "x.txt")
    except UnrecognisedDocument as err:
        assert err.reason and "\n" not in err.reason
    else:
        assert ident.series in (DOL, TIP) and ident.layout in LAYOUTS


# --- layouts and labels --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "layout"),
    [
        ("Similar documents\n\nTitle\n\nTranscription:\n\nKazakhstan ...", "web_transcript"),
        ("| Children | Age |\n|---|---|\n| Working | 5-14 |\n| School | 5-14 |\n", "markdown"),
        ("Children\tAge\tPercent\nWorking\t5-14\t3.2\nSchool\t5-14\t90.7\n", "pdf_text"),
        (
            "Children           Age        Percent\nWorking            5-14       3.2\n\f",
            "pdftotext_layout",
        ),
        (
            "The Government of Kazakhstan continued to work with\n"
            "private companies and local and international NGOs to\n"
            "address child labor issues in tobacco farming during the\n",
            "ocr_columns",
        ),
        ("KAZAKHSTAN (Tier 2)\n\nKazakhstan is a destination country for women.\n", "plain"),
        ("", "plain"),
    ],
)
def test_detect_layout(raw: str, layout: str) -> None:
    assert detect_layout(raw) == layout and layout in LAYOUTS


def test_an_excerpt_of_whole_paragraphs_is_not_hard_wrapped() -> None:
    """A web excerpt gives each paragraph one long line; cut mid-sentence, it still is no column."""
    paragraph = "The government reported investigating cases of forced labor in the region " * 6
    excerpt = f"PROSECUTION\n{paragraph}during the\n{paragraph.strip()}.\n{paragraph}and the"
    columns = "\n".join(paragraph[i:i + 70] for i in range(0, len(paragraph), 70))
    assert detect_layout(excerpt) == "plain"
    assert detect_layout(columns) == "ocr_columns"


def test_pdftotext_and_tesseract_pages_are_told_apart() -> None:
    pdftotext = (
        "Kazakhstan\nMODERATE ADVANCEMENT\nIn 2016, Kazakhstan made a moderate\n\n1\n\n\f" * 3
    )
    tesseract = (
        "Kazakhstan\n\nIn 2016, Kazakhstan made a moderate\n\nadvancement in efforts\n\f" * 3
    )
    assert detect_layout(pdftotext) == "pdftotext_flowed"
    assert detect_layout(tesseract.rstrip("\f")) == "ocr_columns"


@pytest.mark.parametrize(
    "label",
    [
        "Minimal Advancement – Efforts Made but Continued Law and Practice that Delayed "
        "Advancement",
        "Minimal Advancement – Efforts Made but Regression in Law that Delayed Advancement",
        "No Advancement – Efforts Made but Complicit in Forced Child Labor",
        "No Advancement – No Efforts and Complicit in Forced Child Labor",
        "Significant Advancement",
        "No Assessment",
    ],
)
def test_title_case_reproduces_the_reports_labels_from_capitals(label: str) -> None:
    assert title_case(label.upper()) == label
    assert title_case(label.upper().replace("–", "-")) == label
    assert title_case(label.upper().replace("–", "—")) == label


# Identification through OCR damage, each from a real profile's opening, damaged by hand.
@pytest.mark.parametrize(
    ("title", "opening", "footer", "iso3", "year"),
    [
        # a space inside the name, OCR specks beside it; a letter for a digit in the year
        ("   ‘            -             Arme nia", "In 2O19, Armenia mad e a minimal advancement",
         "", "ARM", 2019),
        # the opening lost ("ln 206"); the year from a footer whose words are damaged
        ("E -   British Virgin Ilands", "ln 206, the British Virgin Islands made no advancement",
         "2019 FINDINGS ON THE WORST EORMS OE CHILD LABOR", "VGB", 2019),
        # a footer with a hyphen inside a word outvotes a stray "In 2011," of the body
        ("Bhutan", "ln 2O14 , Bhutan made a minimal advancement",
         "2014 FINDINGS ON THE W-ORST FORMS OF CHILD LABOR\nIn 2011, a law", "BTN", 2014),
    ],
)
def test_country_and_year_are_read_through_ocr_damage(
    title: str, opening: str, footer: str, iso3: str, year: int
) -> None:
    ident = identify(_profile(title, "MINIMAL ADVANCEMENT", opening) + footer + "\n")
    assert (ident.iso3, ident.report_year) == (iso3, year)


def test_a_damaged_territory_heading_is_still_one_of_the_profile() -> None:
    damaged = COMBINED.replace("MONTSERRAT\nNO", "MONTSERlRAT\nNO")
    ident = identify(damaged, "Montserrat.txt")
    assert (ident.iso3, ident.assessment) == ("MSR", "No Advancement")
