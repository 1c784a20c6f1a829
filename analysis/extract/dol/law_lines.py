"""Laws tables that OCR printed one row per line, without column headings.

Tesseract prints a laws table row by row with single spaces and drops the column headings:
"Minimum Age for Work Yes 14 Article 254 of the Labor Law (14)" is the standard's label, its
Yes/No cell, its age and its legislation on one line; the lines under it, up to the next
label, hold the rest of a wrapped label at their start ("Occupations or Activities
Prohibited (14, 15)") and the rest of the legislation. No other reader finds rows there, so
this one reads a laws table only where they found none.

A row line is a label the law label file knows (``law_labels.csv``, matched as the other law
readers match it, else with the spaces and the letters OCR confuses left out:
"Childrenin", "Prohibltion"), possibly wrapped onto the next lines, then "Yes", "No" or "N/A"
with their marks, then an age (two digits and marks; several ages "16," over "17" give the
lowest) and the legislation. A value on the row's line is the row's (pairing "row"). An age
cell OCR damaged ("1g¢") is left empty with a warning, never guessed; so is an age printed
apart from its row (tables whose ages and legislation OCR printed as blocks after the
labels). A label printed without a value is kept with its values empty (pairing
"unpaired"). A table is not read when a line before its first row is no label (a territory
caption, a Related Entity cell) or a value line's label starts with a standard and goes on
with other words (a Related Entity column: "Minimum Age for Work Mainland No 14"), nor when
the report year's tables could print either Yes/No column (``table_headers.csv``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from analysis.datafiles import read_rows
from analysis.extract.dol.law_flowed_parts import PROSE_LENGTH, SECTION, SENTENCE_END
from analysis.extract.dol.law_labels import LabelRule, label_rule, law_label_rows, normal_label
from analysis.extract.dol.law_rows import LabelReader, LawSlot, law_record
from analysis.extract.dol.list_cells import (
    TITLE_LINE,
    Line,
    is_furniture,
    join_text,
    region_lines,
)
from analysis.extract.records import Law
from analysis.extract.tables.cells import Table, fold
from analysis.notation import READ_MARKS

_MARKS = re.escape(READ_MARKS)
#: A row line: label, a sign OCR may leave before the cell ("—", "="), the Yes/No cell with
#: its marks (OCR reads "†" after "N/A" as "t"), then the rest of the line.
_ROW = re.compile(
    rf"(?P<label>\S.*?)\s+(?:[—–=~|-]\s+)?"
    rf"(?P<cell>(?:Yes|No)[{_MARKS}]*|N/A[{_MARKS}t]*)(?:\s+(?P<rest>.*))?")
#: An age cell at the start of the rest of a row line: ages and marks (or one sign OCR read
#: a mark as, "15%"), and a comma when the cell goes on on the next line ("16," over "17").
_AGE = re.compile(
    rf"(?P<age>\d\d(?:\s*,\s*\d\d)*)(?:[{_MARKS}]+|[^\w\s(),;.])?(?P<more>,)?(?=\s|$)")
#: A piece of two or three signs starting with a digit, with a letter or a sign that is no
#: mark in it after its first digit: an age OCR damaged ("1g¢"; "g" may be an 8 or a 9).
_DAMAGED_AGE = re.compile(rf"\d(?=\S{{1,2}}(?:\s|$))\d?[^\s\d{_MARKS}]\S?(?=\s|$)")
#: A note under the table ("* No conscription (33)", "¢ Age calculated ...").
_NOTE = re.compile(rf"[{_MARKS}]\s*[A-Z(]")
#: A column heading line some OCR texts keep ("Standard Standards: Yes/No Age Legislation").
_HEADING = re.compile(r"\bYes\s*/\s*No\b|\bMeets International\b", re.IGNORECASE)
#: Most lines one wrapped label spans.
_MAX_WRAP = 4


def _compact(pattern: str) -> str:
    """A law label pattern matched against a folded label: no spaces, hyphens, slashes or
    optional parentheses, and "i" as "l" (``cells.fold`` reads them so)."""
    return re.sub(r"\\\(\?|\\\)\?|-\?|[ /-]", "", pattern).replace("i", "l")


@cache
def _compact_rows() -> tuple[tuple[re.Pattern[str], dict[str, str]], ...]:
    """The law label rows with their patterns made ``_compact``."""
    return tuple((re.compile(_compact(r["pattern"]), re.IGNORECASE), r) for r in law_label_rows())


@lru_cache(maxsize=1 << 12)
def tolerant_rule(label: str, group: str | None) -> LabelRule | None:
    """``law_labels.label_rule``, else the same rows matched with OCR's space and letter damage
    undone ("Prohibition of Using Childrenin Illicit Activities"), for a text that starts
    with a letter and holds no digit, as every label does."""
    if rule := label_rule(label, group):
        return rule
    if not re.fullmatch(r"[A-Za-z][^\d]*", label):
        return None
    folded = fold(normal_label(label))
    for rx, row in _compact_rows():
        if row["group"] and group is not None and row["group"] != group:
            continue
        if rx.fullmatch(folded):
            return LabelRule(row["standard"], row["opens"], row["age"] == "yes",
                             int(row["lowest"] or 0), row["group"])
    return None


def _known(text: str) -> bool:
    """Whether a text is a law label or heading (under any heading)."""
    return bool(text) and tolerant_rule(text, None) is not None


def _grow(label: str, text: str) -> int:
    """How many words at the start of a line go on with a label: the most that make, with
    the label, one the label file knows (0 when none does). No label prints a digit, so the
    words from the first one with a digit on (a citation group, "(46, 47") are the
    legislation's."""
    words = text.split()
    digit = next((i for i, w in enumerate(words) if re.search(r"\d", w)), len(words))
    return next((k for k in range(digit, 0, -1)
                 if _known(join_text(label, " ".join(words[:k])))), 0)


