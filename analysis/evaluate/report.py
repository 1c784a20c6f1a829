"""The score report as text, and the agreement targets a corpus folder is held to."""

from __future__ import annotations

from collections.abc import Mapping

from analysis.evaluate.score import RULES, ScoreReport, rate

#: Width of the field-name column of the printed report.
_NAME_WIDTH = 62
#: Targets for a corpus folder read from text, and for the OCR folder.
DEFAULT_TARGETS: dict[str, float] = {
    "assessment": 1.0, "prevalence": 0.99, "enforcement": 0.99, "documents": 1.0,
}
OCR_TARGETS: dict[str, float] = {"assessment": 0.97, "prevalence": 0.97, "enforcement": 0.97}
TARGET_SETS = {"full": DEFAULT_TARGETS, "ocr": OCR_TARGETS}


def _pct(agreed: int, compared: int) -> str:
    """'agreed/compared  rate%' for a report line."""
    share = rate(agreed, compared)
    shown = f"{share:7.2%}" if share is not None else "      -"
    return f"{agreed:6d}/{compared:<6d} {shown}"


def _group_lines(report: ScoreReport, targeted: bool) -> list[str]:
    """Report lines for the targeted groups or the others, with a line per field."""
    lines = []
    for group, (agreed, compared, is_targeted) in report.groups().items():
        if is_targeted != targeted:
            continue
        lines.append(f"  {group:<{_NAME_WIDTH + 2}} {_pct(agreed, compared)}")
        for fs in report.fields.values():
            if fs.group == group and fs.compared:
                lines.append(f"    {fs.field.split('/', 1)[-1]:<{_NAME_WIDTH}} "
                             f"{_pct(fs.agreed, fs.compared)}")
    agreed, compared = report.total(targeted)
    name = f"all {'targeted' if targeted else 'other'} groups"
    lines.append(f"  {name:<{_NAME_WIDTH + 2}} {_pct(agreed, compared)}")
    return lines


def _skipped_lines(report: ScoreReport) -> list[str]:
    """Report lines on what was left out of the denominator, and why."""
    lines = []
    if report.missing_documents:
        lines.append(f"Key countries without a document ({len(report.missing_documents)}), "
                     "left out:")
        lines += [f"  {c}: {why}" for c, why in sorted(report.missing_documents.items())]
    lines += _left_out_lines(report)
    if report.not_scored:
        lines.append("Not scored (no column in our tables):")
        lines += [f"  {f} ({n})" for f, n in sorted(report.not_scored.items())]
    if report.unknown_fields:
        lines.append("Key fields missing from score_fields.csv:")
        lines += [f"  {f} ({n})" for f, n in sorted(report.unknown_fields.items())]
    return lines


def _left_out_lines(report: ScoreReport) -> list[str]:
    """Report lines on the key values each rule left out of the denominator, per field."""
    lines = [f"Left out of the denominator: {len(report.left_out)} key value(s)"]
    for number, rule in enumerate(RULES, 1):
        counts = report.left_out_by(rule)
        lines.append(f"  {number}. {rule}: {sum(counts.values())}")
        lines += [f"       {name.split('/', 1)[-1]:<{_NAME_WIDTH - 3}} {n:6d}"
                  for name, n in sorted(counts.items())]
    agreed = sum(report.absent_table_agreed.values())
    lines.append(f"Key N/A or Unknown for a table the text does not print, agreeing with no "
                 f"row: {agreed}")
    return lines


def _evidence_line(report: ScoreReport) -> str:
    """Where the texts that decided what a profile prints came from."""
    parts = [f"{n} {kind}" for kind, n in sorted(report.evidence.items())]
    return f"Texts read for what a profile prints: {', '.join(parts) or 'none'}"


def _errata_lines(report: ScoreReport) -> list[str]:
    """Report lines on accepted and rejected errata."""
    lines = [f"Errata: {len(report.errata_accepted)} accepted, "
             f"{len(report.errata_rejected)} rejected"]
    lines += [f"  rejected: {e.country} {e.year} {e.field}: {why}"
              for e, why in report.errata_rejected]
    return lines


def format_report(report: ScoreReport) -> str:
    """The report as text: agreement per field, group, targeted and overall; what was left out."""
    years = ", ".join(map(str, report.report_years))
    lines = [
        f"Answer key {report.answers} (report year {years}; statistics read as "
        f"{report.percent_scale}s) against {report.clean}",
        f"Documents: {report.documents_matched} of {report.key_countries} key countries matched",
        _evidence_line(report),
    ]
    if report.absent_tables:
        lines.append(f"Tables absent from {report.clean}: {', '.join(report.absent_tables)}")
    lines += ["TARGETED", *_group_lines(report, True), "OTHER", *_group_lines(report, False)]
    agreed, compared = report.total()
    lines.append(f"{'OVERALL':<{_NAME_WIDTH + 4}} {_pct(agreed, compared)}")
    lines += _skipped_lines(report) + _errata_lines(report) + report.notes
    lines.append(f"Disagreements: {len(report.disagreements)}")
    return "\n".join(lines)


def check_targets(report: ScoreReport, targets: Mapping[str, float]) -> list[str]:
    """List the targets missed: a group's agreement, or document coverage ("documents").

    A group the key holds no field of (enforcement in a key without it) has no target to miss.
    """
    groups = report.groups()
    failures = []
    for name, minimum in targets.items():
        if name == "documents":
            agreed, compared = report.documents_matched, report.key_countries
        elif name in report.key_groups:
            agreed, compared, _ = groups[name]
        elif name in groups:
            continue
        else:
            failures.append(f"{name}: no such group in the report")
            continue
        share = rate(agreed, compared)
        if share is None:
            failures.append(f"{name}: nothing compared")
        elif share < minimum:
            failures.append(f"{name}: {share:.2%} < {minimum:.0%} ({agreed}/{compared})")
    return failures
