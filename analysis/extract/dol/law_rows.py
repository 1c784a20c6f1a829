"""A law row being read, from its printed label to its ``Law`` record.

The row (``LawSlot``), the reader that opens rows from labels in print order
(``LabelReader``, which keeps the heading whose sub-rows may follow), how a Yes/No cell and an
age cell read, and the record made of a row (``law_record``). The aligned, flowed and OCR line
readers all find rows differently but share this, so a cell reads the same whichever of them
found it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from analysis.extract.dol.law_labels import LabelRule, label_rule
from analysis.extract.dol.list_cells import split_citations, split_marks
from analysis.extract.records import Law
from analysis.notation import MARKS, MISSING_WORDS

#: Cells that give no age: empty, a dash, "None" or a missing-value word.
NOT_GIVEN = {"", "-", "–", "none", *(w.lower() for w in MISSING_WORDS)}
#: An age cell with several ages: "16, 17", "17 or 18", "16 and 18".
_SEVERAL_AGES = r"\d{1,2}(?:\s*(?:,|and|or)\s*\d{1,2})+"


#: One part of a Yes/No cell split by what it covers ("Combat: Yes" over "Non-Combat: Yes",
#: the two kinds of voluntary recruitment): a short qualifier, a colon, Yes or No.
QUALIFIED = rf"[A-Z][A-Za-z]*(?:[- ][A-Za-z]+)?:\s*(?:Yes|No)[{MARKS}]*"
#: Parts so joined into one cell ("Combat: Yes; Non-Combat: Yes").
QUALIFIED_CELL = re.compile(rf"{QUALIFIED}(?:;\s*{QUALIFIED})*")


def _yes_no(value: str) -> bool | None:
    """True for "Yes", False for "No" (marks and citations ignored), else None. A cell of
    qualified parts ("Combat: Yes; Non-Combat: Yes") says Yes or No when all its parts say
    it, else None."""
    bare = split_marks(split_citations(value)[0])[0]
    if QUALIFIED_CELL.fullmatch(bare):
        says = {_yes_no(part.split(":")[1]) for part in bare.split(";")}
        return says.pop() if len(says) == 1 else None
    return {"yes": True, "no": False}.get(bare.lower())


def parse_age(value: str) -> tuple[int | None, bool]:
    """An age cell as an int ("17‡" -> 17, "N/A" -> None) and whether the cell was understood.
    A cell printing several ages ("16, 17": one per branch of the armed forces) gives the
    lowest, the age from which the law allows it at all."""
    bare = split_marks(split_citations(value)[0])[0]
    if re.fullmatch(r"\d{1,2}", bare):
        return int(bare), True
    if re.fullmatch(_SEVERAL_AGES, bare):
        return min(int(n) for n in re.findall(r"\d+", bare)), True
    return None, bare.lower() in NOT_GIVEN


@dataclass
class LawSlot:
    """A law row being read: its label and the values found for it."""

    label: str
    standard: str
    start: int
    end: int
    has_age: bool = False
    meets: str = ""
    age: str = ""
    legislation: str = ""
    heading: bool = False
    territory: str = ""
    pairing: str = ""
    lowest: int = 0
    sub_row: bool = False


class LabelReader:
    """Labels read in order, with the heading whose sub-rows may follow."""

    def __init__(self, warnings: list[str],
                 rule: Callable[[str, str | None], LabelRule | None] = label_rule) -> None:
        self.group = ""
        self.opener: LawSlot | None = None
        self.warnings = warnings
        self.rule = rule

    def slot(self, label: str, start: int, end: int) -> LawSlot:
        """The row a label opens. A label that opens a heading is a heading row when sub-rows
        follow it ("Minimum Age for Compulsory Military Recruitment" over "State Voluntary"),
        else a standard of its own. A sub-row label read where its heading is not the last one
        ("State Voluntary" printed before "Minimum Age for Military Recruitment", as flowed
        text may) is still the one standard it can be."""
        rule = self.rule(label, self.group) or self.rule(label, None)
        if rule is None:
            self.warnings.append(f"laws: unknown standard label '{label}'")
            rule = LabelRule("", "", False)
        sub_row = bool(self.group) and self.rule(label, self.group) != self.rule(label, "")
        if sub_row and self.opener:
            self.opener.heading = True
        heading = bool(rule.opens and not rule.standard)
        slot = LawSlot(label, rule.standard, start, end, rule.has_age, heading=heading,
                     lowest=rule.lowest, sub_row=bool(rule.group))
        if not sub_row:
            self.group, self.opener = rule.opens, slot if rule.opens else None
        return slot


def law_record(slot: LawSlot, meets_column: bool, exists_column: bool, warnings: list[str]) -> Law:
    """A Law from a read row."""
    legislation, citations = split_citations(slot.legislation)
    if slot.meets and _yes_no(slot.meets) is None and QUALIFIED_CELL.fullmatch(slot.meets):
        warnings.append(f"laws: Yes/No cell '{slot.meets}' of '{slot.label}' says Yes for part "
                        "of the standard and No for the rest; left empty")
    age, understood = parse_age(slot.age)
    if not understood:
        warnings.append(f"laws: age '{slot.age}' of '{slot.label}' not understood")
    return Law(
        standard=slot.standard,
        label=slot.label,
        start=slot.start,
        end=slot.end,
        meets_international=_yes_no(slot.meets) if meets_column else None,
        established=_yes_no(slot.meets) if exists_column else None,
        age=age,
        legislation=legislation,
        citations=citations,
        territory=slot.territory,
        pairing=slot.pairing or "row",
    )
