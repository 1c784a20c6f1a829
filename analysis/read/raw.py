"""Reading raw files: bytes to text, with a logged encoding fallback and clear rejections.

A file is rejected, with one line naming the reason, when it cannot be read, is empty, is
binary, or is cut off inside a character. Everything else is decoded: UTF-8 first, then
cp1252, then latin-1 (which decodes anything), and the encoding used is recorded.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from analysis import config
from analysis.read.pdf import PdfError, pdf_to_text

#: Share of control characters above which a file is taken to be binary.
_BINARY_CONTROL_SHARE = 0.05
_TEXT_CONTROLS = {9, 10, 12, 13}


class RejectedFile(Exception):
    """A raw file that cannot be processed; the message is the one-line reason."""


@dataclass(frozen=True)
class RawText:
    """A decoded raw file."""

    path: Path
    text: str
    sha256: str
    encoding: str
    notes: tuple[str, ...] = field(default=())


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Decode bytes as UTF-8, falling back to cp1252 then latin-1; return text, encoding, notes."""
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as err:
        if err.start >= len(data) - 3 and err.reason == "unexpected end of data":
            raise RejectedFile(
                f"truncated: the file ends inside a UTF-8 character at byte {err.start}"
            ) from None
        first_error = f"not valid UTF-8 at byte {err.start}"
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, encoding, [f"{first_error}; decoded as {encoding}"]
    raise AssertionError("latin-1 decodes every byte string")


def check_not_binary(data: bytes) -> None:
    """Reject bytes that are not text: NUL bytes or many control characters."""
    sample = data[:65536]
    if b"\x00" in sample:
        raise RejectedFile("binary: the file contains NUL bytes (not a text file)")
    controls = sum(1 for b in sample if b < 32 and b not in _TEXT_CONTROLS)
    if sample and controls / len(sample) > _BINARY_CONTROL_SHARE:
        raise RejectedFile("binary: too many control characters for a text file")


def read_text_file(path: Path) -> RawText:
    """Read and decode one raw text file, or raise RejectedFile with the reason."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise RejectedFile(f"unreadable: {err.strerror or err}") from None
    if not data:
        raise RejectedFile("empty: the file has no content")
    if data[:5] == b"%PDF-":
        raise RejectedFile("a PDF with a text-file name: rename it to .pdf")
    check_not_binary(data)
    text, encoding, notes = decode(data)
    if not text.strip():
        raise RejectedFile("empty: the file holds only whitespace")
    return RawText(path, text, hashlib.sha256(data).hexdigest(), encoding, tuple(notes))


def read_raw(path: Path) -> tuple[RawText, str | None]:
    """Read a text file, or turn a PDF into text; return the text and the PDF-derived text."""
    if path.suffix.lower() == ".pdf":
        try:
            pdf = pdf_to_text(path)
        except PdfError as err:
            raise RejectedFile(str(err)) from None
        if not pdf.text.strip():
            raise RejectedFile("the PDF holds no text")
        notes = (f"text extracted from PDF with {pdf.method}",)
        return RawText(path, pdf.text, pdf.sha256, "pdf", notes), pdf.text
    if path.suffix.lower() not in config.RAW_SUFFIXES:
        raise RejectedFile(
            f"unsupported file type {path.suffix or '(none)'}: expected one of "
            + ", ".join(config.RAW_SUFFIXES)
        )
    return read_text_file(path), None
