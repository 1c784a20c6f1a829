"""Scoring the clean tables of TIP excerpts against a hand-read answer key.

The key (``file,measure,value,data_year,note``) has one row per figure a person read in each
file: a measure of the data contract (``investigations``, ``victims_identified_children``,
...), ``tier``, or ``other:<name>`` for a figure the key's own vocabulary had no measure for.
An ``other:`` name is scored as the contract measure ``analysis/evaluate/data/tip_key_other.csv``
gives it by meaning (``victims_referred_to_care`` -> ``victims_referred``), and only while that
measure is in the contract's list (``analysis.schema.is_measure``): a figure counts for recall
once the vocabulary can store it. Names with a qualifier the vocabulary has no split for (an
agency, a place, sex, "vulnerable children") stay outside, as do structural counts.

What is compared, per file (the key's ``file`` is the raw file's name, joined on the base name
of ``documents.source_file``):
- recall: key rows with a value, a measure in the vocabulary, found among our enforcement rows
  with the same measure, value and data year (a key row without a year matches any year);
- precision: our rows that match a key row; a row of ours with no value (status ``unknown``
  or ``not_published``) is right when the key has a row without value for that measure;
- tier: ``documents.tip_tier`` against the key's tier rows, and the report year against
  the year of the tier row (tier rows carry the edition);
- identity, when ``--identities`` (``file,country,report_year``) is given: ISO3 and report
  year of every document.
Each key row and each of our rows is used once (several agencies' counts for one year are
several rows on both sides). Nothing here reads the extractor's patterns.
"""

from __future__ import annotations

import argparse
import csv
import math
import re
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path, PurePath

import pandas as pd

from analysis import config
from analysis.datafiles import read_rows
from analysis.detect.countries import heading_country
from analysis.schema import canonical_measure, is_measure

OTHER = "other:"
TIER = "tier"


@dataclass(frozen=True)
class KeyRow:
    """One figure of the answer key, with its measure in the contract's vocabulary."""

    file: str
    printed_measure: str
    measure: str
    value: float | None
    data_year: int | None
    note: str = ""

    @property
    def counted(self) -> bool:
        """Whether the row is a stated figure the vocabulary can store."""
        return self.value is not None and bool(self.measure) and is_measure(self.measure)


@dataclass(frozen=True)
class OurRow:
    """One enforcement row of the clean tables."""

    measure: str
    value: float | None
    data_year: int
    status: str
    label: str
    source_start: int


@dataclass
class FileScore:
    """The comparison for one file."""

    file: str
    doc_id: str = ""
    country: str = ""
    report_year: int | None = None
    tier: str = ""
    key_counted: int = 0
    found: int = 0
    ours: int = 0
    right: int = 0
    tier_rows: int = 0
    tier_right: int = 0
    edition_right: int = 0
    identity: str = ""
    missed: list[KeyRow] = field(default_factory=list)
    wrong: list[OurRow] = field(default_factory=list)


@dataclass
class TipReport:
    """Scores of every file and the totals."""

    files: list[FileScore]
    outside: int = 0
    without_value: int = 0
    unreadable: list[str] = field(default_factory=list)

    def total(self, name: str) -> int:
        """Sum of one count over the files."""
        return sum(getattr(f, name) for f in self.files)


@cache
def other_map() -> dict[str, str]:
    """The key's ``other:`` names -> contract measure, from tip_key_other.csv."""
    return {row["key_name"]: row["measure"]
            for row in read_rows("tip_key_other.csv", config.EVALUATE_DATA)}


#: A hedge opening an ``other:`` name: potential victims are counted as victims are.
_HEDGE = re.compile(r"^(?:potential|presumed|suspected)_")


def other_measure(name: str) -> str:
    """The contract measure of an ``other:`` name: the name itself where it is a measure of the
    contract (the key's measures take one split, so a count of two is an ``other:`` row:
    "victims_identified_sex_trafficking_foreign"), else ``_named_measure``."""
    return canonical_measure(name) if is_measure(name) else _named_measure(name)


#: Two measures' verbs joined in one ``other:`` name ("ngo_victims_identified_and_referred",
#: "victims_identified_assisted_by_ngos_ios").
_TWO_VERBS = re.compile(r"(?<![a-z])(identified|assisted|referred)_(?:and_)?"
                        r"(identified|assisted|referred)(?![a-z])")


