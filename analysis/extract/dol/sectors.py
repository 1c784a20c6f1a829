"""The DOL sector table ("Overview of Children's Work by Sector and Activity").

The first column names the sector (``analysis/data/sector_labels.csv``); rows with an empty
first cell continue the sector above. Every other non-empty cell is one activity, kept whole
as printed with its marks († hazardous, * limited evidence) and citations taken out.

In pdftotext flowed text the sector labels and the activities come as two separate blocks
per page, and nothing in the text says where one sector's activities end: an activity gets its
sector where the counts (``pair_labels``) or the order (``labels_by_order``) make it certain;
every other activity is kept too, with the sector empty, ``pairing`` unpaired and a warning.
No activity is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from analysis.datafiles import read_rows
from analysis.extract.dol.list_cells import (
    TITLE_LINE,
    Line,
    cell_text,
    cited_cells,
    ends_cited,
    first_match,
    heading_alone,
    is_flowed,
    is_furniture,
    join_lines,
    join_text,
    labels_by_order,
    pair_labels,
    region_lines,
    side_by_side,
    split_citations,
    split_marks,
)
from analysis.extract.records import SectorActivity
from analysis.notation import MARKS

if TYPE_CHECKING:
    from analysis.extract.tables.cells import Cell, Table


_HEADING = re.compile(r"sector\s*/\s*industry", re.IGNORECASE)
_NOTE = re.compile(rf"^[{MARKS}]\s*[A-Z]")


@cache
def _sector_labels() -> tuple[dict[str, str], ...]:
    """The label -> sector rows of sector_labels.csv."""
    return read_rows("sector_labels.csv")


def sector_key(label: str) -> str:
    """The sector key of a first-column label ("" when it is not one)."""
    match = first_match(_sector_labels(), split_marks(label)[0])
    return match["sector"] if match else ""


def parse_activity(sector: str, cell: Cell | Line, text: str) -> SectorActivity | None:
    """One activity cell as a SectorActivity (None when the cell holds no activity)."""
    printed, citations = split_citations(cell_text(cell, text))
    activity, marks = split_marks(printed)
    activity = activity.rstrip(" ,;")
    if not activity:
        return None
    return SectorActivity(
        sector=sector,
        activity=activity,
        start=cell.start,
        end=cell.end,
        hazardous="†" in marks,
        limited_evidence="*" in marks,
        citations=citations,
    )


def _flowed_parts(lines: list[Line]) -> list[tuple[list[Line], list[Line]]]:
    """(sector label lines, activity lines) of each page part of a flowed sector table."""
    parts: list[tuple[list[Line], list[Line]]] = []
    state = "seek"
    for ln in lines:
        if state == "seek" and _HEADING.fullmatch(ln.text):
            parts.append(([], []))
            state = "labels"
        elif state == "labels" and re.fullmatch(r"activit(?:y|ies)", ln.text, re.IGNORECASE):
            state = "activities"
        elif state == "labels" and ln.text:
            parts[-1][0].append(ln)
        elif state == "activities" and (_NOTE.match(ln.text) or (not ln.text and parts[-1][1])):
            state = "seek"
        elif state == "activities" and ln.text:
            parts[-1][1].append(ln)
    return parts


def _sector_labels_of(lines: list[Line], warnings: list[str]) -> list[Line]:
    """Sector labels of a flowed part, a wrapped label's lines joined: a line that names no
    sector continues the label above."""
    labels: list[Line] = []
    for ln in lines:
        if labels and not sector_key(ln.text):
            labels[-1] = join_lines([labels[-1], ln])
        else:
            labels.append(ln)
    for label in labels:
        if not sector_key(label.text):
            warnings.append(f"sectors: unknown sector '{label.text}'")
    return labels


def _flowed_activities(lines: list[Line], text: str,
                       warnings: list[str]) -> list[SectorActivity]:
    """Activities of a flowed sector table: each with its sector where the counts
    (``pair_labels``) or the order (``labels_by_order``) make it certain, the others kept
    with the sector empty (``pairing`` unpaired) and a warning."""
    out: list[SectorActivity] = []
    carried = ""
    for label_lines, activity_lines in _flowed_parts(lines):
        labels = _sector_labels_of(label_lines, warnings)
        keys = [sector_key(lb.text) for lb in labels]
        activities, left = cited_cells(activity_lines)
        if left:
            activities.append(join_lines(left))
        sectors = pair_labels(keys, len(activities), carried) if all(keys) else None
        pairing = "blocks"
        if sectors is None:
            sectors = labels_by_order(keys, len(activities), carried) if all(keys) else [
                ""] * len(activities)
            pairing = ""
        unpaired = sum(1 for sector in sectors if not sector)
        if unpaired:
            names = ", ".join(lb.text for lb in labels) or "none"
            warnings.append(
                f"sectors: flowed text lists {len(activities)} activities under {len(labels)} "
                f"sector labels ({names}) in separate blocks; which sector {unpaired} of them "
                "belong to is not in the text; kept with the sector empty"
            )
        for sector, line in zip(sectors, activities, strict=True):
            if a := parse_activity(sector, line, text):
                out.append(replace(a, pairing=pairing or ("blocks" if sector else "unpaired")))
        carried = keys[-1] if keys else carried
    return out


@dataclass
class _Reached:
    """The sector and its label as printed so far, carried to a table continued on the next
    page."""

    sector: str = ""
    label: str = ""


def _aligned_activities(table: Table, text: str, reached: _Reached,
                        warnings: list[str]) -> list[SectorActivity]:
    """Activities of a table whose reader kept the rows. A row may be one printed line: a
    label line that names no sector continues the label above, and an activity that ends
    without its citations continues on the next line if that starts in lower case."""
    cells: list[tuple[str, Line]] = []
    labelless = 0
    for row in table.rows:
        label = cell_text(row[0], text) if row else ""
        longer = join_text(reached.label, label)
        if label and not sector_key(label) and reached.sector and sector_key(
                longer) == reached.sector:
            reached.label = longer
        elif label:
            reached.sector, reached.label = sector_key(label), label
            if not reached.sector:
                warnings.append(f"sectors: unknown sector '{label}'; its activities kept with "
                                "the sector empty")
        for c in row[1:]:
            value = cell_text(c, text)
            if not value:
                continue
            line = Line(value, c.start, c.end)
            if cells and not ends_cited(cells[-1][1].text) and value[:1].islower():
                cells[-1] = (cells[-1][0], join_lines([cells[-1][1], line]))
            else:
                cells.append((reached.sector, line))
                labelless += not reached.label
    if labelless:
        warnings.append(f"sectors: {labelless} activities under no sector label; kept with the "
                        "sector empty")
    return [replace(a, pairing="row" if sector else "unpaired") for sector, line in cells
            if (a := parse_activity(sector, line, text))]


def _activity_blocks(lines: list[Line]) -> list[list[Line]]:
    """The blocks of a table region (runs of lines between blank lines) that can hold
    activities: up to a note under the table, without title lines, column headings, page
    furniture and label blocks (a block whose first line names a sector, with the lines of
    its wrapped label)."""
    blocks: list[list[Line]] = [[]]
    for ln in lines:
        if _NOTE.match(ln.text):
            break
        if TITLE_LINE.match(ln.text) or not ln.text or _HEADING.fullmatch(ln.text) or re.fullmatch(
                r"activit(?:y|ies)", ln.text, re.IGNORECASE):
            blocks.append([])
        elif not is_furniture(ln.text):
            blocks[-1].append(ln)
    return [b for b in blocks if b and not sector_key(b[0].text)]


def unstructured_activities(table: Table, lines: list[Line],
                            text: str) -> tuple[list[SectorActivity], list[str]]:
    """Every activity of a titled table whose rows cannot be structured, one per cited cell,
    with the sector empty and ``pairing`` unpaired, and a warning that says so (none where
    its lines hold cells side by side: a line is then not one activity's text)."""
    out: list[SectorActivity] = []
    blocks = _activity_blocks(lines)
    if side_by_side([ln for block in blocks for ln in block]):
        return [], []
    for block in blocks:
        cells, left = cited_cells(block)
        for line in [*cells, join_lines(left)] if left else cells:
            if a := parse_activity("", line, text):
                out.append(replace(a, pairing="unpaired"))
    if not out:
        return [], []
    return out, [f"sectors: the rows of table '{table.title}' cannot be structured; its "
                 f"{len(out)} activities kept with the sector empty (pairing unpaired)"]


def extract_sectors(tables: list[Table], text: str) -> tuple[list[SectorActivity], list[str]]:
    """Read the sector table(s): one SectorActivity per activity cell; a table whose rows
    cannot be structured gives its activities unplaced (``unstructured_activities``) when
    it is printed one cell per line (its column heading alone on its line)."""
    out: list[SectorActivity] = []
    warnings: list[str] = []
    reached = _Reached()
    for table in tables:
        lines = region_lines(table, text)
        if is_flowed(lines, _HEADING.pattern):
            activities = _flowed_activities(lines, text, warnings)
        else:
            activities = _aligned_activities(table, text, reached, warnings)
        if not activities and heading_alone(lines, _HEADING.pattern):
            activities, fallback = unstructured_activities(table, lines, text)
            warnings += fallback
        out += activities
    return out, warnings
