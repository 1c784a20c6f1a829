"""What kind of trafficking, and of people, a count of a TIP sentence is of: the split
suffixes its words name (sex or labor trafficking, children, foreign, NGO), kinds the
vocabulary has no split for, crimes other than trafficking, and the kind a sentence or a list
names once for all its counts. The row's measure is its base measure plus these suffixes.
"""

from __future__ import annotations

import re

from analysis.extract.grammar import compiled
from analysis.extract.numbers import Figure
from analysis.extract.tip.phrases import noun_phrase_end
from analysis.extract.tip.sentence import Sentence
from analysis.extract.tip.vocabulary import Pattern, load_patterns, partitions

#: "sex trafficking and child trafficking", "sex trafficking and forced labor": two kinds, so
#: a count of both is of neither.
_MIXED_KINDS = re.compile(
    r"\b(?:trafficking|servitude|begging|exploitation)\s*,?\s+(?:and|or)\s+(?:[\w-]+\s+){1,2}?"
    r"(?:trafficking|servitude|begging|exploitation|labou?r)\b", re.I)
#: Forms of labor trafficking, and words that name another kind or every kind: "labor
#: trafficking and forced begging" are two forms of one kind.
_LABOR_FORM = re.compile(r"\b(?:labou?r|begging|servitude|bondage|criminality)\b", re.I)
_NOT_LABOR = re.compile(r"\b(?:sex\w*|prostitution|child|children|minors?|human|persons)\b", re.I)
#: "one of both labor trafficking and forced criminality": a count said to be of two kinds at
#: once, whatever the second is.
_BOTH_KINDS = re.compile(r"\bboth\s+(?:[\w-]+\s+){0,2}?(?:trafficking|labou?r|exploitation|"
                         r"servitude|begging|criminality)\s+and\s", re.I)


