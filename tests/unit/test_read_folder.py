"""The entries of a raw folder: files to read, and every other entry reported by its name."""

from __future__ import annotations

import os
from pathlib import Path

from analysis.read.folder import scan_folder


def _folder(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "b.txt").write_text("report", encoding="utf-8")
    (raw / "a.md").write_text("report", encoding="utf-8")
    return raw


def test_files_are_listed_in_name_order_without_the_manifest_and_hidden_files(
        tmp_path: Path) -> None:
    raw = _folder(tmp_path)
    (raw / "manifest.csv").write_text("source_file\n", encoding="utf-8")
    (raw / ".gitkeep").write_text("", encoding="utf-8")
    found = scan_folder(raw)
    assert [p.name for p in found.files] == ["a.md", "b.txt"]
    assert found.skipped == [] and found.broken == []


def test_subfolders_and_pipes_are_reported_not_read(tmp_path: Path) -> None:
    raw = _folder(tmp_path)
    (raw / "older").mkdir()
    os.mkfifo(raw / "pipe.txt")
    found = scan_folder(raw)
    reasons = {e.path.name: e.reason for e in found.skipped}
    assert reasons["older"].startswith("a folder")
    assert reasons["pipe.txt"].startswith("a named pipe")
    assert [p.name for p in found.files] == ["a.md", "b.txt"]


def test_a_readme_or_licence_beside_the_reports_is_reported_not_read(tmp_path: Path) -> None:
    raw = _folder(tmp_path)
    (raw / "README.md").write_text("Excerpts of the Nepal narrative ...", encoding="utf-8")
    (raw / "LICENSE").write_text("CC-BY-4.0", encoding="utf-8")
    (raw / "readme_notes.txt").write_text("report", encoding="utf-8")
    found = scan_folder(raw)
    reasons = {e.path.name: e.reason for e in found.skipped}
    assert reasons == {"LICENSE": "the folder's own documentation (LICENSE), not a report",
                       "README.md": "the folder's own documentation (README), not a report"}
    assert [p.name for p in found.files] == ["a.md", "b.txt", "readme_notes.txt"]


def test_broken_links_are_rejected_by_their_own_name(tmp_path: Path) -> None:
    raw = _folder(tmp_path)
    (raw / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (raw / "loop.txt").symlink_to(raw / "loop.txt")
    found = scan_folder(raw)
    reasons = {e.path.name: e.reason for e in found.broken}
    assert reasons["gone.txt"].startswith("unreadable: a symbolic link to ")
    assert "does not exist" in reasons["gone.txt"]
    assert reasons["loop.txt"].startswith("unreadable: a symbolic link loop")


def test_a_link_to_a_file_is_read_under_the_link_name(tmp_path: Path) -> None:
    raw = _folder(tmp_path)
    target = tmp_path / "elsewhere.txt"
    target.write_text("report", encoding="utf-8")
    (raw / "linked.txt").symlink_to(target)
    (raw / "linked-dir").symlink_to(tmp_path)
    found = scan_folder(raw)
    assert raw / "linked.txt" in found.files
    assert [e.reason for e in found.skipped] == [f"a symbolic link to {tmp_path}, a folder (only "
                                                 "the files directly in the raw folder are read)"]
