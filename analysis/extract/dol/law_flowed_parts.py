"""A flowed laws table's lines read into page parts of labels and value cells.

Flowed text (pdftotext without -layout) prints one cell per line, a page's labels and cells
in runs whose order is not the page's. This module only reads the lines: which are labels
(wrapped labels joined), which are Yes/No, age, N/A or legislation cells, and the breaks
between them, each part's items in text order; with the mends the lines alone allow (a value
printed inside a wrapped label, a label line carrying its Yes/No, a qualified cell split over
lines). Which cell belongs to which row is decided apart, by ``law_tiling`` and
``law_flowed``, on these parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from analysis.extract.dol.law_labels import known_label, label_rule
from analysis.extract.dol.law_rows import QUALIFIED, QUALIFIED_CELL, LabelReader, LawSlot
from analysis.extract.dol.list_cells import (
    TITLE_LINE,
    Line,
    cited_cells,
    ends_cited,
    join_lines,
    join_text,
    split_citations,
    split_marks,
)
from analysis.notation import MARKS

FLOWED_HEADINGS = re.compile(
    r"standard|meets international|(?:meets international )?standards:? yes/no|yes/no|age|"
    r"(?:related )?legislation|related entity|entity",
    re.IGNORECASE,
)
_YES_NO = re.compile(rf"(?:yes|no)[{MARKS}]*", re.IGNORECASE)
_AGE = re.compile(rf"(?:1\d|2[0-5])[{MARKS}]*")
#: A cell that gives neither Yes/No nor an age: "N/A", or "Unknown" (Tokelau 2015 prints it
#: for standards whose law research did not find); like "N/A" it may stand in either column.
_NA = re.compile(rf"(?:n/?a|unknown)[{MARKS}]*", re.IGNORECASE)
#: A number alone on a line that cannot be an age (a stray page or note number).
_NOISE = re.compile(r"\d|[1-9]\d\d")
_NOTE = re.compile(rf"[{MARKS}]+\s*[A-Z(]")
#: A label line that pdftotext printed with its Yes/No: "Prohibition of Using Children in Yes".
_LABEL_AND_VALUE = re.compile(rf"(.*[a-z,])\s+((?:Yes|No)[{MARKS}]*)")
SECTION = re.compile(r"[IVX]{1,4}\.\s+[A-Z]{2,}")


#: Lines this long are wider than any table column: running prose, or a legislation cell whose
#: two printed lines pdftotext joined (at a broken word, "Non-" + "Commercial").
PROSE_LENGTH = 100
#: A sentence's end inside or at the end of a line (". The", ".(12)", a final "."), which a
#: legislation cell does not print ("Act No. 7" and "Art. 24" go on with a figure).
SENTENCE_END = re.compile(r"\.(?:\s+[A-Z(]|\s*\(\d|\s*$)")
#: Most lines one wrapped law label spans.
MAX_WRAP = 4


@dataclass
class Part:
    """One page part of a flowed laws table: its labels' rows, its values in text order, each
    as (kind, text, how many of the part's labels were printed before it), and the order of
    both with the breaks between them (("label", slot), ("value", value), ("break", -1),
    ("top", -1) for the Yes/No column's heading)."""

    slots: list[LawSlot]
    values: list[tuple[str, str, int]]
    items: list[tuple[str, int]] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    tiled: bool = False


def value_kind(text: str) -> str:
    """"yes/no", "age" or "na" for a value line ("na*" for an N/A with a note mark, which
    pdftotext often prints apart from its row), "" for text."""
    if _NA.fullmatch(text) and re.search(r"[*†‡]", text):
        return "na*"
    for kind, rx in (("yes/no", _YES_NO), ("yes/no", QUALIFIED_CELL), ("age", _AGE),
                     ("na", _NA)):
        if rx.fullmatch(text):
            return kind
    return ""


def _is_prose(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is running prose, which ends the table: a line wider than a column
    that ends a sentence, or that the next printed line goes on as wide (a paragraph). One
    wide line alone without a sentence end is a cell pdftotext printed on one line."""
    if len(lines[i].text) < PROSE_LENGTH:
        return False
    after = next((ln.text for ln in lines[i + 1 :] if ln.text), "")
    return bool(SENTENCE_END.search(lines[i].text)) or len(after) >= PROSE_LENGTH


def _value_inside_label(lines: list[Line]) -> list[Line]:
    """The lines with a value printed between the two lines of a wrapped label put after the
    label ("Prohibition of Using Children in" / "Yes" / "Illicit Activities"): pdftotext
    printed the row's cell beside the label's first line, and the label's two lines make a
    standard that the first alone is not."""
    out = list(lines)
    for i in range(len(out) - 2):
        first, value, rest = out[i : i + 3]
        if (first.text and rest.text and value_kind(value.text) and not value_kind(rest.text)
                and not known_label(first.text) and known_label(join_text(first.text, rest.text))):
            out[i + 1], out[i + 2] = rest, value
    return out


def _join_qualified(lines: list[Line]) -> list[Line]:
    """The lines with the parts of a qualified Yes/No cell joined into one line: pdftotext
    prints "Combat: Yes" and "Non-Combat: Yes" (or "Combat:" over "Yes") as lines of their
    own, but they are one row's cell."""
    out: list[Line] = []
    cell: list[Line] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        split = (i + 1 < len(lines) and re.fullmatch(r"[A-Z][A-Za-z]*(?:[- ][A-Za-z]+)?:", ln.text)
                 and _YES_NO.fullmatch(lines[i + 1].text))
        part = Line(f"{ln.text} {lines[i + 1].text}", ln.start, lines[i + 1].end) if split else ln
        if re.fullmatch(QUALIFIED, part.text):
            cell.append(part)
            i += 2 if split else 1
            continue
        if cell:
            out.append(Line("; ".join(c.text for c in cell), cell[0].start, cell[-1].end))
            cell = []
        out.append(ln)
        i += 1
    if cell:
        out.append(Line("; ".join(c.text for c in cell), cell[0].start, cell[-1].end))
    return out


def flowed_lines(lines: list[Line]) -> tuple[list[list[Line | None]], bool]:
    """The lines of a flowed laws table in page parts (None for a break: a blank line, a
    heading or a value), a label printed with its Yes/No on one line split in two, the value
    put after the rest of the label wrapped onto the next lines; and whether the table has a
    "Meets International Standards" column."""
    parts: list[list[Line | None]] = [[]]
    meets = False
    held: Line | None = None
    lines = _join_qualified(_value_inside_label(lines))
    for i, ln in enumerate(lines):
        t = ln.text
        if _NOTE.match(t) or _is_prose(lines, i) or SECTION.match(t):
            break
        meets = meets or bool(re.match(r"meets international", t, re.IGNORECASE))
        text_line = bool(t) and not (TITLE_LINE.match(t) or FLOWED_HEADINGS.fullmatch(t)
                                     or _NOISE.fullmatch(t) or value_kind(t))
        if held and not text_line:
            parts[-1].append(held)
            held = None
        if TITLE_LINE.match(t):
            parts.append([])
        elif _YES_NO_HEADING.fullmatch(t):
            parts[-1].append(_TOP)
        elif not t or FLOWED_HEADINGS.fullmatch(t) or _NOISE.fullmatch(t):
            parts[-1].append(None)
        elif (m := _LABEL_AND_VALUE.fullmatch(t)) and not held:
            parts[-1].append(Line(m.group(1), ln.start, ln.start + len(m.group(1))))
            held = Line(m.group(2), ln.end - len(m.group(2)), ln.end)
        else:
            parts[-1].append(ln)
    if held:
        parts[-1].append(held)
    return parts, meets


#: The last line of the Yes/No column's heading ("Standards: Yes/No", "Yes/No").
_YES_NO_HEADING = re.compile(r"(?:(?:meets international )?standards:? )?yes/no", re.IGNORECASE)
#: Stands in a part's lines for the Yes/No heading: a block of cells printed right under it
#: is the top of the column (item "top", a break otherwise).
_TOP = Line("", -1, -1)


def read_part(lines: list[Line | None], labels: LabelReader) -> Part:
    """The law rows and values of one page part of a flowed table."""
    part = Part([], [])
    run: list[Line] = []
    for ln in [*lines, None]:
        top = ln is _TOP
        kind = value_kind(ln.text) if ln and not top else ""
        if ln and not kind and not top:
            run.append(ln)
            continue
        covered: set[int] = set()
        for span in _segment_labels(run):
            if span is None:
                continue
            covered.update(range(*span))
            label = join_lines(run[span[0] : span[1]])
            part.items.append(("label", len(part.slots)))
            part.slots.append(labels.slot(label.text, label.start, label.end))
        cells, left = cited_cells([x for i, x in enumerate(run) if i not in covered])
        laws = [c.text for c in cells] + ([join_lines(left).text] if left else [])
        for law in laws:
            part.items.append(("value", len(part.values)))
            part.values.append(("legislation", law, len(part.slots)))
        run = []
        if ln and not top:
            part.items.append(("value", len(part.values)))
            part.values.append((kind, ln.text, len(part.slots)))
        else:
            part.items.append(("top" if top else "break", -1))
    return part


def settle_marked_na(part: Part) -> None:
    """Read an "N/A" with a note mark as an ordinary cell where it stands inside a block of
    Yes/No cells (one printed right before it and one right after, no break between): there it
    was printed in its row's place. Elsewhere (alone, or at a block's end) pdftotext may have
    printed it apart from its row, and it stays "na*"."""
    def yes_no(k: int) -> bool:
        if not 0 <= k < len(part.items) or part.items[k][0] != "value":
            return False
        return part.values[part.items[k][1]][0] in ("yes/no", "na")

    for k, (kind, i) in enumerate(part.items):
        if kind == "value" and part.values[i][0] == "na*" and yes_no(k - 1) and yes_no(k + 1):
            part.values[i] = ("na", *part.values[i][1:])


def _segment_labels(run: list[Line]) -> list[tuple[int, int] | None]:
    """Split a run of text lines into whole labels (line ranges) and other lines (None each),
    covering as many lines with labels as possible."""
    best: list[tuple[int, list[tuple[int, int] | None]]] = [(0, [])] * (len(run) + 1)
    for i in range(len(run) - 1, -1, -1):
        options = [(best[i + 1][0], [None, *best[i + 1][1]])]
        for k in range(1, min(MAX_WRAP, len(run) - i) + 1):
            joined = join_lines(run[i : i + k]).text
            if not ends_cited(joined) and label_rule(joined, None):
                options.append((best[i + k][0] + k, [(i, i + k), *best[i + k][1]]))
        best[i] = max(options, key=lambda o: (o[0], -len(o[1])))
    return best[0][1]


#: Kinds of value that make up a column's block of cells.
_BLOCK_KINDS = {"yes/no": ("yes/no", "na", "na*"), "age": ("age",)}


def blocks(part: Part, column: str) -> list[list[int]]:
    """The part's runs of label items (slot numbers, ``column`` "label") or of one column's
    cells (value numbers) printed one after another, with no break or other item between."""
    out: list[list[int]] = []
    last = -2
    for k, (kind, i) in enumerate(part.items):
        fits = kind == "label" if column == "label" else (
            kind == "value" and part.values[i][0] in _BLOCK_KINDS[column])
        if fits:
            if last == k - 1:
                out[-1].append(i)
            else:
                out.append([i])
            last = k
    return out


def labels_before(part: Part, block: list[int]) -> list[int]:
    """The run of labels printed right before a block of cells (only breaks between): the
    rows the block belongs to when it holds as many."""
    k = item_at(part, block[0]) - 1
    while k >= 0 and part.items[k][0] in ("break", "top"):
        k -= 1
    if k < 0 or part.items[k][0] != "label":
        return []
    return next(r for r in blocks(part, "label") if part.items[k][1] in r)


def item_at(part: Part, value: int) -> int:
    """The position of a value among the part's items."""
    return part.items.index(("value", value))


def bare(value: str) -> str:
    """A cell without its marks and citations, lower case, for comparing cells."""
    return split_marks(split_citations(value)[0])[0].lower()
