"""Which measure a figure of a TIP sentence counts: the vocabulary's phrases that match
it ("investigated 88 cases", "N prosecutions"), every measure of coordinated verbs or
participles ("identified and assisted 61 victims", "262 victims identified and assisted"),
and the measure of a bare figure after a verb or of a figure with a noun of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from analysis.extract.numbers import NUMBER_WORDS, Figure
from analysis.extract.tip.figures import counts_for_percentages
from analysis.extract.tip.hits import Hit
from analysis.extract.tip.phrases import QUALIFIED, counted_noun
from analysis.extract.tip.sentence import Sentence
from analysis.extract.tip.vocabulary import (
    HEADS,
    Pattern,
    any_verb,
    load_patterns,
    noun_alternatives,
    noun_measure,
    verb_alternatives,
    verb_measure,
    verb_measure_in,
)

#: Verbs that only say a figure was given ("159 cases reported"), whatever it counts.
REPORTED = re.compile(r"(?:reported|recorded|registered|documented|noted|received|logged)", re.I)

#: "30 of whom they referred to shelters": some of a count, counted by another verb.
_OF_WHOM_VERB = re.compile(
    rf"\s+of\s+(?:whom|which|them|these|those)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?P<verb>{verb_alternatives()})\b", re.I)

Matches = dict[tuple[int, int], tuple[Pattern, int, int]]

#: Measures that count officials, whom the splits of victims' age and origin do not divide.
MEASURES_OF_OFFICIALS = frozenset({"officers_trained", "judges_trained"})


def pattern_hits(sent: Sentence) -> Matches:
    """For each figure span a vocabulary row matches: the first such row and its span; a count
    given in parentheses after a percentage is read with the percentage's words."""
    found: Matches = {}
    text = counts_for_percentages(sent)
    for p in load_patterns():
        if p.kind not in ("figure", "ignore") or (p.section and p.section != sent.section):
            continue
        if p.anchored:
            tried = (p.regex.match(text, f.start) for f in sent.figures)
            matches = [m for m in tried if m is not None]
        else:
            matches = list(p.regex.finditer(text))
        for m in matches:
            held = found.get(m.span("fig"))
            if held is None or (p.kind == "figure" and not p.anchored
                                and m.start("all") < m.start("fig") and _reduced_relative(
                                    text, held)):
                found[m.span("fig")] = (p, *m.span("all"))
    for fig, gapped in _gapped_items(sent, text):
        for p in load_patterns():
            if (fig.start, fig.end) in found:
                break
            if (p.kind != "figure" or p.anchored or p.measure not in MEASURES_OF_OFFICIALS
                    or (p.section and p.section != sent.section)):
                continue
            m = next((m for m in p.regex.finditer(gapped)
                      if m.span("fig") == (fig.start, fig.end)), None)
            if m is not None:
                found[m.span("fig")] = (p, *m.span("all"))
    return found


#: Before an item of a list of objects given with semicolons: "; 19 taskforce members ...; and
#: 10 police officers ...".
_ITEM_AFTER = re.compile(r";\s*(?:and\s+|or\s+)?$", re.I)
#: Before an item of a list of objects given with commas: ", 12 labor inspectors, and 25 police
#: officers"; the last may have no comma before its "and".
_COMMA_ITEM_AFTER = re.compile(r",\s*(?:and\s+|or\s+)?$|\s(?:and|or)\s+$", re.I)
#: After the last item of a list given with commas, a last item with no figure: ", and members
#: of civil society".
_LAST_WITHOUT_FIGURE = re.compile(r",\s*(?:and|or)\s+(?P<word>[a-z][\w-]*)", re.I)
#: A verb of the item's own ("; 12 suspects were prosecuted", "; eight cases resulted in
#: ..."): it is a clause, not an object of the verb before the list ("victim-centered" is no
#: verb).
_OWN_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|been|did)\b"
                         r"|(?:(?<![\w-])[a-z]{3,}ed|\bled)\s+(?:in|into|to|by|from|with|at|as)\b",
                         re.I)
