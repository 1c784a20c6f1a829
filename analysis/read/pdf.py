"""Text out of a PDF: poppler's ``pdftotext`` when it is installed, else ``pypdf``.

``pdftotext`` (default flowed mode, ``-enc UTF-8``) is the tool the development corpus was made
with, so its output is what the layout detection and extractors know best. Pages are separated
by a form feed in both methods. A PDF without a text layer (a scan) is refused with a pointer
to OCR rather than read as an empty document.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

#: Bytes at the start of a file searched for the PDF header.
_HEADER_WINDOW = 1024
#: Seconds allowed for one pdftotext run.
_PDFTOTEXT_TIMEOUT = 300
#: What pypdf raises on a damaged file besides its own errors.
_DAMAGE = (PyPdfError, ValueError, KeyError, IndexError, TypeError, AttributeError)


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


def _with_pdftotext(path: Path, exe: str) -> tuple[str, int]:
    """Run pdftotext in default (flowed) mode on the file; return its text and page count."""
    try:
        done = subprocess.run(
            [exe, "-enc", "UTF-8", str(path), "-"],
            capture_output=True, check=False, timeout=_PDFTOTEXT_TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        raise BrokenPdfError(
            f"{path}: pdftotext did not finish in {_PDFTOTEXT_TIMEOUT} s"
        ) from None
    message = done.stderr.decode("utf-8", "replace").strip()
    if done.returncode != 0:
        if "password" in message.lower():
            raise EncryptedPdfError(f"{path}: the PDF is encrypted and needs a password "
                                    f"(pdftotext: {message})")
        raise BrokenPdfError(f"{path}: pdftotext could not read the PDF "
                             f"(exit {done.returncode}: {message or 'no message'})")
    text = done.stdout.decode("utf-8", "replace")
    return text, text.count("\f")


def _with_pypdf(path: Path, data: bytes) -> tuple[str, int]:
    """Extract the text of every page with pypdf, each page ended by a form feed."""
    try:
        reader = PdfReader(io.BytesIO(data))
        locked = reader.is_encrypted and not reader.decrypt("")
        pages = [] if locked else [page.extract_text() or "" for page in reader.pages]
    except (FileNotDecryptedError, DependencyError) as err:
        raise EncryptedPdfError(f"{path}: the PDF is encrypted and cannot be opened "
                                f"without a password or decryption support ({err})") from None
    except _DAMAGE as err:
        raise BrokenPdfError(f"{path}: the PDF is damaged and cannot be read "
                             f"({type(err).__name__}: {err})") from None
    if locked:
        raise EncryptedPdfError(f"{path}: the PDF is encrypted and needs a password")
    return "".join(page + "\f" for page in pages), len(pages)


def pdf_to_text(path: Path) -> PdfText:
    """Read a PDF's text with pdftotext (if on PATH) or pypdf; refuse scans and broken files."""
    path = Path(path)
    data = path.read_bytes()
    _check_header(path, data)
    exe = shutil.which("pdftotext")
    if exe:
        text, pages = _with_pdftotext(path, exe)
        method = "pdftotext"
    else:
        text, pages = _with_pypdf(path, data)
        method = "pypdf"
    if not text.replace("\f", "").strip():
        raise _scanned(path, pages)
    return PdfText(text, hashlib.sha256(data).hexdigest(), pages, method)
