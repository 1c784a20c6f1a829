"""A flowed laws table cut at its territory captions, one sub-table per territory.

A profile covering several territories prints, under one title, a caption naming each over its
own sub-table. Flowed text keeps no columns to tell a caption by, so it is told by where it
stands (a short line of words over a sub-table's headings or first label), never by a list of
names; kept apart from the reader because it decides which rows belong together before any
cell is paired.
"""

from __future__ import annotations

import re

from analysis.extract.dol.law_flowed_parts import FLOWED_HEADINGS, MAX_WRAP, value_kind
from analysis.extract.dol.law_labels import known_label, law_hints, normal_label
from analysis.extract.dol.list_cells import TITLE_LINE, Line, join_lines

#: The mark of a caption continued from the page before.
_CONT = re.compile(r"\s*\((?:cont\.?|continued)\)\s*$", re.IGNORECASE)
#: Longest territory caption, in words.
_CAPTION_WORDS = 12


def _starts_rows(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` opens a laws table's body: a column heading or a standard's label."""
    if i >= len(lines) or not lines[i].text:
        return False
    if FLOWED_HEADINGS.fullmatch(lines[i].text):
        return True
    return any(known_label(join_lines(lines[i : i + k]).text) for k in range(1, MAX_WRAP + 1)
               if i + k <= len(lines) and all(ln.text for ln in lines[i : i + k]))


def _is_caption(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` names the territory of the sub-table under it: one short line of words
    that is no label, heading or value, standing after a blank line, a title or the end of a
    paragraph, right over the sub-table's column headings or first label."""
    t = lines[i].text
    if (not t or len(t.split()) > _CAPTION_WORDS or re.search(r"\d", t)
            or TITLE_LINE.match(t) or FLOWED_HEADINGS.fullmatch(t) or value_kind(t)
            or known_label(t) or law_hints().is_heading(normal_label(t))):
        return False
    before = lines[i - 1].text if i else ""
    opens = not before or bool(TITLE_LINE.match(before)) or before.endswith((".", ")"))
    return opens and _starts_rows(lines, i + 1)


def flowed_territories(lines: list[Line]) -> list[tuple[str, list[Line]]]:
    """A flowed laws table cut at its territory captions: (territory, lines) per sub-table,
    the lines before the first caption with no territory. A profile covering several
    territories prints, under one title, a caption naming each ("COOK ISLANDS", "NIUE") over
    its own sub-table; captions are told by where they stand, never by a list of names, and
    a table is cut only when they name at least two territories ("(cont)" continues one)."""
    found = [i for i in range(len(lines)) if _is_caption(lines, i)]
    names = {_CONT.sub("", lines[i].text).casefold() for i in found}
    if len(names) < 2:
        return [("", lines)]
    out = [("", lines[: found[0]])]
    for i, nxt in zip(found, [*found[1:], len(lines)], strict=True):
        out.append((_CONT.sub("", lines[i].text), lines[i + 1 : nxt]))
    return out
