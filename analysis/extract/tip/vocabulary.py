"""The TIP narratives' vocabulary, read from data files: which phrase means which measure.

- ``tip_patterns.csv``: phrasings, first matching row wins for a figure. Kinds: ``figure``
  (a measure), ``ignore`` (a figure that is not a count we store), ``split`` (a suffix a
  phrase adds: ``_sex_trafficking``), ``not_published``, ``zero`` (a stated zero: "did not
  allocate funding for victim assistance"), ``one`` (an article read as one: "convicted a
  trafficker"). ``section`` limits a row to one section. Placeholders: ``{n}`` the figure,
  ``{m}`` a dollar figure (after a local amount: "24.8 million pesos ($497,500)"), ``{q}``
  qualifier words ("only", "approximately"; "the", "all" before a count given before, now
  counted by the verb: "convicted the three suspects"), ``{N0}`` another number, ``{w}`` one
  modifier word of a counted noun phrase (not a number, another counted noun or a word that ends the
  phrase: "185 sex and labor trafficking case investigations", but not "183 potential
  victims during investigations"); ``{sg}`` the end of a singular head noun (not "eight
  specialized prosecution offices"); ``{of}`` the whole a part is named by ("referred 19 of
  the 25 identified victims"); ``{victims}`` victims as the counted noun (not "victim" as
  the modifier of another: "12 victim assistance projects"); ``{share}`` a share of a count
  ("half", "60 percent") before "of the victims"; ``{not}`` a denial ("did not", "nor did it");
  a name in capitals is a piece of grammar.csv (``{SUPERLATIVE}``), its words listed once.
- ``tip_verbs.csv``: verbs and nouns of each measure, for coordinated verbs ("identified and
  assisted 61 victims"), stated zeros ("did not prosecute or convict any traffickers", "there
  were no prosecutions or convictions") and "respectively".
- ``tip_sources.csv``: who a figure is from (the government, NGOs, one agency), and the body
  whose own work a measure counts (``body:prosecutions``: the prosecutors).
- ``tip_partitions.csv``: the qualifiers that split victims into parts (female / male).
- ``demonyms.csv``: nationalities ("Jamaican", "Nepali") and the countries they name, so that
  victims of another nationality than the narrative's country are counted as foreign.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from analysis.datafiles import read_rows
from analysis.detect.countries import resolve_country
from analysis.extract.grammar import pieces, qualifier_alternatives
from analysis.extract.numbers import MONEY, NUMBER, NUMBER_WORDS

#: Plural nouns that head a counted noun phrase: a modifier word ``{w}`` is none of them.
HEADS = (r"(?:cases|victims?|suspects?|traffickers?|offenders?|defendants?|perpetrators?|"
          r"slaveholders?|persons|individuals|people|children|women|men|girls|boys|investigations|"
          r"prosecutions|convictions|acquittals|officials|officers)")
#: Words that give a share of a count ("percent", "half", "two-thirds", "majority") before
#: "of the victims": ``{share}`` in tip_patterns.csv.
SHARE = (r"(?:percent|per\s+cent|half|(?:one|two|three|a)[\s-]+(?:thirds?|quarters?|fifths?)|"
         r"majority)")
#: Words that end a noun phrase before its head: prepositions, verbs, relative pronouns, and
#: the words of a year told relatively ("compared with 35 the previous year and prosecutions
#: of 17": the 35 is no count of prosecutions).
_PHRASE_ENDS = (r"(?:during|in|on|at|by|with|from|to|for|of|into|against|involving|under|over|"
                r"within|throughout|across|between|among|until|"
                r"through|via|after|before|since|than|compared|including|each|per|were|was|is|are|had|"
                r"have|has|been|who|whom|which|that|while|whereas|but|previous|prior|preceding)")

#: After a singular head noun: the phrase ends there (punctuation, a preposition, a verb);
#: "eight specialized prosecution offices" has another noun after it, so "prosecution"
#: only describes the offices.
_SINGULAR_END = (rf"(?=\s*(?:[^\w\s]|$)|\s+(?:{_PHRASE_ENDS}|into|and|or|as|the|an?|"
                 r"[a-z]+ed)\b)")

#: A number is no modifier word of a counted noun phrase, except as the figure of a part that
#: shares the head noun after "and"/"or" ("81 sex trafficking and 16 labor trafficking
#: investigations"); after a plural noun it opens a phrase of its own ("nine arrests and two
#: convictions": the nine are no convictions).
_NO_OTHER_FIGURE = (rf"(?:(?!\d|(?:{NUMBER_WORDS})\b)|(?<=[^\Ws]\sand\s)|(?<=[^\Ws]\sor\s))")

KINDS = ("figure", "ignore", "split", "not_published", "zero", "one")
_WITH_FIGURE = ("figure", "ignore", "one")


@cache
def placeholders() -> dict[str, str]:
    """The placeholders of tip_patterns.csv and their regexes."""
    return {
        "{q}": rf"(?:(?:{qualifier_alternatives()}|an?\s+additional|a\s+further|another|all|"
               rf"the|these|those)\s+){{0,2}}",
        # "its first" counts one, as an article does: "secured its first trafficking conviction"
        "{n}": rf"(?P<fig>{NUMBER}|\ban?\b|\bits\s+first\b)",
        "{N0}": rf"\b(?:{NUMBER_WORDS}|(?!(?:19|20)\d\d\b)\d[\d,.]*)",  # a year is no count
        # (not "35 the previous year and prosecutions": a year's words end the phrase)
        "{w}": rf"(?:(?!(?:{HEADS}|{_PHRASE_ENDS}|the|years?|period)\b){_NO_OTHER_FIGURE}"
               r"[\w-]+\s+)",
        "{sg}": _SINGULAR_END,
        # a denial, also one inverted after "nor": "did not provide", "nor did it provide"
        "{not}": r"(?:\b(?:did|does)\s+not|\b(?:nor|neither)\s+(?:did|does)\s+(?:it|they|the\s+"
                 r"government|authorities|officials|courts)\b)",
        "{share}": SHARE,
        # "referred 19 of the 25 identified victims": a part named by the whole it is of
        "{of}": r"(?:of\s+(?:the|these|those)\s+(?:[\w-]+\s+)?)?",
        # "victims", or "victim" as a head noun: not the modifier of another noun ("supported 12
        # victim assistance projects" counts projects, not victims)
        "{victims}": r"(?:victims\b|victim\b(?!\s+(?:assistance|support|care|protection|services?"
                     r"|identification|referral|compensation|advocates?|cent(?:er|re)s?|shelters?"
                     r"|units?|projects?|programs?|programmes?|facilities|funds?|hotlines?"
                     r"|screening|resources?|specialists?)\b))",
        # "$70,000", also after a local amount: "10.5 million tenge ($70,000)", "EUR 277,000
        # ($295,758)", "seven million Kenyan shillings ($68,326)".
        "{m}": rf"(?:(?:[€£¥]\s?|[A-Z]{{3}}\s?)?{NUMBER}\s*(?:[A-Za-z]+\s+){{0,3}}"
               rf"(?:\([A-Z]{{2,4}}\)\s*)?\((?:approximately\s+|about\s+)?)?(?P<fig>{MONEY})\)?",
    }


@dataclass(frozen=True)
class Pattern:
    """One row of the TIP vocabulary, compiled: a phrase and what it means."""

    kind: str
    measure: str
    unit: str
    group: str
    regex: re.Pattern[str]
    anchored: bool = False  # starts with the figure: tried only where a figure starts
    section: str = ""


@dataclass(frozen=True)
class Verb:
    """A verb (and its noun) that counts one measure, with the objects it counts."""

    verb: str
    measure: str
    objects: re.Pattern[str]
    noun: str


def expand(pattern: str) -> str:
    """Replace the placeholders of a vocabulary pattern by their regexes, and a piece of
    grammar.csv named in capitals ("{SUPERLATIVE}") by its regex, so words are listed once."""
    for key, value in placeholders().items():
        pattern = pattern.replace(key, value)
    return re.sub(r"\{([A-Z_]+)\}", lambda m: f"(?:{pieces()[m[1]]})", pattern)


@cache
def load_patterns() -> tuple[Pattern, ...]:
    """The rows of tip_patterns.csv, compiled, in file order (first match wins)."""
    out = []
    for row in read_rows("tip_patterns.csv"):
        kind, raw = row["kind"], row["pattern"]
        has_figure = "{n}" in raw or "{m}" in raw
        if kind not in KINDS or has_figure != (kind in _WITH_FIGURE):
            raise ValueError(f"tip_patterns.csv: bad row {row}")
        if has_figure and ("{m}" in raw) != (row["unit"] == "usd"):
            raise ValueError(f"tip_patterns.csv: {{m}} is for usd, {{n}} for counts: {row}")
        expanded = expand(raw)
        anchored = raw.startswith(("{n}", "{m}"))
        if has_figure:
            # Anchored rows are matched at each figure; the others at every position, inside
            # a lookahead so that overlapping phrases are all found.
            expanded = rf"(?P<all>{expanded})" if anchored else rf"(?=(?P<all>{expanded}))"
        out.append(Pattern(kind, row["measure"], row["unit"], row["group"],
                           re.compile(expanded, re.I), anchored, row.get("section", "")))
    return tuple(out)


@cache
def verbs() -> tuple[Verb, ...]:
    """The verbs of tip_verbs.csv."""
    return tuple(Verb(r["verb"], r["measure"], re.compile(rf"(?:{r['objects']})\b", re.I),
                      r["noun"]) for r in read_rows("tip_verbs.csv"))


@cache
def verb_alternatives() -> str:
    """Every verb of tip_verbs.csv as one alternation."""
    return "|".join(f"(?:{v.verb})" for v in verbs())


@cache
def any_verb() -> re.Pattern[str]:
    """Any verb of tip_verbs.csv, as a word."""
    return re.compile(rf"\b(?:{verb_alternatives()})\b", re.I)


def verb_measure(verb: str, head: str) -> str:
    """The measure a verb counts when its object's head is ``head`` ("" when none)."""
    for v in verbs():
        if re.fullmatch(v.verb, verb, re.I) and v.objects.fullmatch(head):
            return v.measure
    return ""


