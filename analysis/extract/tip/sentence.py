"""One sentence of a TIP narrative as the reader needs it: its figures (also "a trafficker"
read as one and "none" read as zero), its comparisons, the years it names and the year it
reports on."""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.extract.grammar import (
    Segment,
    YearMention,
    compiled,
    segment_at,
    segments,
    year_mentions,
)
from analysis.extract.numbers import NUMBER, Figure, find_numbers
from analysis.extract.tip.vocabulary import load_patterns, noun_alternatives

#: The domain of every row a TIP narrative gives.
DOMAIN = "trafficking"

#: A zero printed as a word where a figure would stand: "and none for sex trafficking",
#: "compared to no prosecutions in 2018", "28 female victims and no male victims", "(none in
#: 2018)", "(of whom none were children)".
_ZERO_WORD = re.compile(
    r"(?:(?<=\band\s)|(?<=\bor\s)|(?<=[,;]\s)|(?<=\bto\s)|(?<=\bwith\s)|(?<=\bfrom\s)|(?<=\()"
    r"|(?<=\bwhom\s)|(?<=\bwhich\s))"
    r"(?:none\b|no\b(?=\s+(?:[\w-]+\s+){0,2}?(?:victims?|cases?|investigations?|prosecutions?|"
    r"convictions?|acquittals?|traffickers?|offenders?|suspects?|defendants?)\b))",
    re.IGNORECASE,
)


#: "One was a sex trafficking case and the second was a labor trafficking case": the second of
#: two parts stated one by one counts one.
_ONE_WAS = re.compile(r"\bone\s+(?:was|were)\b", re.IGNORECASE)
_THE_SECOND = re.compile(r"\bthe\s+(?:second|other)(?=\s+(?:was|were)\b)", re.IGNORECASE)

#: A clause of a condition or a habit before the verb: "initiated investigations when civil
#: society identified a potential victim" says what is done each time, not that one was.
_WHEN = re.compile(r"\b(?:when|whenever|if|unless|until)\s+(?:[\w-]+\s+){0,4}$", re.I)

