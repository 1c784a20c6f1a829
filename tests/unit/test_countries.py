"""Country names as the reports print them: resolving, the naming rule, finding in text."""

from __future__ import annotations

import csv

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.detect.countries import (
    ALIASES_FILE,
    country_for_iso3,
    find_country,
    find_headings,
    normalise,
    resolve_country,
    resolve_source_name,
)


@pytest.mark.parametrize(
    ("printed", "name", "iso3"),
    [
        ("Kazakhstan", "Kazakhstan", "KAZ"),
        ("KAZAKHSTAN", "Kazakhstan", "KAZ"),
        ("Kyrgyz Republic", "Kyrgyz Republic", "KGZ"),
        ("Kyrgyzstan", "Kyrgyz Republic", "KGZ"),
        ("Congo, Republic of", "Congo, Republic of the", "COG"),
        ("Congo, Republic of the", "Congo, Republic of the", "COG"),
        ("Republic of the Congo", "Congo, Republic of the", "COG"),
        ("Congo, Democratic Republic of the", "Congo, Democratic Republic of the", "COD"),
        ("the Democratic Republic of the Congo", "Congo, Democratic Republic of the", "COD"),
        ("Burma", "Burma", "MMR"),
        ("Myanmar", "Burma", "MMR"),
        ("Côte d'Ivoire", "Côte d'Ivoire", "CIV"),
        ("Cote d'Ivoire", "Côte d'Ivoire", "CIV"),
        ("Côte d’Ivoire", "Côte d'Ivoire", "CIV"),
        ("Cabo Verde", "Cabo Verde", "CPV"),
        ("Cape Verde", "Cabo Verde", "CPV"),
        ("Timor-Leste", "Timor-Leste", "TLS"),
        ("Kosovo", "Kosovo", "XKX"),
        ("West Bank and the Gaza Strip", "West Bank and the Gaza Strip", "PSE"),
        ("Swaziland", "Eswatini", "SWZ"),
        ("Eswatini", "Eswatini", "SWZ"),
        ("Macedonia", "North Macedonia", "MKD"),
        ("North Macedonia", "North Macedonia", "MKD"),
        ("Moldova", "Moldova", "MDA"),
        ("Moldova, Republic of", "Moldova", "MDA"),
        ("Tanzania", "Tanzania", "TZA"),
        ("United Republic of Tanzania", "Tanzania", "TZA"),
        ("Bolivia", "Bolivia", "BOL"),
        ("Vietnam", "Vietnam", "VNM"),
        ("Laos", "Laos", "LAO"),
        ("Russia", "Russia", "RUS"),
        ("the Russian Federation", "Russia", "RUS"),
        ("Gambia, The", "Gambia, The", "GMB"),
        ("The Gambia", "Gambia, The", "GMB"),
        ("São Tomé and Príncipe", "São Tomé and Príncipe", "STP"),
        ("Sao Tome and Principe", "São Tomé and Príncipe", "STP"),
        ("St. Lucia", "Saint Lucia", "LCA"),
        ("Bosnia and Herzegovina", "Bosnia and Herzegovina", "BIH"),
        ("Guinea-Bissau", "Guinea-Bissau", "GNB"),
        ("Niger", "Niger", "NER"),
        ("Nigeria", "Nigeria", "NGA"),
        ("Dominica", "Dominica", "DMA"),
        ("Dominican Republic", "Dominican Republic", "DOM"),
        # states of the early editions, dissolved since: their own withdrawn codes
        ("SERBIA AND MONTENEGRO", "Serbia and Montenegro", "SCG"),
        ("Yugoslavia", "Yugoslavia", "YUG"),
        ("Netherlands Antilles", "Netherlands Antilles", "ANT"),
        ("Serbia", "Serbia", "SRB"),
        ("East Timor", "Timor-Leste", "TLS"),
    ],
)
def test_report_spellings_resolve_to_one_name_per_code(printed: str, name: str, iso3: str) -> None:
    country = resolve_country(printed)
    assert country is not None, printed
    assert (country.name, country.iso3) == (name, iso3)


@pytest.mark.parametrize(
    ("printed", "iso3"),
    [
        ("Anguilla", "AIA"),
        ("Montserrat", "MSR"),
        ("British Virgin Islands", "VGB"),
        ("Falkland Islands (Islas Malvinas)", "FLK"),
        ("Falkland Islands", "FLK"),
        ("Saint Helena, Ascension, and Tristan da Cunha", "SHN"),
        ("Saint Helena, Ascensión, and Tristán da Cunha", "SHN"),
        ("SAINT HELENA, ASCENSIÓN, AND TRISTÁN DA CUNHA", "SHN"),
        ("Tokelau", "TKL"),
        ("Niue", "NIU"),
        ("Norfolk Island", "NFK"),
        ("Wallis and Futuna", "WLF"),
        ("Christmas Island", "CXR"),
        ("Cocos (Keeling) Islands", "CCK"),
        ("Cook Islands", "COK"),
        ("Western Sahara", "ESH"),
    ],
)
def test_territories_the_dol_reports_cover_resolve(printed: str, iso3: str) -> None:
    country = resolve_country(printed)
    assert country is not None and country.iso3 == iso3


def test_ocr_misreadings_resolve_fuzzily_but_not_without_fuzzy() -> None:
    assert resolve_country("Cote d’lvoire") == country_for_iso3("CIV")
    assert resolve_country("KAZAKNSTAN") == country_for_iso3("KAZ")
    assert resolve_country("KAZAKNSTAN", fuzzy=False) is None


