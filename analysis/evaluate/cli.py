"""``python -m analysis score``: score a clean folder against an answer key."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from analysis.evaluate.report import TARGET_SETS, check_targets, format_report
from analysis.evaluate.score import run_score


def score_main(argv: Sequence[str] | None = None) -> int:
    """Command line for scoring: print the report; exit 1 when --targets are given and missed."""
    parser = argparse.ArgumentParser(prog="python -m analysis score",
                                     description="Score clean tables against an answer key.")
    parser.add_argument("--answers", type=Path, required=True, help="answer-key CSV")
    parser.add_argument("--clean", type=Path, required=True, help="folder of clean tables")
    parser.add_argument("--out", type=Path, default=None, help="disagreements CSV to write")
    parser.add_argument("--errata", type=Path, default=None, help="errata CSV to check and apply")
    parser.add_argument("--root", type=Path, default=None,
                        help="folder errata source_file paths are relative to "
                        "(default: the answer key's folder)")
    parser.add_argument("--targets", choices=sorted(TARGET_SETS), default=None,
                        help="check agreement targets: full (text folders) or ocr")
    args = parser.parse_args(argv)
    report = run_score(args.answers, args.clean, args.out, args.errata, root=args.root)
    print(format_report(report))
    if args.targets is None:
        return 0
    failures = check_targets(report, TARGET_SETS[args.targets])
    for failure in failures:
        print(f"target missed: {failure}")
    return 1 if failures else 0
