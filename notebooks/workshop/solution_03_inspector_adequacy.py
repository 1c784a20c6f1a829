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
# # Exercise 3: Are there enough labour inspectors? (about 35 minutes)
#
# The *Findings* profiles compare a country's labour inspectors with the ILO's technical
# advice: one inspector per **10,000** workers in industrial market economies, **15,000** in
# industrializing economies, **20,000** in transition economies and **40,000** in less
# developed economies. Each report applies one of these and states how many inspectors the
# country "should employ". You will
#
# 1. compute workers per inspector from the clean tables,
# 2. compute inspectors needed and the shortfall under all four benchmarks,
# 3. check the report's stated figure against your own, and find the workforce it implies,
# 4. find how far the workforce estimate could move before the verdict changes,
# 5. say which benchmark applies to Kazakhstan and to Guinea, and argue why.
#
# Cells starting with `# Your turn` are yours; the check below each says `right` or
# `not yet`.

# %%
import math

import checks
import kit
import pandas as pd

from analysis import config

pd.set_option("display.width", 120)

# %% [markdown]
# ## The data
#
# The seed reports and the excerpts of the 2015, 2016 and 2019 Kazakhstan profiles and of the
# 2016 Guinea profile are cleaned together into the work folder. `workforce.csv` holds each
# report's inspector-adequacy statement; the number of inspectors is in `enforcement.csv`.

# %%
work = kit.work_dir("03_inspector_adequacy")
raw = kit.gather_raw(work / "raw", seeds=True, excerpts=(
    "dol_2015_kazakhstan.txt", "dol_2016_guinea.txt", "dol_2016_kazakhstan.txt",
    "dol_2019_kazakhstan.txt"))
print(kit.clean(raw, work / "clean"))
clean = kit.tables(work / "clean")
statements = clean["workforce"]
print(statements[["country", "report_year", "workforce", "economy_category",
                  "workers_per_inspector_benchmark", "inspectors_recommended_stated"]]
      .to_string(index=False))

# %%
inspectors = clean["enforcement"].query(
    "measure == 'labor_inspectors' and source == 'table' and data_year == report_year")
print(inspectors[["country", "report_year", "value", "label"]].to_string(index=False))

# %% [markdown]
# And the sentence the 2017 statement was read from (its offsets point into the raw file):

# %%
docs = clean["documents"].set_index("doc_id")
kaz = statements.query("country == 'Kazakhstan' and report_year == 2017").iloc[0]
text = (config.ROOT / docs.loc[kaz["doc_id"], "source_file"]).read_text(encoding="utf-8")
print(text[kaz["source_start"] : kaz["source_end"]])

# %% [markdown]
# ### Step 1: workers per inspector
#
# For the 2017 report on Kazakhstan: the workforce it gives divided by its number of labour
# inspectors in 2017.

# %% tags=["solution"]
# Your turn: workers per labour inspector, Kazakhstan, 2017 report.
workforce = kaz["workforce"]
employed = inspectors.query("country == 'Kazakhstan' and report_year == 2017")["value"].iloc[0]
workers_per_inspector = workforce / employed
print(f"{workers_per_inspector:,.0f} workers per inspector")

# %%
checks.workers_per_inspector(workers_per_inspector, work)

# %% [markdown]
# ### Step 2: under each benchmark
#
# Make a DataFrame `needed` with one row per benchmark (10,000, 15,000, 20,000, 40,000) and
# the columns `benchmark`, `inspectors_needed` (workforce / benchmark, rounded to the nearest
# whole inspector, halves up, as the reports do), `shortfall` (needed minus employed; below
# zero is a surplus) and `meets` (enough inspectors or not).
#
# <details><summary>Hint</summary>
#
# Python's `round` rounds halves to even (`round(222.5) == 222`); `math.floor(x + 0.5)`
# rounds them up.
# </details>

# %% tags=["solution"]
# Your turn: the DataFrame `needed`, one row per ILO benchmark.
rows = []
for benchmark in (10_000, 15_000, 20_000, 40_000):
    need = math.floor(workforce / benchmark + 0.5)
    rows.append({"benchmark": benchmark, "inspectors_needed": need,
                 "shortfall": need - employed, "meets": employed >= need})
