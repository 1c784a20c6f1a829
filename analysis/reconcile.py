"""Figures reported by more than one document, side by side, and the one the analysis uses.

Comparable figures. Two rows are compared when they are about the same country, measure and
data year under the same comparison domain. A row's comparison domain is its own domain,
except for the rows listed in ``CROSS_DOMAIN``: DOL prose sometimes files human-trafficking
cases under criminal enforcement, and those rows (label naming trafficking) meet TIP's
trafficking figures. DOL's other criminal rows count child-labour crimes and never meet TIP.

One figure per document. A table split by entity (territories, provinces) gives the
country-wide entity's row (``analysis.territories.country_wide``). Where a document gives
several rows for one key (a table and the prose around it, or two sentences), the table is
taken: it is the report's own statement of the figure, while prose restates it or gives a
part (one region, one agency, part of a year). Then a value over a missing-status row, a
full-year figure over a partial-year one, and the row printed first.

Preferred figure (``PREFERENCE``), in order: a value over a row that only says the figure is
missing; a full-year figure over a partial-year one; the most recent report (highest
report_year, whatever its series: later reports revise earlier ones); on a tie of report
year, the measure's home series (TIP for trafficking, DOL for labour and criminal
enforcement); the original over a duplicate copy of the same report; a table over prose;
then the smaller doc_id, so that the choice never depends on row order.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd

from analysis.schema import RECONCILIATION
from analysis.territories import country_wide

KEY = ["country", "domain", "measure", "data_year"]
HOME_SERIES = {"trafficking": "tip", "labor": "dol_findings", "criminal": "dol_findings"}
#: (series, domain as printed) -> (domain compared under, what the row's label must name).
CROSS_DOMAIN: dict[tuple[str, str], tuple[str, re.Pattern[str]]] = {
    ("dol_findings", "criminal"): ("trafficking", re.compile(r"traffick", re.I)),
}
PREFERENCE = ["_missing", "_partial", "_newer", "_away", "_copy", "_prose", "doc_id"]
_DEFAULTS = {"unit": "", "status": "reported", "qualifier": "", "label": "", "source": "",
             "source_start": pd.NA, "source_end": pd.NA}
_SIDE = ["doc_id", "value", "series", "report_year", "domain_printed", "status", "source",
         "source_start", "source_end"]
EXTRA_COLUMNS = [
    "preferred_value", "unit", "series_a", "series_b", "report_year_a", "report_year_b",
    "domain_a", "domain_b", "status_a", "status_b", "source_a", "source_b",
    "source_start_a", "source_end_a", "source_start_b", "source_end_b",
]
COLUMNS = [*RECONCILIATION.columns, *EXTRA_COLUMNS]
PREFERRED_COLUMNS = [*KEY, "value", "unit", "status", "qualifier", "doc_id", "series",
                     "report_year", "source", "label", "source_start", "source_end",
                     "n_reports", "n_docs", "n_values"]


def comparison_domain(series: str, domain: str, label: str) -> str:
    """The domain a row is compared under (see CROSS_DOMAIN)."""
    cross = CROSS_DOMAIN.get((series, domain))
    if cross is not None and cross[1].search(label or ""):
        return cross[0]
    return domain


def _blank(value: object) -> bool:
    """Whether a cell is empty (missing or an empty string)."""
    if value is None or value is pd.NA:
        return True
    return (isinstance(value, float) and math.isnan(value)) or value == ""


def _report_of(documents: pd.DataFrame) -> dict[str, str]:
    """doc_id -> the doc_id of the report it holds (its original when it is a duplicate)."""
    originals = documents.get("duplicate_of", pd.Series(pd.NA, index=documents.index))
    parent = {d: (d if _blank(o) else str(o))
              for d, o in zip(documents["doc_id"], originals, strict=True)}

    def root(doc: str) -> str:
        seen = {doc}
        while parent.get(doc, doc) not in seen:
            doc = parent[doc]
            seen.add(doc)
        return doc

    return {doc: root(doc) for doc in parent}


def _figures(enforcement: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """One row per document and key: the document's figure, with what ranks it."""
    unknown = sorted(set(enforcement["doc_id"]) - set(documents["doc_id"]))
    if unknown:
        raise ValueError(f"enforcement rows of documents not in documents: {unknown}")
    df = enforcement.copy()
    for column, default in _DEFAULTS.items():
        if column not in df.columns:
            df[column] = default
    df = df.loc[df["measure"].fillna("").astype(str).str.strip().ne("")]
    df = country_wide(df, ["country", "domain", "measure", "data_year", "doc_id", "source"])
    df = df.drop(columns=[c for c in ("series",) if c in df.columns]).merge(
        documents[["doc_id", "series"]], on="doc_id", how="left", validate="many_to_one")
    report = _report_of(documents)
    df = df.assign(
        domain_printed=df["domain"],
        domain=[comparison_domain(s, d, "" if _blank(lab) else str(lab))
                for s, d, lab in zip(df["series"], df["domain"], df["label"], strict=True)],
        data_year=df["data_year"].astype("int64"),
        report_year=df["report_year"].astype("int64"),
        value=pd.to_numeric(df["value"], errors="coerce").astype("float64"),
        report=df["doc_id"].map(report),
        _partial=df["qualifier"].fillna("").eq("partial_year"),
        _prose=df["source"].fillna("").ne("table"),
    )
    df = df.assign(
        _missing=df["value"].isna(),
        _newer=-df["report_year"],
        _away=[HOME_SERIES.get(d) != s for d, s in zip(df["domain"], df["series"], strict=True)],
        _copy=df["report"].ne(df["doc_id"]),
        _start=pd.to_numeric(df["source_start"], errors="coerce"),
    )
    within = [*KEY, "doc_id", "_prose", "_missing", "_partial", "_start", "label"]
    df = df.sort_values(within, kind="mergesort", na_position="last")
    return df.drop_duplicates([*KEY, "doc_id"]).reset_index(drop=True)


