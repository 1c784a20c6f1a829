"""Country names as the reports print them: resolve a name to (English short name, ISO3) and
find the country a document is about.

Naming rule: every ISO3 code has exactly one output name, so a country keeps one name across
report years and series. It is the name the latest DOL/State Department reports print (U.S.
government short form, e.g. "Burma", "Kyrgyz Republic", "Côte d'Ivoire", "Eswatini",
"North Macedonia", "Congo, Republic of the") where `data/country_aliases.csv` lists the code,
and otherwise pycountry's common name, falling back to its ISO 3166 name. Former and
alternative spellings ("Swaziland", "Macedonia", "Myanmar") are aliases of that one name.
A state dissolved since the first report ("Serbia and Montenegro", 2003-2006 editions) keeps
its own withdrawn ISO 3166 code (SCG), so its figures are not given to one of its successors.

Names are looked up in pycountry's names (ISO name, common and official names) and the alias
file, case- and accent-insensitively and ignoring punctuation; OCR misreadings ("Cote
d'lvoire", "UZBEKlSTAN") are matched by string similarity against the same names.
pycountry's own `search_fuzzy` is not used: it also matches subdivision names ("Tashkent" would
give Uzbekistan), which would turn a place named in a heading into a country.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import PurePath

import pycountry

from analysis.config import PACKAGE_DATA
from analysis.datafiles import read_rows

#: The reports' own spellings: alias, output name, ISO3 (one output name per code).
ALIASES_FILE = PACKAGE_DATA / "country_aliases.csv"
#: The first year the reports cover (the first TIP report is of 2001): a state dissolved since
#: is a country of some editions.
FIRST_REPORT_YEAR = 2001
#: Smallest difflib similarity accepted for an OCR-garbled title line, and how many close
#: spellings are compared to tell whether the best is unique.
_FUZZY_CUTOFF = 0.85
_RIVALS = 5
#: A title line set in columns: its pieces, and the fewest letters of a piece that can be a name
#: (OCR's specks beside a title, "‘" or "E -", are not).
_COLUMN_GAP = re.compile(r"\s{3,}")
_PIECE_CHARS = 3
#: Longest name, in words, tried when matching a name at the start of a line.
_MAX_NAME_WORDS = 9
#: Longest line taken as a possible title or territory heading.
_MAX_HEADING_CHARS = 80
#: Non-blank lines at the top of a document searched for its title.
_TITLE_LINES = 5
#: A heading in capitals may hold one letter in this many that OCR read in lower case.
_LOWER_SHARE = 10
#: Mentions of a name required before a name opening a long first line is believed.
_MIN_MENTIONS = 3

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_TRAILING_PAREN = re.compile(r"\s*\([^()]*\)?\s*$")
_LOWER = re.compile(r"[a-z]")
_OPENING = re.compile(
    r"\b(?:in|for the)\s+(?:19|20)\d\d\b(?:\s+reporting period)?,?\s*(?:the\s+)?"
    r"(?P<name>[^\n]{3,80})",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Country:
    """A country or territory: the output name and its ISO 3166-1 alpha-3 code."""

    name: str
    iso3: str


@dataclass(frozen=True)
class CountryMatch:
    """A country named in a text, the span of the naming line or phrase, and how it was found."""

    country: Country
    start: int
    end: int
    how: str


def normalise(name: str) -> str:
    """Fold a name to lowercase ASCII words so spelling variants compare equal."""
    folded = unicodedata.normalize("NFKD", name.replace("&", " and "))
    ascii_only = "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()
    words = _NON_ALNUM.sub(" ", ascii_only).split()
    return " ".join("saint" if word == "st" else word for word in words)


@cache
def _aliases() -> tuple[tuple[str, str, str], ...]:
    """Read the (alias, name, iso3) rows of the reports' own spellings, once."""
    rows = tuple((r["alias"], r["name"], r["iso3"]) for r in read_rows(ALIASES_FILE.name))
    names: dict[str, str] = {}
    for _alias, name, iso3 in rows:
        if names.setdefault(iso3, name) != name:
            raise ValueError(f"country_aliases.csv names {iso3} both {names[iso3]!r} and {name!r}")
    return rows


@cache
def _former_states() -> dict[str, str]:
    """ISO3 -> short name of the states withdrawn from ISO 3166 since the first report year,
    which some editions still cover ("Yugoslavia, (Socialist) Federal Republic of" ->
    "Yugoslavia", "Serbia and Montenegro")."""
    return {c.alpha_3: c.name.split(",")[0] for c in pycountry.historic_countries
            if int(c.withdrawal_date[:4]) >= FIRST_REPORT_YEAR}


@cache
def _names() -> dict[str, str]:
    """Map each ISO3 code to its one output name (alias file first, then pycountry)."""
    out = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    out.update(_former_states())
    out.update({iso3: name for _alias, name, iso3 in _aliases()})
    return out


@cache
def _index() -> dict[str, str]:
    """Map every normalised spelling (pycountry names and aliases) to its ISO3 code."""
    index: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                index[normalise(value)] = c.alpha_3
    for iso3, name in _former_states().items():
        index.setdefault(normalise(name), iso3)
    for alias, name, iso3 in _aliases():
        index[normalise(alias)] = iso3
        index[normalise(name)] = iso3
    for iso3, name in _names().items():
        index.setdefault(normalise(name), iso3)
    return index


def name_index() -> dict[str, str]:
    """Every normalised spelling of a country name -> its ISO3 code."""
    return _index()


def country_for_iso3(iso3: str) -> Country:
    """Return the country with this ISO3 code under the output naming rule."""
    code = iso3.upper()
    if code not in _names():
        raise KeyError(f"unknown ISO3 code {iso3!r}")
    return Country(_names()[code], code)


