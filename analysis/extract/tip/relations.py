"""What the figures of one TIP sentence say of each other, read once every figure has been
read on its own (``reading.read_hits``): comparisons and "respectively" lists, parts and the
totals they add up to, counts hedged or restated ("all of them"), and parts of two kinds.
"""

from __future__ import annotations

import re
from itertools import pairwise

from analysis.extract.grammar import compiled
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
from analysis.extract.tip.kinds import mixed_kinds, other_crime, partition_groups, splits_of
from analysis.extract.tip.people import other_kind_of_noun
from analysis.extract.tip.phrases import QUALIFIED, figure_clause_end
from analysis.extract.tip.sentence import DENIED, Sentence
from analysis.extract.tip.vocabulary import (
    HEADS,
    nationality,
    source_of,
    verb_alternatives,
    verb_measure,
)


def relate(sent: Sentence, hits: list[Hit], carried: Hit | None) -> list[Hit]:
    """The hits of a sentence, each figure read on its own, with what they say of each other
    applied in order; ``carried`` is the count the sentence before left open."""
    reverse_comparisons(sent, hits)
    respectively(sent, hits)
    parallel_comparisons(sent, hits)
    _parts_among(sent, hits)
    _sums_of_parts(sent, hits, carried)
    _parts_of_a_stated_total(sent, hits)
    _hedged(sent, hits)
    _groups_including_victims(sent, hits)
    _beyond_the_count(sent, hits)
    _parts_of_a_count_named_by_value(sent, hits, carried)
    _some_of_the_victims_identified(sent, hits)
    defendants_as_the_years_count(sent, hits)
    part_compared_in_parentheses(sent, hits)
    _parts_by_service(sent, hits)
    change_of_a_measure(sent, hits)
    hits += _all_of_a_kind(sent, hits, carried)
    hits += _all_counted(sent, hits, carried)
    hits += _cases_counted_again(sent, hits)
    hits += _given_them(sent, hits)
    hits += _counted_by_the_agent(sent, hits)
    hits += _parts_sharing_a_kind(sent, hits)
    _parts_of_two_kinds(hits)
    _kinds_listed_twice(hits)
    _totals_of_no_kind(sent, hits)
    _parts_adding_up_to_the_first(hits)
    return hits


_SOME_MAY_BE = re.compile(
    r"\b(?:some|many|most|not\s+all)\s+of\s+(?:whom|which|them|these|those)\s+(?:may|might|could)\s+"
    r"(?:also\s+)?(?:have\s+)?be(?:en)?\s+(?:[\w-]+\s+){0,2}?victims\b"
    r"|,\s*who\s+(?:may|might|could)\s+(?:also\s+)?(?:have\s+)?be(?:en)?\s+(?:[\w-]+\s+){0,2}?"
    r"victims\b"
    r"|,\s*which\s+(?:may|might|could)\s+(?:also\s+)?(?:have\s+)?(?:included?|involved?)\s+"
    r"(?:[\w-]+\s+){0,2}?traffick\w*", re.I)

#: "all were Jamaican citizens exploited in sex trafficking", "all 12 victims were children",
#: "all of whom were foreign nationals": every one of a count given before is of one kind.
_ALL_WERE = re.compile(
    rf"(?<!\bnot\s)(?<!\balmost\s)(?<!\bnearly\s)(?<!\bvirtually\s)\ball\s+(?:(?P<n>{NUMBER})\s+)?"
    rf"(?:of\s+(?:them|whom|which|these|those|the)\s+)?(?:(?!were\b|was\b)[\w-]+\s+){{0,3}}?"
    rf"(?:were|was)\s+(?P<kind>[^.;,]{{1,100}})", re.I)

#: "34 of 135": a part, then the total it is a part of.
_OF_TOTAL = re.compile(r"\s+of\s+(?:a\s+total\s+of\s+)?")

#: where the words naming what a total counts end and what is said of a part begins
_PREDICATE = re.compile(r"\b(?:involv\w*|concern\w*|relat\w*|were|was|are|had|for|in)\b", re.I)

#: "identified 35 victims, all Nigerian women exploited in sex trafficking", "convicted eight
#: traffickers—all for sex trafficking—": "all" set beside a count, with no verb.
_ALL_APPOSED = re.compile(
    r"(?:,|[—–]|\s-{1,2})\s*all\s+(?!of\b|were\b|was\b|are\b|had\b|have\b|received\b)"
    r"(?:(?:for|in|of)\s+)?(?P<kind>[^.;,—–()]{1,100})", re.I)


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


