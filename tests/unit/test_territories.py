"""Printed entity names against the names ILAB's key gives them."""

from __future__ import annotations

import pytest

from analysis.territories import closeness, fold, is_country_wide, same

TANZANIA = ["Mainland", "Zanzibar", "Mainland and Zanzibar"]
BOSNIA = ["FBiH", "RS", "BD", "FBiH/RS/BD", "BiH", "BiH/FBiH/RS/BD"]


def test_fold_drops_accents_punctuation_and_case():
    assert fold("Brčko  District (BD)") == "brcko district bd"


@pytest.mark.parametrize(("printed", "wanted", "country", "named", "expected"), [
    ("Punjab", "Punjab", "Pakistan", [], 3),
    ("National Total", "Federal", "Pakistan", [], 2),
    ("All (Somalia)", "All Territories", "Somalia", [], 2),
    ("FGS", "Federal", "Somalia", [], 2),
    ("BiH", "Bosnia and Herzegovina", "Bosnia and Herzegovina", BOSNIA, 2),
    ("FBiH", "Federation of Bosnia and Herzegovina (FBiH)", "Bosnia and Herzegovina", [], 3),
    ("M", "Montserrat", "Montserrat", [], 2),
    ("FBiH/RS/BD", "Brčko District", "Bosnia and Herzegovina", BOSNIA, 1),
    ("Mainland and Zanzibar", "Zanzibar", "Tanzania", TANZANIA, 1),
    ("Mainland and Zanzibar", "All Tanzania", "Tanzania", TANZANIA, 1),
    ("FBiH/RS/BD", "Bosnia and Herzegovina", "Bosnia and Herzegovina", BOSNIA, 0),
    ("Punjab", "Sindh", "Pakistan", [], 0),
    ("Mainland", "All Tanzania", "Tanzania", TANZANIA, 0),
])
def test_closeness_of_a_printed_name_to_a_wanted_one(printed, wanted, country, named,
                                                     expected):
    assert closeness(printed, wanted, country, named) == expected


def test_the_whole_country_and_the_documents_own_name():
    assert is_country_wide("All Pakistan", "Pakistan")
    assert is_country_wide("Iraq", "Iraq")
    assert not is_country_wide("Kurdistan Region", "Iraq")
    assert same("Iraq", "All Territories", "Iraq")
    assert not same("Punjab Province", "Sindh Province", "Pakistan")
