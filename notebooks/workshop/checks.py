"""The check at the end of each exercise step: it says whether an answer is right and, when
it is not, what is wrong with it, without giving the answer away.

Every check prints one line, ``<step>: right. ...`` or ``<step>: not yet. ...``, and never
raises: an answer that is still ``None``, of the wrong type or that fails when run is "not
yet" with the reason. The expected answers are worked out here from the data and the
package, the way a careful reader would, not typed in.
"""

from __future__ import annotations

import csv
import difflib
import functools
import json
import math
import numbers
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import kit
import numpy as np
import pandas as pd
from scipy import stats

from analysis import config
from analysis.extract.tables.cells import normalise_label
from analysis.reconcile import preferred_series
from analysis.repair import repair


class NotYet(Exception):
    """An answer that is not right yet; the message says why."""


def require(condition: object, why: str) -> None:
    """Stop the check with "not yet" and ``why`` unless the condition holds."""
    if not condition:
        raise NotYet(why)


def verdict(step: str, judge: Callable[..., str], *args: Any) -> tuple[bool, str]:
    """Run a judge on an answer: (right?, the line to print)."""
    try:
        praise = judge(*args)
    except NotYet as why:
        return False, f"{step}: not yet. {why}"
    except Exception as error:  # the student's code failed inside the check
        return False, f"{step}: not yet. Running your answer raised {type(error).__name__}: {error}"
    return True, f"{step}: right. {praise}"


def check(step: str) -> Callable[[Callable[..., str]], Callable[..., None]]:
    """Make a judge (returns praise, raises NotYet) into a check that prints its verdict.

    The judge stays reachable as ``.judge`` and the verdict as ``.verdict`` for the tests."""

    def wrap(judge: Callable[..., str]) -> Callable[..., None]:
        @functools.wraps(judge)
        def run(*args: Any) -> None:
            print(verdict(step, judge, *args)[1] + "\n", end="")

        run.judge = judge  # type: ignore[attr-defined]
        run.verdict = lambda *args: verdict(step, judge, *args)  # type: ignore[attr-defined]
        return run

    return wrap


def _given(value: object, name: str) -> None:
    """Not yet when the student has not replaced the ``None`` of a stub."""
    require(value is not None, f"`{name}` is still None: write your answer in the cell above.")


def _number(value: object, name: str) -> float:
    """The answer as a float, or not yet."""
    _given(value, name)
    require(isinstance(value, numbers.Real) and not isinstance(value, bool | np.bool_),
            f"`{name}` should be a number, not {type(value).__name__}.")
    return float(value)


# ---------------------------------------------------------------- exercise 1: damaged text

_TITLE = "Statistics on Working Children"
_NEXT = "Prevalence and Distribution"


@functools.cache
def _ledger(prefix: str):
    """The package's repair of a seed report (its ledger; not to be changed)."""
    doc = kit.seed(prefix)
    return repair(doc.text, layout=doc.layout, series=doc.series, country=doc.country)


def _table_span(text: str) -> tuple[int, int]:
    """The statistics table of a 2010 profile: from its title to the next heading."""
    start = text.index(_TITLE)
    return start, text.index(_NEXT, start)


def _words(text: str) -> list[str]:
    start, end = _table_span(text)
    return text[start:end].split()


def _table_differences() -> list[tuple[str, str]]:
    """Word pairs where the repaired web transcript and OCR tables disagree."""
    web, ocr = _words(_ledger("000").text), _words(_ledger("001").text)
    ops = difflib.SequenceMatcher(a=web, b=ocr, autojunk=False).get_opcodes()
    return [(" ".join(web[a:b]), " ".join(ocr[c:d])) for op, a, b, c, d in ops if op != "equal"]


def _damage() -> tuple[int, int, str, str]:
    """Raw offsets in seed 001 of the characters the two readings disagree on, with the
    printed and the misread text."""
    ledger = _ledger("001")
    (printed, misread), = _table_differences()
    start, end = _table_span(ledger.text)
    word_at = ledger.text.index(misread, start, end)
    common = len(next(p for p in (printed[:i] for i in range(len(printed), -1, -1))
                      if misread.startswith(p)))
    raw_start, raw_end = ledger.raw_span(word_at + common, word_at + len(misread))
    return raw_start, raw_end, printed[common:], misread[common:]


