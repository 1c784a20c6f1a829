"""The clean job: raw files in, validated tables out.

For each raw file: read -> detect (layout, series, country, year, ...) -> repair (ledger)
-> extract -> map every offset back to the raw text. Then across files: mark duplicates,
validate each table, reconcile, and write data/clean. A bad file is reported and skipped;
the others are still processed.
"""

from __future__ import annotations

import csv
import dataclasses
import os
import shutil
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis import config
from analysis.detect.completeness import missing_sections
from analysis.detect.countries import heading_country
from analysis.detect.duplicates import mark_duplicates
from analysis.detect.identity import Identity, UnrecognisedDocument, doc_id, identify
from analysis.extract.dispatch import extract
from analysis.extract.records import Extraction
from analysis.panel import panel
from analysis.publish.validate import validate
from analysis.publish.write import write_csv, write_datapackage
from analysis.read.raw import RejectedFile, read_raw
from analysis.reconcile import reconcile
from analysis.repair import repair
from analysis.repair.ledger import RepairLedger
from analysis.schema import (
    DOCUMENTS,
    ENFORCEMENT,
    PANEL,
    RECONCILIATION,
    RECORD_TABLES,
    REPAIRS,
    TABLES,
    WARNINGS,
)

_PUBLISHERS = {
    "dol_findings": "U.S. Department of Labor, Bureau of International Labor Affairs",
    "tip": "U.S. Department of State, Office to Monitor and Combat Trafficking in Persons",
}
_TITLES = {
    "dol_findings": "{year} Findings on the Worst Forms of Child Labor: {country}",
    "tip": "Trafficking in Persons Report {year}: {country}",
}
#: Identity field -> the words its identification problems start with (dropped when the
#: manifest settles the field).
_FIELD_WORDS = {"report_year": "report year", "country": "country", "series": "series"}


@dataclass
class DocumentResult:
    """Everything one raw file produced."""

    source_file: str
    document: dict[str, object]
    rows: dict[str, list[dict[str, object]]]
    repairs: list[dict[str, object]]
    clean_text: str
    warnings: list[str]
    extracted_text: str | None = None


@dataclass
class Rejection:
    """A raw file that could not be processed, and why."""

    source_file: str
    reason: str