def other_measures(name: str) -> list[str]:
    """The contract measures of an ``other:`` name: one (``other_measure``), or, where the name
    joins two measures' verbs for a figure of a non-governmental source that no one measure
    holds, both: the key writes one row for what the government's "identified and assisted"
    takes two rows for, as the vocabulary it was written against has no source split."""
    measure = other_measure(name)
    found = _TWO_VERBS.search(name)
    if measure or found is None or found[1] == found[2]:
        return [measure]
    both = [by_source_measure(name[:found.start()] + verb + name[found.end():])
            for verb in (found[1], found[2])]
    return both if all(both) else [measure]


def _named_measure(name: str) -> str:
    """The contract measure an ``other:`` name gives by its words: an exact row of
    tip_key_other.csv, else the name read as a measure reported by a non-governmental source
    (``by_source_measure``, which keeps a split named after the source), else a row ending in
    ``*`` whose stem starts the name ("victims_referred_to_*": the place a victim was referred
    to is no split of the vocabulary) with the split its last word names
    (``_shelter_children``; a group no split names, ``_shelter_adults``, leaves it outside),
    else a row opening with ``*`` whose ending ends the name ("*_hotline_calls": whose hotline
    it is, "dgs_hotline_calls", is no split either); the same again without a hedge opening it
    ("potential_victims_referred"); "" when none."""
    table = other_map()
    if name in table:
        return table[name]
    if measure := by_source_measure(name):
        return measure
    stems = [k for k in table if k.endswith("*") and name.startswith(k[:-1])]
    if stems:
        stem = max(stems, key=len)
        return _with_qualifier(table[stem], name[len(stem) - 1:])
    endings = [k for k in table if k.startswith("*") and name.endswith(k[1:])]
    if endings:
        return table[max(endings, key=len)]
    unhedged = _HEDGE.sub("", name)
    return _named_measure(unhedged) if unhedged != name else ""


@cache
def _qualifiers() -> dict[str, str]:
    """The key's last words for a group of those counted -> split ("" for no split), the
    longest first so that a word is not taken for its ending."""
    rows = read_rows("tip_key_qualifiers.csv", config.EVALUATE_DATA)
    return {row["key_word"]: row["split"]
            for row in sorted(rows, key=lambda r: len(r["key_word"]), reverse=True)}


def _with_qualifier(measure: str, rest: str) -> str:
    """``measure`` with the split the words after a stem end in, "" for a group no split
    names; ``measure`` where they name none."""
    word = next((w for w in _qualifiers() if rest.endswith(f"_{w}")), None)
    if word is None:
        return measure
    split = _qualifiers()[word]
    return canonical_measure(measure + split) if split and is_measure(measure + split) else ""


@cache
def _source_words() -> re.Pattern[str]:
    """The key's words for a non-governmental source (tip_key_sources.csv), longest first."""
    words = sorted((row["key_word"] for row in read_rows("tip_key_sources.csv",
                                                          config.EVALUATE_DATA)),
                   key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"^(?:{alternatives})_|_by_(?:{alternatives})(?=_|$)|_(?:{alternatives})$")


def by_source_measure(name: str) -> str:
    """A contract measure with the ``_ngo`` split when the name, once its source (``ngo_...``,
    ``..._by_iom``, ``..._by_international_organization``, ``..._iom``) and a
    ``potential_``/``presumed_`` hedge are taken out, is a contract measure:
    ``ngo_victims_identified_labor_trafficking`` -> ``victims_identified_labor_trafficking_ngo``.
    Any other qualifier (an agency, a sex, a place) leaves the name outside; "" when none."""
    rest, found = _source_words().subn("", name, count=1)
    rest = re.sub(r"^(?:potential|presumed)_", "", rest)
    measure = f"{rest}_ngo"
    return canonical_measure(measure) if found and is_measure(measure) else ""


def key_value(text: str) -> float | None:
    """A key value as a number; empty, or not a number, -> None."""
    try:
        return float(text.strip().replace(",", "")) if text.strip() else None
    except ValueError:
        return None


def key_year(text: str) -> int | None:
    """A key's data year as a number; empty, or not a year, -> None."""
    try:
        return int(float(text)) if text.strip() else None
    except ValueError:
        return None


def key_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a key, or of a file of verdicts on a key's figures, as printed."""
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@dataclass
class TipKey:
    """A key as read: its figure rows, its tier rows, and the rows of vocabulary measures
    whose value or year is not a number, each as a message naming its line."""

    figures: list[KeyRow]
    tiers: list[KeyRow]
    unreadable: list[str]


