"""Running a batch: the stale jobs in parallel, each failure kept to its country, the index.

``run_report`` plans a job per notebook and country (and one per cross-country notebook),
skips those whose outputs are fresh, runs the rest in a pool of worker processes with the
chosen engine (``warm`` by default, see ``engines``), renders each executed notebook as HTML
and writes ``index.html``. A failing country is reported by name and does not stop the others.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from analysis.config import CLEAN_DIR, NOTEBOOKS_DIR, REPORTS_DIR, ROOT
from analysis.report.jobs import (
    ERROR_FILE,
    STAMPS,
    Job,
    Outcome,
    country_slug,
    inputs_digest,
    is_fresh,
    one_line,
    plan,
)

#: Notebooks run once per country, and once per batch across all countries.
NOTEBOOKS = ("prevalence", "enforcement_trends", "inspector_ratio")
ACROSS = ("cross_country",)
#: Engine name -> papermill's engine name (None is papermill's own nbclient engine).
ENGINE_NAMES = {"warm": "warm", "papermill": None}
#: Per-run clock times papermill writes into a notebook; dropped so that equal runs write
#: byte-identical files.
CLOCK_KEYS = ("start_time", "end_time", "duration")
INJECTED = "injected-parameters"


def settle(path: Path) -> None:
    """Remove the run's clock times from an executed notebook and give the cell papermill
    injects a fixed id instead of a random one; written in nbformat's own layout."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    for meta in (nb["metadata"], *(cell["metadata"] for cell in nb["cells"])):
        for key in CLOCK_KEYS:
            meta.get("papermill", {}).pop(key, None)
    for cell in nb["cells"]:
        if INJECTED in cell["metadata"].get("tags", ()):
            cell["id"] = INJECTED
    text = json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")


def run_job(job: Job, digest: str, engine: str = "warm") -> Outcome:
    """Execute one notebook with papermill, render it and stamp it; never raises.

    A cell's printed text is kept as one output per stream (``coalesce_streams``): the kernel
    sends what a cell prints in as many pieces as its flush timer, 0.2 s after a write,
    happens to cut it into (a line and its newline apart, on a busy machine), so that the
    same run would otherwise write different notebooks."""
    import papermill

    from analysis.report import engines  # noqa: F401  (registers the warm engine)
    from analysis.report.html import render_html

    try:
        job.stamp.parent.mkdir(parents=True, exist_ok=True)
        job.stamp.unlink(missing_ok=True)
        job.html.unlink(missing_ok=True)
        papermill.execute_notebook(
            str(job.notebook), str(job.output), parameters=job.parameters,
            engine_name=ENGINE_NAMES[engine], cwd=str(job.notebook.parent),
            progress_bar=False, log_output=False, request_save_on_cell_execute=False,
            record_timing=False, coalesce_streams=True,
        )
        settle(job.output)
        render_html(job.output, job.html, f"{job.notebook.stem.replace('_', ' ')}: {job.label}")
        job.stamp.write_text(digest + "\n")
    except Exception as error:  # any failure is reported; the batch goes on
        return Outcome(job.label, job.notebook.stem, "failed", one_line(error))
    return Outcome(job.label, job.notebook.stem, "ran")


def _pending(jobs: list[Job], force: bool, outcomes: list[Outcome]) -> list[tuple[Job, str]]:
    """The jobs to run with their input digests; fresh ones are recorded as such."""
    pending = []
    for job in jobs:
        digest = inputs_digest(job.notebook, job.data_dir, job.parameters)
        if not force and is_fresh(job, digest):
            outcomes.append(Outcome(job.label, job.notebook.stem, "fresh"))
        else:
            pending.append((job, digest))
    return pending


def run_report(countries: Sequence[str], data_dir: Path, out_root: Path,
               notebooks: Sequence[Path], jobs: int = 1, force: bool = False,
               across: Sequence[Path] = (), engine: str = "warm",
               progress: Callable[[Iterable], Iterable] = lambda it: it) -> list[Outcome]:
    """Run the stale jobs in parallel, record failures per country, write the index."""
    from analysis.analyse.load import ParameterError, available_countries, check_country
    from analysis.report.index import write_index

    available = available_countries(data_dir)
    outcomes: list[Outcome] = []
    runnable: list[Job] = []
    for job in plan(list(countries), list(notebooks), data_dir, out_root, list(across)):
        try:
            if job.country is not None:
                check_country(job.country, available)
        except ParameterError as error:
            outcomes.append(Outcome(job.label, job.notebook.stem, "failed", one_line(error)))
            continue
        runnable.append(job)
    pending = _pending(runnable, force, outcomes)
    if pending:
        with ProcessPoolExecutor(max_workers=max(1, min(jobs, len(pending)))) as pool:
            futures = [pool.submit(run_job, job, digest, engine) for job, digest in pending]
            outcomes.extend(f.result() for f in progress(as_completed(futures)))
    _record_errors(countries, outcomes, out_root)
    write_index(out_root, data_dir, notebooks, across)
    return sorted(outcomes, key=lambda o: (o.country, o.notebook))


