"""Countries side by side: report years, levels against published counts, inspector adequacy
beside the report's verdict, outliers, and the world boundaries."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.analyse import across, worldmap
from analysis.analyse.load import ParameterError


def test_report_years_one_a_range_or_all() -> None:
    assert across.report_years("2016", [2014, 2016, 2019]) == [2016]
    assert across.report_years("2015-2019", [2014, 2016, 2019]) == [2016, 2019]
    assert across.report_years("", [2019, 2014]) == [2014, 2019]
    with pytest.raises(ParameterError, match="Report years with reports: 2014, 2016"):
        across.report_years("2010", [2014, 2016])
    with pytest.raises(ParameterError, match="a year or a range"):
        across.report_years("latest", [2014])


@pytest.mark.parametrize(("printed", "level"), [
    ("Moderate Advancement", "Moderate Advancement"),
    ("Minimal Advancement – Efforts Made but Continued Practice that Delayed Advancement",
     "Minimal Advancement"),
    ("No Advancement – Efforts Made but Complicit in Forced Child Labor", "No Advancement"),
    ("No Assessment", "No Assessment"),
    ("Something Else", None),
    (None, None),
])
def test_assessment_level(printed, level) -> None:
    assert across.assessment_level(printed) == level


def _documents() -> pd.DataFrame:
    rows = [("dol-2019-aaa-00000001", "Aland", "AAA", "Moderate Advancement", ""),
            ("dol-2019-bbb-00000002", "Bland", "BBB",
             "Minimal Advancement – Efforts Made but Continued Law that Delayed Advancement", ""),
            ("dol-2019-bbb-00000003", "Bland", "BBB", "Minimal Advancement",
             "dol-2019-bbb-00000002"),
            ("tip-2019-ccc-00000004", "Cland", "CCC", None, "")]
    return pd.DataFrame(rows, columns=["doc_id", "country", "iso3", "assessment",
                                       "duplicate_of"]).assign(
        series=lambda d: ["tip" if i.startswith("tip") else "dol_findings" for i in d["doc_id"]],
        report_year=2019, duplicate_of=lambda d: d["duplicate_of"].replace("", None))


def test_counts_check_against_published_ones() -> None:
    counts = across.assessment_counts(_documents(), [2019])
    assert counts[2019].to_dict() == {"Moderate Advancement": 1, "Minimal Advancement": 1}
    published = pd.DataFrame({"report_year": [2019, 2019], "level": [
        "Moderate Advancement", "No Advancement"], "count": [1, 2], "source": ["x", "x"]})
    check = across.assessment_check(counts, published).set_index("level")
    assert check.loc["Moderate Advancement", "difference"] == 0
    assert check.loc["No Advancement", "difference"] == -2


def test_published_counts_of_2019_add_up_to_its_profiles() -> None:
    published = across.published_counts()
    assert published.query("report_year == 2019")["count"].sum() == 131


def test_adequacy_sets_the_computation_beside_the_reports_verdict() -> None:
    docs = _documents()
    workforce = pd.DataFrame({
        "doc_id": ["dol-2019-aaa-00000001", "dol-2019-bbb-00000002"],
        "country": ["Aland", "Bland"], "report_year": [2019, 2019],
        "workforce": [1_000_000.0, 4_000_000.0], "economy_category": ["transition", pd.NA],
        "workers_per_inspector_benchmark": [pd.NA, 40_000],
        "inspectors_sufficient_stated": [False, False],
        "sufficiency_stated": ["likely insufficient", "insufficient"]})
    enforcement = pd.DataFrame({
        "doc_id": ["dol-2019-aaa-00000001", "dol-2019-bbb-00000002", "dol-2019-bbb-00000002"],
        "measure": ["labor_inspectors"] * 3, "data_year": [2019, 2019, 2018],
        "report_year": [2019] * 3, "value": [100.0, 50.0, 500.0], "territory": [pd.NA] * 3,
        "country": ["Aland", "Bland", "Bland"], "source_start": [1, 2, 3]})
    table = across.adequacy(docs, enforcement, workforce, [2019]).set_index("country")
    assert table.loc["Aland", "workers_per_inspector"] == 10_000
    assert table.loc["Aland", "benchmark"] == 20_000  # from the category the report names
    assert bool(table.loc["Aland", "within_benchmark"]) and not table.loc["Aland", "agree"]
    assert table.loc["Bland", "workers_per_inspector"] == 80_000  # the 2019 figure, not 2018
    assert bool(table.loc["Bland", "agree"])
    assert across.disagreements(table.reset_index())["country"].tolist() == ["Aland"]


def test_outliers_named_on_a_log_scale_only_with_enough_countries() -> None:
    values = pd.DataFrame({"measure": "criminal convictions", "data_year": 2016,
                           "country": list("ABCDEFG"), "iso3": list("ABCDEFG"),
                           "value": [3.0, 4, 5, 6, 5, 4, 900]})
    marked = across.with_outliers(values)
    assert marked.set_index("country")["outlier"].to_dict()["G"] == "high"
    assert (marked["outlier"] != "").sum() == 1
    assert (across.with_outliers(values.head(4))["outlier"] == "").all()
    summary = across.distribution_summary(marked)
    assert summary.loc[0, "outliers"] == "G 900.0"


def test_svg_paths_become_rings_with_transforms_applied() -> None:
    rings = worldmap.path_rings("m 10,10 l 5,0 0,5 c 1,1 2,2 -5,0 z M 0,0 H 3 V 3 L 0,3 z")
    assert rings[0] == [(10, 10), (15, 10), (15, 15), (10, 15)]
    assert rings[1] == [(0, 0), (3, 0), (3, 3), (0, 3)]
    shift = worldmap.parse_transform("translate(100,200) scale(2)")
    assert worldmap._apply(shift, [(1.0, 1.0)]) == [(102.0, 202.0)]


def test_boundaries_ship_with_a_package_and_name_countries_by_iso3() -> None:
    features = {f["id"]: f for f in worldmap.boundaries()}
    assert {"KAZ", "BRA", "XKX", "MSR"} <= set(features)  # Kosovo and small islands too
    xs = [p[0] for poly in features["KAZ"]["geometry"]["coordinates"] for p in poly[0]]
    assert 1500 < min(xs) < max(xs) < 2000  # east of Europe on the 2754-wide plane
