"""Which year a figure of a TIP sentence is about: the year named in its clause, its
parent's, its comparison's (else the year before the one reported on), one opening its clause,
or the sentence's; a figure printed for several years names each of them.
"""

from __future__ import annotations

import re

from analysis.extract.grammar import YearMention, compiled
from analysis.extract.numbers import Figure, words_to_number
from analysis.extract.tip.hits import Hit
from analysis.extract.tip.phrases import figure_clause_end, paren_of
from analysis.extract.tip.sentence import (
    Sentence,
    case_stage,
    dates_a_part_included,
    dates_an_event,
)

YEAR_AFTER = re.compile(
    r"\s+(?:in|during|for)\s+(?:(?:FY\s*)?(?:19|20)\d{2}\b|(?:the\s+)?(?:previous|prior|preceding|"
    r"last)\s)",
    re.I,
)

#: Words before a period that opens its clause: "During the previous reporting period, ...",
#: "The previous year, ...".
_LEADING_PERIOD = re.compile(r"\s*(?:(?:during|in|for|over|throughout)\s+)?(?:the\s+)?", re.I)

#: "zero the previous two years", "12 in each of the last three years": a figure for each.
_EACH_OF_LAST = re.compile(
    r"\s+(?:(?:in|for|during|over)\s+)?(?P<each>each\s+of\s+)?the\s+(?:previous|past|last|"
    r"preceding)\s+(?P<n>[\w-]+)\s+(?:reporting\s+)?(?:years|periods)\b", re.I)

#: After a year that names a noun the figure is the amount or count of: "a 2021 budget of
#: 52.44 million GYD ($243,907)", "the 2019 total of 15 cases".
_YEAR_OF_NOUN = re.compile(r"\b(?:a|an|the|its|their)\s+(?P<year>(?:19|20)\d\d)\s+"
                           r"(?:[\w-]+\s+){1,2}?of\s+(?:[^()]{0,40}?\(\s*)?\$?$", re.I)

#: "one investigation each in 2018 and 2017": one figure for every year listed.
_EACH = re.compile(r"\beach\b", re.I)


def leading_year(sent: Sentence, fig: Figure, relative: bool = False) -> int | None:
    """The year a period opening a figure's clause names ("In 2015, 21 victims were ...";
    after a semicolon or an opening parenthesis too: "(in 2018, 11 were ...)"), else one
    opening the sentence, which dates each of its clauses ("In 2019, 134 were ...; 20 were
    children"); None when neither opens with one. With ``relative``, "During the previous
    year, ..." counts too, unless the figure's clause says it is of the period reported on
    ("...; however, it disbursed $3,940 during the reporting period")."""
    seg = sent.segment(fig.start)
    if seg.comparative:
        return None
    clause = sent.text.rfind(";", 0, fig.start) + 1
    stop = sent.text.find(";", fig.start)
    relative = relative and not compiled("THIS_PERIOD").search(
        sent.text, clause, stop if stop >= 0 else len(sent.text))
    paren = paren_of(sent.text, fig.start) + 1
    for start in dict.fromkeys(([paren] if paren else []) + [clause, 0]):
        opening = [year for y in sent.years if start <= y.start and y.end <= fig.start
                   and not y.comparative and (y.year is not None or (relative and y.relative))
                   and (year := sent.resolve(y)) is not None
                   and _LEADING_PERIOD.fullmatch(sent.text, start, y.start)]
        if opening:
            return opening[0]
    return None


#: One more year of a list after a year: ", 2017", ", or 2018", " or in 2020", ", and 2018".
_MORE_YEAR = re.compile(r"\s*(?P<comma>,)?\s*(?:(?P<conj>or|and)\s+)?(?:in\s+)?"
                        r"(?P<year>(?:19|20)\d\d)\b")


def years_also(s: str, end: int) -> tuple[int, ...]:
    """The further years a zero holds for, listed right after the year ending at ``end``:
    "in 2021 or 2020", "in 2016, 2017, or 2018", "in 2016, 2017, and 2018"; () when the
    years are not such a list (a lone "and 2018" may open another clause)."""
    years: list[int] = []
    while (m := _MORE_YEAR.match(s, end)) is not None:
        if not (m["conj"] or m["comma"]) or (m["conj"] == "and" and not years):
            break
        years.append(int(m["year"]))
        end = m.end()
        if m["conj"]:
            return tuple(years)
    return ()