#: A word that opens a clause, not a noun phrase, after ", and": a verb of its own.
_CLAUSE_WORD = re.compile(r"[a-z]+ed|also|then|is|are|was|were|has|have|had|did|does|do",
                          re.I)
#: After an item's figure, a noun of its own ("19 taskforce members"), not a bare figure
#: ("; four for forced labor", "; 12 in 2013"): that one is the counterpart of the one before.
_OWN_NOUN = re.compile(r"\s+(?!(?:for|in|of|on|at|to|from|with|by|under|during|and|or|"
                       r"percent)\b)[a-z]", re.I)


def _gapped_items(sent: Sentence, text: str) -> list[tuple[Figure, str]]:
    """The items after the first of a list of a verb's objects given with semicolons, each
    opened by its figure and the last by "and" or "or" ("trained four officials on X; 19
    taskforce members on Y; and 10 police officers on Z"), or of a verb of training's objects
    given with commas, the last perhaps with no figure ("trained 30 teachers, 12 labor
    inspectors, 25 police officers, and members of civil society"), each with the text as if
    it alone followed the verb: the words from the first item's figure up to its own blanked,
    at the same offsets, and in a list with commas the items after its own too (read only
    for the officials trained: each audience a group of its own, where a list of victims or
    suspects is one of parts of a count, read as such). Two parts ("prosecuted 20 cases;
    eight cases ...") are two clauses, an item with a verb of its own ("; 12 suspects were
    prosecuted", ", and arrested 12 officers") is a clause, not an object, and a list of bare
    figures ("10 traffickers for sex trafficking; four for forced labor; and two for both")
    is one of counterparts of the first."""
    figures = [f for f in sent.figures  # the counts, not the years named
               if not any(y.start <= f.start < y.end for y in sent.years)]
    out: list[tuple[Figure, str]] = []
    for sep, after_sep in ((";", _ITEM_AFTER), (",", _COMMA_ITEM_AFTER)):
        opening = {f.start: f for f in figures if after_sep.search(text, 0, f.start)}
        for head in figures:
            if head.start in opening or not re.search(r"[a-z]\s+$", text[:head.start], re.I):
                continue  # the first item is the object of a verb, right before its figure
            if sep == "," and not _after_training(text, head.start):
                continue
            items = _list_items(text, head, sep, opening)
            count = len(items)
            last_and = bool(re.search(r"\b(?:and|or)\s+$", text[:items[-1].start]))
            if sep == "," and not last_and and (last := _LAST_WITHOUT_FIGURE.match(
                    text, _item_end(text, items[-1].end, sep))) is not None:
                if _CLAUSE_WORD.fullmatch(last["word"]) or re.fullmatch(
                        verb_alternatives(), last["word"], re.I):
                    continue
                count, last_and = count + 1, True
            if (count < 3 or not last_and
                    or any(_OWN_FINITE.search(text, item.end, _item_end(text, item.end, sep))
                           or not _OWN_NOUN.match(text, item.end) for item in items)):
                continue
            # an item of a list with commas ends where the next one starts ("25 teachers and
            # 90 police officers": the teachers are no officers)
            ends = [nxt.start if sep == "," else len(text) for nxt in items[2:]] + [len(text)]
            out += [(item, text[:head.start] + " " * (item.start - head.start)
                     + text[item.start:end].ljust(len(text) - item.start))
                    for item, end in zip(items[1:], ends, strict=True)]
    return out


def _list_items(text: str, head: Figure, sep: str, opening: dict[int, Figure]) -> list[Figure]:
    """The figures that open the items of a list from ``head``, each after ``sep`` (the last
    after "and" or "or")."""
    items = [head]
    while True:
        at = _item_end(text, items[-1].end, sep)
        after = re.match(rf"{sep}\s*(?:and\s+|or\s+)?", text[at:])
        item = None if after is None else opening.get(at + after.end())
        if sep == "," and len(items) > 1:  # ", 12 labor inspectors and 25 police officers"
            item = next((opening[m.end()] for m in re.finditer(
                r"\s(?:and|or)\s+", text[:at]) if m.start() >= items[-1].end
                and m.end() in opening), item)
        if item is None:
            return items
        items.append(item)
        if sep == "," and re.search(r"\b(?:and|or)\s+$", text[:item.start]):
            return items  # the last item


