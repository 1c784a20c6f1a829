"""Reading the figures of one TIP sentence, each on its own: which numbers are counts,
and for each what it is read as, in this order: a part of another figure ("82 victims,
including 13 of forced labor", "Of these, 534 ..."); a phrase of the vocabulary ("investigated
88 cases"), with every measure of coordinated verbs; or the counterpart of a figure read before
it (a comparison "compared with 45 in 2016", a coordinated or elliptical figure). Its year is
read last. This module holds that order; each question it asks is answered in its own module
(figures, phrases, measures, kinds, people, sources, years, wholes, counterparts), and what
the figures then say of each other is read by ``relations.relate``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.extract.grammar import compiled
from analysis.extract.numbers import NUMBER, Figure
from analysis.extract.tip.counterparts import (
    SOME_OF,
    compared_before,
    compares_some_of_a_kind,
    counterpart,
    kind_compared,
    measure_of_its_own_words,
    second_of_two_kinds,
    take_counterpart,
)
from analysis.extract.tip.figures import (
    anchor_of,
    cumulative,
    is_money,
    is_reference,
    local_amount,
    not_a_count,
    refers_back,
)
from analysis.extract.tip.hits import Hit
from analysis.extract.tip.kinds import (
    FOR_KIND,
    group_of_clause,
    list_kind,
    mixed_kinds,
    other_crime,
    partition_groups,
    splits_of,
    topic_kind,
    trafficking_as_a_whole,
    unknown_kind,
    unread_form,
    unsplit_kind,
)
from analysis.extract.tip.measures import (
    MEASURES_OF_OFFICIALS,
    Matches,
    coordinated_measures,
    coordinated_nouns,
    coordinated_predicates,
    counted_by_the_verb_before,
    elliptical_measure,
    measure_of_some,
    measure_of_those_which,
    own_noun_measure,
    own_verb_of_no_measure,
    participle_right_after,
    participles_after,
    pattern_hits,
    relative_predicate,
)
from analysis.extract.tip.people import (
    ACTOR_NOUNS,
    OF_OFFENDERS,
    PROPER_WORD,
    VICTIM_NOUNS,
    foreign_from_abroad,
    note_nationality,
    other_kind_of_noun,
    part_from_abroad,
    people_not_victims,
    picked_out,
    said_from_abroad,
)
from analysis.extract.tip.phrases import (
    CLAUSE_END,
    COORDINATED,
    QUALIFIED,
    counted_noun,
    figure_clause_end,
    head_word,
    next_stop,
    noun_phrase_end,
    subject,
)
from analysis.extract.tip.sentence import Sentence
from analysis.extract.tip.sources import figure_source, in_a_region, one_provider
from analysis.extract.tip.unreported import not_published
from analysis.extract.tip.vocabulary import (
    HEADS,
    nationality,
    noun_alternatives,
    noun_measure,
    verb_measure,
    without_nationalities,
)
from analysis.extract.tip.wholes import (
    OPENING_PART,
    agency_part,
    convicted_before,
    copular_part,
    first_given,
    item_kinds,
    list_part,
    parent_of,
    part_of_earlier,
    sentenced_kinds,
)
from analysis.extract.tip.years import YEAR_AFTER, leading_year, year_for, zero_also_in

#: How far after "N of the victims" its kind may be named ("nine of the 121 cases involved
#: forced labor"), not anything later in a long clause.
_PART_REACH = 60

#: A zero of two nouns of measures ("no prosecutions or convictions"): the second noun.
_NONE_OF_EACH = re.compile(rf"\s*(?:[\w-]+\s+){{0,2}}?(?:{noun_alternatives()})\s+(?:or|nor|and)\s+"
                           rf"(?P<second>{noun_alternatives()})\b", re.I)

#: Where the counted went ("referred 30 victims to NGO shelters for children"): its words
#: give the count no kind.
_DESTINATION = re.compile(r"(?<!related\s)(?<!relating\s)(?<!due\s)\bto\s+(?:an?|the|its|"
                          r"their|ngos?|government|state|[\w-]+-(?:run|operated|funded))\b", re.I)

#: What a count of victims were exploited in, right after it: "victims exploited in", "victims
#: (exploited in ...)", or "victims in labor trafficking" (a kind right after "in", not
#: "victims in shelters for ...").
_EXPLOITED_IN = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:victims?|children|persons|people|individuals|women|men|girls|boys)"
    r"(?:(?:\s+(?:who\s+were\s+)?|\s*\(\s*)(?:exploited|subjected|trafficked|forced|recruited|used)\s+"
    r"(?:in|into|to|for)|\s+in(?=\s+(?:sex(?:ual)?|labou?r|forced|commercial)\b))\s+", re.I)
#: "nine sex and 23 labor trafficking victims": a kind whose noun is the next figure's.
_KIND_WORD = re.compile(r"\s*(?:sex(?:ual)?|(?:forced\s+)?labou?r)", re.I)
_SHARED_HEAD = re.compile(
    rf"\s*(?:and|or)\s+{QUALIFIED}(?:{NUMBER})\s+(?:[\w-]+\s+)?trafficking\b", re.I)
#: "four confirmed and one presumed sex trafficking victims": a status whose kind and noun are
#: the next figure's ("rest").
_STATUS_WORD = re.compile(r"\s*(?:confirmed|presumed|potential|suspected|possible|certified)",
                          re.I)
_SHARED_STATUS_HEAD = re.compile(
    rf"\s*(?:and|or)\s+{QUALIFIED}(?:{NUMBER})\s+(?:confirmed|presumed|potential|suspected|"
    rf"possible|certified)\s+(?P<rest>(?:[\w-]+\s+){{0,3}}?{HEADS})\b", re.I)

#: "with" and the trafficking crime persons were charged with ("with sex trafficking").
_WITH_CRIME = r"\s+with\s+(?=(?:[\w-]+\s+){0,3}?traffick)"
#: After a count's words, the cases or law it was counted under, which may name its kind
#: ("three traffickers in two labor trafficking cases", "under the forced labor provisions",
#: "in cases of forced labor", "41 suspects in 11 cases for sex trafficking"), or the crime
#: it was charged with ("charged 43 defendants with sex trafficking").
_UNDER_CASES = re.compile(
    r"\s+(?:in|under|involving)\s+(?:[\w-]+\s+){0,4}?(?:cases?|charges?|provisions?|articles?|"
    r"statutes?|laws?)\b(?:\s+(?:of|for)\s+(?:[\w-]+\s+){0,2}[\w-]+)?"
    rf"|{_WITH_CRIME}", re.I)
#: Right after a bare count: the crime it was charged with ("... and four with labor
#: trafficking").
_BARE_WITH_CRIME = re.compile(_WITH_CRIME, re.I)
#: After a count of cases: the victims they involved were children.
_INVOLVING_CHILDREN = re.compile(r"\s+involving\s+(?:(?:child|minor|underage)\s+victims?|"
                                 r"children|minors)\b", re.I)

#: "15 of the 45 defendants prosecuted were for labor trafficking": the copula after which a
#: figure's words say what the some of a whole it counts were.
_COPULA = re.compile(r"\s(?:were|was)\s", re.I)

#: "victims identified through transit monitoring at airports": one programme's count, a
#: part of the government's ("all through calls to a hotline" says how every one was found);
#: an NGO's count from its own monitoring is that NGO's figure, kept under its source unless
#: the NGO gave a count of that measure before it.
_ONE_PROGRAMME = re.compile(r"(?<!\ball\s)\bthrough\s+(?:(?:its|their|the|a|an)\s+)?"
                            r"(?:[\w-]+\s+){0,3}?(?:monitoring|screening)\b", re.I)

#: "Through its hotline, the commission assisted 20 victims", "Through this mechanism, officials
#: identified 18 victims": a sentence opening on one channel (a hotline, or one named before)
#: counts what came through it, a part of the counts.
_BY_HOTLINE = re.compile(r"\s*(?:through|via)\s+(?:(?:(?:its|their|the|a|an)\s+)?"
                         r"(?:[\w-]+\s+){0,2}?(?:hotlines?|help\s*lines?)"
                         r"|(?:this|that|these|those)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s*,", re.I)


def _compared_count(sent: Sentence, hits: list[Hit], hit: Hit) -> Hit | None:
    """The count of the same measure, not itself a comparison, that a part by kind of a
    comparison ("compared with 110 sex trafficking and 25 labor trafficking victims identified
    in 2019") is compared with, when the part's clause names no agent ("by NGOs") of its own:
    whose count the comparison is."""
    clause = sent.text[hit.fig.end:figure_clause_end(sent, hit.fig)]
    if not hit.comparative or "type" not in hit.named or re.search(r"\bby\b", clause, re.I):
        return None
    return next((h for h in reversed(hits) if h.role == "figure" and not h.comparative
                 and h.base == hit.base and h.fig.end <= hit.fig.start), None)


def _inherited(whole: Hit, given: Sequence[Hit]) -> dict[str, str]:
    """The splits a part takes from the count it is a part of: all of them, but not the kind
    of trafficking where that count is one of two or more of other kinds given side by side
    with no total ("identified 22 sex trafficking victims and 26 labor trafficking victims.
    Of the victims identified, ... one was a Chinese foreign national": of all 48)."""
    kind = whole.splits.get("type")
    if kind and any(h is not whole and h.role == "figure" and h.parent is None
                    and h.base == whole.base and h.year == whole.year
                    and h.comparative == whole.comparative
                    and h.splits.get("type") not in (None, kind) for h in given):
        return {g: m for g, m in whole.splits.items() if g != "type"}
    return dict(whole.splits)


def read_figure(sent: Sentence, hits: list[Hit], fig: Figure, limit: int, matched: Matches,
                carried: Hit | None, previous: Sequence[Hit] = ()) -> Hit:
    """Decide what one figure is: a part of a count, a vocabulary figure, a comparison or
    coordinated counterpart, or nothing known; ``previous`` holds the figures of the sentence
    before, which a part may name by its noun ("Ten of these cases")."""
    unit = "usd" if is_money(fig) else "count"
    at = anchor_of(sent, fig)
    hit = Hit(fig, unit, at, label_start=fig.start,
              comparative=sent.segment(fig.start).comparative)
    hit.np_end = hit.label_end = noun_phrase_end(sent, fig, limit)
    phrase = sent.text[fig.end:hit.np_end]
    hit.noun = counted_noun(sent, hit)
    went = _DESTINATION.search(phrase)
    # "three defendants for child sex trafficking": offenders or cases of a kind, the child
    # their victim, as "a child sex trafficking case" is; so is anyone convicted, prosecuted
    # or investigated who is not named a victim ("a former village chief for child sex ...")
    found = matched.get((fig.start, fig.end))
    actors = hit.noun in ACTOR_NOUNS or (
        found is not None and found[0].measure in OF_OFFENDERS and hit.noun not in VICTIM_NOUNS)
    own = splits_of(phrase[:went.start()] if went else phrase, unit, actors)
    if (SOME_OF.search(sent.text, max(0, fig.start - 20), fig.start)
            and (were := _COPULA.search(phrase))):
        # "15 of the 45 defendants prosecuted were for labor trafficking": the kind of the 15
        own = splits_of(phrase[:were.start()], unit, actors)
    if _KIND_WORD.fullmatch(phrase) and _SHARED_HEAD.match(sent.text, hit.np_end):
        own = splits_of(f"{phrase} trafficking", unit)  # "nine sex and 23 labor trafficking"
    if _STATUS_WORD.fullmatch(phrase) and (head := _SHARED_STATUS_HEAD.match(sent.text,
                                                                              hit.np_end)):
        own = splits_of(head["rest"], unit)  # "four confirmed and one presumed sex trafficking"
    bare = hit.np_end == fig.end
    if bare and (kind := FOR_KIND.match(sent.text, fig.end) or _BARE_WITH_CRIME.match(
            sent.text, fig.end)):
        own = splits_of(sent.text[kind.end():figure_clause_end(sent, fig, kind.end())], unit)
        bare = not own
    if (unit == "count" and not own.keys() & {"type", "age"}
            and (cases := _UNDER_CASES.match(sent.text, hit.np_end))):
        # up to the next figure: "for forced prostitution, forced labor, and ..." is of several
        listed = sent.text[cases.start():next_stop(sent, cases.end())]
        own = {**own, **{g: m for g, m in splits_of(listed, unit).items() if g == "type"}}
    if (unit == "count" and "age" not in own
            and _INVOLVING_CHILDREN.match(sent.text, hit.np_end)):
        own = {**own, "age": "_children"}  # "66 investigations involving child victims"
    topic: dict[str, str] = {}
    if unit == "count" and not own.keys() & {"type", "age"}:
        topic = topic_kind(sent, fig)
        own = {**(topic or list_kind(sent, fig, hit.np_end)), **own}
    if how := _EXPLOITED_IN.match(sent.text, fig.end):
        # "four Jamaican adult victims exploited in sex trafficking": the kind they were of
        clause = sent.text[how.end():figure_clause_end(sent, fig, how.end())]
        own = {**splits_of(clause, unit), **own}
    if mixed_kinds(sent.text, fig.end, figure_clause_end(sent, fig)):
        own = {g: m for g, m in own.items() if g not in ("type", "age")}
    head_words = re.split(r"\b(?:for|in)\b", phrase, maxsplit=1, flags=re.I)[0]
    hit.named = frozenset(own) - frozenset(topic)
    hit.adjunct = hit.named - frozenset(splits_of(head_words, unit, actors))
    hit.headed = re.search(rf"\b(?:{HEADS})\b", phrase, re.I) is not None
    context = fig.end + 1 if unit == "usd" and sent.text[fig.end:fig.end + 1] == ")" else fig.end
    dated = YEAR_AFTER.match(sent.text, context) is not None  # "($1.1 million) in 2018"
    hit.parts = (partition_groups(sent.text[context:figure_clause_end(sent, fig, context)])
                 | group_of_clause(sent, fig))
    part = first_given(part_of_earlier(sent, hits, fig, unit, carried, previous), hits,
                       carried)
    some_of = None  # the count a verb of its own counts some of ("convicted 30 of them")
    if (part is not None and found is not None and found[0].kind == "figure"
            and found[1] < fig.start and found[0].measure != part.base):
        # "provided care for three of the identified victims": another measure, of the
        # year of the count it counts some of
        some_of = part if part.role in ("figure", "child") else None
        part = None
    if part is not None and part.role not in ("figure", "child"):
        # "Ten of these cases involved ..." after cases not read as any measure: no measure
        hit.role, hit.parent, hit.note = "ignore", part, "a part of a count not read"
        return hit
    parent = None if bare and dated else first_given(
        list_part(sent, hits, fig, own) or parent_of(sent, hits, at, unit, carried, previous),
        hits, carried)
    if part is not None and (parent is None or parent is part) and part.role != "ignore" and (
            measure := measure_of_some(sent, fig, part)):
        # "identified 45 victims, 30 of whom they referred to shelters": 30 referred
        hit.role, hit.base, hit.year, hit.source = "figure", measure, part.year, part.source
        hit.parent, hit.note = part, f"{fig.value:g} of the {part.fig.value:g} counted before"
        if measure in OF_OFFENDERS and part.base in OF_OFFENDERS:
            # "Fourteen of these offenders were convicted" after 15 labor traffickers
            # prosecuted: of the kind they were all of
            hit.splits = {**{g: m for g, m in part.splits.items() if g == "type"}, **own}
        return hit
    if part is not None and (parent is None or parent is part):
        near = min(figure_clause_end(sent, fig), fig.end + _PART_REACH)
        own = {**own, **splits_of(subject(sent.text, fig.start), unit),
               **splits_of(sent.text[fig.end:near], unit)}
        if unit == "count" and "origin" not in own and part_from_abroad(sent, fig):
            own["origin"] = "_foreign"  # "Two of the victims were from Honduras"
        hit.parent = part
        if any(part.splits.get(g) != m for g, m in own.items()):
            # "of them, 12 were children"; not "120 of those children were new cases" after a
            # count of children: some of it, of a kind it is all of already, is no part to name
            hit.role, hit.base = "child", part.base
            hit.splits = {**_inherited(part, (*previous, *hits)), **own}
        hit.year = leading_year(sent, fig) or part.year
        hit.source = part.source
        return hit
    if (parent is not None and found is not None and found[0].kind == "figure"
            and found[0].measure != parent.base
            and (parent is carried or any(parent is h for h in previous)
                 or found[1] >= parent.np_end)):
        parent = None  # a part counted as another measure: "18 cases led to convictions"
    if (parent is not None and parent.role in ("figure", "child")
            and (measure := measure_of_those_which(sent, fig, parent))):
        # "identified 302 victims, of which 216 were referred to shelters": 216 referred
        hit.role, hit.base, hit.year, hit.source = "figure", measure, parent.year, parent.source
        hit.parent, hit.note = parent, f"{fig.value:g} of the {parent.fig.value:g} counted before"
        return hit
    if parent is not None:
        hit.parent = parent
        hit.source = parent.source
        own = item_kinds(sent, fig, unit, own, parent)
        if parent.role in ("figure", "child") and own and any(
                parent.splits.get(g) != m for g, m in own.items()):
            hit.role, hit.base = "child", parent.base
            hit.splits = {**_inherited(parent, (*previous, *hits)), **own}
            hit.year = year_for(sent, hit, parent)
        else:
            # "503 were labor trafficking victims (including 349 for forced labor, ...)": forms
            # of its whole's own kind, no split of it
            hit.role = "ignore"
        return hit
    if found is not None:
        pattern, start, end = found
        if bare and unit == "count" and start < fig.start and re.search(
                rf"\b(?:{HEADS})\b", sent.text[start:fig.start], re.I):
            # "Potential victims who were exploited as minors increased ... to 3,137": the
            # counted noun is the subject before the figure, with the kind and age it names
            named = splits_of(sent.text[start:fig.start], unit)
            own = {**{g: m for g, m in named.items() if g in ("type", "age")}, **own}
        hit.role, hit.base, hit.splits = pattern.kind, pattern.measure, own
        if hit.base in MEASURES_OF_OFFICIALS:
            # "training for 300 officers on assisting child victims": the victims' age or
            # origin is what the training was about, not who was trained
            hit.splits = {g: m for g, m in own.items() if g not in ("age", "origin")}
        direct = start < fig.start
        if 0 <= fig.start - start <= 40 and "(" not in sent.text[start:fig.start]:
            hit.label_start = start
        if end > fig.end:
            hit.label_end = min(hit.label_end, end)
        if hit.role == "figure":
            # a bare figure ("compared with identifying and assisting nine") counts the noun
            # of the count before it
            counted = phrase if hit.headed else next(
                (h.noun + "s" for h in reversed(hits) if h.noun), phrase)
            every = (coordinated_measures(sent, at, counted) or participles_after(sent, fig)
                     or coordinated_nouns(sent, fig)
                     or coordinated_predicates(sent, fig, start, end, hit.base)
                     or (relative_predicate(sent, fig, hit.np_end, hit.base) if direct else []))
            if hit.base in every:
                hit.base, hit.extra = every[0], tuple(every[1:])
            hit.source = figure_source(sent, hit, start if direct else fig.start)
            if not direct and (compared := _compared_count(sent, hits, hit)):
                # "compared with 110 sex trafficking and 25 labor trafficking victims
                # identified in 2019": no subject of its own; the count compared with says whose
                hit.source = compared.source
            if (hit.base == "convictions" and unit == "count"
                    and compiled("SENTENCED").search(sent.text, max(0, start), fig.start)
                    and _sentenced(sent, hit, convicted_before(hits, previous, carried))):
                return hit
            if hit.base == "victims_assisted" and one_provider(
                    subject(sent.text, start if direct else fig.start)):
                hit.role, hit.note = "ignore", "one provider's count"
            if unit == "count" and in_a_region(sent, start if direct else fig.start):
                hit.role, hit.note = "ignore", "one region's count"
            if (unit == "count" and (hit.source != "ngo" or _counted_before(hits, hit))
                    and (_ONE_PROGRAMME.search(sent.text, fig.end, figure_clause_end(sent, fig))
                         or (_BY_HOTLINE.match(sent.text) and hit.base != "hotline_calls"))):
                hit.role, hit.note = "ignore", "one programme's count"
            if unit == "count" and not direct and PROPER_WORD.search(
                    without_nationalities(phrase)
                    if nationality(phrase, sent.country) == "foreign" else phrase):
                # a place or the country's own nationals named in what is counted: a subset;
                # another country's nationals are read as the active voice reads them ("six
                # Cambodian victims were identified")
                hit.role = "ignore"
            if unit == "count" and other_crime(phrase):
                # "assisted 530 victims of illegal recruitment, 465 victims of sex trafficking":
                # no count of the measure, but the items after it that name a kind are
                hit.role, hit.unsplit = "ignore", True
            if unit == "count" and not own and unsplit_kind(phrase):
                hit.role, hit.note, hit.unsplit = "ignore", "of a kind no split names", True
            if (unit == "count" and hit.base.startswith("victims") and not hit.comparative
                    and picked_out(sent, hit)):
                hit.role, hit.note = "ignore", "some of the victims, picked out by a clause"
            if unit == "count" and hit.base.startswith("victims") and people_not_victims(
                    sent, hit):
                hit.role, hit.note = "ignore", "people not said to be victims of trafficking"
            if hit.comparative:
                hit.splits = {**kind_compared(sent, hits, hit), **hit.splits}
            if (hit.role == "figure" and unit == "count" and hit.base.startswith("victims")
                    and not hit.comparative and "origin" not in hit.splits
                    and said_from_abroad(sent, fig)):
                hit.splits = {**hit.splits, "origin": "_foreign"}  # "... was from Ghana"
            note_nationality(sent, hit)
    elif (whole := first_given(copular_part(sent, hits, hit, carried)
                             or agency_part(sent, hits, hit), hits, carried)):
        hit.parent, hit.source = whole, whole.source
        hit.year = leading_year(sent, fig) or whole.year
        own = item_kinds(sent, fig, unit, own)
        if own:
            hit.role, hit.base, hit.splits = "child", whole.base, {**whole.splits, **own}
        else:
            hit.role = "ignore"
    elif (measure := elliptical_measure(sent, hits, hit, carried)):
        hit.role, hit.base, hit.splits = "figure", measure, own
        hit.source = figure_source(sent, hit, at)
    elif (not own_verb_of_no_measure(sent, fig)
          and (other := counterpart(sent, hits, hit, own)) is not None):
        coordinated = (COORDINATED.search(sent.text, max(0, at - 30), at) and not bare
                       and (head_word(sent, hit) == head_word(sent, other) or other.unsplit
                            or bool(own.keys() & other.splits.keys())
                            or bool(own_noun_measure(sent, hit, other))
                            or counted_by_the_verb_before(sent, hits, hit, other)))
        if hit.comparative or (bare and dated) or coordinated:
            take_counterpart(hit, other, own, bare, trafficking_as_a_whole(phrase, unit)
                             or second_of_two_kinds(sent, hits, other, hit))
            noun = next((h.noun for h in (other, *reversed(hits)) if h.noun), "")
            every = participles_after(sent, fig, noun + "s") if noun else []
            if hit.role == "figure" and every:
                hit.base, hit.extra = every[0], tuple(every[1:])  # "50 identified and referred"
            if (hit.role == "figure" and not own and not bare
                    and unknown_kind(sent.text[fig.end:hit.np_end])):
                hit.role = "ignore"
            if (hit.role == "figure" and hit.comparative and not bare
                    and "type" in other.splits and unread_form(phrase, unit)):
                hit.role = "ignore"  # its own form, in words no split reads, not the other's
            if (hit.role == "figure" and not bare and "type" in other.splits
                    and mixed_kinds(sent.text, fig.end, figure_clause_end(sent, fig))):
                hit.role = "ignore"  # "and six of both sex trafficking and forced labor"
            if (hit.role == "figure" and hit.comparative and not bare and not own
                    and "sex" in partition_groups(phrase) and "sex" not in other.parts):
                hit.role = "ignore"  # "(six females in 2016)" after children: of one sex only
            if (hit.role == "figure" and hit.comparative and not own
                    and compares_some_of_a_kind(sent, other, hit, hits)):
                hit.role, hit.note = "ignore", "may compare those of the kind said before it"
            if hit.role == "figure" and not bare and not hit.comparative:
                hit.base = own_noun_measure(sent, hit, other) or hit.base
            if hit.role == "figure" and not bare and (named := noun_measure(hit.noun)):
                hit.base = named  # "seven convictions and no acquittals": its own noun's
            if hit.role == "figure" and not bare and other_kind_of_noun(hit.noun, hit.base):
                hit.role = "unmapped"  # "12 victims and 4 suspects in 2018": not victims
            if hit.role == "figure" and not bare:
                note_nationality(sent, hit)  # "compared to two victims from Nepal in 2019"
    if hit.role == "unmapped" and (other := compared_before(sent, hits, hit, carried)):
        take_counterpart(hit, other, own, bare, trafficking_as_a_whole(phrase, unit))
    if hit.role == "unmapped" and unit == "count":
        measure, source, by = measure_of_its_own_words(sent, hits, hit)
        if measure:  # "an increase from the 31 victims the government identified"
            hit.role, hit.base, hit.source, hit.splits = "figure", measure, source, {**by, **own}
        elif measure := _compared_with_the_unreported(sent, hits, hit):
            hit.role, hit.base, hit.splits = "figure", measure, own
    if hit.role == "figure" and (done := participle_right_after(sent, hits, hit)):
        hit.base = done  # "25 victims identified and nine referred in 2019"
    listed, ordinal = _one_of_a_list(sent, hit) if hit.role == "figure" else (0, "")
    if listed:
        hit.fig = Figure(float(listed), fig.start, fig.end, fig.text)
        hit.note = f"counted one by one: 'one ... the {ordinal}'"
    if unit == "count" and hit.role == "figure" and _under_other_laws(sent, fig):
        hit.role, hit.note = "ignore", "counted under other laws"
    if hit.role != "child" and fig.text.lower().startswith("the "):
        hit.role = "ignore"  # "the second was ...": only a part of a count given before
    if hit.role == "figure":
        hit.year = year_for(sent, hit, some_of)
        if fig.value == 0 and (also := zero_also_in(sent, fig, hit.year)):
            hit.each = (hit.year, *also)  # "compared with no convictions in 2021 or 2020"
    if (hit.role == "figure" and fig.value == 0 and (more := _NONE_OF_EACH.match(phrase))
            and (extra := noun_measure(more["second"])) and extra not in (hit.base, *hit.extra)):
        hit.extra += (extra,)  # "compared with no prosecutions or convictions": none of each
    if (unit == "count" and hit.role == "child" and PROPER_WORD.search(phrase)
            and not foreign_from_abroad(sent, hit, phrase)
            and not (hit.splits.get("origin") == "_foreign" and part_from_abroad(sent, fig))):
        hit.role = "ignore"
    return hit


def _sentenced(sent: Sentence, hit: Hit, whole: Hit | None) -> bool:
    """Read a count of people sentenced ("Courts sentenced three traffickers (two for sex
    trafficking and one for labor trafficking)") by the count of convictions of its year
    given before: the same count again, by the kind its clause names; some of it, set aside
    (True: nothing more to read); with none given, the year's convictions only where the
    narrative gives no other (its source says so)."""
    year = year_for(sent, hit, None)
    if whole is None or whole.year != year or whole.fig.value < hit.fig.value:
        hit.source = "sentenced"
        return False
    if whole.fig.value == hit.fig.value:
        hit.again, hit.splits = True, {**hit.splits, **sentenced_kinds(sent, hit.fig)}
        return False
    # some of it: a part of its kind only where the rest of the count is given beside it and
    # the two add up ("the remaining nine", parts.the_part_before_the_rest)
    hit.role, hit.year, hit.note = "ignore", whole.year, "sentenced: some of the convictions"
    return True


def _counted_before(hits: list[Hit], hit: Hit) -> bool:
    """Whether the same body gave a count of the same measure before in the sentence ("NGOs
    identified ... 52 trafficking victims and identified 383 potential victims through transit
    monitoring"): a second count through one programme is a part of its counts, not its own."""
    return any(h.role in ("figure", "child") and h.source == hit.source
               and hit.base in (h.base, *h.extra) for h in hits)


_ORDINALS = {"other": 2, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}


def _one_of_a_list(sent: Sentence, hit: Hit) -> tuple[int, str]:
    """How many single cases a "one" opening a list of them counts ("one trafficking
    prosecution is assigned to the high court ...; the second trafficking prosecution was
    delayed": two), by the highest ordinal of the same noun, and that ordinal; (0, "") when
    "one" opens no such list."""
    if hit.fig.value != 1 or hit.np_end == hit.fig.end:
        return 0, ""
    noun = counted_noun(sent, hit)
    found = re.findall(rf"\bthe\s+({'|'.join(_ORDINALS)})\s+(?:[\w-]+\s+){{0,2}}?"
                       rf"{re.escape(noun)}", sent.text[hit.np_end:], re.I)
    return max(((_ORDINALS[w.lower()], w.lower()) for w in found), default=(0, ""))


#: "ten individuals ... under other laws", "for lesser charges", "two convictions for related
#: offenses" (offenses of the case, not trafficking): counted for other crimes; "two
#: cases ... under migrant exploitation laws": laws named for another crime (not "under the
#: laws", "under anti-trafficking laws").
_OTHER_LAWS = re.compile(
    r"\b(?:under|on|for|of)\s+(?:[\w-]+\s+){0,2}?(?:other|lesser|related|non-trafficking)\s+"
    r"(?:laws?|statutes?|charges?|crimes?|offen[cs]es|articles?|provisions?)\b"
    r"|\bunder\s+(?:(?!(?:the|its|their|these|those|new|existing|relevant|applicable|"
    r"(?:anti-)?traffick\w*)\b)[a-z][\w-]*\s+){1,2}laws\b", re.I)


#: "using anti-trafficking statutes", "under the trafficking law", "under Law 20507": the law
#: the trafficking counts are under.
_TRAFFICKING_LAW = re.compile(
    r"\b(?:under|using)\s+(?:the\s+|its\s+)?(?:(?:anti-?)?trafficking(?:\s+in\s+persons)?\s+"
    r"(?:laws?|statutes?|acts?|provisions?)|law\s+(?:no\.?\s*)?\d)", re.I)


def _under_other_laws(sent: Sentence, fig: Figure) -> bool:
    """Whether a count's own words say it was counted under laws or charges other than
    trafficking ("convicted three individuals under the trafficking law and ten individuals
    including two police officers under other laws"), or under one numbered provision where
    another count of the sentence is under the trafficking law ("convicted seven traffickers
    using anti-trafficking statutes and three under Article 367"): up to the end of its clause
    or the next count coordinated with it."""
    s = sent.text
    stop = CLAUSE_END.search(s, fig.end, sent.segment(fig.start).end)
    end = stop.start() if stop else sent.segment(fig.start).end
    end = min([end, *(f.start for f in sent.figures if fig.end < f.start < end
                      and COORDINATED.search(s, max(0, f.start - 30), f.start))])
    if _OTHER_LAWS.search(s, fig.end, end) is not None:
        return True
    return compiled("ONE_PROVISION").search(s, fig.end, end) is not None and any(
        m.start() < fig.start or m.start() >= end for m in _TRAFFICKING_LAW.finditer(s))


def _compared_with_the_unreported(sent: Sentence, hits: list[Hit], hit: Hit) -> str:
    """The measure of a comparison whose sentence says the year's own count is not known, no
    figure read before it ("did not report the number of investigations in 2016, compared
    with 66 in 2015"): the one measure the sentence says was not reported; "" otherwise."""
    if not hit.comparative or any(h.role in ("figure", "child") and h.unit == hit.unit
                                  and h.fig.start < hit.fig.start for h in hits):
        return ""
    measures = {r.measure for r in not_published(sent)
                if r.end - sent.offset <= hit.fig.start}
    return measures.pop() if len(measures) == 1 else ""


def _governed(matched: Matches, fig: Figure, s: str) -> bool:
    """Whether a verb of the vocabulary counts a figure directly ("providing all eight
    victims with care", "All 113 identified victims received these services", "The 10
    identified victims received housing"): a count already given, now counted for another
    measure."""
    found = matched.get((fig.start, fig.end))
    return found is not None and found[0].kind == "figure" and (
        found[1] < fig.start or _ALL_BEFORE.search(s, 0, fig.start) is not None)


#: "All 113 ...", "The 10 ...", "..., and all 121 ...": every one of a count given before, the
#: subject of what follows.
_ALL_BEFORE = re.compile(r"(?:^|[.;:]\s*|,?\s+and\s+)\W*(?:all|all\s+of\s+the|the|these|those)\s+$",
                         re.I)


def read_hits(sent: Sentence, carried: Hit | None, zeros: list[Hit],
              stated: frozenset[float] = frozenset(),
              previous: Sequence[Hit] = ()) -> list[Hit]:
    """Every figure of a sentence, read on its own (``relations.relate`` then reads what they
    say of each other); ``zeros`` are the sentence's stated zeros, which later figures may be
    compared with; ``stated`` the values the text printed before it; ``previous`` the figures
    of the sentence before."""
    s = sent.text
    matched = pattern_hits(sent) if sent.figures else {}
    hits: list[Hit] = []
    pending = sorted(zeros, key=lambda h: h.fig.start)
    reference_end: int | None = None
    spanned = False  # a count of several years was passed over
    for i, fig in enumerate(sent.figures):
        while pending and pending[0].fig.start < fig.start:
            hits.append(pending.pop(0))
        if is_reference(s, fig, reference_end):
            reference_end = fig.end
            continue
        if any(z.fig.start <= fig.start < z.fig.end for z in zeros):
            continue  # "did not assist any of the 26 victims": the count the denial is of
        reference_end = None
        if not_a_count(s, fig) or local_amount(s, fig):
            continue
        if fig.value in stated and _NAMED_FIGURE.search(s, max(0, fig.start - 60), fig.start):
            continue  # "compared with the prosecution service's statistic of 413": given before
        again = refers_back(s, fig) and not sent.segment(fig.start).comparative
        first = again and _first_statement(sent, fig, stated)
        if again and not _governed(matched, fig, s) and not first:
            continue
        if cumulative(sent, fig):
            spanned = True
            continue
        if spanned and not hits and sent.segment(fig.start).comparative:
            continue  # "60 victims, including victims identified in previous years, compared
            # with serving 41 trafficking victims in 2021": compared as it was counted (not
            # "initiated three and continued 10 initiated in prior years, compared to one")
        if sent.cut and _CUT_NUMBER.fullmatch(s, fig.end):
            # the excerpt ends in or right after the number: it may be longer ("1,2", "12")
            hits.append(Hit(fig, "usd" if is_money(fig) else "count", fig.start,
                            note="the text ends at this number"))
            continue
        if (sent.cut and _CUT_KIND.fullmatch(s, fig.end)
                and not splits_of(s[fig.end:], "count")):
            # "and one for forc": what it is of is cut off, so neither its kind nor the total
            # ("12 cases of child forced cri" is still some of the children)
            hits.append(Hit(fig, "usd" if is_money(fig) else "count", fig.start, role="ignore",
                            note="what it counts is cut off where the text ends"))
            continue
        limit = min(sent.figures[i + 1].start if i + 1 < len(sent.figures) else len(s),
                    sent.segment(fig.start).end)
        hits.append(read_figure(sent, hits, fig, limit, matched, carried, previous))
        if first:
            _whole_by_its_own_words(sent, hits[-1], matched)
        hits[-1].again = hits[-1].again or (again and not first)
        if first and hits[-1].role == "figure":
            hits[-1].note = "printed only as the whole of its parts ('of the N ...')"
    hits += pending
    for h in hits:
        h.offset = sent.offset if h.offset < 0 else h.offset
    return hits


#: A participle of the vocabulary right before the noun of the whole of a part ("11 of the 15
#: convicted traffickers").
_OWN_PARTICIPLE = re.compile(r"\s+(?P<verb>[a-z]+ed)\s+(?P<noun>[a-z]+)\b", re.I)


def _whole_by_its_own_words(sent: Sentence, hit: Hit, matched: Matches) -> None:
    """The whole of a part first given as such, read by a phrasing whose subject it is ("11 of
    the 15 convicted traffickers received probation"), is counted by the participle of its own
    words (convictions), not by the predicate after them, which is the part's."""
    found = matched.get((hit.fig.start, hit.fig.end))
    words = _OWN_PARTICIPLE.match(sent.text, hit.fig.end)
    if hit.role != "figure" or found is None or found[1] != hit.fig.start or words is None:
        return
    if measure := verb_measure(words["verb"], words["noun"].lower()):
        hit.base = measure


#: "the prosecution service's statistic of": a figure named as one, the count it names given
#: before (a comparison with it is of another body's figure for the same year, not of a year
#: before).
_NAMED_FIGURE = re.compile(r"\bthe\s+(?:[\w’'-]+\s+){0,4}?(?:statistics?|figures?|count|total|"
                           r"tally)\s+of\s+$", re.I)

_OF_A_WHOLE = re.compile(r"\b\w+\s+of\s+(?:the|these|those)\s+$", re.I)


#: What may follow a number where an excerpt is cut: nothing, or more of the number.
_CUT_NUMBER = re.compile(r"[\d,.]*\s*")
#: What follows a number where the excerpt is cut in the words that say what it is of ("one
#: for forc", "12 victims of sex traffi").
_CUT_KIND = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:for|of)\s+(?:[\w-]+\s+){0,2}[\w-]*")


def _first_statement(sent: Sentence, fig: Figure, stated: frozenset[float]) -> bool:
    """Whether "Of the 35 cases investigated, ..." opening a sentence, or the whole of a part
    ("convicted 33 of the 47 defendants prosecuted"), is where the text first gives that
    count (an excerpt that starts after the sentence stating it): then it is read as the
    count; a count the text gave before is not read again."""
    opening = OPENING_PART.match(sent.text)
    whole = opening is not None and fig.end <= opening.end()
    return ((whole or _OF_A_WHOLE.search(sent.text, max(0, fig.start - 20), fig.start) is not None)
            and fig.value not in stated
            and not any(f.value == fig.value for f in sent.figures if f.start < fig.start))
