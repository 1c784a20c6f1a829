"""TIP excerpts through the clean job: processed with a warning that they are partial,
country and edition from the text or the manifest, and a file neither gives is rejected in
warnings.csv as well as in the summary."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

from analysis.pipeline import clean

HEADLESS = (
    "PROTECTION\nThe government maintained victim protection efforts. In 2017, the government "
    "identified 105 potential trafficking victims, compared with 95 in 2016. NGOs and "
    "international organizations provided shelter to trafficking victims.\n"
)
HEADED = (
    "KENYA: TIER 2\n\nThe Government of Kenya does not fully meet the minimum standards for the "
    "elimination of trafficking. The government investigated 31 trafficking cases in 2016.\n"
)


def _write(folder: Path, files: dict[str, str], manifest: list[dict[str, str]]) -> None:
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    if manifest:
        with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
            out = csv.DictWriter(fh, ["source_file", "series", "country", "report_year"])
            out.writeheader()
            out.writerows(manifest)


def test_excerpts_are_processed_or_rejected_with_their_reason(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    _write(raw, {"a.txt": HEADLESS, "b.txt": HEADLESS.replace("In 2017, t", "T"),
                 "c.txt": HEADED}, [])
    summary = clean(raw, tmp_path / "out")
    assert [r.source_file.rsplit("/", 1)[-1] for r in summary.rejected] == ["a.txt", "b.txt"]
    assert all("no country found in the text or the manifest" in r.reason
               for r in summary.rejected)
    warnings = pd.read_csv(tmp_path / "out" / "warnings.csv")
    rejected = warnings[warnings["message"].str.startswith("rejected: ")]
    assert sorted(rejected["source_file"].str.rsplit("/", n=1).str[-1]) == ["a.txt", "b.txt"]
    assert rejected["doc_id"].isna().all()
    docs = pd.read_csv(tmp_path / "out" / "documents.csv")
    assert docs[["country", "report_year", "tip_tier"]].values.tolist() == [
        ["Kenya", 2017, "Tier 2"]]
    mine = warnings[warnings["doc_id"] == docs["doc_id"][0]]["message"].tolist()
    assert any(m.startswith("partial: ") for m in mine)
    assert any(m.startswith("report year inferred: 2017") for m in mine)


def test_the_manifest_gives_what_the_text_does_not(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    _write(raw, {"a.txt": HEADLESS, "b.txt": HEADLESS.replace("In 2017, t", "T"),
                 "c.txt": HEADED},
           [{"source_file": "a.txt", "series": "", "country": "Albania", "report_year": ""},
            {"source_file": "b.txt", "series": "", "country": "Albania",
             "report_year": "2018"},
            {"source_file": "c.txt", "series": "", "country": "", "report_year": "2016"}])
    summary = clean(raw, tmp_path / "out")
    assert summary.rejected == []
    docs = pd.read_csv(tmp_path / "out" / "documents.csv").set_index("source_file")
    by_name = {Path(k).name: v for k, v in docs[["country", "report_year"]].iterrows()}
    assert by_name["a.txt"].tolist() == ["Albania", 2018]  # year inferred from the text
    assert by_name["b.txt"].tolist() == ["Albania", 2018]  # year from the manifest
    assert by_name["c.txt"].tolist() == ["Kenya", 2016]
    warnings = pd.read_csv(tmp_path / "out" / "warnings.csv")
    assert any("manifest gives report_year 2016; the text gives 2017" in m
               for m in warnings["message"])
    enforcement = pd.read_csv(tmp_path / "out" / "enforcement.csv")
    for doc_id in docs[docs["country"] == "Albania"]["doc_id"]:
        got = enforcement[(enforcement["measure"] == "victims_identified")
                          & (enforcement["doc_id"] == doc_id)]
        assert sorted(zip(got["data_year"], got["value"], strict=True)) == [
            (2016, 95), (2017, 105)]
