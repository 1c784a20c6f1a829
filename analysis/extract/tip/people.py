"""Who the people a TIP count counts are: victims or another group ("140 children who
separated from armed groups", "75 child beggars"), people of another kind than the measure's
(suspects for a count of victims), and nationals or foreigners ("four Jamaican victims",
"eight victims from Bangladesh"), which make a count a part of a total or a foreign count.
"""

from __future__ import annotations

import re

from analysis.detect.countries import Country, heading_country
from analysis.extract.grammar import compiled
from analysis.extract.numbers import NUMBER, Figure
from analysis.extract.tip.hits import Hit
from analysis.extract.tip.kinds import LIST_JOIN, TRAFFICKING_WORD, splits_of
from analysis.extract.tip.sentence import Sentence
from analysis.extract.tip.vocabulary import HEADS, any_verb, nationality

#: A capitalised word in what a count counts ("82 Moldovan victims", "victims from
#: Uzbekistan") marks a subset by nationality or place, not a national total.
PROPER_WORD = re.compile(r"\b[A-Z][a-z]{2,}")

#: "from Algeria, Burkina Faso, Cameroon, ..., and Syria": the countries a count comes from.
_FROM_MANY = re.compile(r"\bfrom\s+[A-Z][^;.()]*?(?:,\s*[A-Z][^,;.()]*){2,}")


def foreign_from_abroad(sent: Sentence, hit: Hit, phrase: str) -> bool:
    """Whether a part counted as foreign names the countries its people come from, several
    ("410 were foreign nationals from Algeria, Burkina Faso, ...") or one other country ("one
    was a foreign victim from Peru"): that says where all of them come from, not which few
    are counted."""
    before = phrase.split(" from ", 1)[0]
    if hit.splits.get("origin") != "_foreign" or PROPER_WORD.search(before):
        return False
    at = hit.fig.end + len(before)
    return _FROM_MANY.match(sent.text, at + 1) is not None or _from_abroad(sent, at)


#: A part's predicate saying where its people come from ("One identified victim was from",
#: "Two of the victims were from"); not a list item ("94 victims from Burma"), which names
#: one country among several.
_WERE_FROM = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:were|was)(?=\s+from\s)", re.I)


#: A predicate saying what nationals people are: "were Nicaraguan", "was Chinese".
SAID_OF_A_NATIONALITY = (r"(?:were|was)\s+(?P<who>(?:non-)?[A-Z][\w'’-]*"
                         r"(?:\s+[A-Z][\w'’-]*){0,2})")
#: A part said to be of a nationality: "six were Nicaraguan", "one was Chinese", "10 were
#: non-Salvadoran".
_WERE_OF = re.compile(rf"(?:\s+[\w-]+){{0,3}}?\s+{SAID_OF_A_NATIONALITY}")


def part_from_abroad(sent: Sentence, fig: Figure) -> bool:
    """Whether a part's people come from another country than the narrative's ("two were
    from Honduras", "six were Nicaraguan" in Costa Rica's)."""
    words = _WERE_FROM.match(sent.text, fig.end)
    if words is not None:
        return _from_abroad(sent, words.end())
    said = _WERE_OF.match(sent.text, fig.end)
    return (said is not None and bool(sent.country)
            and nationality(said["who"], sent.country) == "foreign")


#: A count's words up to a predicate that says where its people are from, past words of its
#: own ("One victim identified during the year was from ..."), no relative clause between.
_SAID_FROM = re.compile(r"(?:(?!\b(?:who|whom|whose|which|that)\b)[^,;()])*?\s+(?:were|was)"
                        r"(?=\s+from\s)", re.I)


def said_from_abroad(sent: Sentence, fig: Figure) -> bool:
    """Whether the clause a count is the subject of says its people come from another
    country than the narrative's ("One victim identified during the year was from Burkina
    Faso"): the count is of foreign victims, not of every victim."""
    words = _SAID_FROM.match(sent.text, fig.end)
    return words is not None and _from_abroad(sent, words.end())


#: People counted by who they are, not as victims ("140 children who separated from illegal
#: armed groups"): a count of victims only where their clause names trafficking or victims.
PEOPLE = frozenset({"child", "children", "person", "individual", "people", "women", "men",
                     "woman", "man", "girl", "boy", "minor", "adult"})
_VICTIM_WORD = re.compile(r"\b(?:victims?|survivors?)\b", re.I)
#: People named by what they do or where they are from ("75 child beggars", "40 migrant
#: workers"): a group some of whom may be victims, not victims unless so called.
_GROUPS = frozenset({"beggar", "worker", "laborer", "labourer", "migrant", "national",
                     "foreigner", "citizen", "refugee", "student"})

#: People named by where or how they live ("130 street children", "40 unaccompanied minors"):
#: a group some of whom may be victims, as the groups above are.
_GROUP_WORD = re.compile(r"\b(?:street|homeless|runaway|unaccompanied|displaced|working|"
                         r"out-of-school)\s+(?:child(?:ren)?|minors?|youths?|girls?|boys?|"
                         r"people|persons|women|men)\b", re.I)