def read_key(path: Path) -> TipKey:
    """The key's figure rows and tier rows. A row of a measure the vocabulary stores whose
    value or data year is not a number is set aside with a message rather than guessed at; an
    ``other:`` row with such a value stays a figure outside the vocabulary without a value."""
    key = TipKey([], [], [])
    for line, row in enumerate(key_rows(path), start=2):
        printed = row["measure"].strip()
        year = key_year(row["data_year"])
        if printed == TIER:
            key.tiers.append(KeyRow(row["file"], printed, TIER, None, year, row["value"]))
            continue
        measures = ([canonical_measure(m) for m in other_measures(printed.removeprefix(OTHER))]
                    if printed.startswith(OTHER) else [canonical_measure(printed)])
        value = key_value(row["value"])
        if any(m and is_measure(m) for m in measures):
            bad = [f"{name} {text.strip()!r} is not a number"
                   for name, text, read in (("value", row["value"], value),
                                            ("data_year", row["data_year"], year))
                   if text.strip() and read is None]
            if bad:
                key.unreadable.append(f"{path.name} line {line} ({row['file']}, {printed}): "
                                      f"{' and '.join(bad)}; row not scored")
                continue
        key.figures += [KeyRow(row["file"], printed, m, value, year, row.get("note", ""))
                        for m in measures]
    return key


def rows_by_file(rows: list[KeyRow]) -> defaultdict[str, list[KeyRow]]:
    """Key rows grouped by the file they are of, so that each file is scored on its own."""
    grouped: defaultdict[str, list[KeyRow]] = defaultdict(list)
    for k in rows:
        grouped[k.file].append(k)
    return grouped


def our_rows(enforcement: pd.DataFrame, doc_id: str) -> list[OurRow]:
    """Our enforcement rows of one document."""
    rows = enforcement[enforcement["doc_id"] == doc_id]
    return [
        OurRow(canonical_measure(r.measure) if isinstance(r.measure, str) else "",
               None if pd.isna(r.value) else float(r.value), int(r.data_year), str(r.status),
               str(r.label) if isinstance(r.label, str) else "", int(r.source_start))
        for r in rows.itertuples()
    ]


def _same(a: float, b: float) -> bool:
    """Equal figures (money as floats)."""
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6)


def comparable_rows(rows: list[KeyRow]) -> list[KeyRow]:
    """The key rows our rows are compared with: counted figures, and rows without a value
    that name a measure (an unknown number ours may also give)."""
    return [k for k in rows if k.counted] + [k for k in rows if k.value is None and k.measure]


def match_rows(key: list[KeyRow], ours: list[OurRow]) -> tuple[list[KeyRow], list[OurRow]]:
    """Pair key rows with our rows, each used once; return the unmatched of each side.

    Pass 1 pairs measure, value and year; pass 2 key rows without a year with any year;
    rows without value pair on measure (and year where the key gives one)."""
    left = list(ours)
    missed = []
    ordered = sorted(key, key=lambda k: k.data_year is None)
    for k in ordered:
        hit = next((o for o in left if o.measure == k.measure
                    and (k.data_year is None or o.data_year == k.data_year)
                    and ((k.value is None and o.value is None)
                         or (k.value is not None and o.value is not None
                             and _same(k.value, o.value)))), None)
        if hit is None:
            missed.append(k)
        else:
            left.remove(hit)
    return missed, left


