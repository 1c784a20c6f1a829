"""Totals and the parts that add up to them in a TIP sentence: a count given only as its
parts ("two confirmed and 129 potential victims"), "34 of 135", a count of one status
"among" another, figures that add up to the first, and a figure that says it is the total
(of every kind).
"""

from __future__ import annotations

import re
from itertools import pairwise

from analysis.extract.grammar import compiled
from analysis.extract.numbers import NUMBER, Figure
from analysis.extract.tip.hits import Hit
from analysis.extract.tip.kinds import other_crime, partition_groups, splits_of
from analysis.extract.tip.people import countries_from
from analysis.extract.tip.phrases import QUALIFIED, counted_noun
from analysis.extract.tip.sentence import Sentence
from analysis.extract.tip.vocabulary import nationality

#: "34 of 135", "30 of the 80": a part, then the total it is a part of.
_OF_TOTAL = re.compile(r"\s+of\s+(?:a\s+total\s+of\s+|the\s+)?")

#: where the words naming what a total counts end and what is said of a part begins
_PREDICATE = re.compile(r"\b(?:involv\w*|concern\w*|relat\w*|were|was|are|had|for|in)\b", re.I)


def parts_adding_up_to_the_first(hits: list[Hit]) -> None:
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


def totals_of_no_kind(sent: Sentence, hits: list[Hit]) -> None:
    """A figure that says it is the total ("compared with 10 victims identified in total in
    2019", "up from a total of nine investigations") is of every kind: the kind of the part
    before it, lent by a comparison, is not its own."""
    for h in hits:
        said = (compiled("TOTAL_AFTER").match(sent.text, h.fig.end)
                or compiled("TOTAL_BEFORE").search(sent.text, max(0, h.fig.start - 20),
                                                   h.fig.start))
        if h.role != "figure" or h.unit != "count" or not said:
            continue
        own = splits_of(sent.text[h.fig.end:h.np_end], h.unit)
        h.splits = {g: m for g, m in h.splits.items() if g == "source" or own.get(g) == m}


def parts_among(sent: Sentence, hits: list[Hit]) -> None:
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


#: Words of a count's status: confirmed by the authorities, or only presumed.
_OFFICIAL = re.compile(rf"{compiled('CONFIRMED').pattern}|\bofficial(?:ly)?\b", re.I)
_PRESUMED = re.compile(r"\b(?:potential|presumed|possible|suspected|presumptive)\b", re.I)
_BOTH_STATUSES = re.compile(
    rf"(?:{_OFFICIAL.pattern})\s+(?:and|or)\s+(?:{_PRESUMED.pattern})\s+(?:[\w-]+\s+){{0,2}}?"
    rf"victims|(?:{_PRESUMED.pattern})\s+(?:and|or)\s+(?:{_OFFICIAL.pattern})\s+"
    r"(?:[\w-]+\s+){0,2}?victims", re.I)


def _the_confirmed(sent: Sentence, run: list[Hit]) -> Hit | None:
    """The count of confirmed (official) victims among counts side by side where every other
    is of potential (presumed) ones ("203 potential victims and 49 confirmed victims"), or
    None: with no total printed, the confirmed victims are the victims identified. Not so
    where the sentence counts both statuses as one ("compared with 121 confirmed and potential
    victims in 2015"): its counts are of both."""
    if _BOTH_STATUSES.search(sent.text):
        return None
    phrases = [sent.text[h.fig.end:h.np_end] for h in run]
    confirmed = [h for h, p in zip(run, phrases, strict=True)
                 if _OFFICIAL.search(p) and not _PRESUMED.search(p)]
    presumed = [h for h, p in zip(run, phrases, strict=True)
                if _PRESUMED.search(p) and not _OFFICIAL.search(p)]
    return confirmed[0] if len(confirmed) == 1 and len(presumed) == len(run) - 1 else None


def _the_count_of_the_run(sent: Sentence, run: list[Hit], count: Hit, note: str) -> None:
    """Make one count of a run of counts side by side the count, read as the first was (its
    measure, year and source) with the kinds of its own words; the others are of another
    status, set aside with ``note``."""
    first = run[0]
    if count is not first:
        count.role, count.base, count.year = "figure", first.base, first.year
        count.source, count.parent = first.source, None
        count.splits = splits_of(sent.text[count.fig.end:count.np_end], count.unit)
    for part in run:
        if part is not count:
            part.role, part.parent, part.note = "ignore", count, note


