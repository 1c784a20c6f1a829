"""The reader of tables flowed one cell per line (``pdftotext`` default mode).

Rows are rebuilt from the blocks of ``table_blocks``: tables printed row by row (a label,
its values, the next label), tables printed column by column (row labels, then each column
as a block of lines, blocks of several columns alternating at sub-headings or page breaks)
and, through ``table_entities``, tables with a "Related Entity" column. Labels are fitted
to the number of values and to the ``LabelHints``; a value that cannot be placed with
certainty is left out.
"""

from __future__ import annotations

import itertools
import re

from analysis.extract.tables.blocks import (
    PAGE_NUMBER,
    Chunk,
    LabelGroup,
    Token,
    classify,
    column_cell,
    column_headings,
    column_rounds,
    token_blocks,
)
from analysis.extract.tables.cells import (
    YEAR_RE,
    Cell,
    LabelHints,
    Part,
    TextLine,
    edit_distance,
    empty_cell,
    joined_cell,
    normalise_label,
)
from analysis.extract.tables.entities import flowed_entities
from analysis.extract.tables.row_labels import (
    continues_label,
    drop_trailing_headings,
    hinted_text,
    segment_labels,
    segmentations,
)

#: A year heading one digit short or long ("201", "015", "20115"), or with a mark OCR read
#: as a letter ("2016t").
_SHORT_YEAR = re.compile(r"[012]\d\d|[12]\d{4}|[12]\d{3}[tf]")
#: Column counts tried, in order, for a flowed table that prints no column headings.
_COLUMN_GUESSES = (2, 3)


def read_flowed(lines: list[TextLine], hints: LabelHints) -> Part:
    """Read a table flowed one cell per line (``pdftotext`` default mode); a table that
    prints no heading over its label column gets an empty one, so that the headings stay
    over their columns."""
    toks = classify(lines, hints)
    body: list[Token] = []
    notes: list[Cell] = []
    seen_value = False
    end = lines[0].start if lines else 0
    k = 0
    while k < len(toks):
        t = toks[k]
        if t.kind == "P" or (t.kind == "N" and seen_value):
            break
        if t.kind == "N":
            notes.append(t.cell)
            k += 1
            continue
        seen_value = seen_value or t.kind == "V"
        body.append(t)
        if t.kind != "B":
            end = t.line.end
        k += 1
    while k < len(toks) and toks[k].kind in "NB":
        if toks[k].kind == "N":
            notes.append(toks[k].cell)
            end = toks[k].line.end
        k += 1
    while body and (body[0].kind == "B" or (body[0].kind == "V" and PAGE_NUMBER.fullmatch(
            body[0].cell.text))):
        body = body[1:]
    header: list[Cell] = []
    first = next((t for t in body if t.kind != "B"), None)
    if first is not None and first.kind == "L" and not hinted_text(first.line.text, hints):
        header = [first.cell]
        body = [t for t in body if t is not first]
    blocks = token_blocks(body)
    if not blocks:
        return Part(header, [], notes, end, ["empty table"])
    part = _rebuilt(blocks, header, hints)
    if not part.rows or part.warnings:
        part = _with_year_from_count(blocks, header, hints) or part
    if part.header and YEAR_RE.fullmatch(part.header[0].text):
        part.header.insert(0, empty_cell(part.header[0].start))
    part.notes = notes
    part.end = end
    return part


def _rebuilt(blocks: list[list[Token]], header: list[Cell], hints: LabelHints) -> Part:
    """The rows of a flowed table, rebuilt by the reader its blocks fit."""
    first_row = _first_row(blocks)
    part = flowed_entities(blocks, header, hints)
    if part is None and first_row is not None:
        part = _flowed_rows(blocks, first_row, header, hints)
    elif part is None:
        part = _flowed_columns(blocks, header, hints)
    return part