@check("Step 1")
def table_differences(differences: object) -> str:
    """The word pairs where the two repaired tables differ."""
    _given(differences, "differences")
    try:
        pairs = {(str(a), str(b)) for a, b in differences}  # type: ignore[union-attr]
    except (TypeError, ValueError) as error:
        raise NotYet("`differences` should be a list of (web word, OCR word) pairs.") from error
    expected = set(_table_differences())
    require(not {(a, b) for a, b in pairs if a == b},
            "some of your pairs hold the same word twice: keep only the words that differ.")
    require(expected <= pairs or {(b, a) for a, b in expected} <= pairs,
            "your list misses a difference: compare every word of both repaired tables, from "
            "the title to the next heading.")
    require(len(pairs) == len(expected),
            f"your list has {len(pairs)} pairs; some are not differences between the two "
            "repaired tables (compare the repaired texts, not the raw ones).")
    return (f"the two readings of the table disagree in {len(expected)} word only; one of "
            "them misread a mark.")


@check("Step 2")
def damage_offsets(raw: object, start: object, end: object) -> str:
    """The raw offsets of the misread character(s) in seed 001."""
    first, last = _number(start, "damage_start"), _number(end, "damage_end")
    require(first == int(first) and last == int(last), "offsets are whole numbers.")
    want_start, want_end, printed, _ = _damage()
    text = kit.seed("001").text
    require(raw == text, "pass the raw text of seed 001 (`ocr.text`) as the first argument.")
    require(0 <= first < last <= len(text), "the span is empty or outside the text.")
    table_start, table_end = (text.index(_TITLE), text.index(_NEXT))
    require(table_start <= first and last <= table_end,
            "that span is not inside seed 001's statistics table.")
    require(first <= want_start and want_end <= last,
            f"the span holds {text[int(first):int(last)]!r}, which both readings print alike; "
            "look for the word where they differ.")
    require(last - first == want_end - want_start,
            f"the span holds {text[int(first):int(last)]!r}: narrow it to the character(s) "
            "that differ from the other reading.")
    return (f"raw[{int(first)}:{int(last)}] is the misread mark; the web transcript prints "
            f"{printed!r} there, and the note under the table starts with the same mark.")


def _apply(rule: object, text: str, name: str) -> list:
    """Run a student's rule on a text; its edits (not yet when it is no rule)."""
    _given(rule, name)
    require(callable(rule), f"`{name}` should be a rule made with regex_rule(...).")
    result = rule(text)  # type: ignore[operator]
    require(isinstance(result, tuple) and len(result) == 2,
            f"`{name}` should return (text, edits), as rules made with regex_rule do.")
    return list(result[1])


def _other_seeds() -> list[tuple[str, str]]:
    """(file, repaired text) of every seed but the OCR one."""
    return [(kit.seed(p).file, _ledger(p).text) for p in ("000", "002", "003", "004")]


@check("Step 3")
def asterisk_rule(rule: object) -> str:
    """A rule that restores the misread mark in seed 001's table and fires nowhere else."""
    ledger = _ledger("001")
    text = ledger.text
    raw_start, _, printed, misread = _damage()
    edits = _apply(rule, text, "asterisk_rule")
    require(edits, "your rule changes nothing in seed 001 yet (it runs on the repaired text, "
            "`ocr_ledger.text`).")
    require(len(edits) == 1, f"your rule changes {len(edits)} places in seed 001; only one "
            "character there is misread.")
    edit = edits[0]
    require(ledger.raw_span(edit.start, edit.end)[0] == raw_start
            and text[edit.start:edit.end] == misread,
            f"your rule changes {text[edit.start:edit.end]!r}, not the misread mark.")
    require(edit.after == printed, f"your rule writes {edit.after!r}; the printed report has "
            "another mark there (see the note line under the table).")
    for name, other in _other_seeds():
        fired = _apply(rule, other, "asterisk_rule")
        where = other[fired[0].start - 20: fired[0].end + 5] if fired else ""
        require(not fired, f"your rule also fires in {name} ({where!r}): add a guard.")
    start, end = _table_span(text)
    note = re.search(r"\n[^\n]*Population[^\n]*", text[start:end])
    require(note is not None, "the check could not find the table's note line.")
    without_note = text[: start + note.start()] + text[start + note.end():]
    require(not _apply(rule, without_note, "asterisk_rule"),
            "your rule also fires on the same table without its population note, where a "
            "percent sign could be what was printed: guard it with the note line.")
    percent = text[:start] + re.sub(r"(School [^\n]*\d)(?=\n)", r"\1%", text[start:end], count=1) \
        + text[end:]
    require(len(_apply(rule, percent, "asterisk_rule")) == 1,
            "your rule also changes a percent sign on another row of the table, which no "
            "note refers to.")
    return "your rule puts back the printed mark in seed 001 and leaves every other seed alone."


