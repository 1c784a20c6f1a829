"""The sentence grammar DOL and TIP prose share: for which year a figure is, whether it is
compared with another, where a sentence ends, and how a figure is qualified.

"In 2010, the government identified 82 victims, compared with 59 in 2009", "(95 in 2016)",
"during the previous reporting period", "the same number as in 2009", "approximately 800".
The phrasings are data: ``analysis/data/grammar.csv`` holds named regex pieces (a space means
any run of whitespace, since text may break a line anywhere; ``{NAME}`` inserts an earlier
piece) and ``analysis/data/prose_qualifiers.csv`` the qualifier words. The DOL prose reader and
the TIP narrative reader build their patterns from these pieces and read years through
``year_mentions``; what each series does with a comparison is its own policy (DOL prose skips
compared figures, TIP narratives give them the earlier year).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from analysis.datafiles import read_rows
from analysis.extract.numbers import NUMBER, NUMBER_WORDS
from analysis.notation import CITATION

_FLAGS = re.IGNORECASE
#: Pieces defined in code that grammar.csv may use: REFERENCES, a citation group
#: (``analysis.notation.CITATION``, the one definition the table readers use too).
_DEFINED = {"REFERENCES": CITATION}
#: Pieces matched case-sensitively (a capital letter is what makes an abbreviation).
_CASED = frozenset({"ABBREVIATION", "CITATION"})
#: A parenthesis that opens with a figure ("(95 in 2016)", "(eight in 2016)").
_PAREN_FIGURE = re.compile(
    rf"\(\s*(?:[a-z]+s\s+(?:in|of|against)\s+)?"  # "(convictions in eight cases in 2017"
    rf"(?:(?:approximately|about|some|nearly|over|at\s+least)\s+)?"
    rf"(?:\$|US\$|€|EUR\s*)?(?:{NUMBER}|\b(?:{NUMBER_WORDS})\b|no|none)",
    _FLAGS,
)
_NEW_CLAUSE = re.compile(
    rf";|,\s*(?:and|but|while|whereas|(?:al)?though)\s+(?!(?:(?:a\s+total\s+of|at\s+least|only|"
    rf"approximately|about|some)\s+)?(?:\d|\$|(?:{NUMBER_WORDS})\b))(?![a-z]+ing\b)",
    _FLAGS,
)

#: ", and prosecuting": a gerund coordinated after a comparison, which opens a clause of its own
#: where a comparison of its own follows ("investigating one case, compared with nine in 2018,
#: and prosecuting eight traffickers, compared with seven in 2018").
_AND_GERUND = re.compile(r",\s*and\s+(?=[a-z]+ing\b)", _FLAGS)


def _clause_end(s: str, at: int) -> int:
    """Where the clause going on at ``at`` ends (the next new clause, else the sentence's end)."""
    found = _NEW_CLAUSE.search(s, at)
    return found.start() if found else len(s)


#: After a semicolon, the next item of a list of figures ("; and 185 investigations").
_LISTED_FIGURE = re.compile(rf"\s*(?:and\s+)?(?:\d|(?:{NUMBER_WORDS})\b)", _FLAGS)


@cache
def pieces() -> dict[str, str]:
    """The named pieces of grammar.csv, each expanded (a later piece may use earlier ones)."""
    out: dict[str, str] = dict(_DEFINED)
    for row in read_rows("grammar.csv"):
        out[row["name"]] = expand(row["regex"], out)
    return out


def expand(pattern: str, known: dict[str, str] | None = None) -> str:
    """Replace ``{NAME}`` by its piece and each space by ``\\s+``."""
    table = pieces() if known is None else known
    spaced = pattern.replace(" ", r"\s+")
    return re.sub(r"\{([A-Z_]+)\}", lambda m: table[m[1]], spaced)


@cache
def compiled(name: str) -> re.Pattern[str]:
    """A piece compiled (case-insensitive, except ABBREVIATION and CITATION)."""
    return re.compile(pieces()[name], 0 if name in _CASED else _FLAGS)


@cache
def qualifier_words() -> dict[str, str]:
    """Qualifier word -> qualifier ("approximately" -> "approximate"; "a total of" -> "")."""
    return {w: row["qualifier"] for row in read_rows("prose_qualifiers.csv")
            for w in row["words"].split("|")}


def qualifier_alternatives() -> str:
    """The qualifier words as one regex alternation, longest first."""
    words = sorted(qualifier_words(), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


_BOUNDARY = re.compile(
    r"(?P<end>[.!?][\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[A-Z0-9$€])|\n[ \t]*\n\s*"
    r"|(?<=[a-z0-9])(?P<glued>\.)(?=[A-Z][a-z]{2})"
)


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentences of running prose in text[start:end]: cut at . ! ? before a capital, a digit or
    a currency sign (not after an abbreviation), and at blank lines; trimmed of space."""
    stop = len(text) if end is None else end
    spans = []
    pos = start
    for m in _BOUNDARY.finditer(text, start, stop):
        punct = m["end"] or m["glued"] or ""
        if punct.startswith(".") and ends_with_abbreviation(text, m.start(), start):
            continue
        spans.append((pos, m.start() + len(punct)))
        pos = m.end()
    spans.append((pos, stop))
    out = []
    for s, e in spans:
        piece = text[s:e]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece.rstrip())
        if trail > lead:
            out.append((s + lead, s + trail))
    return out


def ends_with_abbreviation(text: str, pos: int, start: int = 0) -> bool:
    """Whether the full stop at ``pos`` closes an abbreviation ("U.S.", "No.", "e.g.")."""
    return compiled("ABBREVIATION").search(text, max(start, pos - 8), pos) is not None


@dataclass(frozen=True)
class YearMention:
    """A year a sentence names, or "the previous year"; ``year`` is None for a span of years
    and for a relative mention."""

    start: int
    end: int
    year: int | None
    partial: bool = False
    relative: bool = False
    span: bool = False
    comparative: bool = False
    match: re.Match[str] | None = None
    listed: tuple[int, ...] = ()


@dataclass(frozen=True)
class Segment:
    """A stretch of a sentence about the year reported on, or a comparison with another."""

    start: int
    end: int
    comparative: bool


def segments(s: str, parentheses: bool = True) -> list[Segment]:
    """Split a sentence into stretches about the year reported on and comparisons: from a
    comparison word ("compared with", "an increase from", "the same number as", a sentence
    opening "In comparison,") to the next clause, the words of a time compared with and no
    figure ("than in the previous reporting period"), and (unless ``parentheses`` is false)
    every parenthesis that opens with a figure and names a year ("(95 in 2016)")."""
    opener = compiled("COMPARISON_OPENER").match(s)
    starts = [m.start() for m in (*compiled("COMPARISON").finditer(s),
                                  *compiled("SAME_AS").finditer(s))]
    starts += [opener.start()] if opener else []
    # a sentence that opens as a comparison lists the earlier figures past its semicolons
    # ("In comparison, in 2013 ... 16 prosecutions under Article 231; 12 investigations ..."),
    # though not into a clause of its own ("By comparison, it referred 12; it also ...")
    marks = sorted(
        [(at, True) for at in starts]
        + [(m.end(), False) for m in _NEW_CLAUSE.finditer(s)
           if not (opener and m[0] == ";" and _LISTED_FIGURE.match(s, m.end()))]
        + [(m.end(), False) for m in _AND_GERUND.finditer(s)
           if any(m.end() < at < _clause_end(s, m.end()) for at in starts)]
        + [(close, False) for at in starts if (close := _paren_close(s, at)) >= 0]
    )
    out: list[Segment] = []
    pos, comparative = 0, False
    for at, starts_comparison in marks:
        if at > pos:
            out.append(Segment(pos, at, comparative))
            pos = at
        comparative = starts_comparison
    out.append(Segment(pos, len(s), comparative))
    for m in compiled("COMPARED_TIME").finditer(s):
        out = _mark(out, m.start(), m.end())  # "fewer ... than in the previous reporting period"
    if not parentheses:
        return out
    for paren in _PAREN_FIGURE.finditer(s):
        close = s.find(")", paren.end())
        if close >= 0 and compiled("YEAR_PHRASE").search(s, paren.start(), close):
            out = _mark(out, paren.start(), close + 1)
    return out


def _paren_close(s: str, at: int) -> int:
    """Where the parenthesis a comparison opens inside ends ("327 for sex trafficking
    (compared to 363 in 2016) and 11 for labor trafficking": the 11 is compared with nothing),
    or -1 when it is not inside one."""
    opened = s.rfind("(", 0, at)
    if opened < 0 or ")" in s[opened:at]:
        return -1
    close = s.find(")", at)
    return close + 1 if close >= 0 else -1


def _mark(found: list[Segment], start: int, end: int) -> list[Segment]:
    """Segments with [start, end) cut out of them as a comparison."""
    out: list[Segment] = []
    for seg in found:
        if seg.end <= start or seg.start >= end:
            out.append(seg)
            continue
        if seg.start < start:
            out.append(Segment(seg.start, start, seg.comparative))
        out.append(Segment(max(seg.start, start), min(seg.end, end), True))
        if seg.end > end:
            out.append(Segment(end, seg.end, seg.comparative))
    return out


def segment_at(found: list[Segment], pos: int) -> Segment:
    """The segment holding a position."""
    return next((seg for seg in found if seg.start <= pos < seg.end), found[-1])


def year_of(m: re.Match[str]) -> tuple[int | None, bool]:
    """The year a YEAR_PHRASE match names (None for a span of years or a period crossing a
    year's end) and whether it is part of a year ("as of June 2016" is, "as of December" is
    not)."""
    if m["pyear"]:
        crosses = m["pyear_start"] and m["pyear_start"] != m["pyear"]
        return (None, False) if crosses else (int(m["pyear"]), True)
    if m["range"]:
        return None, False
    as_of = m[0].lower().startswith("as") and m["month"] and not m["month"].lower().endswith(
        "december")
    return int(m["year"]), bool(m["part"] or as_of)


def _listed(m: re.Match[str]) -> tuple[int, ...]:
    """The years of "in 2018 and 2017" (two years, not a span), else ()."""
    if not m["range"] or not m["year"]:
        return ()
    second = re.fullmatch(r"\s*and\s*((?:19|20)\d\d)", m["range"])
    return (int(m["year"]), int(second[1])) if second else ()


def year_mentions(s: str, found: list[Segment] | None = None) -> list[YearMention]:
    """Every year a sentence (or text) names, with "the previous year" mentions, in order;
    each marked comparative when it sits in a comparison."""
    parts = segments(s) if found is None else found
    out = []
    for m in compiled("YEAR_PHRASE").finditer(s):
        year, partial = year_of(m)
        out.append(YearMention(m.start(), m.end(), year, partial, span=year is None,
                               comparative=segment_at(parts, m.start()).comparative, match=m,
                               listed=_listed(m)))
    for m in compiled("RELATIVE_YEAR").finditer(s):
        out.append(YearMention(m.start(), m.end(), None, relative=True,
                               comparative=segment_at(parts, m.start()).comparative, match=m))
    return sorted(out, key=lambda y: y.start)
