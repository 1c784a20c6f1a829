"""A generic reader for the tables of report texts, in every layout the project meets.

Tables are found by their titles ("Table 6. Labor Law Enforcement ...", continued parts
"(Cont.)" merged into one table), then read by the reader of the text's layout:

- ``markdown``: pipe rows; ``pdf_text``: tab-separated rows (an empty first cell continues
  the row above);
- ``pdftotext_layout``: space-aligned columns placed by the header (one line, or three or
  five whose headings stack in the same columns), wrapped labels on the following or
  preceding lines;
- ``ocr_columns`` (and ``plain``, ``web_transcript``): one row per line with single spaces;
  value cells are peeled off the right end, the rest is the label;
- ``pdftotext_flowed``: one cell per line, row labels first and then each column as a block
  of lines (blocks of several columns may alternate when the table has sub-headings or
  crosses a page); rows are rebuilt from the number of values and, when the caller knows
  them, from the row labels the table can have (``LabelHints``); a "Related Entity" column
  (blocks of entity names, one run per label: "National Total", "Punjab", ...) is rebuilt
  into one row per label and entity when the names and the values fit the labels.

Every cell keeps its offsets in the given text. A reader that cannot rebuild a table returns
what it can and says why in ``Table.warnings``; a value it cannot place with certainty is left
out rather than guessed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from analysis.extract.numbers import NUMBER_DIGITS

#: Marks the reports put on figures: * not published / limited evidence, † ‡ notes; OCR
#: reads them as ¢ § # + (and as a "t" or "f" glued to a number).
MARKS = "*†‡¢§#+"
_MARK = f"[{re.escape(MARKS)}]"
_GLUED_MARK = r"(?<=\d)[tf](?![A-Za-z])"
#: Reference numbers in parentheses: "(30)", "(1; 3)", "(21, 42)", "(1-3)", "(40,43)".
CITATION = r"\(\s*\d{1,4}[a-z]?(?:\s*[-–,;]\s*\d{1,4}[a-z]?)*\s*\)"
_WORD_VALUE = r"(?:Unknown|Unavailable|N/A|NA|Yes|No|None)"
_AMOUNT = rf"(?:(?:US)?\$\s?)?(?:{NUMBER_DIGITS})(?:\s*(?:million|billion|thousand))?"
_AGE = r"\d{1,2}\s*(?:-|–|—|to)\s*\d{1,2}(?:\s*yrs?)?\.*"
#: One value cell as printed: a word value, an age range or an amount, with marks and
#: citations ("7,897† (30)", "Unknown* (5)", "$2.4 million (34)", "3.2 (79,690)", "5 to 14").
VALUE_CELL = (
    rf"(?:{_WORD_VALUE}|{_AGE}|{_AMOUNT}(?:{_GLUED_MARK})?)(?:\s*{_MARK})*(?:\s*\({_WORD_VALUE}\))?"
    rf"(?:\s*{CITATION})*(?:\s*{_MARK})*"
)
_VALUE_RE = re.compile(rf"{VALUE_CELL}", re.IGNORECASE)
_RANGE_RE = re.compile(_AGE)
_YEAR_RE = re.compile(rf"(?:19|20)\d\d(?:\s*{_MARK})*")
_PEEL_RE = re.compile(rf"(?:^|(?<=\s))({VALUE_CELL})\s*$", re.IGNORECASE)
_LEAD_VALUE_RE = re.compile(rf"\s*({VALUE_CELL})(?:\s+|$)", re.IGNORECASE)
_GARBLED_RE = re.compile(rf"(?:^|(?<=\s))(\S{{1,12}}\s*{CITATION}(?:\s*{_MARK})*)\s*$")
_JUNK_RE = re.compile(r"(?:^|(?<=\s))([A-Za-z]{1,12}|\d+(?:\.\d+)?\s?%)\s*$")

_TITLE_RE = re.compile(
    r"^[ \t\f]*(?:\*\*|#+[ \t]*)?Table[ \t]+(\d{1,2})[ \t]*[.:][ \t]*(\S.*?)[ \t]*(?:\*\*)?[ \t]*$",
    re.MULTILINE,
)
_CONT_RE = re.compile(r"\s*\((?:cont\.?|continued)\)\s*$", re.IGNORECASE)
_FIGURE_RE = re.compile(r"\s+Figure\s*\d+\b.*$")
_SECTION_RE = re.compile(r"^[ \t\f]*(?:#+[ \t]*)?[IVX]{1,4}\.[ \t]+[A-Z]{2,}")
_CONNECTOR_END = re.compile(
    r"(?:\b(?:and|or|of|for|to|the|in|on|by|with|at|from|that|which|between|related|"
    r"a|an|as|per|its)|[,(/–-])$",
    re.IGNORECASE,
)
_NOTE_RE = re.compile(
    rf"^(?:<sup>)?\\?((?!##){_MARK}{{1,2}}|[tf](?=\s+[A-Z]))(?:</sup>)?\s*(?=[A-Za-z(])")
_DEBRIS_RE = re.compile(r"[\s()\d,;:=_—–-]+")
#: A piece of a citation split from its cell by OCR: "(", "(47", "47)", "(6)".
_CITATION_PIECE = re.compile(r"\(\s*(?:\d{1,4}\s*\)?)?|\d{1,4}\s*\)")
_PERCENT_RE = re.compile(r"\d{1,3}(?:\.\d+)?\s?%")
_FIGURE_START = re.compile(r"Figure\s*\d+\b")
_SENTENCE_END = re.compile(rf"[.!?][”\"’)]?(?:\s*{CITATION})?$")
_PROSE_START = re.compile(r"^(?:Sources?\b|Notes?:|In (?:19|20)\d\d,|Data (?:were|are)\b)")
_ALL_CAPS = re.compile(r"^[^a-z]*[A-Z]{2,}[^a-z]*$")
_PAGE_NUMBER = re.compile(r"^\d{1,3}$")
_SPACE = " \t\f\r\u00a0"
_NOISE_RE = re.compile(rf"</?\w+>|{CITATION}|{_MARK}")
_SPACE_RE = re.compile(r"\s+")

#: Widest gap (characters) between a layout cell and the column start it belongs to.
_COLUMN_SLACK = 12
#: Widest text (characters) the last column of a layout table holds when no edge is known.
_LAST_COLUMN_WIDTH = 60
#: Most lines a layout header prints above (and as many below) its middle line, when its
#: headings take several lines each ("Meets" / "International" / "Standards").
_HEADER_DEPTH = 2
#: Column counts tried, in order, for a flowed table that prints no column headings.
_COLUMN_GUESSES = (2, 3)
#: Cost of taking a known row label for a row without values.
_KNOWN_AS_HEADING = 5.0
#: Cost of a value that does not fit the row it would be placed in.
_MISFIT = 3.0
#: Most lines one wrapped row label spans in a flowed table.
_MAX_WRAP = 4
#: Prose lines are at least this long (full-width lines of running text).
_PROSE_LENGTH = 100
#: Fewest words a sentence needs to end a table.
_PROSE_WORDS = 7
#: Heading of the column naming the entity (territory, province) of each row.
ENTITY_HEADING = "related entity"
#: Most words an entity name printed in that column has.
_ENTITY_WORDS = 6
#: What joins the entities one name covers ("Mainland and Zanzibar", "FBiH/RS/BD").
_ENTITY_JOIN = re.compile(r"\s*(?:/|,|&|\band\b)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Cell:
    """One cell as printed, stripped; ``text[start:end]`` of the given text when on one line."""

    text: str
    start: int
    end: int


@dataclass
class Table:
    """One table: its title, column headings, rows (label first) and the notes under it."""

    number: int | None
    title: str
    start: int
    end: int
    header: list[Cell]
    rows: list[list[Cell]]
    notes: list[Cell]
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class LabelHints:
    """What a caller knows about the row labels, for layouts that lose the rows (flowed).

    Each pattern is matched in full against ``normalise_label`` of a candidate label.
    """

    labels: re.Pattern[str] | None = None
    headings: re.Pattern[str] | None = None
    headers: re.Pattern[str] | None = None
    fits: Callable[[str, str], bool] | None = None

    def is_label(self, norm: str) -> bool:
        """Whether a normalised text is a known row label with values."""
        return bool(self.labels and self.labels.fullmatch(norm))

    def is_heading(self, norm: str) -> bool:
        """Whether a normalised text is a known sub-heading row (a row without values)."""
        return bool(self.headings and self.headings.fullmatch(norm))

    def is_header(self, norm: str) -> bool:
        """Whether a normalised text is a known column heading."""
        return bool(self.headers and self.headers.fullmatch(norm))

    def misfits(self, norm: str, cells: list[Cell]) -> int:
        """How many of these cells cannot be values of the row labelled ``norm``."""
        if self.fits is None:
            return 0
        return sum(1 for c in cells if not self.fits(norm, c.text))


NO_HINTS = LabelHints()


@lru_cache(maxsize=1 << 16)
def normalise_label(text: str) -> str:
    """Lower-case a label and drop marks, citations, quotes and extra spaces, for matching."""
    t = _NOISE_RE.sub(" ", text)
    t = t.replace("’", "'").replace("‘", "'").replace("\\", "")
    t = _SPACE_RE.sub(" ", t)
    return t.replace("( ", "(").replace(" )", ")").strip(" :.").lower()


def is_value_cell(text: str) -> bool:
    """Whether a text is one value cell as the tables print them."""
    return bool(_VALUE_RE.fullmatch(text.strip()))


@dataclass(frozen=True)
class _Line:
    """One line of the text: ``text`` starts at offset ``start``."""

    start: int
    text: str

    @property
    def end(self) -> int:
        """Offset just after the line (before its newline)."""
        return self.start + len(self.text)

    def cell(self, a: int = 0, b: int | None = None) -> Cell:
        """The stripped cell of characters ``a:b`` of this line."""
        piece = self.text[a:len(self.text) if b is None else b]
        stripped = piece.strip(_SPACE)
        if not stripped:
            return _empty(self.start + a)
        lead = len(piece) - len(piece.lstrip(_SPACE))
        return Cell(stripped, self.start + a + lead, self.start + a + lead + len(stripped))


def _lines(text: str, start: int, end: int) -> list[_Line]:
    """The lines of ``text[start:end]`` with their offsets."""
    out = []
    pos = start
    for part in text[start:end].split("\n"):
        out.append(_Line(pos, part))
        pos += len(part) + 1
    return out


def _join(cells: list[Cell]) -> Cell:
    """One cell spanning several (a wrapped label): texts joined by one space."""
    cells = [c for c in cells if c.text]
    if not cells:
        return Cell("", 0, 0)
    return Cell(" ".join(c.text for c in cells), cells[0].start, cells[-1].end)


def _empty(at: int) -> Cell:
    """An empty cell placed at an offset."""
    return Cell("", at, at)


@dataclass
class _Title:
    """A table title found in the text."""

    number: int
    title: str
    cont: bool
    start: int
    body: int
    right: int | None


@dataclass
class _Part:
    """What a layout reader read from one title's region."""

    header: list[Cell]
    rows: list[list[Cell]]
    notes: list[Cell]
    end: int
    warnings: list[str] = field(default_factory=list)


