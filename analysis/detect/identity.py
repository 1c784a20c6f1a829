"""What a raw text is: its layout, report series, country, report year, DOL assessment or TIP
tier, a stable document id, and which raw files hold the same report.

Everything is read from the content; a file name is used only to choose among the
territories of a profile that covers several (e.g. the Overseas Territories of the United
Kingdom), never to decide a field on its own.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from analysis.detect import tip as tip_text
from analysis.detect.countries import (
    Country,
    CountryMatch,
    find_country,
    find_headings,
    resolve_source_name,
)
from analysis.detect.layout import body_start, detect_layout
from analysis.extract.edits import levenshtein
from analysis.extract.numbers import is_year
from analysis.repair import markup
from analysis.schema import SERIES

DOL, TIP = SERIES

#: Characters at the top of a text searched for series markers.
_SERIES_WINDOW = 30000
#: Fewest content markers a series needs before a text is taken to belong to it.
_MIN_MARKERS = 2
#: Fewest kinds of TIP narrative language that make a headless excerpt a TIP text.
_MIN_TIP_LANGUAGE = 3
#: Characters after the body start searched when no "I." section heading ends the intro.
_INTRO_FALLBACK = 6000
#: Characters of a section searched for the opening "In 2016, <Country> made" sentence.
_OPENING_WINDOW = 2500
#: Capitalised lines before a heading hint read as part of the heading.
_LINES_BEFORE_HINT = 2
#: A piece with at most one lower-case letter per this many letters counts as capitals.
_MAX_LOWER_SHARE = 10
#: Smallest similarity for snapping an OCR-garbled heading word to the label vocabulary.
_SNAP_CUTOFF = 0.8

_INTRO_END = re.compile(r"^[ \t]*(?:#+[ \t]*)?[I|l1]\.[ \t]+[A-Z]{3,}", re.MULTILINE)
_SEGMENT_SPLIT = re.compile(r" {3,}|\t+|\|")

_DOL_MARKERS = (
    ("worst forms of child labor", "worst forms of child labour"),
    ("no advancement", "minimal advancement", "moderate advancement", "significant advancement"),
    ("statistics on children's work", "statistics on working children"),
    ("findings on the worst forms",),
    ("suggested government actions", "suggested actions"),
    ("c138", "c 138", "convention 138", "convention no. 138"),
    (
        "prevalence and sectoral distribution",
        "prevalence and sector distribution",
        "prevalence and distribution of the worst forms",
    ),
    (
        "laws and regulations on the worst forms",
        "legal framework for the worst forms",
        "legal framework for child labor",
    ),
    (
        "institutional mechanisms for coordination",
        "coordination of government efforts on",
        "enforcement of laws on the worst forms",
        "enforcement of laws on child labor",
    ),
    (
        "government policies and programs",
        "government policies on the worst forms",
        "government policies on child labor",
        "social programs to address",
    ),
)
#: A year as OCR may print it: a letter read for a digit, a space inside ("2O19", "20 16").
_YEAR = r"[12](?:\s?[\dOolI|]){3}"
_YEAR_DIGITS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", " ": None})
_OPENING_YEAR = re.compile(
    rf"\b[Ii]n\s+(?P<year>{_YEAR})\b\s?,?[^.]{{0,160}}?\b(?:made|is\s+receiving|received)\s+"
    r"(?:an?\s+)?(?:(?:no|minimal|moderate|significant)\s+)?(?:advancement|efforts|assessment)"
    r"|\b[Ff]or\s+the\s+(?P<period>(?:19|20)\d\d)\s+reporting\s+period"
)
_FOOTER = "FINDINGS ON THE WORST FORMS"
#: A running footer, its words perhaps damaged: a year, then capitals one edit per word of
#: "FINDINGS ON THE WORST FORMS" at most (spaces ignored).
_FOOTER_LINE = re.compile(rf"(?<![\w,])(?P<year>{_YEAR})[ \t]+(?P<words>[A-Z][A-Z \t-]{{18,40}})")
_FOOTER_EDITS = 5
_SENTENCE_YEAR = re.compile(rf"\bIn\s+({_YEAR})\s?,")
_PROSE_LEVEL = re.compile(
    r"\b(?:made|making|assessment\s+of)\s+(?:an?\s+)?"
    r"(?P<level>no|minimal|moderate|significant)\s+advancement\b"
    r"|\b(?P<none>no\s+assessment)\s+has\s+been\s+made",
    re.IGNORECASE,
)
_HEADING_HINTS = ("ADV", "VANC", "CEMENT", "ASSESS", "Advancement", "Assessment")
_LEVEL_LINE = re.compile(
    r"(?:no|minimal|moderate|significant)\s+advancement(?:\s*[-–—]\s*.*)?|no\s+assessment",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Z][A-Z'’]*")

_LEVELS = ("NO", "MINIMAL", "MODERATE", "SIGNIFICANT")
_TERMINALS = ("ADVANCEMENT", "LABOR", "COMPLICIT")
_VOCABULARY = (
    *_LEVELS,
    "ADVANCEMENT",
    "ASSESSMENT",
    "EFFORTS",
    "MADE",
    "BUT",
    "AND",
    "CONTINUED",
    "LAW",
    "LAWS",
    "POLICY",
    "POLICIES",
    "PRACTICE",
    "PRACTICES",
    "THAT",
    "DELAYED",
    "REGRESSION",
    "IN",
    "COMPLICIT",
    "FORCED",
    "CHILD",
    "LABOR",
)
#: Words title case writes in lower case: articles, conjunctions, short prepositions.
_SMALL_WORDS = frozenset(
    {"a", "an", "the"}
    | {"and", "but", "nor", "or", "that"}
    | {"as", "at", "by", "for", "in"}
    | {"of", "on", "to"}
)
_DASH = " – "


class UnrecognisedDocument(ValueError):
    """A text that is neither a DOL child-labor profile nor a TIP country narrative."""

    def __init__(self, reason: str) -> None:
        """Keep the one-line reason so the caller can name the file beside it."""
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Identity:
    """What a raw text is, with the evidence for each field and anything left undetermined."""

    series: str
    country: str
    iso3: str
    report_year: int | None
    layout: str
    assessment: str = ""
    tip_tier: str = ""
    territories: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()


def _series(text: str) -> tuple[str, str]:
    """Decide the report series from content markers near the top; return it and a line of
    evidence."""
    window = text[:_SERIES_WINDOW]
    flat = " ".join(window.casefold().replace("’", "'").split())
    dol = sum(1 for marker in _DOL_MARKERS if any(phrase in flat for phrase in marker))
    tip = tip_text.marker_count(window)
    scores = (f"DOL markers {dol}/{len(_DOL_MARKERS)}, "
              f"TIP markers {tip}/{tip_text.structural_total()}")
    if max(dol, tip) < _MIN_MARKERS:
        language = tip_text.marker_count(window, language=True)
        if dol < _MIN_MARKERS and language >= _MIN_TIP_LANGUAGE:
            return TIP, f"series: {scores}, TIP language {language}/{tip_text.language_total()}"
        heading = tip_text.country_tier_heading(window) if dol < _MIN_MARKERS else None
        if heading:
            return TIP, (f"series: {scores}, TIP language {language}/"
                         f"{tip_text.language_total()}, a country heading with its tier "
                         f"({window[heading.start:heading.end].strip()!r})")
        raise UnrecognisedDocument(
            f"neither a DOL child-labor profile nor a TIP country narrative ({scores}, "
            f"TIP language {language}/{tip_text.language_total()})"
        )
    if dol == tip:
        raise UnrecognisedDocument(f"could be either report series ({scores})")
    return (DOL if dol > tip else TIP), f"series: {scores}"


def title_case(label: str) -> str:
    """Write an advancement label in the title case of the reports' data: small words
    (a, and, but, in, of, that, the, to, ...) lower case except first after the dash."""
    parts = [part.split() for part in re.split(r"\s*[-–—]\s*", label.strip()) if part.strip()]
    cased = []
    for words in parts:
        cased.append(
            " ".join(
                word.capitalize() if i == 0 or word.lower() not in _SMALL_WORDS else word.lower()
                for i, word in enumerate(words)
            )
        )
    return _DASH.join(cased)


@cache
def _snap(word: str) -> str:
    """Map an OCR-garbled heading word to the label vocabulary when it is close to one."""
    if word in _VOCABULARY or len(word) < 4:
        return word
    close = difflib.get_close_matches(word, _VOCABULARY, n=1, cutoff=_SNAP_CUTOFF)
    return close[0] if close else word


def _segments(line: str) -> list[str]:
    """Split a line into non-blank pieces, cutting space-aligned columns and table cells."""
    pieces = (piece.strip().lstrip("#*>").strip() for piece in _SEGMENT_SPLIT.split(line))
    return [piece for piece in pieces if piece]


def _has_hint(text: str) -> bool:
    """Tell whether text holds a fragment of "ADVANCEMENT" or "ASSESSMENT", as OCR leaves them."""
    return any(hint in text for hint in _HEADING_HINTS)


def _hint_positions(text: str) -> list[int]:
    """List, in order, the offsets of every fragment of an assessment heading in the text."""
    positions = []
    for hint in _HEADING_HINTS:
        at = text.find(hint)
        while at != -1:
            positions.append(at)
            at = text.find(hint, at + 1)
    return sorted(positions)


def _capitals(piece: str) -> bool:
    """Tell whether a line piece is set in capitals, allowing a few OCR-lowered letters."""
    lower = sum(1 for ch in piece if ch.islower())
    return lower * _MAX_LOWER_SHARE <= sum(1 for ch in piece if ch.isalpha())


def _heading_piece(piece: str) -> bool:
    """Tell whether a line piece can be part of an assessment heading: capitals, or a level
    written in title case ("Moderate Advancement")."""
    return _capitals(piece) or (piece[0].isupper() and bool(_LEVEL_LINE.fullmatch(piece)))


def _block_start(text: str, hint: int) -> int:
    """Offset of the line holding a heading hint, moved back over the capitalised lines just
    before it, where a level broken over lines begins ("MODERATE" / "ADVANCEMENT")."""
    pos = text.rfind("\n", 0, hint) + 1
    for _ in range(_LINES_BEFORE_HINT):
        previous = text.rfind("\n", 0, max(0, pos - 1)) + 1
        line = text[previous : max(previous, pos - 1)]
        if pos == 0 or not line.strip() or not all(map(_heading_piece, _segments(line))):
            break
        pos = previous
    return pos


def _heading_blocks(text: str) -> list[list[list[str]]]:
    """Group consecutive capitalised line pieces that may hold an assessment heading into
    blocks of word lists, one list per line, so a heading broken over lines is read whole;
    only lines near a heading hint are read."""
    blocks: list[list[list[str]]] = []
    current: list[list[str]] = []
    read_to = 0
    for hint in _hint_positions(text):
        if hint < read_to:
            continue
        pos = max(read_to, _block_start(text, hint))
        while pos <= len(text):
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            for piece in _segments(text[pos:end]):
                if not _heading_piece(piece):
                    if current:
                        blocks.append(current)
                    current = []
                elif current or _has_hint(piece) or pos < hint:
                    current.append([_snap(word) for word in _WORD.findall(piece.upper())])
            pos = end + 1
            if not current:
                break
        read_to = pos
    if current:
        blocks.append(current)
    return blocks


def _starts_label(words: list[str]) -> bool:
    """Tell whether a line's words open a new assessment heading."""
    return words[:2] == ["NO", "ASSESSMENT"] or (
        bool(words) and words[0] in _LEVELS and words[1:2] == ["ADVANCEMENT"]
    )


