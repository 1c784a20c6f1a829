"""What a TIP text is: a country narrative by its language, its tier, country and edition.

People have TIP narratives as whole report chapters, state.gov pages that start at a
section's first sentence, refworld copies under a metadata block, and PDF text cut anywhere.
So a narrative is recognised by its language (``analysis/data/tip_markers.csv``), not by
having all its headings; the country comes from a heading ("NEPAL: TIER 2", "UZBEKISTAN
(Tier 2)"), a title ("2017 Trafficking in Persons Report - Fiji"), "The Government of X" or
"Recommendations for X"; the edition from a title, "[Extracted from the ... Report, June
2009]" or an address (``analysis/data/tip_titles.csv``), else, flagged as inferred, from the
latest year the narrative reports on (a report covers the year before its edition).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from analysis.datafiles import read_rows
from analysis.detect.countries import (
    Country,
    CountryMatch,
    country_for_iso3,
    find_country,
    name_index,
    normalise,
    resolve_country,
)
from analysis.extract.grammar import sentence_spans, year_mentions
from analysis.extract.prefilter import PatternFilter

#: Characters at the top searched for a title.
_TITLE_WINDOW = 1000
#: Words of a heading's name tried from its end ("... Report 2009 BAHRAIN" -> "BAHRAIN").
_MAX_NAME_WORDS = 6
#: Fewest mentions of a country name before a text without any heading is taken to be about
#: it, and how many times more often than any other country it must be named.
_MIN_MENTIONS = 2
_MENTION_MARGIN = 2

#: A tier as printed on a heading line: "UZBEKISTAN (Tier 2)", "NEPAL: TIER 2 (page 294-296)",
#: "BAHRAIN:(Tier 2 Watch List)", "HAITI (TIER 2 - WATCH LIST)", "Iceland (Tier 2).", "Tier 2
#: Watch List" alone, also broken over two lines by a converter ("EGYPT (Tier 2 Watch\nList)");
#: OCR may print the 1 as l, I or |, a hyphen after "Tier" ("Tier- 2"), and break or confuse
#: the letters of "Watch List" ("Wateh List", "Watc h List", "Li st").
_WATCH = r"w[ \t]?a[ \t]?t[ \t]?[ce][ \t]?[hb]"
_LIST = r"l[ \t]?[il1|][ \t]?s[ \t]?t"
TIER_LINE = re.compile(
    r"^[ \t]*(?:(?P<name>[^\n():]{2,120}?)[ \t]*(?::[ \t]*\(?|\()|\()?[ \t]*"
    r"(?P<tier>tier[ \t]*-?[ \t]*(?P<level>[123lI|])"
    rf"(?P<watch>[ \t]*\n?[ \t]*[-–—]?[ \t]*{_WATCH}[ \t]*-?[ \t]*\n?[ \t]*{_LIST})?"
    r"|special[ \t]+cases?)"
    r"[ \t]*(?:\)\.?)?[ \t]*[*†]{0,2}[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?$",
    re.IGNORECASE | re.MULTILINE,
)
_LEVELS = {"1": "Tier 1", "l": "Tier 1", "i": "Tier 1", "|": "Tier 1", "2": "Tier 2",
           "3": "Tier 3"}
_GOVERNMENT = re.compile(
    r"\b(?:the\s+)?(?:Government|Governments)\s+of\s+(?P<name>(?:the\s+)?[A-Z][\w’'.-]*"
    r"(?:,?\s+(?:[A-Z][\w’'.-]*|of|and|the)){0,5})"
)
_RECOMMENDATIONS = re.compile(
    r"\bRECOMMENDATIONS\s+FOR\s+(?P<name>(?:THE\s+)?[^\n:;.]{2,60}?)[ \t]*[:\n]", re.IGNORECASE
)
_TITLE_COUNTRY = re.compile(
    r"trafficking\s+in\s+persons\s+report\s*(?:(?:19|20)\d\d\s*)?[-–—:|]\s*(?P<name>[^\n|]{2,60}?)"
    r"\s*(?:[-–—,|]|$)",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True)
class Marker:
    """One sign that a text is a TIP narrative: its kind and the regex that finds it."""

    kind: str
    regex: re.Pattern[str]


@dataclass(frozen=True)
class Edition:
    """A TIP edition (report year) and how it was found; ``inferred`` when only estimated."""

    year: int
    evidence: str
    inferred: bool = False


@cache
def markers() -> tuple[Marker, ...]:
    """The rows of tip_markers.csv, compiled."""
    return tuple(Marker(r["kind"], re.compile(r["pattern"], re.IGNORECASE))
                 for r in read_rows("tip_markers.csv"))


@cache
def _marker_filter(language: bool) -> PatternFilter:
    """Which language markers (or structural ones) a text may hold, to search only for those."""
    return PatternFilter([m.regex for m in markers() if (m.kind == "language") == language])


@cache
def _titles() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The edition patterns of tip_titles.csv: (where, regex with group ``year``)."""
    return tuple((r["where"], re.compile(r["pattern"], re.IGNORECASE))
                 for r in read_rows("tip_titles.csv"))


