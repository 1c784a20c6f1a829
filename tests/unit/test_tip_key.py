"""The TIP key scorer: recall, precision, tier and identity from small hand-made tables."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from analysis.evaluate.tip_key import (
    by_source_measure,
    format_report,
    other_map,
    other_measure,
    other_measures,
    score_tip,
    tip_score_main,
)
from analysis.schema import is_measure

KEY = [
    ("a.txt", "tier", "2 Watch List", "2019", ""),
    ("a.txt", "investigations", "21", "2018", ""),
    ("a.txt", "investigations", "18", "2017", ""),
    ("a.txt", "investigations", "5", "2018", "a second agency, same year"),
    ("a.txt", "other:victims_referred_to_care", "40", "2018", ""),
    ("a.txt", "other:arrests", "7", "2018", "no such measure"),
    ("a.txt", "victim_assistance_funding", "1000", "", "year not printed"),
    ("a.txt", "officers_trained", "", "2018", "an unknown number"),
    ("b.txt", "convictions", "3", "2014", ""),
]
DOCS = [("tip-2019-xxx-00000000", "/x/a.txt", "Gabon", "GAB", "2019", "Tier 2 Watch List"),
        ("tip-2015-xxx-11111111", "/x/b.txt", "Uganda", "UGA", "2015", "")]
OURS = [
    ("tip-2019-xxx-00000000", "investigations", 21, 2018, "reported"),
    ("tip-2019-xxx-00000000", "investigations", 5, 2018, "reported"),
    ("tip-2019-xxx-00000000", "investigations", 18, 2018, "reported"),  # wrong year
    ("tip-2019-xxx-00000000", "victims_referred", 40, 2018, "reported"),
    ("tip-2019-xxx-00000000", "victim_assistance_funding", 1000, 2018, "reported"),
    ("tip-2019-xxx-00000000", "officers_trained", None, 2018, "unknown"),
    ("tip-2015-xxx-11111111", "convictions", 3, 2014, "reported"),
]


def _write(path: Path, header: list[str], rows: list[tuple]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(header)
        out.writerows(rows)


def _one_document(tmp_path: Path, key_rows: list[tuple], ours: list[tuple]) -> tuple[Path, Path]:
    """A key and a clean folder of the first document of DOCS with ``ours`` as its rows
    (measure, value, data_year)."""
    key = tmp_path / "answers.csv"
    _write(key, ["file", "measure", "value", "data_year", "note"], key_rows)
    clean = tmp_path / "clean"
    clean.mkdir()
    _write(clean / "documents.csv",
           ["doc_id", "source_file", "country", "iso3", "report_year", "tip_tier"], DOCS[:1])
    _write(clean / "enforcement.csv",
           ["doc_id", "measure", "value", "data_year", "status", "label", "source_start"],
           [(DOCS[0][0], *r, "reported", "", 0) for r in ours])
    return key, clean


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    key = tmp_path / "answers.csv"
    _write(key, ["file", "measure", "value", "data_year", "note"], KEY)
    clean = tmp_path / "clean"
    clean.mkdir()
    _write(clean / "documents.csv",
           ["doc_id", "source_file", "country", "iso3", "report_year", "tip_tier"], DOCS)
    _write(clean / "enforcement.csv",
           ["doc_id", "measure", "value", "data_year", "status", "label", "source_start"],
           [(*r, "", 0) for r in OURS])
    return key, clean


def test_recall_precision_and_tier(folders: tuple[Path, Path]) -> None:
    report = score_tip(*folders)
    a, b = report.files
    # counted: 21, 18, 5, referral 40, funding 1000 (any year); arrests has no measure
    assert (a.key_counted, a.found) == (5, 4)
    assert [k.value for k in a.missed] == [18]
    # ours: 6 rows; the 18 of the wrong year is wrong, the unknown row matches the key's
    assert (a.ours, a.right) == (6, 5)
    assert (a.tier_rows, a.tier_right, a.edition_right) == (1, 1, 1)
    assert (b.key_counted, b.found, b.ours, b.right) == (1, 1, 1, 1)
    assert report.outside == 1 and report.without_value == 1
    text = format_report(report)
    assert "recall: 5/6 = 83.3%" in text and "precision: 6/7 = 85.7%" in text


def test_identities_and_a_missing_document(folders: tuple[Path, Path], tmp_path: Path) -> None:
    key, clean = folders
    ids = tmp_path / "ids.csv"
    _write(ids, ["file", "country", "report_year"],
           [("a.txt", "Gabon", "2019"), ("b.txt", "Uganda", "2016"), ("c.txt", "Kenya", "2017")])
    report = score_tip(key, clean, ids)
    assert [f.identity for f in report.files] == [
        "ok", "year 2015 != 2016", "no document (rejected or absent)"]


def test_files_restricts_the_score(folders: tuple[Path, Path]) -> None:
    report = score_tip(*folders, files=["b.txt"])
    assert [f.file for f in report.files] == ["b.txt"]


def test_other_names_map_to_contract_measures() -> None:
    assert other_map()
    for name, measure in other_map().items():
        assert is_measure(measure), (name, measure)


def test_other_names_that_are_measures_of_two_splits() -> None:
    """The key's measures take one split, so a count of two is an ``other:`` row under the
    contract's own name; a hedged name stays outside (potential victims beside the count)."""
    assert other_measure("victims_identified_sex_trafficking_foreign") == \
        "victims_identified_sex_trafficking_foreign"
    assert other_measure("victims_identified_foreign_labor_trafficking") == \
        "victims_identified_labor_trafficking_foreign"
    assert other_measure("potential_victims_identified") == ""