def _ranked(figures: pd.DataFrame) -> pd.DataFrame:
    """Figures ordered by key, best first by the preference rule."""
    return figures.sort_values([*KEY, *PREFERENCE], kind="mergesort").reset_index(drop=True)


def _typed(df: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """Columns in order, with stable dtypes (data_year int, other whole numbers Int64, values
    float, the rest text), so that an empty result has the same dtypes as a full one."""
    df = df.reindex(columns=columns)
    for column in df.columns:
        if column in ("n_reports", "n_docs", "n_values") or column.startswith(
                ("report_year", "source_start", "source_end")):
            df[column] = pd.to_numeric(df[column], errors="coerce").astype("Int64")
        elif column.startswith(("value", "abs_diff", "rel_diff", "preferred_value")):
            df[column] = pd.to_numeric(df[column], errors="coerce").astype("float64")
        elif column == "data_year":
            df[column] = df[column].astype("int64")
        elif column == "same_report":
            df[column] = df[column].astype("bool")
        else:
            df[column] = df[column].astype("str")
    return df


def _verdicts(pairs: pd.DataFrame) -> pd.Series:
    """agree (equal values, or both missing, and the same status), one_missing (only one of
    the two has a value) or conflict."""
    has_a, has_b = pairs["value_a"].notna(), pairs["value_b"].notna()
    close = np.isclose(pairs["value_a"].fillna(0), pairs["value_b"].fillna(0), rtol=1e-9,
                       atol=1e-9)
    agree = ((has_a & has_b & close) | (~has_a & ~has_b)) & pairs["status_a"].eq(
        pairs["status_b"])
    verdict = np.select([has_a != has_b, agree], ["one_missing", "agree"], "conflict")
    return pd.Series(verdict, index=pairs.index)


def reconcile(enforcement: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Every pair of documents giving one country's measure for one year, side by side, with a
    verdict and the document whose figure the analysis uses (sorted by the primary key)."""
    figures = _ranked(_figures(enforcement, documents))
    figures["_best"] = figures.groupby(KEY, sort=False).cumcount()
    older = figures.drop_duplicates("doc_id").sort_values(
        ["report_year", "series", "doc_id"], kind="mergesort")["doc_id"]
    figures["_order"] = figures["doc_id"].map({doc: i for i, doc in enumerate(older)})
    side = [*_SIDE, "report", "unit", "_best", "_order"]
    pairs = figures[[*KEY, *side]].merge(figures[[*KEY, *side]], on=KEY, suffixes=("_a", "_b"))
    pairs = pairs[pairs["_order_a"] < pairs["_order_b"]].reset_index(drop=True)
    both = pairs["value_a"].notna() & pairs["value_b"].notna()
    diff = (pairs["value_a"] - pairs["value_b"]).abs().where(both)
    larger = np.maximum(pairs["value_a"].abs(), pairs["value_b"].abs())
    first = pairs["_best_a"] < pairs["_best_b"]
    pairs = pairs.assign(
        same_report=pairs["report_a"].eq(pairs["report_b"]),
        verdict=_verdicts(pairs),
        abs_diff=diff,
        rel_diff=(diff / larger.where(larger > 0)).where(larger > 0, 0.0).where(both),
        preferred_doc_id=pairs["doc_id_a"].where(first, pairs["doc_id_b"]),
        preferred_value=pairs["value_a"].where(first, pairs["value_b"]),
        unit=pairs["unit_a"].where(first, pairs["unit_b"]),
    ).rename(columns={"domain_printed_a": "domain_a", "domain_printed_b": "domain_b"})
    out = _typed(pairs, COLUMNS)
    return out.sort_values(list(RECONCILIATION.primary_key), kind="mergesort").reset_index(
        drop=True)


def same_report_conflicts(reconciliation: pd.DataFrame) -> pd.DataFrame:
    """Pairs of copies of one report that disagree: always a reading error, never the source."""
    wrong = reconciliation["same_report"].astype(bool) & reconciliation["verdict"].eq("conflict")
    return reconciliation[wrong].reset_index(drop=True)


def preferred_series(enforcement: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """One row per country, domain, measure and data year: the preferred figure, the document
    it came from, and how many reports (a duplicate copy counted once), documents and distinct
    values there were."""
    figures = _ranked(_figures(enforcement, documents))
    grouped = figures.groupby(KEY, sort=True)
    best = grouped.head(1).set_index(KEY)
    best["n_reports"] = grouped["report"].nunique()
    best["n_docs"] = grouped["doc_id"].nunique()
    best["n_values"] = grouped["value"].nunique()
    return _typed(best.reset_index(), PREFERRED_COLUMNS).reset_index(drop=True)