#: People said to be at risk of becoming victims, not victims: "likely to become victims",
#: "at risk of trafficking", "vulnerable to becoming victims".
_AT_RISK = re.compile(r"\b(?:(?:likely|liable|vulnerable)\s+to\s+becom\w*|at\s+risk\s+"
                      r"(?:of|for)\s+(?:becom\w*\s+)?)(?:[\w-]+\s+){0,2}?(?:victims?|"
                      r"traffick\w*)\b", re.I)


def people_not_victims(sent: Sentence, hit: Hit) -> bool:
    """Whether a count of victims counts people its clause never calls victims nor names any
    form of trafficking for ("identified at least 140 children who separated from illegal
    armed groups"): they are another group, not the measure. People the clause says nothing
    more of ("Authorities identified 310 children, up from 290") are what the verb counts;
    people of a named group ("identified 75 child beggars") are that group unless their clause
    calls them victims or names trafficking."""
    if hit.noun not in PEOPLE and hit.noun not in _GROUPS:
        return False
    clause = sent.clause(hit.fig.start)
    words = sent.text[clause.start:clause.end]
    if _AT_RISK.search(words):
        return True  # "persons ... likely to become victims of trafficking": not yet victims
    if _VICTIM_WORD.search(_without_other_counts(sent, hit, clause.start, clause.end)) or (
            TRAFFICKING_WORD.search(words)):
        return False
    if hit.noun in _GROUPS or _GROUP_WORD.search(sent.text, hit.fig.end, hit.np_end):
        return True
    noun = re.search(rf"\b{re.escape(hit.noun)}\w*", sent.text[hit.fig.end:hit.np_end], re.I)
    rest = sent.text[hit.fig.end + noun.end():clause.end] if noun else words
    rest = compiled("RELATIVE_YEAR").sub("", compiled("YEAR_PHRASE").sub("", rest))
    # the counts of other years say nothing more of them: "four minors (three in 2018)"
    rest = re.sub(rf"\b(?:{NUMBER})\b", "", rest, flags=re.I)
    return re.search(r"[A-Za-z]", rest) is not None


#: "two victims in 2019 who entered the country unlawfully": a relative clause after the
#: counted noun (and its year), up to the end of its clause.
_WHO_CLAUSE = re.compile(r"(?:\s+(?:in|during)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:(?:19|20)\d\d|"
                         r"period|year))?\s*,?\s+who\s+(?P<clause>[^.;,()]{1,80})", re.I)
#: The people a count's words end on, whom a relative clause right after them is about.
_PEOPLE_END = re.compile(r"\b(?:victims?|persons|people|individuals|children|minors|adults|"
                         r"women|men|girls|boys|nationals|citizens)\s*$", re.I)
#: What a relative clause may say of all the victims counted: a kind, or what was done for them.
_OF_ALL = re.compile(r"\b(?:victims?|receiv\w*|benefit\w*|accept\w*|agreed|cooperat\w*|"
                     r"testif\w*|assist\w*|services|care|shelter|repatriat\w*)\b", re.I)


#: "identified four trafficking victims within the asylum system", "among asylum-seekers": the
#: victims of one population the country receives, some of the year's.
_AMONG_MIGRANTS = re.compile(r"\s(?:within|among|in)\s+(?:the\s+)?(?:asylum|refugee|migrant|"
                             r"reception)", re.I)


def picked_out(sent: Sentence, hit: Hit) -> bool:
    """Whether a count of victims is of those a relative clause after it picks out ("authorities
    identified two victims in 2019 who entered the country unlawfully"): some of the victims,
    not the year's count; so are those of the asylum system. A clause naming a kind ("who were
    exploited in forced labor"), a verb of the vocabulary, or what the victims received or did
    ("who received shelter", "who agreed to testify", "who were repatriated") says something of
    all of them; so does a clause after anything but the people counted ("victims to shelters
    that provided care")."""
    if _AMONG_MIGRANTS.search(sent.text, hit.fig.end, hit.np_end + 20):
        return True
    found = _WHO_CLAUSE.match(sent.text, hit.np_end)
    if found is None or not _PEOPLE_END.search(sent.text, hit.fig.end, hit.np_end):
        return False
    clause = found["clause"]
    return not (splits_of(clause, "count") or TRAFFICKING_WORD.search(clause)
                or _OF_ALL.search(clause)
                or any_verb().search(clause))


#: The words of a count of victims after its number ("86 potential victims"), not "of them".
_COUNTED_VICTIMS = re.compile(r"\s+(?:(?!of\b)[\w-]+\s+){0,3}?(?:victims?|survivors?)\b", re.I)


