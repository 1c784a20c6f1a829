"""Stated zeros of a TIP narrative: a sentence that says none were done ("did not convict any
traffickers", "there were no prosecutions") read as figures of value 0, and set aside where the
narrative also counts some of the same measure and year.

One mechanism reads them: a negation cue (``tip_negations.csv``: "did not", "never", "failed
to", "made no efforts to", "neither ... nor", ...) opens a scope that runs to the end of its
clause, and every verb of a measure (``tip_verbs.csv``) heading a predicate in that scope, with
its object, and every noun of a measure quantified by "any" or "no", gives a zero of its
measure, its kind and source read from its own words ("did not investigate or prosecute any
traffickers, or identify or assist any victims": four zeros). "No" (or "zero") denies the
noun phrase after it ("convicted no traffickers", "there were no prosecutions", "no victims
were identified"). A denied subject ("none of these led to prosecution or convictions", "none
of the suspects were convicted") denies what its predicate counts, of the years the sentence
named before it. A zero's source is the subject of its own clause; a denial since a year
before the period reported on ("has not convicted any traffickers since 2011") is a zero of
that period. The exceptions are named conditions below: a question left open ("whether"), an
object that is not the country's count (complicit officials, one part, one population, one
form of exploitation), an object named before ("the cases") or counted, a verb said to be done
too little rather than not at all ("failed to adequately prosecute traffickers") or that
classifies ("identify children ... as victims"), and a zero beside a count of the same measure
and year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Protocol, TypeVar

from analysis.datafiles import read_rows
from analysis.extract.grammar import compiled
from analysis.extract.numbers import NUMBER, Figure, words_to_number
from analysis.extract.records import Enforcement
from analysis.extract.tip import kinds, phrases
from analysis.extract.tip.hits import Hit
from analysis.extract.tip.sentence import Sentence
from analysis.extract.tip.sources import FUNDED_BY
from analysis.extract.tip.vocabulary import (
    any_verb,
    load_patterns,
    nationality,
    noun_alternatives,
    noun_measure,
    own_body,
    source_of,
    sources,
    verb_alternatives,
    verb_measure,
)
from analysis.extract.tip.years import leading_year, years_also

#: What a denied verb counts: people and cases, and the officials a training is for (the
#: vocabulary's verbs name their own).
_HEAD = (r"(?:victims?|cases?|suspects?|traffickers?|offenders?|persons?|individuals?|people|"
         r"defendants|perpetrators|employers?|recruiters?|brokers?|agents?|agencies|"
         r"children|women|men|girls|boys|offen[cs]es|crimes|"
         r"officials|officers|police|policemen|investigators|guards|responders|personnel|staff|"
         r"prosecutors|inspectors|judges|magistrates)")
#: A head that counts crimes: of trafficking only where its own words say so.
_CRIMES = re.compile(r"crimes", re.I)
#: Words that end an object before its head: it is named by a phrase of its own.
_NOT_OBJECT_WORD = (r"(?:the|these|those|such|its|their|his|her|for|to|of|in|on|at|by|with|"
                    r"from|into|against|among|under|through|during|since|about|as|than|were|was)")
#: "any sex trafficking victims", "a single confirmed victim": up to three words before the head.
_OBJECT_WORDS = rf"(?:(?!{_NOT_OBJECT_WORD}\b)(?![\w-]+ly\b)(?!\d)[\w-]+\s+){{0,3}}?"
#: One item of a list of qualifiers before a comma: "adult male, ", "LGBTQI+, ".
_LISTED_ITEM = rf"(?!{_NOT_OBJECT_WORD}\b)(?!(?:[\w-]+\s+)?{_HEAD},)(?:[\w-]+\s+)?[\w+-]+,\s+"
#: "any sex trafficking or forced labor crimes": two kinds coordinated before one head;
#: "any adult male, child, or LGBTQI+ trafficking victims": a list of them.
_COORDINATED_WORDS = (rf"(?:(?:{_LISTED_ITEM}){{1,3}}(?:or|nor)\s+"
                      rf"(?:(?!{_NOT_OBJECT_WORD}\b|any\b|no\b)[\w+-]+\s+){{0,3}}?"
                      rf"|{_OBJECT_WORDS}(?:(?:or|and)\s+{_OBJECT_WORDS})?)")
#: "did not identify children in prostitution as victims": the verb classifies, not counts
#: (not an "as" of a predicate coordinated after the object: "... and pursued cases as ...").
_AS_WHAT = re.compile(r"(?:(?!\band\s+(?:[a-z]+ly\s+)?[a-z]+ed\b)[^.;,()]){0,60}?\bas\b", re.I)
#: "or, for the fourth consecutive year, convict": an aside of years between two predicates.
_YEARS_ASIDE = r"(?:,\s*for\s+the\s+[\w-]+\s+(?:consecutive|straight|successive)\s+years?\s*,\s*)"
#: Between a denied verb's object and the next verb of the denial: "..., or identify ...",
#: "...; identify ..." (a scope goes on past a semicolon only as ``_goes_on`` says).
_COORDINATED = re.compile(rf"\s*[,;]?\s*(?:(?:or|and|nor)(?:\s+|{_YEARS_ASIDE}))?"
                          r"(?:(?:[\w-]+ly|also)\s+)*", re.I)
#: After a semicolon, up to the verb of a predicate going on with a denial: "; or identify".
_CONTINUED = re.compile(r"\s*(?:(?:or|and|nor)\s+)?(?:(?:[\w-]+ly|also)\s+)*", re.I)
#: "..., or convict any traffickers", "..., nor did it convict", "..., nor did courts convict":
#: a denial going on (by the government, or the body whose work the measure counts).
_OR_BEFORE = re.compile(r"\b(?:or|nor)\s+(?:did\s+(?:it|they|the\s+government|authorities|"
                        r"officials|(?:the\s+)?(?:courts|judges|prosecutors))\s+)?$", re.I)
#: A verb that ends what a noun after it counts ("complete any trafficking prosecutions"):
#: none completed says nothing of how many there were.
_COMPLETED = re.compile(r"\b(?:complete|conclude|finali[sz]e|finish)\s+(?:any\s+)?(?:[\w-]+\s+)?$",
                        re.I)
#: The body named after "nor did" ("nor did courts convict"): its own denial.
_BODY_AFTER_NOR = re.compile(r"\b(?:courts|judges|prosecutors)\b", re.I)
#: "failing to employ procedures ..., provide assistance to any victims, or refer them": an
#: item of a list of predicates, after a comma, the list closed by "or" or "nor" further on.
_LISTED_AFTER = re.compile(r",\s*(?:(?:[\w-]+ly|also)\s+)*$", re.I)
_LIST_CLOSED = re.compile(r"[^.;:]*?,\s*(?:or|nor)\s", re.I)
#: The words before a list's last item: "..., or provide training to its officials".
_LIST_CLOSING = re.compile(r",\s*(?:or|nor)\s+(?:(?:[\w-]+ly|also)\s+)*$", re.I)
#: "identifying any victims or referring them": a verb whose object is the one before it.
_OBJECT_PRONOUN = re.compile(r"\s+(?:them|these|those|it)\b", re.I)
#: An object some of which are meant: "failed to prosecute some traffickers" is not none, nor
#: is "did not refer all victims to care" (not all of them: some were).
_SOME = re.compile(r"\b(?:other|some|many|most|certain|several|all|every)\b", re.I)
#: "there were no ...": a denial with no subject, the government's.
_NO_SUBJECT = re.compile(r"(?:^\W*|\bthere\s+(?:were|was|had\s+been)\s+)$", re.I)
#: "no cases were investigated": the passive after a denied object, also past a word set off
#: by commas ("No trafficking offenders, however, have been arrested or prosecuted").
_AUXILIARY = re.compile(r"(?:\s*,\s*(?:however|though|moreover|therefore|also)\s*,)?"
                        r"\s+(?:were|was|(?:had|have|has)\s+been)\s+(?:(?:[\w-]+ly|also|yet)\s+)?",
                        re.I)
#: "... were identified by NGOs": who counted, named after the passive.
_BY_AGENT = re.compile(r"\s+by\s+(?P<agent>[^.;,()]{1,60})", re.I)
#: "were initiated or prosecuted": a participle of no measure before one of the vocabulary.
_OTHER_PARTICIPLE = re.compile(r"[a-z]+ed\s*,?\s+(?:or|and|nor)\s+", re.I)
_NEXT_PARTICIPLE = re.compile(r"\s*,?\s+(?:or|and|nor)\s+|\s*,\s*", re.I)
#: "of internal sex and labor trafficking crimes": what the people a zero denies were of.
_OF_WHAT = re.compile(r"\s+of\s+[^,;.()]{1,60}")
#: "not identifying any victims for the last two years": a stated zero for each year.
#: The words of a denial's clause after its object, up to the next clause.
_REST_OF_CLAUSE = r"(?:(?!\b(?:and|but|while|whereas|although)\b)[^.;])*?"
_LAST_YEARS = re.compile(
    _REST_OF_CLAUSE + r"\b(?:for|in|during|over)\s+the\s+"
    r"(?:last|past|previous|preceding)\s+(?P<n>[\w-]+)\s+years\b", re.I)
_VICTIMS_COUNTED = re.compile(rf"(?:{NUMBER})\s+(?:[\w-]+\s+){{0,3}}?victims\b", re.I)
#: "... any traffickers since 2011": what a denial holds since, a few words after its object.
_SINCE = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?P<since>since)\b", re.I)
#: "any convictions for sex trafficking offenders": the kind named after the denied noun.
_FOR_KIND = re.compile(r"\s+(?:for|of|involving)\b", re.I)
#: "did not provide services to any victims of sex trafficking", "did not prosecute
#: traffickers exploiting workers in forced labor": the kind the denied object is of, named
#: after it, up to the end of its clause.
_KIND_AFTER = re.compile(r"\s+(?:(?:who\s+)?(?:exploit(?:ing|ed|s)?|subject(?:ing|ed|s)?)\s+"
                         r"(?:[\w-]+\s+){0,3}?(?:in|to|into)|of|for|involving)\s+"
                         r"(?P<kind>[^.;,()]{1,60})", re.I)
#: A verb in the past, an adverb before it: the head of a predicate of the subject's own.
_PAST_VERB = r"(?:[a-z]+ly\s+)?[a-z]+ed\b"
#: A predicate of the subject's own after the kind ("any victims of sex trafficking and
#: identified fewer victims of forced labor"): what it says is not of the zero's kind.
_NEXT_PREDICATE = re.compile(rf"\s+(?:and|or|but)\s+{_PAST_VERB}", re.I)
#: After a cue whose denied verbs are in their base form (tip_negations.csv, verbs "base":
#: "did not"), a verb in the past coordinated after a comma or "and"/"but" ends the denial
#: ("did not convict any traffickers, and identified fewer victims"); not after "or", which
#: coordinates the denied verbs themselves ("could not identify or assisted any victims"
#: stays one denial).
_PAST_PREDICATE = re.compile(rf"(?:,\s*|\s+)(?:and|but)\s+{_PAST_VERB}", re.I)
#: "did not identify any trafficking victims among TITP participants", "any victims from
#: foreign domestic workers": about one population;
#: "... during these inspections", "any victims or initiating any investigations based on
#: such efforts": about the operations named before, further on in the clause; "never
#: identified a victim as a result of port inspections": about what one channel yielded;
#: "did not report identifying any victims through this center": about the one channel the
#: sentence named before (not "at this time", a time); "did not investigate any traffickers
#: in connection with these cases": about the cases named before.
_AMONG = re.compile(r"\s+(?:among|from\s+(?:(?-i:[a-z])[\w-]*\s+){0,3}?(?:workers|individuals|"
                    r"persons|people|communities|populations)\b|(?:[^.;:,()]{0,60}?\s)?"
                    r"(?:(?:(?:based|reliant)\s+on|resulting\s+from|stemming\s+from|as\s+a\s+"
                    r"result\s+of)\s+(?:these|those|such\s|(?:[\w-]+\s+){0,3}?(?:inspections|"
                    r"raids|operations|screenings?|patrols|sweeps|crackdowns|checks|calls)\b)|"
                    r"(?:during|in|through|from|at)\s+(?:these|those|such)\s|in\s+connection\s+"
                    r"with\s+(?:these|those|such|this|that)\s|(?:through|from|at)\s+(?:this|that)"
                    r"\s+(?!(?:[\w-]+\s+)?(?:year|period|time|point|stage)s?\b)))", re.I)
_NOT_ZERO_OBJECT = re.compile(r"\b(?:complicit|officials?|officers?|employees)\b", re.I)
#: "did not report any investigations into the allegations": of what was alleged before
#: (complicity, abuse), not the country's count.
_INTO_ALLEGATIONS = re.compile(r"\s+into\s+(?:the|these|those|such|its|their)\s+(?:[\w-]+\s+)?"
                               r"allegations\b", re.I)
#: "no investigation was conducted into these allegations": the same, said in the passive.
_DONE_INTO_ALLEGATIONS = re.compile(rf"\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+"
                                    rf"[a-z]+ed{_INTO_ALLEGATIONS.pattern}", re.I)
#: "did not provide funding for assistance to victims": a denial of the money, not of the care.
_MONEY = re.compile(r"\b(?:funding|funds|money|financial|resources|budget)\b", re.I)
#: "While the government initiated an investigation into two allegedly complicit officials
#: ..., ": a clause conceded before the sentence's own, up to its comma.
_CONCESSIVE = re.compile(r"\s*(?:while|although|though|even\s+though)\b[^;,]*,", re.I)
#: "did not report any resulting prosecutions": what came of what the sentence named before.
_RESULTING = re.compile(r"\b(?:resulting|subsequent|ensuing|consequent)\b", re.I)


class _HasRow(Protocol):
    """A narrative row: an enforcement row with what the narrative-wide rules know of it."""

    @property
    def row(self) -> Enforcement:
        """The enforcement row."""
        ...

    @property
    def sentence(self) -> int:
        """The number of the sentence it was read from."""
        ...

    @property
    def comparative(self) -> bool:
        """Whether it is a comparison's figure."""
        ...

    @property
    def base(self) -> str:
        """Its measure with no split."""
        ...