def _parts_adding_up_to_the_first(hits: list[Hit]) -> None:
    """Figures after a count that add up to it exactly ("first responders referred 190
    potential victims; the police referred 90, social services referred 45, other bodies
    referred 20, and 35 were referred by civil society") are its parts by body, each read on
    its own as a count of the same measure: none of them is the year's count. Only where
    every later figure of the year is of that measure or of none, and none names a kind."""
    counts = [h for h in hits if h.unit == "count" and not h.comparative]
    if len(counts) < 3 or counts[0].role != "figure" or counts[0].parent is not None:
        return
    first, rest = counts[0], counts[1:]
    if (any(h.role == "child" or (h.base and h.base != first.base)
            or set(h.splits) - {"source"} for h in rest)
            or any(h.fig.value >= first.fig.value for h in rest)
            or sum(h.fig.value for h in rest) != first.fig.value
            or sum(h.role == "figure" for h in rest) < 2):
        return
    after = rest[0].fig.start
    for h in hits:
        if h.fig.start >= after and h.role == "figure" and h.base == first.base:
            h.role, h.note = "ignore", "a part by body of the count before it, which they add up to"


def _totals_of_no_kind(sent: Sentence, hits: list[Hit]) -> None:
    """A figure that says it is the total ("compared with 10 victims identified in total in
    2019") is of every kind: the kind of the part before it, lent by a comparison, is not its
    own."""
    for h in hits:
        if h.role != "figure" or h.unit != "count" or not compiled("TOTAL_AFTER").match(
                sent.text, h.fig.end):
            continue
        own = splits_of(sent.text[h.fig.end:h.np_end], h.unit)
        h.splits = {g: m for g, m in h.splits.items() if g == "source" or own.get(g) == m}


#: "assisted 14 victims identified by local NGOs": who counted the victims another verb counts.
_BY_AGENT = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,3}}?victims?\s+(?P<verb>{verb_alternatives()})\s+by\s+"
    r"(?P<who>[^,;.()]{2,60})", re.I)


def _counted_by_the_agent(sent: Sentence, hits: list[Hit]) -> list[Hit]:
    """The victims a verb counts, named by a participle with an NGO as its agent ("provided
    assistance to 14 victims identified by local NGOs"): that count is the NGOs' count for
    the participle's measure too, kept only with the count it restates."""
    out = []
    for h in hits:
        found = _BY_AGENT.match(sent.text, h.fig.end)
        if (h.role != "figure" or h.unit != "count" or h.comparative or found is None
                or source_of(found["who"]) != "ngo"):
            continue
        measure = verb_measure(found["verb"], "victims")
        if not measure or measure == h.base or measure in h.extra:
            continue
        out.append(Hit(h.fig, "count", h.at, role="figure", base=measure,
                       splits={"source": "_ngo"}, year=h.year, label_start=h.fig.start,
                       label_end=found.end("verb"), np_end=found.end(), source="ngo",
                       restates=h, offset=sent.offset,
                       note=f"{found['verb']} by {found['who'].strip()}"))
    return out


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


#: "referring all victims to care", "provided shelter to all identified victims", "referred
#: all of them to services", "and referred them to shelters": a verb of the vocabulary whose
#: object is every victim of a count given before, with no figure.
_ALL_OBJECT = re.compile(
    rf"\b(?P<verb>{verb_alternatives()})\s+(?:them\b|all\s+(?:of\s+(?:them|these|those)\b|"
    r"(?:of\s+)?(?:the\s+|these\s+|those\s+)?(?P<words>(?:(?!\d)[\w-]+\s+){0,2}?)victims\b))",
    re.I)

#: "identified four victims ... and provided them services": care given to the victims of a
#: count of its sentence, named by a pronoun before what was given.
_GAVE_THEM = re.compile(
    r"\b(?P<verb>provided|offered|gave|extended)\s+them\s+(?:with\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:services|assistance|care|shelter|support)\b", re.I)

