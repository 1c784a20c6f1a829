"""Tables split by a "Related Entity" column (a territory or province on each row).

The entity names ("National Total", "Punjab", "Mainland and Zanzibar") are printed as runs
of lines among the row labels; they are grouped into the names of one label each and
attached to the labels, giving one row per label and entity. Used by the flowed reader, by
the one-row-per-line reader for names printed after the labels, and when the continued
parts of a table are merged (``analysis.territories.entity_parts`` tells which entities a
name covers).
"""

from __future__ import annotations

import itertools

from analysis.extract.tables.blocks import (
    Chunk,
    LabelGroup,
    Token,
    column_cell,
    column_headings,
    column_rounds,
)
from analysis.extract.tables.cells import (
    CONNECTOR_END,
    Cell,
    LabelHints,
    Part,
    empty_cell,
    joined_cell,
    normalise_label,
    stack_text,
)
from analysis.extract.tables.row_labels import hinted_text, segment_labels
from analysis.territories import entity_parts

#: Heading of the column naming the entity (territory, province) of each row.
ENTITY_HEADING = "related entity"
#: Most words an entity name printed in that column has.
_ENTITY_WORDS = 6


def entity_column(header: list[Cell]) -> int | None:
    """The index of the "Related Entity" column among a table's headings, if there is one."""
    return next((k for k, h in enumerate(header) if normalise_label(h.text) == ENTITY_HEADING),
                None)


def has_entity_column(header: list[Cell]) -> bool:
    """Whether a table's headings include the "Related Entity" column."""
    return entity_column(header) is not None


def entity_groups(cells: list[Cell]) -> list[list[Cell]]:
    """Split a run of entity names into the names of one row label each: a name covering an
    entity the current group already names starts the next group."""
    groups: list[list[Cell]] = []
    seen: set[str] = set()
    for cell in cells:
        parts = entity_parts(cell.text)
        if not groups or parts & seen:
            groups.append([])
            seen = set()
        groups[-1].append(cell)
        seen |= parts
    return groups


def _attach_entities(labels: list[int], runs: list[tuple[list[list[Cell]], int]]
                     ) -> dict[int, list[Cell]] | None:
    """The entity names of each label, by the label's position in ``labels``.

    ``labels`` are the positions (in print order) of the labels that take values; ``runs``
    the entity groups of each run of names with the position it is printed at. One group
    per label when the counts agree (every row names its entity); else each run's groups
    belong to the labels printed just before the run. None when a run has fewer labels
    before it than groups.
    """
    groups = [(g, at) for run, at in runs for g in run]
    if len(groups) == len(labels):
        return {k: g for k, (g, _) in enumerate(groups)}
    out: dict[int, list[Cell]] = {}
    taken = -1
    for run, at in runs:
        free = [k for k, pos in enumerate(labels) if pos < at and k > taken]
        if len(free) < len(run):
            return None
        for k, group in zip(free[len(free) - len(run):], run, strict=True):
            out[k] = group
        taken = max(out) if out else taken
    return out


def _entity_lines(block: list[Token], hints: LabelHints) -> list[Cell] | None:
    """The entity names of a block of label lines (a "Related Entity" heading dropped, a name
    wrapped after "/" or "and" joined); None when a line is a row label, part of a wrapped
    one, or too long for a name."""
    cells = [t.cell for t in block if not hints.is_header(normalise_label(t.cell.text))]
    for a, b in itertools.pairwise(cells):
        if hinted_text(f"{a.text} {b.text}", hints):
            return None
    if any(hinted_text(c.text, hints) or len(c.text.split()) > _ENTITY_WORDS for c in cells):
        return None
    names: list[Cell] = []
    for cell in cells:
        if names and CONNECTOR_END.search(names[-1].text):
            names[-1] = stack_text([names[-1], cell])
        else:
            names.append(cell)
    return names


def _block_kind(block: list[Token], hints: LabelHints) -> str:
    """What a block of a flowed table holds: values, years, labels, entities or both kinds."""
    kinds = {t.kind for t in block}
    if "V" in kinds:
        return "mixed" if "L" in kinds else "values"
    if kinds == {"Y"}:
        return "years"
    lines = [t for t in block if t.kind == "L"]
    return "entities" if _entity_lines(lines, hints) is not None else "labels"


def flowed_entities(blocks: list[list[Token]], header: list[Cell],
                     hints: LabelHints) -> Part | None:
    """Rebuild a flowed table with a "Related Entity" column: one row per label and entity.

    Label blocks give the row labels (wrapped labels joined, sub-headings kept); blocks of
    entity names give, run by run, the entities of the labels (``_attach_entities``); the
    value blocks give the columns. None when the table shows no such column (no block of
    entity names before its last values, or, without the heading, no run of two names), or
    when it cannot be rebuilt and does not print the heading either.
    """
    if hints.labels is None:
        return None
    kinds = [_block_kind(b, hints) for b in blocks]
    values = [i for i, k in enumerate(kinds) if k == "values"]
    if "mixed" in kinds or not values:
        return None
    at = blocks[0][0].line.start
    printed = [t.cell for b in blocks for t in b if normalise_label(t.cell.text) == ENTITY_HEADING]
    named = bool(printed)
    runs = _entity_runs(blocks, kinds, values[-1], hints)
    if not runs or not (named or any(sum(map(len, r)) > 1 for r, _ in runs)):
        return None
    labels = _flowed_labels(blocks, kinds, hints)
    takers = [k for k, (_, heading, _) in enumerate(labels) if not heading]
    owners = _attach_entities([labels[k][2] for k in takers], runs)
    chunks, queue = _value_chunks(blocks, kinds)
    columns = column_headings([LabelGroup([], chunks)], queue)
    warnings: list[str] = []
    rounds = (column_rounds(chunks, len(columns), warnings)
              if columns and owners is not None else None)
    head = [header[0] if header else empty_cell(at),
            printed[0] if printed else Cell("Related Entity", at, at), *columns]
    rows = _entity_rows(labels, {takers[k]: g for k, g in (owners or {}).items()})
    filled = _fill_entity_rows(rows, rounds, len(columns))
    if filled is None:
        if not named:
            return None
        count = sum(1 for r in rows if r[2])
        return Part(head, [], [], 0, [*warnings, f"{count} label and entity rows do not fit "
                                       "the values of each column; left out"])
    return Part(head, filled, [], 0, warnings)