def mixed_kinds(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] lists two kinds of trafficking ("sex trafficking and child
    trafficking", "human trafficking and forced labor"), not two forms of labor trafficking
    ("labor trafficking and forced begging"), unless said to be both ("of both labor
    trafficking and forced criminality")."""
    stop = len(text) if end is None else end
    if _BOTH_KINDS.search(text, start, stop):
        return True
    for m in _MIXED_KINDS.finditer(text, start, stop):
        window = text[max(start, m.start() - 20):m.end()]
        sides = re.split(r"\s+(?:and|or)\s+", window, maxsplit=1)
        if (_NOT_LABOR.search(window) or len(sides) < 2
                or not all(_LABOR_FORM.search(side) for side in sides)):
            return True
    return False


#: "Indonesian and foreign victims", "foreign and domestic victims": both origins at once.
_BOTH_ORIGINS = re.compile(r"\b(?:[A-Z][\w-]+|domestic|local|national)\s+(?:and|or)\s+foreign\b|"
                           r"\bforeign\s+(?:and|or)\s+(?:[A-Z][\w-]+|domestic|local|national)\b")

FOR_KIND = re.compile(r"\s*(?:for|of|in)\s+", re.I)
#: A sentence opening on the kind it is about ("For labor trafficking, ...", "In sex
#: trafficking cases, ..."): up to its comma, with no figure in it.
_TOPIC = re.compile(r"\s*(?:for|in|regarding|concerning|as\s+for|with\s+regard\s+to)\s+"
                    r"(?:[^\W\d][\w-]*\s+){0,4}?[^\W\d][\w-]*\s*,", re.I)
#: Between two items of a list of counts: a comma, "and", or both.
LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.I)
#: What a count is of or for, after its noun ("convictions for forced labor").
_AFTER_NOUN = re.compile(r"\b(?:for|of|in|on)\b", re.I)

#: "victims of <kind>": a kind the split vocabulary does not name makes a part, not a total.
_KIND_OF = re.compile(r"\b(?:victims?|cases?)\s+of\s+(?P<kind>(?:[\w-]+\s*){1,4})", re.I)
_DETERMINER = re.compile(r"(?:an?|these|this|those|such|the|their|its|his|her|which|whom)\b", re.I)
TRAFFICKING_WORD = re.compile(
    r"\b(?:traffick\w*|servitude|slavery|begging|exploit\w*|forced|labou?r|prostitution|sex\w*|"
    r"bondage|marriage|organs?\b|child\s+soldiers?)", re.I)
#: "victims of forced marriage", "cases of child labor": crimes the reports count apart from
#: trafficking (not "child labor trafficking").
_APART_CRIME = re.compile(r"(?:(?:forced|early|child|arranged)\s+)?marriages?\b"
                          r"|child\s+labou?r\b(?!\s+traffick)", re.I)
#: Cases or victims "of" people ("cases of Macau residents recruited by traffickers"): the
#: words after the people say what the cases were.
_PEOPLE = re.compile(r"(?:[\w-]+\s+){0,2}?(?:residents|nationals|citizens|workers|migrants|"
                     r"persons|people|individuals|women|men|girls|boys|children|minors)\b", re.I)
#: "trafficking" itself, of no form: "potential trafficking victims", "victims of trafficking".
_TRAFFICKING_ALONE = re.compile(r"\btrafficking\b", re.I)
_GENERIC_KIND = re.compile(
    r"^(?:(?:human|potential|possible|suspected|alleged|presumed|the)\s+)*(?:trafficking|trafficking\s+in\s+persons|"
    r"traffickers?|this\s+crime|crimes?\s+of\s+trafficking|"
    r"(?:sex(?:ual)?\s+(?:or|and)\s+labou?r|labou?r\s+(?:or|and)\s+sex)\s+trafficking)\b", re.I)


#: A phrase ending on a noun of cases, not of people ("an internal child sex trafficking case"),
#: also at its clause's end ("All nine were child sex trafficking cases."): the kind of crime it
#: names is the case's kind, and a child is only whom it was against.
_CASES_COUNTED = re.compile(r"\b(?:cases?|investigations?|prosecutions?|convictions?)[\s.;:]*$",
                            re.I)


def measure_name(base: str, splits: dict[str, str]) -> str:
    """The measure name: base plus split suffixes in vocabulary order."""
    order = [p.measure for p in load_patterns() if p.kind == "split"] + ["_ngo"]
    return base + "".join(sorted(splits.values(), key=order.index))


def kind_named(phrase: str, unit: str) -> str:
    """The kind of trafficking a phrase names, whoever its victims were ("for sex trafficking
    of a child": sex trafficking, as a count of cases reads it, where a count of victims is
    one of children); "" when it names none or two."""
    return splits_of(phrase, unit, cases=True).get("type", "")


#: A quoted term: the name of a crime ("selling of the child"), whose words are not the age of
#: the people counted.
_QUOTED = re.compile(r"[\"“][^\"“”]{1,80}[\"”]")


def _split_patterns_named(phrase: str, unit: str) -> list[Pattern]:
    """The split patterns of ``unit`` a phrase matches; an age only outside quoted terms."""
    unquoted = _QUOTED.sub(" ", phrase)
    return [p for p in load_patterns() if p.kind == "split" and p.unit == unit
            and p.regex.search(unquoted if p.group == "age" else phrase)]


def splits_of(phrase: str, unit: str, cases: bool = False) -> dict[str, str]:
    """The split suffixes a phrase names, by group; a group named twice is dropped, as are the
    kinds of a phrase listing two kinds ("sex trafficking and child trafficking": all cases),
    and a count of children of one kind of trafficking is a count of children (one split a
    row), but a count of cases of it is of that kind ("child sex trafficking cases"; with
    ``cases``, a count of cases or offenders, or a part of one: "one for sex trafficking of a
    child", "three defendants for child sex trafficking")."""
    found: dict[str, str] = {}
    clash: set[str] = set()
    for p in _split_patterns_named(phrase, unit):
        if found.get(p.group, p.measure) != p.measure:
            clash.add(p.group)
        found.setdefault(p.group, p.measure)
    kept = {g: m for g, m in found.items() if g not in clash}
    if mixed_kinds(phrase):
        kept = {g: m for g, m in kept.items() if g not in ("type", "age")}
    if _BOTH_ORIGINS.search(phrase):
        kept.pop("origin", None)  # "Indonesian and foreign victims": nationals and foreigners
    if "age" in kept and "type" in kept and (cases or _CASES_COUNTED.search(phrase)):
        kept.pop("age")  # "a child sex trafficking case": a case of sex trafficking
    if "age" in kept:
        kept.pop("type", None)  # "child sex trafficking victims": one split per figure
    return kept


def groups_named(phrase: str, unit: str) -> frozenset[str]:
    """The split groups a phrase names at all, kept by splits_of or not ("child sex
    trafficking victims" names an age and a type, though a count of them is of children)."""
    return frozenset(p.group for p in _split_patterns_named(phrase, unit))


def partition_groups(phrase: str) -> frozenset[str]:
    """The partition groups (sex, age, status) a phrase's qualifiers belong to."""
    return frozenset(group for group, regex in partitions() if regex.search(phrase))


#: The first count of a list saying which group it counts some of: "104 of the minors".
_OF_THE_GROUP = re.compile(r"\s+of\s+(?:the|these|those)\s+(?P<group>[\w-]+)", re.I)


def group_of_clause(sent: Sentence, fig: Figure) -> frozenset[str]:
    """The partition groups a figure's clause opens on ("Among adults, authorities referred
    325 victims ..., 1,132 for labor trafficking") or its first count is some of ("referred
    104 of the minors for domestic servitude, 473 for ..., 359 for sex trafficking"): every
    count of the clause is of that group only, not of all the victims."""
    start = sent.text.rfind(";", 0, fig.start) + 1
    among = compiled("AMONG_GROUP").match(sent.text, start)
    if among and among.end() <= fig.start:
        return partition_groups(among["group"])
    first = next((f for f in sent.figures if f.start >= start), None)
    if first is None or first.end > fig.start:
        return frozenset()
    of_group = _OF_THE_GROUP.match(sent.text, first.end)
    return partition_groups(of_group["group"]) if of_group else frozenset()


def topic_kind(sent: Sentence, fig: Figure) -> dict[str, str]:
    """The kind a sentence opens on ("For labor trafficking, the government investigated 12
    cases"), for the counts after it up to its next semicolon: what they count, not what they
    were for, so no total is read from them; {} when none."""
    topic = _TOPIC.match(sent.text)
    if (topic is None or fig.start < topic.end()
            or ";" in sent.text[topic.end():fig.start]):
        return {}
    return _kind_only(splits_of(topic[0], "count"))


def list_kind(sent: Sentence, fig: Figure, np_end: int) -> dict[str, str]:
    """The kind named after the last item of a list of counts, shared by every item ("12
    investigations, five prosecutions, and two convictions for forced labor"); {} when none,
    or when an item says what it is of or for itself ("210 victims of servitude and 64 ...")."""
    if _AFTER_NOUN.search(sent.text, fig.end, np_end):
        return {}
    end = np_end
    for item in (f for f in sent.figures if f.start >= np_end):
        join = LIST_JOIN.match(sent.text, end)
        if join is None or join.end() != item.start:
            break
        end = noun_phrase_end(sent, item, len(sent.text))
        noun, *after = _AFTER_NOUN.split(sent.text[item.end:end], maxsplit=1)
        if not noun.strip():
            break  # "15 investigations, two for sex trafficking, ...": parts, not a list
        if after:
            return {} if _kind_only(splits_of(noun, "count")) else _kind_only(
                splits_of(after[0], "count"))
    return {}


def _kind_only(splits: dict[str, str]) -> dict[str, str]:
    """The kind of trafficking among a phrase's splits."""
    return {g: m for g, m in splits.items() if g == "type"}


_POTENTIAL = re.compile(r"\b(?:potential|possible|presumed|suspected)\b", re.I)
_CONFIRMED = re.compile(r"\b(?:confirmed|official|officially|formally)\b", re.I)


def status_of(phrase: str) -> str:
    """The status a count's words give its victims: "potential", "confirmed", or ""."""
    potential, confirmed = _POTENTIAL.search(phrase), _CONFIRMED.search(phrase)
    if bool(potential) == bool(confirmed):
        return ""
    return "potential" if potential else "confirmed"


def names_trafficking(phrase: str) -> bool:
    """Whether a phrase names trafficking or a form of exploitation."""
    return TRAFFICKING_WORD.search(phrase) is not None


def trafficking_as_a_whole(phrase: str, unit: str) -> bool:
    """Whether a figure's own words say it counts trafficking with no kind of it ("91
    potential trafficking victims"): a compared count so named is of every kind, not of the
    kind of the count it is compared with."""
    return (unit == "count" and _TRAFFICKING_ALONE.search(phrase) is not None
            and "type" not in splits_of(phrase, unit) and not unsplit_kind(phrase)
            and not TRAFFICKING_WORD.search(_TRAFFICKING_ALONE.sub("", phrase)))


def generic_kind(phrase: str) -> bool:
    """Whether a phrase names trafficking as a whole ("human trafficking", "trafficking
    crimes", both its kinds: "sex or labor trafficking"), no one form of it."""
    return _GENERIC_KIND.match(phrase) is not None


def other_crime(phrase: str) -> bool:
    """Whether a phrase counts cases or victims of a crime other than trafficking ("39 cases
    of illegal recruitment", "victims of domestic violence", "victims of forced marriage"): no
    word of it names trafficking or a form of exploitation."""
    found = _KIND_OF.search(phrase)
    if found is None:
        return False
    kind = found["kind"]
    if _APART_CRIME.match(kind):
        return True
    if _PEOPLE.match(kind) and TRAFFICKING_WORD.search(phrase, found.end("kind")):
        return False  # "cases of Macau residents recruited by traffickers": whom, not what
    return not (_GENERIC_KIND.match(kind) or _DETERMINER.match(kind)
                or TRAFFICKING_WORD.search(kind))


#: "victims of "non-sexual trafficking"", "victims of domestic servitude", "referred 30 victims
#: for domestic servitude": what they were of or referred for.
_QUOTED_KIND_OF = re.compile(r"\b(?:victims?|cases?)\s+(?:of|for)\s+[\"“‘']?"
                             r"(?P<kind>(?:[\w-]+\s*){1,4})", re.I)


#: The reach of a kind ("transnational trafficking"), one of tip_partitions.csv's scope words.
_REACH = re.compile(r"^(?:" + dict(partitions())["scope"].pattern + r")\s+", re.I)


def unsplit_kind(phrase: str) -> bool:
    """Whether a phrase counts victims or cases of one form of trafficking that no split of
    the vocabulary names ("322 potential victims of "non-sexual trafficking"", "victims of
    domestic servitude"): a part of the victims, not their total. A reach ("victims of
    transnational trafficking") is a partition, not a form: read as the words before the noun
    read it ("27 transnational trafficking victims")."""
    found = _QUOTED_KIND_OF.search(phrase)
    if found is None:
        return False
    kind = _REACH.sub("", found["kind"])
    return not (_GENERIC_KIND.match(kind) or _DETERMINER.match(kind)
                or not TRAFFICKING_WORD.search(kind)
                or any(p.kind == "split" and p.regex.search(kind) for p in load_patterns()))


#: A word naming a form of trafficking ("sex", "labor", "forced"), whatever its order.
_FORM_WORD = re.compile(r"\b(?:sex(?:ual)?|labou?r|forced|prostitution|begging|servitude|slavery|"
                        r"bondage)\b", re.I)


def unread_form(phrase: str, unit: str) -> bool:
    """Whether a figure's own words name a form of trafficking in words no split reads ("four
    potential trafficking sex victims"): its kind is its own, not known."""
    return unit == "count" and _FORM_WORD.search(phrase) is not None and "type" not in splits_of(
        phrase, unit)


def unknown_kind(phrase: str) -> bool:
    """Whether a phrase counts victims or cases of a kind the vocabulary has no split for
    ("victims of illegal recruitment")."""
    found = _KIND_OF.search(phrase)
    return found is not None and not _GENERIC_KIND.match(found["kind"])