#: "investigated three cases ... and referred the cases to the prosecutor's office": a verb
#: of the vocabulary whose object is every case of a count of its sentence, with no figure.
_THE_CASES_OBJECT = re.compile(
    rf"\b(?P<verb>{verb_alternatives()})\s+(?:all\s+(?:of\s+)?)?(?:the|these|those)\s+"
    r"(?:cases|investigations)\b", re.I)


def _restating(sent: Sentence, m: re.Match[str], fig: Figure, whole: Hit, measure: str,
               keep_source_split: bool = True) -> Hit:
    """A count given again, with no figure of its own, by words that count every one of an
    earlier count for another measure ("and referred them", "all 292 were assisted"): kept
    only with the count it restates, and of its source."""
    splits = ({g: v for g, v in whole.splits.items() if g == "source"} if keep_source_split
              else {})
    return Hit(fig, "count", m.start(), role="figure", base=measure, splits=splits,
               year=whole.year, label_start=m.start(), label_end=m.end(), np_end=m.end(),
               source=whole.source, restates=whole, offset=sent.offset,
               note=f"all of the {whole.fig.value:g} counted before")


def _cases_counted_again(sent: Sentence, hits: list[Hit]) -> list[Hit]:
    """Every case of an investigation count of the same sentence, counted again by another
    verb with no figure ("reported three investigations ... and referred the cases to the
    prosecutor's office"): that count for the verb's measure, kept only with the count."""
    out = []
    for m in _THE_CASES_OBJECT.finditer(sent.text):
        if (sent.segment(m.start()).comparative or DENIED.search(sent.text, 0, m.start())
                or not re.match(r"\w+ed\b", m["verb"])):
            continue
        totals = [h for h in hits if h.fig.end <= m.start() and h.role == "figure"
                  and h.parent is None and not h.comparative and h.unit == "count"
                  and h.base == "investigations"]
        measure = verb_measure(m["verb"], "cases")
        if not totals or not totals[-1].fig.value or not measure or measure == "investigations":
            continue
        whole = totals[-1]
        fig = Figure(whole.fig.value, m.start("verb"), m.end(), m[0])
        out.append(_restating(sent, m, fig, whole, measure, keep_source_split=False))
    return out


def _given_them(sent: Sentence, hits: list[Hit]) -> list[Hit]:
    """Every victim of a count of the same sentence, given care through a pronoun ("identified
    four victims ... and provided them services"): that count as victims assisted, kept only
    with the count it restates."""
    out = []
    for m in _GAVE_THEM.finditer(sent.text):
        if sent.segment(m.start()).comparative or DENIED.search(sent.text, 0, m.start()):
            continue
        totals = [h for h in hits if h.fig.end <= m.start() and h.role == "figure"
                  and h.parent is None and not h.comparative and h.unit == "count"
                  and h.base.startswith("victims")]
        if not totals or not totals[-1].fig.value or totals[-1].base == "victims_assisted":
            continue
        whole = totals[-1]
        fig = Figure(whole.fig.value, m.start("verb"), m.end(), m[0])
        out.append(_restating(sent, m, fig, whole, "victims_assisted"))
    return out


#: "all 292 were referred to shelters", "all of them were assisted": every one of a count given
#: before, the subject of a verb of the vocabulary in the passive.
_ALL_PASSIVE = re.compile(
    rf"(?<!\bnot\s)\ball\s+(?:(?P<n>{NUMBER})\s+)?(?:of\s+(?:them|these|those)\s+)?"
    rf"(?:(?!were\b|was\b)[\w-]+\s+){{0,2}}?(?:were|was)\s+(?:also\s+)?"
    rf"(?P<verb>{verb_alternatives()})\b", re.I)


