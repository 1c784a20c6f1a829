"""TIP narratives: tier from the heading, enforcement figures from the three P sections."""

from __future__ import annotations

import re

import pytest

from analysis.config import RAW_DIR
from analysis.extract.records import Enforcement
from analysis.extract.tip.narrative import extract_tip, sections
from analysis.extract.tip.vocabulary import expand, load_patterns

SEED = RAW_DIR / "004_7c927776587964ad.txt"


def values(rows: list[Enforcement], measure: str, year: int) -> list[float | None]:
    """The values given for one measure and year, in text order."""
    return [r.value for r in rows if r.measure == measure and r.data_year == year]


@pytest.fixture(scope="module")
def seed() -> str:
    """The TIP 2011 Kazakhstan narrative, as stored in data/raw."""
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_rows(seed: str) -> list[Enforcement]:
    """What the extractor reads from the seed."""
    return extract_tip(seed, 2011).enforcement


@pytest.mark.parametrize(
    ("measure", "year", "expected"),
    [
        ("investigations", 2010, 88),
        ("investigations", 2009, 49),
        ("prosecutions", 2010, 48),
        ("prosecutions", 2009, 35),
        ("convictions", 2010, 32),
        ("convictions", 2009, 24),
        ("convictions_sex_trafficking", 2010, 29),
        ("convictions_sex_trafficking", 2009, 21),
        ("convictions_labor_trafficking", 2010, 3),
        ("convictions_labor_trafficking", 2009, 3),
        ("convictions_not_imprisoned", 2010, 5),
        ("convictions_imprisoned", 2010, 27),
        ("officers_trained", 2010, 79),
        ("victims_identified", 2010, 82),
        ("victims_identified", 2009, 59),
        ("victims_identified_labor_trafficking", 2010, 13),
        ("victims_identified_labor_trafficking", 2009, 12),
        ("victims_identified_foreign", 2010, 9),
        ("victims_identified_foreign", 2009, 3),
        ("victims_assisted", 2010, 134),
        ("victims_assisted_labor_trafficking", 2010, 49),
        ("victim_assistance_funding", 2010, 70_000),
        ("victim_assistance_funding", 2009, 84_000),
        ("prevention_funding_national", 2010, 64_200),
        ("prevention_funding_local", 2010, 11_800),
        ("prevention_funding", 2009, 63_000),
    ],
)
def test_seed_figure(
    seed_rows: list[Enforcement], measure: str, year: int, expected: float
) -> None:
    assert values(seed_rows, measure, year) == [expected]


def test_seed_rows_are_trafficking_prose(seed_rows: list[Enforcement]) -> None:
    assert {(r.domain, r.source, r.status) for r in seed_rows} == {
        ("trafficking", "prose", "reported")
    }
    money = {r.measure for r in seed_rows if r.unit == "usd"}
    assert money == {
        "victim_assistance_funding",
        "prevention_funding",
        "prevention_funding_national",
        "prevention_funding_local",
    }


def test_seed_spans_hold_the_printed_figure(seed: str, seed_rows: list[Enforcement]) -> None:
    printed = {(r.measure, r.data_year): seed[r.start : r.end] for r in seed_rows}
    assert printed[("investigations", 2010)] == "88"
    assert printed[("convictions_imprisoned", 2010)] == "Twenty-seven"
    assert printed[("victims_identified_foreign", 2010)] == "nine"
    assert printed[("convictions_labor_trafficking", 2010)] == "three"
    assert printed[("victim_assistance_funding", 2010)] == "$70,000"
    same = printed[("convictions_labor_trafficking", 2009)]
    assert same.startswith("three") and same.endswith("the same number as in 2009")


def test_seed_no_invented_prevention_total(seed_rows: list[Enforcement]) -> None:
    assert values(seed_rows, "prevention_funding", 2010) == []


