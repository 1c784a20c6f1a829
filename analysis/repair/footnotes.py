"""Footnote numbers that damage the text: OCR junk from superscripts, inline endnote numbers."""

from __future__ import annotations

import re

from analysis.repair.base import finish, regex_rule
from analysis.repair.ledger import Edit

# Characters OCR makes of a superscript footnote number after a full stop.
_JUNK = "*®°¢>%?!'\"’”‘“«»§#~^"
# Of those, the ones a real sentence never ends with (quotes may close a quotation).
_STRONG = set("*®°¢>%?!§#~^")
_MARKS = set("®°¢%")

_OCR_JUNK = re.compile(
    rf"(?<=[A-Za-z0-9)\]])(?<!\b[A-Za-z])\."
    rf"(?P<junk>[{re.escape(_JUNK)}0-9]{{1,6}}|[ \t]\*{{2,6}}(?=[ \t]*(?:\n|$)))(?=\s|$)"
)


def _drop_junk(m: re.Match[str]) -> str | None:
    """Remove a superscript read as symbols; never "3.2%", "3.2*" or a closing quote."""
    junk = m.group("junk")
    symbols = [c for c in junk if not c.isdigit()]
    if not any(c in _STRONG for c in symbols):
        return None
    if junk[0].isdigit() and not (len(symbols) >= 2 and any(c in _MARKS for c in symbols)):
        return None
    return ""


#: OCR junk after sentence ends ("farming.***®", "growth.?**", "2007.3%%°" -> "farming.").
ocr_footnote_junk = regex_rule(_OCR_JUNK, _drop_junk, group="junk")


# An endnote number set inline after a sentence end: "is 16. 3057 The Labor Code".
_ENDNOTE = re.compile(r"(?<=[.!?])[\"')\]]?(?P<num>[ \t]+(?P<value>\d{3,4}))(?=\s|$)")
_MAX_STEP = 3
_MIN_RUN = 3


def endnote_markers(text: str) -> tuple[str, list[Edit]]:
    """Remove inline endnote numbers: increasing runs of 3-4 digit numbers after sentences.

    A number counts only as a link of a chain where each number is 1-3 above the last, so a
    year after a sentence ("in 2010. 2011 was") stays unless it sits inside such a run. The
    first chain found is the body's; a later chain whose numbers repeat it is the list of
    endnotes itself, whose numbers are kept.
    """
    chains: list[list[re.Match[str]]] = []
    open_ends: dict[int, int] = {}  # last value of an open chain -> index in chains
    for m in _ENDNOTE.finditer(text):
        value = int(m.group("value"))
        for step in range(1, _MAX_STEP + 1):
            k = open_ends.pop(value - step, None)
            if k is not None:
                chains[k].append(m)
                open_ends[value] = k
                break
        else:
            chains.append([m])
            open_ends[value] = len(chains) - 1
    taken: list[tuple[int, int]] = []
    edits: list[Edit] = []
    for chain in chains:
        if len(chain) < _MIN_RUN:
            continue
        low, high = int(chain[0].group("value")), int(chain[-1].group("value"))
        if any(low <= top and bottom <= high for bottom, top in taken):
            continue
        taken.append((low, high))
        edits.extend(Edit(m.start("num"), m.end("num"), "") for m in chain)
    edits.sort(key=lambda ed: ed.start)
    return finish(text, edits)
