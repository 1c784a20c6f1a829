"""Batch report: every analysis notebook for every country, rendered, indexed, incremental.

``report_main`` runs the notebooks in notebooks/ with papermill for each country of
data/clean/documents.csv (or those given), writing ``<out>/<country>/<notebook>.ipynb``, an
HTML rendering with the code hidden, the charts as PNG and SVG, and ``<out>/index.html``.
A run is redone only when its inputs changed: a stamp file holds a hash of the notebook, the
data files and the package code. A failing country is reported by name and does not stop
the others. ``execute_committed`` re-executes notebooks/ in place with default parameters.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import html
import json
import os
import re
import sys
import unicodedata
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from analysis.config import CLEAN_DIR, NOTEBOOKS_DIR, REPORTS_DIR, ROOT

NOTEBOOKS = ("prevalence", "enforcement_trends", "inspector_ratio")
STAMPS = ".stamps"
ERROR_FILE = "error.txt"
#: Package data read by the analyses (vocabularies, territory names): any change reruns.
DATA_GLOBS = ("analysis/data/*.csv",)


@dataclass(frozen=True)
class Job:
    """One notebook to run for one country."""

    country: str
    notebook: Path
    data_dir: Path
    out_dir: Path

    @property
    def output(self) -> Path:
        """The executed notebook."""
        return self.out_dir / self.notebook.name

    @property
    def html(self) -> Path:
        """The executed notebook rendered as HTML without code."""
        return self.output.with_suffix(".html")

    @property
    def stamp(self) -> Path:
        """The file holding the hash of the inputs of the last successful run."""
        return self.out_dir / STAMPS / f"{self.notebook.stem}.sha256"


@dataclass(frozen=True)
class Outcome:
    """What happened to a job: ``ran``, ``fresh`` (skipped, up to date) or ``failed``."""

    country: str
    notebook: str
    status: str
    message: str = ""


def country_slug(country: str) -> str:
    """A folder name for a country: ASCII letters, digits, ``-`` and ``_`` only."""
    ascii_name = unicodedata.normalize("NFKD", country).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9-]+", "_", ascii_name).strip("_") or "country"


def _imported_modules(source: str) -> set[str]:
    """Names of the ``analysis`` modules a piece of Python source imports (a name imported
    from a package may be a submodule, so both are returned)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return set()
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return {n for n in names if n == "analysis" or n.startswith("analysis.")}


def _module_file(name: str, root: Path) -> Path | None:
    """The source file of a package module, or None when the name is not a module."""
    base = root.joinpath(*name.split("."))
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


def code_dependencies(notebook: Path, root: Path = ROOT) -> list[Path]:
    """Every package module a notebook runs: those its code cells import, the modules they
    import in turn, and the packages above each; derived from the code, never listed."""
    cells = json.loads(notebook.read_text(encoding="utf-8")).get("cells", [])
    source = "\n".join(
        line for cell in cells if cell.get("cell_type") == "code"
        for line in "".join(cell.get("source", "")).splitlines()
        if not line.lstrip().startswith(("%", "!"))
    )
    todo = sorted(_imported_modules(source))
    seen: dict[str, Path] = {}
    while todo:
        name = todo.pop()
        parts = name.split(".")
        for i in range(1, len(parts) + 1):
            module = ".".join(parts[:i])
            path = _module_file(module, root)
            if module in seen or path is None:
                continue
            seen[module] = path
            todo.extend(_imported_modules(path.read_text(encoding="utf-8")))
    return sorted(seen.values())


def inputs_digest(notebook: Path, data_dir: Path, params: dict[str, object],
                  root: Path = ROOT) -> str:
    """Hash of everything a run depends on: notebook, data files, the package modules it
    runs and the package data, parameters."""
    files = [notebook, *data_dir.glob("*.csv"), *data_dir.glob("*.json")]
    files += code_dependencies(notebook, root)
    files += [p for pattern in DATA_GLOBS for p in root.glob(pattern)]
    digest = hashlib.sha256(json.dumps(params, sort_keys=True, default=str).encode())
    base = root.resolve()
    for path in sorted({p.resolve() for p in files if p.is_file()}):
        name = path.relative_to(base) if path.is_relative_to(base) else path
        digest.update(f"{name}\0".encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def parameters(job: Job) -> dict[str, object]:
    """The papermill parameters of a job."""
    return {"country": job.country, "data_dir": str(job.data_dir),
            "output_dir": str(job.out_dir)}


def is_fresh(job: Job, digest: str) -> bool:
    """True when the outputs exist and were made from inputs with this hash."""
    return (job.output.is_file() and job.html.is_file() and job.stamp.is_file()
            and job.stamp.read_text().strip() == digest)


def render_html(notebook: Path, target: Path) -> None:
    """Write the executed notebook as standalone HTML with code cells hidden."""
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nbformat.read(notebook, as_version=4))
    target.write_text(body, encoding="utf-8")


