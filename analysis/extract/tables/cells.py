"""The cells, lines and patterns that every table reader shares.

A ``Cell`` is a piece of printed text with its offsets in the given text, a ``Table`` is what
the readers return, and ``LabelHints`` is what a caller knows about the row labels. The
value-cell pattern (amounts, age ranges and word values with their marks and citations) and
``normalise_label`` decide what counts as a value and when two labels are the same, for the
readers and for the code that maps their tables to the project's vocabularies.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from analysis.extract.edits import levenshtein
from analysis.extract.numbers import NUMBER_DIGITS, is_year
from analysis.notation import CELL_WORD, CELL_WORDS, CITATION, READ_MARKS, number_group

#: One mark as a table reader sees it, the reports' or OCR's ("4,512†", "4,512¢"); OCR may also
#: read a mark as a "t" or "f" glued to a number.
MARK = f"[{re.escape(READ_MARKS)}]"
_GLUED_MARK = r"(?<=\d)[tf](?![A-Za-z])"
_WORD_VALUE = rf"(?:{CELL_WORD})"
_AMOUNT = rf"(?:(?:US)?\$\s?)?(?:{NUMBER_DIGITS})(?:\s*(?:million|billion|thousand))?"
AGE = r"\d{1,2}\s*(?:-|–|—|to)\s*\d{1,2}(?:\s*yrs?)?\.*"
#: What a value cell prints in parentheses after its figure: citations, or the number of
#: working children after a percentage ("3.5 (1300)", "3.2 (61,250)").
_PARENTHESES = number_group(4)
#: One value cell as printed: a word value, an age range or an amount, with marks and
#: citations ("4,512† (30)", "Unknown* (5)", "$2.4 million (34)", "3.2 (61,250)", "5 to 14").
VALUE_CELL = (
    rf"(?:{_WORD_VALUE}|{AGE}|{_AMOUNT}(?:{_GLUED_MARK})?)(?:\s*{MARK})*(?:\s*\({_WORD_VALUE}\))?"
    rf"(?:\s*{_PARENTHESES})*(?:\s*{MARK})*"
)
_VALUE_RE = re.compile(rf"{VALUE_CELL}", re.IGNORECASE)
YEAR_RE = re.compile(rf"(?:19|20)\d\d(?:\s*{MARK})*")
TITLE_RE = re.compile(
    r"^[ \t\f]*(?:\*\*|#+[ \t]*)?Table[ \t]+(\d{1,2})[ \t]*[.:][ \t]*(\S.*?)[ \t]*(?:\*\*)?[ \t]*$",
    re.MULTILINE,
)
#: A line that ends with a connecting word or sign continues on the next. The word stands
#: after a space or sign, never after a full stop or hyphen that OCR put inside a word
#: ("Educati.on" is no "on").
CONNECTOR_END = re.compile(
    r"(?:(?<![\w.-])(?:and|or|of|for|to|the|in|on|by|with|at|from|that|which|between|"
    r"related|a|an|as|per|its)|[,(/–-])$",
    re.IGNORECASE,
)
_SPACE = " \t\f\r\u00a0"
_FOLD = str.maketrans({"1": "l", "|": "l", "!": "l", "i": "l", "í": "l", "0": "o", "é": "e"})
#: A list mark before a row label: a bullet glyph (printed against the word or not), a dash or
#: another sign OCR reads a bullet as ("=", "»", "*", ...) followed by a space, or the letter
#: pdftotext prints for a dingbat bullet ("n", also "o", "q", "l", "e") before a capitalised word.
#: A sign against the word is part of the label ("=HYPERLINK(...)", "-1").
LIST_MARK = re.compile(
    r"^[\s\f]*(?:[•·▪■□●○◦◆◇❖➢►▸](?:\s+|(?=[A-Z]))|[-–—»«=~>*]\s+|[noqle]\s+(?=[A-Z(]))")
_NOISE_RE = re.compile(rf"</?\w+>|{CITATION}|{MARK}")
#: A hyphen OCR put against a word of a label, not between two words ("-New", "Number-").
_STRAY_HYPHEN = re.compile(r"(?<=\s)-+(?=[A-Za-z])|(?<=[A-Za-z])-+(?=\s)")
_SPACE_RE = re.compile(r"\s+")


@dataclass(frozen=True)
class Cell:
    """One cell as printed, stripped; ``text[start:end]`` of the given text when on one line."""

    text: str
    start: int
    end: int


@dataclass
class Table:
    """One table: its title, column headings, rows (label first) and the notes under it; its
    number as printed (None when unreadable) and the kind its title names ("" if unknown)."""

    number: int | None
    title: str
    start: int
    end: int
    header: list[Cell]
    rows: list[list[Cell]]
    notes: list[Cell]
    warnings: list[str] = field(default_factory=list)
    kind: str = ""

    @property
    def name(self) -> str:
        """How messages name the table: by its number, or by its title when OCR lost it."""
        return f"Table {self.number}" if self.number is not None else f"Table '{self.title}'"


@dataclass(frozen=True)
class LabelHints:
    """What a caller knows about the row labels, for layouts that lose the rows (flowed).

    Each pattern is matched in full against ``normalise_label`` of a candidate label; a text
    no pattern takes may still be a label reworded or damaged, which ``roles`` (the caller's
    similarity rule) names "value" or "heading" ("" when it is none).
    """

    labels: re.Pattern[str] | None = None
    headings: re.Pattern[str] | None = None
    headers: re.Pattern[str] | None = None
    fits: Callable[[str, str], bool] | None = None
    roles: Callable[[str], str] | None = None

    def is_label(self, norm: str) -> bool:
        """Whether a normalised text is a known row label with values."""
        if self.labels and self.labels.fullmatch(norm):
            return True
        return bool(self.roles) and self._role(norm) == "value"

    def is_heading(self, norm: str) -> bool:
        """Whether a normalised text is a known sub-heading row (a row without values)."""
        if self.headings and self.headings.fullmatch(norm):
            return True
        return bool(self.roles) and self._role(norm) == "heading"

    def _role(self, norm: str) -> str:
        """The role ``roles`` gives a text no pattern takes."""
        if self.roles is None or (self.headers and self.headers.fullmatch(norm)):
            return ""
        return self.roles(norm)

    def is_header(self, norm: str) -> bool:
        """Whether a normalised text is a known column heading."""
        return bool(self.headers and self.headers.fullmatch(norm))

    def misfits(self, norm: str, cells: list[Cell]) -> int:
        """How many of these cells cannot be values of the row labelled ``norm``."""
        if self.fits is None:
            return 0
        return sum(1 for c in cells if not self.fits(norm, c.text))


NO_HINTS = LabelHints()


@lru_cache(maxsize=1 << 16)
def normalise_label(text: str) -> str:
    """Lower-case a label and drop its list mark, marks, citations, quotes and extra spaces, for
    matching."""
    t = _NOISE_RE.sub(" ", strip_list_mark(text))
    t = _STRAY_HYPHEN.sub("", t)
    t = t.replace("’", "'").replace("‘", "'").replace("\\", "")
    t = _SPACE_RE.sub(" ", t)
    return t.replace("( ", "(").replace(" )", ")").strip(" :.").lower()


def fold(text: str) -> str:
    """Lower-case letters only, with the letters OCR confuses made one ("l", "1", "I", "|"
    and "i" as "l"; "0" as "o"; "rn" as "m"; "vv" as "w")."""
    t = text.lower().translate(_FOLD)
    t = re.sub(r"[^a-z]", "", t)
    return t.replace("rn", "m").replace("vv", "w")


def strip_list_mark(text: str) -> str:
    """A label without the bullet or dash printed before it ("n Refresher Courses Provided")."""
    return LIST_MARK.sub("", text, count=1)


def is_value_cell(text: str) -> bool:
    """Whether a text is one value cell as the tables print them."""
    return bool(_VALUE_RE.fullmatch(text.strip()))


@lru_cache(maxsize=1 << 16)
def edit_distance(a: str, b: str, allowed: int) -> int | None:
    """How many edits (a character changed, lost or added) turn ``a`` into ``b``, or None
    when that is more than ``allowed``."""
    if a == b:
        return 0
    if abs(len(a) - len(b)) > allowed:
        return None
    found = levenshtein(a, b)
    return found if found <= allowed else None


#: Marks OCR puts inside a word ("Unavai-lable", "Unk(nown"): the mends take them out, which
#: may also take out the "(" of a group and so join letters to the group after it.
_JOINING_MARKS = re.compile(r"(?<=[A-Za-z])[-‘’'`´,(]+(?=[a-z])")


#: What OCR does to a value cell that can be undone with certainty, each a (pattern,
#: replacement): a sign that is neither a letter, digit, mark nor part of a figure, added
#: anywhere ("Yes ¥(32)"); a hyphen, quote, parenthesis or space put inside a word
#: ("U-nknown", "y‘rs", "y rs", "Un(known"), or beside the slash of one ("N -/A", "N/ A");
#: in an age range, "to" with a 0 read for its o ("5 t0 14"), a hyphen before it
#: ("7- to 14") and a letter added to "yrs" ("5-14 yvrs.", "5-14 yrsS"); a letter that reads
#: as no digit glued before a decimal figure ("A94.7"); a hyphen between a figure and its
#: citation ("0 -(12)"); a stray quote or comma at either end, a full stop after the citation
#: ("Yes (14)."); a letter read for a digit
#: between digits ("680,0O4", "7.S"); a letter or space added inside an age range ("7V-14",
#: "7 -1 4", "5-14 -yrs"), or its hyphen lost where one split only is a range of child ages
#: ("514 yrs.", ``_age_apart``); spaces around a decimal point ("7 .5"), a hyphen after it
#: ("20.-9") or before a decimal figure ("-100.2": no share is negative), inside a thousands
#: group ("673,94 9") or before digits no number starts with ("1 00.1"); in citations,
#: anything but digits and commas, spaces inside a number, and empty parentheses ("(33-)",
#: "(4 6)", "()", "(,44)"); a mark read as "t" or "f" after a word ("Yes t(84)"); a letter
#: alone before a figure or after its "$" ("f 27", "$t236,363"), an O alone before a
#: citation ("O (45,4)"); a space or hyphen inside a group of three digits after a thousands
#: comma ("42,7 0 3", "1,0-20") or inside the first group after a "$" ("$20 7,000").
_MENDS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (re.compile(rf"[^\w\s(),.$%/{re.escape(READ_MARKS)}–—-]"), ""),
    (_JOINING_MARKS, ""),
    (re.compile(r"(?<=\d )t[0O](?= \d)|(?<=\d) ?- (?=to \d)"), lambda m: "to" if "t" in m.group()
     else " "),
    (re.compile(r"(?<=\d )y[a-z]?r[a-z]?s[a-zS]?(?=\.?$)"), "yrs"),
    (re.compile(r"^(?![lIOoSsBZzGg])[A-Za-z](?=\d{1,3}\.\d+$)"), ""),
    (re.compile(r"(?<=[A-Za-z])[\s-]+(?=/[A-Za-z])|(?<=[A-Za-z]/)[\s-]+(?=[A-Za-z])"), ""),
    (re.compile(r"^[‘’'`´,]+|[‘’'`´,]+$|(?<=\))\.+$|^-(?=[A-Za-z])|(?<=[\d)A-Za-z])\s*-$"), ""),
    (re.compile(r"(?<=[A-Za-z])-(?=\s)|(?<=[A-Za-z/])\s*-(?=\s*\()|(?<=\d)\s+-(?=\()"
                r"|(?<=[a-z] )[A-Z](?=\(\d)"), ""),
    (re.compile(r"(?<=\bto)\s*-\s*(?=\d)|(?<=\bto)-(?=\s)"), " "),
    (re.compile(r"^S(?=\s*(?:-|–|to\b)\s*\d)"), "5"),
    (re.compile(r"^[-–.,‘’'`]\s+(?=[\dA-Z$])"), ""),
    (re.compile(r"(?<=\d) ,(?=\d{3}\b)"), ","),
    (re.compile(r"(?<=[a-z]) [tf](?=\s*\(|$)"), "†"),
    (re.compile(r"(?<=[a-z]) (?=[a-z])"), ""),
    (re.compile(r"(?<=\d)[Oo](?=\d)|(?<=\d,)[Oo]|(?<=\d)[Oo](?=[\s,]|$)|(?<![\w.])[Oo](?=\d)"),
     "0"),
    (re.compile(r"(?<=\d)[lI|](?=\d)|(?<=\d,)[lI|]|(?<![\w.])[lI|](?=\d)"), "1"),
    (re.compile(r"(?<=\d)S(?=,\d{3})|(?<=\d[.,])S(?![A-Za-z])"), "5"),
    (re.compile(r"(?<=\d)[A-Za-z](?=-\d)|(?<=\s)-(?=[a-z])"), ""),
    (re.compile(r"(?<=\d) ?- ?(?=\d)"), "-"),
    (re.compile(r"(?<=-\d) (?=\d\b)"), ""),
    (re.compile(r"(?<=\d) ?\. ?(?=\d)"), "."),
    (re.compile(r"(?<=\d\.)-(?=\d)|^-(?=\d+\.\d)"), ""),
    (re.compile(r"(?<=\d) (?=0\d)"), ""),
    (re.compile(r"(?<=,\d)\s(?=\d\d(?!\d))|(?<=,\d\d)\s(?=\d(?!\d))"), ""),
    (re.compile(r"^[A-Za-z]\s+(?=[\d$])|(?<=\$)[A-Za-z](?=\d)"), ""),
    (re.compile(r"^[Oo](?=\s*\()"), "0"),
    (re.compile(r"(?<=\d,)(\d)[\s-]?(\d)[\s-]?(\d)(?![\d,])"), r"\1\2\3"),
    (re.compile(r"(?<=\$\d) (?=\d{1,2},\d{3})|(?<=\$\d\d) (?=\d,\d{3})"), ""),
    (re.compile(r"\(([^()]*)\)"),
     lambda m: "({})".format(re.sub(r"(?<=\d)\s+(?=[\d,])", "",
                                    re.sub(r"[^\d,\s]", "", m.group(1))).strip(" ,"))),
    (re.compile(r"\s*\(\)"), ""),
)
#: A year heading as OCR prints it: digits with a letter for a digit or a space among them.
#: Signs OCR adds at the end of a short cell.
_STRAY = "_.,'‘’`~-"
_YEARISH = re.compile(r"[\dOolI|! ]{4,6}")
_YEAR_DIGITS = str.maketrans(
    {"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "!": "1", " ": None})
#: An age range printed without its hyphen ("514 yrs."), and the oldest age a range of
#: children's ages ends at.
_AGE_GLUED = re.compile(r"^(\d{3,4})(\s*yrs?\.?)$")
_OLDEST = 18
#: The cell words long enough to be recognised one edit away ("Unknovvn", "UGnknown").
_LONG_WORD = 5
#: Shorter cell words of at least this many letters are recognised with one letter lost.
_SHORT_WORD = 3
_WORD_AND_REST = re.compile(r"([A-Za-z][A-Za-z0-9|/ ]*[A-Za-z])(.*)")
#: What ``_beyond_mending`` looks for: a run of letters longer than a cell word one edit away
#: from the longest (Unavailable), by more than the letter a mend may take from either end.
_LONGEST_RUN = max(len(w.printed) for w in CELL_WORDS) + 4
_LONG_RUN = re.compile(rf"[A-Za-z]{{{_LONGEST_RUN},}}")
_SMALL_JOIN = re.compile(r"(?<=[a-z]) (?=[a-z])")
_PARENTHESIS = re.compile(r"\([^()]*\)")


@lru_cache(maxsize=1 << 14)
def mended_value(text: str) -> str | None:
    """A value cell damaged by OCR, mended where only one reading is possible (``_MENDS``; a
    cell word damaged, ``_near_word``, or split by spaces: "N o", "Y es", "N /A"), or None
    when the text is not such a cell. A cell that is already a value is not mended."""
    mended = text.strip()
    if is_value_cell(mended) or _beyond_mending(mended):
        return None
    for pattern, repl in _MENDS:
        mended = pattern.sub(repl, mended)
    mended = _AGE_GLUED.sub(_age_apart, mended)
    m = _WORD_AND_REST.fullmatch(mended)
    if m and not is_value_cell(mended):
        word = m.group(1).replace(" ", "").lower()
        near = [w.printed for w in CELL_WORDS
                if word == w.printed.lower() or _near_word(word, w.printed.lower())]
        if len(near) == 1:
            mended = near[0] + m.group(2)
    return mended if mended != text.strip() and is_value_cell(mended) else None


def _beyond_mending(text: str) -> bool:
    """Whether a text holds a run of ``_LONGEST_RUN`` letters outside parentheses once the
    spaces ``_MENDS`` take out between small letters and the marks they take out inside a word
    (``_JOINING_MARKS``, a "(" among them) are gone, so that no mend makes it a
    value cell: the mends delete no letter of such a run outside parentheses but one at
    either end (a "t" or "f" read for a mark, a letter read for a digit), the cell word it
    would be one edit from is shorter, and a value cell prints no run of more than eleven
    letters (a line of running text or a label is given up here, before the mends). A mend
    that deletes more of a word must change this test, which ``test_mend_shortcut`` checks."""
    joined = _JOINING_MARKS.sub("", text)
    return _LONG_RUN.search(_SMALL_JOIN.sub("", _PARENTHESIS.sub("\0", joined))) is not None


#: A value cell damaged past mending is short, and what is left of it once its citations,
#: marks, signs and unit words are taken away is a figure with at most this many letters in it,
#: and more digits than letters ("c9,971 (33)", "20. (680,0O4)"; "F1" may be an entity's
#: initials, "FI"), or as many small letters followed by a citation group ("f0 (26)"), or a
#: cell word one edit away ("Unknovvn*").
_DAMAGED_LENGTH = 40
_DAMAGED_LETTERS = 2
_UNIT_WORDS = re.compile(r"\b(?:million|billion|thousand|yrs?|to|US)\b", re.IGNORECASE)
_GROUPS = re.compile(r"\([^()]*\)?|\)")
_PERCENT = re.compile(r"\d{1,3}(?:\.\d+)?\s?%")
#: A figure followed by its citation group, as a value cell prints it ("f0 (26)").
_CITED = re.compile(r"\d\S*\s*\(\d[\d,\s-]*\)")


@lru_cache(maxsize=1 << 14)
def damaged_value(text: str) -> bool:
    """Whether a text is a value cell OCR damaged past mending: a row label never reads as a
    figure with a stray letter or two, so a table reader keeps the cell in its column (the
    figure itself is not read: ``parse`` refuses it, with a warning)."""
    s = text.strip()
    if (len(s) > _DAMAGED_LENGTH or is_value_cell(s) or _PERCENT.fullmatch(s)
            or mended_value(s) is not None):
        return False
    core = _UNIT_WORDS.sub(" ", _GROUPS.sub(" ", s))
    letters = "".join(c for c in core if c.isalpha())
    digits = sum(c.isdigit() for c in core)
    if digits:
        return len(letters) <= _DAMAGED_LETTERS and (digits > len(letters) or (
            letters.islower() and _CITED.search(s) is not None))
    letters = letters.lower()
    near = {w.printed.lower().replace("/", "") for w in CELL_WORDS
            if edit_distance(letters, w.printed.lower().replace("/", ""), 1) is not None}
    return len(letters) >= 2 and len(near) == 1


def _near_word(printed: str, word: str) -> bool:
    """Whether a printed word is a cell word damaged: one edit away from a word of at least
    ``_LONG_WORD`` letters, or a word of three or four with one letter lost or added ("Ye",
    "YLes")."""
    if abs(len(printed) - len(word)) > 1:
        return False
    if len(word) >= _LONG_WORD:
        return edit_distance(printed, word, 1) is not None
    return len(word) >= _SHORT_WORD and (
        (len(printed) == len(word) - 1 and any(
            word[:k] + word[k + 1:] == printed for k in range(len(word))))
        or (len(printed) == len(word) + 1 and any(
            printed[:k] + printed[k + 1:] == word for k in range(len(printed)))))


def _age_apart(m: re.Match[str]) -> str:
    """An age range whose hyphen OCR lost ("514 yrs."), put apart where only one split gives
    a range of child ages (5-14, not 51-4); unchanged when none or several do."""
    digits = m.group(1)
    splits = [(a, b) for k in range(1, len(digits))
              if not (a := digits[:k]).startswith("0") and not (b := digits[k:]).startswith("0")
              and int(a) < int(b) <= _OLDEST]
    return f"{splits[0][0]}-{splits[0][1]}{m.group(2)}" if len(splits) == 1 else m.group()


def mended_year(text: str) -> str | None:
    """A year heading OCR damaged ("2 01 5", "20l5", "2015_"), as the year, or None: only a
    line of nothing but digits, letters read for digits and spaces, with at least three
    digits, and a stray sign at either end."""
    s = text.strip().strip(_STRAY)
    if YEAR_RE.fullmatch(text.strip()) or not _YEARISH.fullmatch(s) or sum(
            c.isdigit() for c in s) < 3:
        return None
    year = s.translate(_YEAR_DIGITS)
    return year if is_year(year) else None


@dataclass(frozen=True)
class TextLine:
    """One line of the text: ``text`` starts at offset ``start``."""

    start: int
    text: str

    @property
    def end(self) -> int:
        """Offset just after the line (before its newline)."""
        return self.start + len(self.text)

    def cell(self, a: int = 0, b: int | None = None) -> Cell:
        """The stripped cell of characters ``a:b`` of this line."""
        piece = self.text[a:len(self.text) if b is None else b]
        stripped = piece.strip(_SPACE)
        if not stripped:
            return empty_cell(self.start + a)
        lead = len(piece) - len(piece.lstrip(_SPACE))
        return Cell(stripped, self.start + a + lead, self.start + a + lead + len(stripped))


def cell_text(row: list[Cell], column: int | None) -> str:
    """The text of a row's cell in an optional column; empty where the row has none."""
    return row[column].text if column is not None and column < len(row) else ""