def _qualifier(lines: list[list[str]], row: int, col: int) -> list[str]:
    """Read the words after an advancement level, across line breaks while the next line is
    all label vocabulary, and cut them at the last word that can end a label."""
    words = lines[row][col:]
    for following in lines[row + 1 :]:
        if _starts_label(following) or not all(word in _VOCABULARY for word in following):
            break
        words = words + following
    if not (words[:1] == ["EFFORTS"] or words[:2] == ["NO", "EFFORTS"]):
        return []
    ends = [i for i, word in enumerate(words) if word in _TERMINALS]
    return words[: ends[-1] + 1] if ends else []


def _heading_labels(text: str) -> list[str]:
    """Find every assessment heading in text (title and running headers), as title case."""
    labels = []
    for block in _heading_blocks(text):
        flat = [(row, col, word) for row, line in enumerate(block) for col, word in enumerate(line)]
        for (_, _, word), (row, col, following) in pairwise(flat):
            if word == "NO" and following == "ASSESSMENT":
                labels.append("No Assessment")
            elif word in _LEVELS and following == "ADVANCEMENT":
                qualifier = " ".join(_qualifier(block, row, col + 1))
                level = f"{word} ADVANCEMENT"
                labels.append(title_case(f"{level} - {qualifier}" if qualifier else level))
    return labels


