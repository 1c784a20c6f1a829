"""One definition of every published table and column.

The dataframe checks (validate.py) and the Frictionless descriptor (datapackage.json) are
both generated from these definitions, so the two can never disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SERIES = ("dol_findings", "tip")
LAYOUTS = (
    "web_transcript", "ocr_columns", "pdf_text", "markdown",
    "pdftotext_flowed", "pdftotext_layout", "plain",
)
TIERS = ("Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3", "Special Case")
INDICATORS = (
    "working", "attending_school", "combining_work_school", "primary_completion",
    "working_sector_agriculture", "working_sector_industry", "working_sector_services",
)
DOMAINS = ("labor", "criminal", "trafficking")
UNITS = ("count", "usd", "boolean")
STATUSES = ("reported", "unknown", "not_applicable", "not_published")
#: What a ratification cell says: a mark, word or sentence read (``ratified`` true or false),
#: or "N/A" printed (the country or territory cannot ratify: ``ratified`` empty).
RATIFICATION_STATUSES = ("reported", "not_applicable")
QUALIFIERS = ("partial_year", "approximate", "at_least", "at_most")
_QUALIFIER_TEXT = (f"{', '.join(QUALIFIERS[:-1])}, or {QUALIFIERS[-1]}: how the printed value "
                   "is hedged. A value only worked out from printed figures, such as the sum of "
                   "parts printed without their total, is no row; warnings.csv names it.")
ECONOMY_CATEGORIES = ("industrial_market", "industrializing", "transition", "less_developed")
CONVENTIONS = ("ilo_c138", "ilo_c182", "un_crc", "un_crc_opac", "un_crc_opsc", "palermo_protocol")
SECTORS = ("agriculture", "industry", "services", "categorical_wfcl")
VERDICTS = ("agree", "conflict", "one_missing")
#: How a list-table cell was paired with its row label (sector, area).
PAIRINGS = ("row", "blocks", "unpaired")
#: How a law row's Yes/No cell was paired with its standard: as list cells, or by the likeliest
#: print order where the text does not make it certain.
LAW_PAIRINGS = ("row", "blocks", "order", "unpaired")
#: The enforcement table's measure vocabulary (the data contract's list, kept here and nowhere
#: else): base measures by unit. Every measure a vocabulary file names must be one of these,
#: optionally followed by split suffixes (MEASURE_SPLITS).
MEASURES: dict[str, tuple[str, ...]] = {
    "count": (
        "labor_inspectors", "dedicated_labor_inspectors", "labor_inspections",
        "labor_inspections_worksite", "labor_inspections_desk_review", "site_visits",
        "child_labor_violations", "child_labor_penalties_imposed",
        "child_labor_penalties_collected", "criminal_penalties_imposed", "children_removed",
        "investigations", "violations_found", "prosecutions", "convictions",
        "convictions_imprisoned", "convictions_not_imprisoned", "acquittals",
        "victims_identified", "victims_assisted", "victims_referred", "cases_referred",
        "hotline_calls", "officers_trained", "judges_trained", "anti_trafficking_officers",
        "criminal_investigators",
    ),
    "usd": ("inspectorate_funding", "victim_assistance_funding", "prevention_funding"),
    "boolean": (
        "inspectorate_can_penalize", "initial_training", "training_new_laws",
        "refresher_training", "routine_inspections", "routine_inspections_targeted",
        "unannounced_inspections_permitted", "unannounced_inspections_conducted",
        "complaint_mechanism", "referral_mechanism",
    ),
}
#: Suffixes splitting a measure: by kind of trafficking, victims' origin or age, the level of
#: government that paid, and who reported the figure (``_ngo``: non-governmental
#: organisations, civil society or international organisations rather than the government,
#: so that overlapping counts from several sources are never merged into one measure).
MEASURE_SPLITS = (
    "_sex_trafficking", "_labor_trafficking", "_foreign", "_children", "_national", "_local",
    "_ngo",
)
MEASURE_PATTERN = (
    "^(?:" + "|".join(m for names in MEASURES.values() for m in names) + ")"
    "(?:" + "|".join(MEASURE_SPLITS) + ")*$"
)


def is_measure(name: str) -> bool:
    """Whether a name is in the measure vocabulary (a base measure with split suffixes)."""
    return re.fullmatch(MEASURE_PATTERN, name) is not None


def canonical_measure(name: str) -> str:
    """A measure name with its splits in MEASURE_SPLITS order, so that two spellings of one
    measure ("..._foreign_labor_trafficking", "..._labor_trafficking_foreign") compare equal;
    a name outside the vocabulary is returned as it is."""
    if not is_measure(name):
        return name
    base = max((m for names in MEASURES.values() for m in names if name.startswith(m)), key=len)
    splits = re.findall("|".join(MEASURE_SPLITS), name[len(base):])
    return base + "".join(sorted(splits, key=MEASURE_SPLITS.index))

#: Kinds of DOL table (analysis/data/table_titles.csv) and what the audit found of each.
TABLE_KINDS = (
    "statistics", "sector_activities", "ratifications", "laws", "agencies", "labor_enforcement",
    "criminal_enforcement", "mechanisms", "policies", "programs", "suggested_actions",
)
COVERAGE_STATUSES = ("read", "title_only", "not_found")


@dataclass(frozen=True)
class Field:
    """A column: its Frictionless type, whether it is required, and its constraints."""

    name: str
    type: str  # frictionless: string, integer, number, boolean
    description: str
    required: bool = False
    enum: tuple[str, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    pattern: str | None = None


@dataclass(frozen=True)
class Table:
    """A published table: its file name, fields and primary key."""

    name: str
    description: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    foreign_doc: bool = True

    @property
    def columns(self) -> list[str]:
        """Column names in output order."""
        return [f.name for f in self.fields]


def _doc_fields() -> tuple[Field, ...]:
    return (
        Field("doc_id", "string", "Stable id of the raw file the row was read from.", True,
              pattern=r"^(dol|tip)-\d{4}-[a-z]{3}-[0-9a-f]{8}$"),
        Field("country", "string", "English short name of the country or territory.", True),
        Field("report_year", "integer", "Year in the report title.", True, minimum=1990,
              maximum=2100),
    )


def _provenance(required: bool) -> tuple[Field, ...]:
    return (
        Field("source_start", "integer",
              "Offset (Python str index into the raw file decoded as UTF-8) where the "
              "figure as printed starts.", required, minimum=0),
        Field("source_end", "integer", "Offset just after the figure as printed.", required,
              minimum=0),
    )


def _territory() -> Field:
    """The entity a figure of a table split by "Related Entity" is for."""
    return Field("territory", "string",
                 "Related entity (territory, province, region) the figure is for, as printed; "
                 "empty when the table prints none.")


DOCUMENTS = Table(
    "documents",
    "One row per raw file: what it is and where it came from.",
    (
        *_doc_fields()[:1],
        Field("source_file", "string", "Path of the raw file relative to the repository root.",
              True),
        Field("sha256", "string", "SHA-256 of the raw bytes.", True, pattern=r"^[0-9a-f]{64}$"),
        Field("series", "string", "Report series.", True, enum=SERIES),
        *_doc_fields()[1:2],
        Field("iso3", "string", "ISO 3166-1 alpha-3 code (XKX for Kosovo).", True,
              pattern=r"^[A-Z]{3}$"),
        *_doc_fields()[2:],
        Field("layout", "string", "How the text was produced (detected from content).", True,
              enum=LAYOUTS),
        Field("assessment", "string", "DOL advancement level as the report gives it."),
        Field("tip_tier", "string", "TIP tier from the country heading.", enum=TIERS),
        Field("duplicate_of", "string", "doc_id of another raw file holding the same report."),
        Field("encoding", "string", "Encoding the raw bytes were decoded with.", True),
        Field("line_endings", "string",
              "Line ends of the raw file: lf, crlf, cr, mixed, or none (one line). CRLF and CR "
              "are read as LF, as Python's open() reads them, and offsets count LF line ends.",
              True, enum=("lf", "crlf", "cr", "mixed", "none")),
        Field("title", "string", "Publication title (manifest, else detected)."),
        Field("publisher", "string", "Publisher (manifest, else implied by the series)."),
        Field("origin", "string", "Where the raw file came from (manifest)."),
        Field("chars", "integer", "Length of the decoded raw text in characters.", True,
              minimum=1),
        Field("repairs", "integer", "Number of rows this file has in repairs.csv.", True,
              minimum=0),
    ),
    ("doc_id",),
    foreign_doc=False,
)

PREVALENCE = Table(
    "prevalence",
    "Statistics on children's work and education (DOL Table 1 / statistics box).",
    (
        *_doc_fields(),
        Field("indicator", "string", "Which statistic.", True, enum=INDICATORS),
        Field("age_min", "integer", "Lower bound of the age range.", minimum=0, maximum=25),
        Field("age_max", "integer", "Upper bound of the age range.", minimum=0, maximum=25),
        Field("value_pct", "number", "Percentage as printed.", minimum=0, maximum=150),
        Field("population", "integer", "Number of working children, where given.", minimum=0),
        Field("survey", "string", "Survey the figure comes from, where given."),
        Field("survey_year", "integer", "Year of that survey or data.", minimum=1980,
              maximum=2100),
        Field("label", "string", "Row label as printed."),
        _territory(),
        *_provenance(True),
    ),
    ("doc_id", "indicator", "age_min", "age_max", "territory"),
)

ENFORCEMENT = Table(
    "enforcement",
    "Enforcement figures of both series, from tables and prose, one per measure and year.",
    (
        *_doc_fields(),
        Field("data_year", "integer", "Year the figure is about.", True, minimum=1990,
              maximum=2100),
        Field("domain", "string", "Labour inspection, criminal enforcement or trafficking.",
              True, enum=DOMAINS),
        Field("measure", "string",
              "What is counted: a base measure of analysis.schema.MEASURES with optional split "
              "suffixes (_sex_trafficking, _labor_trafficking, _foreign, _children, _national, "
              "_local, _ngo: reported by NGOs rather than the government); empty when the "
              "printed label is not recognised.", pattern=MEASURE_PATTERN),
        Field("value", "number", "The figure; empty when the report says it is missing.",
              minimum=0),
        Field("unit", "string", "count, usd or boolean (1 yes, 0 no).", True, enum=UNITS),
        Field("status", "string", "reported, or why the value is missing.", True,
              enum=STATUSES),
        Field("qualifier", "string", _QUALIFIER_TEXT,
              enum=QUALIFIERS),
        Field("note", "string", "The report's note on the figure (e.g. a table mark)."),
        Field("citations", "string", "The report's reference numbers, ';'-joined."),
        Field("label", "string", "Row label or phrase as printed."),
        _territory(),
        Field("source", "string", "table or prose.", True, enum=("table", "prose")),
        *_provenance(True),
    ),
    ("doc_id", "domain", "measure", "label", "territory", "data_year", "source", "source_start"),
)

WORKFORCE = Table(
    "workforce",
    "The report's inspector-adequacy statement: workforce, ILO benchmark, inspectors advised.",
    (
        *_doc_fields(),
        Field("workforce", "number", "Size of the labour force in persons.", minimum=0),
        Field("economy_category", "string", "ILO benchmark category the report applies.",
              enum=ECONOMY_CATEGORIES),
        Field("workers_per_inspector_benchmark", "integer", "Workers per inspector advised.",
              minimum=1),
        Field("inspectors_recommended_stated", "integer",
              "Inspectors the report says the country would employ.", minimum=0),
        Field("qualifier", "string", "How the workforce is qualified (approximate, at_least).",
              enum=QUALIFIERS),
        Field("workforce_source", "string", "Citation for the workforce figure."),
        *_provenance(True),
        Field("inspectors_sufficient_stated", "boolean",
              "The report's own verdict: whether the number of labour inspectors is sufficient "
              "for the size of the workforce; empty when it gives none."),
        Field("sufficiency_stated", "string",
              "That verdict as printed, e.g. 'likely insufficient'."),
    ),
    ("doc_id",),
)

LAWS = Table(
    "laws",
    "Laws and regulations on child labour (DOL conventions box / Table 4).",
    (
        *_doc_fields(),
        Field("standard", "string", "Standard key; empty when the label is not recognised."),
        Field("label", "string", "Standard as printed.", True),
        Field("meets_international", "boolean", "Whether it meets international standards."),
        Field("age", "integer", "Age set by the standard.", minimum=0, maximum=30),
        Field("legislation", "string", "Related legislation as printed."),
        Field("citations", "string", "Reference numbers, ';'-joined."),
        *_provenance(False),
        Field("established", "boolean",
              "Whether the law exists, where the table's Yes/No column says that rather than "
              "whether it meets international standards (tables headed 'Yes/No' alone)."),
        _territory(),
        Field("pairing", "string",
              "How the Yes/No cell was paired with the standard: row (printed on its row), "
              "blocks (column printed as separate blocks, paired where counts and order make "
              "it certain), order (placed by the likeliest print order, not certain: treat "
              "meets_international/established as a best guess), unpaired (no cell placed). "
              "Ages are only ever read where certain.", enum=LAW_PAIRINGS),
    ),
    ("doc_id", "label", "territory"),
)

RATIFICATIONS = Table(
    "ratifications",
    "Ratification of international conventions (DOL Table 3).",
    (
        *_doc_fields(),
        Field("convention", "string", "Convention key.", True, enum=CONVENTIONS),
        Field("ratified", "boolean",
              "True when marked ratified; empty when the mark was lost or N/A is printed."),
        Field("label", "string", "Convention as printed."),
        *_provenance(False),
        Field("status", "string",
              "reported (ratified read from a mark, a word or the profile's sentence), "
              "not_applicable (the table prints N/A: the country or territory cannot ratify); "
              "empty when the text lost the mark.", enum=RATIFICATION_STATUSES),
        _territory(),
    ),
    ("doc_id", "convention", "territory"),
)

SECTOR_ACTIVITIES = Table(
    "sector_activities",
    "Children's work by sector and activity (DOL Table 2).",
    (
        *_doc_fields(),
        Field("sector", "string", "Sector key; empty when the row is unpaired.", enum=SECTORS),
        Field("activity", "string", "Activity, marks and citations removed.", True),
        Field("hazardous", "boolean", "Marked † (hazardous by national law)."),
        Field("limited_evidence", "boolean", "Marked * (limited evidence)."),
        Field("citations", "string", "Reference numbers, ';'-joined."),
        *_provenance(False),
        Field("pairing", "string",
              "How the row was paired with its sector: row (printed on the sector's row), "
              "blocks (label and cells printed as separate blocks, paired where their counts "
              "or order make it certain), unpaired (the text does not say which sector, or "
              "names one the vocabulary does not know; sector left empty).", True,
              enum=PAIRINGS),
    ),
    ("doc_id", "sector", "activity", "source_start"),
)

SUGGESTED_ACTIONS = Table(
    "suggested_actions",
    "Suggested government actions (DOL last table / 'IN THE AREA OF' bullets).",
    (
        *_doc_fields(),
        Field("area", "string",
              "Area as printed, e.g. Enforcement; empty when the row is unpaired or the text "
              "does not say which (OCR scrambled the area headings: a warning says so)."),
        Field("action", "string", "One whole sentence, repaired.", True),
        Field("first_year", "integer", "First year suggested.", minimum=2000, maximum=2100),
        Field("last_year", "integer", "Last year suggested.", minimum=2000, maximum=2100),
        *_provenance(False),
        Field("pairing", "string",
              "How the row was paired with its area: row (printed on the area's row), "
              "blocks (label and cells printed as separate blocks, paired where their counts "
              "or order make it certain), unpaired (the text does not say which area, or "
              "names one the vocabulary does not know; area left empty).", True,
              enum=PAIRINGS),
    ),
    ("doc_id", "area", "action", "source_start"),
)

REPAIRS = Table(
    "repairs",
    "Every change made to raw text: replaying these rows on the raw text gives the clean text.",
    (
        Field("doc_id", "string", "Raw file the edit applies to.", True),
        Field("seq", "integer", "Order of the edit in the text.", True, minimum=0),
        Field("rule", "string", "Repair rule(s) that made the change, '+'-joined in order.",
              True),
        Field("start", "integer", "Raw offset where the replaced text starts.", True,
              minimum=0),
        Field("end", "integer", "Raw offset just after the replaced text.", True, minimum=0),
        Field("before", "string", "Raw text replaced."),
        Field("after", "string", "Text put in its place."),
    ),
    ("doc_id", "seq"),
)

RECONCILIATION = Table(
    "reconciliation",
    "Figures reported by more than one document for one country, measure and year.",
    (
        Field("country", "string", "Country.", True),
        Field("domain", "string", "Domain of the measure.", True, enum=DOMAINS),
        Field("measure", "string", "Measure.", True),
        Field("data_year", "integer", "Year the figures are about.", True),
        Field("doc_id_a", "string", "First document.", True),
        Field("value_a", "number", "Its value."),
        Field("doc_id_b", "string", "Second document.", True),
        Field("value_b", "number", "Its value."),
        Field("same_report", "boolean", "Both documents hold one report.", True),
        Field("verdict", "string", "agree, conflict or one_missing.", True, enum=VERDICTS),
        Field("abs_diff", "number", "|value_a - value_b|."),
        Field("rel_diff", "number", "abs_diff over the larger value."),
        Field("preferred_doc_id", "string", "Document whose figure the analysis uses.", True),
    ),
    ("country", "domain", "measure", "data_year", "doc_id_a", "doc_id_b"),
    foreign_doc=False,
)

PANEL = Table(
    "panel",
    "Derived: one row per country, measure and data year with the figure the analysis uses "
    "(the reconciliation preference rule: a value over a missing-status row, a full year over "
    "a part, then the most recent report), the document it came from and how many reports "
    "gave the measure for that year.",
    (
        Field("country", "string", "Country.", True),
        Field("iso3", "string", "ISO 3166-1 alpha-3 code (XKX for Kosovo).", True,
              pattern=r"^[A-Z]{3}$"),
        Field("domain", "string", "Domain the figure is compared under (a DOL criminal row "
              "whose label names trafficking counts as trafficking).", True, enum=DOMAINS),
        Field("measure", "string", "What is counted.", True),
        Field("data_year", "integer", "Year the figure is about.", True, minimum=1990,
              maximum=2100),
        Field("value", "number", "The preferred figure; empty when every report says it is "
              "missing.", minimum=0),
        Field("unit", "string", "count, usd or boolean (1 yes, 0 no).", True, enum=UNITS),
        Field("status", "string", "reported, or why the value is missing.", True,
              enum=STATUSES),
        Field("qualifier", "string", _QUALIFIER_TEXT,
              enum=QUALIFIERS),
        Field("doc_id", "string", "Document the preferred figure comes from.", True,
              pattern=r"^(dol|tip)-\d{4}-[a-z]{3}-[0-9a-f]{8}$"),
        Field("series", "string", "Series of that document.", True, enum=SERIES),
        Field("report_year", "integer", "Report year of that document.", True, minimum=1990,
              maximum=2100),
        Field("source", "string", "table or prose.", True, enum=("table", "prose")),
        Field("label", "string", "Row label or phrase as printed in that document."),
        *_provenance(True),
        Field("n_reports", "integer", "Reports giving the measure for the year (a duplicate "
              "copy of a report counted once).", True, minimum=1),
        Field("n_docs", "integer", "Raw files giving it.", True, minimum=1),
        Field("n_values", "integer", "Distinct values among them.", True, minimum=0),
    ),
    ("country", "domain", "measure", "data_year"),
    foreign_doc=False,
)

COVERAGE = Table(
    "coverage",
    "Completeness audit: for every DOL profile, each kind of table the project reads that its "
    "edition prints (or that the text has), whether its title was found, and what was read.",
    (
        *_doc_fields(),
        Field("table_kind", "string", "Kind of table, named by its title's words.", True,
              enum=TABLE_KINDS),
        Field("status", "string",
              "read (figures or rows read), title_only (the title is in the text and nothing "
              "was read: a warning), not_found (the edition prints it; no title was found).",
              True, enum=COVERAGE_STATUSES),
        Field("expected", "boolean", "The report year's edition prints this table.", True),
        Field("title_found", "boolean", "A title of this kind stands in the text.", True),
        Field("parts", "integer", "Titles of this kind found (a table continued on the next "
              "page is one table of several parts).", True, minimum=0),
        Field("records", "integer", "Rows published from the table.", True, minimum=0),
        Field("unmapped_labels", "integer",
              "Row labels with values that no vocabulary row takes (kept, measure empty, for "
              "enforcement; named in warnings for statistics).", True, minimum=0),
        Field("title", "string", "Title as printed (first part)."),
        *_provenance(False),
    ),
    ("doc_id", "table_kind"),
)

WARNINGS = Table(
    "warnings",
    "What a clean run could not read, had to guess or set aside, and the files it rejected or "
    "skipped: one row per message.",
    (
        Field("doc_id", "string",
              "Document the message is about; empty for a file that was not published (rejected "
              "or skipped) and for the manifest."),
        Field("message", "string", "What was not recognised, set aside or rejected, and where.",
              True),
        Field("source_file", "string", "Raw file (or manifest) the message is about.", True),
    ),
    ("doc_id", "source_file", "message"),
)

#: The tables whose rows the extractors read from a document, one record type each
#: (``analysis.extract.records``, whose fields a test checks against these columns).
RECORD_TABLES: tuple[Table, ...] = (
    PREVALENCE, ENFORCEMENT, WORKFORCE, LAWS, RATIFICATIONS, SECTOR_ACTIVITIES, SUGGESTED_ACTIONS,
    COVERAGE,
)
#: Every published table, in the order the clean job writes them and datapackage.json lists them.
TABLES: tuple[Table, ...] = (
    DOCUMENTS, *RECORD_TABLES, RECONCILIATION, PANEL, REPAIRS, WARNINGS,
)
BY_NAME = {t.name: t for t in TABLES}