#: "90 confirmed victims among 300 potential victims": the next count holds the one before.
_AMONG_WHOLE = re.compile(rf"\b(?:among|out\s+of)\s+{QUALIFIED}$", re.I)
#: "counseling to the two child victims and short-term shelter to one child victim": a count
#: given another service, which may be some of the same victims, not another part.
_ANOTHER_SERVICE = re.compile(
    rf"\band\s+(?:[\w-]+\s+){{0,3}}?(?:assistance|services|care|shelter|support|aid|housing|"
    rf"lodging|counsel(?:l)?ing)\s+(?:to|for)\s+{QUALIFIED}$", re.I)


def _origin(sent: Sentence, hit: Hit, base: str = "") -> frozenset[str]:
    """{"origin"} when a count of victims (or a bare part of a count of ``base``) names where
    they are from: foreign ones ("23 foreign victims"), the narrative's own nationals ("one
    Maltese victim" in Malta), or the country they come from ("three from Ghana")."""
    if not (base or hit.base).startswith("victims"):
        return frozenset()
    words = sent.text[hit.fig.end:hit.np_end]
    whose = nationality(words, sent.country)
    # a bare part names only where it is from ("and three from Ghana"), no noun of its own
    abroad = bool(sent.country and countries_from(words)) and (
        hit.base != "" or re.match(r"\s*from\b", words) is not None)
    return frozenset({"origin"}) if "origin" in hit.splits or whose in ("own", "foreign") \
        or abroad else frozenset()


def sums_of_parts(sent: Sentence, hits: list[Hit], carried: Hit | None) -> None:
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
        k = last = i + 1  # the next hit that may be a part; the one after the run's last
        while groups and first.role == "figure" and first.parent is None and k < len(hits):
            # a part's own breakdown in parentheses ("23 child victims (one boy and 22 girls)
            # and no adult victims") is passed over to the next part
            after = _breakdown_end(sent, run[-1])
            while k < len(hits) and hits[k].fig.start < after:
                k += 1
            if k == len(hits):
                break
            nxt = hits[k]
            gap = sent.text[max(run[-1].np_end, after):nxt.fig.start]
            same_kind = nxt.role == "unmapped" or (
                nxt.role == "figure" and nxt.base == first.base and nxt.year == first.year)
            if (not same_kind or nxt.unit != first.unit or nxt.comparative != first.comparative
                    or _AMONG_WHOLE.search(sent.text, run[-1].fig.end, nxt.fig.start)
                    or _ANOTHER_SERVICE.search(sent.text, run[-1].fig.end, nxt.fig.start)
                    or not re.fullmatch(rf"\s*(?:,\s*)?(?:and\s+)?{QUALIFIED}", gap, re.I)
                    or not groups & (partition_groups(sent.text[nxt.fig.end:nxt.np_end])
                                     | _origin(sent, nxt, first.base))
                    or other_crime(sent.text[nxt.fig.end:nxt.np_end])):
                break  # "and 20 potential victims of illegal recruitment": not a part
            run.append(nxt)
            k = last = k + 1
        if len(run) > 1 and _nested_status(sent):
            # "compared with 70 potential and 30 confirmed victims" in a sentence that counts
            # the confirmed among the potential: the potential victims are the count
            wholes = [h for h in run if not compiled("CONFIRMED").search(
                sent.text, h.fig.end, h.np_end)]
            if len(wholes) == 1:
                _the_count_of_the_run(sent, run, wholes[0],
                                      "some of the count beside it, of another status")
                i = last
                continue
        if len(run) > 1 and first.base.startswith("victims") and (
                confirmed := _the_confirmed(sent, run)) is not None:
            # "39 official victims and 85 potential victims", no total printed: the victims
            # the authorities confirmed are the count; the potential ones are of another status
            _the_count_of_the_run(sent, run, confirmed,
                                  "victims of another status beside the confirmed count")
            i = last
            continue
        if _apposition(sent, run):
            # "seven foreign victims, six Ukrainian women, ..., and one Filipina woman": the
            # figures after the first are its parts, not more of them
            for part in run[1:]:
                part.role, part.parent = "ignore", first
                part.note = "a part of the count before it, which they add up to"
        elif (len(run) > 1 and carried is not None and carried.base == first.base
                and not first.comparative and not sent.years):
            for part in run:
                part.role, part.note = "ignore", "a part of the count given before"
        elif len(run) > 1 and first.base.startswith("victims") and _all_foreign(sent, run):
            # "one foreign victim from Bosnia and two from Kosovo": three foreign victims, the
            # parts split by country only
            first.fig = Figure(sum(h.fig.value for h in run), first.fig.start, first.fig.end,
                               first.fig.text)
            first.computed = True
            if "origin" in first.splits:
                first.note = "sum of the parts printed, all foreign"
            else:
                # "12 Nigerian victims and three Ghanaian victims", no word of foreign victims:
                # every victim counted, each of another country's nationality
                first.foreign = True
                first.note = "sum of the parts printed, all of other nationalities"
            first.label_end = run[-1].np_end
            for part in run[1:]:
                part.role, part.parent = "ignore", first
        elif len(run) > 1 and (kind := _shared_kind(sent, run)):
            # "five transnational sex traffickers and two internal sex traffickers": seven of
            # that kind, the parts split only by what the vocabulary has no split for
            first.fig = Figure(sum(h.fig.value for h in run), first.fig.start, first.fig.end,
                               first.fig.text)
            first.computed = True
            first.splits = {**first.splits, "type": kind}
            first.label_end = run[-1].np_end
            first.note = "sum of the parts printed, all of one kind"
            for part in run[1:]:
                part.role, part.parent = "ignore", first
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
        i = last  # a parenthesis passed over may open parts of its own


