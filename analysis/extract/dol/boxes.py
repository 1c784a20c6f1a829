"""The boxes and bullets of the 2009-2012 DOL profiles, which have no real tables.

- The statistics box ("Statistics on Working Children and School Attendance"), often flattened
  into prose: "Working 5-14 yrs. 3.2* ... Attending School 5-14 yrs.. 90.7 Combining Work and
  School 7-14 yrs. 3.6 * Population of working children: 61,250" -> Prevalence rows (the
  population belongs to "working"); the survey year from the endnote "Data provided are from
  2006".
- The conventions box: convention names, then "Minimum Age for Work 16 ... Free Public
  Education Yes" -> Ratification rows (ratified from a printed mark, empty when the text shows
  none) and Law rows (age as printed; whether it meets international standards is not in the
  box, so left empty).
- The closing bullets under "IN THE AREA OF COORDINATION AND ENFORCEMENT:" etc. ->
  SuggestedAction rows, area title-cased as printed, one whole sentence each. Where OCR split a
  bullet and moved its tail elsewhere, the tails are joined back to the unfinished bullets in
  reading order when their numbers match. Where it also moved the headings away from their
  bullets, each action's area is read from its wording (analysis/data/prose_action_areas.csv,
  about 94% right on the 2019 suggested-action tables when it decides), an undecided action
  takes the area its neighbours share, and one still undecided is left out with a warning.

Labels are data (analysis/data/prose_box_labels.csv). Profiles of 2013 on have none of these
anchors, so they yield nothing here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from analysis.datafiles import read_rows
from analysis.extract.records import Extraction, Law, Prevalence, Ratification, SuggestedAction
from analysis.notation import CELL_WORD, CHECK_MARKS

_FLAGS = re.IGNORECASE
_STATS_TITLE = re.compile(r"Statistics\s+on\s+Working\s+Children", _FLAGS)
_POPULATION = re.compile(
    r"Population\s+of\s+working\s+children\s*:?\s*(?P<pop>\d{1,3}(?:,\d{3})+|\d+)", _FLAGS
)
_SURVEY_YEAR = re.compile(r"Data\s+provided\s+(?:are|is)\s+from\s+((?:19|20)\d\d)\b(?!\s*[-–])",
                          _FLAGS)
_BOX_GAP = re.compile(r"[\s*]*")
_INTRO = re.compile(r"following\s+actions\s+would\s+advance[^:]{0,200}:", _FLAGS)
_HEADING = re.compile(r"IN\s*THE\s+AREA\s+OF\s+(?P<area>[A-Z][A-Z ,&/-]*?)\s*:")
_BULLET = re.compile(r"^\s*[=•·▪■●*-]\s+")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=\S)")
_ACTION = re.compile(r"^[A-Z][a-z]+\b.*[.!?]$", re.DOTALL)
_SMALL_WORDS = {"and", "of", "the", "on", "for", "in", "to", "a", "an", "or"}


@dataclass(frozen=True)
class _Piece:
    """A piece of the recommendations: a heading, a bullet, or a stray line of text."""

    kind: str
    text: str
    start: int
    end: int


def _pattern(label: str) -> str:
    """A label as a regex that lets any white space stand for its spaces."""
    return label.replace(" ", r"\s+")


@cache
def _labels(kind: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The (key, regex) labels of one kind in prose_box_labels.csv."""
    return tuple((r["key"], re.compile(_pattern(r["label"]), _FLAGS))
                 for r in read_rows("prose_box_labels.csv") if r["kind"] == kind)


@cache
def _areas() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    """The suggested-action areas: (area key, heading regex, wording regex)."""
    return tuple((r["area"], re.compile(r["heading"], _FLAGS),
                  re.compile(_pattern(r["keywords"]), _FLAGS))
                 for r in read_rows("prose_action_areas.csv"))


def _statistics(text: str, report_year: int) -> list[Prevalence]:
    """The rows of the statistics box, the population joined to "working"."""
    title = _STATS_TITLE.search(text)
    if not title:
        return []
    window = (title.end(), min(len(text), title.end() + 800))
    population = _POPULATION.search(text, *window)
    years = {int(y) for y in _SURVEY_YEAR.findall(text) if int(y) <= report_year}
    survey_year = years.pop() if len(years) == 1 else None
    out = []
    for key, label in _labels("statistic"):
        row = re.compile(
            rf"(?P<label>{label.pattern})\s+(?:(?P<amin>\d{{1,2}})\s*[-–]\s*(?P<amax>\d{{1,2}})"
            r"\s*yrs\.*\s+)?(?P<pct>\d{1,3}(?:\.\d+)?)(?![\d,])", _FLAGS,
        ).search(text, *window)
        if not row:
            continue
        out.append(Prevalence(
            indicator=key, value_pct=float(row["pct"]), start=row.start("pct"),
            end=row.end("pct"), age_min=int(row["amin"]) if row["amin"] else None,
            age_max=int(row["amax"]) if row["amax"] else None,
            population=int(population["pop"].replace(",", ""))
            if population and key == "working" else None,
            survey_year=survey_year, label=" ".join(row["label"].split()),
        ))
    return out


