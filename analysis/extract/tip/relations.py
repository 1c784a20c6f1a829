"""What the figures of one TIP sentence say of each other, read once every figure has been
read on its own (``reading.read_hits``): comparisons and "respectively" lists, parts and the
totals they add up to, counts hedged or restated ("all of them"), and parts of two kinds.
"""

from __future__ import annotations

import re

from analysis.extract.tip.comparisons import (
    change_of_a_measure,
    defendants_as_the_years_count,
    parallel_comparisons,
    part_compared_in_parentheses,
    respectively,
    reverse_comparisons,
)
from analysis.extract.tip.hits import Hit
from analysis.extract.tip.kinds import partition_groups
from analysis.extract.tip.parts import (
    kinds_listed_twice,
    parts_by_service,
    parts_of_a_count_named_by_value,
    parts_of_two_kinds,
    parts_sharing_a_kind,
    some_of_the_victims_identified,
)
from analysis.extract.tip.restatements import (
    all_counted,
    all_of_a_kind,
    cases_counted_again,
    counted_by_the_agent,
    given_them,
)
from analysis.extract.tip.sentence import Sentence
from analysis.extract.tip.totals import (
    parts_adding_up_to_the_first,
    parts_among,
    parts_of_a_stated_total,
    sums_of_parts,
    totals_of_no_kind,
)


def relate(sent: Sentence, hits: list[Hit], carried: Hit | None) -> list[Hit]:
    """The hits of a sentence, each figure read on its own, with what they say of each other
    applied in order; ``carried`` is the count the sentence before left open."""
    reverse_comparisons(sent, hits)
    respectively(sent, hits)
    parallel_comparisons(sent, hits)
    parts_among(sent, hits)
    sums_of_parts(sent, hits, carried)
    parts_of_a_stated_total(sent, hits)
    _hedged(sent, hits)
    _groups_including_victims(sent, hits)
    _beyond_the_count(sent, hits)
    parts_of_a_count_named_by_value(sent, hits, carried)
    some_of_the_victims_identified(sent, hits)
    defendants_as_the_years_count(sent, hits)
    part_compared_in_parentheses(sent, hits)
    parts_by_service(sent, hits)
    change_of_a_measure(sent, hits)
    hits += all_of_a_kind(sent, hits, carried)
    hits += all_counted(sent, hits, carried)
    hits += cases_counted_again(sent, hits)
    hits += given_them(sent, hits)
    hits += counted_by_the_agent(sent, hits)
    hits += parts_sharing_a_kind(sent, hits)
    parts_of_two_kinds(hits)
    kinds_listed_twice(hits)
    totals_of_no_kind(sent, hits)
    parts_adding_up_to_the_first(hits)
    return hits


_SOME_MAY_BE = re.compile(
    r"\b(?:some|many|most|not\s+all)\s+of\s+(?:whom|which|them|these|those)\s+(?:may|might|could)\s+"
    r"(?:also\s+)?(?:have\s+)?be(?:en)?\s+(?:[\w-]+\s+){0,2}?victims\b"
    r"|,\s*who\s+(?:may|might|could)\s+(?:also\s+)?(?:have\s+)?be(?:en)?\s+(?:[\w-]+\s+){0,2}?"
    r"victims\b"
    r"|,\s*which\s+(?:may|might|could)\s+(?:also\s+)?(?:have\s+)?(?:included?|involved?)\s+"
    r"(?:[\w-]+\s+){0,2}?traffick\w*", re.I)


def _hedged(sent: Sentence, hits: list[Hit]) -> None:
    """Counts said to be only partly of trafficking ("308 victims of sexual exploitation ...,
    some of whom may be trafficking victims", "..., who may also be trafficking victims") are
    of a wider group, and so are their comparisons, and so are counts "which may have
    included labor trafficking"; a stated zero is not ("did not initiate any prosecutions, ...
    persons - some of whom may have been trafficking victims"): "some of whom" are people who
    exist. A semicolon ends the hedge's reach."""
    hedge = _SOME_MAY_BE.search(sent.text)
    if hedge is None:
        return
    clause = sent.text.rfind(";", 0, hedge.start())  # the hedge is of its own clause
    wider = {h.base for h in hits if clause < h.fig.start < hedge.start() and h.unit == "count"
             and h.role in ("figure", "child") and h.fig.value != 0}
    for h in hits:
        if (h.base in wider and h.unit == "count" and h.fig.value != 0
                and (clause < h.fig.start < hedge.start() or h.comparative)):
            h.role = "ignore"


#: ", including potential child trafficking victims": what a count of people includes.
_INCLUDING_VICTIMS = re.compile(r"\s*,?\s*including\s+(?P<words>(?:[\w-]+\s+){0,4}?)victims\b",
                                re.I)


def _groups_including_victims(sent: Sentence, hits: list[Hit]) -> None:
    """A count of people said to include potential victims ("referred 500 at-risk youths,
    including potential trafficking victims") is of a wider group, not of victims, and so
    is its comparison."""
    for h in hits:
        if (h.unit != "count" or h.role not in ("figure", "child") or not h.noun
                or h.noun in ("victim", "survivor")):
            continue
        found = _INCLUDING_VICTIMS.match(sent.text, h.np_end)
        if found and "status" in partition_groups(found["words"]):
            h.role, h.note = "ignore", "a wider group that includes potential victims"


#: "an additional 200", "a further 15": a figure counted beyond one given before.
_ADDITIONAL_BEFORE = re.compile(r"\b(?:an?\s+)?(?:additional|further)\s+$", re.I)


def _beyond_the_count(sent: Sentence, hits: list[Hit]) -> None:
    """A count of one kind "additional" to a count of the same measure and year given before
    in the sentence ("identified 30 victims, all adults, and an additional 200 potential
    child victims") is beyond that count: not a kind of it, nor the count."""
    for i, h in enumerate(hits):
        kinds = {g for g in h.splits if g != "source"}
        if (h.role not in ("figure", "child") or not kinds or h.unit != "count"
                or not _ADDITIONAL_BEFORE.search(sent.text, max(0, h.fig.start - 20),
                                                 h.fig.start)):
            continue
        if any(t.role == "figure" and t.parent is None and t.base == h.base and t.year == h.year
               and not kinds & set(t.splits) for t in hits[:i]):
            h.role, h.note = "ignore", "beyond the count given before, not a kind of it"