@check("Step 4")
def ledger_row(raw: object, ledger: object, row: object, replayed: object) -> str:
    """The student's rule recorded in the ledger, and the ledger replayed."""
    text = kit.seed("001").text
    require(raw == text, "pass the raw text of seed 001 (`ocr.text`) as the first argument.")
    _given(ledger, "ledger")
    _given(row, "my_row")
    _given(replayed, "replayed")
    require(hasattr(ledger, "rows") and hasattr(ledger, "text"),
            "`ledger` should be the RepairLedger your rule was applied to.")
    require(hasattr(row, "rule") and hasattr(row, "start"),
            "`my_row` should be one row of `ledger.rows()`.")
    require(str(row.rule).startswith("workshop."),
            f"`my_row` comes from the rule {row.rule!r}: pick the row of your own rule "
            "(its name starts with 'workshop.').")
    raw_start, raw_end, printed, misread = _damage()
    require((row.start, row.end) == (raw_start, raw_end) and row.after == printed,
            "the ledger row of your rule does not replace the misread mark; did your rule "
            "pass the check of step 3?")
    require(text[row.start:row.end] == row.before == misread,
            "the row's offsets should point into the raw text.")
    require(isinstance(replayed, str), "`replayed` should be the text replay(...) returns.")
    require(replayed == ledger.text,
            "replaying the ledger did not give the ledger's text: replay every row of "
            "`ledger.rows()` on the raw text of seed 001.")
    require(replayed != _ledger("001").text,
            "the replayed text is the package's repair alone: apply your rule's edits to the "
            "ledger first.")
    return (f"your change is row {row.seq} of the ledger, raw[{row.start}:{row.end}] "
            f"{row.before!r} -> {row.after!r}, and the replay rebuilds the repaired text.")


_OCR_TABLES = ("chad_2016_table6", "gabon_2016_table6")
_DOLLAR_PROBES = ("Provided ALSO (3) in the budget", "SO (see below)", "SOS (2)",
                  "Funding 50 (12)", "and SO (1994) the")


@check("Step 5")
def dollar_rule(rule: object) -> str:
    """A rule that reads the OCR'd cell "SO" as "$0" in both table excerpts, and nothing else."""
    for name in _OCR_TABLES:
        text = kit.ocr_table(name)
        edits = _apply(rule, text, "dollar_rule")
        require(edits, f"your rule changes nothing in {name}.")
        require(len(edits) == 1, f"your rule changes {len(edits)} places in {name}; one cell "
                "there is misread.")
        cell = text[edits[0].start:edits[0].end]
        require(cell.strip() == "SO", f"your rule changes {cell!r} in {name}.")
        require(edits[0].after.strip() == "$0", f"your rule writes {edits[0].after!r}; which "
                "amount of money would a funding cell print?")
    for probe in _DOLLAR_PROBES:
        require(not _apply(rule, probe, "dollar_rule"),
                f"your rule also changes {probe!r}: it must only take a cell followed by its "
                "citation number.")
    for name, other in [*_other_seeds(), ("seed 001", _ledger("001").text)]:
        require(not _apply(rule, other, "dollar_rule"), f"your rule also fires in {name}.")
    return "your rule reads both misread funding cells and leaves everything else alone."


# ----------------------------------------------------------- exercise 2: a new wording

_NEW_LABEL = "Number of Penalties Imposed"
_NEW_MEASURE = "penalties_imposed"
#: Tables that report on a run (what it could not read, what it found), not figures: they
#: change with any label the vocabulary learns.
_RUN_SUMMARIES = {"warnings", "coverage"}


