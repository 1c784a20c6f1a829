"""Reading PDFs by word positions: columns kept, drawn marks read, clear errors for scans,
junk and locks."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from analysis.read.pdf import (
    BrokenPdfError,
    EncryptedPdfError,
    PdfError,
    ScannedPdfError,
    pdf_to_text,
)

OPENING = "In 2017, Kazakhstan made a moderate advancement in efforts to eliminate"
TABLE = [
    ("Overview of Labor Law Enforcement", "2016", "2017"),
    ("Number of Labor Inspectors", "320", "254"),
    ("Number of Labor Inspections", "7,897", "9,522"),
]


def dol_pdf(path: Path, **options: object) -> Path:
    """Write a two-page DOL-like profile: title, assessment and opening, then a small table."""
    pdf = canvas.Canvas(str(path), pagesize=letter, **options)
    pdf.setFont("Helvetica", 11)
    for y, line in (
        (720, "Kazakhstan"),
        (700, "MODERATE ADVANCEMENT"),
        (670, OPENING),
        (655, "the worst forms of child labor."),
    ):
        pdf.drawString(72, y, line)
    pdf.showPage()
    pdf.setFont("Helvetica", 10)
    pdf.drawString(72, 720, "Table 6. Labor Law Enforcement Efforts Related to Child Labor")
    for row, cells in enumerate(TABLE):
        for x, cell in zip((72, 340, 440), cells, strict=True):
            pdf.drawString(x, 690 - 18 * row, cell)
    pdf.save()
    return path


def check(pdf: canvas.Canvas, x: float, y: float, size: float = 8) -> None:
    """Draw a filled check-mark outline (no glyph) with its box's lower-left corner at x, y."""
    path = pdf.beginPath()
    for k, (px, py) in enumerate([(0, 0.35), (0.15, 0.45), (0.35, 0.2), (0.9, 1), (1, 0.95),
                                  (0.35, 0)]):
        (path.moveTo if k == 0 else path.lineTo)(x + px * size, y + py * size)
    path.close()
    pdf.drawPath(path, stroke=0, fill=1)


def cross(pdf: canvas.Canvas, x: float, y: float, size: float = 8) -> None:
    """Draw a cross as two diagonal strokes."""
    pdf.line(x, y, x + size, y + size)
    pdf.line(x, y + size, x + size, y)


def lines_with(text: str, word: str) -> list[str]:
    """The lines of a text holding a word."""
    return [line for line in text.split("\n") if word in line]


def test_reads_both_pages_in_order(tmp_path):
    path = dol_pdf(tmp_path / "Kazakhstan.pdf")
    result = pdf_to_text(path)
    assert result.method == "pdfplumber"
    assert result.pages == 2
    assert result.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    first, second, rest = result.text.split("\f")
    assert rest == ""
    assert "Kazakhstan" in first and "MODERATE ADVANCEMENT" in first and OPENING in first
    assert first.index("Kazakhstan") < first.index("MODERATE") < first.index(OPENING)
    for label, old, new in TABLE[1:]:
        assert label in second and old in second and new in second


def test_a_table_keeps_its_columns(tmp_path):
    text = pdf_to_text(dol_pdf(tmp_path / "Kazakhstan.pdf")).text
    rows = [lines_with(text, label)[0] for label, _, _ in TABLE]
    for k in (1, 2):
        starts = {row.index(cells[k]) for row, cells in zip(rows, TABLE, strict=True)}
        assert len(starts) == 1, f"column {k} starts at {starts}"
    for row, (label, old, _) in zip(rows, TABLE, strict=True):
        between = row[row.index(label) + len(label) : row.index(old)]
        assert len(between) >= 2 and not between.strip()


def test_prose_words_are_one_space_apart(tmp_path):
    text = pdf_to_text(dol_pdf(tmp_path / "Kazakhstan.pdf")).text
    assert lines_with(text, "Kazakhstan made")[0].strip() == OPENING


def test_drawn_marks_are_read_in_their_rows(tmp_path):
    path = tmp_path / "marks.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica", 9)
    pdf.drawString(72, 700, "Table 3. Ratification of International Conventions on Child Labor")
    pdf.drawString(120, 680, "Convention")
    pdf.drawString(480, 680, "Ratification")
    pdf.line(72, 676, 540, 676)
    for k, (name, mark) in enumerate([("ILO C. 138, Minimum Age", check),
                                      ("ILO C. 182, Worst Forms of Child Labor", cross),
                                      ("UN CRC", None)]):
        y = 660 - 20 * k
        pdf.drawString(120, y, name)
        if mark:
            mark(pdf, 500, y + 3)  # a little above the text's baseline, as the reports draw it
        pdf.line(72, y - 6, 540, y - 6)
    pdf.save()
    text = pdf_to_text(path).text
    assert lines_with(text, "C. 138")[0].rstrip().endswith("✓")
    assert lines_with(text, "C. 182")[0].rstrip().endswith("✗")
    assert lines_with(text, "UN CRC")[0].rstrip().endswith("UN CRC")
    assert text.count("✓") == 1 and text.count("✗") == 1


def test_a_logo_of_many_curves_and_a_box_are_no_marks(tmp_path):
    path = tmp_path / "logo.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica", 9)
    pdf.drawString(120, 660, "UN CRC")
    for k in range(6):  # checks drawn touching one another: a picture, not marks
        check(pdf, 60 + 5 * k, 655 + (k % 2) * 3, size=7)
    pdf.rect(500, 658, 8, 8, fill=1)
    pdf.save()
    text = pdf_to_text(path).text
    assert "✓" not in text and "✗" not in text


def test_text_outside_the_page_box_is_not_read(tmp_path):
    path = tmp_path / "spread.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica", 9)
    pdf.drawString(72, 40, "2   BUREAU OF INTERNATIONAL LABOR AFFAIRS")
    pdf.drawString(800, 40, "2016 FINDINGS ON THE WORST FORMS OF CHILD LABOR")
    pdf.save()
    text = pdf_to_text(path).text
    assert "BUREAU" in text and "FINDINGS" not in text


def test_pdf_without_text_layer_points_to_ocr(tmp_path):
    path = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.rect(100, 100, 300, 400, fill=1)
    pdf.save()
    with pytest.raises(ScannedPdfError) as err:
        pdf_to_text(path)
    assert "no text layer" in str(err.value)
    assert "ocrmypdf" in str(err.value)


def test_text_file_named_pdf_is_refused(tmp_path):
    path = tmp_path / "Kazakhstan.pdf"
    path.write_text("Kazakhstan\nMODERATE ADVANCEMENT\n", encoding="utf-8")
    with pytest.raises(BrokenPdfError, match="not a PDF"):
        pdf_to_text(path)


def test_truncated_pdf_is_reported_as_damaged(tmp_path):
    whole = dol_pdf(tmp_path / "whole.pdf").read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(whole[:400])
    with pytest.raises(BrokenPdfError, match="damaged"):
        pdf_to_text(path)


def test_encrypted_pdf_needs_a_password(tmp_path):
    path = dol_pdf(tmp_path / "locked.pdf", encrypt="secret")
    with pytest.raises(EncryptedPdfError, match="encrypted"):
        pdf_to_text(path)


def test_all_errors_share_one_base_class():
    for cls in (BrokenPdfError, EncryptedPdfError, ScannedPdfError):
        assert issubclass(cls, PdfError)
