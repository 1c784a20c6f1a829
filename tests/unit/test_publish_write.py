"""Writing CSVs: cells a spreadsheet would run as formulas are defused, nothing else changes;
the data package says where the data come from and under which licence."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.publish.write import (
    _csv_cell,
    escape_formula,
    unescape_formula,
    write_csv,
    write_datapackage,
)
from analysis.schema import ENFORCEMENT, WARNINGS


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ('=HYPERLINK("http://x","click")', '\'=HYPERLINK("http://x","click")'),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("- Initial Training for New Employees", "'- Initial Training for New Employees"),
        ("\tindented", "'\tindented"),
        ("'=already quoted", "''=already quoted"),
        ("Number of Labor Inspectors", "Number of Labor Inspectors"),
        ("'quoted", "'quoted"),
        ("a = b", "a = b"),
        ("", ""),
    ],
)
def test_formula_cells_get_one_apostrophe_and_read_back_exactly(text: str, written: str) -> None:
    assert escape_formula(text) == written
    assert unescape_formula(written) == text


def test_only_text_cells_that_start_a_formula_change(tmp_path: Path) -> None:
    row = {"doc_id": "dol-2017-kaz-2af32eaf", "country": "Kazakhstan", "report_year": 2017,
           "data_year": 2016, "domain": "labor", "measure": "", "value": 7.0, "unit": "count",
           "status": "reported", "qualifier": "", "note": "=1+1", "citations": "30",
           "label": "@SUM(1;2)", "territory": "", "source": "table", "source_start": 5,
           "source_end": 6}
    path = tmp_path / "enforcement.csv"
    write_csv(pd.DataFrame([row], columns=ENFORCEMENT.columns), ENFORCEMENT, path)
    line = path.read_text(encoding="utf-8").splitlines()[1]
    assert line == ("dol-2017-kaz-2af32eaf,Kazakhstan,2017,2016,labor,,7,count,reported,,'=1+1,"
                    "30,'@SUM(1;2),,table,5,6")


def test_warnings_with_a_formula_are_defused(tmp_path: Path) -> None:
    frame = pd.DataFrame([("dol-2017-kaz-2af32eaf", "+cmd", "a.txt")], columns=WARNINGS.columns)
    write_csv(frame, WARNINGS, tmp_path / "warnings.csv")
    assert (tmp_path / "warnings.csv").read_text(encoding="utf-8").splitlines()[1] == (
        "dol-2017-kaz-2af32eaf,'+cmd,a.txt")


def test_the_package_gives_its_sources_licence_and_the_formula_rule(tmp_path: Path) -> None:
    write_datapackage([WARNINGS], tmp_path)
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert [lic["name"] for lic in package["licenses"]] == ["CC0-1.0"]
    titles = " ".join(s["title"] for s in package["sources"])
    assert "Findings on the Worst Forms of Child Labor" in titles
    assert "Trafficking in Persons Report" in titles
    assert "17 U.S.C. 105" in package["rights"]
    assert "one apostrophe (') in front" in package["description"]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab ,"\n\r\t\x0b\x0c\x1c\x85\xa0\u2003\u3000=')),
               max_size=8))
def test_a_cell_is_quoted_exactly_when_it_holds_a_separator_or_outer_space(text: str) -> None:
    must = any(ch in text for ch in ',"\n\r') or text != text.strip()
    assert _csv_cell(text) == ('"' + text.replace('"', '""') + '"' if must else text)
