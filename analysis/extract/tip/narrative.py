"""Trafficking in Persons (TIP) country narratives: the tier and the enforcement figures.

Figures are read sentence by sentence from the Prosecution, Protection and Prevention
sections. Which phrase means which measure is data (``analysis/data/tip_patterns.csv``, first
matching row wins); this module holds only the grammar the narratives share: sections,
sentences, the year a figure is about, comparisons with an earlier year ("an increase from 49
investigations in 2009", "the same number as in 2009"), and splits of a count by kind
("including 13 victims of forced labor", "21 cases (15 sex trafficking, 6 forced labor)").
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from analysis.config import PACKAGE_DATA
from analysis.detect.tip import TIER_LINE
from analysis.extract.numbers import (
    MONEY,
    NUMBER,
    NUMBER_DIGITS,
    NUMBER_WORDS,
    SCALE,
    Figure,
    find_numbers,
)
from analysis.extract.records import Enforcement, Extraction

DOMAIN = "trafficking"
KINDS = ("figure", "ignore", "split", "not_published")
WARN_SECTIONS = frozenset({"prosecution", "protection"})

#: Words that may stand between a verb and its figure: "identified only 13", "a total of 32".
_Q = (
    r"(?:(?:a\s+total\s+of|at\s+least|only|approximately|about|around|some|nearly|almost|"
    r"roughly|more\s+than|over|an\s+estimated|fewer\s+than|less\s+than|up\s+to|just)\s+){0,2}"
)
_PLACEHOLDERS = {
    "{q}": _Q,
    "{n}": rf"(?P<fig>{NUMBER})",
    # "$70,000", also after a local-currency amount: "10.5 million tenge ($70,000)".
    "{m}": rf"(?:{NUMBER_DIGITS}{SCALE}?\s+(?:[A-Za-z]+\s+){{1,3}}(?:\([A-Z]{{2,4}}\)\s+)?"
           rf"\((?:approximately\s+|about\s+)?)?(?P<fig>{MONEY})\)?",
}

_HEADING = re.compile(
    r"^[ \t]*(?P<name>prosecution|protection|prevention)[ \t]*(?::[ \t]*|\r?$)", re.I | re.M
)
_STOP = re.compile(r"^[ \t]*(?:trafficking\s+profile|associated\s+documents)\b", re.I | re.M)

_BOUNDARY = re.compile(r"(?P<end>[.!?][\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[A-Z0-9$])|\n[ \t]*\n\s*")
_ABBREVIATION = re.compile(
    r"(?:\b(?:U\.S|U\.N|No|Nos|Art|Arts|Mr|Mrs|Ms|Dr|St|e\.g|i\.e|approx|Inc|Ltd|Co|vs|Gov|"
    r"Jan|Feb|Aug|Sept?|Oct|Nov|Dec)|(?<![\w.])[A-Z])$"
)

_YEAR = re.compile(
    r"\b(?:in|during|for|throughout|of|by|within)\s+(?:(?:calendar|fiscal)\s+year\s+|FY\s?)?"
    r"(?P<year>(?:19|20)\d{2})\b(?![-–/]\d)",
    re.I,
)
_PREVIOUS = re.compile(
    r"\b(?:the\s+)?(?:previous|prior|preceding|last)\s+(?:reporting\s+period|year|period)\b", re.I
)
_COMPARE = re.compile(
    r"\b(?:compared\s+(?:with|to)|(?:(?:an?|the)\s+)?(?:(?:significant|slight|sharp|marked|"
    r"overall|notable|substantial|considerable|large|small|modest|dramatic)\s+)?(?:increase|"
    r"decrease|rise|drop|decline|reduction|jump)\s+(?:from|over|compared\s+(?:with|to))|"
    r"(?:up|down)\s+from|versus|vs\.|as\s+opposed\s+to|in\s+contrast\s+(?:to|with))\b",
    re.I,
)
_SAME = re.compile(
    r"\bthe\s+same\s+(?:number\s+|amount\s+|figure\s+|total\s+)?as\s+(?:in\s+|during\s+|for\s+)?"
    r"(?:(?P<year>(?:19|20)\d{2})\b|(?:the\s+)?(?:previous|prior|preceding|last)\s+"
    r"(?:reporting\s+period|year))",
    re.I,
)
_NEW_CLAUSE = re.compile(
    rf";|,\s*(?:and|but|while|whereas)\s+(?!{_Q}(?:\d|\$|(?:{NUMBER_WORDS})\b))", re.I
)
_CLAUSE_END = re.compile(r"[,;()]")
_NP_STOP = re.compile(
    r"[,;:()\[\]—–]|\.(?=\s|$)|\b(?:and|or)\s+\w+(?:ed|ing)\b|"
    r"\b(?:in|during|involving|with|under|who|whom|which|that|including|compared|"
    r"while|whereas|but|because|since|after|before|when|where|despite|as|than|an?\s+(?:increase|"
    r"decrease)|the\s+(?:previous|prior|preceding|same))\b",
    re.I,
)
_NP_WORDS = 8

_REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:articles?|arts?|nos?|numbers?|laws?|decrees?|resolutions?|sections?|paragraphs?|"
    r"parts?|clauses?|chapters?|items?|annex)\.?\s*|\d\)?[-–/(]\s*|\d\)\s*)$",
    re.I,
)
_LIST_GAP = re.compile(r"(?:[\s,()\-–]|\b[a-z]\b|\band\b|\bor\b)*", re.I)
_PERCENT_AFTER = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)", re.I)
_DURATION_AFTER = re.compile(
    rf"\s*(?:(?:to|and|or|-|–)\s*{NUMBER}\s*)?[-\s]?(?:years?|months?|days?|weeks?|hours?)\b", re.I
)
_INCLUDING = re.compile(
    rf"\b(?:including|of\s+whom|of\s+which|of\s+these|of\s+them|among\s+(?:them|whom|these))"
    rf"\s+{_Q}$",
    re.I,
)
_LIST_ITEM = re.compile(rf"(?:\(|,|;|\band)\s*{_Q}$", re.I)
_PAREN_OPENS_WITH_FIGURE = re.compile(rf"\(\s*{_Q}(?:{NUMBER})", re.I)
_COORDINATED = re.compile(rf"(?:,|\band)\s*{_Q}$", re.I)
_OF_THOSE = re.compile(rf"\bof\s+(?:those|these|them|the|all)\b[^,;()]{{0,60}},\s*{_Q}$", re.I)
_OPEN_PAREN_BEFORE = re.compile(r"\(\s*(?:approximately\s+|about\s+)?$", re.I)
_LOCAL_MONEY_AFTER = re.compile(
    r"\s+(?:[A-Za-z]+\s+){0,3}(?:\([A-Z]{2,4}\)\s*)?\(\s*(?:approximately\s+|about\s+)?"
    r"(?:\$|US\$|USD)"
)
#: A capitalised word in what a count counts ("82 Kazakhstani victims", "victims from
#: Uzbekistan") marks a subset by nationality or place, not a national total.
_PROPER_WORD = re.compile(r"\b[A-Z][a-z]{2,}")
_YEAR_AFTER = re.compile(
    r"\s+(?:in|during|for)\s+(?:(?:19|20)\d{2}\b|(?:the\s+)?(?:previous|prior|preceding|last)\s)",
    re.I,
)
_QUALIFIERS = (
    (re.compile(r"\b(?:at\s+least|more\s+than|in\s+excess\s+of|upwards\s+of|"
                r"(?<!increase\s)(?<!decrease\s)over)\s*\(?$", re.I), "at_least"),
    (re.compile(r"\b(?:approximately|about|around|nearly|almost|roughly|some|an\s+estimated|"
                r"estimated)\s*\(?$", re.I), "approximate"),
    (re.compile(r"\b(?:fewer\s+than|less\s+than|up\s+to|no\s+more\s+than|at\s+most)\s*\(?$",
                re.I), "at_most"),
)
_COUNT_NOUN_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:cases?|victims?|traffickers?|offenders?|suspects?|defendants?|"
    r"perpetrators?|investigations?|prosecutions?|convictions?|persons|individuals|people)\b",
    re.I,
)
_COUNT_VERB_BEFORE = re.compile(
    r"\b(?:investigat|prosecut|convict|identif|assist|refer|rescu|sentenc|arrest|charg|indict|"
    r"detain|shelter)\w*\s+(?:[\w-]+\s+){0,2}?$",
    re.I,
)


@dataclass(frozen=True)
class Pattern:
    """One row of the TIP vocabulary, compiled: a phrase and what it means."""

    kind: str
    measure: str
    unit: str
    group: str
    regex: re.Pattern[str]
    anchored: bool = False  # starts with the figure: tried only where a figure starts


#: Figure span -> (first vocabulary row matching it, start and end of that match).
_Matches = dict[tuple[int, int], tuple[Pattern, int, int]]


@dataclass(frozen=True)
class _Segment:
    """A stretch of a sentence about the current year, or about an earlier one (comparative)."""

    start: int
    end: int
    comparative: bool


@dataclass(frozen=True)
class _Year:
    """A year named in a sentence ("in 2009"); ``year`` None for "the previous year"."""

    start: int
    end: int
    year: int | None


@dataclass
class _Hit:
    """A figure of a sentence and what it was read as."""

    fig: Figure
    unit: str
    at: int
    role: str = "unmapped"  # figure, child, ignore, unmapped
    base: str = ""
    splits: dict[str, str] = field(default_factory=dict)
    year: int = 0
    label_start: int = 0
    label_end: int = 0
    np_end: int = 0
    parent: _Hit | None = None


@dataclass
class _Sentence:
    """One sentence of a section, with the years, segments and figures found in it."""

    text: str
    offset: int
    section: str
    segments: list[_Segment]
    years: list[_Year]
    figures: list[Figure]
    current_year: int


def _expand(pattern: str) -> str:
    """Replace the placeholders {q}, {n}, {m} of a vocabulary pattern by their regexes."""
    for key, value in _PLACEHOLDERS.items():
        pattern = pattern.replace(key, value)
    return pattern


@lru_cache(maxsize=1)
def load_patterns() -> tuple[Pattern, ...]:
    """The rows of analysis/data/tip_patterns.csv, compiled, in file order (first match wins)."""
    path = PACKAGE_DATA / "tip_patterns.csv"
    out = []
    for row in csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))):
        kind, raw = row["kind"], row["pattern"]
        has_figure = "{n}" in raw or "{m}" in raw
        if kind not in KINDS or has_figure != (kind in ("figure", "ignore")):
            raise ValueError(f"tip_patterns.csv: bad row {row}")
        if has_figure and ("{m}" in raw) != (row["unit"] == "usd"):
            raise ValueError(f"tip_patterns.csv: {{m}} is for usd, {{n}} for counts: {row}")
        expanded = _expand(raw)
        anchored = raw.startswith(("{n}", "{m}"))
        if has_figure:
            # Anchored rows are matched at each figure; the others at every position, inside
            # a lookahead so that overlapping phrases are all found.
            expanded = rf"(?P<all>{expanded})" if anchored else rf"(?=(?P<all>{expanded}))"
        regex = re.compile(expanded, re.I)
        out.append(Pattern(kind, row["measure"], row["unit"], row["group"], regex, anchored))
    return tuple(out)


def sections(text: str) -> list[tuple[str, int, int]]:
    """The Prosecution / Protection / Prevention sections as (name, body start, body end)."""
    marks = [(m.start(), m.end(), m["name"].lower()) for m in _HEADING.finditer(text)]
    marks += [(m.start(), m.end(), "") for m in (*_STOP.finditer(text),
                                                  *TIER_LINE.finditer(text))]
    marks.sort()
    return [
        (name, end, marks[i + 1][0] if i + 1 < len(marks) else len(text))
        for i, (_, end, name) in enumerate(marks)
        if name
    ]


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans in text[start:end]: cut at . ! ? before a capital, and at blank lines."""
    spans = []
    pos = start
    for m in _BOUNDARY.finditer(text, start, end):
        punct = m["end"] or ""
        if punct.startswith(".") and _ABBREVIATION.search(text, max(start, m.start() - 8),
                                                          m.start()):
            continue
        spans.append((pos, m.start() + len(punct)))
        pos = m.end()
    spans.append((pos, end))
    out = []
    for s, e in spans:
        piece = text[s:e]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece.rstrip())
        if trail > lead:
            out.append((s + lead, s + trail))
    return out


