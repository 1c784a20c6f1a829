"""Command line: ``python -m analysis clean | identify | score | report``."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

from analysis import config


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Turn DOL Findings and TIP report texts into tidy, validated tables.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("clean", help="read raw files and write the clean tables",
                       description="Read every raw file of a folder (text or PDF), repair, "
                       "identify and extract it, validate the tables and write them.")
    p.add_argument("--raw", type=Path, default=config.RAW_DIR,
                   help="folder of raw report files (default: data/raw)")
    p.add_argument("--out", type=Path, default=config.CLEAN_DIR,
                   help="folder the tables are written to (default: data/clean)")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                   help="files processed in parallel (default: number of CPUs)")
    p.add_argument("--quiet", action="store_true",
                   help="print only errors and the exit status: no progress bar or warnings")
    p.add_argument("--show-warnings", action="store_true",
                   help="print every warning, not only the count per kind")

    p = sub.add_parser("identify", help="show what each file is detected to be",
                       description="Print a table of series, country, year, layout, "
                       "assessment and tier detected from each file's content.")
    p.add_argument("files", nargs="+", type=Path, help="raw files to identify")

    p = sub.add_parser("score", help="compare clean tables with ILAB's answer key",
                       description="Map an answer key (answers_<year>.csv) to the clean "
                       "tables and print agreement per field and overall.")
    p.add_argument("--answers", type=Path, required=True, help="answer-key CSV")
    p.add_argument("--clean", type=Path, default=config.CLEAN_DIR,
                   help="folder of clean tables (default: data/clean)")
    p.add_argument("--out", type=Path, default=None,
                   help="write the disagreements to this CSV (country, field, ours, theirs)")
    p.add_argument("--errata", type=Path, default=config.ROOT / "tests" / "data"
                   / "ilab_key_errata.csv", help="checked errata of the key to exclude")

    p = sub.add_parser("report", help="run the notebooks for every country (papermill)",
                       description="Execute every analysis notebook for every country in the "
                       "clean data, writing reports/<country>/ and reports/index.html.")
    p.add_argument("--countries", nargs="*", default=None,
                   help="countries to report on (default: all in the clean data)")
    p.add_argument("--data", type=Path, default=config.CLEAN_DIR,
                   help="folder of clean tables (default: data/clean)")
    p.add_argument("--out", type=Path, default=config.REPORTS_DIR,
                   help="folder the reports are written to (default: reports)")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                   help="notebook runs in parallel (default: number of CPUs)")
    return parser


def _progress(quiet: bool, total: int):
    """A progress bar on stderr for many files, or nothing."""
    if quiet or total < 10 or (not sys.stderr.isatty() and os.environ.get("CI")):
        return lambda it: it
    from tqdm import tqdm

    return lambda it: tqdm(it, total=total, unit="file", file=sys.stderr, leave=False)


def cmd_clean(args: argparse.Namespace) -> int:
    """Run the clean job and report rejected files and warnings."""
    from analysis.pipeline import clean, raw_files

    if not args.raw.is_dir():
        print(f"error: raw folder {args.raw} does not exist", file=sys.stderr)
        return 2
    total = len(raw_files(args.raw))
    started = time.perf_counter()
    summary = clean(args.raw, args.out, workers=max(1, args.jobs),
                    progress=_progress(args.quiet, total))
    for rej in summary.rejected:
        print(f"{rej.source_file}: rejected: {rej.reason}", file=sys.stderr)
    if not args.quiet:
        if args.show_warnings:
            for doc, message in summary.warnings:
                print(f"warning: {doc}: {message}", file=sys.stderr)
        kinds = Counter(m.split(":", 1)[0] for _, m in summary.warnings)
        for kind, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {n:5d} warning(s): {kind}", file=sys.stderr)
        print(
            f"{summary.documents} document(s) written to {args.out}, "
            f"{len(summary.rejected)} rejected, {len(summary.warnings)} warning(s) "
            f"in {time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )
    return 0 if summary.ok else 1


def cmd_identify(args: argparse.Namespace) -> int:
    """Print what each file is detected to be, and which files hold the same report."""
    from analysis.identify import UnrecognisedDocument, doc_id, identify, mark_duplicates
    from analysis.read import RejectedFile, read_raw

    found: list[dict[str, str]] = []
    failed = 0
    for path in args.files:
        try:
            raw, _ = read_raw(path)
            ident = identify(raw.text, path.name)
        except (RejectedFile, UnrecognisedDocument) as err:
            print(f"{path}: rejected: {err}", file=sys.stderr)
            failed += 1
            continue
        found.append({
            "file": path.name, "doc_id": doc_id(ident, raw.sha256), "source_file": str(path),
            "series": ident.series, "country": ident.country, "iso3": ident.iso3,
            "report_year": str(ident.report_year or ""), "layout": ident.layout,
            "assessment": ident.assessment or "-", "tier": ident.tip_tier or "-",
        })
    links = mark_duplicates(found)
    cols = ("file", "series", "country", "iso3", "report_year", "layout", "assessment", "tier",
            "duplicate_of")
    rows = [(*(d[c] for c in cols[:-1]), links.get(d["doc_id"]) or "-") for d in found]
    if rows:
        widths = [max(len(c), *(len(r[i]) for r in rows)) for i, c in enumerate(cols)]
        print("  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)).rstrip())
        for r in rows:
            print("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())
    return 1 if failed else 0


def cmd_score(args: argparse.Namespace) -> int:
    """Score clean tables against an answer key."""
    from analysis.score import format_report, run_score

    report = run_score(args.answers, args.clean, args.out, args.errata)
    print(format_report(report))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """Run the notebooks for every country."""
    from analysis.report import report_main

    argv = ["--data", str(args.data), "--out", str(args.out), "--jobs", str(args.jobs)]
    if args.countries:
        argv += ["--countries", *args.countries]
    return report_main(argv)


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit status."""
    args = _parser().parse_args(argv)
    handlers = {"clean": cmd_clean, "identify": cmd_identify, "score": cmd_score,
                "report": cmd_report}
    try:
        return handlers[args.command](args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