def zero_also_in(sent: Sentence, fig: Figure, year: int) -> tuple[int, ...]:
    """The further years of a zero's "in 2021 or 2020" in its clause, else ()."""
    end = figure_clause_end(sent, fig)
    mention = next((y for y in sent.years if fig.end <= y.start < end and y.year == year), None)
    return years_also(sent.text, mention.end) if mention is not None else ()


def _bound(sent: Sentence, mention_start: int, fig: Figure) -> bool:
    """Whether a year named before ``fig`` belongs to an earlier figure of its clause
    ("continued one prosecution initiated in the previous reporting period and ...")."""
    earlier = [f for f in sent.figures if f.end <= mention_start and f.start < fig.start]
    if not earlier:
        return False
    gap = sent.text[earlier[-1].end:mention_start]
    return not re.search(r"[,;()]", gap) and len(gap) <= 80


#: The counted noun of a figure and a parenthesis of parts right after it ("victims (63 in sex
#: trafficking and 10 in forced labor)"); not one naming a year or a comparison ("(303 in
#: 2019)"), which dates the figure it is about, not this one.
_PARTS_AFTER = re.compile(r"[^,;()—–\d]{0,40}?(?P<parts>\((?=[^()]*\d)(?![^()]*\b(?:(?:19|20)\d\d|"
                          r"compared|previous|prior|last|year|period)\b)[^()]*\))", re.I)


#: Words between a count and a participle that make the participle another noun's: "12
#: traffickers in cases initiated in 2018".
_OTHER_NOUN = re.compile(r"\b(?:in|for|of|from|against|involving|with|into|and)\b", re.I)


def _next_to(sent: Sentence, start: int, end: int) -> bool:
    """Whether no comma, semicolon, parenthesis or dash and no other figure stand between two
    places of a sentence, so that the words at the second are still of the figure before."""
    return not re.search(r"[,;()—–]", sent.text[start:end]) and not any(
        start <= f.start < end for f in sent.figures)


def _opens_clause(sent: Sentence, fig: Figure, at: int) -> bool:
    """Whether what starts at ``at`` opens the figure's clause, past words such as "during
    the" ("During the year, ...", "In 2019-2020, ...")."""
    clause = sent.text.rfind(";", 0, fig.start) + 1
    return _LEADING_PERIOD.fullmatch(sent.text, clause, at) is not None


def _in_this_period(sent: Sentence, fig: Figure, end: int, clause_end: int) -> bool:
    """Whether the figure's clause dates it to the period reported on ("identified 40 victims
    during the reporting period, including 10 in January 2021"; "During the year, ..."), with
    no comma or other figure between the two."""
    said = compiled("THIS_PERIOD").search(sent.text, end, clause_end)
    if said is not None and _next_to(sent, end, said.start()):
        return True
    clause = sent.text.rfind(";", 0, fig.start) + 1
    opening = compiled("THIS_PERIOD").search(sent.text, clause, fig.start)
    return opening is not None and _opens_clause(sent, fig, opening.start())


def _dated_step(sent: Sentence, mention: YearMention, hit: Hit) -> bool:
    """Whether a year after a figure dates an earlier step of a case, not the figure
    ("convicted 12 traffickers arrested in 2018", "in cases initiated in 2018"); not where the
    count is of that step ("15 prosecutions initiated in 2019") or compared."""
    step = case_stage(sent.text, mention)
    if sent.segment(mention.start).comparative or step is None:
        return False
    counts_step = hit.base.startswith(("investigations", "prosecutions"))
    return not counts_step or _OTHER_NOUN.search(sent.text, hit.fig.end, step.start()) is not None


def _without(text: str, start: int, end: int, skip: range) -> str:
    """The text from ``start`` to ``end`` without the span ``skip``."""
    if not skip or not start <= skip.start < end:
        return text[start:end]
    return text[start:skip.start] + text[skip.stop:end]