R = TypeVar("R", bound=_HasRow)


@dataclass(frozen=True)
class _Cues:
    """The negation vocabulary of tip_negations.csv, one regex per kind."""

    clause: re.Pattern[str]
    base_form: re.Pattern[str]  # the clause cues whose denied verbs are in the base form
    object: re.Pattern[str]
    quantifier: re.Pattern[str]
    article: re.Pattern[str]
    hedge: re.Pattern[str]
    effort: re.Pattern[str]
    lead: re.Pattern[str]  # what may stand between a cue and its first verb
    end: re.Pattern[str]
    subject: re.Pattern[str]
    outcome: re.Pattern[str]
    unkept: re.Pattern[str]  # the reason given is that the numbers were not kept


@cache
def _cues() -> _Cues:
    """The cues of tip_negations.csv by kind (a question left open ends a scope too)."""
    by_kind: dict[str, list[str]] = {}
    for r in read_rows("tip_negations.csv"):
        by_kind.setdefault(r["kind"], []).append(f"(?:{r['pattern']})")
        if r["verbs"] == "base":
            by_kind.setdefault("base", []).append(f"(?:{r['pattern']})")

    def one(*kinds: str) -> re.Pattern[str]:
        """The cues of some kinds as one regex."""
        return re.compile("|".join(p for k in kinds for p in by_kind[k]), re.I)
    effort = one("effort")
    lead = re.compile(rf"(?:\s*(?:{one('lead').pattern}|{effort.pattern}))*\s*", re.I)
    return _Cues(one("clause"), one("base"), one("object"), one("quantifier"), one("article"),
                 one("hedge"), effort, lead, one("end", "question"), one("subject"),
                 one("outcome"), one("unkept"))