def _without_other_counts(sent: Sentence, hit: Hit, start: int, end: int) -> str:
    """A clause's words without the victims other figures of it count ("assisted 362 street
    children (... identified 86 potential victims ...)"): those call other people victims;
    not a figure right after the count ("20 adult and 15 child victims": their noun) nor a
    comparison ("(30 victims in 2019)": the same people a year before)."""
    words = sent.text[start:end]
    for fig in sent.figures:
        if (fig is hit.fig or not start <= fig.start < end or sent.segment(fig.start).comparative
                or LIST_JOIN.fullmatch(sent.text, hit.np_end, fig.start)):
            continue
        if counted := _COUNTED_VICTIMS.match(sent.text, fig.end):
            words = (words[:fig.start - start] + " " * (counted.end() - fig.start)
                     + words[counted.end() - start:])
    return words


def note_nationality(sent: Sentence, hit: Hit) -> None:
    """A count of victims named by another country's nationality ("identified four Jamaican
    adult victims" in Saint Lucia) is also a count of foreign victims, and a part of any total
    given before; a count named by the country's own nationality ("identified just one
    Panamanian victim", "227 Thai victims exploited in Cambodia" in Thailand) is the part of
    such a total that are nationals, and the total where none is given."""
    if hit.unit != "count" or hit.role != "figure" or not hit.base.startswith("victims"):
        return
    phrase = sent.text[hit.fig.end:hit.np_end]
    noun = re.search(rf"\b(?:{HEADS})\b", phrase, re.I)
    whose = nationality(phrase[:noun.end()] if noun else phrase, sent.country)
    if whose == "foreign" or (noun and _from_abroad(sent, hit.fig.end + noun.end())):
        hit.parts = hit.parts | {"origin"}
        hit.foreign = "origin" not in hit.splits
    elif whose == "own":
        hit.parts = hit.parts | {"origin"}


#: "victims from Bangladesh", "two victims of forced labor from Nepal": where the people
#: counted come from, right after the noun or the kind it is of.
_FROM_PLACE = re.compile(
    r"(?:\s+of\s+(?:[a-z-]+\s+){0,2}?(?:trafficking|labou?r|exploitation|servitude))?"
    r"\s+from\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of(?:\s+the)?))*?)"
    r"(?=\s+(?:in|during|to|for|who|and|at)\b|\s*[,;.()]|$)")


def _places(found: re.Match[str]) -> list[Country | None]:
    """The countries a match of ``_FROM_PLACE`` names, None for a place that is none."""
    return [heading_country(p) for p in re.split(r",\s*|\s+and\s+", found["place"]) if p]


#: People from countries the text does not name, none of them the narrative's: "from other
#: Latin American countries", "from neighboring countries".
_FROM_ELSEWHERE = re.compile(r"\s+from\s+(?:other|neighbou?ring|foreign)\s+"
                             r"(?:[A-Z][\w'’-]*\s+){0,2}countries\b")


def _from_abroad(sent: Sentence, at: int) -> bool:
    """Whether the people a count names come from another country than the narrative's
    ("eight victims from Bangladesh" in Venezuela's), each country named being another, or
    from countries it does not name ("from other Latin American countries")."""
    if _FROM_ELSEWHERE.match(sent.text, at):
        return True
    found = _FROM_PLACE.match(sent.text, at)
    if found is None or not sent.country:
        return False
    countries = _places(found)
    return bool(countries) and all(c is not None and c.iso3 != sent.country for c in countries)


def countries_from(phrase: str) -> frozenset[str]:
    """The countries a phrase says the people it counts come from ("one victim from
    Kosovo"); empty when it names none."""
    found = _FROM_PLACE.search(phrase)
    return frozenset(c.iso3 for c in _places(found) if c is not None) if found else frozenset()


VICTIM_NOUNS = frozenset({"victim", "survivor", "children", "child", "women", "men", "girl", "boy",
                           "minor"})
ACTOR_NOUNS = frozenset({"trafficker", "offender", "suspect", "defendant", "perpetrator", "case",
                          "investigation", "prosecution", "conviction", "acquittal", "official",
                          "officer"})
#: The measures that count offenders or their cases; with what came of the cases (acquittals,
#: cases referred to prosecutors), those whose counts are never of victims.
OF_OFFENDERS = frozenset({"investigations", "prosecutions", "convictions"})
OF_CASES = OF_OFFENDERS | {"acquittals", "cases_referred"}


#: Words for offenders whatever the stage of their case: "prosecuted 15 alleged labor
#: traffickers ... Fourteen of these offenders were convicted" names the same people.
_OFFENDER_WORDS = frozenset({"trafficker", "offender", "perpetrator"})


def same_people(noun: str, other: str) -> bool:
    """Whether two counted nouns (singular) name the same people: the same word, or two words
    for offenders."""
    return noun == other or {noun, other} <= _OFFENDER_WORDS


def other_kind_of_noun(noun: str, base: str) -> bool:
    """Whether a figure's own noun counts people of another kind than its measure: suspects
    or cases for a count of victims, victims for a count of cases or offenders."""
    if base.startswith("victims"):
        return noun in ACTOR_NOUNS
    return noun in VICTIM_NOUNS and base in OF_CASES