def _with_year_from_count(blocks: list[list[Token]], header: list[Cell],
                          hints: LabelHints) -> Part | None:
    """The table read with a bare value taken for the year heading it is one edit away from
    ("205" or "015" for 2015 before the only heading, "2016"; "201" or "2016t" after "2014"),
    when the table does not fit as printed and fits so, without a warning, for that value
    alone: the count of values and labels says the value is the lost heading. None when no
    such value is there, or the table fits either way or with several of them."""
    flat = [t for b in blocks for t in b]
    years = [t for t in flat if t.kind == "Y"]
    if len(years) != 1:
        return None
    k = flat.index(years[0])
    found: list[Part] = []
    for at, token in enumerate(flat):
        step = 1 if at > k else -1
        text = token.line.text.strip()
        year = str(int(years[0].line.text.strip()[:4]) + step)
        if token.kind != "V" or not _SHORT_YEAR.fullmatch(text) or edit_distance(
                text, year, 1) is None:
            continue
        heading = Token("Y", TextLine(token.line.start, year))
        mended = [[heading if t is token else t for t in b] for b in blocks]
        part = _rebuilt(mended, list(header), hints)
        if part.rows and not part.warnings:
            found.append(part)
    return found[0] if len(found) == 1 else None


def _first_row(blocks: list[list[Token]]) -> int | None:
    """Where a flowed table printed row by row (label, its values, the next label, ...)
    starts its rows; None if it is printed column by column (a block of several labels, or
    a year heading on top of its column's values)."""
    if any(len(b) > 2 and b[0].kind == "L" for b in blocks):
        return None
    if any(len(b) > 1 and b[0].kind == "Y" and b[1].kind == "V" for b in blocks):
        return None
    kinds = ["".join(sorted({t.kind for t in b})) for b in blocks]
    labels = [i for i, k in enumerate(kinds) if k == "L"]
    values = [i for i, k in enumerate(kinds) if "V" in k]
    interleaved = any(a < v < b for a, b in itertools.pairwise(labels) for v in values)
    starts = [i for i in labels if i + 1 < len(blocks) and "V" in kinds[i + 1]]
    return starts[0] if len(values) >= 2 and interleaved and starts else None


def _flowed_rows(blocks: list[list[Token]], first_row: int, header: list[Cell],
                 hints: LabelHints) -> Part:
    """Rebuild a flowed table printed row by row: header blocks, then label, values, ...

    Labels printed together take the values after them in order, a full row each, the last
    the rest; values beyond go to the next labels printed without values.
    """
    header = header + [t.cell for b in blocks[:first_row] for t in b]
    runs: list[tuple[list[Cell], list[Cell]]] = []
    for b in blocks[first_row:]:
        for t in b:
            if t.kind != "L":
                if runs:
                    runs[-1][1].append(t.cell)
                continue
            if runs and not runs[-1][1]:
                labels = runs[-1][0]
                if continues_label(labels[-1].text, t.cell.text, hints):
                    labels[-1] = joined_cell([labels[-1], t.cell])
                else:
                    labels.append(t.cell)
                continue
            runs.append(([t.cell], []))
    width = len(header) - 1 if len(header) > 1 else max((len(v) for _, v in runs), default=1)
    warnings: list[str] = []
    rows: list[list[Cell]] = []
    carry: list[Cell] = []
    for labels, values in runs:
        values = carry + values
        for label in labels:
            take = values[:width]
            values = values[len(take):]
            rows.append([label, *[empty_cell(label.end)] * (width - len(take)), *take])
        carry = values
    if carry:
        warnings.append(f"{len(carry)} values after the last row label; left out")
    rows = drop_trailing_headings(rows, hints)
    return Part(header, rows, [], 0, warnings)


