"""Prevalence records from the DOL "Statistics on Children's Work and Education" table.

Each row gives an indicator (``analysis/data/prevalence_labels.csv``), an age range and a
percentage, the working row also the number of working children ("3.2 (61,250)"). The source
lines under the table name the survey and its year; the figure beside the table ("Working
Children by Sector, Ages 5-14") splits working children by sector. A table split by entity
gives one record per entity, with the entity as printed: a "Related Entity" column names the
entity of each row (rows without a label continue the indicator above), value columns headed
by entity names ("All Pakistan", "Punjab Province") name the entity of each column. Value
columns whose headings name no entity are not told apart: the first is read, the others are
counted in a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.extract.edits import fewest_edits
from analysis.extract.labels import header_pattern, match_prevalence
from analysis.extract.numbers import NUMBER_DIGITS, parse_number
from analysis.extract.records import Prevalence
from analysis.extract.tables.cells import (
    Cell,
    Table,
    cell_text,
    damaged_value,
    edit_distance,
    fold,
    mended_value,
    normalise_label,
)
from analysis.extract.tables.entities import entity_column
from analysis.extract.tables.titles import capitalised, next_title
from analysis.notation import MISSING_WORD, READ_MARKS

_AGE = re.compile(r"(\d{1,2})\s*(?:-|–|—|to)\s*(\d{1,2})")
_PERCENT_CELL = re.compile(
    rf"^(?P<pct>\d{{1,3}}(?:\.\d+)?)\s?%?[{re.escape(READ_MARKS)}]*"
    rf"(?:\s*\(\s*(?:(?P<pop>{NUMBER_DIGITS})|{MISSING_WORD})\s*\))?[{re.escape(READ_MARKS)}]*$"
)
_MISSING = re.compile(rf"^(?:{MISSING_WORD})\b", re.IGNORECASE)
_SURVEY = re.compile(
    r"(?:statistics|data)\s+from\s+(?:the\s+)?(?P<name>.+?)[\s,]*"
    r"(?P<year>(?:19|20)\d\d)(?:\s*[-–—]\s*\d{2,4})?\s*\.?\s*(?:\(|$)",
    re.DOTALL,
)
_DATA_FROM = re.compile(r"Data\s+from\s+(?P<year>(?:19|20)\d\d)")
_SOURCE = re.compile(
    r"(?:Sources?\s+for\s+(?P<what>primary\s+completion\s+rate|all\s+other\s+data)\s*:"
    r"|(?P<none>Primary\s+completion\s+rate\s+was\s+unavailable|(?:All\s+other\s+)?[Dd]ata\s+"
    r"were\s+unavailable))(?P<body>.*?)(?=Sources?\s+for|Data\s+were\s+unavailable|"
    r"All\s+other\s+data|\n\s*\n|$)",
    re.DOTALL | re.IGNORECASE,
)
_FIGURE = re.compile(r"Working\s+Children\s+by\s+Sector\b")
_FIGURE_AGES = re.compile(r"Ages?\s*(\d{1,2})\s*[-–]\s*(\d{1,2})")
#: Characters around a statistics table searched for the figure beside it.
_FIGURE_WINDOW = 400
_SECTOR_NAMES = ("Agriculture", "Industry", "Services")
_SECTOR = re.compile(rf"\b({'|'.join(_SECTOR_NAMES)})\b")
#: A piece of a line set apart as a figure prints its labels (alone, or two spaces or more from
#: anything else), of one or two words: a sector name OCR damaged ("In dustry", "lndustry").
_SET_APART = re.compile(r"(?:^\s*|(?<=\s\s))([A-Za-z|!]+(?: [A-Za-z]+)?)(?=\s\s|\s*$)")
#: Edits (a letter changed, lost or added) a damaged sector name may be from its name.
_SECTOR_EDITS = 1
#: A share as printed; not the end of a figure OCR cut (".9%" of "2.9%", which is not read).
_SECTOR_PCT = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d+)?\s?%")
#: The sum three shares may take (rounding); two shares may not exceed its top.
_SECTOR_SUM = (99.0, 101.0)
#: Lines below a sector name searched for its percentage.
_BELOW = 3
#: Spaces before a sector name that show a layout keeping columns.
_COLUMN_GAP = 2
#: A share printed alone on its line without ``%`` (PDF damage).
_BARE_SHARE = re.compile(r"\s*(\d{1,2}\.\d)\s*")
#: How far such a share may be from completing the other two to 100.
_BARE_TOLERANCE = 0.15


def _age_column(table: Table) -> int | None:
    """The index of the age column: by its heading, else the column of age ranges."""
    for k, head in enumerate(table.header[1:], start=1):
        if header_pattern("statistics", "age").fullmatch(normalise_label(head.text)):
            return k
    counts: dict[int, int] = {}
    for row in table.rows:
        for k, c in enumerate(row[1:], start=1):
            if _AGE.search(c.text) and not _PERCENT_CELL.match(c.text):
                counts[k] = counts.get(k, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def _value_columns(table: Table, age: int | None, entity: int | None) -> list[int]:
    """The indexes of the value columns, in order (not the age or entity column)."""
    width = max([len(table.header)] + [len(r) for r in table.rows])
    return [k for k in range(1, width) if k not in (age, entity)]


def _heading_entity(heading: str) -> str:
    """The entity a value column's heading names, spanning headings ("Percent") removed."""
    words = heading.split()
    while words and _is_header(words[0]):
        words = words[1:]
    while words and _is_header(words[-1]):
        words = words[:-1]
    return " ".join(words)


