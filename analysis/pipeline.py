"""The clean job: raw files in, validated tables out.

For each raw file: read -> detect (layout, series, country, year, ...) -> repair (ledger)
-> extract -> map every offset back to the raw text -> screen every row against the tables'
rules. Then across files: mark duplicates, validate each table, reconcile, and publish the
result all at once (analysis.publish.folder). A bad file is reported and rejected, a row that
breaks a rule is set aside with a warning; the others are still processed. Every rejected,
skipped or set-aside thing is also a row of warnings.csv.
"""

from __future__ import annotations

import dataclasses
import os
import signal
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis import config
from analysis.detect.completeness import missing_final_sections, missing_sections
from analysis.detect.countries import heading_country
from analysis.detect.duplicates import mark_duplicates
from analysis.detect.identity import Identity, UnrecognisedDocument, doc_id, identify
from analysis.extract.coverage import summary_lines
from analysis.extract.dispatch import extract
from analysis.extract.records import Extraction
from analysis.panel import panel
from analysis.publish.folder import OutputFolder
from analysis.publish.validate import (
    document_problems,
    screen_rows,
    validate,
    validate_by_document,
)
from analysis.publish.write import write_csv, write_datapackage
from analysis.read.folder import scan_folder
from analysis.read.manifest import load_manifest
from analysis.read.raw import RejectedFile, read_raw
from analysis.reconcile import reconcile
from analysis.repair import repair
from analysis.repair.ledger import RepairLedger
from analysis.schema import (
    COVERAGE,
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
    set_aside: list[str] = field(default_factory=list)

    @property
    def doc_id(self) -> str:
        """The document's id."""
        return str(self.document["doc_id"])

    @property
    def figures(self) -> int:
        """How many rows the document gives to the tables (its completeness)."""
        return sum(len(rows) for rows in self.rows.values())


@dataclass
class Rejection:
    """A raw file that could not be processed, and why."""

    source_file: str
    reason: str


@dataclass
class CleanSummary:
    """What a clean run did: documents written, files rejected or skipped, rows set aside,
    warnings, and whether a result was published at all."""

    documents: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    skipped: list[Rejection] = field(default_factory=list)
    set_aside: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)
    published: bool = False
    coverage: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when a result was published and no file was rejected nor row set aside."""
        return self.published and not self.rejected and not self.set_aside


def raw_files(raw_dir: Path) -> list[Path]:
    """The raw files of a folder, in name order (see analysis.read.folder)."""
    return scan_folder(raw_dir).files


def printable(name: str) -> str:
    """A path as text that can be written: bytes of a file name that are not UTF-8 (which
    Python keeps as lone surrogates) shown as \\xNN escapes."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def display_path(path: Path) -> str:
    """The path as documents.source_file records it: relative to the project root when the
    file is in the project or beside it, else absolute; a link by its own name, not its
    target's."""
    located = Path(os.path.realpath(path.parent)) / path.name
    relative = Path(os.path.relpath(located, config.ROOT)).as_posix()
    return printable(relative if not relative.startswith("../..") else located.as_posix())


def process_file(path: Path, manifest_row: dict[str, str] | None) -> DocumentResult | Rejection:
    """Run one raw file through the whole pipeline; a failure is a Rejection naming why."""
    source = display_path(path)
    try:
        result = _process(path, source, manifest_row)
    except Exception as err:
        return Rejection(source, f"internal error ({type(err).__name__}: {err}); please report")
    if isinstance(result, DocumentResult) and printable(str(path)) != str(path):
        result.warnings.append(f"file name: not valid UTF-8; recorded as {path.name!r} with "
                               "\\x escapes in source_file")
    return result


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
                    report_year=ident.report_year, country=ident.iso3)
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
    ending = missing_final_sections(ledger.text, ident.series)
    truncated = [f"possibly truncated: no {', '.join(ending)} section, which a whole report "
                 f"of the series ends with ({len(raw.text)} characters read)"] if ending else []
    did = doc_id(ident, raw.sha256)
    common = {"doc_id": did, "country": ident.country, "report_year": ident.report_year}
    rows: dict[str, list[dict[str, object]]] = {}
    set_aside: list[str] = []
    for table in RECORD_TABLES:
        read = [_record_row(rec, common, ledger) for rec in found.records(table.name)]
        rows[table.name], messages = screen_rows(read, table)
        set_aside += messages
    repairs = [
        {"doc_id": did, **_fields(r)} for r in ledger.rows()
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
        "line_endings": raw.line_endings,
        "title": meta.get("title") or _TITLES[ident.series].format(
            year=ident.report_year, country=ident.country),
        "publisher": meta.get("publisher") or _PUBLISHERS[ident.series],
        "origin": meta.get("origin", ""),
        "chars": len(raw.text),
        "repairs": len(repairs),
    }
    problems = document_problems(document)
    if problems:
        return Rejection(source, "breaks the documents table's rules: " + "; ".join(problems))
    warnings = [*raw.notes, *ident.problems, *notes, *truncated, *found.warnings, *set_aside]
    return DocumentResult(source, document, rows, repairs, ledger.text, warnings, extracted,
                          set_aside)