def marker_count(text: str, language: bool = False) -> int:
    """How many of the structural markers (title, tier heading, the assessment sentence,
    recommendations, section headings), or with ``language`` of the language markers, a text
    has. The two are counted apart because most texts are told apart by the first alone."""
    chosen = [m for m in markers() if (m.kind == "language") == language]
    possible = _marker_filter(language).possible(text)
    return sum(1 for marker, may in zip(chosen, possible, strict=True)
               if may and marker.regex.search(text))


def structural_total() -> int:
    """Number of structural markers (for the evidence line)."""
    return sum(1 for m in markers() if m.kind != "language")


def language_total() -> int:
    """Number of language markers."""
    return sum(1 for m in markers() if m.kind == "language")


def tier_name(found: re.Match[str]) -> str:
    """The tier a heading match prints, as the documents table writes it."""
    if found["tier"].lower().startswith("special"):
        return "Special Case"
    tier = _LEVELS[found["level"].lower()]
    return f"{tier} Watch List" if found["watch"] else tier


def tier_headings(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """Every heading line with a tier in text[start:end]."""
    return list(TIER_LINE.finditer(text, start, len(text) if end is None else end))


def country_tier_heading(text: str, start: int = 0) -> CountryMatch | None:
    """The country of the first heading line that prints one with its tier ("HAITI (Special
    Case)", "NEPAL: TIER 2"): a form only the TIP narratives print, so it names their country
    and marks a narrative however little of its language an excerpt holds."""
    for found in tier_headings(text, start):
        if found["name"] and (country := _name_country(found["name"].strip())):
            return CountryMatch(country, found.start("name"), found.end("name"), "tip heading")
    return None


#: The narrative's own statement of the tier, for a text whose heading prints none it can read
#: ("2017 TIP Report for Kuwait – Tier 2"): "therefore, Kuwait remained on Tier 2 Watch List",
#: "is placed on Tier 2 Watch List", "was upgraded to Tier 2".
_TIER_STATED = re.compile(
    r"\b(?:remained|remains|was|is)\s+(?:placed\s+|upgraded\s+|downgraded\s+|moved\s+)?"
    r"(?:on|to)\s+(?:the\s+)?(?P<tier>Tier\s+(?P<level>[123])(?P<watch>\s+Watch\s+List)?)\b")


#: A heading a PDF's columns printed inside a line of the other column ("... during CZECH
#: REPUBLIC (Tier 1) the reporting period"): a country's name in capitals, then its tier.
_TIER_INLINE = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][A-Z’'.,-]*(?:[ \t]+[A-Z][A-Z’'.,-]*){0,4})[ \t]*(?::[ \t]*\(?|\()"
    r"[ \t]*(?P<tier>(?i:tier[ \t]*(?P<level>[123])"
    r"(?P<watch>[ \t]*[-–—]?[ \t]*watch[ \t]*-?[ \t]*list)?|special[ \t]+cases?))[ \t]*\)?")


#: A heading's tier in parentheses opening a line that the other column of a PDF page goes on
#: after ("(Tier 2 Watch List) used by insurgent groups were ..."): only headings print it so.
_TIER_OPENING_LINE = re.compile(
    r"^[ \t]*\([ \t]*(?P<tier>(?i:tier[ \t]*(?P<level>[123])"
    r"(?P<watch>[ \t]*[-–—]?[ \t]*watch[ \t]*-?[ \t]*list)?|special[ \t]+cases?))[ \t]*\)",
    re.MULTILINE)


def _inline_tier(text: str, start: int) -> re.Match[str] | None:
    """The first tier printed in a line after a country's name in capitals."""
    for found in _TIER_INLINE.finditer(text, start):
        if _name_country(found["name"].strip(" ,")):
            return found
    return None


def read_tier(text: str, start: int = 0) -> str:
    """The tier of the first tier heading, else of a heading printed inside a line or opening
    one, else the one the narrative says the country is on, or "" when none is printed."""
    found = tier_headings(text, start)
    if found:
        return tier_name(found[0])
    stated = (_inline_tier(text, start) or _TIER_OPENING_LINE.search(text, start)
              or _TIER_STATED.search(text, start))
    return tier_name(stated) if stated else ""


def _name_country(name: str) -> Country | None:
    """A heading's name as a country: whole, else its last words ("... Report 2009 BAHRAIN")."""
    found = resolve_country(name, fuzzy=False)
    if found:
        return found
    words = name.split()
    for size in range(min(_MAX_NAME_WORDS, len(words) - 1), 0, -1):
        found = resolve_country(" ".join(words[-size:]), fuzzy=False)
        if found:
            return found
    return resolve_country(name) if len(words) <= _MAX_NAME_WORDS else None


def find_tip_country(text: str, start: int = 0) -> CountryMatch | None:
    """The country a TIP text is about: a tier heading, a report title, "The Government of
    X", "Recommendations for X", else what the general country finder reads."""
    heading = country_tier_heading(text, start)
    if heading:
        return heading
    for how, pattern in (("report title", _TITLE_COUNTRY), ("government of", _GOVERNMENT),
                         ("recommendations", _RECOMMENDATIONS)):
        for found in pattern.finditer(text, start):
            country = resolve_country(found["name"].strip(" ,"), fuzzy=False)
            if country is None and how == "government of":
                country = _name_country(found["name"])
            if country:
                return CountryMatch(country, found.start("name"), found.end("name"), how)
    return find_country(text, start) or _most_named(text, start)


def _most_named(text: str, start: int) -> CountryMatch | None:
    """The country a text names most often, when it is named at least twice and at least
    twice as often as any other ("Royal Malaysia Police", "throughout Malaysia")."""
    words = normalise(text[start:]).split()
    index = name_index()
    counts: dict[str, int] = {}
    i = 0
    while i < len(words):
        for size in range(_MAX_NAME_WORDS, 0, -1):
            iso3 = index.get(" ".join(words[i : i + size]))
            if iso3:
                counts[iso3] = counts.get(iso3, 0) + 1
                i += size - 1
                break
        i += 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < _MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < _MENTION_MARGIN * ranked[1][1]:
        return None
    country = country_for_iso3(ranked[0][0])
    return CountryMatch(country, start, start, f"named {ranked[0][1]} times")


def title_edition(text: str, start: int = 0) -> Edition | None:
    """The edition a title prints: near the top, or anywhere in a bracketed source line or
    an address ("[Extracted from the ... Report, June 2009]", ".../2018-trafficking-in-...")."""
    top = text[start : start + _TITLE_WINDOW]
    for where, pattern in _titles():
        found = pattern.search(top if where == "top" else text[start:])
        if found:
            return Edition(int(found["year"]), f"report year: title {found.group(0).strip()!r}")
    return None


def inferred_edition(text: str, start: int = 0) -> Edition | None:
    """The edition estimated from the years the narrative reports on: the latest year it
    dates something to, plus one (a report covers the year before its edition), or plus
    two when that year is named only as a comparison ("compared with 45 in 2016")."""
    latest: dict[int, bool] = {}
    for a, b in sentence_spans(text, start):
        for mention in year_mentions(text[a:b]):
            if mention.year is not None:
                latest[mention.year] = latest.get(mention.year, True) and mention.comparative
    if not latest:
        return None
    year = max(latest)
    edition = year + (2 if latest[year] else 1)
    how = "only as a comparison" if latest[year] else "as the latest"
    return Edition(edition, f"report year: inferred from {year}, named {how} year reported on",
                   inferred=True)
