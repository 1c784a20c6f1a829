"""Children's work and education statistics per report, with repeated surveys flagged.

Later reports often reprint an earlier survey's figures unchanged. A repeated figure is not a
new observation: showing it as such would draw a flat line that reads as a trend.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.analyse.load import primary_documents
from analysis.schema import INDICATORS
from analysis.territories import country_wide

_SAME = ["indicator", "age_min", "age_max", "value_pct", "population", "survey", "survey_year"]


def age_range(age_min: object, age_max: object) -> str:
    """The age range as text: ``5–14``, ``15+`` style open ends, or empty when not given."""
    low = "" if pd.isna(age_min) else str(int(age_min))
    high = "" if pd.isna(age_max) else str(int(age_max))
    if low and high:
        return f"{low}–{high}"
    return f"{low}+" if low else (f"up to {high}" if high else "")


def implied_children(population: pd.Series, value_pct: pd.Series) -> pd.Series:
    """Children in the age group implied by a count and its share: population / (pct / 100)."""
    share = value_pct.astype(float) / 100
    return (population.astype(float) / share.where(share > 0)).astype(float)


def _flag_repeats(df: pd.DataFrame) -> pd.DataFrame:
    """Mark rows whose figure and survey an earlier report already printed."""
    keys = df[_SAME].astype("string").fillna("")
    first = df.groupby([keys[c] for c in _SAME], sort=False)["report_year"].transform("min")
    repeated = (df["report_year"] > first).astype(bool)
    return df.assign(repeated=repeated, first_printed=first.where(repeated).astype("Int64"))


def indicator_table(prevalence: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Each report's indicators with age range, implied group size and the repeat flag (for
    a table split by entity, the country-wide entity's)."""
    docs = primary_documents(documents)[["doc_id", "series"]]
    df = country_wide(prevalence, ["doc_id", "indicator"]).merge(docs, on="doc_id", how="inner")
    df = df.assign(
        ages=[age_range(a, b) for a, b in zip(df["age_min"], df["age_max"], strict=True)],
        implied_age_group=implied_children(df["population"], df["value_pct"]),
        _order=df["indicator"].map({k: i for i, k in enumerate(INDICATORS)}),
    )
    df = _flag_repeats(df).sort_values(["_order", "age_min", "age_max", "report_year", "doc_id"],
                                       kind="mergesort", na_position="first")
    return df[["indicator", "ages", "report_year", "value_pct", "population",
               "implied_age_group", "survey", "survey_year", "repeated", "first_printed",
               "doc_id", "age_min", "age_max"]].reset_index(drop=True)


def _pct(value: float) -> str:


    """A percentage as printed, or 'no figure'."""
    return "no figure" if np.isnan(value) else f"{value:g}%"


def repeat_notes(table: pd.DataFrame) -> list[str]:
    """One sentence per indicator and age range printed in several reports: repeat or change."""
    notes = []
    for (indicator, ages), group in table.groupby(["indicator", "ages"], sort=False):
        if group["report_year"].nunique() < 2:
            continue
        years = " and ".join(str(y) for y in group["report_year"])
        label = f"{indicator} (ages {ages})" if ages else indicator
        if group["repeated"].iloc[1:].all():
            row = group.iloc[0]
            source = " ".join(str(s) for s in (row["survey_year"], row["survey"]) if pd.notna(s))
            notes.append(f"{label}: {_pct(row['value_pct'])} in the {years} reports is the "
                         f"same figure{' (' + source + ')' if source else ''} printed again, "
                         "not a trend.")
        else:
            values = ", ".join(f"{_pct(v)} ({y})"
                               for v, y in zip(group["value_pct"], group["report_year"],
                                               strict=True))
            notes.append(f"{label}: {values} by report year; repeats are flagged in the table.")
    return notes
