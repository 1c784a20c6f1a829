"""Page furniture: web-page chrome around a transcript, running headers, footers, page numbers.

The patterns of the series' running heads are data (``analysis/data/repair_running_heads.csv``);
the code here only decides where a matching line is furniture and removes it. The report's
own title block (the country line and assessment line at the very start) is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from analysis.datafiles import read_rows
from analysis.extract.edits import fewest_edits, levenshtein
from analysis.repair.base import (
    Line,
    Rule,
    drop_lines_edits,
    finish,
    regex_rule,
    split_lines,
    squeeze,
)
from analysis.repair.ledger import Edit
from analysis.schema import SERIES

_HEADING_PREFIX = re.compile(r"^#+\s*")
_NUMBER_LINE = re.compile(r"\d{1,4}")
# A line that can be a place name: capitalised words, with the small words of names between.
_NAME_LIKE = re.compile(
    r"[A-Z][\w'’.,()-]*(?: (?:[A-Z(][\w'’.,()-]*|of|and|the|da|de|du|des|la|et|del|y))*"
)
_THE = re.compile(r"\bthe\b", re.IGNORECASE)
# The first words of a profile's summary paragraph, which its assessment line heads
# ("In 2016, Chad made a moderate advancement", "For the 2016 reporting period, no assessment").
_SUMMARY = re.compile(
    r"^\s*(?:In|For) (?:the )?(?:19|20)\d\d\b[^.]{0,160}?"
    r"\b(?:made (?:a |an |no )?\w*\s?advancement|made efforts to eliminate|no assessment)",
    re.IGNORECASE,
)
# The first word of running text (a title block has none in lower case).
_FIRST_WORD = re.compile(r"\b[a-z]{3,}\b")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]?(?:\s+\d{1,4})?\s*$")


#: OCR may have made one edit in this many characters of a running head's words for the line
#: still to be that running head ("TRAFICKING lN PERSONS REP0RT").
_OCR_SHARE = 8
#: Where a footer's words may start in its squeezed line: after a page number and an edition.
_OCR_LEAD = 12
#: The longest run of literal capitals of a pattern: the running head's own words.
_LITERAL = re.compile(r"[A-Z][A-Z ]{6,}[A-Z]")
#: A word of a running head's pattern outside its longest literal run ("EDITION", "JUNE").
_TAIL_WORD = re.compile(r"(?<![A-Z])[A-Z]{4,}(?![A-Z])")
#: Characters OCR reads for a letter between letters, and for a digit next to a digit.
_AS_LETTER = str.maketrans("01|[]!5", "OIIIIIS")
_AS_DIGIT = {"O": "0", "I": "1", "L": "1", "S": "5"}


@dataclass(frozen=True)
class RunningHeads:
    """Compiled running-head patterns of one series, for whole lines and inside flowed text."""

    footer: re.Pattern[str]
    heading: re.Pattern[str]
    inline_footer: re.Pattern[str]
    inline_section: re.Pattern[str]
    inline_heading: re.Pattern[str]
    page_number: re.Pattern[str]
    footer_words: tuple[str, ...] = ()
    footer_tail_words: tuple[str, ...] = ()


def _respace(pattern: str, space: str, optional_space: str) -> str:
    """Rewrite the word separators of a pattern: " " outside character classes becomes
    ``space`` and " ?" becomes ``optional_space``; classes keep their text (in line form
    their spaces go too, as the line has none left)."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
            out.append("" if c == " " and not space else c)
        elif c == "[":
            in_class = True
            out.append(c)
        elif c == " " and pattern[i + 1 : i + 2] == "?":
            out.append(optional_space)
            i += 1
        elif c == " ":
            out.append(space)
        else:
            out.append(c)
        i += 1
    return "".join(out)


def _line_form(pattern: str) -> str:
    """The pattern for a line with its white space squeezed out."""
    return _respace(pattern, "", "")


def _inline_form(pattern: str) -> str:
    """The pattern for words separated by spaces inside running text."""
    return _respace(pattern, r"[ \t]+", r"[ \t]*")


def _alternation(patterns: list[str]) -> str:
    """Join patterns into one alternation (one that never matches when empty)."""
    return "|".join(f"(?:{p})" for p in patterns) or r"(?!)"