def _segments(s: str) -> list[_Segment]:
    """Split a sentence into stretches about the current year and comparisons with earlier."""
    marks = sorted(
        [(m.start(), True) for m in (*_COMPARE.finditer(s), *_SAME.finditer(s))]
        + [(m.end(), False) for m in _NEW_CLAUSE.finditer(s)]
    )
    out = []
    pos, comparative = 0, False
    for at, starts_comparison in marks:
        if at > pos:
            out.append(_Segment(pos, at, comparative))
            pos = at
        comparative = starts_comparison
    out.append(_Segment(pos, len(s), comparative))
    return out


def _years(s: str) -> list[_Year]:
    """Years a sentence names ("in 2010", "during the previous year"), in order."""
    found = [_Year(m.start(), m.end(), int(m["year"])) for m in _YEAR.finditer(s)]
    found += [_Year(m.start(), m.end(), None) for m in _PREVIOUS.finditer(s)]
    return sorted(found, key=lambda y: y.start)


def _sentence(text: str, start: int, end: int, section: str, default_year: int) -> _Sentence:
    """Gather what the grammar needs to know about one sentence."""
    s = text[start:end]
    segments = _segments(s)
    years = _years(s)
    current = next(
        (y.year for y in years if y.year is not None
         and not _segment_at(segments, y.start).comparative),
        default_year,
    )
    return _Sentence(s, start, section, segments, years, find_numbers(s), current)


