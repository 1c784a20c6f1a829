"""Where the rows of a table end: the note lines under it and the running prose after it.

Note lines explain the marks of the figures ("* The government ...") and are kept with the
table; prose (long lines, sentences, section headings) stops the readers, so that the text
after a table is not read as its rows.
"""

from __future__ import annotations

import re

from analysis.extract.tables.cells import (
    MARK,
    Cell,
    LabelHints,
    TextLine,
    is_value_cell,
    normalise_label,
)
from analysis.notation import CITATION

SECTION_RE = re.compile(r"^[ \t\f]*(?:#+[ \t]*)?[IVX]{1,4}\.[ \t]+[A-Z]{2,}")
_NOTE_RE = re.compile(
    rf"^(?:<sup>)?\\?((?!##){MARK}{{1,2}}|[tf](?=\s+[A-Z]))(?:</sup>)?\s*(?=[A-Za-z(])")
_SENTENCE_END = re.compile(rf"[.!?][”\"’)]?(?:\s*{CITATION})?$")
_PROSE_START = re.compile(r"^(?:Sources?\b|Notes?:|In (?:19|20)\d\d,|Data (?:were|are)\b)")
#: Prose lines are at least this long (full-width lines of running text).
_PROSE_LENGTH = 100
#: Fewest words a sentence needs to end a table.
PROSE_WORDS = 7


def note_mark(s: str) -> str | None:
    """The mark a note line explains ("* The government ..." -> "*"), else None."""
    m = _NOTE_RE.match(s.strip().strip("\f"))
    if not m or is_value_cell(s):
        return None
    return m.group(1)


def read_notes(lines: list[TextLine], i: int) -> tuple[list[Cell], int, int]:
    """Note lines from index ``i`` (blank lines between allowed); returns notes, next index,
    end offset."""
    notes: list[Cell] = []
    end = lines[i - 1].end if i > 0 else (lines[0].start if lines else 0)
    j = i
    while j < len(lines):
        s = lines[j].text.strip()
        if not s:
            j += 1
            continue
        if note_mark(s) is None:
            break
        notes.append(lines[j].cell())
        end = lines[j].end
        j += 1
    return notes, j, end


def is_prose(s: str, hints: LabelHints) -> bool:
    """Whether a line is running text (the end of a table), not a label. The shape of running
    text is tested first: it is cheap, and most lines fail it, so the label rules (the costly
    part) run only on the few that pass."""
    s = s.strip()
    shaped = (len(s) >= _PROSE_LENGTH or _PROSE_START.match(s) or SECTION_RE.match(s)
              or (len(s.split()) >= PROSE_WORDS and _SENTENCE_END.search(s)))
    if not shaped:
        return False
    norm = normalise_label(s)
    return not (hints.is_label(norm) or hints.is_heading(norm) or hints.is_header(norm))
