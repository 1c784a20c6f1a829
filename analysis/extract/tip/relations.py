"""What the figures of one TIP sentence say of each other, read once every figure has been
read on its own (``reading.read_hits``): the rules, in the order they are applied. Each rule
lives in the module of what it reads: comparisons, totals (parts and the totals they add up
to), wider_groups (counts of more than their measure), parts, restatements ("all of them"), and
listed (totals given only as a list of parts that do not overlap).
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.extract.tip.comparisons import (
    change_of_a_measure,
    comparisons_set_aside,
    defendants_as_the_years_count,
    parallel_comparisons,
    part_compared_in_parentheses,
    persons_charged_beside_prosecutions,
    respective_comparisons,
    respectively,
    reverse_comparisons,
    same_as_before,
)
from analysis.extract.tip.counterparts import kinds_sharing_a_noun, subjects_of_one_predicate
from analysis.extract.tip.hits import Hit
from analysis.extract.tip.listed import sums_of_listed_parts
from analysis.extract.tip.parts import (
    boys_and_girls_as_the_children,
    counts_of_one_sex,
    girls_as_the_children,
    kinds_listed_twice,
    parts_by_service,
    parts_listed_for_an_earlier_year,
    parts_of_a_count_named_by_value,
    parts_of_both_kinds,
    parts_of_two_kinds,
    parts_sharing_a_kind,
    some_of_the_victims_identified,
    the_part_before_the_rest,
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
    a_part_and_the_rest,
    parts_adding_up_to_the_first,
    parts_among,
    parts_of_a_stated_total,
    sums_of_parts,
    totals_of_no_kind,
)
from analysis.extract.tip.wholes import parts_making_up_their_whole
from analysis.extract.tip.wider_groups import beyond_the_count, groups_including_victims, hedged


def relate(sent: Sentence, hits: list[Hit], carried: Hit | None,
           previous: Sequence[Hit] = ()) -> list[Hit]:
    """The hits of a sentence, each figure read on its own, with what they say of each other
    applied in order; ``carried`` is the count the sentence before left open, ``previous``
    every figure of that sentence."""
    reverse_comparisons(sent, hits)
    respectively(sent, hits)
    parallel_comparisons(sent, hits)
    respective_comparisons(sent, hits)
    subjects_of_one_predicate(sent, hits)
    kinds_sharing_a_noun(sent, hits)
    parts_among(sent, hits)
    sums_of_parts(sent, hits, carried)
    a_part_and_the_rest(sent, hits)
    parts_of_a_stated_total(sent, hits)
    hedged(sent, hits)
    groups_including_victims(sent, hits)
    beyond_the_count(sent, hits)
    parts_of_a_count_named_by_value(sent, hits, carried)
    the_part_before_the_rest(sent, hits)
    some_of_the_victims_identified(sent, hits)
    defendants_as_the_years_count(sent, hits)
    persons_charged_beside_prosecutions(sent, hits)
    part_compared_in_parentheses(sent, hits)
    parts_by_service(sent, hits)
    change_of_a_measure(sent, hits)
    hits += all_of_a_kind(sent, hits, carried, previous)
    hits += all_counted(sent, hits, carried)
    hits += cases_counted_again(sent, hits)
    hits += given_them(sent, hits)
    hits += counted_by_the_agent(sent, hits)
    hits += parts_sharing_a_kind(sent, hits)
    girls_as_the_children(sent, hits)
    hits += boys_and_girls_as_the_children(sent, hits)
    parts_of_both_kinds(sent, hits)
    parts_of_two_kinds(hits)
    parts_listed_for_an_earlier_year(sent, hits)
    kinds_listed_twice(sent, hits)
    totals_of_no_kind(sent, hits)
    parts_adding_up_to_the_first(hits)
    parts_making_up_their_whole(hits)
    comparisons_set_aside(sent, hits)
    hits += same_as_before(sent, hits)
    hits += sums_of_listed_parts(sent, hits, carried)
    counts_of_one_sex(sent, hits)
    return hits