def test_other_names_by_their_stem() -> None:
    """A destination after a measure's name is no split: "victims_referred_to_<place>"."""
    assert other_measure("victims_referred_to_government_shelters") == "victims_referred"
    assert other_measure("victims_referred_to_care") == "victims_referred"
    assert other_measure("victims_referred_temporary_shelter_pct") == ""
    assert other_measure("arrests") == ""
    # who identified them is the NGO split, whatever follows
    assert other_measure("victims_identified_by_ngos") == "victims_identified_ngo"
    assert other_measure("potential_victims_identified_by_ngo_monitors") == "victims_identified_ngo"
    assert other_measure("victims_identified_by_police") == ""


def test_other_names_by_their_stem_keep_the_group_they_end_in() -> None:
    """"victims_referred_to_shelter_children" are the children referred; adults (or one
    sex) are a group no split names; a hedge opening the name ("potential_") is dropped."""
    assert other_measure("victims_referred_to_shelter_children") == "victims_referred_children"
    assert other_measure("victims_referred_to_shelter_adults") == ""
    assert other_measure("potential_victims_referred") == "victims_referred"
    assert other_measure("victims_and_potential_victims_referred") == ""


def test_other_names_of_a_non_governmental_source() -> None:
    """An NGO's or international organisation's count is the measure's ``_ngo`` split; any
    other qualifier keeps the name outside."""
    assert by_source_measure("ngo_victims_identified_labor_trafficking") == (
        "victims_identified_labor_trafficking_ngo")
    assert by_source_measure("victims_assisted_by_international_organization") == (
        "victims_assisted_ngo")
    assert by_source_measure("potential_victims_identified_by_iom") == "victims_identified_ngo"
    assert by_source_measure("ngo_victims_identified_women") == ""
    assert other_measure("convicted_fully_suspended_sentences") == "convictions_not_imprisoned"
    # whose hotline it is, by its ending
    assert other_measure("dgs_hotline_calls") == "hotline_calls"
    assert other_measure("ncr_hotline_trafficking_calls") == "hotline_calls"
    assert other_measure("mol_hotline_complaints") == ""
    assert by_source_measure("presumed_victims_identified_ngo") == "victims_identified_ngo"
    assert by_source_measure("victims_assisted_iom") == "victims_assisted_ngo"
    assert by_source_measure("victims_referred_to_ngos") == ""
    assert by_source_measure("ngo_shelters_funded") == ""
    assert by_source_measure("victims_identified_by_police") == ""
    assert by_source_measure("victims_identified_foreign") == ""  # no source named
    # a split after the source is kept, where the stem rows would drop it
    assert other_measure("victims_identified_by_ngos_sex_trafficking") == (
        "victims_identified_sex_trafficking_ngo")


