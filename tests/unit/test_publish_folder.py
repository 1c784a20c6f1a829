"""Publishing all at once: staged beside --out, swapped in, one run at a time, nothing of the
user's deleted."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from analysis.publish.folder import OutputError, OutputFolder, foreign_entries


def _result(folder: Path, marker: str) -> None:
    """A result as a run writes it: tables, a text per document, the descriptor."""
    (folder / "text").mkdir(parents=True)
    (folder / "documents.csv").write_text(marker, encoding="utf-8")
    (folder / "datapackage.json").write_text("{}", encoding="utf-8")
    (folder / "text" / "dol-2017-kaz-2af32eaf.txt").write_text(marker, encoding="utf-8")


def _hidden(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if p.name.startswith("."))


def test_a_committed_result_replaces_the_old_one_whole(tmp_path: Path) -> None:
    out = tmp_path / "clean"
    _result(out, "old")
    (out / "text" / "tip-2011-kaz-6197abee.txt").write_text("old", encoding="utf-8")
    with OutputFolder(out) as output:
        assert (out / "documents.csv").read_text(encoding="utf-8") == "old"
        _result(output.staging, "new")
        output.commit()
    assert (out / "documents.csv").read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in (out / "text").iterdir()) == ["dol-2017-kaz-2af32eaf.txt"]
    assert _hidden(tmp_path) == []


def test_without_a_commit_the_old_result_stays_as_it_was(tmp_path: Path) -> None:
    out = tmp_path / "clean"
    _result(out, "old")
    with pytest.raises(RuntimeError), OutputFolder(out) as output:
        _result(output.staging, "half")
        raise RuntimeError("stopped while writing")
    assert (out / "documents.csv").read_text(encoding="utf-8") == "old"
    assert _hidden(tmp_path) == []


def test_a_new_folder_is_created_with_its_parents(tmp_path: Path) -> None:
    out = tmp_path / "a" / "b" / "clean"
    with OutputFolder(out) as output:
        _result(output.staging, "new")
        output.commit()
    assert (out / "documents.csv").is_file()


def test_a_folder_holding_other_files_is_not_replaced(tmp_path: Path) -> None:
    out = tmp_path / "clean"
    _result(out, "old")
    (out / "notes.md").write_text("mine", encoding="utf-8")
    (out / "text" / "draft.txt").write_text("mine", encoding="utf-8")
    assert foreign_entries(out) == ["notes.md", "text/draft.txt"]
    with pytest.raises(OutputError, match=r"holds 2 entries this package did not write "
                                          r"\(notes.md, text/draft.txt\)") as err:
        OutputFolder(out).__enter__()
    assert err.value.status == 2
    assert (out / "notes.md").is_file() and (out / "text" / "draft.txt").is_file()
    assert _hidden(tmp_path) == []


def test_an_older_result_with_a_table_no_longer_made_is_still_ours(tmp_path: Path) -> None:
    out = tmp_path / "clean"
    _result(out, "old")
    (out / "datapackage.json").write_text('{"resources": [{"path": "gone.csv"}]}',
                                          encoding="utf-8")
    (out / "gone.csv").write_text("old", encoding="utf-8")
    assert foreign_entries(out) == []


def test_out_being_a_file_is_a_usage_error(tmp_path: Path) -> None:
    out = tmp_path / "clean.csv"
    out.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="is a file, not a folder") as err:
        OutputFolder(out).__enter__()
    assert err.value.status == 2


def test_an_unwritable_place_is_a_usage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="cannot create its parent folder") as err:
        OutputFolder(blocker / "sub" / "clean").__enter__()
    assert err.value.status == 2


def test_a_second_run_on_the_same_folder_is_refused_while_the_first_writes(
        tmp_path: Path) -> None:
    out = tmp_path / "clean"
    _result(out, "old")
    with OutputFolder(out):
        with pytest.raises(OutputError, match="another run is writing this folder") as err:
            OutputFolder(out).__enter__()
        assert err.value.status == 1
    with OutputFolder(out) as again:  # free again once the first run is done
        again.commit()
    assert _hidden(tmp_path) == []


def test_what_a_killed_run_left_is_cleaned_up_or_put_back(tmp_path: Path) -> None:
    out = tmp_path / "clean"
    _result(tmp_path / ".clean.previous-999999", "old")  # killed between the two renames
    _result(tmp_path / ".clean.staging-999999", "half")  # killed while writing
    with OutputFolder(out):
        assert (out / "documents.csv").read_text(encoding="utf-8") == "old"
    assert _hidden(tmp_path) == []
    assert os.listdir(tmp_path) == ["clean"]
