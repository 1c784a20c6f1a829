"""``python -m analysis score``: score a clean folder against an answer key."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from analysis.evaluate.report import TARGET_SETS, check_targets, format_report
from analysis.evaluate.score import run_score, write_left_out

_DESCRIPTION = """\
Score clean tables against an answer key (ILAB's app data, long CSV: country, report_year,
field, value). Prints agreement per field and group (assessment, prevalence, enforcement;
survey years, laws Yes/No and ages, ratifications) and how many key values each rule left
out of the denominator. A key value is left out only by a checked erratum, or when the
document's own text shows the profile cannot print it (the table's title, the value in any
printed form, or the row's words stand nowhere in the text); our tables never decide it."""

_EPILOG = """\
example:
  python -m analysis score --answers ../shared/corpus/dol/answers_2015.csv \\
      --clean /tmp/clean-2015 --out /tmp/disagreements-2015.csv

TIP excerpts are scored against a hand-read key by `python -m analysis score --tip`."""


def score_main(argv: Sequence[str] | None = None) -> int:
    """Command line for scoring: print the report; exit 1 when --targets are given and missed."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis score", description=_DESCRIPTION, epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--answers", type=Path, required=True, help="answer-key CSV")
    parser.add_argument("--clean", type=Path, required=True,
                        help="folder of clean tables (default: data/clean)")
    parser.add_argument("--out", type=Path, default=None,
                        help="write every disagreement to this CSV (ours, theirs, offsets)")
    parser.add_argument("--left-out", type=Path, default=None,
                        help="write every key value left out, with its rule, to this CSV")
    parser.add_argument("--errata", type=Path, default=None,
                        help="checked key errata to apply (default: the package's)")
    parser.add_argument("--root", type=Path, default=None,
                        help="folder errata source_file paths are relative to "
                        "(default: the answer key's folder)")
    parser.add_argument("--evidence", type=Path, default=None,
                        help="folder of texts named like the source files, read instead of "
                        "the documents to tell what a profile prints (e.g. undamaged twins)")
    parser.add_argument("--targets", choices=sorted(TARGET_SETS), default=None,
                        help="exit 1 below the agreement targets: full (text folders) or ocr")
    args = parser.parse_args(argv)
    report = run_score(args.answers, args.clean, args.out, args.errata, root=args.root,
                       evidence=args.evidence)
    if args.left_out is not None:
        write_left_out(report.left_out, args.left_out)
    print(format_report(report))
    if args.targets is None:
        return 0
    failures = check_targets(report, TARGET_SETS[args.targets])
    for failure in failures:
        print(f"target missed: {failure}")
    return 1 if failures else 0