def _span(mention: YearMention) -> tuple[int, int] | None:
    """The first and last year of a span a mention names ("in 2019-2020", "in FY 2020/21",
    "in the 2018-2019 funding year", "from April 2020 to March 2021"), else None."""
    if mention.year is not None or mention.relative or mention.match is None:
        return None
    m = mention.match.groupdict()
    if m.get("pyear") and m.get("pyear_start"):
        return int(m["pyear_start"]), int(m["pyear"])
    last = re.search(r"\d+$", m.get("range") or "")
    if not m.get("year") or last is None:
        return None
    end = int(last[0]) if len(last[0]) == 4 else int(m["year"][:4 - len(last[0])] + last[0])
    return int(m["year"]), end


def _dates_figure(sent: Sentence, mention: YearMention, hit: Hit) -> bool:
    """Whether a mention opens the figure's clause ("From April 2020 to March 2021, ...") or
    follows the figure in it with no comma or other figure between ("... for victim care in
    the 2019-2020 funding year"): not a plan's years further on ("a strategy for 2021-2026")."""
    fig = hit.fig
    if mention.end <= fig.start:
        return _opens_clause(sent, fig, mention.start)
    # a dollar amount printed in parentheses after the local one: "2 million dollars ($1.5
    # million) for victim care in the 2019-2020 funding year"
    end = fig.end + (hit.unit == "usd" and sent.text[fig.end:fig.end + 1] == ")")
    return _next_to(sent, end, mention.start)


#: The note of a figure dated only by a span of years (asked again, the year is read again).
_SPAN_NOTE = "dated only by the span"


def year_for(sent: Sentence, hit: Hit, parent: Hit | None) -> int:
    """The year a figure is about (see ``_year``); where only a span of years dates it ("in
    the 2018-2019 funding year", "from April 2020 to March 2021"; "$40,000 in the 2016-2017
    funding year and $30,000 in 2015": the year after the next figure is that one's), a year
    of the span, the one reported on if the span holds it, else the span's last, with a note
    saying so."""
    year = _year(sent, hit, parent)
    seg = sent.segment(hit.fig.start)
    if (hit.note and not hit.note.startswith(_SPAN_NOTE)) or hit.each or any(
            y.year is not None and sent.segment(y.start) == seg and _dates_figure(sent, y, hit)
            for y in sent.years):
        return year
    spans = [(y, span) for y in sent.years if sent.segment(y.start) == seg
             and (span := _span(y)) is not None and span[1] - span[0] <= 1
             and _dates_figure(sent, y, hit)]
    if not spans:
        return year
    mention, (first, last) = min(spans, key=lambda s: abs(s[0].start - hit.fig.start))
    if not first <= year <= last:
        year = last
    printed = sent.phrase(mention.start, mention.end)
    hit.note = f"{_SPAN_NOTE} '{printed}': read for {year}"
    return year