def provenance(folder: Path) -> list[dict[str, str]]:
    """Each excerpt's file, source, country and edition (``source_file``, ``origin``,
    ``country``, ``report_year``), from the provenance table of a folder's README (``| file |
    source address | country | edition | ...``): what someone who saved the pages knows, none
    of it from the key, for a manifest and the identities to score against."""
    rows = []
    for line in (folder / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 4 and cells[0].endswith(".txt"):
            year = re.match(r"\d{4}", cells[3])
            rows.append({"source_file": cells[0], "origin": cells[1], "country": cells[2],
                         "report_year": year[0] if year else ""})
    return rows


def _identities(path: Path | None) -> dict[str, tuple[str, int | None]]:
    """file -> (ISO3, report year) from an identities CSV (file,country,report_year)."""
    if path is None:
        return {}
    out = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            country = heading_country(row["country"], fuzzy=True)
            year = int(row["report_year"]) if row["report_year"].strip() else None
            out[row["file"]] = (country.iso3 if country else row["country"], year)
    return out


def _tier_name(printed: str) -> str:
    """A key's tier as the documents table writes it: "2 Watch List" is "Tier 2 Watch List";
    a tier with no number ("Special Case") stays as it is."""
    printed = printed.strip()
    return f"Tier {printed}" if printed[:1].isdigit() else printed


def score_tip(answers: Path, clean: Path, identities: Path | None = None,
              files: Sequence[str] = ()) -> TipReport:
    """Compare the clean tables in ``clean`` with the key; ``files`` restricts the files."""
    key = read_key(answers)
    figures, tiers = key.figures, key.tiers
    wanted = set(files)
    names = sorted({k.file for k in (*figures, *tiers)} | set(_identities(identities)))
    if wanted:
        names = [n for n in names if n in wanted]
    docs = pd.read_csv(clean / "documents.csv", dtype=str, keep_default_na=False)
    enforcement = pd.read_csv(clean / "enforcement.csv")
    by_file = {PurePath(s).name: r for s, r in zip(docs["source_file"], docs.itertuples(),
                                                   strict=True)}
    expected = _identities(identities)
    key_by_file = rows_by_file(figures)
    report = TipReport([], unreadable=key.unreadable)
    for name in names:
        score = FileScore(name)
        rows = key_by_file.get(name, [])
        report.outside += sum(1 for k in rows if k.value is not None and not k.counted)
        report.without_value += sum(1 for k in rows if k.value is None)
        counted = [k for k in rows if k.counted]
        score.key_counted = len(counted)
        doc = by_file.get(name)
        file_tiers = [t for t in tiers if t.file == name]
        score.tier_rows = len(file_tiers)
        if doc is None:
            score.missed = counted
            score.identity = "no document (rejected or absent)"
            report.files.append(score)
            continue
        score.doc_id, score.country, score.tier = doc.doc_id, doc.country, doc.tip_tier
        score.report_year = int(doc.report_year) if doc.report_year else None
        ours = our_rows(enforcement, doc.doc_id)
        comparable = comparable_rows(rows)
        missed, wrong = match_rows(comparable, ours)
        score.missed = [k for k in missed if k.counted]
        score.found = score.key_counted - len(score.missed)
        score.ours, score.wrong = len(ours), wrong
        score.right = len(ours) - len(wrong)
        for t in file_tiers:
            score.tier_right += doc.tip_tier == _tier_name(t.note)
            score.edition_right += score.report_year == t.data_year
        if name in expected:
            iso3, year = expected[name]
            problems = []
            if doc.iso3 != iso3:
                problems.append(f"country {doc.iso3} != {iso3}")
            if year is not None and score.report_year != year:
                problems.append(f"year {score.report_year} != {year}")
            score.identity = "; ".join(problems) or "ok"
        report.files.append(score)
    return report


def percent(n: int, d: int) -> str:
    """n/d as a percentage."""
    return f"{n}/{d} = {100 * n / d:.1f}%" if d else f"{n}/0"


def format_report(report: TipReport) -> str:
    """The report as text: one line per file, then the totals."""
    lines = [f"{'file':32s} {'country':24s} {'year':>4s} {'tier':17s} key found ours right"]
    for f in report.files:
        lines.append(f"{f.file[:32]:32s} {f.country[:24]:24s} {f.report_year or '-':>4} "
                     f"{(f.tier or '-')[:17]:17s} {f.key_counted:3d} {f.found:5d} {f.ours:4d} "
                     f"{f.right:5d}" + (f"  identity: {f.identity}"
                                        if f.identity not in ("", "ok") else ""))
    docs = sum(1 for f in report.files if f.doc_id)
    lines += [
        f"documents: {docs} of {len(report.files)} files",
        f"recall: {percent(report.total('found'), report.total('key_counted'))} of stated figures "
        f"(measure, value and data year)",
        f"precision: {percent(report.total('right'), report.total('ours'))} of our rows",
        f"tier: {percent(report.total('tier_right'), report.total('tier_rows'))}; "
        f"edition of files with a tier row: "
        f"{percent(report.total('edition_right'), report.total('tier_rows'))}",
        f"not counted: {report.outside} key figure(s) outside the vocabulary, "
        f"{report.without_value} key row(s) without a value"
        + (f", {len(report.unreadable)} key row(s) whose value or year is not a number"
           if report.unreadable else ""),
    ]
    checked = [f for f in report.files if f.identity]
    if checked:
        good = sum(1 for f in checked if f.identity == "ok")
        lines.append(f"identity (country and report year): {percent(good, len(checked))}")
    return "\n".join(lines)


def write_disagreements(report: TipReport, path: Path) -> None:
    """Every missed key figure and every wrong row of ours, one CSV row each."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["file", "side", "measure", "value", "data_year", "detail"])
        for f in report.files:
            for k in f.missed:
                out.writerow([f.file, "key_missed", k.printed_measure, k.value, k.data_year,
                              k.note])
            for o in f.wrong:
                out.writerow([f.file, "ours_wrong", o.measure, o.value, o.data_year,
                              f"{o.status} at {o.source_start}: {o.label}"])


def tip_score_main(argv: Sequence[str] | None = None) -> int:
    """Command line: print recall, precision, tier and identity against a TIP key."""
    parser = argparse.ArgumentParser(prog="python -m analysis score --tip",
                                     description="Score clean tables of TIP excerpts against "
                                     "a hand-read key (file,measure,value,data_year,note).")
    parser.add_argument("--answers", type=Path, required=True, help="answer-key CSV")
    parser.add_argument("--clean", type=Path, default=config.CLEAN_DIR,
                        help="folder of clean tables (default: data/clean)")
    parser.add_argument("--identities", type=Path, default=None,
                        help="CSV file,country,report_year to check identification against")
    parser.add_argument("--files", nargs="+", default=(), metavar="FILE",
                        help="score only these files (e.g. a held-out set)")
    parser.add_argument("--out", type=Path, default=None,
                        help="CSV of missed key figures and wrong rows to write")
    parser.add_argument("--second-answers", type=Path, default=None, metavar="CSV",
                        help="a second reader's key of the same files: print how far the two "
                        "readers agree, recall on the figures both give and precision against "
                        "the figures either gives")
    parser.add_argument("--disputes", type=Path, default=None, metavar="CSV",
                        help="with --second-answers: CSV of the figures one key gives and the "
                        "other does not, for a third reader to judge")
    parser.add_argument("--verdicts", type=Path, default=None, metavar="CSV",
                        help="with --second-answers and --adjudicated: the disputes CSV with a "
                        "third reader's verdict column (keep, drop or doubt)")
    parser.add_argument("--adjudicated", type=Path, default=None, metavar="CSV",
                        help="with --verdicts: where to write the adjudicated key (the first "
                        "key, less the figures judged drop, with the second key's judged keep)")
    args = parser.parse_args(argv)
    if (args.disputes or args.verdicts) and not args.second_answers:
        print("error: --disputes and --verdicts need --second-answers", file=sys.stderr)
        return 2
    if bool(args.verdicts) != bool(args.adjudicated):
        print("error: --verdicts and --adjudicated go together", file=sys.stderr)
        return 2
    second = (args.second_answers,) if args.second_answers else ()
    verdicts = (args.verdicts,) if args.verdicts else ()
    for path in (args.answers, *second, *verdicts, args.clean / "documents.csv",
                 args.clean / "enforcement.csv"):
        if not path.is_file():
            print(f"error: {path} not found", file=sys.stderr)
            return 2
    report = score_tip(args.answers, args.clean, args.identities, args.files)
    print(format_report(report))
    for problem in report.unreadable:
        print(f"warning: {problem}", file=sys.stderr)
    if args.second_answers:
        from analysis.evaluate.tip_readers import (
            compare_readers,
            format_agreement,
            write_disputes,
        )
        agreement = compare_readers(args.answers, args.second_answers, args.clean, args.files)
        print(format_agreement(agreement))
        if args.disputes:
            write_disputes(agreement, args.disputes)
        if args.verdicts:
            from analysis.evaluate.tip_readers import (
                VerdictError,
                adjudicated_rows,
                write_adjudicated,
            )
            try:
                rows = adjudicated_rows(args.answers, args.second_answers, args.verdicts)
            except VerdictError as err:
                print(f"error: {err}", file=sys.stderr)
                return 2
            write_adjudicated(rows, args.adjudicated)
            print(f"adjudicated key: {len(rows)} rows written to {args.adjudicated}")
    if args.out:
        write_disagreements(report, args.out)
    return 1 if report.unreadable else 0
