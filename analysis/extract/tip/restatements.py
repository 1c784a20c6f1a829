"""Counts a TIP sentence gives again with no figure of its own: "all were children",
"referred all victims to care", "and provided them services", "referred the cases to the
prosecutor's office", "14 victims identified by local NGOs". Each is kept only with the count
it restates, for the measure or kind its words give.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.extract.grammar import compiled
from analysis.extract.numbers import NUMBER, Figure, parse_number
from analysis.extract.tip.hits import Hit
from analysis.extract.tip.kinds import partition_groups, splits_of
from analysis.extract.tip.people import other_kind_of_noun
from analysis.extract.tip.phrases import THE_REST, figure_clause_end, side_by_side
from analysis.extract.tip.sentence import DENIED, Sentence
from analysis.extract.tip.vocabulary import (
    HEADS,
    any_verb,
    nationality,
    source_of,
    verb_alternatives,
    verb_measure,
)

#: "all were Jamaican citizens exploited in sex trafficking", "all 12 victims were children",
#: "all of whom were foreign nationals": every one of a count given before is of one kind;
#: "all but two victims were women": every one but so many.
_ALL_WERE = re.compile(
    rf"(?<!\bnot\s)(?<!\balmost\s)(?<!\bnearly\s)(?<!\bvirtually\s)\ball\s+"
    rf"(?:but\s+(?P<but>{NUMBER})\s+)?(?:(?P<n>{NUMBER})\s+)?"
    rf"(?:of\s+(?:them|whom|which|these|those|the)\s+)?(?:(?!were\b|was\b)[\w-]+\s+){{0,3}}?"
    rf"(?:were|was)\s+(?P<kind>[^.;,]{{1,100}})", re.I)

#: "identified 35 victims, all Nigerian women exploited in sex trafficking", "convicted eight
#: traffickers—all for sex trafficking—": "all" set beside a count, with no verb.
_ALL_APPOSED = re.compile(
    r"(?:,|[—–]|\s-{1,2})\s*all\s+(?!of\b|were\b|was\b|are\b|had\b|have\b|received\b|but\b)"
    r"(?:(?:for|in|of)\s+)?(?P<kind>[^.;,—–()]{1,100})", re.I)

#: "identified 26 potential victims (all sex trafficking victims) in 2021": all of the count
#: right before the parenthesis, in a comparison as well.
_ALL_BRACKETED = re.compile(r"\(\s*all\s+(?!of\b|were\b|was\b|but\b)(?P<kind>[^()]{1,100})\)",
                            re.I)

#: "assisted 14 victims identified by local NGOs": who counted the victims another verb counts.
_BY_AGENT = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,3}}?victims?\s+(?P<verb>{verb_alternatives()})\s+by\s+"
    r"(?P<who>[^,;.()]{2,60})", re.I)


def counted_by_the_agent(sent: Sentence, hits: list[Hit]) -> list[Hit]:
    """The victims a verb counts, named by a participle with an NGO as its agent ("provided
    assistance to 14 victims identified by local NGOs"): that count is the NGOs' count for
    the participle's measure too, kept only with the count it restates."""
    out = []
    for h in hits:
        found = _BY_AGENT.match(sent.text, h.fig.end)
        if (h.role != "figure" or h.unit != "count" or h.comparative or found is None
                or source_of(found["who"]) != "ngo"):
            continue
        measure = verb_measure(found["verb"], "victims")
        if not measure or measure == h.base or measure in h.extra:
            continue
        out.append(Hit(h.fig, "count", h.at, role="figure", base=measure,
                       splits={"source": "_ngo"}, year=h.year, label_start=h.fig.start,
                       label_end=found.end("verb"), np_end=found.end(), source="ngo",
                       restates=h, offset=sent.offset,
                       note=f"{found['verb']} by {found['who'].strip()}"))
    return out


#: "referring all victims to care", "provided shelter to all identified victims", "referred
#: all of them to services", "and referred them to shelters": a verb of the vocabulary whose
#: object is every victim of a count given before, with no figure; "assisted the victim"
#: after a count of one.
_ALL_OBJECT = re.compile(
    rf"\b(?P<verb>{verb_alternatives()})\s+(?:them\b|(?P<one>the\s+victim\b(?!s))|"
    r"all\s+(?:of\s+(?:them|these|those)\b|"
    r"(?:of\s+)?(?:the\s+|these\s+|those\s+)?(?P<words>(?:(?!\d)[\w-]+\s+){0,2}?)victims\b))",
    re.I)

#: "identified four victims ... and provided them services": care given to the victims of a
#: count of its sentence, named by a pronoun before what was given.
_GAVE_THEM = re.compile(
    r"\b(?P<verb>provided|offered|gave|extended)\s+them\s+(?:with\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:services|assistance|care|shelter|support)\b", re.I)

#: "investigated three cases ... and referred the cases to the prosecutor's office": a verb
#: of the vocabulary whose object is every case of a count of its sentence, with no figure.
_THE_CASES_OBJECT = re.compile(
    rf"\b(?P<verb>{verb_alternatives()})\s+(?:all\s+(?:of\s+)?)?(?:the|these|those)\s+"
    r"(?:cases|investigations)\b", re.I)


def _restating(sent: Sentence, m: re.Match[str], fig: Figure, whole: Hit, measure: str,
               keep_source_split: bool = True) -> Hit:
    """A count given again, with no figure of its own, by words that count every one of an
    earlier count for another measure ("and referred them", "all 292 were assisted"): kept
    only with the count it restates, and of its source."""
    splits = ({g: v for g, v in whole.splits.items() if g == "source"} if keep_source_split
              else {})
    return Hit(fig, "count", m.start(), role="figure", base=measure, splits=splits,
               year=whole.year, label_start=m.start(), label_end=m.end(), np_end=m.end(),
               source=whole.source, restates=whole, offset=sent.offset,
               note=f"all of the {fig.value:g} counted before",
               computed=fig.value != whole.fig.value)  # with the count of the other kind


def cases_counted_again(sent: Sentence, hits: list[Hit]) -> list[Hit]:
    """Every case of an investigation count of the same sentence, counted again by another
    verb with no figure ("reported three investigations ... and referred the cases to the
    prosecutor's office"): that count for the verb's measure, kept only with the count."""
    out = []
    for m in _THE_CASES_OBJECT.finditer(sent.text):
        if (sent.segment(m.start()).comparative or DENIED.search(sent.text, 0, m.start())
                or not re.match(r"\w+ed\b", m["verb"])):
            continue
        totals = [h for h in hits if h.fig.end <= m.start() and h.role == "figure"
                  and h.parent is None and not h.comparative and h.unit == "count"
                  and h.base == "investigations"]
        measure = verb_measure(m["verb"], "cases")
        if not totals or not totals[-1].fig.value or not measure or measure == "investigations":
            continue
        whole = totals[-1]
        fig = Figure(whole.fig.value, m.start("verb"), m.end(), m[0])
        out.append(_restating(sent, m, fig, whole, measure, keep_source_split=False))
    return out


def given_them(sent: Sentence, hits: list[Hit]) -> list[Hit]:
    """Every victim of a count of the same sentence, given care through a pronoun ("identified
    four victims ... and provided them services"): that count as victims assisted, kept only
    with the count it restates."""
    out = []
    for m in _GAVE_THEM.finditer(sent.text):
        if sent.segment(m.start()).comparative or DENIED.search(sent.text, 0, m.start()):
            continue
        totals = [h for h in hits if h.fig.end <= m.start() and h.role == "figure"
                  and h.parent is None and not h.comparative and h.unit == "count"
                  and h.base.startswith("victims")]
        if not totals or not totals[-1].fig.value or totals[-1].base == "victims_assisted":
            continue
        whole = totals[-1]
        fig = Figure(whole.fig.value, m.start("verb"), m.end(), m[0])
        out.append(_restating(sent, m, fig, whole, "victims_assisted"))
    return out


#: "all 292 were referred to shelters", "all of them were assisted": every one of a count given
#: before, the subject of a verb of the vocabulary in the passive.
_ALL_PASSIVE = re.compile(
    rf"(?<!\bnot\s)\ball\s+(?:(?P<n>{NUMBER})\s+)?(?:of\s+(?:them|these|those)\s+)?"
    rf"(?:(?!were\b|was\b)[\w-]+\s+){{0,2}}?(?:were|was)\s+(?:also\s+)?"
    rf"(?P<verb>{verb_alternatives()})\b", re.I)


def _the_other_kind(sent: Sentence, totals: list[Hit]) -> float:
    """The count of the first of two kinds given side by side right before "all" ("45 sex
    trafficking victims and 12 labor trafficking victims, all of whom were referred"): "all"
    is of both, so that count adds to the last; 0 when the last count is no such second."""
    if len(totals) < 2:
        return 0
    first, second = totals[-2:]
    if ((first.base, first.year) != (second.base, second.year)
            or first.splits.get("type", second.splits.get("type")) == second.splits.get("type")
            or "type" not in second.splits
            or not side_by_side(sent, first, second)):
        return 0
    return first.fig.value


def all_counted(sent: Sentence, hits: list[Hit], carried: Hit | None) -> list[Hit]:
    """Every victim of a count given before, counted again by another verb with no figure
    ("The government identified 79 victims ... reported referring all victims to care"): the
    count, for that verb's measure, kept only with the count it restates; a verb in the past
    or the progressive only (an infinitive says what was required, not what was done)."""
    out = []
    for m in _ALL_OBJECT.finditer(sent.text):
        words = m["words"] or ""
        if (sent.segment(m.start()).comparative or DENIED.search(sent.text, 0, m.start())
                or not re.match(r"\w+(?:ed|ing)\b", m["verb"])  # "required ... to refer all"
                or any(m.start() <= f.start < m.end() for f in sent.figures)
                or splits_of(words, "count") or partition_groups(words) - {"status"}):
            continue
        totals = [h for h in hits if h.fig.end <= m.start() and h.role == "figure"
                  and h.parent is None and not h.comparative and h.unit == "count"]
        pronoun = m[0].lower().endswith("them") and "all" not in m[0].lower()
        if pronoun and not (totals and re.match(r"\w+ed\b", m["verb"])):
            continue  # "and referred them": only the count of its own sentence
        whole = totals[-1] if totals else carried
        measure = verb_measure(m["verb"].split()[0], "victims")
        if (whole is None or not whole.base.startswith("victims") or not whole.fig.value
                or not measure or measure == whole.base or (m["one"] and whole.fig.value != 1)):
            continue
        fig = Figure(whole.fig.value + _the_other_kind(sent, totals), m.start("verb"), m.end(),
                     m[0])
        out.append(_restating(sent, m, fig, whole, measure))
    for m in _ALL_PASSIVE.finditer(sent.text):
        if sent.segment(m.start()).comparative or not re.match(r"\w+ed\b", m["verb"]):
            continue
        totals = [h for h in hits if h.fig.end <= m.start() and h.role == "figure"
                  and h.parent is None and not h.comparative and h.unit == "count"
                  and h.restates is None]
        earlier = [*([carried] if carried is not None else []), *totals]
        if m["n"]:
            earlier = [h for h in earlier if h.fig.value == parse_number(m["n"])]
        whole = earlier[-1] if earlier else None
        measure = verb_measure(m["verb"], "victims")
        if (whole is None or not whole.base.startswith("victims") or not whole.fig.value
                or not measure or measure == whole.base or measure in whole.extra):
            continue
        both = (_the_other_kind(sent, totals)
                if not m["n"] and totals and whole is totals[-1] else 0)
        fig = Figure(whole.fig.value + both, m.start(), m.end(), m[0])
        out.append(_restating(sent, m, fig, whole, measure))
    return out


def all_of_a_kind(sent: Sentence, hits: list[Hit], carried: Hit | None,
                  previous: Sequence[Hit] = ()) -> list[Hit]:
    """Counts given again by a kind every one of them is of ("The government identified
    eight victims ... all were Jamaican citizens exploited in sex trafficking": eight sex
    trafficking victims, and foreign ones outside Jamaica; none foreign where all are of the
    narrative's own country): one row a kind, for the count "all" refers to (the one it
    names, else the last total of the sentence, else the sentence before's), unless that
    count is one part of a sum ("39 official victims and 85 potential victims ... Of the
    official victims, all were ..."). Where the words after "all" date it ("All were foreign
    victims in 2016 and 2017", "(all were victims of forced labor in 2019)"), it is of the
    counts of those years: the count referred to and those compared with it (``previous``
    are the figures of the sentence before)."""
    out = []
    for m in (*_ALL_WERE.finditer(sent.text), *_ALL_APPOSED.finditer(sent.text),
              *_ALL_BRACKETED.finditer(sent.text)):
        bracketed = m.re is _ALL_BRACKETED
        if sent.segment(m.start()).comparative and not bracketed:
            continue
        whole = _right_before(sent, hits, m.start()) if bracketed else _all_refers_to(
            sent, hits, carried, m)
        if (whole is None or whole.unit != "count" or not whole.fig.value
                or (whole.total is not None and whole.total != whole.fig.value)):
            continue  # "Of the official victims, all were ...": a part of the year's sum
        kind = m["kind"] if bracketed else sent.text[m.start("kind"):figure_clause_end(
            sent, Figure(0.0, m.start("kind"), m.start("kind"), ""))]
        # a bracket inside the words is an aside ("all were victims of forced labor (four
        # victims of forced begging in 2018)"): its year dates the comparison, not "all"
        dated = _years_named(re.sub(r"\([^()]*\)", " ", m["kind"]))
        named = re.search(rf"\b(?:{HEADS}|case|investigation|prosecution|conviction)\b",
                          sent.text[m.start():m.start("kind")], re.I)
        if named and other_kind_of_noun(named[0].lower().rstrip("s"), whole.base):
            continue  # "all suspects were foreign nationals" after a count of victims
        if partition_groups(sent.text[m.start():m.start("kind")]) & {"age", "sex"}:
            continue  # "all adults were foreign victims": all of one part, not of the count
        copula = re.search(r"\b(?:were|was)\b", m["kind"])
        subject_words = sent.text[m.start():m.start("kind") + (copula.start() if copula else 0)]
        done = any_verb().search(subject_words)
        if done and (measure := verb_measure(done[0], "victims")) and not whole.base.startswith(
                measure):
            continue  # "all officially identified victims were foreign" after referrals
        kinds = [{g: split} for g, split in splits_of(kind, "count").items()
                 if g == "type" or (g in ("age", "origin") and whole.base.startswith("victims"))]
        noun = re.search(rf"\b(?:{HEADS})\b", kind, re.I)
        origin = nationality(kind[:noun.end()] if noun else kind, sent.country) if (
            whole.base.startswith("victims") and "origin" not in whole.splits) else ""
        if origin == "foreign":
            kinds.append({"origin": "_foreign"})
        but = parse_number(m["but"]) if m.groupdict().get("but") else 0.0
        if but > whole.fig.value:
            continue
        # all of the country's own nationality: none foreign ("all victims were Malagasy");
        # all but some of them: of the others, unknown
        none_foreign = [{"origin": "_foreign"}] if origin == "own" and not but else []
        compared = [h for h in (*previous, *hits) if h.compared is whole and h.unit == "count"
                    and h.year in dated - {whole.year} and h.fig.value > but]
        for counted in ([whole] if not dated or whole.year in dated else []) + compared:
            out += [_all_of(sent, m, counted, own, but, own in none_foreign)
                    for own in kinds + none_foreign if not set(own) & set(counted.splits)]
    return out


def _all_of(sent: Sentence, m: re.Match[str], whole: Hit, own: dict[str, str], but: float,
            none: bool) -> Hit:
    """The count of one kind that all (or none, or all but ``but``) of a count are."""
    value = 0.0 if none else whole.fig.value - but
    fig = Figure(value, m.start(), m.start() + 3, m[0][:3])
    return Hit(fig, "count", m.start(), role="child", base=whole.base,
               splits={**{g: v for g, v in whole.splits.items() if g == "source"}, **own},
               year=whole.year, label_start=m.start(), label_end=m.end("kind"),
               np_end=m.end(), parent=whole, source=whole.source, restates=whole,
               note=(f"none of the {whole.fig.value:g} counted before" if not value
                     else f"all but {but:g} of the {whole.fig.value:g} counted before"
                     if but else f"all of the {whole.fig.value:g} counted before"),
               offset=sent.offset, computed=bool(but))


def _right_before(sent: Sentence, hits: list[Hit], at: int) -> Hit | None:
    """The count whose words end right before ``at`` (a parenthesis), if it is a total."""
    return next((h for h in hits if h.role == "figure" and h.parent is None
                 and h.restates is None and not sent.text[h.np_end:at].strip()), None)


def _years_named(words: str) -> set[int]:
    """The years words date a statement to ("in 2019", "in 2016 and 2017": both)."""
    found = compiled("YEAR_PHRASE").search(words)
    if found is None or not found["year"]:
        return set()
    return {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", words[found.start():])}


def _all_refers_to(sent: Sentence, hits: list[Hit], carried: Hit | None,
                   m: re.Match[str]) -> Hit | None:
    """The count an "all" refers to: the last total with the value it names, else the last
    total before it in its sentence, else the main count of the sentence before, unless
    the sentence names another year before "all" ("In 2019, 24 were victims of sex
    trafficking ...; all were children" after a count of 2020) or the rest of a count ("Of
    the other victims, ...")."""
    totals = [h for h in hits if h.fig.end <= m.start() and h.role == "figure"
              and h.parent is None and not h.comparative and h.restates is None]
    other_year = carried is not None and any(
        y["year"] and int(y["year"]) != carried.year
        for y in compiled("YEAR_PHRASE").finditer(sent.text, 0, m.start()))
    # "Of the other victims, ..., all of whom were Dominican": of that rest, not the count
    rest = THE_REST.search(sent.text, 0, m.start()) is not None
    earlier = [*([carried] if carried is not None and not other_year and not rest else []),
               *totals]
    if m.groupdict().get("n"):
        value = parse_number(m["n"])
        same = [h for h in earlier if h.fig.value == value]
        return same[-1] if same else None
    return earlier[-1] if earlier else None