def _flowed_columns(blocks: list[list[Token]], header: list[Cell],
                    hints: LabelHints) -> Part:
    """Rebuild a flowed table printed column by column."""
    queue: list[Cell] = []
    groups: list[LabelGroup] = []
    for b in blocks:
        kinds = [t.kind for t in b]
        cells = [t.cell for t in b]
        if "V" not in kinds:
            labels = [c for c, k in zip(cells, kinds, strict=True) if k == "L"]
            years = [c for c, k in zip(cells, kinds, strict=True) if k == "Y"]
            known = labels and all(hints.is_header(normalise_label(c.text)) for c in labels)
            if not labels or known or (not groups and len(b) == 1
                                       and not hinted_text(cells[0].text, hints)):
                queue += cells
                continue
            if not groups or groups[-1].chunks:
                groups.append(LabelGroup())
            groups[-1].labels += labels
            queue += years
            continue
        lead = next(k for k, kind in enumerate(kinds) if kind == "V")
        if not groups and len(b) == 1 and PAGE_NUMBER.fullmatch(cells[0].text):
            continue
        heading = cells[:lead]
        if lead > 2 or any(hinted_text(c.text, hints) for c in heading):
            if not groups or groups[-1].chunks:
                groups.append(LabelGroup())
            groups[-1].labels += [c for c in heading if not YEAR_RE.fullmatch(c.text)]
            heading = [c for c in heading if YEAR_RE.fullmatch(c.text)]
        if not groups:
            groups.append(LabelGroup())
        chunk = Chunk(heading, [])
        for t in b[lead:]:
            if t.kind == "V":
                chunk.values.append(t.cell)
                if t.after_lost:
                    groups[-1].after_lost.add(t.cell)
            else:
                groups[-1].chunks.append(chunk)
                chunk = Chunk([t.cell], [])
        groups[-1].chunks.append(chunk)
    columns = column_headings(groups, queue)
    warnings: list[str] = []
    if columns:
        groups = regroup(groups, len(columns), hints)
    rows: list[list[Cell]] = []
    for g in groups:
        if not g.labels:
            warnings.append(f"{sum(len(c.values) for c in g.chunks)} values without row labels")
            continue
        if columns:
            rows += _fill_group(g, len(columns), hints, warnings)
        else:
            rows += _fill_unheaded(g, hints, warnings)
    rows = drop_trailing_headings(rows, hints)
    return Part(header + columns, rows, [], 0, warnings)


def _label_runs(labels: list[Cell], hints: LabelHints) -> list[tuple[list[Cell], bool]]:
    """Label lines as rows: wrapped lines joined, each with whether it is a known sub-heading."""
    rows: list[list[Cell]] = []
    for c in labels:
        if rows and continues_label(joined_cell(rows[-1]).text, c.text, hints):
            rows[-1].append(c)
        else:
            rows.append([c])
    return [(r, hints.is_heading(normalise_label(joined_cell(r).text))) for r in rows]


def _label_rows(labels: list[Cell], hints: LabelHints) -> int:
    """How many rows with values a run of label lines makes (sub-headings left out)."""
    return sum(1 for _, heading in _label_runs(labels, hints) if not heading)


def _split_labels(labels: list[Cell], sizes: list[int], hints: LabelHints) -> list[list[Cell]]:
    """Label lines cut into consecutive runs of ``sizes`` rows each (a sub-heading goes with
    the rows after it)."""
    out: list[list[Cell]] = [[] for _ in sizes]
    k, have = 0, 0
    for lines, heading in _label_runs(labels, hints):
        if not heading and have == sizes[k] and k + 1 < len(sizes):
            k, have = k + 1, 0
        out[k] += lines
        have += not heading
    return out


def _value_rows(g: LabelGroup, ncols: int) -> int | None:
    """How many rows the value chunks of a group fill; None when they make no whole rounds."""
    rounds = column_rounds(g.chunks, ncols, []) if g.chunks else []
    return None if rounds is None else sum(len(r[0]) for r in rounds)


def _merged(a: LabelGroup, b: LabelGroup) -> LabelGroup:
    """Two label groups as one: labels and chunks in order."""
    return LabelGroup(a.labels + b.labels, a.chunks + b.chunks, a.after_lost | b.after_lost)