def _all_counted(sent: Sentence, hits: list[Hit], carried: Hit | None) -> list[Hit]:
    """Every victim of a count given before, counted again by another verb with no figure
    ("The government identified 79 victims ... reported referring all victims to care"): the
    count, for that verb's measure, kept only with the count it restates; a verb in the past
    or the progressive only (an infinitive says what was required, not what was done)."""
    out = []
    for m in _ALL_OBJECT.finditer(sent.text):
        words = m["words"] or ""
        if (sent.segment(m.start()).comparative or DENIED.search(sent.text, 0, m.start())
                or not re.match(r"\w+(?:ed|ing)\b", m["verb"])  # "required ... to refer all"
                or any(m.start() <= f.start < m.end() for f in sent.figures)
                or splits_of(words, "count") or partition_groups(words) - {"status"}):
            continue
        totals = [h for h in hits if h.fig.end <= m.start() and h.role == "figure"
                  and h.parent is None and not h.comparative and h.unit == "count"]
        pronoun = m[0].lower().endswith("them") and "all" not in m[0].lower()
        if pronoun and not (totals and re.match(r"\w+ed\b", m["verb"])):
            continue  # "and referred them": only the count of its own sentence
        whole = totals[-1] if totals else carried
        measure = verb_measure(m["verb"].split()[0], "victims")
        if (whole is None or not whole.base.startswith("victims") or not whole.fig.value
                or not measure or measure == whole.base):
            continue
        fig = Figure(whole.fig.value, m.start("verb"), m.end(), m[0])
        out.append(_restating(sent, m, fig, whole, measure))
    for m in _ALL_PASSIVE.finditer(sent.text):
        if sent.segment(m.start()).comparative or not re.match(r"\w+ed\b", m["verb"]):
            continue
        totals = [h for h in hits if h.fig.end <= m.start() and h.role == "figure"
                  and h.parent is None and not h.comparative and h.unit == "count"
                  and h.restates is None]
        earlier = [*([carried] if carried is not None else []), *totals]
        if m["n"]:
            earlier = [h for h in earlier if h.fig.value == parse_number(m["n"])]
        whole = earlier[-1] if earlier else None
        measure = verb_measure(m["verb"], "victims")
        if (whole is None or not whole.base.startswith("victims") or not whole.fig.value
                or not measure or measure == whole.base or measure in whole.extra):
            continue
        fig = Figure(whole.fig.value, m.start(), m.end(), m[0])
        out.append(_restating(sent, m, fig, whole, measure))
    return out


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


def _all_of_a_kind(sent: Sentence, hits: list[Hit], carried: Hit | None) -> list[Hit]:
    """Counts given again by a kind every one of them is of ("The government identified
    eight victims ... all were Jamaican citizens exploited in sex trafficking": eight sex
    trafficking victims, and foreign ones outside Jamaica; none foreign where all are of the
    narrative's own country): one row a kind, for the count "all" refers to (the one it
    names, else the last total of the sentence, else the sentence before's), unless that
    count is one part of a sum ("39 official victims and 85 potential victims ... Of the
    official victims, all were ...") or the words after "all" date it to another year ("(all
    were victims of forced labor in 2019)")."""
    out = []
    for m in (*_ALL_WERE.finditer(sent.text), *_ALL_APPOSED.finditer(sent.text)):
        if sent.segment(m.start()).comparative:
            continue
        whole = _all_refers_to(sent, hits, carried, m)
        if (whole is None or whole.unit != "count" or not whole.fig.value
                or (whole.total is not None and whole.total != whole.fig.value)):
            continue  # "Of the official victims, all were ...": a part of the year's sum
        kind = sent.text[m.start("kind"):figure_clause_end(sent, Figure(0.0, m.start("kind"),
                                                                  m.start("kind"), ""))]
        dated = compiled("YEAR_PHRASE").search(m["kind"])
        if dated and dated["year"] and int(dated["year"]) != whole.year:
            continue  # "(all were victims of forced labor in 2019)": of another year's count
        named = re.search(rf"\b(?:{HEADS}|case|investigation|prosecution|conviction)\b",
                          sent.text[m.start():m.start("kind")], re.I)
        if named and other_kind_of_noun(named[0].lower().rstrip("s"), whole.base):
            continue  # "all suspects were foreign nationals" after a count of victims
        kinds = [{g: split} for g, split in splits_of(kind, "count").items()
                 if g == "type" or (g in ("age", "origin") and whole.base.startswith("victims"))]
        noun = re.search(rf"\b(?:{HEADS})\b", kind, re.I)
        origin = nationality(kind[:noun.end()] if noun else kind, sent.country) if (
            whole.base.startswith("victims") and "origin" not in whole.splits) else ""
        if origin == "foreign":
            kinds.append({"origin": "_foreign"})
        none_foreign = [{"origin": "_foreign"}] if origin == "own" else []
        for own in kinds + none_foreign:
            if set(own) & set(whole.splits):
                continue
            # all of the country's own nationality: none foreign ("all victims were Malagasy")
            value = 0.0 if own in none_foreign else whole.fig.value
            fig = Figure(value, m.start(), m.start() + 3, m[0][:3])
            hit = Hit(fig, "count", m.start(), role="child", base=whole.base,
                      splits={**{g: v for g, v in whole.splits.items() if g == "source"}, **own},
                      year=whole.year, label_start=m.start(), label_end=m.end("kind"),
                      np_end=m.end(), parent=whole, source=whole.source, restates=whole,
                      note=(f"none of the {whole.fig.value:g} counted before" if not value
                            else f"all of the {whole.fig.value:g} counted before"),
                      offset=sent.offset)
            out.append(hit)
    return out


