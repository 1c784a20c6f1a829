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
# # Exercise 2: When a report changes its wording (about 40 minutes)
#
# The package maps each printed row label of a table to a measure through a data file,
# `analysis/data/enforcement_labels.csv`: one regex per label. A label it does not know is
# not dropped: the row is kept with its figures, its measure left empty, and a warning
# names it. The measures themselves are the data contract: a fixed list in
# `analysis/schema.py` (`MEASURES`), which every table is checked against before it is
# written. Here you meet an unknown label in a real profile (Guinea, 2016), decide what it
# is, teach it to a **copy** of the package, and prove with the scorer that agreement with an
# answer key rose and that nothing else changed. You will
#
# 1. decide whether the unknown label is a new wording of a known row or a measure of its own,
# 2. add a row for it to your copy's label file,
# 3. add its measure to your copy's contract,
# 4. rerun,
# 5. score both runs against the workshop's key,
# 6. show that only the new label's rows changed.
#
# Cells starting with `# Your turn` are yours (replace each `None`); the check below each
# says `right` or `not yet`. Everything is written to a work folder
# (`notebooks/workshop/work/02_new_wording/`), never to `data/` or `analysis/`.

# %%
import csv

import checks
import kit
import pandas as pd

pd.set_option("display.width", 120)

# %% [markdown]
# ## The first run
#
# The excerpt (`fixtures/excerpts/dol_2016_guinea.txt`, cut from ILAB's 2016 profile as
# converted by `pdftotext`) is copied into the work folder, and so is the package
# (`kit.copy_package`). The copy, unchanged, cleans the excerpt as the package would
# (`python -m analysis clean --raw ... --out ...`).

# %%
work = kit.work_dir("02_new_wording")
raw = kit.gather_raw(work / "raw", seeds=False, excerpts=("dol_2016_guinea.txt",))
package = kit.copy_package(work / "package")
print(kit.clean(raw, work / "clean_before", package=package))
before = kit.tables(work / "clean_before")
print("\n".join(before["warnings"]["message"]))

# %% [markdown]
# Table 6 is "flowed": `pdftotext` printed the row labels first, one per line, then each
# year's column as a block of its own. The package fits the values back to the labels.

# %%
kit.show_lines((raw / "dol_2016_guinea.txt").read_text(encoding="utf-8"),
               "Table 6. Labor Law Enforcement", 23)

# %% [markdown]
# The row with the unknown label was kept, with its figures and offsets, and an empty
# measure:

# %%
columns = ["data_year", "measure", "value", "unit", "status", "label"]
rows = before["enforcement"]
print(rows[rows["measure"].isna()][columns].to_string(index=False))

# %% [markdown]
# ### Step 1: a new wording, or a new measure?
#
# Read the vocabulary's rows for the labour table (below) and the labels printed around the
# unknown one. Is "Number of Penalties Imposed" another wording of a row the vocabulary
# knows (so that row's pattern should be widened), or a measure of its own?

# %%
labels_file = package / "analysis" / "data" / "enforcement_labels.csv"
vocabulary_rows = pd.read_csv(labels_file)
print(vocabulary_rows.query("role == 'value' and domain == 'labor'")[
    ["pattern", "measure", "unit"]].to_string(index=False))

# %% [markdown]
# <details><summary>Hint</summary>
#
# If it were another wording of "Number of Child Labor Violations for Which Penalties Were
# Imposed", why would the same table print both?
# </details>

# %% tags=["solution"]
# Your turn: True if it is another wording of a known row, False if a measure of its own.
same_as_a_known_row = False

# %%
checks.same_measure(same_as_a_known_row)

# %% [markdown]
# ### Step 2: teach the label to your copy
#
# Add one row to your copy's label file, `labels_file` (never to `analysis/data/` itself),
# with a value (possibly empty) for every column of its header. The columns that matter
# here are `pattern` (a regex matched in full against the label in lower case with single
# spaces), `domain`, `measure`, `unit` and `role`. Call the measure `penalties_imposed`:
# that is the name the workshop's answer key uses.
#
# <details><summary>Hint</summary>
#
# Read the header with `next(csv.reader(fh))`, then open the file in append mode (`"a"`) and
# write one row with `csv.DictWriter(fh, fieldnames=header, restval="")`; the other rows of
# the file show what each column holds for a count in the labour table.
# </details>

# %% tags=["solution"]
# Your turn: add the new row to labels_file.
with labels_file.open(encoding="utf-8", newline="") as fh:
    header = next(csv.reader(fh))
