"""Scoring the clean tables against ILAB's answer keys (``answers_<year>.csv``).

The key is long (country, report_year, field, value) and comes from ILAB's own app data. Each
key field is mapped to one cell of the clean tables by ``analysis/evaluate/data/score_fields.csv``
(field -> group, table, row filter, column, value kind); the scorer joins key and tables on
the country, reads both sides in their own formats and counts agreement per field, per group
and overall. Assessment, prevalence and enforcement are the targeted groups; survey years,
ratifications and laws are reported separately.

Joining: a key country is the app's name, which is also the stem of the corpus file the
profile was read from, so the document is found by ``documents.source_file`` stem; failing
that, by ISO3 through ``analysis.detect.countries``.

Formats: statistics are percents in some keys and fractions in others (the scale is read off
the key: fractions never exceed 2); numbers come with or without separators, ``$`` and
"million"; figures are compared at the coarser of the two printed precisions. ``Unknown`` and
``N/A`` are statuses (the PDF's ``Unknown*``, status ``not_published``, agrees with
``Unknown``); either also agrees with no row when our document has no row of that printed table
at all (profiles without enforcement tables). The key also fills rows a profile does not print
(its label, from the extractor's vocabulary, stands nowhere in the text): there ``N/A`` agrees
with our having no row, and any other key value, which no printed cell supports, is left out
of the denominator and listed in the report. An assessment agrees when it is the key's or the key's
level followed by the qualifier the PDF prints ("Minimal Advancement – Efforts Made but ...").
``#k`` marks the k-th repeat of a field and is matched with our k-th row for that filter in
text order.

Territories: ``Field[T]`` is matched with our rows whose ``territory`` names T, the best
match first (``analysis.territories``: the same name; the same entity by
``analysis/data/territory_names.csv``, e.g. printed "National Total" for the key's "Federal";
a printed name joining T, "FBiH/RS/BD" for "Brčko District", or joining every entity for the
whole country). A measure the profile prints once (our rows name no entity) is the whole
country's figure and is compared with the key's value for the whole country only; for a
part of the country, as for an entity a split measure does not name, the profile prints no
cell: key ``N/A`` agrees and any other key value is left out as not printed. T's block is
absent when no row of the block names T. A key field without territory or repeat
is matched, in a profile printing several entities, with the rows naming the key's country
("All Pakistan"; the column "M" of a combined profile for Montserrat) where there are such
rows. Not comparable, and left out of the denominator: every ``[T]`` value of a table
without a territory column (laws).

Errata (``country, year, field, key_value, printed_value, source_file, source_start,
source_end, reason``): a key row is excluded only when the key holds ``key_value`` for it and
``printed_value`` stands exactly at ``[source_start, source_end)`` of ``source_file`` (read as
UTF-8, relative to a root that defaults to the answer key's folder); otherwise the erratum is
rejected and reported.
"""

from __future__ import annotations

import argparse
import csv
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path, PurePath

import pandas as pd

from analysis import config
from analysis.detect.countries import resolve_country
from analysis.extract.labels import enforcement_rules, prevalence_rules
from analysis.extract.tables.cells import normalise_label
from analysis.territories import closeness, is_country_wide

#: Largest statistic a key written in fractions holds (completion rates reach about 1.3).
_FRACTION_MAX = Decimal(2)
#: Marks the PDFs print after a figure, also found in some key values.
_MARKS = "*†‡"
#: Key words that stand for a missing figure, and the status they name.
_KEY_STATUSES = {
    "unknown": "unknown", "n/a": "not_applicable", "unavailable": "unavailable",
    "none": "none", "unclear": "unclear",
}
#: Our enforcement statuses that agree with each key status.
_STATUS_AGREES = {
    "unknown": {"unknown", "not_published"},
    "not_applicable": {"not_applicable"},
    "unavailable": {"unknown", "not_published", "not_applicable"},
    "none": {"not_applicable"},
    "unclear": {"unknown", "not_published"},
}
#: The column holding the figure an age range belongs to.
_FIGURE = "value_pct"
_TRUE = {"1", "1.0", "true", "yes"}
_FALSE = {"0", "0.0", "false", "no"}
_NUMBER = re.compile(
    r"(?:US)?\$?\s*(?P<digits>\d{1,3}(?:,\s?\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s*(?P<scale>million|billion|thousand))?",
    re.IGNORECASE,
)
_SCALES = {"thousand": Decimal(10) ** 3, "million": Decimal(10) ** 6,
           "billion": Decimal(10) ** 9}
_YEARS = re.compile(r"(?P<first>\d{4})(?:\.0)?(?:\s*[-–/]\s*(?P<last>\d{2}|\d{4}))?")
_AGES = re.compile(r"(?P<min>\d{1,2})\s*[-–]\s*(?P<max>\d{1,2})")
_REPEAT = re.compile(r"#(\d+)")
_TERRITORY = re.compile(r"\[([^\]]*)\]")
#: What may stand between two words of a printed label (other cells of a wrapped row).
_LABEL_GAP = r"(?:\s|\s[\s\S]{0,160}?\s)"
_DASHES = re.compile(r"\s*[-–—]\s*")
_KEY_COLUMNS = ("country", "report_year", "field", "value")
_ERRATA_COLUMNS = ("country", "year", "field", "key_value", "printed_value", "source_file",
                   "source_start", "source_end", "reason")