def _apposition(sent: Sentence, run: list[Hit]) -> bool:
    """Whether the figures after the first of a run are its parts: they add up to it ("seven
    foreign victims, six Ukrainian women, and one Filipina woman"), or one smaller figure
    follows it after a bare comma, no list going on ("seven foreign victims, six Ukrainian
    women, who were ..."): a list of parts joins its last with "and"."""
    first, rest = run[0], run[1:]
    if not rest:
        return False
    if len(rest) > 1:
        return sum(h.fig.value for h in rest) == first.fig.value
    return (rest[0].fig.value < first.fig.value
            and re.fullmatch(r"\s*,\s*", sent.text[first.np_end:rest[0].fig.start]) is not None)


def _shared_kind(sent: Sentence, run: list[Hit]) -> str:
    """The one kind of trafficking every part of a count given as its parts names, each
    naming no other split ("five transnational sex traffickers and two internal sex
    traffickers": sex trafficking); "" when they name none, two, or another split too."""
    found: set[str] = set()
    for h in run:
        own = splits_of(sent.text[h.fig.end:h.np_end], h.unit)
        if "type" in h.splits and not own:
            own = {"type": h.splits["type"]}  # "four confirmed and one presumed sex ..."
        if set(own) != {"type"} or set(h.splits) - {"type", "source"}:
            return ""
        found.add(own["type"])
    return found.pop() if len(found) == 1 else ""


#: A part's words up to the next figure, parenthesis or clause end.
_PART_WORDS = re.compile(r"[^();]*")


def _all_foreign(sent: Sentence, run: list[Hit]) -> bool:
    """Whether every part of a count given as its parts is of another country's nationals
    ("one foreign victim from Bosnia and two from Kosovo", "12 victims from Nigeria and three
    from Ghana")."""
    for i, h in enumerate(run):
        end = run[i + 1].fig.start if i + 1 < len(run) else len(sent.text)
        words = _PART_WORDS.match(sent.text, h.fig.end, end)[0]
        abroad = countries_from(words)
        if (h.splits.get("origin") != "_foreign" and nationality(words, sent.country) != "foreign"
                and not (sent.country and abroad and sent.country not in abroad)):
            return False
    return True


#: A parenthesis right after a count's noun phrase: "(one boy and 22 girls)".
_BREAKDOWN = re.compile(r"\s*\([^()]*\)")


def _breakdown_end(sent: Sentence, hit: Hit) -> int:
    """Where a parenthesis right after a count's words ends, else where its words end."""
    paren = _BREAKDOWN.match(sent.text, hit.np_end)
    return paren.end() if paren else hit.np_end


