"""Reading raw files: bytes to text, with logged fallbacks and clear rejections.

A file is rejected, with one line naming the reason, when it cannot be read, is larger than
``MAX_BYTES``, is empty, is binary, or is cut off inside a character. Everything else is
decoded: UTF-16 or UTF-32 when the file starts with their byte-order mark, else UTF-8, then
cp1252, then latin-1 (which decodes anything); the encoding used is recorded. Windows (CRLF)
and old Mac (CR) line ends are read as LF, as Python's ``open()`` reads them, and logged: so
``open(source_file, encoding=encoding).read()`` gives exactly the text the offsets count in.
"""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from analysis import config
from analysis.read.pdf import PdfError, pdf_to_text

#: Largest raw file read, in bytes. Reading costs time in proportion to size (about 0.6 MB/s
#: on a large file, benchmarks/bench_size.py); a report is far smaller (a DOL profile about
#: 100 kB, a whole TIP report about 5 MB), so a larger file is most likely not one report.
MAX_BYTES = 64 * 1024 * 1024
#: A line longer than this (in characters) means the text lost its line breaks: the longest
#: line of any report seen is about 4,000 characters (a web transcript's flowed paragraph).
FLATTENED_LINE = 10_000
#: Share of control characters above which a file is taken to be binary.
_BINARY_CONTROL_SHARE = 0.05
#: Control bytes that text files hold: tab, line feed, form feed, carriage return.
_TEXT_CONTROLS = b"\t\n\x0c\r"
_OTHER_CONTROLS = bytes(b for b in range(32) if b not in _TEXT_CONTROLS)
#: Byte-order marks that name an encoding other than UTF-8 (UTF-32 first: its little-endian
#: mark starts with UTF-16's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class RejectedFile(Exception):
    """A raw file that cannot be processed; the message is the one-line reason."""


@dataclass(frozen=True)
class RawText:
    """A decoded raw file; ``line_endings`` says how its lines ended before they were read
    as LF: lf, crlf, cr, mixed, or none (a text on one line)."""

    path: Path
    text: str
    sha256: str
    encoding: str
    notes: tuple[str, ...] = field(default=())
    line_endings: str = "lf"


def _bom_encoding(data: bytes) -> str | None:
    """The encoding a leading byte-order mark names (UTF-16 or UTF-32), else None."""
    return next((name for bom, name in _BOMS if data.startswith(bom)), None)


def _decode_unicode(data: bytes, encoding: str) -> str:
    """Decode UTF-16 or UTF-32 with its byte-order mark (dropped, as ``open()`` drops it)."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        if "truncated" in err.reason:
            raise RejectedFile(
                f"truncated: the file ends inside a {encoding.upper()} character"
            ) from None
        raise RejectedFile(f"not valid {encoding.upper()} at byte {err.start}") from None


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Decode bytes: UTF-16/32 by byte-order mark, else UTF-8, falling back to cp1252 then
    latin-1; return text, encoding, notes."""
    bom = _bom_encoding(data)
    if bom:
        return _decode_unicode(data, bom), bom, [f"decoded as {bom.upper()} (byte-order mark)"]
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


def normalise_line_endings(text: str) -> tuple[str, str, list[str]]:
    """Read CRLF and CR line ends as LF (as ``open()`` does); return the text, which line ends
    the file had (lf, crlf, cr, mixed, none) and a note when any were changed."""
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    kinds = [name for name, n in (("lf", lf), ("crlf", crlf), ("cr", cr)) if n]
    kind = kinds[0] if len(kinds) == 1 else ("mixed" if kinds else "none")
    if not (crlf or cr):
        return text, kind, []
    changed = " and ".join(f"{n:,} {name.upper()}" for name, n in (("crlf", crlf), ("cr", cr))
                           if n)
    note = f"line endings: {changed} read as LF (offsets count LF line ends)"
    return text.replace("\r\n", "\n").replace("\r", "\n"), kind, [note]


def _looks_like_utf16(data: bytes) -> bool:
    """Whether NUL bytes sit at every other position, as in UTF-16 text without its mark."""
    sample = data[:4096]
    return len(sample) >= 4 and max(sample[0::2].count(0), sample[1::2].count(0)) > len(
        sample) // 4


def check_not_binary(data: bytes) -> None:
    """Reject bytes that are not text: NUL bytes anywhere, or many control characters."""
    if b"\x00" in data:
        hint = (" (it looks like UTF-16 without a byte-order mark: save it as UTF-8)"
                if _looks_like_utf16(data) else "")
        raise RejectedFile(f"binary: the file contains NUL bytes (not a text file){hint}")
    controls = len(data) - len(data.translate(None, _OTHER_CONTROLS))
    if data and controls / len(data) > _BINARY_CONTROL_SHARE:
        raise RejectedFile("binary: too many control characters for a text file")


def check_size(path: Path) -> None:
    """Reject a file above ``MAX_BYTES`` before reading it."""
    try:
        size = path.stat().st_size
    except OSError as err:
        raise RejectedFile(f"unreadable: {err.strerror or err}") from None
    if size > MAX_BYTES:
        raise RejectedFile(
            f"too large: {size:,} bytes, above the limit of {MAX_BYTES:,} bytes "
            f"({MAX_BYTES / 2**20:.0f} MiB) for one raw file (a report is far smaller; split a "
            "file holding several)"
        )


def read_text_file(path: Path) -> RawText:
    """Read and decode one raw text file, or raise RejectedFile with the reason."""
    check_size(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise RejectedFile(f"unreadable: {err.strerror or err}") from None
    if not data:
        raise RejectedFile("empty: the file has no content")
    if data[:5] == b"%PDF-":
        raise RejectedFile("a PDF with a text-file name: rename it to .pdf")
    bom = _bom_encoding(data)
    if not bom:
        check_not_binary(data)
    text, encoding, notes = decode(data)
    if bom:
        check_not_binary(text.encode("utf-8", "surrogatepass"))
    if not text.strip():
        raise RejectedFile("empty: the file holds only whitespace")
    text, line_endings, more = normalise_line_endings(text)
    longest = max(len(line) for line in text.split("\n"))
    if longest > FLATTENED_LINE:
        more.append(f"flattened: a line of {longest:,} characters (the line breaks were lost?); "
                    "tables and lists cannot be read from such text")
    return RawText(path, text, hashlib.sha256(data).hexdigest(), encoding,
                   (*notes, *more), line_endings)


def read_raw(path: Path) -> tuple[RawText, str | None]:
    """Read a text file, or turn a PDF into text; return the text and the PDF-derived text."""
    if path.suffix.lower() == ".pdf":
        check_size(path)
        try:
            pdf = pdf_to_text(path)
        except PdfError as err:
            raise RejectedFile(str(err)) from None
        if not pdf.text.strip():
            raise RejectedFile("the PDF holds no text")
        notes = (f"text extracted from PDF with {pdf.method}",)
        line_endings = normalise_line_endings(pdf.text)[1]
        return RawText(path, pdf.text, pdf.sha256, "pdf", notes, line_endings), pdf.text
    if path.suffix.lower() not in config.RAW_SUFFIXES:
        raise RejectedFile(
            f"unsupported file type {path.suffix or '(none)'}: expected one of "
            + ", ".join(config.RAW_SUFFIXES)
        )
    return read_text_file(path), None