#: Width of the field-name column of the printed report.
_NAME_WIDTH = 62
_DISAGREEMENT_COLUMNS = ("country", "report_year", "group", "field", "theirs", "ours",
                         "doc_id", "source_start", "source_end")
#: Targets for a corpus folder read from text, and for the OCR folder.
DEFAULT_TARGETS: dict[str, float] = {
    "assessment": 1.0, "prevalence": 0.99, "enforcement": 0.99, "documents": 1.0,
}
OCR_TARGETS: dict[str, float] = {"assessment": 0.97, "prevalence": 0.97, "enforcement": 0.97}
_TARGET_SETS = {"full": DEFAULT_TARGETS, "ocr": OCR_TARGETS}


@dataclass(frozen=True)
class FieldSpec:
    """Where a key field is found in our tables and how its values are read."""

    field: str
    group: str
    targeted: bool
    table: str
    filters: tuple[tuple[str, str], ...]
    block: tuple[tuple[str, str], ...]
    columns: tuple[str, ...]
    kind: str


@dataclass(frozen=True)
class KeyRow:
    """One answer-key row, its field split into base field, repeat number and territory."""

    country: str
    report_year: int
    field: str
    value: str
    base: str
    repeat: int
    territory: str


@dataclass(frozen=True)
class Erratum:
    """A checked claim that the key disagrees with the printed profile."""

    country: str
    year: str
    field: str
    key_value: str
    printed_value: str
    source_file: str
    source_start: str
    source_end: str
    reason: str


@dataclass(frozen=True)
class Disagreement:
    """A key value our tables do not agree with, and where ours was read."""

    country: str
    report_year: int
    group: str
    field: str
    theirs: str
    ours: str
    doc_id: str
    source_start: str
    source_end: str


@dataclass(frozen=True)
class Skipped:
    """A key row left out of the denominator, and why."""

    country: str
    field: str
    value: str
    reason: str


@dataclass
class FieldScore:
    """Agreement counts for one key field."""

    field: str
    group: str
    targeted: bool
    compared: int = 0
    agreed: int = 0


@dataclass
class ScoreReport:
    """Everything one scoring run found."""

    answers: Path
    clean: Path
    report_years: tuple[int, ...]
    percent_scale: str
    key_countries: int
    documents_matched: int
    fields: dict[str, FieldScore] = field(default_factory=dict)
    disagreements: list[Disagreement] = field(default_factory=list)
    not_comparable: list[Skipped] = field(default_factory=list)
    territory_compared: Counter[str] = field(default_factory=Counter)
    territory_agreed: Counter[str] = field(default_factory=Counter)
    not_printed: list[Skipped] = field(default_factory=list)
    unprinted_agreed: Counter[str] = field(default_factory=Counter)
    excluded: list[Skipped] = field(default_factory=list)
    not_scored: Counter[str] = field(default_factory=Counter)
    unknown_fields: Counter[str] = field(default_factory=Counter)
    missing_documents: dict[str, str] = field(default_factory=dict)
    key_groups: set[str] = field(default_factory=set)
    errata_accepted: list[Erratum] = field(default_factory=list)
    errata_rejected: list[tuple[Erratum, str]] = field(default_factory=list)
    absent_tables: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def groups(self) -> dict[str, tuple[int, int, bool]]:
        """(agreed, compared, targeted) per group, in mapping order."""
        out: dict[str, tuple[int, int, bool]] = {}
        for fs in self.fields.values():
            agreed, compared, _ = out.get(fs.group, (0, 0, fs.targeted))
            out[fs.group] = (agreed + fs.agreed, compared + fs.compared, fs.targeted)
        return out

    def total(self, targeted: bool | None = None) -> tuple[int, int]:
        """(agreed, compared) over the targeted groups, the others, or all (None)."""
        rows = [(a, c) for a, c, t in self.groups().values() if targeted in (None, t)]
        return sum(a for a, _ in rows), sum(c for _, c in rows)


def _rate(agreed: int, compared: int) -> float | None:
    """Share of agreeing rows; None when nothing was compared."""
    return agreed / compared if compared else None


def load_field_specs(path: Path | None = None) -> dict[str, FieldSpec]:
    """Read the key-field mapping (the package's score_fields.csv unless a path is given)."""
    text = Path(path or config.EVALUATE_DATA / "score_fields.csv").read_text("utf-8")
    specs: dict[str, FieldSpec] = {}
    for row in csv.DictReader(text.splitlines()):
        specs[row["field"]] = FieldSpec(
            row["field"], row["group"], row["targeted"].strip().lower() == "yes",
            row["table"].strip(), _filters(row["filter"]), _filters(row.get("block") or ""),
            tuple(c for c in row["column"].split(";") if c), row["kind"].strip(),
        )
    return specs


