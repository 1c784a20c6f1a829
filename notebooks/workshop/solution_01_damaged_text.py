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
# # Exercise 1: Reading damaged text (about 40 minutes)
#
# The 2010 *Findings* profile of Kazakhstan reached us twice: seed 000 is a transcript of a
# web page that showed it, seed 001 is OCR of the printed pages. Both are damaged, in
# different ways. In this exercise you
#
# 1. compare the two readings of one table and find the damage the package leaves,
# 2. locate it by its character offsets in the raw file,
# 3. write a repair rule for it with the package's rule API (`regex_rule`), guarded so that
#    it fires only where the repair is certain,
# 4. watch your rule's change land in the repairs ledger with raw offsets, and replay the
#    ledger to rebuild the repaired text,
# 5. (if time allows) write a second rule for letters read instead of digits in another
#    OCR run.
#
# **How the exercises work.** Run the cells from the top. A cell that starts with
# `# Your turn` holds names set to `None`: replace each `None` by your answer, run the cell,
# then run the check below it. A check says `right` or `not yet` and why; it never changes
# anything. Hints are folded under *Hint*. Nothing here writes to `data/` or `analysis/`.

# %%
import difflib
import re

import checks
import kit
import pandas as pd

from analysis.repair import regex_rule, repair
from analysis.repair.ledger import replay

# %% [markdown]
# ## 1. Two readings of one table
#
# `kit.seed` reads a raw seed file (never modified) with what the clean run detected about it.
# `kit.show_lines` prints lines with their offset in the text and `repr`, so that trailing
# spaces and doubled marks show.

# %%
ocr = kit.seed("001")
web = kit.seed("000")
print(f"{ocr.file}: {ocr.layout}   {web.file}: {web.layout}")
kit.show_lines(ocr.text, "Statistics on Working Children", 8)

# %% [markdown]
# The web transcript flows the same table into one long line, together with a running header
# of the printed volume:

# %%
start = web.text.index("Statistics on Working Children")
print(start, repr(web.text[start : start + 260]))

# %% [markdown]
# The package repairs each text with the rules chosen for its layout (`repair` returns a
# `RepairLedger`: the repaired text and every change). Here are both repaired tables.

# %%
ocr_ledger = repair(ocr.text, layout=ocr.layout, series=ocr.series, country=ocr.country)
web_ledger = repair(web.text, layout=web.layout, series=web.series, country=web.country)
for name, ledger in (("OCR", ocr_ledger), ("web", web_ledger)):
    start = ledger.text.index("Statistics on Working Children")
    print(f"{name}: {ledger.text[start : ledger.text.index('Prevalence', start)]!r}")

# %% [markdown]
# ### Step 1: where do the two repaired tables disagree?
#
# Split each repaired table (from its title to the heading "Prevalence and Distribution")
# into words and collect the pairs that differ, as `(word in the web transcript, word in
# the OCR)`.
#
# <details><summary>Hint</summary>
#
# `difflib.SequenceMatcher(a=web_words, b=ocr_words, autojunk=False).get_opcodes()` lists
# the stretches that are `equal` and those that are not.
# </details>

# %% tags=["solution"]
# Your turn: the list of (web word, OCR word) pairs where the repaired tables differ.
def table_words(text):
    start = text.index("Statistics on Working Children")
    return text[start : text.index("Prevalence and Distribution", start)].split()


web_words, ocr_words = table_words(web_ledger.text), table_words(ocr_ledger.text)
matcher = difflib.SequenceMatcher(a=web_words, b=ocr_words, autojunk=False)
differences = [
    (" ".join(web_words[i1:i2]), " ".join(ocr_words[j1:j2]))
    for op, i1, i2, j1, j2 in matcher.get_opcodes()
    if op != "equal"
]
print(differences)

# %%
checks.table_differences(differences)

# %% [markdown]
# Which reading is right? Look at the note printed under the table in both readings: it
# begins with a mark that must point at a figure in the table.
#
# The package has already repaired some damage in these tables. The ledger's rows say what,
# by which rule, and where in the **raw** file (`start`, `end`): in the web transcript a
# running header sat inside the table, and both readings print "yrs.." (a slip of the printed
# report itself).

# %%
def ledger_rows_in(ledger, raw_start, raw_end):
    """The ledger's rows whose raw span lies in [raw_start, raw_end)."""
    rows = pd.DataFrame(ledger.rows())
    return rows[(rows["start"] >= raw_start) & (rows["end"] <= raw_end)]


for name, doc, ledger in (("web", web, web_ledger), ("OCR", ocr, ocr_ledger)):
    start = doc.text.index("Statistics on Working Children")
    end = doc.text.index("Prevalence and Distribution", start)
    print(name)
    print(ledger_rows_in(ledger, start, end).to_string(index=False))

# %% [markdown]
# ### Step 2: where is the damage in the raw file?
#
# Give the raw offsets `[damage_start, damage_end)` of the misread character(s) in seed
# 001's **raw** text (`ocr.text`), so that `ocr.text[damage_start:damage_end]` is exactly
# what was misread and nothing more.
#
# <details><summary>Hint</summary>
#
# `ocr.text.index("...")` finds a piece of text; add the length of what comes before the
# mark.
# </details>

