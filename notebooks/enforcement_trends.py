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
from analysis.analyse import charts, load, tables, trends

charts.offline()

# %% tags=["parameters"]
country: str = "Kazakhstan"  # country name as in documents.csv
data_dir: str = "../data/clean"  # clean tables; relative paths start at notebooks/
output_dir: str = "../reports/{country}"  # charts go here; {country} is filled in

# %%
data = load.load_country(data_dir, country)
out = load.output_path(output_dir, country)
series = trends.measure_series(data.enforcement, data.documents)

# %% [markdown]
# ## Figures by data year
# – : no figure for that year; † : partial year (see below); words say why a report gives
# no figure.

# %%
tables.wide_series(series)

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
tables.formatted(trends.conflicts(data.enforcement, data.documents), {
    "domain": "{}", "measure": "{}", "data_year": "{}", "doc_id_a": "{}", "value_a": "{:,.0f}",
    "doc_id_b": "{}", "value_b": "{:,.0f}", "abs_diff": "{:,.0f}", "rel_diff": "{:.1%}",
    "preferred_doc_id": "{}",
}, index=["domain", "measure", "data_year"])

# %% [markdown]
# ## Change and robust trend
# Computed on the figures with partial years annualised. Theil-Sen slope (per year) with its
# 95% interval and Kendall's tau need at least four years with figures.

# %%
stats = trends.trend_stats(series)
tables.formatted(stats, {
    "domain": "{}", "measure": "{}", "n_points": "{}", "gaps": "{}", "first_year": "{}",
    "first_value": "{:,.0f}", "last_year": "{}", "last_value": "{:,.0f}", "change": "{:+,.0f}",
    "change_pct": "{:+.1f}%", "slope_per_year": "{:+,.1f}", "slope_low": "{:+,.1f}",
    "slope_high": "{:+,.1f}", "kendall_tau": "{:.2f}", "p_value": "{:.3f}",
}, index=["domain", "measure"])

# %%
for row in stats.itertuples():
    print(f"{row.measure}: {row.caveat}")

# %% [markdown]
# ## Chart

# %%
files = charts.save(charts.trend_chart(series, country), out, "enforcement_trends")
print(files.summary)
charts.show(files)