def regroup(groups: list[LabelGroup], ncols: int, hints: LabelHints) -> list[LabelGroup]:
    """Pair labels and values that pdftotext printed in other blocks than each other.

    A label group whose labels and values do not fit is merged with the next one when the
    two fit together (a row label printed among the values of the rows above it). A group
    with more rows of labels than of values (a block of labels printed after the values
    they belong to, maybe followed by labels of its own values) gives its first surplus rows
    to the groups before it that lack labels: to the nearest one lacking exactly that many,
    or shared in order among all of them when they lack exactly that many together. A group
    takes the labels it is given before or after its own, whichever fits its values better
    (``_misfits``); when both orders fit as well and it has labels of its own, which value is
    whose is not certain and its values are left out. Groups are left as they are otherwise,
    and always in a table whose labels the caller does not know (row counts alone are too
    weak a proof there).
    """
    def fits(g: LabelGroup) -> bool:
        return _value_rows(g, ncols) == _label_rows(g.labels, hints)

    if hints.labels is None:
        return groups
    out = list(groups)
    k = 0
    while k + 1 < len(out):
        a, b = out[k], out[k + 1]
        if not fits(a) and not fits(b) and a.labels and fits(_merged(a, b)):
            out[k : k + 2] = [_merged(a, b)]
            continue
        k += 1
    for h in list(out):
        surplus = _label_rows(h.labels, hints) - (_value_rows(h, ncols) or 0)
        if surplus <= 0 or (h.chunks and _value_rows(h, ncols) is None):
            continue
        before = out[: out.index(h)]
        lack = {id(g): (_value_rows(g, ncols) or 0) - _label_rows(g.labels, hints)
                for g in before if g.chunks}
        short = [g for g in before if lack.get(id(g), 0) > 0]
        exact = next((g for g in reversed(short) if lack[id(g)] == surplus), None)
        if short and sum(lack[id(g)] for g in short) == surplus:
            takers = short
        elif exact is not None:
            takers = [exact]
        else:
            continue
        parts = _split_labels(h.labels, [lack[id(g)] for g in takers] + [0], hints)
        for g, part in zip(takers, parts, strict=False):
            own = g.labels
            after, first = own + part, part + own
            a, b = _misfits(after, g, ncols, hints), _misfits(first, g, ncols, hints)
            g.labels = after if a <= b else first
            g.uncertain = bool(own and part and a == b)
        h.labels = parts[-1]
        if not h.labels and not h.chunks:
            out.remove(h)
    return out


def _misfits(labels: list[Cell], g: LabelGroup, ncols: int, hints: LabelHints) -> int:
    """How many values of a group do not fit the rows these labels would give them."""
    rounds = column_rounds(g.chunks, ncols, [])
    if rounds is None:
        return 0
    columns = [[c for r in rounds for c in r[k]] for k in range(ncols)]
    rows = [r for r, heading in _label_runs(labels, hints) if not heading]
    return sum(hints.misfits(normalise_label(joined_cell(r).text),
                             [c for col in columns if k < len(col) and (c := col[k]) is not None])
               for k, r in enumerate(rows))


def _fill_unheaded(g: LabelGroup, hints: LabelHints, warnings: list[str]) -> list[list[Cell]]:
    """Rows of a label group whose columns print no heading (OCR of column blocks): the
    values are read as whole columns one after the other, in as many columns as fit."""
    values = [v for c in g.chunks for v in c.values]
    for ncols in _COLUMN_GUESSES:
        if not values or len(values) % ncols:
            continue
        size = len(values) // ncols
        chunks = [Chunk([], values[k * size : (k + 1) * size]) for k in range(ncols)]
        trial: list[str] = []
        rows = _fill_group(LabelGroup(g.labels, chunks), ncols, hints, trial)
        bare = [r for r in rows if not any(c.text for c in r[1:])
                and not hints.is_heading(normalise_label(r[0].text))]
        if not bare and not any(w.startswith("cannot") for w in trial):
            warnings += [*trial, f"no column headings; read {ncols} whole columns"]
            return rows
    rows = _fill_short(g, hints, warnings)
    if rows is not None:
        return rows
    warnings.append(f"cannot place {len(values)} values without column headings")
    return [[c] for c in g.labels]


def _fill_short(g: LabelGroup, hints: LabelHints, warnings: list[str]) -> list[list[Cell]] | None:
    """Rows of an unheaded label group whose columns OCR left short of cells.

    Every label line must be a known row label or sub-heading, so the rows are certain. The
    columns are cut at the breaks between value runs, each column no longer than the rows
    and at least one whole, each starting with a value that fits the first row; only one cut
    may do. A whole column is read down the rows; a short one from the top down to the first
    value after a lost cell (a split citation), the values below it left out. None when no
    single reading is certain.
    """
    if not g.labels or not all(hinted_text(c.text, hints) for c in g.labels):
        return None
    headings = [hints.is_heading(normalise_label(c.text)) for c in g.labels]
    first = next((c for c, h in zip(g.labels, headings, strict=True) if not h), None)
    if first is None:
        return None
    n = headings.count(False)
    ends = list(itertools.accumulate(len(c.values) for c in g.chunks))
    values = [v for c in g.chunks for v in c.values]
    cuts = [(0, *inner, len(values)) for ncols in _COLUMN_GUESSES
            for inner in itertools.combinations(ends[:-1], ncols - 1)]
    fits = [cut for cut in cuts
            if all(0 < b - a <= n for a, b in itertools.pairwise(cut))
            and any(b - a == n for a, b in itertools.pairwise(cut))
            and not hints.misfits(normalise_label(first.text), [values[a] for a in cut[:-1]])]
    if len(fits) != 1:
        return None
    notes: list[str] = []
    columns: list[list[Cell | None]] = []
    for k, (a, b) in enumerate(itertools.pairwise(fits[0]), start=1):
        column: list[Cell | None] = list(values[a:b])
        if b - a < n:
            stop = next((i for i in range(1, b - a) if values[a + i] in g.after_lost), 0)
            notes.append(f"{b - a} values for {n} rows in column {k}; read the first {stop}, "
                         f"left out {b - a - stop}" + (" after a lost cell" if stop else ""))
            column = column[:stop]
        columns.append(column + [None] * (n - len(column)))
    if _direct(g.labels, [n], columns, hints) is None:
        return None
    warnings += [*notes, f"no column headings; read {len(columns)} columns short of cells"]
    rows: list[list[Cell]] = []
    k = 0
    for label, heading in zip(g.labels, headings, strict=True):
        if heading:
            rows.append([label, *[empty_cell(label.end)] * len(columns)])
            continue
        rows.append([label, *[column_cell(col, k, label.end) for col in columns]])
        k += 1
    return rows


