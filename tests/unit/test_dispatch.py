"""Choosing the extractors of a document: every table of a DOL profile is read once."""

from __future__ import annotations

from analysis import config
from analysis.extract import dispatch
from analysis.extract.tables import read


def test_each_table_region_of_a_profile_is_read_once(monkeypatch):
    text = (config.RAW_DIR / "003_22c48ebdb120ec68.txt").read_text(encoding="utf-8")
    regions: list[int] = []
    real = read._read_part

    def counting(text, title, *args):
        regions.append(title.start)
        return real(text, title, *args)

    monkeypatch.setattr(read, "_read_part", counting)
    found = dispatch.extract(text, series="dol_findings", layout="markdown", report_year=2017)
    assert found.enforcement and found.laws and found.prevalence
    assert len(regions) >= 7
    assert len(regions) == len(set(regions))
