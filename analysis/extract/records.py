"""The records extractors return: one dataclass per table of ``schema.RECORD_TABLES``.

Each record has the table's columns (names and types as ``analysis.schema`` defines them;
``tests/unit/test_records.py`` checks that the two agree) except the document columns
(doc_id, country, report_year), which the pipeline adds, and ``source_start`` /
``source_end``, which are ``start`` / ``end`` here: positions in the text the extractor was
given (the repaired text), mapped to raw offsets through the repairs ledger before writing.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from analysis.schema import RECORD_TABLES


@dataclass(frozen=True)
class Prevalence:
    """One statistic on children's work and education."""

    indicator: str
    value_pct: float | None
    start: int
    end: int
    age_min: int | None = None
    age_max: int | None = None
    population: int | None = None
    survey: str = ""
    survey_year: int | None = None
    label: str = ""
    territory: str = ""


@dataclass(frozen=True)
class Enforcement:
    """One enforcement figure (or a row saying it is missing) for one year."""

    data_year: int
    domain: str
    measure: str
    value: float | None
    unit: str
    status: str
    start: int
    end: int
    qualifier: str = ""
    note: str = ""
    citations: str = ""
    label: str = ""
    territory: str = ""
    source: str = "table"


@dataclass(frozen=True)
class Workforce:
    """The inspector-adequacy statement."""

    start: int
    end: int
    workforce: float | None = None
    economy_category: str = ""
    workers_per_inspector_benchmark: int | None = None
    inspectors_recommended_stated: int | None = None
    qualifier: str = ""
    workforce_source: str = ""
    inspectors_sufficient_stated: bool | None = None
    sufficiency_stated: str = ""


@dataclass(frozen=True)
class Law:
    """One row of the laws and regulations table or conventions box."""

    standard: str
    label: str
    start: int
    end: int
    meets_international: bool | None = None
    age: int | None = None
    legislation: str = ""
    citations: str = ""
    established: bool | None = None
    territory: str = ""
    pairing: str = "row"


@dataclass(frozen=True)
class Ratification:
    """Whether one convention is ratified."""

    convention: str
    ratified: bool | None
    start: int
    end: int
    label: str = ""
    status: str = ""
    territory: str = ""


@dataclass(frozen=True)
class SectorActivity:
    """One activity children do, by sector."""

    sector: str
    activity: str
    start: int
    end: int
    hazardous: bool = False
    limited_evidence: bool = False
    citations: str = ""
    pairing: str = "row"


@dataclass(frozen=True)
class SuggestedAction:
    """One suggested government action."""

    area: str
    action: str
    start: int
    end: int
    first_year: int | None = None
    last_year: int | None = None
    pairing: str = "row"


@dataclass(frozen=True)
class Coverage:
    """Whether one kind of table a profile should have was found and read, and what it gave.

    ``start``/``end`` span the table (title to the end of its last part); None when no title
    of the kind was found.
    """

    table_kind: str
    status: str
    expected: bool
    title_found: bool
    parts: int
    records: int
    unmapped_labels: int
    start: int | None
    end: int | None
    title: str = ""


@dataclass
class Extraction:
    """Everything read from one document, plus warnings about what was not understood: one
    list per table of ``schema.RECORD_TABLES``, in its order and under its name."""

    prevalence: list[Prevalence]
    enforcement: list[Enforcement]
    workforce: list[Workforce]
    laws: list[Law]
    ratifications: list[Ratification]
    sector_activities: list[SectorActivity]
    suggested_actions: list[SuggestedAction]
    coverage: list[Coverage]
    warnings: list[str]

    @classmethod
    def empty(cls) -> Extraction:
        """An extraction with nothing in it."""
        return cls(**{f.name: [] for f in fields(cls)})

    def records(self, table: str) -> list[object]:
        """The records read for one table of ``schema.RECORD_TABLES``."""
        if table not in _RECORD_NAMES:
            raise KeyError(f"{table!r} is not a table of schema.RECORD_TABLES")
        return getattr(self, table)


_RECORD_NAMES = tuple(t.name for t in RECORD_TABLES)
if tuple(f.name for f in fields(Extraction)) != (*_RECORD_NAMES, "warnings"):
    raise ImportError(f"Extraction must have one list per table of schema.RECORD_TABLES "
                      f"{_RECORD_NAMES}, in that order, then warnings")