#: The government's own staff, all of them: "did not provide training to its officials".
_OWN_STAFF = r"(?:its|their)\s+(?=(?:[\w-]+\s+){0,2}?(?:officials|officers|staff|personnel)\b)"


@cache
def _verb_object() -> re.Pattern[str]:
    """After a denied verb: the verbs and nouns coordinated with it (also a verb of no measure
    right before the quantified object: "did not investigate or apprehend any suspected sex
    traffickers"), then its object."""
    verbs, nouns = verb_alternatives(), noun_alternatives()
    return re.compile(
        rf"(?P<more>(?:\s*,?\s*(?:(?:or|and|nor)(?:\s+|{_YEARS_ASIDE}))?(?:(?:[\w-]+ly|also)\s+)?"
        rf"(?:{verbs})\b|"
        rf"\s*,?\s+(?:or|and|nor)\s+[a-z]+\s+(?:any\s+)?(?:{nouns})\b|"
        rf"\s*,?\s+(?:or|and|nor)\s+[a-z]+(?=\s+(?:any|a\s+single)\s))*)"
        rf"\s+(?P<det>{_cues().quantifier.pattern}|{_cues().article.pattern})?"
        rf"(?:(?:for|against)\s+(?P<det2>{_cues().quantifier.pattern})?)?"
        rf"(?:of\s+(?:the|these|those)\s+(?:[\d,]+\s+)?|{_OWN_STAFF})?"
        rf"(?P<obj>{_COORDINATED_WORDS}{_HEAD}"
        rf"(?:\s+or\s+(?!(?:{verbs})\b)(?:(?!(?:any|a|an|no)\b){_OBJECT_WORDS}){_HEAD})?)\b",
        re.I)


@cache
def _denied_nouns() -> re.Pattern[str]:
    """A quantified noun of a measure, or several ("any labor trafficking prosecutions", "no
    prosecutions or convictions", "any forced labor or sex trafficking prosecutions"), with the
    words after it that say of what."""
    nouns = noun_alternatives()
    return re.compile(
        rf"(?P<det>{_cues().quantifier.pattern}|{_cues().article.pattern}|new\s+)(?:new\s+)?"
        rf"(?P<kind>{_OBJECT_WORDS}(?:(?:or|and)\s+{_OBJECT_WORDS})?)"
        rf"(?P<nouns>(?:{nouns})(?:(?:\s*,\s*|\s*,?\s+(?:or|and|nor)\s+)(?:any\s+)?"
        rf"(?:{nouns}))*)\b(?=(?P<obj>(?:\s+[\w-]+){{0,5}}))", re.I)


@cache
def _denied_object() -> re.Pattern[str]:
    """"no" and the object after it: "no labor trafficking victims", "no new cases"."""
    return re.compile(
        rf"(?:{_cues().object.pattern})\s+(?:new\s+)?(?P<obj>{_OBJECT_WORDS}{_HEAD})\b", re.I)


@dataclass(frozen=True)
class _Term:
    """One thing a denial says none of: where its words are, its measure, object and source."""

    start: int
    end: int
    tail: int  # where the words that may date it start
    measure: str
    obj: str
    source: str
    years: tuple[int, ...] = ()  # the years it is of, where its words do not date it


