"""The workshop's checks of exercise 1 (and the ones that need no clean run): the solution's
answers are right, wrong or missing answers are "not yet" with a reason that does not give
the answer away, and a failing answer never makes a check raise."""

from __future__ import annotations

import contextlib
import csv
import importlib
import io
import math
import re
import sys
from pathlib import Path

import jupytext
import pytest

from analysis import config
from analysis.repair import regex_rule

WORKSHOP = config.ROOT / "notebooks" / "workshop"
sys.path.insert(0, str(WORKSHOP))
checks = importlib.import_module("checks")
kit = importlib.import_module("kit")


@pytest.fixture(scope="module")
def solved() -> dict[str, object]:
    """The namespace of exercise 1's solution notebook, run without its check cells."""
    namespace: dict[str, object] = {}
    for cell in jupytext.read(WORKSHOP / "solution_01_damaged_text.py").cells:
        if cell.cell_type == "code" and not cell.source.startswith("checks."):
            with contextlib.redirect_stdout(io.StringIO()):
                exec(compile(cell.source, "<cell>", "exec"), namespace)
    return namespace


def _not_yet(result: tuple[bool, str], *hidden: str) -> str:
    ok, line = result
    assert not ok and ": not yet. " in line, line
    for secret in hidden:
        assert secret not in line, f"{line!r} gives away {secret!r}"
    return line


def test_the_solution_passes_every_check_of_exercise_1(solved) -> None:
    ns = solved
    results = [
        checks.table_differences.verdict(ns["differences"]),
        checks.damage_offsets.verdict(ns["ocr"].text, ns["damage_start"], ns["damage_end"]),
        checks.asterisk_rule.verdict(ns["asterisk_rule"]),
        checks.ledger_row.verdict(ns["ocr"].text, ns["ledger"], ns["my_row"], ns["replayed"]),
        checks.dollar_rule.verdict(ns["dollar_rule"]),
    ]
    for ok, line in results:
        assert ok and ": right. " in line, line


def test_missing_answers_are_not_yet_and_name_the_stub(solved) -> None:
    line = _not_yet(checks.asterisk_rule.verdict(None))
    assert "`asterisk_rule` is still None" in line
    _not_yet(checks.damage_offsets.verdict(solved["ocr"].text, None, None))
    _not_yet(checks.table_differences.verdict(None))
    _not_yet(checks.dollar_rule.verdict(None))


def test_offsets_around_the_whole_word_are_not_yet_without_the_offsets(solved) -> None:
    start, end = solved["damage_start"], solved["damage_end"]
    _not_yet(checks.damage_offsets.verdict(solved["ocr"].text, start - 3, end), str(start))
    _not_yet(checks.damage_offsets.verdict(solved["ocr"].text, start - 30, start - 20),
             str(start))
    _not_yet(checks.damage_offsets.verdict(solved["ocr"].text, 0, 5), str(start))


def test_an_unguarded_rule_is_not_yet() -> None:
    anywhere = regex_rule(re.compile(r"(?<=\d)(?P<x>%)"), "*", group="x")
    line = _not_yet(checks.asterisk_rule.verdict(anywhere), "Population of working")
    assert "guard" in line or "another row" in line


def test_a_rule_writing_the_wrong_mark_is_not_yet() -> None:
    wrong = regex_rule(re.compile(
        r"^Working [^\n]*\d(?P<x>%)$(?=(?:\n.*){0,4}\n\* Population of working children)",
        re.MULTILINE), "+", group="x")
    _not_yet(checks.asterisk_rule.verdict(wrong), "'*'")


def test_an_answer_that_raises_is_not_yet_and_the_check_does_not_raise() -> None:
    def broken(text: str):
        raise KeyError("oops")

    line = _not_yet(checks.asterisk_rule.verdict(broken))
    assert "KeyError" in line
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        checks.asterisk_rule(broken)
    assert printed.getvalue().count("\n") == 1 and "not yet" in printed.getvalue()