def _segment_at(segments: list[_Segment], pos: int) -> _Segment:
    """The segment holding a position."""
    return next((seg for seg in segments if seg.start <= pos < seg.end), segments[-1])


def _resolve(sent: _Sentence, year: _Year) -> int:
    """The year a year mention stands for ("the previous year" = the sentence's year - 1)."""
    return year.year if year.year is not None else sent.current_year - 1


def _year_for(sent: _Sentence, fig: Figure, parent: _Hit | None) -> int:
    """The year a figure is about: named in its clause, its parent's, its segment's, else the
    sentence's (the reporting period when the sentence names none)."""
    seg = _segment_at(sent.segments, fig.start)
    stop = _CLAUSE_END.search(sent.text, fig.end, seg.end)
    clause_end = stop.start() if stop else seg.end
    after = [y for y in sent.years if fig.end <= y.start and y.end <= clause_end]
    if after:
        return _resolve(sent, after[0])
    if parent is not None:
        return parent.year
    inside = [y for y in sent.years if seg.start <= y.start and y.end <= seg.end]
    if seg.comparative:
        return _resolve(sent, inside[0]) if inside else sent.current_year - 1
    before = [y for y in inside if y.end <= fig.start]
    if before:
        return _resolve(sent, before[-1])
    return _resolve(sent, inside[0]) if inside else sent.current_year


