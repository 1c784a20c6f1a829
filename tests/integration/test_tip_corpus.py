"""The TIP development excerpts through the clean job, scored against their hand-read key."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from analysis.detect.countries import heading_country
from analysis.detect.identity import TIP, identify
from analysis.evaluate.tip_key import format_report, provenance, score_tip
from analysis.pipeline import clean

RECALL, PRECISION = 0.95, 0.98


@pytest.fixture(scope="module")
def tip(corpus: Path) -> Path:
    """The TIP excerpts of the development corpus, with their hand-read key."""
    folder = corpus / "tip"
    if not (folder / "answers.csv").is_file():
        pytest.skip(f"TIP development excerpts not found at {folder}")
    return folder


@pytest.fixture(scope="module")
def cleaned(tip: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, object]:
    """The excerpts cleaned with a manifest of their provenance."""
    tmp = tmp_path_factory.mktemp("tip")
    manifest = tmp / "manifest.csv"
    with manifest.open("w", encoding="utf-8", newline="") as fh:
        out = csv.DictWriter(fh, ["source_file", "origin", "country", "report_year", "series"])
        out.writeheader()
        out.writerows({**row, "series": "tip"} for row in provenance(tip))
    identities = tmp / "identities.csv"
    with identities.open("w", encoding="utf-8", newline="") as fh:
        out = csv.DictWriter(fh, ["file", "country", "report_year"])
        out.writeheader()
        out.writerows({"file": r["source_file"], "country": r["country"],
                       "report_year": r["report_year"]} for r in provenance(tip))
    summary = clean(tip, tmp / "clean", manifest_path=manifest)
    return tmp / "clean", identities, summary


def test_every_excerpt_is_processed(tip: Path, cleaned: tuple[Path, Path, object]) -> None:
    _, _, summary = cleaned
    rejected = {Path(r.source_file).name for r in summary.rejected}
    assert rejected <= {"README.md", "answers.csv"}, summary.rejected
    assert summary.documents == len(provenance(tip)) == len(list(tip.glob("*.txt")))


def test_recall_precision_tier_and_identity(tip: Path, cleaned: tuple[Path, Path, object]) -> None:
    clean_dir, identities, _ = cleaned
    report = score_tip(tip / "answers.csv", clean_dir, identities)
    text = format_report(report)
    found, key = report.total("found"), report.total("key_counted")
    right, ours = report.total("right"), report.total("ours")
    assert found >= RECALL * key, text
    assert right >= PRECISION * ours, text
    assert report.total("tier_right") == report.total("tier_rows"), text
    assert all(f.identity == "ok" for f in report.files), text


def test_what_the_text_alone_says_is_right(tip: Path) -> None:
    """Without a manifest: every country and edition the text gives is the right one, and
    most excerpts give both."""
    given = 0
    for row in provenance(tip):
        ident = identify((tip / row["source_file"]).read_text(encoding="utf-8"))
        expected = heading_country(row["country"], fuzzy=True)
        assert ident.series == TIP and expected is not None
        if ident.iso3:
            assert ident.iso3 == expected.iso3, row
        if ident.report_year:
            assert ident.report_year == int(row["report_year"]), row
        given += bool(ident.iso3 and ident.report_year)
    assert given >= len(provenance(tip)) // 2
