"""Trafficking in Persons (TIP) country narratives: the enforcement figures, sentence by sentence.

The narrative is read in its sections (Prosecution, Protection, Prevention, told by their
headings or, in a text without headings, by their first sentences: "The government
increased law enforcement efforts."); the summary before them is read too, for the figures
the sections (cut off in an excerpt) do not give. Each sentence goes through the shared
grammar (``analysis.extract.grammar``: years, comparisons) and the TIP reader
(``reading.py``); the phrasings are data (``analysis/data/tip_*.csv``). Its stated zeros
("did not convict any traffickers", "there were no prosecutions") are read by ``zeros.py``, the
statistics it says were not reported (empty rows) by ``unreported.py``. Then, across the
narrative, figures that are parts of a total given before (by one agency: "The police reported
identifying 432 victims"; by kind: "Seventy-nine were identified as potential victims") are
set aside, and a sentence that dates a figure and its comparison to the same year has the
figure read for the year reported on.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cache

from analysis.datafiles import read_rows
from analysis.detect.tip import TIER_LINE
from analysis.extract.grammar import compiled, sentence_spans
from analysis.extract.numbers import NUMBER, Figure, is_year, parse_number
from analysis.extract.records import Enforcement, Extraction
from analysis.extract.tip import figures, kinds, parts, reading, relations, unreported
from analysis.extract.tip.hits import Hit
from analysis.extract.tip.sentence import DOMAIN, Sentence, build
from analysis.extract.tip.vocabulary import noun_measure, source_of
from analysis.extract.tip.wholes import OPENING_PART
from analysis.extract.tip.zeros import beside_counts, zero_hits

WARN_SECTIONS = frozenset({"prosecution", "protection"})
SUMMARY = "summary"

#: "Police reported identifying an additional 76 victims", "convicting six additional
#: individuals", "referred at least 20 other victims": a count beside the total.
_ADDITIONAL = re.compile(rf"\b(?:(?:additional|further)\s+(?:{NUMBER})|(?:{NUMBER})\s+"
                         rf"(?:additional|further|other)\b)", re.I)


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
    listed: bool = False  # a sum of listed parts, no count printed
    changed: bool = False  # its sentence says how the measure's total changed, with no figure
    article: bool = False  # read from "a" or "an": one case or person, named as an example


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


def _rows(sent: Sentence, hits: list[Hit], index: int) -> list[_Row]:
    """The rows a sentence's hits give."""
    out = []
    changed = _totals_changed(sent.text)
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
                    qualifier=(figures.COMPUTED if h.computed
                               else figures.qualifier(sent.text, h.at)), note=h.note,
                    label=sent.phrase(h.label_start, h.label_end), source="prose")
                out.append(_Row(row, sent.section, index, h.source, h.parts, h.comparative,
                                base, frozenset(h.splits), h.adjunct,
                                restates=_restated_start(h),
                                closing=_closing(sent, h),
                                of=_whole_start(h), listed=h.listed,
                                changed=base in changed,
                                article=h.fig.text.lower() in ("a", "an")))
                if h.foreign:
                    out.append(_foreign_row(out[-1], h))
    return out


def _totals_changed(s: str) -> set[str]:
    """The measures whose totals a sentence says changed, with no figure ("The government
    increased trafficking-related investigations, prosecutions, and convictions")."""
    return {noun_measure(noun) for m in compiled("WHOLE_CHANGED").finditer(s)
            for noun in re.findall(r"[a-z]+", m["nouns"], re.I)} - {""}


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
    """The total a count's printed parts add up to ("two confirmed and 129 potential"); where
    the other parts are none ("28 female victims and no male victims") it is the first part's
    printed figure."""
    splits = {g: m for g, m in h.splits.items() if g == "source"}
    printed = h.total == h.fig.value
    row = Enforcement(h.year, DOMAIN, kinds.measure_name(h.base, splits), h.total, h.unit,
                      "reported", sent.offset + h.fig.start, sent.offset + h.total_end,
                      qualifier=figures.qualifier(sent.text, h.at) if printed
                      else figures.COMPUTED,
                      note="the other parts printed are none" if printed
                      else "sum of the parts printed",
                      label=sent.phrase(h.label_start, h.total_end), source="prose")
    return _Row(row, sent.section, index, h.source, frozenset(), h.comparative, h.base,
                summed=True)