@cache
def running_heads(series: str) -> RunningHeads:
    """Compile the running-head patterns of a series from the data table."""
    if series not in SERIES:
        raise ValueError(f"unknown series {series!r}; expected one of {SERIES}")
    rows = [r for r in read_rows("repair_running_heads.csv") if r["series"] == series]
    by_kind = {
        k: [r["pattern"] for r in rows if r["kind"] == k]
        for k in ("footer", "section", "heading", "page_number")
    }
    footers = by_kind["footer"] + by_kind["section"]
    return RunningHeads(
        footer=re.compile(_alternation([_line_form(p) for p in footers])),
        heading=re.compile(_alternation([_line_form(p) for p in by_kind["heading"]])),
        inline_footer=re.compile(_alternation([_inline_form(p) for p in by_kind["footer"]])),
        inline_section=re.compile(_alternation([_inline_form(p) for p in by_kind["section"]])),
        inline_heading=re.compile(_alternation([_inline_form(p) for p in by_kind["heading"]])),
        page_number=re.compile(_alternation([_line_form(p) for p in by_kind["page_number"]])),
        footer_words=tuple(sorted({squeeze(max(_LITERAL.findall(p), key=len))
                                   for p in footers if _LITERAL.search(p)})),
        footer_tail_words=tuple(sorted({w for p in footers for w in _TAIL_WORD.findall(p)}
                                       - {w for p in footers for run in _LITERAL.findall(p)
                                          for w in run.split()})),
    )


