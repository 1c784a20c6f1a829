"""Who a TIP clause's subject is: the government as a whole, NGOs, or one agency of it."""

from __future__ import annotations

import pytest

from analysis.extract.tip.phrases import actor
from analysis.extract.tip.vocabulary import source_of


@pytest.mark.parametrize(("subject", "source"), [
    ("The government", "government"),
    ("Authorities", "government"),
    ("Officials", "government"),
    ("The state", "government"),
    ("", "government"),
    ("NGOs", "ngo"),
    ("Immigration officials", "agency"),
    ("The state governments", "agency"),
    ("The federal government", "agency"),
    ("The police", "agency"),
    ("The government and immigration officials", "government"),
    ("The islands", "other"),
])
def test_the_words_of_one_agency_are_not_the_government(subject: str, source: str) -> None:
    assert source_of(subject) == source


@pytest.mark.parametrize(("subject", "source"), [
    ("The government reported that NGOs", "ngo"),
    ("The government indicated an international organization", "ngo"),
    ("The government reported NGOs", "ngo"),
    ("The government reported", "government"),
    ("Officials indicated the police", "government"),
    ("An international organization stated that it", "ngo"),
    ("NGOs reported that they", "ngo"),
    ("The government reported that it", "government"),
])
def test_a_reported_clause_has_its_own_subject(subject: str, source: str) -> None:
    """With "that", any reported subject; with no "that", only NGOs or an international
    organisation opening it ("indicated the police" may be what was indicated)."""
    assert source_of(subject) == source


def test_a_clause_after_and_has_its_own_subject() -> None:
    """"NGOs documented 7,100 cases and police identified 649 victims": the police, told by
    the subject and verb after "and", identified them."""
    s = "NGOs documented 7,100 cases and police identified 649 victims in 2016."
    assert actor(s, s.find("identified")).strip() == "police"
    assert actor(s, s.find("documented")).strip() == "NGOs"
