"""The few sentences each rendered notebook opens with: its findings in words, before any
table. Each is built from the same tables the notebook then shows."""

from __future__ import annotations

import math

import pandas as pd
from IPython.display import Markdown

from analysis.analyse.tables import figure

#: Key measures whose latest figure is older than this many years before the latest one
#: are left out of the headline, and it names at most MAX_LINES of them.
RECENT_YEARS = 1
MAX_LINES = 6
LABELS = {
    "labor_inspectors": "labour inspectors", "labor_inspections": "labour inspections",
    "child_labor_violations": "child labour violations found", "violations_found":
    "criminal violations found", "investigations": "investigations", "prosecutions":
    "prosecutions", "convictions": "convictions",
}


def show(lines: list[str]) -> Markdown:
    """The headline as a Markdown block (a bulleted list after the first line)."""
    head, *rest = lines
    return Markdown("\n".join([f"**{head}**", "", *(f"- {line}" for line in rest)]))


def _change(first: float, last: float) -> str:
    """'up 12%' / 'down 3%' / 'unchanged' from one figure to another."""
    if first == last:
        return "unchanged"
    if first == 0:
        return "up from 0"
    pct = (last - first) / first * 100
    return f"{'up' if pct > 0 else 'down'} {abs(pct):.0f}%"


def trends(country: str, series: pd.DataFrame, stats: pd.DataFrame, conflicts: pd.DataFrame,
           key: tuple[str, ...]) -> list[str]:
    """Reports and years covered, the latest figure of each key measure and its change, and
    how many figures reports disagree on."""
    values = series.dropna(subset=["value"])
    if values.empty:
        return [f"{country}: the reports give no enforcement figure."]
    lines = [f"{country}: {series['doc_id'].nunique()} report(s) give enforcement figures "
             f"for data years {int(values['data_year'].min())}–"
             f"{int(values['data_year'].max())}."]
    shown = stats[stats["measure"].isin(key) & (stats["n_points"] > 0)]
    recent = shown[shown["last_year"] >= shown["last_year"].max() - RECENT_YEARS]
    order = {m: i for i, m in enumerate(key)}
    recent = recent.sort_values(["measure", "domain"], key=lambda s: s.map(order)
                                if s.name == "measure" else s, kind="mergesort")
    for row in recent.head(MAX_LINES).itertuples():
        label = f"{LABELS.get(row.measure, row.measure)} ({row.domain})"
        last = f"{figure(row.last_value, 'count')} in {row.last_year}"
        if row.n_points > 1:
            trend = (f", {_change(row.first_value, row.last_value)} from "
                     f"{figure(row.first_value, 'count')} in {row.first_year}")
            verdict = (f"; {row.caveat.split(': ', 1)[1]}" if row.n_points >= 4 and
                       not math.isnan(row.p_value) and row.p_value < 0.05 else "")
        else:
            trend = verdict = ""
        lines.append(f"{label.capitalize()}: {last}{trend}{verdict}.")
    lines.append(f"{len(conflicts)} figure(s) differ between reports (listed below); the "
                 "latest report's figure is used." if len(conflicts) else
                 "No two reports disagree on a figure.")
    return lines


def prevalence(country: str, table: pd.DataFrame) -> list[str]:
    """The latest report's share of children working, and how many figures are repeats."""
    values = table.dropna(subset=["value_pct"])
    if values.empty:
        return [f"{country}: no report gives statistics on children's work and education."]
    latest = int(values["report_year"].max())
    lines = [f"{country}: {values['report_year'].nunique()} report(s) with statistics, the "
             f"latest of {latest}."]
    for indicator, words in (("working", "of children aged {ages} work"),
                             ("attending_school", "of children aged {ages} attend school")):
        rows = values[(values["indicator"] == indicator) & (values["report_year"] == latest)]
        for row in rows.itertuples():
            survey = f" ({int(row.survey_year)} {row.survey})" if pd.notna(row.survey_year) \
                and pd.notna(row.survey) else ""
            lines.append(f"{row.value_pct:g}% {words.format(ages=row.ages)}{survey}.")
    repeats = int(values["repeated"].sum())
    lines.append(f"{repeats} of {len(values)} figures repeat an earlier report's survey "
                 "unchanged: not new observations." if repeats else
                 "No figure repeats an earlier report's survey.")
    return lines


def ratio(country: str, ratios: pd.DataFrame, view_year: int | None,
          stated: pd.DataFrame) -> list[str]:
    """Workers per inspector in the chosen year against the applied benchmark, with the
    report's own verdict."""
    if view_year is None or ratios.empty:
        return [f"{country}: no year has both a labour inspector count and a workforce."]
    row = ratios[ratios["data_year"] == view_year].iloc[0]
    lines = [f"{country}, {view_year}: {figure(row['workers_per_inspector'], 'count')} "
             f"workers per labour inspector ({figure(row['workforce'], 'count')} workers, "
             f"{figure(row['labor_inspectors'], 'count')} inspectors)."]
    if not math.isnan(row["benchmark"]):
        within = row["workers_per_inspector"] <= row["benchmark"]
        lines.append(f"{'Within' if within else 'Above'} the ILO benchmark the report applies "
                     f"({figure(row['benchmark'], 'count')} workers per inspector): "
                     f"{row['inspectors_needed']:,.0f} inspectors needed, "
                     + (f"{abs(row['shortfall']):,.0f} more than employed."
                        if row["shortfall"] < 0 else f"a shortfall of {row['shortfall']:,.0f}."))
    said = stated[stated["report_year"] == view_year]
    if len(said) and isinstance(said["verdict"].iloc[0], str) and said["verdict"].iloc[0]:
        lines.append(f"The report itself calls the number of inspectors "
                     f"{said['verdict'].iloc[0]} for the size of the workforce.")
    return lines


def across(years: list[int], counts: pd.DataFrame, check: pd.DataFrame,
           adequacy: pd.DataFrame, spread: pd.DataFrame) -> list[str]:
    """Profiles per year, the level check, inspector adequacy against the reports' verdicts,
    and the outliers named."""
    span = f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
    lines = [f"DOL profiles of {span}: {int(counts.to_numpy().sum())} in all."]
    for year in counts.columns:
        column = counts[year][counts[year] > 0]
        lines.append(f"{year}: " + ", ".join(f"{n} {level.lower()}"
                                             for level, n in column.items()) + ".")
    for year, group in check.groupby("report_year"):
        off = group[group["difference"] != 0]
        lines.append(f"{year}: every level matches the count the report publishes."
                     if off.empty else f"{year}: {len(off)} level(s) differ from the published "
                     "counts: " + ", ".join(f"{r.level} {r.profiles} vs {r.published}"
                                            for r in off.itertuples()) + ".")
    known = adequacy.dropna(subset=["within_benchmark"])
    if len(known):
        within = int(known["within_benchmark"].sum())
        said = adequacy["report_sufficient"].dropna()
        disagree = int(adequacy["agree"].eq(False).fillna(False).sum())
        lines.append(f"Labour inspectors: {within} of {len(known)} profiles with a workforce "
                     "and an inspector count are within the benchmark their report applies; "
                     f"the reports call the number sufficient in {int(said.sum())} of "
                     f"{len(said)} verdicts; {disagree} disagree with the computation.")
    named = spread[spread["outliers"] != ""]
    for row in named.itertuples():
        lines.append(f"Outliers in {row.measure}, {row.data_year}: {row.outliers}.")
    return lines
