"""Reading a long text costs work in proportion to its length.

A text holding many profiles has many tables, sections and sentences; four readers once did
work in proportion to the whole text for each of them, so their cost grew with the square of
the text's length (a 50 MB file did not finish in 15 minutes). Each test counts the work a
reader does, never its time (which a busy machine distorts): Python lines executed, or the
characters the text's own methods walk through, on an input and on one four times as long.
Linear work grows about four times, the old quadratic work sixteen times. Throughput in MB/s
is measured by benchmarks/bench_size.py, not here.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType, SimpleNamespace

from analysis import config
from analysis.extract.dol import actions, prevalence, prose_sentences, ratifications
from analysis.extract.dol.list_cells import tables_titled
from analysis.extract.tables.cells import Cell
from analysis.extract.tables.read import read_tables

#: Growth above this for four times the input means the cost is not linear (n log n gives
#: a little more than 4, n squared 16).
_LIMIT = 6.0


def _lines_run(run: Callable[[], object]) -> int:
    """How many Python lines ``run()`` executes (loop iterations included): a count of work
    that does not depend on the machine or its load."""
    count = 0

    def trace(frame: FrameType, event: str, arg: object) -> Callable[..., object]:
        nonlocal count
        count += event == "line"
        return trace

    sys.settrace(trace)
    try:
        run()
    finally:
        sys.settrace(None)
    return count


class _Walked(str):
    """A text that adds up the characters its count() walks and its slices copy."""

    walked = 0

    def count(self, sub: str, start: int | None = None, end: int | None = None) -> int:  # type: ignore[override]
        lo, hi, _ = slice(start, end).indices(len(self))
        _Walked.walked += max(hi - lo, 0)
        return super().count(sub, lo, hi)

    def __getitem__(self, key: object) -> str:  # type: ignore[override]
        part = super().__getitem__(key)  # type: ignore[index]
        _Walked.walked += len(part)
        return part


def _walked(run: Callable[[], object]) -> int:
    """How many characters of a _Walked text ``run()`` walks or copies."""
    _Walked.walked = 0
    run()
    return _Walked.walked


def test_prose_sentences_find_their_section_by_bisection() -> None:
    block = "II. LABOR LAW ENFORCEMENT\nIn 2016, inspectors made 5 visits. Fines rose.\n"
    lines = {n: _lines_run(lambda n=n: list(prose_sentences.sentences(block * n)))
             for n in (1, 150, 600)}
    assert lines[600] / lines[150] < _LIMIT, lines


def test_action_areas_read_the_section_headings_once_per_text(monkeypatch) -> None:
    # Every actions table needs the headings: reading the text anew for each costs the text's
    # length per table. Count the reads.
    text = (config.RAW_DIR / "003_22c48ebdb120ec68.txt").read_text(encoding="utf-8") * 3
    tables = tables_titled(read_tables(text, "markdown"), "suggested_actions")
    reads = []
    pattern = actions._SECTION

    class Counting:
        def finditer(self, text: str):
            reads.append(len(text))
            return pattern.finditer(text)

    monkeypatch.setattr(actions, "_SECTION", Counting())
    found, _ = actions.extract_actions(tables, text)
    assert len(tables) == 3 and len(found) > 0
    assert len(reads) == 1


def test_ratification_marks_count_lines_from_their_table() -> None:
    name_line = "ILO C. 138, Minimum Age" + " " * 3000 + "\n"
    mark_line = "✓" + " " * 3000 + "\n"
    step = len(name_line) + len(mark_line)

    def run(n: int) -> object:
        text = _Walked((name_line + mark_line) * n)
        out = []
        for k in range(n):  # one small table per name and mark, as a profile prints them
            name = Cell("ILO C. 138, Minimum Age", k * step, k * step + 23)
            mark = Cell("✓", k * step + len(name_line), k * step + len(name_line) + 1)
            out.append(ratifications._attach_answers([[name], [mark]], text, flowed=False))
        assert all(len(rows[0]) == 2 for rows, _ in out)  # every mark found its name
        return out

    walked = {n: _walked(lambda n=n: run(n)) for n in (50, 200)}
    assert 0 < walked[200] / walked[50] < _LIMIT, walked


def test_statistics_regions_end_at_the_next_title_without_copying_the_text() -> None:
    block = "| Working (%) | 5 to 14 | 3.2 |\nTable 2. Overview\n"
    text = _Walked(block * 2000)
    ends = _walked(lambda: [prevalence._region_end(text, SimpleNamespace(end=k * len(block)))
                            for k in range(2000)])
    assert ends <= len(text), ends
    after_first = SimpleNamespace(end=len(block) - 1)  # the next title is the second block's
    assert prevalence._region_end(text, after_first) == len(block) + block.index("Table")