def zero_hits(sent: Sentence) -> list[Hit]:
    """Stated zeros as figures of value 0: "did not prosecute or convict any traffickers",
    "there were no prosecutions or convictions", "did not initiate any labor trafficking
    prosecutions", "made no efforts to identify or assist victims", "there were no reports of
    victims assisted or offenders prosecuted", "did not allocate funding for victim
    assistance" (the vocabulary's zero rows); not a denial whose clause says the numbers
    were not kept ("..., as it did not disaggregate data"): a count not known."""
    terms: dict[tuple[int, str], _Term] = {}
    for cue, end in _scopes(sent):
        semicolon = sent.text.find(";", cue.end())
        if _cues().unkept.search(sent.text, cue.end(),
                                 semicolon if semicolon >= 0 else len(sent.text)):
            continue  # "did not report identifying ..., as it did not disaggregate data"
        for t in (*_verb_terms(sent, cue, end), *_noun_terms(sent, cue.start(), cue.end(), end),
                  *_participle_terms(sent, cue.start(), cue.end(), end)):
            if (t.end, t.measure) not in terms or t.start > terms[t.end, t.measure].start:
                terms[t.end, t.measure] = t  # the nearest denial before it governs it
    for t in (*_no_terms(sent), *_noun_terms(sent, 0, 0, len(sent.text), True),
              *_subject_terms(sent)):
        terms.setdefault((t.end, t.measure), t)
    out = [_zero(sent, t.start, t.end, t.tail, t.measure, t.obj, t.source, years=t.years)
           for t in sorted(terms.values(), key=lambda t: (t.start, t.end))
           if t.source in ("government", "ngo") or _by_its_body(sent, t)]
    for p in load_patterns():
        if p.kind == "zero":
            out += [_zero(sent, m.start(), m.end(), m.end(), p.measure, "", "government", p.unit)
                    for m in p.regex.finditer(sent.text)]
    return out


def _by_its_body(sent: Sentence, t: _Term) -> bool:
    """Whether a denial in the period reported on is made by the body whose own work its
    measure counts ("the prosecutor's office did not initiate any prosecutions"): the
    country's zero, though that body is one agency."""
    return (t.source == "agency" and not sent.segment(t.start).comparative
            and own_body(_own_subject(phrases.actor(sent.text, t.start)), t.measure))


def _scopes(sent: Sentence) -> list[tuple[re.Match[str], int]]:
    """Each denial of a clause: its cue, and where its scope ends (the clause's end, a question
    the report leaves open, or after "did not" a coordinated verb in the past); a semicolon
    before a predicate of no subject of its own whose object is quantified as a denied one is
    ("did not investigate or prosecute any traffickers; identify any victims; or ...") goes on
    with the same denial."""
    out = []
    for cue in _cues().clause.finditer(sent.text):
        end = _cues().end.search(sent.text, cue.end())
        while end is not None and _goes_on(sent, end):
            end = _cues().end.search(sent.text, end.end())
        stop = end.start() if end else len(sent.text)
        if _cues().base_form.fullmatch(cue[0]) and (past := _PAST_PREDICATE.search(
                sent.text, cue.end(), stop)):
            stop = past.start()  # "did not convict any traffickers, and identified fewer"
        out.append((cue, stop))
    return out


def _goes_on(sent: Sentence, end: re.Match[str]) -> bool:
    """Whether a denial goes on past a semicolon: a verb of the vocabulary right after it,
    with an object quantified by "any" or "a single" ("; identify any victims")."""
    if end[0] != ";":
        return False
    verb = _CONTINUED.match(sent.text, end.end())
    if verb is None or (v := any_verb().match(sent.text, verb.end())) is None:
        return False
    m = _verb_object().match(sent.text, v.end())
    return (m is not None and bool(m["det"]) and _cues().quantifier.fullmatch(m["det"]) is not None
            and _cues().object.search(m["det"]) is None)


def _verb_terms(sent: Sentence, cue: re.Match[str], end: int) -> list[_Term]:
    """The verbs heading the predicates of a denial's scope, each with its object ("did not
    investigate or prosecute any traffickers, or identify any victims"), and the nouns of
    measures coordinated with them ("failed to prosecute or obtain convictions for
    traffickers"). A predicate starts at the cue (after adverbs, "report" or an effort: "did
    not report identifying", "made no efforts to identify"), right after the one before it, or
    after "or"/"nor" with an object of its own quantified ("did not advance any cases to
    prosecution or convict any traffickers"). An object named by a pronoun is the one before
    it ("identifying any victims or referring them"), or the victims counted before the
    denial ("identified three victims but did not refer them")."""
    out: list[_Term] = []
    source = _zero_source(sent, cue.start())
    anchor, last = cue.end(), ""
    for verb in any_verb().finditer(sent.text, cue.end(), end):
        if verb.start() < anchor:
            continue
        lead = sent.text[anchor:verb.start()]
        first = anchor == cue.end()
        led = (_cues().lead.fullmatch(lead) if first else _COORDINATED.fullmatch(lead))
        them = _OBJECT_PRONOUN.match(sent.text, verb.end())
        if led and them:
            obj = last or ("victims" if _VICTIMS_COUNTED.search(sent.text, 0, cue.start()) else "")
            measure = verb_measure(verb[0], obj.split()[-1].lower()) if obj else ""
            if measure and not _cut_after(sent, them.end()):
                out.append(_Term(cue.start(), them.end(), them.end(), measure,
                                 obj if last else "", source))
            anchor = them.end()
            continue
        m = _verb_object().match(sent.text, verb.end())
        if m is None or m.end() > end:
            continue
        det = m["det"] or m["det2"]  # "obtain convictions for any traffickers"
        quantified = det and not _cues().article.fullmatch(det)
        # a predicate of its own: after "or" with its object quantified ("... or convict any
        # traffickers"), or an item of a list of them, whose first item need not be of the
        # vocabulary ("failing to employ procedures, provide assistance to any victims, or
        # refer them"; "did not provide adequate resources, identify or provide protective
        # services to victims, or take any action": a bare object too)
        inverted = _OR_BEFORE.search(sent.text, 0, verb.start())
        # a list's last item is denied too, in the verb form the cue takes ("did not identify
        # any victims, screen ..., or provide training to its officials"; not "did not have a
        # framework for identifying, referring, or assisting child victims")
        closing = (_LIST_CLOSING.search(lead) is not None
                   and not (_cues().base_form.fullmatch(cue[0])
                            and verb[0].split()[0].lower().endswith("ing")))
        listed = ((_LISTED_AFTER.search(lead) is not None
                   and _LIST_CLOSED.match(sent.text, m.end(), end) is not None) or closing)
        again = listed or (quantified and inverted)
        if not (led or again):
            continue
        obj = m["obj"]
        # a bare object is denied ("did not prosecute cases against traffickers", "made no
        # efforts to identify victims") unless an adverb of degree says too few ("failed to
        # adequately prosecute traffickers"), some are meant, or the verb classifies ("did
        # not identify children in prostitution as victims"); a listed item's own words are
        # those after the item before it
        own_lead = lead if led else lead[lead.rfind(",") + 1:]
        bare_ok = ((led or listed) and not _cues().hedge.search(own_lead + verb[0])
                   and not _SOME.search(obj) and not _AS_WHAT.match(sent.text, m.end("obj")))
        of = _OF_WHAT.match(sent.text, m.end("obj"))  # "any perpetrators of internal crimes"
        whole = obj + (of[0] if of else "")
        anchor = m.end()
        # an adjective of degree in the verb's own words denies enough, not all: "did not
        # provide adequate services to victims"; an object with an article that the verb
        # classifies is no count ("even when police did not identify a person as a victim")
        if ((not det and not bare_ok)
                or (det and not quantified and _AS_WHAT.match(sent.text, m.end("obj")))
                or (_NOT_ZERO_OBJECT.search(obj) and not _trains(verb[0], obj))
                or _MONEY.search(verb[0])
                or _cues().hedge.search(verb[0])
                or re.search(NUMBER, obj) or (_part_only(whole) and not _split_alternatives(obj))
                # a listed object is read only for the split one of its parts names
                or ("," in obj and not _part_only(whole))
                or (_CRIMES.search(obj) and not kinds.names_trafficking(whole))
                or _cut_after(sent, m.end()) or _for_one_form(sent, m.end("obj"))):
            continue
        last = obj
        head = obj.split()[-1].lower()
        start = cue.start() if not out else verb.start()
        # "..., nor did courts convict any traffickers": the body named is who denies it
        body = _BODY_AFTER_NOR.search(inverted[0]) if inverted and again else None
        for word in (verb, *any_verb().finditer(m["more"])):
            if measure := verb_measure(word[0], head):
                own = source if body is None else (
                    "government" if own_body(body[0], measure) else "agency")
                out.extend(_Term(start, m.end(), m.end(), measure, each, own)
                           for each in (_split_alternatives(obj) if _part_only(whole)
                                        else [obj]))
        for noun in re.finditer(rf"\b(?:{noun_alternatives()})\b", m["more"], re.I):
            if _COMPLETED.search(m["more"], 0, noun.start()):
                continue  # "complete any trafficking prosecutions": none ended, not none begun
            if measure := noun_measure(noun[0]):
                out.append(_Term(start, m.end(), m.end(), measure, obj, source))
    return out


