"""Parts of a count that are not its kinds' counts in a TIP sentence: parts that share a
kind or are of two kinds, parts by the service received, parts named by the count's value
("Seventeen of the 24 victims ..., while the remaining seven ..."), and victims identified as
some of a larger count of victims.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.extract.numbers import NUMBER, Figure, parse_number
from analysis.extract.tip.hits import Hit
from analysis.extract.tip.kinds import kind_named, mixed_kinds, partition_groups, splits_of
from analysis.extract.tip.phrases import QUALIFIED, figure_clause_end, paren_of
from analysis.extract.tip.sentence import Sentence
from analysis.extract.tip.vocabulary import partitions

#: The note of a part set aside as one of several of the same kind.
SHARED_KIND = "one of several parts of one kind"
#: The note of the first of such parts once it holds the sum of them all.
KIND_SUM = "the sum of the parts of its kind"


def kinds_listed_twice(sent: Sentence, hits: list[Hit]) -> None:
    """Parts of one count that share a kind ("12 cases of labor trafficking in construction,
    14 cases of labor trafficking in agriculture") are each some of that kind: none of them
    is the count of the kind, so none is its split; so also where one of them is kept as a
    count of children ("one for sex trafficking of a child, one for sex trafficking of an
    adult": the second is not the sex trafficking count). A list in parentheses is a list of
    its own ("19 were subjected to sex trafficking, ... (in 2018, 11 were subjected to sex
    trafficking, ...)")."""
    groups: dict[tuple[int, int, frozenset[tuple[str, str]]], list[Hit]] = {}
    named: dict[tuple[int, int, str], list[Hit]] = {}
    for h in hits:
        if h.role == "child" and h.parent is not None and h.restates is None:
            kinds = frozenset((g, m) for g, m in h.splits.items() if g != "source")
            inside = paren_of(sent.text, h.fig.start)
            groups.setdefault((id(h.parent), inside, kinds), []).append(h)
            if kind := kind_named(sent.text[h.fig.end:h.np_end], h.unit):
                named.setdefault((id(h.parent), inside, kind), []).append(h)
    for group in groups.values():
        if len(group) > 1:
            for h in group:
                h.role, h.note = "ignore", SHARED_KIND
    for (_, _, kind), group in named.items():
        if len(group) > 1:
            for h in group:
                if h.splits.get("type") == kind:
                    h.role, h.note = "ignore", SHARED_KIND


#: "... were victims of forced labor": the predicate parts listed before it share.
_SHARED_PREDICATE = re.compile(r"\s*(?:were|was)\s+(?P<kind>[^.;,()]{1,80})", re.I)
#: Between two parts of such a list: "27 children and 149 adults".
_PART_JOIN = re.compile(rf"\s*(?:,\s*)?(?:and\s+)?{QUALIFIED}", re.I)


def _predicate_after_noun(sent: Sentence, hit: Hit) -> re.Match[str] | None:
    """The predicate right after a figure's one-word noun ("149 adults were victims of ...")."""
    noun = re.match(r"\s*[A-Za-z]+", sent.text[hit.fig.end:])
    return _SHARED_PREDICATE.match(sent.text, hit.fig.end + noun.end()) if noun else None


def parts_sharing_a_kind(sent: Sentence, hits: list[Hit]) -> list[Hit]:
    """Parts of a count named by who they are, listed with one predicate naming their kind
    ("Of the 214 victims, 27 children and 149 adults were victims of forced labor"): together
    they are the count of that kind (176 victims of forced labor), each alone a part of two
    kinds, left out; not the parts of a count nothing was read for (their sum has no measure)."""
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
        if (len(run) < 2 or whole is None or not whole.base or predicate is None
                or len(groups) != 1 or not next(iter(groups))
                or any(h.parent is not whole or h.unit != "count" or h.comparative
                       for h in run)):
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
                       note="sum of the parts printed, of the kind they share", computed=True))
        for h in run:
            h.role, h.note = "ignore", "a part of two kinds (who they are, and the kind)"
    return out


