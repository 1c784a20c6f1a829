"""Charts that read: small multiples for the key measures, and none taller than two screens."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from analysis.analyse import charts, trends
from analysis.analyse.load import load_country
from analysis.config import CLEAN_DIR


def _height(files: charts.ChartFiles) -> float:
    svg = files.svg.read_text(encoding="utf-8")
    return float(re.search(r'<svg[^>]*\sheight="([\d.]+)"', svg).group(1))


def _every_measure(years: range) -> pd.DataFrame:
    """A country with every key measure and twenty others, in two domains, every year."""
    measures = [*trends.KEY_MEASURES, *(f"other_{i}" for i in range(20))]
    rows = [{"doc_id": f"dol-{y}-xxx-0000000{i % 10}", "country": "X", "report_year": y,
             "data_year": y, "domain": domain, "measure": m, "value": float(10 + i + y % 7),
             "unit": "count", "status": "reported", "qualifier": "", "note": "",
             "citations": "", "label": m, "territory": "", "source": "table",
             "source_start": i, "source_end": i + 1}
            for y in years for i, m in enumerate(measures) for domain in ("labor", "criminal")]
    docs = pd.DataFrame({"doc_id": sorted({r["doc_id"] for r in rows})}).assign(
        country="X", series="dol_findings", duplicate_of=None,
        report_year=lambda d: d["doc_id"].str[4:8].astype(int))
    return trends.measure_series(pd.DataFrame(rows), docs)


def test_key_measures_are_small_multiples_and_the_chart_stays_short(tmp_path: Path) -> None:
    series = _every_measure(range(2005, 2021))
    chart = charts.trend_chart(series, "X")
    spec = chart.chart.to_dict()
    assert spec["columns"] == 3 and "facet" in spec
    panels = set(series.loc[trends.is_key(series), "measure"].map(trends.KEY_MEASURES))
    assert len(panels) == 6
    assert _height(charts.save(chart, tmp_path, "trends")) <= charts.MAX_HEIGHT


def test_seed_charts_are_no_taller_than_two_screens(tmp_path: Path) -> None:
    from analysis.analyse import prevalence

    data = load_country(CLEAN_DIR, "Kazakhstan")
    series = trends.measure_series(data.enforcement, data.documents)
    table = prevalence.indicator_table(data.prevalence, data.documents)
    for name, chart in (("trends", charts.trend_chart(series, "Kazakhstan")),
                        ("prevalence", charts.prevalence_chart(table, "Kazakhstan"))):
        assert _height(charts.save(chart, tmp_path, name)) <= charts.MAX_HEIGHT, name
