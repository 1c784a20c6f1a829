"""What a document's own text says about a key value, independently of the extractor.

The key fills fields for tables and rows a profile does not print. Which key values leave
the denominator is decided here from the document's text alone, never from the extractor's
vocabulary or our tables, so that a table or label the extractor fails to read stays in the
denominator and shows as a disagreement:

- **title**: the printed table's title (``score_titles.csv``) stands nowhere in the text;
- **value**: the key's value stands nowhere in the text in any printed form (digits with or
  without separators, ``$``, "million"; a percent written as a fraction; an age range as
  ``5-14`` or ``5 to 14``; Yes/No and the status words ``Unknown``, ``N/A``, ...);
- **row words**: the words of the field's row (``row_words`` in ``score_fields.csv``, a few
  plain words such as "dedicated") stand nowhere in the text.

Matching forgives what OCR and text conversion do: case, spacing and punctuation are
ignored for titles and words, and the usual digit/letter swaps (``1`` as ``l``, ``I`` or
``|``; ``0`` as ``O``) are undone in both titles and numbers. Doubt keeps a value in the
denominator: a short title or number found in unrelated prose counts as printed.

The text is, by preference, a folder of evidence texts given by the caller (named like the
document's source file, e.g. the undamaged twin of a damaged text), else the raw source file
when it is text, else the repaired text the clean job wrote (``<clean>/text/<doc_id>.txt``).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Mapping
from decimal import Decimal
from functools import cache
from pathlib import Path, PurePath

from analysis.evaluate.key import MARKS, NUMBER, key_status, number_parts, whole_number

#: Characters OCR prints for a digit, and the digit (undone inside tokens that hold digits).
_DIGIT_SWAPS = str.maketrans({"O": "0", "o": "0", "D": "0", "l": "1", "I": "1", "|": "1",
                              "i": "1", "!": "1", "S": "5", "B": "8"})
#: Letters OCR swaps with each other or with digits, folded to one letter for word matching.
_LETTER_SWAPS = str.maketrans({"0": "o", "1": "l", "i": "l", "|": "l", "!": "l", "5": "s"})
_NOT_LETTER = re.compile(r"[^a-z]+")
_TOKEN = re.compile(r"\S+")
_DIGIT = re.compile(r"\d")
#: A space between digit groups ("7 897"), read as a thousands separator in a second pass.
_SPACED_THOUSANDS = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")
_RANGE = re.compile(r"\s*(\d{1,2})\s*[-–/]\s*(\d{1,2})\s*")
#: How each key status may be printed (lower case).
_STATUS_FORMS = {
    "unknown": r"unknown",
    "not_applicable": r"n\s*/\s*a\b|not\s+applicable",
    "unavailable": r"unavailable|not\s+available|n\s*/\s*a\b",
    "none": r"\bnone\b",
    "unclear": r"unclear",
}
#: Suffixes of source files that are text.
_TEXT_SUFFIXES = {".txt", ".md", ".text"}


def fold_letters(text: str) -> str:
    """Lower case, OCR letter swaps undone, everything but letters dropped."""
    return _NOT_LETTER.sub("", text.lower().translate(_LETTER_SWAPS))


def _digits_restored(text: str) -> str:
    """The text with OCR's letters-for-digits undone inside every token that holds a digit."""
    return _TOKEN.sub(lambda m: m[0].translate(_DIGIT_SWAPS) if _DIGIT.search(m[0]) else m[0],
                      text)