#: Between a verb and a figure, a word of another clause ("trained police and then arrested
#: 14 suspects, ..."): the figure is not the verb's object.
_OTHER_CLAUSE = re.compile(r"[a-z]+ed|and|or|but|then|while|who|which|that|where|when", re.I)


def _after_training(text: str, at: int) -> bool:
    """Whether the figure at ``at`` is the object of a verb of training: the verb of the
    vocabulary nearest before it is one, with no word of another clause between them."""
    verbs = list(any_verb().finditer(text[:at]))
    if not verbs or verb_measure(verbs[-1][0], "officers") not in MEASURES_OF_OFFICIALS:
        return False
    between = text[verbs[-1].end():at]
    return ";" not in between and not any(
        _OTHER_CLAUSE.fullmatch(w) for w in re.findall(r"[A-Za-z-]+", between))


def _item_end(text: str, at: int, sep: str = ";") -> int:
    """Where an item of a list given with ``sep`` ends: the next ``sep``, or the end."""
    end = text.find(sep, at)
    return end if end >= 0 else len(text)


#: A participle closing a phrase that starts with its figure ("14 victims identified"), not a
#: passive's ("14 victims were identified").
_PARTICIPLE_END = re.compile(r"(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)\b[a-z]+ed$", re.I)


def _reduced_relative(s: str, held: tuple[Pattern, int, int]) -> bool:
    """Whether a figure's first reading is a phrase "N victims identified" that a verb before
    the figure governs ("provided assistance to 14 victims identified by NGOs"): the
    participle only says who the counted are, the verb what was done to them."""
    pattern, start, end = held
    return (pattern.kind == "figure" and pattern.anchored
            and _PARTICIPLE_END.search(s, start, end) is not None)


#: Before a figure: "of which", "of whom" ("of which 216 were referred to shelters"): some of a
#: count given before, the subject of a passive verb.
_OF_WHICH_BEFORE = re.compile(r"\b(?:of|among)\s+(?:whom|which)\s*$", re.I)
#: After the figure: "were referred", the passive verb that counts it.
_WERE_VERB = re.compile(rf"\s+(?:were|was|had\s+been)\s+(?:also\s+)?(?P<verb>{verb_alternatives()})"
                        rf"\b", re.I)


def measure_of_some(sent: Sentence, fig: Figure, whole: Hit) -> str:
    """The measure a verb counts for some of a count given before ("45 victims, 30 of whom
    they referred to shelters": victims referred), "" when no verb of the vocabulary other
    than the whole's follows "of whom"."""
    return _measure_of_verb(_OF_WHOM_VERB.match(sent.text, fig.end), whole)


def measure_of_those_which(sent: Sentence, fig: Figure, whole: Hit) -> str:
    """The measure a passive verb counts for some of a count given before ("302 victims, of
    which 216 were referred to shelters": victims referred), "" when the figure is not
    preceded by "of" or "among" "which" / "whom", or no verb of the vocabulary other than the
    whole's follows it."""
    if _OF_WHICH_BEFORE.search(sent.text, max(0, fig.start - 20), fig.start) is None:
        return ""
    return _measure_of_verb(_WERE_VERB.match(sent.text, fig.end), whole)


def _measure_of_verb(found: re.Match[str] | None, whole: Hit) -> str:
    """The measure of the verb ``found`` for the noun of ``whole``, "" when it is none or the
    whole's own."""
    if found is None:
        return ""
    measure = verb_measure(found["verb"], whole.noun + "s")
    return measure if measure and measure != whole.base else ""


