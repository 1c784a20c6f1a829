"""Properties: no rule and no layout's pipeline raises on any text, and every edit list is
ordered, disjoint and reproduces the rule's output; the ledger replays to the final text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.repair import FACTORIES, LAYOUTS, SERIES, repair
from analysis.repair.ledger import apply_edits, check_edits, replay

# Pieces of the reports that make the rules fire: running heads, marks, markup, numbers.
PIECES = [
    "Kazakhstan",
    "KAZAKHSTAN",
    "KAZAKNSTAN",
    "MODERATE ADVANCEMENT",
    "#### MINIMAL ADVANCEMENT",
    "NO ADVANCEMENT – EFFORTS MADE BUT COMPLICIT IN FORCED CHILD LABOR",
    "2016 FINDINGS ON THE WORST FORMS OF CHILD LABOR",
    "BUREAU OF INTERNATIONAL LABOR AFFAIRS",
    "406 UNITED STATES DEPARTMENT OF LABOR S BUREAU OF INTERNATIONAL LABOR AFFAIRS",
    "COUNTRY PROFILES",
    "Transcription:",
    "Associated documents",
    "Table 6.",
    "In 2016, Chad made a",
    "moderate advancement",
    "<sup>*</sup>",
    "<i>oblast</i> -level",
    '<a href="x">y</a>',
    "&amp;",
    "\\$1.4",
    "**bold**",
    "*per se*",
    "farming.***®",
    "2007.3%%°",
    "is 16. 3057 The",
    "3058",
    "3059",
    "yrs..",
    "INTHE AREA",
    "No. 185-1I",
    "Il. LEGAL FRAMEWORK",
    "5to 14",
    "= Supply",
    "n Reforming",
    "anti-\ntrafficking",
    "child-\nren",
    "(2009 2011)",
    "general s office",
    "7,897† (30)",
    "Unknown* (5)",
    "3.2*",
    "13,808",
    "✓",
    "STORY OF THE WAY\t",
    "\t· · · ·\t",
    "| a | b |",
    "|---|",
    "â€™",
    "Ã©",
    "ﬁ",
    "\u00a0",
    "\u00ad",
    "\ufeff",
    "’",
    "“",
    "–",
    "—",
]
RICH = st.lists(
    st.one_of(
        st.sampled_from(PIECES),
        st.text(alphabet="\n\t\f |*†‡✓0123456789.,-–()aZ#<>/=$%®°’”", max_size=6),
    ),
    max_size=40,
).map("".join)
TEXTS = st.one_of(st.text(), RICH)
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("name", sorted(FACTORIES))
@SETTINGS
@given(text=TEXTS, country=st.sampled_from(["Kazakhstan", "Bosnia and Herzegovina", None]))
def test_every_rule_is_total_and_honest(name: str, text: str, country: str | None) -> None:
    """A rule never raises; its edits are ordered, disjoint and give its output."""
    rule = FACTORIES[name]("dol_findings", country)
    out, edits = rule(text)
    check_edits(text, edits)
    assert apply_edits(text, edits) == out


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("series", SERIES)
@SETTINGS
@given(raw=TEXTS, country=st.sampled_from(["Kazakhstan", "Chad", None]))
def test_every_layout_replays(layout: str, series: str, raw: str, country: str | None) -> None:
    """The whole stage never raises and its ledger replays to exactly the final text."""
    ledger = repair(raw, layout=layout, series=series, country=country)
    assert replay(raw, ledger.rows()) == ledger.text


FIGURES = [
    "13,808",
    "Article 133",
    "Decree No. 944",
    "(2009-2011)",
    "$1.4 million",
    "3.2*",
    "7,897† (30)",
    "Unknown* (5)",
    "(1-5)",
    "(3, 10)",
    "2012–2014",
    "✓",
]
FIGURE_TEXT = (
    "In 2010, inspectors conducted 13,808 child labor inspections.(3, 10) Article 133 of the "
    "Criminal Code and Decree No. 944 apply; the National Action Plan (2009-2011) was funded "
    "for $1.4 million.\n\nWorking 5-14 yrs. 3.2*\n\n"
    "| Number of Labor Inspections Conducted | 7,897† (30) | 10,748 (5) |\n"
    "| Labor Inspectorate Funding | Unknown* (30) | Unknown* (5) |\n\n"
    "Agriculture\tCotton farming† (1-5)\t\n\tILO C. 182, Worst Forms of Child Labor\t✓\n\n"
    "Joint Action Plan 2012–2014\n"
)


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_every_rule_keeps_real_figures(name: str) -> None:
    """Numbers, marks, citations and check marks survive every rule."""
    out, _ = FACTORIES[name]("dol_findings", "Kazakhstan")(FIGURE_TEXT)
    for figure in FIGURES:
        assert figure in out, (name, figure)
