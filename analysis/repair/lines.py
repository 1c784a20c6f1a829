"""Line structure: hyphenated line breaks, bullets, reflow of hard-wrapped OCR prose, blank lines.

Tables keep their line structure: the flowed pdftotext tables (one cell per line), layout
tables (aligned columns), Markdown ``|`` rows and tab rows are never joined.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from analysis.notation import CELL_WORD, CITATION, MARKS, READ_MARKS
from analysis.repair.base import Line, Rule, finish, regex_rule, split_lines
from analysis.repair.ledger import Edit

_HYPHEN_BREAK = re.compile(r"(?<=[A-Za-z0-9])-[ \t]*\n[ \t]*(?=[A-Za-z0-9])")
_BEFORE = re.compile(r"(?P<word>\S*?)(?P<a>[A-Za-z0-9]+)\Z")
_AFTER = re.compile(r"(?P<b>[A-Za-z0-9]+)(?P<rest>\S*)(?P<space>[ \t]*)")
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
#: A line that is a value cell's word, with what may follow it in the cell.
_CELL_LINE = re.compile(rf"[ \t]*(?:{CELL_WORD})[*†‡]*(?:[ \t]*{CITATION})?[ \t]*$", re.MULTILINE)
#: Punctuation that may follow a word at a sentence's or clause's end ("defen-/dants."): not
#: part of a name such as "exam-/ple.org".
_SENTENCE_MARKS = ".,;:!?)\"'”’"
_KEEP_PREFIXES = frozenset({"anti", "non", "self", "cross", "well", "semi", "multi"})
#: Prefixes that are also the first syllable of common words ("pro-/vided", "pro-/secuted",
#: "ex-/ploitation"): the hyphen stays only before a word the document has on its own
#: ("pro-/government" where "government" is).
_SYLLABLE_PREFIXES = frozenset({"ex", "pro"})


def _vocabulary(text: str, halves: list[str]) -> tuple[Counter[str], set[str]]:
    """The document's own words (counted, less the halves of broken words) and hyphenated
    compounds, lower-cased."""
    words: Counter[str] = Counter()
    compounds: set[str] = set()
    for m in _WORD.finditer(text):
        token = m.group().lower()
        if "-" in token:
            compounds.add(token)
            words.update(token.split("-"))
        else:
            words[token] += 1
    words.subtract(half.lower() for half in halves)
    return words, compounds


def _keeps_hyphen(
    before: re.Match[str], after: re.Match[str], words: Counter[str], compounds: set[str]
) -> bool:
    """Decide whether the hyphen at a line break is part of the word or only a break."""
    a, b = before.group("a"), after.group("b")
    rest = after.group("rest").rstrip(_SENTENCE_MARKS)
    if re.search(r"[/.@:=_%]", before.group("word") + rest) or re.search(r"\d", a + b):
        return True
    if not b.islower() or (not a.islower() and not a.istitle()):
        return True
    if f"{a}-{b}".lower() in compounds:
        return True
    if words[f"{a}{b}".lower()] > 0:
        return False
    if a.lower() in _KEEP_PREFIXES or (a.lower() in _SYLLABLE_PREFIXES and words[b.lower()] > 0):
        return True
    return len(a) >= 2 and len(b) >= 3 and words[a.lower()] > 0 and words[b.lower()] > 0


def dehyphenate(text: str) -> tuple[str, list[Edit]]:
    """Join words broken at a line end ("child-\\nren" -> "children", "anti-\\ntrafficking"
    -> "anti-trafficking", "2009-\\n2011" kept as a range); the rest of the word moves up
    and the line break follows it, so the number of lines stays the same. A line that is a
    table's value cell word ("Yes (1)", "Unknown") continues no word: a hyphen OCR put at the
    end of the cell above it is left."""
    breaks = []
    for m in _HYPHEN_BREAK.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = _BEFORE.search(text, line_start, m.start())
        after = _AFTER.match(text, m.end())
        if before is not None and after is not None and not _CELL_LINE.match(text, m.end()):
            breaks.append((m, before, after))
    if not breaks:
        return text, []
    halves = [half for _, before, after in breaks for half in (before["a"], after["b"])]
    words, compounds = _vocabulary(text, halves)
    edits: list[Edit] = []
    for m, before, after in breaks:
        if edits and m.start() < edits[-1].end:
            continue
        hyphen = "-" if _keeps_hyphen(before, after, words, compounds) else ""
        end = after.end()
        at_line_end = end >= len(text) or text[end] == "\n"
        joined = hyphen + after.group("b") + after.group("rest")
        edits.append(Edit(m.start(), end, joined + ("" if at_line_end else "\n")))
    return finish(text, edits)


#: A dingbat bullet that pdftotext wrote as "n " before a capitalised item becomes "- ".
dingbat_bullets: Rule = regex_rule(
    re.compile(r"^(?P<x>n )(?=[A-Z][a-z])", re.MULTILINE), "- ", group="x"
)

_BLANKS = re.compile(
    r"(?P<lead>\A(?:[ \u00a0]*\n)+)|(?P<tail>(?:\n[ \u00a0]*)+\Z)|(?P<gap>\n(?:[ \u00a0]*\n)+)"
)


def _blank_run(m: re.Match[str]) -> str:
    """Blank lines at the start go, a run inside becomes one blank line, the end one newline."""
    if m.group("lead") is not None:
        return ""
    return "\n" if m.group("tail") is not None else "\n\n"


#: Spaces and tabs at line starts dropped, for OCR text where indentation is noise.
leading_spaces: Rule = regex_rule(re.compile(r"^[ \t]+(?=\S)", re.MULTILINE), "")

#: Spaces at line ends dropped (tabs stay: they delimit the empty last cell of a tab row).
trailing_spaces: Rule = regex_rule(re.compile(r"(?<=\S)[ \u00a0]+$", re.MULTILINE), "")

#: Runs of blank (or space-only) lines collapsed to one blank line; tabs are kept (tab rows).
blank_lines: Rule = regex_rule(_BLANKS, _blank_run)

_CAPTION = re.compile(r"^\s*Table \d+[.:]")
_NOTE = re.compile(rf"^\s*(?:[{re.escape(READ_MARKS)}]|t)\s+[A-Z]|^\s*Source for ")
_SECTION = re.compile(r"^\s*[IVX]+\.\s+[A-Z]{3,}|^\s*[A-Z][A-Z ,;:'()-]{8,}$")
_LIST_ITEM = re.compile(r"^\s*(?:[-–•*=]|\d{1,2}[.)]|[a-z]\))\s")
_FUNCTION_WORD = re.compile(
    r"\b(?:the|of|and|or|to|in|for|with|a|an|on|by|from|at|as|that|which|its|their|is|are|was)$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(rf"[.!?][\"')\]]*$|[.!?]{CITATION}$")
_WORD_START = re.compile(r"[A-Z][a-z]")
#: A line holding only a percentage: a figure's share under its label, never prose.
_SHARE_LINE = re.compile(r"\d{1,3}(?:\.\d+)?\s?%")
_TABLE_END = re.compile(
    rf"(?:\s{CITATION}|\s(?:{CELL_WORD})|\s[\d.,]+[%{MARKS}]?)$"
)


def _table_zones(lines: list[Line]) -> set[int]:
    """Lines from a "Table N." caption to the first note or section heading after it (a
    sub-heading is no end: OCR sets wrapped row labels apart just like one)."""
    zone: set[int] = set()
    inside = False
    for i, line in enumerate(lines):
        if _CAPTION.match(line.text):
            inside = True
        elif inside and (_NOTE.match(line.text) or _SECTION.match(line.text)):
            inside = False
        if inside:
            zone.add(i)
    return zone


def _joins(a: str, b: str, gap: int, width: int) -> bool:
    """Whether line ``b`` continues the sentence of line ``a`` (``gap`` blank lines between)."""
    if _LIST_ITEM.match(b) or _SECTION.match(b) or _SECTION.match(a) or a.endswith(":"):
        return False
    if _SHARE_LINE.fullmatch(b):
        return False
    continues = bool(_FUNCTION_WORD.search(a))
    lower = b[0].islower() or (b[0] == "(" and a[-1].isalpha())
    if gap:
        return (lower or continues) and a[-1] not in ".!?" and not _TABLE_END.search(a)
    wrapped = a[-1].islower() or a[-1] in ",;"
    full = len(a) >= 0.75 * width and bool(_WORD_START.match(b))
    return (
        lower
        or continues
        or (wrapped and len(a) >= 0.6 * width)
        or (full and _SENTENCE_END.search(a) is not None)
    )


def reflow(text: str) -> tuple[str, list[Edit]]:
    """Join hard-wrapped OCR lines into paragraphs where a line plainly continues the
    sentence of the one before, also across the blank lines that column breaks leave;
    never inside a table, a list item or a heading, nor onto a figure's lone share."""
    lines = split_lines(text)
    zone = _table_zones(lines)
    content = [i for i, line in enumerate(lines) if not line.blank]
    width_of = _block_widths(lines)
    edits: list[Edit] = []
    for i, j in pairwise(content):
        if i in zone or j in zone:
            continue
        a, b = lines[i].text.strip(), lines[j].text.strip()
        if _joins(a, b, j - i - 1, width_of[i]):
            start = lines[i].start + len(lines[i].text.rstrip())
            end = lines[j].start + len(lines[j].text) - len(lines[j].text.lstrip())
            edits.append(Edit(start, end, " "))
    return finish(text, edits)


def _block_widths(lines: list[Line]) -> dict[int, int]:
    """For each line, the length of the longest line of its block (lines between blanks)."""
    widths: dict[int, int] = {}
    block: list[int] = []
    for i, line in enumerate([*lines, Line(0, 0, "")]):
        if line.blank:
            width = max((len(lines[k].text.strip()) for k in block), default=0)
            widths.update(dict.fromkeys(block, width))
            block = []
        else:
            block.append(i)
    return widths