def _find_titles(text: str) -> list[_Title]:
    """Every table title line, with a wrapped title's second line; text printed beside the
    title (a figure) sets the right edge of the table."""
    out: list[_Title] = []
    for m in _TITLE_RE.finditer(text):
        raw = m.group(2)
        wide = re.split(r"\s{3,}", raw)
        right = None
        if len(wide) > 1:
            right = m.start(2) - m.start() + raw.index(wide[1])
        title = _FIGURE_RE.sub("", wide[0])
        body = m.end()
        if _CONNECTOR_END.search(title):
            nxt_end = text.find("\n", body + 1)
            nxt_end = len(text) if nxt_end < 0 else nxt_end
            nxt = text[body + 1 : nxt_end]
            parts = re.split(r"\s{3,}", nxt.strip())
            if parts[0] and len(parts[0].split()) <= 4 and not _TITLE_RE.match(nxt):
                title = f"{title} {parts[0]}"
                if len(parts) > 1 and right is None:
                    right = nxt.index(parts[1])
                body = nxt_end
        cont = bool(_CONT_RE.search(title))
        title = _CONT_RE.sub("", title).strip().strip("*").strip()
        start = text.index("Table", m.start())
        out.append(_Title(int(m.group(1)), title, cont, start, body, right))
    return out


def read_tables(text: str, layout: str, hints: LabelHints | None = None,
                only: str | None = None) -> list[Table]:
    """Every table of a text (or those whose title matches the regex ``only``), continued
    parts merged, read by the reader of its layout."""
    hints = hints or NO_HINTS
    titles = _find_titles(text)
    tables: list[Table] = []
    for i, t in enumerate(titles):
        if only and not re.search(only, t.title, re.IGNORECASE):
            continue
        limit = titles[i + 1].start if i + 1 < len(titles) else len(text)
        part = _read_part(text, t, limit, layout, hints)
        prev = tables[-1] if tables else None
        if prev and prev.number == t.number and (t.cont or _same_title(prev.title, t.title)):
            _extend(prev, part)
            continue
        tables.append(Table(t.number, t.title, t.start, max(part.end, t.body), part.header,
                            part.rows, part.notes, part.warnings))
    return tables


def _same_title(a: str, b: str) -> bool:
    """Whether two titles name the same table (a repeated title on the next page)."""
    return normalise_label(a) == normalise_label(b)


def _extend(table: Table, part: _Part) -> None:
    """Append a continued part to its table (an entity column only one of them prints is
    added, empty, to the other)."""
    if not table.header and part.header:
        table.header = part.header
    if _has_entity_column(part.header) and not _has_entity_column(table.header):
        table.header.insert(1, Cell("Related Entity", table.start, table.start))
        table.rows = [[r[0], _empty(r[0].end), *r[1:]] for r in table.rows]
    elif _has_entity_column(table.header) and not _has_entity_column(part.header):
        part.rows = [[r[0], _empty(r[0].end), *r[1:]] for r in part.rows]
    width = len(table.header)
    for row in part.rows:
        table.rows.append(row + [_empty(row[-1].end)] * (width - len(row)))
    table.notes += part.notes
    table.end = max(table.end, part.end)
    table.warnings += part.warnings


def _read_part(text: str, title: _Title, limit: int, layout: str, hints: LabelHints) -> _Part:
    """Read the region of one title with the reader of the layout."""
    lines = _lines(text, title.body, limit)
    if lines and lines[0].text == "":
        lines = lines[1:]
    if layout == "markdown":
        return _read_delimited(lines, "|")
    if layout == "pdf_text" and any("\t" in ln.text for ln in lines[:6]):
        return _read_delimited(lines, "\t")
    if layout == "pdftotext_layout":
        return _read_layout(lines, title.right, hints)
    if layout == "pdftotext_flowed":
        return _read_flowed(lines, hints)
    return _read_peeled(lines, hints)


# --------------------------------------------------------------------------- notes


def _note_mark(s: str) -> str | None:
    """The mark a note line explains ("* The government ..." -> "*"), else None."""
    m = _NOTE_RE.match(s.strip().strip("\f"))
    if not m or is_value_cell(s):
        return None
    return m.group(1)


def _read_notes(lines: list[_Line], i: int) -> tuple[list[Cell], int, int]:
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
        if _note_mark(s) is None:
            break
        notes.append(lines[j].cell())
        end = lines[j].end
        j += 1
    return notes, j, end


def _is_prose(s: str, hints: LabelHints) -> bool:
    """Whether a line is running text (the end of a table), not a label."""
    s = s.strip()
    norm = normalise_label(s)
    if hints.is_label(norm) or hints.is_heading(norm) or hints.is_header(norm):
        return False
    if len(s) >= _PROSE_LENGTH or _PROSE_START.match(s) or _SECTION_RE.match(s):
        return True
    return len(s.split()) >= _PROSE_WORDS and bool(_SENTENCE_END.search(s))


# ------------------------------------------------------------- delimited (| and tab)


def _split_delimited(line: _Line, sep: str) -> list[Cell]:
    """The cells of a pipe or tab row (outer pipes and trailing empty tab cells dropped)."""
    t = line.text
    seps = [m.start() for m in re.finditer(re.escape(sep), t)]
    if sep == "|":
        bounds = list(itertools.pairwise(seps))
        if t[seps[-1] + 1 :].strip():
            bounds.append((seps[-1], len(t)))
    else:
        edges = [-1, *seps, len(t)]
        bounds = list(itertools.pairwise(edges))
    cells = [line.cell(x + 1, y) for x, y in bounds]
    while sep == "\t" and len(cells) > 1 and not cells[-1].text:
        cells.pop()
    return cells


