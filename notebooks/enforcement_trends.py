# ---
# jupyter:
#   jupytext:
#     cell_metadata_filter: tags,-all
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Enforcement over time
#
# Every enforcement measure the reports give (labour inspection, criminal enforcement,
# trafficking) as a series over the years the figures are about. Where several reports give
# a figure for the same year, the reconciliation rule picks one and the differing figures are
# listed beside it. Partial-year figures († in the table) are kept as printed and annualised
# from the period their note states. Years without a figure are gaps, never zeros.

# %%
from analysis.analyse import charts, headline, load, tables, trends

charts.offline()

# %% tags=["parameters"]
country: str = "Kazakhstan"  # country name as in documents.csv
data_dir: str = "../data/clean"  # clean tables; relative paths start at notebooks/
output_dir: str = "../reports/{country}"  # charts go here; {country} is filled in

# %%
data = load.load_country(data_dir, country)
out = load.output_path(output_dir, country)
series = trends.measure_series(data.enforcement, data.documents)
stats = trends.trend_stats(series)
conflicts = trends.conflicts(data.enforcement, data.documents)

# %%
headline.show(headline.trends(country, series, stats, conflicts, tuple(trends.KEY_MEASURES)))

# %% [markdown]
# ## The key measures
# Inspectors, inspections, violations, investigations, prosecutions and convictions, one
# panel each and a colour per domain; a partial-year figure is drawn as printed (square) and
# annualised (red diamond); a missing year breaks the line.

# %%
files = charts.save(charts.trend_chart(series, country), out, "enforcement_trends")
print(files.summary)
charts.show(files)

# %% [markdown]
# ## Figures by data year
# – : no figure for that year; † : partial year (see below); words say why a report gives
# no figure. The key measures first, then every other measure.

# %%
key = trends.is_key(series)
tables.wide_series(series[key])

# %%
tables.wide_series(series[~key])

# %% [markdown]
# ## Partial-year figures, annualised

# %%
partial = series[series["partial_year"]]
tables.formatted(partial, {
    "measure": "{}", "data_year": "{}", "value": "{:,.0f}", "period": "{}",
    "period_months": "{:.2f}", "annualised": "{:,.0f}", "annualise_note": "{}", "doc_id": "{}",
    "citations": "{}",
}, index=["measure", "data_year"])

# %% [markdown]
# ## Reports that disagree
# Pairs of different reports giving different figures for the same measure and year;
# `preferred_doc_id` is the figure used above.

# %%
tables.formatted(conflicts, {
    "domain": "{}", "measure": "{}", "data_year": "{}", "doc_id_a": "{}", "value_a": "{:,.0f}",
    "doc_id_b": "{}", "value_b": "{:,.0f}", "abs_diff": "{:,.0f}", "rel_diff": "{:.1%}",
    "preferred_doc_id": "{}",
}, index=["domain", "measure", "data_year"])

# %% [markdown]
# ## Change and robust trend
# Computed on the figures with partial years annualised. Theil-Sen slope (per year) with its
# 95% interval and Kendall's tau need at least four years with figures.

# %%
tables.formatted(stats, {
    "domain": "{}", "measure": "{}", "n_points": "{}", "gaps": "{}", "first_year": "{}",
    "first_value": "{:,.0f}", "last_year": "{}", "last_value": "{:,.0f}", "change": "{:+,.0f}",
    "change_pct": "{:+.1f}%", "slope_per_year": "{:+,.1f}", "slope_low": "{:+,.1f}",
    "slope_high": "{:+,.1f}", "kendall_tau": "{:.2f}", "p_value": "{:.3f}",
}, index=["domain", "measure"])

# %%
for row in stats.itertuples():
    print(f"{row.measure}: {row.caveat}")