def _filters(text: str) -> tuple[tuple[str, str], ...]:
    """Read ``name=value;name=value`` conditions on table columns."""
    parts = (part.partition("=") for part in text.split(";"))
    return tuple((name.strip(), value.strip()) for name, _, value in parts if name.strip())


def split_field(name: str) -> tuple[str, int, str]:
    """Split a key field into its base path, repeat number (``#k``, 1 if none) and territory."""
    repeats = _REPEAT.findall(name)
    territories = _TERRITORY.findall(name)
    base = _TERRITORY.sub("", _REPEAT.sub("", name))
    return base, int(repeats[-1]) if repeats else 1, territories[-1] if territories else ""


def _nfc(text: str) -> str:
    """Unicode NFC form with outer whitespace stripped, so file names and key names compare."""
    return unicodedata.normalize("NFC", text).strip()


def read_key(path: Path) -> list[KeyRow]:
    """Read an answer key into rows with their fields split."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in _KEY_COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(f"{path}: not an answer key, missing column(s) {', '.join(missing)}")
    rows = []
    for rec in frame.to_dict("records"):
        base, repeat, territory = split_field(rec["field"].strip())
        rows.append(KeyRow(_nfc(rec["country"]), int(float(rec["report_year"])),
                           rec["field"].strip(), rec["value"].strip(), base, repeat, territory))
    return rows


def key_status(value: str) -> str:
    """'reported' for a figure, else the missing-figure status a key word names."""
    return _KEY_STATUSES.get(value.strip(_MARKS + " ").lower(), "reported")


def number_with_precision(text: str) -> tuple[Decimal, Decimal] | None:
    """Read "71,984", "$2.4 million", "Yes"/"No", "True" as (value, half its last unit)."""
    t = text.strip().strip(_MARKS).strip()
    if t.lower() in _TRUE:
        return Decimal(1), Decimal("0.5")
    if t.lower() in _FALSE:
        return Decimal(0), Decimal("0.5")
    m = _NUMBER.fullmatch(t)
    if not m:
        return None
    digits = re.sub(r",\s?", "", m["digits"])
    decimals = len(digits.partition(".")[2])
    scale = _SCALES[m["scale"].lower()] if m["scale"] else Decimal(1)
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return None
    return value * scale, Decimal(5) * Decimal(10) ** -(decimals + 1) * scale


def infer_percent_scale(rows: Sequence[KeyRow], specs: Mapping[str, FieldSpec]) -> str:
    """Tell from the key's own statistics whether it writes percents or fractions."""
    values = [
        parsed[0] for r in rows
        if (spec := specs.get(r.base)) and spec.kind == "percent"
        and (parsed := number_with_precision(r.value))
    ]
    return "fraction" if values and max(values) <= _FRACTION_MAX else "percent"


def _label(text: str) -> str:
    """Fold an assessment label: case, dash style and spacing do not matter."""
    return " ".join(_DASHES.sub(" - ", text).casefold().split())


def _int(text: str) -> int | None:
    """Read a whole number written as ``16`` or ``16.0``; None otherwise."""
    try:
        number = Decimal(text.strip().strip(_MARKS))
    except InvalidOperation:
        return None
    return int(number) if number.is_finite() and number == number.to_integral_value() else None


def _close(theirs: tuple[Decimal, Decimal] | None, ours: str) -> bool:
    """Whether two figures agree at the coarser of their printed precisions."""
    mine = number_with_precision(ours)
    if theirs is None or mine is None:
        return False
    return abs(theirs[0] - mine[0]) <= max(theirs[1], mine[1])


def _years(text: str) -> set[int]:
    """Years a key survey-year value names: ``2006.0`` -> {2006}, ``2010-11`` -> {2010, 2011}."""
    m = _YEARS.fullmatch(text.strip())
    if not m:
        return set()
    first = int(m["first"])
    last = m["last"]
    if not last:
        return {first}
    return {first, int(m["first"][: 4 - len(last)] + last)}


def _compare(kind: str, theirs: str, ours: list[str], scale: str) -> bool:
    """Whether a reported key value agrees with our cell(s) for a value kind."""
    if kind == "label":
        level, printed = _label(theirs), _label(ours[0])
        return printed == level or printed.startswith(level + " - ")
    if kind == "percent":
        parsed = number_with_precision(theirs)
        factor = Decimal(100) if scale == "fraction" else Decimal(1)
        return _close(parsed and (parsed[0] * factor, parsed[1] * factor), ours[0])
    if kind in ("count", "usd", "boolean"):
        return _close(number_with_precision(theirs), ours[0])
    if kind == "age":
        age = _int(theirs)
        return _int(ours[0]) == age if age is not None else _label(theirs) == _label(ours[0])
    if kind == "age_range":
        m = _AGES.fullmatch(theirs.strip())
        return bool(m) and (_int(ours[0]), _int(ours[1])) == (int(m["min"]), int(m["max"]))
    if kind == "year":
        return _int(ours[0]) in _years(theirs)
    raise ValueError(f"unknown value kind {kind!r} in score_fields.csv")


