"""Shared machinery of the repair rules: the rule type, a regex-to-rule helper, line tools."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from analysis.repair.ledger import Edit, apply_edits

#: A repair rule: takes a text, returns the repaired text and the edits that made it.
Rule = Callable[[str], tuple[str, list[Edit]]]

#: What a regex rule puts in place of a match: a fixed string, or a function of the match
#: returning the new text (``None`` leaves the match alone).
Replacement = str | Callable[[re.Match[str]], str | None]


def finish(text: str, edits: Iterable[Edit]) -> tuple[str, list[Edit]]:
    """Drop no-op edits and apply the rest, so every rule returns only real changes."""
    real = [ed for ed in edits if text[ed.start : ed.end] != ed.after]
    return apply_edits(text, real), real


def regex_rule(pattern: re.Pattern[str], replace: Replacement, *, group: int | str = 0) -> Rule:
    """Make a rule that replaces ``group`` of every match of ``pattern`` (the rest of the
    match is context that guards the edit but is left untouched)."""

    def rule(text: str) -> tuple[str, list[Edit]]:
        """Replace each match of the pattern in the text."""
        return finish(text, regex_edits(text, pattern, replace, group=group))

    return rule


def regex_edits(
    text: str, pattern: re.Pattern[str], replace: Replacement, *, group: int | str = 0
) -> Iterator[Edit]:
    """Yield one edit per match of ``pattern`` whose replacement is not ``None``."""
    for m in pattern.finditer(text):
        after = replace if isinstance(replace, str) else replace(m)
        if after is not None:
            yield Edit(m.start(group), m.end(group), after)


class Line(NamedTuple):
    """One line of a text: ``text[start:end]`` without its newline."""

    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        """True when the line holds only white space (form feeds included)."""
        return not self.text.strip()


def split_lines(text: str) -> list[Line]:
    """Split a text into lines with their offsets (the last line may be empty)."""
    lines: list[Line] = []
    pos = 0
    for part in text.split("\n"):
        lines.append(Line(pos, pos + len(part), part))
        pos += len(part) + 1
    return lines


def drop_lines_edits(text: str, lines: list[Line], drop: set[int]) -> list[Edit]:
    """Edits removing the dropped lines together with the blank lines around them.

    Each stretch of dropped and blank lines between two kept lines collapses to one line
    break, or to a blank line when a blank line stood right before the next kept line, so
    the structure after the dropped lines (paragraph or not) is what the reader sees.
    """
    edits: list[Edit] = []
    n = len(lines)
    blank = [not line.text.strip() for line in lines]
    for d in sorted(drop):
        if edits and lines[d].start < edits[-1].end:
            continue
        i = d
        while i > 0 and blank[i - 1] and i - 1 not in drop:
            i -= 1
        j = d
        while j < n and (j in drop or blank[j]):
            j += 1
        prev_kept = lines[i - 1] if i > 0 else None
        start = prev_kept.end if prev_kept else 0
        if j >= n:
            edits.append(Edit(start, len(text), "\n" if prev_kept else ""))
        else:
            gap = ("\n\n" if blank[j - 1] and j - 1 not in drop
                   and not (prev_kept and _continues(prev_kept.text, lines[j].text)) else "\n")
            edits.append(Edit(start, lines[j].start, gap if prev_kept else ""))
    return edits


def _continues(before: str, after: str) -> bool:
    """Whether the line after a page break goes on with the sentence of the line before it
    ("by ident-" / "ifying nine victims", "convicted nine traffickers," / "including six",
    "a total of 208" / "federal prosecutions"): then the break is no paragraph break."""
    return (re.search(r"[A-Za-z0-9,-]$", before.rstrip()) is not None
            and after.lstrip()[:1].islower())


def squeeze(s: str) -> str:
    """Remove all white space, so letter-spaced and column-aligned lines compare equal."""
    return "".join(s.split())
