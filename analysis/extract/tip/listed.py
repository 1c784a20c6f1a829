"""Totals given only as a list of parts in a TIP sentence: "Forced labor victims included 17
Filipinos, three Mauritians, and one Nepali" (20 victims of forced labor), "20 girls in sex
trafficking, seven women in sex trafficking, and two women in forced labor" (27 of sex
trafficking, two of forced labor), "27 children and 149 adults were victims of forced labor,
and 18 children and 15 adults were victims of sex trafficking" (45 children). The parts must
count victims, name one and the same set of dimensions (nationality, sex, age, kind), and no
two of them may overlap; each part keeps its own reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from analysis.extract.numbers import Figure
from analysis.extract.tip.hits import Hit
from analysis.extract.tip.kinds import LIST_JOIN, mixed_kinds, splits_of
from analysis.extract.tip.parts import KIND_SUM
from analysis.extract.tip.people import SAID_OF_A_NATIONALITY, countries_from
from analysis.extract.tip.phrases import QUALIFIED, figure_clause_end, paren_of
from analysis.extract.tip.sentence import Sentence
from analysis.extract.tip.vocabulary import HEADS, nationalities_named

#: Between two parts of a list, after the first part's words: "17 Filipinos, three ...",
#: "seven women in sex trafficking, and two ...", "27 children and 149 ...".
_JOIN = re.compile(rf"(?:{LIST_JOIN.pattern}){QUALIFIED}$", re.I)
#: A predicate some parts share ("27 children and 149 adults were victims of forced labor").
_PREDICATE = re.compile(r"\s(?:were|was)\s", re.I)
#: A predicate that says what nationals some parts are ("six were Nicaraguan, three were
#: Honduran"): who they are, as "six Nicaraguans" says.
_OF_NATIONALITY = re.compile(rf"\s(?:{SAID_OF_A_NATIONALITY}|(?:were|was)\s+(?P<place>from\s+"
                             rf"[^,;()]+?))[\s,.;]*")
#: A list opened by what it lists ("Forced labor victims included 17 Filipinos, ..."): the
#: head's words, from the sentence's start or a comma.
_OPENED = re.compile(rf"(?:^|[,;]\s*)(?P<head>[^,;()]*?\b{HEADS}\b[^,;()]*?)\s+"
                     rf"(?:included|include|comprised)\s+{QUALIFIED}$", re.I)
#: A part's words that call it victims ("two foreign victims from Syria").
_VICTIMS = re.compile(r"\b(?:victims?|survivors?)\b", re.I)
#: "...; there were two victims from Syria and one from Kosovo": a list that is all its clause
#: says, opened by "there were".
_THERE_WERE = re.compile(rf"(?:^|[,;]\s*)there\s+(?:were|was)\s+{QUALIFIED}$", re.I)
#: After the last part of such a list: the clause's end, or an aside on it.
_LIST_END = re.compile(r"\s*(?:[.;—–(]|\s-{1,2}\s|$)")
#: A parenthesis after a part ("17 Filipinos (13 from a single case)"): no words of the list.
_PAREN = re.compile(r"\([^()]*\)")
#: Between a count and a list of its own parts: "five labor trafficking victims—one ...".
_BREAKDOWN = re.compile(rf"\s*(?:[—–:(]|\s-{{1,2}}\s|,\s*including\b)\s*{QUALIFIED}$", re.I)

#: Words that tell people apart by sex and by age ("women" are adult and female).
_SEX = (("female", re.compile(r"\b(?:females?|wom[ae]n|girls?)\b", re.I)),
        ("male", re.compile(r"\b(?:males?|m[ae]n|boys?)\b", re.I)))
_AGE = (("child", re.compile(r"\b(?:child(?:ren)?|minors?|juveniles?|girls?|boys?)\b", re.I)),
        ("adult", re.compile(r"\b(?:adults?|wom[ae]n|m[ae]n)\b", re.I)))

#: The split groups a sum of parts may be read for, one a row.
_SUMMED_GROUPS = ("type", "age", "origin")


@dataclass
class _Part:
    """One listed part: its hit, the words that say who it counts, and what they name."""

    hit: Hit
    words: str
    dims: dict[str, object]
    splits: dict[str, str]


def _one_of(words: str, choices: tuple[tuple[str, re.Pattern[str]], ...]) -> str | None:
    """The one value of a dimension the words name; None for none or several."""
    named = {value for value, regex in choices if regex.search(words)}
    return named.pop() if len(named) == 1 else None


def _countries(words: str) -> frozenset[str]:
    """The countries the people named are nationals of or come from ("17 Filipinos", "one
    victim from Kosovo"); empty when none is named."""
    return nationalities_named(words) | countries_from(words.rstrip())


def _dims(words: str, kind: dict[str, str]) -> dict[str, object]:
    """Who a part's words say it counts, by dimension: nationality, sex, age, kind."""
    dims: dict[str, object] = {}
    if countries := _countries(words):
        dims["nationality"] = countries
    elif "origin" in splits_of(words, "count"):
        dims["origin"] = "foreign"
    for name, choices in (("sex", _SEX), ("age", _AGE)):
        if (value := _one_of(words, choices)) is not None:
            dims[name] = value
    if "type" in kind:
        dims["type"] = kind["type"]
    return dims


def _disjoint(a: dict[str, object], b: dict[str, object]) -> bool:
    """Whether two parts named by the same dimensions count different people."""
    for name, value in a.items():
        other = b[name]
        if isinstance(value, frozenset) and isinstance(other, frozenset):
            if not value & other:
                return True
        elif value != other:
            return True
    return False


def _runs(sent: Sentence, hits: list[Hit]) -> Iterator[list[Hit]]:
    """Runs of counts listed one after another, in one parenthesis or none ("17 Filipinos (13
    from a single case), three Mauritians, and one Pakistani": the parenthesis after a part
    is no part of the list)."""
    printed = {(f.start, f.end) for f in sent.figures}
    listed = sorted((h for h in hits if (h.fig.start, h.fig.end) in printed
                     and h.unit == "count" and not h.comparative),
                    key=lambda h: (paren_of(sent.text, h.fig.start), h.fig.start))
    run: list[Hit] = []
    for h in listed:
        gap = sent.text[run[-1].fig.end:h.fig.start] if run else ""
        if (run and paren_of(sent.text, run[-1].fig.start) == paren_of(sent.text, h.fig.start)
                and _JOIN.search(_PAREN.sub("", gap)) and not re.search(r"[;:.]", gap)):
            run.append(h)
            continue
        if len(run) > 1:
            yield run
        run = [h]
    if len(run) > 1:
        yield run


def _parts(sent: Sentence, run: list[Hit]) -> list[_Part]:
    """The parts of a run with what each names; a predicate names the kind of the parts
    before it that name none ("27 children and 149 adults were victims of forced labor")."""
    parts: list[_Part] = []
    waiting: list[_Part] = []
    for i, h in enumerate(run):
        end = (run[i + 1].fig.start if i + 1 < len(run) else figure_clause_end(sent, h.fig))
        item = _PAREN.sub("", sent.text[h.fig.end:end])
        if i + 1 < len(run):
            join = _JOIN.search(item)
            item = item[:join.start()] if join else item
        predicate = _PREDICATE.search(item)
        words = item[:predicate.start()] if predicate else item
        said = item[predicate.start():] if predicate else ""
        if (who := _OF_NATIONALITY.fullmatch(said)) is not None:
            # "six were Nicaraguan", "two were from Tajikistan": who they are
            words, said = f"{words} {who['who'] or who['place']}", ""
        kind = {g: m for g, m in splits_of(item, "count").items() if g == "type"}
        if mixed_kinds(item):
            kind = {}
        part = _Part(h, words, {}, {g: m for g, m in splits_of(words, "count").items()
                                    if g in ("age", "origin")})
        part.splits.update(kind)
        waiting.append(part)
        if said or i + 1 == len(run):
            shared = kind if said else {}
            for p in waiting:
                p.splits = {**shared, **p.splits}
            parts += waiting
            waiting = []
    for p in parts:
        p.dims = _dims(p.words, p.splits)
        if "nationality" in p.dims and "origin" not in p.splits:
            codes = p.dims["nationality"]
            if sent.country and isinstance(codes, frozenset) and sent.country not in codes:
                p.splits["origin"] = "_foreign"
    return parts


def _whole(sent: Sentence, hits: list[Hit], run: list[Hit],
           carried: Hit | None) -> tuple[Hit, dict[str, str]] | None:
    """The count a list is a breakdown of, and the kinds its head names: the count every
    part is a part of ("The 29 victims included 20 girls ..."), or, for parts read as nothing
    in a sentence with no year of its own, the count of victims the sentence before gave,
    with the kinds of the list's head ("Forced labor victims included 17 Filipinos, ...") or
    none ("there were two victims from Syria and one from Kosovo"), where the list ends its
    clause. None for the parts of a count right before them ("five labor trafficking
    victims—one Jamaican ...")."""
    parents = {id(h.parent) for h in run}
    first = run[0]
    before = [h for h in hits if h.fig.end <= first.fig.start and h.np_end <= first.fig.start]
    last = max(before, key=lambda h: h.fig.start) if before else None
    if (last is not None and last is not first.parent
            and _BREAKDOWN.fullmatch(sent.text, last.np_end, first.fig.start)):
        return None  # the parts of the count right before them, not of the whole
    if len(parents) == 1 and first.parent is not None and all(
            h.role in ("child", "ignore", "unmapped") for h in run):
        whole = first.parent
        if (whole.role not in ("figure", "child") or whole.comparative
                or any(h.role == "child" and h.year != whole.year for h in run)):
            return None
        return whole, {}
    if (carried is None or any(h.role != "unmapped" or h.parent is not None for h in run)
            or carried.comparative or carried.unit != "count" or sent.years):
        return None
    if not _LIST_END.match(sent.text, run[-1].np_end):
        return None  # "three victims from Nepal and two from Ghana returned home": some of them
    opened = _OPENED.search(sent.text, 0, first.fig.start)
    if opened is not None:
        return carried, splits_of(opened["head"], "count")
    if (_THERE_WERE.search(sent.text, 0, first.fig.start)
            and _VICTIMS.search(sent.text, first.fig.end, first.np_end)):
        return carried, {}
    return None


def sums_of_listed_parts(sent: Sentence, hits: list[Hit], carried: Hit | None) -> list[Hit]:
    """Totals a sentence gives only as a list of parts that do not overlap: for each kind
    (of trafficking, children, foreign) the parts' own words name, the sum of the parts of
    that kind, when two or more are; where the parts add up to their whole, a kind only one
    of them names is that part's alone, no part of its kind; and, for a list opened by the
    kind it is of ("Forced labor victims included ..."), the sum of all of them. None where
    the parts name different dimensions ("20 women, 15 children and 10 Nigerians") or two of
    them may be the same people, nor of a kind the whole is already of."""
    out: list[Hit] = []
    for run in _runs(sent, hits):
        found = _whole(sent, hits, run, carried)
        if found is None:
            continue
        whole, head = found
        kinds = {} if whole.total is not None else whole.splits  # "23 foreign and one Maltese"
        if not whole.base.startswith("victims") or any(g != "source" for g in kinds) or len(
                [g for g in head if g != "source"]) > 1:
            continue
        parts = _parts(sent, run)
        _one_of_several_countries(parts)
        if (not parts[0].dims or any(p.dims.keys() != parts[0].dims.keys() for p in parts)
                or not all(_disjoint(a.dims, b.dims) for i, a in enumerate(parts)
                           for b in parts[i + 1:])):
            continue
        # a part already summed with those of its kind is that sum ("20 girls in sex
        # trafficking, seven women in sex trafficking, and two women in forced labor": 27)
        given = {(h.base, tuple(sorted(h.splits.items())), h.year) for h in hits
                 if h.role in ("figure", "child") and (h not in run or h.note == KIND_SUM)}
        every = not head and sum(p.hit.fig.value for p in parts) == (
            whole.fig.value if whole.total is None else whole.total)
        groups = [(g, m) for g, m in head.items() if g != "source"]
        if groups:
            if any(p.splits.get(groups[0][0], groups[0][1]) != groups[0][1] for p in parts):
                continue
            sums = [(groups[0], parts)]
        else:
            sums = [((g, m), [p for p in parts if p.splits.get(g) == m])
                    for g in _SUMMED_GROUPS for m in sorted({p.splits[g] for p in parts
                                                            if g in p.splits})]
        for (group, measure), some in sums:
            splits = {**{g: v for g, v in whole.splits.items() if g == "source"},
                      group: measure}
            if (whole.base, tuple(sorted(splits.items())), whole.year) in given:
                continue
            only = some[0].hit
            if (len(some) == 1 and every and only.role == "child" and only.splits == splits
                    and only.parts - set(splits) - {"status"}):
                only.parts = frozenset()  # "two women in forced labor": all of that kind
                only.note = "the only part of its kind in a list adding up to its whole"
            elif len(some) > 1:
                out.append(_sum(sent, whole, some, splits))
    return out


def _one_of_several_countries(parts: list[_Part]) -> None:
    """A part from one country listed with parts from others ("Five of the confirmed
    trafficking victims were from Romania, seven were from Pakistan, and one was
    unidentified") is some of the foreign victims, not all of them, whether or not the list
    adds up to them."""
    countries = [p for p in parts if "nationality" in p.dims]
    if len(countries) < 2:
        return
    for p in countries:
        if p.hit.role == "child" and p.hit.splits.get("origin") == "_foreign":
            p.hit.role, p.hit.note = "ignore", "one of several countries listed"


def _sum(sent: Sentence, whole: Hit, some: list[_Part], splits: dict[str, str]) -> Hit:
    """The hit of the sum of some listed parts, of the kind they share."""
    first, last = some[0].hit, some[-1].hit
    fig = Figure(sum(p.hit.fig.value for p in some), first.fig.start, last.fig.end,
                 sent.text[first.fig.start:last.fig.end])
    return Hit(fig, "count", first.at, role="child", base=whole.base, splits=splits,
               year=whole.year, label_start=first.fig.start, label_end=last.np_end,
               np_end=last.np_end, parent=whole, source=whole.source, offset=sent.offset,
               note="sum of the parts listed, of the kind they share", listed=True, computed=True)
