"""Charts of all countries: world maps of a report year, and distributions per year with
outliers named. Rendered offline like every chart (``charts.save``)."""

from __future__ import annotations

import altair as alt
import pandas as pd

from analysis.analyse.across import DISTRIBUTION_MEASURES, LEVELS
from analysis.analyse.charts import Chart, clean_frame
from analysis.analyse.worldmap import boundaries

MAP_WIDTH = 720
MAP_HEIGHT = 330
PANEL_WIDTH = 330
PANEL_HEIGHT = 200
LEVEL_COLORS = ("#1a9850", "#91cf60", "#fdae61", "#d73027", "#bbbbbb")
ADEQUACY = ("within the benchmark", "short of the benchmark")
NO_DATA = "#eeeeee"


def _map(values: pd.DataFrame, column: str, domain: list[str], colors: list[str],
         title: str) -> alt.Chart:
    """One choropleth: countries coloured by ``column`` of ``values`` (by ISO3), others grey."""
    features = alt.Data(values=list(boundaries()))
    lookup = alt.LookupData(clean_frame(values[["iso3", "country", column]]), "iso3",
                            ["country", column])
    base = alt.Chart(features).project(type="identity").properties(
        width=MAP_WIDTH, height=MAP_HEIGHT, title=title)
    land = base.mark_geoshape(fill=NO_DATA, stroke="white", strokeWidth=0.3)
    shaded = base.transform_lookup(lookup="properties.iso3", from_=lookup).transform_filter(
        f"isValid(datum['{column}'])").mark_geoshape(stroke="white", strokeWidth=0.3).encode(
        color=alt.Color(f"{column}:N", scale=alt.Scale(domain=domain, range=colors),
                        legend=alt.Legend(title=None, orient="bottom", columns=3)),
        tooltip=["country:N", f"{column}:N"])
    return alt.layer(land, shaded)


def world_maps(levels: pd.DataFrame, adequacy: pd.DataFrame, year: int) -> Chart:
    """The advancement level of every profile of ``year``, and whether its inspectors are
    within the benchmark its report applies (from the report's own figures)."""
    if levels.empty:
        return Chart(None, f"{year}: no DOL profile to map.")
    known = adequacy.dropna(subset=["within_benchmark"])
    adequate = known.assign(adequacy=[ADEQUACY[0] if w else ADEQUACY[1]
                                      for w in known["within_benchmark"]])
    present = [lv for lv in LEVELS if lv in set(levels["level"])]
    colors = [LEVEL_COLORS[LEVELS.index(lv)] for lv in present]
    maps = [_map(levels, "level", present, colors, f"Advancement level, {year} reports")]
    if len(adequate):
        maps.append(_map(adequate, "adequacy", list(ADEQUACY), ["#4575b4", "#d73027"],
                         f"Labour inspectors against the applied ILO benchmark, {year}"))
    counts = levels["level"].value_counts()
    summary = (f"{year}: {len(levels)} profiles mapped by advancement level ("
               + ", ".join(f"{counts[lv]} {lv.lower()}" for lv in present) + "); "
               + (f"{int(adequate['within_benchmark'].sum())} of {len(adequate)} countries "
                  "with a workforce statement are within their benchmark."
                  if len(adequate) else "no workforce statement to map adequacy."))
    return Chart(alt.vconcat(*maps).resolve_scale(color="independent"), summary)


def _distribution(values: pd.DataFrame, summary: pd.DataFrame, measure: str) -> alt.Chart:
    """One measure: every country a dot per year, quartiles as a box, outliers named."""
    x = alt.X("data_year:O", title="data year", axis=alt.Axis(labelAngle=0))
    y = alt.Y("value:Q", title=None, scale=alt.Scale(type="symlog"))
    dots = alt.Chart(clean_frame(values)).mark_circle(size=28, opacity=0.5).encode(
        x=x, y=y, color=alt.condition("datum.outlier != ''", alt.value("#d62728"),
                                      alt.value("#4c78a8")),
        tooltip=["country:N", "data_year:O", alt.Tooltip("value:Q", format=",.1f")])
    box = alt.Chart(clean_frame(summary)).mark_bar(opacity=0.25, size=22,
                                                   color="#4c78a8").encode(
        x=x, y=alt.Y("q1:Q", scale=alt.Scale(type="symlog")), y2="q3:Q")
    median = alt.Chart(clean_frame(summary)).mark_tick(size=26, thickness=2,
                                                       color="#222").encode(x=x, y="median:Q")
    names = alt.Chart(clean_frame(values[values["outlier"] != ""])).mark_text(
        align="left", dx=6, fontSize=9, color="#d62728").encode(x=x, y=y, text="country:N")
    return alt.layer(box, dots, median, names).properties(
        width=PANEL_WIDTH, height=PANEL_HEIGHT, title=measure)


def distributions(values: pd.DataFrame, summary: pd.DataFrame) -> Chart:
    """The key measures per data year, one panel each, two panels a row."""
    panels = [_distribution(values[values["measure"] == m], summary[summary["measure"] == m], m)
              for m in DISTRIBUTION_MEASURES if (values["measure"] == m).any()]
    if not panels:
        return Chart(None, "No key enforcement measure has figures for these years.")
    named = int((values["outlier"] != "").sum())
    text = (f"{len(panels)} measures over data years {values['data_year'].min()}–"
            f"{values['data_year'].max()} ({values['country'].nunique()} countries); "
            f"{named} outlier(s) beyond Tukey's fences on a log scale are named in red.")
    return Chart(alt.concat(*panels, columns=2).resolve_scale(y="independent"), text)
