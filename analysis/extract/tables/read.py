"""A generic reader for the tables of report texts, in every layout the project meets.

Tables are found by their titles ("Table 6. Labor Law Enforcement ...", continued parts
"(Cont.)" merged into one table), then read by the reader of the text's layout:

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

from analysis.extract.tables.aligned import read_layout
from analysis.extract.tables.cells import (
    CONNECTOR_END,
    NO_HINTS,
    TITLE_RE,
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

_CONT_RE = re.compile(r"\s*\((?:cont\.?|continued)\)\s*$", re.IGNORECASE)
_FIGURE_RE = re.compile(r"\s+Figure\s*\d+\b.*$")


@dataclass
class _Title:
    """A table title found in the text."""

    number: int
    title: str
    cont: bool
    start: int
    body: int
    right: int | None


def _find_titles(text: str) -> list[_Title]:
    """Every table title line, with a wrapped title's second line; text printed beside the
    title (a figure) sets the right edge of the table."""
    out: list[_Title] = []
    for m in TITLE_RE.finditer(text):
        raw = m.group(2)
        wide = re.split(r"\s{3,}", raw)
        right = None
        if len(wide) > 1:
            right = m.start(2) - m.start() + raw.index(wide[1])
        title = _FIGURE_RE.sub("", wide[0])
        body = m.end()
        if CONNECTOR_END.search(title):
            nxt_end = text.find("\n", body + 1)
            nxt_end = len(text) if nxt_end < 0 else nxt_end
            nxt = text[body + 1 : nxt_end]
            parts = re.split(r"\s{3,}", nxt.strip())
            if parts[0] and len(parts[0].split()) <= 4 and not TITLE_RE.match(nxt):
                title = f"{title} {parts[0]}"
                if len(parts) > 1 and right is None:
                    right = nxt.index(parts[1])
                body = nxt_end
        cont = bool(_CONT_RE.search(title))
        title = _CONT_RE.sub("", title).strip().strip("*").strip()
        start = text.index("Table", m.start())
        out.append(_Title(int(m.group(1)), title, cont, start, body, right))
    return out


def read_tables(text: str, layout: str,
                hints: LabelHints | Callable[[str], LabelHints] | None = None,
                only: str | None = None) -> list[Table]:
    """Every table of a text (or those whose title matches the regex ``only``), continued
    parts merged, read by the reader of its layout with the label hints given (the same for
    every table, or chosen by a function of the table's title)."""
    titles = _find_titles(text)
    tables: list[Table] = []
    for i, t in enumerate(titles):
        if only and not re.search(only, t.title, re.IGNORECASE):
            continue
        limit = titles[i + 1].start if i + 1 < len(titles) else len(text)
        title_hints = hints(t.title) if callable(hints) else hints
        part = _read_part(text, t, limit, layout, title_hints or NO_HINTS)
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


def _read_part(text: str, title: _Title, limit: int, layout: str, hints: LabelHints) -> Part:
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
