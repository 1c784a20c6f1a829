"""Reading the period a partial-year figure covers from the report's note on it.

Reports mark such figures with a symbol and a note: "Data are from January 1, 2016 to
September 30, 2016", "Data are from January to November 2019", "first 9 months of 2016".
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name} | {"sept": 9}
_NUMBERS = {w: i for i, w in enumerate(("zero", "one", "two", "three", "four", "five", "six",
                                         "seven", "eight", "nine", "ten", "eleven", "twelve"))}
_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE = (r"(?P<m{n}>" + _MONTH + r")(?:\s+(?P<d{n}>\d{{1,2}})(?!\d))?,?(?:\s+(?P<y{n}>\d{{4}}))?")
_RANGE = re.compile(
    _DATE.format(n=1) + r",?\s*(?:to|through|until|till|[-–—])\s*" + _DATE.format(n=2),
    re.IGNORECASE,
)
_FIRST = re.compile(
    r"first\s+(?P<n>\d{1,2}|" + "|".join(_NUMBERS) + r")\s+months\s+(?:of|in)\s+"
    r"(?:(?P<y>\d{4})|the\s+(?:year|reporting\s+period))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Period:
    """A reporting period: first and last day covered, and its length in months."""

    start: date
    end: date
    text: str

    @property
    def months(self) -> float:
        """Calendar months covered, counting part months by their share of days."""
        total = 0.0
        year, month = self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            days = calendar.monthrange(year, month)[1]
            first = self.start.day if (year, month) == (self.start.year, self.start.month) else 1
            last = self.end.day if (year, month) == (self.end.year, self.end.month) else days
            total += (last - first + 1) / days
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return round(total, 2)


def _day(day: str | None, year: int, month: int, last: bool) -> int:


    """The day of a date as printed, else the month's first or last day."""
    if day:
        return min(int(day), calendar.monthrange(year, month)[1])
    return calendar.monthrange(year, month)[1] if last else 1


def _from_range(match: re.Match[str], data_year: int | None) -> Period | None:


    """The period of a 'Month [day,] [year] to Month [day,] year' match."""
    m1, m2 = _MONTHS[match["m1"].lower().rstrip(".")], _MONTHS[match["m2"].lower().rstrip(".")]
    y2 = int(match["y2"]) if match["y2"] else data_year
    if y2 is None:
        return None
    y1 = int(match["y1"]) if match["y1"] else (y2 if m1 <= m2 else y2 - 1)
    start = date(y1, m1, _day(match["d1"], y1, m1, last=False))
    end = date(y2, m2, _day(match["d2"], y2, m2, last=True))
    return Period(start, end, match.group(0).strip()) if start <= end else None


def _from_first_months(match: re.Match[str], data_year: int | None) -> Period | None:


    """The period of a 'first N months of YEAR' match."""
    count = match["n"].lower()
    months = int(count) if count.isdigit() else _NUMBERS[count]
    year = int(match["y"]) if match["y"] else data_year
    if year is None or not 1 <= months <= 12:
        return None
    end = date(year, months, calendar.monthrange(year, months)[1])
    return Period(date(year, 1, 1), end, match.group(0).strip())


def parse_period(note: str | None, data_year: int | None = None) -> Period | None:
    """The period a note states, or None when no period can be read from it.

    A date without a year takes the figure's data year (or the end date's year).
    """
    if not note:
        return None
    if match := _RANGE.search(note):
        return _from_range(match, data_year)
    if match := _FIRST.search(note):
        return _from_first_months(match, data_year)
    return None
