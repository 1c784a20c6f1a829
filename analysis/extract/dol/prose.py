"""Enforcement facts stated in the prose of DOL country profiles, every generation.

"In 2010, inspectors conducted 12,406 child labor inspections", "the police investigated 97
and prosecuted 48 human trafficking cases with 32 convictions", "employed approximately 320
labor inspectors", "No data is available on the number of violations found ...".

The phrasings are data (``analysis/data/prose_*.csv``, compiled by ``prose_rules``); the
text is cut into sentences, table lines masked, by ``prose_sentences``.
Qualifier words and the ``qualifier`` they set: ``prose_qualifiers.csv`` (read by ``grammar``).

Domains: ``fixed`` rows keep their domain; ``trafficking`` rows become ``trafficking`` when the
clause around the figure speaks of human trafficking (as its subject, not "including ...
trafficking"); ``section`` rows also follow the "Labor / Criminal Law
Enforcement" heading they sit under. Lines that belong to tables (tabs, pipes, bare cell
values, space-aligned columns, deep indents) are not read, but for the cells of pipe and
tab tables that hold running text (an agency's role), nor subjectless fragments ("In
2016, rescued 65 children"), which are table cells in flowed text. A figure's year is the
year the sentence gives it ("In 2010, ...", "... in 2009"), else the report year unless the
sentence names another year; a figure
compared with ("up from 49"), planned ("to conduct 30"), referred back to ("the 50
investigators") or dated only relative to the report ("the previous year") is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from analysis.extract.dol.prose_rules import (
    Rule,
    Term,
    missing_filter,
    missing_statements,
    rule_filter,
    rules,
    split_kinds,
    terms,
)
from analysis.extract.dol.prose_sentences import Sentence, sentences
from analysis.extract.grammar import compiled, pieces, qualifier_words, year_of
from analysis.extract.numbers import NUMBER, NUMBER_WORDS, is_year, parse_number
from analysis.extract.records import Enforcement, Extraction
from analysis.notation import CITATION

_FLAGS = re.IGNORECASE


_TRAFFICKING = re.compile(r"(?<!drug\s)(?<!drugs\s)(?<!narcotics\s)\btraffick|\bTIP\b", _FLAGS)
_DETACHED = re.compile(
    r"\b(?:based|initiated|opened|began|begun|started|launched|since|adopted|enacted|"
    r"established|created|passed|signed|brought|filed|committed|occurred|charges|that|which|"
    r"who)\b",
    _FLAGS,
)
_INTENT = re.compile(
    r"\b(?:to|will|would|shall|should|could|must)\s+[a-z]\w*\s+(?:(?:a\s+total\s+of|"
    r"approximately|about|at\s+least)\s+)?$",
    _FLAGS,
)
_MODAL = re.compile(r"\b(?:would|should|could|must|might|may|will|to)(?:\s+not)?\s+$", _FLAGS)
_ASIDE = re.compile(
    r"\b(?:apart\s+from|other\s+than|except(?:\s+for)?|excluding|besides|including)"
    r"\s+(?:\w+\s+){0,3}$",
    _FLAGS,
)
_REFERRING = re.compile(
    r"\b(?:the|these|those|all|both|other|an?\s+additional|another|a\s+further)\s+$", _FLAGS
)
_BARE_YEAR = re.compile(r"(?<![\w$.,/-])((?:19|20)\d\d)(?![\w%]|[.,]\d)")
_COMPARED_NEXT = re.compile(rf"\b(?:{pieces()['COMPARED_BY']})\s+$", _FLAGS)
_ANY_NUMBER = re.compile(rf"(?<![\w.])(?!(?:19|20)\d\d\b)\d|\$|\b{NUMBER_WORDS}\b", _FLAGS)
_CITATIONS = re.compile(CITATION)
_NEXT_NUMBER = re.compile(rf"(?<![\w$.,])(?:{NUMBER})\b", _FLAGS)
_OBJECT_STOP = re.compile(
    r"[;:]|\b(?:because|but|however|although|though|while|since|as\s+a\s+result|which|so|"
    r"and\s+(?:no|there|it|the\s+government))\b",
    _FLAGS,
)
_COMPARATIVE = re.compile(
    rf"\b(?:{pieces()['COMPARED_BY']})\s+(?!which|whom)(?:\S+\s+){{0,2}}?"
    rf"(?<![\w$.,])(?:{NUMBER})\b",
    _FLAGS,
)
_LIST_SPLIT = re.compile(r"\s*(?:,|;|\bas\s+well\s+as\b|\band\b|\bor\b|\bnor\b)\s*", _FLAGS)
_ITEM_LEAD = re.compile(
    r"^(?:(?:including|the|any|on|about|regarding|(?:the\s+)?(?:total\s+)?"
    r"numbers?\s+of|how\s+many|complete)\s+)*",
    _FLAGS,
)


def _clause_end(text: str, end: int) -> int:
    """Where the clause holding a figure that ends at ``end`` stops: the next semicolon, or
    the end of the sentence."""
    stop = text.find(";", end)
    return stop if stop >= 0 else len(text)


def _speaks_of_trafficking(text: str) -> bool:
    """Whether a text speaks of human trafficking as its subject (not "apart from human
    trafficking", "including investigations of trafficking")."""
    return any(not _ASIDE.search(text[: m.start()][-40:]) for m in _TRAFFICKING.finditer(text))


def _domain(rule: Rule | Term, sentence: Sentence, start: int, upto: int) -> str:
    """The domain of a figure at ``start``: the rule's, or trafficking (when the clause around
    it, from the last semicolon to ``upto``, speaks of it) / the section's when the rule says
    so."""
    if rule.domain_rule == "fixed":
        return rule.domain
    if _speaks_of_trafficking(sentence.text[sentence.text.rfind(";", 0, start) + 1 : upto]):
        return "trafficking"
    if rule.domain_rule == "section" and sentence.section:
        return sentence.section
    return rule.domain


def _data_year(sentence: Sentence, pos: int, end: int, report_year: int) -> tuple[
        int | None, str]:
    """The year a figure at [pos, end) in the sentence is about, and "partial_year" when the
    sentence dates it to part of a year; None when the sentence leaves the year unclear."""
    text = sentence.text
    mentions = [m for m in compiled("YEAR_PHRASE").finditer(text)
                if not _compared(text[: m.start()])]
    following = next((m for m in mentions if m.start() >= end), None)
    attached = following is not None and not _DETACHED.search(text, end, following.start())
    if attached and following.start() - end <= 80 and not re.search(
            r"[,;]", text[end : following.start()]):
        return _year_of(following)
    relative = [r for r in compiled("RELATIVE_YEAR").finditer(text)
                if r.start() < pos or not _COMPARATIVE.search(text, end, r.start())]
    if relative or _compared(text[:pos]) or _COMPARED_NEXT.search(text[:pos]):
        return None, ""
    if not mentions:
        other = [y for y in _BARE_YEAR.finditer(text)
                 if int(y[1]) != report_year and not _compared(text[: y.start()])]
        return (None, "") if other else (report_year, "")
    before = [m for m in mentions if m.end() <= pos]
    if before:
        return _year_of(before[-1])
    if len({_year_of(m) for m in mentions}) == 1 and _year_of(mentions[0])[0] == report_year:
        return _year_of(mentions[0])
    if attached and not _compared(text[end : following.start()]):
        return _year_of(following)
    return None, ""


def _compared(before: str) -> bool:
    """Whether the clause ending here compares with another figure ("up from 49 ...", "than
    30", but not "from 10 to 20")."""
    clause = re.split(r"[;:]", before)[-1][-160:]
    marks = list(_COMPARATIVE.finditer(clause))
    return bool(marks) and not re.search(r"\bto\b", clause[marks[-1].end() :], _FLAGS)


def _year_of(m: re.Match[str]) -> tuple[int | None, str]:
    """The year a year mention names (None for a span of years) and "partial_year" when it
    names part of a year."""
    year, partial = year_of(m)
    return year, "partial_year" if partial else ""


def _context_allows(rule: Rule | Term, text: str) -> bool:
    """Whether a sentence has what a rule requires and nothing it excludes."""
    if rule.requires and not rule.requires.search(text):
        return False
    return not (rule.excludes and rule.excludes.search(text))


def _figures(sentence: Sentence, report_year: int, warnings: list[str]) -> list[Enforcement]:
    """Every figure the sentence ties to a measure."""
    found: dict[tuple[int, int], list[Enforcement]] = {}
    if not _ANY_NUMBER.search(_CITATIONS.sub(" ", sentence.text)):
        return []
    for rule, possible in zip(rules(), rule_filter().possible(sentence.text), strict=True):
        if not possible or not _context_allows(rule, sentence.text):
            continue
        for m in rule.regex.finditer(sentence.text):
            if _subjectless(sentence, m):
                continue
            row = _figure_row(rule, m, sentence, report_year, warnings)
            if row and all(r.measure != row.measure for r in found.get(m.span("num"), [])):
                found.setdefault(m.span("num"), []).append(row)
    out = []
    for rows in found.values():
        if len({(r.domain, r.measure) for r in rows}) > 1:
            warnings.append(f"prose: '{rows[0].label}' read as several measures; skipped: "
                            f"{sentence.text[:80]!r}")
            continue
        out.append(rows[0])
    return out


def _figure_row(rule: Rule, m: re.Match[str], sentence: Sentence, report_year: int,
                warnings: list[str]) -> Enforcement | None:
    """The Enforcement row of one pattern match, or None when its value or year is unclear."""
    printed = m["num"]
    value = parse_number(printed)
    if value is None or is_year(printed):
        return None
    lead = m.start("q") if m["q"] else m.start("num")
    if (_INTENT.search(sentence.text, 0, m.start("num"))
            or _REFERRING.search(sentence.text, 0, lead)
            or _MODAL.search(sentence.text, 0, m.start())):
        return None
    year, partial = _data_year(sentence, lead, m.end("num"), report_year)
    if year is None:
        warnings.append(f"prose: no clear year for {printed} {m['label']}; skipped: "
                        f"{sentence.text[:80]!r}")
        return None
    qualifier = qualifier_words().get(re.sub(r"\s+", " ", (m["q"] or "").lower()), "") or partial
    upto = _clause_end(sentence.text, m.end())
    domain = _domain(rule, sentence, m.start(), upto)
    after = _NEXT_NUMBER.search(sentence.text, m.end("num"), upto)
    kind_clause = re.split(r"\b(?:including|such\s+as)\b", sentence.text[
        m.start() : after.start() if after else upto], maxsplit=1, flags=_FLAGS)[0]
    measure = rule.measure + (_kind(kind_clause, rule.measure) if domain == "trafficking" else "")
    return Enforcement(
        data_year=year, domain=domain, measure=measure, value=value,
        unit=rule.unit, status="reported", start=sentence.start + m.start("num"),
        end=sentence.start + m.end("num"), qualifier=qualifier,
        citations=sentence.citations, label=re.sub(r"\s+", " ", m["label"]).strip(),
        source="prose",
    )


def _kind(clause: str, measure: str) -> str:
    """The suffix splitting a count by kind ("_sex_trafficking") when its clause names
    exactly one kind, else ""."""
    kinds = [suffix for suffix, measures, regex in split_kinds()
             if measure in measures and regex.search(clause)]
    return kinds[0] if len(kinds) == 1 else ""


def _subjectless(sentence: Sentence, m: re.Match[str]) -> bool:
    """Whether a match opens with its verb and nothing but a date stands before it: a table
    cell in flowed text ("Assisted five victims ...", "In 2016, rescued 65 children")."""
    lead = m.start("q") if m["q"] else m.start("num")
    if m.start() == lead:
        return False
    before = re.sub(r"^(?:(?:in|during|since|by|as\s+of)\s+[^,]{0,40},\s*)?", "",
                    sentence.text[: m.start()], flags=_FLAGS)
    return not before.strip()


def _missing_rows(sentence: Sentence, report_year: int) -> list[Enforcement]:
    """Rows with an empty value for each measure a sentence says is not available."""
    candidates = zip(missing_statements(), missing_filter().possible(sentence.text), strict=True)
    found = next(((status, m) for (status, regex), possible in candidates
                  if possible and (m := regex.search(sentence.text))), None)
    if found is None:
        return []
    status, m = found
    if m.groupdict().get("pub"):
        status = "not_published"
    stop = _OBJECT_STOP.search(sentence.text, m.start("obj"), m.end("obj"))
    out: list[Enforcement] = []
    for start, end, term in _named_terms(sentence, m.start("obj"),
                                         stop.start() if stop else m.end("obj")):
        year, partial = _data_year(sentence, start, end, report_year)
        if year is None or any(r.measure == term.measure for r in out):
            continue
        out.append(Enforcement(
            data_year=year,
            domain=_domain(term, sentence, start, _clause_end(sentence.text, end)),
            measure=term.measure, value=None, unit="count", status=status,
            start=sentence.start + start, end=sentence.start + end, qualifier=partial,
            citations=sentence.citations, label=re.sub(r"\s+", " ", sentence.text[start:end]),
            source="prose",
        ))
    return out


def _named_terms(sentence: Sentence, start: int, end: int) -> Iterator[tuple[int, int, Term]]:
    """The measures heading the items of a list ("violations found, children assisted or
    child labor cases prosecuted"), with their spans in the sentence."""
    pos = start
    for sep in [*_LIST_SPLIT.finditer(sentence.text, start, end), None]:
        stop = sep.start() if sep else end
        item = sentence.text[pos:stop]
        lead = _ITEM_LEAD.match(item)
        head = lead.end() if lead else 0
        for term in terms():
            if term.section and term.section != (sentence.section or "labor"):
                continue
            if not _context_allows(term, sentence.text):
                continue
            t = term.regex.match(sentence.text, pos + head)
            if t and t.end() <= stop:
                yield t.start(), t.end(), term
                break
        pos = sep.end() if sep else end


def extract_dol_prose(text: str, report_year: int) -> Extraction:
    """Enforcement figures (and statements that figures are missing) in a profile's prose."""
    out = Extraction.empty()
    for sentence in sentences(text):
        rows = _figures(sentence, report_year, out.warnings)
        rows += [r for r in _missing_rows(sentence, report_year)
                 if all(f.measure != r.measure for f in rows)]
        out.enforcement += rows
    out.enforcement.sort(key=lambda r: (r.start, r.measure))
    return out
