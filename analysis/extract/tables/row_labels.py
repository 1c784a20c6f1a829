"""Row labels printed over several lines, put back together.

Label-only lines are joined to the row they wrap from or into, or kept as sub-heading rows;
for flowed tables, a column of label lines is split into rows at the least cost. Both use
what ``LabelHints`` know of the labels, so that known labels are neither split nor merged.
"""

from __future__ import annotations

import itertools
from functools import cache

from analysis.extract.tables.cells import (
    CONNECTOR_END,
    Cell,
    LabelHints,
    empty_cell,
    joined_cell,
    normalise_label,
)

#: Cost of taking a known row label for a row without values.
_KNOWN_AS_HEADING = 5.0
#: Cost of a value that does not fit the row it would be placed in.
_MISFIT = 3.0
#: Most lines one wrapped row label spans in a flowed table.
_MAX_WRAP = 4


def merge_wrapped(raw: list[tuple[list[Cell], bool]], hints: LabelHints) -> list[list[Cell]]:
    """Join label-only lines to the row they wrap from or into; keep sub-headings as rows."""
    raw = _gather_labels(raw, hints)
    rows: list[list[Cell]] = []
    pending: list[Cell] = []
    for k, (cells, has_values) in enumerate(raw):
        label = cells[0]
        if not label.text and not has_values:
            continue
        prev = rows[-1] if rows and not pending else None
        if not has_values:
            if prev and continues_label(prev[0].text, label.text, hints):
                prev[0] = joined_cell([prev[0], label])
                continue
            nxt = raw[k + 1][0][0] if k + 1 < len(raw) else None
            if hints.is_heading(normalise_label(label.text)) or nxt is None or not nxt.text:
                rows += _flush(pending, len(cells))
                pending = []
                rows.append(cells)
            else:
                pending.append(label)
            continue
        if pending:
            if label.text and continues_label(joined_cell(pending).text, label.text, hints):
                cells = [joined_cell([*pending, label]), *cells[1:]]
            else:
                rows += _flush(pending, len(cells))
            pending = []
        elif prev and label.text and _confirmed(prev[0].text, label.text, hints):
            prev[0] = joined_cell([prev[0], label])
            cells = [empty_cell(label.start), *cells[1:]]
        rows.append(cells)
    rows += _flush(pending, len(rows[-1]) if rows else 1)
    return drop_trailing_headings(rows, hints)


def _gather_labels(raw: list[tuple[list[Cell], bool]],
                   hints: LabelHints) -> list[tuple[list[Cell], bool]]:
    """Move a label wrapped over the rows of several entities ("Primary" / "Completion" /
    "Rate (%)") to its first row, when the hints know the joined label."""
    raw = list(raw)
    for k, (cells, _) in enumerate(raw):
        if not cells[0].text or hinted_text(cells[0].text, hints):
            continue
        parts, taken = [cells[0]], []
        for m in range(k + 1, min(len(raw), k + _MAX_WRAP)):
            nxt = raw[m][0][0]
            if not nxt.text:
                continue
            if hinted_text(nxt.text, hints):
                break
            parts.append(nxt)
            taken.append(m)
            if hinted_text(joined_cell(parts).text, hints):
                members = [k, *taken]
                home = next((m for m in members if raw[m][1]), k)
                for m in members:
                    row, flag = raw[m]
                    label = joined_cell(parts) if m == home else empty_cell(row[0].start)
                    raw[m] = ([label, *row[1:]], flag)
                break
    return raw


def _flush(pending: list[Cell], width: int) -> list[list[Cell]]:
    """A pending label-only line as a row of its own (a sub-heading)."""
    if not pending:
        return []
    label = joined_cell(pending)
    return [[label, *[empty_cell(label.end)] * (width - 1)]]


def continues_label(first: str, second: str, hints: LabelHints) -> bool:
    """Whether label text ``second`` continues the wrapped label ``first``."""
    if _confirmed(first, second, hints):
        return True
    if hinted_text(second, hints):
        return False
    return bool(CONNECTOR_END.search(first.strip())) or second[:1].islower()


def _confirmed(first: str, second: str, hints: LabelHints) -> bool:
    """Whether the hints know ``first second`` as one label, and not both parts alone."""
    return bool(first.strip() and second.strip()) and hinted_text(f"{first} {second}", hints) \
        and not (hinted_text(first, hints) and hinted_text(second, hints))


def hinted_text(text: str, hints: LabelHints) -> bool:
    """Whether a text is a known row label or sub-heading."""
    norm = normalise_label(text)
    return hints.is_label(norm) or hints.is_heading(norm)


def drop_trailing_headings(rows: list[list[Cell]], hints: LabelHints) -> list[list[Cell]]:
    """Drop rows without values at the end of a table part (page furniture, stray lines)."""
    while rows and not any(c.text for c in rows[-1][1:]):
        if hints.is_label(normalise_label(rows[-1][0].text)):
            break
        rows.pop()
    return rows