def _assessment(heading_text: str, prose_text: str) -> tuple[str, list[str], list[str]]:
    """Choose the advancement label by vote of the headings and the opening sentence."""
    labels = _heading_labels(heading_text)
    prose = _PROSE_LEVEL.search(prose_text)
    prose_label = ""
    if prose:
        level = "no assessment" if prose["none"] else f"{prose['level']} advancement"
        prose_label = title_case(level)
    if not labels and not prose_label:
        return "", ["assessment: no advancement level printed"], []
    if not labels:
        return (
            prose_label,
            [f"assessment: opening sentence ({prose_label}); no heading found"],
            [
                "assessment taken from the opening sentence only: no heading, so any qualifier "
                "after the level is unknown"
            ],
        )
    votes: Counter[str] = Counter(label.split(_DASH)[0] for label in labels)
    if prose_label:
        votes[prose_label] += 1
    base = max(votes, key=lambda level: (votes[level], level == labels[0].split(_DASH)[0]))
    full = Counter(label for label in labels if label.split(_DASH)[0] == base)
    chosen = max(full, key=lambda label: (full[label], len(label)))
    evidence = [f"assessment: {len(labels)} heading(s), opening sentence {prose_label or 'none'}"]
    problems = []
    if len(votes) > 1:
        tally = ", ".join(f"{level} ({count})" for level, count in votes.most_common())
        problems.append(f"assessment headings and opening disagree: {tally}; chose {base}")
    return chosen, evidence, problems