needed = pd.DataFrame(rows)
print(needed.to_string(index=False))

# %%
checks.needed_table(needed, work)

# %% [markdown]
# ### Step 3: the report's own figure
#
# The 2017 report says Kazakhstan should employ 449 inspectors, against a workforce of
# "more than 8.9 million". What workforce does 449 imply, under the benchmark the report
# applies? Compare it with the workforce the 2019 report gives.

# %% tags=["solution"]
# Your turn: the workforce implied by the report's stated number of inspectors.
implied_workforce = kaz["inspectors_recommended_stated"] * kaz["workers_per_inspector_benchmark"]
print(f"{implied_workforce:,.0f}")

# %%
checks.implied_workforce(implied_workforce, work)

# %% [markdown]
# ### Step 4: how sensitive is the verdict to the workforce estimate?
#
# Workforce estimates differ between reports and sources (see the table above). For each
# benchmark, the **break-even** workforce is the largest the employed inspectors can cover.
# Make `break_even` a dict from benchmark to that workforce; then say whether, over the
# range of estimates the reports give for Kazakhstan, the verdict depends on the workforce
# estimate (`depends_on_workforce`) and whether it depends on the benchmark
# (`depends_on_benchmark`).

# %% tags=["solution"]
# Your turn: break-even workforce per benchmark, and what the verdict depends on.
break_even = {b: employed * b for b in (10_000, 15_000, 20_000, 40_000)}
estimates = statements.query("country == 'Kazakhstan'")["workforce"]
depends_on_workforce = any(estimates.min() < w <= estimates.max() for w in break_even.values())
depends_on_benchmark = needed["meets"].nunique() > 1
print({b: f"{w:,.0f}" for b, w in break_even.items()}, depends_on_workforce,
      depends_on_benchmark)

# %%
checks.sensitivity(break_even, depends_on_workforce, depends_on_benchmark, work)

# %% [markdown]
# A table of the same, over a range of workforces around the estimates:

# %%
in_2017 = inspectors.query("country == 'Kazakhstan' and report_year == 2017")["value"].iloc[0]
grid = pd.DataFrame({"workforce": range(6_000_000, 12_500_001, 500_000)})
for b in (10_000, 15_000, 20_000, 40_000):
    grid[f"meets 1:{b:,}"] = grid["workforce"] / b <= in_2017
print(grid.to_string(index=False))

# %% [markdown]
# ### Step 5: which benchmark applies?
#
# Which benchmark does each report apply to Kazakhstan (2017) and to Guinea (2016)? Read
# their sentences (the `economy_category` column holds what the package read), then write
# two or three sentences on whether you agree: what makes an economy "in transition" or
# "less developed", and what would change if another benchmark were applied?

# %% tags=["solution"]
# Your turn: workers per inspector of the benchmark each report applies.
benchmark_kazakhstan = 20_000
benchmark_guinea = 40_000

# %%
checks.benchmarks(benchmark_kazakhstan, benchmark_guinea, work)

# %% [markdown] tags=["solution"]
# *A possible answer.* The ILO's "transition economies" are the former planned economies of
# Central and Eastern Europe and Central Asia; Kazakhstan is one, and the reports apply
# 1:20,000. By that benchmark its 320 inspectors fall short by about 125; by the 1:40,000 of
# less developed economies they would suffice, and by 1:15,000 the shortfall would double.
# Guinea is a least developed country, so 1:40,000 applies; its 53 inspectors for over 5.3
# million workers are far below even that. The benchmark is a judgement about the economy,
# and it moves the verdict much more than any plausible error in the workforce estimate.

# %% [markdown]
# ## To take away
#
# * Recompute a report's figures from its own inputs: a stated figure may rest on another
#   workforce than the one the report prints.
# * Before trusting a verdict, find what it depends on: here the benchmark, not the
#   workforce estimate.
# * The package's `inspector_ratio` notebook does all this for any country in `data/clean`,
#   with the workforce and benchmark as parameters (`papermill
#   notebooks/inspector_ratio.ipynb out.ipynb -p workforce 9000000 -p benchmark 15000`).
