"""TIP texts as people have them: recognised by their language, tier, country and edition."""

from __future__ import annotations

import pytest

from analysis.config import RAW_DIR
from analysis.detect.identity import TIP, UnrecognisedDocument, identify
from analysis.detect.tip import (
    find_tip_country,
    inferred_edition,
    read_tier,
    tier_headings,
    title_edition,
)

SEED = RAW_DIR / "004_7c927776587964ad.txt"


def test_seed_tier_country_and_edition() -> None:
    text = SEED.read_text(encoding="utf-8")
    assert read_tier(text) == "Tier 2"
    match = find_tip_country(text)
    assert match is not None and (match.country.iso3, match.how) == ("KAZ", "tip heading")
    edition = title_edition(text)
    assert edition is not None and (edition.year, edition.inferred) == (2011, False)


@pytest.mark.parametrize(
    ("heading", "tier"),
    [
        ("KAZAKHSTAN (Tier 2)", "Tier 2"),
        ("BURMA (Tier 2 Watch List)", "Tier 2 Watch List"),
        ("HAITI (TIER 2 - WATCH LIST)", "Tier 2 Watch List"),
        ("KAZAKHSTAN: TIER 2 WATCH LIST", "Tier 2 Watch List"),
        ("Kazakhstan: Tier 2 Watchlist", "Tier 2 Watch List"),
        ("NEPAL: TIER 2 (page 294-296)", "Tier 2"),
        ("U.S. State Dept.Trafficking Report 2009 BAHRAIN:(Tier 2 Watch List)",
         "Tier 2 Watch List"),
        ("NORTH KOREA: TIER 3", "Tier 3"),
        ("ICELAND: Tier 1", "Tier 1"),
        ("NORWAY (Tier l)", "Tier 1"),
        ("SOMALIA (Special Case)", "Special Case"),
        ("LIBYA: SPECIAL CASE", "Special Case"),
        ("Tier 3", "Tier 3"),
        ("Tier 2 Watch List", "Tier 2 Watch List"),
        ("(Tier 2)", "Tier 2"),
        ("CURACAO (Tier 2)*", "Tier 2"),
        # a converter's line break inside the heading (Egypt 2023 as flowed PDF text)
        ("[ Human Trafficking, Country-by-Country ] EGYPT (Tier 2 Watch\nList)",
         "Tier 2 Watch List"),
        ("EGYPT (Tier 2\nWatch List)", "Tier 2 Watch List"),
        # OCR's damage to the heading (the forms benchmark's OCR form of read excerpts)
        ("MALTA (Tier 2 Wateh List)", "Tier 2 Watch List"),
        ("MONTENEGRO: Tier 2 Watc h List", "Tier 2 Watch List"),
        ("MARSHALL ISLANDS (Tier 2 Watch Li st)", "Tier 2 Watch List"),
        ("Antigua and Barbuda (Tier- 2)", "Tier 2"),
    ],
)
def test_every_printed_tier(heading: str, tier: str) -> None:
    text = f"Trafficking in Persons Report 2020\n\n{heading}\n\nThe Government of X does not ..."
    assert read_tier(text) == tier


def test_a_tier_heading_closed_by_a_full_stop() -> None:
    text = "Printer Friendly\n\nKazakhstan (Tier 2).\n\nKazakhstan is a destination country ..."
    assert read_tier(text) == "Tier 2"


def test_a_tier_named_in_prose_is_not_a_heading() -> None:
    text = (
        "Trafficking in Persons Report 2020\n\nThe country was placed on Tier 2\nWatch List "
        "for its failure to show increasing efforts; it may be downgraded to Tier 3.\n"
        "It was placed on Tier 2 Watch List (Tier 2) last year.\n"
    )
    assert tier_headings(text) == []