@check("Step 1")
def same_measure(answer: object) -> str:
    """Whether the unknown row is another wording of a measure the vocabulary knows."""
    _given(answer, "same_as_a_known_row")
    require(isinstance(answer, bool), "`same_as_a_known_row` should be True or False.")
    require(answer is False, "look at the rows the table prints right under it: if it were "
            "another wording of one of them, the table would print one figure twice.")
    return "it is a measure of its own: the table also prints the rows it resembles."


def _labels_of_table(text: str, title: str) -> list[str]:
    """The row labels of a flowed table: the lines from its title to the first blank line."""
    start = text.index(title)
    block = text[start: text.index("\n\n", start)].split("\n")[1:]
    return [line.strip() for line in block if line.strip()]


@check("Step 2")
def vocabulary_row(package: object) -> str:
    """The new row in the copy's enforcement_labels.csv."""
    _given(package, "package")
    labels = Path(str(package)) / "analysis" / "data" / "enforcement_labels.csv"
    require(labels.is_file(), "pass the folder kit.copy_package(...) returned (`package`).")
    require(labels.resolve() != (config.PACKAGE_DATA / "enforcement_labels.csv").resolve(),
            "that is the installed package's own file: change the copy, never the package.")
    with labels.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    with (config.PACKAGE_DATA / "enforcement_labels.csv").open(encoding="utf-8",
                                                               newline="") as fh:
        installed = list(csv.DictReader(fh))
    added = [r for r in rows if r not in installed]
    require(added, "your copy's enforcement_labels.csv has no new row yet.")
    label = normalise_label(_NEW_LABEL)
    for row in added:
        require(None not in row.values() and None not in row,
                "your row does not have one value per column of the file's header: write "
                "every column, empty where it does not apply.")
        require(row.get("pattern") and row.get("role"),
                "every row needs at least a pattern and a role (see the file's other rows).")
        try:
            pattern = re.compile(row["pattern"])
        except re.error as error:
            raise NotYet(f"the pattern {row['pattern']!r} is not a valid regex: {error}") from error
        others = [t for t in _labels_of_table(_guinea_text(), "Table 6.")
                  if normalise_label(t) != label and pattern.fullmatch(normalise_label(t))]
        require(not others, f"your pattern also matches {others[:1]}, a row the vocabulary "
                "already reads: make it match the new label only.")
    matching = [r for r in added if re.fullmatch(r["pattern"], label)]
    require(matching, "no new pattern matches the printed label in full once it is "
            f"normalised ({label!r}: lower case, single spaces).")
    row = matching[0]
    require(row["role"] == "value", "the row holds figures: its role is 'value'.")
    require(row.get("domain") in ("labor", ""), "the row is in the labour table: its domain "
            "is 'labor'.")
    require(row.get("unit") == "count", "the row counts penalties: its unit is 'count'.")
    require(row.get("measure") == _NEW_MEASURE, "the workshop's key calls the measure by the "
            "name given in the task: use that name.")
    require(not [r for r in installed if r["pattern"] and re.fullmatch(r["pattern"], label)],
            "the installed package's enforcement_labels.csv reads this label too: either it "
            "was edited (undo that: the exercise changes a copy) or this version of the "
            "package already knows the wording, and the exercise needs another one.")
    return "your copy of the package knows the new row, and the installed package does not."


def _measures(package: Path | None) -> dict[str, list[str]]:
    """The contract's measures by unit, of a package copy (None: the installed package)."""
    env = dict(os.environ)
    if package is not None:
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(package.resolve()), env.get("PYTHONPATH")) if p)
    done = subprocess.run(
        [sys.executable, "-c", "import json; from analysis.schema import MEASURES; "
         "print(json.dumps({unit: list(names) for unit, names in MEASURES.items()}))"],
        capture_output=True, text=True, env=env, check=False)
    require(done.returncode == 0, "the copy's schema.py no longer imports: "
            + (done.stderr.strip().splitlines() or ["?"])[-1])
    return json.loads(done.stdout)