def _intro_end(raw: str, start: int) -> int:
    """Offset where the summary ends: the first "I." section heading, or a fixed window."""
    heading = _INTRO_END.search(raw, start)
    return heading.start() if heading else min(len(raw), start + _INTRO_FALLBACK)


def _footer_years(raw: str, start: int) -> list[int]:
    """List the years of the running footers ("2016 FINDINGS ON THE WORST FORMS ..."), read
    through OCR damage to the year's digits and the footer's words."""
    target = _FOOTER.replace(" ", "")
    years = []
    for m in _FOOTER_LINE.finditer(raw, start):
        words = re.sub(r"[\s-]", "", m["words"])[: len(target) + 2]
        if levenshtein(words[: len(target)], target) <= _FOOTER_EDITS or target in words:
            year = _year(m["year"])
            if year:
                years.append(year)
    return years


def _year(printed: str) -> int | None:
    """A year as printed, OCR's letters for digits and spaces undone; None if not a year."""
    digits = printed.translate(_YEAR_DIGITS)
    return int(digits) if is_year(digits) else None


def _dol_year(raw: str, start: int, section: str) -> tuple[int | None, list[str], list[str]]:
    """Find a DOL report year: the opening "In 2016, X made", else the running footer,
    else the most frequent "In <year>," sentence start."""
    footers = Counter(_footer_years(raw, start))
    opening = _OPENING_YEAR.search(section[:_OPENING_WINDOW])
    problems = []
    if opening and _year(opening["year"] or opening["period"]):
        year = _year(opening["year"] or opening["period"]) or 0
        evidence = [f"report year: opening sentence {opening.group(0)[:40]!r}"]
        other = {y: n for y, n in footers.items() if y != year}
        if other:
            problems.append(
                "running footer names another year "
                + ", ".join(f"{y} ({n}x)" for y, n in sorted(other.items()))
                + f"; the opening sentence's {year} is used"
            )
        return year, evidence, problems
    if footers:
        year, count = footers.most_common(1)[0]
        return year, [f"report year: running footer '{year} FINDINGS' ({count}x)"], problems
    sentences = Counter(y for y in map(_year, _SENTENCE_YEAR.findall(raw, start)) if y)
    if sentences:
        year = max(sentences, key=lambda y: (sentences[y], y))
        return (
            year,
            [f"report year: most frequent 'In {year},' ({sentences[year]}x)"],
            ["report year inferred from year mentions; no opening sentence or footer"],
        )
    return None, [], ["report year not found"]