def test_seed_reads_only_the_three_sections(seed: str, seed_rows: list[Enforcement]) -> None:
    first_section = min(start for _, start, _ in sections(seed))
    assert all(r.start >= first_section for r in seed_rows)
    assert [name for name, _, _ in sections(seed)] == ["prosecution", "protection", "prevention"]


def test_seed_keeps_the_reports_own_inconsistency(seed: str) -> None:
    """Protection says both "only one foreign labor trafficking victim" and "nine were foreign
    victims, including two victims of forced labor": both are kept and flagged."""
    got = extract_tip(seed, 2011)
    assert sorted(
        values(got.enforcement, "victims_identified_foreign_labor_trafficking", 2010)
    ) == [1, 2]
    assert any("victims_identified_foreign_labor_trafficking" in w for w in got.warnings)


def test_seed_sentence_lengths_and_subsets_are_not_counts(seed: str) -> None:
    got = extract_tip(seed, 2011)
    read = {r.value for r in got.enforcement}
    assert 14 not in read  # "two to 14 years' imprisonment"
    assert 40 not in read and 33 not in read  # one shelter's caseload each
    assert 191 not in read  # newspaper articles
    assert not any("'two'" in w or "'14'" in w for w in got.warnings)


def test_seed_figures_default_to_the_reporting_period(seed_rows: list[Enforcement]) -> None:
    years = {r.data_year for r in seed_rows}
    assert years == {2009, 2010}
    shifted = extract_tip(SEED.read_text(encoding="utf-8"), 2012).enforcement
    assert values(shifted, "convictions_imprisoned", 2011) == [27]
    assert values(shifted, "investigations", 2010) == [88]


LATER = """BURMA (Tier 2 Watch List)

PROSECUTION
The government maintained law enforcement efforts. The government investigated 21 cases (15 sex
trafficking, 6 forced labor) and prosecuted 18 suspects (12 for sex trafficking and six for
forced labor), compared with 18 investigations and 25 prosecutions in 2019. Courts convicted 10
traffickers, compared with 12 in 2019. Judges sentenced traffickers to between two and 10 years'
imprisonment. The government referred 300 victims to NGO shelters.

PROTECTION
In 2020, authorities identified 1,103 victims, including 230 children and 40 foreign nationals,
an increase from 943 victims the previous year. The government allocated 50 million kyat
($35,000) for victim assistance, an increase from 40 million kyat ($28,000) in 2019.

PREVENTION
The government allocated $12,000 to NGOs for awareness campaigns.

TRAFFICKING PROFILE
As reported over the past five years, traffickers exploit 300 victims a year.
"""


@pytest.fixture(scope="module")
def later_rows() -> list[Enforcement]:
    """What the extractor reads from an excerpt in 2021 wording."""
    return extract_tip(LATER, 2021).enforcement


@pytest.mark.parametrize(
    ("measure", "year", "expected"),
    [
        ("investigations", 2020, 21),
        ("investigations_sex_trafficking", 2020, 15),
        ("investigations_labor_trafficking", 2020, 6),
        ("prosecutions", 2020, 18),
        ("prosecutions_sex_trafficking", 2020, 12),
        ("prosecutions_labor_trafficking", 2020, 6),
        ("investigations", 2019, 18),
        ("prosecutions", 2019, 25),
        ("convictions", 2020, 10),
        ("convictions", 2019, 12),
        ("victims_identified", 2020, 1_103),
        ("victims_identified_children", 2020, 230),
        ("victims_identified_foreign", 2020, 40),
        ("victims_identified", 2019, 943),
        ("victim_assistance_funding", 2020, 35_000),
        ("victim_assistance_funding", 2019, 28_000),
        ("prevention_funding", 2020, 12_000),
        ("victims_referred", 2020, 300),
    ],
)
def test_later_wording(
    later_rows: list[Enforcement], measure: str, year: int, expected: float
) -> None:
    assert values(later_rows, measure, year) == [expected]


