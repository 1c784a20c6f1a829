"""The whole repair stage on the five seeds in data/raw: what goes, what stays, replay."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis import schema
from analysis.repair import LAYOUT_RULES, LAYOUTS, repair, rules_for
from analysis.repair.ledger import RepairLedger, replay

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"

#: seed prefix -> (layout, series), as described in the seeds' README.
SEEDS = {
    "000": ("web_transcript", "dol_findings"),
    "001": ("ocr_columns", "dol_findings"),
    "002": ("pdf_text", "dol_findings"),
    "003": ("markdown", "dol_findings"),
    "004": ("plain", "tip"),
}


def _raw(prefix: str) -> str:
    """The raw text of one seed."""
    (path,) = RAW.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def repaired() -> dict[str, tuple[str, RepairLedger]]:
    """Every seed's raw text and repair ledger."""
    out = {}
    for prefix, (layout, series) in SEEDS.items():
        raw = _raw(prefix)
        out[prefix] = (raw, repair(raw, layout=layout, series=series, country="Kazakhstan"))
    return out


@pytest.mark.parametrize("prefix", SEEDS)
def test_ledger_replays(repaired: dict[str, tuple[str, RepairLedger]], prefix: str) -> None:
    """The rows rebuild the clean text from the raw text; each names rules of the layout."""
    raw, ledger = repaired[prefix]
    assert replay(raw, ledger.rows()) == ledger.text
    names = set(LAYOUT_RULES[SEEDS[prefix][0]])
    assert all(set(row.rule.split("+")) <= names for row in ledger.rows())


@pytest.mark.parametrize("prefix", SEEDS)
def test_no_page_chrome_or_furniture(
    repaired: dict[str, tuple[str, RepairLedger]], prefix: str
) -> None:
    """Other documents' titles, running heads, OCR footnote junk and HTML are gone."""
    text = repaired[prefix][1].text
    for gone in (
        "Oman MODERATE ADVANCEMENT",
        "Similar documents",
        "Transcription:",
        "FINDINGS ON THE WORST FORMS OF CHILD LABOR",
        "BUREAU OF INTERNATIONAL LABOR AFFAIRS",
        "COUNTRY PROFILES",
        "#### MINIMAL ADVANCEMENT",
        "Associated documents",
        "KAZAKNSTAN",
        "<sup>",
        "<i>",
        "\\$",
        "\f",
    ):
        assert gone not in text
    assert not re.search(r"\.[*®°¢'\"’”>?%]{2,}", text)
    assert text.count("ADVANCEMENT") <= 1


FIGURES = {
    "000": ["13,808", "79,690", "3.2*", "Article 133", "$1.4 million", "(2009-2011)", "No. 185-II"],
    "001": ["13,808", "79,690", "Article 133", "$1.4 million", "(2009-2011)", "No. 185-II"],
    "002": ["(79,690)", "Article 133", "$1.4 million", "(1-5)", "(3, 10)", "2012–2014"],
    "003": [
        "7,897† (30)",
        "Unknown* (5)",
        "Decree of the Minister of Health and Social Development No. 944",
        "10,748 (5)",
        "(2016–2017)",
        "17‡",
    ],
    "004": ["88 trafficking cases in 2010", "$63,000", "Twenty-seven"],
}


@pytest.mark.parametrize("prefix", SEEDS)
def test_figures_survive(repaired: dict[str, tuple[str, RepairLedger]], prefix: str) -> None:
    """Numbers, marks and citations are untouched."""
    text = repaired[prefix][1].text
    for figure in FIGURES[prefix]:
        assert figure in text


def test_web_transcript(repaired: dict[str, tuple[str, RepairLedger]]) -> None:
    """Seed 000: the title stays, endnote numbers go, the endnote list keeps its numbers."""
    text = repaired["000"][1].text
    assert text.startswith("KAZAKHSTAN Kazakhstan The Government of Kazakhstan continued")
    assert "is 16. The Labor Code" in text
    assert "Attending School 5-14 yrs. 90.7" in text
    assert "agricultural work, prohibited to those under 18" in text
    assert "Kazakhstan's migrant policy" in text
    assert "\n\n3048 Data provided in the chart" in text
    assert not re.search(r"[.?!] 30[4-9]\d [A-Z]", text.split("3048 Data provided")[0])


