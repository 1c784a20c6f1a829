"""The pieces a flowed table is printed in (``pdftotext`` default mode, OCR column blocks).

Its lines are classified as labels, values, year headings, notes or prose (page furniture
and figure text dropped) and grouped into blocks; the value lines of a block are chunks of
one column, and chunks are grouped into rounds of one piece per column. The row rebuilders
of ``table_flowed`` and ``table_entities`` work on these pieces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from analysis.extract.tables.cells import (
    AGE,
    TITLE_RE,
    VALUE_CELL,
    YEAR_RE,
    Cell,
    LabelHints,
    TextLine,
    damaged_value,
    edit_distance,
    empty_cell,
    is_value_cell,
    joined_cell,
    mended_value,
    mended_year,
    normalise_label,
)
from analysis.extract.tables.ends import is_prose, note_mark

_RANGE_RE = re.compile(AGE)
_LEAD_VALUE_RE = re.compile(rf"\s*({VALUE_CELL})(?:\s+|$)", re.IGNORECASE)
_DEBRIS_RE = re.compile(r"[\s()\d,;:=_—–-]+")
#: A figure with its citation, damaged so that it reads as debris: digits and separators, then
#: one whole citation ("2,43 (8)", "0 -(12)"). Not debris: a value cell OCR damaged, kept in
#: its column (unread unless ``mended_value`` mends it), so that the column keeps its count.
_FIGURE_AND_CITATION = re.compile(r"\d[\d,.\s-]*\(\s*\d[\d,\s]*\)")
#: A piece of a citation split from its cell by OCR: "(", "(47", "47)", "(6)".
_CITATION_PIECE = re.compile(r"\(\s*(?:\d{1,4}\s*\)?)?|\d{1,4}\s*\)")
_PERCENT_RE = re.compile(r"\d{1,3}(?:\.\d+)?\s?%")
_FIGURE_START = re.compile(r"Figure\s*\d+\b")
_ALL_CAPS = re.compile(r"^[^a-z]*[A-Z]{2,}[^a-z]*$")
#: Two words in capitals, which every running head prints (tested first: few lines have them).
_CAPITAL_WORDS = re.compile(r"[A-Z]{3,}\s+[A-Z]{2,}")
PAGE_NUMBER = re.compile(r"^\d{1,3}$")
#: Digits no number starts with ("00.1" of "1 00.1"): not a cell of its own.
_LEADING_ZERO = re.compile(r"0\d")
#: The longest cell read as a damaged year heading ("20-15t"), and a mark OCR read as a letter.
_YEAR_CELL = 6
_YEAR_MARK = re.compile(r"(?<=\d)[tf]$")
#: Two numbers joined by a hyphen: an age range only when the first is the smaller.
_RANGE_PAIR = re.compile(r"(\d+)-(\d+)")
#: A letter or sign OCR left on a line of its own: no cell (a capital may be an entity's
#: initial, "A" for Anguilla; "n", "o", "q", "l" and "e" are bullets as pdftotext prints them).
_STRAY_SIGN = re.compile(r"[a-dfghijkmprstuvwxyz'‘’`´,.~_]")
#: A dash or separator sign OCR left on a line of its own, read as debris unless it stands
#: where a blank line parted two blocks (``_between_blanks``).
_LONE_DASH = re.compile(r"[-–—,;:=_]")
#: A bare number, without citation or mark ("17" of "17 8 (63)").
_BARE = re.compile(r"\d{1,3}")
#: Four digits a sign split, as debris ("2-015", "201-5").
_SPLIT_YEAR = re.compile(r"(?=(?:\D*\d){4}\D*$)[12][\d-]{3}\d")
#: A year heading one digit short ("204").
_SHORT_YEAR = re.compile(r"[12]\d\d")
#: A running head OCR damaged may hold one lower-case letter in this many.
_LOWER_SHARE = 10


def furniture_line(s: str) -> bool:
    """Whether a stripped line is page furniture left inside a table (running heads, in
    capitals, with at most one letter in ``_LOWER_SHARE`` that OCR read in lower case)."""
    s = s.strip("\f ")
    if not _CAPITAL_WORDS.search(s) or len(s.split()) < 2 or is_value_cell(s):
        return False
    if _ALL_CAPS.match(s):
        return True
    letters = [c for c in s if c.isalpha()]
    lower = sum(c.islower() for c in letters)
    return len(letters) >= _LOWER_SHARE and lower * _LOWER_SHARE <= len(letters)


def _furniture(lines: list[TextLine]) -> set[int]:
    """Indexes of page-furniture lines: running heads, page numbers and the country line
    that opens a page (all next to a form feed or a running head)."""
    idx = [k for k, ln in enumerate(lines) if ln.text.strip("\f ").strip()]
    drop = {k for k in idx if furniture_line(lines[k].text.strip())}
    for pos, k in enumerate(idx):
        s = lines[k].text.strip("\f ").strip()
        nxt = idx[pos + 1] if pos + 1 < len(idx) else None
        prv = idx[pos - 1] if pos > 0 else None
        near_ff = (nxt is not None and lines[nxt].text.startswith("\f")) or any(
            "\f" in lines[j].text for j in range(k + 1, nxt if nxt is not None else k + 1))
        if PAGE_NUMBER.match(s) and (near_ff or (nxt in drop) or (prv in drop)):
            drop.add(k)
        if lines[k].text.startswith("\f") and nxt in drop and len(s.split()) <= 6:
            drop.add(k)
    return drop


@dataclass
class Token:
    """A classified line of a flowed table."""

    kind: str  # L label, V value, Y year heading, N note, P prose, X figure, B blank
    line: TextLine
    after_lost: bool = False

    @property
    def cell(self) -> Cell:
        """The line as a cell."""
        return self.line.cell()


def classify(lines: list[TextLine], hints: LabelHints) -> list[Token]:
    """Classify the lines of a flowed region; furniture and figure text are dropped."""
    drop = _furniture(lines)
    toks: list[Token] = []
    for k, ln in enumerate(lines):
        s = ln.text.strip().strip("\f").strip()
        if k in drop:
            continue
        if not s:
            kind = "B"
        elif YEAR_RE.fullmatch(s):
            kind = "Y"
        elif (year := mended_year(s)) is not None:
            toks.append(Token("Y", TextLine(ln.start + ln.text.index(s), year)))
            continue
        elif is_value_cell(s):
            kind = "V"
        elif (joined := _one_figure(s)) is not None:
            toks.append(Token("V", TextLine(ln.start + ln.text.index(s), joined)))
            continue
        elif split_values(ln):
            toks += [Token("V", piece) for piece in split_values(ln)]
            continue
        elif (mended := mended_value(s)) is not None:
            toks.append(Token("V", TextLine(ln.start + ln.text.index(s), mended)))
            continue
        elif note_mark(s) is not None:
            kind = "N"
        elif (_PERCENT_RE.fullmatch(s) and toks and toks[-1].kind == "V") or (
                _FIGURE_AND_CITATION.fullmatch(s)):
            kind = "V"
        elif _LONE_DASH.fullmatch(s) and _between_blanks(lines, k):
            kind = "B"
        elif _FIGURE_START.match(s) or _PERCENT_RE.match(s) or _DEBRIS_RE.fullmatch(s):
            kind = "X"
        elif is_prose(s, hints) or TITLE_RE.match(s):
            kind = "P"
        elif _STRAY_SIGN.fullmatch(s) and _between_blanks(lines, k):
            kind = "B"
        elif _STRAY_SIGN.fullmatch(s):
            kind = "X"
        elif damaged_value(s):
            kind = "V"
        else:
            kind = "L"
        toks.append(Token(kind, ln))
    for k in range(1, len(toks)):
        if toks[k - 1].kind == "X" and _FIGURE_START.match(toks[k - 1].line.text.strip()) \
                and toks[k].kind == "L":
            toks[k].kind = "X"
    for k in range(len(toks) - 1):
        if toks[k].kind == "L" and toks[k + 1].kind == "X" and _PERCENT_RE.match(
                toks[k + 1].line.text.strip()):
            toks[k].kind = "X"
    _mark_lost(toks)
    _year_short_of_a_digit(toks)
    _year_split_by_a_sign(toks)
    _year_beside_a_year(toks)
    return [t for t in toks if t.kind != "X"]


def _between_blanks(lines: list[TextLine], k: int) -> bool:
    """Whether line ``k`` (a lone stray sign) stands between two lines of text, where a flowed
    table prints the blank line that parts two blocks: OCR put a sign on that empty line ("f",
    "-"), and it parts the blocks as the blank line did."""
    def text(j: int) -> str:
        return lines[j].text.strip() if 0 <= j < len(lines) else ""
    return bool(text(k - 1)) and bool(text(k + 1))


def _year_short_of_a_digit(toks: list[Token]) -> None:
    """Read as a year heading a bare three-digit value that stands right before a year heading,
    after neither a value nor a year, when it is the year before that heading with one digit
    lost ("204" before "2015"): the year columns run one year apart, earliest first."""
    shown = [k for k, t in enumerate(toks) if t.kind not in "BX"]
    for pos, k in enumerate(shown[:-1]):
        t, nxt = toks[k], toks[shown[pos + 1]]
        before = toks[shown[pos - 1]].kind if pos else ""
        text = t.line.text.strip()
        if t.kind != "V" or nxt.kind != "Y" or before in ("V", "Y") or not _SHORT_YEAR.fullmatch(
                text):
            continue
        year = str(int(nxt.line.text.strip()[:4]) - 1)
        if any(year[:i] + year[i + 1:] == text for i in range(len(year))):
            t.kind = "Y"
            t.line = TextLine(t.line.start, year)


def _year_split_by_a_sign(toks: list[Token]) -> None:
    """Read as a year heading a line of digits that a sign split ("2-015", "201-5"), read as
    debris, where it stands right after a year heading and is one edit from the year after
    it, or right before one and one edit from the year before it: the year columns run one
    year apart, earliest first."""
    for k, t in enumerate(toks):
        text = t.line.text.strip()
        if t.kind != "X" or not _SPLIT_YEAR.fullmatch(text):
            continue
        for step, side in ((1, toks[k - 1::-1] if k else []), (-1, toks[k + 1:])):
            heading = next((n for n in side if n.kind not in "BX"), None)
            if heading is None or heading.kind != "Y":
                continue
            year = str(int(heading.line.text.strip()[:4]) + step)
            if edit_distance(text, year, 1) is not None:
                t.kind = "Y"
                t.line = TextLine(t.line.start + t.line.text.index(text), year)
                break


def _one_figure(s: str) -> str | None:
    """A figure a space split in two ("17 8 (63)", "9 4.5"), joined: a flowed table prints one
    cell per line, so a line that would be a bare number and another value is one figure
    damaged, never two cells; None for any other line."""
    pieces = split_values(TextLine(0, s))
    if len(pieces) != 2 or not _BARE.fullmatch(pieces[0].text) or not pieces[1].text[0].isdigit():
        return None
    joined = s[: pieces[0].end] + s[pieces[1].start :]
    return joined if is_value_cell(joined) else None


def _year_beside_a_year(toks: list[Token]) -> None:
    """Read as a year heading a short cell one edit away from the year after the table's
    year heading before it, or before the one after it ("201", "20-15", "201G" or "2016t"
    after "2014"; "205" before "2016"): the year columns run one year apart, earliest first.
    A cell that is a value as printed is read so only right beside that heading and where no
    value or year stands on its other side (it cannot be the first or last cell of a
    column); a cell that is no value as printed may stand apart from it (a column's heading
    over its values, the previous column's heading further up)."""
    shown = [k for k, t in enumerate(toks) if t.kind not in "BX"]
    for pos, k in enumerate(shown):
        t = toks[k]
        text = t.line.text.strip()
        if t.kind not in "VL" or len(text) > _YEAR_CELL or sum(c.isdigit() for c in text) < 2:
            continue
        mark = "†" if _YEAR_MARK.search(text) else ""
        core = _YEAR_MARK.sub("", text)
        pair = _RANGE_PAIR.fullmatch(core)
        value = is_value_cell(text) and not (pair and int(pair[1]) >= int(pair[2]))
        for step, side in ((1, shown[pos - 1::-1] if pos else []), (-1, shown[pos + 1:])):
            heading = next((toks[j] for j in side if toks[j].kind == "Y"), None)
            if heading is None:
                continue
            beside = toks[side[0]] is heading
            other = toks[shown[pos + step]] if 0 <= pos + step < len(shown) else None
            year = str(int(heading.line.text.strip()[:4]) + step)
            if value and not (beside and core == year) and (
                    not beside or (other is not None and other.kind in "VY")):
                continue
            if core == year or edit_distance(core, year, 1) is not None:
                t.kind = "Y"
                t.line = TextLine(t.line.start + t.line.text.index(text), year + mark)
                break


def _mark_lost(toks: list[Token]) -> None:
    """Flag each value that follows the pieces of a citation split from its cell ("(",
    "47)"), which OCR leaves where it lost or scattered cells of a column."""
    lost = False
    for t in toks:
        if t.kind == "X" and _CITATION_PIECE.fullmatch(t.line.text.strip()):
            lost = True
        elif t.kind == "V":
            t.after_lost, lost = lost, False


def split_values(line: TextLine) -> list[TextLine]:
    """A line holding nothing but several value cells ("N/A Yes (116)"), one piece per cell;
    [] otherwise."""
    pieces: list[TextLine] = []
    pos = 0
    text = line.text
    while pos < len(text):
        m = _LEAD_VALUE_RE.match(text, pos)
        if not m:
            return []
        if _LEADING_ZERO.match(m.group(1)):
            return []
        pieces.append(TextLine(line.start + m.start(1), m.group(1)))
        pos = m.end()
    return pieces if len(pieces) > 1 else []


def token_blocks(toks: list[Token]) -> list[list[Token]]:
    """Runs of non-blank tokens."""
    out: list[list[Token]] = []
    cur: list[Token] = []
    for t in toks:
        if t.kind == "B":
            if cur:
                out.append(cur)
                cur = []
        else:
            cur.append(t)
    if cur:
        out.append(cur)
    return out


@dataclass
class Chunk:
    """A run of value lines of one column, with the heading printed above it (if any)."""

    heading: list[Cell]
    values: list[Cell]


@dataclass
class LabelGroup:
    """Row labels and the value chunks that follow them."""

    labels: list[Cell] = field(default_factory=list)
    chunks: list[Chunk] = field(default_factory=list)
    after_lost: set[Cell] = field(default_factory=set)
    #: Labels were given to it from elsewhere and fit its values in more than one order.
    uncertain: bool = False


def column_headings(groups: list[LabelGroup], queue: list[Cell]) -> list[Cell]:
    """The column headings: a chunk's own heading, else the next queued one, in order.

    Chunks of the first label group that print no heading take the queued headings (blocks
    of headings printed apart from their values); later chunks repeat the columns.
    """
    queue = list(queue)
    columns: list[Cell] = []
    names: list[str] = []
    for g in groups[:1]:
        for k, c in enumerate(g.chunks):
            if _stray(c) and k + 1 < len(g.chunks):
                continue
            if not c.heading and queue:
                c.heading = [queue.pop(0)]
            if not c.heading:
                continue
            head = joined_cell(c.heading)
            name = normalise_label(head.text)
            if not re.search(r"[A-Za-z]|^(?:19|20)\d\d", head.text):
                c.heading = []
                continue
            if name in names:
                break
            names.append(name)
            columns.append(head)
    return columns or queue


def _strict_round(chunks: list[Chunk], i: int,
                  ncols: int) -> tuple[list[list[Cell]], int] | None:
    """One round from chunk ``i``: ``ncols`` pieces of equal length, a piece split over
    several chunks (a page break) joined; None if the chunks do not fit."""
    first = list(chunks[i].values)
    i += 1
    pieces = [first]
    for _ in range(ncols - 1):
        piece: list[Cell] = []
        while i < len(chunks) and len(piece) < len(first):
            if piece and chunks[i].heading:
                return None
            piece += chunks[i].values
            i += 1
        if len(piece) != len(first):
            return None
        pieces.append(piece)
    return pieces, i


def column_rounds(chunks: list[Chunk], ncols: int,
            warnings: list[str]) -> list[list[list[Cell | None]]] | None:
    """Group value chunks into rounds of ``ncols`` column pieces (a round per run of rows
    between sub-headings or page breaks).

    A round whose pieces differ in length (the PDF left a cell empty) keeps its longest
    pieces; the shorter ones cannot be placed and are left empty. A lone round whose short
    piece holds only ranges (an age column) is placed from the top. None if the chunks do
    not make whole rounds.
    """
    strays = [c for c in chunks if _stray(c)]
    if len(strays) == 1 and sum(len(c.values) for c in chunks) % ncols:
        warnings.append(f"ignored a stray {strays[0].values[0].text!r} (a page number?)")
        chunks = [c for c in chunks if c is not strays[0]]
    out: list[list[list[Cell | None]]] = []
    i = 0
    while i < len(chunks):
        got = _strict_round(chunks, i, ncols)
        if got is None and _stray(chunks[i]) and i + 1 < len(chunks):
            warnings.append(f"ignored a stray {chunks[i].values[0].text!r} (a page number?)")
            i += 1
            continue
        if got is not None:
            out.append(list(got[0]))
            i = got[1]
            continue
        if i + ncols > len(chunks):
            return None
        pieces: list[list[Cell | None]] = [list(chunks[i + k].values) for k in range(ncols)]
        size = max(len(p) for p in pieces)
        lone = i == 0 and len(chunks) == ncols
        for k, piece in enumerate(pieces):
            if len(piece) == size:
                continue
            if lone and all(c is not None and _RANGE_RE.fullmatch(c.text) for c in piece):
                pieces[k] = piece + [None] * (size - len(piece))
                continue
            warnings.append(f"{len(piece)} values for {size} rows in column {k + 1}; left out")
            pieces[k] = [None] * size
        out.append(pieces)
        i += ncols
    return out


def _stray(chunk: Chunk) -> bool:
    """Whether a chunk is a lone bare number without heading or citation (a page number)."""
    return not chunk.heading and len(chunk.values) == 1 and bool(
        PAGE_NUMBER.fullmatch(chunk.values[0].text))


def column_cell(column: list[Cell | None], k: int, at: int) -> Cell:
    """The ``k``-th cell of a column, or an empty cell where there is none."""
    cell = column[k] if k < len(column) else None
    return cell if cell is not None else empty_cell(at)