class _Tables:
    """The clean tables, read as text and indexed by doc_id."""

    def __init__(self, clean: Path, names: set[str]) -> None:
        """Read each named table of the clean folder; note the ones that are absent."""
        self.rows: dict[str, dict[str, list[dict[str, str]]]] = {}
        self.columns: dict[str, list[str]] = {}
        self.absent: list[str] = []
        self.printed = _PrintedRows(clean)
        for name in sorted(names):
            path = clean / f"{name}.csv"
            if not path.is_file():
                self.absent.append(name)
                frame = pd.DataFrame()
            else:
                frame = pd.read_csv(path, dtype=str, keep_default_na=False)
            self.columns[name] = list(frame.columns)
            index: dict[str, list[dict[str, str]]] = {}
            for rec in frame.to_dict("records"):
                index.setdefault(rec.get("doc_id", ""), []).append(rec)
            self.rows[name] = index

    def entity(self, table: str, doc: Mapping[str, str], key: KeyRow) -> _Entity:
        """The entity of a key value and the entities our table names for its document."""
        rows = self.rows[table].get(doc.get("doc_id", ""), []) if table != "documents" else []
        plain = not key.territory and "#" not in key.field
        return _Entity(key.territory, key.country if plain else "", doc.get("country", ""),
                       frozenset(r["territory"] for r in rows if r.get("territory")),
                       "territory" in self.columns[table])

    def select(self, table: str, filters: Sequence[tuple[str, str]], doc_id: str,
               report_year: int) -> list[dict[str, str]]:
        """Rows of a document matching the filters, in text order."""
        wanted = [(c, v.replace("{report_year}", str(report_year))) for c, v in filters]
        rows = [
            r for r in self.rows[table].get(doc_id, [])
            if all(_same_cell(r.get(c, ""), v) for c, v in wanted)
        ]
        return sorted(rows, key=_text_order)


@dataclass(frozen=True)
class _Entity:
    """The entity a key value is about, and the entities our rows of its document name."""

    wanted: str
    own: str
    country: str
    names: frozenset[str]
    split: bool

    def rows(self, rows: list[dict[str, str]]) -> list[dict[str, str]]:
        """Our rows for the key value: those naming its entity; for the whole country, the
        rows of a measure printed once (naming no entity); for a field without territory,
        those naming the key's country where a profile prints several entities."""
        if self.wanted:
            named = self._naming(rows, self.wanted)
            once = not any(r.get("territory") for r in rows)
            return named or (rows if once and is_country_wide(self.wanted, self.country) else [])
        return (self._naming(rows, self.own) if self.own else []) or rows

    def block(self, rows: list[dict[str, str]]) -> list[dict[str, str]]:
        """The rows of a key value's block that are about its entity (all of them when the
        block names no entity)."""
        named = any(r.get("territory") for r in rows)
        return self._naming(rows, self.wanted) if self.wanted and named else rows

    def _naming(self, rows: list[dict[str, str]], wanted: str) -> list[dict[str, str]]:
        """The rows whose territory names ``wanted`` best (none when no row names it)."""
        scores = [closeness(r["territory"], wanted, self.country, self.names)
                  if r.get("territory") else 0 for r in rows]
        best = max(scores, default=0)
        return [r for r, s in zip(rows, scores, strict=True) if best and s == best]


class _PrintedRows:
    """Tells whether a profile prints the table row a key field maps to.

    A row is printed when one of its labels, from the vocabulary the extractor reads
    (``enforcement_labels.csv``, ``prevalence_labels.csv``), begins a line of the document's
    repaired text (``<clean>/text/<doc_id>.txt``, each line folded as the extractor folds
    labels), as a table's row label does. Words of a label may stand apart (a label wrapped
    over lines of a space-aligned table), so a doubtful row counts as printed and its key value
    stays in the denominator.
    """

    def __init__(self, clean: Path) -> None:
        """Read texts lazily from the clean folder's ``text`` directory."""
        self.folder = clean / "text"
        self.texts: dict[str, str | None] = {}
        self.patterns: dict[tuple[tuple[str, str], ...], re.Pattern[str] | None] = {}

    def _pattern(self, spec: FieldSpec) -> re.Pattern[str] | None:
        """One regex for every label of the field's row; None when it has no vocabulary."""
        if spec.filters not in self.patterns:
            wanted = dict(spec.filters)
            if spec.table == "enforcement":
                rules = [r for r in enforcement_rules() if r.role == "value"
                         and r.measure == wanted.get("measure")
                         and r.domain in ("", wanted.get("domain", ""))]
            elif spec.table == "prevalence":
                rules = [r for r in prevalence_rules() if r.role == "value"
                         and r.measure == wanted.get("indicator")]
            else:
                rules = []
            union = "|".join(f"(?:{r.pattern.pattern.replace(' ', _LABEL_GAP)})"
                             for r in rules)
            self.patterns[spec.filters] = (
                re.compile(rf"^[|\s]*(?:{union})(?![a-z])", re.MULTILINE) if rules else None)
        return self.patterns[spec.filters]

    def _text(self, doc_id: str) -> str | None:
        """The document's repaired text folded like a label; None when it was not written."""
        if doc_id not in self.texts:
            path = self.folder / f"{doc_id}.txt"
            self.texts[doc_id] = ("\n".join(
                normalise_label(line) for line in path.read_text(encoding="utf-8").split("\n")
            ) if path.is_file() else None)
        return self.texts[doc_id]

    def absent(self, spec: FieldSpec, doc_id: str) -> bool:
        """Whether the document certainly does not print the field's row."""
        pattern = self._pattern(spec)
        text = self._text(doc_id) if pattern is not None else None
        return text is not None and pattern is not None and not pattern.search(text)