def _all_refers_to(sent: Sentence, hits: list[Hit], carried: Hit | None,
                   m: re.Match[str]) -> Hit | None:
    """The count an "all" refers to: the last total with the value it names, else the last
    total before it in its sentence, else the main count of the sentence before."""
    totals = [h for h in hits if h.fig.end <= m.start() and h.role == "figure"
              and h.parent is None and not h.comparative and h.restates is None]
    earlier = [*([carried] if carried is not None else []), *totals]
    if m.groupdict().get("n"):
        value = parse_number(m["n"])
        same = [h for h in earlier if h.fig.value == value]
        return same[-1] if same else None
    return earlier[-1] if earlier else None


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


def _parts_among(sent: Sentence, hits: list[Hit]) -> None:
    """A count of one status given "among" a count of another ("identified 40 certified
    victims, 12 of them children, among 90 potential victims") is some of it: the second is
    the count of its measure; the first, and the kinds it is split into, are not the count
    nor its splits."""
    for i, whole in enumerate(hits):
        among = compiled("AMONG").search(sent.text, max(0, whole.fig.start - 25), whole.fig.start)
        if among is None or among.end() != whole.fig.start or whole.unit != "count":
            continue
        part = next((h for h in reversed(hits[:i]) if h.unit == "count" and h.parent is None
                     and h.role in ("figure", "unmapped") and h.comparative == whole.comparative),
                    None)
        if (part is None or ";" in sent.text[part.fig.end:whole.fig.start]
                or "status" not in partition_groups(sent.text[part.fig.end:part.np_end])):
            continue
        if whole.role == "unmapped" and part.role == "figure":
            whole.role, whole.base, whole.year = "figure", part.base, part.year
            whole.source = part.source
            whole.splits = splits_of(sent.text[whole.fig.end:whole.np_end], whole.unit)
        if whole.role != "figure" or (part.role == "figure" and part.base != whole.base):
            continue
        part.role, part.note = "ignore", "some of the count it is among, of another status"
        for h in hits:
            if h.parent is part and h.role in ("figure", "child"):
                h.role, h.note = "ignore", "a kind of some of a count, not of the count"


def _nested_status(sent: Sentence) -> bool:
    """Whether a sentence counts its confirmed victims among its potential ones ("identified
    90 potential victims and confirmed 40", "40 certified victims among 90 potential
    victims"), so that a count of each is not two parts of a total."""
    counted = rf"\s+{QUALIFIED}{NUMBER}"
    return bool(re.search(rf"(?:{compiled('CONFIRMED').pattern}|{compiled('AMONG').pattern})"
                          rf"{counted}", sent.text, re.I))


#: "90 confirmed victims among 300 potential victims": the next count holds the one before.
_AMONG_WHOLE = re.compile(rf"\b(?:among|out\s+of)\s+{QUALIFIED}$", re.I)


def _origin(sent: Sentence, hit: Hit) -> frozenset[str]:
    """{"origin"} when a count of victims names where they are from: foreign ones ("23
    foreign victims") or the narrative's own nationals ("one Maltese victim" in Malta)."""
    if not hit.base.startswith("victims"):
        return frozenset()
    whose = nationality(sent.text[hit.fig.end:hit.np_end], sent.country)
    return frozenset({"origin"}) if "origin" in hit.splits or whose in ("own", "foreign") \
        else frozenset()


