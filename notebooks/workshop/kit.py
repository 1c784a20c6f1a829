"""What the workshop notebooks share: where things are, a fresh work folder per exercise, and
the package's commands run on copies, so that no exercise touches data/ or analysis/data/.

Work folders are made under ``notebooks/workshop/work/`` (or under ``$WORKSHOP_WORK_DIR``
when that is set, as the tests do) and are recreated each time a notebook runs.
"""

from __future__ import annotations

import csv
import functools
import io
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

import analysis
from analysis import config

#: This folder: the notebooks, their helpers and fixtures.
WORKSHOP = Path(__file__).resolve().parent
#: Small excerpts of real reports, in the layout the package reads (with a manifest).
EXCERPTS = WORKSHOP / "fixtures" / "excerpts"
#: Table excerpts of real tesseract OCR output, for the repair exercise.
OCR_TABLES = WORKSHOP / "fixtures" / "ocr"
#: The workshop's answer key for the Guinea 2016 excerpt, written by hand from its Table 6.
GUINEA_KEY = WORKSHOP / "fixtures" / "guinea_2016_key.csv"
#: Key fields ILAB's data does not have, each mapped like a package field but to its own
#: measure (added to the package's field map when scoring).
EXTRA_SCORE_FIELDS = WORKSHOP / "fixtures" / "score_fields_extra.csv"


@dataclass(frozen=True)
class Document:
    """A raw report text and what the clean run detected it to be."""

    doc_id: str
    file: str
    text: str
    series: str
    country: str
    report_year: int
    layout: str


def work_dir(name: str) -> Path:
    """A new, empty folder for one exercise's files (an older one of that name is removed)."""
    base = Path(os.environ.get("WORKSHOP_WORK_DIR") or WORKSHOP / "work")
    path = base / name
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    return path


@functools.cache
def seed(prefix: str, clean_dir: Path = config.CLEAN_DIR) -> Document:
    """A seed report of data/raw by the start of its file name ("001"), read-only."""
    docs = pd.read_csv(clean_dir / "documents.csv", dtype=str, keep_default_na=False)
    names = docs["source_file"].map(lambda s: Path(s).name)
    row = docs[names.str.startswith(prefix)]
    if len(row) != 1:
        raise ValueError(f"no single seed file starts with {prefix!r}: {sorted(names)}")
    doc = row.iloc[0]
    path = Path(doc["source_file"])
    text = (path if path.is_absolute() else config.ROOT / path).read_text(encoding="utf-8")
    return Document(doc["doc_id"], path.name, text, doc["series"], doc["country"],
                    int(doc["report_year"]), doc["layout"])


def ocr_table(name: str) -> str:
    """The text of one OCR table excerpt (``chad_2016_table6``)."""
    return (OCR_TABLES / f"{name}.txt").read_text(encoding="utf-8")


def gather_raw(dest: Path, *, seeds: bool, excerpts: tuple[str, ...] = ()) -> Path:
    """Copy the seed reports and/or some excerpts into ``dest`` with one merged manifest."""
    dest.mkdir(parents=True, exist_ok=True)
    sources = ([config.RAW_DIR] if seeds else []) + ([EXCERPTS] if excerpts else [])
    rows: list[dict[str, str]] = []
    for folder in sources:
        wanted = None if folder == config.RAW_DIR else set(excerpts)
        with (folder / config.MANIFEST_NAME).open(encoding="utf-8", newline="") as fh:
            manifest = list(csv.DictReader(fh))
        for path in sorted(folder.glob("*.txt")):
            if wanted is None or path.name in wanted:
                shutil.copy(path, dest / path.name)
                rows += [r for r in manifest if r["source_file"] == path.name]
    missing = set(excerpts) - {p.name for p in dest.iterdir()}
    if missing:
        raise ValueError(f"no such excerpt(s): {sorted(missing)}")
    with (dest / config.MANIFEST_NAME).open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return dest


