"""Scoring the clean tables against ILAB's answer keys (``answers_<year>.csv``).

The scorer joins key and tables on the country (``match``), reads both sides in their own
formats (``key``, ``compare``) and counts agreement per field, per group and overall.
Assessment, prevalence and enforcement are the targeted groups; survey years, laws (the
Yes/No column and the age of each standard) and ratifications are reported beside them.

The key fills fields for tables and rows a profile does not print. A key value leaves the
denominator only by one of these rules, each counted per field in the report, and none
looks at our tables or the extractor's vocabulary (``evidence``):

1. an accepted erratum (``errata``: the printed value checked at its offsets);
2. a per-territory value of a table without a territory column (laws);
3. the printed table's title stands nowhere in the document's text (a key ``N/A`` or
   ``Unknown`` there is compared instead, and agrees with our having no row);
4. the key's value stands nowhere in the text, in any of its printed forms;
5. the words of the field's row stand nowhere in the text.

Everything else is compared: a row we did not read is a disagreement.
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
from analysis.evaluate.evidence import DocumentText, Evidence
from analysis.evaluate.fields import FieldSpec, load_field_specs, load_titles
from analysis.evaluate.key import KeyRow, infer_percent_scale, key_status, read_key, split_field
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


#: The rules by which a key value leaves the denominator, in the order they are tried.
RULE_ERRATUM = "accepted erratum (checked against the printed bytes)"
RULE_TERRITORY = "per-territory value of a table without a territory column"
RULE_TITLE = "table's title printed nowhere in the text"
RULE_VALUE = "key's value printed nowhere in the text"
RULE_WORDS = "row's words printed nowhere in the text"
#: Marks the counts of per-territory key values (field and group names).
TERRITORY_SUFFIX = "[territory]"
RULES = (RULE_ERRATUM, RULE_TERRITORY, RULE_TITLE, RULE_VALUE, RULE_WORDS)


@dataclass(frozen=True)
class Skipped:
    """A key row left out of the denominator, and the rule that left it out."""

    country: str
    report_year: int
    field: str
    value: str
    rule: str


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
    left_out: list[Skipped] = field(default_factory=list)
    absent_table_agreed: Counter[str] = field(default_factory=Counter)
    evidence: Counter[str] = field(default_factory=Counter)
    not_scored: Counter[str] = field(default_factory=Counter)
    unknown_fields: Counter[str] = field(default_factory=Counter)
    missing_documents: dict[str, str] = field(default_factory=dict)
    key_groups: set[str] = field(default_factory=set)
    errata_accepted: list[Erratum] = field(default_factory=list)
    errata_rejected: list[tuple[Erratum, str]] = field(default_factory=list)
    absent_tables: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def left_out_by(self, rule: str) -> Counter[str]:
        """How many key values of each base field one rule left out."""
        return Counter(split_field(s.field)[0] for s in self.left_out if s.rule == rule)

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
              *, root: Path | None = None, fields: Path | None = None,
              evidence: Path | None = None) -> ScoreReport:
    """Score the clean tables in ``clean`` against an answer key; write disagreements to ``out``.

    ``evidence`` is a folder of texts named like the documents' source files, read instead
    of the documents themselves to decide what a profile prints (e.g. the undamaged twins of
    damaged texts).
    """
    answers, clean = Path(answers), Path(clean)
    specs = load_field_specs(fields)
    titles = load_titles()
    texts = Evidence(clean, evidence)
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
        side = _Side(doc, texts.text(doc), titles)
        _score_row(report, spec, row, side, tables, check.excluded, context)
    report.documents_matched = len(matched)
    report.evidence = texts.sources
    if out is not None:
        write_disagreements(report.disagreements, Path(out))
    return report


@dataclass(frozen=True)
class _Side:
    """The document a key row is scored in, its text, and the printed tables' titles."""

    doc: Mapping[str, str]
    text: DocumentText | None
    titles: Mapping[str, tuple[str, ...]]

    def table_absent(self, spec: FieldSpec) -> bool:
        """Whether the text certainly does not print the field's table (its title is absent)."""
        titles = self.titles.get(spec.printed)
        return bool(self.text is not None and titles and not self.text.has_words(titles))

    def rule_out(self, spec: FieldSpec, key: KeyRow, scale: str) -> str | None:
        """The rule by which the text leaves a key value out of the denominator, if any."""
        if self.text is None:
            return None
        reported = key_status(key.value) == "reported"
        if reported and self.table_absent(spec):
            return RULE_TITLE
        if not self.table_absent(spec) and not self.text.prints(spec.kind, key.value, scale):
            return RULE_VALUE
        if spec.row_words and not self.text.has_words(spec.row_words):
            return RULE_WORDS
        return None


def _field_score(report: ScoreReport, spec: FieldSpec, key: KeyRow) -> FieldScore:
    """The counts a key row goes to: its field's, or for a per-territory value its field's
    per-territory counts, in a group of their own beside the field's group (untargeted)."""
    if not key.territory:
        return report.fields[spec.field]
    name = f"{spec.field}{TERRITORY_SUFFIX}"
    group = f"{spec.group}{TERRITORY_SUFFIX}"
    return report.fields.setdefault(name, FieldScore(name, group, False))


def _score_row(report: ScoreReport, spec: FieldSpec, key: KeyRow, side: _Side,
               tables: Tables, excluded: set[tuple[str, int, str]], context: KeyContext
               ) -> None:
    """Compare one key row with our tables and count it, or leave it out by a rule."""
    doc = side.doc
    entity = tables.entity(spec.table, doc, key)
    if (key.country, key.report_year, key.field) in excluded:
        rule: str | None = RULE_ERRATUM
    elif entity.wanted and not entity.split:
        rule = RULE_TERRITORY
    else:
        rule = side.rule_out(spec, key, report.percent_scale)
    if rule is not None:
        report.left_out.append(Skipped(key.country, key.report_year, key.field, key.value,
                                       rule))
        return
    measure = ([dict(doc)] if spec.table == "documents" else
               tables.select(spec.table, spec.filters, doc["doc_id"], key.report_year))
    candidates = entity.rows(measure)
    ours = candidates[key.repeat - 1] if len(candidates) >= key.repeat else None
    score = _field_score(report, spec, key)
    absent = side.table_absent(spec)
    side_ours = Ours(ours, "status" in tables.columns[spec.table], absent)
    agreed = agrees(spec, key, side_ours, report.percent_scale,
                    figure_missing(key, spec, context))
    score.compared += 1
    report.absent_table_agreed[spec.field] += agreed and absent and ours is None
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


def write_left_out(rows: Sequence[Skipped], path: Path) -> None:
    """Write the key values left out of the denominator, with their rule, as CSV."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ordered = sorted(rows, key=lambda s: (s.country, s.report_year, s.field))
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(("country", "report_year", "field", "value", "rule"))
        writer.writerows((s.country, s.report_year, s.field, s.value, s.rule) for s in ordered)
