"""What the figures of one TIP sentence say of each other, read once every figure has been
read on its own (``reading.read_hits``): comparisons and "respectively" lists, parts and the
totals they add up to, counts hedged or restated ("all of them"), and parts of two kinds.
"""

from __future__ import annotations

import re

from analysis.extract.numbers import NUMBER, Figure, parse_number
from analysis.extract.tip.comparisons import (
    change_of_a_measure,
    defendants_as_the_years_count,
    parallel_comparisons,
    part_compared_in_parentheses,
    respectively,
    reverse_comparisons,
)
from analysis.extract.tip.hits import Hit
from analysis.extract.tip.kinds import mixed_kinds, partition_groups, splits_of
from analysis.extract.tip.phrases import QUALIFIED, figure_clause_end
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
    _parts_of_a_count_named_by_value(sent, hits, carried)
    _some_of_the_victims_identified(sent, hits)
    defendants_as_the_years_count(sent, hits)
    part_compared_in_parentheses(sent, hits)
    _parts_by_service(sent, hits)
    change_of_a_measure(sent, hits)
    hits += all_of_a_kind(sent, hits, carried)
    hits += all_counted(sent, hits, carried)
    hits += cases_counted_again(sent, hits)
    hits += given_them(sent, hits)
    hits += counted_by_the_agent(sent, hits)
    hits += _parts_sharing_a_kind(sent, hits)
    _parts_of_two_kinds(hits)
    _kinds_listed_twice(hits)
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


def _kinds_listed_twice(hits: list[Hit]) -> None:
    """Parts of one count that share a kind ("12 cases of labor trafficking in construction,
    14 cases of labor trafficking in agriculture") are each some of that kind: none of them
    is the count of the kind, so none is its split."""
    groups: dict[tuple[int, frozenset[tuple[str, str]]], list[Hit]] = {}
    for h in hits:
        if h.role == "child" and h.parent is not None and h.restates is None:
            kinds = frozenset((g, m) for g, m in h.splits.items() if g != "source")
            groups.setdefault((id(h.parent), kinds), []).append(h)
    for group in groups.values():
        if len(group) > 1:
            for h in group:
                h.role, h.note = "ignore", "one of several parts of one kind"


#: "... were victims of forced labor": the predicate parts listed before it share.
_SHARED_PREDICATE = re.compile(r"\s*(?:were|was)\s+(?P<kind>[^.;,()]{1,80})", re.I)
#: Between two parts of such a list: "27 children and 149 adults".
_PART_JOIN = re.compile(rf"\s*(?:,\s*)?(?:and\s+)?{QUALIFIED}", re.I)


def _predicate_after_noun(sent: Sentence, hit: Hit) -> re.Match[str] | None:
    """The predicate right after a figure's one-word noun ("149 adults were victims of ...")."""
    noun = re.match(r"\s*[A-Za-z]+", sent.text[hit.fig.end:])
    return _SHARED_PREDICATE.match(sent.text, hit.fig.end + noun.end()) if noun else None


def _parts_sharing_a_kind(sent: Sentence, hits: list[Hit]) -> list[Hit]:
    """Parts of a count named by who they are, listed with one predicate naming their kind
    ("Of the 214 victims, 27 children and 149 adults were victims of forced labor"): together
    they are the count of that kind (176 victims of forced labor), each alone a part of two
    kinds, left out."""
    out = []
    i = 0
    while i < len(hits):
        run = [hits[i]]
        while (i + len(run) < len(hits) and not _predicate_after_noun(sent, run[-1])
               and _PART_JOIN.fullmatch(sent.text, run[-1].np_end, hits[i + len(run)].fig.start)):
            run.append(hits[i + len(run)])
        i += len(run)
        whole = run[0].parent
        nouns = [re.match(r"\s*([A-Za-z]+)", sent.text[h.fig.end:h.np_end]) for h in run]
        groups = {partition_groups(n[1]) & {"age", "sex"} if n else frozenset() for n in nouns}
        predicate = _predicate_after_noun(sent, run[-1])
        if (len(run) < 2 or whole is None or predicate is None or len(groups) != 1
                or not next(iter(groups)) or any(h.parent is not whole or h.unit != "count"
                                                 or h.comparative for h in run)):
            continue
        kind = {g: m for g, m in splits_of(predicate["kind"], "count").items() if g == "type"}
        if not kind or mixed_kinds(predicate["kind"]):
            continue
        total = sum(h.fig.value for h in run)
        fig = Figure(total, run[0].fig.start, run[-1].fig.end, sent.text[run[0].fig.start:
                                                                         run[-1].fig.end])
        out.append(Hit(fig, "count", run[0].at, role="child", base=whole.base,
                       splits={**{g: v for g, v in whole.splits.items() if g == "source"},
                               **kind},
                       year=whole.year, label_start=run[0].fig.start,
                       label_end=predicate.end(), np_end=predicate.end(), parent=whole,
                       source=whole.source, offset=sent.offset,
                       note="sum of the parts printed, of the kind they share"))
        for h in run:
            h.role, h.note = "ignore", "a part of two kinds (who they are, and the kind)"
    return out


def _parts_of_two_kinds(hits: list[Hit]) -> None:
    """The children among a count of one kind of trafficking ("95 victims of sex trafficking,
    including 26 children") are not all the children nor all of that kind: left out, one
    split a row. Foreign victims of one kind stay a row of both ("nine were foreign victims,
    including two victims of forced labor": the contract has the measure of the two splits)."""
    for h in hits:
        groups = {g for g in h.splits if g != "source"}
        if h.role == "child" and "age" in groups and len(groups) >= 2:
            h.role, h.note = "ignore", "children of one kind of trafficking"


