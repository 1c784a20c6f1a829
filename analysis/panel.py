"""The panel: one row per country, measure and data year, with the figure the analysis uses.

Derived from ``enforcement`` and ``documents`` by the reconciliation preference rule
(``analysis.reconcile.preferred_series``: a value over a missing-status row, a full year over a
part, then the most recent report), so that a cross-country analysis reads one figure per
country, measure and year, and still sees which document gave it and how many reports did.
"""

from __future__ import annotations

import pandas as pd

from analysis.reconcile import preferred_series
from analysis.schema import PANEL


def panel(enforcement: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Every country's preferred figure per measure and data year, with its ISO3 code, its
    document and the number of reports, documents and distinct values behind it."""
    best = preferred_series(enforcement, documents)
    iso3 = documents.drop_duplicates("country").set_index("country")["iso3"]
    best = best.assign(iso3=best["country"].map(iso3))
    return best.reindex(columns=PANEL.columns)