@check("Step 3")
def contract(package: object) -> str:
    """The new measure in the copy's schema.MEASURES, and nothing else changed there."""
    _given(package, "package")
    folder = Path(str(package))
    require((folder / "analysis" / "schema.py").is_file(),
            "pass the folder kit.copy_package(...) returned (`package`).")
    installed, copy = _measures(None), _measures(folder)
    require(_NEW_MEASURE not in installed.get("count", []),
            "the installed package's schema.py lists the measure too: undo that edit (the "
            "exercise changes a copy).")
    require(_NEW_MEASURE in copy.get("count", []), "your copy's contract does not list the "
            "measure among the counts yet.")
    added = {(u, m) for u, names in copy.items() for m in names} - {
        (u, m) for u, names in installed.items() for m in names}
    removed = {(u, m) for u, names in installed.items() for m in names} - {
        (u, m) for u, names in copy.items() for m in names}
    require(not removed, "your change removed measures from the contract.")
    require(added == {("count", _NEW_MEASURE)}, "your change added more than the one measure.")
    return "your copy's contract lists the new count, and the installed package's does not."


def _guinea_text() -> str:
    return (kit.EXCERPTS / "dol_2016_guinea.txt").read_text(encoding="utf-8")


@check("Step 4")
def second_run(work: object) -> str:
    """The second clean run, made with the student's copy of the vocabulary."""
    folder = Path(str(work)) / "clean_after"
    require((folder / "enforcement.csv").is_file(), "there are no tables in "
            "work / 'clean_after' yet: run the clean job into that folder.")
    rows = pd.read_csv(folder / "enforcement.csv")
    ours = rows[rows["label"] == _NEW_LABEL]
    require(len(ours), "the second run has no row with the new label: did it read the same "
            "raw folder?")
    require((ours["measure"] == _NEW_MEASURE).all(), "the second run did not read the new "
            "label as the new measure: run your copy (`package=package`).")
    return f"the second run reads the {len(ours)} rows of the new label as a measure."


@check("Step 5")
def agreement(before: object, after: object, work: object) -> str:
    """Agreement with the workshop key before and after the vocabulary change."""
    folder = Path(str(work))
    for name in ("clean_before", "clean_after"):
        require((folder / name / "enforcement.csv").is_file(),
                f"{name} is missing: run the cells above first.")
    got_before, got_after = _number(before, "agreement_before"), _number(after, "agreement_after")
    for got, name, run in ((got_before, "agreement_before", "clean_before"),
                           (got_after, "agreement_after", "clean_after")):
        agreed, compared, _ = kit.score(kit.GUINEA_KEY, folder / run)
        require(0 <= got <= 1, f"`{name}` should be a share between 0 and 1.")
        require(math.isclose(got, agreed / compared, abs_tol=1e-9),
                f"`{name}` is not what the scorer finds for {run}: agreed / compared of "
                "the key's values.")
    require(got_after > got_before, "agreement did not rise: did the second run use your "
            "copy of the package?")
    return f"agreement rose from {got_before:.1%} to {got_after:.1%}."


@check("Step 6")
def nothing_else_changed(changed: object, work: object) -> str:
    """The rows that differ between the two runs, and that they are only the new label's."""
    _given(changed, "changed")
    require(isinstance(changed, pd.DataFrame), "`changed` should be a DataFrame of rows.")
    folder = Path(str(work))
    before, after = kit.tables(folder / "clean_before"), kit.tables(folder / "clean_after")
    for name in sorted(set(before) | set(after)):
        if name in _RUN_SUMMARIES:
            continue
        require(name in before and name in after, f"{name}.csv is in one run only.")
        if "label" in before[name].columns:
            moved = pd.concat([before[name], after[name]]).drop_duplicates(keep=False)
            require(set(moved["label"]) <= {_NEW_LABEL},
                    f"rows of {name}.csv with other labels changed: the vocabulary change "
                    "reached further than the new row.")
        else:
            require(before[name].equals(after[name]),
                    f"{name}.csv differs between the runs: the vocabulary change reached "
                    "further than one row (or a run used other raw files).")
    gone = set(before["warnings"]["message"]) - set(after["warnings"]["message"])
    require(set(after["warnings"]["message"]) <= set(before["warnings"]["message"]),
            "the second run has warnings the first did not.")
    require(all(_NEW_LABEL in message for message in gone),
            "a warning that has nothing to do with the new label went away.")
    both = pd.concat([before["enforcement"], after["enforcement"]])
    expected = both.drop_duplicates(keep=False)
    require(set(expected["label"]) == {_NEW_LABEL}, "the enforcement rows changed beyond the "
            "new label's: look at your vocabulary row.")
    columns = list(before["enforcement"].columns)
    require(list(changed.columns) == columns,
            "`changed` should have the columns of enforcement.csv.")
    key = lambda df: sorted(map(str, df.astype(str).itertuples(index=False)))  # noqa: E731
    require(len(changed) == len(expected) and key(changed) == key(expected),
            f"`changed` holds {len(changed)} rows; compare the two enforcement tables row by "
            "row and keep the rows found in one of them only.")
    return (f"{len(expected)} enforcement rows changed (the new label's, in both runs), one "
            "warning went away, and no other figure changed.")


