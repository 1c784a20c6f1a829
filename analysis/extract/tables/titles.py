"""Table titles found by their words, tolerant of what OCR and PDF converters do to them.

A title line is "Table", a number and the title ("Table 6. Labor Law Enforcement Efforts
Related to Child Labor"). OCR prints the word and the number in many ways ("Tab1e I.", "Zable 6.",
"Table |.", "Table1", "Table 1 Statistics" without its full stop), and a converter may glue
the title to a figure caption printed beside it. So the number is read when it can be and
never relied on: a title is recognised by its prefix (any spelling of "Table" and of a one- or
two-digit number) and by its words, which are compared with the known title phrases of
``analysis/data/table_titles.csv`` (each with the table kind it names and the report years
it was printed in) after folding the letters OCR confuses (``fold``).

The comparison: the folded phrase must occur in the folded title text with at most one edit
(a letter changed, lost or added) per ``_EDIT_EVERY`` letters of the phrase, found by
approximate substring search (Sellers' algorithm); spaces and punctuation are not compared,
so lost or extra spaces and dropped punctuation cost nothing. A title of no known kind is
still a title when its prefix ends with a full stop or colon (a table the vocabulary does not
know bounds the one before it). Prose that mentions a table ("Table 2 provides an overview of
children's work by sector") is told apart by its case: a title capitalises its words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from analysis.datafiles import read_rows
from analysis.extract.edits import fewest_edits, levenshtein
from analysis.extract.tables.cells import fold

#: One edit allowed per this many letters of a known title phrase.
_EDIT_EVERY = 8
#: Share of a phrase's letter trigrams the title text must contain before it is compared.
_TRIGRAM_SHARE = 0.4
#: Share of the longer words of a title that must begin with a capital letter.
_CAPITALISED = 0.6
#: "Table" as printed or misread (a space, hyphen, full stop or quote OCR put between its
#: letters), then a number as OCR reads it, then a full stop or colon.
_SEP = r"[ \t.'‘’-]?"
_PREFIX = re.compile(
    r"(?P<markup>\*\*|#+[ \t]*)?"
    rf"(?P<table>(?i:[tz]{_SEP}[aáo@]{_SEP}[bh6]{_SEP}[l1i|!]{_SEP}[eéc3]))"
    r"(?![a-z])[ \t]*(?P<number>[0-9IlO|!io]{1,2}(?![A-Za-z0-9]))?[ \t]*(?P<stop>[.:,;])?[ \t]*"
)
#: "Table" damaged further, at the start of a line: a word of a few letters, after at most one
#: sign OCR put before it ("Tabl 1", "UTabile 1.", "-Table 1.", "Tabe 6."), then a number or a
#: full stop. Taken for "Table" only within ``_TABLE_EDITS`` edits of it, and only before the
#: words of a known title phrase (``match_title``).
_LOOSE_PREFIX = re.compile(
    r"^[ \t\f]*[^\w\s]?(?P<table>[A-Za-z]{3,8})"
    r"[ \t]*(?P<number>[0-9IlO|!io]{1,2}(?![A-Za-z0-9]))?[ \t]*(?P<stop>[.:,;])?[ \t]*"
)
_TABLE_EDITS = 2
#: One sign OCR put at the start of a title's line, before the spaces that indent it.
_STRAY_BEFORE = re.compile(r"[ \t\f]*[^\w\s][ \t\f]+")
_FIGURE = re.compile(r"F[il1|]g(?:ure|\.)?[ \t]*[0-9IlO|!]{1,2}\b")
_DIGITS = str.maketrans({"I": "1", "l": "1", "|": "1", "!": "1", "i": "1", "O": "0", "o": "0"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]{3,}")
CONT_RE = re.compile(r"\s*\(\s*c[o0]nt(?:inued|\.|,)?\s*\)?\.?\s*$", re.IGNORECASE)
FIGURE_TAIL = re.compile(r"\s+F[il1|]g(?:ure|\.)?\s*[0-9IlO|!]{1,2}\b.*$")


@dataclass(frozen=True)
class TitleRule:
    """A known title phrase: the kind of table it names and the report years that print it."""

    kind: str
    phrase: str
    first_year: int | None
    last_year: int | None

    @cached_property
    def folded(self) -> str:
        """The phrase folded for comparison."""
        return fold(self.phrase)


@dataclass(frozen=True)
class TitleLine:
    """A table title found on a line: its kind ("" when unknown), the number as printed
    (None when unreadable), the title text, and where the title and its text start."""

    kind: str
    number: int | None
    title: str
    start: int
    text_start: int


@cache
def title_rules() -> tuple[TitleRule, ...]:
    """The known title phrases (``analysis/data/table_titles.csv``)."""
    return tuple(
        TitleRule(r["kind"], r["phrase"], int(r["first_year"]) if r["first_year"] else None,
                  int(r["last_year"]) if r["last_year"] else None)
        for r in read_rows("table_titles.csv")
    )


def expected_kinds(report_year: int) -> list[str]:
    """The kinds of table a report of this year prints, by the years of their phrases (a
    phrase without a first year is recognised but expected in no edition)."""
    kinds: list[str] = []
    for r in title_rules():
        if r.first_year is None:
            continue
        if r.first_year <= report_year <= (r.last_year or 9999) and r.kind not in kinds:
            kinds.append(r.kind)
    return kinds


def _trigrams(s: str) -> set[str]:
    """The letter trigrams of a folded string."""
    return {s[k : k + 3] for k in range(len(s) - 2)}


def approximate_find(phrase: str, text: str) -> int | None:
    """The fewest edits that turn ``phrase`` into some substring of ``text``, or None when
    that is more than the phrase's allowance."""
    allowed = max(1, len(phrase) // _EDIT_EVERY)
    grams = _trigrams(phrase)
    if grams and len(grams & _trigrams(text)) < _TRIGRAM_SHARE * len(grams):
        return None
    best = fewest_edits(phrase, text)
    return best if best <= allowed else None


@lru_cache(maxsize=4096)
def title_kind(title: str) -> str:
    """The kind of table a title names ("" when no known phrase is in it)."""
    folded = fold(title)
    found = [(d, -len(r.folded), r.kind) for r in title_rules()
             if (d := approximate_find(r.folded, folded)) is not None]
    return min(found)[2] if found else ""


def capitalised(title: str) -> bool:
    """Whether a title capitalises most of its longer words (prose does not)."""
    words = _WORD.findall(title)
    return bool(words) and sum(w[0].isupper() for w in words) >= _CAPITALISED * len(words)


def read_number(printed: str | None) -> int | None:
    """A table number as OCR printed it ("I", "|", "l0"), or None when it is not one."""
    if not printed:
        return None
    digits = printed.translate(_DIGITS)
    return int(digits) if digits.isdigit() else None


def match_title(line: str, offset: int = 0) -> TitleLine | None:
    """The table title on a line, if it holds one: at its start (after one sign OCR put before
    its indentation, "-    Table 7."), or after a figure caption printed before it on the same
    line."""
    for m in _PREFIX.finditer(line):
        before = line[: m.start()]
        if (before.strip(" \t\f") and not _STRAY_BEFORE.fullmatch(before)
                and not (_FIGURE.search(before) and before.endswith((" ", "\t")))):
            continue
        rest = line[m.end():]
        title = FIGURE_TAIL.sub("", rest)
        kind = title_kind(CONT_RE.sub("", title)) if capitalised(title) else ""
        if not kind and not (m.group("stop") in (".", ":") and m.group("number")
                             and rest[:1].isupper()):
            continue
        return TitleLine(kind, read_number(m.group("number")), rest,
                         offset + m.start("table"), offset + m.end())
    return _loose_title(line, offset)


def _loose_title(line: str, offset: int) -> TitleLine | None:
    """The title on a line whose "Table" OCR damaged past ``_PREFIX`` (``_LOOSE_PREFIX``):
    only a title of a known kind, capitalised, after a number or a full stop."""
    m = _LOOSE_PREFIX.match(line)
    if not m or not (m.group("number") or m.group("stop")):
        return None
    word = fold(m.group("table"))
    if levenshtein(word, "table") > _TABLE_EDITS:
        return None
    rest = line[m.end():]
    title = FIGURE_TAIL.sub("", rest)
    kind = title_kind(CONT_RE.sub("", title)) if capitalised(title) else ""
    if not kind:
        return None
    return TitleLine(kind, read_number(m.group("number")), rest, offset + m.start("table"),
                     offset + m.end())


def next_title(text: str, pos: int) -> int | None:
    """Where the first table title line at or after ``pos`` starts, if any."""
    start = text.rfind("\n", 0, pos) + 1
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if start >= pos and match_title(text[start:end]) is not None:
            return start
        start = end + 1
    return None