def _conventions_box(text: str) -> tuple[list[Law], list[Ratification], list[str]]:
    """The conventions named in the box (with their marks) and the minimum ages after them."""
    first = _labels("convention")[0][1].search(text)
    if not first:
        return [], [], []
    pos = first.start()
    named: list[tuple[str, str, bool | None, int, int]] = []
    while (m := _next_label(_labels("convention"), text, pos)) is not None:
        key, label = m
        mark = re.match(rf"\s*([{''.join(CHECK_MARKS)}])", text[label.end():])
        named.append((key, " ".join(label[0].split()),
                      CHECK_MARKS[mark[1]] if mark else None, label.start(), label.end()))
        pos = label.end() + (mark.end() if mark else 0)
    laws = []
    while (m := _next_label(_labels("law"), text, pos)) is not None:
        key, label = m
        value = re.match(rf"\s+(\d{{1,2}}|{CELL_WORD})\b", text[label.end():], _FLAGS)
        if not value:
            break
        age = int(value[1]) if value[1].isdigit() else None
        laws.append(Law(key, " ".join(label[0].split()), label.start(),
                        label.end() + value.end(), age=age))
        pos = label.end() + value.end()
    warnings = []
    if named and all(r is None for _, _, r, _, _ in named):
        warnings.append("boxes: the conventions box shows no ratification marks; "
                        "ratified left empty")
    ratifications = [Ratification(key, ratified, start, end, label,
                                  status="" if ratified is None else "reported")
                     for key, label, ratified, start, end in named]
    return laws, ratifications, warnings


def _next_label(labels: tuple[tuple[str, re.Pattern[str]], ...], text: str,
                pos: int) -> tuple[str, re.Match[str]] | None:
    """The label that comes right at ``pos`` (after spaces and stray marks), if any."""
    at = _BOX_GAP.match(text, pos).end()
    for key, label in labels:
        m = label.match(text, at)
        if m:
            return key, m
    return None


def _title_case(area: str) -> str:
    """An area heading as printed in capitals, title-cased ("COORDINATION AND ENFORCEMENT"
    -> "Coordination and Enforcement")."""
    words = area.split()
    return " ".join(w.lower() if i and w.lower() in _SMALL_WORDS else w.capitalize()
                    for i, w in enumerate(words))


def _join(head: str, tail: str) -> str:
    """Two runs of one sentence, joined across a line break ("anti-" + "trafficking")."""
    if re.search(r"[a-z]-$", head) and tail[:1].islower():
        return head + tail
    return f"{head} {tail}"


def _pieces(text: str, start: int) -> list[_Piece]:
    """The headings, bullets (with the lines that run on from them) and stray lines of the
    recommendations that begin at ``start``."""
    out: list[_Piece] = []
    pos = start
    previous_blank = True
    for line in text[start:].split("\n"):
        body, line_start = line.strip(), pos
        pos += len(line) + 1
        if not body:
            previous_blank = True
            continue
        begin = line_start + len(line) - len(line.lstrip())
        heading = _HEADING.search(line)
        if heading:
            out.append(_Piece("heading", heading["area"], line_start + heading.start(),
                              line_start + heading.end()))
        elif _BULLET.match(line):
            out.append(_Piece("bullet", _BULLET.sub("", line).strip(), begin, line_start
                              + len(line.rstrip())))
        elif out and out[-1].kind == "bullet" and not previous_blank:
            last = out[-1]
            out[-1] = _Piece("bullet", _join(last.text, body), last.start, begin + len(body))
        elif re.match(r"[A-Za-z]", body):
            out.append(_Piece("stray", body, begin, begin + len(body)))
        else:
            break
        previous_blank = False
    return out