#: "..., and confirmed 82 victims", "compared with investigating 90 suspects and arresting 40
#: people": a verb of its own right before a figure, or a gerund coordinated with one before.
_OWN_VERB_BEFORE = re.compile(rf"(?:[,;]|\band|\bor|\bbut)\s+(?:also\s+)?(?P<verb>[a-z]+ed)\s+"
                              rf"{QUALIFIED}$|\b(?:and|or|but)\s+(?:also\s+)?"
                              rf"(?P<gerund>[a-z]{{3,}}ing)\s+{QUALIFIED}$", re.I)
#: Verbs that only give or total a figure, whatever it counts ("and totaled 45").
_GIVING = re.compile(r"(?:totall?|number|reach|amount|exceed)(?:ed|ing)", re.I)
#: Gerunds that only say a figure was given ("and reporting 45"), and words in -ing that are
#: no verb of a figure of their own ("and including 12 children").
_NO_OWN_GERUND = re.compile(r"(?:report|record|register|document|not|receiv|logg|includ|"
                            r"involv|concern|regard|follow|accord|bring|compar)ing", re.I)


def own_verb_of_no_measure(sent: Sentence, fig: Figure) -> bool:
    """Whether a figure is the object of a verb of its own that counts no measure of the
    vocabulary ("identified 2,229 potential victims and confirmed 82 victims", "investigated
    20 cases and arrested 15 suspects"): it is not the count coordinated before it."""
    found = _OWN_VERB_BEFORE.search(sent.text, max(0, fig.start - 60), fig.start)
    if found is None:
        return False
    verb = found["verb"] or found["gerund"]
    return not (REPORTED.fullmatch(verb) or _GIVING.fullmatch(verb)
                or _NO_OWN_GERUND.fullmatch(verb)
                or re.fullmatch(verb_alternatives(), verb, re.I))


def verb_group(sent: Sentence, at: int) -> list[re.Match[str]]:
    """The verbs coordinated just before a figure ("identified and provided services to"),
    each a match of one verb; [] when there is no such group."""
    verb = verb_alternatives()
    group = re.compile(
        rf"(?P<group>(?P<first>{verb})(?:\s*,\s*(?:{verb}))*,?\s+(?:and|or|nor)\s+(?:{verb}))"
        rf"(?:\s+[\w-]+){{0,4}}?\s+{QUALIFIED}$",
        re.I,
    )
    found = group.search(sent.text, max(0, at - 160), at)
    if found is None:
        return []
    # the verbs of the group, not a word of the words after it ("to government-run shelters")
    return list(re.finditer(rf"\b(?:{verb})\b", found["group"], re.I))


def _several(measures: Iterable[str]) -> list[str]:
    """The distinct measures named, in order, where there are several; else []."""
    out = list(dict.fromkeys(m for m in measures if m))
    return out if len(out) > 1 else []


def coordinated_measures(sent: Sentence, at: int, phrase: str) -> list[str]:
    """Every measure of the verbs coordinated before a figure that counts ``phrase``."""
    return _several(verb_measure_in(m[0], phrase) for m in verb_group(sent, at))


def participles_after(sent: Sentence, fig: Figure, noun: str = "") -> list[str]:
    """Every measure of participles coordinated after a count's noun ("262 victims identified
    and assisted in 2016"), or right after a bare figure whose noun ``noun`` was given before
    ("compared with 50 identified and referred to care"), [] when there are not several."""
    verb = verb_alternatives()
    found = re.match(rf"\s+(?:(?:[\w-]+\s+){{0,3}}?(?P<noun>victims|cases|traffickers|defendants)"
                     rf"\s+)?(?P<verbs>(?:{verb})(?:\s*,\s*(?:{verb}))*,?\s+(?:and|or)\s+(?:{verb}))"
                     rf"\b", sent.text[fig.end:], re.I)
    if found is None or not (found["noun"] or noun):
        return []
    return _several(verb_measure(m[0], found["noun"] or noun)
                    for m in re.finditer(rf"\b(?:{verb})\b", found["verbs"], re.I))