def _record_errors(countries: Sequence[str], outcomes: list[Outcome], out_root: Path) -> None:
    """Keep each country's failures of this run beside its outputs, for the index."""
    for country in countries:
        failed = [f"{o.notebook}: {o.message}" for o in outcomes
                  if o.country == country and o.status == "failed"]
        path = out_root / country_slug(country) / STAMPS / ERROR_FILE
        if failed:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("\n".join(failed) + "\n", encoding="utf-8")
        else:
            path.unlink(missing_ok=True)


def _progress(total: int) -> Callable[[Iterable], Iterable]:
    """A progress bar on stderr for a long batch, or nothing."""
    if total < 10 or not sys.stderr.isatty():
        return lambda it: it
    from tqdm import tqdm

    return lambda it: tqdm(it, total=total, unit="notebook", file=sys.stderr, leave=False)


def _parser() -> argparse.ArgumentParser:
    """The report command's arguments."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis report",
        description="Run the analysis notebooks for every country and build reports/.")
    parser.add_argument("--countries", nargs="+", metavar="COUNTRY",
                        help="countries to run (default: every country in documents.csv)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="notebooks run at once (default: number of CPUs)")
    parser.add_argument("--data", type=Path, default=CLEAN_DIR, help="folder of clean tables")
    parser.add_argument("--out", type=Path, default=REPORTS_DIR, help="output folder")
    parser.add_argument("--force", action="store_true", help="rerun even if up to date")
    parser.add_argument("--engine", choices=sorted(ENGINE_NAMES), default="warm",
                        help="warm: one kernel per worker, reused with its state reset "
                        "(default); papermill: a new kernel for every notebook run")
    parser.add_argument("--execute-committed", action="store_true",
                        help="instead, execute notebooks/ in place with default parameters")
    return parser


def report_main(argv: Sequence[str] | None = None) -> int:
    """CLI: run the batch report (or execute the committed notebooks); 1 if anything failed."""
    args = _parser().parse_args(argv)
    if args.execute_committed:
        from analysis.report.committed import execute_committed

        try:
            for path in execute_committed():
                print(f"executed {path.relative_to(ROOT)}")
        except Exception as error:  # a notebook's error is shown in one line, not a traceback
            print(f"FAILED: {one_line(error)}", file=sys.stderr)
            return 1
        return 0
    from analysis.analyse.load import ParameterError, available_countries, check_countries

    data_dir, out_root = args.data.resolve(), args.out.resolve()
    try:
        available = available_countries(data_dir)
    except ParameterError as error:
        print(f"report: {error}", file=sys.stderr)
        return 1
    try:
        countries = check_countries(args.countries or available, available)
    except ParameterError as error:  # said once, before any notebook runs
        print(f"report: error: {error}", file=sys.stderr)
        return 2
    out_root.mkdir(parents=True, exist_ok=True)
    notebooks = [NOTEBOOKS_DIR / f"{name}.ipynb" for name in NOTEBOOKS]
    across = [NOTEBOOKS_DIR / f"{name}.ipynb" for name in ACROSS
              if (NOTEBOOKS_DIR / f"{name}.ipynb").is_file()]
    total = len(countries) * len(notebooks) + len(across)
    outcomes = run_report(countries, data_dir, out_root, notebooks, args.jobs, args.force,
                          across, args.engine, _progress(total))
    counts = {s: sum(o.status == s for o in outcomes) for s in ("ran", "fresh", "failed")}
    print(f"{counts['ran']} run, {counts['fresh']} up to date, {counts['failed']} failed; "
          f"index: {out_root / 'index.html'}")
    failed = [o for o in outcomes if o.status == "failed"]
    for o in failed:
        print(f"FAILED {o.country}: {o.notebook}: {o.message}", file=sys.stderr)
    return 1 if failed else 0