def _same_cell(cell: str, wanted: str) -> bool:
    """Whether a table cell holds the wanted filter value (``2016`` equals ``2016.0``)."""
    if cell == wanted:
        return True
    a, b = _int(cell), _int(wanted)
    return a is not None and a == b


def _text_order(row: Mapping[str, str]) -> tuple[int, int]:
    """Sort key putting rows in the order their figures stand in the text."""
    start = _int(row.get("source_start", ""))
    return (0, start) if start is not None else (1, 0)


class _Documents:
    """Finds the document of a key country: by file name, else by ISO3."""

    def __init__(self, docs: list[dict[str, str]]) -> None:
        """Index DOL documents by (file stem, year) and (ISO3, year), originals first."""
        self.by_name: dict[tuple[str, int], list[dict[str, str]]] = {}
        self.by_iso3: dict[tuple[str, int], list[dict[str, str]]] = {}
        self.years: dict[str, set[int]] = {}
        ordered = sorted(docs, key=lambda d: (bool(d.get("duplicate_of")), d.get("doc_id", "")))
        for doc in ordered:
            if doc.get("series", "dol_findings") != "dol_findings":
                continue
            year = _int(doc.get("report_year", ""))
            if year is None:
                continue
            stem = _nfc(PurePath(doc.get("source_file", "")).stem)
            self.by_name.setdefault((stem, year), []).append(doc)
            self.by_iso3.setdefault((doc.get("iso3", ""), year), []).append(doc)
            self.years.setdefault(stem, set()).add(year)
            self.years.setdefault(doc.get("iso3", ""), set()).add(year)

    def find(self, country: str, year: int) -> tuple[dict[str, str] | None, str]:
        """The document for a key country and year, or None and why not."""
        hits = self.by_name.get((country, year))
        if hits:
            return hits[0], ""
        resolved = resolve_country(country, fuzzy=False)
        iso3 = resolved.iso3 if resolved else ""
        hits = self.by_iso3.get((iso3, year)) if iso3 else None
        if hits:
            return hits[0], ""
        other = sorted(self.years.get(country, set()) | self.years.get(iso3, set()))
        if other:
            return None, f"documents only for report year(s) {', '.join(map(str, other))}"
        return None, f"no document named {country!r}" + (f" or with ISO3 {iso3}" if iso3 else "")