def _ocr_footer(content: str, heads: RunningHeads) -> bool:
    """A line of capitals that is a footer as OCR read it: its running head's words within
    one edit in ``_OCR_SHARE`` characters ("TRAFF1CKING lN PERSONS REP0RT"), the hyphens,
    stops, commas and spaces OCR put in dropped, and the rest a footer's once letters read as
    digits beside digits and digits read as letters between letters are read back ("2O20",
    "EDITI0N") and its other words are mended ("EIT!ON", "]UNE")."""
    letters = [c for c in content if c.isalpha()]
    if len(letters) < 10 or sum(c.isupper() for c in letters) < 0.75 * len(letters):
        return False
    line = re.sub(r"[-.,]", "", squeeze(content)).upper()
    read = line.translate(_AS_LETTER)
    for words in heads.footer_words:
        most = max(1, len(words) // _OCR_SHARE)
        if fewest_edits(words, read) > most:
            continue
        spans = [(levenshtein(words, read[i:j]), i, j)
                 for i in range(min(_OCR_LEAD, len(read)) + 1)
                 for j in range(i + len(words) - most, i + len(words) + most + 1)
                 if j <= len(read)]
        edits, start, end = min(spans, default=(most + 1, 0, 0))
        if edits > most:
            continue
        tail = _read_back(line[end:])
        for word in heads.footer_tail_words:
            tail = _mend(tail, word)
        if heads.footer.fullmatch(_read_back(line[:start]) + words + tail):
            return True
    return False


def _mend(part: str, word: str) -> str:
    """``part`` with the stretch that is ``word`` as OCR read it ("EITION", "]UNE") written as
    the word; unchanged when none is within one edit in ``_OCR_SHARE`` characters (one at
    least)."""
    most = max(1, len(word) // _OCR_SHARE)
    read = part.translate(_AS_LETTER)
    spans = [(levenshtein(word, read[i:j]), i, j)
             for i in range(len(read))
             for j in range(i + len(word) - most, i + len(word) + most + 1)
             if i < j <= len(read)]
    edits, start, end = min(spans, default=(most + 1, 0, 0))
    return part[:start] + word + part[end:] if edits <= most else part


def _read_back(part: str) -> str:
    """Letters OCR read for digits beside digits, and digits read for letters between letters,
    read back ("2O2O" -> "2020", "EDITI0N" -> "EDITION")."""
    part = re.sub(r"(?<=\d)[OILS]|[OILS](?=\d)", lambda m: _AS_DIGIT[m.group()], part)
    return re.sub(r"(?<=[A-Z])[015|](?=[A-Z])", lambda m: m.group().translate(_AS_LETTER), part)


def _fold(name: str) -> str:
    """A name compared without case, spaces, quote style or a "the"."""
    return squeeze(_THE.sub("", name)).casefold().replace("’", "'")


_EMPTY = ("blank", "formfeed")


@dataclass(frozen=True)
class _Kinds:
    """What each line of a text is, as far as page furniture goes, and its neighbours."""

    kinds: list[str]
    lines: list[Line]
    next_nonblank: list[int | None]
    prev_nonblank: list[int | None]


def _classify(lines: list[Line], heads: RunningHeads, country: str | None) -> _Kinds:
    """Label each line: blank, formfeed, footer, heading, country, number or text."""
    key = _fold(country) if country else None
    kinds: list[str] = []
    for line in lines:
        content = line.text.replace("\f", "").strip()
        if not content:
            kinds.append("formfeed" if "\f" in line.text else "blank")
            continue
        bare = _HEADING_PREFIX.sub("", content) if content[0] == "#" else content
        capitals = squeeze(bare) if bare.isupper() else None
        footer = capitals is not None and heads.footer.fullmatch(capitals) is not None
        if footer or _ocr_footer(bare, heads):
            kinds.append("footer")
        elif capitals is not None and heads.heading.fullmatch(capitals):
            kinds.append("heading")
        elif key and len(bare) <= 2 * len(key) and _fold(bare) == key:
            kinds.append("country")
        elif content.isdigit() and _NUMBER_LINE.fullmatch(content):
            kinds.append("number")
        else:
            kinds.append("text")
    nxt: list[int | None] = [None] * len(kinds)
    prev: list[int | None] = [None] * len(kinds)
    last: int | None = None
    for i in range(len(kinds) - 1, -1, -1):
        nxt[i] = last
        if kinds[i] not in _EMPTY:
            last = i
    last = None
    for i, kind in enumerate(kinds):
        prev[i] = last
        if kind not in _EMPTY:
            last = i
    return _Kinds(kinds, lines, nxt, prev)


def _is_header_name(k: _Kinds, i: int) -> bool:
    """True when line ``i`` names the country right above an assessment line."""
    nxt = k.next_nonblank[i]
    if nxt is None or k.kinds[nxt] != "heading":
        return False
    if k.kinds[i] == "country":
        return True
    text = k.lines[i].text.replace("\f", "").strip()
    return (
        k.kinds[i] == "text"
        and len(text) <= 60
        and text[-1] not in ".,:;"
        and _NAME_LIKE.fullmatch(text) is not None
    )


def _heads_summary(k: _Kinds, i: int) -> bool:
    """True when assessment line ``i`` heads a summary paragraph ("In 2016, Chad made a
    moderate advancement ..."): a title of the profile or of one of its territories."""
    first = k.next_nonblank[i]
    if first is None:
        return False
    second = k.next_nonblank[first]
    following = k.lines[first].text + (" " + k.lines[second].text if second is not None else "")
    return _SUMMARY.match(following) is not None


def _repeats_first_line(k: _Kinds, i: int) -> bool:
    """True when line ``i`` opens a page and repeats the document's first line (a running
    title such as "Overseas Territories of the United Kingdom")."""
    line = k.lines[i].text
    if not line.lstrip(" \t").startswith("\f"):
        return False
    first = next((j for j, kind in enumerate(k.kinds) if kind not in _EMPTY), None)
    return first not in (None, i) and _fold(line.replace("\f", "")) == _fold(k.lines[first].text)


def _title_zone(k: _Kinds) -> set[int]:
    """The leading country/assessment lines: the report's own title block."""
    zone: set[int] = set()
    for i, kind in enumerate(k.kinds):
        if kind in _EMPTY:
            continue
        if kind in ("heading", "country") or _is_header_name(k, i):
            zone.add(i)
            continue
        break
    return zone


def _number(k: _Kinds, i: int) -> int:
    """The value of a bare-number line."""
    return int(k.lines[i].text.replace("\f", "").strip())


def _page_numbers(k: _Kinds) -> set[int]:
    """Bare-number lines that are page numbers: a number ending a page that agrees with the
    numbers ending other pages, or, on a page that ends without one, the single number set
    apart by blank lines whose value is the one the other pages call for."""
    has_pages = any("\f" in line.text for line in k.lines) or "footer" in k.kinds
    boundaries = [i for i, line in enumerate(k.lines) if line.text.lstrip(" \t").startswith("\f")]
    if has_pages:
        boundaries.append(len(k.lines))
    ends: dict[int, int] = {}  # page -> line of the number ending it
    for page, b in enumerate(boundaries):
        j = b - 1
        while j >= 0 and k.kinds[j] in ("blank", "formfeed", "footer"):
            j -= 1
        if j >= 0 and k.kinds[j] == "number":
            ends[page] = j
    agreed = {
        page: line
        for page, line in ends.items()
        if any(q != page and _number(k, m) - _number(k, line) == q - page for q, m in ends.items())
    }
    if not agreed:
        return set()
    first_page, first_line = min(agreed.items())
    offset = _number(k, first_line) - first_page
    found = set(agreed.values())
    for page, b in enumerate(boundaries):
        if page in agreed:
            continue
        top = boundaries[page - 1] if page else 0
        apart = [
            i
            for i in range(top, b)
            if k.kinds[i] == "number"
            and _number(k, i) == page + offset
            and (i == 0 or k.lines[i - 1].blank)
            and (i + 1 >= len(k.lines) or k.lines[i + 1].blank)
        ]
        if len(apart) == 1:
            found.add(apart[0])
    return found


def page_furniture(series: str, country: str | None) -> Rule:
    """Make the rule removing running headers, footers, page numbers and form feeds."""
    heads = running_heads(series)

    def rule(text: str) -> tuple[str, list[Edit]]:
        """Remove page furniture lines and form feeds, keeping the title block."""
        lines = split_lines(text)
        k = _classify(lines, heads, country)
        keep = _title_zone(k)
        for i, kind in enumerate(k.kinds):
            if kind == "heading" and _heads_summary(k, i):
                keep.add(i)
                name_line = k.prev_nonblank[i]
                if name_line is not None and _is_header_name(k, name_line):
                    keep.add(name_line)
        drop = _page_numbers(k)
        for i, kind in enumerate(k.kinds):
            if i in keep:
                continue
            if (
                kind in ("footer", "heading", "formfeed")
                or _is_header_name(k, i)
                or (kind == "country" and _stray_country(k, i))
                or (kind == "number" and heads.page_number.fullmatch(k.lines[i].text.strip())
                    and (_interrupts_sentence(k, i) or _beside_footer(k, i)))
                or (kind == "text" and _repeats_first_line(k, i))
            ):
                drop.add(i)
        edits = drop_lines_edits(text, lines, drop)
        for i, line in enumerate(lines):
            if i not in drop and "\f" in line.text:
                edits.extend(
                    Edit(line.start + m.start(), line.start + m.end(), "")
                    for m in re.finditer("\f", line.text)
                )
        edits.sort(key=lambda ed: (ed.start, ed.end))
        return finish(text, edits)

    return rule


def _interrupts_sentence(k: _Kinds, i: int) -> bool:
    """A bare number set apart by blank lines in the middle of a sentence ("convicted nine
    traffickers,", "282", "KENYA", "including six ..."): a page number where a page broke the
    text, since a sentence does not go on after a paragraph of its own. Other furniture lines
    between are looked past."""
    apart = (i > 0 and k.lines[i - 1].blank) and (i + 1 < len(k.lines) and k.lines[i + 1].blank)
    before, after = k.prev_nonblank[i], k.next_nonblank[i]
    while after is not None and k.kinds[after] in _FURNITURE:
        after = k.next_nonblank[after]
    while before is not None and k.kinds[before] in _FURNITURE:
        before = k.prev_nonblank[before]
    if not apart or before is None or after is None:
        return False
    last = k.lines[before].text.rstrip()
    first = k.lines[after].text.lstrip()
    return not re.search(r"[.!?:;\"'”’)\]]$", last) and first[:1].islower()


def _beside_footer(k: _Kinds, i: int) -> bool:
    """A bare number with a page footer as its next line above or below (blank lines between):
    the footer's page number, also where the page ends with a finished sentence."""
    return any(j is not None and k.kinds[j] == "footer"
               for j in (k.prev_nonblank[i], k.next_nonblank[i]))


#: Kinds of line a page break may put between the two halves of a sentence.
_FURNITURE = ("footer", "heading", "country", "number", "formfeed")


def _stray_country(k: _Kinds, i: int) -> bool:
    """A country-name line that is a page header: at a page top, or capitals set apart."""
    line = k.lines[i].text
    if line.lstrip(" \t").startswith("\f"):
        return True
    apart = (i == 0 or k.lines[i - 1].blank) and (i + 1 >= len(k.lines) or k.lines[i + 1].blank)
    return apart and line.strip().isupper()


def inline_running_heads(series: str, country: str | None) -> Rule:
    """Make the rule removing running heads that a flowed transcript ran into its text:
    footers with their page numbers and the next page's top line, and assessment lines
    (with the country name before them) after the title."""
    heads = running_heads(series)
    name = r"[ \t]+".join(re.escape(word) for word in country.upper().split()) if country else ""
    page_top = heads.inline_section.pattern + (f"|{name}" if name else "")
    footer = re.compile(
        rf"[ \t]*(?<![^\s])(?:{heads.inline_footer.pattern})"
        rf"(?P<top>[ \t]*\n\s*(?:{page_top})(?![^\s]))?[ \t]*"
    )
    named = f"(?:(?:{name}|{re.escape(country)})[ \t]+)?" if country else ""
    heading = re.compile(
        rf"[ \t]*(?<![^\s]){named}(?:{heads.inline_heading.pattern})(?![^\s])(?P<top>)[ \t]*"
    )

    def replace(m: re.Match[str]) -> str:
        """Join the text around the running head: space, paragraph break, or nothing."""
        text = m.string
        before = text[max(0, m.start() - 40) : m.start()]
        after = text[m.end() : m.end() + 1]
        if not after or after == "\n" or not before or before[-1] == "\n":
            return ""
        if m.group("top") and _SENTENCE_END.search(before) and re.match(r"[A-Z0-9]", after):
            return "\n\n"
        return " "

    def rule(text: str) -> tuple[str, list[Edit]]:
        """Remove running heads inside flowed text, keeping the title's assessment line."""
        body = _FIRST_WORD.search(text)
        title_end = body.start() if body else len(text)
        found = [
            *footer.finditer(text),
            *(m for m in heading.finditer(text) if m.start() >= title_end),
        ]
        edits: list[Edit] = []
        for m in sorted(found, key=lambda m: m.start()):
            if not edits or m.start() >= edits[-1].end:
                edits.append(Edit(m.start(), m.end(), replace(m)))
        return finish(text, edits)

    return rule


def inline_country_heads(country: str | None) -> Rule:
    """Make the rule removing the capitalised country name a transcript ran into its text."""
    if not country:
        return lambda text: (text, [])
    name = r"\s+".join(re.escape(word) for word in country.upper().split())
    pattern = re.compile(rf"(?<=\S)[ \t]+{name}(?=[ \t]+(\S+))")

    def replace(m: re.Match[str]) -> str | None:
        """Remove the name only between words of running text, not inside a capitals heading."""
        prev = m.string[max(0, m.start() - 80) : m.start()].rsplit(None, 1)[-1]
        if re.fullmatch(r"[A-Z]{2,}[.,:;]?", prev) or not re.search("[a-z]", m.group(1)):
            return None
        return ""

    return regex_rule(pattern, replace)


@cache
def _web_marker(kind: str) -> re.Pattern[str]:
    """The web-page marker lines of one kind, as one case-insensitive pattern."""
    rows = [r["pattern"] for r in read_rows("repair_web_markers.csv") if r["kind"] == kind]
    return re.compile(_alternation(rows), re.IGNORECASE)


def web_preamble(text: str) -> tuple[str, list[Edit]]:
    """Remove a web page's chrome (other documents' titles) before its ``Transcription:`` line."""
    marker = _web_marker("preamble_end")
    for line in split_lines(text):
        if marker.fullmatch(line.text.strip()):
            end = line.end
            while end < len(text) and text[end] in " \t\n\r\f":
                end += 1
            return finish(text, [Edit(0, end, "")])
    return text, []


def web_trailer(text: str) -> tuple[str, list[Edit]]:
    """Remove a web page's listing after the report (``Associated documents`` and the rest)."""
    marker = _web_marker("trailer_start")
    for line in split_lines(text):
        if line.start >= len(text) // 2 and marker.fullmatch(line.text.strip()):
            start = len(text[: line.start].rstrip())
            return finish(text, [Edit(start, len(text), "\n" if start else "")])
    return text, []
