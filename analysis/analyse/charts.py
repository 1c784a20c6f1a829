"""Altair charts rendered offline through vl-convert, each paired with a text summary.

Charts are saved as SVG and PNG files; notebooks show the PNG and print the summary, which is
what nbval compares. Altair's default HTML renderer (random ids, JavaScript from a CDN) is
never used. Tooltips name the source document and the report's citation numbers; in the SVG
they are also each mark's aria-label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import altair as alt
import numpy as np
import pandas as pd
import vl_convert as vlc
from IPython.display import Image

from analysis.analyse.ratio import BENCHMARKS, LABELS
from analysis.analyse.trends import KEY_MEASURES, is_key

WIDTH = 420
SMALL_WIDTH = 220
SMALL_HEIGHT = 130
#: No chart is taller than about two screens (pixels at scale 1).
MAX_HEIGHT = 1800
#: The Vega-Lite version altair writes, as vl-convert names it (``6_4``).
VL_VERSION = "_".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])
PNG_SCALE = 2
_NUMBERED_ID = re.compile(r'id="([A-Za-z_-]*?)(\d+)"')


@dataclass(frozen=True)
class Chart:
    """A chart (None when there is nothing to draw) and its text summary."""

    chart: alt.TopLevelMixin | None
    summary: str


@dataclass(frozen=True)
class ChartFiles:
    """Where a chart was saved (None when nothing was drawn) and its text summary."""

    png: Path | None
    svg: Path | None
    summary: str


def offline() -> None:
    """Render any chart displayed directly as SVG through vl-convert, never as HTML."""
    alt.renderers.enable("svg")


def stable_ids(svg: str) -> str:
    """Number the SVG's element ids (``gradient_7``) from 0 in order of appearance.

    vl-convert counts ids across every chart a process renders, so the same chart would be
    written differently after other charts; renumbered, it is the same file every time.
    """
    names: dict[str, str] = {}
    for match in _NUMBERED_ID.finditer(svg):
        old = match.group(1) + match.group(2)
        names.setdefault(old, f"{match.group(1)}{len(names)}")
    if not names:
        return svg
    pattern = re.compile(r'(id="|#)(' + "|".join(map(re.escape, names)) + r')(?=["\)])')
    return pattern.sub(lambda m: m.group(1) + names[m.group(2)], svg)


def save(chart: Chart, out_dir: Path, name: str) -> ChartFiles:
    """Write ``name``.svg and ``name``.png in ``out_dir`` through vl-convert (the PNG drawn
    from the SVG, so the chart is laid out once)."""
    if chart.chart is None:
        return ChartFiles(None, None, chart.summary)
    svg, png = out_dir / f"{name}.svg", out_dir / f"{name}.png"
    text = stable_ids(vlc.vegalite_to_svg(chart.chart.to_dict(), vl_version=VL_VERSION))
    svg.write_text(text, encoding="utf-8")
    png.write_bytes(vlc.svg_to_png(text, scale=PNG_SCALE))
    return ChartFiles(png, svg, chart.summary)


def show(files: ChartFiles) -> Image | None:
    """The saved PNG for display in a notebook (image outputs are not compared by nbval)."""
    return Image(filename=str(files.png)) if files.png else None


def clean_frame(df: pd.DataFrame) -> pd.DataFrame:
    """Plain object/float columns with None for missing, which the chart JSON needs."""
    return df.astype(object).where(df.notna(), None)


def prevalence_chart(table: pd.DataFrame, country: str) -> Chart:
    """Each indicator by report year; figures repeated from an earlier report drawn hollow."""
    df = table.dropna(subset=["value_pct"])
    if df.empty:
        return Chart(None, f"{country}: no statistics on children's work and education.")
    df = df.assign(
        panel=[f"{i} {a}".strip() for i, a in zip(df["indicator"], df["ages"], strict=True)],
        figure=np.where(df["repeated"], "repeated from an earlier report", "new figure"),
    )
    base = alt.Chart(clean_frame(df[["panel", "report_year", "value_pct", "figure", "doc_id",
                                     "survey", "survey_year", "population"]]))
    points = base.mark_point(size=80, strokeWidth=2).encode(
        x=alt.X("report_year:O", title="report year"),
        y=alt.Y("value_pct:Q", title="percent", scale=alt.Scale(zero=False)),
        shape=alt.Shape("figure:N", title=None),
        fill=alt.condition("datum.figure == 'new figure'", alt.value("#1f77b4"),
                           alt.value("transparent")),
        tooltip=["panel:N", "report_year:O", "value_pct:Q", "population:Q", "survey:N",
                 "survey_year:O", "doc_id:N", "figure:N"],
    )
    chart = points.properties(width=SMALL_WIDTH, height=SMALL_HEIGHT).facet(
        facet=alt.Facet("panel:N", title=None), columns=3).resolve_scale(y="independent")
    repeats = int(df["repeated"].sum())
    summary = (f"{country}: {df['panel'].nunique()} indicators from "
               f"{df['doc_id'].nunique()} reports ({df['report_year'].min()}–"
               f"{df['report_year'].max()}); {repeats} figure(s) repeat an earlier report's "
               "survey and are drawn hollow.")
    return Chart(chart.properties(title=f"Children's work and education: {country}"), summary)


def _segments(df: pd.DataFrame) -> pd.Series:
    """A run number per measure that increases after each gap, so lines break at gaps."""
    gap = df["trend_value"].isna()
    return gap.groupby([df["domain"], df["measure"]]).cumsum()


def trend_chart(series: pd.DataFrame, country: str) -> Chart:
    """The key measures over data years as small multiples, three a row, one colour per
    domain: printed figures, annualised partial years, gaps as breaks in the line."""
    df = series[is_key(series)]
    df = df[df.groupby(["domain", "measure"])["value"].transform("count") > 0]
    if df.empty:
        return Chart(None, f"{country}: no figures for the key enforcement measures.")
    df = df.assign(segment=_segments(df).astype(int),
                   panel=df["measure"].map(KEY_MEASURES),
                   kind=np.where(df["partial_year"], "partial year (as printed)", "full year"))
    cols = ["panel", "domain", "measure", "data_year", "value", "trend_value", "annualised",
            "segment", "kind", "doc_id", "citations", "note", "other_reports"]
    base = alt.Chart(clean_frame(df[cols]))
    x = alt.X("data_year:Q", title=None, scale=alt.Scale(zero=False, nice=False),
              axis=alt.Axis(format="d", tickMinStep=1))
    color = alt.Color("domain:N", title="domain", scale=alt.Scale(
        domain=["labor", "criminal", "trafficking"], range=["#4c78a8", "#f58518", "#54a24b"]))
    tips = ["panel:N", "domain:N", "data_year:O", "value:Q", "annualised:Q", "doc_id:N",
            "citations:N", "note:N", "other_reports:N"]
    line = base.mark_line(opacity=0.6).encode(
        x=x, y=alt.Y("trend_value:Q", title=None), color=color, detail="segment:N")
    printed = base.mark_point(size=45, filled=True).encode(
        x=x, y="value:Q", color=color, shape=alt.Shape("kind:N", title=None), tooltip=tips)
    annual = base.transform_filter("datum.annualised != null").mark_point(
        shape="diamond", size=60, color="#d62728").encode(x=x, y="annualised:Q", tooltip=tips)
    order = list(dict.fromkeys(KEY_MEASURES.values()))
    chart = alt.layer(line, printed, annual).properties(
        width=SMALL_WIDTH, height=SMALL_HEIGHT).facet(
        facet=alt.Facet("panel:N", title=None, sort=order), columns=3,
    ).resolve_scale(y="independent")
    partial = int(df["partial_year"].sum())
    gaps = int((df["status"] == "no figure").sum())
    summary = (f"{country}: {df['panel'].nunique()} key measures over data years "
               f"{df['data_year'].min()}–{df['data_year'].max()}; {partial} partial-year "
               f"figure(s) with the annualised value as a red diamond; {gaps} missing year(s) "
               "break the lines (a gap is not a zero).")
    return Chart(chart.properties(title=f"Enforcement: {country}"), summary)


def ratio_chart(ratios: pd.DataFrame, applied: float | None, country: str) -> Chart:
    """Workers per inspector by year against the four ILO benchmarks, the applied one bold."""
    if ratios.empty:
        return Chart(None, f"{country}: no year with both an inspector count and a workforce.")
    rules = pd.DataFrame({"benchmark": list(BENCHMARKS.values()),
                          "economy": [LABELS[k] for k in BENCHMARKS]})
    rules["applied"] = np.where(rules["benchmark"] == applied, "applied", "other")
    bars = alt.Chart(clean_frame(ratios)).mark_bar(color="#4c78a8", size=36).encode(
        x=alt.X("data_year:O", title="data year"),
        y=alt.Y("workers_per_inspector:Q", title="workers per labour inspector"),
        tooltip=["data_year:O", "labor_inspectors:Q", "workforce:Q",
                 alt.Tooltip("workers_per_inspector:Q", format=",.0f"), "workforce_from:N",
                 "inspectors_doc:N"],
    )
    lines = alt.Chart(rules).mark_rule().encode(
        y="benchmark:Q",
        strokeWidth=alt.condition("datum.applied == 'applied'", alt.value(3), alt.value(1)),
        strokeDash=alt.condition("datum.applied == 'applied'", alt.value([1, 0]),
                                 alt.value([4, 4])),
        color=alt.Color("economy:N", title="ILO benchmark"),
        tooltip=["economy:N", "benchmark:Q", "applied:N"],
    )
    latest = ratios.iloc[-1]
    summary = (f"{country}: {latest['workers_per_inspector']:,.0f} workers per labour inspector "
               f"in {int(latest['data_year'])} ({latest['workforce']:,.0f} workers, "
               f"{latest['labor_inspectors']:,.0f} inspectors); lines mark the ILO benchmarks, "
               "the applied one solid and thick.")
    chart = alt.layer(bars, lines).properties(width=WIDTH, height=260,
                                              title=f"Workers per labour inspector: {country}")
    return Chart(chart, summary)


def sensitivity_chart(grid: pd.DataFrame, country: str) -> Chart:
    """Shortfall of inspectors for workforce ±20% under each benchmark, as a labelled heatmap."""
    if grid.empty:
        return Chart(None, f"{country}: no sensitivity grid without a workforce and inspectors.")
    base = alt.Chart(clean_frame(grid)).encode(
        x=alt.X("benchmark:O", title="workers per inspector (benchmark)"),
        y=alt.Y("workforce_change_pct:O", title="workforce change (%)", sort="descending"),
    )
    heat = base.mark_rect().encode(
        color=alt.Color("shortfall:Q", scale=alt.Scale(scheme="redblue", reverse=True,
                                                       domainMid=0)),
        tooltip=["benchmark:O", "workforce_change_pct:O",
                 alt.Tooltip("workforce:Q", format=",.0f"), "inspectors_needed:Q",
                 "shortfall:Q"])
    text = base.mark_text().encode(text=alt.Text("shortfall:Q", format=",.0f"))
    low, high = grid["shortfall"].min(), grid["shortfall"].max()
    summary = (f"{country}: shortfall ranges from {low:,.0f} to {high:,.0f} inspectors across "
               f"workforce changes of {grid['workforce_change_pct'].min()}% to "
               f"+{grid['workforce_change_pct'].max()}% and the benchmarks shown.")
    chart = alt.layer(heat, text).properties(width=WIDTH, height=200,
                                             title=f"Inspector shortfall sensitivity: {country}")
    return Chart(chart, summary)