def test_ocr_columns(repaired: dict[str, tuple[str, RepairLedger]]) -> None:
    """Seed 001: confusions fixed, paragraphs reflowed, the statistics box kept line by line."""
    text = repaired["001"][1].text
    assert text.startswith(
        "Kazakhstan\n\nThe Government of Kazakhstan continued to work with private companies"
    )
    assert "each agency's anti-trafficking efforts." in text
    assert "IN THE AREA OF GOVERNMENT POLICY:" in text
    assert "Children Age Percent\nWorking 5-14 yrs. 3.2%\nAttending School 5-14 yrs. 90.7\n" in text
    assert "\n- Supply adequate funding for child labor inspection." in text
    assert "in extreme heat and sun without proper protection" in text
    assert "\nKAZAKHSTAN\n" not in text


def test_pdf_text(repaired: dict[str, tuple[str, RepairLedger]]) -> None:
    """Seed 002: tab rows stay; check-mark words go, the check marks stay; the title stays."""
    text = repaired["002"][1].text
    assert text.startswith("MINIMAL ADVANCEMENT\n\nIn 2013, Kazakhstan made a minimal advancement")
    assert "Working (% and population)\t5-14 yrs.\t3.2 (79,690)\t\n" in text
    assert "\tILO C. 138, Minimum Age\t✓\n\tILO C. 182, Worst Forms of Child Labor\t✓\n" in text
    assert "STORY OF THE WAY" not in text and "ATTORY" not in text
    assert "\t$1.4 million Government of Germany-funded" in text
    assert "* Evidence of this activity is limited" in text
    assert "\tForced begging* (3, 6, 14)\t" in text
    assert "·" not in text


def test_markdown(repaired: dict[str, tuple[str, RepairLedger]]) -> None:
    """Seed 003: pipe rows stay; page heads and HTML go."""
    text = repaired["003"][1].text
    assert "| Number of Labor Inspections Conducted | 7,897† (30) | 10,748 (5) |\n" in text
    assert "| Labor Inspectorate Funding | Unknown* (30) | Unknown* (5) |\n" in text
    assert "| Prohibition of Military Recruitment | | | |\n| State Compulsory | Yes | 18 |" in text
    assert "Kazakhstan\n\nMODERATE ADVANCEMENT" not in text
    assert "oblast-level Department of Education" in text


def test_plain_tip(repaired: dict[str, tuple[str, RepairLedger]]) -> None:
    """Seed 004: the title and tier line stay; the web trailer goes."""
    text = repaired["004"][1].text
    assert text.startswith("Trafficking in Persons Report 2011\n\nKAZAKHSTAN (Tier 2)\n\n")
    assert text.endswith("designed to reduce demand for sex trafficking.\n")


def test_rule_lists() -> None:
    """Every layout of the contract has its ordered rule list; unknown layouts and series are
    refused."""
    assert tuple(LAYOUT_RULES) == schema.LAYOUTS
    for layout in LAYOUTS:
        names = [name for name, _ in rules_for(layout, series="dol_findings", country=None)]
        assert names == list(LAYOUT_RULES[layout])
        assert len(set(names)) == len(names)
    assert "lines.reflow" not in LAYOUT_RULES["pdftotext_flowed"] + LAYOUT_RULES["pdftotext_layout"]
    with pytest.raises(ValueError):
        rules_for("scanned", series="dol_findings")
    with pytest.raises(ValueError):
        repair("x", layout="plain", series="ilo")


def test_without_country() -> None:
    """Without a country name the stage still runs and removes the series' furniture."""
    raw = _raw("002")
    ledger = repair(raw, layout="pdf_text", series="dol_findings", country=None)
    assert replay(raw, ledger.rows()) == ledger.text
    assert "#### MINIMAL ADVANCEMENT" not in ledger.text


def test_100_kb_in_any_layout_replays() -> None:
    """Repairing ~100 KB (the five seeds together) in any layout gives a ledger that replays
    to its text (how long it takes is measured by ``make benchmark-size``, not here)."""
    big = "".join(_raw(prefix) for prefix in SEEDS)
    assert len(big) > 100_000
    for layout in LAYOUTS:
        ledger = repair(big, layout=layout, series="dol_findings", country="Kazakhstan")
        assert replay(big, ledger.rows()) == ledger.text, layout
