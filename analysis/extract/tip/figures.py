"""Which numbers of a TIP sentence are counts at all, and how they are hedged: years,
percentages, durations, article and law numbers, counts that add up several years, local
amounts printed before their dollar value and counts given again are no new count; "at least",
"approximately" and "fewer than" qualify one. These questions come before any reading of what a
figure counts.
"""

from __future__ import annotations

import itertools
import re

from analysis.extract.grammar import compiled
from analysis.extract.numbers import NUMBER, Figure, is_year
from analysis.extract.tip.phrases import CLAUSE_END, next_stop
from analysis.extract.tip.sentence import Sentence
from analysis.extract.tip.vocabulary import HEADS

_REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:articles?|arts?|nos?|numbers?|laws?|decrees?|resolutions?|sections?|paragraphs?|"
    r"parts?|clauses?|chapters?|items?|annex|orders?|acts?)\.?\s*|\d\)?[-–/(]\s*|\d\)\s*)$",
    re.I,
)
_LIST_GAP = re.compile(r"(?:[\s,()\-–]|\b[a-z]\b|\band\b|\bor\b)*", re.I)
_PERCENT_AFTER = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)", re.I)
_DURATION_AFTER = re.compile(
    rf"\s*(?:(?:to|and|or|-|–)\s*{NUMBER}\s*)?[-\s]?(?:years?|months?|days?|weeks?|hours?)\b", re.I
)
#: A count of places ("identified in 40 provinces", "victims from 12 foreign countries"), never
#: of what a sentence counts.
_PLACES_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:provinces|regions|districts|municipalities|cities|towns|villages|"
    r"countries|communities|governorates|oblasts|counties|prefectures|islands|atolls)\b", re.I)
#: A figure that refers back to one already counted: "nine of the 121 cases", "All 82
#: Moldovan victims", "the 94 U.S. Attorney's Offices", "two of the original 10 cases".
_REFERRING = re.compile(r"\b(?:(?:the|these|those)(?:\s+(?:original|same|aforementioned))?|all|"
                        r"both|each\s+of\s+the)\s+$", re.I)

#: "The 212 investigations in total": a total of counts given before.
_IN_TOTAL = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:in\s+total|combined|altogether)\b", re.I)

_OPEN_PAREN_BEFORE = re.compile(r"\(\s*(?:approximately\s+|about\s+)?$", re.I)
_LOCAL_MONEY_AFTER = re.compile(
    r"\s+(?:[A-Za-z]+\s+){0,3}(?:\([A-Z]{2,4}\)\s*)?\(\s*(?:approximately\s+|about\s+)?"
    r"(?:\$|US\$|USD)"
)

#: The mark of a value worked out from figures printed, not printed itself: the sum of its
#: parts ("two confirmed and 129 potential victims": 131), or all but some of a count. Such a
#: value guides how its parts are read and is named in a warning, never published as a row.
COMPUTED = "computed"
_QUALIFIERS = (
    (re.compile(r"\b(?:at\s+least|more\s+than|in\s+excess\s+of|upwards\s+of|"
                r"(?<!increase\s)(?<!decrease\s)over)\s*\(?$", re.I), "at_least"),
    (re.compile(r"\b(?:approximately|about|around|nearly|almost|roughly|some|an\s+estimated|"
                r"estimated)\s*\(?$", re.I), "approximate"),
    (re.compile(r"\b(?:fewer\s+than|less\s+than|up\s+to|no\s+more\s+than|at\s+most)\s*\(?$",
                re.I), "at_most"),
)
COUNT_NOUN_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:cases?|victims?|traffickers?|offenders?|suspects?|defendants?|"
    r"perpetrators?|investigations?|prosecutions?|convictions?|persons|individuals|people)\b",
    re.I,
)
_COUNT_VERB_BEFORE = re.compile(
    r"\b(?:investigat|prosecut|convict|identif|assist|refer|rescu|sentenc|arrest|charg|indict|"
    r"detain|shelter)\w*\s+(?:[\w-]+\s+){0,2}?$",
    re.I,
)


def is_money(fig: Figure) -> bool:
    """Whether a figure is printed as an amount of money ("$70,000", "US$ 1.4 million")."""
    return fig.text.upper().startswith(("$", "US"))


