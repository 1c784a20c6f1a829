"""Which copy of a report is the original: the most complete, whatever the file names."""

from __future__ import annotations

from analysis.detect.duplicates import mark_duplicates


def _copy(doc_id: str, name: str, figures: int | None, chars: int) -> dict[str, object]:
    row: dict[str, object] = {"doc_id": doc_id, "source_file": name, "series": "dol_findings",
                              "iso3": "KAZ", "report_year": 2017, "chars": chars}
    if figures is not None:
        row["figures"] = figures
    return row


def test_the_copy_with_more_figures_is_the_original_whatever_its_name() -> None:
    cut = _copy("cut", "a_first_by_name.txt", 40, 16_000)
    full = _copy("full", "z_last_by_name.txt", 120, 27_000)
    assert mark_duplicates([cut, full]) == {"cut": "full"}
    assert mark_duplicates([full, cut]) == {"cut": "full"}


def test_without_figure_counts_the_longer_copy_is_the_original() -> None:
    assert mark_duplicates([_copy("cut", "a.txt", None, 16_000),
                            _copy("full", "b.txt", None, 27_000)]) == {"cut": "full"}


def test_equally_complete_copies_fall_back_to_file_name_order() -> None:
    assert mark_duplicates([_copy("b", "b.txt", 5, 100), _copy("a", "a.txt", 5, 100)]) == {
        "b": "a"}
