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
# # Workers per labour inspector
#
# The workforce per labour inspector against the ILO's technical advice (one inspector per
# 10,000 workers in industrial market economies, 15,000 in industrializing, 20,000 in
# transition and 40,000 in less developed economies). Inspectors needed = workforce /
# benchmark, rounded to the nearest whole inspector (halves up); shortfall = needed - employed.
# The report's own figure is shown beside the computed one, with the workforce it implies.

# %%
from analysis.analyse import charts, headline, load, ratio, tables, trends
from analysis.analyse.load import FloatOrNone, IntOrNone

charts.offline()

# %% tags=["parameters"]
country: str = "Kazakhstan"  # country name as in documents.csv
data_dir: str = "../data/clean"  # clean tables; relative paths start at notebooks/
output_dir: str = "../reports/{country}"  # charts go here; {country} is filled in
workforce: FloatOrNone = None  # workers; None uses the report's figure
benchmark: IntOrNone = None  # workers per inspector; None uses the benchmark the report applies
year: IntOrNone = None  # data year to examine; None takes the latest with both figures

# %%
load.check_positive(workforce, "workforce")
load.check_positive(benchmark, "benchmark")
data = load.load_country(data_dir, country)
out = load.output_path(output_dir, country)
series = trends.measure_series(data.enforcement, data.documents)
inspectors = series[series["measure"] == "labor_inspectors"]
stated = ratio.statements(data.workforce, data.documents)
ratios = ratio.ratio_table(inspectors, stated, workforce, benchmark)
view = ratio.year_view(ratios, year)

# %%
headline.show(headline.ratio(country, ratios, view.year, stated))

# %% [markdown]
# ## Workers per inspector by year

# %%
tables.formatted(ratios, {
    "data_year": "{}", "labor_inspectors": "{:,.0f}", "workforce": "{:,.0f}",
    "workforce_from": "{}", "workers_per_inspector": "{:,.0f}", "benchmark": "{:,.0f}",
    "benchmark_from": "{}", "inspectors_needed": "{:,}", "shortfall": "{:+,.0f}",
}, index=["data_year"])

# %% [markdown]
# ## The report's stated figure against the computed one

# %%
tables.formatted(ratio.stated_check(stated), {
    "report_year": "{}", "workforce": "{:,.0f}", "benchmark": "{:,}",
    "computed_exact": "{:,.2f}", "computed": "{:,}", "stated": "{:,}",
    "stated_minus_computed": "{:+,.0f}", "workforce_implied_by_stated": "{:,.0f}",
    "doc_id": "{}",
}, index=["report_year"])

# %% [markdown]
# ## Every ILO benchmark for the chosen year
# `applied` marks the benchmark the report applies (or the `benchmark` parameter).

# %%
print(view.headline)
tables.formatted(view.benchmarks, {
    "economy": "{}", "workers_per_inspector": "{:,}", "inspectors_needed": "{:,}",
    "shortfall": "{:+,}", "applied": "{}",
}, index=["economy"])

# %% [markdown]
# ## Sensitivity: shortfall by workforce change (%) and benchmark

# %%
ratio.sensitivity_table(view.grid)

# %% [markdown]
# ## Charts

# %%
files = charts.save(charts.ratio_chart(ratios, view.applied, country), out, "inspector_ratio")
print(files.summary)
charts.show(files)

# %%
files = charts.save(charts.sensitivity_chart(view.grid, country), out, "inspector_sensitivity")
print(files.summary)
charts.show(files)
