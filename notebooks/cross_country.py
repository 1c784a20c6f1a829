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

# %%

# %% [markdown]
# # All countries side by side
#
# Every DOL profile of a report year (or a range of years) against the others: the
# advancement levels, checked against the counts the reports publish; labour inspectors
# against the ILO benchmark each report applies, computed from the report's own figures and
# set beside the report's own verdict; the spread of the key enforcement measures per year,
# with the countries far outside it named; and a world map.

# %%
from analysis.analyse import across, across_charts, charts, headline, load, tables

charts.offline()

# %% tags=["parameters"]
years: str = ""  # a report year (2016), a range (2014-2019), or "" for every year
data_dir: str = "../data/clean"  # clean tables; relative paths start at notebooks/
output_dir: str = "../reports"  # charts go here

# %%
documents = load.load_table(data_dir, "documents")
chosen = across.report_years(years, documents.loc[documents["series"] == "dol_findings",
                                                  "report_year"])
out = load.output_path(output_dir, "")
counts = across.assessment_counts(documents, chosen)
check = across.assessment_check(counts, across.published_counts())
adequacy = across.adequacy(documents, load.load_table(data_dir, "enforcement"),
                           load.load_table(data_dir, "workforce"), chosen)
values = across.with_outliers(across.measure_values(load.load_table(data_dir, "panel"),
                                                    adequacy))
spread = across.distribution_summary(values)

# %%
headline.show(headline.across(chosen, counts, check, adequacy, spread))

# %% [markdown]
# ## Advancement levels per report year
# Profiles per level (an assessment with a qualifier, "Minimal Advancement – Efforts Made
# but ...", counts under its level), then checked against the counts the report publishes
# where they are on file (`analysis/data/published_assessment_counts.csv`).

# %%
tables.formatted(counts.reset_index(), {"level": "{}", **{y: "{}" for y in counts.columns}},
                 index=["level"])

# %%
check.set_index(["report_year", "level"]) if len(check) else print(
    "No published counts on file for these years.")

# %% [markdown]
# ## Labour inspectors against the benchmark each report applies
# Workers per inspector = the report's workforce / its labour inspectors of the report year;
# `within_benchmark` when that is at most the ILO benchmark the report applies. The report's
# own verdict ("likely insufficient") is beside it; `agree` is empty where either is missing.

# %%
tables.formatted(adequacy, {
    "report_year": "{}", "country": "{}", "workforce": "{:,.0f}", "inspectors": "{:,.0f}",
    "workers_per_inspector": "{:,.0f}", "benchmark": "{:,.0f}", "within_benchmark": "{}",
    "report_says": "{}", "agree": "{}",
}, index=["report_year", "country"])

# %% [markdown]
# ### Where the computation and the report's verdict disagree

# %%
tables.formatted(across.disagreements(adequacy), {
    "report_year": "{}", "country": "{}", "workers_per_inspector": "{:,.0f}",
    "benchmark": "{:,.0f}", "report_says": "{}", "doc_id": "{}",
}, index=["report_year", "country"])

# %% [markdown]
# ## Key enforcement measures per year
# Quartiles over countries; outliers are beyond Tukey's fences (1.5 × the interquartile range)
# of log10(1 + value), and only named where a year has at least five countries.

# %%
tables.formatted(spread, {
    "measure": "{}", "data_year": "{}", "countries": "{}", "q1": "{:,.1f}",
    "median": "{:,.1f}", "q3": "{:,.1f}", "outliers": "{}",
}, index=["measure", "data_year"])

# %%
files = charts.save(across_charts.distributions(values, spread), out, "distributions")
print(files.summary)
charts.show(files)

# %% [markdown]
# ## World map of the latest report year
# Country outlines from the boundaries file of the `pygal_maps_world` package, drawn offline.

# %%
latest = across.dol_reports(documents, chosen[-1:])
levels = latest.assign(level=[across.assessment_level(a) for a in latest["assessment"]])
files = charts.save(across_charts.world_maps(levels, adequacy[adequacy["report_year"]
                                                              == chosen[-1]], chosen[-1]),
                    out, "world_map")
print(files.summary)
charts.show(files)
