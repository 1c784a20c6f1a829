"""The prose of a DOL profile as sentences, table lines masked, each with its enforcement section.

Before any phrasing is matched, lines that belong to tables (tabs, pipes, bare cell values,
space-aligned columns, deep indents) are blanked out, offsets kept, but for the cells of pipe
and tab tables that hold running text (an agency's role); then the text is cut at sentence
ends, each sentence keeping its closing citation and the "Labor / Criminal Law Enforcement"
heading it sits under. Kept apart from the figure reader because it only decides what counts
as a sentence, never what a sentence says.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from analysis.extract.grammar import compiled, ends_with_abbreviation
from analysis.notation import CELL_WORD, CITATION, MARKS, citation_items

_FLAGS = re.IGNORECASE
_MASK = "\x00"
_CELL_VALUE = (
    rf"(?:\$?\d[\d,.]*(?:\s*(?:million|billion))?|{CELL_WORD})\s*[{MARKS}]*"
    rf"\s*(?:{CITATION})?"
)
_CELL = re.compile(_CELL_VALUE, _FLAGS)
#: Fewest words a table cell needs to be read as running text.
_CELL_SENTENCE_WORDS = 7
_CELL_PAIR = re.compile(rf"\s{_CELL_VALUE}\s+{_CELL_VALUE}$", _FLAGS)
#: Columns set apart by spaces. Tested before ``_CELL_PAIR``, whose search tries every way of
#: sharing a long run of spaces among its ``\s*`` and was most of the prose reader's time on
#: layout text.
_WIDE_GAP = re.compile(r"\S {3,}\S")
_SENTENCE_END = re.compile(
    rf"[.!?][\"”’')\]]*(?:\s*{CITATION})?(?:\s*[^\sA-Za-z(\x00]{{1,6}})?"
    r"(?=\s+[\"“(]?[A-Z0-9])|\x00+"
)
_SECTION = re.compile(
    r"(?im)^[ \t#*]*(?:(?P<labor>labou?r)|(?P<criminal>criminal))\s+law\s+enforcement[ \t*]*$"
    r"|^[ \t#*]*(?P<other>[IVX]+\.\s+[A-Z][A-Z ,'’&-]+)$"
)


@dataclass(frozen=True)
class Sentence:
    """A prose sentence: where it starts, its text, and the enforcement section it sits in."""

    start: int
    text: str
    section: str

    @property
    def citations(self) -> str:
        """The reference numbers the sentence ends with, ';'-joined ("(3, 14)" -> "3;14")."""
        m = compiled("CITATION").search(self.text)
        if not m:
            return ""
        return ";".join(item.replace("–", "-") for item in citation_items(m[1]))


def _is_table_line(line: str) -> bool:
    """Whether a line is part of a table: tab or pipe cells, a bare value, a label followed by
    two year columns ("Number of Labor Inspectors 284 (7) 267 (61)"), aligned columns."""
    body = line.strip()
    if not body:
        return False
    return (
        "\t" in line or "|" in line or _WIDE_GAP.search(body) is not None
        or len(line) - len(line.lstrip(" ")) >= 10 or _CELL.fullmatch(body) is not None
        or _CELL_PAIR.search(body) is not None
    )


def _text_cells(line: str) -> str:
    """A pipe or tab table row with every cell blanked out but those of running text (the
    sentences of an agency's role: "The Anti-Trafficking Unit employed 42 officers. (5)"),
    each of which stays in place as a sentence of its own."""
    out = []
    for cell in re.split(r"(\||\t)", line):
        words = cell.split()
        prose = len(words) >= _CELL_SENTENCE_WORDS and _SENTENCE_END.search(cell.rstrip() + " A")
        out.append(cell if prose and cell not in "|\t" else _MASK * len(cell))
    return "".join(out)


def mask_tables(text: str) -> str:
    """The text with every table line blanked out (same length, so offsets still hold),
    except the cells of running text of pipe and tab tables."""
    out = []
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if not _is_table_line(body):
            out.append(line)
        elif "|" in body or "\t" in body:
            out.append(_text_cells(body) + line[len(body):])
        else:
            out.append(_MASK * len(body) + line[len(body):])
    return "".join(out)


def _sections(text: str) -> list[tuple[int, str]]:
    """Where each labor / criminal enforcement section (or another section) begins."""
    return [(m.start(), m.lastgroup or "") for m in _SECTION.finditer(text)]


def sentences(text: str) -> Iterator[Sentence]:
    """Split prose into sentences, a sentence's closing citation kept with it."""
    masked = mask_tables(text)
    marks = _sections(masked)
    start = 0
    for m in _SENTENCE_END.finditer(masked):
        if m[0][0] == "." and ends_with_abbreviation(masked, m.start()):
            continue
        yield from _sentence(masked, start, m.end(), marks)
        start = m.end()
    yield from _sentence(masked, start, len(masked), marks)


def _sentence(masked: str, start: int, end: int, marks: list[tuple[int, str]]) -> Iterator[
        Sentence]:
    """One sentence span, trimmed of space and mask, unless it is empty."""
    body = masked[start:end]
    lead = len(body) - len(body.lstrip(" \t\r\n\f" + _MASK))
    body = body.strip(" \t\r\n\f" + _MASK)
    if not body:
        return
    # The last section mark at or before the sentence (marks are in text order).
    before = bisect_right(marks, start + lead, key=lambda mark: mark[0])
    kind = marks[before - 1][1] if before else ""
    section = kind if kind in ("labor", "criminal") else ""
    yield Sentence(start + lead, body, section)