def verb_measure_in(verb: str, phrase: str) -> str:
    """The measure a verb counts when its object is the first counted noun of ``phrase``
    ("trafficking victims to care" -> victims)."""
    for word in re.findall(r"[A-Za-z]+", phrase):
        if measure := verb_measure(verb, word):
            return measure
    return ""


def noun_measure(noun: str) -> str:
    """The measure a noun names ("prosecutions" -> prosecutions), "" when none."""
    for v in verbs():
        if v.noun and re.fullmatch(v.noun, noun, re.I):
            return v.measure
    return ""


@cache
def noun_alternatives() -> str:
    """Every noun of tip_verbs.csv as one alternation."""
    return "|".join(f"(?:{v.noun})" for v in verbs() if v.noun)


@cache
def sources() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Who a figure can be from, in the order they are tried: (source, regex)."""
    return tuple((r["source"], re.compile(r["pattern"])) for r in read_rows("tip_sources.csv"))


@cache
def partitions() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Qualifiers that split victims into parts, by group."""
    return tuple((r["group"], re.compile(r["pattern"], re.I))
                 for r in read_rows("tip_partitions.csv"))


#: "The government reported that NGOs identified ...", "indicated an international
#: organization identified ...": the reported clause has its own subject (with no "that", only
#: where it opens with NGOs or an international organisation, or a pronoun: "One NGO reported
#: it provided").
_REPORTED_THAT = re.compile(
    r"\b(?:reported|said|stated|noted|indicated|announced|estimated|claimed|confirmed)\s+"
    r"(?:that\b|(?=(?:(?:an?|the|one|some|several|local)\s+)*(?:international\s+"
    r"organi[sz]ations?|NGOs?|non-?governmental\s+organi[sz]ations?|civil\s+society)\b)"
    r"|(?=(?:it|they)(?:\s*$|\s+[a-z]+ed\b)))",
    re.I)
