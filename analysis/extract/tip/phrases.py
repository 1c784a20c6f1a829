"""The words around a figure of a TIP sentence: the noun phrase it heads ("82 victims of
forced labor"), where its clause ends, and the subject of that clause ("NGOs, in cooperation
with the government, identified"). Every reader asks these questions, so they are answered
once, here.
"""

from __future__ import annotations

import re

from analysis.extract.grammar import compiled, pieces, qualifier_alternatives
from analysis.extract.numbers import Figure, is_year
from analysis.extract.tip.hits import Hit
from analysis.extract.tip.sentence import Sentence
from analysis.extract.tip.vocabulary import HEADS

#: Words that say how a figure is qualified, also between a verb and its figure.
QUALIFIED = rf"(?:(?:{qualifier_alternatives()})\s+){{0,2}}"
_NP_WORDS = 8

_NP_STOP = re.compile(
    r"[,;:()\[\]—–]|\.(?=\s|$)|\b(?:and|or)\s+\w+(?:ed|ing)\b|"
    r"\b(?:in|during|involving|with|under|who|whom|which|that|including|compared|"
    r"while|whereas|but|because|since|after|before|when|where|despite|as|than|an?\s+(?:increase|"
    rf"decrease)|the\s+(?:previous|prior|preceding|same|{pieces()['SUPERLATIVE']}))\b",
    re.I,
)
CLAUSE_END = re.compile(r"[,;()]")
#: The parenthesis closing right after a figure.
_ALONE_IN_PARENS = re.compile(r"\s*\)")

COORDINATED = re.compile(rf"(?:,|\band|\bor)\s*{QUALIFIED}$", re.I)
#: Between the words of one count and the figure of the next: ", and ", " and " (a qualifier
#: after it).
_AND_NEXT = re.compile(rf"\s*(?:,\s*)?and\s+{QUALIFIED}", re.I)

#: "Of the other victims,", "Of the remaining victims,": the rest of a count after some of it,
#: whose parts and "all" are of that rest, not of the count.
THE_REST = re.compile(r"\b(?:of|among)\s+the\s+(?:other|remaining)\b|\bthe\s+rest\b", re.I)


def side_by_side(sent: Sentence, first: Hit, second: Hit) -> bool:
    """Whether only "and" stands between a count's words and the next count's figure ("45 sex
    trafficking victims and 12 labor trafficking victims"): two counts given side by side."""
    return _AND_NEXT.fullmatch(sent.text[first.np_end:second.fig.start]) is not None

#: An aside between commas after a subject: "NGOs, in cooperation with the government, ...",
#: "more populous states, such as Rio de Janeiro, ...".
_ASIDE = re.compile(
    r"\s*(?:in\s+(?:cooperation|partnership|coordination|collaboration|conjunction)|with|"
    r"through|together|along|working|jointly|supported|funded|assisted|such\s+as|like|"
    r"notably|especially|particularly)\b", re.I)
#: Past tenses not ending in "-ed" that open a predicate ("..., and sought to uphold a
#: conviction but did not ...").
_IRREGULAR_PAST = (r"(?:sought|took|made|gave|held|began|brought|won|led|sent|kept|found|paid|"
                   r"met|built|spent|fought|taught|became|undertook|oversaw|drew|wrote|ran)")
#: A clause whose words before its verb are a conjunction or a verb: a predicate coordinated
#: with the clause before ("..., and did not identify", "..., did not systematically ..."),
#: or an item of a list of gerunds ("investigating, prosecuting, and convicting sex
#: traffickers, but did not ...": no subject).
_PREDICATE_ONLY = re.compile(
    rf"(?:(?:and|but|or|nor)(?:\s+(?:also|then|later))?$|(?:(?:and|but|or|nor)\s+)?(?:also\s+)?"
    rf"(?:did|does|do|has|have|had|could|would|was|were|[a-z]+ed|{_IRREGULAR_PAST})\b|"
    r"(?:and|or)\s+[a-z]+ing\b|"
    r"[a-z]+ing$)")
#: Where the subject of a clause starts: after these marks.
_CLAUSE_MARK = re.compile(r"[;:—–(]|,(?!\d)|\band\s+(?=[a-z]+\s+(?:[a-z]+ed|reported)\b)")


def _marks_before(s: str, pos: int) -> list[re.Match[str]]:
    """The clause marks before ``pos``; an "and" opening a clause is told by the subject and
    verb after it ("... and police identified"), so the text is searched whole."""
    return [m for m in _CLAUSE_MARK.finditer(s) if m.end() <= pos]


def subject(s: str, pos: int) -> str:
    """The words before ``pos`` back to the start of their clause (the clause's subject); past
    an aside between commas ("NGOs, in cooperation with the government, identified")."""
    marks = _marks_before(s, pos)
    start = marks[-1].end() if marks else 0
    words = s[start:pos]
    if (not words.strip() and len(marks) >= 2
            and _ASIDE.match(s, marks[-2].end(), marks[-1].start())):
        before = marks[-3].end() if len(marks) >= 3 else 0
        return s[before:marks[-2].start()] + words
    return words


