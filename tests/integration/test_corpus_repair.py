"""The repair stage on the development corpus (skipped, saying why, when it is absent)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis.repair import repair, unicode
from analysis.repair.ledger import replay

FOLDERS = {
    "2014": "pdftotext_flowed",
    "2016": "pdftotext_flowed",
    "2019-layout": "pdftotext_layout",
    "2016-ocr": "ocr_columns",
}
# A figure of an enforcement table row, with its mark and citation: "7,897‡ (36)".
FIGURE = re.compile(r"^[ \t]*(\d[\d,]*[*†‡]? \(\d[\d, –-]*\))", re.MULTILINE)


def _files(corpus: Path, folder: str) -> list[Path]:
    """The profiles of one corpus folder."""
    return sorted((corpus / "dol" / folder).glob("*.txt"))


@pytest.mark.parametrize("folder", FOLDERS)
def test_every_profile_replays_and_keeps_its_figures(corpus: Path, folder: str) -> None:
    """For every profile: the ledger replays, table figures survive, no furniture is left
    (how long a folder takes is measured by ``make benchmark``, not here)."""
    files = _files(corpus, folder)
    assert files
    for path in files:
        raw = path.read_text(encoding="utf-8")
        ledger = repair(raw, layout=FOLDERS[folder], series="dol_findings", country=path.stem)
        text = ledger.text
        assert replay(raw, ledger.rows()) == text, path.name
        for figure in FIGURE.findall(raw):
            assert figure in text, (path.name, figure)
        assert "FINDINGS ON THE WORST FORMS OF CHILD LABOR" not in text, path.name
        assert "BUREAU OF INTERNATIONAL LABOR AFFAIRS" not in text, path.name
        assert "\f" not in text, path.name


@pytest.mark.parametrize("folder", ["2014", "2016", "2019-layout"])
def test_pdftotext_tables_keep_their_lines(corpus: Path, folder: str) -> None:
    """pdftotext output is never reflowed: every column-aligned line of the clean text is a
    line of the raw text (with its characters cleaned)."""
    for path in _files(corpus, folder)[::10]:
        raw = path.read_text(encoding="utf-8")
        text = repair(raw, layout=FOLDERS[folder], series="dol_findings", country=path.stem).text
        for rule in (
            unicode.mojibake,
            unicode.odd_spaces,
            unicode.invisible,
            unicode.straight_quotes,
        ):
            raw = rule(raw)[0]
        raw_lines = {line.strip() for line in raw.replace("\f", "\n").split("\n")}
        rows = [line for line in text.split("\n") if re.search(r"\S {3,}\S", line)]
        assert all(line.strip() in raw_lines for line in rows), path.name
