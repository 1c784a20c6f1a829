"""Two readers' keys of the same excerpts: their agreement, and our rows against both."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from analysis.evaluate.tip_key import tip_score_main
from analysis.evaluate.tip_readers import compare_readers, format_agreement

HEADER = ["file", "measure", "value", "data_year", "note"]
FIRST = [
    ("a.txt", "investigations", "21", "2018", ""),
    ("a.txt", "convictions", "3", "2018", "dated to the reporting period"),
    ("a.txt", "victims_identified", "40", "2018", ""),
    ("a.txt", "other:arrests", "9", "2018", "no such measure"),
]
SECOND = [
    ("a.txt", "investigations", "21", "2018", ""),
    ("a.txt", "convictions", "3", "2017", "dated to the year before, as the sentence reads"),
    ("a.txt", "victims_identified", "40", "2018", ""),
    ("a.txt", "prosecutions", "7", "2018", "only this reader gives it"),
]
OURS = [
    ("investigations", 21, 2018),
    ("convictions", 3, 2017),
    ("prosecutions", 7, 2018),
    ("victims_assisted", 5, 2018),
]


def _write(path: Path, header: list[str], rows: list[tuple]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(header)
        out.writerows(rows)
    return path


@pytest.fixture
def keys(tmp_path: Path) -> tuple[Path, Path, Path]:
    clean = tmp_path / "clean"
    clean.mkdir()
    _write(clean / "documents.csv",
           ["doc_id", "source_file", "country", "iso3", "report_year", "tip_tier"],
           [("tip-2019-xxx-00000000", "/x/a.txt", "Gabon", "GAB", "2019", "")])
    _write(clean / "enforcement.csv",
           ["doc_id", "measure", "value", "data_year", "status", "label", "source_start"],
           [("tip-2019-xxx-00000000", *r, "reported", "", 0) for r in OURS])
    return (_write(tmp_path / "first.csv", HEADER, FIRST),
            _write(tmp_path / "second.csv", HEADER, SECOND), clean)


def test_agreement_counts_rows_both_readers_give(keys: tuple[Path, Path, Path]) -> None:
    a = compare_readers(*keys)
    # the key's 3 counted figures (arrests has no measure); the second reader dates one otherwise
    assert (a.first, a.second, a.shared) == (3, 4, 2)
    # of the two figures both give, ours has the investigations only
    assert a.shared_found == 1
    # right against either reader: investigations, the conviction of 2017, the prosecutions
    assert (a.ours, a.either_right) == (4, 3)


def test_a_second_key_equal_to_the_first_agrees_fully(keys: tuple[Path, Path, Path]) -> None:
    first, _, clean = keys
    a = compare_readers(first, first, clean)
    assert (a.first, a.second, a.shared) == (3, 3, 3)
    assert "gives 3/3 = 100.0% of the key's stated figures" in format_agreement(a)


def test_command_prints_the_agreement(keys: tuple[Path, Path, Path],
                                      capsys: pytest.CaptureFixture[str]) -> None:
    first, second, clean = keys
    assert tip_score_main(["--answers", str(first), "--second-answers", str(second),
                           "--clean", str(clean)]) == 0
    out = capsys.readouterr().out
    assert "second reader: gives 2/3 = 66.7% of the key's stated figures; 2/4 = 50.0%" in out
    assert "recall on the figures both readers give: 1/2 = 50.0%" in out
    assert "precision against the figures either reader gives: 3/4 = 75.0%" in out


def test_a_missing_second_key_is_a_clear_error(keys: tuple[Path, Path, Path],
                                               capsys: pytest.CaptureFixture[str]) -> None:
    first, _, clean = keys
    missing = clean / "nowhere.csv"
    assert tip_score_main(["--answers", str(first), "--second-answers", str(missing),
                           "--clean", str(clean)]) == 2
    assert f"error: {missing} not found" in capsys.readouterr().err


def test_a_figure_the_key_gives_twice_is_shared_once_when_the_second_gives_it_once(
        keys: tuple[Path, Path, Path], tmp_path: Path) -> None:
    _, second, clean = keys
    twice = _write(tmp_path / "twice.csv", HEADER,
                   [*FIRST, ("a.txt", "investigations", "21", "2018", "")])
    a = compare_readers(twice, second, clean)
    assert (a.first, a.shared) == (4, 2)


def test_the_figures_the_keys_disagree_on_are_written_for_a_third_reader(
        keys: tuple[Path, Path, Path], tmp_path: Path) -> None:
    first, second, clean = keys
    out = tmp_path / "disputes.csv"
    assert tip_score_main(["--answers", str(first), "--second-answers", str(second),
                           "--clean", str(clean), "--disputes", str(out)]) == 0
    with out.open(encoding="utf-8", newline="") as fh:
        got = [(r["key"], r["measure"], r["value"], r["data_year"]) for r in csv.DictReader(fh)]
    assert got == [("first", "convictions", "3.0", "2018"),
                   ("second", "convictions", "3.0", "2017"),
                   ("second", "prosecutions", "7.0", "2018")]


def test_disputes_without_a_second_key_is_a_clear_error(keys: tuple[Path, Path, Path],
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    first, _, clean = keys
    assert tip_score_main(["--answers", str(first), "--clean", str(clean),
                           "--disputes", str(clean / "d.csv")]) == 2
    assert "error: --disputes and --verdicts need --second-answers" in capsys.readouterr().err
    assert not (clean / "d.csv").exists()


def _judged(tmp_path: Path, verdicts: list[tuple]) -> Path:
    """A disputes file of the fixture keys with a third reader's verdicts."""
    return _write(tmp_path / "verdicts.csv", ["file", "key", "measure", "value", "data_year",
                                              "note", "verdict", "reason"], verdicts)