def _flowed_actions(text: str, start: int) -> list[tuple[str, str, int, int]]:
    """(area, action, start, end) of recommendations flowed into prose: each sentence after a
    heading is one action, until something that is not an action sentence."""
    out: list[tuple[str, str, int, int]] = []
    heads = list(_HEADING.finditer(text, start))
    for i, head in enumerate(heads):
        stop = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        area = _title_case(head["area"])
        pos = head.end()
        for part in _SENTENCE_SPLIT.split(text[head.end() : stop].strip()):
            begin = text.index(part, pos)
            pos = begin + len(part)
            if not _ACTION.match(part):
                return out
            out.append((area, " ".join(part.split()), begin, pos))
    return out


def _bulleted_actions(pieces: list[_Piece]) -> tuple[list[tuple[str, str, int, int]],
                                                      list[str]]:
    """(area, action, start, end) of bulleted recommendations, with OCR damage undone where
    the evidence allows, and warnings for what it does not."""
    warnings: list[str] = []
    bullets = [p for p in pieces if p.kind == "bullet"]
    strays = [p for p in pieces if p.kind == "stray"]
    unfinished = [b for b in bullets if not b.text.endswith((".", "!", "?"))]
    if strays and len(strays) == len(unfinished):
        joined = {b.start: _Piece("bullet", _join(b.text, s.text), b.start, max(b.end, s.end))
                  for b, s in zip(unfinished, strays, strict=True)}
        bullets = [joined.get(b.start, b) for b in bullets]
    elif strays or unfinished:
        warnings.append(f"boxes: {len(unfinished)} unfinished bullet(s) and {len(strays)} "
                        "stray line(s) could not be paired; bullets kept as printed")
    headings = [p for p in pieces if p.kind == "heading"]
    if _in_order(pieces):
        areas = _areas_by_heading(pieces)
    else:
        warnings.append("boxes: recommendation headings are out of order; areas read from "
                        "the wording of each action")
        areas = _areas_by_wording(bullets, headings, warnings)
    return [(areas[b.start], " ".join(b.text.split()), b.start, b.end) for b in bullets
            if b.start in areas], warnings


def _in_order(pieces: list[_Piece]) -> bool:
    """Whether the recommendations read heading, its bullets, next heading, ... unbroken."""
    if not pieces or pieces[0].kind != "heading" or any(p.kind == "stray" for p in pieces):
        return False
    return all(a.kind != "heading" or b.kind == "bullet" for a, b in pairwise(pieces))


def _areas_by_heading(pieces: list[_Piece]) -> dict[int, str]:
    """Bullet start -> the area of the heading above it."""
    out, area = {}, ""
    for p in pieces:
        if p.kind == "heading":
            area = _title_case(p.text)
        elif p.kind == "bullet":
            out[p.start] = area
    return out


def _areas_by_wording(bullets: list[_Piece], headings: list[_Piece],
                      warnings: list[str]) -> dict[int, str]:
    """Bullet start -> area, each read from the action's wording among the printed headings;
    an undecided action between two of one area takes that area, else it is kept with the
    area empty (nothing is dropped)."""
    printed = {key: _title_case(h.text) for h in headings
               for key, heading, _ in _areas() if heading.search(h.text)}
    guesses: list[str | None] = []
    for b in bullets:
        hits = [key for key, _, words in _areas() if key in printed and words.search(b.text)]
        guesses.append(hits[0] if len(hits) == 1 else None)
    out = {}
    for i, b in enumerate(bullets):
        key = guesses[i]
        if key is None:
            before = next((g for g in reversed(guesses[:i]) if g), None)
            after = next((g for g in guesses[i + 1 :] if g), None)
            key = before if before == after else None
        if key is None:
            warnings.append(f"boxes: no area for action '{b.text[:60]}'; kept with the area "
                            "empty")
        out[b.start] = printed[key] if key else ""
    return out


def _actions(text: str) -> tuple[list[SuggestedAction], list[str]]:
    """The suggested actions under the "IN THE AREA OF ..." headings."""
    intro = _INTRO.search(text)
    first = _HEADING.search(text, intro.end() if intro else 0)
    if not first:
        return [], []
    start = intro.end() if intro else first.start()
    pieces = _pieces(text, start)
    if any(p.kind == "bullet" for p in pieces):
        found, warnings = _bulleted_actions(pieces)
    else:
        found, warnings = _flowed_actions(text, start), []
    return [SuggestedAction(area, action, s, e) for area, action, s, e in found], warnings


def extract_dol_boxes(text: str, report_year: int) -> Extraction:
    """Prevalence, laws, ratifications and suggested actions of a 2009-2012 style profile."""
    out = Extraction.empty()
    out.prevalence = _statistics(text, report_year)
    out.laws, out.ratifications, warnings = _conventions_box(text)
    out.suggested_actions, action_warnings = _actions(text)
    out.warnings = warnings + action_warnings
    return out