def _read_delimited(lines: list[_Line], sep: str) -> _Part:
    """Read a markdown pipe table or a tab-separated table."""
    i = 0
    while i < len(lines) and not lines[i].text.strip():
        i += 1
    rows: list[list[Cell]] = []
    header: list[Cell] = []
    end = lines[i].start if i < len(lines) else 0

    def is_row(t: str) -> bool:
        """Whether a line is a row of this kind of table."""
        return t.lstrip().startswith("|") if sep == "|" else "\t" in t

    while i < len(lines) and is_row(lines[i].text):
        line = lines[i]
        i += 1
        if sep == "|" and re.fullmatch(r"\s*\|?[\s:|-]*-{2,}[\s:|-]*", line.text):
            continue
        cells = _split_delimited(line, sep)
        if all(not re.search(r"[A-Za-z0-9]", c.text) for c in cells):
            continue
        end = line.end
        if not header:
            header = cells
        else:
            rows.append(cells)
    notes, _, nend = _read_notes(lines, i)
    return _Part(header, rows, notes, nend if notes else end)


# ------------------------------------------------------------------------- layout


def _chunks(line: _Line, right: int | None) -> list[tuple[int, Cell]]:
    """Pieces of a space-aligned line (split at two or more spaces), with their columns."""
    out = []
    text = line.text.replace("\f", " ")
    for m in re.finditer(r"\S+(?: \S+)*", text):
        if right is not None and m.start() >= right - 2:
            continue
        out.append((m.start(), Cell(m.group(), line.start + m.start(), line.start + m.end())))
    return out


def _column_of(col: int, starts: list[int]) -> int:
    """The column a piece starting at ``col`` belongs to (the nearest column start)."""
    if col < starts[1] - _COLUMN_SLACK:
        return 0
    return min(range(1, len(starts)), key=lambda k: abs(col - starts[k]))


def _place(pieces: list[tuple[int, Cell]], starts: list[int], at: int) -> list[Cell]:
    """Put the pieces of a layout line in their columns (pieces of one column joined)."""
    cells = [_empty(at)] * len(starts)
    for col, cell in pieces:
        k = _column_of(col, starts)
        cells[k] = _join([cells[k], cell]) if cells[k].text else cell
    return cells


def _overlap(a: tuple[int, Cell], b: tuple[int, Cell]) -> bool:
    """Whether two layout pieces share a character column (one printed above the other)."""
    return a[0] < b[0] + len(b[1].text) and b[0] < a[0] + len(a[1].text)


def _stack_text(cells: list[Cell]) -> Cell:
    """One heading printed over several lines: parts joined by a space, none after a "/"
    ("Sector/" over "Industry" is "Sector/Industry")."""
    text = cells[0].text
    for c in cells[1:]:
        text += c.text if text.endswith("/") else f" {c.text}"
    return Cell(text, cells[0].start, cells[-1].end)


def _stack_columns(block: list[list[tuple[int, Cell]]]) -> list[tuple[int, Cell]] | None:
    """The headings of header lines read as one row: pieces sharing character columns are
    one heading, starting where its leftmost piece starts; None if a heading would take two
    pieces of one line (a heading spanning columns)."""
    groups: list[list[tuple[int, int, Cell]]] = []
    for k, pieces in enumerate(block):
        for col, cell in pieces:
            hit = [g for g in groups if any(_overlap((col, cell), (c, q)) for _, c, q in g)]
            groups = [g for g in groups if g not in hit] + [[*itertools.chain(*hit),
                                                             (k, col, cell)]]
    if any(len({k for k, _, _ in g}) < len(g) for g in groups):
        return None
    columns = [(min(c for _, c, _ in g), _stack_text([q for _, _, q in sorted(
        g, key=lambda piece: piece[0])])) for g in groups]
    return sorted(columns, key=lambda column: column[0])


def _stacked_header(lines: list[_Line], i: int,
                    right: int | None) -> tuple[list[tuple[int, Cell]], int] | None:
    """The headings of a header printed over 3 or 5 lines from line ``i``, and its line count.

    pdftotext centres a heading of several lines on the header's middle line, so each line
    above the middle has a line as far below it whose pieces stand under its own one for one;
    those lines leave some columns empty (a table row fills them) and no piece is a value.
    None when the lines there are not such a header.
    """
    for depth in range(1, _HEADER_DEPTH + 1):
        block = lines[i : i + 2 * depth + 1]
        if len(block) < 2 * depth + 1 or any(not ln.text.strip() or "\f" in ln.text
                                             for ln in block):
            return None
        pieces = [_chunks(ln, right) for ln in block]
        if any(is_value_cell(cell.text) for line in pieces for _, cell in line):
            return None
        columns = _stack_columns(pieces)
        if columns is None:
            continue
        if all(_stacks(pieces[depth - d], pieces[depth + d], len(columns))
               for d in range(1, depth + 1)):
            return columns, len(block)
    return None


def _stacks(above: list[tuple[int, Cell]], below: list[tuple[int, Cell]], width: int) -> bool:
    """Whether two header lines hold the upper and lower parts of the same headings, and
    leave some of the ``width`` columns empty."""
    return 0 < len(above) == len(below) < width and all(
        _overlap(a, b) for a, b in zip(above, below, strict=True))


def _read_layout(lines: list[_Line], right: int | None, hints: LabelHints) -> _Part:
    """Read a space-aligned table (``pdftotext -layout``)."""
    i = 0
    while i < len(lines) and not lines[i].text.strip():
        i += 1
    if i >= len(lines):
        return _Part([], [], [], lines[-1].end if lines else 0)
    head, depth = _stacked_header(lines, i, right) or (_chunks(lines[i], right), 1)
    if right is None and len(head) > 1:
        right = head[-1][0] + _LAST_COLUMN_WIDTH
    starts = [c for c, _ in head]
    header = [cell for _, cell in head]
    i += depth
    end = lines[i - 1].end
    if len(starts) < 2:
        return _Part(header, [], [], end, ["no column headings found"])
    raw: list[tuple[list[Cell], bool]] = []
    blanks = 0
    while i < len(lines):
        line = lines[i]
        if not line.text.strip() or "\f" in line.text:
            blanks += 1
            if blanks > 1 or "\f" in line.text:
                break
            i += 1
            continue
        pieces = _chunks(line, right)
        if not pieces:
            i += 1
            continue
        cells = _place(pieces, starts, line.start)
        label = cells[0]
        values = [c for c in cells[1:] if c.text]
        if not raw and not label.text and not any(is_value_cell(c.text) for c in values):
            header = [_join([h, c]) if c.text else h for h, c in zip(header, cells, strict=True)]
            end = line.end
            i += 1
            continue
        if not values:
            wide = pieces[0][0] + len(label.text) > starts[1] + _COLUMN_SLACK
            if _note_mark(label.text) or _is_prose(label.text, hints) or wide or blanks:
                break
        elif blanks and not _aligned(pieces, starts):
            break
        if (values and not label.text and raw
                and all(re.fullmatch(CITATION, c.text) for c in values)):
            prev, flag = raw[-1]
            raw[-1] = ([prev[0], *[_join([p, c]) for p, c in zip(prev[1:], cells[1:],
                                                                  strict=True)]], flag)
        else:
            raw.append((cells, bool(values)))
        blanks = 0
        end = line.end
        i += 1
    rows = _merge_wrapped(raw, hints)
    notes, _, nend = _read_notes(lines, i)
    return _Part(header, rows, notes, nend if notes else end)


def _aligned(pieces: list[tuple[int, Cell]], starts: list[int]) -> bool:
    """Whether every piece right of the label column starts near a column start (a row of
    the table, not text set in other columns after it, such as two-column endnotes)."""
    return all(min(abs(col - s) for s in starts[1:]) <= _COLUMN_SLACK
               for col, _ in pieces if _column_of(col, starts) > 0)


