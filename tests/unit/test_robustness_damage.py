"""The robustness benchmark's damage: learnt edits, the requested share, the same every run."""

from __future__ import annotations

import importlib.util
import random
import sys
from collections import Counter

from analysis import config

_SPEC = importlib.util.spec_from_file_location(
    "robustness", config.ROOT / "benchmarks" / "robustness.py")
assert _SPEC and _SPEC.loader
robustness = importlib.util.module_from_spec(_SPEC)
sys.modules["robustness"] = robustness
_SPEC.loader.exec_module(robustness)

TEXT = ("Table 6. Labor Law Enforcement Efforts Related to Child Labor\n"
        "Number of Labor Inspectors\nInitial Training for New Employees\n320 (12)\n") * 40


def test_counting_an_ocr_twin_finds_swaps_spaces_and_dropped_characters():
    conf = robustness.Confusions.empty()
    robustness._count_chars("Table 1. Labor Inspectors", "Tab1e l. LaborInspectors", conf)
    assert conf.pairs["text"][("l", "1")] == 1 and conf.pairs["number"][("1", "l")] == 1
    assert conf.kinds["text"]["space_dropped"] == 1
    assert conf.kinds["text"]["swap"] == 1 and conf.kinds["number"]["swap"] == 1


def test_each_digit_is_a_figure_or_a_mark_by_where_it_stands():
    text = ("Working 5 to 14 25.7 (694,458) and 6.7 (413,729)\n"
            "forced labor.(1-4) cells 78 (5) and (1, 4, 7-10) or (96,100)\n"
            "15. U.S. Embassy http://x.org/2012/a1.pdf 2016")
    codes = robustness.contexts(text)

    def code(word: str) -> str:
        start = text.index(word)
        return "".join(sorted({codes[k] for k in range(start, start + len(word))
                               if text[k].isdigit()}))

    for figure in ("5 to 14", "25.7", "694,458", "413,729", "78 ", " 2016"):
        assert code(figure) == "n", figure
    for mark in ("(1-4)", "(5)", "(1, 4, 7-10)", "(96,100)", "15.", "2012/a1"):
        assert code(mark) == "m", mark
    start = text.index("25.7 (694,458)")
    assert codes[start:start + 14] == "nnnnttnnnnnnnt"
    assert {codes[k] for k in range(text.index("U.S."), len(text))
            if not text[k].isdigit()} == {"t"}


def test_counting_keeps_each_edit_in_the_context_of_the_character_it_edits():
    conf = robustness.Confusions.empty()
    robustness._count_chars("pdf. 15. Embassy 320 (12)", "pdf. . Ernbassy 320 (2)", conf,
                            "tttttmmmtttttttttnnntmmmt")
    assert conf.pairs["mark"] == Counter({("1", ""): 2, ("5", ""): 1})
    assert conf.kinds["number"] == Counter()
    assert conf.kinds["text"]["char_added"] + conf.kinds["text"]["swap"] >= 1


def _conf(number: dict[str, int], mark: dict[str, int], text: dict[str, int],
          pairs: dict[str, dict[tuple[str, str], int]]) -> robustness.Confusions:
    conf = robustness.Confusions.empty()
    for name, kinds in (("number", number), ("mark", mark), ("text", text)):
        conf.kinds[name].update(kinds)
        conf.pairs[name].update(pairs.get(name, {}))
        conf.chars[name] = 1000
    return conf


def test_damage_edits_the_requested_share_the_same_way_every_time():
    conf = _conf({}, {"char_dropped": 5}, {"swap": 6, "space_dropped": 2, "space_added": 1,
                                          "char_dropped": 1},
                 {"mark": {("1", ""): 5}, "text": {("I", "l"): 3, ("o", "0"): 3,
                                                    ("e", ""): 1}})
    first = robustness.damage(TEXT, 2.0, conf, random.Random(7))
    assert first == robustness.damage(TEXT, 2.0, conf, random.Random(7))
    assert first != TEXT
    changed = sum(a != b for a, b in zip(TEXT, first, strict=False))
    assert 0.005 * len(TEXT) < changed
    assert robustness.damage(TEXT, 0.0, conf, random.Random(7)) == TEXT


def test_damage_leaves_a_context_alone_when_ocr_never_edited_it():
    conf = _conf({}, {"char_dropped": 50}, {"swap": 10},
                 {"mark": {("1", ""): 30, ("2", ""): 20}, "text": {("a", "o"): 10}})
    damaged = robustness.damage(TEXT, 5.0, conf, random.Random(3))
    assert damaged.count("320 (") == TEXT.count("320 (")
    assert damaged.count("(12)") < TEXT.count("(12)")
