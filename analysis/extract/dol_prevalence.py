"""Prevalence records from the DOL "Statistics on Children's Work and Education" table.

Each row gives an indicator (``analysis/data/prevalence_labels.csv``), an age range and a
percentage, the working row also the number of working children ("3.2 (79,690)"). The source
lines under the table name the survey and its year; the figure beside the table ("Working
Children by Sector, Ages 5-14") splits working children by sector. A table with several
value columns (one per territory or province) gives its first column; the others are named
in a warning.
"""

from __future__ import annotations

import re

from analysis.extract.labels import match_prevalence
from analysis.extract.numbers import NUMBER_DIGITS, parse_number
from analysis.extract.records import Prevalence
from analysis.extract.tables import MARKS, Cell, Table, normalise_label

_AGE = re.compile(r"(\d{1,2})\s*(?:-|–|—|to)\s*(\d{1,2})")
_PERCENT_CELL = re.compile(
    rf"^(?P<pct>\d{{1,3}}(?:\.\d+)?)\s?%?[{re.escape(MARKS)}]*"
    rf"(?:\s*\(\s*(?:(?P<pop>{NUMBER_DIGITS})|Unavailable|N/A)\s*\))?[{re.escape(MARKS)}]*$"
)
_MISSING = re.compile(r"^(?:Unavailable|N/A|NA|Unknown)\b", re.IGNORECASE)
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
_SECTOR = re.compile(r"\b(Agriculture|Industry|Services)\b")
_SECTOR_PCT = re.compile(r"\b\d{1,3}(?:\.\d+)?\s?%")
_SECTOR_SUM = (97.0, 103.0)
#: Lines below a sector name searched for its percentage.
_BELOW = 3
#: A share printed alone on its line without ``%`` (PDF damage).
_BARE_SHARE = re.compile(r"\s*(\d{1,2}\.\d)\s*")
#: How far such a share may be from completing the other two to 100.
_BARE_TOLERANCE = 0.15