@pytest.mark.parametrize(
    ("text", "iso3", "how"),
    [
        ("KYRGYZ REPUBLIC: TIER 2 WATCH LIST\n\nThe Kyrgyz Republic is ...", "KGZ",
         "tip heading"),
        ("CONGO, DEMOCRATIC REPUBLIC OF THE: Tier 3\n\n...", "COD", "tip heading"),
        ("U.S. State Dept.Trafficking Report 2009 BAHRAIN:(Tier 2 Watch List)\n", "BHR",
         "tip heading"),
        ("2017 Trafficking in Persons Report - Fiji\nPublisher | United States ...\n", "FJI",
         "report title"),
        ("... to do so. The Government of Italy did not disaggregate data on convictions.",
         "ITA", "government of"),
        ("The Government of the Federated States of Micronesia does not fully ...", "FSM",
         "government of"),
        ("increase efforts.\nRECOMMENDATIONS FOR UGANDA:\nSignificantly increase ...", "UGA",
         "recommendations"),
        ("The Royal Malaysia Police operated a unit; prosecutors throughout Malaysia ...", "MYS",
         "named 2 times"),
    ],
)
def test_country_from_what_the_text_gives(text: str, iso3: str, how: str) -> None:
    match = find_tip_country(text)
    assert match is not None and (match.country.iso3, match.how) == (iso3, how)


def test_no_country_when_the_text_names_none_clearly() -> None:
    text = ("The government identified 105 victims. The top countries of origin were the "
            "Netherlands, Poland and Romania.")
    assert find_tip_country(text) is None


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Trafficking in Persons Report 2011\n\nKAZAKHSTAN (Tier 2)\n", 2011),
        ("2017 Trafficking in Persons Report - Fiji\n", 2017),
        ("U.S. State Dept.Trafficking Report 2009 BAHRAIN:(Tier 2 Watch List)\n", 2009),
        ("NEPAL (Tier 2)\n\nNepal is ...\n\n[Extracted from the U.S. Department of State's "
         "Trafficking in Persons Report, June 2009]\n", 2009),
        ("Source: https://www.state.gov/reports/2018-trafficking-in-persons-report/el-salvador/"
         "\nThe government increased law enforcement efforts.", 2018),
    ],
)
def test_edition_from_a_title_or_address(text: str, year: int) -> None:
    edition = title_edition(text)
    assert edition is not None and edition.year == year and not edition.inferred


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("In 2017, authorities investigated 76 cases, compared to 55 cases in 2016.", 2018),
        ("The government and NGOs identified 105 potential victims (95 in 2016).", 2018),
        ("DSWD served 1,659 victims, compared with 1,713 victims in 2016.", 2018),
        ("Despite issuing the action plan in late 2011, the government has not ...", 2012),
        ("In April 2012, authorities arrested a former police officer.", 2013),
        ("In FY 2014, ICE opened 987 investigations, a decrease from 1,025 in FY 2013.", 2015),
    ],
)
def test_edition_inferred_from_the_years_reported_on(text: str, year: int) -> None:
    edition = inferred_edition(text)
    assert edition is not None and edition.year == year and edition.inferred


def test_law_years_do_not_date_the_edition() -> None:
    text = "The 2017 Labour Act 2074 criminalized forced labor. During the fiscal year, ..."
    assert inferred_edition(text) is None


EXCERPT = (
    "he government maintained efforts to protect victims. In 2017, the most recent year "
    "data was available, the national victim registration center registered 958 possible "
    "trafficking victims, compared with 952 in 2016. The police reported identifying 432 "
    "victims. The BES islands did not identify any victims in 2018. The government fully "
    "funded three NGO-managed shelters for trafficking victims."
)


def test_a_headless_excerpt_is_tip_by_its_language() -> None:
    ident = identify(EXCERPT)
    assert ident.series == TIP and "TIP language" in ident.evidence[0]
    assert ident.report_year == 2019 and ident.country == ""
    assert any("inferred" in p for p in ident.problems)
    assert any("country not found" in p for p in ident.problems)