def _not_a_count(s: str, fig: Figure) -> bool:
    """Years, percentages, durations ("two to 14 years") and figures glued to letters ("1st",
    "G20") are not counts."""
    if re.fullmatch(r"(?:19|20)\d{2}", fig.text) or _PERCENT_AFTER.match(s, fig.end):
        return True
    if _DURATION_AFTER.match(s, fig.end):
        return True
    before = s[fig.start - 1] if fig.start else " "
    after = s[fig.end] if fig.end < len(s) else " "
    return before.isalnum() or (after.isalpha() and fig.text[-1].isdigit())


def _is_reference(s: str, fig: Figure, previous_reference_end: int | None) -> bool:
    """Article and law numbers ("Articles 128, 133, 125(3)(b)", "132-1") are not counts."""
    if _REFERENCE_BEFORE.search(s, max(0, fig.start - 14), fig.start):
        return True
    return (
        previous_reference_end is not None
        and fig.start - previous_reference_end <= 12
        and _LIST_GAP.fullmatch(s, previous_reference_end, fig.start) is not None
    )


def _np_end(sent: _Sentence, fig: Figure, limit: int) -> int:
    """End of the words after a figure that say what it counts ("victims of forced labor")."""
    stop = _NP_STOP.search(sent.text, fig.end, limit)
    end = stop.start() if stop else limit
    words = list(re.finditer(r"\S+", sent.text[fig.end:end]))[:_NP_WORDS]
    if not words:
        return fig.end
    phrase = sent.text[fig.end : fig.end + words[-1].end()]
    phrase = re.sub(r"(?:\s+(?:and|or))+$", "", phrase)
    return fig.end + len(phrase)