def _entity_runs(blocks: list[list[Token]], kinds: list[str], last: int,
                 hints: LabelHints) -> list[tuple[list[list[Cell]], int]]:
    """The entity groups of each run of entity blocks printed before block ``last`` (blocks
    with no label block between them are one run), with the index of its first block."""
    runs: list[tuple[list[Cell], int]] = []
    joining = False
    for i in range(last):
        if kinds[i] == "labels":
            joining = False
        if kinds[i] != "entities":
            continue
        names = _entity_lines([t for t in blocks[i] if t.kind == "L"], hints) or []
        if joining:
            runs[-1][0].extend(names)
        elif names:
            runs.append((names, i))
            joining = True
    return [(entity_groups(names), at) for names, at in runs]


def _flowed_labels(blocks: list[list[Token]], kinds: list[str],
                   hints: LabelHints) -> list[tuple[Cell, bool, int]]:
    """The row labels of the label blocks: (label, is a sub-heading, block index)."""
    out: list[tuple[Cell, bool, int]] = []
    for i, (block, kind) in enumerate(zip(blocks, kinds, strict=True)):
        if kind != "labels":
            continue
        lines = [t.cell for t in block if t.kind == "L"
                 and not hints.is_header(normalise_label(t.cell.text))]
        split = segment_labels(lines, None, [], hints) or [
            (c, hints.is_heading(normalise_label(c.text))) for c in lines]
        out += [(label, heading, i) for label, heading in split]
    return out


def _value_chunks(blocks: list[list[Token]], kinds: list[str]
                  ) -> tuple[list[Chunk], list[Cell]]:
    """The value chunks of the value blocks, and the year headings printed apart."""
    chunks: list[Chunk] = []
    queue: list[Cell] = []
    for block, kind in zip(blocks, kinds, strict=True):
        if kind == "years":
            queue += [t.cell for t in block]
        if kind != "values":
            continue
        lead = next(k for k, t in enumerate(block) if t.kind == "V")
        chunk = Chunk([t.cell for t in block[:lead]], [])
        for t in block[lead:]:
            if t.kind == "V":
                chunk.values.append(t.cell)
            else:
                chunks.append(chunk)
                chunk = Chunk([t.cell], [])
        chunks.append(chunk)
    return chunks, queue


def _entity_rows(labels: list[tuple[Cell, bool, int]],
                 owners: dict[int, list[Cell]]) -> list[tuple[Cell, Cell, bool]]:
    """(label, entity, takes values) rows: one per entity of a label, one for a label
    without entities, and the sub-headings."""
    out: list[tuple[Cell, Cell, bool]] = []
    for k, (label, heading, _) in enumerate(labels):
        if heading:
            out.append((label, empty_cell(label.end), False))
            continue
        for n, entity in enumerate(owners.get(k) or [empty_cell(label.end)]):
            out.append((label if n == 0 else empty_cell(label.end), entity, True))
    return out


def _fill_entity_rows(rows: list[tuple[Cell, Cell, bool]],
                      rounds: list[list[list[Cell | None]]] | None,
                      ncols: int) -> list[list[Cell]] | None:
    """The rows with their values, column by column in print order; None when the values
    of a column are not one per row."""
    if rounds is None:
        return None
    columns = [[c for r in rounds for c in r[k]] for k in range(ncols)]
    takers = sum(1 for _, _, takes in rows if takes)
    if any(len(col) != takers for col in columns):
        return None
    out: list[list[Cell]] = []
    k = 0
    for label, entity, takes in rows:
        if not takes:
            out.append([label, entity, *[empty_cell(label.end)] * ncols])
            continue
        out.append([label, entity, *[column_cell(col, k, label.end) for col in columns]])
        k += 1
    return out


def loose_entities(tail: list[Cell], hints: LabelHints) -> list[Cell]:
    """Label lines with the entity names printed after them, as one row per label and entity:
    a label's first entity joined to it ("Number of Investigations Mainland"), the others
    rows of their own ("Zanzibar"). Empty when the names cannot be given to the labels."""
    labels: list[int] = []
    runs: list[tuple[list[Cell], int]] = []
    for k, cell in enumerate(tail):
        if hinted_text(cell.text, hints) or not labels:
            labels.append(k)
        elif runs and runs[-1][1] + len(runs[-1][0]) == k:
            runs[-1][0].append(cell)
        else:
            runs.append(([cell], k))
    owners = _attach_entities(labels, [(entity_groups(names), at) for names, at in runs])
    if owners is None:
        return []
    rows: list[Cell] = []
    for k, at in enumerate(labels):
        names = owners.get(k, [])
        rows.append(joined_cell([tail[at], *names[:1]]))
        rows += names[1:]
    return rows