# %% tags=["solution"]
# Your turn: raw offsets of the misread character(s) in seed 001.
row_start = ocr.text.index("Working 5-14 yrs. 3.2%")
damage_start = row_start + len("Working 5-14 yrs. 3.2")
damage_end = damage_start + 1
print(repr(ocr.text[damage_start - 10 : damage_end + 5]))

# %%
checks.damage_offsets(ocr.text, damage_start, damage_end)

# %% [markdown]
# ### Step 3: a repair rule, guarded
#
# A rule takes a text and returns `(new text, edits)`. `regex_rule(pattern, replacement,
# group="x")` makes one from a regex: it replaces the named group `x` of every match, and
# the rest of the match is a **guard**, context that must be there for the change to be
# certain. The package's own rules are built this way (see `analysis/repair/ocr.py` and
# `analysis/data/repair_ocr_confusions.csv`).
#
# Write `asterisk_rule`, which puts back the printed mark on the table row where OCR misread
# it. It runs after the package's rules, on `ocr_ledger.text`. It must not fire in any other
# seed, nor on a table without the note line (there a percent sign could be what was
# printed), nor on another row of the table.
#
# <details><summary>Hint 1</summary>
#
# Anchor on the row: `^Working ` with `re.MULTILINE`; the mark is the last character of the
# line.
# </details>
# <details><summary>Hint 2</summary>
#
# A lookahead `(?=...)` can look a few lines further down, `(?:\n.*){0,4}`, for the note
# line, without making it part of the match.
# </details>

# %% tags=["solution"]
# Your turn: a rule made with regex_rule that restores the printed mark.
asterisk_rule = regex_rule(
    re.compile(
        r"^Working [^\n]*\d(?P<x>%)$(?=(?:\n.*){0,4}\n\* Population of working children)",
        re.MULTILINE,
    ),
    "*",
    group="x",
)
print(asterisk_rule(ocr_ledger.text)[1])

# %%
checks.asterisk_rule(asterisk_rule)

# %% [markdown]
# ### Step 4: the ledger
#
# The ledger records each rule's edits in **raw** offsets, however many rules ran before
# it, and replaying its rows on the raw text rebuilds the repaired text exactly
# (`data/clean/repairs.csv` holds these rows for every seed, and a test replays them).
#
# Start from a fresh ledger of seed 001, run your rule on its text, record the edits with
# `ledger.apply("workshop.asterisk_for_percent", edits)`, find the row of your rule among
# `ledger.rows()` and replay all rows on the raw text with `replay(raw, rows)`.

# %% tags=["solution"]
# Your turn: the ledger with your rule applied, your rule's row, and the replayed text.
ledger = repair(ocr.text, layout=ocr.layout, series=ocr.series, country=ocr.country)
_, edits = asterisk_rule(ledger.text)
ledger.apply("workshop.asterisk_for_percent", edits)
my_row = next(row for row in ledger.rows() if row.rule == "workshop.asterisk_for_percent")
replayed = replay(ocr.text, ledger.rows())
print(my_row)

# %%
checks.ledger_row(ocr.text, ledger, my_row, replayed)

# %% [markdown]
# Here your edit's offset in the repaired text and in the raw file happen to be equal: no
# earlier change near the top of the file altered its length. In the web transcript, whose
# page header (7,459 characters) was removed first, the running header in the table sits at
# raw offset 7,958 but near position 500 of the repaired text; the ledger maps one to the
# other (`ledger.raw_span(start, end)`).

# %%
head = next(r for r in web_ledger.rows() if r.rule == "furniture.inline_country_heads")
print(head)
print(web_ledger.raw_span(500, 520))

# %% [markdown]
# ### Step 5 (if time allows): letters for digits
#
# Real tesseract OCR of two 2016 profiles (an excerpt of Table 6 each, in
# `fixtures/ocr/`) prints the labour inspectorate's funding of "$0" as `SO`. The package
# cannot read such a cell and leaves it out with a warning.

# %%
chad, gabon = kit.ocr_table("chad_2016_table6"), kit.ocr_table("gabon_2016_table6")
kit.show_lines(chad, "Labor Inspectorate Funding", 2)
kit.show_lines(gabon, "Labor Inspectorate Funding", 1)

# %% [markdown]
# Write `dollar_rule`, which reads such a cell as `$0`, and nothing else: not "ALSO (3)",
# not "SOS (2)", not the word "SO" in a sentence.
#
# <details><summary>Hint</summary>
#
# A cell of these tables is followed by its citation, a number in brackets. A lookbehind
# can require that nothing but white space stands before the cell.
# </details>

# %% tags=["solution"]
# Your turn: a rule that reads a "SO" cell as "$0".
dollar_rule = regex_rule(re.compile(r"(?<!\S)SO(?= \(\d{1,3}\))"), "$0")
print(dollar_rule(chad)[1], dollar_rule(gabon)[1])

# %%
checks.dollar_rule(dollar_rule)

# %% [markdown]
# ## To take away
#
# * Two readings of one document are the cheapest way to find damage: a difference means at
#   least one of them is wrong.
# * A repair rule is small, named and guarded; the guard is what makes it certain. Ask of
#   each rule where it could fire wrongly, and test it there.
# * Raw text is never edited: every change is a ledger row with raw offsets, and replaying
#   the ledger gives back the repaired text, so every figure can be traced to the bytes it
#   was read from.
# * In the package a rule lives in `analysis/repair/` (or as a row of a data file such as
#   `analysis/data/repair_ocr_confusions.csv`), with a unit test on a real excerpt.
