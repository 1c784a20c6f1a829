"""Who gave a figure of a TIP sentence: the subject of its clause (government, NGO, one
agency, one court, one provision of the law), and whether that subject is one provider of
care or one region, whose count is a part of the country's and not its total.
"""

from __future__ import annotations

import re

from analysis.detect.countries import heading_country
from analysis.extract.grammar import compiled
from analysis.extract.tip.hits import Hit
from analysis.extract.tip.people import PROPER_WORD
from analysis.extract.tip.phrases import actor, subject
from analysis.extract.tip.sentence import Sentence
from analysis.extract.tip.vocabulary import (
    own_body,
    provider_of,
    source_clause,
    source_of,
    verb_measure,
)

#: "In the Kurdistan Region, ...", "Authorities in Zanzibar ...": a place the clause is in.
_IN_PLACE = re.compile(
    r"\b[Ii]n\s+(?:the\s+)?(?P<place>[A-Z][a-z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of))*?)\s*(?:,|$)")
#: "the government of Punjab": the government of a place, which may be a province.
_GOVERNMENT_OF = re.compile(
    r"\b[Gg]overnments?\s+of\s+(?:the\s+)?(?!(?:National|Federal|Transitional|Unity)\b)"
    r"(?P<place>[A-Z][\w'’.-]*(?:\s+(?:of|and|the|d[’'][\w-]+|[A-Z][\w'’.-]*))*)")
_NOT_PLACE = re.compile(r"(?:Articles?|Decrees?|Laws?|Sections?|Orders?|Resolutions?|Chapters?|"
                        r"Government|Parliament|Congress|Court|Addition|Total|Comparison|"
                        r"Protection|Prosecution|Prevention|Persons|Reports?)\b")


def in_a_region(sent: Sentence, verb_at: int) -> bool:
    """Whether the words before a clause's verb place it in one region or city ("In the
    Kurdistan Region, authorities investigated", "Authorities in Zanzibar prosecuted", "only
    the government of Punjab reported convictions") or abroad ("authorities abroad
    identified"), not in the narrative's country as a whole: a part of the country's count."""
    start = sent.text.rfind(";", 0, verb_at) + 1
    if compiled("ABROAD_ACTOR").search(sent.text, start, verb_at):
        return True  # "authorities abroad identified 313 victims": found in other countries
    for m in (*_IN_PLACE.finditer(sent.text, start, verb_at),
              *_GOVERNMENT_OF.finditer(sent.text, start, verb_at)):
        place = re.sub(r"(?:\s+(?:of|and|the))+$", "", m["place"]).rstrip(".")
        if (compiled("MONTH").fullmatch(place.split()[0]) or _NOT_PLACE.match(place)
                or "," in sent.text[m.end():verb_at]):
            continue  # a place another item of a list names ("..., cyber scam operations in
            # Southeast Asia, training police officers, and initiating one prosecution")
        country = heading_country(place)
        if country is None or (sent.country and country.iso3 != sent.country):
            return True
    return False


def one_provider(words: str) -> bool:
    """Whether a clause's subject is one provider of care ("One NGO shelter", "The
    government-funded shelter") or an organisation named by its own name ("La Strada"): the
    victims it served are a part of those served in the country, not their total."""
    words = source_clause(words)
    if provider_of(words):
        return True
    rest = words.strip().split(maxsplit=1)[1:]
    return source_of(words) == "other" and bool(rest and PROPER_WORD.search(rest[0]))


#: "government-funded civil society organizations": who pays, not who acts. The care such
#: bodies give is the government's (as the keys read "Government-funded NGOs provided shelter
#: and care"); the victims they identify or refer are theirs, and so is a zero they state.
FUNDED_BY = re.compile(r"\b(?:government|state)-(?:funded|run|supported|sponsored|financed|"
                       r"registered|backed)\b", re.I)
#: A clause's subject that is NGOs named with no word of their own ("NGOs", "the NGOs"), and
#: government-funded NGOs named before it in the sentence, which it names again.
_BARE_NGOS = re.compile(r"\s*(?:the\s+|these\s+)?NGOs\s*", re.I)
_FUNDED_NGOS = re.compile(rf"{FUNDED_BY.pattern}\s+NGOs\b", re.I)
#: "A court convicted ...", "Another tribunal ...": one court's case.
_ONE_COURT = re.compile(r"\b(?:a|one|another)\s+(?:[\w-]+\s+){0,2}?(?:court|judge|tribunal)\b",
                        re.I)


def figure_source(sent: Sentence, hit: Hit, verb_at: int) -> str:
    """Who the figure is from, by the subject of its clause (or a passive's agent)."""
    who = actor(sent.text, verb_at)
    if not hit.base.startswith("victims_assisted"):
        who = FUNDED_BY.sub("", who)  # "government-funded NGOs identified": the NGOs did
    elif _BARE_NGOS.fullmatch(who) and (funded := _FUNDED_NGOS.search(sent.text, 0, verb_at)):
        # "Government-funded NGOs supported 80 victims ...; NGOs assisted 70 in 2019": the
        # same NGOs named again
        who = funded[0]
    found = source_of(who, sent.country)
    if found in ("other", "ngo") and own_body(actor(sent.text, hit.fig.start), hit.base):
        # "the hotline received 62,000 calls", also one an NGO runs: its own work, the count
        found = "government"
    agent = re.search(r"\bby\s+(?P<agent>[^;.]{3,120})", sent.text[hit.fig.end:])
    between = sent.text[hit.fig.end:hit.fig.end + agent.start()] if agent else ""
    if agent and ((found == "government" and re.search(r"\b(?:were|was)\s+\w+ed\s*$", between))
                  or (found in ("government", "other") and _own_participle(between, hit.base))):
        by = source_of(agent["agent"])
        found = by if by in ("ngo", "agency") else found
    if found == "ngo" and hit.unit == "count":
        hit.splits = {**hit.splits, "source": "_ngo"}
    if found == "agency" and _ONE_COURT.search(subject(sent.text, verb_at)):
        return "one court"
    if found == "government" and under_one_provision(sent, verb_at):
        return "one provision"
    return found


#: "37 victims identified by an NGO": the counted noun and the participle right after it.
_PARTICIPLE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?P<noun>[\w-]+)\s+(?P<verb>[a-z]+ed)\s+$")


def _own_participle(between: str, measure: str) -> bool:
    """Whether the words between a figure and "by" are its counted noun and a participle that
    counts the figure's measure ("37 victims identified by an NGO"): the agent after "by" is
    who did what the count counts, whoever is the subject of the sentence."""
    found = _PARTICIPLE_AFTER.fullmatch(between)
    return found is not None and verb_measure(found["verb"], found["noun"]) == measure


def under_one_provision(sent: Sentence, verb_at: int) -> bool:
    """Whether the words before a clause's verb count it under one numbered provision of the
    law ("Under article 182, authorities identified 53 victims"): one of the counts the law
    gives, a part of the year's count where the narrative gives that too."""
    start = sent.text.rfind(";", 0, verb_at) + 1
    return compiled("ONE_PROVISION").search(sent.text, start, verb_at) is not None