def test_the_judged_figures_make_an_adjudicated_key(keys: tuple[Path, Path, Path],
                                                    tmp_path: Path) -> None:
    """A first-only figure judged drop leaves, a second-only one judged keep comes in, a doubt
    leaves the first key's reading; scored like any key."""
    first, second, clean = keys
    verdicts = _judged(tmp_path, [
        ("a.txt", "first", "convictions", "3.0", "2018", "", "drop", "the year before"),
        ("a.txt", "second", "convictions", "3.0", "2017", "", "keep", "the year before"),
        ("a.txt", "second", "prosecutions", "7.0", "2018", "", "doubt", "either reading"),
    ])
    out = tmp_path / "adjudicated.csv"
    assert tip_score_main(["--answers", str(first), "--second-answers", str(second),
                           "--clean", str(clean), "--verdicts", str(verdicts),
                           "--adjudicated", str(out)]) == 0
    with out.open(encoding="utf-8", newline="") as fh:
        got = [(r["measure"], r["value"], r["data_year"]) for r in csv.DictReader(fh)]
    assert got == [("investigations", "21", "2018"), ("victims_identified", "40", "2018"),
                   ("other:arrests", "9", "2018"), ("convictions", "3", "2017")]
    a = compare_readers(out, out, clean)
    assert (a.first, a.shared_found) == (3, 2)


@pytest.mark.parametrize("verdict", [
    ("a.txt", "first", "convictions", "3.0", "2018", "", "maybe", ""),
    ("a.txt", "first", "convictions", "4.0", "2018", "", "drop", ""),
])
def test_a_verdict_that_cannot_be_applied_is_a_clear_error(
        keys: tuple[Path, Path, Path], tmp_path: Path, verdict: tuple,
        capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown verdict, or a judged figure neither key gives: one message, no key written."""
    first, second, clean = keys
    out = tmp_path / "adjudicated.csv"
    assert tip_score_main(["--answers", str(first), "--second-answers", str(second),
                           "--clean", str(clean), "--verdicts", str(_judged(tmp_path, [verdict])),
                           "--adjudicated", str(out)]) == 2
    assert "verdicts.csv" in capsys.readouterr().err
    assert not out.exists()