#: "of these", "of them": a part of what was just counted, all of it.
_OF_THESE = re.compile(r"\bof\s+(?:these|those|them|whom)\b", re.I)


def parts_of_both_kinds(sent: Sentence, hits: list[Hit]) -> None:
    """A part "of these" after the two kinds of a year's count given together ("identified 82
    victims of sex trafficking and 114 victims of forced labor in 2016 (...); 64 of these new
    victims were children") is a part of both, the year's count: not of the kind named last."""
    for h in hits:
        whole = h.parent
        if (h.role != "child" or whole is None or "type" not in whole.splits
                or "type" in splits_of(sent.text[h.fig.end:h.np_end], h.unit)
                or not _OF_THESE.search(sent.text, max(0, h.fig.start - 5), h.np_end)):
            continue
        other = [o for o in hits if o is not whole and o.role == "figure" and o.parent is None
                 and not o.comparative and o.base == whole.base and o.year == whole.year
                 and o.fig.start < h.fig.start and "type" in o.splits
                 and o.splits["type"] != whole.splits["type"]]
        if other:
            h.splits = {g: m for g, m in h.splits.items() if g != "type"}
            h.note = "a part of both kinds counted before it"


def parts_of_two_kinds(hits: list[Hit]) -> None:
    """The children among a count of one kind of trafficking ("95 victims of sex trafficking,
    including 26 children") are not all the children nor all of that kind: left out, one
    split a row. Foreign victims of one kind stay a row of both ("nine were foreign victims,
    including two victims of forced labor": the contract has the measure of the two splits)."""
    for h in hits:
        groups = {g for g in h.splits if g != "source"}
        if h.role == "child" and "age" in groups and len(groups) >= 2:
            h.role, h.note = "ignore", "children of one kind of trafficking"


#: A part counted as girls or boys right after its figure ("two girls", "six were girls"), not
#: a mixed group ("four women and girls").
_GIRLS_OR_BOYS = re.compile(r"\s+(?:were\s+)?(?:(?!(?:and|or)\b)[\w-]+\s+){0,2}?(?:girls?|boys?)\b"
                            r"(?!\s+(?:and|or)\s+(?:adult\s+|young\s+)?(?:wom[ae]n|m[ae]n|boys?|girls?|adults?)\b)",
                            re.I)
#: Words that name children in a part of a count.
_CHILD_WORD = re.compile(r"\b(?:girls?|boys?|child(?:ren)?|minors?|juveniles?)\b", re.I)


def girls_as_the_children(sent: Sentence, hits: list[Hit]) -> None:
    """The one part of a count of victims that counts girls or boys ("identified six victims,
    including four adults and two girls") is its children's count where no other part of it
    names children or a kind of trafficking: the rest are adults or of no age, so these are
    all the children."""
    for h in hits:
        whole = h.parent
        if (h.unit != "count" or h.comparative or whole is None or h.role == "child"
                or whole.role != "figure" or whole.parent is not None or whole.comparative
                or not whole.base.startswith("victims")
                or set(whole.splits) - {"source"}  # the children of one kind are not all
                or not _GIRLS_OR_BOYS.match(sent.text, h.fig.end)
                or kind_named(sent.text[h.fig.end:figure_clause_end(sent, h.fig)], "count")):
            continue
        others = [o for o in hits if o is not h and o.parent is whole and o.restates is None]
        if whole.total is not None:
            others.append(whole)  # "80 boys and 50 girls": the first part is the sum's figure
        by_kind = [o for o in others if "type" in o.splits]
        untyped = [o for o in others if "type" not in o.splits and o is not whole]
        complete = sum(o.fig.value for o in (h, *untyped)) == whole.fig.value
        if any(_CHILD_WORD.search(sent.text, o.fig.end, figure_clause_end(sent, o.fig))
               for o in others) or (by_kind and not complete):
            continue  # other children, or parts by kind the girls may be some of one of
            # (not where the parts by age add up to the count: "four adults and two girls
            # —four sex trafficking and two forced labor victims", two partitions)
        h.role, h.base, h.source = "child", whole.base, whole.source
        h.splits = {**whole.splits, "age": "_children"}
        h.parts -= {"sex"}  # all the children: their sex narrows them to nothing smaller
        h.year = h.year or whole.year
        h.note = "the only children among the parts of the count"


