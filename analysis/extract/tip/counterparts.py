"""What a comparison or a coordinated figure of a TIP sentence refers to ("compared
with 45 in 2016", "(eight in 2016)", "15 forced labor cases and 20 sex trafficking cases",
"This compared to 65 calls received in 2018"), and how it is read from it: the same measure,
and the kind of its counterpart unless it names its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from analysis.extract.numbers import NUMBER
from analysis.extract.tip.hits import Hit
from analysis.extract.tip.kinds import (
    groups_named,
    partition_groups,
    splits_of,
    trafficking_as_a_whole,
)
from analysis.extract.tip.measures import REPORTED
from analysis.extract.tip.phrases import QUALIFIED, counted_noun, head_word, side_by_side
from analysis.extract.tip.sentence import Sentence
from analysis.extract.tip.vocabulary import (
    HEADS,
    source_of,
    verb_alternatives,
    verb_measure,
)

#: A sentence that compares the one before with earlier years: "This compared to 65 calls
#: received in 2018", "This was a decrease from 12 in 2019", "This was a significant decrease
#: compared with 40 victims in 2019".
_THIS_COMPARED = re.compile(
    r"\s*(?:(?:this|that|these|it)\s+(?:(?:figure|number|total)\s+)?(?:(?:was|is|represent(?:s|ed)?|"
    r"mark(?:s|ed)?)\s+)?(?:compared\s+(?:to|with)|(?:an?\s+)?(?:[a-z]+\s+)?(?:increase|decrease|"
    r"rise|drop|decline)\s+(?:from|compared\s+(?:to|with)))|compared\s+(?:to|with))\b", re.I)

#: What ends the clause of a figure before a parenthesis: a comma, a dash or another bracket
#: ("five were girls (...), compared to (...)").
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–]|\s-{1,2}\s")


def _own_clause_compared(sent: Sentence, same: list[Hit], paren: int) -> bool:
    """Whether a parenthesis closes the clause of the last figure, a part of a count whose own
    comparison is given before it ("identified 170 victims (228 in 2019), 106 of whom were
    victims of forced labor (120 in 2019)"): the part's comparison; where the count has none
    yet, a parenthesis after the last of its parts compares the count ("75 victims, including
    35 ..., and 40 for which the form was unclear (38 in 2017)")."""
    part = same[-1]
    whole = part.parent
    return (whole is not None and not _CLAUSE_BREAK.search(sent.text, part.np_end, paren)
            and any(h.comparative and whole.fig.end <= h.fig.start < part.fig.start
                    for h in same))


#: Between a dated figure and the next of its list: "eight cases in 2017, six in 2016", "61 in
#: 2020 and 66 in 2019".
_NEXT_IN_LIST = re.compile(rf"\s*(?:in|during)\s+(?:FY\s*)?(?:19|20)\d\d\s*(?:,\s*(?:and\s+)?|"
                           rf"\s+and\s+){QUALIFIED}", re.I)


#: Between a part and a bare figure compared with it in its own clause: "eight were minors
#: compared with four in 2016"; the part is said in a clause of its own ("were minors"), not
#: an aside of the count ("including 30 children, compared with 60").
_RIGHT_AFTER_PART = re.compile(r"\s*,?\s*(?:compared\s+(?:with|to)|(?:up|down)\s+from)\s+",
                               re.I)
_PART_CLAUSE = re.compile(r"\s+(?:were|was)\b", re.I)


def counterpart(sent: Sentence, hits: list[Hit], hit: Hit, own: dict[str, str]) -> Hit | None:
    """What a comparison or coordinated figure refers to: with a kind of its own, the latest
    figure read; bare, the figure just before; else the latest figure counting the same
    thing (same last word) that was read, or the latest figure read."""
    same = [h for h in hits if h.unit == hit.unit]
    if not same:
        return None
    mapped = [h for h in same if h.role in ("figure", "child")]
    if own:  # a figure of the year reported on pairs with one of that year, not a comparison
        alike = ([h for h in mapped if h.comparative == hit.comparative] or mapped
                 or [h for h in same if h.unsplit and h.comparative == hit.comparative])
        return alike[-1] if alike else None
    if hit.np_end == hit.fig.end:
        paren = sent.text.rfind("(", 0, hit.fig.start)
        if (paren >= same[-1].np_end and ")" not in sent.text[paren:hit.fig.start]
                and (not sent.text[same[-1].np_end:paren].strip()
                     or _own_clause_compared(sent, same, paren))):
            return same[-1]  # "106 of whom were victims of forced labor (120 in 2017)"
        if _NEXT_IN_LIST.fullmatch(sent.text, same[-1].np_end, hit.fig.start):
            return same[-1]  # "(convictions in eight cases in 2017, six in 2016)"
        if (hit.comparative and same[-1].role == "ignore" and same[-1].base
                and sent.segment(hit.fig.start).start >= same[-1].np_end
                and not re.search(r"[;()]", sent.text[same[-1].fig.end:hit.fig.start])):
            # "investigated 340 persons under Article 600 for slavery, compared to 412 in
            # 2017": the comparison of the count its clause follows, set aside as it is
            return same[-1]
        if (hit.comparative and same[-1].role == "unmapped" and not same[-1].comparative
                and sent.segment(hit.fig.start).start >= same[-1].np_end
                and ")" not in sent.text[same[-1].fig.end:hit.fig.start]
                and same[-1].noun and any(h.noun == same[-1].noun for h in same
                                          if h.role in ("figure", "child"))):
            # "bringing the total to 42 victims, a decrease compared with 61 in 2020": the
            # comparison of the figure its clause follows, a count of what a count read
            # before counts, unread as that figure is (not of an unread part in parentheses
            # closed before it, nor of "nine shelters" a count of victims was given at)
            return same[-1]
        if (hit.comparative and same[-1].role == "child"
                and _PART_CLAUSE.match(sent.text, same[-1].fig.end)
                and _RIGHT_AFTER_PART.fullmatch(sent.text, same[-1].np_end, hit.fig.start)):
            return same[-1]  # "eight were minors compared with four in 2016": the minors
        # a part of a count of the sentence before ("Of the 40 victims, nine were children
        # (...)") is its own sentence's top count, not a part of one of its figures
        top = [h for h in same if not any(h.parent is t for t in same)]
        return next((h for h in reversed(top) if h.role in ("figure", "child")),
                    top[-1] if top else same[-1])
    done = re.search(r"([a-z]+)\s+([a-z]+ed)\s*$", sent.text[hit.fig.end:hit.np_end], re.I)
    if (done and not REPORTED.fullmatch(done[2]) and not verb_measure(done[2], hit.noun + "s")
            and "status" not in partition_groups(done[1])):
        # "compared with 38 suspects detained, ...": a verb of no measure; not a status a
        # participle gives ("compared with two officially recognized and three potential")
        return None
    head = head_word(sent, hit)
    alike = [h for h in same if head_word(sent, h) == head and h.role != "unmapped"]
    if alike:
        return alike[-1]
    return next((h for h in reversed(mapped) if h.parent is None), None)


#: "15 of 45 defendants": a figure right before a whole, counting some of it.
SOME_OF = re.compile(r"\b[\w,.-]+\s+of\s+(?:(?:the|these|those)\s+)?$", re.I)
#: "... were for labor trafficking, compared with": the predicate of the some, up to the
#: comparison.
_WERE = re.compile(r"\b(?:were|was)\b(?P<rest>[^;()]*)$", re.I)


def compares_some_of_a_kind(sent: Sentence, other: Hit, hit: Hit, hits: Sequence[Hit]) -> bool:
    """Whether a comparison follows the clause that says what kind some of the count it is
    read with were ("15 of 45 defendants prosecuted in 2015 were for labor trafficking,
    compared with six defendants in 2014"; "Of the 45 defendants, 15 were for labor
    trafficking, compared with six in 2014", the 15 a part of it among ``hits``): it may
    compare those of the kind, not the count, so it is no count of either."""
    some = SOME_OF.search(sent.text, max(0, other.fig.start - 20), other.fig.start)
    part = next((h for h in reversed(hits) if h.parent is other and h.role == "child"
                 and other.fig.end <= h.fig.start < hit.fig.start), None)
    if some is None and part is None:
        return False
    were = _WERE.search(sent.text[(part or other).fig.end:hit.fig.start])
    return were is not None and bool(splits_of(were["rest"], hit.unit).keys() & {"type", "age"})


def compared_before(sent: Sentence, hits: list[Hit], hit: Hit,
                     carried: Hit | None) -> Hit | None:
    """The figure of the sentence before that a sentence opening with a comparison ("This
    compared to 65 calls received in 2018") is compared with, when it counts the same noun."""
    if (not hit.comparative or carried is None or carried.unit != hit.unit
            or not _THIS_COMPARED.match(sent.text)
            or any(h.role in ("figure", "child") and h.unit == hit.unit for h in hits)):
        return None
    phrase = sent.text[hit.fig.end:hit.np_end]
    if phrase and not (carried.noun and re.match(
            rf"\s*(?:[\w-]+\s+){{0,2}}?{re.escape(carried.noun)}s?\b", phrase, re.I)):
        return None
    return carried


#: What a compared figure says it counts by its own words: "25 identified victims", "the 31
#: victims the government identified", "45 cases police investigated" (a verb of the
#: vocabulary before its noun, or after it with its own subject).
_OWN_WORDS = re.compile(
    rf"\s+(?:(?:officially|formally|newly)\s+)?(?P<participle>{verb_alternatives()})\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?P<noun>{HEADS})\b"
    rf"|\s+(?:[\w-]+\s+){{0,2}}?(?P<object>{HEADS})\s+(?:(?:that|whom|which)\s+)?"
    rf"(?P<subject>(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)\s+(?:had\s+|has\s+)?"
    rf"(?P<verb>{verb_alternatives()})\b", re.I)


def measure_of_its_own_words(sent: Sentence, hits: list[Hit],
                             hit: Hit) -> tuple[str, str, dict[str, str]]:
    """The measure, source and kind of a compared figure that no figure of its sentence is
    read before ("The number of victims identified in 2020 marked an increase from the 31
    victims the government identified in 2019"): what its own words say it counts;
    ("", "", {}) when they say nothing of a measure."""
    if not hit.comparative or any(h.role in ("figure", "child") and h.unit == hit.unit
                                  and h.fig.start < hit.fig.start for h in hits):
        return "", "", {}
    found = _OWN_WORDS.match(sent.text, hit.fig.end)
    if found is None:
        return "", "", {}
    if found["participle"]:
        return verb_measure(found["participle"], found["noun"].lower()), "government", {}
    measure = verb_measure(found["verb"], found["object"].lower())
    source = source_of(found["subject"])
    if not measure or source == "other":
        return "", "", {}
    return measure, source, {"source": "_ngo"} if source == "ngo" else {}


def second_of_two_kinds(sent: Sentence, hits: list[Hit], other: Hit, hit: Hit) -> bool:
    """Whether the figure a comparison is read against is the second of two kinds of
    trafficking given side by side with no count of both ("identified 45 sex trafficking
    victims and 12 labor trafficking victims, compared with 60 in 2020"): the comparison, one
    figure alone, compares the count of both, not the last kind; not a comparison listing its
    own figures ("compared with 40 and 10, respectively")."""
    at = next((i for i, h in enumerate(hits) if h is other), 0)
    if (not hit.comparative or at == 0 or other.role != "figure" or other.comparative
            or other.parent is not None or "type" not in other.splits):
        return False
    first = hits[at - 1]
    return (first.role == "figure" and not first.comparative and first.parent is None
            and (first.base, first.year, first.unit) == (other.base, other.year, other.unit)
            and first.splits.get("type", other.splits["type"]) != other.splits["type"]
            and side_by_side(sent, first, other)
            and not re.match(rf"\s*(?:,\s*)?(?:and|or)\s+{QUALIFIED}{NUMBER}",
                             sent.text[hit.np_end:], re.I)
            and not re.search(r"\brespectively\b", sent.text, re.I))


#: In a count's words, a participle of its measure after its noun, passive or not: "victims of
#: forced labor were identified", "labor trafficking victims identified in 2021".
_PARTICIPLE = re.compile(r"\b(?:(?:were|was|had\s+been|have\s+been)\s+)?(?P<verb>[a-z]+ed)\b",
                         re.I)


def subjects_of_one_predicate(sent: Sentence, hits: list[Hit]) -> None:
    """A count coordinated right before a count of the same noun whose measure a participle
    after them both gives ("45 victims of sex trafficking and 12 victims of forced labor were
    identified"): the first is counted by that participle too, with its own kind, not left
    unread as no verb of its own stands before it."""
    for first, second in pairwise(hits):
        if (first.role != "unmapped" or second.role != "figure" or second.parent is not None
                or first.unit != "count" or second.unit != "count"
                or first.comparative or second.comparative
                or counted_noun(sent, first) != counted_noun(sent, second)
                or not side_by_side(sent, first, second)):
            continue
        words = sent.text[second.fig.end:second.np_end]
        noun = counted_noun(sent, second) + "s"
        if not any(verb_measure(m["verb"], noun) == second.base
                   for m in _PARTICIPLE.finditer(words)):
            continue
        first.role, first.base, first.year = "figure", second.base, second.year
        first.source, first.extra = second.source, second.extra
        first.splits = {**{g: m for g, m in second.splits.items() if g == "source"},
                        **splits_of(sent.text[first.fig.end:first.np_end], first.unit)}


#: Between a count named only by its kind and the next count, whose noun it shares: "56 sex
#: trafficking and 64 labor trafficking cases".
_GAPPED = re.compile(r"\s*,?\s*(?:and|or)\s+$", re.I)


def kinds_sharing_a_noun(sent: Sentence, hits: list[Hit]) -> None:
    """A count its words name only by a kind ("56 sex trafficking"), right before "and" and a
    count of another kind with a noun ("64 labor trafficking cases"): both count that noun, so
    the first is read as the second is, with its own kind, wherever the second's measure came
    from (a verb before them, or "involving" after a verb)."""
    for first, second in pairwise(hits):
        if (first.role != "unmapped" or first.headed or "type" not in first.named
                or second.role != "figure" or not second.headed or second.parent is not None
                or first.unit != "count" or second.unit != "count"
                or first.comparative or second.comparative
                or not _GAPPED.match(sent.text[first.np_end:second.fig.start])):
            continue
        own = splits_of(sent.text[first.fig.end:first.np_end], first.unit)
        if own.get("type") in (None, second.splits.get("type")):
            continue
        first.role, first.base, first.year = "figure", second.base, second.year
        first.source, first.extra = second.source, second.extra
        first.splits = {**{g: m for g, m in second.splits.items() if g != "type"}, **own}


def kind_compared(sent: Sentence, hits: list[Hit], hit: Hit) -> dict[str, str]:
    """The kind (splits) of the total just before a comparison counting the same thing ("two
    child victims ..., a decrease from seven victims identified in 2013"), past the earlier
    comparisons of that total ("53 sex trafficking victims, an increase from 49 victims
    identified in 2018, but a decrease from 87 victims identified in 2017")."""
    start = sent.segment(hit.fig.start).start
    before = [h for h in hits if h.fig.end <= start]
    while (len(before) > 1 and before[-1].comparative and before[-1].role == "figure"
           and before[-1].base == hit.base and before[-1].parent is None
           and counted_noun(sent, before[-1]) == counted_noun(sent, hit)):
        before.pop()
    whole = before[-1] if before else None
    if (whole is None or whole.role != "figure" or whole.base != hit.base
            or whole.parent is not None or whole.comparative
            or counted_noun(sent, whole) != counted_noun(sent, hit)):
        return {}
    # only a kind named before the counted noun: "one case of labor trafficking, compared with
    # six cases" compares all cases
    phrase = sent.text[whole.fig.end:whole.np_end]
    noun = re.search(rf"\b(?:{HEADS}|case|investigation|prosecution|conviction)\b", phrase, re.I)
    before_noun = splits_of(phrase[:noun.start()] if noun else phrase, whole.unit)
    general = (trafficking_as_a_whole(sent.text[hit.fig.end:hit.np_end], hit.unit)
               or second_of_two_kinds(sent, hits, whole, hit))
    # a group the comparison names itself is its own, even where one split a row keeps
    # only its age ("compared with one child sex trafficking victim" is not of forced labor)
    own = groups_named(sent.text[hit.fig.end:hit.np_end], hit.unit)
    return {g: m for g, m in whole.splits.items()
            if g not in whole.adjunct and g != "source" and g in before_noun
            and not (general and g == "type") and g not in own}


def take_counterpart(hit: Hit, other: Hit, own: dict[str, str], bare: bool,
                     general: bool = False) -> None:
    """Read a comparison or coordinated figure as its counterpart is read: a comparison
    counts the same kind as the total it is compared with, unless it names its own, or
    (``general``) says it counts trafficking of every kind; a coordinated figure with a noun
    of its own keeps only its own groups (sex, age)."""
    if other.role in ("figure", "child"):
        hit.role, hit.base = "figure", other.base
        hit.compared = other if hit.comparative else None
        # "compared with identifying and referring 727 victims in 2021 and 391 in 2020": a
        # bare count after a comparison of several measures is of them all, as that one is
        hit.extra = other.extra if bare and (not hit.comparative or other.comparative) else ()
        inherited = {g: m for g, m in other.splits.items()
                     if not (general and g == "type")} if bare else {
            g: m for g, m in other.splits.items() if g == "source" or (
                hit.comparative and other.parent is None and g not in other.adjunct
                and not (hit.headed and g in other.named
                         and (other.comparative or g == "age"))
                and not own and not (general and g == "type"))}
        # "(nine foreign victims in 2017)": its own kind only; "compared to seven sex
        # trafficking victims in 2015 and 10 victims in 2014": a compared figure with a noun
        # of its own takes no kind another comparison names for itself, only the kind of the
        # count compared with
        hit.splits = {**inherited, **own}
        hit.source = other.source
        if bare or hit.comparative or not hit.noun or hit.noun == other.noun:
            hit.parts |= other.parts  # "and 40 labor trafficking victims" after "14 men": not men
        if not own and not bare and other.parent is not None:
            hit.splits = {}
    elif other.unsplit and own and not hit.comparative:
        # "322 victims of non-sexual trafficking and 95 victims of sex trafficking": the
        # second names a kind of its own, of the measure the first is of
        hit.role, hit.base, hit.splits, hit.source = "figure", other.base, own, other.source
    else:
        hit.role = "ignore" if other.role == "ignore" else "unmapped"