def _exact(name: str) -> Country | None:
    """Look a name up in the spelling index, also without a leading "the"."""
    key = normalise(name)
    iso3 = _index().get(key) or _index().get(key.removeprefix("the "))
    return country_for_iso3(iso3) if iso3 else None


@lru_cache(maxsize=1024)
def _fuzzy(name: str) -> Country | None:
    """Match an OCR-garbled name against the spelling index by string similarity; only a
    unique best: when spellings of two countries are equally close, neither is taken.
    Remembered: the same capitalised headings ("MODERATE ADVANCEMENT") open most profiles."""
    key = normalise(name)
    if len(key) < 4:
        return None
    close = difflib.get_close_matches(key, list(_index()), n=_RIVALS, cutoff=_FUZZY_CUTOFF)
    if not close:
        return None
    best = difflib.SequenceMatcher(None, key, close[0]).ratio()
    codes = {_index()[c] for c in close
             if difflib.SequenceMatcher(None, key, c).ratio() >= best}
    return country_for_iso3(codes.pop()) if len(codes) == 1 else None


def resolve_country(name: str, fuzzy: bool = True) -> Country | None:
    """Resolve a country name as printed to (output name, ISO3); None when unknown."""
    if not name or not name.strip():
        return None
    found = _exact(name)
    return _fuzzy(name) if found is None and fuzzy else found


#: A report year before or after the country in a file name, with its separator.
_YEAR_AROUND = re.compile(r"^(?:19|20)\d\d(?:-layout)?[\s_.-]+|[\s_.-]+(?:19|20)\d\d$")


def resolve_source_name(source_name: str) -> Country | None:
    """Resolve the country a file name states (e.g. "Congo, Republic of the.txt", also with a
    year before or after it, "2016-Montserrat.txt", as in a folder gathering several years)."""
    stem = PurePath(source_name).stem if source_name else ""
    if not stem:
        return None
    return _exact(stem) or _exact(_YEAR_AROUND.sub("", stem) or stem)


def name_at_start(text: str) -> tuple[Country, list[str]] | None:
    """Find the longest country name that opens the text; return it and its normalised words."""
    words = normalise(text).split()
    for size in range(min(_MAX_NAME_WORDS, len(words)), 0, -1):
        iso3 = _index().get(" ".join(words[:size]))
        if iso3:
            return country_for_iso3(iso3), words[:size]
    return None


def heading_country(line: str, fuzzy: bool = False) -> Country | None:
    """Resolve a whole heading line (an optional trailing parenthesis dropped) to a country."""
    text = line.strip()
    if fuzzy and len(text) > _MAX_HEADING_CHARS:
        text = "   ".join(_COLUMN_GAP.split(text))
    if not text or len(text) > _MAX_HEADING_CHARS:
        return None
    for candidate in (text, _TRAILING_PAREN.sub("", text)):
        found = _exact(candidate) if candidate else None
        if found:
            return found
    if not fuzzy:
        return None
    found = _fuzzy(_TRAILING_PAREN.sub("", text) or text)
    pieces = [p for p in _COLUMN_GAP.split(text) if len(normalise(p)) >= _PIECE_CHARS]
    if found is None and len(pieces) == 1 and pieces[0] != text:
        found = _exact(pieces[0]) or _fuzzy(_TRAILING_PAREN.sub("", pieces[0]) or pieces[0])
    return found


def _lines(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Split text[start:end] into non-blank lines with their offsets in text."""
    out = []
    pos = start
    for line in text[start:end].splitlines(keepends=True):
        if line.strip():
            body = line.rstrip("\r\n\f")
            out.append((pos, pos + len(body), body))
        pos += len(line)
    return out


def find_headings(text: str, start: int = 0, end: int | None = None) -> list[CountryMatch]:
    """List country title lines in text[start:end]: the title among the leading lines (up to
    the first prose line), then capitalised headings, as in a profile covering several
    territories one after another (matched also as OCR damaged them: ``_fuzzy``)."""
    found: list[CountryMatch] = []
    title_zone = True
    for number, (a, b, line) in enumerate(_lines(text, start, len(text) if end is None else end)):
        title_zone = title_zone and number < _TITLE_LINES
        mixed_case = len(_LOWER.findall(line)) * _LOWER_SHARE > sum(map(str.isalpha, line))
        if mixed_case and not title_zone:
            continue
        country = heading_country(line, fuzzy=(title_zone and not found) or not mixed_case)
        if country is None:
            title_zone = title_zone and not mixed_case
        elif not (found and found[-1].country == country):
            found.append(CountryMatch(country, a, b, "title" if title_zone else "heading"))
    return found


def _mentions(text: str, words: list[str]) -> int:
    """Count mentions of a normalised name (a list of words) in the text."""
    return f" {normalise(text)} ".count(f" {' '.join(words)} ")


def find_country(text: str, start: int = 0, end: int | None = None) -> CountryMatch | None:
    """Find the country a report is about in text[start:end]: the title line, a name opening
    the first line, or "In 2016, <Country> made" (TIP headings: analysis.detect.tip)."""
    stop = len(text) if end is None else end
    headings = find_headings(text, start, stop)
    if headings:
        return headings[0]
    first = _lines(text, start, stop)[:1]
    if first:
        a, b, line = first[0]
        hit = name_at_start(line)
        if hit and _mentions(text[start:stop], hit[1]) >= _MIN_MENTIONS:
            return CountryMatch(hit[0], a, b, "first line")
    for opening in _OPENING.finditer(text, start, stop):
        hit = name_at_start(opening["name"])
        if hit:
            return CountryMatch(hit[0], opening.start("name"), opening.end("name"), "opening")
    return None