def _tip_year(raw: str, start: int) -> tuple[int | None, list[str], list[str]]:
    """Find a TIP edition: a title ("Trafficking in Persons Report 2011", "[Extracted from
    the ... Report, June 2009]"), else inferred from the years the narrative reports on."""
    found = tip_text.title_edition(raw, start)
    if found:
        return found.year, [found.evidence], []
    guessed = tip_text.inferred_edition(raw, start)
    if guessed:
        return guessed.year, [guessed.evidence], [
            f"report year inferred: {guessed.year}, from the years the text reports on (no "
            "title names the edition); give report_year in the manifest to be sure"]
    return None, [], ["report year not found: no title names the edition and the text dates "
                      "nothing"]


def _choose_territory(
    headings: list[CountryMatch], source_name: str
) -> tuple[CountryMatch, tuple[str, ...], list[str], list[str]]:
    """Pick the profile's country; where several territories share one profile, take the one
    the source file names, else the first."""
    codes = tuple(dict.fromkeys(h.country.iso3 for h in headings))
    chosen = headings[0]
    if len(codes) == 1:
        return chosen, (), [f"country: {chosen.how} line"], []
    listed = ", ".join(codes)
    named: Country | None = resolve_source_name(source_name)
    if named and named.iso3 in codes:
        chosen = next(h for h in headings if h.country.iso3 == named.iso3)
        return chosen, codes, [f"country: profile covers {listed}; source file names it"], []
    return (
        chosen,
        codes,
        [f"country: profile covers {listed}"],
        [f"profile covers several territories ({listed}); the first is reported"],
    )


def _section_end(headings: list[CountryMatch], chosen: CountryMatch, default: int) -> int:
    """Offset where the chosen territory's summary ends: the next other territory heading."""
    later = [h.start for h in headings if h.start > chosen.start and h.country != chosen.country]
    return min(later, default=default)


