"""The panel table: one preferred figure per country, measure and data year."""

from __future__ import annotations

import pandas as pd

from analysis.panel import panel
from analysis.publish.validate import validate
from analysis.schema import PANEL

DOL10 = "dol-2010-kaz-0000000a"
DOL10_COPY = "dol-2010-kaz-0000000b"
TIP11 = "tip-2011-kaz-0000000c"
DOL16 = "dol-2016-per-0000000d"


def _documents() -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": [DOL10, DOL10_COPY, TIP11, DOL16],
        "series": ["dol_findings", "dol_findings", "tip", "dol_findings"],
        "country": ["Kazakhstan", "Kazakhstan", "Kazakhstan", "Peru"],
        "iso3": ["KAZ", "KAZ", "KAZ", "PER"],
        "report_year": [2010, 2010, 2011, 2016],
        "duplicate_of": ["", DOL10, "", ""],
    })


def _row(doc: str, country: str, measure: str, value: float | None, data_year: int,
         status: str = "reported", start: int = 0) -> dict[str, object]:
    return {
        "doc_id": doc, "country": country, "report_year": int(doc[4:8]),
        "data_year": data_year, "domain": "trafficking", "measure": measure, "value": value,
        "unit": "count", "status": status, "qualifier": "", "note": "", "citations": "",
        "label": "", "territory": "", "source": "prose", "source_start": start,
        "source_end": start + 2,
    }


def _enforcement() -> pd.DataFrame:
    return pd.DataFrame([
        _row(DOL10, "Kazakhstan", "investigations", 97, 2010, start=100),
        _row(DOL10_COPY, "Kazakhstan", "investigations", 97, 2010, start=90),
        _row(TIP11, "Kazakhstan", "investigations", 88, 2010, start=10),
        _row(DOL16, "Peru", "prosecutions", None, 2016, status="unknown", start=5),
    ])


def test_latest_report_preferred_and_copies_counted_once() -> None:
    out = panel(_enforcement(), _documents()).set_index(["country", "measure"])
    kaz = out.loc[("Kazakhstan", "investigations")]
    assert (kaz["value"], kaz["doc_id"], kaz["iso3"]) == (88, TIP11, "KAZ")
    assert (kaz["n_reports"], kaz["n_docs"], kaz["n_values"]) == (2, 3, 2)
    peru = out.loc[("Peru", "prosecutions")]
    assert pd.isna(peru["value"]) and peru["status"] == "unknown" and peru["n_reports"] == 1


def test_panel_validates_against_its_schema() -> None:
    out = validate(panel(_enforcement(), _documents()), PANEL.name)
    assert list(out.columns) == PANEL.columns
    assert len(out) == 2