def _unread(sent: Sentence, hits: list[Hit]) -> list[str]:
    """Warnings for counts a Prosecution or Protection sentence has and nothing read."""
    if sent.section not in WARN_SECTIONS:
        return []
    whole = sent.phrase(0, len(sent.text))
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


def _parts_before_a_total(rows: list[_Row], warnings: list[str]) -> list[_Row]:
    """Set aside a smaller count of one measure and year that its own sentence then closes
    with a count said to be the total ("trial courts convicted 66 traffickers and appellate
    courts ... 89 traffickers for a total of 155 convictions"): a part of that total."""
    aside: set[int] = set()
    for total in rows:
        if not total.closing or total.comparative or total.row.value is None:
            continue
        for i, r in enumerate(rows):
            if (i not in aside and r is not total and r.sentence == total.sentence
                    and r.row.start < total.row.start and not r.comparative
                    and (r.row.measure, r.row.data_year)
                    == (total.row.measure, total.row.data_year)
                    and r.row.value is not None and r.row.value < total.row.value):
                aside.add(i)
                warnings.append(f"{r.row.measure}: {r.row.value:g} for {r.row.data_year} "
                                f"taken as a part of the total its sentence gives after it "
                                f"({total.row.value:g}): {r.row.label!r}")
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


#: Sources whose count may be only some of the year's: one court's case, the count under one
#: provision of the law, the people sentenced where no count of convictions came before.
_ONE_OF_SEVERAL = ("one court", "one provision", "sentenced")


def _one_court(rows: list[_Row], warnings: list[str]) -> list[_Row]:
    """One court's convictions ("A court convicted two traffickers") or the count under one
    provision of the law ("Under article 182, authorities identified 53 victims") are the
    year's count where the narrative gives no other count of that measure and year, else a
    part of it, set aside with a warning."""
    others = {(r.base, r.row.data_year) for r in rows
              if r.source not in _ONE_OF_SEVERAL and r.row.value is not None}
    out = []
    for r in rows:
        if r.source in _ONE_OF_SEVERAL and (r.base, r.row.data_year) in others:
            warnings.append(f"{r.row.measure}: {r.row.value:g} for {r.row.data_year} taken as "
                            f"a part ({r.source}) beside the year's count: {r.row.label!r}")
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
    own sentence ("two children forced into marriage (four in 2019)"). An "additional" count
    after an agency's count of the same measure and year ("Judges convicted three traffickers
    ... and six additional individuals") is set aside too; one of a measure with no count
    given before it is that measure's count. So is one case told as an example after the
    year's count ("investigated seven cases. ... Authorities investigated a case involving
    ..."). A sum worked out from parts that a later sentence prints ("23 foreign victims and
    one Maltese victim ... Sixteen of the 24 victims identified") is that printed figure."""
    totals: dict[tuple[str, str, int], float] = {}
    status: dict[tuple[str, str, int], frozenset[str]] = {}
    firsts: dict[tuple[str, str, int], _Row] = {}
    given: set[tuple[tuple[str, str, int], float]] = set()
    computed: dict[tuple[tuple[str, str, int], float], int] = {}  # sums worked out, in out
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
            if not r.comparative:
                apart.add((r.sentence, r.row.measure))
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
            worked_out = computed.pop((key, value), None)
            if worked_out is not None and r.row.qualifier != figures.COMPUTED:
                out[worked_out] = r  # a sum worked out before, printed here ("of the 24 ...")
            continue  # the same figure printed again ("supported 66 victims ... assisted 66")
        part = (total is not None and value is not None and value < total
                and (r.source in ("agency", "other") or r.parts or r.summed or r.article))
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
        additional = (r.source in ("agency", "government", "other")
                      and (total is not None or any(k == key for k, _ in given))
                      and _ADDITIONAL.search(r.row.label) is not None)
        if part or _unstored_part(r, seen, rows) or additional:
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
        if r.base and value is not None and r.source != "ngo":
            seen.add((r.base, r.row.data_year))  # an NGO's count holds none of the state's
        if value is not None and not r.comparative:
            given.add((key, value))
            if r.row.qualifier == figures.COMPUTED:
                computed[(key, value)] = len(out)
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