def read_errata(path: Path) -> list[Erratum]:
    """Read an errata file; a file without the expected columns is an error."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in _ERRATA_COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(f"{path}: errata file lacks column(s) {', '.join(missing)}")
    return [Erratum(**{c: str(rec[c]) for c in _ERRATA_COLUMNS})
            for rec in frame.to_dict("records")]


def check_erratum(err: Erratum, root: Path, key_values: Mapping[tuple[str, int, str], str]
                  ) -> str | None:
    """Why an erratum must be rejected (None when it holds): key value and printed text checked."""
    year = _int(err.year)
    key = (_nfc(err.country), year if year is not None else -1, err.field.strip())
    if key not in key_values:
        return "the key has no such row"
    if key_values[key] != err.key_value.strip():
        return f"the key says {key_values[key]!r}, not {err.key_value!r}"
    start, end = _int(err.source_start), _int(err.source_end)
    if start is None or end is None or not 0 <= start <= end:
        return f"bad offsets {err.source_start!r}-{err.source_end!r}"
    path = root / err.source_file
    try:
        raw = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return f"cannot read {path}: {exc}"
    if end > len(raw):
        return f"offsets {start}-{end} lie beyond the end of {err.source_file} ({len(raw)} chars)"
    found = raw[start:end]
    if found != err.printed_value:
        return (f"{err.source_file}[{start}:{end}] holds {found!r}, "
                f"not the printed value {err.printed_value!r}")
    return None


def _display(spec: FieldSpec, row: Mapping[str, str] | None) -> str:
    """Our side of a comparison as text: the cell(s), the status, or that there is no row."""
    if row is None:
        return "(no row)"
    cells = [row.get(c, "") for c in spec.columns]
    if "status" in row and row["status"] != "reported" and not any(cells):
        return row["status"]
    text = "-".join(cells) if spec.kind == "age_range" else cells[0]
    return text or "(empty)"


@dataclass(frozen=True)
class _Ours:
    """Our side of one comparison: the matched row, if any, and what its table is like."""

    row: Mapping[str, str] | None
    has_status: bool
    block_absent: bool


def _agrees(spec: FieldSpec, key: KeyRow, ours: _Ours, scale: str, figure_missing: bool
            ) -> bool:
    """Whether our row (or its absence) agrees with one key value.

    A missing key figure agrees with a row of the same status in a table that records statuses,
    with an empty cell or no row in a table that leaves unreported figures out, and with no row
    when our document has no rows of that printed table at all (a profile without it). An
    age range belongs to its figure: where we have no figure, it agrees exactly when the key
    has no figure either (``figure_missing``), whatever the key writes as its age range.
    """
    row = ours.row
    if spec.kind == "age_range" and (row is None or not row.get(_FIGURE)):
        return figure_missing
    status = key_status(key.value)
    cells = [row.get(c, "") for c in spec.columns] if row is not None else []
    if status != "reported":
        if row is None and ours.block_absent:
            return True
        if ours.has_status:
            return (row is not None and not any(cells)
                    and row.get("status") in _STATUS_AGREES[status])
        return not any(cells)
    if row is None or not all(cells):
        return False
    return _compare(spec.kind, key.value, cells, scale)


def _errata_for(errata: Path | None, root: Path,
                key_values: Mapping[tuple[str, int, str], str], report: ScoreReport
                ) -> set[tuple[str, int, str]]:
    """Check the errata that concern this key; return the key rows the accepted ones exclude."""
    if errata is None:
        return set()
    if not Path(errata).is_file():
        report.notes.append(f"errata file {errata} not found: no errata applied")
        return set()
    years = {str(y) for y in report.report_years}
    excluded: set[tuple[str, int, str]] = set()
    for err in read_errata(Path(errata)):
        year = _int(err.year)
        if year is None:
            report.errata_rejected.append((err, f"bad year {err.year!r}"))
            continue
        if str(year) not in years:
            continue
        reason = check_erratum(err, root, key_values)
        if reason:
            report.errata_rejected.append((err, reason))
        else:
            report.errata_accepted.append(err)
            excluded.add((_nfc(err.country), year, err.field.strip()))
    return excluded


def run_score(answers: Path, clean: Path, out: Path | None = None, errata: Path | None = None,
              *, root: Path | None = None, fields: Path | None = None) -> ScoreReport:
    """Score the clean tables in ``clean`` against an answer key; write disagreements to ``out``."""
    answers, clean = Path(answers), Path(clean)
    specs = load_field_specs(fields)
    key = read_key(answers)
    tables = _Tables(clean, {"documents"} | {s.table for s in specs.values() if s.table})
    documents = _Documents([r for rows in tables.rows["documents"].values() for r in rows])
    report = ScoreReport(
        answers=answers, clean=clean, report_years=tuple(sorted({r.report_year for r in key})),
        percent_scale=infer_percent_scale(key, specs), key_countries=len({r.country for r in key}),
        documents_matched=0, absent_tables=tables.absent,
    )
    for spec in specs.values():
        if spec.table:
            report.fields.setdefault(spec.field, FieldScore(spec.field, spec.group, spec.targeted))
    context = _KeyContext({(r.country, r.report_year, r.field): r.value for r in key},
                          _figure_fields(specs))
    excluded = _errata_for(errata, Path(root) if root else answers.parent, context.values,
                           report)
    matched: set[str] = set()
    for row in key:
        spec = specs.get(row.base)
        if spec is None:
            report.unknown_fields[row.base] += 1
            continue
        if not spec.table:
            report.not_scored[row.base] += 1
            continue
        report.key_groups.add(spec.group)
        doc, why = documents.find(row.country, row.report_year)
        if doc is None:
            report.missing_documents[row.country] = why
            continue
        matched.add(row.country)
        _score_row(report, spec, row, doc, tables, excluded, context)
    report.documents_matched = len(matched)
    if out is not None:
        write_disagreements(report.disagreements, Path(out))
    return report


@dataclass(frozen=True)
class _KeyContext:
    """What a key row is compared in: the whole key's values and each age range's figure."""

    values: Mapping[tuple[str, int, str], str]
    figures: Mapping[str, str]


def _figure_fields(specs: Mapping[str, FieldSpec]) -> dict[str, str]:
    """Map each age-range field to the field of the figure it belongs to (same table rows)."""
    figures = {(s.table, s.filters): s.field for s in specs.values() if s.columns == (_FIGURE,)}
    return {
        s.field: figures[(s.table, s.filters)] for s in specs.values()
        if s.kind == "age_range" and (s.table, s.filters) in figures
    }


def _figure_missing(key: KeyRow, spec: FieldSpec, context: _KeyContext) -> bool:
    """Whether the key has no figure for the block an age-range row belongs to."""
    figure = context.figures.get(spec.field)
    if figure is None:
        return key_status(key.value) != "reported"
    leaf, figure_leaf = spec.field.rsplit("/", 1)[-1], figure.rsplit("/", 1)[-1]
    value = context.values.get((key.country, key.report_year,
                                key.field.replace(leaf, figure_leaf)))
    return value is None or key_status(value) != "reported"


def _score_row(report: ScoreReport, spec: FieldSpec, key: KeyRow, doc: Mapping[str, str],
               tables: _Tables, excluded: set[tuple[str, int, str]], context: _KeyContext
               ) -> None:
    """Compare one key row with our tables and count it."""
    if (key.country, key.report_year, key.field) in excluded:
        report.excluded.append(Skipped(key.country, key.field, key.value, "erratum accepted"))
        return
    entity = tables.entity(spec.table, doc, key)
    block = (tables.select(spec.table, spec.block, doc["doc_id"], key.report_year)
             if spec.block else None)
    if entity.wanted and not entity.split:
        report.not_comparable.append(Skipped(
            key.country, key.field, key.value,
            f"per-territory (the {spec.table} table has no territory column)"))
        return
    measure = ([dict(doc)] if spec.table == "documents" else
               tables.select(spec.table, spec.filters, doc["doc_id"], key.report_year))
    candidates = entity.rows(measure)
    ours = candidates[key.repeat - 1] if len(candidates) >= key.repeat else None
    not_for_entity = bool(key.territory and measure and not candidates)
    block_absent = block is not None and not entity.block(block)
    score = report.fields[spec.field]
    side = _Ours(ours, "status" in tables.columns[spec.table], block_absent)
    agrees = _agrees(spec, key, side, report.percent_scale, _figure_missing(key, spec, context))
    if not agrees and ours is None and (
            not_for_entity or tables.printed.absent(spec, doc["doc_id"])):
        if key_status(key.value) != "not_applicable":
            report.not_printed.append(
                Skipped(key.country, key.field, key.value, "row not printed in the profile"))
            return
        report.unprinted_agreed[spec.field] += 1
        agrees = True
    score.compared += 1
    if key.territory:
        report.territory_compared[spec.group] += 1
        report.territory_agreed[spec.group] += agrees
    if agrees:
        score.agreed += 1
        return
    report.disagreements.append(Disagreement(
        key.country, key.report_year, spec.group, key.field, key.value, _display(spec, ours),
        doc.get("doc_id", ""), (ours or {}).get("source_start", ""),
        (ours or {}).get("source_end", ""),
    ))


def write_disagreements(rows: Sequence[Disagreement], path: Path) -> None:
    """Write the disagreements as CSV, sorted by country and field."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ordered = sorted(rows, key=lambda d: (d.country, d.report_year, d.field))
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(_DISAGREEMENT_COLUMNS)
        for d in ordered:
            writer.writerow([getattr(d, c) for c in _DISAGREEMENT_COLUMNS])