def _year(sent: Sentence, hit: Hit, parent: Hit | None) -> int:
    """The year a figure is about: named in its clause, its parent's, its comparison's (else
    the year before the one reported on), else named before it, else the sentence's."""
    fig = hit.fig
    seg = sent.segment(fig.start)
    end = fig.end + (hit.unit == "usd" and sent.text[fig.end:fig.end + 1] == ")")
    clause_end = figure_clause_end(sent, fig, end)
    # "73 victims (63 in sex trafficking and 10 in forced labor) in 2018": the parts in
    # parentheses right after the counted noun do not part the figure from its year
    parts = _PARTS_AFTER.match(sent.text, end)
    skip = range(parts.start("parts"), parts.end()) if parts else range(0)
    after = [y for y in sent.years if end <= y.start and y.end <= clause_end + 40 + len(skip)
             and not re.search(r"[,;()—–]", _without(sent.text, end, y.start, skip))
             and not any(end <= f.start < y.start and f.start not in skip
                         for f in sent.figures) and not _dated_step(sent, y, hit)]
    if after and (year := sent.resolve(after[0])) is not None:
        return year
    ranged = after and after[0].match is not None and after[0].match.groupdict().get("range")
    span = _span(after[0]) if ranged and fig.value == 0 else None
    if span is not None and 0 < span[1] - span[0] < 10:
        # "none from 2011 to 2014": none in each of those years
        hit.each = tuple(range(span[0], span[1] + 1))
        return span[0]
    if after and after[0].listed and (seg.comparative or after[0].match["both"] or _EACH.search(
            sent.text, fig.end, after[0].start)):
        hit.each = after[0].listed
        return after[0].listed[0]
    if after and after[0].listed:
        hit.note = "printed for {} together".format(" and ".join(map(str, after[0].listed)))
        return max(after[0].listed)
    if (parent is None and not seg.comparative and leading_year(sent, fig) is None
            and _in_this_period(sent, fig, end, clause_end)):
        return sent.reporting_year
    if parent is not None:
        return leading_year(sent, fig) or parent.year
    inside = [y for y in sent.years if seg.start <= y.start and y.end <= seg.end
              and sent.resolve(y) is not None]
    if seg.comparative:
        span = _EACH_OF_LAST.match(sent.text, end)
        if span and (fig.value == 0 or span["each"]) and (n := words_to_number(span["n"])):
            # "a marked increase from zero the previous two years": none in each of them
            hit.each = tuple(range(sent.current_year - 1, sent.current_year - 1 - min(n, 10), -1))
            return hit.each[0]
        later = [y for y in inside if y.start >= fig.end]
        earlier = [y for y in inside if y.end <= fig.start]
        if named := _YEAR_OF_NOUN.search(sent.text, seg.start, fig.start):
            return int(named["year"])
        pick = later[0] if later else (earlier[-1] if earlier else None)
        return sent.resolve(pick) or sent.current_year - 1 if pick else sent.current_year - 1
    before = [y for y in inside if y.end <= fig.start and (
        not y.relative or _LEADING_PERIOD.fullmatch(sent.text, seg.start, y.start))
        and not _bound(sent, y.start, fig)]
    if before:
        return sent.resolve(before[-1]) or sent.current_year
    # a period opening the clause before ", and convicted six" dates its coordinated verbs too
    clause_start = sent.text.rfind(";", 0, seg.start) + 1
    opening = [y for y in sent.years if clause_start <= y.start and y.end <= seg.start
               and not y.comparative and sent.resolve(y) is not None
               and _LEADING_PERIOD.fullmatch(sent.text, clause_start, y.start)]
    if opening and not seg.comparative:
        return sent.resolve(opening[0]) or sent.current_year
    # a period opening the sentence dates each of its clauses ("During the previous year, the
    # government did not report investigating any cases; courts reported convicting one")
    if (leading := leading_year(sent, fig, relative=True)) is not None:
        return leading
    # a year later in the clause, unless it dates another figure ("identified 310 victims,
    # more than double the 140 identified in 2018")
    later = [y for y in inside if y.start >= fig.end and not y.relative
             and not any(fig.end <= f.start < y.start for f in sent.figures)
             and not _dated_step(sent, y, hit)
             and not compiled("CONTRAST_CLAUSE").search(sent.text, fig.end, y.start)
             and not (dates_an_event(sent.text, y, sent.figures)
                      and "," in sent.text[fig.end:y.start])
             and not dates_a_part_included(sent.text, y, sent.figures)]
    return (sent.resolve(later[0]) or sent.current_year) if later else _clause_year(sent, fig)


def _clause_year(sent: Sentence, fig: Figure) -> int:
    """The year of a sentence, unless only a later clause names it ("It prosecuted three cases
    ...; in 2016, the government prosecuted nine defendants", "..., whereas none were identified
    in 2015": the figure before is of the year reported on)."""
    named = next((y for y in sent.years if y.year is not None and not y.comparative
                  and not case_stage(sent.text, y)), None)
    stop = sent.text.find(";", fig.end)
    if named is not None and 0 <= stop < named.start and sent.text.rfind(";", 0, fig.start) < 0:
        return sent.reporting_year
    if named is not None and fig.end <= named.start and compiled("CONTRAST_CLAUSE").search(
            sent.text, fig.end, named.start):
        return sent.reporting_year  # "One victim ... was from Peru, whereas none ... in 2019"
    return sent.current_year