def test_a_dollar_rule_taking_any_so_is_not_yet() -> None:
    _not_yet(checks.dollar_rule.verdict(regex_rule(re.compile(r"SO"), "$0")))
    _not_yet(checks.dollar_rule.verdict(regex_rule(re.compile(r"\bSO\b"), "$0")))


def test_the_ledger_row_of_a_package_rule_is_not_yet(solved) -> None:
    ledger = solved["ledger"]
    package_row = ledger.rows()[0]
    _not_yet(checks.ledger_row.verdict(solved["ocr"].text, ledger, package_row,
                                       solved["replayed"]))
    _not_yet(checks.ledger_row.verdict(solved["ocr"].text, ledger, solved["my_row"],
                                       solved["ocr"].text))


def test_the_new_label_is_a_measure_of_its_own() -> None:
    assert checks.same_measure.verdict(False)[0]
    _not_yet(checks.same_measure.verdict(True))
    _not_yet(checks.same_measure.verdict("no"))


def test_smallest_p_and_what_four_points_can_show() -> None:
    assert checks.few_points.verdict(lambda n: 2 / math.factorial(n), False)[0]
    _not_yet(checks.few_points.verdict(lambda n: 1 / math.factorial(n), False), "2 /")
    _not_yet(checks.few_points.verdict(lambda n: 2 / math.factorial(n), True))


def _append(package: Path, row: list[str]) -> None:
    labels = package / "analysis" / "data" / "enforcement_labels.csv"
    with labels.open("a", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerow(row)


def test_a_label_row_is_checked_in_a_copy_of_the_package(tmp_path: Path) -> None:
    package = kit.copy_package(tmp_path / "package")
    line = _not_yet(checks.vocabulary_row.verdict(package))
    assert "no new row" in line
    labels = package / "analysis" / "data" / "enforcement_labels.csv"
    header = labels.read_text(encoding="utf-8").split("\n", 1)[0].split(",")
    good = {"pattern": "number of penalties imposed", "domain": "labor",
            "measure": "penalties_imposed", "unit": "count", "role": "value"}
    _append(package, [good.get(column, "") for column in header] + ["surplus"])
    assert "one value per column" in _not_yet(checks.vocabulary_row.verdict(package))


def test_a_label_row_short_of_columns_is_not_yet(tmp_path: Path) -> None:
    package = kit.copy_package(tmp_path / "package")
    _append(package, ["number of penalties imposed", "labor", "penalties_imposed", "count"])
    assert "one value per column" in _not_yet(checks.vocabulary_row.verdict(package))


@pytest.mark.parametrize(("pattern", "measure", "why"), [
    ("number of penalties imposed.*", "penalties_imposed", "also matches"),
    ("Number of Penalties Imposed", "penalties_imposed", "in full"),
    ("number of penalties imposed", "child_labor_penalties_imposed", "name given"),
])
def test_a_wrong_label_row_is_not_yet(tmp_path: Path, pattern: str, measure: str,
                                      why: str) -> None:
    package = kit.copy_package(tmp_path / "package")
    labels = package / "analysis" / "data" / "enforcement_labels.csv"
    header = labels.read_text(encoding="utf-8").split("\n", 1)[0].split(",")
    row = {"pattern": pattern, "domain": "labor", "measure": measure, "unit": "count",
           "role": "value"}
    _append(package, [row.get(column, "") for column in header])
    assert why in _not_yet(checks.vocabulary_row.verdict(package), "penalties_imposed'")


def test_the_right_label_row_in_the_copy_is_right(tmp_path: Path) -> None:
    package = kit.copy_package(tmp_path / "package")
    labels = package / "analysis" / "data" / "enforcement_labels.csv"
    header = labels.read_text(encoding="utf-8").split("\n", 1)[0].split(",")
    row = {"pattern": "number of penalties imposed", "domain": "labor",
           "measure": "penalties_imposed", "unit": "count", "role": "value"}
    _append(package, [row.get(column, "") for column in header])
    ok, line = checks.vocabulary_row.verdict(package)
    assert ok, line