def _pct(agreed: int, compared: int) -> str:
    """'agreed/compared  rate%' for a report line."""
    rate = _rate(agreed, compared)
    shown = f"{rate:7.2%}" if rate is not None else "      -"
    return f"{agreed:6d}/{compared:<6d} {shown}"


def _group_lines(report: ScoreReport, targeted: bool) -> list[str]:
    """Report lines for the targeted groups or the others, with a line per field."""
    lines = []
    for group, (agreed, compared, is_targeted) in report.groups().items():
        if is_targeted != targeted:
            continue
        lines.append(f"  {group:<{_NAME_WIDTH + 2}} {_pct(agreed, compared)}")
        for fs in report.fields.values():
            if fs.group == group and fs.compared:
                lines.append(f"    {fs.field.split('/', 1)[-1]:<{_NAME_WIDTH}} "
                             f"{_pct(fs.agreed, fs.compared)}")
    agreed, compared = report.total(targeted)
    name = f"all {'targeted' if targeted else 'other'} groups"
    lines.append(f"  {name:<{_NAME_WIDTH + 2}} {_pct(agreed, compared)}")
    return lines


def _skipped_lines(report: ScoreReport) -> list[str]:
    """Report lines on what was left out of the denominator, and why."""
    lines = []
    if report.missing_documents:
        lines.append(f"Key countries without a document ({len(report.missing_documents)}), "
                     "left out:")
        lines += [f"  {c}: {why}" for c, why in sorted(report.missing_documents.items())]
    if report.territory_compared:
        lines.append("Per-territory key values (counted in their groups above):")
        lines += [f"  {group:<{_NAME_WIDTH + 2}} "
                  f"{_pct(report.territory_agreed[group], compared)}"
                  for group, compared in report.territory_compared.items()]
    by_reason: dict[str, list[Skipped]] = {}
    for skipped in report.not_comparable:
        by_reason.setdefault(skipped.reason, []).append(skipped)
    for reason, skipped in by_reason.items():
        countries = sorted({s.country for s in skipped})
        lines.append(f"Not comparable, left out: {len(skipped)} key values, {reason}, in "
                     f"{', '.join(countries)}")
    if report.unprinted_agreed:
        lines.append(f"Key N/A for a row the profile does not print, counted as agreeing: "
                     f"{sum(report.unprinted_agreed.values())} key value(s)")
    if report.not_printed:
        lines.append(f"Key values for a row the profile does not print, left out: "
                     f"{len(report.not_printed)}")
        by_field: dict[str, set[str]] = {}
        for skipped in report.not_printed:
            by_field.setdefault(split_field(skipped.field)[0], set()).add(skipped.country)
        lines += [f"  {f.split('/', 1)[-1]}: {', '.join(sorted(countries))}"
                  for f, countries in sorted(by_field.items())]
    if report.excluded:
        lines.append(f"Excluded by accepted errata: {len(report.excluded)} key row(s)")
    if report.not_scored:
        lines.append("Not scored (no column in our tables):")
        lines += [f"  {f} ({n})" for f, n in sorted(report.not_scored.items())]
    if report.unknown_fields:
        lines.append("Key fields missing from score_fields.csv:")
        lines += [f"  {f} ({n})" for f, n in sorted(report.unknown_fields.items())]
    return lines