def text_lines(text: str, start: int, end: int) -> list[TextLine]:
    """The lines of ``text[start:end]`` with their offsets."""
    out = []
    pos = start
    for part in text[start:end].split("\n"):
        out.append(TextLine(pos, part))
        pos += len(part) + 1
    return out


def joined_cell(cells: list[Cell]) -> Cell:
    """One cell spanning several (a wrapped label): texts joined by one space."""
    cells = [c for c in cells if c.text]
    if not cells:
        return Cell("", 0, 0)
    return Cell(" ".join(c.text for c in cells), cells[0].start, cells[-1].end)


def stack_text(cells: list[Cell]) -> Cell:
    """One heading printed over several lines: parts joined by a space, none after a "/"
    ("Sector/" over "Industry" is "Sector/Industry")."""
    text = cells[0].text
    for c in cells[1:]:
        text += c.text if text.endswith("/") else f" {c.text}"
    return Cell(text, cells[0].start, cells[-1].end)


def empty_cell(at: int) -> Cell:
    """An empty cell placed at an offset."""
    return Cell("", at, at)


@dataclass
class Part:
    """What a layout reader read from one title's region."""

    header: list[Cell]
    rows: list[list[Cell]]
    notes: list[Cell]
    end: int
    warnings: list[str] = field(default_factory=list)
