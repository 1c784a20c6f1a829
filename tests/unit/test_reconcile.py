"""Reconciliation of figures given by several documents, and the preferred series."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.reconcile import preferred_series, reconcile, same_report_conflicts
from analysis.schema import RECONCILIATION, VERDICTS

DOL10 = "dol-2010-kaz-0000000a"
DOL10_OCR = "dol-2010-kaz-0000000b"
TIP11 = "tip-2011-kaz-0000000c"
DOL16 = "dol-2016-kaz-0000000d"
DOL17 = "dol-2017-kaz-0000000e"
DOL11 = "dol-2011-kaz-0000000f"


@pytest.fixture
def documents() -> pd.DataFrame:
    """Six documents; the OCR file is a copy of the DOL 2010 report."""
    return pd.DataFrame({
        "doc_id": [DOL10, DOL10_OCR, TIP11, DOL16, DOL17, DOL11],
        "series": ["dol_findings", "dol_findings", "tip", "dol_findings", "dol_findings",
                   "dol_findings"],
        "country": ["Kazakhstan"] * 6,
        "report_year": [2010, 2010, 2011, 2016, 2017, 2011],
        "duplicate_of": ["", DOL10, "", "", "", ""],
    })


def row(doc: str, measure: str, value: float | None, *, data_year: int = 2010,
        domain: str = "trafficking", status: str = "reported", source: str = "prose",
        label: str = "", start: int = 0, qualifier: str = "") -> dict[str, object]:
    """One enforcement row as the pipeline writes it."""
    return {
        "doc_id": doc, "country": "Kazakhstan", "report_year": int(doc[4:8]),
        "data_year": data_year, "domain": domain, "measure": measure, "value": value,
        "unit": "count", "status": status, "qualifier": qualifier, "note": "", "citations": "",
        "label": label, "source": source, "source_start": start, "source_end": start + 2,
    }


@pytest.fixture
def dol_vs_tip() -> pd.DataFrame:
    """DOL 2010 (and its OCR copy) and TIP 2011 on 2010 trafficking enforcement."""
    return pd.DataFrame([
        row(DOL10, "investigations", 97, start=100),
        row(DOL10, "prosecutions", 48, start=110),
        row(DOL10, "convictions", 32, start=120),
        row(DOL10_OCR, "investigations", 97, start=90),
        row(DOL10_OCR, "prosecutions", 48, start=95),
        row(DOL10_OCR, "convictions", 32, start=99),
        row(TIP11, "investigations", 88, start=10),
        row(TIP11, "investigations", 49, data_year=2009, start=20),
        row(TIP11, "prosecutions", 48, start=30),
        row(TIP11, "convictions", 32, start=40),
    ])


def pair(out: pd.DataFrame, measure: str, a: str, b: str, data_year: int = 2010) -> pd.Series:
    """The one reconciliation row for a measure, year and pair of documents."""
    hit = out[(out["measure"] == measure) & (out["data_year"] == data_year)
              & (out["doc_id_a"] == a) & (out["doc_id_b"] == b)]
    assert len(hit) == 1, hit
    return hit.iloc[0]


def test_dol_2010_against_tip_2011(dol_vs_tip: pd.DataFrame, documents: pd.DataFrame) -> None:
    out = reconcile(dol_vs_tip, documents)
    inv = pair(out, "investigations", DOL10, TIP11)
    assert inv["verdict"] == "conflict"
    assert inv["abs_diff"] == 9
    assert inv["rel_diff"] == pytest.approx(9 / 97)
    assert not inv["same_report"]
    assert inv["preferred_doc_id"] == TIP11 and inv["preferred_value"] == 88
    assert (inv["series_a"], inv["series_b"]) == ("dol_findings", "tip")
    assert (inv["report_year_a"], inv["report_year_b"]) == (2010, 2011)
    assert (inv["source_start_a"], inv["source_start_b"]) == (100, 10)
    for measure in ("prosecutions", "convictions"):
        same = pair(out, measure, DOL10, TIP11)
        assert same["verdict"] == "agree" and same["abs_diff"] == 0


def test_only_keys_given_twice_are_paired(dol_vs_tip: pd.DataFrame,
                                          documents: pd.DataFrame) -> None:
    out = reconcile(dol_vs_tip, documents)
    assert 2009 not in set(out["data_year"])  # only TIP gives 2009
    # three documents per measure: three pairs each
    assert out.groupby("measure").size().to_dict() == {
        "convictions": 3, "investigations": 3, "prosecutions": 3}


def test_copies_of_one_report_are_compared_and_marked(dol_vs_tip: pd.DataFrame,
                                                      documents: pd.DataFrame) -> None:
    out = reconcile(dol_vs_tip, documents)
    copies = pair(out, "investigations", DOL10, DOL10_OCR)
    assert copies["same_report"] and copies["verdict"] == "agree"
    assert copies["preferred_doc_id"] == DOL10  # the original over its copy
    assert same_report_conflicts(out).empty


def test_same_report_conflict_is_caught(dol_vs_tip: pd.DataFrame,
                                        documents: pd.DataFrame) -> None:
    misread = dol_vs_tip.copy()
    misread.loc[(misread["doc_id"] == DOL10_OCR) & (misread["measure"] == "investigations"),
                "value"] = 79  # an OCR digit swap
    bad = same_report_conflicts(reconcile(misread, documents))
    assert len(bad) == 1
    assert (bad.loc[0, "measure"], bad.loc[0, "value_a"], bad.loc[0, "value_b"]) == (
        "investigations", 97, 79)


def test_dol_criminal_rows_about_trafficking_meet_tip(documents: pd.DataFrame) -> None:
    enf = pd.DataFrame([
        row(DOL10, "investigations", 97, domain="criminal",
            label="investigated 97 human trafficking cases"),
        row(TIP11, "investigations", 88),
    ])
    out = reconcile(enf, documents)
    assert len(out) == 1
    got = out.iloc[0]
    assert (got["domain"], got["domain_a"], got["domain_b"]) == (
        "trafficking", "criminal", "trafficking")
    assert got["verdict"] == "conflict"


def test_dol_child_labour_crimes_never_meet_tip(documents: pd.DataFrame) -> None:
    enf = pd.DataFrame([
        row(DOL10, "investigations", 13, domain="criminal", source="table",
            label="Number of Investigations"),
        row(TIP11, "investigations", 88),
    ])
    assert reconcile(enf, documents).empty
    assert set(preferred_series(enf, documents)["domain"]) == {"criminal", "trafficking"}


def test_one_missing(documents: pd.DataFrame) -> None:
    enf = pd.DataFrame([
        row(DOL16, "labor_inspectors", 320, data_year=2016, domain="labor", source="table"),
        row(DOL17, "labor_inspectors", None, data_year=2016, domain="labor", source="table",
            status="unknown"),
    ])
    out = reconcile(enf, documents)
    got = pair(out, "labor_inspectors", DOL16, DOL17, 2016)
    assert got["verdict"] == "one_missing"
    assert pd.isna(got["abs_diff"]) and pd.isna(got["rel_diff"])
    assert (got["status_a"], got["status_b"]) == ("reported", "unknown")
    assert got["preferred_doc_id"] == DOL16  # a value beats a newer report's "unknown"


def test_both_missing_for_different_reasons_is_a_conflict(documents: pd.DataFrame) -> None:
    enf = pd.DataFrame([
        row(DOL16, "labor_inspectors", None, data_year=2016, domain="labor", status="unknown"),
        row(DOL17, "labor_inspectors", None, data_year=2016, domain="labor",
            status="not_published"),
    ])
    assert reconcile(enf, documents).loc[0, "verdict"] == "conflict"


def test_newer_report_preferred_within_a_series(documents: pd.DataFrame) -> None:
    enf = pd.DataFrame([
        row(DOL16, "labor_inspections", 7897, data_year=2016, domain="labor", source="table"),
        row(DOL17, "labor_inspections", 7900, data_year=2016, domain="labor", source="table"),
    ])
    got = reconcile(enf, documents).iloc[0]
    assert (got["verdict"], got["abs_diff"], got["preferred_doc_id"]) == (
        "conflict", 3, DOL17)
    best = preferred_series(enf, documents).iloc[0]
    assert (best["doc_id"], best["value"], best["n_docs"], best["n_values"]) == (
        DOL17, 7900, 2, 2)


def test_tie_of_report_year_goes_to_the_home_series(documents: pd.DataFrame) -> None:
    enf = pd.DataFrame([
        row(DOL11, "prosecutions", 50),
        row(TIP11, "prosecutions", 48),
        row(DOL11, "labor_inspectors", 300, domain="labor", source="table"),
    ])
    out = reconcile(enf, documents)
    assert pair(out, "prosecutions", DOL11, TIP11)["preferred_doc_id"] == TIP11
    best = preferred_series(enf, documents).set_index("measure")
    assert best.loc["prosecutions", "doc_id"] == TIP11
    assert best.loc["labor_inspectors", "doc_id"] == DOL11


def test_full_year_beats_partial_year(documents: pd.DataFrame) -> None:
    enf = pd.DataFrame([
        row(DOL16, "labor_inspections", 5000, data_year=2016, domain="labor",
            qualifier="partial_year"),
        row(DOL17, "labor_inspections", 3000, data_year=2016, domain="labor",
            qualifier="partial_year"),
        row(DOL16, "labor_inspectors", 320, data_year=2016, domain="labor"),
        row(DOL17, "labor_inspectors", 300, data_year=2016, domain="labor",
            qualifier="partial_year"),
    ])
    best = preferred_series(enf, documents).set_index("measure")
    assert best.loc["labor_inspections", "doc_id"] == DOL17  # both partial: newer wins
    assert best.loc["labor_inspectors", "doc_id"] == DOL16


def test_table_beats_prose_within_a_document(documents: pd.DataFrame) -> None:
    enf = pd.DataFrame([
        row(DOL17, "investigations", 12, data_year=2017, domain="criminal", source="prose",
            start=5),
        row(DOL17, "investigations", 10, data_year=2017, domain="criminal", source="table",
            start=900),
        row(DOL16, "investigations", 10, data_year=2017, domain="criminal", source="table"),
    ])
    got = reconcile(enf, documents)
    assert len(got) == 1
    assert (got.loc[0, "value_b"], got.loc[0, "source_b"], got.loc[0, "verdict"]) == (
        10, "table", "agree")


def test_rows_without_measure_are_left_out(documents: pd.DataFrame) -> None:
    enf = pd.DataFrame([row(DOL10, "", 5, label="Unrecognised row"),
                        row(TIP11, "", 6, label="Unrecognised row")])
    assert reconcile(enf, documents).empty
    assert preferred_series(enf, documents).empty


def test_unknown_document_is_an_error(documents: pd.DataFrame) -> None:
    enf = pd.DataFrame([row("tip-2012-kaz-00000009", "investigations", 1)])
    with pytest.raises(ValueError, match="tip-2012-kaz-00000009"):
        reconcile(enf, documents)


def test_schema_columns_keys_and_verdicts(dol_vs_tip: pd.DataFrame,
                                          documents: pd.DataFrame) -> None:
    out = reconcile(dol_vs_tip, documents)
    assert list(out.columns[: len(RECONCILIATION.columns)]) == RECONCILIATION.columns
    key = list(RECONCILIATION.primary_key)
    assert not out.duplicated(key).any()
    assert out[key].equals(out[key].sort_values(key).reset_index(drop=True))
    assert set(out["verdict"]) <= set(VERDICTS)
    assert (out["doc_id_a"] != out["doc_id_b"]).all()


def test_preferred_series_one_row_per_key(dol_vs_tip: pd.DataFrame,
                                          documents: pd.DataFrame) -> None:
    best = preferred_series(dol_vs_tip, documents)
    assert len(best) == 4
    assert not best.duplicated(["country", "domain", "measure", "data_year"]).any()
    got = best.set_index(["measure", "data_year"])
    assert got.loc[("investigations", 2010), "value"] == 88
    assert got.loc[("investigations", 2010), "n_values"] == 2
    assert got.loc[("investigations", 2009), "doc_id"] == TIP11
    assert got.loc[("prosecutions", 2010), "n_docs"] == 3


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_shuffled_input_gives_identical_output(dol_vs_tip: pd.DataFrame,
                                               documents: pd.DataFrame, seed: int) -> None:
    shuffled = dol_vs_tip.sample(frac=1, random_state=seed).reset_index(drop=True)
    docs = documents.sample(frac=1, random_state=seed).reset_index(drop=True)
    pd.testing.assert_frame_equal(reconcile(shuffled, docs), reconcile(dol_vs_tip, documents))
    pd.testing.assert_frame_equal(preferred_series(shuffled, docs),
                                  preferred_series(dol_vs_tip, documents))


def test_a_table_split_by_entity_gives_its_country_wide_figure(
        documents: pd.DataFrame) -> None:
    split = [
        {**row(DOL16, "labor_inspectors", v, data_year=2016, domain="labor", source="table",
               status=status, start=s), "territory": t}
        for v, status, s, t in ((None, "unknown", 100, "National Total"),
                                (130, "reported", 110, "Punjab"),
                                (45, "reported", 120, "Sindh"))]
    enf = pd.DataFrame([
        *split,
        {**row(DOL17, "labor_inspectors", 334, data_year=2016, domain="labor",
               source="table"), "territory": ""},
    ])
    got = reconcile(enf, documents)
    assert got[["doc_id_a", "status_a", "value_b", "verdict", "preferred_doc_id"]].values.tolist(
        ) == [[DOL16, "unknown", 334, "one_missing", DOL17]]
    best = preferred_series(enf[enf["doc_id"] == DOL16], documents)
    assert best[["status", "n_values"]].values.tolist() == [["unknown", 0]]
