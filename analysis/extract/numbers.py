"""Reading numbers as the reports print them: digits with separators, money, and words.

"12,406", "8.9 million", "$1.4 million", "$70,000", "Twenty-seven", "nine", "one hundred".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}

_WORD = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
#: The letters a number word starts with: tested first, so that a search tries the list of
#: words only where a word starts with one of them (trying it at every word of a sentence
#: was most of the cost of finding figures in prose).
_FIRST_LETTERS = "".join(sorted({word[0] for word in [*_UNITS, *_TENS]}))
#: A spelled-out whole number such as "twenty-seven", "one hundred and five", "nine",
#: "Two-hundred and twenty seven".
NUMBER_WORDS = (
    rf"(?:(?=[{_FIRST_LETTERS}])(?:{_WORD})(?:[- ](?:{_WORD}))?"
    rf"(?:(?:\s+|-)(?:hundred|thousand)(?:\s+(?:and\s+)?(?:{_WORD})(?:[- ](?:{_WORD}))?)?)?)"
)
#: A number in digits: "12,406", "4512", "8.9", "1, 484" (a PDF-damaged separator).
NUMBER_DIGITS = r"(?:\d{1,3}(?:,\s?\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
#: A scale word after a number: "8.9 million".
SCALE = r"(?:\s+(?:million|billion|thousand))"
#: A figure in digits or words, optionally scaled.
NUMBER = rf"(?:{NUMBER_DIGITS}{SCALE}?|\b{NUMBER_WORDS}\b{SCALE}?)"
#: An amount of money: "$70,000", "$1.4 million", "USD 2.4 million".
MONEY = rf"(?:(?:\$|US\$|USD\s?){NUMBER_DIGITS}{SCALE}?)"

_NUMBER_RE = re.compile(rf"^\s*{NUMBER}\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Figure:
    """A number found in text, with its span in that text."""

    value: float
    start: int
    end: int
    text: str


def words_to_number(text: str) -> int | None:
    """Read a spelled-out whole number ("Twenty-seven" -> 27); None if it is not one."""
    tokens = re.split(r"[\s-]+", text.strip().lower())
    tokens = [t for t in tokens if t and t != "and"]
    if not tokens:
        return None
    total = 0
    current = 0
    for tok in tokens:
        if tok in _UNITS:
            current += _UNITS[tok]
        elif tok in _TENS:
            current += _TENS[tok]
        elif tok in _SCALES:
            scale = _SCALES[tok]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        else:
            return None
    return total + current


def parse_number(text: str) -> float | None:
    """Read one printed number ("12,406", "8.9 million", "$1.4 million", "nine"); None if not."""
    t = text.strip()
    t = re.sub(r"^(?:US\$|USD\s?|\$)", "", t)
    if not _NUMBER_RE.match(t):
        return None
    scale = 1
    m = re.search(r"\s+(million|billion|thousand)$", t, re.IGNORECASE)
    if m:
        scale = _SCALES[m.group(1).lower()]
        t = t[: m.start()]
    digits = re.sub(r",\s?", "", t)
    if re.fullmatch(r"\d+(?:\.\d+)?", digits):
        value = float(digits)
    else:
        words = words_to_number(t)
        if words is None:
            return None
        value = float(words)
    return round(value * scale, 6)


_YEAR = re.compile(r"(?:19|20)\d\d")


def is_year(text: str) -> bool:
    """Whether printed digits are a calendar year (1900-2099): a date, not a count."""
    return _YEAR.fullmatch(text) is not None


def find_numbers(text: str) -> list[Figure]:
    """Every number in ``text`` (digits, money or words), in order."""
    out = []
    for m in re.finditer(rf"{MONEY}|{NUMBER}", text, re.IGNORECASE):
        value = parse_number(m.group(0))
        if value is not None:
            out.append(Figure(value, m.start(), m.end(), m.group(0)))
    return out
