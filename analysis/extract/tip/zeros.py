"""Stated zeros of a TIP narrative: a sentence that says none were done ("did not convict any
traffickers", "there were no prosecutions") read as figures of value 0, and set aside where the
narrative also counts some of the same measure and year."""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from analysis.extract.grammar import compiled
from analysis.extract.numbers import NUMBER, Figure, words_to_number
from analysis.extract.records import Enforcement
from analysis.extract.tip import reading
from analysis.extract.tip.sentence import Sentence
from analysis.extract.tip.vocabulary import (
    load_patterns,
    noun_alternatives,
    noun_measure,
    source_of,
    verb_alternatives,
    verb_measure,
)

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
_NOT_ZERO_OBJECT = re.compile(r"\b(?:complicit|officials?|officers?|employees)\b", re.I)


class _HasRow(Protocol):
    """A narrative row: an enforcement row with what the narrative-wide rules know of it."""

    @property
    def row(self) -> Enforcement:
        """The enforcement row."""
        ...


R = TypeVar("R", bound=_HasRow)


def zero_hits(sent: Sentence) -> list[reading.Hit]:
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
    return (reading.names_trafficking(what) and not reading.generic_kind(what)
            and not reading.splits_of(what, "count"))


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
    found = source_of(reading.actor(sent.text, pos))
    if found == "other" and sent.segment(pos).comparative:
        main = reading.subject(sent.text, sent.segment(pos).start)
        found = source_of(main[:main.find(",")] if "," in main else main)
    return found


def _part_only(obj: str) -> bool:
    """Whether a stated zero is about one part of the victims ("any male victims") that no
    split of the vocabulary names: it says nothing about the total. No potential victims
    means no victims at all, so the status qualifiers do not make a part."""
    groups = reading.partition_groups(obj) - {"status"}
    return bool(groups) and not reading.splits_of(obj, "count")


def _zero(sent: Sentence, m: re.Match[str], base: str, obj: str, source: str,
          unit: str = "count") -> reading.Hit:
    """A stated zero as a hit, its year that of its sentence (or named after it)."""
    end = _end(m)
    hit = reading.Hit(Figure(0.0, m.start(), end, sent.text[m.start():end]), unit, m.start(),
                      role="figure", base=base, label_start=m.start(), label_end=end, np_end=end,
                      source=source, comparative=sent.segment(m.start()).comparative)
    hit.splits = reading.splits_of(obj, unit) if obj else {}
    after = _KIND_AFTER.match(sent.text, end)
    if unit == "count" and "type" not in hit.splits and after:
        # a zero of one kind ("... to any victims of sex trafficking") is not the total's
        hit.splits.update({g: k for g, k in reading.splits_of(after["kind"], unit).items()
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

def beside_counts(rows: list[R], warnings: list[str]) -> list[R]:
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