#: A part that is only boys or only girls: "104 boys", "52 girls" (no kind, no other words).
_PLAIN_SEX_OF_CHILDREN = re.compile(
    r"\s*(?:(?:were|was)\s+)?(?P<noun>boys?|girls?)(?:\s+(?:trafficking\s+)?victims?)?\s*$", re.I)


#: A part that is the adults alone: "three adults" (the rest of the count are children).
_ADULTS = re.compile(r"adults?(?:\s+(?:trafficking\s+)?victims?)?", re.I)

#: The words before a part's sex: "78 were women", "51 adult males".
_BEFORE_SEX = re.compile(r"^\s*(?:(?:were|was)\s+)?(?:adult\s+)?", re.I)


def _sex_or_age_only(words: str) -> bool:
    """Whether a part's words name its sex alone, or with "adult" ("78 were women", "15 men",
    "35 were girls"), in the words tip_partitions.csv splits victims by sex, or the adults
    alone ("three adults, five girls, and four boys")."""
    rest = _BEFORE_SEX.sub("", words, count=1).strip()
    return (dict(partitions())["sex"].fullmatch(rest) is not None
            or _ADULTS.fullmatch(rest) is not None)


def boys_and_girls_as_the_children(sent: Sentence, hits: list[Hit]) -> list[Hit]:
    """The children of a count of victims given as its parts by sex and age ("383 victims
    —51 adult males, 176 adult females, 104 boys, and 52 girls"): one part of boys and one
    of girls, no other part naming children or a kind, add up to the children (156); parts by
    kind too where the parts by sex and age alone add up to the count ("167 victims; 75 were
    sex trafficking victims, 94 were forced labor victims; 78 were women and 15 were men; 35
    were girls and 39 were boys": two partitions, the second whole)."""
    out = []
    # the count may be the sentence's own or one given before ("Identified victims included 33
    # women, six men, 18 girls, and one boy")
    wholes = {id(h.parent): h.parent for h in hits if h.parent is not None}
    for whole in wholes.values():
        if (whole.role != "figure" or whole.unit != "count" or whole.parent is not None
                or whole.comparative or not whole.base.startswith("victims")
                or set(whole.splits) - {"source"}):
            continue
        parts = [o for o in hits if o.parent is whole and o.restates is None]
        plain = {id(o): _PLAIN_SEX_OF_CHILDREN.match(sent.text[o.fig.end:o.np_end])
                 for o in parts}
        sexes = [m["noun"].lower().rstrip("s") for m in plain.values() if m]
        by_sex_and_age = sum(o.fig.value for o in parts
                             if _sex_or_age_only(sent.text[o.fig.end:o.np_end]))
        # a part by origin is no obstacle ("34 were boys, three were girls ...; this included
        # 244 foreign nationals"), nor one by kind where the parts by sex and age are a
        # partition of their own
        other_partition = by_sex_and_age == whole.fig.value
        if (sorted(sexes) != ["boy", "girl"] or any(
                o.comparative or (("type" in o.splits or o.role == "child")
                                  and set(o.splits) - {"source"} != {"origin"}
                                  and not (other_partition and set(o.splits) & {"type", "origin"}))
                for o in parts)
                or any(not plain[id(o)] and _CHILD_WORD.search(sent.text, o.fig.end, o.np_end)
                       for o in parts)):
            continue
        children = [o for o in parts if plain[id(o)]]
        first = min(children, key=lambda o: o.fig.start)
        last = max(children, key=lambda o: o.fig.start)
        total = sum(o.fig.value for o in children)
        fig = Figure(total, first.fig.start, last.fig.end,
                     sent.text[first.fig.start:last.fig.end])
        out.append(Hit(fig, "count", first.at, role="child", base=whole.base,
                       splits={**whole.splits, "age": "_children"}, year=whole.year,
                       label_start=first.fig.start, label_end=last.np_end, np_end=last.np_end,
                       parent=whole, source=whole.source, offset=sent.offset,
                       note="sum of the boys and girls printed", computed=True))
    return out