def _sums_of_parts(sent: Sentence, hits: list[Hit], carried: Hit | None) -> None:
    """A count given only as its parts ("identified two confirmed and 129 potential
    victims", "28 female victims and no male victims", "23 foreign victims and one Maltese
    victim" in Malta's narrative) is their sum; a part of a kind the
    vocabulary splits by (children, foreign) stays as that split. Victims of another crime
    listed beside them ("60 potential victims of trafficking and 20 potential victims of
    illegal recruitment") are no part of the count, nor is a count "among" another ("90
    confirmed victims among 300 potential"). Parts that follow a count of the same measure in
    the sentence before, in a sentence naming no year of its own ("identified 8,651 boys,
    7,238 women, ..." after "22,955 victims"), are parts of that count, not a second total,
    and are left out."""
    i = 0
    while i < len(hits):
        first = hits[i]
        groups = partition_groups(sent.text[first.fig.end:first.np_end]) | _origin(sent, first)
        run = [first]
        while (groups and first.role == "figure" and first.parent is None
               and i + len(run) < len(hits)):
            nxt = hits[i + len(run)]
            gap = sent.text[run[-1].np_end:nxt.fig.start]
            same_kind = nxt.role == "unmapped" or (
                nxt.role == "figure" and nxt.base == first.base and nxt.year == first.year)
            if (not same_kind or nxt.unit != first.unit or nxt.comparative != first.comparative
                    or _AMONG_WHOLE.search(sent.text, run[-1].fig.end, nxt.fig.start)
                    or not re.fullmatch(rf"\s*(?:,\s*)?(?:and\s+)?{QUALIFIED}", gap, re.I)
                    or not groups & (partition_groups(sent.text[nxt.fig.end:nxt.np_end])
                                     | _origin(sent, nxt))
                    or other_crime(sent.text[nxt.fig.end:nxt.np_end])):
                break  # "and 20 potential victims of illegal recruitment": not a part
            run.append(nxt)
        if len(run) > 1 and _nested_status(sent):
            # "compared with 70 potential and 30 confirmed victims" in a sentence that counts
            # the confirmed among the potential: the potential victims are the count
            wholes = [h for h in run if not compiled("CONFIRMED").search(
                sent.text, h.fig.end, h.np_end)]
            if len(wholes) == 1:
                whole = wholes[0]
                if whole is not first:
                    whole.role, whole.base, whole.year = "figure", first.base, first.year
                    whole.source, whole.parent = first.source, None
                    whole.splits = splits_of(sent.text[whole.fig.end:whole.np_end], whole.unit)
                for part in run:
                    if part is not whole:
                        part.role, part.parent = "ignore", whole
                        part.note = "some of the count beside it, of another status"
                i += len(run)
                continue
        if (len(run) > 1 and carried is not None and carried.base == first.base
                and not first.comparative and not sent.years):
            for part in run:
                part.role, part.note = "ignore", "a part of the count given before"
        elif len(run) > 1:
            first.total = sum(h.fig.value for h in run)
            first.total_end = run[-1].np_end
            for part in run[1:]:
                kinds = splits_of(sent.text[part.fig.end:part.np_end], part.unit)
                part.role, part.base, part.splits = ("child" if kinds else "ignore"), \
                    first.base, kinds
                part.year, part.parent = first.year, first
            if {g for g in first.splits if g != "source"}:
                first.note = "sum of the parts printed; the first part is of its own kind"
        i += len(run)


def _parts_of_a_stated_total(sent: Sentence, hits: list[Hit]) -> None:
    """In "34 of 135 involved forced labor" the second figure is the total and the first the
    part the predicate describes: the total keeps only its own words' kind, the part takes
    the predicate's kind, and a later pair with no kind of its own ("and 12 of 45 in 2016")
    takes the kind of the one before; a part of no known kind is left out."""
    kind: dict[str, str] = {}
    for part, whole in pairwise(hits):
        if (part.unit != "count" or whole.unit != "count"
                or not _OF_TOTAL.fullmatch(sent.text, part.fig.end, whole.fig.start)
                or part.role not in ("figure", "child") or whole.role not in ("figure", "child")
                or part.base != whole.base):
            continue
        words = sent.text[whole.fig.end:whole.np_end]
        own = splits_of(_PREDICATE.split(words, maxsplit=1)[0], whole.unit)
        kind = {g: m for g, m in whole.splits.items() if g not in own} or kind
        whole.splits = {**part.splits, **own}
        if kind:
            part.role, part.splits, part.parent = "child", {**whole.splits, **kind}, whole
            part.year = whole.year
        else:
            part.role, part.note = "ignore", "a part of a stated total, of no kind printed"