@dataclass
class CleanSummary:
    """What a clean run did: documents written, files rejected, warnings."""

    documents: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no file was rejected."""
        return not self.rejected


def load_manifest(raw_dir: Path, path: Path | None = None) -> dict[str, dict[str, str]]:
    """Manifest rows by file name (``path``, else the raw folder's manifest.csv); an absent
    manifest is an empty one."""
    path = raw_dir / config.MANIFEST_NAME if path is None else path
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["source_file"]: row for row in csv.DictReader(fh)}


def raw_files(raw_dir: Path) -> list[Path]:
    """The raw files of a folder, in name order (the manifest and hidden files excluded)."""
    return sorted(
        p for p in raw_dir.iterdir()
        if p.is_file() and not p.name.startswith(".") and p.name != config.MANIFEST_NAME
    )


def display_path(path: Path) -> str:
    """The path as documents.source_file records it: relative to the project root when the
    file is in the project or beside it, else absolute."""
    relative = Path(os.path.relpath(path.resolve(), config.ROOT)).as_posix()
    return relative if not relative.startswith("../..") else path.resolve().as_posix()


def process_file(path: Path, manifest_row: dict[str, str] | None) -> DocumentResult | Rejection:
    """Run one raw file through the whole pipeline; a failure is a Rejection naming why."""
    source = display_path(path)
    try:
        return _process(path, source, manifest_row)
    except Exception as err:
        return Rejection(source, f"internal error ({type(err).__name__}: {err}); please report")


def _process(
    path: Path, source: str, manifest_row: dict[str, str] | None
) -> DocumentResult | Rejection:
    """The per-document pipeline: read, detect, repair, identify, extract, map offsets."""
    try:
        raw, extracted = read_raw(path)
        ident = identify(raw.text, path.name)
    except RejectedFile as err:
        return Rejection(source, str(err))
    except UnrecognisedDocument as err:
        return Rejection(source, f"unrecognised: {err}")
    overrides, notes = _overrides(manifest_row, ident)
    if overrides:
        settled = tuple(_FIELD_WORDS[name] for name in overrides if name in _FIELD_WORDS)
        problems = tuple(p for p in ident.problems if not p.startswith(settled))
        ident = dataclasses.replace(ident, **overrides, problems=problems)
    if ident.report_year is None:
        return Rejection(source, "unrecognised: no report year found in the text or the "
                         "manifest")
    if not ident.country:
        return Rejection(source, "unrecognised: no country found in the text or the manifest")
    layout = ident.layout
    ledger = repair(raw.text, layout=layout, series=ident.series, country=ident.country)
    found = extract(ledger.text, series=ident.series, layout=layout,
                    report_year=ident.report_year)
    missing = missing_sections(ledger.text, ident.series)
    is_tip = ident.series == "tip"
    if missing and is_tip:
        notes.append(f"partial: a TIP excerpt of {len(raw.text)} characters without its "
                     f"{', '.join(missing)}; only the figures it holds are read")
    elif missing:
        return Rejection(source, f"truncated or incomplete: no {', '.join(missing)} section "
                         f"in {len(raw.text)} characters")
    if not _found_anything(found) and not is_tip:
        return Rejection(source, f"truncated or incomplete: a {ident.series} text of "
                         f"{len(raw.text)} characters with no figure, table or recommendation")
    did = doc_id(ident, raw.sha256)
    common = {"doc_id": did, "country": ident.country, "report_year": ident.report_year}
    rows = {
        table.name: [_record_row(rec, common, ledger) for rec in found.records(table.name)]
        for table in RECORD_TABLES
    }
    repairs = [
        {"doc_id": did, **dataclasses.asdict(r)} for r in ledger.rows()
    ]
    meta = manifest_row or {}
    document = {
        **common,
        "source_file": source,
        "sha256": raw.sha256,
        "series": ident.series,
        "iso3": ident.iso3,
        "layout": layout,
        "assessment": ident.assessment or "",
        "tip_tier": ident.tip_tier or "",
        "encoding": raw.encoding,
        "title": meta.get("title") or _TITLES[ident.series].format(
            year=ident.report_year, country=ident.country),
        "publisher": meta.get("publisher") or _PUBLISHERS[ident.series],
        "origin": meta.get("origin", ""),
        "chars": len(raw.text),
        "repairs": len(repairs),
    }
    warnings = [*raw.notes, *ident.problems, *notes, *found.warnings]
    return DocumentResult(source, document, rows, repairs, ledger.text, warnings, extracted)


def _found_anything(found: Extraction) -> bool:
    """True when the extractors read at least one row of any table."""
    return any(found.records(table.name) for table in RECORD_TABLES)


def _overrides(row: dict[str, str] | None, ident: Identity) -> tuple[dict[str, object],
                                                                      list[str]]:
    """Identification fields the manifest sets explicitly, and a note for each it changes
    from what the text gives."""
    if not row:
        return {}, []
    out: dict[str, object] = {}
    if row.get("series"):
        out["series"] = row["series"]
    if row.get("report_year"):
        out["report_year"] = int(row["report_year"])
    unknown = []
    if row.get("country"):
        country = heading_country(row["country"], fuzzy=True)
        if country:
            out["country"], out["iso3"] = country.name, country.iso3
        else:
            unknown.append(f"manifest: country {row['country']!r} not recognised")
    notes = [f"manifest gives {name} {value}; the text gives {getattr(ident, name)}"
             for name, value in out.items()
             if getattr(ident, name) not in ("", None, value)]
    return out, unknown + notes


def _record_row(
    record: object, common: dict[str, object], ledger: RepairLedger
) -> dict[str, object]:
    """A record as a table row, with its clean-text span mapped to raw offsets."""
    data = dataclasses.asdict(record)  # type: ignore[call-overload]
    start, end = ledger.raw_span(data.pop("start"), data.pop("end"))
    return {**common, **data, "source_start": start, "source_end": end}


def _run_all(
    jobs: list[tuple[Path, dict[str, str] | None]],
    workers: int,
    progress: Callable[[Iterable], Iterable],
) -> list[DocumentResult | Rejection]:
    """Process files, in parallel when there are several and workers > 1."""
    if workers > 1 and len(jobs) > 4:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = pool.map(process_file, *zip(*jobs, strict=True), chunksize=4)
            return list(progress(futures))
    return [process_file(p, m) for p, m in progress(jobs)]


def clean(
    raw_dir: Path,
    out_dir: Path,
    *,
    workers: int = 1,
    progress: Callable[[Iterable], Iterable] = lambda it: it,
    manifest_path: Path | None = None,
) -> CleanSummary:
    """Clean every raw file of ``raw_dir`` into the tables of ``out_dir``; the manifest is
    ``manifest_path``, else ``raw_dir``/manifest.csv."""
    manifest = load_manifest(raw_dir, manifest_path)
    jobs = [(p, manifest.get(p.name)) for p in raw_files(raw_dir)]
    results = _run_all(jobs, workers, progress)
    summary = CleanSummary()
    summary.rejected = [r for r in results if isinstance(r, Rejection)]
    docs = _read_once([r for r in results if isinstance(r, DocumentResult)], summary)
    _link_duplicates(docs)
    summary.documents = len(docs)
    for doc in docs:
        summary.warnings += [(str(doc.document["doc_id"]), w) for w in doc.warnings]
    write_outputs(docs, summary, out_dir)
    return summary


def _read_once(docs: list[DocumentResult], summary: CleanSummary) -> list[DocumentResult]:
    """One result per doc_id: a second file with the same bytes (a folder gathering several
    years can hold one report twice) is the same document, kept once with a warning."""
    first: dict[str, str] = {}
    kept = []
    for doc in docs:
        did = str(doc.document["doc_id"])
        if did in first:
            summary.warnings.append(
                (did, f"same bytes as {first[did]}: {doc.source_file} read once"))
            continue
        first[did] = doc.source_file
        kept.append(doc)
    return kept


def _link_duplicates(docs: list[DocumentResult]) -> None:
    """Fill duplicate_of for files that hold the same report."""
    links = mark_duplicates([d.document for d in docs])
    for doc in docs:
        doc.document["duplicate_of"] = links.get(str(doc.document["doc_id"]), "")


def write_outputs(docs: list[DocumentResult], summary: CleanSummary, out_dir: Path) -> None:
    """Validate and write every table, the clean texts and the data package."""
    out_dir.mkdir(parents=True, exist_ok=True)
    frames: dict[str, pd.DataFrame] = {
        DOCUMENTS.name: pd.DataFrame([d.document for d in docs], columns=DOCUMENTS.columns),
        REPAIRS.name: pd.DataFrame([r for d in docs for r in d.repairs], columns=REPAIRS.columns),
        WARNINGS.name: pd.DataFrame(
            sorted({(d, m) for d, m in summary.warnings}
                   | {(r.source_file, f"rejected: {r.reason}") for r in summary.rejected}),
            columns=WARNINGS.columns,
        ),
    }
    for table in RECORD_TABLES:
        rows = [r for d in docs for r in d.rows[table.name]]
        frames[table.name] = pd.DataFrame(rows, columns=table.columns)
    valid = {name: validate(frame, name) for name, frame in frames.items()}
    valid[RECONCILIATION.name] = validate(
        reconcile(valid[ENFORCEMENT.name], valid[DOCUMENTS.name]), RECONCILIATION.name
    )
    valid[PANEL.name] = validate(panel(valid[ENFORCEMENT.name], valid[DOCUMENTS.name]),
                                 PANEL.name)
    for table in TABLES:
        write_csv(valid[table.name], table, out_dir / f"{table.name}.csv")
    _write_texts(docs, out_dir)
    write_datapackage(list(TABLES), out_dir)


def _write_texts(docs: list[DocumentResult], out_dir: Path) -> None:
    """Write each cleaned text (and text extracted from a PDF) for people to read."""
    for sub in ("text", "pdf_text"):
        shutil.rmtree(out_dir / sub, ignore_errors=True)
    (out_dir / "text").mkdir()
    for doc in docs:
        did = str(doc.document["doc_id"])
        (out_dir / "text" / f"{did}.txt").write_text(doc.clean_text, encoding="utf-8",
                                                      newline="")
        if doc.extracted_text is not None:
            (out_dir / "pdf_text").mkdir(exist_ok=True)
            (out_dir / "pdf_text" / f"{did}.txt").write_text(doc.extracted_text,
                                                              encoding="utf-8", newline="")
