"""The one reader of the package's data files."""

from __future__ import annotations

import ast

from analysis import config
from analysis.datafiles import read_rows, shipped_names


def test_rows_come_in_file_order_and_note_lines_are_skipped(tmp_path):
    (tmp_path / "words.csv").write_text(
        "# a note for editors\nword,meaning\nN/A,not applicable\n# another note\n"
        '"#1",a value that only starts with a hash inside quotes\n',
        encoding="utf-8",
    )
    rows = read_rows("words.csv", tmp_path)
    assert rows == ({"word": "N/A", "meaning": "not applicable"},
                    {"word": "#1", "meaning": "a value that only starts with a hash inside quotes"})


def test_every_shipped_data_file_has_a_header_and_rows():
    files = [*config.PACKAGE_DATA.glob("*.csv"), *config.EVALUATE_DATA.glob("*.csv")]
    assert files
    for path in files:
        rows = read_rows(path.name, path.parent)
        assert rows, path
        assert all(None not in row and None not in row.values() for row in rows), path


def test_shipped_names_are_the_data_files_of_a_folder_sorted(tmp_path):
    for name in ("b.csv", "a.csv", "notes.txt"):
        (tmp_path / name).write_text("x\n1\n", encoding="utf-8")
    assert shipped_names(tmp_path) == ("a.csv", "b.csv")


#: Modules that read CSV files a user names: the raw folder's manifest, a TIP answer key.
USER_FILE_READERS = {"analysis/read/manifest.py", "analysis/evaluate/tip_key.py"}


def test_no_other_module_parses_csv_files():
    """The package's data files are read only through read_rows."""
    readers = set()
    for path in (config.ROOT / "analysis").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "DictReader":
                readers.add(path.relative_to(config.ROOT).as_posix())
    assert readers == {"analysis/datafiles.py", *USER_FILE_READERS}


def test_only_the_reader_opens_the_package_data_folder():
    """No module builds paths into analysis/data but config, the reader, and countries (whose
    ALIASES_FILE names the file for the people who edit it)."""
    users = set()
    for path in (config.ROOT / "analysis").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = node.id if isinstance(node, ast.Name) else getattr(node, "attr", None)
            if name == "PACKAGE_DATA":
                users.add(path.relative_to(config.ROOT).as_posix())
    assert users == {"analysis/config.py", "analysis/datafiles.py", "analysis/detect/countries.py"}