#: "with emergency assistance", "to medium-term care": the kind of service a count received.
_SERVICE_KIND = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:with|to|for)\s+(?P<kind>(?:[\w-]+\s+){1,2}?)"
                           r"(?:assistance|services|care|support|aid)\b", re.I)


def parts_by_service(sent: Sentence, hits: list[Hit]) -> None:
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
#: A figure that opens the next part of a list: "... of procurement and two of sex trafficking".
_NEXT_PART = re.compile(r"\s(?:and|or)\s+$", re.I)


def _predicate_kind(sent: Sentence, start: int, later: Sequence[Hit] = ()) -> dict[str, str]:
    """The kind of trafficking the predicate after a part names, asides left out ("Seventeen
    of the 24 victims, including one child, were exploited in labor trafficking"), up to the
    next of ``later`` figures where it opens the next part of a list ("Eight of the 10 were
    found guilty of procurement and two of sex trafficking": the kind is the two's)."""
    nxt = next((h.fig.start for h in later if h.fig.start >= start), None)
    stop = (nxt if nxt is not None and _NEXT_PART.search(sent.text, start, nxt)
            else len(sent.text))
    end = _PART_CLAUSE_END.search(sent.text, start, stop)
    words = _PART_ASIDE.sub(",", sent.text[start:end.start() if end else stop])
    return {g: m for g, m in splits_of(words, "count").items() if g == "type"}


def the_part_before_the_rest(sent: Sentence, hits: list[Hit]) -> None:
    """"Officials sentenced three defendants ... for sex trafficking; the government convicted
    the remaining nine of labor trafficking" after 12 convictions: the rest is a part of the
    12, so the figure before it that adds up with it to the 12 and names a kind of its own
    is the other part, of that kind."""
    for i, rest in enumerate(hits):
        whole = rest.parent
        if (rest.role != "child" or rest.unit != "count" or rest.comparative or whole is None
                or whole.role != "figure" or whole.comparative
                or not _REMAINING.search(sent.text, 0, rest.fig.start)):
            continue
        for part in hits[:i]:
            if (part.unit != "count" or part.role not in ("unmapped", "ignore")
                    or part.comparative or part.parent is not None
                    or part.fig.value + rest.fig.value != whole.fig.value):
                continue
            kind = _predicate_kind(sent, part.fig.end)
            if kind and kind != {g: m for g, m in rest.splits.items() if g == "type"}:
                part.role, part.base, part.parent = "child", whole.base, whole
                part.splits, part.year, part.source = ({**whole.splits, **kind}, whole.year,
                                                       whole.source)
                part.note = f"the rest of the {whole.fig.value:g} is counted after it"