def _is_header(word: str) -> bool:
    """Whether a word is a column heading of the statistics table ("Percent", "Age")."""
    rule = match_prevalence(word)
    return rule is not None and rule.role == "header"


def _column_entities(table: Table, columns: list[int],
                     warnings: list[str]) -> list[tuple[int, str]]:
    """The value columns read, each with the entity its heading names (none for one column)."""
    if len(columns) < 2:
        return [(k, "") for k in columns]
    names = [_heading_entity(table.header[k].text) if k < len(table.header) else ""
             for k in columns]
    if all(names) and len(set(names)) == len(names):
        return list(zip(columns, names, strict=True))
    warnings.append(f"{table.name}: {len(columns)} value columns without entity "
                    f"headings; kept the first, left {len(columns) - 1}")
    return [(columns[0], "")]


def _sources(text: str) -> dict[str, tuple[str, int | None]]:
    """Survey name and year for "primary" (completion rate) and "other" (all other data)."""
    out: dict[str, tuple[str, int | None]] = {}
    for m in _SOURCE.finditer(text):
        lines = [re.split(r"\s{3,}", line.strip())[0] for line in m.group("body").split("\n")]
        body = re.sub(r"\s+", " ", " ".join(lines)).strip()
        what = (m.group("what") or m.group("none") or "").lower()
        key = "primary" if "primary" in what else "other"
        if m.group("none"):
            out.setdefault(key, ("", None))
        elif key == "primary":
            year = _DATA_FROM.search(body)
            name = "UNESCO Institute for Statistics" if "UNESCO" in body else ""
            out.setdefault(key, (name, int(year.group("year")) if year else None))
        else:
            survey = _SURVEY.search(body)
            out.setdefault(key, (survey.group("name").strip(" ,"), int(survey.group("year")))
                           if survey else ("", None))
    return out


def _parse_value(cell: Cell) -> tuple[float | None, int | None, int, int] | None:
    """Percentage, population and span of a statistics cell (as OCR damaged it where it can be
    mended with certainty, ``cells.mended_value``); None if not one, or damaged past that."""
    if damaged_value(cell.text):
        return None
    text = mended_value(cell.text) or cell.text
    m = _PERCENT_CELL.match(text)
    if m:
        pop = parse_number(m.group("pop")) if m.group("pop") else None
        return float(m.group("pct")), int(pop) if pop is not None else None, cell.start, cell.end
    if _MISSING.match(text):
        return None, None, cell.start, cell.end
    return None


