"""The shape of a raw text (its layout): which repair rules and table readers apply.

Told from the text itself: a web page's transcript marker, markdown pipe tables, tab-separated
rows, space-aligned columns (``pdftotext -layout``), form-feed pages from pdftotext or
tesseract, and hard-wrapped OCR columns. The names are ``analysis.schema.LAYOUTS``.
"""

from __future__ import annotations

import re

from analysis.schema import LAYOUTS

WEB_TRANSCRIPT, OCR_COLUMNS, PDF_TEXT, MARKDOWN, PDFTOTEXT_FLOWED, PDFTOTEXT_LAYOUT, PLAIN = LAYOUTS

#: Rows of a kind (pipe rows, tab rows) that make a table layout.
_MIN_TABLE_ROWS = 3
#: Share of lines with space-aligned columns that marks `pdftotext -layout` output.
_ALIGNED_SHARE = 0.1
#: Share of blank lines above which page text looks like tesseract's block output.
_OCR_BLANK_SHARE = 0.25
#: Shortest line counted when judging whether text is hard-wrapped.
_PROSE_LINE = 30
#: Share of such lines ending mid-sentence above which text is hard-wrapped into columns.
_WRAPPED_SHARE = 0.5
#: Longest typical (median) line of hard-wrapped text: a printed column or page holds well under
#: this many characters, while a web page or excerpt gives a paragraph a line of its own.
_WRAPPED_WIDTH = 160
#: Characters that end a sentence or paragraph line.
_SENTENCE_ENDS = (".", ":", ";", "!", "?", ")", '"', "”", "’")

_TRANSCRIPT = re.compile(r"^[ \t]*Transcription:[ \t]*$", re.MULTILINE)
_SIMILAR = re.compile(r"^[ \t]*Similar documents[ \t]*$", re.MULTILINE)
_PIPE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.MULTILINE)
_PIPE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|", re.MULTILINE)
_TAB_ROW = re.compile(r"\S\t+\S")
_PAGE_NUMBER_BREAK = re.compile(r"\n[ \t]*\d{1,4}[ \t]*\n\s*\f")


def body_start(raw: str) -> int:
    """Offset where the document proper begins: after a web page's `Transcription:` line."""
    marker = _TRANSCRIPT.search(raw) if "Transcription:" in raw else None
    return marker.end() if marker else 0


def detect_layout(raw: str) -> str:
    """Name the shape of the text (see LAYOUTS) so the right table reader can be chosen."""
    if body_start(raw) or ("Similar documents" in raw and _SIMILAR.search(raw)):
        return WEB_TRANSCRIPT
    lines = [line for line in raw.replace("\f", "\n").split("\n") if line.strip()]
    if not lines:
        return PLAIN
    if (
        raw.count("|") >= 2 * _MIN_TABLE_ROWS
        and len(_PIPE_ROW.findall(raw)) >= _MIN_TABLE_ROWS
        and _PIPE_RULE.search(raw)
    ):
        return MARKDOWN
    if sum(1 for line in lines if "\t" in line and _TAB_ROW.search(line)) >= _MIN_TABLE_ROWS:
        return PDF_TEXT
    aligned = sum(1 for line in lines if "   " in line.strip() or line.startswith(" " * 10))
    if aligned / len(lines) >= _ALIGNED_SHARE:
        return PDFTOTEXT_LAYOUT
    if "\f" in raw:
        return OCR_COLUMNS if _looks_like_ocr_pages(raw) else PDFTOTEXT_FLOWED
    prose = [line.strip() for line in lines if len(line.strip()) >= _PROSE_LINE]
    return OCR_COLUMNS if _hard_wrapped(prose) else PLAIN


def _hard_wrapped(prose: list[str]) -> bool:
    """Whether prose lines are a printed column's lines: most end mid-sentence and the typical
    line is no wider than a page (an excerpt cut mid-paragraph also ends lines mid-sentence)."""
    if not prose:
        return False
    wrapped = sum(1 for line in prose if not line.endswith(_SENTENCE_ENDS))
    widths = sorted(len(line) for line in prose)
    return wrapped / len(prose) >= _WRAPPED_SHARE and widths[len(widths) // 2] <= _WRAPPED_WIDTH


def _looks_like_ocr_pages(raw: str) -> bool:
    """Tell tesseract pages from pdftotext pages: pdftotext ends every page with a form feed
    and keeps the page-number footer; tesseract separates text blocks with blank lines."""
    pages = raw.count("\f")
    all_lines = raw.split("\n")
    blank_share = sum(1 for line in all_lines if not line.strip()) / len(all_lines)
    votes = (
        not raw.rstrip(" \n").endswith("\f"),
        blank_share >= _OCR_BLANK_SHARE,
        len(_PAGE_NUMBER_BREAK.findall(raw)) * 2 < pages,
    )
    return sum(votes) >= 2
