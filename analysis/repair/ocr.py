"""OCR letter confusions (from a data table, each with its guard), country-name misreadings,
and bullets read as other characters."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from analysis.datafiles import read_rows, shipped_names
from analysis.repair.base import Rule, finish, regex_rule
from analysis.repair.ledger import Edit

_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
_AS_I = str.maketrans({"1": "I", "l": "I", "i": "I", "|": "I"})


def read_roman(token: str) -> str | None:
    """Read a misprinted Roman numeral ("1I", "Il", "Vil", "|", "I]") as I-XXXIX, else ``None``.

    A bracket is a stray mark next to a numeral, or the numeral I itself when alone."""
    fixed = token.translate(_AS_I).replace("[", "").replace("]", "") or "I"
    return fixed if _ROMAN.fullmatch(fixed) else None


@cache
def _confusions() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The confusion table's patterns and replacements, compiled."""
    return tuple(
        (re.compile(row["pattern"], re.MULTILINE), row["replacement"])
        for row in read_rows("repair_ocr_confusions.csv")
    )


def _replacement(replacement: str) -> Callable[[re.Match[str]], str | None]:
    """The replace function for a table row."""
    if replacement == "@roman":
        return lambda m: read_roman(m.group("x"))
    return lambda m: m.expand(replacement)


def confusions(text: str) -> tuple[str, list[Edit]]:
    """Fix the letter confusions of the data table, each only where its guard holds."""
    edits: list[Edit] = []
    for pattern, replacement in _confusions():
        replace = _replacement(replacement)
        for m in pattern.finditer(text):
            after = replace(m)
            if after is not None:
                edits.append(Edit(m.start("x"), m.end("x"), after))
    edits.sort(key=lambda ed: (ed.start, ed.end))
    kept: list[Edit] = []
    for ed in edits:
        if not kept or ed.start >= kept[-1].end:
            kept.append(ed)
    return finish(text, kept)


_MIN_NAME_LETTERS = 6


def country_typos(country: str | None) -> Rule:
    """Make the rule fixing one misread letter in the capitalised country name
    ("UZBEKLSTAN" -> "UZBEKISTAN"); short names are left alone, as a one-letter change
    there too often makes another word."""
    if not country or sum(c.isalpha() for c in country) < _MIN_NAME_LETTERS:
        return lambda text: (text, [])
    name = country.upper()
    words = name.split()
    pattern = re.compile(r"\b" + r"[ \t]+".join(f"[A-Z]{{{len(w)}}}" for w in words) + r"\b")

    def replace(m: re.Match[str]) -> str | None:
        """Replace a capitalised word one letter away from the name by the name."""
        found = m.group().split()
        wrong = sum(
            a != b for w, f in zip(words, found, strict=True) for a, b in zip(w, f, strict=True)
        )
        if wrong != 1:
            return None
        return _respace(m.group(), words)

    return regex_rule(pattern, replace)


def _respace(found: str, words: list[str]) -> str:
    """The name's words with the spacing of the text they replace."""
    gaps = re.findall(r"[ \t]+", found)
    return words[0] + "".join(g + w for g, w in zip(gaps, words[1:], strict=True))


#: A bullet read as "=" or another mark at a line start becomes "- ".
ocr_bullets: Rule = regex_rule(
    re.compile(r"^[ \t]*(?P<x>[=■▪●◦•«»][ \t]+)(?=\S)", re.MULTILINE), "- ", group="x"
)


#: A word OCR broke with a space or a hyphen inside one line: "chil dren", "prosecu-tion".
_BROKEN = re.compile(r"(?<![\w-])(?P<a>[A-Za-z]+)(?=(?P<gap> |-)(?P<b>[A-Za-z]+)(?![\w-]))")
_WORD = re.compile(r"[A-Za-z]+")
#: A chunk of text that is an address, not prose: its run-together words are no evidence.
_ADDRESS = re.compile(r"[/@=_\\]|[A-Za-z]\.[A-Za-z]")
#: Short words a text may not repeat but that are words all the same ("a part", "in to").
_FUNCTION_WORDS = frozenset([
    "a", "an", "as", "at", "be", "by", "do", "he", "if", "in", "is", "it",
    "me", "my", "no", "of", "on", "or", "so", "to", "up", "us", "we", "i",
])
#: Fewest letters of a mended word, and of a half that is a word of its own.
_MIN_MENDED = 5
_SHORT_WORD = 3