def _merge_wrapped(raw: list[tuple[list[Cell], bool]], hints: LabelHints) -> list[list[Cell]]:
    """Join label-only lines to the row they wrap from or into; keep sub-headings as rows."""
    raw = _gather_labels(raw, hints)
    rows: list[list[Cell]] = []
    pending: list[Cell] = []
    for k, (cells, has_values) in enumerate(raw):
        label = cells[0]
        if not label.text and not has_values:
            continue
        prev = rows[-1] if rows and not pending else None
        if not has_values:
            if prev and _continues(prev[0].text, label.text, hints):
                prev[0] = _join([prev[0], label])
                continue
            nxt = raw[k + 1][0][0] if k + 1 < len(raw) else None
            if hints.is_heading(normalise_label(label.text)) or nxt is None or not nxt.text:
                rows += _flush(pending, len(cells))
                pending = []
                rows.append(cells)
            else:
                pending.append(label)
            continue
        if pending:
            if label.text and _continues(_join(pending).text, label.text, hints):
                cells = [_join([*pending, label]), *cells[1:]]
            else:
                rows += _flush(pending, len(cells))
            pending = []
        elif prev and label.text and _confirmed(prev[0].text, label.text, hints):
            prev[0] = _join([prev[0], label])
            cells = [_empty(label.start), *cells[1:]]
        rows.append(cells)
    rows += _flush(pending, len(rows[-1]) if rows else 1)
    return _drop_trailing_headings(rows, hints)


def _gather_labels(raw: list[tuple[list[Cell], bool]],
                   hints: LabelHints) -> list[tuple[list[Cell], bool]]:
    """Move a label wrapped over the rows of several entities ("Primary" / "Completion" /
    "Rate (%)") to its first row, when the hints know the joined label."""
    raw = list(raw)
    for k, (cells, _) in enumerate(raw):
        if not cells[0].text or _hinted_text(cells[0].text, hints):
            continue
        parts, taken = [cells[0]], []
        for m in range(k + 1, min(len(raw), k + _MAX_WRAP)):
            nxt = raw[m][0][0]
            if not nxt.text:
                continue
            if _hinted_text(nxt.text, hints):
                break
            parts.append(nxt)
            taken.append(m)
            if _hinted_text(_join(parts).text, hints):
                members = [k, *taken]
                home = next((m for m in members if raw[m][1]), k)
                for m in members:
                    row, flag = raw[m]
                    label = _join(parts) if m == home else _empty(row[0].start)
                    raw[m] = ([label, *row[1:]], flag)
                break
    return raw


def _flush(pending: list[Cell], width: int) -> list[list[Cell]]:
    """A pending label-only line as a row of its own (a sub-heading)."""
    if not pending:
        return []
    label = _join(pending)
    return [[label, *[_empty(label.end)] * (width - 1)]]


def _continues(first: str, second: str, hints: LabelHints) -> bool:
    """Whether label text ``second`` continues the wrapped label ``first``."""
    if _confirmed(first, second, hints):
        return True
    if _hinted_text(second, hints):
        return False
    return bool(_CONNECTOR_END.search(first.strip())) or second[:1].islower()


def _confirmed(first: str, second: str, hints: LabelHints) -> bool:
    """Whether the hints know ``first second`` as one label, and not both parts alone."""
    return bool(first.strip() and second.strip()) and _hinted_text(f"{first} {second}", hints) \
        and not (_hinted_text(first, hints) and _hinted_text(second, hints))


def _hinted_text(text: str, hints: LabelHints) -> bool:
    """Whether a text is a known row label or sub-heading."""
    norm = normalise_label(text)
    return hints.is_label(norm) or hints.is_heading(norm)


def _drop_trailing_headings(rows: list[list[Cell]], hints: LabelHints) -> list[list[Cell]]:
    """Drop rows without values at the end of a table part (page furniture, stray lines)."""
    while rows and not any(c.text for c in rows[-1][1:]):
        if hints.is_label(normalise_label(rows[-1][0].text)):
            break
        rows.pop()
    return rows


# ------------------------------------------------------------------ peeled rows (OCR)


def _peel(line: _Line) -> tuple[Cell, list[Cell], str]:
    """Split a row line into its label and the value cells at its right end.

    Returns the label, the cells in order, and a trailing text dropped as OCR junk ("" if
    none). A garbled cell with a citation ("SO (1)") is kept as a cell when a real value
    cell stands before it.
    """
    s = line.text.rstrip()
    cells: list[Cell] = []
    junk = ""
    m = _PEEL_RE.search(s)
    if not m:
        g = _GARBLED_RE.search(s)
        j = _JUNK_RE.search(s)
        if g and _PEEL_RE.search(s[: g.start(1)].rstrip()):
            cells.append(line.cell(g.start(1), g.end(1)))
            s = s[: g.start(1)].rstrip()
        elif j and _PEEL_RE.search(s[: j.start(1)].rstrip()) and s[: j.start(1)].strip():
            junk = j.group(1)
            s = s[: j.start(1)].rstrip()
    while True:
        m = _PEEL_RE.search(s)
        if not m or not s[: m.start(1)].strip():
            break
        cells.insert(0, line.cell(m.start(1), m.end(1)))
        s = s[: m.start(1)].rstrip()
    if not cells:
        junk = ""
        s = line.text.rstrip()
    return line.cell(0, len(s)), cells, junk


def _read_peeled(lines: list[_Line], hints: LabelHints) -> _Part:
    """Read a table printed one row per line with single spaces (OCR, plain text).

    A stretch printed as column blocks inside it (label lines, then value lines) is read
    column by column when the values fill the labels exactly.
    """
    if _looks_flowed(lines, hints):
        return _read_flowed(lines, hints)
    header: list[Cell] = []
    raw: list[tuple[list[Cell], bool]] = []
    loose: list[Cell] = []
    warnings: list[str] = []
    end = lines[0].start if lines else 0
    i = 0
    while i < len(lines):
        line = lines[i]
        s = line.text.strip()
        if not s or _furniture_line(s):
            i += 1
            continue
        if _note_mark(s) is not None and raw:
            break
        values = [line.cell(c.start - line.start, c.end - line.start)
                  for c in _split_values(line)] or ([line.cell()] if is_value_cell(s) else [])
        if values and raw:
            loose += values
            end = line.end
            i += 1
            continue
        label, cells, junk = _peel(line)
        if not raw and not header and _is_peeled_header(label, cells, lines, i, hints):
            header = [label, *cells]
            end = line.end
            i += 1
            continue
        if not cells and (_is_prose(s, hints) or _SECTION_RE.match(s) or (
                len(s.split()) > _PROSE_WORDS and not _hinted_text(s, hints))):
            break
        raw = _place_loose(raw, loose, hints, warnings)
        loose = []
        if junk:
            warnings.append(f"dropped {junk!r} after the cells of {label.text!r}")
        raw.append(([label, *cells], bool(cells)))
        end = line.end
        i += 1
    raw = _place_loose(raw, loose, hints, warnings)
    width = max([len(header) - 1] + [len(c) - 1 for c, _ in raw])
    rows = []
    for cells, has_values in raw:
        label, values = cells[0], cells[1:]
        if values and len(values) < width:
            warnings.append(f"{len(values)} of {width} values in {label.text!r}; "
                            "placed at the right")
        rows.append(([label, *[_empty(label.end)] * (width - len(values)), *values],
                     has_values))
    merged = _merge_wrapped(rows, hints)
    notes, _, nend = _read_notes(lines, i)
    return _Part(header, merged, notes, nend if notes else end, warnings)


def _place_loose(raw: list[tuple[list[Cell], bool]], loose: list[Cell], hints: LabelHints,
                 warnings: list[str]) -> list[tuple[list[Cell], bool]]:
    """Give value lines printed apart to the label-only rows above them, column by column.

    When they do not fill those rows, label lines the hints do not know are read as entity
    names printed after the labels (``_loose_entities``).
    """
    if not loose:
        return raw
    n = 0
    while n < len(raw) and not raw[len(raw) - 1 - n][1]:
        n += 1
    head, tail = raw[: len(raw) - n], [cells[0] for cells, _ in raw[len(raw) - n :]]
    if n and len(loose) % n:
        tail = _loose_entities(tail, hints)
    if not tail or len(loose) % len(tail):
        warnings.append(f"{len(loose)} values printed apart from {n} rows; left out")
        return raw
    ncols = len(loose) // len(tail)
    return head + [([label, *[loose[c * len(tail) + k] for c in range(ncols)]], True)
                   for k, label in enumerate(tail)]


