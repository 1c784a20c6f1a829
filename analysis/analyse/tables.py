"""Tables for display: fixed number formats, missing values shown as a dash, stable order."""

from __future__ import annotations

import pandas as pd

DASH = "–"


def cell(value: object, spec: str = "{}") -> str:
    """One value as text with ``spec``; missing values as a dash, booleans as yes/no."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return DASH
    if isinstance(value, bool):
        return "yes" if value else "no"
    return spec.format(value)


def formatted(df: pd.DataFrame, formats: dict[str, str], index: list[str] | None = None,
              ) -> pd.DataFrame:
    """The columns named in ``formats`` as text in that format, indexed by ``index``."""
    df = df.reindex(columns=list(formats))
    out = pd.DataFrame({
        column: pd.Series([cell(v, spec) for v in df[column]], dtype=object)
        for column, spec in formats.items()
    })
    if index:
        out = out.set_index(index)
    return out


def figure(value: float, unit: str) -> str:
    """A figure in its unit: counts with thousands separators, dollars, yes/no."""
    if value != value:
        return DASH
    if unit == "boolean":
        return "yes" if value else "no"
    return f"${value:,.0f}" if unit == "usd" else f"{value:,.0f}"


def wide_series(series: pd.DataFrame) -> pd.DataFrame:
    """Measures by data year: the preferred figure, † when partial-year, why when missing."""
    def text(row: pd.Series) -> str:
        """One cell: the figure with its marks, or why it is missing."""
        if pd.isna(row["value"]):
            return DASH if row["status"] == "no figure" else str(row["status"]).replace("_", " ")
        return figure(row["value"], row["unit"]) + (" †" if row["partial_year"] else "")

    df = series.assign(text=series.apply(text, axis=1))
    wide = df.pivot(index=["domain", "measure"], columns="data_year", values="text")
    wide.columns = [str(c) for c in wide.columns]
    return wide.fillna("")
