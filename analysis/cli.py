"""Command line: ``python -m analysis clean | identify | score | report``."""

from __future__ import annotations

import argparse
import os
import signal
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
    p.add_argument("--manifest", type=Path, default=None,
                   help="manifest CSV giving provenance, series, country and report year of "
                   "the raw files (default: manifest.csv in the raw folder)")
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

    # score and report parse their own arguments (see main); listed here for --help.
    sub.add_parser("score", add_help=False, help="compare clean tables with ILAB's answer key, "
                   "or with --tip a TIP key (python -m analysis score [--tip] --help)")
    sub.add_parser("report", add_help=False, help="run the notebooks for every country "
                   "with papermill (python -m analysis report --help)")
    return parser


def _progress(quiet: bool, total: int):
    """A progress bar on stderr for many files, or nothing."""
    if quiet or total < 10 or (not sys.stderr.isatty() and os.environ.get("CI")):
        return lambda it: it
    from tqdm import tqdm

    return lambda it: tqdm(it, total=total, unit="file", file=sys.stderr, leave=False)


def _check_raw(raw: Path) -> str | None:
    """Why --raw cannot be read as a raw folder, or None."""
    if not raw.exists():
        return f"raw folder {raw} does not exist"
    if not raw.is_dir():
        return f"--raw {raw} is a file, not a folder"
    try:
        next(iter(os.scandir(raw)), None)
    except OSError as err:
        return f"raw folder {raw} cannot be read ({err.strerror or err})"
    return None