def test_a_name_joining_two_verbs_of_a_source_is_both_measures() -> None:
    """"NGOs identified and assisted 415 victims" is keyed as one ``other:`` row; it is the
    figure of both measures, as the government's is keyed as two rows."""
    assert other_measures("victims_identified_assisted_by_ngos_ios") == [
        "victims_identified_ngo", "victims_assisted_ngo"]
    assert other_measures("ngo_victims_identified_and_referred") == [
        "victims_identified_ngo", "victims_referred_ngo"]
    # no source named, or a group no split names: outside the vocabulary, as one row
    assert other_measures("victims_identified_and_assisted") == [""]
    assert other_measures("victims_abroad_identified_assisted") == [""]
    assert other_measures("ngo_victims_identified") == ["victims_identified_ngo"]


def test_split_order_does_not_matter(tmp_path: Path) -> None:
    """A key measure and ours with the same splits in another order are one measure."""
    key, clean = _one_document(
        tmp_path,
        [("a.txt", "other:ngo_victims_identified_foreign_labor_trafficking", "4", "2018", "")],
        [("victims_identified_labor_trafficking_foreign_ngo", 4, 2018)])
    (a,) = score_tip(key, clean).files
    assert (a.key_counted, a.found, a.ours, a.right) == (1, 1, 1, 1)


def test_a_tier_without_a_number_is_compared_as_printed(tmp_path: Path) -> None:
    key = tmp_path / "answers.csv"
    _write(key, ["file", "measure", "value", "data_year", "note"],
           [("h.txt", "tier", "Special Case", "2011", ""), ("u.txt", "tier", "3", "2015", "")])
    clean = tmp_path / "clean"
    clean.mkdir()
    _write(clean / "documents.csv",
           ["doc_id", "source_file", "country", "iso3", "report_year", "tip_tier"],
           [("tip-2011-hti-0", "/x/h.txt", "Haiti", "HTI", "2011", "Special Case"),
            ("tip-2015-uga-1", "/x/u.txt", "Uganda", "UGA", "2015", "Tier 2")])
    _write(clean / "enforcement.csv",
           ["doc_id", "measure", "value", "data_year", "status", "label", "source_start"], [])
    h, u = score_tip(key, clean).files
    assert (h.tier_rows, h.tier_right) == (1, 1)
    assert (u.tier_rows, u.tier_right) == (1, 0)


def test_a_value_or_year_that_is_not_a_number(tmp_path: Path) -> None:
    """An ``other:`` row valued with a label is a figure outside the vocabulary; a row of a
    stored measure whose value or year is not a number is set aside with its line named, and
    the command says something failed while still printing the score."""
    key, clean = _one_document(
        tmp_path,
        [("a.txt", "other:tier_of_next_narrative", "2 Watch List", "2019", "next country"),
         ("a.txt", "investigations", "about 30", "2018", ""),
         ("a.txt", "convictions", "4", "2017-18", ""),
         ("a.txt", "investigations", "21", "2018", "")],
        [("investigations", 21, 2018)])
    report = score_tip(key, clean)
    (a,) = report.files
    assert (a.key_counted, a.found, a.ours, a.right) == (1, 1, 1, 1)
    assert report.without_value == 1
    assert report.unreadable == [
        "answers.csv line 3 (a.txt, investigations): value 'about 30' is not a number; "
        "row not scored",
        "answers.csv line 4 (a.txt, convictions): data_year '2017-18' is not a number; "
        "row not scored"]
    assert "2 key row(s) whose value or year is not a number" in format_report(report)
    code = tip_score_main(["--answers", str(key), "--clean", str(clean)])
    assert code == 1