def actor(s: str, verb_at: int) -> str:
    """The subject of the clause whose verb starts at ``verb_at``; a predicate coordinated
    after a comma ("..., and did not identify any victims", "..., did not implement ...") has
    the subject of the clause before it; a sentence opening "This compared to investigating"
    has none of its own (it compares the counts given before)."""
    words = subject(s, verb_at)
    opener = compiled("COMPARISON_OPENER").match(words)
    if opener is not None and not words[opener.end():].strip():
        return ""
    marks = _marks_before(s, verb_at)
    if marks and words == s[marks[-1].end():verb_at] and _PREDICATE_ONLY.match(words.strip()):
        return _before_asides(s, marks[-1].start())
    return words


#: A clause between dashes or commas opening on a participle ("—originating from throughout
#: the country—", ", including one into police complicity,"): an aside, with no subject of its
#: own.
_PARTICIPLE_ASIDE = re.compile(r"\s*[a-z]+ing\b")
_DASH = re.compile(r"[—–]")


def _is_aside(s: str, opened: str, words: str, at: int) -> bool:
    """Whether ``words``, from a clause mark ``opened`` to ``at``, are an aside: in brackets,
    or a participle clause closed at ``at`` by a mark like the one that opened it (dashes,
    commas)."""
    if opened == "(":
        return ")" in words
    closed_alike = ((_DASH.fullmatch(opened) is not None and _DASH.match(s, at) is not None)
                    or (opened == "," and s.startswith(",", at)))
    return closed_alike and _PARTICIPLE_ASIDE.match(words) is not None


def _before_asides(s: str, at: int) -> str:
    """The subject of the clause that ends at ``at``, past the asides between it and a
    predicate coordinated after them: between dashes or commas, opening on a participle ("An
    NGO ... received 1,864 calls—originating from throughout the country—and identified 196
    victims": the NGO; "The government initiated some investigations, including one into
    police complicity, but did not report any prosecutions": the government), or in brackets
    ("... using the 2016 Act (TIPPA), and has never secured a conviction": not the TIPPA)."""
    words = subject(s, at)
    marks = _marks_before(s, at)
    if (marks and words == s[marks[-1].end():at]
            and _is_aside(s, marks[-1][0], words, at)):
        return _before_asides(s, marks[-1].start())
    return actor(s, at)


def noun_phrase_end(sent: Sentence, fig: Figure, limit: int) -> int:
    """End of the words after a figure that say what it counts ("victims of forced labor")."""
    stop = _NP_STOP.search(sent.text, fig.end, limit)
    end = stop.start() if stop else limit
    words = list(re.finditer(r"\S+", sent.text[fig.end:end]))[:_NP_WORDS]
    if not words:
        return fig.end
    phrase = sent.text[fig.end : fig.end + words[-1].end()]
    phrase = re.sub(r"(?:\s+(?:and|or))+$", "", phrase)
    return fig.end + len(phrase)


def head_word(sent: Sentence, hit: Hit) -> str:
    """Last word of what a figure counts, singular ("cases" -> "case")."""
    words = re.findall(r"[A-Za-z-]+", sent.text[hit.fig.end:hit.np_end])
    return words[-1].lower().rstrip("s") if words else ""


def counted_noun(sent: Sentence, hit: Hit) -> str:
    """The first counted noun of what a figure counts, singular ("victims identified in
    2013" -> "victim"); else the last word."""
    found = re.search(rf"\b(?:{HEADS}|case|investigation|prosecution|conviction)\b",
                      sent.text[hit.fig.end:hit.np_end], re.I)
    return found[0].lower().rstrip("s") if found else head_word(sent, hit)


def paren_of(s: str, at: int) -> int:
    """Where the parenthesis ``at`` lies in opens, -1 for none."""
    opened = s.rfind("(", 0, at)
    return opened if opened > s.rfind(")", 0, at) else -1


def closed_paren_between(s: str, pos: int, end: int) -> bool:
    """Whether ``pos`` lies inside a parenthesis that closes before ``end``."""
    return s.rfind("(", 0, pos) > s.rfind(")", 0, pos) and s.find(")", pos, end) >= 0


def next_stop(sent: Sentence, at: int) -> int:
    """Where the words going on at ``at`` end: the next figure (not a year) or semicolon, else
    the sentence's end."""
    stops = [f.start for f in sent.figures
             if f.start >= at and not is_year(f.text)]
    semicolon = sent.text.find(";", at)
    return min([len(sent.text), *stops[:1], *([semicolon] if semicolon >= 0 else [])])


def figure_clause_end(sent: Sentence, fig: Figure, after: int | None = None) -> int:
    """Where a figure's clause ends: the next comma, semicolon or parenthesis, or figure; a
    figure alone in parentheses ("Sixty percent of victims (45) were ...") is in the clause
    the parenthesis sits in."""
    seg = sent.segment(fig.start)
    if after is None and (alone := _ALONE_IN_PARENS.match(sent.text, fig.end)) and re.search(
            r"\(\s*$", sent.text[:fig.start]):
        after = alone.end()
    stop = CLAUSE_END.search(sent.text, fig.end if after is None else after, seg.end)
    end = stop.start() if stop else seg.end
    later = [f.start for f in sent.figures if f.start > fig.end]
    return min([end, *later[:1]])
