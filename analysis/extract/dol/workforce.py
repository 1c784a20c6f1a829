"""The inspector-adequacy statement of a DOL profile.

"... the size of Armenia's workforce, which includes over 1.2 million workers. (33)
According to the ILO's technical advice of a ratio approaching 1 inspector for every 20,000
workers in transitional economies, Armenia would employ about 60 inspectors."

The workforce (with how it is qualified and its citation), the ILO benchmark category the
report applies (named in many wordings), the benchmark, the number of inspectors the
report says the country would employ, and the report's own verdict in the clause before the
workforce ("The number of labor inspectors is likely insufficient for the size of ...").
"""

from __future__ import annotations

import re

from analysis.extract.dol.enforcement import expand_citations
from analysis.extract.numbers import NUMBER, parse_number
from analysis.extract.records import Workforce
from analysis.notation import CITATION

#: ILO benchmark categories by the words the reports use, and their workers per inspector.
CATEGORIES = (
    (r"industrial(?:i[sz]ed)?\s+market", "industrial_market", 10_000),
    (r"industriali[sz]ing|developing", "industrializing", 15_000),
    (r"transition(?:al)?", "transition", 20_000),
    (r"less(?:er)?[\s-]+developed|least[\s-]+developed", "less_developed", 40_000),
)
_QUALIFIERS = (
    (r"over|more\s+than|at\s+least|in\s+excess\s+of", "at_least"),
    (r"about|approximately|around|roughly|an\s+estimated|some|nearly|almost", "approximate"),
    (r"fewer\s+than|less\s+than|under|up\s+to", "at_most"),
)
_QUALIFIER = "|".join(p for p, _ in _QUALIFIERS)
_WORKFORCE = re.compile(
    rf"workforce,?\s+(?:which|that)\s+(?:combined\s+|currently\s+)?"
    rf"(?:includes|is|comprises|consists\s+of|totals?|numbers?|has|stands\s+at)"
    rf"\s+(?:(?P<q>{_QUALIFIER})\s+)?(?P<n>{NUMBER})\s+(?:\w+\s+)?workers"
    rf"\.?(?P<cite>(?:\s*{CITATION})*)",
    re.IGNORECASE,
)
_BENCHMARK = re.compile(
    r"(?:1|one|\||l|I)\s+(?:labou?r\s+)?inspector\s+(?:for\s+)?(?:every|per|to)\s+"
    r"(?P<b>\d{1,3}(?:,\d{3})+|\d+)\s+workers\s+in\s+(?:the\s+)?"
    r"(?P<cat>(?:\w+[\s-]+){1,3}?)(?:economies|countries|market\s+economies)",
    re.IGNORECASE,
)
_RECOMMENDED = re.compile(
    rf"(?:(?:would|should|could)\s+(?:need\s+to\s+)?employ|needs?)\s+(?:(?:{_QUALIFIER})\s+)?"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?:\w+\s+)?inspectors",
    re.IGNORECASE,
)
#: The verdict on the number of inspectors, in the clause that ends at the workforce.
_VERDICT = re.compile(
    r"(?P<said>(?:(?:likely|probably|possibly|still|clearly)\s+)?(?:not\s+)?"
    r"(?P<word>in)?(?:sufficient|adequate))\s+for\s+the\s+size\s+of\s+[^.;]{0,80}$",
    re.IGNORECASE,
)
#: Characters after the workforce figure searched for the benchmark sentence, and before the
#: workforce for the verdict.
_WINDOW = 600
_BEFORE = 300


def _verdict(before: str) -> tuple[bool | None, str]:
    """Whether the clause before the workforce says the inspectors are sufficient, as printed."""
    m = _VERDICT.search(before)
    if m is None:
        return None, ""
    said = " ".join(m.group("said").split()).lower()
    negated = bool(m.group("word")) != (" not " in f" {said} ")
    return not negated, said


def _category(words: str, benchmark: int | None) -> tuple[str, int | None]:
    """The benchmark category named by ``words`` (else implied by the benchmark)."""
    for pattern, name, ratio in CATEGORIES:
        if re.search(pattern, words, re.IGNORECASE):
            return name, ratio
    for _, name, ratio in CATEGORIES:
        if ratio == benchmark:
            return name, ratio
    return "", benchmark


def _qualifier(word: str | None) -> str:
    """The qualifier a word before the workforce gives ("over" -> at_least)."""
    for pattern, name in _QUALIFIERS:
        if word and re.fullmatch(pattern, word, re.IGNORECASE):
            return name
    return ""


def extract_workforce(text: str, warnings: list[str]) -> list[Workforce]:
    """The inspector-adequacy statement (the first one, if the report has several)."""
    found: list[Workforce] = []
    for m in _WORKFORCE.finditer(text):
        window = text[m.end() : m.end() + _WINDOW]
        bench = _BENCHMARK.search(window)
        rec = _RECOMMENDED.search(window, bench.end() if bench else 0)
        benchmark, category = _benchmark(bench, warnings) if bench else (None, "")
        end = m.end() + (rec.end() if rec else bench.end() if bench else 0)
        sufficient, said = _verdict(text[max(0, m.start() - _BEFORE) : m.start()])
        found.append(Workforce(
            start=m.start("n"), end=end, workforce=parse_number(m.group("n")),
            economy_category=category, workers_per_inspector_benchmark=benchmark,
            inspectors_recommended_stated=int(rec.group("n").replace(",", "")) if rec else None,
            qualifier=_qualifier(m.group("q")), workforce_source=expand_citations(m.group("cite")),
            inspectors_sufficient_stated=sufficient, sufficiency_stated=said,
        ))
    if not found:
        found = _benchmark_only(text, warnings)
    if len(found) > 1:
        warnings.append(f"{len(found)} workforce statements; kept the first")
    return found[:1]


def _benchmark(bench: re.Match[str], warnings: list[str]) -> tuple[int, str]:
    """The workers per inspector a benchmark sentence gives and the category it names (a
    warning when the two disagree)."""
    benchmark = int(bench.group("b").replace(",", ""))
    category, ratio = _category(bench.group("cat"), benchmark)
    if ratio != benchmark:
        warnings.append(f"benchmark {benchmark} does not match category {category}")
    return benchmark, category


def _benchmark_only(text: str, warnings: list[str]) -> list[Workforce]:
    """Statements that give the ILO benchmark and the inspectors it implies without the size
    of the workforce ("According to the ILO's recommendation of one inspector for every 15,000
    workers in industrializing economies, Brazil should employ roughly 7,280 inspectors"):
    kept with the workforce empty, since the benchmark and the advised number are stated."""
    found: list[Workforce] = []
    for bench in _BENCHMARK.finditer(text):
        rec = _RECOMMENDED.search(text, bench.end(), bench.end() + _WINDOW)
        benchmark, category = _benchmark(bench, warnings)
        sufficient, said = _verdict(text[max(0, bench.start() - _BEFORE) : bench.start()])
        found.append(Workforce(
            start=bench.start(), end=rec.end() if rec else bench.end(), workforce=None,
            economy_category=category, workers_per_inspector_benchmark=benchmark,
            inspectors_recommended_stated=int(rec.group("n").replace(",", "")) if rec else None,
            inspectors_sufficient_stated=sufficient, sufficiency_stated=said,
        ))
    return found