with labels_file.open("a", encoding="utf-8", newline="") as fh:
    csv.DictWriter(fh, fieldnames=header, restval="", lineterminator="\n").writerow({
        "pattern": "number of penalties imposed", "domain": "labor",
        "measure": "penalties_imposed", "unit": "count", "role": "value",
    })
print(labels_file.read_text(encoding="utf-8").splitlines()[-1])

# %%
checks.vocabulary_row(package)

# %% [markdown]
# ### Step 3: the contract
#
# Try the copy now: the package refuses to write a measure the contract does not list, and
# says so.

# %%
try:
    kit.clean(raw, work / "clean_after", package=package)
except RuntimeError as refusal:
    message = str(refusal)
    print(f"{message[:100]} ... {message[-60:]}")

# %% [markdown]
# A new wording needs only a vocabulary row. A new measure also changes the contract: every
# user of the tables may meet it, so in the project it is added to `MEASURES` in
# `analysis/schema.py` and to the data contract's list, in one reviewed commit. Add
# `penalties_imposed` to the count measures of **your copy's** `schema.py` (open it in the
# editor, or change it in code).
#
# <details><summary>Hint</summary>
#
# `schema = package / "analysis" / "schema.py"`; its text holds the line `"count": (`.
# Insert the new name, quoted and followed by a comma, right after that opening bracket.
# </details>

# %% tags=["solution"]
# Your turn: add penalties_imposed to the count measures of your copy's schema.py.
schema = package / "analysis" / "schema.py"
opening = '"count": ('
source = schema.read_text(encoding="utf-8")
with schema.open("w", encoding="utf-8") as fh:
    fh.write(source.replace(opening, opening + ' "penalties_imposed",', 1))

# %%
checks.contract(package)

# %% [markdown]
# ### Step 4: run again
#
# Run your copy of the package on the same raw folder into `work / "clean_after"`.

# %% tags=["solution"]
# Your turn: the second run, with your copy, into work / "clean_after".
print(kit.clean(raw, work / "clean_after", package=package))
after = kit.tables(work / "clean_after")

# %%
checks.second_run(work)

# %% [markdown]
# ### Step 5: did agreement rise?
#
# The workshop's answer key (`fixtures/guinea_2016_key.csv`) was written by hand from the
# excerpt's Table 6, in the format of ILAB's own keys; one field, for the new measure, is
# the workshop's. `kit.score(key, folder)` runs the package's scorer and returns
# `(agreed, compared, disagreements)`. Compute the share of the key's values that agree,
# before and after.

# %% tags=["solution"]
# Your turn: the share of agreeing key values before and after (between 0 and 1).
agreed, compared, disagreements = kit.score(kit.GUINEA_KEY, work / "clean_before")
agreement_before = agreed / compared
print(disagreements)
agreed, compared, disagreements = kit.score(kit.GUINEA_KEY, work / "clean_after")
agreement_after = agreed / compared
print(f"{agreement_before:.1%} -> {agreement_after:.1%}")

# %%
checks.agreement(agreement_before, agreement_after, work)

# %% [markdown]
# ### Step 6: did anything else change?
#
# A vocabulary change can reach further than you meant: a pattern that is too wide takes
# another row. Collect in `changed` the rows of `enforcement.csv` that are in one run but
# not in the other (both runs' versions of a changed row).
#
# <details><summary>Hint</summary>
#
# `pd.concat([a, b]).drop_duplicates(keep=False)` keeps the rows found only once.
# </details>

# %% tags=["solution"]
# Your turn: the enforcement rows found in one run only.
changed = pd.concat([before["enforcement"], after["enforcement"]]).drop_duplicates(keep=False)
print(changed[columns].to_string(index=False))

# %%
checks.nothing_else_changed(changed, work)

# %% [markdown]
# ## To take away
#
# * An unknown label is kept and reported, not dropped: the figures were there all along,
#   waiting for a name.
# * A new wording is data (a vocabulary row); a new measure is also a change to the
#   contract, which every user of the tables relies on. Try either on a copy, measure it
#   against a key and check for side effects before it goes into the package with a test.
# * Decide "new wording or new measure" from the document, not from the scorer: here the
#   table itself prints both rows.
# * A scorer must not use the extractor's own vocabulary to decide what a report prints: a
#   label the vocabulary does not know would then vanish from the denominator, and the score
#   could not see the failure you just fixed.