#: After a noun of a measure, the figure it is of: "prosecutions of 49 alleged traffickers".
_OWN_FIGURE = re.compile(
    rf"\s+(?:of|against|involving|for)\s+(?:[\w-]+\s+)?(?:\d|(?:{NUMBER_WORDS})\b)", re.I)


def coordinated_nouns(sent: Sentence, fig: Figure) -> list[str]:
    """Every measure of the nouns of measures coordinated right after a count ("up from 15
    prosecutions and convictions in 2005": 15 of each), [] when there are not several or the
    last has a figure of its own ("15 investigations and prosecutions of 49 traffickers")."""
    noun = noun_alternatives()
    found = re.match(rf"\s+(?:[\w-]+\s+){{0,2}}?(?P<nouns>(?:{noun})(?:\s*,\s*(?:{noun}))*,?\s+"
                     rf"(?:and|or)\s+(?:{noun}))\b", sent.text[fig.end:], re.I)
    if found is None or _OWN_FIGURE.match(sent.text, fig.end + found.end()):
        return []
    return _several(noun_measure(m[0])
                    for m in re.finditer(rf"\b(?:{noun})\b", found["nouns"], re.I))


#: After a count, the words that name who it counts ("20 confirmed and suspected victims").
_SUBJECT = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:victims?|persons|individuals|people|children|"
                      r"women|men|girls|boys)\b", re.I)
#: After a count's first predicate ("20 victims were referred to care facilities"), a second
#: one coordinated with it in its clause: "and received medical services".
_NEXT_PREDICATE = re.compile(r"[^.;:()]{0,100}?\s+and\s+(?P<pred>(?:were\s+|was\s+)?[a-z]+ed\b)",
                             re.I)


def coordinated_predicates(sent: Sentence, fig: Figure, start: int, end: int,
                           measure: str) -> list[str]:
    """The measures of a count that is the subject of two coordinated predicates ("20 victims
    were referred to care facilities and received medical services": referred and
    assisted): the first's, read from ``start`` to ``end``, and the one the vocabulary reads
    with the count as the subject of the second; [] where there is no second of another
    measure."""
    subject = _SUBJECT.match(sent.text, fig.end, end) if start == fig.start else None
    nxt = _NEXT_PREDICATE.match(sent.text, end) if subject else None
    if subject is None or nxt is None:
        return []
    # the second predicate read with the count as its subject
    text = f"{sent.text[fig.start:subject.end()]} {sent.text[nxt.start('pred'):]}"
    return _with_the_count_as_subject(sent, text, measure)


def _with_the_count_as_subject(sent: Sentence, text: str, measure: str) -> list[str]:
    """The count's first measure and the one the vocabulary reads in ``text``, a count's words
    followed by a further predicate of it; [] where that predicate is of no other measure."""
    for p in load_patterns():
        if p.kind != "figure" or p.unit != "count" or (p.section and p.section != sent.section):
            continue
        m = p.regex.match(text) if p.anchored else p.regex.search(text)
        if m is not None and m.start("fig") == 0 and m.start("all") == 0:
            return [measure, p.measure] if p.measure != measure else []
    return []


#: After a count's noun phrase, a relative clause whose predicate has the count as its subject:
#: "eight victims who were provided shelter and services".
_RELATIVE_PREDICATE = re.compile(r"(?:\s+(?:of|for|in)\s+[\w\s-]{1,40}?)?\s*,?\s*(?:who|that)\s+"
                                 r"(?P<pred>(?:were|was)\s+[a-z]+ed\b)", re.I)