def _splits(phrase: str, unit: str, patterns: tuple[Pattern, ...]) -> dict[str, str]:
    """The split suffixes a phrase names, by group; a group named twice is dropped."""
    found: dict[str, str] = {}
    clash: set[str] = set()
    for p in patterns:
        if p.kind == "split" and p.unit == unit and p.regex.search(phrase):
            if found.get(p.group, p.measure) != p.measure:
                clash.add(p.group)
            found.setdefault(p.group, p.measure)
    return {g: m for g, m in found.items() if g not in clash}


def _measure(hit: _Hit, patterns: tuple[Pattern, ...]) -> str:
    """The measure name: base plus split suffixes in vocabulary order."""
    order = [p.measure for p in patterns if p.kind == "split"]
    return hit.base + "".join(sorted(hit.splits.values(), key=order.index))


def _pattern_hits(sent: _Sentence, patterns: tuple[Pattern, ...]) -> _Matches:
    """For each figure span a vocabulary row matches: the first such row and its span."""
    found: _Matches = {}
    for p in patterns:
        if p.kind not in ("figure", "ignore"):
            continue
        if p.anchored:
            tried = (p.regex.match(sent.text, f.start) for f in sent.figures)
            matches = [m for m in tried if m is not None]
        else:
            matches = list(p.regex.finditer(sent.text))
        for m in matches:
            found.setdefault(m.span("fig"), (p, *m.span("all")))
    return found


def _closed_paren_between(s: str, pos: int, end: int) -> bool:
    """Whether ``pos`` lies inside a parenthesis that closes before ``end``."""
    return s.rfind("(", 0, pos) > s.rfind(")", 0, pos) and s.find(")", pos, end) >= 0


def _parent(sent: _Sentence, hits: list[_Hit], at: int, unit: str,
            carried: _Hit | None) -> _Hit | None:
    """The count a figure at ``at`` is a part of: "82 victims, including 13 ... and 2 ...",
    "21 cases (15 ..., 6 ...)", "Of the 24 victims identified, 21 ...", or, for a sentence
    opening "Of those, 9 ...", the main figure of the sentence before."""
    seg = _segment_at(sent.segments, at)
    s = sent.text
    window = max(seg.start, at - 60)
    same = [h for h in hits if h.unit == unit and h.fig.start >= seg.start]
    outside = [h for h in same if not _closed_paren_between(s, h.at, at)]
    if outside and outside[-1].parent is not None and _COORDINATED.search(s, window, at):
        return outside[-1].parent
    if _INCLUDING.search(s, window, at) or _OF_THOSE.search(s, window, at):
        if outside:
            return outside[-1]
        opening = _OF_THOSE.match(s, 0, at) is not None
        return carried if opening and carried is not None and carried.unit == unit else None
    paren = s.rfind("(", seg.start, at)
    if (paren < 0 or ")" in s[paren:at] or not _PAREN_OPENS_WITH_FIGURE.match(s, paren)
            or not _LIST_ITEM.search(s, max(paren, window), at)):
        return None
    before = [h for h in same if h.fig.end <= paren]
    return before[-1] if before else None


def _counterpart(hits: list[_Hit], unit: str) -> _Hit | None:
    """The latest figure read in the sentence with the same unit (what a comparison refers to)."""
    return next((h for h in reversed(hits) if h.role == "figure" and h.unit == unit), None)


def _head(sent: _Sentence, hit: _Hit) -> str:
    """Last word of what a figure counts, singular ("cases" -> "case")."""
    words = sent.text[hit.fig.end:hit.np_end].split()
    return words[-1].lower().rstrip("s") if words else ""