def _unstored_part(r: _Row, seen: set[tuple[str, int]], rows: list[_Row]) -> bool:
    """Whether a row counts a part the vocabulary has no split for ("one adult victim") after
    other counts of the same thing and year: a part of their total, unless it is the only
    count of its kind of trafficking (``_count_of_its_kind``)."""
    unstored = r.parts - r.kinds - {"status"}
    return (bool(unstored) and r.base.startswith("victims") and not r.comparative
            and (r.base, r.row.data_year) in seen and not _count_of_its_kind(r, unstored, rows))


def _count_of_its_kind(r: _Row, unstored: frozenset[str], rows: list[_Row]) -> bool:
    """Whether a count of one kind of trafficking, not a part of a count before it, whose own
    words name a sex or an age no split is kept for ("also identified 25 male labor
    trafficking victims") is the count of that kind: no other count of that year in the
    narrative is of the same kind or counts by the same group ("two child sex trafficking
    victims" beside "one adult sex trafficking victim", "one adult female victim of sex
    trafficking, ..., one minor female victim of sex trafficking": each a part); another
    body's count ("NGOs identified 18 female victims of forced labor") holds none of it."""
    named = _COUNTED_NOUN.split(r.row.label or "", maxsplit=1)[0]
    if (r.of >= 0 or "type" not in r.kinds
            or not unstored <= kinds.partition_groups(named) & {"sex", "age"}):
        return False  # a part listed of a whole keeps its qualifier: the rest may be of the other
    return not any(p is not r and p.base == r.base and p.row.data_year == r.row.data_year
                   and not p.comparative and p.source == r.source
                   and (p.row.measure == r.row.measure
                        or unstored & (p.kinds | kinds.partition_groups(p.row.label or "")))
                   for p in rows)


#: The counted noun of a count of victims: what is named before it qualifies the count itself
#: ("25 male labor trafficking victims"), not what is said of some of them ("12 of the victims
#: were male").
_COUNTED_NOUN = re.compile(r"\bvictims?\b", re.I)


def _counts_by_kind_and_year(rows: list[_Row]) -> dict[tuple[str, int], list[_Row]]:
    """The rows that count something, grouped by the measure they are a part of and their year:
    the unit the total rules below reason about."""
    by_key: dict[tuple[str, int], list[_Row]] = defaultdict(list)
    for r in rows:
        if r.base and r.row.unit == "count" and r.row.value is not None and r.restates < 0:
            by_key[(r.base, r.row.data_year)].append(r)
    return by_key


def _named_again(opening: re.Match[str] | None, older: list[Hit]) -> list[Hit]:
    """The counts of the paragraph's earlier sentences that a sentence's ``opening``
    (``OPENING_PART``) names again by their figure ("The government reported 298 identified
    victims ... The Prosecution Service reported 416 ... Of the 298 identified victims, 33 were
    children"): the figure printed ties the parts to that count, however many sentences back
    it was given."""
    if opening is None:
        return []
    printed = {parse_number(m[0]) for m in re.finditer(NUMBER, opening[0], re.I)
               if not is_year(m[0])}
    return [h for h in older if h.fig.value in printed and h.parent is None
            and not h.comparative and h.role == "figure"]


def _named_by_source(sent: Sentence, opening: re.Match[str] | None, counts: list[Hit],
                     carried: Hit | None) -> Hit | None:
    """The count a sentence's ``opening`` (``OPENING_PART``) names by who gave it ("Of the
    government-identified victims, 406 were ..." after a count of NGOs): the paragraph's last
    count of that measure from that source, not the count carried from the sentence before."""
    if carried is None or opening is None:
        return carried
    who = source_of(opening[0], sent.country)
    if who not in ("government", "ngo") or who == carried.source:
        return carried
    return next((h for h in reversed(counts) if h.source == who and h.base == carried.base),
                carried)


