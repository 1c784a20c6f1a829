"""End to end on the seeds: documents, ledger replay, provenance, determinism, package."""

from __future__ import annotations

import filecmp
from pathlib import Path

import pandas as pd
import pytest

from analysis import config
from analysis.extract.numbers import find_numbers
from analysis.pipeline import clean, display_path
from analysis.publish.write import unescape_formula
from analysis.repair.ledger import LedgerRow, replay


def _doc(tables: dict[str, pd.DataFrame], prefix: str) -> pd.Series:
    docs = tables["documents"]
    row = docs[docs["source_file"].str.endswith(prefix, na=False)
               | docs["source_file"].str.contains(f"/{prefix}", regex=False)]
    assert len(row) == 1, prefix
    return row.iloc[0]


@pytest.mark.parametrize(
    ("prefix", "series", "year", "layout", "assessment", "tier"),
    [
        ("000_", "dol_findings", "2010", "web_transcript", "", ""),
        ("001_", "dol_findings", "2010", "ocr_columns", "", ""),
        ("002_", "dol_findings", "2013", "pdf_text", "Minimal Advancement", ""),
        ("003_", "dol_findings", "2017", "markdown", "Moderate Advancement", ""),
        ("004_", "tip", "2011", "plain", "", "Tier 2"),
    ],
)
def test_documents_are_identified(tables, prefix, series, year, layout, assessment, tier) -> None:
    doc = _doc(tables, prefix)
    assert (doc["series"], doc["country"], doc["iso3"]) == (series, "Kazakhstan", "KAZ")
    assert (doc["report_year"], doc["layout"]) == (year, layout)
    assert (doc["assessment"], doc["tip_tier"]) == (assessment, tier)


def test_the_two_forms_of_the_2010_report_are_one_report(tables) -> None:
    first, second = _doc(tables, "000_"), _doc(tables, "001_")
    assert second["duplicate_of"] == first["doc_id"]
    assert first["duplicate_of"] == ""
    others = tables["documents"][~tables["documents"]["doc_id"].isin([second["doc_id"]])]
    assert (others["duplicate_of"] == "").all()


def test_ledger_replays_to_the_written_clean_text(tables, raw_texts, seeds_clean: Path) -> None:
    repairs = tables["repairs"]
    for doc in tables["documents"].itertuples():
        raw = raw_texts[Path(doc.source_file).name]
        rows = [
            LedgerRow(int(r.seq), r.rule, int(r.start), int(r.end), unescape_formula(r.before),
                      unescape_formula(r.after))
            for r in repairs[repairs["doc_id"] == doc.doc_id].itertuples()
        ]
        assert all(raw[r.start : r.end] == r.before for r in rows)
        cleaned = (seeds_clean / "text" / f"{doc.doc_id}.txt").read_text(encoding="utf-8")
        assert replay(raw, rows) == cleaned
        assert int(doc.repairs) == len(rows) > 0


@pytest.mark.parametrize("name", ["prevalence", "enforcement", "workforce"])
def test_every_figure_stands_at_its_offsets(tables, raw_texts, name) -> None:
    docs = tables["documents"].set_index("doc_id")["source_file"]
    frame = tables[name]
    assert len(frame) > 0
    column = {"prevalence": "value_pct", "enforcement": "value", "workforce": "workforce"}[name]
    for row in frame.itertuples():
        raw = raw_texts[Path(docs[row.doc_id]).name]
        span = raw[int(row.source_start) : int(row.source_end)]
        assert span.strip(), row
        value = getattr(row, column)
        if value and getattr(row, "unit", "count") != "boolean":
            printed = {round(f.value, 6) for f in find_numbers(span)}
            assert round(float(value), 6) in printed, (row, span)


def test_clean_tables_form_a_valid_data_package(seeds_clean: Path) -> None:
    from frictionless import validate

    report = validate(str(seeds_clean / "datapackage.json"))
    assert len(report.tasks) == len(list(seeds_clean.glob("*.csv")))  # every table described
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:20]


def test_two_runs_write_identical_files(seeds_clean: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    clean(config.RAW_DIR, again, workers=2)
    names = sorted(p.relative_to(seeds_clean).as_posix() for p in seeds_clean.rglob("*")
                   if p.is_file())
    assert names == sorted(p.relative_to(again).as_posix() for p in again.rglob("*")
                           if p.is_file())
    _, mismatch, errors = filecmp.cmpfiles(seeds_clean, again, names, shallow=False)
    assert mismatch == [] and errors == []


def test_committed_clean_data_is_what_make_data_writes(seeds_clean: Path) -> None:
    committed = config.CLEAN_DIR
    names = sorted(p.relative_to(seeds_clean).as_posix() for p in seeds_clean.rglob("*")
                   if p.is_file())
    _, mismatch, errors = filecmp.cmpfiles(seeds_clean, committed, names, shallow=False)
    assert mismatch == [] and errors == [], "data/clean is stale: run `make data` and commit"


def test_the_package_check_catches_a_broken_row(seeds_clean: Path, tmp_path: Path) -> None:
    import shutil

    from frictionless import validate

    copy = tmp_path / "pkg"
    shutil.copytree(seeds_clean, copy)
    with (copy / "prevalence.csv").open("a", encoding="utf-8") as fh:
        fh.write("dol-2017-kaz-00000000,Kazakhstan,2017,working,5,14,180,,,,,1,2\n")
    report = validate(str(copy / "datapackage.json"))
    assert not report.valid


def test_copies_of_one_report_never_conflict(tables) -> None:
    rec = tables["reconciliation"]
    same = rec[rec["same_report"] == "true"]
    assert len(same) > 0
    assert (same["verdict"] != "conflict").all(), same[same["verdict"] == "conflict"]


@pytest.mark.parametrize(
    ("measure", "verdict", "values"),
    [("investigations", "conflict", {"97", "88"}), ("prosecutions", "agree", {"48"}),
     ("convictions", "agree", {"32"})],
)
def test_dol_and_tip_are_reconciled(tables, measure, verdict, values) -> None:
    rec = tables["reconciliation"]
    rows = rec[(rec["measure"] == measure) & (rec["data_year"] == "2010")
               & (rec["same_report"] == "false")
               & rec["doc_id_a"].str.startswith("dol") & rec["doc_id_b"].str.startswith("tip")]
    assert len(rows) >= 1
    assert set(rows["verdict"]) == {verdict}
    assert set(rows["value_a"]) | set(rows["value_b"]) == values


def test_a_second_file_with_the_same_bytes_is_read_once(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    seed = sorted(config.RAW_DIR.glob("*.txt"))[3]
    for name in ("2016-copy.txt", "2019-copy.txt"):
        (raw / name).write_bytes(seed.read_bytes())
    summary = clean(raw, tmp_path / "clean")
    assert summary.ok and summary.documents == 1
    assert [m for _, m in summary.warnings if "same bytes" in m] == [
        f"same bytes as {display_path(raw / '2016-copy.txt')}: "
        f"{display_path(raw / '2019-copy.txt')} read once"]