def _trains(verb: str, obj: str) -> bool:
    """Whether a denied verb counts the people trained ("did not train law enforcement or
    judiciary officials"): officials are then whom the measure counts, not complicit ones."""
    return verb_measure(verb, obj.split()[-1].lower()).endswith("_trained")


def _noun_terms(sent: Sentence, cue: int, start: int, end: int,
                only_no: bool = False) -> list[_Term]:
    """The quantified nouns of measures in a denial's scope ("did not initiate any labor
    trafficking prosecutions or obtain any convictions"), or with ``only_no`` those after
    "no" anywhere ("there were no prosecutions", "reported no investigations")."""
    out = []
    for m in _denied_nouns().finditer(sent.text, start, end):
        no = _cues().object.fullmatch(m["det"].strip()) is not None
        # "did not obtain a conviction", "did not initiate new prosecutions": an article or a
        # bare "new" only where the noun is the object of the denial's first verb ("... that
        # an investigation would entail" is not)
        article = (_cues().article.fullmatch(m["det"]) is not None
                   or m["det"].strip().lower() == "new")
        if ((only_no and not no)
                or (article and (only_no or not _first_object(sent, start, m.start())))):
            continue
        kind, obj = m["kind"], _NEXT_PREDICATE.split(m["obj"], maxsplit=1)[0]
        # "from no convictions in 2003 to nine ...": the words after the noun end at a figure
        figure = next((f.start for f in sent.figures
                       if m.end("nouns") <= f.start < m.end("nouns") + len(obj)
                       and not any(y.start <= f.start < y.end for y in sent.years)), None)
        obj = obj if figure is None else obj[:figure - m.end("nouns")]
        after = _predicate().match(sent.text, m.end("nouns")) if only_no else None
        if after and after["outcome"]:
            continue  # "no investigations led to convictions": what came of them is denied
        if (_NOT_ZERO_OBJECT.search(obj) or _NOT_ZERO_OBJECT.search(kind)
                or _INTO_ALLEGATIONS.match(obj)
                or _DONE_INTO_ALLEGATIONS.match(sent.text, m.end("nouns"))
                or _cut_after(sent, m.end("nouns")) or (kind and _part_only(kind))
                or _of_officials_before(sent, kind, m.start(), obj)
                or _COMPLETED.search(sent.text, max(0, m.start() - 30), m.start())):
            continue  # ... nor "complete any trafficking prosecutions": none ended
        if _FOR_KIND.match(obj):  # "any convictions for sex trafficking offenders"
            kind = f"{kind} {obj}"
        at = m.start() if only_no else cue
        source = _no_source(sent, m.start()) if only_no else _zero_source(sent, cue)
        for noun in re.finditer(rf"\b(?:{noun_alternatives()})\b", m["nouns"], re.I):
            if measure := noun_measure(noun[0]):
                out.append(_Term(at, m.end("nouns") + len(obj), m.end("nouns"), measure, kind,
                                 source))
    return out


def _of_officials_before(sent: Sentence, kind: str, at: int, obj: str) -> bool:
    """Whether a denied noun is what came of something its sentence named before ("any
    resulting prosecutions") and that was about officials ("investigated complicity
    involving officials, but did not report any resulting prosecutions"), or a bare noun in a
    clause set against one about officials ("prosecuted several complicit officials but had
    not secured any convictions", "While the government initiated an investigation into two
    allegedly complicit officials ..., it did not secure any convictions"): the zero is
    theirs, not the country's."""
    officials = list(_NOT_ZERO_OBJECT.finditer(sent.text, 0, at))
    if not officials:
        return False
    if _RESULTING.search(kind) is not None:
        return True
    gap = sent.text[officials[-1].end():at]
    conceded = _CONCESSIVE.match(sent.text)
    return (not kind.strip() and not obj.strip() and ";" not in gap
            and (re.search(r"\bbut\b", gap, re.I) is not None
                 or (conceded is not None and officials[-1].end() <= conceded.end() <= at)))


def _first_object(sent: Sentence, start: int, at: int) -> bool:
    """Whether what starts at ``at`` is the object of the first verb of a denial's scope."""
    lead = re.match(r"(?P<lead>.*?)[a-z]+\s+$", sent.text[start:at], re.I | re.S)
    return lead is not None and _cues().lead.fullmatch(lead["lead"]) is not None