def parts_of_a_count_named_by_value(sent: Sentence, hits: list[Hit],
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
            kind = _predicate_kind(sent, named.end(), hits[i + 1:])
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


def some_of_the_victims_identified(sent: Sentence, hits: list[Hit]) -> None:
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


def counts_of_one_sex(sent: Sentence, hits: list[Hit]) -> None:
    """A count of victims of one sex only and of no kind, no part of a list ("NGOs assisted
    128 male victims"), is some of the victims, not the measure's count: set aside, with what
    its sentence compares it with. Not where its sentence compares it with a count of the same
    measure ("identified 29 female trafficking victims, a decrease from 47 trafficking victims
    identified the previous year": all the year's victims were women). Girls and boys are
    children, read as such elsewhere."""
    for h in hits:
        words = sent.text[h.fig.end:h.np_end]
        if (h.role != "figure" or h.unit != "count" or not h.base.startswith("victims")
                or h.parent is not None or h.total is not None or h.comparative
                or "sex" not in partition_groups(words) or _CHILD_WORD.search(words)
                or "type" in h.splits or any(o.parent is h for o in hits)
                or any(o is not h and o.role in ("figure", "child") and o.base == h.base
                       and o.unit == "count" for o in hits)):
            continue
        h.role, h.note = "ignore", "victims of one sex only"
        for o in hits:
            if o.comparative and o.base in (h.base, *h.extra) and o.fig.start > h.fig.start:
                o.role, o.note = "ignore", "compared with victims of one sex only"


#: "Of the confirmed victims, ...": a sentence opening on the victims of some words.
_OPENS_ON_VICTIMS = re.compile(r"\s*(?:of|among)\s+(?:the|these|those)\s+"
                               r"(?P<words>[^,;()\d]{0,40}?)\s*victims\s*,", re.I)


def parts_of_another_status(sent: Sentence, hits: list[Hit], carried: Hit,
                            carried_words: str) -> None:
    """Parts in a sentence opening "Of the confirmed victims," after a count of another status
    (``carried``, printed as ``carried_words``: "33 presumed victims and 45 confirmed
    victims", the 33 carried) are some of the confirmed victims only: none is a part of the
    count ("36 were from Moldova and four were from Pakistan" are no foreign victims of all
    78)."""
    opening = _OPENS_ON_VICTIMS.match(sent.text)
    status = dict(partitions())["status"]
    named = status.search(opening["words"]) if opening else None
    if named is None or re.search(
            rf"\b{re.escape(named[0])}\b", carried_words, re.I):
        return
    for h in hits:
        if h.parent is carried and h.role == "child":
            h.role, h.note = "ignore", f"some of the {named[0].lower()} victims only"


#: The rest of a part's words up to a parenthesis: " in forced labor ".
_REST_OF_PART = re.compile(r"[^,;:().\d]*")
#: The year that closes a list in parentheses: "... and one in domestic servitude in 2019)".
_CLOSING_YEAR = re.compile(r"\s+in\s+(?P<year>(?:19|20)\d\d)\s*\)")


def parts_listed_for_an_earlier_year(sent: Sentence, hits: list[Hit]) -> None:
    """A list in parentheses right after parts of a count, closed by an earlier year ("seven
    were exploited in sex trafficking and 10 in forced labor (20 were exploited in sex
    trafficking, three in forced labor, two in 'slavery and servitude,' and one in domestic
    servitude through forced marriage in 2019)"), gives the same parts for that year: each is
    of the kind its own words name, or none (no kind of the vocabulary: set aside)."""
    for i, last in enumerate(hits):
        if last.role != "child" or last.parent is None or last.comparative:
            continue
        opened = sent.text.find("(", last.np_end)
        if opened < 0 or not _REST_OF_PART.fullmatch(sent.text, last.np_end, opened):
            continue
        inside = [h for h in hits[i + 1:] if paren_of(sent.text, h.fig.start) == opened]
        closing = _CLOSING_YEAR.search(sent.text, opened)
        if (len(inside) < 2 or closing is None
                or sent.text.find(")", opened) != closing.end() - 1
                or int(closing["year"]) >= last.year
                # "(10 in 2018, three in 2017)": each part has its own year
                or len(re.findall(r"\b(?:19|20)\d\d\b", sent.text[opened:closing.end()])) > 1):
            continue
        year = int(closing["year"])
        for n, h in enumerate(inside):
            end = inside[n + 1].fig.start if n + 1 < len(inside) else closing.start()
            kind = splits_of(sent.text[h.fig.end:end], "count")
            if h.role in ("figure", "child") and h.year == year and h.splits == kind:
                continue  # read for that year by its own words ("(14 children ... in 2017)")
            h.role = "child" if kind else "ignore"
            h.base, h.parent, h.year, h.splits = last.base, last.parent, year, kind
            h.note = f"a part listed for {year}"