#: "Of the 88 victims, ...": a sentence opening on the whole its count is some of.
_OF_THE_WHOLE = re.compile(rf"\s*of\s+the\s+{NUMBER}\s+[\w\s-]{{0,40}}?,", re.I)


def _counted_as_some(sent: Sentence, hits: list[Hit], compared: Hit) -> bool:
    """Whether the figure a comparison "N of M" is compared with is itself some of a whole
    the sentence opens on ("Of the 60 victims, 14 entered the care program (nine of 40 in
    2019)"): then N is what is compared, and M the whole it was some of."""
    current = next((h for h in reversed(hits) if h.fig.start < compared.fig.start
                    and not h.comparative and h.role == "figure" and h.base == compared.base),
                   None)
    opening = _OF_THE_WHOLE.match(sent.text)
    return current is not None and opening is not None and opening.end() <= current.fig.start


def a_part_and_the_rest(sent: Sentence, hits: list[Hit]) -> None:
    """A count of one kind and a count of "other" of the same noun coordinated right after it
    ("opened 12 forced labor investigations and seven other trafficking investigations", "12
    child victims and 30 other victims") give a total only as its parts: the two add up to
    it, the first keeps its own kind, and the rest is no count of its own."""
    for first, rest in pairwise(hits):
        if (first.role != "figure" or first.unit != "count" or first.parent is not None
                or first.total is not None
                or not ({g for g in first.splits if g != "source"} or first.parts)
                or rest.unit != "count" or rest.comparative != first.comparative
                or rest.role not in ("figure", "unmapped")
                or (rest.role == "figure" and (rest.base, rest.year) != (first.base, first.year))
                or not re.fullmatch(rf"\s*(?:,\s*)?(?:and\s+)?{QUALIFIED}",
                                    sent.text[first.np_end:rest.fig.start], re.I)
                or not compiled("THE_REST").match(sent.text, rest.fig.end)
                or counted_noun(sent, rest) != counted_noun(sent, first)):
            continue
        first.total = first.fig.value + rest.fig.value
        first.total_end = rest.np_end
        rest.role, rest.parent, rest.note = "ignore", first, "the rest of a count of one kind"


#: The predicate after a whole's words: "... were for labor trafficking".
_WERE_AFTER = re.compile(r"\b(?:were|was)\s+(?:for\s+|in\s+|victims\s+of\s+)?"
                         r"(?P<kind>[^,;.()]{1,60})", re.I)


def parts_of_a_stated_total(sent: Sentence, hits: list[Hit]) -> None:
    """In "34 of 135 involved forced labor" the second figure is the total and the first the
    part the predicate describes: the total keeps only its own words' kind, the part takes
    the predicate's kind, and a later pair with no kind of its own ("and 12 of 45 in 2016")
    takes the kind of the one before; a part of no known kind is left out."""
    kind: dict[str, str] = {}
    for part, whole in pairwise(hits):
        if (part.unit != "count" or whole.unit != "count"
                or not _OF_TOTAL.fullmatch(sent.text, part.fig.end, whole.fig.start)
                or whole.role not in ("figure", "child")
                or not ((part.role in ("figure", "child") and part.base == whole.base)
                        or (part.role == "unmapped" and not part.base))):
            continue
        if part.comparative and _counted_as_some(sent, hits, part):
            whole.role, whole.note = "ignore", "the whole of a compared part"
            continue
        words = sent.text[whole.fig.end:whole.np_end]
        own = splits_of(_PREDICATE.split(words, maxsplit=1)[0], whole.unit)
        said = {g: m for g, m in whole.splits.items() if g not in own}
        if part.role == "unmapped":
            # "15 of 45 defendants prosecuted in 2015 were for labor trafficking": the
            # predicate after the whole's words says what the part is
            predicate = _WERE_AFTER.search(sent.text, whole.fig.end,
                                           sent.segment(whole.fig.start).end)
            said = {g: m for g, m in splits_of(predicate["kind"], whole.unit).items()
                    if g == "type"} if predicate else {}
            part.base = whole.base
        kind = said or kind
        whole.splits = {**part.splits, **own}
        if kind:
            part.role, part.splits, part.parent = "child", {**whole.splits, **kind}, whole
            part.year = whole.year
        else:
            part.role, part.note = "ignore", "a part of a stated total, of no kind printed"