def _found_anything(found: Extraction) -> bool:
    """True when the extractors read at least one row of any table (the audit of what was
    read is not one)."""
    return any(found.records(table.name) for table in RECORD_TABLES if table is not COVERAGE)


def _overrides(row: dict[str, str] | None, ident: Identity) -> tuple[dict[str, object],
                                                                      list[str]]:
    """Identification fields the manifest sets explicitly, and a note for each it changes
    from what the text gives."""
    if not row:
        return {}, []
    out: dict[str, object] = {}
    if row.get("series", "").strip():
        out["series"] = row["series"].strip()
    if row.get("report_year", "").strip():
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


def _fields(record: object) -> dict[str, object]:
    """A record's fields by name, in order: a shallow copy, since every field is a scalar
    (``dataclasses.asdict`` copies deeply and was a tenth of the job's time)."""
    return dict(vars(record))


def _record_row(
    record: object, common: dict[str, object], ledger: RepairLedger
) -> dict[str, object]:
    """A record as a table row, with its clean-text span mapped to raw offsets."""
    data = _fields(record)
    start, end = data.pop("start"), data.pop("end")
    if start is not None:
        start, end = ledger.raw_span(start, end)
    return {**common, **data, "source_start": start, "source_end": end}


def _ignore_interrupts() -> None:
    """In a worker: leave Ctrl-C to the main process, which stops the run cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_all(
    jobs: list[tuple[Path, dict[str, str] | None]],
    workers: int,
    progress: Callable[[Iterable], Iterable],
) -> list[DocumentResult | Rejection]:
    """Process files, in parallel when there are several and workers > 1."""
    if workers > 1 and len(jobs) > 4:
        pool = ProcessPoolExecutor(max_workers=workers, initializer=_ignore_interrupts)
        try:
            futures = pool.map(process_file, *zip(*jobs, strict=True), chunksize=4)
            return list(progress(futures))
        finally:
            pool.shutdown(wait=False, cancel_futures=True)
    return [process_file(p, m) for p, m in progress(jobs)]


def clean(
    raw_dir: Path,
    out_dir: Path,
    *,
    workers: int = 1,
    progress: Callable[[Iterable], Iterable] = lambda it: it,
    manifest_path: Path | None = None,
) -> CleanSummary:
    """Clean every raw file of ``raw_dir`` into the tables of ``out_dir``, published all at
    once; nothing is written when no document could be read. The manifest is
    ``manifest_path``, else ``raw_dir``/manifest.csv. Raises OutputError (bad --out,
    busy) and ManifestError (unusable manifest) before reading anything."""
    folder = scan_folder(raw_dir)
    manifest = load_manifest(raw_dir, {p.name for p in folder.files}, manifest_path)
    summary = CleanSummary()
    summary.skipped = [Rejection(display_path(e.path), e.reason) for e in folder.skipped]
    summary.rejected = [Rejection(display_path(e.path), e.reason) for e in folder.broken]
    summary.notes = [(display_path(manifest.path), note) for note in manifest.notes]
    summary.rejected += [Rejection(display_path(p), manifest.problems[p.name])
                         for p in folder.files if p.name in manifest.problems]
    jobs = [(p, manifest.rows.get(p.name)) for p in folder.files
            if p.name not in manifest.problems]
    with OutputFolder(out_dir) as output:
        results = _run_all(jobs, workers, progress)
        summary.rejected += [r for r in results if isinstance(r, Rejection)]
        docs = _read_once([r for r in results if isinstance(r, DocumentResult)])
        docs, valid = _validated(docs, summary)
        summary.documents = len(docs)
        for doc in docs:
            summary.warnings += [(doc.doc_id, w) for w in doc.warnings]
            summary.set_aside += [(doc.source_file, m) for m in doc.set_aside]
        summary.coverage = summary_lines([r for d in docs for r in d.rows["coverage"]])
        summary.rejected.sort(key=lambda r: r.source_file)
        if docs:
            write_outputs(docs, valid, summary, output.staging)
            output.commit()
            summary.published = True
    return summary


def _read_once(docs: list[DocumentResult]) -> list[DocumentResult]:
    """One result per doc_id: a second file with the same bytes (a folder gathering several
    years can hold one report twice) is the same document, kept once with a warning."""
    first: dict[str, DocumentResult] = {}
    for doc in docs:
        if doc.doc_id in first:
            first[doc.doc_id].warnings.append(
                f"same bytes as {first[doc.doc_id].source_file}: {doc.source_file} read once")
            continue
        first[doc.doc_id] = doc
    return list(first.values())


def _validated(docs: list[DocumentResult], summary: CleanSummary
               ) -> tuple[list[DocumentResult], dict[str, pd.DataFrame]]:
    """Link duplicates and validate every table; a document whose rows still fail is
    rejected, named, and the rest validated again."""
    _link_duplicates(docs)
    valid, failed = validate_by_document(_frames(docs))
    if failed:
        summary.rejected += [Rejection(d.source_file, f"breaks the tables' rules: "
                                       f"{failed[d.doc_id]}") for d in docs if d.doc_id in failed]
        docs = [d for d in docs if d.doc_id not in failed]
        _link_duplicates(docs)
        valid, _ = validate_by_document(_frames(docs))
    return docs, valid


def _link_duplicates(docs: list[DocumentResult]) -> None:
    """Fill duplicate_of for files that hold the same report; the most complete is the
    original."""
    links = mark_duplicates([{**d.document, "figures": d.figures} for d in docs])
    for doc in docs:
        doc.document["duplicate_of"] = links.get(doc.doc_id, "")


def _frames(docs: list[DocumentResult]) -> dict[str, pd.DataFrame]:
    """The documents, repairs and record tables, as frames."""
    frames = {
        DOCUMENTS.name: pd.DataFrame([d.document for d in docs], columns=DOCUMENTS.columns),
        REPAIRS.name: pd.DataFrame([r for d in docs for r in d.repairs], columns=REPAIRS.columns),
    }
    for table in RECORD_TABLES:
        frames[table.name] = pd.DataFrame([r for d in docs for r in d.rows[table.name]],
                                          columns=table.columns)
    return frames


def _warning_rows(docs: list[DocumentResult], summary: CleanSummary) -> list[tuple]:
    """warnings.csv: each document's warnings, then every rejected or skipped file and the
    manifest's notes (these without a doc_id)."""
    rows = {(d.doc_id, w, d.source_file) for d in docs for w in d.warnings}
    rows |= {(None, f"rejected: {r.reason}", r.source_file) for r in summary.rejected}
    rows |= {(None, f"skipped: {r.reason}", r.source_file) for r in summary.skipped}
    rows |= {(None, note, source) for source, note in summary.notes}
    return sorted(rows, key=lambda row: (row[0] or "", row[2], row[1]))


def write_outputs(docs: list[DocumentResult], valid: dict[str, pd.DataFrame],
                  summary: CleanSummary, out_dir: Path) -> None:
    """Write every validated table, the warnings, reconciliation, the clean texts and the
    data package into ``out_dir``."""
    valid = dict(valid)
    valid[WARNINGS.name] = validate(
        pd.DataFrame(_warning_rows(docs, summary), columns=WARNINGS.columns), WARNINGS.name)
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
    (out_dir / "text").mkdir()
    for doc in docs:
        (out_dir / "text" / f"{doc.doc_id}.txt").write_text(doc.clean_text, encoding="utf-8",
                                                             newline="")
        if doc.extracted_text is not None:
            (out_dir / "pdf_text").mkdir(exist_ok=True)
            (out_dir / "pdf_text" / f"{doc.doc_id}.txt").write_text(
                doc.extracted_text, encoding="utf-8", newline="")