def _row_costs(lines: list[Cell], hints: LabelHints) -> dict[tuple[int, int], tuple[float, bool]]:
    """The cost of every run of up to ``_MAX_WRAP`` lines taken as one row label."""
    n = len(lines)
    return {(i, j): _row_cost(lines[i:j], hints)
            for i in range(n) for j in range(i + 1, min(n, i + _MAX_WRAP) + 1)}


def _row_cost(lines: list[Cell], hints: LabelHints) -> tuple[float, bool]:
    """Cost of taking these lines as one row label, and whether it is a known sub-heading."""
    whole = joined_cell(lines)
    norm = normalise_label(whole.text)
    if hints.is_heading(norm):
        return 0.0, True
    if hints.is_label(norm):
        return 0.0, False
    cost = 4.0 + (2.0 if whole.text[:1].islower() else 0.0)
    for a, b in itertools.pairwise(lines):
        cost += 0.5 if (CONNECTOR_END.search(a.text) or b.text[:1].islower()) else 6.0
        if hinted_text(a.text, hints) or hinted_text(b.text, hints):
            cost += 6.0
    return cost, False


#: A split of label lines into rows: (label, is_heading) pairs in order.
Split = list[tuple[Cell, bool]]


def segment_labels(lines: list[Cell], sizes: list[int] | None, columns: list[list[Cell | None]],
             hints: LabelHints, late: bool = False) -> Split | None:
    """Split label lines into rows (wrapped labels joined), ``sum(sizes)`` of them with values.

    Sub-headings (rows without values) are the hinted ones, or, at extra cost, short rows
    standing where a run of values starts (``sizes`` are the runs). A row whose values do not
    fit its label (hints) costs more. Of equally good splits the first found is kept, or the
    last with ``late``. Returns (label, is_heading) pairs in order, or None when no split
    fits.
    """
    return segmentations(lines, sizes, columns, hints)[late]


def segmentations(lines: list[Cell], sizes: list[int] | None, columns: list[list[Cell | None]],
                  hints: LabelHints) -> tuple[Split | None, Split | None]:
    """``segment_labels`` both ways at once: the first and the last found of the equally good
    splits. One search serves both, since ties change only which row a state is reached from,
    never a state's cost (every cost is a multiple of a half, so sums are exact)."""
    n = len(lines)
    target = sum(sizes) if sizes is not None else None
    starts = {0}
    for s in (sizes or [])[:-1]:
        starts.add(max(starts) + s)
    costs = _row_costs(lines, hints)
    norms = {span: normalise_label(joined_cell(lines[span[0]:span[1]]).text) for span in costs}

    @cache
    def values(k: int) -> list[Cell]:
        """The ``k``-th values of the columns."""
        return [c for col in columns if k < len(col) and (c := col[k]) is not None]

    @cache
    def misfit(i: int, j: int, k: int) -> float:
        """Penalty for giving the ``k``-th values to the row of lines ``i:j``."""
        return _MISFIT * hints.misfits(norms[(i, j)], values(k))

    Back = tuple[int, int, bool]
    best: dict[tuple[int, int], float] = {(0, 0): 0.0}
    first: dict[tuple[int, int], Back] = {}
    last: dict[tuple[int, int], Back] = {}
    at: dict[int, set[int]] = {0: {0}}
    for i in range(n):
        for k in sorted(at.get(i, ())):
            base = best[(i, k)]
            for j in range(i + 1, min(n, i + _MAX_WRAP) + 1):
                cost, heading = costs[(i, j)]
                options: list[tuple[float, int, bool]] = []
                if heading:
                    options.append((cost + (0.0 if k in starts else 2.0), k, True))
                elif target is None or k < target:
                    options.append((cost + misfit(i, j, k), k + 1, False))
                if not heading and k in starts and j - i == 1 and target is not None:
                    extra = _KNOWN_AS_HEADING if hints.is_label(
                        normalise_label(lines[i].text)) else 1.0
                    options.append((cost + extra, k, True))
                for c, k2, h in options:
                    old = best.get((j, k2), float("inf"))
                    if base + c < old - 1e-9:
                        best[(j, k2)] = base + c
                        first[(j, k2)] = last[(j, k2)] = (i, k, h)
                        at.setdefault(j, set()).add(k2)
                    elif abs(base + c - old) < 1e-9:
                        last[(j, k2)] = (i, k, h)
    ends = [(cost, key) for key, cost in best.items()
            if key[0] == n and (target is None or key[1] == target)]
    if not ends:
        return None, None
    key = min(ends)[1]
    return _traced(lines, key, first), _traced(lines, key, last)


def _traced(lines: list[Cell], key: tuple[int, int], back: dict[tuple[int, int],
            tuple[int, int, bool]]) -> Split:
    """The split that ends at state ``key``, followed back through ``back``."""
    out: Split = []
    while key in back:
        i, k, h = back[key]
        out.append((joined_cell(lines[i : key[0]]), h))
        key = (i, k)
    return out[::-1]