@pytest.mark.parametrize(
    "text", ["", "   ", "Overseas Territories", "MINIMAL ADVANCEMENT", "Korea", "Almaty"]
)
def test_non_names_do_not_resolve(text: str) -> None:
    assert resolve_country(text) is None


def test_alias_file_rows_are_consistent() -> None:
    with ALIASES_FILE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and set(rows[0]) == {"alias", "name", "iso3"}
    names: dict[str, str] = {}
    for row in rows:
        assert names.setdefault(row["iso3"], row["name"]) == row["name"], row
        known = pycountry.countries.get(alpha_3=row["iso3"]) or row["iso3"] == "XKX"
        assert known, row
        assert resolve_country(row["alias"], fuzzy=False) == country_for_iso3(row["iso3"])


def test_every_output_name_resolves_back_to_its_code() -> None:
    for country in pycountry.countries:
        own = country_for_iso3(country.alpha_3)
        assert resolve_country(own.name, fuzzy=False) == own


def test_unknown_iso3_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        country_for_iso3("ZZZ")


def test_source_names_resolve_without_guessing() -> None:
    assert resolve_source_name("corpus/dol/2016/Moldova, Republic of.txt") == country_for_iso3(
        "MDA"
    )
    assert resolve_source_name("data/raw/000_9855bc0914fc3c7d.txt") is None
    assert resolve_source_name("") is None


def test_find_country_reads_the_title_line() -> None:
    text = "Kyrgyz Republic\n\nMINIMAL ADVANCEMENT\nIn 2016, the Kyrgyz Republic made ..."
    match = find_country(text)
    assert match is not None and match.country.iso3 == "KGZ" and match.how == "title"
    assert text[match.start : match.end] == "Kyrgyz Republic"


def test_find_country_reads_the_opening_sentence_when_no_title() -> None:
    match = find_country("MINIMAL ADVANCEMENT\n\nIn 2013, Kazakhstan made a minimal advancement")
    assert match is not None and match.country.iso3 == "KAZ" and match.how == "opening"
    match = find_country("In 2019,The United Republic of Tanzania made a minimal advancement")
    assert match is not None and match.country.iso3 == "TZA"


def test_find_country_reads_a_name_opening_a_flowed_web_page() -> None:
    text = (
        "KAZAKHSTAN Kazakhstan The Government of Kazakhstan continued to work with companies. "
        "Children in Kazakhstan work in cotton."
    )
    match = find_country(text)
    assert match is not None and match.country.iso3 == "KAZ" and match.how == "first line"


def test_find_country_is_case_insensitive_and_ocr_tolerant_on_titles() -> None:
    match = find_country("Cote d’lvoire\n\nSIGNIFICANT ADVANCEMENT\nIn 2014, Côte d’Ivoire made")
    assert match is not None and match.country.iso3 == "CIV"
    match = find_country("KAZAKNSTAN\n\nThe Government of Kazakhstan continued to work")
    assert match is not None and match.country.iso3 == "KAZ"


def test_headings_list_every_territory_of_a_combined_profile() -> None:
    text = (
        "Overseas Territories of New Zealand\nCOOK ISLANDS\nMINIMAL ADVANCEMENT\n"
        "In 2016, the Cook Islands made a minimal advancement.\n\n"
        "NIUE\nNO ADVANCEMENT\nIn 2016, Niue made no advancement.\n\n"
        "TOKELAU\nNO ADVANCEMENT\nIn 2016, Tokelau made no advancement.\n"
    )
    assert [m.country.iso3 for m in find_headings(text)] == ["COK", "NIU", "TKL"]


def test_a_wrapped_territory_heading_is_listed_once() -> None:
    text = (
        "ANGUILLA\nMINIMAL ADVANCEMENT\nIn 2016, Anguilla made ...\n"
        "SAINT HELENA, ASCENSIÓN, AND TRISTÁN DA CUNHA (FORMERLY\nSAINT HELENA)\n"
        "MINIMAL ADVANCEMENT\n"
    )
    assert [m.country.iso3 for m in find_headings(text)] == ["AIA", "SHN"]


def test_prose_lines_are_not_headings() -> None:
    text = "Kazakhstan\nMODERATE ADVANCEMENT\nChildren from\nUzbekistan\nmigrate to the fields."
    assert [m.country.iso3 for m in find_headings(text)] == ["KAZ"]


def test_nothing_found_in_text_without_a_country() -> None:
    assert find_country("Preheat the oven. Mix flour and sugar.\nBake for 20 minutes.") is None
    assert find_country("") is None


@settings(deadline=None)  # the first call loads pycountry's tables
@given(st.text(max_size=200))
def test_normalise_is_idempotent_and_resolving_never_raises(text: str) -> None:
    assert normalise(normalise(text)) == normalise(text)
    resolve_country(text, fuzzy=False)
    find_country(text)


def test_a_file_name_with_a_year_around_the_country_still_names_it():
    from analysis.detect.countries import resolve_source_name

    assert resolve_source_name("2016-Montserrat.txt").iso3 == "MSR"
    assert resolve_source_name("British Virgin Islands 2016.txt").iso3 == "VGB"
    assert resolve_source_name("2016.txt") is None


def test_a_fuzzy_match_is_taken_only_when_one_country_is_closest() -> None:
    assert resolve_country("Arme nia") == country_for_iso3("ARM")
    # as close to "Gambia" as to "Zambia": neither is taken
    assert resolve_country("Zgambia") is None