#: A verb denied just before it: "has never convicted a trafficker" counts none, not one.
DENIED = re.compile(r"\b(?:not|never)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


#: "the reporting period prior to that": a period before the one named before it.
_CHAINED = re.compile(r"\bthat$")
#: "compared with 35 in 2019 and 30 the year before": the year before the one compared before it.
_YEAR_BEFORE = re.compile(r"year before", re.IGNORECASE)


@dataclass(frozen=True)
class Sentence:
    """A sentence of a section, with what the grammar found in it."""

    text: str
    offset: int
    section: str
    segments: list[Segment]
    clauses: list[Segment]
    years: list[YearMention]
    figures: list[Figure]
    current_year: int
    reporting_year: int
    cut: bool = False  # the text ends inside this sentence (an excerpt cut mid-sentence, or
    # after a point inside an open parenthesis: "... 17.6 million ($2.")
    country: str = ""  # the narrative's country (ISO3): its nationals are not foreign victims

    def phrase(self, start: int, end: int) -> str:
        """Words of the sentence as printed, on one line (a row's label)."""
        return " ".join(self.text[start:end].split())

    def segment(self, pos: int) -> Segment:
        """The segment (current year or comparison) holding a position."""
        return segment_at(self.segments, pos)

    def clause(self, pos: int) -> Segment:
        """The clause holding a position (comparisons split it, parentheses do not)."""
        return segment_at(self.clauses, pos)

    def resolve(self, mention: YearMention) -> int | None:
        """The year a mention stands for ("the previous year" = the year reported on - 1; "the
        reporting period prior to that", or "the year before" after an earlier year compared
        with, = the year before that one)."""
        if not mention.relative:
            return mention.year
        earlier = [y for y in self.years if y.end <= mention.start and y.comparative
                   and (y.year is not None or y.relative)]
        if _CHAINED.search(self.text, mention.start, mention.end):
            return (self.resolve(earlier[-1]) if earlier else self.current_year - 1) - 1
        listed = [y for y in earlier if self.segment(y.start) == self.segment(mention.start)]
        if listed and mention.comparative and _YEAR_BEFORE.fullmatch(
                self.text, mention.start, mention.end):
            return self.resolve(listed[-1]) - 1  # type: ignore[operator]
        return self.current_year - 1


def _figures(s: str) -> list[Figure]:
    """Numbers, articles read as one, and zero words, in order."""
    found = find_numbers(s)
    taken = {(f.start, f.end) for f in found}
    for p in load_patterns():
        if p.kind != "one":
            continue
        for m in p.regex.finditer(s):
            span = m.span("fig")
            if (span not in taken and re.fullmatch(r"an?|its\s+first", m["fig"], re.I)
                    and not DENIED.search(s, 0, m.start("all"))
                    and not _WHEN.search(s, max(0, m.start("all") - 60), m.start("all"))):
                taken.add(span)
                found.append(Figure(1.0, *span, m["fig"]))
    first = _ONE_WAS.search(s)
    if first:
        found += [Figure(1.0, m.start(), m.end(), m[0])
                  for m in _THE_SECOND.finditer(s, first.end())]
    if found:
        for m in _ZERO_WORD.finditer(s):
            if m.start() > found[0].start or _is_comparison_zero(s, m.start()):
                found.append(Figure(0.0, m.start(), m.end(), m[0]))
    return sorted(found, key=lambda f: f.start)


def _is_comparison_zero(s: str, at: int) -> bool:
    """Whether a zero word follows a comparison ("compared to no prosecutions")."""
    return re.search(r"\b(?:compared\s+(?:to|with)|from)\s+$", s[max(0, at - 20):at]) is not None


#: "Unlike in 2018, the government did not identify any ...": a year the sentence sets its
#: own apart from, not the year it reports on.
_CONTRASTED = re.compile(r"\b(?:unlike|in\s+contrast\s+(?:to|with)|as\s+opposed\s+to)\s+"
                         r"(?:in\s+|during\s+)?$", re.I)


def _current_year(s: str, years: list[YearMention], reporting_year: int,
                  figures: list[Figure]) -> int:
    """The year a sentence reports on: its first year named outside a comparison, unless that
    year is earlier than one the sentence compares with ("an increase from 94 in 2021, ...
    less than the 221 identified in 2019": 2019 is compared too, in words the grammar does not
    know), since a sentence compares with earlier years, or dates an earlier step of a case
    ("continued 20 prosecutions initiated in 2019"), or is one it is set apart from ("Unlike
    in 2018, ..."), or comes after words naming the period reported on; else the reporting
    year."""
    compared = [y.year for y in years if y.year is not None and y.comparative]
    first = next((y for y in years if y.year is not None and not y.comparative
                  and not _CONTRASTED.search(s, max(0, y.start - 30), y.start)
                  and not (compared and y.year < max(compared)) and not case_stage(s, y)
                  and not dates_an_event(s, y, figures)
                  and not dates_a_part_included(s, y, figures)), None)
    if first is None or compiled("THIS_PERIOD").search(s, 0, first.start):
        return reporting_year  # "identified 40 victims during the reporting period, including
        # 10 in January 2021": the year named later dates a part
    return first.year


#: ", including some identified in": an aside about a part, up to a year in it.
_INCLUDING_BEFORE = re.compile(r",\s*including\b[^,;()]*$", re.I)


def dates_a_part_included(s: str, mention: YearMention, figures: list[Figure]) -> bool:
    """Whether a year sits in an aside about a part of a count before it ("assisted 38
    victims in total, including some identified in 2013"): it dates that part, not the
    sentence's counts (``figures``: the sentence's)."""
    aside = _INCLUDING_BEFORE.search(s, 0, mention.start)
    return aside is not None and any(f.end <= aside.start() for f in figures)


def dates_an_event(s: str, mention: YearMention, figures: list[Figure]) -> bool:
    """Whether a year with its month comes after a figure of the sentence ("These efforts
    included initiating eight trafficking investigations, ..., and releasing an updated
    national action plan in March 2021"): it dates that one step, not the sentence's counts
    (``figures``: the sentence's)."""
    return (mention.match is not None and bool(mention.match["month"])
            and any(f.end <= mention.start for f in figures))


def case_stage(s: str, mention: YearMention) -> re.Match[str] | None:
    """The verb of an earlier step of a case that a year dates ("cases initiated in 2018",
    "traffickers arrested in 2018"), else None."""
    return compiled("CASE_STAGE").search(s, max(0, mention.start - 30), mention.start)


#: "and prosecutions of 17 defendants": a measure's noun with its count after it.
_NEW_COUNT = re.compile(rf"\s+and\s+(?=(?:{noun_alternatives()})\s+(?:of|for|against|involving|"
                        rf"into)\s+(?:[\w-]+\s+){{0,2}}?{NUMBER})", re.I)
#: "compared with six prosecutions in the previous reporting period, and one conviction": a
#: count of a measure after the year that closes a comparison, with a comma and "and".
_COUNT_AFTER_YEAR = re.compile(rf"\b(?:period|year|(?:19|20)\d\d)(?P<cut>\s*,\s+and\s+)"
                               rf"(?={NUMBER}\s+(?:[\w-]+\s+){{0,2}}?(?:{noun_alternatives()})\b)",
                               re.I)
#: ", initiating 86": a participle after a comma, its count close after it.
_DOING = re.compile(rf",\s+[a-z]+ing\s+(?=(?:[\w-]+\s+){{0,2}}?{NUMBER})", re.I)


def _new_counts(s: str, found: list[Segment]) -> list[Segment]:
    """Comparisons ended where the sentence goes on to a count of another measure ("compared
    with 35 the previous year and prosecutions of 17 defendants, compared with 10"): the
    count after "and" is of the year reported on, as the comparison after it shows (with no
    comparison after it, "compared with the conviction of three and prosecution of 12 in
    2019" compares both), or after the year closing the comparison ("compared with six
    prosecutions in the previous reporting period, and one conviction ..., compared with
    four"); and a comparison with no figure ended by a participle that counts
    ("reported increased efforts compared to its previous timeframe, initiating 86
    investigations")."""
    out: list[Segment] = []
    for i, seg in enumerate(found):
        compared_again = seg.comparative and any(later.comparative for later in found[i + 1:])
        new_count = _NEW_COUNT.search(s, seg.start, seg.end) if compared_again else None
        after_year = _COUNT_AFTER_YEAR.search(s, seg.start, seg.end) if compared_again else None
        doing = _DOING.search(s, seg.start, seg.end) if seg.comparative else None
        at = (new_count.start() if new_count else after_year.start("cut") if after_year
              else doing.start() if doing and not find_numbers(s[seg.start:doing.start()])
              else None)  # "compared to its previous timeframe, initiating 86 investigations"
        if at is None:
            out.append(seg)
            continue
        out += [Segment(seg.start, at, True), Segment(at, seg.end, False)]
    return out


def _dates_a_making(s: str, mention: YearMention) -> bool:
    """Whether a year dates the making of a thing set off by commas ("The referral guide,
    adopted in 2018, helped officials refer 40 victims"): not the year of the sentence's figures."""
    return (compiled("MADE_IN").search(s, max(0, mention.start - 60), mention.start) is not None
            and re.match(r"\s*[,)]", s[mention.end:]) is not None)


def build(text: str, start: int, end: int, section: str, reporting_year: int,
          country: str = "") -> Sentence:
    """Gather what the reader needs to know about one sentence."""
    s = text[start:end]
    found = _new_counts(s, segments(s))
    years = [y for y in year_mentions(s, found) if not _dates_a_making(s, y)]
    figures = _figures(s)
    current = _current_year(s, years, reporting_year, figures)
    # the last sentence is cut where it has no full stop, or where its stop may be a decimal
    # point ("($2." ) or a parenthesis is left open
    cut = not text[end:].strip() and (not re.search(r"[.!?][\"'”’)\]]*$", s)
                                      or re.search(r"[$€£]\s?\d[\d,]*\.$", s) is not None
                                      or s.count("(") > s.count(")"))
    return Sentence(s, start, section, found,
                    _new_counts(s, segments(s, parentheses=False)), years,
                    figures, current, reporting_year, cut, country)