def _word_counts(text: str) -> dict[str, int]:
    """How often the prose of a text prints each word (lower case), addresses left out."""
    counts: dict[str, int] = {}
    for chunk in text.split():
        if _ADDRESS.search(chunk):
            continue
        for word in _WORD.findall(chunk):
            counts[word.lower()] = counts.get(word.lower(), 0) + 1
    return counts


#: A regex escape in a pattern of the data files ("\\b", "\\s"): no word of the vocabulary.
_ESCAPE = re.compile(r"\\[A-Za-z]")
#: Fewest letters of a word of the vocabulary.
_VOCABULARY_WORD = re.compile(r"[A-Za-z]{4,}")


@cache
def _vocabulary() -> frozenset[str]:
    """The words the package's data files are written in (their patterns, labels and the
    example phrases of their notes: "identifying", "children", "prosecutions"), lower case: the
    words a reader of the reports needs, whole, where a short text does not print them twice."""
    return frozenset(
        word.lower() for name in shipped_names() for row in read_rows(name)
        for value in row.values() if value
        for word in _VOCABULARY_WORD.findall(_ESCAPE.sub(" ", value)))


def _broken_word(m: re.Match[str], counts: dict[str, int]) -> bool:
    """Whether a pair of letter runs is one word broken in two: the whole word is printed
    elsewhere in the text or is a word of the package's vocabulary, the second half goes on in
    the first's case, and the halves are not words of the text (for a hyphen neither half is
    one; for a space, not both, and no short one: "Militar y" is Spanish)."""
    a, b = m["a"], m["b"]
    whole = (a + b).lower()
    if len(a) + len(b) < _MIN_MENDED or not (counts.get(whole) or whole in _vocabulary()):
        return False
    if not (b.islower() or (a.isupper() and b.isupper())):
        return False
    # a half is a word when the text prints it alone elsewhere too (the pair is one use)
    words = [h for h in (a, b) if h.lower() in _FUNCTION_WORDS or counts.get(h.lower(), 0) > 1]
    if m["gap"] == "-":
        return not words
    return len(words) < 2 and not any(len(h) < _SHORT_WORD for h in words)


def split_words(text: str) -> tuple[str, list[Edit]]:
    """Join a word OCR broke in two ("chil dren", "su-bjected", "force d", "ide ntifying")
    where the text prints the whole word elsewhere or the package's vocabulary has it (a
    2,000-character excerpt seldom prints a word twice); names ("Solidarity Center"),
    compounds ("sugar-cane") and words that are words of the text ("in to") stay apart."""
    counts = _word_counts(text)
    edits = [Edit(m.start("gap"), m.end("gap"), "") for m in _BROKEN.finditer(text)
             if _broken_word(m, counts)]
    return finish(text, edits)


#: A long run of small letters that may be two words OCR ran together: "traffickingvictims"
#: (each half six letters or more: "underdeveloped", "intergovernmental" are words).
_RUN = re.compile(r"(?<![\w-])[a-z]{12,}(?![\w-])")
#: Fewest letters of each word of a run-together pair.
_MIN_RUN_HALF = 6


def _run_split(token: str, counts: dict[str, int]) -> int | None:
    """Where a run of letters splits into two words the text prints elsewhere, when it is no
    word itself (not in the package's vocabulary, not printed twice) and only one split fits."""
    if token in _vocabulary() or counts.get(token, 0) > 1:
        return None
    fits = [i for i in range(_MIN_RUN_HALF, len(token) - _MIN_RUN_HALF + 1)
            if counts.get(token[:i]) and counts.get(token[i:])]
    return fits[0] if len(fits) == 1 else None


def run_together(text: str) -> tuple[str, list[Edit]]:
    """Part two words OCR ran together ("traffickingvictims", "identifiedvictims") where each
    is a word of six letters or more the text prints elsewhere and the run is no word of its
    own (in the package's vocabulary or printed twice); addresses stay whole."""
    counts = _word_counts(text)
    edits = []
    for chunk in re.finditer(r"\S+", text):
        if _ADDRESS.search(chunk[0]):
            continue
        for m in _RUN.finditer(chunk[0]):
            if (at := _run_split(m[0], counts)) is not None:
                cut = chunk.start() + m.start() + at
                edits.append(Edit(cut, cut, " "))
    return finish(text, edits)