def test_later_wording_reads_nothing_else(later_rows: list[Enforcement]) -> None:
    assert len(later_rows) == 18
    assert values(later_rows, "victims_referred", 2020) == [300]  # not the profile's 300


def test_unread_count_is_a_warning() -> None:
    text = LATER.replace("referred 300 victims to NGO shelters", "arrested 45 suspects")
    warnings = extract_tip(text, 2021).warnings
    assert len(warnings) == 1
    assert "'45'" in warnings[0] and warnings[0].startswith("prosecution")


def test_gerund_list_and_named_year() -> None:
    text = (
        "KOSOVO: TIER 2\n\nPROSECUTION\nThe government reported investigating 112 trafficking "
        "cases, prosecuting 73 suspects, and convicting 39 traffickers.\n\nPROTECTION\n"
        "In 2021, authorities identified 1,103 victims.\n"
    )
    rows = extract_tip(text, 2022).enforcement
    got = {(r.measure, r.data_year): r.value for r in rows}
    assert got == {
        ("investigations", 2021): 112,
        ("prosecutions", 2021): 73,
        ("convictions", 2021): 39,
        ("victims_identified", 2021): 1_103,
    }


def test_not_reported_statistics_are_not_published_rows() -> None:
    text = (
        "ERITREA: TIER 3\n\nPROSECUTION\nThe government did not report law enforcement "
        "statistics.\n\nPROTECTION\nThe government did not report how many victims it "
        "identified.\n"
    )
    rows = extract_tip(text, 2015).enforcement
    assert {(r.measure, r.data_year, r.status) for r in rows} == {
        ("investigations", 2014, "not_published"),
        ("prosecutions", 2014, "not_published"),
        ("convictions", 2014, "not_published"),
        ("victims_identified", 2014, "not_published"),
    }
    assert all(r.value is None for r in rows)
    assert {text[r.start : r.end] for r in rows} >= {"did not report law enforcement statistics"}


def test_not_reported_statistics_are_of_the_period_not_of_a_year_compared_with() -> None:
    """A year the statement is compared with does not date it; a year of its own does."""
    text = (
        "X (Tier 3)\n\nPROSECUTION\nThe government did not report law enforcement statistics, "
        "so its efforts could not be compared with the previous year.\n"
    )
    rows = extract_tip(text, 2015).enforcement
    assert {(r.measure, r.data_year) for r in rows} == {
        ("investigations", 2014), ("prosecutions", 2014), ("convictions", 2014)}
    text = ("X (Tier 3)\n\nPROSECUTION\nThe government did not report law enforcement "
            "statistics for 2012.\n")
    rows = extract_tip(text, 2015).enforcement
    assert {r.data_year for r in rows} == {2012}


def test_not_published_gives_way_to_a_printed_figure() -> None:
    text = (
        "X (Tier 3)\n\nPROSECUTION\nThe government did not report comprehensive law "
        "enforcement data. Media reported the government convicted four traffickers.\n"
    )
    rows = extract_tip(text, 2015).enforcement
    status = {r.measure: r.status for r in rows}
    assert status == {
        "investigations": "not_published",
        "prosecutions": "not_published",
        "convictions": "reported",
    }
    assert values(rows, "convictions", 2014) == [4]


def test_the_same_number_of_victims_named_with_their_participle() -> None:
    """"The same number of (potential) victims identified during the previous reporting
    period" gives the count to that period too."""
    text = ("X (Tier 2)\n\nPROTECTION\nOfficials identified 23 victims in 2019, the same number "
            "of potential victims identified during the previous reporting period.\n")
    rows = extract_tip(text, 2020).enforcement
    assert values(rows, "victims_identified", 2019) == [23]
    assert values(rows, "victims_identified", 2018) == [23]


