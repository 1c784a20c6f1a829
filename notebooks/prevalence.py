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
# # Children's work and education
#
# The statistics box of each DOL *Findings* report: the share of children working, attending
# school, combining both, and the primary completion rate, with the age range each applies to.
# Later reports often reprint an earlier survey unchanged; such repeats are flagged so that a
# flat line is not read as a trend. Where the report gives the number of working children, the
# size of the age group it implies is shown (population / share).

# %%
from analysis.analyse import charts, headline, load, prevalence, tables

charts.offline()

# %% tags=["parameters"]
country: str = "Kazakhstan"  # country name as in documents.csv
data_dir: str = "../data/clean"  # clean tables; relative paths start at notebooks/
output_dir: str = "../reports/{country}"  # charts go here; {country} is filled in

# %%
data = load.load_country(data_dir, country)
out = load.output_path(output_dir, country)
table = prevalence.indicator_table(data.prevalence, data.documents)

# %%
headline.show(headline.prevalence(country, table))

# %% [markdown]
# ## Indicators by report
# `repeated` marks a figure (same indicator, ages, value and survey) that an earlier report,
# `first_printed`, already gave.

# %%
tables.formatted(table, {
    "indicator": "{}", "ages": "{}", "report_year": "{}", "value_pct": "{:.1f}",
    "population": "{:,}", "implied_age_group": "{:,.0f}", "survey": "{}",
    "survey_year": "{}", "repeated": "{}", "first_printed": "{}", "doc_id": "{}",
}, index=["indicator", "ages", "report_year"])

# %% [markdown]
# ## Repeated surveys

# %%
print("\n".join(prevalence.repeat_notes(table)) or "No indicator appears in two reports.")

# %% [markdown]
# ## Chart

# %%
files = charts.save(charts.prevalence_chart(table, country), out, "prevalence")
print(files.summary)
charts.show(files)