def _loose_entities(tail: list[Cell], hints: LabelHints) -> list[Cell]:
    """Label lines with the entity names printed after them, as one row per label and entity:
    a label's first entity joined to it ("Number of Investigations Mainland"), the others
    rows of their own ("Zanzibar"). Empty when the names cannot be given to the labels."""
    labels: list[int] = []
    runs: list[tuple[list[Cell], int]] = []
    for k, cell in enumerate(tail):
        if _hinted_text(cell.text, hints) or not labels:
            labels.append(k)
        elif runs and runs[-1][1] + len(runs[-1][0]) == k:
            runs[-1][0].append(cell)
        else:
            runs.append(([cell], k))
    owners = _attach_entities(labels, [(entity_groups(names), at) for names, at in runs])
    if owners is None:
        return []
    rows: list[Cell] = []
    for k, at in enumerate(labels):
        names = owners.get(k, [])
        rows.append(_join([tail[at], *names[:1]]))
        rows += names[1:]
    return rows


def _is_peeled_header(label: Cell, cells: list[Cell], lines: list[_Line], i: int,
                      hints: LabelHints) -> bool:
    """Whether the first line of a one-row-per-line table is its header line."""
    norm = normalise_label(label.text)
    if cells and all(_YEAR_RE.fullmatch(c.text) for c in cells):
        return True
    if cells or hints.is_label(norm) or hints.is_heading(norm):
        return False
    if hints.is_header(norm.split(" ")[0]) or hints.is_header(norm):
        return True
    nxt = next((ln for ln in lines[i + 1:] if ln.text.strip()), None)
    return bool(nxt and _peel(nxt)[1]) and len(label.text.split()) <= 6 and not hints.labels


def _looks_flowed(lines: list[_Line], hints: LabelHints) -> bool:
    """Whether an OCR table came out as column blocks (value lines alone) instead of rows."""
    body = []
    for ln in lines:
        s = ln.text.strip()
        if not s or _note_mark(s) is not None:
            continue
        if _is_prose(s, hints) or _TITLE_RE.match(s):
            break
        body.append(s)
    alone = sum(1 for s in body if is_value_cell(s) or _YEAR_RE.fullmatch(s))
    rows = sum(1 for s in body if not is_value_cell(s) and _peel(_Line(0, s))[1])
    return alone >= 4 and alone > 2 * rows


# ------------------------------------------------------------------------ flowed


def _furniture_line(s: str) -> bool:
    """Whether a stripped line is page furniture left inside a table (running heads)."""
    s = s.strip("\f ")
    if len(s.split()) >= 2 and _ALL_CAPS.match(s) and not is_value_cell(s):
        return bool(re.search(r"[A-Z]{3,}\s+[A-Z]{2,}", s))
    return False


def _furniture(lines: list[_Line]) -> set[int]:
    """Indexes of page-furniture lines: running heads, page numbers and the country line
    that opens a page (all next to a form feed or a running head)."""
    idx = [k for k, ln in enumerate(lines) if ln.text.strip("\f ").strip()]
    drop = {k for k in idx if _furniture_line(lines[k].text.strip())}
    for pos, k in enumerate(idx):
        s = lines[k].text.strip("\f ").strip()
        nxt = idx[pos + 1] if pos + 1 < len(idx) else None
        prv = idx[pos - 1] if pos > 0 else None
        near_ff = (nxt is not None and lines[nxt].text.startswith("\f")) or any(
            "\f" in lines[j].text for j in range(k + 1, nxt if nxt is not None else k + 1))
        if _PAGE_NUMBER.match(s) and (near_ff or (nxt in drop) or (prv in drop)):
            drop.add(k)
        if lines[k].text.startswith("\f") and nxt in drop and len(s.split()) <= 6:
            drop.add(k)
    return drop


@dataclass
class _Token:
    """A classified line of a flowed table."""

    kind: str  # L label, V value, Y year heading, N note, P prose, X figure, B blank
    line: _Line
    after_lost: bool = False

    @property
    def cell(self) -> Cell:
        """The line as a cell."""
        return self.line.cell()


def _classify(lines: list[_Line], hints: LabelHints) -> list[_Token]:
    """Classify the lines of a flowed region; furniture and figure text are dropped."""
    drop = _furniture(lines)
    toks: list[_Token] = []
    for k, ln in enumerate(lines):
        s = ln.text.strip().strip("\f").strip()
        if k in drop:
            continue
        if not s:
            kind = "B"
        elif _YEAR_RE.fullmatch(s):
            kind = "Y"
        elif is_value_cell(s):
            kind = "V"
        elif _split_values(ln):
            toks += [_Token("V", piece) for piece in _split_values(ln)]
            continue
        elif _note_mark(s) is not None:
            kind = "N"
        elif _PERCENT_RE.fullmatch(s) and toks and toks[-1].kind == "V":
            kind = "V"
        elif _FIGURE_START.match(s) or _PERCENT_RE.match(s) or _DEBRIS_RE.fullmatch(s):
            kind = "X"
        elif _is_prose(s, hints) or _TITLE_RE.match(s):
            kind = "P"
        else:
            kind = "L"
        toks.append(_Token(kind, ln))
    for k in range(1, len(toks)):
        if toks[k - 1].kind == "X" and _FIGURE_START.match(toks[k - 1].line.text.strip()) \
                and toks[k].kind == "L":
            toks[k].kind = "X"
    for k in range(len(toks) - 1):
        if toks[k].kind == "L" and toks[k + 1].kind == "X" and _PERCENT_RE.match(
                toks[k + 1].line.text.strip()):
            toks[k].kind = "X"
    _mark_lost(toks)
    return [t for t in toks if t.kind != "X"]


def _mark_lost(toks: list[_Token]) -> None:
    """Flag each value that follows the pieces of a citation split from its cell ("(",
    "47)"), which OCR leaves where it lost or scattered cells of a column."""
    lost = False
    for t in toks:
        if t.kind == "X" and _CITATION_PIECE.fullmatch(t.line.text.strip()):
            lost = True
        elif t.kind == "V":
            t.after_lost, lost = lost, False


def _split_values(line: _Line) -> list[_Line]:
    """A line holding nothing but several value cells ("N/A Yes (116)"), one piece per cell;
    [] otherwise."""
    pieces: list[_Line] = []
    pos = 0
    text = line.text
    while pos < len(text):
        m = _LEAD_VALUE_RE.match(text, pos)
        if not m:
            return []
        pieces.append(_Line(line.start + m.start(1), m.group(1)))
        pos = m.end()
    return pieces if len(pieces) > 1 else []


def _blocks(toks: list[_Token]) -> list[list[_Token]]:
    """Runs of non-blank tokens."""
    out: list[list[_Token]] = []
    cur: list[_Token] = []
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


def _read_flowed(lines: list[_Line], hints: LabelHints) -> _Part:
    """Read a table flowed one cell per line (``pdftotext`` default mode)."""
    toks = _classify(lines, hints)
    body: list[_Token] = []
    notes: list[Cell] = []
    seen_value = False
    end = lines[0].start if lines else 0
    k = 0
    while k < len(toks):
        t = toks[k]
        if t.kind == "P" or (t.kind == "N" and seen_value):
            break
        if t.kind == "N":
            notes.append(t.cell)
            k += 1
            continue
        seen_value = seen_value or t.kind == "V"
        body.append(t)
        if t.kind != "B":
            end = t.line.end
        k += 1
    while k < len(toks) and toks[k].kind in "NB":
        if toks[k].kind == "N":
            notes.append(toks[k].cell)
            end = toks[k].line.end
        k += 1
    while body and (body[0].kind == "B" or (body[0].kind == "V" and _PAGE_NUMBER.fullmatch(
            body[0].cell.text))):
        body = body[1:]
    header: list[Cell] = []
    first = next((t for t in body if t.kind != "B"), None)
    if first is not None and first.kind == "L" and not _hinted_text(first.line.text, hints):
        header = [first.cell]
        body = [t for t in body if t is not first]
    blocks = _blocks(body)
    if not blocks:
        return _Part(header, [], notes, end, ["empty table"])
    first_row = _first_row(blocks)
    part = _flowed_entities(blocks, header, hints)
    if part is None and first_row is not None:
        part = _flowed_rows(blocks, first_row, header, hints)
    elif part is None:
        part = _flowed_columns(blocks, header, hints)
    part.notes = notes
    part.end = end
    return part