def test_same_number_as_previous_year_and_coordinated_kinds() -> None:
    text = (
        "X: SPECIAL CASE\nPROSECUTION\nIn 2018 the government convicted 5 traffickers, the "
        "same number as the previous year. Police investigated 15 forced labor cases and 20 "
        "sex trafficking cases in 2018.\n"
    )
    got = extract_tip(text, 2019)
    rows = got.enforcement
    assert values(rows, "convictions", 2018) == [5]
    assert values(rows, "convictions", 2017) == [5]
    assert values(rows, "investigations_labor_trafficking", 2018) == [15]
    assert values(rows, "investigations_sex_trafficking", 2018) == [20]
    # the two kinds' sum is printed nowhere: a warning names it, no row
    assert values(rows, "investigations", 2018) == []
    assert any("give investigations for 2018 as 35" in w for w in got.warnings)


def test_of_those_refers_to_the_sentence_before() -> None:
    text = (
        "X (Tier 2)\n\nPROTECTION\nThe government identified 110 trafficking victims, an "
        "increase from 92 in 2015. Of those, 82 were victims of sex trafficking and 21 of "
        "forced labor. All 82 Kazakhstani victims received assistance.\n"
    )
    rows = extract_tip(text, 2017).enforcement
    got = {(r.measure, r.data_year): r.value for r in rows}
    assert got == {
        ("victims_identified", 2016): 110,
        ("victims_identified", 2015): 92,
        ("victims_identified_sex_trafficking", 2016): 82,
        ("victims_identified_labor_trafficking", 2016): 21,
    }


def test_parts_of_an_amount_are_not_the_amount() -> None:
    text = (
        "X (Tier 2)\n\nPROTECTION\nIn 2016, the government allocated at least 25.97 million "
        "tenge (KZT) ($77,918) to direct victim assistance, including 24 million KZT "
        "($72,007) for shelter assistance and 1.97 million KZT ($5,911) for victim "
        "assistance during investigations, an increase from 4.7 million KZT ($14,101) in "
        "2015.\n"
    )
    rows = extract_tip(text, 2017).enforcement
    assert [(r.measure, r.data_year, r.value, r.qualifier) for r in rows] == [
        ("victim_assistance_funding", 2016, 77_918, "at_least"),
        ("victim_assistance_funding", 2015, 14_101, ""),
    ]


def test_subsets_by_nationality_and_single_courts_are_skipped() -> None:
    text = (
        "X (Tier 2)\n\nPROSECUTION\nCourts convicted 15 traffickers. A court convicted two "
        "labor traffickers in one case.\n\nPROTECTION\nThe government identified 88 "
        "trafficking victims, including 17 Uzbekistani nationals.\n"
    )
    rows = extract_tip(text, 2021).enforcement
    assert {(r.measure, r.value) for r in rows} == {("convictions", 15), ("victims_identified", 88)}


def test_no_headings_reads_the_whole_narrative_with_a_warning() -> None:
    text = "X (Tier 2)\n\nThe government prosecuted 12 suspects in 2008.\n"
    got = extract_tip(text, 2009)
    assert values(got.enforcement, "prosecutions", 2008) == [12]
    assert len(got.warnings) == 1 and "headings" in got.warnings[0]


def test_a_piece_of_grammar_named_in_a_pattern_is_its_regex() -> None:
    # "{SUPERLATIVE}" is grammar.csv's list, so the vocabulary does not write the words again
    assert re.fullmatch(expand("the {SUPERLATIVE} number"), "the fewest number")
    assert not re.fullmatch(expand("the {SUPERLATIVE} number"), "the total number")
    with pytest.raises(KeyError):
        expand("{NO_SUCH_PIECE}")


def test_vocabulary_file_is_well_formed() -> None:
    patterns = load_patterns()
    kinds = {p.kind for p in patterns}
    assert kinds == {"figure", "ignore", "split", "not_published", "zero", "one"}
    for p in patterns:
        if p.kind in ("figure", "not_published", "zero"):
            assert re.fullmatch(r"[a-z]+(?:_[a-z]+)*", p.measure)
        if p.kind == "split":
            assert p.measure.startswith("_") and p.group
        assert p.unit in ("count", "usd")
