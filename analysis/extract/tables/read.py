"""A generic reader for the tables of report texts, in every layout the project meets.

Tables are found by their titles (``titles``: "Table 6. Labor Law Enforcement ...", however
OCR printed "Table 6"; continued parts "(Cont.)" merged into one table, told apart by the
kind of table their words name, not by their numbers), then read by the reader of the
text's layout:

- ``markdown``: pipe rows; ``pdf_text``: tab-separated rows (an empty first cell continues
  the row above; ``table_delimited``);
- ``pdftotext_layout``: space-aligned columns placed by the header (one line, or three or
  five whose headings stack in the same columns), wrapped labels on the following or
  preceding lines (``table_aligned``);
- ``ocr_columns`` (and ``plain``, ``web_transcript``): one row per line with single spaces;
  value cells are peeled off the right end, the rest is the label (``table_ocr``);
- ``pdftotext_flowed``: one cell per line, row labels first and then each column as a block
  of lines (blocks of several columns may alternate when the table has sub-headings or
  crosses a page); rows are rebuilt from the number of values and, when the caller knows
  them, from the row labels the table can have (``LabelHints``); a "Related Entity" column
  (blocks of entity names, one run per label: "National Total", "Punjab", ...) is rebuilt
  into one row per label and entity when the names and the values fit the labels
  (``table_flowed``, ``table_blocks``, ``table_entities``).

Every cell keeps its offsets in the given text. A reader that cannot rebuild a table returns
what it can and says why in ``Table.warnings``; a value it cannot place with certainty is left
out rather than guessed. The cell, line and label types are in ``table_cells``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from analysis.extract.tables.aligned import read_layout
from analysis.extract.tables.cells import (
    CONNECTOR_END,
    NO_HINTS,
    Cell,
    LabelHints,
    Part,
    Table,
    empty_cell,
    normalise_label,
    text_lines,
)
from analysis.extract.tables.delimited import read_delimited
from analysis.extract.tables.entities import has_entity_column
from analysis.extract.tables.flowed import read_flowed
from analysis.extract.tables.ocr import read_peeled
from analysis.extract.tables.titles import CONT_RE, FIGURE_TAIL, match_title, title_kind

#: A sign or small letter OCR left alone between a title and the figure printed beside it:
#: not the figure's edge.
_LONE_SIGN = re.compile(r"[^\w\s]|[a-z]")


@dataclass(frozen=True)
class FoundTitle:
    """A table title found in the text."""

    number: int | None
    kind: str
    title: str
    cont: bool
    start: int
    body: int
    right: int | None


@lru_cache(maxsize=2)
def find_titles(text: str) -> tuple[FoundTitle, ...]:
    """Every table title line (``titles.match_title``), with a wrapped title's second line;
    text printed beside the title (a figure) sets the right edge of the table. Remembered
    for the last texts: the table readers and the coverage audit both ask for a text's
    titles, and every line of it is tried as one."""
    out: list[FoundTitle] = []
    pos = 0
    for line in text.split("\n"):
        found = match_title(line, pos)
        pos += len(line) + 1
        if found is None:
            continue
        raw = found.title.rstrip(" \t*")
        wide = [w for w in re.split(r"\s{3,}", raw) if not _LONE_SIGN.fullmatch(w)]
        right = None
        if len(wide) > 1:
            right = found.text_start - (pos - len(line) - 1) + raw.index(wide[1])
        title = FIGURE_TAIL.sub("", wide[0]).strip()
        body = pos - 1
        kind = found.kind
        nxt_end = text.find("\n", body + 1)
        nxt_end = len(text) if nxt_end < 0 else nxt_end
        nxt = text[body + 1 : nxt_end]
        parts = re.split(r"\s{3,}", nxt.strip())
        wrapped = f"{title} {parts[0]}"
        if (parts[0] and len(parts[0].split()) <= 4 and match_title(nxt) is None
                and (CONNECTOR_END.search(title) or (not kind and title_kind(wrapped)))):
            title = wrapped
            kind = kind or title_kind(wrapped)
            if len(parts) > 1 and right is None:
                right = nxt.index(parts[1])
            body = nxt_end
        cont = bool(CONT_RE.search(title))
        title = CONT_RE.sub("", title).strip().strip("*").strip()
        out.append(FoundTitle(found.number, kind, title, cont, found.start, body, right))
    return tuple(out)


def read_tables(text: str, layout: str,
                hints: LabelHints | Callable[[str], LabelHints] | None = None,
                kinds: set[str] | None = None) -> list[Table]:
    """Every table of a text (or those of the given kinds), continued parts merged, read by
    the reader of its layout with the label hints given (the same for every table, or chosen
    by a function of the kind of table its title names)."""
    titles = find_titles(text)
    tables: list[Table] = []
    for i, t in enumerate(titles):
        if kinds is not None and t.kind not in kinds:
            continue
        limit = titles[i + 1].start if i + 1 < len(titles) else len(text)
        title_hints = hints(t.kind) if callable(hints) else hints
        part = _read_part(text, t, limit, layout, title_hints or NO_HINTS)
        prev = tables[-1] if tables else None
        if prev and _continues(prev, t):
            _extend(prev, part)
            continue
        tables.append(Table(t.number, t.title, t.start, max(part.end, t.body), part.header,
                            part.rows, part.notes, part.warnings, kind=t.kind))
    return tables


def _continues(prev: Table, title: FoundTitle) -> bool:
    """Whether a title continues the table before it: the same kind (or, for tables of no
    known kind, the same number), marked as continued or repeating the title."""
    same = prev.kind == title.kind if title.kind else (
        prev.kind == "" and prev.number is not None and prev.number == title.number)
    return same and (title.cont or _same_title(prev.title, title.title))


def _same_title(a: str, b: str) -> bool:
    """Whether two titles name the same table (a repeated title on the next page)."""
    return normalise_label(a) == normalise_label(b)


def _extend(table: Table, part: Part) -> None:
    """Append a continued part to its table (an entity column only one of them prints is
    added, empty, to the other)."""
    if not table.header and part.header:
        table.header = part.header
    if has_entity_column(part.header) and not has_entity_column(table.header):
        table.header.insert(1, Cell("Related Entity", table.start, table.start))
        table.rows = [[r[0], empty_cell(r[0].end), *r[1:]] for r in table.rows]
    elif has_entity_column(table.header) and not has_entity_column(part.header):
        part.rows = [[r[0], empty_cell(r[0].end), *r[1:]] for r in part.rows]
    width = len(table.header)
    for row in part.rows:
        table.rows.append(row + [empty_cell(row[-1].end)] * (width - len(row)))
    table.notes += part.notes
    table.end = max(table.end, part.end)
    table.warnings += part.warnings


def _read_part(text: str, title: FoundTitle, limit: int, layout: str, hints: LabelHints) -> Part:
    """Read the region of one title with the reader of the layout."""
    lines = text_lines(text, title.body, limit)
    if lines and lines[0].text == "":
        lines = lines[1:]
    if layout == "markdown":
        return read_delimited(lines, "|")
    if layout == "pdf_text" and any("\t" in ln.text for ln in lines[:6]):
        return read_delimited(lines, "\t")
    if layout == "pdftotext_layout":
        return read_layout(lines, title.right, hints)
    if layout == "pdftotext_flowed":
        return read_flowed(lines, hints)
    return read_peeled(lines, hints)