def test_a_prevention_section_is_tip_by_the_way_it_opens() -> None:
    """"The government increased its efforts to prevent trafficking in persons": a section's
    opening sentence, with the subject and the government acting, is enough."""
    ident = identify("The government increased its efforts to prevent trafficking in persons. "
                     "In operation since December 2016, the committee addressed 498 denied exit "
                     "permits, of which it upheld five.")
    assert ident.series == TIP and "TIP language 3/" in ident.evidence[0]


def test_unrelated_text_is_still_rejected() -> None:
    with pytest.raises(UnrecognisedDocument, match="TIP language"):
        identify("The committee met in 2019 to discuss the budget of the library.")


def test_the_tier_the_narrative_states_when_no_heading_prints_one() -> None:
    text = ("2017 Report for X – Tier 2\n\nThe government made efforts; therefore, X remained "
            "on Tier 2 Watch List for the second consecutive year.")
    assert read_tier(text) == "Tier 2 Watch List"
    assert read_tier("It was spared an otherwise required downgrade to Tier 3.") == ""
    # a heading comes first
    assert read_tier("KENYA: TIER 2\n\nIn 2015 Kenya was placed on Tier 2 Watch List.") == "Tier 2"


def test_a_heading_printed_inside_a_line_of_the_other_column() -> None:
    text = ("Courts convicted nine offenders in the KENYA (Tier 2 Watch List) period, and the "
            "government remained on Tier 2.")
    assert read_tier(text) == "Tier 2 Watch List"
    # the name must be a country's, in capitals
    assert read_tier("the Police Unit (Tier 1) reported cases") == ""
    assert read_tier("the NATIONAL POLICE (Tier 1) reported cases") == ""


SPECIAL_CASE_BODY = (
    "The cyclone of 2015 destroyed most ministries and left the courts closed for a year, "
    "which limited the government's ability to address trafficking in persons. The police "
    "unit for minors had a staff of 12 for the whole country.")


def test_a_country_heading_with_its_tier_makes_a_tip_narrative_of_little_of_its_language(
) -> None:
    ident = identify("NAURU (Special Case)\n" + SPECIAL_CASE_BODY)
    assert ident.series == TIP and "a country heading with its tier" in ident.evidence[0]
    assert ident.country == "Nauru" and ident.tip_tier == "Special Case"
    with pytest.raises(UnrecognisedDocument, match="TIP language"):
        identify(SPECIAL_CASE_BODY)
    with pytest.raises(UnrecognisedDocument, match="TIP language"):
        identify("OVERVIEW (Special Case)\n" + SPECIAL_CASE_BODY)


@pytest.mark.parametrize(
    ("heading", "tier"),
    [
        ("RURITANIA (**Tier** 2)", "Tier 2"),
        ("RURITANIA (Tier 2 _Watch_ List)", "Tier 2 Watch List"),
        ("RURITANIA (Special *Case*)", "Special Case"),
    ],
)
def test_a_converter_s_emphasis_in_the_heading_hides_no_tier(heading: str, tier: str) -> None:
    """A converter's Markdown marks a word of the heading in bold or italics; the heading is
    read as it prints."""
    text = (f"{heading}\n\nThe Government of Ruritania does not fully meet the minimum "
            "standards for the elimination of trafficking. The government identified 14 "
            "victims of trafficking and prosecuted &amp; convicted four traffickers.\n")
    assert identify(text).tip_tier == tier


def test_a_tier_opening_a_line_the_other_column_goes_on() -> None:
    """Two-column PDF text: the heading's tier in parentheses opens a line that the other
    column's words continue; the narrative's own "placed on Tier 2 ... Watch List" is split
    by the other column and reads a lower tier."""
    text = ("NARRATIVES\nPERU also recruited by armed groups and\n\n(Tier 2 Watch List) used by "
            "criminal groups in the mining\nregion. The country is therefore placed on Tier 2 "
            "across the border\nWatch List.\n")
    assert read_tier(text) == "Tier 2 Watch List"