def _participle_terms(sent: Sentence, cue: int, start: int, end: int) -> list[_Term]:
    """Objects and the participles after them, from the start of a denial's scope on, one
    after another ("there were no reports of victims assisted or offenders prosecuted");
    not an object further on ("did not report the outcome of cases investigated")."""
    out = []
    source = "government" if _NO_SUBJECT.search(sent.text, 0, cue) else _zero_source(sent, cue)
    pos = start
    while (m := _participle_object().match(sent.text, pos)) and m.end() <= end:
        pos = m.end()
        head = m["obj"].split()[-1].lower()
        for verb in any_verb().finditer(m["verbs"]):
            if (measure := verb_measure(verb[0], head)) and not _part_only(m["obj"]):
                out.append(_Term(cue, m.end(), m.end(), measure, m["obj"], source))
    return out


@cache
def _participle_object() -> re.Pattern[str]:
    """An object and the participles of the vocabulary after it ("victims assisted or
    referred"), after the one before it ("..., or offenders prosecuted")."""
    verbs = verb_alternatives()
    return re.compile(rf"\s*,?\s*(?:(?:or|and|nor)\s+)?(?P<obj>{_OBJECT_WORDS}{_HEAD})\s+"
                      rf"(?P<verbs>(?:{verbs})(?:\s+(?:and|or)\s+(?:{verbs}))*)\b", re.I)


@cache
def _predicate() -> re.Pattern[str]:
    """After a denied subject, the rest of its words (a few, no punctuation) and its
    predicate: a verb of outcome and the nouns of measures after it ("... led to prosecution
    or convictions", "... resulted in any sex trafficking convictions"), or a passive
    ("... were charged or convicted", read by ``_verbs_after``)."""
    nouns = noun_alternatives()
    return re.compile(
        rf"(?P<subj>(?:\s+[\w-]+){{0,5}}?)(?:\s+(?:also|ever|then|later|eventually|yet))?"
        rf"(?:\s+(?P<outcome>{_cues().outcome.pattern})\s+"
        rf"(?:{_cues().quantifier.pattern}|{_cues().article.pattern})?(?P<kind>{_OBJECT_WORDS})"
        rf"(?P<nouns>(?:{nouns})(?:(?:\s*,\s*|\s*,?\s+(?:or|and|nor)\s+)"
        rf"(?:{_cues().article.pattern})?(?:{nouns}))*)\b"
        rf"|(?=(?:{_AUXILIARY.pattern})))", re.I)


def _subject_terms(sent: Sentence) -> list[_Term]:
    """A denied subject and what its predicate says none of: "none of these led to
    prosecution or convictions", "no cases resulted in a conviction", "none of the suspects
    were convicted". A subject named before ("these", "the cases", "which") is of the years
    the sentence named before it (the investigations of two years just named), else of the
    year it reports on; its kind is that of its own words ("none of the sex trafficking
    cases")."""
    out = []
    cues = [(m, True) for m in _cues().subject.finditer(sent.text)]
    cues += [(m, False) for m in _cues().object.finditer(sent.text)]
    for cue, named in cues:
        m = _predicate().match(sent.text, cue.end())
        if m is None or _NOT_ZERO_OBJECT.search(m["subj"]) or _part_only(m["subj"]):
            continue
        years = _named_before(sent, cue.start()) if named else ()
        subj = m["subj"].strip()
        if _SUCH.match(subj):
            # "no such victims were identified": the victims named before, of their kind
            subj = _such_antecedent(sent, cue.start(), subj)
            if not subj or _part_only(subj):
                continue
        if m["outcome"]:
            if _cut_after(sent, m.end("nouns")):
                continue
            for noun in re.finditer(rf"\b(?:{noun_alternatives()})\b", m["nouns"], re.I):
                if measure := noun_measure(noun[0]):
                    out.append(_Term(cue.start(), m.end("nouns"), m.end("nouns"), measure,
                                     f"{subj} {m['kind']}".strip(), "government", years))
            continue
        head = re.search(rf"\b{_HEAD}$", subj, re.I)
        verbs = _verbs_after(sent, m.end("subj")) if head else []
        if not verbs or _cut_after(sent, verbs[-1].end()):
            continue
        agent = _BY_AGENT.match(sent.text, verbs[-1].end())
        source = source_of(agent["agent"] if agent else "")
        end = agent.end() if agent else verbs[-1].end()
        for verb in verbs:
            if measure := verb_measure(verb[0], head[0].lower()):
                out.append(_Term(cue.start(), end, end, measure, subj, source, years))
    return out


#: "no such victims": people of the kind named before.
_SUCH = re.compile(r"such\s+", re.I)


def _such_antecedent(sent: Sentence, at: int, subj: str) -> str:
    """What "such victims" refers to: the last phrase before ``at`` with the same head and
    a kind of its own ("the removal of foreign victims ..., and no such victims were
    identified": foreign victims); "" where none is named, as what is meant is not known."""
    head = re.escape(subj.split()[-1])
    named = list(re.finditer(rf"(?:(?!{_NOT_OBJECT_WORD}\b)[\w-]+\s+){{0,3}}{head}\b",
                             sent.text[:at], re.I))
    phrase = named[-1][0] if named else ""
    return phrase if phrase and kinds.splits_of(phrase, "count") else ""


def _named_before(sent: Sentence, at: int) -> tuple[int, ...]:
    """The years a sentence names before a position, in order, each once."""
    found: list[int] = []
    for y in sent.years:
        if y.start >= at:
            break
        resolved = sent.resolve(y)
        for year in y.listed or ((resolved,) if resolved else ()):
            if year not in found:
                found.append(year)
    return tuple(found)


def _no_terms(sent: Sentence) -> list[_Term]:
    """An object after "no" with the verbs before it ("convicted no traffickers") or after it
    ("no victims were identified by NGOs": the passive names who counted after "by", else no
    one: the government's count)."""
    out = []
    for m in _denied_object().finditer(sent.text):
        obj = m["obj"]
        of = _OF_WHAT.match(sent.text, m.end("obj"))
        if (_NOT_ZERO_OBJECT.search(obj) or _part_only(obj + (of[0] if of else ""))
                or _cut_after(sent, m.end()) or _for_one_form(sent, m.end())):
            continue
        head = obj.split()[-1].lower()
        before = _verbs_before(sent, m.start())
        after = _verbs_after(sent, m.end())
        if before:
            source = _zero_source(sent, before[0].start())
            terms = [(v, before[0].start(), m.end()) for v in before]
        elif after:
            agent = _BY_AGENT.match(sent.text[after[-1].end():])
            source = source_of(agent["agent"] if agent else "")
            end = after[-1].end() + (agent.end() if agent else 0)
            terms = [(v, m.start(), end) for v in after]
        else:
            continue
        for verb, start, end in terms:
            if measure := verb_measure(verb[0], head):
                out.append(_Term(start, end, m.end(), measure, obj, source))
    return out