def _is_money(fig: Figure) -> bool:
    """Whether a figure is printed as an amount of money ("$70,000", "US$ 1.4 million")."""
    return fig.text.upper().startswith(("$", "US"))


def _anchor(sent: _Sentence, fig: Figure) -> int:
    """Where a figure's context starts: a dollar amount printed in parentheses after a local
    currency amount ("24 million KZT ($72,007)") is read from the local amount."""
    opening = _OPEN_PAREN_BEFORE.search(sent.text, max(0, fig.start - 20), fig.start)
    if opening is None or not _is_money(fig):
        return fig.start
    local = [f for f in sent.figures if f.end <= opening.start() and opening.start() - f.end <= 40]
    return local[-1].start if local else fig.start


def _read_figure(sent: _Sentence, hits: list[_Hit], fig: Figure, limit: int,
                 matched: _Matches, carried: _Hit | None) -> _Hit:
    """Decide what one figure is: a split of a count, a vocabulary figure, a comparison, or
    nothing known."""
    patterns = load_patterns()
    unit = "usd" if _is_money(fig) else "count"
    at = _anchor(sent, fig)
    hit = _Hit(fig, unit, at, label_start=fig.start)
    hit.np_end = hit.label_end = _np_end(sent, fig, limit)
    phrase = sent.text[fig.end:hit.np_end]
    own = _splits(phrase, unit, patterns)
    bare = hit.np_end == fig.end
    dated = _YEAR_AFTER.match(sent.text, fig.end) is not None
    parent = None if bare and dated else _parent(sent, hits, at, unit, carried)
    if parent is not None:
        hit.parent = parent
        if parent.role in ("figure", "child") and own:
            hit.role, hit.base, hit.splits = "child", parent.base, {**parent.splits, **own}
            hit.year = _year_for(sent, fig, parent)
        else:
            hit.role = "ignore"
    elif (found := matched.get((fig.start, fig.end))) is not None:
        pattern, start, end = found
        hit.role, hit.base, hit.splits = pattern.kind, pattern.measure, own
        if 0 <= fig.start - start <= 40 and "(" not in sent.text[start:fig.start]:
            hit.label_start = start
        if end > fig.end:
            hit.label_end = min(hit.label_end, end)
    elif (other := _counterpart(hits, unit)) is not None:
        comparative = _segment_at(sent.segments, fig.start).comparative
        coordinated = (_COORDINATED.search(sent.text, max(0, at - 30), at)
                       and not bare and _head(sent, hit) == _head(sent, other))
        if comparative or (bare and dated) or coordinated:
            hit.role, hit.base = "figure", other.base
            hit.splits = dict(other.splits) if bare else own
    if hit.role == "figure":
        hit.year = _year_for(sent, fig, None)
    if unit == "count" and hit.role in ("figure", "child") and _PROPER_WORD.search(phrase):
        hit.role = "ignore"
    return hit


def _qualifier(s: str, at: int) -> str:
    """approximate / at_least / at_most from the words just before a figure."""
    window = s[max(0, at - 30):at].rstrip()
    for regex, name in _QUALIFIERS:
        if regex.search(window):
            return name
    return ""


def _label(s: str, start: int, end: int) -> str:
    """A phrase as printed, on one line."""
    return " ".join(s[start:end].split())


def _looks_like_count(s: str, fig: Figure) -> bool:
    """Whether an unread figure reads like an enforcement count ("10 traffickers")."""
    return bool(_COUNT_NOUN_AFTER.match(s, fig.end)
                or _COUNT_VERB_BEFORE.search(s, max(0, fig.start - 60), fig.start))