def one_line(error: BaseException) -> str:
    """An error as one line: the notebook's exception name and message, no traceback."""
    name = getattr(error, "ename", None) or type(error).__name__
    value = getattr(error, "evalue", None)
    text = str(error) if value is None else value
    return f"{name}: {' '.join(str(text).split())}"


def run_job(job: Job, digest: str) -> Outcome:
    """Execute one notebook with papermill, render it and stamp it; never raises."""
    import papermill

    name = job.notebook.stem
    try:
        job.stamp.parent.mkdir(parents=True, exist_ok=True)
        job.stamp.unlink(missing_ok=True)
        job.html.unlink(missing_ok=True)
        papermill.execute_notebook(
            str(job.notebook), str(job.output), parameters=parameters(job),
            cwd=str(job.notebook.parent), progress_bar=False, log_output=False,
        )
        render_html(job.output, job.html)
        job.stamp.write_text(digest + "\n")
    except Exception as error:  # any failure is reported; the batch goes on
        return Outcome(job.country, name, "failed", one_line(error))
    return Outcome(job.country, name, "ran")


def _run_packed(args: tuple[Job, str]) -> Outcome:


    """run_job on one (job, digest) pair, for the process pool's map."""
    return run_job(*args)


def plan(countries: Sequence[str], notebooks: Sequence[Path], data_dir: Path,
         out_root: Path) -> list[Job]:
    """Every (country, notebook) job, in a stable order."""
    return [Job(c, nb, data_dir, out_root / country_slug(c)) for c in countries
            for nb in notebooks]


def run_report(countries: Sequence[str], data_dir: Path, out_root: Path,
               notebooks: Sequence[Path], jobs: int = 1, force: bool = False) -> list[Outcome]:
    """Run the stale jobs in parallel, record failures per country, write the index."""
    from analysis.analyse.load import ParameterError, available_countries, check_country

    available = available_countries(data_dir)
    outcomes: list[Outcome] = []
    runnable: list[Job] = []
    for job in plan(countries, notebooks, data_dir, out_root):
        try:
            check_country(job.country, available)
        except ParameterError as error:
            outcomes.append(Outcome(job.country, job.notebook.stem, "failed", one_line(error)))
            continue
        runnable.append(job)
    pending = []
    for job in runnable:
        digest = inputs_digest(job.notebook, data_dir, parameters(job))
        if not force and is_fresh(job, digest):
            outcomes.append(Outcome(job.country, job.notebook.stem, "fresh"))
        else:
            pending.append((job, digest))
    if pending:
        with ProcessPoolExecutor(max_workers=max(1, min(jobs, len(pending)))) as pool:
            outcomes.extend(pool.map(_run_packed, pending))
    _record_errors(countries, outcomes, out_root)
    write_index(out_root, data_dir, notebooks)
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


def _summary(data_dir: Path, country: str) -> str:


    """The index line of one country, or the reason there is none."""
    from analysis.analyse.load import ParameterError, load_country
    from analysis.analyse.summary import country_line

    try:
        return country_line(load_country(data_dir, country))
    except ParameterError as error:
        return one_line(error)


def _links(folder: Path, notebooks: Sequence[Path]) -> list[str]:


    """Links to a country's rendered notebooks and chart files."""
    slug = folder.name
    links = []
    for nb in notebooks:
        page = folder / f"{nb.stem}.html"
        if page.is_file():
            links.append(f'<a href="{slug}/{page.name}">{nb.stem}</a> '
                         f'(<a href="{slug}/{nb.name}">ipynb</a>)')
    for chart in sorted(folder.glob("*.png")):
        svg = chart.with_suffix(".svg")
        extra = f' <a href="{slug}/{svg.name}">svg</a>' if svg.is_file() else ""
        links.append(f'<a href="{slug}/{chart.name}">{chart.stem}</a>{extra}')
    return links


