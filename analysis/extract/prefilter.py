"""Words a regex cannot match without, so that a pattern is run only on text that holds one.

Python's ``re`` tries a pattern at every position of a text; with dozens of phrasings per
sentence that scan is most of the cost of reading prose. A pattern's literal pieces that every
match must contain (one of ``employed``/``had``, then ``inspectors``) are read from its parse
tree, and a substring test on case-folded text rules most sentences out at once. The test is
sound: it only ever skips text the pattern cannot match.
"""

from __future__ import annotations

import _sre
import re
import re._casefix as _casefix
import re._constants as _c
import re._parser as _parser
from functools import cache

_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)


@cache
def _fold_char(code: int) -> str:
    """The one character every case variant of ``code`` folds to, as ``re`` compares them."""
    lower = _sre.unicode_tolower(code)
    return chr(min((lower, *_casefix._EXTRA_CASES.get(lower, ()))))


class _FoldTable(dict[int, str]):
    """``str.translate`` table folding each character as ``re`` compares it, filled on use."""

    def __missing__(self, code: int) -> str:
        self[code] = folded = _fold_char(code)
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Text folded as ``re.IGNORECASE`` compares characters, one character for one."""
    return text.lower() if text.isascii() else text.translate(_FOLD)


def _run_words(items: list[tuple[object, object]]) -> frozenset[str] | None:
    """Literals one of which every match of a parsed sequence contains, or None when no such
    set is known; the set whose shortest literal is longest is kept."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in [*items, (None, None)]:
        if op is _c.LITERAL:
            run.append(_fold_char(arg))  # type: ignore[arg-type]
            continue
        if run:
            options.append(frozenset({"".join(run)}))
            run = []
        found = _node_words(op, arg)
        if found:
            options.append(found)
    if not options:
        return None
    return max(options, key=lambda words: (min(map(len, words)), -len(words)))


def _node_words(op: object, arg: object) -> frozenset[str] | None:
    """Literals one of which every match of one parsed node contains, or None."""
    if op is _c.SUBPATTERN:
        return _run_words(list(arg[-1]))  # type: ignore[index]
    if op is _c.ATOMIC_GROUP:
        return _run_words(list(arg))  # type: ignore[arg-type]
    if op in _REPEATS and arg[0] >= 1:  # type: ignore[index]
        return _run_words(list(arg[2]))  # type: ignore[index]
    if op is _c.BRANCH:
        alternatives = [_run_words(list(branch)) for branch in arg[1]]  # type: ignore[index]
        if any(not words for words in alternatives):
            return None
        return frozenset().union(*alternatives)  # type: ignore[arg-type]
    return None


@cache
def required_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Case-folded literals one of which is in every text the pattern matches, or None."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    return _run_words(list(parsed))


class PatternFilter:
    """Which of a list of patterns may match a text, by the words each cannot match without."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self._needs = [required_words(p) for p in patterns]
        self._words = sorted(frozenset().union(*(n for n in self._needs if n)))

    def possible(self, text: str) -> list[bool]:
        """One flag per pattern: False only when the pattern cannot match ``text``."""
        folded = fold(text)
        present = {word for word in self._words if word in folded}
        return [needs is None or not needs.isdisjoint(present) for needs in self._needs]