def _age_column(table: Table) -> int | None:
    """The index of the age column: by its heading, else the column of age ranges."""
    for k, head in enumerate(table.header[1:], start=1):
        if normalise_label(head.text) == "age":
            return k
    counts: dict[int, int] = {}
    for row in table.rows:
        for k, c in enumerate(row[1:], start=1):
            if _AGE.search(c.text) and not _PERCENT_CELL.match(c.text):
                counts[k] = counts.get(k, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def _value_columns(table: Table, age: int | None) -> list[int]:
    """The indexes of the value columns, in order (not the age or entity column)."""
    width = max([len(table.header)] + [len(r) for r in table.rows])
    entity = [k for k, h in enumerate(table.header)
              if normalise_label(h.text) == "related entity"]
    return [k for k in range(1, width) if k != age and k not in entity]


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
    """Percentage, population and span of a statistics cell; None if not one."""
    text = cell.text
    m = _PERCENT_CELL.match(text)
    if m:
        pop = parse_number(m.group("pop")) if m.group("pop") else None
        return float(m.group("pct")), int(pop) if pop is not None else None, cell.start, cell.end
    if _MISSING.match(text):
        return None, None, cell.start, cell.end
    return None


def table_prevalence(table: Table, text: str, warnings: list[str]) -> list[Prevalence]:
    """Prevalence records of one statistics table (and of the figure beside it)."""
    age_col = _age_column(table)
    value_cols = _value_columns(table, age_col)
    if len(value_cols) > 1:
        names = [table.header[k].text for k in value_cols[1:] if k < len(table.header)]
        warnings.append(f"Table {table.number}: kept the first value column; left {names}")
    region = text[table.start : _region_end(text, table)]
    sources = _sources(region)
    before = max(0, table.start - _FIGURE_WINDOW)
    out: list[Prevalence] = []
    others = 0
    for row in table.rows:
        if not row[0].text:
            others += any(c.text for c in row[1:])
            continue
        rule = match_prevalence(row[0].text)
        if rule is None:
            warnings.append(f"Table {table.number}: unknown row label {row[0].text!r}")
            continue
        if rule.role != "value" or not value_cols:
            continue
        k = value_cols[0]
        cell = row[k] if k < len(row) else None
        if cell is None or not cell.text:
            continue
        parsed = _parse_value(cell)
        if parsed is None:
            warnings.append(f"Table {table.number}: unreadable value {cell.text!r}")
            continue
        pct, pop, start, end = parsed
        age_cell = row[age_col].text if age_col is not None and age_col < len(row) else ""
        ages = _AGE.search(age_cell)
        name, year = sources.get("primary" if rule.measure == "primary_completion" else "other",
                                 ("", None))
        out.append(Prevalence(
            indicator=rule.measure, value_pct=pct, start=start, end=end,
            age_min=int(ages.group(1)) if ages else None,
            age_max=int(ages.group(2)) if ages else None,
            population=pop if rule.measure == "working" else None,
            survey=name, survey_year=year, label=row[0].text,
        ))
    if others:
        warnings.append(f"Table {table.number}: kept the first row of each indicator; "
                        f"left {others} rows of other entities")
    out += _sectors(text[before : _region_end(text, table)], before,
                    sources.get("other", ("", None)), warnings)
    return out


def _completing_share(lines: list[str], starts: list[int], first: int, offset: int,
                      found: list[Prevalence], ages: re.Match[str],
                      source: tuple[str, int | None]) -> list[Prevalence]:
    """The third sector share printed without its ``%``, taken only when it completes 100."""
    have = {r.label for r in found}
    rest = 100 - sum(r.value_pct or 0 for r in found)
    for i, line in enumerate(lines):
        if i < first:
            continue
        for m in _SECTOR.finditer(line):
            if m.group(1) in have:
                continue
            for j in range(i + 1, min(i + 1 + _BELOW, len(lines))):
                b = _BARE_SHARE.fullmatch(lines[j])
                if b and abs(float(b.group(1)) - rest) <= _BARE_TOLERANCE:
                    return [Prevalence(
                        indicator=f"working_sector_{m.group(1).lower()}",
                        value_pct=float(b.group(1)),
                        start=offset + starts[j] + b.start(1),
                        end=offset + starts[j] + b.end(1),
                        age_min=int(ages.group(1)), age_max=int(ages.group(2)),
                        survey=source[0], survey_year=source[1], label=m.group(1),
                    )]
    return []


def _region_end(text: str, table: Table) -> int:
    """Where the text that belongs to a statistics table (sources, figure) ends."""
    m = re.search(r"^[ \t\f]*Table\s+\d+\s*[.:]|^\s*(?:[IVX]+\.\s+[A-Z]{3})", text[table.end:],
                  re.MULTILINE)
    return table.end + m.start() if m else len(text)


def _sectors(region: str, offset: int, source: tuple[str, int | None],
             warnings: list[str]) -> list[Prevalence]:
    """The sector split of working children from the figure beside the table.

    A sector name is paired with the percentage printed below it, in its column (the next
    lines, overlapping columns); names without one are left out.
    """
    fig = _FIGURE.search(region)
    ages = _FIGURE_AGES.search(region, fig.end()) if fig else None
    if not fig or not ages:
        return []
    lines = region.split("\n")
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    first = region.count("\n", 0, fig.start())
    pcts = [(i, m) for i, line in enumerate(lines) if i >= first
            for m in _SECTOR_PCT.finditer(line)]
    used: set[tuple[int, int]] = set()
    out: list[Prevalence] = []
    for i, line in enumerate(lines):
        if i < first:
            continue
        for m in _SECTOR.finditer(line):
            near = [(j, p) for j, p in pcts if i < j <= i + _BELOW
                    and (j, p.start()) not in used
                    and p.start() < m.end() + 2 and p.end() > m.start() - 2]
            if not near:
                continue
            j, p = near[0]
            used.add((j, p.start()))
            value = float(p.group().rstrip("% "))
            out.append(Prevalence(
                indicator=f"working_sector_{m.group(1).lower()}", value_pct=value,
                start=offset + starts[j] + p.start(), end=offset + starts[j] + p.end(),
                age_min=int(ages.group(1)), age_max=int(ages.group(2)),
                survey=source[0], survey_year=source[1], label=m.group(1),
            ))
    if len(out) == 2:
        out += _completing_share(lines, starts, first, offset, out, ages, source)
    total = sum(r.value_pct or 0 for r in out)
    if len(out) == 3 and not _SECTOR_SUM[0] <= total <= _SECTOR_SUM[1]:
        warnings.append(f"sector shares sum to {total:.1f}; left out")
        return []
    return out
