"""The manifest: decoded like a raw file, checked row by row, its problems naming the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.read.manifest import ManifestError, load_manifest

HEADER = "source_file,title,publisher,series,country,report_year,origin,notes\n"


def _manifest(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    raw = tmp_path / "raw"
    raw.mkdir(exist_ok=True)
    (raw / "manifest.csv").write_bytes(text.encode(encoding))
    return raw


def test_rows_are_keyed_by_file_name(tmp_path: Path) -> None:
    raw = _manifest(tmp_path, HEADER + "a.txt,Title A,,dol_findings,,2017,web,\n")
    manifest = load_manifest(raw, {"a.txt"})
    assert manifest.rows["a.txt"]["title"] == "Title A"
    assert manifest.problems == {} and manifest.notes == []


def test_no_manifest_is_an_empty_one(tmp_path: Path) -> None:
    (tmp_path / "raw").mkdir()
    assert load_manifest(tmp_path / "raw").rows == {}


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "cp1252"])
def test_a_manifest_in_utf16_or_with_a_bom_or_crlf_is_read(tmp_path: Path, encoding: str) -> None:
    text = (HEADER + "a.txt,Côte d’Ivoire,,tip,,2011,,\n").replace("\n", "\r\n")
    raw = _manifest(tmp_path, text, encoding)
    assert load_manifest(raw).rows["a.txt"]["title"] == "Côte d’Ivoire"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("a.txt,,,,,1850,,", "line 2: report_year '1850' is not a year from 1990 to 2100"),
        ("a.txt,,,,,abc,,", "line 2: report_year 'abc' is not a year from 1990 to 2100"),
        ("a.txt,,,dol,,,,", "line 2: series 'dol' is not one of dol_findings, tip"),
    ],
)
def test_a_bad_value_rejects_the_file_naming_the_line(tmp_path: Path, row: str,
                                                       message: str) -> None:
    raw = _manifest(tmp_path, HEADER + row + "\n")
    manifest = load_manifest(raw, {"a.txt"})
    assert manifest.problems["a.txt"] == f"{raw / 'manifest.csv'} {message}"


def test_two_rows_for_one_file_reject_it(tmp_path: Path) -> None:
    raw = _manifest(tmp_path, HEADER + "a.txt,One,,,,,,\na.txt,Two,,,,,,\n")
    problem = load_manifest(raw, {"a.txt"}).problems["a.txt"]
    assert "line 3: a second row for a.txt (first on line 2)" in problem


def test_rows_naming_no_file_of_the_folder_are_noted(tmp_path: Path) -> None:
    raw = _manifest(tmp_path, HEADER + "../../etc/passwd,,,,,,,\n,,,,,,,\n")
    manifest = load_manifest(raw, {"a.txt"})
    assert manifest.notes == [
        f"{raw / 'manifest.csv'} line 2: no file named ../../etc/passwd in the raw folder",
        f"{raw / 'manifest.csv'} line 3: no source_file; row ignored",
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"file,title\na.txt,A\n", "has no source_file column"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"", "has no source_file column"),
    ],
)
def test_an_unusable_manifest_is_one_error_naming_it(tmp_path: Path, content: bytes,
                                                     message: str) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "manifest.csv").write_bytes(content)
    with pytest.raises(ManifestError, match=message) as err:
        load_manifest(raw)
    assert str(err.value).startswith(str(raw / "manifest.csv"))


def test_a_folder_named_manifest_csv_is_an_error(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    (raw / "manifest.csv").mkdir(parents=True)
    with pytest.raises(ManifestError, match="is a folder"):
        load_manifest(raw)
