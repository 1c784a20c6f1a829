"""Reading a long text costs time in proportion to its length.

A text holding many profiles has many tables, sections and sentences; four readers once did
work in proportion to the whole text for each of them, so their cost grew with the square of
the text's length (a 50 MB file did not finish in 15 minutes). Each test times a reader on an
input and on one four times as long: linear work takes about four times as long, the old
quadratic work sixteen times (the best of two timings, to ride out a busy machine).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from types import SimpleNamespace

from analysis import config
from analysis.extract.dol import actions, prevalence, prose, ratifications
from analysis.extract.dol.list_cells import tables_titled
from analysis.extract.tables.cells import Cell
from analysis.extract.tables.read import read_tables

#: Growth above this for four times the input means the cost is not linear.
_LIMIT = 9.0


def _growth(run: Callable[[int], object], n: int) -> float:
    """How many times longer ``run(4 * n)`` takes than ``run(n)`` (best of two each)."""
    def best(size: int) -> float:
        times = []
        for _ in range(2):
            started = time.perf_counter()
            run(size)
            times.append(time.perf_counter() - started)
        return min(times)

    return best(4 * n) / best(n)


def test_prose_sentences_find_their_section_by_bisection() -> None:
    def run(n: int) -> object:
        block = "II. LABOR LAW ENFORCEMENT\nIn 2016, inspectors made 5 visits. Fines rose.\n"
        return list(prose.sentences(block * n))

    assert _growth(run, 2000) < _LIMIT


def test_action_areas_read_the_section_headings_once_per_text(monkeypatch) -> None:
    # Every actions table needs the headings: reading the text anew for each costs the text's
    # length per table. Count the reads rather than time them.
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


def test_ratification_marks_find_their_line_by_bisection() -> None:
    name_line = "ILO C. 138, Minimum Age" + " " * 3000 + "\n"
    mark_line = "✓" + " " * 3000 + "\n"

    def run(n: int) -> object:
        text = (name_line + mark_line) * n
        step = len(name_line) + len(mark_line)
        out = []
        for k in range(n):  # one small table per name and mark, as a profile prints them
            name = Cell("ILO C. 138, Minimum Age", k * step, k * step + 23)
            mark = Cell("✓", k * step + len(name_line), k * step + len(name_line) + 1)
            out.append(ratifications._attach_answers([[name], [mark]], text, flowed=False))
        return out

    assert _growth(run, 200) < _LIMIT


def test_statistics_regions_end_at_the_next_title_without_copying_the_text() -> None:
    block = "| Working (%) | 5 to 14 | 3.2 |\nTable 2. Overview\n"

    def run(n: int) -> object:
        text = block * n
        return [prevalence._region_end(text, SimpleNamespace(end=k * len(block)))
                for k in range(n)]

    assert _growth(run, 8000) < _LIMIT