def _errata_lines(report: ScoreReport) -> list[str]:
    """Report lines on accepted and rejected errata."""
    lines = [f"Errata: {len(report.errata_accepted)} accepted, "
             f"{len(report.errata_rejected)} rejected"]
    lines += [f"  rejected: {e.country} {e.year} {e.field}: {why}"
              for e, why in report.errata_rejected]
    return lines


def format_report(report: ScoreReport) -> str:
    """The report as text: agreement per field, group, targeted and overall; what was left out."""
    years = ", ".join(map(str, report.report_years))
    lines = [
        f"Answer key {report.answers} (report year {years}; statistics read as "
        f"{report.percent_scale}s) against {report.clean}",
        f"Documents: {report.documents_matched} of {report.key_countries} key countries matched",
    ]
    if report.absent_tables:
        lines.append(f"Tables absent from {report.clean}: {', '.join(report.absent_tables)}")
    lines += ["TARGETED", *_group_lines(report, True), "OTHER", *_group_lines(report, False)]
    agreed, compared = report.total()
    lines.append(f"{'OVERALL':<{_NAME_WIDTH + 4}} {_pct(agreed, compared)}")
    lines += _skipped_lines(report) + _errata_lines(report) + report.notes
    lines.append(f"Disagreements: {len(report.disagreements)}")
    return "\n".join(lines)


def check_targets(report: ScoreReport, targets: Mapping[str, float]) -> list[str]:
    """List the targets missed: a group's agreement, or document coverage ("documents").

    A group the key holds no field of (enforcement in a key without it) has no target to miss.
    """
    groups = report.groups()
    failures = []
    for name, minimum in targets.items():
        if name == "documents":
            agreed, compared = report.documents_matched, report.key_countries
        elif name in report.key_groups:
            agreed, compared, _ = groups[name]
        elif name in groups:
            continue
        else:
            failures.append(f"{name}: no such group in the report")
            continue
        rate = _rate(agreed, compared)
        if rate is None:
            failures.append(f"{name}: nothing compared")
        elif rate < minimum:
            failures.append(f"{name}: {rate:.2%} < {minimum:.0%} ({agreed}/{compared})")
    return failures


def score_main(argv: Sequence[str] | None = None) -> int:
    """Command line for scoring: print the report; exit 1 when --targets are given and missed."""
    parser = argparse.ArgumentParser(prog="python -m analysis score",
                                     description="Score clean tables against an answer key.")
    parser.add_argument("--answers", type=Path, required=True, help="answer-key CSV")
    parser.add_argument("--clean", type=Path, required=True, help="folder of clean tables")
    parser.add_argument("--out", type=Path, default=None, help="disagreements CSV to write")
    parser.add_argument("--errata", type=Path, default=None, help="errata CSV to check and apply")
    parser.add_argument("--root", type=Path, default=None,
                        help="folder errata source_file paths are relative to "
                        "(default: the answer key's folder)")
    parser.add_argument("--targets", choices=sorted(_TARGET_SETS), default=None,
                        help="check agreement targets: full (text folders) or ocr")
    args = parser.parse_args(argv)
    report = run_score(args.answers, args.clean, args.out, args.errata, root=args.root)
    print(format_report(report))
    if args.targets is None:
        return 0
    failures = check_targets(report, _TARGET_SETS[args.targets])
    for failure in failures:
        print(f"target missed: {failure}")
    return 1 if failures else 0
