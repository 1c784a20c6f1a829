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
    kinds: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    robustness._count_chars("Table 1. Labor Inspectors", "Tab1e l. LaborInspectors", kinds,
                            pairs)
    assert pairs[("l", "1")] == 1 and pairs[("1", "l")] == 1
    assert kinds["space_dropped"] == 1
    assert kinds["swap"] == 2


def test_damage_edits_the_requested_share_the_same_way_every_time():
    conf = robustness.Confusions(
        Counter({"swap": 6, "space_dropped": 2, "space_added": 1, "char_dropped": 1}),
        Counter({("I", "l"): 3, ("o", "0"): 3, ("e", ""): 1}), 1000)
    first = robustness.damage(TEXT, 2.0, conf, random.Random(7))
    assert first == robustness.damage(TEXT, 2.0, conf, random.Random(7))
    assert first != TEXT
    changed = sum(a != b for a, b in zip(TEXT, first, strict=False))
    assert 0.005 * len(TEXT) < changed
    assert robustness.damage(TEXT, 0.0, conf, random.Random(7)) == TEXT