@dataclass
class _Fields:
    """The fields one series reader found, with its evidence and problems."""

    match: CountryMatch | None = None
    report_year: int | None = None
    assessment: str = ""
    tip_tier: str = ""
    territories: tuple[str, ...] = ()
    evidence: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _read_dol(raw: str, start: int, source_name: str) -> _Fields:
    """Read country, year and assessment of a DOL profile; a profile covering several
    territories is read for the one the source file names, from that territory's summary."""
    out = _Fields()
    intro_end = _intro_end(raw, start)
    headings = find_headings(raw, start, intro_end)
    if headings:
        out.match, out.territories, evidence, problems = _choose_territory(headings, source_name)
        out.evidence += evidence
        out.problems += problems
    else:
        out.match = find_country(raw, start, intro_end) or find_country(raw, start)
        out.evidence.append(f"country: {out.match.how}" if out.match else "country: not found")
        if not out.match:
            out.problems.append("country not found")
    if out.territories and out.match:
        section = raw[out.match.start : _section_end(headings, out.match, intro_end)]
        heading_text = section
    else:
        section = raw[start:intro_end]
        heading_text = raw[start:]
    out.report_year, evidence, problems = _dol_year(raw, start, section)
    out.evidence += evidence
    out.problems += problems
    out.assessment, evidence, problems = _assessment(heading_text, section)
    out.evidence += evidence
    out.problems += problems
    return out


def _read_tip(raw: str, start: int) -> _Fields:
    """Read country, report year and tier of a TIP country narrative or excerpt."""
    out = _Fields(match=tip_text.find_tip_country(raw, start))
    out.evidence.append(f"country: {out.match.how}" if out.match else "country: not found")
    if not out.match:
        out.problems.append("country not found: no heading, title or 'Government of' names it")
    elif out.match.how.startswith("named"):
        out.problems.append(f"country inferred: {out.match.country.name}, from how often the "
                            "text names it; give country in the manifest to be sure")
    out.report_year, evidence, problems = _tip_year(raw, start)
    out.evidence += evidence
    out.problems += problems
    out.tip_tier = tip_text.read_tier(raw, start)
    if not out.tip_tier:
        out.problems.append("TIP tier not found")
    return out


def _without_markup(raw: str) -> str:
    """The text as read for its identity: a converter's HTML entities and Markdown emphasis
    undone, so that "(**Tier** 2)" or "(Special _Case_)" reads as the heading it is."""
    for rule in (markup.html_entities, markup.markdown_bold, markup.markdown_italics,
                 markup.markdown_underscores):
        raw = rule(raw)[0]
    return raw


def identify(raw: str, source_name: str = "") -> Identity:
    """Identify a raw report text from its content; raise UnrecognisedDocument otherwise."""
    if not raw.strip():
        raise UnrecognisedDocument("empty text")
    layout = detect_layout(raw)
    raw = _without_markup(raw)
    start = body_start(raw)
    if not raw[start:].strip():
        raise UnrecognisedDocument("no text after the 'Transcription:' marker")
    series, series_evidence = _series(raw[start:])
    fields = _read_dol(raw, start, source_name) if series == DOL else _read_tip(raw, start)
    country = fields.match.country if fields.match else None
    return Identity(
        series=series,
        country=country.name if country else "",
        iso3=country.iso3 if country else "",
        report_year=fields.report_year,
        layout=layout,
        assessment=fields.assessment,
        tip_tier=fields.tip_tier,
        territories=fields.territories,
        evidence=(series_evidence, f"layout: {layout}", *fields.evidence),
        problems=tuple(fields.problems),
    )


def doc_id(identity: Identity, sha256_hex: str) -> str:
    """Build the stable document id `<dol|tip>-<year>-<iso3>-<8 hex of sha256>`; unknown
    parts are written as 0000 and xxx so the id stays well-formed."""
    if not re.fullmatch(r"[0-9a-fA-F]{8,}", sha256_hex):
        raise ValueError(f"not a hex digest: {sha256_hex!r}")
    prefix = "dol" if identity.series == DOL else "tip"
    year = f"{identity.report_year:04d}" if identity.report_year else "0000"
    iso3 = identity.iso3.lower() or "xxx"
    return f"{prefix}-{year}-{iso3}-{sha256_hex[:8].lower()}"
