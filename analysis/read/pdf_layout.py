"""A page's words, placed by their coordinates into lines of text that keep its columns.

The text has the shape of ``pdftotext -layout`` output, which the space-aligned table reader
knows: words whose boxes share a line (their vertical extents overlap by half the smaller)
are one line; on a line, words closer than a word space (``_WORD_GAP`` of the font size) are
one piece, joined by one space, and every other piece starts at the character column of its
left edge (``unit`` points per column), at least two spaces after the piece before. Cells of
one table column therefore start in one character column on every line, and each cell's
offsets in the text are known. A vertical gap taller than a line gives a blank line.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Gap between two words (share of the font size) below which they are one piece of text.
_WORD_GAP = 0.6
#: Share of the smaller box two boxes must overlap vertically to be on one line.
_SAME_LINE = 0.5
#: Vertical gap (share of the font size) from which a blank line is written, and the most
#: blank lines written for one gap.
_BLANK_GAP = 1.0
_MAX_BLANKS = 2
#: Spaces written between two pieces of a line at the least.
_MIN_SPACES = 2
#: How far (in mark heights) a drawn mark's middle may stand from the middle of its line.
_MARK_REACH = 1.5


@dataclass(frozen=True)
class Word:
    """A word (or a drawn mark) of a page: its text, box (points, top-down) and font size."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float


def _overlap(word: Word, top: float, bottom: float) -> bool:
    """Whether a word's box and a line's vertical extent overlap by half the smaller."""
    shared = min(word.bottom, bottom) - max(word.top, top)
    smaller = min(word.bottom - word.top, bottom - top)
    return shared >= _SAME_LINE * smaller if smaller > 0 else shared >= 0


def lines_of(words: list[Word]) -> list[list[Word]]:
    """The words of a page grouped into lines, top to bottom, each line left to right."""
    lines: list[tuple[float, float, list[Word]]] = []
    for word in sorted(words, key=lambda w: (w.top + w.bottom, w.x0)):
        for k in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
            top, bottom, members = lines[k]
            if _overlap(word, top, bottom):
                members.append(word)
                lines[k] = (min(top, word.top), max(bottom, word.bottom), members)
                break
        else:
            lines.append((word.top, word.bottom, [word]))
    lines.sort(key=lambda line: line[0])
    return [sorted(members, key=lambda w: w.x0) for _, _, members in lines]


@dataclass(frozen=True)
class Rule:
    """A horizontal rule of a page (a line, or the edge of a box): its height and extent."""

    y: float
    x0: float
    x1: float


def _center(top: float, bottom: float) -> float:
    """The middle of a vertical extent."""
    return (top + bottom) / 2


def _ruled_apart(a: float, b: float, x: float, rules: list[Rule]) -> bool:
    """Whether a rule under column ``x`` runs between heights ``a`` and ``b``."""
    low, high = min(a, b), max(a, b)
    return any(low < r.y < high and r.x0 <= x <= r.x1 for r in rules)


def place_marks(lines: list[list[Word]], marks: list[Word], rules: list[Rule]) -> None:
    """Put each drawn mark on the line of its table row: the nearest line (by the middles of
    their heights, within ``_MARK_REACH`` mark heights) that no rule separates from it; a mark
    drawn a little above or below its row's text still reads on the row's line. A mark that
    no line takes is a line of its own."""
    for mark in marks:
        middle, x = _center(mark.top, mark.bottom), _center(mark.x0, mark.x1)
        reach = _MARK_REACH * (mark.bottom - mark.top)
        best: list[Word] | None = None
        for line in lines:
            at = _center(min(w.top for w in line), max(w.bottom for w in line))
            if abs(at - middle) <= reach and not _ruled_apart(at, middle, x, rules) and (
                    best is None or abs(at - middle) < abs(_center(
                        min(w.top for w in best), max(w.bottom for w in best)) - middle)):
                best = line
        if best is None:
            lines.append([mark])
            lines.sort(key=lambda line: min(w.top for w in line))
        else:
            best.append(mark)
            best.sort(key=lambda w: w.x0)


def _pieces(line: list[Word]) -> list[tuple[float, str]]:
    """A line's words joined into pieces of text (words a word space apart), with the left
    edge of each piece."""
    pieces: list[tuple[float, str]] = []
    last: Word | None = None
    for word in line:
        size = max(word.size, last.size) if last else word.size
        if last and word.x0 - last.x1 < _WORD_GAP * size:
            x0, text = pieces[-1]
            pieces[-1] = (x0, f"{text} {word.text}")
        else:
            pieces.append((word.x0, word.text))
        last = word
    return pieces


def page_text(words: list[Word], marks: list[Word], rules: list[Rule], unit: float,
              left: float) -> str:
    """The text of one page: its lines, each piece at the column of its left edge (``left``
    is the page's column 0, ``unit`` the width of a column in points), drawn marks on the
    lines of their rows."""
    out: list[str] = []
    below: float | None = None
    lines = lines_of(words)
    place_marks(lines, marks, rules)
    for line in lines:
        top = min(w.top for w in line)
        size = max(w.size for w in line)
        if below is not None and top - below >= _BLANK_GAP * size:
            out += [""] * min(_MAX_BLANKS, int((top - below) // (_BLANK_GAP * size)))
        below = max(w.bottom for w in line) if below is None else max(
            below, max(w.bottom for w in line))
        text = ""
        for x0, piece in _pieces(line):
            column = max(0, round((x0 - left) / unit))
            if text:
                column = max(column, len(text) + _MIN_SPACES)
            text = text.ljust(column) + piece
        out.append(text)
    return "\n".join(out)