def not_a_count(s: str, fig: Figure) -> bool:
    """Years, percentages, durations ("two to 14 years"), counts of places ("40 provinces")
    and figures glued to letters ("1st", "G20") are not counts."""
    if is_year(fig.text) or _PERCENT_AFTER.match(s, fig.end):
        return True
    if _DURATION_AFTER.match(s, fig.end) or _PLACES_AFTER.match(s, fig.end):
        return True
    before = s[fig.start - 1] if fig.start else " "
    after = s[fig.end] if fig.end < len(s) else " "
    return before.isalnum() or (after.isalpha() and fig.text[-1].isdigit())


#: "60 percent (": a percentage whose count follows in parentheses.
_PERCENT_OPEN = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)\s*\(\s*", re.I)
#: What closes the count of a percentage: ")" or its noun and ")" ("24 percent (36 victims)").
_PERCENT_CLOSE = re.compile(rf"(?P<noun>\s+(?:[\w-]+\s+){{0,2}}?{HEADS})?\s*\)", re.I)


def counts_for_percentages(sent: Sentence) -> str:
    """The sentence's text with each percentage that gives its count in parentheses ("60
    percent (120) of identified victims received assistance", "received assistance – 24
    percent (36 victims) in 2022") blanked, and the parentheses too, so that what the clause
    says of the percentage is read of the count ("120 of identified victims received
    assistance", "received assistance – 36 victims in 2022"); the offsets do not move."""
    text = sent.text
    for pct, fig in itertools.pairwise(sent.figures):
        gap = _PERCENT_OPEN.fullmatch(text, pct.end, fig.start)
        close = _PERCENT_CLOSE.match(text, fig.end)
        if gap is not None and close is not None:
            kept = close.end("noun") if close["noun"] else fig.end
            text = (text[:pct.start] + " " * (fig.start - pct.start) + text[fig.start:kept]
                    + " " * (close.end() - kept) + text[close.end():])
    return text


def is_reference(s: str, fig: Figure, previous_reference_end: int | None) -> bool:
    """Article and law numbers ("Articles 128, 133, 125(3)(b)", "132-1") are not counts; a
    number in words after them is ("under Section 154-1 (three in 2019)")."""
    if _REFERENCE_BEFORE.search(s, max(0, fig.start - 14), fig.start):
        return True
    return (
        previous_reference_end is not None
        and any(c.isdigit() for c in fig.text)
        and fig.start - previous_reference_end <= 12
        and _LIST_GAP.fullmatch(s, previous_reference_end, fig.start) is not None
    )


def refers_back(s: str, fig: Figure) -> bool:
    """Whether a figure names a count already given ("of the 121 cases", "all 82 victims");
    not a total of counts given apart ("The 212 investigations in total")."""
    return (_REFERRING.search(s, max(0, fig.start - 30), fig.start) is not None
            and _IN_TOTAL.match(s, fig.end) is None)


#: Words between a count and a span of earlier periods that tie the span to something else
#: ("25 victims, including several identified in previous reporting periods").
_ASIDE = re.compile(r"[,;()—–]|\b(?:including|among|of whom|of which)\b", re.I)

#: "48 victims, including those identified in 2019 and previous years": a count that takes
#: in the people of earlier years.
_EARLIER_YEARS_TOO = re.compile(
    r"\bincluding\s+(?:those|victims|some|ones|cases|many)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:in|from|during)\s+(?:(?:19|20)\d\d\s+and\s+)?(?:the\s+)?(?:previous|prior|earlier|"
    r"past|preceding)\s+(?:reporting\s+)?(?:years|periods)\b", re.I)


#: Where the words said of a figure end: its clause, or a dash opening an aside on the people
#: counted ("one girl—the first child victim identified to date").
_ASIDE_OR_CLAUSE_END = re.compile(rf"{CLAUSE_END.pattern}|[—–]|\s-{{1,2}}\s")

#: The words between a figure and a span of years that dates it: what it counts, no clause.
_WORDS_OF_THE_COUNT = re.compile(r"(?:\s+[a-z][\w-]*){0,4}\s*", re.I)


def _span_right_after(sent: Sentence, fig: Figure) -> bool:
    """Whether the sentence's year mentions put "from 2011 to 2014", a span of years, right
    after a figure or the few words of what it counts ("none from 2011 to 2014", "no victims
    identified between 2016 and 2018")."""
    return any(y.span and y.start >= fig.end
               and _WORDS_OF_THE_COUNT.fullmatch(sent.text, fig.end, y.start)
               and sent.text[y.start:y.end].lower().startswith(("from", "between"))
               for y in sent.years)


def _several_years(m: re.Match[str]) -> bool:
    """Whether a span that adds up years holds more than two: "between 1998 and 2000" does;
    "between 2002 and 2003", like "in 2002-2003", is read for one of its years."""
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", m[0])]
    return len(years) != 2 or years[1] - years[0] > 1


def cumulative(sent: Sentence, fig: Figure) -> bool:
    """Whether a figure's clause adds up several years ("over the last six years, the
    government has only convicted five traffickers, out of 43 investigations", "Since 2015,
    ...", "Between 2017 and 2019, ..."), also where the span closes the figure's clause ("NGOs
    assisted 400 victims of forced labor in the past four years"; not an aside after a dash)
    or the count says it takes in earlier years' ("48 victims, including those identified in
    previous years") or is of them ("218 victims identified in previous reporting periods");
    not after a superlative that ranks a count against the years since ("the
    fewest victims identified since 2012 and a decrease from 80 in 2019", "four sex trafficking
    victims the lowest number in the past five years")."""
    s = sent.text
    start = max(s.rfind(";", 0, fig.start), 0)
    if any(_several_years(m) for m in compiled("CUMULATIVE").finditer(s, start, fig.start)):
        return True
    end = _ASIDE_OR_CLAUSE_END.search(s, fig.end)
    after = next((m for m in compiled("CUMULATIVE").finditer(s, fig.end, end.start() if end
                                                              else len(s))
                  if _several_years(m)), None)
    if (after is not None and not any(fig.end <= f.start < after.start() for f in sent.figures)
            and not (fig.value == 0 and _span_right_after(sent, fig))
            and not compiled("RANKED").search(s, fig.end, after.start())):
        return True  # not a span that closes a later figure ("four in 2015 and two from 2011
        # to 2014"), nor none in each year of a span ("none from 2011 to 2014")
    if _EARLIER_YEARS_TOO.search(s, fig.end, next_stop(sent, fig.end)):
        return True
    earlier = compiled("EARLIER_PERIODS").search(s, fig.end, next_stop(sent, fig.end))
    if earlier is not None and not _ASIDE.search(s, fig.end, earlier.start()) and not any(
            fig.end <= f.start < earlier.start() for f in sent.figures):
        return True  # "218 victims identified in previous reporting periods"
    return any(int(m["year"]) < sent.current_year
               and not compiled("RANKED").search(s, max(start, m.start() - 60), m.start())
               for m in compiled("SINCE_YEAR").finditer(s, start, fig.start))


def local_amount(s: str, fig: Figure) -> bool:
    """Whether a figure is a local-currency amount followed by its dollar value."""
    return _LOCAL_MONEY_AFTER.match(s, fig.end) is not None


def anchor_of(sent: Sentence, fig: Figure) -> int:
    """Where a figure's context starts: a dollar amount printed in parentheses after a local
    currency amount ("24 million KZT ($72,007)") is read from the local amount."""
    opening = _OPEN_PAREN_BEFORE.search(sent.text, max(0, fig.start - 20), fig.start)
    if opening is None or not is_money(fig):
        return fig.start
    local = [f for f in sent.figures if f.end <= opening.start() and opening.start() - f.end <= 40]
    return local[-1].start if local else fig.start


#: "these identifications were still fewer than 24 in 2018": a count compared with the
#: figure, which is exact, not a bound on it.
_COMPARED_COUNT = re.compile(r"\b(?:were|was|remained)\s+(?:(?:still|also|slightly|significantly|"
                             r"far|much)\s+)?(?:fewer|less|more|greater|higher|lower)\s+than$",
                             re.I)


def qualifier(s: str, at: int) -> str:
    """approximate / at_least / at_most from the words just before a figure."""
    window = s[max(0, at - 30):at].rstrip()
    if _COMPARED_COUNT.search(window):
        return ""
    for regex, name in _QUALIFIERS:
        if regex.search(window):
            return name
    return ""


def looks_like_count(s: str, fig: Figure) -> bool:
    """Whether an unread figure reads like an enforcement count ("10 traffickers")."""
    return bool(COUNT_NOUN_AFTER.match(s, fig.end)
                or _COUNT_VERB_BEFORE.search(s, max(0, fig.start - 60), fig.start))