def table_prevalence(table: Table, text: str,
                     warnings: list[str]) -> tuple[list[Prevalence], list[str]]:
    """Prevalence records of one statistics table (and of the figure beside it), and the row
    labels no vocabulary row takes (named in warnings; the indicator has no empty value)."""
    age_col = _age_column(table)
    entity_col = entity_column(table.header)
    columns = _column_entities(table, _value_columns(table, age_col, entity_col), warnings)
    region = text[table.start : _region_end(text, table)]
    sources = _sources(region)
    before = max(0, table.start - _FIGURE_WINDOW)
    out: list[Prevalence] = []
    rule, label, unlabelled = None, "", 0
    unknown: list[str] = []
    for row in table.rows:
        entity = cell_text(row, entity_col)
        printed = row[0].text
        continues = bool(entity) and rule is not None and (
            not printed or match_prevalence(printed) is None)
        if not continues and not printed:
            unlabelled += any(c.text for c in row[1:])
            continue
        if not continues:
            rule, label = match_prevalence(printed), printed
            if rule is None:
                unknown.append(printed)
                warnings.append(f"{table.name}: unknown row label {printed!r}")
        if rule is None or rule.role != "value":
            continue
        age_cell = cell_text(row, age_col)
        source = sources.get("primary" if rule.measure == "primary_completion" else "other",
                             ("", None))
        for k, heading in columns:
            cell = row[k] if k < len(row) else None
            if cell is None or not cell.text:
                continue
            parsed = _parse_value(cell)
            if parsed is None:
                warnings.append(f"{table.name}: unreadable value {cell.text!r}")
                continue
            out.append(_record(parsed, rule.measure, _ages(age_cell, table.name, warnings),
                               source, label, entity or heading))
    if unlabelled:
        warnings.append(f"{table.name}: left {unlabelled} rows without a label")
    out += _sectors(text[before : _region_end(text, table)], before,
                    sources.get("other", ("", None)), warnings)
    return out, unknown


def _ages(cell: str, name: str, warnings: list[str]) -> re.Match[str] | None:
    """The age range of a cell; None, with a warning, where it ends at or below its first age:
    a digit OCR lost ("5-4", "7 to 1" for 5-14 and 7-14), which is not guessed back."""
    ages = _AGE.search(cell)
    if ages is None or _rising(ages):
        return ages
    message = f"{name}: unreadable age range {cell!r} (it does not rise); left empty"
    if message not in warnings:
        warnings.append(message)
    return None


def _rising(ages: re.Match[str]) -> bool:
    """Whether an age range ends above the age it starts at."""
    return int(ages.group(1)) < int(ages.group(2))


def _record(parsed: tuple[float | None, int | None, int, int], indicator: str,
            ages: re.Match[str] | None, source: tuple[str, int | None], label: str,
            territory: str) -> Prevalence:
    """The record of one statistics cell read by ``_parse_value``."""
    pct, pop, start, end = parsed
    return Prevalence(
        indicator=indicator, value_pct=pct, start=start, end=end,
        age_min=int(ages.group(1)) if ages else None,
        age_max=int(ages.group(2)) if ages else None,
        population=pop if indicator == "working" else None,
        survey=source[0], survey_year=source[1], label=label,
        territory=" ".join(territory.split()),
    )


def _sector_record(sector: str, share: str, start: int, end: int, ages: re.Match[str] | None,
                   source: tuple[str, int | None]) -> Prevalence:
    """The record of one sector's share of working children, read from the figure."""
    return Prevalence(
        indicator=f"working_sector_{sector.lower()}", value_pct=float(share), start=start,
        end=end, age_min=int(ages.group(1)) if ages else None,
        age_max=int(ages.group(2)) if ages else None,
        survey=source[0], survey_year=source[1], label=sector,
    )


def _completing_share(lines: list[str], starts: list[int], first: int, offset: int,
                      found: list[Prevalence], ages: re.Match[str] | None,
                      source: tuple[str, int | None]) -> list[Prevalence]:
    """The third sector share printed without its ``%``, taken only when it completes 100."""
    have = {r.label for r in found}
    rest = 100 - sum(r.value_pct or 0 for r in found)
    for i, line in enumerate(lines):
        if i < first:
            continue
        for m in _sector_names(line):
            if m.group(1) in have:
                continue
            for j in range(i + 1, min(i + 1 + _BELOW, len(lines))):
                b = _BARE_SHARE.fullmatch(lines[j])
                if b and abs(float(b.group(1)) - rest) <= _BARE_TOLERANCE:
                    return [_sector_record(m.group(1), b.group(1), offset + starts[j] + b.start(1),
                                           offset + starts[j] + b.end(1), ages, source)]
    return []