#: "with emergency assistance", "to medium-term care": the kind of service a count received.
_SERVICE_KIND = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:with|to|for)\s+(?P<kind>(?:[\w-]+\s+){1,2}?)"
                           r"(?:assistance|services|care|support|aid)\b", re.I)


def _parts_by_service(sent: Sentence, hits: list[Hit]) -> None:
    """Counts of victims told apart by the kind of service each received ("provided 37
    victims with emergency assistance and 59 with medium-term assistance", and their
    comparison) are parts by service, not the number of victims assisted."""
    kinds: dict[int, str] = {}
    for i, h in enumerate(hits):
        if h.unit != "count" or h.role == "child":
            continue
        found = _SERVICE_KIND.match(sent.text, h.fig.end, figure_clause_end(sent, h.fig))
        if found:
            kinds[i] = " ".join(found["kind"].lower().split())
    for comparative in (False, True):
        group = [i for i in kinds if hits[i].comparative == comparative]
        if len({kinds[i] for i in group}) < 2 or not any(
                hits[i].base == "victims_assisted" for i in group):
            continue
        for i in group:
            hits[i].role, hits[i].note = "ignore", "a part by the kind of service received"


_OF_THE_VALUE = re.compile(rf"\s+of\s+(?:the|these|those)\s+(?P<n>{NUMBER})\b", re.I)

_REMAINING = re.compile(r"\bthe\s+(?:remaining|other)\s+$", re.I)

#: An aside between commas that says something of some of a count ("including one child",
#: "four of whom were children"): not the kind of the whole count.
_PART_ASIDE = re.compile(r",\s*(?:including\b|[\w-]+\s+of\s+(?:whom|which)\b)[^,;]*,", re.I)

_PART_CLAUSE_END = re.compile(r"[;.]|,\s*(?:while|whereas|and|but)\b", re.I)


def _predicate_kind(sent: Sentence, start: int) -> dict[str, str]:
    """The kind of trafficking the predicate after a part names, asides left out ("Seventeen
    of the 24 victims, including one child, were exploited in labor trafficking")."""
    end = _PART_CLAUSE_END.search(sent.text, start)
    words = _PART_ASIDE.sub(",", sent.text[start:end.start() if end else len(sent.text)])
    return {g: m for g, m in splits_of(words, "count").items() if g == "type"}


def _parts_of_a_count_named_by_value(sent: Sentence, hits: list[Hit],
                                     carried: Hit | None) -> None:
    """"Seventeen of the 24 victims ... were exploited in labor trafficking, while the
    remaining seven ... were identified as victims of sex trafficking": parts, by the kind
    their predicate names, of the count of 24 given before; what is said of some of a part
    ("four of whom were children") is not said of the whole."""
    whole: Hit | None = None
    last_part: Hit | None = None
    for i, h in enumerate(hits):
        if h.unit != "count" or h.role not in ("unmapped", "ignore") or h.comparative:
            continue
        named = _OF_THE_VALUE.match(sent.text, h.fig.end)
        if named is not None:
            value = parse_number(named["n"])
            earlier = [t for t in (*([carried] if carried is not None else []), *hits[:i])
                       if t.role == "figure" and t.parent is None and not t.comparative
                       and t.unit == "count" and t.fig.value == value]
            kind = _predicate_kind(sent, named.end())
            if not earlier or not kind or value <= h.fig.value:
                continue
            whole = earlier[-1]
            restated = next((t for t in hits[i + 1:] if t.fig.start == named.start("n")), None)
            if restated is not None:
                restated.role, restated.parent = "ignore", whole
        elif whole is not None and _REMAINING.search(sent.text, 0, h.fig.start):
            kind = _predicate_kind(sent, h.np_end)
            if not kind:
                continue
        else:
            continue
        h.role, h.base, h.parent, h.year = "child", whole.base, whole, whole.year
        h.splits, h.source = {**whole.splits, **kind}, whole.source
        last_part = h
    if last_part is None:
        return
    for h in hits:
        if (h.parent is whole and h.role == "child" and h is not last_part
                and re.match(r"\s*,\s*$", sent.text[last_part.np_end:h.fig.start])):
            h.role, h.note = "ignore", "some of a part, not of the whole"


#: "of the 95 official and potential victims (60 in 2017)": the victims a part is of, with no
#: verb of another measure, and a comparison in parentheses after them.
_OF_THE_VICTIMS = re.compile(rf"\s+of\s+(?:the|these|those)\s+(?P<n>{NUMBER})\s+"
                             r"(?:(?![a-z]+ed\b)[\w-]+\s+){0,4}?victims\b(?P<paren>\s*\()?", re.I)


def _some_of_the_victims_identified(sent: Sentence, hits: list[Hit]) -> None:
    """Victims identified counted as some of a larger count of victims ("the government
    identified only 33 of the 95 official and potential victims (60 in 2017)") are a part
    of it (the ones one body identified), not the year's count; nor is their comparison."""
    for i, h in enumerate(hits):
        named = _OF_THE_VICTIMS.match(sent.text, h.fig.end)
        if (h.role != "figure" or h.base != "victims_identified" or named is None
                or (parse_number(named["n"]) or 0) <= h.fig.value):
            continue
        h.role, h.note = "ignore", f"some of the {named['n']} victims"
        if named["paren"]:
            for c in hits[i + 1:]:
                if c.fig.start >= named.end() and c.comparative:
                    c.role, c.note = "ignore", "the comparison of a part"
                    break


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