def clean(raw: Path, out: Path, package: Path | None = None) -> str:
    """Run ``python -m analysis clean`` on a folder; with ``package``, the copy of the package
    in that folder (see copy_package) instead of the installed one. Returns how many documents
    and warnings were written; a failed run raises RuntimeError with the run's last words."""
    env = dict(os.environ)
    if package is not None:
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(Path(package).resolve()), env.get("PYTHONPATH")) if p)
    done = subprocess.run(
        [sys.executable, "-m", "analysis", "clean", "--raw", str(raw), "--out", str(out),
         "--jobs", "1", "--quiet"],
        capture_output=True, text=True, env=env, check=False,
    )
    if done.returncode != 0:
        last = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
        raise RuntimeError(f"the clean run failed (exit status {done.returncode}): {last}")
    written = tables(out)
    return (f"{len(written['documents'])} document(s) cleaned, "
            f"{len(written['warnings'])} warning(s)")


def copy_package(dest: Path) -> Path:
    """A copy of the package, code and data files, in ``dest/analysis``: change it freely and
    run it with ``clean(..., package=dest)``; the installed package is never touched."""
    source = Path(analysis.__file__).resolve().parent
    shutil.copytree(source, Path(dest) / "analysis",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return Path(dest)


def tables(folder: Path) -> dict[str, pd.DataFrame]:
    """Every table of a clean folder by name."""
    return {p.stem: pd.read_csv(p) for p in sorted(Path(folder).glob("*.csv"))}


def score(answers: Path, clean_dir: Path) -> tuple[int, int, list[tuple[str, str, str]]]:
    """Score a clean folder against an answer key with the package's scorer and field map,
    plus the workshop's extra fields: (agreed, compared, disagreements as (field, key value,
    ours))."""
    from analysis.evaluate.score import run_score

    fields = Path(clean_dir) / "score_fields.csv"
    fields.write_text(_field_map(), encoding="utf-8")
    try:
        report = run_score(Path(answers), Path(clean_dir), fields=fields)
    finally:
        fields.unlink()
    agreed, compared = report.total()
    return agreed, compared, [(d.field, d.theirs, d.ours) for d in report.disagreements]


def _field_map() -> str:
    """The package's key-field map plus the workshop's fields, each made like the package's
    field it names in ``like`` but counting its own measure."""
    with (config.EVALUATE_DATA / "score_fields.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    with EXTRA_SCORE_FIELDS.open(encoding="utf-8", newline="") as fh:
        for extra in csv.DictReader(fh):
            like = next(r for r in rows if r["field"] == extra["like"])
            measure = next(v for k, _, v in (p.partition("=") for p in like["filter"].split(";"))
                           if k == "measure")
            rows.append({**like, "field": extra["field"], "filter": like["filter"].replace(
                f"measure={measure}", f"measure={extra['measure']}")})
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def candidates(folder: Path, country: str, measure: str, domain: str) -> pd.DataFrame:
    """Every figure of one country's measure in a clean folder, one row per document and data
    year, with what the prefer-latest rule looks at (series, report year, duplicate_of)."""
    written = tables(folder)
    docs = written["documents"][["doc_id", "series", "duplicate_of"]]
    rows = written["enforcement"].query(
        "country == @country and measure == @measure and domain == @domain")
    columns = ["data_year", "doc_id", "series", "report_year", "domain", "value", "status",
               "qualifier", "source", "duplicate_of", "label"]
    merged = rows.merge(docs, on="doc_id", how="left")
    return merged[columns].sort_values(["data_year", "doc_id"]).reset_index(drop=True)


def show_lines(text: str, first: str, count: int) -> None:
    """Print ``count`` lines of a text from the line holding ``first``, with their offsets
    and invisible characters shown (a trailing space, a tab, a form feed)."""
    start = text.rfind("\n", 0, text.index(first)) + 1
    for _ in range(count):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        print(f"{start:6d}  {text[start:end]!r}")
        if end == len(text):
            break
        start = end + 1


def cut_lines(text: str, spec: str) -> str:
    """The lines of ``text`` named by ``spec`` ("1-51;98;234-321", 1-based), joined again:
    how the excerpts in fixtures/ were cut from whole reports."""
    lines = text.split("\n")
    kept: list[str] = []
    for part in spec.split(";"):
        first, _, last = part.partition("-")
        kept += lines[int(first) - 1 : int(last or first)]
    return "\n".join(kept)