# -------------------------------------------------------- exercise 3: inspector adequacy

#: The ILO's technical advice: workers per inspector by kind of economy.
ILO_BENCHMARKS = {"industrial_market": 10_000, "industrializing": 15_000,
                  "transition": 20_000, "less_developed": 40_000}


def _statement(work: Path, country: str, year: int) -> pd.Series:
    """A report's inspector-adequacy statement and its inspectors of the same year."""
    tables = kit.tables(work / "clean")
    found = tables["workforce"].query("country == @country and report_year == @year")
    require(len(found) == 1, "the clean folder lacks the report's workforce statement: run "
            "the cells above first.")
    statement = found.iloc[0].copy()
    inspectors = tables["enforcement"].query(
        "country == @country and report_year == @year and data_year == @year "
        "and measure == 'labor_inspectors' and source == 'table'")
    statement["inspectors"] = float(inspectors["value"].iloc[0])
    return statement


def _half_up(x: float) -> int:
    return math.floor(x + 0.5)


@check("Step 1")
def workers_per_inspector(value: object, work: object) -> str:
    """Workers per labour inspector in Kazakhstan, 2017 report."""
    got = _number(value, "workers_per_inspector")
    s = _statement(Path(str(work)), "Kazakhstan", 2017)
    want = s["workforce"] / s["inspectors"]
    require(not math.isclose(got, s["inspectors"] / s["workforce"], rel_tol=1e-6),
            "that is inspectors per worker; turn it round.")
    require(math.isclose(got, want, rel_tol=1e-6), "not the report's workforce divided by "
            "the number of labour inspectors of the same year.")
    return "each inspector would cover that many workers."


@check("Step 2")
def needed_table(frame: object, work: object) -> str:
    """Inspectors needed, shortfall and verdict under each ILO benchmark."""
    _given(frame, "needed")
    require(isinstance(frame, pd.DataFrame), "`needed` should be a DataFrame.")
    s = _statement(Path(str(work)), "Kazakhstan", 2017)
    table = frame.reset_index() if "benchmark" not in frame.columns else frame
    wanted = ["benchmark", "inspectors_needed", "shortfall", "meets"]
    require(all(c in table.columns for c in wanted),
            f"`needed` should have the columns {wanted}.")
    require(sorted(table["benchmark"].tolist()) == sorted(ILO_BENCHMARKS.values()),
            "one row per ILO benchmark: 10,000, 15,000, 20,000 and 40,000 workers.")
    for _, row in table.iterrows():
        need = _half_up(s["workforce"] / row["benchmark"])
        require(row["inspectors_needed"] == need,
                f"inspectors needed at {row['benchmark']:,} is off: workforce / benchmark, "
                "rounded to the nearest whole inspector (halves up).")
        require(row["shortfall"] == need - s["inspectors"],
                f"shortfall at {row['benchmark']:,} is off: needed minus employed.")
        require(bool(row["meets"]) == (s["inspectors"] >= need),
                f"'meets' at {row['benchmark']:,} is off: enough inspectors or not.")
    return "that is the whole picture under each of the four benchmarks."


@check("Step 3")
def implied_workforce(value: object, work: object) -> str:
    """The workforce the report's stated number of inspectors implies."""
    got = _number(value, "implied_workforce")
    s = _statement(Path(str(work)), "Kazakhstan", 2017)
    want = s["inspectors_recommended_stated"] * s["workers_per_inspector_benchmark"]
    require(not math.isclose(got, s["workforce"], rel_tol=1e-9),
            "that is the workforce the report prints; work back from its stated inspectors.")
    require(math.isclose(got, want, rel_tol=1e-9),
            "not the stated number of inspectors times the benchmark the report applies.")
    return (f"the stated figure rests on a workforce of {want:,.0f}; the report prints "
            f"{s['workforce']:,.0f}.")


