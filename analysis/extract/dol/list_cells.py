"""Cells and lines of the DOL list tables, shared by their readers (``sectors``,
``ratifications``, ``laws``, ``actions``): label files, marks and citations, the lines of a
table's region, flowed-text tests, and the pairing of a label block with a cell block.

pdftotext's flowed text prints each column of a table as its own block of lines, which the
generic table reader cannot pair back into rows; the readers then work on the lines of the
table (``region_lines``) and keep only the pairings the text makes certain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from analysis.extract.tables.blocks import PAGE_NUMBER, furniture_line
from analysis.notation import CITATION, MARKS, citation_items
from analysis.repair.base import squeeze
from analysis.repair.furniture import running_heads

if TYPE_CHECKING:
    from collections.abc import Iterable

    from analysis.extract.tables.cells import Cell, Table

#: A citation group in a cell: " (21; 22)", " (1-5)", "†(3, 10)". It must follow a space, a
#: mark or the cell start (so "26.1(2)" stays) and end the cell or a ";"-part.
_CITATION = re.compile(rf"(?<![^\s{MARKS}])({CITATION})(?=\s*(?:[;,.]|$))")


def first_match(rows: Iterable[dict[str, str]], label: str) -> dict[str, str] | None:
    """The first label-file row whose pattern is found in ``label``."""
    for row in rows:
        if re.search(row["pattern"], label, re.IGNORECASE):
            return row
    return None


def cell_text(cell: Cell, text: str) -> str:
    """A cell's text, whitespace collapsed, and a word broken after its hyphen at a line end
    rejoined ("Non- state" -> "Non-state" unless the text prints "Non- state" itself)."""
    out = re.sub(r"\s+", " ", cell.text).strip()
    out = re.sub(r"\s+([,.;:)])", r"\1", out)
    out = re.sub(r"\(\s+", "(", out)
    span = text[cell.start : cell.end]

    def rejoin(m: re.Match[str]) -> str:
        printed = re.search(rf"{re.escape(m.group(1))}- {re.escape(m.group(2))}", span)
        return m.group(0) if printed else f"{m.group(1)}-{m.group(2)}"

    return re.sub(r"(\w+)- (\w+)", rejoin, out)


def split_marks(value: str) -> tuple[str, set[str]]:
    """Remove the table marks († ‡ *) from a value; return it cleaned and the marks found."""
    marks = {ch for ch in value if ch in MARKS}
    out = re.sub(rf"[{MARKS}]", "", value)
    out = re.sub(r"\s+([,.;:)])", r"\1", re.sub(r"\s+", " ", out)).strip()
    return out, marks


def _expand(item: str) -> list[str]:
    """Reference numbers of one citation item: "7" -> [7], "1-3" -> [1, 2, 3], "12a" -> [12a]."""
    bounds = re.split(r"[-–]", item)
    if len(bounds) == 2 and all(b.isdigit() for b in bounds) and int(bounds[0]) < int(bounds[1]):
        return [str(n) for n in range(int(bounds[0]), int(bounds[1]) + 1)]
    return [str(int(b)) if b.isdigit() else b for b in bounds]


def split_citations(value: str) -> tuple[str, str]:
    """Remove citation groups from a value; return it and the numbers ';'-joined in order."""
    numbers: list[str] = []
    for m in _CITATION.finditer(value):
        for item in citation_items(m.group(1)):
            numbers += [n for n in _expand(item) if n not in numbers]
    out = _CITATION.sub("", value)
    out = re.sub(r"\s+([,.;:)])", r"\1", re.sub(r"\s+", " ", out)).strip()
    return out, ";".join(numbers)


def row_span(row: list[Cell] | list[Line]) -> tuple[int, int]:
    """Offsets from the first to the last non-empty cell of a row."""
    cells = [c for c in row if c.text.strip()] or row
    return min(c.start for c in cells), max(c.end for c in cells)


def header_columns(table: Table, kinds: dict[str, str]) -> dict[str, int]:
    """Column index of each kind whose pattern matches a heading of ``table``."""
    found: dict[str, int] = {}
    for i, cell in enumerate(table.header):
        for kind, pattern in kinds.items():
            if kind not in found and re.search(pattern, cell.text, re.IGNORECASE):
                found[kind] = i
                break
    return found


def cell_at(row: list[Cell], index: int | None) -> Cell | None:
    """The row's cell at ``index``, or None when the row is shorter or there is no column."""
    if index is None or index >= len(row):
        return None
    return row[index]


@dataclass(frozen=True)
class Line:
    """One line of a table region, stripped, with its offsets ("" for a blank line)."""

    text: str
    start: int
    end: int


#: A cell's citation group printed apart from it by spaces, at the line's end.
_WIDE_CITATION = re.compile(rf" {{3,}}{CITATION}\s*$")
#: A numbered section heading of a profile ("III.<tab>Enforcement of Laws ...").
_SECTION_HEADING = re.compile(r"[IVX]{1,4}\.\s+[A-Z]")
TITLE_LINE = re.compile(r"^[ \t\f]*(?:\*\*|#+[ \t]*)?Table[ \t]+(\d{1,2})[ \t]*[.:]", re.MULTILINE)
_CITED_END = re.compile(rf"(?<![^\s{MARKS}]){CITATION}[\s.]*$")


