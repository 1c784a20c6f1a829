"""Trafficking in Persons (TIP) country narratives: the enforcement figures, sentence by sentence.

The narrative is read in its sections (Prosecution, Protection, Prevention, told by their
headings or, in a text without headings, by their first sentences: "The government
increased law enforcement efforts."); the summary before them is read too, for the figures
the sections (cut off in an excerpt) do not give. Each sentence goes through the shared
grammar (``analysis.extract.grammar``: years, comparisons) and the TIP reader
(``reading.py``); the phrasings are data (``analysis/data/tip_*.csv``). Then, across the
narrative: stated zeros ("did not convict any traffickers", "there were no prosecutions"),
statistics the government did not report (empty rows), figures that are parts of a total
given before (by one agency: "The police reported identifying 432 victims"; by kind:
"Seventy-nine were identified as potential victims") are set aside, and a sentence that
dates a figure and its comparison to the same year has the figure read for the year
reported on.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cache

from analysis.datafiles import read_rows
from analysis.detect.tip import TIER_LINE
from analysis.extract.grammar import compiled, sentence_spans
from analysis.extract.numbers import NUMBER, Figure, parse_number, words_to_number
from analysis.extract.records import Enforcement, Extraction
from analysis.extract.tip import figures, kinds, phrases, reading, relations
from analysis.extract.tip.hits import Hit
from analysis.extract.tip.sentence import Sentence, build
from analysis.extract.tip.vocabulary import (
    load_patterns,
    noun_alternatives,
    noun_measure,
    source_of,
    verb_alternatives,
    verb_measure,
    verb_measure_in,
)

DOMAIN = "trafficking"
WARN_SECTIONS = frozenset({"prosecution", "protection"})
SUMMARY = "summary"

#: How the narratives deny: "did not", "has never", "compared with not identifying any".
_NEGATION = (r"(?:\b(?:did|does|do|could|would)\s+not|\b(?:has|have|had)\s+(?:not|never)|"
             r"\bnever|(?<=\bwith\s)not|(?<=\bto\s)not)")
_ZERO_VERBS = re.compile(
    rf"{_NEGATION}\b\s*(?:(?:[\w-]+ly|also|yet|however,?|,\s*however,)"
    rf"\s*)*(?:report\s+)?(?P<verbs>(?:{verb_alternatives()})(?:(?:\s*,\s*(?:(?:or|and|nor)\s+)?|"
    rf"\s+(?:or|and|nor)\s+)(?:{verb_alternatives()}))*)\s+(?:any|a\s+single|an?)\s+"
    rf"(?:of\s+(?:the|these|those)\s+(?:[\d,]+\s+)?)?(?P<obj>(?:[\w-]+\s+){{0,3}}?"
    r"(?:victims?|cases?|suspects?|traffickers?|offenders?|persons|individuals|people|"
    r"defendants|perpetrators|children|women|men|girls|boys|offen[cs]es))\b",
    re.I,
)
#: "did not prosecute any defendants or convict any traffickers", "did not advance any cases to
#: prosecution or convict any traffickers", "..., nor did it convict any traffickers": another
#: verb and object of a denial before it.
_DENIED_AGAIN = re.compile(
    rf"(?<=\s)(?:or|nor)\s+(?:did\s+(?:it|they|the\s+government|authorities|officials)\s+)?"
    rf"(?P<verbs>{verb_alternatives()})\s+(?:any|a\s+single)\s+"
    r"(?P<obj>(?:[\w-]+\s+){0,3}?(?:victims?|cases?|suspects?|traffickers?|offenders?|persons|"
    r"individuals|people|defendants|perpetrators|children|women|men|girls|boys|offen[cs]es))\b",
    re.I,
)
_DENIAL = re.compile(_NEGATION, re.I)
#: "of internal sex and labor trafficking crimes": what the people a zero denies were of.
_OF_WHAT = re.compile(r"\s+of\s+[^,;.()]{1,60}")
#: "did not report whether ...", "did not report if ...": a question left open, not a denial.
_WHETHER = re.compile(r"\b(?:whether|if)\b", re.I)
#: "failed to prosecute or obtain convictions for trafficking offenders": none of either (an
#: adverb, "failed to adequately prosecute", says they were too few, not none).
_FAILED_TO = re.compile(
    rf"\bfailed\s+to\s+(?P<verbs>(?:{verb_alternatives()})(?:(?:\s*,\s*|\s+(?:or|and|nor)\s+)"
    rf"(?:{verb_alternatives()}))*)(?:,?\s+(?:or|and|nor)\s+(?:obtain|secure|achieve|win)\s+"
    rf"(?P<nouns>(?:{noun_alternatives()})))?\s+(?:(?:any|for|against|of)\s+)?"
    r"(?P<obj>(?:[\w-]+\s+){0,3}?(?:victims?|cases?|suspects?|traffickers?|offenders?|persons|"
    r"individuals|people|defendants|perpetrators))\b",
    re.I,
)
#: "made no efforts to identify or assist victims", "has demonstrated no action to investigate
#: or prosecute traffickers, assist victims, or ...", "failed to report any efforts to
#: investigate ... any offenders": no effort at all to do what the verbs after it count (the
#: match starts at the verb, whose subject says whose effort it was).
_NO_EFFORT = re.compile(
    rf"(?:\b[a-z]+\s+no|{_NEGATION}\s+(?:[\w-]+\s+){{0,2}}?any|\bfailed\s+to\s+(?:report|make|take|"
    r"demonstrate|show)\s+any)\s+(?:efforts?|actions?|steps?)\s+to\s+", re.I)
#: One verb (or several) of such an effort with its object: ", or identify or assist any
#: victims"; an adverb ("to proactively identify victims") says how, and ends the list, and
#: "to investigate the cases" is about cases named before, not all.
_EFFORT_OBJECT = re.compile(
    rf"\s*,?\s*(?:(?:or|and|nor)\s+)?(?P<verbs>(?:{verb_alternatives()})(?:\s*,?\s+(?:or|and|nor)"
    rf"\s+(?:{verb_alternatives()}))*)\s+(?:any\s+)?(?!(?:the|these|those|such|its|their|his|her)\b)"
    rf"(?P<obj>(?:[\w-]+\s+){{0,3}}?(?:victims?|"
    r"cases?|suspects?|traffickers?|offenders?|persons|individuals|people|defendants|"
    r"perpetrators|children|women|men|girls|boys|offen[cs]es))\b",
    re.I,
)
#: "convicted no traffickers", "identified no victims": a verb of the vocabulary with "no".
_ZERO_NO = re.compile(
    rf"\b(?P<verbs>(?:{verb_alternatives()})(?:(?:\s*,\s*(?:(?:or|and|nor)\s+)?|"
    rf"\s+(?:or|and|nor)\s+)(?:{verb_alternatives()}))*)\s+no\s+(?P<obj>(?:[\w-]+\s+){{0,3}}?"
    r"(?:victims?|cases?|suspects?|traffickers?|offenders?|persons|individuals|people|"
    r"defendants|perpetrators|children|women|men|girls|boys|offen[cs]es))\b",
    re.I,
)
_ZERO_NOUNS = re.compile(
    rf"\bthere\s+(?:were|was|had\s+been)\s+no\s+(?P<kind>(?:[\w-]+\s+){{0,3}}?)"
    rf"(?P<nouns>(?:{noun_alternatives()})(?:(?:\s*,\s*|\s+(?:or|and|nor)\s+)"
    rf"(?:{noun_alternatives()}))*)(?=(?P<obj>(?:\s+[\w-]+){{0,5}}))",
    re.I,
)
#: "no labor trafficking victims were identified", "no cases were investigated or
#: prosecuted": a denied object before the verbs of the vocabulary, in the passive.
_ZERO_PASSIVE = re.compile(
    rf"\bno\s+(?:new\s+)?(?P<obj>(?:[\w-]+\s+){{0,3}}?(?:victims?|cases?|suspects?|traffickers?|"
    r"offenders?|persons|individuals|people|defendants|perpetrators|children|women|men|girls|"
    rf"boys))\s+(?:were|was|(?:had|have|has)\s+been)\s+(?:(?:[\w-]+ly|also|yet)\s+)?"
    rf"(?P<verbs>(?:[a-z]+ed\s*,?\s+(?:or|and|nor)\s+)?(?:{verb_alternatives()})"
    rf"(?:(?:\s*,\s*(?:(?:or|and|nor)\s+)?|\s+(?:or|and|nor)\s+)(?:{verb_alternatives()}))*)\b"
    r"(?:\s+by\s+(?P<agent>[^.;,()]{1,60}))?",
    re.I,
)
#: "not identifying any victims for the last two years": a stated zero for each year.
_LAST_YEARS = re.compile(
    r"[^.;]*?\b(?:for|in|during|over)\s+the\s+(?:last|past|previous|preceding)\s+"
    r"(?P<n>[\w-]+)\s+years\b", re.I)
#: "did not identify any victims in 2021 or 2020": a stated zero for each year.
_OR_YEAR = re.compile(r"\s*,?\s*or\s+(?:in\s+)?((?:19|20)\d\d)\b")
_ZERO_OBJECT_NOUNS = re.compile(
    rf"{_NEGATION}\s+(?:(?:[\w-]+ly|also|yet)\s+)*(?:initiat(?:e|ed)|open(?:ed)?|"
    rf"conduct(?:ed)?|launch(?:ed)?|report(?:ed)?|record(?:ed)?|secur(?:e|ed)|obtain(?:ed)?|"
    rf"achiev(?:e|ed)|register(?:ed)?|beg(?:in|un)|start(?:ed)?|fil(?:e|ed)|bring|brought|"
    rf"confirm(?:ed)?|"
    rf"carr(?:y|ied)\s+out|pursu(?:e|ed))\s+(?:any|a\s+single)\s+(?:new\s+)?(?P<kind>(?:[\w-]+\s+){{0,3}}?)"
    rf"(?P<nouns>(?:{noun_alternatives()})(?:(?:\s*,\s*|\s*,?\s+(?:or|and|nor)\s+)"
    rf"(?:{noun_alternatives()}))*)\b(?=(?P<obj>(?:\s+[\w-]+){{0,5}}))",
    re.I,
)
#: "The government reported no trafficking investigations", "No convictions were reported".
_ZERO_REPORTED = re.compile(
    rf"\b(?:reported|recorded|registered|achieved|secured|obtained|initiated)\s+no\s+(?:new\s+)?"
    rf"(?P<kind>(?:[\w-]+\s+){{0,3}}?)(?P<nouns>(?:{noun_alternatives()})(?:(?:\s*,\s*|\s*,?\s+"
    rf"(?:or|and|nor)\s+)(?:{noun_alternatives()}))*)\b(?=(?P<obj>(?:\s+[\w-]+){{0,5}}))",
    re.I,
)
_NO_NOUNS_REPORTED = re.compile(
    rf"^\W*no\s+(?:new\s+)?(?P<kind>(?:[\w-]+\s+){{0,3}}?)(?P<nouns>(?:{noun_alternatives()})"
    rf"(?:(?:\s*,\s*|\s*,?\s+(?:or|and|nor)\s+)(?:{noun_alternatives()}))*)\s+(?:were|was)\s+"
    rf"(?:reported|recorded|registered|initiated|achieved|secured|obtained)\b(?=(?P<obj>(?:\s+[\w-]+){{0,5}}))",
    re.I,
)
#: "did not report identifying any victims or referring them for care": a verb coordinated
#: after the object, whose pronoun object is the same, is denied too.
_PRONOUN_VERB = re.compile(
    rf"\s*,?\s+(?:or|nor|and)\s+(?P<verb>(?:{verb_alternatives()}))\s+(?:them|these|those|it)\b",
    re.I)
#: "... or obtain any convictions": another verb of the same denial, with its own object.
_ZERO_MORE = re.compile(
    rf"\s*,?\s+(?:or|nor|and)\s+(?:[a-z]+\s+)?(?:any|a\s+single)\s+(?:new\s+)?"
    rf"(?P<kind>(?:[\w-]+\s+){{0,2}}?)(?P<nouns>{noun_alternatives()})\b", re.I)
#: "identified three victims in 2014 but did not refer them to care facilities": a denial whose
#: object is the victims counted before it, every one of them.
_ZERO_THEM = re.compile(
    rf"{_NEGATION}\s+(?:(?:[\w-]+ly|also|yet)\s+)*(?P<verbs>{verb_alternatives()})\s+them\b",
    re.I)
_VICTIMS_COUNTED = re.compile(rf"(?:{NUMBER})\s+(?:[\w-]+\s+){{0,3}}?victims\b", re.I)
_SINCE = re.compile(r"\s+(?:[\w-]+\s+){0,3}?since\b", re.I)
#: "there were no reports of victims assisted or offenders prosecuted": a stated zero for the
#: measure of each participle, of the noun before it.
_NO_REPORTS = re.compile(r"\bthere\s+(?:were|was)\s+no\s+reports?\s+of\s+(?P<list>[^.;:]+)", re.I)
_REPORTED_OBJECT = re.compile(
    rf"(?:^|\b(?:or|and|nor)\s+)(?P<obj>(?:[\w-]+\s+){{0,2}}?(?:victims|traffickers|offenders|"
    rf"suspects|cases|persons|individuals|defendants))\s+(?P<verbs>(?:{verb_alternatives()})"
    rf"(?:\s+(?:and|or)\s+(?:{verb_alternatives()}))*)\b", re.I)
#: "any convictions for sex trafficking offenders": the kind named after the denied noun.
_FOR_KIND = re.compile(r"\s+(?:for|of|involving)\b", re.I)
#: "did not provide services to any victims of sex trafficking": the kind the denied object
#: is of, named after it, up to the end of its clause.
_KIND_AFTER = re.compile(r"\s+(?:of|for|involving)\s+(?P<kind>[^.;,()]{1,60})", re.I)
#: "did not identify any trafficking victims among TITP participants": about one population;
#: "... during these inspections": about the operations named before.
_AMONG = re.compile(r"\s+(?:among|(?:during|in|through|from|at)\s+(?:these|those|such)\s)",
                    re.I)
#: "Police reported identifying an additional 76 victims": a count beside the total.
_ADDITIONAL = re.compile(rf"\b(?:additional|further)\s+(?:{NUMBER})", re.I)
_NOT_ZERO_OBJECT = re.compile(r"\b(?:complicit|officials?|officers?|employees)\b", re.I)
_UNKNOWN = re.compile(
    rf"\b(?P<verb>{verb_alternatives()})\s+(?:[\w-]+\s+){{0,3}}?an\s+unknown\s+number\s+of\s+"
    r"(?P<obj>(?:[\w-]+\s+){0,3}?[\w-]+)",
    re.I,
)


@dataclass(frozen=True)
class _Row:
    """An enforcement row with what the narrative-wide rules need to know about it."""

    row: Enforcement
    section: str
    sentence: int
    source: str = "government"
    parts: frozenset[str] = frozenset()
    comparative: bool = False
    base: str = ""
    kinds: frozenset[str] = frozenset()
    adjunct: frozenset[str] = frozenset()
    summed: bool = False
    restates: int = -1  # where the count this row gives again by kind starts (-1: none)
    closing: bool = False  # "in total" or "a total of" before the figure, or "in total" after
    of: int = -1  # where the count this row is a part of starts (-1: none)


@cache
def _section_marks() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """Section headings and first sentences, from tip_sections.csv: (section, kind, regex)."""
    return tuple((r["section"], r["kind"], re.compile(r["pattern"]))
                 for r in read_rows("tip_sections.csv"))


def sections(text: str) -> list[tuple[str, int, int]]:
    """The Prosecution / Protection / Prevention sections as (name, body start, body end)."""
    marks = [(m.start(), m.end(), name) for name, kind, regex in _section_marks()
             if kind == "heading" for m in regex.finditer(text)]
    marks += [(m.start(), m.end(), "") for m in TIER_LINE.finditer(text)]
    marks.sort()
    return [
        (name, end, marks[i + 1][0] if i + 1 < len(marks) else len(text))
        for i, (_, end, name) in enumerate(marks)
        if name
    ]


def _opener(sentence: str) -> str:
    """The section a sentence opens ("The government maintained prevention efforts."), or ""."""
    for name, kind, regex in _section_marks():
        if kind == "opener" and regex.search(sentence):
            return name
    return ""


def _profile(sentence: str) -> bool:
    """Whether a sentence opens the trafficking profile ("Chile is a source, transit, and
    destination country for ..."): the paragraph describes the problem, not the government's
    counts, as the text after a "Trafficking Profile" heading does."""
    return any(kind == "profile" and regex.search(sentence)
               for _, kind, regex in _section_marks())


def _regions(text: str, warnings: list[str]) -> list[tuple[str, int, int]]:
    """What to read: the sections, and the summary before the first of them; a text
    without headings is read whole, its sections told by their first sentences."""
    found = sections(text)
    if not found:
        warnings.append("no Prosecution / Protection / Prevention headings: the whole "
                        "narrative was read, its sections told by their first sentences")
        heading = TIER_LINE.search(text)
        return [("", heading.end() if heading else 0, len(text))]
    heading = TIER_LINE.search(text, 0, found[0][1])
    first = min(start for _, start, _ in found)
    head_end = text.rfind("\n", 0, first)
    summary = (SUMMARY, heading.end() if heading else 0, max(0, head_end))
    return [summary, *found] if summary[2] > summary[1] else found


def _label(s: str, start: int, end: int) -> str:
    """A phrase as printed, on one line."""
    return " ".join(s[start:end].split())


def _rows(sent: Sentence, hits: list[Hit], index: int) -> list[_Row]:
    """The rows a sentence's hits give."""
    out = []
    for h in hits:
        if h.role not in ("figure", "child"):
            continue
        if h.total is not None:
            out.append(_sum_row(sent, h, index))
            if not {g for g in h.splits if g != "source"}:
                continue
        for base in (h.base, *h.extra):
            for year in h.each or (h.year,):
                row = Enforcement(
                    year, DOMAIN, kinds.measure_name(base, h.splits), h.fig.value, h.unit,
                    "reported", sent.offset + h.fig.start, sent.offset + h.fig.end,
                    qualifier=figures.qualifier(sent.text, h.at), note=h.note,
                    label=_label(sent.text, h.label_start, h.label_end), source="prose")
                out.append(_Row(row, sent.section, index, h.source, h.parts, h.comparative,
                                base, frozenset(h.splits), h.adjunct,
                                restates=_restated_start(h),
                                closing=_closing(sent, h),
                                of=_whole_start(h)))
                if h.foreign:
                    out.append(_foreign_row(out[-1], h))
    return out


def _closing(sent: Sentence, h: Hit) -> bool:
    """Whether a figure is said to be a total: "in total" or "a total of" before it in its
    sentence ("Therefore, in total, the government identified 44 victims"), or "in total" or
    "total" in its own words ("The 60 investigations in total", "48 total investigations")."""
    return bool(compiled("IN_TOTAL").search(sent.text, 0, h.fig.start)
                or compiled("TOTAL_AFTER").match(sent.text, h.fig.end))


def _restated_start(h: Hit) -> int:
    """Where the count a hit gives again by kind starts in the text, -1 when none."""
    first = h.restates
    return -1 if first is None else first.offset + first.fig.start


def _whole_start(h: Hit) -> int:
    """Where the count a part is of starts in the text, -1 for a hit that is no part."""
    whole = h.parent
    return -1 if h.role != "child" or whole is None else whole.offset + whole.fig.start


def _foreign_row(total: _Row, h: Hit) -> _Row:
    """The count of foreign victims a count of victims of another nationality also is."""
    splits = {"origin": "_foreign", **{g: m for g, m in h.splits.items() if g == "source"}}
    row = replace(total.row, measure=kinds.measure_name(total.base, splits),
                  note="every victim counted of another country's nationality")
    return replace(total, row=row, kinds=frozenset({"origin"}), adjunct=frozenset(),
                   restates=total.row.start)


def _sum_row(sent: Sentence, h: Hit, index: int) -> _Row:
    """The total a count's printed parts add up to ("two confirmed and 129 potential")."""
    splits = {g: m for g, m in h.splits.items() if g == "source"}
    row = Enforcement(h.year, DOMAIN, kinds.measure_name(h.base, splits), h.total, h.unit,
                      "reported", sent.offset + h.fig.start, sent.offset + h.total_end,
                      qualifier=figures.qualifier(sent.text, h.at),
                      note="sum of the parts printed",
                      label=_label(sent.text, h.label_start, h.total_end), source="prose")
    return _Row(row, sent.section, index, h.source, frozenset(), h.comparative, h.base,
                summed=True)


def _same_as(sent: Sentence, hits: list[Hit], index: int) -> list[_Row]:
    """Rows for "the same number as in 2009": the figure before it, for that year."""
    out = []
    for m in compiled("SAME_AS").finditer(sent.text):
        ref = next((h for h in reversed(hits) if h.role in ("figure", "child")
                    and h.fig.end <= m.start()), None)
        if ref is not None:
            year = int(m["year"]) if m["year"] else ref.year - 1
            row = Enforcement(year, DOMAIN, kinds.measure_name(ref.base, ref.splits),
                              ref.fig.value, ref.unit, "reported", sent.offset + ref.fig.start,
                              sent.offset + m.end(),
                              note=f"printed as the same figure as for {ref.year}",
                              label=_label(sent.text, m.start(), m.end()), source="prose")
            out.append(_Row(row, sent.section, index, ref.source, ref.parts, True))
    return out


def _zero_hits(sent: Sentence) -> list[Hit]:
    """Stated zeros as figures of value 0: "did not prosecute or convict any traffickers",
    "there were no prosecutions or convictions", "did not initiate any labor trafficking
    prosecutions", "did not allocate funding for victim assistance", "there were no reports of
    victims assisted or offenders prosecuted"."""
    out = []
    for m in (*_ZERO_VERBS.finditer(sent.text), *_ZERO_NO.finditer(sent.text),
              *_ZERO_PASSIVE.finditer(sent.text), *_denied_again(sent)):
        of = _OF_WHAT.match(sent.text, m.end("obj"))  # "any perpetrators of internal crimes"
        if (_NOT_ZERO_OBJECT.search(m["obj"]) or _part_only(m["obj"] + (of[0] if of else ""))
                or _cut_after(sent, m) or _for_one_form(sent, m.end("obj"))):
            continue
        # the passive names who counted after "by", else no one: the government's count
        source = (source_of(m["agent"] or "") if m.re is _ZERO_PASSIVE
                  else _zero_source(sent, m.start()))
        if source not in ("government", "ngo"):
            continue
        head = m["obj"].split()[-1].lower()
        again = _PRONOUN_VERB.match(sent.text, m.end())
        verbs = m["verbs"] + (" " + again["verb"] if again else "")
        for verb in re.finditer(rf"\b(?:{verb_alternatives()})\b", verbs, re.I):
            measure = verb_measure(verb[0], head)
            if measure:
                out.append(_zero(sent, m, measure, m["obj"], source))
    for m in _ZERO_THEM.finditer(sent.text):
        source = _zero_source(sent, m.start())
        measure = verb_measure(m["verbs"], "victims")
        if (measure and source in ("government", "ngo") and not _cut_after(sent, m)
                and _VICTIMS_COUNTED.search(sent.text, 0, m.start())):
            out.append(_zero(sent, m, measure, "", source))
    for m in (*_ZERO_NOUNS.finditer(sent.text), *_ZERO_OBJECT_NOUNS.finditer(sent.text),
              *_ZERO_REPORTED.finditer(sent.text), *_NO_NOUNS_REPORTED.finditer(sent.text)):
        if (_NOT_ZERO_OBJECT.search(m["obj"]) or _cut_after(sent, m)
                or _NOT_ZERO_OBJECT.search(m.groupdict("").get("kind", ""))):
            continue
        kind = m.groupdict("").get("kind", "")
        if kind and _part_only(kind):
            continue
        if _FOR_KIND.match(m["obj"]):  # "any convictions for sex trafficking offenders"
            kind = f"{kind} {m['obj']}"
        # "there were no ..." has no subject; "X did not initiate any ..." has one
        source = (_zero_source(sent, m.start())
                  if m.re in (_ZERO_OBJECT_NOUNS, _ZERO_REPORTED) else "government")
        if source not in ("government", "ngo"):
            continue
        for noun in re.finditer(rf"\b(?:{noun_alternatives()})\b", m["nouns"], re.I):
            if measure := noun_measure(noun[0]):
                out.append(_zero(sent, m, measure, kind, source))
        for more in _more_denied(sent, m):
            if (measure := noun_measure(more["nouns"])) and not _part_only(more["kind"]):
                out.append(_zero(sent, m, measure, more["kind"], source))
    for m in _FAILED_TO.finditer(sent.text):
        if (_NOT_ZERO_OBJECT.search(m["obj"]) or _part_only(m["obj"]) or _cut_after(sent, m)
                or re.search(r"\b(?:other|some|many|most|certain|several)\b", m["obj"], re.I)
                or _zero_source(sent, m.start()) not in ("government", "ngo")):
            continue
        head = m["obj"].split()[-1].lower()
        source = _zero_source(sent, m.start())
        for verb in re.finditer(rf"\b(?:{verb_alternatives()})\b", m["verbs"], re.I):
            if measure := verb_measure(verb[0], head):
                out.append(_zero(sent, m, measure, m["obj"], source))
        if m["nouns"] and (measure := noun_measure(m["nouns"])):
            out.append(_zero(sent, m, measure, m["obj"], source))
    for effort in _NO_EFFORT.finditer(sent.text):
        source = _zero_source(sent, effort.start())
        pos = effort.end()
        while source in ("government", "ngo") and (m := _EFFORT_OBJECT.match(sent.text, pos)):
            pos = m.end()
            if (_NOT_ZERO_OBJECT.search(m["obj"]) or _part_only(m["obj"])
                    or _cut_after(sent, m) or _for_one_form(sent, m.end("obj"))):
                continue
            head = m["obj"].split()[-1].lower()
            for verb in re.finditer(rf"\b(?:{verb_alternatives()})\b", m["verbs"], re.I):
                if measure := verb_measure(verb[0], head):
                    out.append(_zero(sent, m, measure, m["obj"], source))
    for m in _NO_REPORTS.finditer(sent.text):
        for item in _REPORTED_OBJECT.finditer(m["list"]):
            head = item["obj"].split()[-1].lower()
            for verb in re.finditer(rf"\b(?:{verb_alternatives()})\b", item["verbs"], re.I):
                if (measure := verb_measure(verb[0], head)) and not _part_only(item["obj"]):
                    out.append(_zero(sent, m, measure, item["obj"], "government"))
    for p in load_patterns():
        if p.kind == "zero":
            out += [_zero(sent, m, p.measure, "", "government", p.unit)
                    for m in p.regex.finditer(sent.text)]
    return out


def _denied_again(sent: Sentence) -> list[re.Match[str]]:
    """Verbs and objects a denial earlier in the clause goes on to deny after "or" ("did not
    advance any cases to prosecution or convict any traffickers"), not those already part of
    a denial of several verbs ("did not prosecute or convict any traffickers"), nor those of
    a question the report leaves open ("did not report whether it identified any victims or
    referred any cases": none is known, not none done)."""
    taken = [m.span() for m in _ZERO_VERBS.finditer(sent.text)]
    out = []
    for m in _DENIED_AGAIN.finditer(sent.text):
        start = sent.text.rfind(";", 0, m.start()) + 1
        denial = _DENIAL.search(sent.text, start, m.start())
        if (not any(a <= m.start() < b for a, b in taken) and denial
                and not _WHETHER.search(sent.text, denial.end(), m.start())):
            out.append(m)
    return out


def _more_denied(sent: Sentence, m: re.Match[str]) -> list[re.Match[str]]:
    """The objects a denial goes on to deny with another verb ("did not initiate any
    prosecutions or obtain any convictions"), each a match with its ``nouns``."""
    out = []
    pos = m.end("nouns")
    while more := _ZERO_MORE.match(sent.text, pos):
        out.append(more)
        pos = more.end()
    return out


#: "... any individuals for traditional slavery practices": what the denied object was for.
_FOR_WHAT = re.compile(r"\s+for\s+(?P<what>[^.;,()]{1,60})", re.I)


def _for_one_form(sent: Sentence, end: int) -> bool:
    """Whether a denial's object is said to be for one form of exploitation that is neither
    trafficking as a whole nor a kind the splits name ("did not report investigating ... any
    individuals for traditional slavery practices"): the zero is of that form only."""
    found = _FOR_WHAT.match(sent.text, end)
    if found is None:
        return False
    what = found["what"]
    return (kinds.names_trafficking(what) and not kinds.generic_kind(what)
            and not kinds.splits_of(what, "count"))


def _cut_after(sent: Sentence, m: re.Match[str]) -> bool:
    """Whether a stated zero ends where the excerpt is cut: whose officials or which crimes
    ("... or convictions of complicit officials") may be in the words that are missing; or
    is about years since another ("has not identified a confirmed victim since 2019"), or one
    population ("did not identify any victims among migrant workers")."""
    end = _end(m)
    return ((sent.cut and len(sent.text[end:].split()) < 3)
            or _SINCE.match(sent.text, end) is not None
            or _AMONG.match(sent.text, end) is not None)


def _end(m: re.Match[str]) -> int:
    """Where a stated zero's words end: its match, or the words after its noun it looks at
    (read, not taken, so that the next denial of the sentence is found too)."""
    return max(m.end(), m.end("obj")) if m.re.groupindex.get("obj") and m["obj"] is not None \
        else m.end()


def _zero_source(sent: Sentence, pos: int) -> str:
    """Who states a zero: the subject of its clause, or in a comparison ("compared with not
    identifying any victims") the subject of the sentence."""
    found = source_of(phrases.actor(sent.text, pos))
    if found == "other" and sent.segment(pos).comparative:
        main = phrases.subject(sent.text, sent.segment(pos).start)
        found = source_of(main[:main.find(",")] if "," in main else main)
    return found


def _part_only(obj: str) -> bool:
    """Whether a stated zero is about one part of the victims ("any male victims") that no
    split of the vocabulary names: it says nothing about the total. No potential victims
    means no victims at all, so the status qualifiers do not make a part."""
    groups = kinds.partition_groups(obj) - {"status"}
    return bool(groups) and not kinds.splits_of(obj, "count")


def _zero(sent: Sentence, m: re.Match[str], base: str, obj: str, source: str,
          unit: str = "count") -> Hit:
    """A stated zero as a hit, its year that of its sentence (or named after it)."""
    end = _end(m)
    hit = Hit(Figure(0.0, m.start(), end, sent.text[m.start():end]), unit, m.start(),
                      role="figure", base=base, label_start=m.start(), label_end=end, np_end=end,
                      source=source, comparative=sent.segment(m.start()).comparative)
    hit.splits = kinds.splits_of(obj, unit) if obj else {}
    after = _KIND_AFTER.match(sent.text, end)
    if unit == "count" and "type" not in hit.splits and after:
        # a zero of one kind ("... to any victims of sex trafficking") is not the total's
        hit.splits.update({g: k for g, k in kinds.splits_of(after["kind"], unit).items()
                           if g == "type"})
    if source == "ngo":
        hit.splits["source"] = "_ngo"
    # the words after the denied noun say for which years ("... convictions in 2019 or 2018",
    # "for the last two years"); a pattern's trailing words are not part of the zero. "For the
    # third consecutive year" dates the zero to the year reported on only: the earlier years
    # are the earlier reports' to state
    tail = m.end("nouns") if "nouns" in m.re.groupindex else end
    later = [y for y in sent.years if y.start >= tail and not y.comparative]
    hit.year = (sent.resolve(later[0]) if later else None) or sent.current_year
    if later and (also := _OR_YEAR.match(sent.text, later[0].end)) and later[0].year:
        hit.each = (later[0].year, int(also[1]))
    elif later and later[0].listed:
        hit.each = later[0].listed
    elif (span := _LAST_YEARS.match(sent.text, tail)) and (n := words_to_number(span["n"])):
        # "for the last two years": the years before this one in a comparison, else up to it
        last = sent.current_year - 1 if hit.comparative else sent.current_year
        hit.each = tuple(range(last, last - min(n, 10), -1))
    elif not later and compiled("AS_BEFORE").match(sent.text, sent.clause(m.start()).start,
                                                   m.start()):
        hit.each = (hit.year, hit.year - 1)
    return hit


def _not_published(sent: Sentence, index: int) -> list[_Row]:
    """Rows for figures the sentence says the government did not report."""
    out = []
    for p in load_patterns():
        if p.kind != "not_published":
            continue
        for m in p.regex.finditer(sent.text):
            later = [y for y in sent.years if y.start >= m.end()]
            year = (sent.resolve(later[0]) if later else None) or sent.current_year
            row = Enforcement(year, DOMAIN, p.measure, None, p.unit, "not_published",
                              sent.offset + m.start(), sent.offset + m.end(),
                              label=_label(sent.text, m.start(), m.end()), source="prose")
            out.append(_Row(row, sent.section, index))
    return out


def _unknown(sent: Sentence, index: int) -> list[_Row]:
    """Rows with no value for a count the narrative says is unknown ("provided training to
    an unknown number of officials")."""
    out = []
    for m in _UNKNOWN.finditer(sent.text):
        measure = verb_measure_in(m["verb"], m["obj"])
        if not measure:
            continue
        row = Enforcement(sent.current_year, DOMAIN, measure, None, "count", "unknown",
                          sent.offset + m.start(), sent.offset + m.end(),
                          label=_label(sent.text, m.start(), m.end()), source="prose")
        out.append(_Row(row, sent.section, index))
    return out


def _unread(sent: Sentence, hits: list[Hit]) -> list[str]:
    """Warnings for counts a Prosecution or Protection sentence has and nothing read."""
    if sent.section not in WARN_SECTIONS:
        return []
    whole = _label(sent.text, 0, len(sent.text))
    return [f"{sent.section}: figure {h.fig.text!r} not read: {whole}"
            for h in hits if h.role == "unmapped" and figures.looks_like_count(sent.text, h.fig)]


def _same_year_as_comparison(rows: list[_Row], reporting_year: int,
                             warnings: list[str]) -> list[_Row]:
    """A figure dated to the same year as its comparison in one sentence ("prosecuted nine
    cases ... in 2016, compared to seven prosecutions ... in 2016") is read for the year
    reported on: the text misprints one of the two years."""
    compared = {(r.sentence, r.row.measure, r.row.data_year) for r in rows if r.comparative}
    out = []
    for r in rows:
        key = (r.sentence, r.row.measure, r.row.data_year)
        if (not r.comparative and key in compared and r.row.data_year != reporting_year
                and r.row.value is not None):
            warnings.append(f"{r.row.measure}: the text dates a figure and its comparison both "
                            f"to {r.row.data_year}; {r.row.value:g} read for {reporting_year}")
            r = replace(r, row=replace(r.row, data_year=reporting_year,
                                       note=f"printed as {r.row.data_year}, the year of its "
                                            "comparison"))
        out.append(r)
    return out


def _closed_parts(rows: list[_Row], warnings: list[str]) -> list[_Row]:
    """Set aside figures that a total given after them closes: counts of one measure and year
    ("the victim assistance service identified nine victims", "the crisis service registered
    23 victims", ...) that add up to a later government count of it, or to a later count that
    says it is the total ("The 60 investigations in total"), or that a later count marked "in
    total" or "a total of" exceeds; their comparisons, and what the sentences
    between them and the total count of each of them ("Fourteen of the 23 victims received
    shelter"), are parts too."""
    aside: set[int] = set()
    for t, total in enumerate(rows):
        value = total.row.value
        if (value is None or total.comparative or total.restates >= 0 or total.summed
                or total.source not in ("government", *(("other",) if total.closing else ()))):
            continue  # a total no body is named for counts if it says it is the total
        key = (total.section, total.row.measure, total.row.data_year)
        before = [i for i, r in enumerate(rows[:t]) if i not in aside
                  and (r.section, r.row.measure, r.row.data_year) == key
                  and r.row.value is not None and not r.comparative and r.restates < 0
                  and r.sentence < total.sentence]
        values = [rows[i].row.value for i in before]
        if (len(before) < 2 or max(values) >= value
                or not (sum(values) == value or (total.closing and sum(values) < value))):
            continue
        firsts = sorted(before, key=lambda i: rows[i].sentence)
        start = rows[firsts[0]].sentence
        for i, r in enumerate(rows):
            if i in aside or i == t or not start <= r.sentence < total.sentence:
                continue
            owner = max((rows[j] for j in firsts if rows[j].sentence <= r.sentence),
                        key=lambda p: p.sentence)
            same = r.comparative and r.base == owner.base and r.sentence == owner.sentence
            if (i in before or same
                    or (r.row.value is not None and not r.comparative
                        and r.row.value <= owner.row.value)):
                aside.add(i)
                warnings.append(f"{r.row.measure}: {r.row.value:g} for {r.row.data_year} "
                                f"taken as a part of the total given after it "
                                f"({value:g}): {r.row.label!r}")
    return [r for i, r in enumerate(rows) if i not in aside]


def _combined_counts(rows: list[_Row], warnings: list[str]) -> list[_Row]:
    """Set aside a count that adds up the government's count and another body's count of the
    same measure and year given before it ("Authorities identified 92 victims, and NGOs
    identified an additional 333 ... The total number of victims identified, 425, ..."): it
    is not the government's count, nor is what its sentence compares it with."""
    aside: set[int] = set()
    for i, r in enumerate(rows):
        if (r.source != "government" or r.comparative or r.kinds or r.row.value is None
                or r.row.measure != r.base):
            continue
        earlier = [p for p in rows[:i] if p.base == r.base and not p.comparative
                   and p.row.data_year == r.row.data_year and p.row.value is not None
                   and p.sentence < r.sentence and not p.kinds - {"source"}]
        own = [p.row.value for p in earlier if p.source in ("government", "agency")]
        others = [p.row.value for p in earlier if p.source not in ("government", "agency")]
        if not any(a + b == r.row.value for a in own for b in others):
            continue
        for j, c in enumerate(rows):
            if j == i or (c.sentence == r.sentence and c.comparative and c.base == r.base):
                aside.add(j)
                warnings.append(f"{c.row.measure}: {c.row.value:g} for {c.row.data_year} "
                                f"taken as the government's and others' counts together: "
                                f"{c.row.label!r}")
    return [r for i, r in enumerate(rows) if i not in aside]


def _one_court(rows: list[_Row], warnings: list[str]) -> list[_Row]:
    """One court's convictions ("A court convicted two traffickers") are the year's count
    where the narrative gives no other count of that measure and year, else one case of it,
    set aside with a warning."""
    others = {(r.base, r.row.data_year) for r in rows
              if r.source != "one court" and r.row.value is not None}
    out = []
    for r in rows:
        if r.source == "one court" and (r.base, r.row.data_year) in others:
            warnings.append(f"{r.row.measure}: {r.row.value:g} for {r.row.data_year} taken as "
                            f"one court's case beside the year's count: {r.row.label!r}")
            continue
        out.append(r)
    return out


def _parts_of_totals(rows: list[_Row], warnings: list[str]) -> list[_Row]:
    """Set aside figures that are parts of a total the section gave before: a figure of one
    agency or other body ("The police reported identifying 432 victims", "social welfare
    organizations referred 42"), of one kind ("Seventy-nine
    were identified as potential victims") or a sum of parts smaller than the total ("303
    victims ... 212 females and 18 males") after the government's total for the year; the
    total repeated by an agency; an agency's or the government's "additional" count; a part
    of a kind the vocabulary does not split by after other counts of the same year; a count
    of another status ("also identified 1,204 potential victims" after 79 victims, "131
    potential victims" after 47 officially identified) beside the total; and the comparisons
    an agency's "additional" count, a count of another status or a part set aside has in its
    own sentence ("two children forced into marriage (four in 2019)"). An
    "additional" count of a measure with no total given is that measure's count."""
    totals: dict[tuple[str, str, int], float] = {}
    status: dict[tuple[str, str, int], frozenset[str]] = {}
    firsts: dict[tuple[str, str, int], _Row] = {}
    given: set[tuple[tuple[str, str, int], float]] = set()
    seen: set[tuple[str, int]] = set()
    kept: set[int] = set()
    counted: set[tuple[int, str]] = set()  # (sentence, measure) of the counts kept
    # (sentence, measure) of the counts set aside beside the total and of parts set aside;
    # (sentence, base measure) of "additional" counts set aside
    apart: set[tuple[int, str]] = set()
    aside: set[int] = set()  # where the counts set aside start
    out = []
    for r in rows:
        if r.of in aside:
            warnings.append(f"{r.row.measure}: {r.row.value:g} for {r.row.data_year} taken as a "
                            f"part of a count set aside: {r.row.label!r}")
            aside.add(r.row.start)
            continue
        if r.restates >= 0:
            if r.restates in kept:  # the same count by kind, kept with the count it restates
                out.append(r)
            continue
        key = (r.section, r.row.measure, r.row.data_year)
        value = r.row.value
        total = totals.get(key)
        if (r.summed or r.source == "agency") and total is not None and value == total:
            continue  # the total again, added up or by the agency that gave it
        if value is not None and not r.comparative and (key, value) in given:
            continue  # the same figure printed again ("supported 66 victims ... assisted 66")
        part = (total is not None and value is not None and value < total
                and (r.source in ("agency", "other") or r.parts or r.summed))
        beside = (total is not None and value is not None and value != total
                  and not r.comparative and ("status" in r.parts - status[key]
                                             or _other_status(r, firsts[key])))
        if beside:
            warnings.append(f"{r.row.measure}: {value:g} for {r.row.data_year} taken as a count "
                            f"of another status beside the total: {r.row.label!r}")
            aside.add(r.row.start)
            if (r.sentence, r.base) not in counted:  # the count its sentence compares
                apart.add((r.sentence, r.base))
            continue
        additional = (r.source in ("agency", "government") and total is not None
                      and _ADDITIONAL.search(r.row.label) is not None)
        if part or _unstored_part(r, seen) or additional:
            warnings.append(f"{r.row.measure}: {value:g} for {r.row.data_year} taken as a part "
                            f"of another count: {r.row.label!r}")
            aside.add(r.row.start)
            if not r.comparative:
                apart.add((r.sentence, r.base if additional else r.row.measure))
            continue
        if r.comparative and apart & {(r.sentence, r.base), (r.sentence, r.row.measure)}:
            warnings.append(f"{r.row.measure}: {value:g} for {r.row.data_year} taken as the "
                            f"comparison of a part of another count: {r.row.label!r}")
            continue
        if value is not None and r.source == "government" and key not in totals:
            totals[key], status[key], firsts[key] = value, r.parts, r
        if r.base and value is not None:
            seen.add((r.base, r.row.data_year))
        if value is not None and not r.comparative:
            given.add((key, value))
        kept.add(r.row.start)
        if not r.comparative:
            counted.add((r.sentence, r.base))
        out.append(r)
    return out


def _other_status(r: _Row, total: _Row) -> bool:
    """Whether a count and the total of a sentence before it both name a status and not the
    same one ("131 potential victims" beside "47 officially identified victims"); in one
    sentence the two are told apart by its words ("180 confirmed victims among 510 potential
    victims identified": the 510 holds the 180)."""
    mine, theirs = kinds.status_of(r.row.label), kinds.status_of(total.row.label)
    return bool(mine and theirs and mine != theirs) and r.sentence != total.sentence


def _zeros_beside_counts(rows: list[_Row], warnings: list[str]) -> list[_Row]:
    """Set aside a stated zero of a measure and year the narrative also gives a count of ("did
    not convict any traffickers associated with exploiting fishermen" beside "convicting 56
    traffickers"): the denial is about some of them, not all."""
    counted = {(r.row.measure, r.row.data_year) for r in rows
               if r.row.value is not None and r.row.value > 0}
    out = []
    for r in rows:
        if r.row.value == 0 and (r.row.measure, r.row.data_year) in counted:
            warnings.append(f"{r.row.measure}: a zero for {r.row.data_year} beside a count of "
                            f"that year, taken as about a part of it: {r.row.label!r}")
            continue
        out.append(r)
    return out


def _unstored_part(r: _Row, seen: set[tuple[str, int]]) -> bool:
    """Whether a row counts a part the vocabulary has no split for ("one adult sex trafficking
    victim") after other counts of the same thing and year: a part of their total."""
    unstored = r.parts - r.kinds - {"status"}
    return (bool(unstored) and r.base.startswith("victims") and not r.comparative
            and (r.base, r.row.data_year) in seen)


def _counts_by_kind_and_year(rows: list[_Row]) -> dict[tuple[str, int], list[_Row]]:
    """The rows that count something, grouped by the measure they are a part of and their year:
    the unit the total rules below reason about."""
    by_key: dict[tuple[str, int], list[_Row]] = defaultdict(list)
    for r in rows:
        if r.base and r.row.unit == "count" and r.row.value is not None and r.restates < 0:
            by_key[(r.base, r.row.data_year)].append(r)
    return by_key


def _single_kind_totals(rows: list[_Row]) -> list[_Row]:
    """Add the total where the narrative gives a year's count only once and its kind only as
    what the count was for ("one suspected trafficker for sexually exploiting a victim"):
    that count is the total (not so for a count of a kind: "six sex traffickers"), nor where
    the only one there was is of a kind ("prosecuted and convicted one sex trafficker") or a
    child ("identified one child sex trafficking victim")."""
    by_key = _counts_by_kind_and_year(rows)
    out = list(rows)
    for (base, _), group in by_key.items():
        if (len(group) == 1 and (group[0].kinds == {"type"} or (
                group[0].kinds == {"age"} and group[0].row.value == 1))
                and (group[0].adjunct == {"type"} or group[0].row.value == 1)
                and group[0].row.value > 0):
            only = group[0]
            note = ("the only figure printed, by its kind" if only.adjunct else
                    "the only one printed, of one kind")
            out.append(replace(only, row=replace(only.row, measure=base, note=note),
                               kinds=frozenset()))
    return out


def _other_kind_none(rows: list[_Row]) -> list[_Row]:
    """Add the total where a year's count is given for one kind of trafficking and the other
    kind is stated as none ("achieved 15 sex trafficking convictions"; "did not convict any
    labor traffickers"): that count is all there were."""
    by_key = _counts_by_kind_and_year(rows)
    out = list(rows)
    for (base, _), group in by_key.items():
        if any(r.row.measure == base for r in group):
            continue
        kinds = [r for r in group if r.kinds == {"type"}]
        if len(kinds) != len(group) or len({r.row.measure for r in kinds}) != 2:
            continue
        counted = {r.row.value for r in kinds if r.row.value > 0}
        if len(counted) == 1 and len([r for r in kinds if r.row.value == 0]) >= 1:
            only = next(r for r in kinds if r.row.value > 0)
            out.append(replace(only, row=replace(
                only.row, measure=base, note="the other kind of trafficking stated as none"),
                kinds=frozenset()))
    return out


def _both_kinds_only(rows: list[_Row]) -> list[_Row]:
    """Add the total where a year's count is given only as the two kinds of trafficking, side
    by side in one sentence ("identifying 73 victims of sex trafficking and 12 victims of
    labor trafficking"): their sum is the count of both."""
    by_key = _counts_by_kind_and_year(rows)
    out = list(rows)
    for (base, _), group in by_key.items():
        kinds = {r.row.measure for r in group}
        if (len(group) != 2 or base in kinds or any(r.kinds != {"type"} for r in group)
                or len(kinds) != 2 or group[0].sentence != group[1].sentence
                or group[0].comparative != group[1].comparative
                or group[0].source != group[1].source
                or not all(r.row.value and r.row.value > 0 for r in group)):
            continue
        first, second = sorted(group, key=lambda r: r.row.start)
        total = first.row.value + second.row.value
        out.append(replace(first, row=replace(
            first.row, measure=base, value=total, end=second.row.end,
            note="sum of the two kinds printed"), kinds=frozenset()))
    return out


def _summary_repeats(rows: list[_Row]) -> list[_Row]:
    """Drop figures of the summary that the sections give for the same measure and year."""
    given = {(r.row.measure, r.row.data_year) for r in rows if r.section != SUMMARY}
    return [r for r in rows if r.section != SUMMARY
            or (r.row.measure, r.row.data_year) not in given]


def _combined(s: str, counts: list[Hit]) -> Hit | None:
    """The count a sentence opening "Of the 52 victims total, ..." names where it is the sum
    of the last two counts of one measure given before by different bodies (the government's
    40 and the NGOs' 12): their sum, of the first one's measure, for the parts that follow
    (the sum itself is not printed as a count of either body)."""
    opening = _OPENS_PARTS.match(s)
    if opening is None or len(counts) < 2:
        return None
    first, second = counts[-2:]
    same = first.base == second.base and first.year == second.year
    if (not same or first.source == second.source or first.unit != "count"
            or parse_number(opening["n"]) != first.fig.value + second.fig.value):
        return None
    fig = Figure(first.fig.value + second.fig.value, first.fig.start, first.fig.end,
                 first.fig.text)
    return replace(first, fig=fig, splits={}, total=None)


#: "Of the 52 victims total, ...": a sentence opening parts of a count it names by value.
_OPENS_PARTS = re.compile(rf"\s*of\s+the\s+(?P<n>{NUMBER})\s+[\w\s-]{{0,40}}?(?:total|in\s+total|"
                          r"combined|altogether)?,", re.I)


def _disagreements(rows: list[Enforcement]) -> list[str]:
    """Warnings for a measure and year the report gives different values for."""
    values: dict[tuple[str, int], set[float]] = defaultdict(set)
    for r in rows:
        if r.value is not None:
            values[(r.measure, r.data_year)].add(r.value)
    return [f"the report gives {measure} for {year} as {sorted(v)}"
            for (measure, year), v in sorted(values.items()) if len(v) > 1]


def extract_tip(text: str, report_year: int, country: str = "") -> Extraction:
    """Enforcement figures of a TIP country narrative or excerpt; ``country`` (ISO3) tells
    the country's own nationals from foreign victims."""
    out = Extraction.empty()
    reporting_year = report_year - 1
    rows: list[_Row] = []
    missing: list[_Row] = []
    index = 0
    stated: set[float] = set()  # every value printed so far
    for name, start, end in _regions(text, out.warnings):
        carried = None
        counts: list[Hit] = []  # the paragraph's counts carried so far
        section = name
        previous_end = start
        paragraph_year = reporting_year
        profile = False
        for s_start, s_end in sentence_spans(text, start, end):
            index += 1
            section = _opener(text[s_start:s_end]) or section
            opens = "\n" in text[previous_end:s_start] or previous_end == start
            if "\n" in text[previous_end:s_start]:
                carried, paragraph_year, counts = None, reporting_year, []
            previous_end = s_end
            profile = _profile(text[s_start:s_end]) if opens else profile
            if profile:
                continue
            sent = build(text, s_start, s_end, section, paragraph_year, country)
            if compiled("LATEST_DATA").search(sent.text):
                paragraph_year = sent.current_year
            zeros = _zero_hits(sent)
            carried = _combined(sent.text, counts) or carried
            hits = relations.relate(
                sent, reading.read_hits(sent, carried, zeros, frozenset(stated)), carried)
            stated.update(f.value for f in sent.figures)
            rows += _rows(sent, hits, index) + _same_as(sent, hits, index)
            out.warnings += _unread(sent, hits)
            missing += _not_published(sent, index) + _unknown(sent, index)
            carried = next((h for h in hits if h.role == "figure" and not h.comparative
                            and h.parent is None), carried)
            if carried is not None and carried not in counts:
                counts.append(carried)
    rows = _same_year_as_comparison(rows, reporting_year, out.warnings)
    rows = _combined_counts(rows, out.warnings)
    rows = _parts_of_totals(_one_court(_closed_parts(rows, out.warnings), out.warnings),
                            out.warnings)
    rows = _zeros_beside_counts(rows, out.warnings)
    rows = _both_kinds_only(_other_kind_none(_single_kind_totals(_summary_repeats(rows))))
    reported = {(r.row.measure, r.row.data_year) for r in rows}
    for r in missing:
        if (r.row.measure, r.row.data_year) not in reported:
            reported.add((r.row.measure, r.row.data_year))
            rows.append(r)
    found = [r.row for r in rows]
    out.enforcement = sorted(found, key=lambda r: (r.start, r.measure))
    out.warnings += _disagreements(found)
    return out