def _single_kind_totals(rows: list[_Row]) -> list[_Row]:
    """Add the total where the narrative gives a year's count only once and its kind only as
    what the count was for ("one suspected trafficker for sexually exploiting a victim",
    "eight convictions for child trafficking crimes"): that count is the total (not so for a
    count of a kind: "six sex traffickers"), nor where
    the only one there was is of a kind ("prosecuted and convicted one sex trafficker") or a
    child ("identified one child sex trafficking victim"); nor where its sentence says the
    total changed ("increased ... convictions, and obtained one conviction for labor
    trafficking, compared with four in 2014": the total is another figure, not printed)."""
    by_key = _counts_by_kind_and_year(rows)
    out = list(rows)
    for (base, _), group in by_key.items():
        if (len(group) == 1 and not group[0].changed and group[0].kinds in ({"type"}, {"age"})
                and (group[0].adjunct == group[0].kinds or group[0].row.value == 1)
                and group[0].row.value > 0):
            only = group[0]
            note = ("the only figure printed, by its kind" if only.adjunct else
                    "the only one printed, of one kind")
            out.append(replace(only, row=replace(only.row, measure=base, note=note),
                               kinds=frozenset()))
    return out


def _compared_to_a_total(rows: list[_Row]) -> list[_Row]:
    """Add the total where a year's only count of a measure is of one kind of trafficking and
    its sentence compares it with an earlier year's total of no kind ("identified and referred
    four sex trafficking victims to care ..., compared with identifying and referring 91
    potential trafficking victims the previous reporting period"): the text compares the two
    years' totals, the later printed with the kind all of it was of."""
    by_key = _counts_by_kind_and_year(rows)
    out = list(rows)
    for (base, year), group in by_key.items():
        r = group[0]
        if (len(group) != 1 or r.comparative or r.kinds != {"type"} or r.row.value <= 0):
            continue
        earlier = [t for t in rows if t.base == base and t.comparative and not t.kinds
                   and t.sentence == r.sentence and t.row.start > r.row.start
                   and t.row.data_year < year]
        if earlier:
            out.append(replace(r, row=replace(r.row, measure=base,
                                              note="compared with a total of no kind"),
                               kinds=frozenset()))
    return out


