"""How the figures of a TIP sentence compare, read once every figure has been read on
its own: a comparison that tells what an unread figure counts, "respectively" lists, bare
figures listed in a comparison, figures compared "respectively" with a list that has a figure
set aside, a measure that "decreased from 14 in 2018 to nine in 2019",
defendants as a compared year's count, a part with its own comparison in parentheses,
"the same number as in 2018" after a figure, and the comparison of a figure set aside.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from analysis.extract.grammar import compiled
from analysis.extract.numbers import Figure
from analysis.extract.tip.counterparts import compares_some_of_a_kind
from analysis.extract.tip.figures import COUNT_NOUN_AFTER, counts_for_percentages
from analysis.extract.tip.hits import Hit
from analysis.extract.tip.kinds import splits_of, unknown_kind
from analysis.extract.tip.measures import verb_group
from analysis.extract.tip.phrases import closed_paren_between, head_word, paren_of
from analysis.extract.tip.sentence import Sentence
from analysis.extract.tip.vocabulary import (
    HEADS,
    noun_alternatives,
    noun_measure,
    verb_alternatives,
    verb_measure,
)
from analysis.extract.tip.years import YEAR_AFTER, year_for

#: "nine of the 121 cases": a figure counting some of a whole.
_OF_WHOLE = re.compile(r"\s+of\s+(?:the|these|those|them|all)\b", re.I)

_RESPECTIVELY = re.compile(r",?\s*respectively\b", re.I)

#: "Convictions decreased from 14 in 2018 to nine in 2019", "The number of identified victims
#: rose from 45 to 71": a measure named by the subject, its figures after "from" and "to".
_CHANGE_FROM_TO = re.compile(
    r"(?P<subject>\b[A-Za-z][\w\s-]{0,60}?)\s+(?:rose|increased|decreased|fell|dropped|declined|"
    r"grew|went\s+(?:up|down))\s+from\s+", re.I)

#: "identified fewer child victims: from 18 in 2019 to four in 2020": the verb and its object
#: name the measure of a change told after them.
_FEWER_FROM_TO = re.compile(
    rf"\b(?P<verb>{verb_alternatives()})\s+(?P<subject>(?:fewer|more)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?P<noun>{HEADS}))\s*(?:[:,—–]|\s-{{1,2}})?\s*from\s+", re.I)

_IDENTIFIED_VICTIMS = re.compile(r"\b(?:identified\s+victims|victims\s+identified|victim\s+"
                                 r"identification|identifications?\s+of\s+victims)\b", re.I)


def change_of_a_measure(sent: Sentence, hits: list[Hit]) -> None:
    """Figures of a change the subject names the measure of ("Convictions decreased from 14
    in 2018 to nine in 2019"), or a verb of the vocabulary with "fewer" or "more" of its
    object ("identified fewer child victims: from 18 in 2019 to four in 2020"): the first is
    the earlier count (dated, else the year before), the second the later one."""
    changes = [*_CHANGE_FROM_TO.finditer(sent.text), *_FEWER_FROM_TO.finditer(sent.text)]
    for m in changes:
        subject_words = m["subject"]
        nouns = re.findall(rf"\b(?:{noun_alternatives()})\b", subject_words, re.I)
        measure = (verb_measure(m["verb"], m["noun"].lower()) if m.re is _FEWER_FROM_TO else
                   noun_measure(nouns[-1]) if nouns else
                   "victims_identified" if _IDENTIFIED_VICTIMS.search(subject_words) else "")
        pair = [h for h in hits if h.fig.start >= m.end() and h.unit == "count"][:2]
        if (not measure or len(pair) != 2 or pair[0].fig.start != m.end()
                or not re.fullmatch(r"[^.;,()]{0,30}?\bto\s+",
                                    sent.text[pair[0].fig.end:pair[1].fig.start])
                or any(h.role not in ("unmapped", "figure") or (h.role == "figure" and h.base
                                                               != measure) for h in pair)):
            continue
        for h, default in zip(pair, (sent.current_year - 1, sent.current_year), strict=True):
            h.role, h.base, h.parent = "figure", measure, None
            h.splits = splits_of(subject_words, "count")
            named = year_for(sent, h, None)
            h.year = named if YEAR_AFTER.match(sent.text, h.np_end) else default


def defendants_as_the_years_count(sent: Sentence, hits: list[Hit]) -> None:
    """In a list of compared years, defendants dated to a year the list gives no other count
    of ("compared with five prosecutions with 14 defendants in 2018, 20 defendants in 2017")
    are that year's count of the measure compared, printed in defendants (the keys count
    prosecutions of cases and of defendants alike, the unit named in the note)."""
    for i, h in enumerate(hits):
        # a bare figure after them counts defendants too ("20 defendants in 2017, and 30 in 2016")
        defendants = h.noun == "defendant" or (h.np_end == h.fig.end and i > 0
                                               and hits[i - 1].noun == "defendant")
        if h.role != "ignore" or not h.comparative or not defendants or h.unit != "count":
            continue
        total = next((t for t in reversed(hits[:i]) if t.role == "figure" and t.comparative
                      and t.parent is None and t.base in ("prosecutions", "convictions")), None)
        dated = YEAR_AFTER.match(sent.text, h.np_end)
        if total is None or dated is None or compares_some_of_a_kind(sent, total, h, hits[:i]):
            continue  # "30 of 80 defendants ... were for forced labor, compared with four"
        year = year_for(sent, h, None)
        if any(t.base == total.base and t.year == year and t.role == "figure" for t in hits):
            continue
        h.role, h.base, h.splits, h.year = "figure", total.base, {}, year
        h.source, h.note = total.source, "counted in defendants"


#: The verb of a count of persons charged, right before its figure ("charged 30 defendants").
_CHARGED_BEFORE = re.compile(r"\b(?:charged|indicted)\s+(?:[\w-]+\s+){0,2}$", re.I)


def persons_charged_beside_prosecutions(sent: Sentence, hits: list[Hit]) -> None:
    """Persons charged are the prosecutions begun where they are the count; beside a count of
    prosecutions of the same sentence ("initiated 12 prosecutions and charged 30 defendants")
    they are counted apart, with the parts they open."""
    def charged(h: Hit) -> bool:
        return _CHARGED_BEFORE.search(sent.text, max(0, h.fig.start - 40), h.fig.start) is not None
    for i, h in enumerate(hits):
        if h.role != "figure" or h.base != "prosecutions" or h.parent is not None or not charged(h):
            continue
        # its parts: the bare counts coordinated after it ("... and two with labor trafficking")
        parts = [c for c in hits if c.parent is h]
        for c in hits[i + 1:]:
            if c.np_end != c.fig.end or c.base != "prosecutions" or not c.fig.value:
                break  # not "... but reported no prosecutions": a stated zero beside them
            parts.append(c)
        if any(t is not h and t not in parts and t.role == "figure" and t.base == "prosecutions"
               and t.parent is None and t.comparative == h.comparative
               and not t.splits.keys() & {"type", "age"} and not charged(t) for t in hits):
            for part in (h, *parts):
                part.role, part.note = "ignore", "persons charged beside the count of prosecutions"


def part_compared_in_parentheses(sent: Sentence, hits: list[Hit]) -> None:
    """A part after a comparison that has its own comparison in parentheses, for the same
    earlier year ("identified 26 victims ..., compared with 24 in 2020, of which three were
    foreign nationals (11 in 2020)"), is a part of the year's count, not of the earlier one."""
    for h, nxt in pairwise(hits):
        if (h.role != "child" or not h.comparative or h.parent is None or not nxt.comparative
                or nxt.role not in ("figure", "child") or nxt.year != h.year
                or nxt.splits != h.splits or h.year == sent.current_year
                or not re.fullmatch(r"[^().;]*\(\s*", sent.text[h.fig.end:nxt.fig.start])):
            continue
        whole = next((t for t in hits if t.role == "figure" and not t.comparative
                      and t.parent is None and t.base == h.base and t.fig.end <= h.fig.start),
                     None)
        if whole is not None:
            h.parent, h.year, h.comparative, h.source = whole, whole.year, False, whole.source


def respectively(sent: Sentence, hits: list[Hit]) -> None:
    """Figures listed before "respectively" count, in order, the measures of the verbs or
    nouns listed with them ("investigated and prosecuted one and seven cases,
    respectively", "one and seven investigations and prosecutions, respectively"), or one
    measure in the years listed with them ("In 2019 and 2018, ... convicted four and six
    traffickers, respectively"); else each counts one of what else is listed (places,
    agencies, kinds) and none is read as the whole."""
    for m in _RESPECTIVELY.finditer(sent.text):
        listed = [h for h in hits if h.fig.start < m.start()
                  and not re.search(r"[;.]", sent.text[h.fig.end:m.start()])]
        run: list[Hit] = []
        for h in reversed(listed):
            gap = sent.text[h.np_end:(run[0].fig.start if run else m.start())]
            if run and not re.fullmatch(r"\s*(?:,\s*)?(?:and|or)?\s*", gap):
                break
            run.insert(0, h)
        if len(run) < 2:
            continue
        head = head_word(sent, run[-1]) + "s"
        measures = [verb_measure(v[0], head) for v in verb_group(sent, run[0].at)]
        if len(measures) != len(run) or not all(measures):
            nouns = re.search(rf"((?:{noun_alternatives()})(?:\s*,\s*(?:{noun_alternatives()}))*"
                              rf",?\s+(?:and|or)\s+(?:{noun_alternatives()}))", sent.text, re.I)
            words = re.findall(rf"(?:{noun_alternatives()})", nouns[1], re.I) if nouns else []
            measures = [noun_measure(w) for w in words]
        if len(measures) == len(run) and all(measures):
            for h, measure in zip(run, measures, strict=True):
                h.role, h.base, h.extra, h.parent = "figure", measure, (), None
                h.year = year_for(sent, h, None)
            continue
        years = next((y.listed for y in sent.years if len(y.listed) == len(run)
                      and (y.end <= run[0].fig.start or y.start < m.start())), ())
        if years and run[0].role == "figure" and all(h.role != "child" for h in run):
            # "In 2019 and 2018, the government convicted four and six traffickers,
            # respectively": one measure, a year for each figure
            for h, year in zip(run, years, strict=True):
                h.role, h.base, h.extra, h.parent = "figure", run[0].base, run[0].extra, None
                h.splits, h.year, h.each = dict(run[0].splits), year, ()
            continue
        for h in run:
            # "A, B, and C reported 10, 20, and 30 victims respectively": each counts one of
            # the places, agencies or kinds listed, none of them the whole
            if h.role == "figure" and h.parent is None:
                h.role, h.note = "unmapped", "one of a list read 'respectively', not the whole"


def parallel_comparisons(sent: Sentence, hits: list[Hit]) -> None:
    """Bare figures listed in a comparison ("compared with 38, 25, and 10, respectively, in
    2018", "compared with 12 and three in 2018") count, in order, what the figures listed
    before the comparison count, when there are as many of each."""
    for seg in sent.segments:
        if not seg.comparative:
            continue
        run = [h for h in hits if seg.start <= h.fig.start < seg.end and h.np_end == h.fig.end
               and h.unit == "count" and h.role in ("figure", "unmapped")]
        if len(run) < 2 or any(
                not re.fullmatch(r"[\s,]*(?:and\s+)?", sent.text[a.fig.end:b.fig.start])
                for a, b in pairwise(run)):
            continue
        before = [h for h in hits if h.fig.end <= seg.start and h.unit == "count"
                  and not h.comparative and h.parent is None and h.role == "figure"
                  and h.restates is None]
        listed = before[-len(run):]
        if len(listed) != len(run) or len({(h.base, tuple(sorted(h.splits.items())))
                                           for h in listed}) != len(listed):
            continue
        own = [{g: m for g, m in o.splits.items() if g not in o.adjunct} for o in listed]
        if len({(o.base, tuple(sorted(k.items()))) for o, k in zip(listed, own, strict=True)}
               ) < len(own):
            # "14 prosecutions for sex trafficking and three for labor trafficking, compared
            # with 10 and two": the kinds after the nouns tell the items apart, so each keeps its
            own = [dict(o.splits) for o in listed]
        for h, other, kind in zip(run, listed, own, strict=True):
            h.role, h.base, h.extra = "figure", other.base, other.extra
            h.splits = kind
            h.source, h.parent = other.source, None


#: Between two figures listed in a comparison, and after the last one before "respectively":
#: a comma or "and", and for an amount the local amount printed before it ("90,000 lev
#: ($52,000) and 40,000 lev ($23,000)").
_LISTED_GAP = re.compile(r"\)?\s*,?\s*(?:and\s+)?(?:[^\s;()]+\s+){0,4}?\(?\s*", re.I)


#: A whole aside in parentheses.
_ASIDE = re.compile(r"\s*\([^()]*\)")


def respective_comparisons(sent: Sentence, hits: list[Hit]) -> None:
    """Figures compared "respectively" ("compared with 90,000 lev ($52,000) and 40,000 lev
    ($23,000), respectively, in 2019") are each read as the figure in the same place of the
    list before the comparison: the counterpart of a figure set aside (another body's money,
    a wider group) is set aside too, not read as the first figure's comparison."""
    for m in _RESPECTIVELY.finditer(sent.text):
        seg = sent.segment(m.start())
        if not seg.comparative:
            continue
        run: list[Hit] = []
        inside = [h for h in hits if seg.start <= h.fig.start < m.start()]
        for h in reversed(inside):
            if h.parent in inside and paren_of(sent.text, h.fig.start) >= 0:
                continue  # "229 (14 children)": a part of a listed figure, not an item
            end = run[0].fig.start if run else m.start()
            gap = _ASIDE.sub("", sent.text[h.np_end:end])
            if h.parent is not None or not _LISTED_GAP.fullmatch(gap) or (
                    run and h.unit != run[0].unit):
                break
            run.insert(0, h)
        if len(run) < 2:
            continue
        listed = [h for h in hits if h.fig.end <= seg.start and h.unit == run[0].unit
                  and not h.comparative and h.parent is None][-len(run):]
        if len(listed) != len(run) or (run[0].unit == "count"
                                       and all(h.role == "figure" for h in listed)):
            continue  # counts all read: parallel_comparisons pairs them
        for h, other in zip(run, listed, strict=True):
            if other.role == "figure":
                h.role, h.base, h.extra, h.source, h.parent = (
                    "figure", other.base, other.extra, other.source, None)
                h.splits = {g: k for g, k in other.splits.items() if g not in other.adjunct}
                h.year = year_for(sent, h, None)
            else:
                h.role, h.note = "ignore", "compared with a figure not read as a count"


def _counted_words(sent: Sentence, hit: Hit) -> str:
    """What a figure counts, as printed ("potential victims")."""
    return " ".join(sent.text[hit.fig.end:hit.np_end].lower().split())


def _compares_another(sent: Sentence, before: list[Hit], hit: Hit) -> bool:
    """Whether a comparison counts what a figure read before the unread one counts, in the
    same words ("identified 2,229 potential victims and confirmed 82 victims, compared to
    1,305 potential victims"): it is that figure's comparison, not the unread one's."""
    words = _counted_words(sent, hit)
    return bool(words) and any(h.role == "figure" and _counted_words(sent, h) == words
                               for h in before[:-1])


def reverse_comparisons(sent: Sentence, hits: list[Hit]) -> None:
    """A figure the vocabulary does not name, compared right after with a figure it does
    ("nine of the 121 cases ... – a decrease from further investigating 14 cases the
    previous year"), counts what that figure counts, if it counts cases, people or nothing
    named (not "nine long-term government shelters"; victims only as victims: "cases
    involving 92 victims, compared with 34 case investigations"), and if no figure before it
    in the sentence was already read as that measure: in "identified 90 potential victims and
    certified 40, compared with 70 in 2020" the comparison is of the 90, and the 40, counted
    by a verb of no measure, stays unread. A count in parentheses is passed over, unless it
    is a percentage's ("received assistance – 24 percent (36 victims) in 2022, compared with
    23 percent (70 victims)": the comparison is of the 36)."""
    text = counts_for_percentages(sent)
    for i, hit in enumerate(hits):
        if hit.role != "figure" or not hit.comparative or i == 0:
            continue
        start = sent.segment(hit.fig.start).start
        if not compiled("COMPARISON").match(sent.text, start):
            continue
        before = [h for h in hits[:i] if h.fig.end <= start and h.unit == hit.unit
                  and not closed_paren_between(text, h.fig.start, start)]
        if any(h.role == "figure" and h.base == hit.base and not h.comparative
               and h.parent is None for h in before[:-1]):
            continue
        if (before and before[-1].role == "unmapped" and not before[-1].comparative
                and not _compares_another(sent, before, hit)
                and not (before[-1].noun == "victim" and not hit.base.startswith("victims"))
                and not unknown_kind(sent.text[before[-1].fig.end:before[-1].np_end])
                and (before[-1].np_end == before[-1].fig.end
                     or COUNT_NOUN_AFTER.match(sent.text, before[-1].fig.end)
                     or _OF_WHOLE.match(sent.text, before[-1].fig.end))):
            earlier = before[-1]
            earlier.role, earlier.base = "figure", hit.base
            earlier.year = year_for(sent, earlier, None)


#: Who a figure went to, right before a count: "to two NGOs", "for 12 shelters".
_TO_WHOM = re.compile(r"\b(?:to|for)\s+$", re.I)


def same_as_before(sent: Sentence, hits: list[Hit]) -> list[Hit]:
    """The counts of "the same number as reported during the previous reporting period",
    "the same as in 2018", "unchanged from the previous year" or "as many as in 2016" after
    a figure: the figure read before it again, of the same measures, kind and source, for
    the year the phrase names (read as any comparison's year); none after a figure of no
    measure ("allocated $40,000 and paid 38 staff, the same as 2017": the staff). Counts in a
    parenthesis closed before it are passed over (not an amount's conversion): "three new
    cases (one sex trafficking and two labor trafficking) in 2019, the same number as in 2018"
    is three cases."""
    out = []
    for m in compiled("SAME_AS").finditer(sent.text):
        # a count of whom a figure went to is inside that figure's phrase ("allocated 1.1
        # million zloty ($262,843) to two NGOs that run ...; this is same amount allocated in
        # 2015"), not a figure the phrase can be the same as
        ref = next((h for h in reversed(hits) if h.fig.end <= m.start()
                    and not (h.unit == "count"
                             and closed_paren_between(sent.text, h.fig.start, m.start()))
                    and not (h.role == "unmapped" and _TO_WHOM.search(
                        sent.text, 0, h.fig.start))), None)
        if ref is None or ref.role not in ("figure", "child"):
            continue
        at = Hit(Figure(ref.fig.value, m.start(), m.start(), ""), ref.unit, m.start(),
                 comparative=True)
        year = year_for(sent, at, None)
        out.append(replace(
            ref, fig=Figure(ref.fig.value, ref.fig.start, m.end(), ref.fig.text),
            comparative=True, year=year, each=at.each, parent=None, total=None, restates=None,
            again=False, label_start=m.start(), label_end=m.end(), np_end=m.end(),
            note=f"printed as the same figure as for {ref.year}"))
    return out


def comparisons_set_aside(sent: Sentence, hits: list[Hit]) -> None:
    """A bare comparison in parentheses closing the clause of a figure that the sentence then
    sets aside ("12 additional victims of forced labor who were also likely ... (nine in
    2019)") is set aside with it: it can only compare that figure, not a count of the
    measure."""
    for h in hits:
        other = h.compared
        if (h.role == "figure" and other is not None and other.role == "ignore"
                and h.np_end == h.fig.end
                and _PAREN_AFTER_CLAUSE.fullmatch(sent.text, other.np_end, h.fig.start)):
            h.role, h.note = "ignore", "the comparison of a figure set aside"


#: From the end of a figure's words to a bare figure in parentheses closing its clause.
_PAREN_AFTER_CLAUSE = re.compile(r"[^,;:()\[\]—–]*\(\s*")