#: "The CTU partnered with NGOs ... to provide": the partners after "with" are not the subject.
_PARTNERS = re.compile(r"\b(?:with|alongside)\b", re.I)


#: A reported clause's subject that is a pronoun ("... stated that it assisted"): the
#: reporter named before the verb.
_PRONOUN = re.compile(r"\s*(?:it|they|he|she)\s*", re.I)


def source_clause(subject: str) -> str:
    """The words of a subject that say who acted: after "reported that" (before it where
    the reported clause's subject is a pronoun), before "with"."""
    said = _REPORTED_THAT.split(subject)
    words = said[-2] if len(said) > 1 and _PRONOUN.fullmatch(said[-1]) else said[-1]
    return _PARTNERS.split(words, maxsplit=1)[0]


def provider_of(subject: str) -> bool:
    """Whether a subject is one provider of care ("One NGO shelter", "the state-run shelter")."""
    return any(regex.search(subject) for name, regex in sources() if name == "provider")


def own_body(subject: str, measure: str) -> bool:
    """Whether a clause's subject is the body whose own work a measure counts (prosecutors
    for prosecutions, courts for convictions): its count is the country's."""
    words = source_clause(subject)
    return any(regex.search(words) for name, regex in sources() if name == f"body:{measure}")


#: "An NGO that operated a national hotline": a relative clause after the subject's head says
#: what the subject is or does, not who acts.
_RELATIVE = re.compile(r"\s(?:that|which|who|whose)\s", re.I)


