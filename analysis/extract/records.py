"""The records extractors return: one dataclass per published table.

Offsets (``start``, ``end``) are positions in the text the extractor was given (the repaired
text); the pipeline maps them to raw offsets through the repairs ledger before writing.
Document columns (doc_id, country, report_year) are added by the pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass


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


@dataclass(frozen=True)
class Ratification:
    """Whether one convention is ratified."""

    convention: str
    ratified: bool | None
    start: int
    end: int
    label: str = ""


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


@dataclass
class Extraction:
    """Everything read from one document, plus warnings about what was not understood."""

    prevalence: list[Prevalence]
    enforcement: list[Enforcement]
    workforce: list[Workforce]
    laws: list[Law]
    ratifications: list[Ratification]
    sector_activities: list[SectorActivity]
    suggested_actions: list[SuggestedAction]
    warnings: list[str]

    @classmethod
    def empty(cls) -> Extraction:
        """An extraction with nothing in it."""
        return cls([], [], [], [], [], [], [], [])
