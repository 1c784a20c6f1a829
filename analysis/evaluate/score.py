"""Scoring the clean tables against ILAB's answer keys (``answers_<year>.csv``).

The scorer joins key and tables on the country (``match``), reads both sides in their own
formats (``key``, ``compare``) and counts agreement per field, per group and overall.
Assessment, prevalence and enforcement are the targeted groups; survey years,
ratifications and laws are reported separately.

The key also fills rows a profile does not print (its label, from the extractor's
vocabulary, stands nowhere in the text): there ``N/A`` agrees with our having no row, and any
other key value, which no printed cell supports, is left out of the denominator and listed in
the report. For a part of the country, as for an entity a split measure does not name, the
profile prints no cell: key ``N/A`` agrees and any other key value is left out as not
printed. T's block is absent when no row of the block names T. Not comparable, and left out
of the denominator: every ``[T]`` value of a table without a territory column (laws).
Accepted errata (``errata``) exclude their key rows.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from analysis.evaluate.compare import (
    KeyContext,
    Ours,
    agrees,
    display,
    figure_fields,
    figure_missing,
)
from analysis.evaluate.errata import Erratum, check_errata
from analysis.evaluate.fields import FieldSpec, load_field_specs
from analysis.evaluate.key import KeyRow, infer_percent_scale, key_status, read_key
from analysis.evaluate.match import Documents, Tables

_DISAGREEMENT_COLUMNS = ("country", "report_year", "group", "field", "theirs", "ours",
                         "doc_id", "source_start", "source_end")


@dataclass(frozen=True)
class Disagreement:
    """A key value our tables do not agree with, and where ours was read."""

    country: str
    report_year: int
    group: str
    field: str
    theirs: str
    ours: str
    doc_id: str
    source_start: str
    source_end: str


@dataclass(frozen=True)
class Skipped:
    """A key row left out of the denominator, and why."""

    country: str
    field: str
    value: str
    reason: str


@dataclass
class FieldScore:
    """Agreement counts for one key field."""

    field: str
    group: str
    targeted: bool
    compared: int = 0
    agreed: int = 0


@dataclass
class ScoreReport:
    """Everything one scoring run found."""

    answers: Path
    clean: Path
    report_years: tuple[int, ...]
    percent_scale: str
    key_countries: int
    documents_matched: int
    fields: dict[str, FieldScore] = field(default_factory=dict)
    disagreements: list[Disagreement] = field(default_factory=list)
    not_comparable: list[Skipped] = field(default_factory=list)
    territory_compared: Counter[str] = field(default_factory=Counter)
    territory_agreed: Counter[str] = field(default_factory=Counter)
    not_printed: list[Skipped] = field(default_factory=list)
    unprinted_agreed: Counter[str] = field(default_factory=Counter)
    excluded: list[Skipped] = field(default_factory=list)
    not_scored: Counter[str] = field(default_factory=Counter)
    unknown_fields: Counter[str] = field(default_factory=Counter)
    missing_documents: dict[str, str] = field(default_factory=dict)
    key_groups: set[str] = field(default_factory=set)
    errata_accepted: list[Erratum] = field(default_factory=list)
    errata_rejected: list[tuple[Erratum, str]] = field(default_factory=list)
    absent_tables: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def groups(self) -> dict[str, tuple[int, int, bool]]:
        """(agreed, compared, targeted) per group, in mapping order."""
        out: dict[str, tuple[int, int, bool]] = {}
        for fs in self.fields.values():
            agreed, compared, _ = out.get(fs.group, (0, 0, fs.targeted))
            out[fs.group] = (agreed + fs.agreed, compared + fs.compared, fs.targeted)
        return out

    def total(self, targeted: bool | None = None) -> tuple[int, int]:
        """(agreed, compared) over the targeted groups, the others, or all (None)."""
        rows = [(a, c) for a, c, t in self.groups().values() if targeted in (None, t)]
        return sum(a for a, _ in rows), sum(c for _, c in rows)


def rate(agreed: int, compared: int) -> float | None:
    """Share of agreeing rows; None when nothing was compared."""
    return agreed / compared if compared else None


def run_score(answers: Path, clean: Path, out: Path | None = None, errata: Path | None = None,
              *, root: Path | None = None, fields: Path | None = None) -> ScoreReport:
    """Score the clean tables in ``clean`` against an answer key; write disagreements to ``out``."""
    answers, clean = Path(answers), Path(clean)
    specs = load_field_specs(fields)
    key = read_key(answers)
    tables = Tables(clean, {"documents"} | {s.table for s in specs.values() if s.table})
    documents = Documents([r for rows in tables.rows["documents"].values() for r in rows])
    report = ScoreReport(
        answers=answers, clean=clean, report_years=tuple(sorted({r.report_year for r in key})),
        percent_scale=infer_percent_scale(key, specs), key_countries=len({r.country for r in key}),
        documents_matched=0, absent_tables=tables.absent,
    )
    for spec in specs.values():
        if spec.table:
            report.fields.setdefault(spec.field, FieldScore(spec.field, spec.group, spec.targeted))
    context = KeyContext({(r.country, r.report_year, r.field): r.value for r in key},
                         figure_fields(specs))
    check = check_errata(errata, Path(root) if root else answers.parent, context.values,
                         report.report_years)
    report.errata_accepted, report.errata_rejected = check.accepted, check.rejected
    report.notes += check.notes
    matched: set[str] = set()
    for row in key:
        spec = specs.get(row.base)
        if spec is None:
            report.unknown_fields[row.base] += 1
            continue
        if not spec.table:
            report.not_scored[row.base] += 1
            continue
        report.key_groups.add(spec.group)
        doc, why = documents.find(row.country, row.report_year)
        if doc is None:
            report.missing_documents[row.country] = why
            continue
        matched.add(row.country)
        _score_row(report, spec, row, doc, tables, check.excluded, context)
    report.documents_matched = len(matched)
    if out is not None:
        write_disagreements(report.disagreements, Path(out))
    return report


def _score_row(report: ScoreReport, spec: FieldSpec, key: KeyRow, doc: Mapping[str, str],
               tables: Tables, excluded: set[tuple[str, int, str]], context: KeyContext
               ) -> None:
    """Compare one key row with our tables and count it."""
    if (key.country, key.report_year, key.field) in excluded:
        report.excluded.append(Skipped(key.country, key.field, key.value, "erratum accepted"))
        return
    entity = tables.entity(spec.table, doc, key)
    block = (tables.select(spec.table, spec.block, doc["doc_id"], key.report_year)
             if spec.block else None)
    if entity.wanted and not entity.split:
        report.not_comparable.append(Skipped(
            key.country, key.field, key.value,
            f"per-territory (the {spec.table} table has no territory column)"))
        return
    measure = ([dict(doc)] if spec.table == "documents" else
               tables.select(spec.table, spec.filters, doc["doc_id"], key.report_year))
    candidates = entity.rows(measure)
    ours = candidates[key.repeat - 1] if len(candidates) >= key.repeat else None
    not_for_entity = bool(key.territory and measure and not candidates)
    block_absent = block is not None and not entity.block(block)
    score = report.fields[spec.field]
    side = Ours(ours, "status" in tables.columns[spec.table], block_absent)
    agreed = agrees(spec, key, side, report.percent_scale, figure_missing(key, spec, context))
    if not agreed and ours is None and (
            not_for_entity or tables.printed.absent(spec, doc["doc_id"])):
        if key_status(key.value) != "not_applicable":
            report.not_printed.append(
                Skipped(key.country, key.field, key.value, "row not printed in the profile"))
            return
        report.unprinted_agreed[spec.field] += 1
        agreed = True
    score.compared += 1
    if key.territory:
        report.territory_compared[spec.group] += 1
        report.territory_agreed[spec.group] += agreed
    if agreed:
        score.agreed += 1
        return
    report.disagreements.append(Disagreement(
        key.country, key.report_year, spec.group, key.field, key.value, display(spec, ours),
        doc.get("doc_id", ""), (ours or {}).get("source_start", ""),
        (ours or {}).get("source_end", ""),
    ))


def write_disagreements(rows: Sequence[Disagreement], path: Path) -> None:
    """Write the disagreements as CSV, sorted by country and field."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ordered = sorted(rows, key=lambda d: (d.country, d.report_year, d.field))
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(_DISAGREEMENT_COLUMNS)
        for d in ordered:
            writer.writerow([getattr(d, c) for c in _DISAGREEMENT_COLUMNS])
