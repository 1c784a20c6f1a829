"""Unicode clean-up: mojibake, ligatures, odd spaces, invisible characters, curly quotes.

Table marks (``*``, ``†``, ``‡``), check marks (``✓``) and dashes are never touched: dashes
keep their printed form everywhere (``2012–2014`` stays an en-dash range).
"""

from __future__ import annotations

import re

from analysis.notation import MARKS, YES_MARKS
from analysis.repair.base import Rule, finish, regex_rule
from analysis.repair.ledger import Edit

# A UTF-8 lead byte read as Latin-1/Windows-1252 ("Ã", "Â", "â" ...) followed by a
# continuation byte read the same way: where mojibake can start.
_SUSPECT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
# The non-space run around a position; the no-break space belongs to a run because mojibake
# such as "Â\xa0" straddles it.
_RUN_START = re.compile(r"[^ \t\n\r\f\v]*\Z")
_RUN_REST = re.compile(r"[^ \t\n\r\f\v]*")
_MAX_RUN = 200
# Marks a decoding must never eat ("Ü†" is also the UTF-8 of a Syriac letter).
_MARKS = MARKS + YES_MARKS


def mojibake(text: str) -> tuple[str, list[Edit]]:
    """Fix UTF-8 text that was decoded as Latin-1/Windows-1252 ("Uzbekistanâ€™s" ->
    "Uzbekistan’s"), run by run, where ftfy judges the run to be mojibake and the decoding
    keeps every table mark. ftfy is imported only for a text with a suspect pair: its import
    is a tenth of a second of every clean run's start-up."""
    edits: list[Edit] = []
    if not _SUSPECT.search(text):
        return finish(text, edits)
    import ftfy
    from ftfy.badness import is_bad

    for m in _SUSPECT.finditer(text):
        if edits and m.start() < edits[-1].end:
            continue
        head = _RUN_START.search(text, max(0, m.start() - _MAX_RUN), m.start())
        rest = _RUN_REST.match(text, m.start(), m.start() + _MAX_RUN)
        start = head.start() if head else m.start()
        end = rest.end() if rest else m.end()
        run = text[start:end]
        if (not edits or start >= edits[-1].end) and is_bad(run):
            fixed = ftfy.fix_encoding(run)
            if all(fixed.count(mark) >= run.count(mark) for mark in _MARKS):
                edits.append(Edit(start, end, fixed))
    return finish(text, edits)


def _letters(m: re.Match[str]) -> str:
    """A typographic ligature as its letters (ftfy imported on the first one met)."""
    from ftfy.fixes import fix_latin_ligatures

    return fix_latin_ligatures(m.group())


#: Typographic ligatures split back into letters ("ﬁnding" -> "finding").
ligatures: Rule = regex_rule(re.compile("[\ufb00-\ufb06]"), _letters)

#: No-break, figure, thin and other odd spaces read as a plain space.
odd_spaces: Rule = regex_rule(re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"), " ")

#: Zero-width characters, byte-order marks and soft hyphens carry no text: removed.
invisible: Rule = regex_rule(re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]"), "")

_QUOTES = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
}

#: Curly quotes and primes made straight, so "Labor’s" and "Labor's" read the same.
straight_quotes: Rule = regex_rule(
    re.compile("[" + "".join(_QUOTES) + "]"), lambda m: _QUOTES[m.group()]
)