@check("Step 4")
def sensitivity(break_even: object, on_workforce: object, on_benchmark: object,
                work: object) -> str:
    """Break-even workforce per benchmark and what the verdict depends on."""
    _given(break_even, "break_even")
    require(isinstance(break_even, dict | pd.Series),
            "`break_even` should map each benchmark to a workforce.")
    s = _statement(Path(str(work)), "Kazakhstan", 2017)
    got = dict(break_even)
    require(sorted(got) == sorted(ILO_BENCHMARKS.values()),
            "one entry per ILO benchmark: 10,000, 15,000, 20,000 and 40,000.")
    for benchmark, workforce in got.items():
        require(math.isclose(float(workforce), s["inspectors"] * benchmark, rel_tol=1e-9),
                f"break-even at {benchmark:,} is off: the largest workforce the employed "
                "inspectors can cover.")
    workforces = [w for w in kit.tables(Path(str(work)) / "clean")["workforce"]
                  .query("country == 'Kazakhstan'")["workforce"]]
    flips = any(min(workforces) < s["inspectors"] * b <= max(workforces)
                for b in ILO_BENCHMARKS.values())
    _given(on_workforce, "depends_on_workforce")
    _given(on_benchmark, "depends_on_benchmark")
    require(bool(on_workforce) == flips, "compare the break-even workforces with every "
            "workforce the reports give for Kazakhstan.")
    require(bool(on_benchmark), "compare the verdicts of step 2 across the benchmarks.")
    return ("over the range of workforce estimates the reports give, the verdict depends on "
            "the benchmark, not on the estimate.")


@check("Step 5")
def benchmarks(kazakhstan: object, guinea: object, work: object) -> str:
    """The benchmark each report applies."""
    folder = Path(str(work))
    for got, country, year in ((kazakhstan, "Kazakhstan", 2017), (guinea, "Guinea", 2016)):
        value = _number(got, f"benchmark_{country.lower()}")
        s = _statement(folder, country, year)
        require(value in ILO_BENCHMARKS.values(), f"{value:,.0f} is not one of the ILO "
                "benchmarks.")
        require(value == ILO_BENCHMARKS[s["economy_category"]],
                f"not the benchmark the {country} report applies: read its sentence on the "
                "ILO's advice.")
    return "both reports say which kind of economy they take each country to be."


# ------------------------------------------------------ exercise 4: trends, disagreement

def _clean(work: object) -> Path:
    folder = Path(str(work)) / "clean"
    require((folder / "reconciliation.csv").is_file(), "run the cells above first.")
    return folder


def _raw_of(folder: Path, doc_id: str) -> str:
    docs = pd.read_csv(folder / "documents.csv").set_index("doc_id")
    path = Path(docs.loc[doc_id, "source_file"])
    return (path if path.is_absolute() else config.ROOT / path).read_text(encoding="utf-8")


def _conflict(folder: Path) -> pd.DataFrame:
    """The enforcement rows of the first conflict over 2010 investigations, DOL side first."""
    rec = pd.read_csv(folder / "reconciliation.csv")
    pair = rec.query("measure == 'investigations' and data_year == 2010 "
                     "and verdict == 'conflict'").iloc[0]
    rows = pd.read_csv(folder / "enforcement.csv").query(
        "measure == 'investigations' and data_year == 2010")
    return pd.concat([rows[rows["doc_id"] == pair[f"doc_id_{side}"]].head(1)
                      for side in ("a", "b")])


@check("Step 1")
def traced(dol_sentence: object, tip_sentence: object, work: object) -> str:
    """The sentences the two conflicting figures were read from."""
    folder = _clean(work)
    rows = _conflict(folder)
    for got, (_, row), name in ((dol_sentence, next(rows.iterrows()), "dol_sentence"),
                                (tip_sentence, list(rows.iterrows())[1], "tip_sentence")):
        _given(got, name)
        require(isinstance(got, str), f"`{name}` should be a string.")
        raw = _raw_of(folder, row["doc_id"])
        start, end = int(row["source_start"]), int(row["source_end"])
        at = raw.find(got)
        require(at >= 0, f"`{name}` is not a piece of the raw report it should come from.")
        require(at <= start and end <= at + len(got),
                f"`{name}` does not cover the figure's offsets (source_start, source_end).")
        require(len(got) < 400, f"`{name}` is longer than a sentence.")
    gap = abs(float(rows["value"].iloc[0]) - float(rows["value"].iloc[1]))
    return f"both figures stand in their reports where the table says, {gap:.0f} apart."