def _first_row(blocks: list[list[_Token]]) -> int | None:
    """Where a flowed table printed row by row (label, its values, the next label, ...)
    starts its rows; None if it is printed column by column."""
    if any(len(b) > 2 and b[0].kind == "L" for b in blocks):
        return None
    kinds = ["".join(sorted({t.kind for t in b})) for b in blocks]
    labels = [i for i, k in enumerate(kinds) if k == "L"]
    values = [i for i, k in enumerate(kinds) if "V" in k]
    interleaved = any(a < v < b for a, b in itertools.pairwise(labels) for v in values)
    starts = [i for i in labels if i + 1 < len(blocks) and "V" in kinds[i + 1]]
    return starts[0] if len(values) >= 2 and interleaved and starts else None


def _flowed_rows(blocks: list[list[_Token]], first_row: int, header: list[Cell],
                 hints: LabelHints) -> _Part:
    """Rebuild a flowed table printed row by row: header blocks, then label, values, ...

    Labels printed together take the values after them in order, a full row each, the last
    the rest; values beyond go to the next labels printed without values.
    """
    header = header + [t.cell for b in blocks[:first_row] for t in b]
    runs: list[tuple[list[Cell], list[Cell]]] = []
    for b in blocks[first_row:]:
        for t in b:
            if t.kind != "L":
                if runs:
                    runs[-1][1].append(t.cell)
                continue
            if runs and not runs[-1][1]:
                labels = runs[-1][0]
                if _continues(labels[-1].text, t.cell.text, hints):
                    labels[-1] = _join([labels[-1], t.cell])
                else:
                    labels.append(t.cell)
                continue
            runs.append(([t.cell], []))
    width = len(header) - 1 if len(header) > 1 else max((len(v) for _, v in runs), default=1)
    warnings: list[str] = []
    rows: list[list[Cell]] = []
    carry: list[Cell] = []
    for labels, values in runs:
        values = carry + values
        for label in labels:
            take = values[:width]
            values = values[len(take):]
            rows.append([label, *[_empty(label.end)] * (width - len(take)), *take])
        carry = values
    if carry:
        warnings.append(f"{len(carry)} values after the last row label; left out")
    rows = _drop_trailing_headings(rows, hints)
    return _Part(header, rows, [], 0, warnings)


@dataclass
class _Chunk:
    """A run of value lines of one column, with the heading printed above it (if any)."""

    heading: list[Cell]
    values: list[Cell]


@dataclass
class _Group:
    """Row labels and the value chunks that follow them."""

    labels: list[Cell] = field(default_factory=list)
    chunks: list[_Chunk] = field(default_factory=list)
    after_lost: set[Cell] = field(default_factory=set)


def _flowed_columns(blocks: list[list[_Token]], header: list[Cell],
                    hints: LabelHints) -> _Part:
    """Rebuild a flowed table printed column by column."""
    queue: list[Cell] = []
    groups: list[_Group] = []
    for b in blocks:
        kinds = [t.kind for t in b]
        cells = [t.cell for t in b]
        if "V" not in kinds:
            labels = [c for c, k in zip(cells, kinds, strict=True) if k == "L"]
            years = [c for c, k in zip(cells, kinds, strict=True) if k == "Y"]
            known = labels and all(hints.is_header(normalise_label(c.text)) for c in labels)
            if not labels or known or (not groups and len(b) == 1
                                       and not _hinted_text(cells[0].text, hints)):
                queue += cells
                continue
            if not groups or groups[-1].chunks:
                groups.append(_Group())
            groups[-1].labels += labels
            queue += years
            continue
        lead = next(k for k, kind in enumerate(kinds) if kind == "V")
        if not groups and len(b) == 1 and _PAGE_NUMBER.fullmatch(cells[0].text):
            continue
        heading = cells[:lead]
        if lead > 2 or any(_hinted_text(c.text, hints) for c in heading):
            if not groups or groups[-1].chunks:
                groups.append(_Group())
            groups[-1].labels += [c for c in heading if not _YEAR_RE.fullmatch(c.text)]
            heading = [c for c in heading if _YEAR_RE.fullmatch(c.text)]
        if not groups:
            groups.append(_Group())
        chunk = _Chunk(heading, [])
        for t in b[lead:]:
            if t.kind == "V":
                chunk.values.append(t.cell)
                if t.after_lost:
                    groups[-1].after_lost.add(t.cell)
            else:
                groups[-1].chunks.append(chunk)
                chunk = _Chunk([t.cell], [])
        groups[-1].chunks.append(chunk)
    columns = _column_headings(groups, queue)
    warnings: list[str] = []
    rows: list[list[Cell]] = []
    for g in groups:
        if not g.labels:
            warnings.append(f"{sum(len(c.values) for c in g.chunks)} values without row labels")
            continue
        if columns:
            rows += _fill_group(g, len(columns), hints, warnings)
        else:
            rows += _fill_unheaded(g, hints, warnings)
    rows = _drop_trailing_headings(rows, hints)
    return _Part(header + columns, rows, [], 0, warnings)


def _fill_unheaded(g: _Group, hints: LabelHints, warnings: list[str]) -> list[list[Cell]]:
    """Rows of a label group whose columns print no heading (OCR of column blocks): the
    values are read as whole columns one after the other, in as many columns as fit."""
    values = [v for c in g.chunks for v in c.values]
    for ncols in _COLUMN_GUESSES:
        if not values or len(values) % ncols:
            continue
        size = len(values) // ncols
        chunks = [_Chunk([], values[k * size : (k + 1) * size]) for k in range(ncols)]
        trial: list[str] = []
        rows = _fill_group(_Group(g.labels, chunks), ncols, hints, trial)
        bare = [r for r in rows if not any(c.text for c in r[1:])
                and not hints.is_heading(normalise_label(r[0].text))]
        if not bare and not any(w.startswith("cannot") for w in trial):
            warnings += [*trial, f"no column headings; read {ncols} whole columns"]
            return rows
    rows = _fill_short(g, hints, warnings)
    if rows is not None:
        return rows
    warnings.append(f"cannot place {len(values)} values without column headings")
    return [[c] for c in g.labels]


def _fill_short(g: _Group, hints: LabelHints, warnings: list[str]) -> list[list[Cell]] | None:
    """Rows of an unheaded label group whose columns OCR left short of cells.

    Every label line must be a known row label or sub-heading, so the rows are certain. The
    columns are cut at the breaks between value runs, each column no longer than the rows
    and at least one whole, each starting with a value that fits the first row; only one cut
    may do. A whole column is read down the rows; a short one from the top down to the first
    value after a lost cell (a split citation), the values below it left out. None when no
    single reading is certain.
    """
    if not g.labels or not all(_hinted_text(c.text, hints) for c in g.labels):
        return None
    headings = [hints.is_heading(normalise_label(c.text)) for c in g.labels]
    first = next((c for c, h in zip(g.labels, headings, strict=True) if not h), None)
    if first is None:
        return None
    n = headings.count(False)
    ends = list(itertools.accumulate(len(c.values) for c in g.chunks))
    values = [v for c in g.chunks for v in c.values]
    cuts = [(0, *inner, len(values)) for ncols in _COLUMN_GUESSES
            for inner in itertools.combinations(ends[:-1], ncols - 1)]
    fits = [cut for cut in cuts
            if all(0 < b - a <= n for a, b in itertools.pairwise(cut))
            and any(b - a == n for a, b in itertools.pairwise(cut))
            and not hints.misfits(normalise_label(first.text), [values[a] for a in cut[:-1]])]
    if len(fits) != 1:
        return None
    notes: list[str] = []
    columns: list[list[Cell | None]] = []
    for k, (a, b) in enumerate(itertools.pairwise(fits[0]), start=1):
        column: list[Cell | None] = list(values[a:b])
        if b - a < n:
            stop = next((i for i in range(1, b - a) if values[a + i] in g.after_lost), 0)
            notes.append(f"{b - a} values for {n} rows in column {k}; read the first {stop}, "
                         f"left out {b - a - stop}" + (" after a lost cell" if stop else ""))
            column = column[:stop]
        columns.append(column + [None] * (n - len(column)))
    if _direct(g.labels, [n], columns, hints) is None:
        return None
    warnings += [*notes, f"no column headings; read {len(columns)} columns short of cells"]
    rows: list[list[Cell]] = []
    k = 0
    for label, heading in zip(g.labels, headings, strict=True):
        if heading:
            rows.append([label, *[_empty(label.end)] * len(columns)])
            continue
        rows.append([label, *[_cell_at(col, k, label.end) for col in columns]])
        k += 1
    return rows


