"""The DOL ratifications table ("Ratification of International Conventions on Child Labor").

Convention names map to keys through ``analysis/data/convention_labels.csv`` (first match
wins, so the optional protocols come before the plain "UN CRC"). A row is ratified when it
carries a check mark (or prints "Yes"); a cross (✗), a printed "No" or an empty cell in a
table that shows marks is not ratified. pdftotext drops the check-mark glyph in most
profiles, and then every ratification cell is empty: when no row of the table has a mark,
``ratified`` is left empty and a warning says so, rather than reading every convention as not
ratified. A printed "N/A" says the country cannot ratify (it is not a UN or ILO member, e.g.
Kosovo): ``ratified`` is left empty and ``status`` is ``not_applicable``; every cell read is
``reported``.

A profile covering several territories prints one mark column per territory, headed by their
names or initials ("A", "BVI", ..., "M"). In text that keeps the page's columns (layout text,
PDFs) the line of those headings gives each column's place, and each mark on a convention's
line is the territory's whose heading stands nearest above it: one row per convention and
territory, the heading as printed in ``territory``.

Where the marks are lost, the profile's own sentence "... has ratified all key international
conventions concerning child labor" (the whole sentence, nothing less) gives all six as
ratified, with the sentence's offsets; anything less certain stays empty.

Conventions the reader's rows miss are read from the lines under the title. In layout text a
mark may sit on a line of its own (the glyph is off the row's baseline); it goes to the
nearest row without one. In flowed text such a line has lost its place and is not used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from analysis.datafiles import read_rows
from analysis.extract.dol.list_cells import (
    TITLE_LINE,
    Line,
    cell_text,
    first_match,
    is_flowed,
    region_lines,
    row_span,
)
from analysis.extract.records import Ratification
from analysis.notation import CELL_WORDS, MARKS, NO_MARKS, YES_MARKS, alternation

if TYPE_CHECKING:
    from analysis.extract.tables.cells import Cell, Table

    Row = list[Cell] | list[Line]

#: What a ratification cell holds, as it may trail a name on one line.
_ANSWER_WORDS = alternation(
    w.printed for w in CELL_WORDS if w.unit == "boolean" or w.status == "not_applicable"
)
_ANSWER = re.compile(
    rf"\s*(?:[{YES_MARKS}{NO_MARKS}]|\b(?:{_ANSWER_WORDS})\b)[{MARKS}]*\s*$"
)
#: Words in a line of prose; a wrapped convention name is shorter.
_PROSE_WORDS = 8
#: The profile's sentence saying that every convention of the table is ratified: "Angola has
#: ratified all key international conventions concerning child labor (Table 3)." It must be
#: the whole sentence, so that "... all key ... except the Palermo Protocol" never matches.
_ALL_RATIFIED = re.compile(
    r"(?<![^\s])(?:[A-Z][^.;:!?()\n]*?\s)?has\s+ratified\s+all\s+key\s+international\s+"
    r"conventions\s+concerning\s+child\s+labou?r(?:\s*\(Table\s+\d{1,2}\))?\s*\.",
)
#: A sentence's "... ratified the <convention>": the words before it in the sentence, and what
#: it names up to the clause's end (the period of "C.138" or "C. 138" does not end it).
_RATIFIED_ONE = re.compile(r"\bratified\s+(?P<what>(?:[^.;:!?()]|\.(?=\S|\s\d))+)")
#: The end of the sentence or clause before: what the negation is looked for after.
_CLAUSE_END = re.compile(r"[.;!?]\s")
#: Words saying the ratification did not happen (yet).
_NEGATION = re.compile(r"\b(?:not|n't|never|yet to|failed|without)\b", re.IGNORECASE)
#: A legislature, whose vote to ratify is not yet the country's ratification.
_LEGISLATURE = re.compile(
    r"\b(?:national assembly|parliament|senate|congress|legislature|legislative|house of)\b",
    re.IGNORECASE)
#: Words saying the ratification is still to be completed.
_PENDING = re.compile(r"\b(?:awaiting|pending|not yet|yet to|until|once|if)\b", re.IGNORECASE)
#: Characters looked back from "ratified" for the start of its clause.
_LOOK_BACK = 400
#: Words after which a clause names what was not ratified ("all ..., except the Palermo
#: Protocol").
_EXCEPT = re.compile(r"\b(?:except|but|other than|apart from|excluding|besides|save|without)\b",
                     re.IGNORECASE)
#: Where a sentence names several conventions: "X, Y and the Z".
_LIST_SEPARATOR = re.compile(r",\s*|\s+and\s+(?:the\s+)?")
#: The column headings of the table, as a line of their own.
_HEADINGS = re.compile(r"(?:convention|ratification|\s)+", re.IGNORECASE)
#: A piece of a layout line: words one space apart.
_PIECE = re.compile(r"\S+(?: \S+)*")
#: A mark or answer word as printed in a cell.
_ANSWER_PIECE = re.compile(rf"[{YES_MARKS}{NO_MARKS}]|\b(?:{_ANSWER_WORDS})\b")
#: Fewest territory columns that make a table one of marks per territory.
_MIN_ENTITIES = 2
#: Most words a territory's column heading has.
_ENTITY_WORDS = 6
#: Characters left of the first territory heading's middle where its marks may still stand.
_COLUMN_SLACK = 6
_REPORTED = "reported"
_NOT_APPLICABLE = "not_applicable"


@cache
def _convention_labels() -> tuple[dict[str, str], ...]:
    """The name -> convention rows of convention_labels.csv."""
    return read_rows("convention_labels.csv")


def _has_mark(value: str) -> bool:
    """Whether a value holds a check mark."""
    return any(mark in value for mark in YES_MARKS)


def _has_cross(value: str) -> bool:
    """Whether a value holds a cross."""
    return any(mark in value for mark in NO_MARKS)


def _convention(row: Row, text: str) -> tuple[str, str]:
    """The convention key of a row and its name as printed ("", "" when none is named)."""
    for cell in row:
        name = _ANSWER.sub("", cell_text(cell, text)).strip()
        match = first_match(_convention_labels(), name) if name else None
        if match:
            return match["convention"], name
    return "", ""


def _is_answer(row: Row, text: str) -> bool:
    """Whether a row holds nothing but a mark or an answer ("✓", "N/A", "No")."""
    values = [v for c in row if (v := cell_text(c, text))]
    return bool(values) and all(_ANSWER.fullmatch(v) for v in values)


def _attach_answers(rows: list[Row], text: str, flowed: bool) -> tuple[list[Row], int]:
    """The rows naming a convention, each with the mark printed on a line of its own (the
    glyph sits off the row's baseline) added to the nearest row that has none; in flowed text
    such a line has lost its place, and is only counted."""
    named = [list(r) for r in rows if _convention(r, text)[0]]
    answers = [r for r in rows if _is_answer(r, text)]
    if flowed:
        return named, len(answers)
    # Lines are counted from the table's first row, not from the start of the text: only
    # distances between rows matter, and counting from the start cost the text's length per
    # row (the square of a long text's length in all).
    base = min((r[0].start for r in (*named, *answers)), default=0)
    line_of = [text.count("\n", base, r[0].start) for r in named]
    for answer in answers:
        at = text.count("\n", base, answer[0].start)
        free = [k for k, r in enumerate(named)
                if not any(_ANSWER.search(cell_text(c, text)) for c in r)]
        if free:
            named[min(free, key=lambda k: (abs(line_of[k] - at), line_of[k] < at))] += answer
    return named, 0


def _line_rows(table: Table, text: str) -> list[Row]:
    """Rows read from the lines under the title, one line each, up to the last convention or
    the first other text after a blank line or the first line of prose."""
    rows: list[Row] = []
    named: set[str] = set()
    lines = region_lines(table, text)
    for i, ln in enumerate(lines[1:], start=1):
        key = _convention([ln], text)[0]
        answer = bool(ln.text and _ANSWER.fullmatch(ln.text))
        if named >= set(_all_conventions()) and ln.text and not answer:
            break
        other = ln.text and not (key or _HEADINGS.fullmatch(ln.text)
                                 or TITLE_LINE.match(ln.text) or answer)
        if rows and other and (not lines[i - 1].text or len(ln.text.split()) >= _PROSE_WORDS):
            break
        named.add(key)
        rows.append([ln])
    return rows


def _rows(table: Table, text: str) -> tuple[list[Row], int]:
    """The rows naming a convention as the reader gives them, then from the lines of the text
    for each convention the reader's rows miss (layouts where it loses some); and how many
    answers flowed text printed apart from any row."""
    flowed = is_flowed(region_lines(table, text), "convention")
    rows, lost = _attach_answers(list(table.rows), text, flowed)
    found = {_convention(r, text)[0] for r in rows}
    more, more_lost = _attach_answers(_line_rows(table, text), text, flowed)
    rows += [r for r in more if _convention(r, text)[0] not in found]
    return sorted(rows, key=lambda r: r[0].start), max(lost, more_lost)


@dataclass(frozen=True)
class _Column:
    """A territory's mark column: its heading as printed and the character column of its
    middle."""

    name: str
    middle: float


def _line_start(text: str, at: int) -> int:
    """The offset where the line holding ``at`` starts."""
    return text.rfind("\n", 0, at) + 1


def _entity_columns(table: Table, text: str) -> list[_Column]:
    """The mark columns of a table printing one per territory: the pieces of the first line
    under the title, before the first convention, that holds at least two pieces besides the
    column headings ("Convention", "Ratification"), each a short name and no answer; none
    when the text does not keep the page's columns (flowed) or no such line is printed."""
    lines = region_lines(table, text)
    if is_flowed(lines, "convention"):
        return []
    for ln in lines[1:]:
        if _convention([ln], text)[0]:
            return []
        pieces = [m for m in _PIECE.finditer(text, ln.start, ln.end)
                  if not _HEADINGS.fullmatch(m.group())]
        if len(pieces) >= _MIN_ENTITIES and all(
                len(m.group().split()) <= _ENTITY_WORDS and not _ANSWER.fullmatch(m.group())
                for m in pieces):
            home = _line_start(text, ln.start)
            return [_Column(m.group(), (m.start() + m.end() - 1) / 2 - home) for m in pieces]
    return []


def _answers_by_column(row: Row, text: str, columns: list[_Column]) -> dict[str, str]:
    """The marks and answer words printed on a row's lines, joined per territory column: each
    to the column whose heading's middle is nearest to its own (only those right of the
    convention's name, from the first column's heading on)."""
    left = min(c.middle for c in columns) - _COLUMN_SLACK
    out: dict[str, str] = {}
    for cell in row:
        for m in _ANSWER_PIECE.finditer(text, cell.start, cell.end):
            middle = (m.start() + m.end() - 1) / 2 - _line_start(text, m.start())
            if middle < left:
                continue
            nearest = min(columns, key=lambda c: abs(c.middle - middle))
            out[nearest.name] = f"{out.get(nearest.name, '')} {m.group()}".strip()
    return out


def _reading(answer: str, survive: bool) -> tuple[bool | None, str]:
    """What a row's (or a territory's) answer says: (ratified, status). A mark or "Yes" is
    ratified, a cross or "No" not; "N/A" is not applicable; an empty cell is not ratified in a
    table that shows marks (``survive``), and unread where the text lost them."""
    if _has_mark(answer) or re.search(r"\bYes\b", answer):
        return True, _REPORTED
    if _has_cross(answer) or re.search(r"\bNo\b", answer):
        return False, _REPORTED
    if re.search(r"\bN/A\b", answer):
        return None, _NOT_APPLICABLE
    return (False, _REPORTED) if survive else (None, "")


def extract_ratifications(tables: list[Table], text: str) -> tuple[list[Ratification], list[str]]:
    """Read the ratifications table(s): one Ratification per convention named, and per
    territory where the table prints a mark column for each."""
    out: list[Ratification] = []
    warnings: list[str] = []
    read = [(_rows(table, text), _entity_columns(table, text)) for table in tables]
    rows = [(row, columns) for (table_rows, _), columns in read for row in table_rows]
    survive = any(_has_mark(c.text) or _has_cross(c.text) for row, _ in rows for c in row)
    if rows and not survive:
        warnings.append("ratifications: the text shows no check marks; ratified left empty")
    if lost := sum(n for (_, n), _ in read):
        warnings.append(f"ratifications: {lost} answers (N/A, No) printed apart from their "
                        "conventions in flowed text; not assigned")
    seen: set[str] = set()
    blank: set[str] = set()
    for row, columns in rows:
        key, name = _convention(row, text)
        if key in seen:
            warnings.append(f"ratifications: {key} named twice; second row skipped")
            continue
        seen.add(key)
        start, end = row_span(row)
        if columns:
            answers = _answers_by_column(row, text, columns)
            for column in columns:
                ratified, status = _reading(answers.get(column.name, ""), survive)
                out.append(Ratification(key, ratified, start, end, label=name, status=status,
                                        territory=column.name))
            continue
        answer = " ".join(cell_text(c, text) for c in row)
        ratified, status = _reading(answer, survive)
        if ratified is False and not _ANSWER_PIECE.search(answer):
            blank.add(key)
        out.append(Ratification(key, ratified, start, end, label=name, status=status))
    missing = [k for k in _all_conventions() if k not in seen]
    out = _from_prose(out, text, warnings)
    out = _from_sentences(out, text, blank, warnings)
    if tables and missing:
        warnings.append(f"ratifications: not found in the table: {', '.join(missing)}")
    return out, warnings


def _from_prose(rows: list[Ratification], text: str,
                warnings: list[str]) -> list[Ratification]:
    """Where the table's marks are lost, the profile's sentence that the country "has ratified
    all key international conventions concerning child labor" gives every convention as
    ratified, with the sentence's offsets. A mark or an "N/A" the text does show is never
    overridden; a table cell that disagrees with the sentence is kept and named in a warning.
    The sentence speaks for the country, not for the territories of a table split by them."""
    sentence = _ALL_RATIFIED.search(text)
    if not sentence or any(r.territory for r in rows):
        return rows
    by_key = {r.convention: r for r in rows}
    against = [r.convention for r in rows if r.ratified is False or r.status == _NOT_APPLICABLE]
    if against:
        warnings.append("ratifications: the text says all key conventions are ratified, the "
                        f"table marks {', '.join(against)} as not; the table's marks kept")
    out = []
    for key in dict.fromkeys([*by_key, *_all_conventions()]):
        row = by_key.get(key)
        if row is None or not row.status:
            label = row.label if row else ""
            out.append(Ratification(key, True, sentence.start(), sentence.end(), label=label,
                                    status=_REPORTED))
        else:
            out.append(row)
    if any(r.ratified is None for r in rows):
        warnings[:] = [w for w in warnings
                       if w != "ratifications: the text shows no check marks; ratified left empty"]
    return out


def _ratified_in_sentences(text: str) -> dict[str, tuple[int, int]]:
    """The conventions the profile's prose says were ratified ("In 2016, Pakistan ratified the
    UN CRC Optional Protocol on Armed Conflict."), each with the offsets of the words from
    "ratified" to the clause's end. A sentence says nothing when a negation stands before
    "ratified" in its clause ("has not ratified"), when a legislature is what ratified (its
    vote is not the country's ratification: "The National Assembly ratified ..., and it is
    awaiting approval from the President"), or when the sentence says the act is pending."""
    found: dict[str, tuple[int, int]] = {}
    for m in _RATIFIED_ONE.finditer(text):
        ends = list(_CLAUSE_END.finditer(text, max(0, m.start() - _LOOK_BACK), m.start()))
        before = text[ends[-1].end() if ends else max(0, m.start() - _LOOK_BACK) : m.start()]
        after = _CLAUSE_END.search(text, m.end())
        rest = text[m.start() : after.start() if after else len(text)]
        if _NEGATION.search(before) or _LEGISLATURE.search(before) or _PENDING.search(rest):
            continue
        what = _EXCEPT.split(" ".join(m.group("what").split()))[0]
        for piece in _LIST_SEPARATOR.split(what):
            match = first_match(_convention_labels(), piece)
            if match:
                found.setdefault(match["convention"], (m.start(), m.end()))
    return found


def _from_sentences(rows: list[Ratification], text: str, blank: set[str],
                    warnings: list[str]) -> list[Ratification]:
    """A convention the prose says was ratified is ratified where the table gives no answer:
    its mark lost, or its cell empty in a table that shows marks (the profile reports a
    ratification of the year the table was drawn before). A cross, "No" or "N/A" printed in
    the table is kept, and the disagreement named. Not for a table split by territory."""
    said = _ratified_in_sentences(text)
    if not said or any(r.territory for r in rows):
        return rows
    out = []
    for r in rows:
        where = said.get(r.convention)
        if where and (not r.status or (r.ratified is False and r.convention in blank)):
            out.append(Ratification(r.convention, True, *where, label=r.label,
                                    status=_REPORTED))
        else:
            if where and r.ratified is not True:
                warnings.append(f"ratifications: the text says {r.convention} was ratified, "
                                "the table prints otherwise; the table kept")
            out.append(r)
    return out


def _all_conventions() -> list[str]:
    """Every convention key, in label-file order without repeats."""
    return list(dict.fromkeys(r["convention"] for r in _convention_labels()))
