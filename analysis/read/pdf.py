"""Text out of a PDF, laid out by the positions of its words (pdfplumber on pdfminer.six).

One code path, pure Python, so that every machine reads a PDF the same way. Each page's words
come with their boxes; they are written into lines that keep the page's columns
(``pdf_layout``), so a table's cells stand in their columns as in ``pdftotext -layout`` text
and the space-aligned table reader pairs them by position. Check marks and crosses that the PDF
draws as shapes rather than prints as characters (the ratification marks of the DOL tables)
are read from the drawings (``pdf_marks``) and written as ✓ / ✗ where they stand. Pages end
with a form feed. A PDF without a text layer (a scan) is refused with a pointer to OCR rather
than read as an empty document.
"""

from __future__ import annotations

import hashlib
import io
import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis.read.pdf_layout import Rule, Word, page_text
from analysis.read.pdf_marks import drawn_marks

#: Bytes at the start of a file searched for the PDF header.
_HEADER_WINDOW = 1024
#: Width of one text column, as a share of the median width of a character in the document:
#: narrower than a character, so that a piece of text never runs into the next column.
_UNIT_SHARE = 0.8
#: Column width (points) used when a document has no word to measure.
_DEFAULT_UNIT = 4.0
#: Shortest horizontal edge (points) taken as a rule between table rows.
_RULE_WIDTH = 20.0


class PdfError(ValueError):
    """A PDF that cannot be turned into text; the message says why."""


class ScannedPdfError(PdfError):
    """A PDF whose pages are images only: it has no text layer to read."""


class EncryptedPdfError(PdfError):
    """A PDF that needs a password to be read."""


class BrokenPdfError(PdfError):
    """A file that is not a PDF, or a PDF too damaged to read."""


@dataclass(frozen=True)
class PdfText:
    """The text of a PDF, the SHA-256 of its bytes, its page count and the method used."""

    text: str
    sha256: str
    pages: int
    method: str


def _scanned(path: Path, pages: int) -> ScannedPdfError:
    """The error for a PDF without a text layer, pointing to OCR."""
    return ScannedPdfError(
        f"{path}: the PDF has no text layer (no extractable text on any of its {pages} "
        "page(s)); it is probably a scan. Run OCR on it first, e.g. "
        f"`ocrmypdf {path.name} {path.stem}-ocr.pdf`, and read the OCR'd PDF instead."
    )


def _check_header(path: Path, data: bytes) -> None:
    """Refuse a file that does not carry the %PDF- header, whatever its name says."""
    if b"%PDF-" not in data[:_HEADER_WINDOW]:
        raise BrokenPdfError(f"{path}: not a PDF file (no %PDF- header in its first bytes)")


@dataclass(frozen=True)
class _Page:
    """What the text of a page is built from: its words, drawn marks and rules."""

    words: list[Word]
    marks: list[Word]
    rules: list[Rule]


def _on_page(page: Any, word: Word) -> bool:
    """Whether a word stands on the visible page (a PDF cut from a larger document may keep
    text of the next page outside its box, which a viewer does not show)."""
    x0, top, x1, bottom = page.bbox
    return x0 <= (word.x0 + word.x1) / 2 <= x1 and top <= (word.top + word.bottom) / 2 <= bottom


def _page(page: Any) -> _Page:
    """The words of a page with their boxes and font sizes, the marks it draws, and its
    horizontal rules (lines and box edges at least ``_RULE_WIDTH`` long)."""
    words = [Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"], float(w["size"]))
             for w in page.extract_words(extra_attrs=["size"])]
    marks = [Word(m.glyph, m.x0, m.x1, m.top, m.bottom, m.bottom - m.top)
             for m in drawn_marks(page)]
    words = [w for w in words if _on_page(page, w)]
    marks = [m for m in marks if _on_page(page, m)]
    rules = [Rule(e["top"], e["x0"], e["x1"]) for e in page.horizontal_edges
             if e["x1"] - e["x0"] >= _RULE_WIDTH]
    return _Page(words, marks, rules)


def _unit(pages: list[_Page]) -> float:
    """The width of a text column for a document: a share of its median character width."""
    widths = [(w.x1 - w.x0) / len(w.text) for p in pages for w in p.words if len(w.text) > 2]
    return _UNIT_SHARE * statistics.median(widths) if widths else _DEFAULT_UNIT


def _is_password_error(err: BaseException) -> bool:
    """Whether pdfminer failed because the document is encrypted."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    inner = err.args[0] if err.args else err
    return isinstance(inner, PDFPasswordIncorrect | PDFEncryptionError)


def _read(path: Path, data: bytes) -> list[_Page]:
    """The words, marks and rules of every page of the PDF. pdfplumber is imported here, when
    a PDF is read: it is a tenth of a second of start-up that a folder of texts never needs."""
    import pdfplumber
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return [_page(page) for page in pdf.pages]
    except PdfminerException as err:
        if _is_password_error(err):
            raise EncryptedPdfError(f"{path}: the PDF is encrypted and needs a password") from None
        raise BrokenPdfError(f"{path}: the PDF is damaged and cannot be read ({err})") from None
    except Exception as err:
        raise BrokenPdfError(f"{path}: the PDF is damaged and cannot be read "
                             f"({type(err).__name__}: {err})") from None


def pdf_to_text(path: Path) -> PdfText:
    """Read a PDF's text laid out by word positions; refuse scans, locked and broken files."""
    path = Path(path)
    data = path.read_bytes()
    _check_header(path, data)
    pages = _read(path, data)
    if not any(p.words for p in pages):
        raise _scanned(path, len(pages))
    unit = _unit(pages)
    texts = []
    for p in pages:
        left = min((w.x0 for w in p.words), default=0.0)
        texts.append(page_text(p.words, p.marks, p.rules, unit, left) + "\n\f")
    return PdfText("".join(texts), hashlib.sha256(data).hexdigest(), len(pages), "pdfplumber")