def _read_sentence(sent: _Sentence, carried: _Hit | None
                   ) -> tuple[list[Enforcement], list[str], _Hit | None]:
    """The enforcement rows one sentence gives, warnings about counts it could not read, and
    its main figure (what "Of those, ..." in the next sentence refers to)."""
    patterns = load_patterns()
    s, base = sent.text, sent.offset
    matched = _pattern_hits(sent, patterns) if sent.figures else {}
    hits: list[_Hit] = []
    warnings: list[str] = []
    reference_end: int | None = None
    for i, fig in enumerate(sent.figures):
        if _is_reference(s, fig, reference_end):
            reference_end = fig.end
            continue
        reference_end = None
        if _not_a_count(s, fig) or _LOCAL_MONEY_AFTER.match(s, fig.end):
            continue
        limit = min(sent.figures[i + 1].start if i + 1 < len(sent.figures) else len(s),
                    _segment_at(sent.segments, fig.start).end)
        hit = _read_figure(sent, hits, fig, limit, matched, carried)
        hits.append(hit)
        if (hit.role == "unmapped" and sent.section in WARN_SECTIONS
                and _looks_like_count(s, fig)):
            warnings.append(f"{sent.section}: figure {fig.text!r} not read: {_label(s, 0, len(s))}")
    rows = [
        Enforcement(h.year, DOMAIN, _measure(h, patterns), h.fig.value, h.unit, "reported",
                    base + h.fig.start, base + h.fig.end,
                    qualifier=_qualifier(s, h.at),
                    label=_label(s, h.label_start, h.label_end), source="prose")
        for h in hits if h.role in ("figure", "child")
    ]
    for m in _SAME.finditer(s):
        ref = next((h for h in reversed(hits) if h.role in ("figure", "child")
                    and h.fig.end <= m.start()), None)
        if ref is not None:
            year = int(m["year"]) if m["year"] else ref.year - 1
            rows.append(Enforcement(year, DOMAIN, _measure(ref, patterns), ref.fig.value,
                                    ref.unit, "reported", base + ref.fig.start, base + m.end(),
                                    note=f"printed as the same figure as for {ref.year}",
                                    label=_label(s, m.start(), m.end()), source="prose"))
    main = next((h for h in hits if h.role == "figure"
                 and not _segment_at(sent.segments, h.fig.start).comparative), None)
    return rows, warnings, main


def _not_published(sent: _Sentence, patterns: tuple[Pattern, ...]) -> list[Enforcement]:
    """Rows for figures the sentence says the government did not report."""
    out = []
    for p in patterns:
        if p.kind != "not_published":
            continue
        for m in p.regex.finditer(sent.text):
            later = [y for y in sent.years if y.start >= m.end()]
            year = _resolve(sent, later[0]) if later else sent.current_year
            out.append(Enforcement(year, DOMAIN, p.measure, None, p.unit, "not_published",
                                   sent.offset + m.start(), sent.offset + m.end(),
                                   label=_label(sent.text, m.start(), m.end()),
                                   source="prose"))
    return out


def _disagreements(rows: list[Enforcement]) -> list[str]:
    """Warnings for a measure and year the report gives different values for."""
    values: dict[tuple[str, int], set[float]] = defaultdict(set)
    for r in rows:
        if r.value is not None:
            values[(r.measure, r.data_year)].add(r.value)
    return [f"the report gives {measure} for {year} as {sorted(v)}"
            for (measure, year), v in sorted(values.items()) if len(v) > 1]


def extract_tip(text: str, report_year: int) -> Extraction:
    """Enforcement figures of a TIP country narrative, from its three P sections' prose."""
    patterns = load_patterns()
    out = Extraction.empty()
    found = sections(text)
    if not found:
        heading = TIER_LINE.search(text)
        found = [("narrative", heading.end() if heading else 0, len(text))]
        out.warnings.append("no Prosecution / Protection / Prevention headings: the whole "
                            "narrative was read, without warnings on unread figures")
    rows: list[Enforcement] = []
    missing: list[Enforcement] = []
    for name, start, end in found:
        carried = None
        for s_start, s_end in _sentences(text, start, end):
            sent = _sentence(text, s_start, s_end, name, report_year - 1)
            got, warnings, carried = _read_sentence(sent, carried)
            rows += got
            out.warnings += warnings
            missing += _not_published(sent, patterns)
    reported = {(r.measure, r.data_year) for r in rows}
    for r in missing:
        if (r.measure, r.data_year) not in reported:
            reported.add((r.measure, r.data_year))
            rows.append(r)
    out.enforcement = sorted(rows, key=lambda r: (r.start, r.measure))
    out.warnings += _disagreements(rows)
    return out
