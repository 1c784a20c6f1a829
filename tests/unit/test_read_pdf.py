"""Reading PDFs: text with pypdf or pdftotext, and clear errors for scans, junk and locks."""

from __future__ import annotations

import hashlib
import shutil
import sys
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


def no_pdftotext(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the reader believe pdftotext is not installed, so pypdf is used."""
    monkeypatch.setattr("analysis.read.pdf.shutil.which", lambda name: None)


def fake_pdftotext(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> Path:
    """Install a stand-in pdftotext (a Python script) that the reader will find on PATH."""
    exe = tmp_path / "bin" / "pdftotext"
    exe.parent.mkdir()
    exe.write_text(f"#!{sys.executable}\nimport sys\n{body}\n", encoding="utf-8")
    exe.chmod(0o755)
    monkeypatch.setattr("analysis.read.pdf.shutil.which", lambda name: str(exe))
    return exe


def test_pypdf_reads_both_pages(tmp_path, monkeypatch):
    no_pdftotext(monkeypatch)
    path = dol_pdf(tmp_path / "Kazakhstan.pdf")
    result = pdf_to_text(path)
    assert result.method == "pypdf"
    assert result.pages == 2
    assert result.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    first, second, rest = result.text.split("\f")
    assert rest == ""
    assert "Kazakhstan" in first and "MODERATE ADVANCEMENT" in first and OPENING in first
    for label, old, new in TABLE[1:]:
        assert label in second and old in second and new in second


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler pdftotext not installed")
def test_pdftotext_reads_both_pages(tmp_path):
    result = pdf_to_text(dol_pdf(tmp_path / "Kazakhstan.pdf"))
    assert result.method == "pdftotext"
    assert result.pages == 2
    assert OPENING in result.text and "9,522" in result.text


def test_pdftotext_is_run_flowed_in_utf8_without_a_shell(tmp_path, monkeypatch):
    args_file = tmp_path / "args.txt"
    fake_pdftotext(
        tmp_path,
        monkeypatch,
        (
            f"open({str(args_file)!r}, 'w').write('\\n'.join(sys.argv[1:]))\n"
            "sys.stdout.buffer.write('Côte d’Ivoire\\fpage two\\f'.encode('utf-8'))"
        ),
    )
    path = dol_pdf(tmp_path / "profile.pdf")
    result = pdf_to_text(path)
    assert args_file.read_text(encoding="utf-8").splitlines() == ["-enc", "UTF-8", str(path), "-"]
    assert result.method == "pdftotext"
    assert result.text == "Côte d’Ivoire\fpage two\f"
    assert result.pages == 2


def test_pdftotext_failures_name_the_reason(tmp_path, monkeypatch):
    fake_pdftotext(
        tmp_path,
        monkeypatch,
        (
            "msg = 'Command Line Error: Incorrect password' if 'locked' in sys.argv[3] "
            "else 'Syntax Error: Couldn\\'t find trailer dictionary'\n"
            "sys.stderr.write(msg)\nsys.exit(1)"
        ),
    )
    with pytest.raises(EncryptedPdfError, match="needs a password"):
        pdf_to_text(dol_pdf(tmp_path / "locked.pdf"))
    with pytest.raises(BrokenPdfError, match="trailer dictionary"):
        pdf_to_text(dol_pdf(tmp_path / "broken.pdf"))


def test_pdf_without_text_layer_points_to_ocr(tmp_path, monkeypatch):
    no_pdftotext(monkeypatch)
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


def test_truncated_pdf_is_reported_as_damaged(tmp_path, monkeypatch):
    no_pdftotext(monkeypatch)
    whole = dol_pdf(tmp_path / "whole.pdf").read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(whole[:400])
    with pytest.raises(BrokenPdfError, match="damaged"):
        pdf_to_text(path)


def test_encrypted_pdf_needs_a_password(tmp_path, monkeypatch):
    no_pdftotext(monkeypatch)
    path = dol_pdf(tmp_path / "locked.pdf", encrypt="secret")
    with pytest.raises(EncryptedPdfError, match="encrypted"):
        pdf_to_text(path)


def test_all_errors_share_one_base_class():
    for cls in (BrokenPdfError, EncryptedPdfError, ScannedPdfError):
        assert issubclass(cls, PdfError)