#: A numbered section ("IV. SUGGESTED ACTIONS"): right where the table ends, or at a line start
#: after it (searched in place, not in a copy of the rest of the text, which cost the square of
#: a long text's length).
_SECTION = r"\s*(?:[IVX]+\.\s+[A-Z]{3})"
_SECTION_HERE = re.compile(_SECTION)
_SECTION_LATER = re.compile(r"^" + _SECTION, re.MULTILINE)


def _region_end(text: str, table: Table) -> int:
    """Where the text that belongs to a statistics table (sources, figure) ends: at the next
    numbered section or table title (found by its words, ``titles.next_title``)."""
    if _SECTION_HERE.match(text, table.end):
        return table.end
    title = next_title(text, table.end)
    limit = len(text) if title is None else title
    m = _SECTION_LATER.search(text, table.end, limit)
    return m.start() if m else limit


def _sectors(region: str, offset: int, source: tuple[str, int | None],
             warnings: list[str]) -> list[Prevalence]:
    """The sector split of working children from the figure beside the table.

    A sector name is paired with the share printed under it (``_share_below``), only where
    that pairing is unambiguous: a share claimed by two names, or a name with two shares, is
    left out, as are shares that do not sum to 100. What the figure shows but cannot be read
    with certainty is named in one warning.
    """
    fig = _FIGURE.search(region) or _damaged_caption(region)
    if not fig:
        return []
    ages: re.Match[str] | None = _FIGURE_AGES.search(region, fig.end())
    if not ages:
        _warn_sectors(region, fig, "no age range", [], warnings)
        return []
    if not _rising(ages):
        warnings.append(f"Figure ({' '.join(fig.group().split())}): unreadable age range "
                        f"{ages.group()!r} (it does not rise); the shares' ages left empty")
        ages = None
    lines = region.split("\n")
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    first = region.count("\n", 0, fig.start())
    claims: dict[str, set[tuple[int, int]]] = {}
    shares: dict[tuple[int, int], re.Match[str]] = {}
    for i in range(first, len(lines)):
        for m in _sector_names(lines[i]):
            below = _share_below(lines, i, m, set(shares))
            if below is not None:
                j, p = below
                claims.setdefault(m.group(1), set()).add((j, p.start()))
                shares[(j, p.start())] = p
    taken = [at for spots in claims.values() for at in spots]
    out: list[Prevalence] = []
    for name, spots in claims.items():
        if len(spots) != 1 or taken.count(next(iter(spots))) != 1:
            continue
        j, col = next(iter(spots))
        p = shares[(j, col)]
        out.append(_sector_record(name, p.group().rstrip("% "), offset + starts[j] + p.start(),
                                  offset + starts[j] + p.end(), ages, source))
    if len(out) == 2:
        out += _completing_share(lines, starts, first, offset, out, ages, source)
    total = sum(r.value_pct or 0 for r in out)
    if total > _SECTOR_SUM[1] or (len(out) == 3 and total < _SECTOR_SUM[0]):
        _warn_sectors(region, fig, f"shares sum to {total:.1f}", [], warnings)
        return []
    if len(out) < len(_SECTOR_NAMES):
        _warn_sectors(region, fig, "no share paired with certainty", out, warnings)
    return out