def relative_predicate(sent: Sentence, fig: Figure, np_end: int, measure: str) -> list[str]:
    """The measures of a count read by the verb before it whose noun phrase a relative clause
    then says more of, after the kind it names if any ("identified eight victims who were
    provided shelter and services", "14 victims of forced labor who were provided care":
    identified and assisted): the first's, and the one the vocabulary reads with the count as
    the subject of the relative clause's predicate; [] where that predicate is of no other
    measure."""
    relative = _RELATIVE_PREDICATE.match(sent.text, np_end)
    if relative is None:
        return []
    counted = sent.text[fig.start:relative.start("pred")]
    head = re.search(rf"\b{HEADS}\b", counted, re.I)
    text = f"{counted[:head.end()] if head else counted} {sent.text[relative.start('pred'):]}"
    return _with_the_count_as_subject(sent, text, measure)


def participle_right_after(sent: Sentence, hits: list[Hit], hit: Hit) -> str:
    """The measure a participle of the vocabulary, the only word after a figure, gives it with
    the noun of the count before ("compared to 25 victims identified and nine referred in
    2019": the nine were referred); the nearest noun the participle counts, passing over
    others ("referred 60 to shelters, compared with 90 identified": the 90 are victims, not
    shelters); "" when no such participle follows."""
    found = re.fullmatch(rf"\s+(?P<verb>{verb_alternatives()})", sent.text[hit.fig.end:hit.np_end],
                         re.I)
    if found is None:
        return ""
    for noun in (h.noun for h in reversed(hits) if h.noun):  # its own "noun" is the verb
        if measure := verb_measure(found["verb"], noun + "s") or verb_measure(found["verb"], noun):
            return measure
    return ""


def elliptical_measure(sent: Sentence, hits: list[Hit], hit: Hit,
                       carried: Hit | None = None) -> str:
    """The measure of a bare figure right after a verb of the vocabulary, with the object of
    the figure before it ("the government referred 60 potential victims, civil society
    referred 16"), or, first in its sentence, of the count the sentence before left open ("the
    police referred 10 adult victims to the assistance program. NGOs referred seven")."""
    if hit.np_end != hit.fig.end:
        return ""
    verb = re.search(rf"\b(?:{verb_alternatives()})\s+{QUALIFIED}$", sent.text[:hit.at], re.I)
    if verb is None:
        return ""
    word = re.match(r"[A-Za-z]+", verb[0])
    heads = [counted_noun(sent, h) + "s" for h in reversed(hits) if h.np_end > h.fig.end]
    if not hits and carried is not None and carried.noun:
        heads = [carried.noun + "s"]  # first in its sentence: the noun of the count before
    if not word or not heads:
        return ""
    return verb_measure(word[0], heads[0]) or verb_measure(word[0], heads[0][:-1])


def own_noun_measure(sent: Sentence, hit: Hit, other: Hit) -> str:
    """The measure a coordinated figure with a counted noun of its own takes from the verb
    of the figure before ("referred one victim to a shelter ... and two cases to the
    police": cases referred)."""
    measure = _verb_of_before(sent, hit, other)
    return measure if measure != other.base else ""


def counted_by_the_verb_before(sent: Sentence, hits: list[Hit], hit: Hit, other: Hit) -> bool:
    """Whether the verb of the figure before counts, of a coordinated figure's own noun, the
    measure that figure counts ("identified 14 men forced to work on boats ... and 40 labor
    trafficking victims": both identified), though their nouns differ; not across a count
    between them ("investigated 210 cases and referred 45 cases involving 60 male and 15
    female defendants": the 15 is coordinated with the 60)."""
    measure = _verb_of_before(sent, hit, other)
    return bool(measure) and measure == other.base and not any(
        h.fig.start > other.fig.start and not h.comparative and h.unit == hit.unit
        for h in hits)


def _verb_of_before(sent: Sentence, hit: Hit, other: Hit) -> str:
    """The measure the verb right before the figure ``other`` counts of ``hit``'s own noun,
    "" when its noun is the same or none."""
    if not hit.noun or hit.noun == other.noun:
        return ""
    verb = re.match(r"[A-Za-z]+", sent.text[other.label_start:other.fig.start])
    return verb_measure(verb[0], hit.noun + "s") if verb else ""