def source_of(subject: str, country: str = "") -> str:
    """Who a clause's subject is: "government" (also when there is none, or when it is the
    narrative's ``country``, an ISO3 code: "Papua New Guinea has never convicted ..."), "ngo" or
    "agency"; "other" for a subject that is none of these ("The islands"). Who is
    reported on is the subject ("The government reported that NGOs identified"); partners
    named after "with" are not ("The unit partnered with NGOs to provide"), nor what a
    relative clause names ("An NGO that ran a national hotline identified")."""
    words = _RELATIVE.split(source_clause(subject), maxsplit=1)[0].strip()
    if not re.search(r"[A-Za-z]", words) or (
            country and (named := resolve_country(words, fuzzy=False)) and named.iso3 == country):
        return "government"
    found = {name for name, regex in sources() if regex.search(words)}
    if _government_words(words):
        return "government"
    if "ngo" in found:
        return "ngo"
    return "agency" if "agency" in found else "other"


def _government_words(words: str) -> bool:
    """Whether a subject names the government as a whole: its words, outside the words of one
    agency, branch or level of it ("the state governments", "immigration officials" are that
    agency's, though "governments" and "officials" alone are the government's)."""
    patterns = dict(sources())
    agency = [m.span() for m in patterns["agency"].finditer(words)]
    return any(not any(a <= m.start() and m.end() <= b for a, b in agency)
               for m in patterns["government"].finditer(words))


@cache
def _demonyms() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """The nationality words as one regex (longest first, so "South Sudanese" is not read as
    "Sudanese"; "non-" before one is kept in group ``non``), and word -> the countries it names
    (none for a region: "Central American")."""
    table: dict[str, set[str]] = defaultdict(set)
    for r in read_rows("demonyms.csv"):
        table[r["demonym"]].update([r["iso3"]] if r["iso3"] else [])
    words = sorted(table, key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    regex = re.compile(rf"(?<![\w-])(?P<non>non-)?(?P<word>{alternatives})(?:s|es)?\b")
    return regex, {" ".join(w.split()): frozenset(c) for w, c in table.items()}


def _nationalities(phrase: str) -> list[tuple[frozenset[str], bool]]:
    """For each nationality word of a phrase, in order, the countries it names and whether it
    is denied ("non-Salvadoran": of any country but those)."""
    regex, table = _demonyms()
    return [(table[" ".join(m["word"].split())], m["non"] is not None)
            for m in regex.finditer(phrase)]


def without_nationalities(phrase: str) -> str:
    """The phrase with its nationality words blanked ("six Cambodian victims" -> "six  victims"),
    so that a test for names of bodies or places does not take a nationality for one."""
    return _demonyms()[0].sub(" ", phrase)


def nationalities_named(phrase: str) -> frozenset[str]:
    """The countries whose nationals a phrase names ("17 Filipinos, three Mauritians")."""
    return frozenset().union(*(codes for codes, non in _nationalities(phrase) if not non))


def nationality(phrase: str, country: str) -> str:
    """Whose nationals a phrase counts: "foreign" when every nationality it names is another
    country's ("four Jamaican adult victims" in Saint Lucia), "own" when every one names the
    narrative's own country ``country`` ("227 Thai victims" in Thailand), "national" when one
    may be either or a region (or the country is unknown), "" when it names none."""
    found = _nationalities(phrase)
    if not found:
        return ""
    if country and all((country in codes) if non else (codes and country not in codes)
                       for codes, non in found):
        return "foreign"  # also "non-Salvadoran" in El Salvador
    if country and all(country in codes and not non for codes, non in found):
        return "own"
    return "national"