def _candidates(folder: Path, measure: str, domain: str) -> pd.DataFrame:
    return kit.candidates(folder, "Kazakhstan", measure, domain)


@check("Step 2")
def prefer_latest(rule: object, work: object) -> str:
    """A function choosing one figure per data year by the prefer-latest rule."""
    folder = _clean(work)
    _given(rule, "prefer_latest")
    require(callable(rule), "`prefer_latest` should be a function of a DataFrame.")
    tables = kit.tables(folder)
    best = preferred_series(tables["enforcement"], tables["documents"])
    checked = 0
    for measure, domain in (("labor_inspections", "labor"), ("investigations", "trafficking")):
        candidates = _candidates(folder, measure, domain)
        for year, group in candidates.groupby("data_year"):
            chosen = rule(group.copy())  # type: ignore[operator]
            require(isinstance(chosen, pd.Series) and "doc_id" in chosen,
                    "`prefer_latest` should return one row (a Series) of the candidates.")
            want = best.query("country == 'Kazakhstan' and measure == @measure "
                              "and domain == @domain and data_year == @year").iloc[0]
            require(chosen["doc_id"] == want["doc_id"],
                    f"for {measure} in {year} your rule picks {chosen['doc_id']}; check the "
                    "order of the rule's steps against the README.")
            checked += 1
    return f"your rule picks the same figure as the package in all {checked} data years."


def _series(folder: Path) -> tuple[list[int], list[float]]:
    tables = kit.tables(folder)
    best = preferred_series(tables["enforcement"], tables["documents"]).query(
        "country == 'Kazakhstan' and measure == 'labor_inspections' and domain == 'labor'")
    best = best[best["value"].notna()].sort_values("data_year")
    return best["data_year"].astype(int).tolist(), best["value"].astype(float).tolist()


@check("Step 3")
def trend(slope: object, low: object, high: object, tau: object, p_value: object,
          work: object) -> str:
    """Theil-Sen slope with its interval and Kendall's tau with its p-value."""
    years, values = _series(_clean(work))
    sen = stats.theilslopes(values, years)
    kendall = stats.kendalltau(years, values)
    for got, want, name in ((slope, sen.slope, "slope"), (low, sen.low_slope, "slope_low"),
                            (high, sen.high_slope, "slope_high"), (tau, kendall.statistic, "tau"),
                            (p_value, kendall.pvalue, "p_value")):
        value = _number(got, name)
        require(math.isclose(value, want, rel_tol=1e-6, abs_tol=1e-9),
                f"`{name}` is off: use every data year with a value of the preferred series "
                "(theilslopes takes y first, then x).")
    covers = "includes" if sen.low_slope <= 0 <= sen.high_slope else "excludes"
    return (f"over {len(years)} data years the slope's 95% interval {covers} zero, "
            f"and p = {kendall.pvalue:.2f}.")


@check("Step 4")
def few_points(smallest_p: object, can_show: object) -> str:
    """The smallest two-sided p-value Kendall's test can give for n points, and its verdict."""
    _given(smallest_p, "smallest_p")
    require(callable(smallest_p), "`smallest_p` should be a function of n.")
    for n in range(3, 9):
        got = _number(smallest_p(n), f"smallest_p({n})")  # type: ignore[operator]
        require(math.isclose(got, 2 / math.factorial(n), rel_tol=1e-9),
                f"smallest_p({n}) is off: of the n! orderings of n distinct values, how many "
                "are as extreme as a perfectly monotone series (either way)?")
    _given(can_show, "can_show_a_trend")
    require(isinstance(can_show, bool), "`can_show_a_trend` should be True or False.")
    require(can_show is False, "compare smallest_p for the number of comparable years with 0.05.")
    return "with four comparable years no ordering of the figures can reach p < 0.05."