def cmd_clean(args: argparse.Namespace) -> int:
    """Run the clean job and report rejected, skipped and set-aside things and warnings."""
    from analysis.pipeline import clean, raw_files
    from analysis.publish.folder import OutputError
    from analysis.read.manifest import ManifestError

    problem = _check_raw(args.raw)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    if args.jobs < 1:
        print(f"error: --jobs {args.jobs}: give 1 or more", file=sys.stderr)
        return 2
    total = len(raw_files(args.raw))
    started = time.perf_counter()
    if args.manifest is not None and not args.manifest.is_file():
        why = "is a folder, not a file" if args.manifest.is_dir() else "does not exist"
        print(f"error: manifest {args.manifest} {why}", file=sys.stderr)
        return 2
    try:
        summary = clean(args.raw, args.out, workers=args.jobs,
                        progress=_progress(args.quiet, total), manifest_path=args.manifest)
    except OutputError as err:
        print(f"error: {err}", file=sys.stderr)
        return err.status
    except ManifestError as err:
        print(f"error: manifest {err}; nothing written", file=sys.stderr)
        return 1
    for rej in summary.rejected:
        print(f"{rej.source_file}: rejected: {rej.reason}", file=sys.stderr)
    for source, message in summary.set_aside:
        print(f"{source}: {message}", file=sys.stderr)
    if not summary.published:
        print(f"error: no document could be read from {args.raw} ({len(summary.rejected)} "
              f"rejected, {len(summary.skipped)} skipped); nothing written, {args.out} left as "
              "it was", file=sys.stderr)
        return 1
    if not args.quiet:
        for skip in summary.skipped:
            print(f"{skip.source_file}: skipped: {skip.reason}", file=sys.stderr)
        for source, note in summary.notes:
            print(f"{source}: {note}", file=sys.stderr)
        if args.show_warnings:
            for doc, message in summary.warnings:
                print(f"warning: {doc}: {message}", file=sys.stderr)
        kinds = Counter(m.split(":", 1)[0] for _, m in summary.warnings)
        for kind, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {n:5d} warning(s): {kind}", file=sys.stderr)
        for line in summary.coverage:
            print(line, file=sys.stderr)
        print(
            f"{summary.documents} document(s) written to {args.out}, "
            f"{len(summary.rejected)} rejected, {len(summary.skipped)} skipped, "
            f"{len(summary.set_aside)} row(s) set aside, {len(summary.warnings)} warning(s) "
            f"in {time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )
    return 0 if summary.ok else 1


def cmd_identify(args: argparse.Namespace) -> int:
    """Print what each file is detected to be, and which files hold the same report."""
    from analysis.detect.duplicates import mark_duplicates
    from analysis.detect.identity import UnrecognisedDocument, doc_id, identify
    from analysis.read.raw import RejectedFile, read_raw

    found: list[dict[str, str]] = []
    failed = 0
    for path in args.files:
        if path.is_dir():
            print(f"{path}: rejected: a folder, not a file (give the files in it)",
                  file=sys.stderr)
            failed += 1
            continue
        try:
            raw, _ = read_raw(path)
            ident = identify(raw.text, path.name)
        except (RejectedFile, UnrecognisedDocument) as err:
            print(f"{path}: rejected: {err}", file=sys.stderr)
            failed += 1
            continue
        found.append({
            "file": path.name, "doc_id": doc_id(ident, raw.sha256), "source_file": str(path),
            "chars": str(len(raw.text)),
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


def run_score_command(argv: list[str]) -> int:
    """Score clean tables against a key; data/clean and the checked errata are defaults.
    ``--tip`` scores TIP excerpts against a hand-read key instead (analysis.evaluate.tip_key)."""
    problem = _check_paths(argv, files=("--answers", "--errata"), folders=("--clean",),
                           output_files=("--out",))
    if problem:
        return _usage_error("score", *problem)
    if "--tip" in argv:
        from analysis.evaluate.tip_key import tip_score_main

        return tip_score_main([a for a in argv if a != "--tip"])
    from analysis.evaluate.cli import score_main

    errata = config.EVALUATE_DATA / "ilab_key_errata.csv"
    return score_main(["--clean", str(config.CLEAN_DIR), "--errata", str(errata), *argv])


def run_report_command(argv: list[str]) -> int:
    """Run the notebooks for every country (analysis.report parses the arguments)."""
    from analysis.report import report_main

    problem = _check_paths(argv, folders=("--data",), output_folders=("--out",))
    if problem:
        return _usage_error("report", *problem)
    return report_main(argv)


def _option_values(argv: list[str], option: str) -> list[str]:
    """Every value given to ``option`` (as ``--x v`` or ``--x=v``)."""
    values = []
    for i, arg in enumerate(argv):
        if arg == option and i + 1 < len(argv):
            values.append(argv[i + 1])
        elif arg.startswith(option + "="):
            values.append(arg.split("=", 1)[1])
    return values


def _text_file_problem(path: Path) -> tuple[str, int] | None:
    """Why a file given as input cannot be read as CSV text, and the exit status, or None."""
    from analysis.read.raw import RejectedFile, check_not_binary, decode

    if not path.exists():
        return "does not exist", 2
    if not path.is_file():
        return "is a folder, not a file", 2
    try:
        data = path.read_bytes()
        if not data.strip():
            return "is empty", 1
        check_not_binary(data)
        decode(data)
    except OSError as err:
        return f"cannot be read ({err.strerror or err})", 1
    except RejectedFile as err:
        return f"is not a text file ({err})", 1
    return None


def _check_paths(argv: list[str], *, files: tuple[str, ...] = (),
                 folders: tuple[str, ...] = (), output_files: tuple[str, ...] = (),
                 output_folders: tuple[str, ...] = ()) -> tuple[str, str, int] | None:
    """The first path argument that cannot work, as (option and path, why, exit status):
    input files that are missing, empty or binary, input folders that are not folders, an
    output file that is a folder or an output folder that is a file."""
    for option in files:
        for value in _option_values(argv, option):
            problem = _text_file_problem(Path(value))
            if problem:
                return f"{option} {value}", *problem
    for option in folders:
        for value in _option_values(argv, option):
            if not Path(value).is_dir():
                what = "is a file, not a folder" if Path(value).exists() else "does not exist"
                return f"{option} {value}", what, 2
    for option in output_files:
        for value in _option_values(argv, option):
            if Path(value).is_dir():
                return f"{option} {value}", "is a folder, not a file", 2
    for option in output_folders:
        for value in _option_values(argv, option):
            if Path(value).exists() and not Path(value).is_dir():
                return f"{option} {value}", "is a file, not a folder", 2
    return None


def _usage_error(command: str, what: str, why: str, status: int) -> int:
    """Print one line about a bad argument; return the exit status."""
    print(f"{command}: error: {what} {why}", file=sys.stderr)
    return status


#: Commands whose own module parses their arguments.
_DELEGATED = {"score": run_score_command, "report": run_report_command}


def _interrupt(signum: int, frame: object) -> None:
    """Let a termination signal stop a run like Ctrl-C: temporary files removed, the old
    result left as it was."""
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        if argv and argv[0] in _DELEGATED:
            return _DELEGATED[argv[0]](argv[1:])
        args = _parser().parse_args(argv)
        handlers = {"clean": cmd_clean, "identify": cmd_identify}
        return handlers[args.command](args)
    except KeyboardInterrupt:
        print("interrupted (a clean run leaves its output folder as it was)", file=sys.stderr)
        return 130
    finally:
        signal.signal(signal.SIGTERM, previous)
