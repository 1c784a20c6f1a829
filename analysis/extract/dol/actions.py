"""The DOL suggested-actions table ("Suggested Government Actions to Eliminate Child Labor").

Columns Area, Suggested Action, Year(s) Suggested; a row with an empty Area continues the area
above, also across a table continued on the next page. "2009 – 2013" gives first_year 2009 and
last_year 2013, "2013" both 2013, "2010, 2012 – 2013" 2010 and 2013.

In pdftotext flowed text each column is a block of its own. Actions are then the lines up to
each sentence end, paired with the years in order when there are as many of both; an action
gets its area where the counts (``pair_labels``) or the order (``labels_by_order``) make it
certain, and is kept in any case: with the area empty and ``pairing`` unpaired where the text
does not say (also where the area printed is not one of the profile's sections). No action is
dropped. The blank lines inside the years block do not mark the area groups (a long action
leaves one too), so they are not used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from analysis.extract.dol.list_cells import (
    TITLE_LINE,
    Line,
    cell_at,
    cell_text,
    header_columns,
    heading_alone,
    is_flowed,
    is_furniture,
    is_title_case,
    join_lines,
    join_text,
    labels_by_order,
    pair_labels,
    region_lines,
    row_span,
    side_by_side,
)
from analysis.extract.records import SuggestedAction

if TYPE_CHECKING:
    from analysis.extract.tables.cells import Table

_ACTION_COLUMNS = {"years": r"year", "action": r"action", "area": r"area"}
_HEADINGS = {
    "areas": re.compile(r"area", re.IGNORECASE),
    "actions": re.compile(r"suggested actions?", re.IGNORECASE),
    "years": re.compile(r"year\(?s?\)?\s+suggested", re.IGNORECASE),
}
#: A column heading of the table as flowed text prints it, alone on its line.
_COLUMN_HEADING = r"area|suggested actions?|year\(s\) suggested"
_YEARS = re.compile(r"(?:19|20)\d\d(?:\s*[-–,]\s*(?:19|20)\d\d)*")
#: The heading that follows the last table of a profile.
_END = re.compile(r"(?:#+\s*)?\**(?:references|endnotes)\**(?:\s{2,}|$)", re.IGNORECASE)
_SECTION = re.compile(r"^[ \t#*]*[IVX]{1,4}\.[ \t]+([A-Z][A-Z ,'’-]+)", re.MULTILINE)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*$")


def parse_years(value: str) -> tuple[int | None, int | None]:
    """First and last year of a "Year(s) Suggested" cell (None, None when it has none)."""
    years = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", value)]
    if not years:
        return None, None
    return min(years), max(years)


@dataclass
class _Action:
    """An action row being read, its printed lines joined."""

    area: str
    action: str
    years: str
    start: int
    end: int


def section_names(text: str) -> list[str]:
    """The profile's numbered section headings ("II. LEGAL FRAMEWORK FOR CHILD LABOR"), lower
    case, each once: the areas of the actions table are their first words."""
    return list(dict.fromkeys(m.group(1).lower() for m in _SECTION.finditer(text)))


def is_area(name: str, sections: list[str]) -> bool:
    """Whether a text can be an area: it begins a section heading of the profile (any text
    when the profile has no numbered headings)."""
    return bool(name) and (not sections or any(h.startswith(name.lower()) for h in sections))


def _joins_area(first: str, second: str, sections: list[str]) -> bool:
    """Whether area text ``second`` is the rest of an area name wrapped from ``first``: only
    the two together begin a section heading of the profile ("Legal" / "Framework")."""
    joined = f"{first} {second}".lower()
    return any(h.startswith(joined) for h in sections) and not any(
        h.startswith(second.lower()) for h in sections)


def _aligned_rows(table: Table, text: str, sections: list[str]) -> list[_Action]:
    """The table's rows with printed lines joined (layout text gives one row per line): a
    line without years whose action goes on from an unfinished sentence above is the rest of
    that row, and an area text that only ends the area above is the rest of its name."""
    columns = header_columns(table, _ACTION_COLUMNS)
    rows: list[_Action] = []
    group: _Action | None = None
    for cells in table.rows:
        if not cells:
            continue
        if any(_END.match(cell_text(c, text)) for c in cells):
            break
        area = cell_text(cells[0], text)
        cell = cell_at(cells, columns.get("action", 1))
        action = cell_text(cell, text) if cell else ""
        years = cell_text(c, text) if (c := cell_at(cells, columns.get("years", 2))) else ""
        start, end = row_span(cells)
        if group and area and _joins_area(group.area, area, sections):
            group.area, area = join_text(group.area, area), ""
        prev = rows[-1] if rows else None
        if prev and not years and not area and (
                not action or not _SENTENCE_END.search(prev.action)):
            prev.action = join_text(prev.action, action)
            prev.end = max(prev.end, end)
            continue
        rows.append(_Action(area, action, years, start, end))
        group = rows[-1] if area else group
    return rows


def _aligned_actions(table: Table, text: str, area: str, sections: list[str],
                     warnings: list[str]) -> tuple[list[SuggestedAction], str]:
    """The actions of a table whose reader kept the rows, and the area the last one is in."""
    out: list[SuggestedAction] = []
    for row in _aligned_rows(table, text, sections):
        area = row.area or area
        if not row.action:
            if row.years:
                warnings.append(f"actions: years '{row.years}' without an action; skipped")
            continue
        first, last = parse_years(row.years)
        pairing = "row"
        if not area:
            warnings.append(f"actions: no area for '{row.action[:60]}'; kept with the area empty")
            pairing = "unpaired"
        elif not is_area(area, sections):
            warnings.append(f"actions: '{area[:60]}' is not an area the profile has a section "
                            "for; its row kept with the area empty")
            pairing = "unpaired"
        out.append(SuggestedAction(area if pairing == "row" else "", row.action, row.start,
                                   row.end, first, last, pairing))
    return out, area


@dataclass
class _Part:
    """One page part of a flowed actions table: its column blocks."""

    areas: list[Line] = field(default_factory=list)
    actions: list[Line] = field(default_factory=list)
    years: list[Line] = field(default_factory=list)


def _column_heading(text: str) -> str:
    """Which column heading a line is ("areas", "actions" or "years"), or "" for none."""
    return next((k for k, rx in _HEADINGS.items() if rx.fullmatch(text)), "")


def _heads_actions_next(lines: list[Line], i: int) -> bool:
    """Whether the end heading at line ``i`` ("REFERENCES") stands before the actions
    heading: pdftotext may print the next section's heading between the area block and the
    actions heading, and then the actions follow it (Fiji, Grenada, Nepal 2016)."""
    after = next((ln.text for ln in lines[i + 1 :] if ln.text), "")
    return bool(_HEADINGS["actions"].fullmatch(after))


def _flowed_parts(lines: list[Line]) -> list[_Part]:
    """The area lines, action lines and years of each page part of a flowed actions table."""
    parts = [_Part()]
    state = ""
    for i, ln in enumerate(lines):
        heading = _column_heading(ln.text)
        if _END.match(ln.text):
            if not parts[-1].actions and _heads_actions_next(lines, i):
                continue
            break
        if TITLE_LINE.match(ln.text):
            parts.append(_Part())
            state = ""
        elif heading:
            state = heading
        elif state == "areas" and ln.text:
            parts[-1].areas.append(ln)
        elif state == "actions" and ln.text:
            parts[-1].actions.append(ln)
        elif state == "actions" and parts[-1].actions:
            state = ""
        elif state == "years" and _YEARS.fullmatch(ln.text):
            parts[-1].years.append(ln)
        elif state == "years" and ln.text:
            state = ""
    return parts


def _sentences(lines: list[Line]) -> list[Line]:
    """Wrapped action lines joined into one per sentence."""
    out: list[Line] = []
    pending: list[Line] = []
    for ln in lines:
        pending.append(ln)
        if _SENTENCE_END.search(ln.text):
            out.append(join_lines(pending))
            pending = []
    if pending:
        out.append(join_lines(pending))
    return out


def _area_names(lines: list[Line], sections: list[str]) -> list[str]:
    """The area names of a flowed area block, a name wrapped over two lines joined."""
    names: list[str] = []
    for ln in lines:
        if names and _joins_area(names[-1], ln.text, sections):
            names[-1] = join_text(names[-1], ln.text)
        else:
            names.append(ln.text)
    return names


def _flowed_actions(lines: list[Line], sections: list[str],
                    warnings: list[str]) -> list[SuggestedAction]:
    """The actions of a flowed table: each with its area where the counts (``pair_labels``)
    or the order (``labels_by_order``) make it certain, the others kept with the area empty
    (``pairing`` unpaired) and a warning."""
    out: list[SuggestedAction] = []
    carried = ""
    for part in _flowed_parts(lines):
        actions = _sentences(part.actions)
        if not actions:
            continue
        names = _area_names(part.areas, sections)
        known = all(is_area(a, sections) for a in names)
        if not known:
            warnings.append(f"actions: flowed area names ({', '.join(names)}) are not the "
                            "profile's section names; those actions kept with the area empty")
        areas = pair_labels(names, len(actions), carried) if known else None
        if areas is None:
            areas = labels_by_order(names, len(actions), carried) if known else [
                ""] * len(actions)
        years = [y.text for y in part.years] if len(part.years) == len(actions) else []
        unpaired = sum(1 for a in areas if not a)
        if unpaired and known:
            warnings.append(
                f"actions: flowed text lists {len(actions)} actions under {len(names)} areas "
                f"({', '.join(names) or 'none'}) in separate blocks; which area {unpaired} of "
                "them belong to is not in the text; kept with the area empty"
            )
        for k, (area, action) in enumerate(zip(areas, actions, strict=True)):
            first, last = parse_years(years[k]) if years else (None, None)
            out.append(SuggestedAction(area, action.text, action.start, action.end, first, last,
                                       "blocks" if area else "unpaired"))
        if actions and not years:
            warnings.append(f"actions: flowed text gives {len(part.years)} years for "
                            f"{len(actions)} actions; years left empty")
        carried = names[-1] if names else carried
    return out


def _action_lines(lines: list[Line], sections: list[str]) -> list[Line]:
    """The lines of a table region that can be action text: the region up to the heading
    after the table (REFERENCES, unless the actions heading follows it), without title lines,
    column headings, the area block and area names, year cells and page furniture."""
    out: list[Line] = []
    state = ""
    for i, ln in enumerate(lines):
        heading = _column_heading(ln.text)
        if _END.match(ln.text):
            if _heads_actions_next(lines, i):
                continue
            break
        if heading or TITLE_LINE.match(ln.text):
            state = heading
            continue
        if not ln.text or state == "areas" or _YEARS.fullmatch(ln.text) or is_furniture(
                ln.text) or (sections and is_area(ln.text, sections)):
            continue
        opens = not out or bool(_SENTENCE_END.search(out[-1].text))
        if opens and is_title_case(ln.text):
            continue
        out.append(ln)
    return out


def unstructured_actions(table: Table, lines: list[Line],
                         sections: list[str]) -> tuple[list[SuggestedAction], list[str]]:
    """Every action of a titled table whose rows cannot be structured, one per sentence,
    with the area and years empty and ``pairing`` unpaired, and a warning that says so (none
    where its lines hold cells side by side: a line is then not one action's text)."""
    kept = _action_lines(lines, sections)
    actions = [SuggestedAction("", ln.text, ln.start, ln.end, None, None, "unpaired")
               for ln in _sentences(kept)]
    if not actions or side_by_side(kept):
        return [], []
    return actions, [f"actions: the rows of table '{table.title}' cannot be structured; its "
                     f"{len(actions)} actions kept with the area and years empty (pairing "
                     "unpaired)"]


def extract_actions(tables: list[Table], text: str) -> tuple[list[SuggestedAction], list[str]]:
    """Read the suggested-actions table(s): one SuggestedAction per action row; a table
    whose rows cannot be structured gives its actions unplaced (``unstructured_actions``)
    when it is printed one cell per line (a column heading alone on its line)."""
    out: list[SuggestedAction] = []
    warnings: list[str] = []
    area = ""
    sections = section_names(text)  # once: a long text has many tables
    for table in tables:
        lines = region_lines(table, text)
        if is_flowed(lines, _COLUMN_HEADING):
            actions = _flowed_actions(lines, sections, warnings)
        else:
            actions, area = _aligned_actions(table, text, area, sections, warnings)
        if not actions and heading_alone(lines, _COLUMN_HEADING):
            actions, fallback = unstructured_actions(table, lines, sections)
            warnings += fallback
        out += actions
    return out, warnings
