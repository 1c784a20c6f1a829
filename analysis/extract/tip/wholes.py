"""The count a figure of a TIP sentence is a part of, decided as the figure is read: "82
victims, including 13 ...", "21 cases (15 ..., 6 ...)", "40 investigations—24 for ...", "Of
these, 534 ...", "nine of the 121 cases", "95 were victims of sex trafficking", "three
convictions, one by the special prosecutor's office"; and the kinds such a part names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.extract.numbers import NUMBER, Figure, is_year, parse_number
from analysis.extract.tip.hits import Hit
from analysis.extract.tip.kinds import FOR_KIND, splits_of
from analysis.extract.tip.parts import KIND_SUM, SHARED_KIND
from analysis.extract.tip.people import (
    ACTOR_NOUNS,
    PEOPLE,
    PROPER_WORD,
    VICTIM_NOUNS,
    other_kind_of_noun,
    part_from_abroad,
    same_people,
)
from analysis.extract.tip.phrases import (
    COORDINATED,
    QUALIFIED,
    THE_REST,
    closed_paren_between,
    figure_clause_end,
)
from analysis.extract.tip.sentence import Sentence
from analysis.extract.tip.vocabulary import (
    HEADS,
    SHARE,
    any_verb,
    noun_alternatives,
    noun_measure,
    source_of,
    verb_alternatives,
    verb_measure,
)

_INCLUDING = re.compile(
    rf"\b(?:including|(?:which|that|who)\s+included|of\s+whom|of\s+which|of\s+these|of\s+them|"
    rf"among\s+(?:them|whom|these))"
    rf"\s+{QUALIFIED}(?:[€£¥]\s?)?$",  # "including €2 million ($2.1 million)"
    re.I,
)
_LIST_ITEM = re.compile(rf"(?:\(|,|;|\band)\s*{QUALIFIED}$", re.I)
_PAREN_OPENS_WITH_FIGURE = re.compile(rf"\(\s*{QUALIFIED}(?:{NUMBER})", re.I)

_OF_THOSE = re.compile(rf"\bof\s+(?:those|these|them|the|all)\b[^,;()]{{0,60}},\s*{QUALIFIED}$",
                       re.I)
#: A sentence about the parts of the figure before it: "Of the 28 victims, traffickers
#: exploited 14 in sex trafficking, ...", "Of those victims, 48 were women ...", "The 90
#: victims identified included 40 women; 12 children; ...", "Identified victims included ...",
#: "All victims were adults, including ..." (a subject naming the count again, an aside
#: between commas, then the verb that opens its parts); also after the period it is of ("In
#: the first eight months of 2021, identified victims included ...") and after a clause a
#: colon ends ("... partial data on the victims: identified victims included ..."); "These
#: included 26 sex trafficking cases, ...", "This included 484 labor trafficking victims, ..."
#: (the count before, named by a pronoun); "Among the 166 victims identified, there were ...".
OPENING_PART = re.compile(
    rf"(?:[^;:.]{{0,120}}:)?\s*(?:in\s+[^,;:()]{{0,40}}?\b(?:19|20)\d\d\s*,)?"
    rf"\s*(?:(?:of|among)\s+(?:the|these|those|them|all)\b[^,;()]{{0,60}},|(?:these|those|they|this)\s+"
    rf"(?:included|comprised)\s|(?:the|these|those|all|"
    rf"identified|confirmed|assisted|referred)\s+"
    rf"[^,;()]{{0,60}}?\b{HEADS}\b[^,;()]{{0,30}}?(?:,[^,;()]{{1,60}},)?\s+"
    r"(?:included|comprised|(?:were|was)\s+[^,;()]{1,40}?,\s+including)\s)", re.I)
#: After a figure: "N of the victims", "N of them" (a part of a figure counted before).
_OF_THE_AFTER = re.compile(
    r"\s+of\s+(?:the|these|those|them|all|whom|which)\b(?!\s+\d)(?:\s+[\w-]+){0,3}", re.I)

#: Before a figure in parentheses: the share of a count it gives in numbers ("Sixty percent
#: of victims (45) were ...", "half of the identified victims (30)"), a part of that count as
#: "45 of the victims" is.
_SHARE_BEFORE = re.compile(
    rf"\b{SHARE}\s+(?P<of>of\s+(?:(?:the|these|those|all)\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"{HEADS})\s*\(\s*{QUALIFIED}$", re.I)

#: Between a figure's words and the next figure: a dash opening its parts.
_DASH = re.compile(r"\s*(?:[—–]|\s-{1,2}\s)\s*$")

#: "traffickers exploited 40 in forced labor": the people a verb of exploitation has as its
#: object are victims, some of a count of victims given before.
_EXPLOITED_BEFORE = re.compile(
    rf"\b(?:exploited|subjected|trafficked|forced|recruited)\s+{QUALIFIED}$", re.I)
#: "N were <kind>", "N victims were subjected to sex trafficking", "N were reportedly
#: exploited in forced labor": a figure that says what some of a total were, not what was
#: done; a participle counts only when what follows names a form of exploitation ("were
#: sentenced to prison" says what was done).
_COPULA_AFTER = re.compile(
    rf"\s+(?:(?:[\w-]+\s+){{0,2}}?(?P<noun>{HEADS})\s+)?(?:were|was)\s+(?:[a-z]+ly\s+)?"
    r"(?!(?:not|also|then|later|still|given|taken|held|found)\b)"
    r"(?:(?![a-z]+ed\b)|(?P<participle>[a-z]+ed)\s+(?:in|into|to|for)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:traffick\w*|servitude|slavery|begging|labou?r|prostitution|exploitation|criminality)\b)",
    re.I)
#: "86 were victims of forced labor": a bare figure said to be of victims.
_WERE_VICTIMS = re.compile(r"\s+(?:were|was)\s+(?:[\w-]+\s+){0,2}?(?:victims?|survivors?)\b", re.I)
#: After a bare figure: the body or place it is of ("one by the prosecutor's office").
_BY_WHOM = re.compile(r"\s+(?:by|from|in|at|through)\s+(?:(?:the|an?|its)\s+)?"
                      r"(?P<who>[^,;.()\d]{2,60})", re.I)


#: A noun of a count of cases.
_CASE_WORD = r"(?:cases?|investigations?|prosecutions?)"
#: What joins a count of cases to the count of the people in them: "29 investigations
#: involving 71 people", "18 cases of 48 people".
_PEOPLE_IN_THEM = r"(?:involving|against|of)\s+"
_PERSONS_IN_THEM = re.compile(rf"\s*{_PEOPLE_IN_THEM}{QUALIFIED}", re.I)
#: A parenthesis whose first item counts cases: "(18 cases of 48 people for ...".
_CASES_LISTED = re.compile(rf"\(\s*{QUALIFIED}(?:{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?{_CASE_WORD}\b",
                           re.I)


def parent_of(sent: Sentence, hits: list[Hit], at: int, unit: str,
              carried: Hit | None, previous: Sequence[Hit] = ()) -> Hit | None:
    """The count a figure at ``at`` is a part of: "82 victims, including 13 ... and 2 ...",
    "21 cases (15 ..., 6 ...)", "40 investigations—24 for ...", "Of the 24 victims
    identified, 21 ...", or, for a sentence opening "Of those, 9 ...", the main figure of the
    sentence before ("Of these cases, 9 ...": its last count of cases)."""
    seg = sent.clause(at)
    s = sent.text
    window = max(seg.start, at - 60)
    comparative = sent.segment(at).comparative
    same = [h for h in hits if h.unit == unit and h.fig.start >= seg.start
            and h.comparative == comparative]
    outside = [h for h in same if not closed_paren_between(s, h.at, at)]
    if (outside and outside[-1].parent is not None and COORDINATED.search(s, window, at)
            and (outside[-1].role != "unmapped" or _says_what_it_was(sent, at))):
        # the next of a list of kinds, not of what a part is made of; after a part of no
        # split ("32 of the victims were men, 17 were women"), one saying what it was too
        return outside[-1].parent
    if _INCLUDING.search(s, window, at) or _OF_THOSE.search(s, window, at):
        if outside and _after_the_parts(s, outside, at):
            return outside[-1].parent  # "(86 women and 44 men, of whom 21 were children)"
        if outside:
            return outside[-1]
        if (opening := _OF_THOSE.match(s, 0, at)) is None:
            earlier = [h for h in hits if h.unit == unit and h.role in ("figure", "child")
                       and not h.comparative and h.parent is None]
            if earlier:
                return earlier[-1]
            # "All identified victims were nationals, including 195 ...": of the count before
            return carried if (carried is not None and carried.unit == unit
                               and OPENING_PART.match(s) and _opening_names(s, carried)) else None
        if THE_REST.search(opening[0]):
            return None  # "Of the other victims, 11 were women": of some of the count only
        if (named := named_before(opening[0], previous, unit, 0)) is not None:
            return named
        return carried if (carried is not None and carried.unit == unit
                           and _opening_names(s, carried)) else None
    if (opening := OPENING_PART.match(s)) and not comparative and not closed_paren_between(
            s, at, len(s)) and not THE_REST.search(opening[0]) and (
            named := named_before(opening[0], previous, unit, 0)):
        return named
    if (opening and carried is not None and carried.unit == unit
            and not comparative and not closed_paren_between(s, at, len(s))
            and _opening_names(s, carried)):
        return carried
    if (carried is not None and carried.unit == unit and not comparative
            and carried.base.startswith("victims") and _THERE_WERE.match(s)
            and _add_up_to(sent, carried, at)):
        return carried  # "Officials reported there were 18 women, 14 girls, ...": its parts
    if outside and _DASH.search(s, outside[-1].np_end, at) and s[outside[-1].np_end:at].strip():
        if outside[-1].parent is not None and outside[-1].parent.role == "figure":
            # "six victims, including four adults and two girls—four sex trafficking and two
            # forced labor victims": after the parts by age, the same count's parts by kind
            return outside[-1].parent
        if outside[-1].role in ("figure", "child"):
            return outside[-1]
    if (listed := _colon_list_whole(s, hits, at, unit)) is not None:
        return listed
    if not comparative and (listed := _semicolon_parts_whole(s, hits, at, unit)) is not None:
        return listed
    paren = s.rfind("(", seg.start, at)
    if paren < 0 and (opened := s.rfind("(", 0, at)) >= 0 and ")" not in s[opened:at]:
        # "(30 women and 11 men; 33 for labor trafficking ...)": a semicolon in the
        # parenthesis starts a clause whose figures are still parts of the count before it
        paren, window = opened, max(opened, at - 60)
        same = [h for h in hits if h.unit == unit and h.fig.start >= sent.clause(opened).start
                and h.comparative == comparative]
    if (paren < 0 or ")" in s[paren:at] or not _PAREN_OPENS_WITH_FIGURE.match(s, paren)
            or not _LIST_ITEM.search(s, max(paren, window), at)):
        return None
    before = [h for h in same if h.fig.end <= paren]
    if (len(before) > 1 and before[-1].role == "ignore"
            and _PERSONS_IN_THEM.fullmatch(s, before[-2].np_end, before[-1].fig.start)
            and _CASES_LISTED.match(s, paren)):
        before.pop()  # "29 investigations involving 71 people (18 cases of 48 people ...)"
    last = [h for h in hits if h.unit == unit and h.fig.end <= paren]
    if before and last and last[-1] is not before[-1] and last[-1].comparative != comparative:
        return None  # "26 children (76 victims in 2019)": a comparison, not a list of parts
    return before[-1] if before else None


#: An item of a list a colon opens, its items parted by semicolons: "...: two traffickers on
#: forced begging charges ...; six sex traffickers with sentences ...; and two ...".
_COLON_ITEM = re.compile(rf"[:;]\s*(?:and\s+)?{QUALIFIED}$", re.I)


def _colon_list_whole(s: str, hits: list[Hit], at: int, unit: str) -> Hit | None:
    """The count a list after a colon is of ("convicted a total of 10 traffickers in seven
    cases: two ...; six sex traffickers ...; two labor traffickers ..."): the last count
    before the colon in its clause, where the figure opens an item of the list."""
    colon = s.rfind(":", 0, at)
    if colon < 0 or not _COLON_ITEM.search(s, max(colon, at - 60), at):
        return None
    before = [h for h in hits if h.unit == unit and h.fig.end <= colon and h.parent is None
              and h.role == "figure" and not h.comparative and ";" not in s[h.fig.end:colon]]
    return before[-1] if before else None


#: A clause after a semicolon that opens with a figure: "...; 66 female victims of ...".
_SEMICOLON_OPENS = re.compile(rf";\s*{QUALIFIED}$", re.I)
#: A verb of a clause opening with its figure: the figures are what it says of them ("12
#: victims received services"), not parts named in a list.
_CLAUSE_VERB = re.compile(r"\b(?:were|was|is|are|had|has|have|received|benefited|accessed)\b",
                          re.I)


def _semicolon_parts_whole(s: str, hits: list[Hit], at: int, unit: str) -> Hit | None:
    """The count a clause of parts after a semicolon is of ("identified 71 trafficking
    victims (70 in 2016); 66 female victims of sex trafficking and five male victims of
    forced labor"): the count the clause before ends with (and its parenthesis), where the
    figure opens the clause and no verb counts it."""
    semi = s.rfind(";", 0, at)
    if semi < 0 or not _SEMICOLON_OPENS.search(s, max(semi, at - 40), at):
        return None
    end = s.find(";", at)
    if _CLAUSE_VERB.search(s, at, end if end >= 0 else len(s)):
        return None
    before = [h for h in hits if h.unit == unit and h.fig.end <= semi and not h.comparative]
    last = before[-1] if before else None
    if (last is None or last.role != "figure" or last.parent is not None
            or not re.fullmatch(r"\s*(?:\([^()]*\))?\s*", s[last.np_end:semi])):
        return None
    return last


#: "of whom", "among them": a relative naming the people of what comes before it.
_OF_WHOM = re.compile(rf"\b(?:of\s+whom|among\s+(?:them|whom))\s+{QUALIFIED}$", re.I)


def _after_the_parts(s: str, outside: list[Hit], at: int) -> bool:
    """Whether "of whom" follows a list of the parts of one count ("130 victims (86 women and
    44 men, of whom 21 were children)"): it is of all of them, the count they are of."""
    last = outside[-1]
    siblings = [h for h in outside[:-1] if h.parent is not None and h.parent is last.parent]
    return (last.parent is not None and bool(siblings)
            and _OF_WHOM.search(s, max(0, at - 40), at) is not None
            and re.fullmatch(r"\s*(?:,\s*)?and\s+", s[siblings[-1].np_end:last.fig.start])
            is not None)


def _says_what_it_was(sent: Sentence, at: int) -> bool:
    """Whether the figure at ``at`` says what some of a count were ("17 were women"), as its
    own clause does, not what a part is made of ("three were trafficking, one sex
    trafficking")."""
    fig = next((f for f in sent.figures if f.start >= at), None)
    return fig is not None and _COPULA_AFTER.match(sent.text, fig.end) is not None


#: A sentence opening on what there were ("Officials reported there were ...", "There were").
_THERE_WERE = re.compile(r"(?:[^,;:.()]{0,60}?\b)?there\s+(?:were|was)\s", re.I)


def _add_up_to(sent: Sentence, carried: Hit, at: int) -> bool:
    """Whether the figures of the opening clause a figure at ``at`` is in (to a semicolon),
    years apart, add up exactly to the count carried to it: then they are its parts, not
    counts of their own ("There were 238 adult victims and 26 minors; 231 were ...")."""
    stop = sent.text.find(";")
    if 0 <= stop < at:
        return False
    values = [f.value for f in sent.figures
              if not is_year(f.text) and (stop < 0 or f.start < stop)]
    return len(values) > 1 and sum(values) == carried.fig.value


def _opening_names(s: str, carried: Hit) -> bool:
    """Whether "Of the 45 investigations, ..." opens parts of the count carried from the
    sentence before: its noun names that count's measure, or none ("Of those victims")."""
    opening = OPENING_PART.match(s)
    values = [parse_number(m[0]) for m in re.finditer(NUMBER, opening[0] if opening else "", re.I)
              if not is_year(m[0])]
    if values and values[0] not in (carried.fig.value, carried.total):
        return False  # "Of these 67 individuals": another count than the one carried
    if opening and THE_REST.search(opening[0]):
        return False  # "Of the other victims, 11 were women": parts of some of the count
    named = {noun_measure(w) for w in re.findall(rf"\b(?:{noun_alternatives()})\b",
                                                 opening[0] if opening else "", re.I)}
    named.discard("")
    if "victims" in opening[0].lower() if opening else False:
        named.add(next((m for m in ("victims_identified", "victims_assisted", "victims_referred")
                        if carried.base.startswith(m)), "victims"))
    done = any_verb().search(opening[0]) if opening else None
    if done is not None and (measure := verb_measure(done[0], carried.noun or "victims")) and (
            measure != carried.base):
        return False  # "Of those referred, 90 were ...": parts of the referrals, not of the
        # count of victims identified carried from the sentence before
    return not named or carried.base in named


def first_given(whole: Hit | None, hits: list[Hit], carried: Hit | None) -> Hit | None:
    """The count a part belongs to: for a count given again with another verb ("identified 52
    victims ... referred all 52 victims to care, including 29 females"), where it was first
    given."""
    if whole is None or not whole.again:
        return whole
    first = [h for h in (carried, *hits) if h is not None and not h.again and h is not whole
             and h.unit == whole.unit and h.fig.value == whole.fig.value
             and h.role in ("figure", "child")]
    return first[-1] if first else whole


def part_of_earlier(sent: Sentence, hits: list[Hit], fig: Figure, unit: str,
                    carried: Hit | None, previous: Sequence[Hit] = ()) -> Hit | None:
    """The figure a "N of the victims" / "N of them" part belongs to: the last figure of the
    sentence (not a comparison, unless the part is in one), else the last count of the noun
    it names in the sentence before ("referred 20 cases ... Ten of these cases": the 20, of
    its measure, or of none if it was read as none or set aside), else the main figure of
    that sentence."""
    after = (_OF_THE_AFTER.match(sent.text, fig.end)
             or _SHARE_BEFORE.search(sent.text, max(0, fig.start - 80), fig.start))
    if after is None:
        return _the_rest_of(sent, hits, fig, unit, carried)
    earlier = [h for h in hits if h.unit == unit and (h.role == "child" or (
        h.role == "figure" and h.parent is None))]  # not "30 of whom they referred"
    # "56 victims in 2021 (46 in 2020), 33 of whom": not the comparison closed before it
    current = [h for h in earlier if h.comparative == sent.segment(fig.start).comparative]
    if current or earlier:
        return (current or earlier)[-1]
    # "one of the suspects" is no part of a count of cases given in the sentence before
    named = re.search(rf"\b{HEADS}\b", after[0], re.I)
    noun = named[0].lower().rstrip("s") if named else ""
    if (referent := named_before(after[0], previous, unit, fig.value)) is not None:
        return referent
    if carried is not None and noun and (other_kind_of_noun(noun, carried.base) or (
            noun in ACTOR_NOUNS and carried.noun in ACTOR_NOUNS
            and not same_people(noun, carried.noun))):
        return None
    return carried if carried is not None and carried.unit == unit else None


#: "convicted the remaining nine", "; the remaining 12 were ...": the rest of a count given
#: before, the object of a verb of the vocabulary or the subject of its clause.
_REMAINING = re.compile(rf"(?:\b(?P<verb>{verb_alternatives()})\s+|(?:^|[,;:]|\band|\bwhile)"
                        r"\s*)\bthe\s+remaining\s+$", re.I)


def _the_rest_of(sent: Sentence, hits: list[Hit], fig: Figure, unit: str,
                 carried: Hit | None) -> Hit | None:
    """The count "the remaining nine" are the rest of: the last count of the sentence, else
    the count the sentence before left open; none where a verb before it counts another
    measure ("referred the remaining nine" after victims identified) or a verb of no
    measure ("dropped the remaining eight")."""
    rest = _REMAINING.search(sent.text, max(0, fig.start - 60), fig.start)
    if rest is None or sent.segment(fig.start).comparative:
        return None
    earlier = [h for h in hits if h.unit == unit and not h.comparative and (
        h.role == "child" or (h.role == "figure" and h.parent is None))]
    whole = earlier[-1] if earlier else carried
    if whole is not None and whole.role == "child" and whole.parent is not None:
        whole = whole.parent  # "four of them ...; the remaining 11": the rest of the 15
    if whole is None or whole.unit != unit or whole.fig.value <= fig.value:
        return None
    measure = verb_measure(rest["verb"], whole.noun + "s") if rest["verb"] else ""
    return whole if not measure or measure == whole.base else None


def named_before(words: str, previous: Sequence[Hit], unit: str, value: float) -> Hit | None:
    """The count of the sentence before that a part's words name by their noun ("Ten of these
    cases", "Of the prosecutions, ..."): the last count of that noun or of the measure it
    names (of the measure of its participle where one is given: "Of the total identified
    victims"), larger than the part and no part itself, whatever it was read as (a count read
    as none has parts of none, unless the participle names a measure it was not read as: "Of
    the identified victims" after "screened 400 potential victims" is of the identified ones
    counted before); None when the words name no noun or no such count, or when that
    count is one body's beside another's of the same measure ("police identified 50 victims
    and NGOs 20 ... Of these victims": of both, which no count gives)."""
    named = re.search(rf"\b{HEADS}\b", words, re.I)
    if named is None:
        return None
    noun, measure = named[0].lower().rstrip("s"), noun_measure(named[0])
    given = [parse_number(m[0]) for m in re.finditer(NUMBER, words[:named.start()], re.I)
             if not is_year(m[0])]
    found = [h for h in previous if h.unit == unit and not h.comparative and h.parent is None
             and h.role in ("figure", "unmapped", "ignore") and h.fig.value > value
             and (same_people(h.noun, noun) or (measure and h.base == measure))
             and (not given or h.fig.value == given[0])]
    # "Of the total identified victims": of the count its participle counts, where it is given
    done = any_verb().search(words)
    by_verb = verb_measure(done[0], f"{noun}s") if done else ""
    found = [h for h in found if h.base == by_verb] or [
        h for h in found if not by_verb or h.role != "unmapped"]
    last = found[-1] if found else None
    if last is not None and last.base and any(h.base == last.base and h.source != last.source
                                              for h in found):
        return None
    return last


def list_part(sent: Sentence, hits: list[Hit], fig: Figure, own: dict[str, str]) -> Hit | None:
    """A part listed after a figure by kind: "convicted 97 individuals, 50 for sex
    trafficking, six for labor trafficking", also after its comparison: "four prosecutions
    (23 in 2017), one for sex trafficking", its year and a semicolon: "58 prosecutions in
    2021; 40 for sex trafficking", or the law it was under: "convicted four traffickers under
    its anti-trafficking law, two for sex trafficking, ..."."""
    comparative = sent.segment(fig.start).comparative
    mine = [h for h in hits if h.comparative == comparative]
    if not own or not mine or not FOR_KIND.match(sent.text, fig.end):
        return None
    last = mine[-1]
    gap = sent.text[last.np_end:fig.start]
    if last.role in ("figure", "child") and last.parent is None and re.fullmatch(
            rf"\s*(?:under\s+[^,;()\d]{{1,50}}?\s*)?(?:(?:in|during)\s+(?:FY\s*)?(?:19|20)\d\d\s*)?"
            rf"(?:\([^()]*\))?\s*[,;:]\s*{QUALIFIED}",
            gap, re.I):
        return last
    return None


def copular_part(sent: Sentence, hits: list[Hit], hit: Hit, carried: Hit | None) -> Hit | None:
    """The total a figure stated as "N were <kind>" belongs to ("identified 134 victims; 95
    were victims of sex trafficking", "15 were children"), or as the object of a verb of
    exploitation ("traffickers exploited 40 in forced labor"): the last total read before it, a
    comparison only in a sentence that is one from its start; a noun of its own must count
    what the total counts ("35 victims were ..." is no part of a count of cases); the count
    the sentence before left open is no whole if it is of one kind of trafficking ("at least
    11 victims of sex trafficking. ... only two victims were foreign nationals"), nor, for
    victims, a count of no people ("received 900 calls")."""
    copula = _COPULA_AFTER.match(sent.text, hit.fig.end)
    exploited = _EXPLOITED_BEFORE.search(sent.text, max(0, hit.fig.start - 40), hit.fig.start)
    if hit.comparative or not (copula or exploited):
        return None
    noun = ((copula["noun"] if copula else hit.noun) or "").lower().rstrip("s")
    if exploited and noun and noun not in VICTIM_NOUNS and noun not in PEOPLE:
        return None
    totals = [h for h in hits if h.unit == hit.unit and h.role == "figure" and h.parent is None
              and not other_kind_of_noun(noun, h.base)
              and (not exploited or h.base.startswith("victims"))]
    current = [h for h in totals if not h.comparative]
    if current:
        return current[-1]
    if totals and sent.segment(0).comparative:
        return totals[-1]  # "In comparison, it identified 25 victims in 2018; 10 were children"
    return carried if (carried is not None and carried.unit == hit.unit
                       and not other_kind_of_noun(noun, carried.base)
                       # "received 900 calls. ...; 86 were victims of forced labor": victims
                       # are no part of a count of no people
                       and (not _of_victims(sent, hit, noun) or carried.base.startswith("victims")
                            or carried.noun in (*VICTIM_NOUNS, *PEOPLE))
                       and (not exploited or carried.base.startswith("victims"))
                       and "type" not in carried.splits  # "11 victims of sex trafficking"
                       and _opening_names(sent.text, carried)) else None


def _of_victims(sent: Sentence, hit: Hit, noun: str) -> bool:
    """Whether a part stated as "N were ..." counts victims: by its own noun ("12 victims were
    ...") or by what it says they were ("86 were victims of forced labor")."""
    return noun in VICTIM_NOUNS or _WERE_VICTIMS.match(sent.text, hit.fig.end) is not None


def agency_part(sent: Sentence, hits: list[Hit], hit: Hit) -> Hit | None:
    """The figure a part by one body or place belongs to: "three convictions, one by the
    special prosecutor's office", "12 investigations, five in Tbilisi"."""
    by = _BY_WHOM.match(sent.text, hit.fig.end)
    if by is None or not hits or hit.comparative:
        return None
    last = hits[-1]
    if (last.role not in ("figure", "child") or last.unit != hit.unit
            or not re.fullmatch(rf"\s*,\s*{QUALIFIED}", sent.text[last.np_end:hit.fig.start],
                                re.I)):
        return None
    who = by["who"]
    if source_of(who) in ("agency", "ngo") or PROPER_WORD.match(who):
        return last
    return None


#: The nouns of a count of cases, whose parts are of a kind of trafficking rather than an age.
_CASE_NOUNS = frozenset({"case", "investigation", "prosecution"})


#: The words of a count of cases up to the count of the people in them: "18 cases of 48".
_OF_PERSONS = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?{_CASE_WORD}\s+{_PEOPLE_IN_THEM}", re.I)


#: After the count of the people in some cases, the kind the cases are of: "48 people for".
_PERSONS_FOR = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:people|persons|individuals|suspects|"
                          r"defendants|traffickers|offenders)\s+for\b", re.I)


def item_kinds(sent: Sentence, fig: Figure, unit: str, own: dict[str, str],
               whole: Hit | None = None) -> dict[str, str]:
    """The kinds a part of a count names anywhere in its list item, its predicate included
    ("Of these, 69 were exploited in sex trafficking, 12 in forced labor", "exploited 28
    victims in sex trafficking"); the words of its noun phrase come first. A part of a count
    of cases or offenders is of the kind of trafficking it names, not of the age ("three
    investigations (one for sex trafficking of a child, ...)", "14 defendants, including five
    for child sex trafficking"), as a count of cases is. The item of a count of cases goes on
    past the count of the people in them ("18 cases of 48 people for sex trafficking")."""
    end = figure_clause_end(sent, fig)
    if (_OF_PERSONS.fullmatch(sent.text, fig.end, end)
            and (persons := next((f for f in sent.figures if f.start == end), None))
            and _PERSONS_FOR.match(sent.text, persons.end)):
        end = figure_clause_end(sent, persons)  # "18 cases of 48 people for sex trafficking"
    item = sent.text[fig.end:end]
    of_actors = whole is not None and whole.noun in ACTOR_NOUNS
    found = splits_of(item, unit, of_actors)
    if of_actors and "type" in found:
        own = {g: m for g, m in own.items() if g != "age"}
    kinds = {**found, **own}
    if unit == "count" and "origin" not in kinds and part_from_abroad(sent, fig):
        kinds["origin"] = "_foreign"  # "One identified victim was from Honduras"
    return kinds


def parts_making_up_their_whole(hits: list[Hit]) -> None:
    """Parts of one count that add up to it ("identified 11 victims, including nine adult
    labor trafficking victims and two sex trafficking victims", "Traffickers exploited one
    woman in sex trafficking and 16 victims in domestic servitude" after 17 victims): each is
    every victim of its kind, so a qualifier no split names ("adult", "woman") narrows it to
    nothing smaller than its kind's count; parts of a count of cases that share a kind add up
    to its count (parts of victims are summed by ``listed``)."""
    groups: dict[int, list[Hit]] = {}
    for h in hits:
        if (h.parent is not None and h.unit == "count" and not h.comparative
                and h.role in ("child", "ignore", "unmapped")):
            groups.setdefault(id(h.parent), []).append(h)
    for group in groups.values():
        whole = group[0].parent
        if whole is not None and sum(h.fig.value for h in group) != whole.fig.value:
            # "85 were sex trafficking victims, five ... and four were forced labor victims ...;
            # one was a foreign victim; and two were child victims": the parts of one
            # dimension, the kinds of trafficking, add up; the rest are some of them
            group = [h for h in group if "type" in h.splits]
        if (whole is None or len(group) < 2 or not whole.fig.value
                or sum(h.fig.value for h in group) != whole.fig.value):
            continue
        for h in group:
            if h.role == "child":
                h.parts = h.parts & frozenset(h.splits)
        # only where every part names a kind a split stores: "30 cases of domestic servitude"
        # beside "12 cases of labor trafficking in construction" may be of the same kind
        shared: dict[frozenset[tuple[str, str]], list[Hit]] = {}
        every = all(set(h.splits) - {"source"} for h in group)
        # victims are summed by ``listed`` where no count is printed; where one is, parts that
        # each name a kind of trafficking and add up to it are summed here too
        by_kind = all("type" in h.splits for h in group)
        for h in group:
            if h.note == SHARED_KIND and every and (whole.noun in _CASE_NOUNS or by_kind):
                shared.setdefault(frozenset(h.splits.items()), []).append(h)
        for same in shared.values():
            # "three investigations (one for sex trafficking of a child, one for sex
            # trafficking of an adult, one for labor trafficking ...)": two of sex trafficking
            first = same[0]
            first.fig = Figure(sum(h.fig.value for h in same), first.fig.start, first.fig.end,
                               first.fig.text)
            first.computed = True
            first.role, first.note = "child", KIND_SUM
            first.parts = first.parts & frozenset(first.splits)  # "female", "male": all of them


def convicted_before(hits: Sequence[Hit], previous: Sequence[Hit],
                     carried: Hit | None) -> Hit | None:
    """The count of convictions a count of people sentenced ("Courts sentenced three
    traffickers") gives again or is some of: the last one read in its sentence, else in the
    sentence before, else the paragraph's count carried; None where none is given."""
    for group in (hits, previous, (carried,) if carried is not None else ()):
        found = [h for h in group if h.role == "figure" and h.base == "convictions"
                 and h.unit == "count" and not h.comparative and h.parent is None
                 and h.fig.value]
        if found:
            return found[-1]
    return None


#: A parenthesis with nothing inside another: what a sentenced count's clause says with its
#: parts ("(two for sex trafficking and one for labor trafficking)") left out.
_PARENTHESIS = re.compile(r"\([^()]*\)")


def sentenced_kinds(sent: Sentence, fig: Figure) -> dict[str, str]:
    """The kind of trafficking a count of people sentenced was for, named anywhere in its
    clause up to a semicolon ("sentenced three defendants to ten years' imprisonment and a
    fine ... for sex trafficking"), its parentheses (its parts, or an amount) left out."""
    stop = sent.text.find(";", fig.end)
    words = sent.text[fig.end:stop if stop >= 0 else len(sent.text)]
    while (shorter := _PARENTHESIS.sub(" ", words)) != words:
        words = shorter
    return {g: m for g, m in splits_of(words, "count", True).items() if g in ("type", "age")}
