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
# # Exercise 4: Trends and disagreement (about 45 minutes)
#
# Two report series count some of the same things: the Department of Labor's *Findings* and
# the State Department's *Trafficking in Persons Report* (TIP). Later reports also revise
# earlier ones. Before drawing a trend you must decide which figure to use for each year,
# and then say honestly what a handful of yearly figures can show. You will
#
# 1. trace a disagreement (DOL: 97 trafficking investigations in Kazakhstan in 2010; TIP:
#    88) to the sentences it came from,
# 2. write the prefer-latest rule that picks one figure per year, and compare it with the
#    package's,
# 3. test the trend of labour inspections with Theil-Sen and Kendall's tau (scipy),
# 4. work out what so few points can show at all, and write it down plainly.
#
# Cells starting with `# Your turn` are yours; the check below each says `right` or
# `not yet`.

# %%
import math

import checks
import kit
import pandas as pd
from scipy import stats

from analysis import config
from analysis.reconcile import HOME_SERIES, preferred_series

pd.set_option("display.width", 140)

# %% [markdown]
# ## The data
#
# The seed reports (DOL 2010 twice, 2013, 2017 and TIP 2011) and excerpts of the DOL 2015,
# 2016 and 2019 profiles are cleaned together into the work folder. `reconciliation.csv`
# pairs every two documents giving one country's measure for one year.

# %%
work = kit.work_dir("04_trends_disagreement")
raw = kit.gather_raw(work / "raw", seeds=True, excerpts=(
    "dol_2015_kazakhstan.txt", "dol_2016_kazakhstan.txt", "dol_2019_kazakhstan.txt"))
print(kit.clean(raw, work / "clean"))
clean = kit.tables(work / "clean")
reconciliation = clean["reconciliation"]
print(reconciliation.query("verdict == 'conflict'")[
    ["domain", "measure", "data_year", "doc_id_a", "value_a", "doc_id_b", "value_b",
     "rel_diff", "preferred_doc_id"]].to_string(index=False))

# %% [markdown]
# ### Step 1: trace the disagreement to its sentences
#
# Every figure in `enforcement.csv` keeps `source_start` and `source_end`, offsets into its
# raw file (`documents.csv` says which). For the first conflict over 2010 investigations,
# find the two enforcement rows (one per document) and cut from each raw file the sentence
# that holds the figure.
#
# <details><summary>Hint</summary>
#
# `raw.rfind(".", 0, start)` and `raw.find(".", end)` find the full stops around a figure;
# the figure's own row in `enforcement.csv` gives `start` and `end`.
# </details>

# %% tags=["solution"]
# Your turn: the DOL sentence and the TIP sentence holding the two figures.
def sentence_of(row):
    path = config.ROOT / clean["documents"].set_index("doc_id").loc[row["doc_id"], "source_file"]
    raw_text = path.read_text(encoding="utf-8")
    start, end = int(row["source_start"]), int(row["source_end"])
    return raw_text[raw_text.rfind(".", 0, start) + 1 : raw_text.find(".", end) + 1].strip()


pair = reconciliation.query(
    "measure == 'investigations' and data_year == 2010 and verdict == 'conflict'").iloc[0]
rows = clean["enforcement"].query("measure == 'investigations' and data_year == 2010")
dol_sentence = sentence_of(rows[rows["doc_id"] == pair["doc_id_a"]].iloc[0])
tip_sentence = sentence_of(rows[rows["doc_id"] == pair["doc_id_b"]].iloc[0])
print(dol_sentence)
print(tip_sentence)

# %%
checks.traced(dol_sentence, tip_sentence, work)

# %% [markdown]
# Which is right? Both are official statements. The TIP report came a year later, with the
# government's figures for the whole year; the DOL profile may have had earlier figures or
# counted cases differently. Neither is dropped: the reconciliation table keeps both and says
# which one the analyses use.
#
# ### Step 2: the prefer-latest rule
#
# The README ("When reports disagree") gives the rule the package uses, in order: a value
# over a row that only says the figure is missing; a full-year figure over a partial-year
# one; the most recent report; on equal report years, the measure's home series
# (`HOME_SERIES`); the original over a duplicate copy (`duplicate_of` empty); a table over
# prose; the smaller `doc_id`.
#
# Write `prefer_latest(candidates)`, which takes the candidate figures of one data year (a
# DataFrame like the one below) and returns the chosen row (a Series). The check runs it on
# every data year of labour inspections and of trafficking investigations in Kazakhstan and
# compares it with the package's choice.

# %%
candidates = kit.candidates(work / "clean", "Kazakhstan", "labor_inspections", "labor")
print(candidates.drop(columns="label").to_string(index=False))
print(HOME_SERIES)