def _compared_with_a_total(rows: list[_Row]) -> list[_Row]:
    """Add the total where an earlier year's only count of a measure is a comparison of one
    kind with a total of no kind given before it ("investigated 23 potential trafficking
    cases. ... This compared to investigating 22 cases of child trafficking in 2017"): the
    text compares the two years' totals, the earlier printed with the kind all of it was of.
    Not where what it is compared with has that kind: in its sentence, the count just before
    it ("including 12 children, compared with nine in 2019"); from a sentence of its own,
    a count of that kind for the later year."""
    by_key = _counts_by_kind_and_year(rows)
    out = list(rows)
    for (base, year), group in by_key.items():
        r = group[0]
        if (len(group) != 1 or not r.comparative or len(r.kinds) != 1
                or not r.kinds <= {"type", "age"} or r.row.value <= 0):
            continue
        later = [t for t in rows if t.base == base and not t.comparative
                 and t.section == r.section and t.sentence <= r.sentence
                 and t.row.data_year > year]
        inline = [t for t in later if t.sentence == r.sentence and t.row.start < r.row.start]
        tops = [t for t in later if t.of < 0]
        if (not inline[-1].kinds if inline else
                any(not t.kinds for t in tops) and not any(t.kinds == r.kinds for t in tops)):
            out.append(replace(r, row=replace(r.row, measure=base,
                                              note="compared with a total of no kind"),
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


#: Between two items of a list: ", ", ", and ", " and ".
_ITEM_JOIN = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
#: The rest of a list item after its figure, up to the next item or the clause's end.
_ITEM_REST = re.compile(rf"(?:(?!{_ITEM_JOIN}{NUMBER}\b)[^,;.()])*", re.I)
#: The next item of a list: ", and five victims of both sex and labor trafficking".
_NEXT_ITEM = re.compile(rf"{_ITEM_JOIN}(?P<n>{NUMBER})\b(?P<words>{_ITEM_REST.pattern})", re.I)
#: An item's words that say what form it is of ("victims of both sex and labor trafficking",
#: "for forced marriage"): a few words at most, then "of" or "for" and the form.
_OF_A_FORM = re.compile(r"\s*(?P<noun>(?:[\w-]+\s+){0,3}?)(?:of|for)\s+(?P<form>[a-z][\w\s-]*)",
                        re.I)


#: The narrative-wide rules that add a total the text gives only by its kind, in order.
_TOTAL_RULES = (_single_kind_totals, _compared_with_a_total, _compared_to_a_total,
                _other_kind_none)


def _further_items(text: str, second: Enforcement) -> float:
    """The sum of the items a list of the two kinds goes on with, each of one more form of
    trafficking counted with the same noun or none (", and five victims of both sex and labor
    trafficking", ", two for forced criminality, and one for unspecified forms"): the parts
    cover the whole, so its total counts them too. Another crime's item ("victims of illegal
    recruitment") is none of it, and the list is read no further."""
    rest = _ITEM_REST.match(text, second.end)
    end = rest.end() if rest else second.end
    nouns = {w.rstrip("s") for w in text[second.start:end].lower().split()}
    total = 0.0
    while (item := _NEXT_ITEM.match(text, end)) is not None:
        form = _OF_A_FORM.fullmatch(item["words"].rstrip())
        noun = form["noun"].split()[-1:] if form else []
        if (form is None or any(w.lower().rstrip("s") not in nouns for w in noun)
                or re.search(r"\b(?:19|20)\d\d\b|\b(?:were|was|whom|which)\b", form["form"])
                or (kinds.other_crime(item["words"]) and not form["form"].startswith("both"))):
            break
        total += parse_number(item["n"]) or 0
        end = item.end()
    return total


def _both_kinds_only(rows: list[_Row], text: str) -> list[_Row]:
    """Add the total where a year's count is given only as the two kinds of trafficking, side
    by side in one sentence ("identifying 73 victims of sex trafficking and 12 victims of
    labor trafficking") or each in a sentence of its own by the same body ("Police
    investigated 31 sex trafficking cases ... Police investigated 62 cases of forced labor"):
    their sum is the count of both, with a list's further items of other forms ("..., and five
    victims of both sex and labor trafficking").
    A count split another way only ("no foreign victims were identified in 2019") is no total
    and does not stop it."""
    by_key = _counts_by_kind_and_year(rows)
    out = list(rows)
    for (base, _), counts in by_key.items():
        group = [r for r in counts if "type" in r.kinds]
        kinds = {r.row.measure for r in group}
        if (len(group) != 2 or any(r.row.measure == base for r in counts)
                or any(r.kinds != {"type"} for r in group)
                or len(kinds) != 2 or group[0].comparative != group[1].comparative
                or group[0].source != group[1].source
                or not all(r.row.value and r.row.value > 0 for r in group)):
            continue
        first, second = sorted(group, key=lambda r: r.row.start)
        further = _further_items(text, second.row) if first.sentence == second.sentence else 0
        total = first.row.value + second.row.value + further
        out.append(replace(first, row=replace(
            first.row, measure=base, value=total, end=second.row.end,
            qualifier=figures.COMPUTED, note="sum of the two kinds printed"),
            kinds=frozenset()))
    return out


def _listed_sums_printed(rows: list[_Row]) -> list[_Row]:
    """Drop a sum of listed parts ("Forced labor victims included 17 Filipinos, three ...")
    where the narrative prints a count of the same measure and year: that count is the one
    given, the parts may be only some of it."""
    printed = {(r.row.measure, r.row.data_year) for r in rows
               if not r.listed and r.row.value is not None}
    return [r for r in rows if not r.listed or (r.row.measure, r.row.data_year) not in printed]


def _summary_repeats(rows: list[_Row]) -> list[_Row]:
    """Drop figures of the summary that the sections give for the same measure and year."""
    given = {(r.row.measure, r.row.data_year) for r in rows if r.section != SUMMARY}
    return [r for r in rows if r.section != SUMMARY
            or (r.row.measure, r.row.data_year) not in given]


def _status_part(h: Hit, counts: list[Hit]) -> bool:
    """Whether a count of one status ("identified 93 as potential victims and two as official
    victims") is some of a larger count of the same measure and year the paragraph gave before
    ("95 official and potential victims"): what the next sentence says of the victims
    ("at least 36 were subjected to sex trafficking") is of that count, not of the part."""
    return "status" in h.parts and any(
        c.base == h.base and c.year == h.year and c.fig.value > h.fig.value for c in counts)


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


def _worked_out(text: str, row: Enforcement) -> str:
    """The warning for a value worked out from printed figures (a total printed only as its
    parts, all but some of a count): the report does not print it, so it is no row, but a user
    is told what the parts add up to and where they are."""
    printed = " ".join(text[row.start:row.end].split())
    return (f"not published: the figures printed at {row.start}-{row.end} (\"{printed}\") give "
            f"{row.measure} for {row.data_year} as {row.value:g} ({row.note}); the report "
            "prints no such figure")


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
        previous: list[Hit] = []  # every figure of the paragraph's sentence before, read or not
        older: list[Hit] = []  # the figures of the paragraph's sentences before that one
        section = name
        previous_end = start
        paragraph_year = reporting_year
        profile = False
        for s_start, s_end in sentence_spans(text, start, end):
            index += 1
            opener = _opener(text[s_start:s_end])
            section = opener or section
            opens = "\n" in text[previous_end:s_start] or previous_end == start
            if "\n" in text[previous_end:s_start]:
                carried, paragraph_year, counts, previous, older = (None, reporting_year, [],
                                                                    [], [])
            previous_end = s_end
            # a section's first sentence ends a profile paragraph it was run into
            profile = _profile(text[s_start:s_end]) if opens else profile and not opener
            if profile:
                continue
            sent = build(text, s_start, s_end, section, paragraph_year, country)
            if compiled("LATEST_DATA").search(sent.text):
                paragraph_year = sent.current_year
            zeros = zero_hits(sent)
            carried = _combined(sent.text, counts) or carried
            opening = OPENING_PART.match(sent.text)
            named = _named_by_source(sent, opening, counts, carried)
            before = previous
            if named is not carried:
                # the figures of the sentence before are another source's: not what is meant
                carried, before = named, [h for h in previous if h.source == named.source]
            hits = relations.relate(sent, reading.read_hits(
                sent, carried, zeros, frozenset(stated), _named_again(opening, older) + before),
                carried, before)
            if carried is not None:
                parts.parts_of_another_status(sent, hits, carried, text[
                    carried.offset + carried.fig.start:carried.offset + carried.np_end])
            older, previous = older + previous, hits
            stated.update(f.value for f in sent.figures)
            rows += _rows(sent, hits, index)
            out.warnings += _unread(sent, hits)
            missing += [_Row(r, sent.section, index)
                        for r in (*unreported.not_published(sent), *unreported.unknown(sent))]
            # a stated zero has no parts: "Of the victims identified, eight were children"
            # after one is of the count before it
            # nor is a figure after "Of the victims identified," that opens the sentence with
            # no figure of its own ("Of the 96 referrals," has one): it is about the parts of
            # the count before, which later parts are of too
            if opening is not None and any(f.start < opening.end() for f in sent.figures):
                opening = None
            carried = next((h for h in hits if h.role == "figure" and not h.comparative
                            and h.parent is None and h.fig.value != 0
                            and not _status_part(h, counts)
                            and (opening is None or h.fig.start < opening.end())), carried)
            if carried is not None and carried not in counts:
                counts.append(carried)
    rows = _listed_sums_printed(_same_year_as_comparison(rows, reporting_year, out.warnings))
    rows = _parts_before_a_total(_combined_counts(rows, out.warnings), out.warnings)
    rows = _parts_of_totals(_one_court(_closed_parts(rows, out.warnings), out.warnings),
                            out.warnings)
    rows = beside_counts(rows, out.warnings)
    rows = _summary_repeats(rows)
    for add_totals in _TOTAL_RULES:
        rows = add_totals(rows)
    rows = _both_kinds_only(rows, text)
    rows = unreported.add_unreported(rows, missing)
    found = [r.row for r in rows if r.row.qualifier != figures.COMPUTED]
    out.enforcement = sorted(found, key=lambda r: (r.start, r.measure))
    out.warnings += [_worked_out(text, r.row) for r in rows if r.row.qualifier == figures.COMPUTED]
    out.warnings += _disagreements(found)
    return out
