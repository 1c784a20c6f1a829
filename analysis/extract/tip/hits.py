"""What one figure of a TIP sentence was read as (a ``Hit``): the record every reader of
the sentence fills in (its measure, kind, source, year, and the figure it is a part, total or
comparison of), kept apart so that each of them can take it without importing the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from analysis.extract.numbers import Figure


@dataclass
class Hit:
    """A figure of a sentence and what it was read as."""

    fig: Figure
    unit: str
    at: int
    role: str = "unmapped"  # figure, child, ignore, unmapped
    base: str = ""
    splits: dict[str, str] = field(default_factory=dict)
    extra: tuple[str, ...] = ()
    year: int = 0
    label_start: int = 0
    label_end: int = 0
    np_end: int = 0
    parent: Hit | None = None
    source: str = "government"
    parts: frozenset[str] = frozenset()
    comparative: bool = False
    note: str = ""
    each: tuple[int, ...] = ()
    adjunct: frozenset[str] = frozenset()  # split groups named only after "for" / "in"
    named: frozenset[str] = frozenset()  # split groups its own words name ("nine labor ...")
    headed: bool = False  # its own words name what it counts ("15 victims", not "15 from Iraq")
    total: float | None = None  # the sum of parts this figure opens ("two confirmed and 129
    total_end: int = 0          # potential victims"), and where the last part ends
    again: bool = False  # a count already given, counted again ("referred all 52 victims")
    noun: str = ""  # the counted noun, singular ("calls" -> "call")
    offset: int = -1  # where its sentence starts in the text
    foreign: bool = False  # every one counted is of another nationality ("four Jamaican victims")
    restates: Hit | None = None  # the count this figure gives again by kind ("all were children")
    # read by its verb's measure, but of a kind no split names ("non-sexual trafficking") or of
    # another crime ("illegal recruitment"): the items after it with a kind of their own are
    # of that measure
    unsplit: bool = False
    listed: bool = False  # a sum of listed parts, no count printed ("17 Filipinos, three ...")
    computed: bool = False  # its value is worked out from figures printed (a sum, all but some)
    compared: Hit | None = None  # the figure a comparison is of ("12 victims (nine in 2016)")
