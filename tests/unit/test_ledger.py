"""The repairs ledger: edits of successive rules compose into raw offsets and replay exactly."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.repair.ledger import Edit, RepairLedger, apply_edits, check_edits, replay


def test_apply_edits_replaces_inserts_and_deletes() -> None:
    """Edits replace, insert (start == end) and delete (empty after) in one pass."""
    text = "is 16. 3057 The Labor Code"
    edits = [Edit(0, 0, ">"), Edit(6, 11, ""), Edit(12, 15, "the")]
    assert apply_edits(text, edits) == ">is 16. the Labor Code"


def test_check_edits_rejects_overlap_and_disorder() -> None:
    """Overlapping, unordered or out-of-range edits are refused."""
    with pytest.raises(ValueError):
        check_edits("abcdef", [Edit(2, 4, ""), Edit(3, 5, "")])
    with pytest.raises(ValueError):
        check_edits("abcdef", [Edit(4, 5, ""), Edit(1, 2, "")])
    with pytest.raises(ValueError):
        check_edits("abc", [Edit(2, 9, "")])


def test_rows_map_each_change_to_raw_offsets() -> None:
    """Two rules' edits become rows over the raw text, replaying to the current text."""
    raw = "Kazakhstan\u2019s yrs.. 90.7"
    ledger = RepairLedger(raw)
    ledger.apply("unicode.straight_quotes", [Edit(10, 11, "'")])
    ledger.apply("ocr.confusions", [Edit(16, 17, "")])
    assert ledger.text == "Kazakhstan's yrs. 90.7"
    rows = ledger.rows()
    assert [(r.rule, r.start, r.end, r.before, r.after) for r in rows] == [
        ("unicode.straight_quotes", 10, 11, "\u2019", "'"),
        ("ocr.confusions", 16, 17, ".", ""),
    ]
    assert replay(raw, rows) == ledger.text


def test_edit_inside_an_earlier_replacement_merges_with_it() -> None:
    """A later rule that edits text an earlier rule wrote widens to one merged row."""
    raw = "<sup>\\*</sup> Evidence"
    ledger = RepairLedger(raw)
    ledger.apply("markup.markdown_escapes", [Edit(5, 7, "*")])
    ledger.apply("markup.html_inline_tags", [Edit(0, 12, "*")])
    assert ledger.text == "* Evidence"
    (row,) = ledger.rows()
    assert row.rule == "markup.markdown_escapes+markup.html_inline_tags"
    assert (row.start, row.end, row.before) == (0, 13, "<sup>\\*</sup>")
    assert replay(raw, ledger.rows()) == ledger.text


def test_raw_span_maps_clean_offsets_back() -> None:
    """A span of the clean text maps to the raw span it came from."""
    raw = "farming.***\u00ae In cotton"
    ledger = RepairLedger(raw)
    ledger.apply("footnotes.ocr_footnote_junk", [Edit(8, 12, "")])
    clean = ledger.text
    start = clean.index("In cotton")
    assert ledger.raw_span(start, start + len("In cotton")) == (13, 22)
    assert raw[13:22] == "In cotton"


def test_undoing_an_edit_leaves_no_row() -> None:
    """A rule that restores the raw text of an earlier replacement leaves no row behind."""
    ledger = RepairLedger("a-b")
    ledger.apply("one", [Edit(1, 2, "+")])
    ledger.apply("two", [Edit(1, 2, "-")])
    assert ledger.text == "a-b"
    assert ledger.rows() == []


def test_empty_raw_text() -> None:
    """An empty document takes insertions and replays them."""
    ledger = RepairLedger("")
    ledger.apply("insert", [Edit(0, 0, "x")])
    assert ledger.text == "x"
    assert replay("", ledger.rows()) == "x"


@st.composite
def _edits(draw: st.DrawFn, text: str) -> list[Edit]:
    """Sorted, disjoint edits of a text."""
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    edits = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        edits.append(Edit(start, end, draw(st.text(alphabet="ab\n-", max_size=3))))
    return edits


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abc\n -", max_size=30), st.data())
def test_any_sequence_of_rules_replays(raw: str, data: st.DataObject) -> None:
    """Whatever edits successive rules make, the rows replay to the current text."""
    ledger = RepairLedger(raw)
    expected = raw
    for k in range(data.draw(st.integers(1, 4))):
        edits = data.draw(_edits(ledger.text))
        expected = apply_edits(expected, edits)
        ledger.apply(f"rule{k}", edits)
        assert ledger.text == expected
        assert replay(raw, ledger.rows()) == expected
        rows = ledger.rows()
        assert all(a.end <= b.start for a, b in pairwise(rows))