def _column_headings(groups: list[_Group], queue: list[Cell]) -> list[Cell]:
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
            head = _join(c.heading)
            name = normalise_label(head.text)
            if not re.search(r"[A-Za-z]|^(?:19|20)\d\d", head.text):
                c.heading = []
                continue
            if name in names:
                break
            names.append(name)
            columns.append(head)
    return columns or queue


def _strict_round(chunks: list[_Chunk], i: int,
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


def _rounds(chunks: list[_Chunk], ncols: int,
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


def _stray(chunk: _Chunk) -> bool:
    """Whether a chunk is a lone bare number without heading or citation (a page number)."""
    return not chunk.heading and len(chunk.values) == 1 and bool(
        _PAGE_NUMBER.fullmatch(chunk.values[0].text))


def _fill_group(g: _Group, ncols: int, hints: LabelHints,
                warnings: list[str]) -> list[list[Cell]]:
    """Rows of one label group: labels rebuilt to fit the values, values placed by column."""
    rounds = _rounds(g.chunks, ncols, warnings)
    if rounds is None:
        warnings.append(
            f"cannot place {sum(len(c.values) for c in g.chunks)} values in {ncols} columns")
        rounds = []
    columns = [[c for r in rounds for c in r[k]] for k in range(ncols)]
    sizes = [len(r[0]) for r in rounds]
    labels = _direct(g.labels, sizes, columns, hints) if rounds else None
    sure = labels is not None
    labels = labels or _segment(g.labels, sizes if rounds else None, columns, hints)
    if labels is None:
        warnings.append(f"cannot fit {len(g.labels)} label lines to {sum(sizes)} rows")
        labels = _segment(g.labels, None, [], hints) or [(c, False) for c in g.labels]
        columns = [[] for _ in range(ncols)]
    other = _places(labels if sure else (
        _segment(g.labels, sizes if rounds else None, columns, hints, late=True) or labels))
    rows = []
    k = 0
    for label, heading in labels:
        if heading:
            rows.append([label, *[_empty(label.end)] * ncols])
            continue
        if other.get((label.start, label.end)) == k:
            rows.append([label, *[_cell_at(col, k, label.end) for col in columns]])
        else:
            warnings.append(f"row {label.text!r} could take other values; left empty")
            rows.append([label, *[_empty(label.end)] * ncols])
        k += 1
    return rows


def _direct(lines: list[Cell], sizes: list[int], columns: list[list[Cell | None]],
            hints: LabelHints) -> list[tuple[Cell, bool]] | None:
    """One row per label line, when that fits the values exactly (the common case): known
    sub-headings without values, every other line taking the next values, none misfit."""
    headings = [hints.is_heading(normalise_label(c.text)) for c in lines]
    if len(lines) - sum(headings) != sum(sizes):
        return None
    k = 0
    for line, heading in zip(lines, headings, strict=True):
        if heading:
            continue
        cells = [c for col in columns if k < len(col) and (c := col[k]) is not None]
        if hints.misfits(normalise_label(line.text), cells):
            return None
        k += 1
    return list(zip(lines, headings, strict=True))


def _places(labels: list[tuple[Cell, bool]]) -> dict[tuple[int, int], int]:
    """Which values (by position) each row of a split takes, keyed by the row's span."""
    out: dict[tuple[int, int], int] = {}
    k = 0
    for label, heading in labels:
        if not heading:
            out[(label.start, label.end)] = k
            k += 1
    return out


def _cell_at(column: list[Cell | None], k: int, at: int) -> Cell:
    """The ``k``-th cell of a column, or an empty cell where there is none."""
    cell = column[k] if k < len(column) else None
    return cell if cell is not None else _empty(at)


def _row_costs(lines: list[Cell], hints: LabelHints) -> dict[tuple[int, int], tuple[float, bool]]:
    """The cost of every run of up to ``_MAX_WRAP`` lines taken as one row label."""
    n = len(lines)
    return {(i, j): _row_cost(lines[i:j], hints)
            for i in range(n) for j in range(i + 1, min(n, i + _MAX_WRAP) + 1)}


def _row_cost(lines: list[Cell], hints: LabelHints) -> tuple[float, bool]:
    """Cost of taking these lines as one row label, and whether it is a known sub-heading."""
    whole = _join(lines)
    norm = normalise_label(whole.text)
    if hints.is_heading(norm):
        return 0.0, True
    if hints.is_label(norm):
        return 0.0, False
    cost = 4.0 + (2.0 if whole.text[:1].islower() else 0.0)
    for a, b in itertools.pairwise(lines):
        cost += 0.5 if (_CONNECTOR_END.search(a.text) or b.text[:1].islower()) else 6.0
        if _hinted_text(a.text, hints) or _hinted_text(b.text, hints):
            cost += 6.0
    return cost, False


def _segment(lines: list[Cell], sizes: list[int] | None, columns: list[list[Cell | None]],
             hints: LabelHints, late: bool = False) -> list[tuple[Cell, bool]] | None:
    """Split label lines into rows (wrapped labels joined), ``sum(sizes)`` of them with values.

    Sub-headings (rows without values) are the hinted ones, or, at extra cost, short rows
    standing where a run of values starts (``sizes`` are the runs). A row whose values do not
    fit its label (hints) costs more. Of equally good splits the first found is kept, or the
    last with ``late``. Returns (label, is_heading) pairs in order, or None when no split
    fits.
    """
    n = len(lines)
    target = sum(sizes) if sizes is not None else None
    starts = {0}
    for s in (sizes or [])[:-1]:
        starts.add(max(starts) + s)
    costs = _row_costs(lines, hints)

    @cache
    def misfit(i: int, j: int, k: int) -> float:
        """Penalty for giving the ``k``-th values to the row of lines ``i:j``."""
        cells = [c for col in columns if k < len(col) and (c := col[k]) is not None]
        return _MISFIT * hints.misfits(normalise_label(_join(lines[i:j]).text), cells)

    Back = tuple[int, int, bool]
    best: dict[tuple[int, int], tuple[float, Back | None]] = {(0, 0): (0.0, None)}
    at: dict[int, set[int]] = {0: {0}}
    for i in range(n):
        for k in sorted(at.get(i, ())):
            base = best[(i, k)][0]
            for j in range(i + 1, min(n, i + _MAX_WRAP) + 1):
                cost, heading = costs[(i, j)]
                options: list[tuple[float, int, bool]] = []
                if heading:
                    options.append((cost + (0.0 if k in starts else 2.0), k, True))
                elif target is None or k < target:
                    options.append((cost + misfit(i, j, k), k + 1, False))
                if not heading and k in starts and j - i == 1 and target is not None:
                    extra = _KNOWN_AS_HEADING if hints.is_label(
                        normalise_label(lines[i].text)) else 1.0
                    options.append((cost + extra, k, True))
                for c, k2, h in options:
                    old = best.get((j, k2), (float("inf"), None))[0]
                    if base + c < old - 1e-9 or (late and abs(base + c - old) < 1e-9):
                        best[(j, k2)] = (base + c, (i, k, h))
                        at.setdefault(j, set()).add(k2)
    ends = [(v[0], key) for key, v in best.items()
            if key[0] == n and (target is None or key[1] == target)]
    if not ends:
        return None
    key = min(ends)[1]
    out: list[tuple[Cell, bool]] = []
    while key != (0, 0):
        back = best[key][1]
        if back is None:
            break
        i, k, h = back
        out.append((_join(lines[i : key[0]]), h))
        key = (i, k)
    return out[::-1]


# ------------------------------------------------------------------ entity columns


def _has_entity_column(header: list[Cell]) -> bool:
    """Whether a table's headings include the "Related Entity" column."""
    return any(normalise_label(h.text) == ENTITY_HEADING for h in header)


def entity_parts(name: str) -> frozenset[str]:
    """The entities a printed entity name covers, case-folded ("FBiH/RS/BD" -> 3)."""
    return frozenset(p.casefold() for p in _ENTITY_JOIN.split(name) if p.strip())


def entity_groups(cells: list[Cell]) -> list[list[Cell]]:
    """Split a run of entity names into the names of one row label each: a name covering an
    entity the current group already names starts the next group."""
    groups: list[list[Cell]] = []
    seen: set[str] = set()
    for cell in cells:
        parts = entity_parts(cell.text)
        if not groups or parts & seen:
            groups.append([])
            seen = set()
        groups[-1].append(cell)
        seen |= parts
    return groups


def _attach_entities(labels: list[int], runs: list[tuple[list[list[Cell]], int]]
                     ) -> dict[int, list[Cell]] | None:
    """The entity names of each label, by the label's position in ``labels``.

    ``labels`` are the positions (in print order) of the labels that take values; ``runs``
    the entity groups of each run of names with the position it is printed at. One group
    per label when the counts agree (every row names its entity); else each run's groups
    belong to the labels printed just before the run. None when a run has fewer labels
    before it than groups.
    """
    groups = [(g, at) for run, at in runs for g in run]
    if len(groups) == len(labels):
        return {k: g for k, (g, _) in enumerate(groups)}
    out: dict[int, list[Cell]] = {}
    taken = -1
    for run, at in runs:
        free = [k for k, pos in enumerate(labels) if pos < at and k > taken]
        if len(free) < len(run):
            return None
        for k, group in zip(free[len(free) - len(run):], run, strict=True):
            out[k] = group
        taken = max(out) if out else taken
    return out


def _entity_lines(block: list[_Token], hints: LabelHints) -> list[Cell] | None:
    """The entity names of a block of label lines (a "Related Entity" heading dropped, a name
    wrapped after "/" or "and" joined); None when a line is a row label, part of a wrapped
    one, or too long for a name."""
    cells = [t.cell for t in block if not hints.is_header(normalise_label(t.cell.text))]
    for a, b in itertools.pairwise(cells):
        if _hinted_text(f"{a.text} {b.text}", hints):
            return None
    if any(_hinted_text(c.text, hints) or len(c.text.split()) > _ENTITY_WORDS for c in cells):
        return None
    names: list[Cell] = []
    for cell in cells:
        if names and _CONNECTOR_END.search(names[-1].text):
            names[-1] = _stack_text([names[-1], cell])
        else:
            names.append(cell)
    return names


def _block_kind(block: list[_Token], hints: LabelHints) -> str:
    """What a block of a flowed table holds: values, years, labels, entities or both kinds."""
    kinds = {t.kind for t in block}
    if "V" in kinds:
        return "mixed" if "L" in kinds else "values"
    if kinds == {"Y"}:
        return "years"
    lines = [t for t in block if t.kind == "L"]
    return "entities" if _entity_lines(lines, hints) is not None else "labels"


def _flowed_entities(blocks: list[list[_Token]], header: list[Cell],
                     hints: LabelHints) -> _Part | None:
    """Rebuild a flowed table with a "Related Entity" column: one row per label and entity.

    Label blocks give the row labels (wrapped labels joined, sub-headings kept); blocks of
    entity names give, run by run, the entities of the labels (``_attach_entities``); the
    value blocks give the columns. None when the table shows no such column (no block of
    entity names before its last values, or, without the heading, no run of two names), or
    when it cannot be rebuilt and does not print the heading either.
    """
    if hints.labels is None:
        return None
    kinds = [_block_kind(b, hints) for b in blocks]
    values = [i for i, k in enumerate(kinds) if k == "values"]
    if "mixed" in kinds or not values:
        return None
    at = blocks[0][0].line.start
    printed = [t.cell for b in blocks for t in b if normalise_label(t.cell.text) == ENTITY_HEADING]
    named = bool(printed)
    runs = _entity_runs(blocks, kinds, values[-1], hints)
    if not runs or not (named or any(sum(map(len, r)) > 1 for r, _ in runs)):
        return None
    labels = _flowed_labels(blocks, kinds, hints)
    takers = [k for k, (_, heading, _) in enumerate(labels) if not heading]
    owners = _attach_entities([labels[k][2] for k in takers], runs)
    chunks, queue = _value_chunks(blocks, kinds)
    columns = _column_headings([_Group([], chunks)], queue)
    warnings: list[str] = []
    rounds = _rounds(chunks, len(columns), warnings) if columns and owners is not None else None
    head = [header[0] if header else _empty(at),
            printed[0] if printed else Cell("Related Entity", at, at), *columns]
    rows = _entity_rows(labels, {takers[k]: g for k, g in (owners or {}).items()})
    filled = _fill_entity_rows(rows, rounds, len(columns))
    if filled is None:
        if not named:
            return None
        count = sum(1 for r in rows if r[2])
        return _Part(head, [], [], 0, [*warnings, f"{count} label and entity rows do not fit "
                                       "the values of each column; left out"])
    return _Part(head, filled, [], 0, warnings)


def _entity_runs(blocks: list[list[_Token]], kinds: list[str], last: int,
                 hints: LabelHints) -> list[tuple[list[list[Cell]], int]]:
    """The entity groups of each run of entity blocks printed before block ``last`` (blocks
    with no label block between them are one run), with the index of its first block."""
    runs: list[tuple[list[Cell], int]] = []
    joining = False
    for i in range(last):
        if kinds[i] == "labels":
            joining = False
        if kinds[i] != "entities":
            continue
        names = _entity_lines([t for t in blocks[i] if t.kind == "L"], hints) or []
        if joining:
            runs[-1][0].extend(names)
        elif names:
            runs.append((names, i))
            joining = True
    return [(entity_groups(names), at) for names, at in runs]


def _flowed_labels(blocks: list[list[_Token]], kinds: list[str],
                   hints: LabelHints) -> list[tuple[Cell, bool, int]]:
    """The row labels of the label blocks: (label, is a sub-heading, block index)."""
    out: list[tuple[Cell, bool, int]] = []
    for i, (block, kind) in enumerate(zip(blocks, kinds, strict=True)):
        if kind != "labels":
            continue
        lines = [t.cell for t in block if t.kind == "L"
                 and not hints.is_header(normalise_label(t.cell.text))]
        split = _segment(lines, None, [], hints) or [
            (c, hints.is_heading(normalise_label(c.text))) for c in lines]
        out += [(label, heading, i) for label, heading in split]
    return out


def _value_chunks(blocks: list[list[_Token]], kinds: list[str]
                  ) -> tuple[list[_Chunk], list[Cell]]:
    """The value chunks of the value blocks, and the year headings printed apart."""
    chunks: list[_Chunk] = []
    queue: list[Cell] = []
    for block, kind in zip(blocks, kinds, strict=True):
        if kind == "years":
            queue += [t.cell for t in block]
        if kind != "values":
            continue
        lead = next(k for k, t in enumerate(block) if t.kind == "V")
        chunk = _Chunk([t.cell for t in block[:lead]], [])
        for t in block[lead:]:
            if t.kind == "V":
                chunk.values.append(t.cell)
            else:
                chunks.append(chunk)
                chunk = _Chunk([t.cell], [])
        chunks.append(chunk)
    return chunks, queue


def _entity_rows(labels: list[tuple[Cell, bool, int]],
                 owners: dict[int, list[Cell]]) -> list[tuple[Cell, Cell, bool]]:
    """(label, entity, takes values) rows: one per entity of a label, one for a label
    without entities, and the sub-headings."""
    out: list[tuple[Cell, Cell, bool]] = []
    for k, (label, heading, _) in enumerate(labels):
        if heading:
            out.append((label, _empty(label.end), False))
            continue
        for n, entity in enumerate(owners.get(k) or [_empty(label.end)]):
            out.append((label if n == 0 else _empty(label.end), entity, True))
    return out


def _fill_entity_rows(rows: list[tuple[Cell, Cell, bool]],
                      rounds: list[list[list[Cell | None]]] | None,
                      ncols: int) -> list[list[Cell]] | None:
    """The rows with their values, column by column in print order; None when the values
    of a column are not one per row."""
    if rounds is None:
        return None
    columns = [[c for r in rounds for c in r[k]] for k in range(ncols)]
    takers = sum(1 for _, _, takes in rows if takes)
    if any(len(col) != takers for col in columns):
        return None
    out: list[list[Cell]] = []
    k = 0
    for label, entity, takes in rows:
        if not takes:
            out.append([label, entity, *[_empty(label.end)] * ncols])
            continue
        out.append([label, entity, *[_cell_at(col, k, label.end) for col in columns]])
        k += 1
    return out