def _fill_group(g: LabelGroup, ncols: int, hints: LabelHints,
                warnings: list[str]) -> list[list[Cell]]:
    """Rows of one label group: labels rebuilt to fit the values, values placed by column."""
    if g.uncertain:
        warnings.append(f"labels printed apart from their values fit them in two orders; "
                        f"{sum(len(c.values) for c in g.chunks)} values left out")
        return [[c, *[empty_cell(c.end)] * ncols] for c, _ in
                ((joined_cell(r), h) for r, h in _label_runs(g.labels, hints))]
    rounds = column_rounds(g.chunks, ncols, warnings)
    if rounds is None:
        warnings.append(
            f"cannot place {sum(len(c.values) for c in g.chunks)} values in {ncols} columns")
        rounds = []
    columns = [[c for r in rounds for c in r[k]] for k in range(ncols)]
    sizes = [len(r[0]) for r in rounds]
    labels = _direct(g.labels, sizes, columns, hints) if rounds else None
    sure = labels is not None
    late = None
    if not labels:
        labels, late = segmentations(g.labels, sizes if rounds else None, columns, hints)
    if labels is None:
        warnings.append(f"cannot fit {len(g.labels)} label lines to {sum(sizes)} rows")
        labels = segment_labels(g.labels, None, [], hints) or [(c, False) for c in g.labels]
        columns = [[] for _ in range(ncols)]
        late = segment_labels(g.labels, sizes if rounds else None, columns, hints, late=True)
    other = _places(labels if sure else (late or labels))
    rows = []
    k = 0
    for label, heading in labels:
        if heading:
            rows.append([label, *[empty_cell(label.end)] * ncols])
            continue
        if other.get((label.start, label.end)) == k:
            rows.append([label, *[column_cell(col, k, label.end) for col in columns]])
        else:
            warnings.append(f"row {label.text!r} could take other values; left empty")
            rows.append([label, *[empty_cell(label.end)] * ncols])
        k += 1
    return rows


def _direct(lines: list[Cell], sizes: list[int], columns: list[list[Cell | None]],
            hints: LabelHints) -> list[tuple[Cell, bool]] | None:
    """One row per label line, when that fits the values exactly (the common case): known
    sub-headings without values, every other line taking the next values, none misfit."""
    headings = [hints.is_heading(normalise_label(c.text)) for c in lines]
    if len(lines) - sum(headings) != sum(sizes):
        return None
    k = 0
    for line, heading in zip(lines, headings, strict=True):
        if heading:
            continue
        cells = [c for col in columns if k < len(col) and (c := col[k]) is not None]
        if hints.misfits(normalise_label(line.text), cells):
            return None
        k += 1
    return list(zip(lines, headings, strict=True))


def _places(labels: list[tuple[Cell, bool]]) -> dict[tuple[int, int], int]:
    """Which values (by position) each row of a split takes, keyed by the row's span."""
    out: dict[tuple[int, int], int] = {}
    k = 0
    for label, heading in labels:
        if not heading:
            out[(label.start, label.end)] = k
            k += 1
    return out