def _share_below(lines: list[str], i: int, label: re.Match[str] | _Found,
                 claimed: set[tuple[int, int]]) -> tuple[int, re.Match[str]] | None:
    """The share printed under the sector name ``label`` of line ``i``, as (line, match).

    The figure prints each share under its name. Where the name is set apart by two or more
    spaces (a layout keeping columns), the share must be the first thing in the name's
    column on the next line that has anything there. Elsewhere (OCR, flowed text) the figure
    beside the table ends the lines: the name must end its line, or be followed there only
    by a share already ``claimed`` by a name above, and the next non-empty line must hold
    one share, first or last on it.
    """
    line = lines[i]
    gap = line[: label.start()]
    if len(gap) - len(gap.rstrip()) >= _COLUMN_GAP:
        return _share_in_column(lines, i, label)
    after = line[label.end():]
    if after.strip():
        beside = _SECTOR_PCT.match(line, len(line) - len(after.lstrip()))
        if not beside or line[beside.end():].strip() or (i, beside.start()) not in claimed:
            return None
    for j in range(i + 1, min(i + 1 + _BELOW, len(lines))):
        if not lines[j].strip():
            continue
        found = list(_SECTOR_PCT.finditer(lines[j]))
        if len(found) == 1 and not (lines[j][: found[0].start()].strip()
                                    and lines[j][found[0].end():].strip()):
            return j, found[0]
        return None
    return None


def _share_in_column(lines: list[str], i: int,
                     label: re.Match[str] | _Found) -> tuple[int, re.Match[str]] | None:
    """The share that is the first thing in the label's column on the next line that has
    anything there (a layout keeping columns); None if that thing is no share."""
    for j in range(i + 1, min(i + 1 + _BELOW, len(lines))):
        word = next((w for w in re.finditer(r"\S+", lines[j])
                     if w.start() < label.end() + 2 and w.end() > label.start() - 2), None)
        if word is None:
            continue
        p = _SECTOR_PCT.match(lines[j], word.start())
        return (j, p) if p else None
    return None


@dataclass(frozen=True)
class _Found:
    """A piece of text read as something it is damaged from (a sector name, the figure's
    caption), with the offsets of what is printed; read like a ``re.Match`` of it."""

    name: str
    at: int
    to: int
    printed: str

    def start(self) -> int:
        """Where the printed piece starts."""
        return self.at

    def end(self) -> int:
        """Where the printed piece ends."""
        return self.to

    def group(self, _: int = 0) -> str:
        """What the piece is read as (the name; the caption as printed)."""
        return self.name


def _sector_names(line: str) -> list[re.Match[str] | _Found]:
    """The sector names of a line: as printed, else damaged by OCR in a piece set apart as the
    figure prints its labels, one edit from exactly one name once folded (``fold``)."""
    found: list[re.Match[str] | _Found] = list(_SECTOR.finditer(line))
    for m in _SET_APART.finditer(line):
        if any(f.start() < m.end(1) and m.start(1) < f.end() for f in found):
            continue
        near = [n for n in _SECTOR_NAMES
                if edit_distance(fold(m.group(1)), fold(n), _SECTOR_EDITS) is not None]
        if len(near) == 1:
            found.append(_Found(near[0], m.start(1), m.end(1), m.group(1)))
    return sorted(found, key=lambda f: f.start())


#: The caption of the sector figure, folded, and the edits a damaged one may be from it (one
#: per eight letters, as for table titles).
_CAPTION = fold("Working Children by Sector")
_CAPTION_EDITS = len(_CAPTION) // 8


def _damaged_caption(region: str) -> _Found | None:
    """The figure's caption damaged by OCR ("Work ing Ch ildren by Sector"): the first line
    that holds it within ``_CAPTION_EDITS`` edits once folded and capitalises its words; read
    from the start of that line."""
    pos = 0
    for line in region.split("\n"):
        if capitalised(line) and fewest_edits(_CAPTION, fold(line)) <= _CAPTION_EDITS:
            return _Found(line.strip(), pos, pos, line.strip())
        pos += len(line) + 1
    return None


def _warn_sectors(region: str, fig: re.Match[str] | _Found, reason: str, kept: list[Prevalence],
                  warnings: list[str]) -> None:
    """Name the figure and the sectors it left out, once per document."""
    number = re.search(r"Figure\s*(\d+)\W*$", region[max(0, fig.start() - 20) : fig.start()])
    name = f"Figure {number.group(1)}" if number else "Figure"
    have = {r.label for r in kept}
    missing = ", ".join(s for s in _SECTOR_NAMES if s not in have)
    message = f"{name} ({' '.join(fig.group().split())}): left out {missing} ({reason})"
    if message not in warnings:
        warnings.append(message)
