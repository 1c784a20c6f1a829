"""Unicode clean-up rules on excerpts of the seeds."""

from __future__ import annotations

import pytest

from analysis.repair import unicode
from analysis.repair.base import Rule
from analysis.repair.ledger import apply_edits


def _check(rule: Rule, before: str, after: str) -> None:
    """The rule turns ``before`` into ``after`` and its edits say so."""
    text, edits = rule(before)
    assert text == after
    assert apply_edits(before, edits) == after


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "the procurator general\u00e2\u20ac\u2122s latest",
            "the procurator general\u2019s latest",
        ),
        (
            "Kazakhstan\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2s migrant",
            "Kazakhstan\u2019s migrant",
        ),
    ],
)
def test_mojibake(before: str, after: str) -> None:
    """UTF-8 read as Windows-1252 is decoded back, even twice over."""
    _check(unicode.mojibake, before, after)


def test_ligatures() -> None:
    """Ligature characters become their letters."""
    _check(unicode.ligatures, "\ufb01nding of the o\ufb03cial", "finding of the official")


def test_odd_spaces_and_invisible_characters() -> None:
    """No-break and thin spaces read as spaces; zero-width marks and soft hyphens go."""
    _check(
        unicode.odd_spaces,
        "Kazakhstan\u00a0MODERATE\u2009ADVANCEMENT",
        "Kazakhstan MODERATE ADVANCEMENT",
    )
    _check(
        unicode.invisible,
        "\ufeffIn 2016, Chad\u200b made a mod\u00aderate",
        "In 2016, Chad made a moderate",
    )


def test_straight_quotes() -> None:
    """Curly quotes become straight ones."""
    _check(
        unicode.straight_quotes,
        "the Prosecutor General\u2019s Office \u201cTwelve Days\u201d",
        'the Prosecutor General\'s Office "Twelve Days"',
    )


UNTOUCHED = [
    "Agriculture\tCotton farming\u2020 (1-5)\t",
    "Categorical Worst Forms of Child Labor\u2021\tForced begging* (3, 6, 14)\t",
    "\tILO C. 182, Worst Forms of Child Labor\t\u2713",
    "| Number of Labor Inspections Conducted | 7,897\u2020 (30) | 10,748 (5) |",
    "National Action Plan to Combat Human Trafficking (2012\u20132014)*",
    "| Legal Framework | Ensure that the law | 2016 \u2013 2017 |",
    "Working 5-14 yrs. 3.2* \u2014 13,808 inspections, $1.4 million, Decree No. 944",
    "Ascensi\u00f3n and Trist\u00e1n da Cunha, C\u00f4te d'Ivoire",
    "T\u00dc\u2020 and \u00d6\u2021 keep their marks",
]


@pytest.mark.parametrize("text", UNTOUCHED)
@pytest.mark.parametrize(
    "rule",
    [
        unicode.mojibake,
        unicode.ligatures,
        unicode.odd_spaces,
        unicode.invisible,
        unicode.straight_quotes,
    ],
)
def test_marks_dashes_and_accents_survive(rule: Rule, text: str) -> None:
    """Table marks, check marks, dashes of ranges and accented names are never touched."""
    assert rule(text) == (text, [])