def region_lines(table: Table, text: str) -> list[Line]:
    """The lines after a table's title up to the next table with another number."""
    end = len(text)
    for m in TITLE_LINE.finditer(text, table.start + 1):
        if table.number is None or int(m.group(1)) != table.number:
            end = m.start()
            break
    body = text.find("\n", table.start, end)
    out: list[Line] = []
    pos = end if body < 0 else body + 1
    for raw in text[pos:end].split("\n"):
        lead = len(raw) - len(raw.lstrip())
        stripped = raw.strip()
        out.append(Line(stripped, pos + lead, pos + lead + len(stripped)))
        pos += len(raw) + 1
    return out


def is_flowed(lines: list[Line], heading: str) -> bool:
    """Whether a table region is pdftotext flowed text, one cell per line: a column heading
    stands alone on one of its first lines and no line holds cells side by side (a section
    heading after the table, "III.<tab>Enforcement", holds no cells, nor does a cell's own
    citation set apart by spaces, "Penal Code   (11, 12)")."""
    return heading_alone(lines, heading) and not side_by_side(lines)


def heading_alone(lines: list[Line], heading: str) -> bool:
    """Whether a column heading stands alone on one of a table region's first lines, as
    flowed text prints it (one cell per line)."""
    return any(re.fullmatch(heading, ln.text, re.IGNORECASE) for ln in lines[:12])


def side_by_side(lines: list[Line]) -> bool:
    """Whether a line holds cells side by side (a tab, a pipe or a wide gap between words;
    not a section heading's tab nor a cell's own citation set apart by spaces)."""
    return any(re.search(r"\t|\||\S {3,}\S", _WIDE_CITATION.sub("", ln.text))
               for ln in lines if not _SECTION_HEADING.match(ln.text))


def ends_cited(line: str) -> bool:
    """Whether a line ends with a citation group (the last line of a cited cell)."""
    return bool(_CITED_END.search(line))


def join_text(first: str, second: str) -> str:
    """Two printed lines of one cell as one: a space between, none after a word broken at its
    hyphen ("Non-" / "state" -> "Non-state")."""
    if not first or not second:
        return first or second
    glue = "" if re.search(r"[A-Za-z]-$", first) else " "
    return f"{first}{glue}{second}"


def join_lines(lines: list[Line]) -> Line:
    """Several lines of one wrapped cell as one."""
    joined = ""
    for ln in lines:
        joined = join_text(joined, ln.text)
    return Line(joined, lines[0].start, lines[-1].end)


def cited_cells(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """Wrapped cells of a run of lines, each ending at a citation group, and the lines left
    over after the last one."""
    cells: list[Line] = []
    pending: list[Line] = []
    for ln in lines:
        pending.append(ln)
        if ends_cited(ln.text):
            cells.append(join_lines(pending))
            pending = []
    return cells, pending


TITLES = {
    "sector_activities": r"children.s work by sector",
    "ratifications": r"ratification of international conventions",
    "laws": r"laws and regulations (?:related to|on) child labou?r",
    "suggested_actions": r"suggested (?:government )?actions",
}


def tables_titled(tables: list[Table], kind: str) -> list[Table]:
    """The tables whose title names this kind of list, in document order."""
    return [t for t in tables
            if t.kind == kind or re.search(TITLES[kind], t.title, re.IGNORECASE)]


def labels_by_order(labels: list[str], count: int, carried: str) -> list[str]:
    """The first-column label of each of ``count`` cells printed as a separate block, where
    the order alone makes it certain ("" where it does not).

    Cells are in row order and each label has at least one; cells before the first label's
    may continue the label carried over from the page before (any number of them, none
    included). Cell i can then only belong to the labels from the one that leaves enough
    cells for the labels after it, to the i-th; a cell with one label in that range is
    that label's (the first cell, and the last, always are).
    """
    out: list[str] = []
    first = 0 if carried else 1
    for i in range(1, count + 1):
        low, high = max(first, len(labels) - (count - i)), min(i, len(labels))
        out.append(([carried, *labels][low] if low == high else "") if labels else carried)
    return out


def pair_labels(labels: list[str], count: int, carried: str) -> list[str] | None:
    """The first-column label of each of ``count`` cells printed as a separate block, or None
    when the text does not say.

    Each label has at least one cell; cells before the first label's continue the label
    carried over from the page before. The pairing is certain when there are as many cells
    as labels, or one label (and nothing carried over, or the same label).
    """
    if not labels:
        return [carried] * count if carried else None
    if len(labels) == count:
        return labels
    if len(labels) == 1 and carried in ("", labels[0]):
        return labels * count
    return None


#: A line printed alone in title case with no sentence end ("Non-Independent Countries and
#: Territories"): a running head left by the page, not a cell that starts a row.
_TITLE_CASE = re.compile(
    r"(?:[A-Z][\w'’.,()-]*|of|and|the|de|du|des|la|et)"
    r"(?: (?:[A-Z(][\w'’.,()-]*|of|and|the|de|du|des|la|et))*")


def is_furniture(line: str) -> bool:
    """Whether a stripped line of a table region is page furniture: a running head in
    capitals, a page number, or a profile's assessment line in any case ("No Advancement")."""
    return (furniture_line(line) or bool(PAGE_NUMBER.fullmatch(line))
            or bool(running_heads("dol_findings").heading.fullmatch(squeeze(line).upper())))


def is_title_case(line: str) -> bool:
    """Whether a line is words in title case only, without a sentence end (a running head)."""
    return bool(_TITLE_CASE.fullmatch(line)) and not line.endswith((".", "!", "?"))