def _completes(label: str, after: list[str]) -> bool:
    """Whether a label is known, or becomes one with words from the start of the lines after
    it (a label wrapped onto them)."""
    for text in [None, *after[: _MAX_WRAP - 1]]:
        if text is not None:
            k = _grow(label, text)
            if not k:
                return False
            label = join_text(label, " ".join(text.split()[:k]))
        if _known(label):
            return True
    return False


@cache
def yes_no_column(report_year: int) -> str:
    """The Yes/No column a laws table of this report year prints ("meets" or "exists", from
    ``table_headers.csv``; "" when the years allow either or neither)."""
    columns = {r["column"] for r in read_rows("table_headers.csv")
               if r["kind"] == "laws" and r["column"] in ("meets", "exists")
               and int(r["first_year"] or 0) <= report_year <= int(r["last_year"] or 9999)}
    return columns.pop() if len(columns) == 1 else ""


@dataclass
class _LineRow:
    """A row being read: its label, offsets and cells (an age cell that goes on, and one
    damaged beyond reading, apart)."""

    label: str
    start: int
    end: int
    cell: str = ""
    age: str = ""
    age_more: bool = False
    damaged_age: str = ""
    legislation: str = ""


def _is_prose(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is running prose, which ends the table: a line wider than a column
    that ends a sentence, or that the next printed line goes on as wide, unless that one is a
    row line (OCR prints a row's line across the whole page)."""
    if len(lines[i].text) < PROSE_LENGTH:
        return False
    after = next((ln.text for ln in lines[i + 1 :] if ln.text), "")
    return bool(SENTENCE_END.search(lines[i].text)) or (
        len(after) >= PROSE_LENGTH and not _ROW.fullmatch(after))


def _body(lines: list[Line]) -> list[Line]:
    """The table's lines up to its notes or the prose after it, without blank lines,
    repeated titles, page furniture and column headings (a number alone may be the rest of
    an age cell, "17" under "16,", and is kept)."""
    out: list[Line] = []
    for i, ln in enumerate(lines):
        t = ln.text
        if _NOTE.match(t) or SECTION.match(t) or (not _ROW.fullmatch(t) and _is_prose(lines, i)):
            break
        furniture = is_furniture(t) and not _AGE.fullmatch(t)
        if t and not (TITLE_LINE.match(t) or furniture or _HEADING.search(t)):
            out.append(ln)
    return out


def _take_rest(row: _LineRow, rest: str) -> None:
    """Read the age and legislation from what follows a row's Yes/No cell."""
    if m := _AGE.match(rest):
        row.age, row.age_more = m.group("age"), bool(m.group("more"))
        rest = rest[m.end() :]
    elif m := _DAMAGED_AGE.match(rest):
        row.damaged_age = m.group(0)
        rest = rest[m.end() :]
    row.legislation = rest.strip()


def _go_on(row: _LineRow, text: str) -> None:
    """Add a line under a row: the rest of its age cell ("17" under "16,"), the rest of its
    label at the line's start, the rest of its legislation."""
    if row.age_more and (m := _AGE.match(text)):
        row.age = f"{row.age}, {m.group('age')}"
        row.age_more = bool(m.group("more"))
        text = text[m.end() :].strip()
    if k := _grow(row.label, text):
        words = text.split()
        row.label = join_text(row.label, " ".join(words[:k]))
        text = " ".join(words[k:])
    row.legislation = join_text(row.legislation, text)


def _rows(body: list[Line]) -> list[_LineRow] | None:
    """The table's rows, or None when it is not a table of this layout (a line before the
    first row that is no label, or a value line whose label is a standard's followed by
    other words: a territory caption or a Related Entity column)."""
    rows: list[_LineRow] = []
    texts = [ln.text for ln in body]
    for i, ln in enumerate(body):
        after = texts[i + 1 :]
        m = _ROW.fullmatch(ln.text)
        if m and _completes(m.group("label"), after):
            rows.append(_LineRow(m.group("label"), ln.start, ln.end, cell=m.group("cell")))
            _take_rest(rows[-1], m.group("rest") or "")
            continue
        if m and (not rows or _grow("", m.group("label"))):
            return None
        if _AGE.fullmatch(ln.text) and not (rows and rows[-1].age_more):
            continue
        if rows and (rows[-1].age_more or _grow(rows[-1].label, ln.text)):
            _go_on(rows[-1], ln.text)
        elif _completes(ln.text, after):
            rows.append(_LineRow(ln.text, ln.start, ln.end))
            continue
        elif not rows:
            return None
        else:
            _go_on(rows[-1], ln.text)
        rows[-1].end = ln.end
    return rows


def _slots(rows: list[_LineRow], labels: LabelReader) -> list[LawSlot]:
    """The law rows of a table's line rows, heading rows left out (with a warning where one
    printed a value)."""
    slots: list[LawSlot] = []
    for row in rows:
        slot = labels.slot(row.label, row.start, row.end)
        if slot.heading:
            if row.cell:
                labels.warnings.append(f"laws: heading row '{row.label}' has values; skipped")
            continue
        slot.meets = re.sub(rf"[{_MARKS}]|t$", "", row.cell)
        slot.age = "" if row.age_more else row.age
        slot.legislation = row.legislation
        slot.pairing = "row" if row.cell else "unpaired"
        if row.damaged_age:
            labels.warnings.append(f"laws: age '{row.damaged_age}' of '{row.label}' is damaged "
                                   "beyond certain reading; left empty")
        if row.age_more:
            labels.warnings.append(f"laws: age '{row.age},' of '{row.label}' goes on where "
                                   "no age is printed; left empty")
        slots.append(slot)
    return [s for s in slots if not s.heading]


def extract_law_lines(tables: list[Table], text: str,
                      report_year: int | None) -> tuple[list[Law], list[str]]:
    """Read laws tables that OCR printed one row per line without column headings: one Law
    per standard, values from the row's own line (see the module's docstring)."""
    warnings: list[str] = []
    column = yes_no_column(report_year) if report_year else ""
    if not column:
        return [], warnings
    labels = LabelReader(warnings, tolerant_rule)
    laws: list[Law] = []
    for table in tables:
        rows = _rows(_body(region_lines(table, text)))
        if not rows:
            continue
        slots = _slots(rows, labels)
        unpaired = [s for s in slots if s.pairing == "unpaired"]
        if unpaired:
            warnings.append(
                f"laws: OCR text prints no Yes/No cell on the line of {len(unpaired)} of "
                f"{len(slots)} standards ({unpaired[0].label} ...); kept with values empty")
        apart = [s for s in slots if s.has_age and s.meets and not s.age and not s.legislation]
        if apart:
            warnings.append(
                f"laws: OCR text prints no age or legislation on the line of {len(apart)} "
                f"standards that set an age ({apart[0].label} ...); an age printed apart "
                "from its row is not paired, left empty")
        laws += [law_record(s, column == "meets", column == "exists", warnings) for s in slots]
    return laws, warnings
