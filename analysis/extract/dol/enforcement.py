"""Enforcement records from the DOL labour and criminal law enforcement tables.

One record per row label and year column: the year comes from the column heading, the
measure from the row label (``analysis/data/enforcement_labels.csv``), the value, unit and
status from the cell, the qualifier and note from the marks the notes under the table
explain, the citations from the parentheses. A "Related Entity" column (or an entity printed
after the label) gives the record's territory: ``Number of Labor Inspectors`` for ``Punjab``;
rows under a sub-heading that names an entity ("Training for Labor Inspectors  FBiH/RS/BD")
are that entity's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from analysis.extract.labels import LabelRule, header_pattern, match_enforcement
from analysis.extract.numbers import parse_number
from analysis.extract.records import Enforcement
from analysis.extract.tables.cells import (
    CONNECTOR_END,
    MARK,
    Cell,
    Table,
    cell_text,
    damaged_value,
    edit_distance,
    is_value_cell,
    mended_value,
    mended_year,
    normalise_label,
    strip_list_mark,
)
from analysis.notation import CITATION, READ_MARKS, WORDS_BY_KEY

#: A year heading as OCR may leave it: three to five digits or letters read for digits.
_DAMAGED_YEAR = re.compile(r"[12][\dOolI|G]{2,4}")
_CELL_RE = re.compile(
    rf"^(?P<figure>(?P<value>[^()]*?)(?P<m1>(?:(?<=\d)[tf](?![A-Za-z]))?(?:\s*{MARK})*))"
    rf"(?P<cites>(?:\s*{CITATION})*)(?P<m2>(?:\s*{MARK})*)$"
)
#: A citation group OCR damaged with a capital letter for a digit ("(6O)", "(4I)"): the cell's
#: value is read without it, since which citation it gave is not certain.
_DAMAGED_CITATION = re.compile(r"\s*\(\s*\d[\d,;\s-]*[A-Z][\dA-Z,;\s-]*\)")
_NOT_PUBLISHED = re.compile(r"not (?:publish|make\b.*\bpublic|publicly)", re.IGNORECASE)
_PARTIAL = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|partial|through)\b", re.IGNORECASE)
_MAX_ENTITY_WORDS = 4


@dataclass(frozen=True)
class CellValue:
    """What one enforcement cell says."""

    value: float | None
    unit: str
    status: str
    marks: str
    citations: str
    start: int
    end: int


def expand_citations(text: str) -> str:
    """Reference numbers of every "(…)" group, ranges expanded, ';'-joined ("(1-3)" -> "1;2;3")."""
    out: list[str] = []
    for group in re.findall(CITATION, text):
        for part in re.split(r"\s*[,;]\s*", group.strip("() ")):
            m = re.fullmatch(r"(\d+)\s*[-–]\s*(\d+)", part)
            if m and int(m.group(1)) < int(m.group(2)) <= int(m.group(1)) + 50:
                out += [str(k) for k in range(int(m.group(1)), int(m.group(2)) + 1)]
            elif part:
                out.append(part)
    return ";".join(out)


def parse_cell(cell: Cell) -> CellValue | None:
    """Read an enforcement cell ("4,512† (30)", "Unknown* (5)", "$2.4 million (34)", "N/A"),
    as OCR damaged it where it can be mended with certainty (``cells.mended_value``; a
    citation group damaged past reading is left out, ``_DAMAGED_CITATION``); a cell damaged
    past that (``cells.damaged_value``) is not read."""
    if damaged_value(cell.text):
        return None
    mended = mended_value(cell.text)
    if mended is not None:
        cell = Cell(mended, cell.start, min(cell.end, cell.start + len(mended)))
    m = _CELL_RE.match(cell.text) or _CELL_RE.match(_DAMAGED_CITATION.sub("", cell.text))
    if not m:
        return None
    raw = m.group("value").strip()
    marks = "".join(re.findall(rf"{MARK}|[tf]", m.group("m1") + m.group("m2")))
    figure_end = cell.start + len(m.group("figure").rstrip())
    citations = expand_citations(m.group("cites"))
    word = WORDS_BY_KEY.get(raw.lower())
    if word:
        value, unit, status = word.value, word.unit, word.status
    else:
        number = parse_number(raw)
        if number is None:
            return None
        value, status = number, "reported"
        unit = "usd" if re.search(r"\$|USD", raw) else "count"
    return CellValue(value, unit, status, marks, citations, cell.start, figure_end)


@dataclass(frozen=True)
class _Column:
    """A year column of an enforcement table."""

    index: int
    year: int
    marks: str


def _columns(table: Table, report_year: int,
             warnings: list[str]) -> tuple[list[_Column], int | None]:
    """The year columns and the entity column (if any) of an enforcement table."""
    entity = None
    columns: list[_Column] = []
    kind = table.kind or "labor_enforcement"
    for k, head in enumerate(table.header[1:], start=1):
        if header_pattern(kind, "entity").search(normalise_label(head.text)):
            entity = k
            continue
        year = header_pattern(kind, "year").search(head.text)
        if year:
            columns.append(_Column(k, int(year.group()), "".join(re.findall(MARK, head.text))))
    columns = _years_beside_years(table.header, columns, entity)
    if columns:
        return columns, entity
    width = max((len(r) for r in table.rows), default=1)
    first = 2 if entity else 1
    n = width - first
    warnings.append(f"{table.name}: no year headings; took the {n} value columns "
                    f"to end with {report_year}")
    return [_Column(first + k, report_year - n + 1 + k, "") for k in range(n)], entity


def _years_beside_years(header: list[Cell], columns: list[_Column],
                        entity: int | None) -> list[_Column]:
    """The year columns with a heading OCR damaged added: one ``cells.mended_year`` reads
    where it is one year from a year heading beside it, or, where there is none, where only
    spaces or signs were taken out of its digits ("20 19"); then a heading of digits one edit
    away from the year one after the heading before it (or one before the heading after it:
    "209" beside "2018"; spaces and hyphens inside it taken out: "2-019"), as the year columns
    run one year apart, earliest first."""
    years = {c.index: c.year for c in columns}
    added: list[_Column] = []
    for k, head in enumerate(header[1:], start=1):
        read = mended_year(head.text)
        alone = read == re.sub(r"\D", "", head.text)
        if k not in years and k != entity and read and (any(
                years.get(k + d) == int(read) + d for d in (-1, 1)) or (alone and not years)):
            years[k] = int(read)
            added.append(_Column(k, int(read), ""))
    for k, head in enumerate(header[1:], start=1):
        printed = re.sub(r"[\s-]", "", head.text)
        if k in years or k == entity or not _DAMAGED_YEAR.fullmatch(printed):
            continue
        for near, step in ((k - 1, 1), (k + 1, -1)):
            year = years.get(near)
            if year is not None and edit_distance(printed, str(year + step), 1) is not None:
                added.append(_Column(k, year + step, ""))
                break
    return sorted(columns + added, key=lambda c: c.index)


def _notes(table: Table) -> dict[str, str]:
    """The notes under a table by the mark they explain ("*" -> "The government does ...")."""
    out: dict[str, str] = {}
    for note in table.notes:
        m = re.match(rf"^(?:<sup>)?\\?({MARK}+|[tf](?=\s))(?:</sup>)?\s*(.*)$", note.text)
        if m:
            out.setdefault(m.group(1)[0], m.group(2).strip())
    return out


def _orphan_note(table: Table, notes: dict[str, str]) -> str | None:
    """The one note whose mark appears in no cell or heading: the note of a mark OCR
    misread (‡ read as * on the figure and as ¢ before the note)."""
    used = {ch for row in table.rows for c in row for ch in c.text if ch in READ_MARKS}
    used |= {ch for c in table.header for ch in c.text if ch in READ_MARKS}
    orphans = [mark for mark in notes if mark not in used]
    return notes[orphans[0]] if len(orphans) == 1 else None


def _match_row(printed: str, domain: str) -> tuple[str, str, LabelRule | None]:
    """The label (list mark removed), the entity printed after it and the rule of a row:
    the whole label by its regex, else a label and an entity by the regex, else the same two
    by key words (``labels.keyword_match``); the printed label and no rule when none fits."""
    label = strip_list_mark(printed)
    rule = match_enforcement(label, domain, fuzzy=False)
    if rule is not None:
        return label, "", rule
    for fuzzy in (False, True):
        if fuzzy and (rule := match_enforcement(label, domain)) is not None:
            return label, "", rule
        cut, entity, rule = _split_entity(label, domain, fuzzy)
        if rule is not None:
            return cut, entity, rule
    return label, "", None


def _split_entity(label: str, domain: str,
                  fuzzy: bool = False) -> tuple[str, str, LabelRule | None]:
    """Split "Number of Labor Inspectors FBiH" into a known label and an entity after it; a
    value cell OCR left after the label ("Unknown (17)", "SO (43)") is no entity. By key
    words (``fuzzy``), every content word of the label must be a key word and the entity
    must begin with a capital."""
    words = label.split()
    for cut in range(len(words) - 1, max(0, len(words) - _MAX_ENTITY_WORDS - 1), -1):
        if fuzzy and (not words[cut][:1].isupper() or CONNECTOR_END.search(words[cut - 1])):
            continue
        rule = match_enforcement(" ".join(words[:cut]), domain, fuzzy, coverage=1.0)
        if rule:
            entity = " ".join(words[cut:]).strip("_—=- ")
            cell = is_value_cell(entity) or re.search(CITATION, entity)
            return " ".join(words[:cut]), "" if cell else entity, rule
    return label, "", None


def table_enforcement(table: Table, domain: str, report_year: int,
                      warnings: list[str]) -> tuple[list[Enforcement], list[str]]:
    """Enforcement records of one labour or criminal enforcement table, and the row labels
    no vocabulary row takes (their records are kept with an empty measure)."""
    columns, entity_col = _columns(table, report_year, warnings)
    notes = _notes(table)
    orphan = _orphan_note(table, notes)
    out: list[Enforcement] = []
    label, rule = "", None
    above = ""
    unknown: list[str] = []
    for row in _unwrapped(table.rows, domain):
        printed = row[0].text
        entity = cell_text(row, entity_col)
        if printed:
            label, inline, rule = _match_row(printed, domain)
            entity = entity or inline
            above = "" if entity else above
            entity = entity or above
        elif not entity and rule is None:
            continue
        if rule is not None and rule.role != "value" and not (
                rule.measure and any(row[c.index].text for c in columns if c.index < len(row))):
            above = entity
            continue
        if rule is None and printed and _is_entity_only(printed, out):
            entity, label = printed, out[-1].label
            rule = match_enforcement(label, domain)
        if rule is None and label not in unknown:
            unknown.append(label)
        for col in columns:
            if col.index >= len(row) or not row[col.index].text:
                continue
            rec = _record(row[col.index], col, rule, domain, label, notes, orphan, warnings)
            if rec:
                out.append(replace(rec, territory=" ".join(entity.split())))
    warnings += [f"{table.name}: unknown row label {u!r}" for u in unknown]
    return out, unknown


def _unwrapped(rows: list[list[Cell]], domain: str) -> list[list[Cell]]:
    """Rows whose label wraps onto the next row around the entity printed after each part
    ("... the Worst Forms of Mainland" / "Child Labor Zanzibar", OCR), rewritten as the whole
    label with the first entity and a row of the second entity (left out when that row holds
    only the end of the label)."""
    out: list[list[Cell]] = []
    k = 0
    while k < len(rows):
        row, nxt = rows[k], rows[k + 1] if k + 1 < len(rows) else None
        split = _split_wrapped(row[0].text, nxt[0].text, domain) if nxt else None
        if nxt is None or split is None:
            out.append(row)
            k += 1
            continue
        label, first, second = split
        out.append([Cell(f"{label} {first}", row[0].start, row[0].end), *row[1:]])
        if second and any(c.text for c in nxt[1:]):
            out.append([Cell(second, nxt[0].start, nxt[0].end), *nxt[1:]])
        k += 2
    return out


def _split_wrapped(first: str, second: str, domain: str) -> tuple[str, str, str] | None:
    """A known label wrapped from ``first`` onto ``second``, each line ending with an entity
    (the second maybe with none): (label, first entity, second entity); None otherwise."""
    if not first or not second or any(_known(t, domain) for t in (first, second)):
        return None
    a, b = first.split(), second.split()
    for i in range(len(a) - 1, max(0, len(a) - _MAX_ENTITY_WORDS - 1), -1):
        for j in range(len(b), max(0, len(b) - _MAX_ENTITY_WORDS - 1), -1):
            label = " ".join(a[:i] + b[:j])
            if match_enforcement(label, domain, fuzzy=False):
                return label, " ".join(a[i:]), " ".join(b[j:])
    return None


def _known(printed: str, domain: str) -> bool:
    """Whether a printed label is a known one, alone or with an entity after it."""
    return bool(match_enforcement(printed, domain, fuzzy=False)
                or _split_entity(printed, domain)[2])


def _is_entity_only(printed: str, out: list[Enforcement]) -> bool:
    """Whether an unmatched short label names another entity of the row above it."""
    return bool(out) and bool(out[-1].territory) and len(printed.split()) <= _MAX_ENTITY_WORDS


def _record(cell: Cell, col: _Column, rule: LabelRule | None, domain: str, label: str,
            notes: dict[str, str], orphan: str | None,
            warnings: list[str]) -> Enforcement | None:
    """The record of one cell; None (with a warning) when the cell cannot be read."""
    parsed = parse_cell(cell)
    if parsed is None:
        warnings.append(f"unreadable cell {cell.text!r} ({label}, {col.year})")
        return None
    status = parsed.status
    texts: list[str] = []
    for mark in dict.fromkeys(parsed.marks + col.marks):
        note = notes.get(mark)
        if note is None or (_NOT_PUBLISHED.search(note) and parsed.value is not None):
            note = orphan
        if note is None:
            warnings.append(f"mark {mark!r} of {cell.text!r} has no note ({label}, {col.year})")
            continue
        texts.append(note)
        if _NOT_PUBLISHED.search(note) and parsed.value is None:
            status = "not_published"
    qualifier = "partial_year" if any(_PARTIAL.search(t) for t in texts) else ""
    unit = parsed.unit or (rule.default_unit if rule else "") or "count"
    if rule and rule.units == {"usd"} and unit == "count":
        unit = "usd"
    return Enforcement(
        data_year=col.year, domain=domain, measure=rule.measure if rule else "",
        value=parsed.value, unit=unit, status=status, start=parsed.start, end=parsed.end,
        qualifier=qualifier, note="; ".join(texts), citations=parsed.citations, label=label,
    )