class DocumentText:
    """One document's text, prepared for asking whether a title, value or word is printed."""

    def __init__(self, text: str, source: str) -> None:
        """Fold the text once for words and read every number printed in it."""
        self.source = source
        self.lower = text.lower()
        self.letters = fold_letters(text)
        self.digits = _digits_restored(text)
        pairs = []
        for version in (self.digits, _SPACED_THOUSANDS.sub("", self.digits)):
            for m in NUMBER.finditer(version):
                parsed = number_parts(m)
                if parsed is not None:
                    pairs.append((float(parsed[0]), float(parsed[1])))
        pairs.sort()
        self._values = [v for v, _ in pairs]
        self._halves = [h for _, h in pairs]
        self._widest = max(self._halves, default=0.0)

    def has_words(self, phrases: tuple[str, ...]) -> bool:
        """Whether any of the phrases stands in the text (case, spacing, punctuation aside)."""
        return any(fold_letters(p) in self.letters for p in phrases)

    def has_number(self, value: Decimal, half: Decimal) -> bool:
        """Whether a number agreeing with ``value`` (at the coarser precision) is printed."""
        target, own = float(value), float(half)
        lo = bisect.bisect_left(self._values, target - own - self._widest)
        hi = bisect.bisect_right(self._values, target + own + self._widest)
        return any(abs(self._values[k] - target) <= max(own, self._halves[k]) + 1e-9
                   for k in range(lo, hi))

    def has_status(self, status: str) -> bool:
        """Whether a word that prints a key status (``N/A``, ``Unknown``, ...) stands here."""
        return re.search(_STATUS_FORMS[status], self.lower) is not None

    def prints(self, kind: str, value: str, scale: str) -> bool:
        """Whether a key value of a kind is printed anywhere in the text, in any form."""
        status = key_status(value)
        if status != "reported":
            return self.has_status(status)
        plain = value.strip().strip(MARKS).strip()
        if kind == "label":
            return True
        if kind == "boolean":
            word = {"1": "yes", "true": "yes", "0": "no", "false": "no"}.get(plain.lower(),
                                                                           plain.lower())
            return re.search(rf"\b{re.escape(word)}\b", self.lower) is not None
        if kind == "age_range" or (kind == "age" and whole_number(plain) is None):
            return self._range(plain)
        parsed = _parsed(plain)
        if parsed is None:
            return fold_letters(plain) in self.letters if fold_letters(plain) else True
        number, half = parsed
        if kind == "percent" and scale == "fraction":
            number, half = number * 100, half * 100
        return self.has_number(number, half)

    def _range(self, plain: str) -> bool:
        """Whether two numbers joined like ``5-14``, ``5 to 14`` or ``16/18`` are printed."""
        m = _RANGE.fullmatch(plain)
        if not m:
            return fold_letters(plain) in self.letters if fold_letters(plain) else True
        low, high = m.groups()
        pattern = rf"(?<!\d){low}\s*(?:-|–|—|/|to)\s*{high}(?!\d)"
        return re.search(pattern, self.digits) is not None


@cache
def _parsed(text: str) -> tuple[Decimal, Decimal] | None:
    """A key figure as (value, half its last unit), or None when it is not a number."""
    m = NUMBER.fullmatch(text)
    return number_parts(m) if m else None


class Evidence:
    """Finds and prepares the text of each document, once."""

    def __init__(self, clean: Path, folder: Path | None = None) -> None:
        """Texts come from ``folder`` (by source file stem) when given, else as the module says."""
        self.clean = Path(clean)
        self.folder = Path(folder) if folder else None
        self.texts: dict[str, DocumentText | None] = {}
        self.sources: Counter[str] = Counter()

    def text(self, doc: Mapping[str, str]) -> DocumentText | None:
        """The prepared text of a document; None when none of its texts can be read."""
        doc_id = doc.get("doc_id", "")
        if doc_id not in self.texts:
            found = self._read(doc)
            self.sources[found[1] if found else "none"] += 1
            self.texts[doc_id] = DocumentText(*found) if found else None
        return self.texts[doc_id]

    def _read(self, doc: Mapping[str, str]) -> tuple[str, str] | None:
        """(text, where it came from) for a document, trying each source in turn."""
        source = PurePath(doc.get("source_file", ""))
        candidates = []
        if self.folder is not None:
            candidates.append((self.folder / f"{source.stem}.txt", "evidence folder"))
        if source.suffix.lower() in _TEXT_SUFFIXES:
            candidates.append((Path(source), "raw source file"))
        candidates.append((self.clean / "text" / f"{doc.get('doc_id', '')}.txt",
                           "repaired text"))
        for path, kind in candidates:
            if path.is_file():
                return path.read_bytes().decode("utf-8", errors="replace"), kind
        return None