def write_index(out_root: Path, data_dir: Path, notebooks: Sequence[Path]) -> Path:
    """Write index.html: one row per country with outputs, its summary, links and errors."""
    from analysis.analyse.load import available_countries

    rows = []
    by_slug = {country_slug(c): c for c in available_countries(data_dir)}
    folders = sorted(p for p in out_root.iterdir() if p.is_dir() and not p.name.startswith("."))
    for folder in folders:
        country = by_slug.get(folder.name, folder.name)
        error = folder / STAMPS / ERROR_FILE
        status = (f'<pre class="error">{html.escape(error.read_text(encoding="utf-8"))}</pre>'
                  if error.is_file() else "")
        rows.append(
            f"<tr><th>{html.escape(country)}</th>"
            f"<td>{html.escape(_summary(data_dir, country))}{status}</td>"
            f"<td>{'<br>'.join(_links(folder, notebooks))}</td></tr>"
        )
    page = out_root / "index.html"
    page.write_text(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Country reports</title>\n"
        "<style>body{font-family:sans-serif}td,th{vertical-align:top;text-align:left;"
        "padding:4px 8px;border-bottom:1px solid #ddd}.error{color:#b00}</style></head>\n"
        "<body><h1>Country reports</h1>\n<table>\n<tr><th>country</th><th>summary</th>"
        "<th>notebooks and charts</th></tr>\n" + "\n".join(rows) + "\n</table></body></html>\n",
        encoding="utf-8",
    )
    return page


def execute_in_place(notebook: Path, timeout: int = 600) -> Path:
    """Execute a committed notebook from its paired .py with default parameters; save it.

    The reviewed .py source gives the cells; the .ipynb keeps the outputs. Cell ids are kept
    from the existing .ipynb where the cell is unchanged, and no timing metadata is written,
    so re-running on unchanged data rewrites the same file.
    """
    import jupytext
    import nbformat
    from nbclient import NotebookClient

    ipynb, source = notebook.with_suffix(".ipynb"), notebook.with_suffix(".py")
    nb = jupytext.read(source if source.is_file() else ipynb)
    old = nbformat.read(ipynb, as_version=4).cells if ipynb.is_file() else []
    for index, cell in enumerate(nb.cells):
        match = old[index] if index < len(old) and old[index].source == cell.source else None
        cell["id"] = match["id"] if match and "id" in match else f"cell-{index}"
    NotebookClient(nb, timeout=timeout, record_timing=False,
                   resources={"metadata": {"path": str(ipynb.parent)}}).execute()
    jupytext.write(nb, ipynb)
    return ipynb


def execute_committed(notebooks_dir: Path = NOTEBOOKS_DIR) -> list[Path]:
    """Execute every paired notebook in ``notebooks_dir`` in place (``make notebooks``)."""
    return [execute_in_place(nb) for nb in sorted(notebooks_dir.glob("*.py"))]


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
    parser.add_argument("--execute-committed", action="store_true",
                        help="instead, execute notebooks/ in place with default parameters")
    return parser


def report_main(argv: Sequence[str] | None = None) -> int:
    """CLI: run the batch report (or execute the committed notebooks); 1 if anything failed."""
    args = _parser().parse_args(argv)
    if args.execute_committed:
        try:
            for path in execute_committed():
                print(f"executed {path.relative_to(ROOT)}")
        except Exception as error:  # a notebook's error is shown in one line, not a traceback
            print(f"FAILED: {one_line(error)}", file=sys.stderr)
            return 1
        return 0
    from analysis.analyse.load import ParameterError, available_countries

    data_dir, out_root = args.data.resolve(), args.out.resolve()
    try:
        countries = args.countries or available_countries(data_dir)
    except ParameterError as error:
        print(f"report: {error}", file=sys.stderr)
        return 1
    out_root.mkdir(parents=True, exist_ok=True)
    notebooks = [NOTEBOOKS_DIR / f"{name}.ipynb" for name in NOTEBOOKS]
    outcomes = run_report(countries, data_dir, out_root, notebooks, args.jobs, args.force)
    counts = {s: sum(o.status == s for o in outcomes) for s in ("ran", "fresh", "failed")}
    print(f"{counts['ran']} run, {counts['fresh']} up to date, {counts['failed']} failed; "
          f"index: {out_root / 'index.html'}")
    failed = sorted({o.country for o in outcomes if o.status == "failed"})
    for country in failed:
        for o in outcomes:
            if o.country == country and o.status == "failed":
                print(f"FAILED {country}: {o.notebook}: {o.message}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(report_main())