def _verbs_before(sent: Sentence, at: int) -> list[re.Match[str]]:
    """The verbs of the vocabulary just before "no", coordinated ("investigated or
    prosecuted no cases")."""
    found: list[re.Match[str]] = []
    gap = r"\s+$"  # the last verb stands right before "no", the others before a conjunction
    while (v := re.search(rf"(?:^|(?<=\s))(?:{verb_alternatives()}){gap}", sent.text[:at], re.I)):
        verb = any_verb().match(sent.text, v.start())
        if verb is None:
            break
        found.insert(0, verb)
        at = v.start()
        gap = r"(?:\s*,\s*(?:(?:or|and|nor)\s+)?|\s+(?:or|and|nor)\s+)$"
    return found


def _verbs_after(sent: Sentence, at: int) -> list[re.Match[str]]:
    """The verbs of the vocabulary after a denied object in the passive ("no cases were
    investigated or prosecuted", "no cases were initiated or prosecuted")."""
    m = _AUXILIARY.match(sent.text, at)
    if m is None:
        return []
    found = []
    pos = m.end()
    while (verb := any_verb().match(sent.text, pos)) or (not found and (
            other := _OTHER_PARTICIPLE.match(sent.text, pos))):
        if verb is None:
            pos = other.end()
            continue
        found.append(verb)
        more = _NEXT_PARTICIPLE.match(sent.text, verb.end())
        if more is None:
            break
        pos = more.end()
    return found


def _no_source(sent: Sentence, at: int) -> str:
    """Who says there were none: the subject of the verb before "no" ("The police reported no
    investigations"), the government where there is none ("there were no prosecutions") or
    the sentence only compares ("This was compared to no prosecutions in 2019")."""
    if _NO_SUBJECT.search(sent.text, 0, at) or not phrases.actor(sent.text, at).strip():
        return "government"
    word = re.search(r"[\w-]+\s+$", sent.text[:at])
    return _zero_source(sent, word.start()) if word else "government"


#: "... any individuals for traditional slavery practices": what the denied object was for.
_FOR_WHAT = re.compile(r"(?:,\s*including\s+[^.;,()]{1,60},)?\s+for\s+(?P<what>[^.;,()]{1,60})",
                       re.I)


def _for_one_form(sent: Sentence, end: int) -> bool:
    """Whether a denial's object is said to be for one form of exploitation that is neither
    trafficking as a whole nor a kind the splits name ("did not report investigating ... any
    individuals for traditional slavery practices"; also past an aside on who: "any
    suspects, including government officials, for child soldiering offenses"): the zero is
    of that form only."""
    found = _FOR_WHAT.match(sent.text, end)
    if found is None:
        return False
    what = found["what"]
    return (kinds.names_trafficking(what) and not kinds.generic_kind(what)
            and not kinds.splits_of(what, "count"))


def _cut_after(sent: Sentence, end: int) -> bool:
    """Whether a stated zero is not one of the whole period reported on: its words run to
    where the excerpt is cut (its last word may be cut short: "victim" of "victims"; a zero
    whose words the text goes on after, "failed to identify any victims of traffi", stands);
    it holds since a date that is not before that period, or since an event ("since the law
    was enacted"), not a year (a year before it, "has not convicted any traffickers since
    2011", is none in each year since, the period reported on among them); or it is about
    one population ("did not identify any victims among migrant workers"), or those a
    relative clause cut by the excerpt names ("did not identify any victims who were fo")."""
    if _SINCE.match(sent.text, end) and not _since_year(sent, end):
        return True
    return ((sent.cut and (not sent.text[end:].strip()
                           or _CUT_RELATIVE.fullmatch(sent.text, end) is not None))
            or _AMONG.match(sent.text, end) is not None)


#: "did not identify victims who neede": a relative clause after the denied noun that runs to
#: where the excerpt is cut; it says which of them were denied, in words that are missing.
_CUT_RELATIVE = re.compile(r"\s+(?:who|whom|that|which|whose)\b[^.;]*", re.I)


def _since_year(sent: Sentence, end: int) -> bool:
    """Whether a denial is said to hold since a year before the one reported on, a few words
    after its object ("... any traffickers since 2011")."""
    since = _SINCE.match(sent.text, end)
    year = compiled("SINCE_YEAR").match(sent.text, since.start("since")) if since else None
    return year is not None and int(year["year"]) < sent.reporting_year


#: "... reported assisting fewer victims and the police did not refer ...": a conjunction
#: after a verb opens a clause of its own, with its own subject.
_CLAUSE_JOIN = re.compile(r"\b(?:and|but|while|whereas|although|though|yet)\s+", re.I)
#: A verb that makes the words before a conjunction a clause of their own.
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|did|does|do|reported|said)\b", re.I)


@cache
def _destination() -> re.Pattern[str]:
    """An NGO named as where or through whom ("... victim care through NGOs", "assigned to
    local NGO shelters"), not as who acts."""
    ngo = "|".join(regex.pattern for name, regex in sources() if name == "ngo")
    return re.compile(rf"\b(?:[Tt]o|[Ii]nto|[Tt]hrough|[Vv]ia)\s+(?:[\w-]+\s+){{0,3}}?(?:{ngo})")


def _own_subject(words: str) -> str:
    """The subject of the last clause of the words before a denial ("the NGOs reported
    assisting fewer victims than in the previous year and the police" -> "the police"), less
    the places and means it names ("through NGOs"): who denies, not who else is named."""
    verbs = [*_FINITE.finditer(words), *any_verb().finditer(words)]
    if verbs:
        last = max(v.end() for v in verbs)
        join = _CLAUSE_JOIN.search(words, last)
        if join and re.search(r"[A-Za-z]", words[join.end():]):
            words = words[join.end():]
    return _destination().sub("", words)


#: The words before a denial end in a conjunction: its predicate is coordinated with the
#: clause before it, whose subject it shares.
_JOINED = re.compile(r"\b(?:and|but|or|nor)\s*$", re.I)


def _zero_source(sent: Sentence, pos: int) -> str:
    """Who states a zero: the subject of its own clause ("..., and the police did not refer
    any victims to NGOs": the police, not the NGOs), or in a comparison ("compared with not
    identifying any victims") the subject of the sentence; a denial coordinated right after
    another ("... did not convict any traffickers and did not report identifying any
    victims") has the subject of that one."""
    words = phrases.actor(sent.text, pos)
    before = list(_cues().clause.finditer(sent.text, 0, pos))
    if before and _JOINED.search(words):
        return _zero_source(sent, before[-1].start())
    # "Government-funded civil society organizations did not identify any victims": the
    # organizations state it, not their funder
    found = source_of(FUNDED_BY.sub("", _own_subject(words)), sent.country)
    if found == "other" and sent.segment(pos).comparative:
        main = phrases.subject(sent.text, sent.segment(pos).start)
        found = source_of(main[:main.find(",")] if "," in main else main)
    return found


