"""A PDF dropped into the raw folder is cleaned like a text file; a scan is refused clearly."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pandas as pd
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from analysis import config

PAGES = [
    [
        "Kazakhstan",
        "MODERATE ADVANCEMENT",
        "In 2017, Kazakhstan made a moderate advancement in efforts to eliminate the worst",
        "forms of child labor.",
        "I. PREVALENCE AND SECTORAL DISTRIBUTION OF CHILD LABOR",
        "Children in Kazakhstan engage in the worst forms of child labor.",
        "II. LEGAL FRAMEWORK FOR CHILD LABOR",
        "The government has established laws and regulations related to child labor.",
    ],
    [
        "III. ENFORCEMENT OF LAWS ON CHILD LABOR",
        "In 2017, inspectors conducted 10,748 child labor inspections in markets.",
        "The Anti-Trafficking Unit employed 42 officers.",
    ],
]


def write_pdf(path: Path, pages: list[list[str]]) -> None:
    """A text PDF with one line of text per entry (an empty page list draws a shape only)."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    for lines in pages:
        pdf.setFont("Helvetica", 10)
        for i, line in enumerate(lines):
            pdf.drawString(60, 730 - 16 * i, line)
        if not lines:
            pdf.rect(100, 100, 200, 300, fill=1)
        pdf.showPage()
    pdf.save()


def test_a_pdf_is_cleaned_like_text(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    write_pdf(raw / "profile.pdf", PAGES)
    write_pdf(raw / "scan.pdf", [[]])
    out = tmp_path / "clean"
    done = subprocess.run(
        [sys.executable, "-m", "analysis", "clean", "--raw", str(raw), "--out", str(out),
         "--quiet"], cwd=config.ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert "scan.pdf" in done.stderr and "ocrmypdf" in done.stderr
    assert "Traceback" not in done.stderr
    docs = pd.read_csv(out / "documents.csv", dtype=str, keep_default_na=False)
    assert len(docs) == 1
    doc = docs.iloc[0]
    assert doc["sha256"] == hashlib.sha256((raw / "profile.pdf").read_bytes()).hexdigest()
    assert (doc["series"], doc["country"], doc["report_year"]) == (
        "dol_findings", "Kazakhstan", "2017")
    text = (out / "pdf_text" / f"{doc['doc_id']}.txt").read_text(encoding="utf-8")
    rows = pd.read_csv(out / "enforcement.csv", dtype=str, keep_default_na=False)
    inspections = rows[rows["measure"] == "labor_inspections"].iloc[0]
    assert inspections["value"] == "10748"
    assert text[int(inspections["source_start"]) : int(inspections["source_end"])] == "10,748"