# %% [markdown]
# <details><summary>Hint</summary>
#
# Add one boolean column per step (`has_value`, `full_year`, `home`, `original`, `table`),
# then `sort_values` by all steps in order with `ascending=[False, ..., True]` and take the
# first row.
# </details>

# %% tags=["solution"]
# Your turn: a function returning the preferred row of one data year's candidates.
def prefer_latest(candidates):
    ranked = candidates.assign(
        has_value=candidates["value"].notna(),
        full_year=candidates["qualifier"].fillna("") != "partial_year",
        home=candidates["series"] == candidates["domain"].map(HOME_SERIES),
        original=candidates["duplicate_of"].isna(),
        table=candidates["source"] == "table",
    )
    order = ["has_value", "full_year", "report_year", "home", "original", "table", "doc_id"]
    return ranked.sort_values(order, ascending=[False] * 6 + [True]).iloc[0]


for year, group in candidates.groupby("data_year"):
    chosen = prefer_latest(group)
    print(year, chosen["doc_id"], chosen["value"])

# %%
checks.prefer_latest(prefer_latest, work)

# %% [markdown]
# ### Step 3: a trend test on few points
#
# The preferred series of labour inspections (`analysis.reconcile.preferred_series`, the
# same rule as yours):

# %%
series = preferred_series(clean["enforcement"], clean["documents"]).query(
    "country == 'Kazakhstan' and measure == 'labor_inspections'")
print(series[["data_year", "value", "qualifier", "doc_id", "label"]].to_string(index=False))

# %% [markdown]
# Use every data year with a value. Compute the Theil-Sen slope (inspections per year) with
# its 95% interval, `scipy.stats.theilslopes(y, x)`, and Kendall's tau with its p-value,
# `scipy.stats.kendalltau(x, y)`.

# %% tags=["solution"]
# Your turn: Theil-Sen slope and interval, Kendall's tau and p-value.
points = series[series["value"].notna()]
years, values = points["data_year"].astype(int), points["value"].astype(float)
sen = stats.theilslopes(values, years)
slope, slope_low, slope_high = sen.slope, sen.low_slope, sen.high_slope
kendall = stats.kendalltau(years, values)
tau, p_value = kendall.statistic, kendall.pvalue
print(f"slope {slope:.0f} per year [{slope_low:.0f}, {slope_high:.0f}], "
      f"tau {tau:.2f}, p {p_value:.3f}, n {len(points)}")

# %%
checks.trend(slope, slope_low, slope_high, tau, p_value, work)

# %% [markdown]
# ### Step 4: what can so few points show?
#
# Look at the series again. The 2010 figure counts *child labour* inspections in some sectors
# (read its label); the 2016 figure covers January to September only. Leave those two out and
# four comparable years remain.
#
# With n distinct values there are n! orderings, all equally likely when there is no trend.
# Write `smallest_p(n)`: the smallest two-sided p-value Kendall's exact test can give for n
# points (that of a perfectly monotone series). Then say whether four comparable years can
# show a trend at the 5% level (`can_show_a_trend`).

# %% tags=["solution"]
# Your turn: the smallest attainable two-sided p-value, and whether 4 points can reach 0.05.
def smallest_p(n):
    return 2 / math.factorial(n)


can_show_a_trend = smallest_p(4) < 0.05
print([f"{n}: {smallest_p(n):.4f}" for n in range(3, 9)], can_show_a_trend)

# %%
checks.few_points(smallest_p, can_show_a_trend)

# %% [markdown]
# Write down, in two or three plain sentences for a reader who will not look at the
# numbers, what these figures show about labour inspections in Kazakhstan.

# %% [markdown] tags=["solution"]
# *A possible answer.* Kazakhstan reported between about 6,700 and 11,400 labour inspections
# a year from 2015 to 2019, lower in 2018 and 2019 than in 2015 and 2017. With four
# comparable years no test could tell a trend from chance (the best possible p-value is
# 0.083), and the Theil-Sen interval runs from a fall of about 3,500 to a rise of about
# 2,800 a year. The 2010 figure counts only child labour inspections and the 2016 figure
# only nine months, so neither belongs on the same line.

# %% [markdown]
# ## To take away
#
# * A disagreement between sources is a fact to show, not an error to hide: keep both
#   figures, say which one you use and why.
# * Decide what a figure *is* (which inspections, which months) before you put it on a line.
# * With four to seven yearly points, robust methods (Theil-Sen, Kendall) are the right
#   tools, and the honest result is usually "no evidence either way". Say so.
