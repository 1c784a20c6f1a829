"""Tables printed as one sub-table per territory under one title.

A profile covering several territories prints, under "Table 3. Laws and Regulations on Child
Labor", a line "ANGUILLA" over that territory's own column headings and rows, then "BRITISH
VIRGIN ISLANDS" over its own, and so on. The generic reader takes the first line under the
title for the column headings, and so reads nothing from such a table.

A caption is told from other lines by the table itself, never by a list of names: a line of
one piece of text (no column gap in it) that is no row label of the table, followed at once by
the table's own column headings (the lines under it read as a table with the columns the caller
needs). A table is read by captions only when it has at least two naming different
territories. Running heads and footers (a country name, "MODERATE ADVANCEMENT") are taken out of
the text before tables are read, and a table continued on another page repeats its title
rather than standing under such a line, so neither passes for a caption. A caption ending in
"(cont)" goes on with its territory after a page break.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from analysis.extract.tables.aligned import read_layout
from analysis.extract.tables.cells import (
    TITLE_RE,
    LabelHints,
    Part,
    Table,
    TextLine,
    normalise_label,
    text_lines,
)

#: A column gap inside a line (two spaces or more between pieces of text).
_GAP = re.compile(r"\S\s{2,}\S")
#: The mark of a caption continued from the page before.
_CONT = re.compile(r"\s*\((?:cont\.?|continued)\)\s*$", re.IGNORECASE)
#: Fewest territories a table read by captions names.
_MIN_TERRITORIES = 2
#: Longest caption, in words.
_CAPTION_WORDS = 12


@dataclass(frozen=True)
class Captioned:
    """One territory's sub-table: the territory as its caption prints it, and the table."""

    territory: str
    table: Table


def _region(table: Table, text: str) -> list[TextLine]:
    """The lines after a table's title up to the next title of another table."""
    body = text.find("\n", table.start)
    if body < 0:
        return []
    end = len(text)
    for m in TITLE_RE.finditer(text, body):
        if table.number is None or int(m.group(1)) != table.number:
            end = m.start()
            break
    return text_lines(text, body + 1, end)


def _candidate(lines: list[TextLine], i: int, hints: LabelHints) -> bool:
    """Whether line ``i`` can be a caption: one short piece of text that is no row label,
    heading or table title, with a line printed right under it."""
    piece = lines[i].text.strip()
    if not piece or _GAP.search(piece) or len(piece.split()) > _CAPTION_WORDS:
        return False
    if TITLE_RE.match(lines[i].text):
        return False
    norm = normalise_label(_CONT.sub("", piece))
    if hints.is_label(norm) or hints.is_heading(norm):
        return False
    return i + 1 < len(lines) and bool(lines[i + 1].text.strip())


def captioned(table: Table, text: str, hints: LabelHints,
              fits: Callable[[Part], bool]) -> list[Captioned]:
    """The sub-tables of a table printed one per territory, each read from the lines under
    its caption up to the next caption; ``fits`` says whether a part read under a line has the
    columns of the table. Empty when the table has fewer than two territories' captions."""
    lines = _region(table, text)
    found = [i for i in range(len(lines)) if _candidate(lines, i, hints)
             and fits(read_layout(lines[i + 1 :], None, hints))]
    names = {normalise_label(_CONT.sub("", lines[i].text.strip())) for i in found}
    if len(names) < _MIN_TERRITORIES:
        return []
    out: list[Captioned] = []
    for i, nxt in zip(found, [*found[1:], len(lines)], strict=True):
        part = read_layout(lines[i + 1 : nxt], None, hints)
        caption = lines[i].text.strip()
        start = lines[i].start + lines[i].text.index(caption)
        out.append(Captioned(_CONT.sub("", caption), Table(
            table.number, table.title, start, max(part.end, start + len(caption)),
            part.header, part.rows, part.notes, part.warnings)))
    return out