def _split_alternatives(obj: str) -> list[str]:
    """The qualifiers of a denied object coordinated by "or" (or listed: "adult male, child, or
    LGBTQI+"), each with the head, that name a split of the vocabulary and are no part of
    their own ("any Maltese or child victims": no child victims, the Maltese ones a part no
    split names); [] where none does."""
    words = obj.split()
    alternatives = re.split(r",?\s+(?:or|nor)\s+|,\s+", " ".join(words[:-1]), flags=re.I)
    if len(alternatives) < 2:
        return []
    return [f"{qualifier} {words[-1]}" for qualifier in alternatives
            if kinds.splits_of(f"{qualifier} {words[-1]}", "count")
            and not _part_only(f"{qualifier} {words[-1]}")]


def _part_only(obj: str) -> bool:
    """Whether a stated zero is about one part of the victims ("any male victims") that no
    split of the vocabulary names: it says nothing about the total; nor does a nationality
    ("any North Korean trafficking victims"): the zero is of its nationals only. A status
    makes no part: no potential victims means none at all, and no confirmed victims ("did not
    identify any confirmed victims", "any confirmed trafficking cases") is the count the
    report keeps; where it also counts potential ones, the zero beside that count is set
    aside as about a part (``beside_counts``)."""
    groups = kinds.partition_groups(obj) - {"status"}
    return bool(groups - set(kinds.splits_of(obj, "count"))) or bool(nationality(obj, ""))


#: After a denial: a clause of its own, whose years are its own ("... during the reporting
#: period, nor did it report the number of investigations during the previous period").
_CLAUSE_OF_ITS_OWN = re.compile(
    r";|,\s*(?:nor|but|and)\s+(?:did|does|do|has|had|have|was|were|is|are|it|they)\b", re.I)
#: Between a denial and a later year: words that open what is said of the denied people, not
#: when ("did not provide any services to victims, including among victims who remained in the
#: country at the close of the previous reporting period").
_SAID_OF_THE_OBJECT = re.compile(r",\s*including\b|\b(?:who|whom|whose)\b", re.I)


def _zero(sent: Sentence, start: int, end: int, tail: int, base: str, obj: str, source: str,
          unit: str = "count", years: tuple[int, ...] = ()) -> Hit:
    """A stated zero as a hit, its year that of its sentence (or named after the words from
    ``tail`` on), or each of ``years`` where they are given."""
    hit = Hit(Figure(0.0, start, end, sent.text[start:end]), unit, start,
                      role="figure", base=base, label_start=start, label_end=end, np_end=end,
                      source=source, comparative=sent.segment(start).comparative)
    hit.splits = kinds.splits_of(obj, unit) if obj else {}
    after = _KIND_AFTER.match(sent.text, end)
    if unit == "count" and "type" not in hit.splits and after:
        # a zero of one kind ("... to any victims of sex trafficking") is not the total's
        kind = _NEXT_PREDICATE.split(after["kind"], maxsplit=1)[0]
        hit.splits.update({g: k for g, k in kinds.splits_of(kind, unit).items()
                           if g == "type"})
    if source == "ngo":
        hit.splits["source"] = "_ngo"
    # the words after the denied noun say for which years ("... convictions in 2019 or 2018",
    # "for the last two years"); a pattern's trailing words are not part of the zero. "For the
    # second (or third) consecutive year" dates the zero to the year reported on only: the
    # earlier years are the earlier reports' to state
    stop = _CLAUSE_OF_ITS_OWN.search(sent.text, tail)
    later = [y for y in sent.years if y.start >= tail and y.comparative == hit.comparative
             and not _SAID_OF_THE_OBJECT.search(sent.text, tail, y.start)
             and (stop is None or y.start < stop.start())]
    # else a period opening its sentence ("During the previous year, the government did not
    # report investigating any cases"), else the sentence's year
    hit.year = ((sent.resolve(later[0]) if later else None)
                or leading_year(sent, hit.fig, relative=True) or sent.current_year)
    if years:
        hit.year, hit.each = years[0], years if len(years) > 1 else ()
    elif not later and _since_year(sent, tail):
        hit.year = sent.reporting_year  # none since then: none in the period reported on
    elif later and later[0].year and (also := years_also(sent.text, later[0].end)):
        hit.each = (later[0].year, *also)
    elif later and later[0].listed:
        hit.each = later[0].listed
    elif (span := _LAST_YEARS.match(sent.text, tail)) and (n := words_to_number(span["n"])):
        # "for the last two years": the years before this one in a comparison, else up to it
        last = sent.current_year - 1 if hit.comparative else sent.current_year
        hit.each = tuple(range(last, last - min(n, 10), -1))
    elif not later and (like := compiled("AS_BEFORE").match(sent.text, sent.clause(start).start,
                                                             start)):
        if like["year"] is None:
            hit.each = (hit.year, hit.year - 1)
        elif int(like["year"]) < sent.reporting_year:
            # "as in 2016, ... did not ...": none in the period reported on, as in that year
            hit.year, hit.each = sent.reporting_year, (sent.reporting_year, int(like["year"]))
    return hit


def beside_counts(rows: list[R], warnings: list[str]) -> list[R]:
    """Set aside a stated zero of a measure and year the narrative also gives a count of ("did
    not convict any traffickers associated with exploiting fishermen" beside "convicting 56
    traffickers"): the denial is about some of them, not all; and so is what its sentence
    compares it with after it ("identified zero victims in the fishing industry, compared to
    23 victims in 2018": of the same part)."""
    counted = {(r.row.measure, r.row.data_year) for r in rows
               if r.row.value is not None and r.row.value > 0}
    out = []
    about_a_part: list[R] = []
    for r in rows:
        if r.row.value == 0 and (r.row.measure, r.row.data_year) in counted:
            warnings.append(f"{r.row.measure}: a zero for {r.row.data_year} beside a count of "
                            f"that year, taken as about a part of it: {r.row.label!r}")
            about_a_part.append(r)
            continue
        if r.comparative and r.row.value is not None and any(
                z.sentence == r.sentence and z.base == r.base and z.row.start < r.row.start
                for z in about_a_part):
            warnings.append(f"{r.row.measure}: {r.row.value:g} for {r.row.data_year} taken as "
                            f"the comparison of a zero about a part: {r.row.label!r}")
            continue
        out.append(r)
    return out
