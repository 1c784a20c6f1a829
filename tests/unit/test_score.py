"""Scoring clean tables against an ILAB answer key: joins, formats, repeats, territories, errata."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from analysis import config
from analysis.evaluate.cli import score_main
from analysis.evaluate.evidence import DocumentText
from analysis.evaluate.fields import load_field_specs, load_titles
from analysis.evaluate.key import number_with_precision, split_field
from analysis.evaluate.report import DEFAULT_TARGETS, check_targets, format_report
from analysis.evaluate.score import (
    RULE_ERRATUM,
    RULE_TERRITORY,
    RULE_TITLE,
    RULE_VALUE,
    RULE_WORDS,
    TERRITORY_SUFFIX,
    run_score,
)
from analysis.schema import BY_NAME

DOC = "dol-2016-kaz-0123abcd"
STATS = "Country_Statistics/Children_Work_Statistics"
ENF = "Enforcements"


def write_table(folder: Path, name: str, rows: list[dict[str, object]]) -> None:
    """Write one clean table with the schema's header; missing cells stay empty."""
    folder.mkdir(parents=True, exist_ok=True)
    columns = BY_NAME[name].columns
    with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in columns})


def document(
    doc_id: str = DOC,
    source: str = "data/raw/Kazakhstan.txt",
    year: int = 2016,
    iso3: str = "KAZ",
    assessment: str = "Moderate Advancement",
) -> dict[str, object]:
    """A documents row."""
    return {
        "doc_id": doc_id,
        "source_file": source,
        "series": "dol_findings",
        "country": "Kazakhstan",
        "iso3": iso3,
        "report_year": year,
        "layout": "pdftotext_flowed",
        "assessment": assessment,
    }


def enforcement(
    measure: str,
    value: object = "",
    *,
    status: str = "reported",
    unit: str = "count",
    domain: str = "labor",
    year: int = 2016,
    source: str = "table",
    start: int = 500,
    territory: str = "",
) -> dict[str, object]:
    """An enforcement row of the report year."""
    return {
        "territory": territory,
        "doc_id": DOC,
        "country": "Kazakhstan",
        "report_year": 2016,
        "data_year": year,
        "domain": domain,
        "measure": measure,
        "value": value,
        "unit": unit,
        "status": status,
        "source": source,
        "source_start": start,
        "source_end": start + 5,
    }


def prevalence(indicator: str, value: object, start: int, **extra: object) -> dict[str, object]:
    """A prevalence row."""
    return {
        "doc_id": DOC,
        "country": "Kazakhstan",
        "report_year": 2016,
        "indicator": indicator,
        "value_pct": value,
        "source_start": start,
        "source_end": start + 3,
        **extra,
    }


def write_key(
    path: Path, rows: list[tuple[str, str]], country: str = "Kazakhstan", year: int = 2016
) -> Path:
    """Write an answer key of (field, value) rows for one country."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["country", "report_year", "field", "value"])
        for field, value in rows:
            writer.writerow([country, year, field, value])
    return path


def score(tmp_path: Path, key: list[tuple[str, str]], **tables: list[dict[str, object]]):
    """Write the key and the clean tables (documents defaults to one Kazakhstan row), score."""
    clean = tmp_path / "clean"
    write_table(clean, "documents", tables.pop("documents", [document()]))
    for name, rows in tables.items():
        write_table(clean, name, rows)
    return run_score(
        write_key(tmp_path / "answers.csv", key), clean, tmp_path / "disagreements.csv"
    )


def agreement(report, field: str) -> tuple[int, int]:
    """(agreed, compared) for one key field."""
    fs = report.fields[field]
    return fs.agreed, fs.compared


def test_split_field_reads_repeat_and_territory():
    assert split_field(f"{STATS}/Age_Range#2") == (f"{STATS}/Age_Range", 2, "")
    assert split_field("Enforcements/Labor_Inspectors[Zanzibar]") == (
        "Enforcements/Labor_Inspectors",
        1,
        "Zanzibar",
    )
    assert split_field("Legal_Standards/Minimum_Work[FBiH, RS, BD]/Age") == (
        "Legal_Standards/Minimum_Work/Age",
        1,
        "FBiH, RS, BD",
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("7897", 7897),
        ("71,984", 71984),
        ("$207,000", 207000),
        ("$2.4 million", 2_400_000),
        ("$1.2 Million", 1_200_000),
        ("1,673‡", 1673),
        ("Yes", 1),
        ("No", 0),
        ("79690.0", 79690),
    ],
)
def test_number_with_precision_reads_key_formats(text, value):
    parsed = number_with_precision(text)
    assert parsed is not None and parsed[0] == value


def test_mapping_names_real_tables_columns_and_kinds():
    titles = load_titles()
    kinds = {"label", "percent", "count", "usd", "boolean", "age", "age_range", "year"}
    for spec in load_field_specs().values():
        if not spec.table:
            continue
        columns = BY_NAME[spec.table].columns
        assert spec.kind in kinds, spec
        assert all(c in columns for c in spec.column_names), spec
        assert all(name in columns for name, _ in spec.filters), spec
        assert spec.printed in titles or spec.table == "documents", spec
    groups = {s.group: s.targeted for s in load_field_specs().values()}
    assert {g for g, t in groups.items() if t} == {"assessment", "prevalence", "enforcement"}


def test_fraction_key_against_printed_percent(tmp_path):
    key = [
        (f"{STATS}/Total_Percentage_of_Working_Children", "0.075"),
        ("Country_Statistics/UNESCO_Primary_Completion_Rate/Rate", "1.092"),
        ("Country_Statistics/Education_Statistics_Attendance_Statistics/Percentage", "0.907"),
    ]
    report = score(
        tmp_path,
        key,
        prevalence=[
            prevalence("working", "7.5", 10),
            prevalence("primary_completion", "109.2", 40),
            prevalence("attending_school", "90.1", 20),
        ],
    )
    assert report.percent_scale == "fraction"
    assert agreement(report, key[0][0]) == (1, 1)
    assert agreement(report, key[1][0]) == (1, 1)
    assert agreement(report, key[2][0]) == (0, 1)


def test_percent_key_compared_at_printed_precision(tmp_path):
    key = [
        (f"{STATS}/Total_Percentage_of_Working_Children", "4.85"),
        (f"{STATS}/Agriculture", "87.4708222625"),
        (f"{STATS}/Total_Working_Population", "79690.0"),
        ("Country_Statistics/UNESCO_Primary_Completion_Rate/Rate", "102.2"),
    ]
    report = score(
        tmp_path,
        key,
        prevalence=[
            prevalence("working", "4.9", 10, population="79690"),
            prevalence("working_sector_agriculture", "87.5", 20),
            prevalence("primary_completion", "102.3", 30),
        ],
    )
    assert report.percent_scale == "percent"
    assert [agreement(report, f)[0] for f, _ in key] == [1, 1, 1, 0]


def test_enforcement_number_formats(tmp_path):
    key = [
        (f"{ENF}/Labor_Funding", "$2.4 million"),
        (f"{ENF}/Labor_Inspections", "71,984"),
        (f"{ENF}/Labor_Inspectors", "320"),
        (f"{ENF}/Labor_Violations", "1,673‡"),
        (f"{ENF}/Criminal_Investigations", "13"),
    ]
    report = score(
        tmp_path,
        key,
        enforcement=[
            enforcement("inspectorate_funding", "2400000.0", unit="usd"),
            enforcement("labor_inspections", "71984.0"),
            enforcement("labor_inspectors", "236.0"),
            enforcement("child_labor_violations", "1673"),
            enforcement("investigations", "13.0", domain="criminal"),
        ],
    )
    assert [agreement(report, f)[0] for f, _ in key] == [1, 1, 0, 1, 1]
    rows = list(csv.DictReader((tmp_path / "disagreements.csv").open(encoding="utf-8")))
    assert len(rows) == 1
    assert rows[0]["field"] == f"{ENF}/Labor_Inspectors"
    assert (rows[0]["theirs"], rows[0]["ours"]) == ("320", "236.0")
    assert (rows[0]["doc_id"], rows[0]["source_start"], rows[0]["source_end"]) == (
        DOC,
        "500",
        "505",
    )


def test_only_report_year_table_rows_are_compared(tmp_path):
    key = [(f"{ENF}/Labor_Inspectors", "320")]
    report = score(
        tmp_path,
        key,
        enforcement=[
            enforcement("labor_inspectors", "240", year=2015, start=100),
            enforcement("labor_inspectors", "999", source="prose", start=50),
            enforcement("labor_inspectors", "320", start=200),
        ],
    )
    assert agreement(report, key[0][0]) == (1, 1)


def test_unknown_and_not_applicable_statuses(tmp_path):
    key = [
        (f"{ENF}/Labor_Funding", "Unknown"),
        (f"{ENF}/Labor_Worksite_Inspections", "Unknown"),
        (f"{ENF}/Dedicated_Labor_Inspectors", "N/A"),
        (f"{ENF}/Labor_Desk_Review_Inspections", "N/A"),
        (f"{ENF}/Labor_Penalties_Collected", "Unknown"),
        (f"{ENF}/Labor_Penalties_Imposed", "17"),
    ]
    report = score(
        tmp_path,
        key,
        enforcement=[
            enforcement("inspectorate_funding", status="not_published", unit="usd"),
            enforcement("labor_inspections_worksite", status="unknown"),
            enforcement("dedicated_labor_inspectors", status="not_applicable"),
            enforcement("labor_inspections_desk_review", status="unknown"),
            enforcement("child_labor_penalties_imposed", status="unknown"),
        ],
    )
    assert [agreement(report, f)[0] for f, _ in key] == [1, 1, 1, 0, 0, 0]
    ours = {d.field: d.ours for d in report.disagreements}
    assert ours[f"{ENF}/Labor_Desk_Review_Inspections"] == "unknown"
    assert ours[f"{ENF}/Labor_Penalties_Collected"] == "(no row)"
    assert ours[f"{ENF}/Labor_Penalties_Imposed"] == "unknown"


def test_yes_no_against_boolean(tmp_path):
    key = [
        (f"{ENF}/Authorized_Access_Penalties", "Yes"),
        (f"{ENF}/Labor_Routine_Inspections_Conducted", "No"),
        (f"{ENF}/Labor_Unannounced_Inspections_Premitted", "Yes*"),
        (f"{ENF}/Criminal_Referral_Mechanism", "Yes"),
        ("Conventions/C_138_Ratified", "Yes"),
        ("Conventions/Palermo_Ratified", "N/A"),
        ("Conventions/C_182_Ratified", "N/A"),
    ]
    report = score(
        tmp_path,
        key,
        enforcement=[
            enforcement("inspectorate_can_penalize", "1.0", unit="boolean"),
            enforcement("routine_inspections", "0.0", unit="boolean"),
            enforcement("unannounced_inspections_permitted", "1", unit="boolean"),
            enforcement("referral_mechanism", "0", unit="boolean", domain="criminal"),
        ],
        ratifications=[
            {
                "doc_id": DOC,
                "country": "Kazakhstan",
                "report_year": 2016,
                "convention": "ilo_c138",
                "ratified": "True",
            },
            {
                "doc_id": DOC,
                "country": "Kazakhstan",
                "report_year": 2016,
                "convention": "palermo_protocol",
                "ratified": "",
                "status": "not_applicable",
            },
            {
                "doc_id": DOC,
                "country": "Kazakhstan",
                "report_year": 2016,
                "convention": "ilo_c182",
                "ratified": "",
            },
        ],
    )
    # A printed N/A agrees with the key's N/A; a mark the text lost (no status) does not.
    assert [agreement(report, f)[0] for f, _ in key] == [1, 1, 1, 0, 1, 1, 0]


def test_repeats_match_our_rows_in_text_order(tmp_path):
    key = [
        (f"{STATS}/Age_Range#1", "5-14"),
        (f"{STATS}/Total_Percentage_of_Working_Children#1", "0.032"),
        (f"{STATS}/Age_Range#2", "15-17"),
        (f"{STATS}/Total_Percentage_of_Working_Children#2", "0.101"),
        (f"{STATS}/Total_Percentage_of_Working_Children#3", "0.2"),
    ]
    report = score(
        tmp_path,
        key,
        prevalence=[
            prevalence("working", "10.1", 300, age_min=15, age_max=17),
            prevalence("working", "3.2", 100, age_min=5, age_max=14),
        ],
    )
    assert agreement(report, f"{STATS}/Age_Range") == (2, 2)
    assert agreement(report, f"{STATS}/Total_Percentage_of_Working_Children") == (2, 3)
    assert [d.ours for d in report.disagreements] == ["(no row)"]


def write_text(tmp_path: Path, text: str) -> None:
    """Write the document's repaired text where the clean folder keeps it."""
    folder = tmp_path / "clean" / "text"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{DOC}.txt").write_text(text, encoding="utf-8")


#: A flowed Table 1 excerpt without the sector chart (profiles without sector shares).
TABLE_1 = (
    "Table 1. Statistics on Children’s Work and Education\nChildren\nAge\nPercent\n"
    "Working (% and population)\n5 to 14\n3.2 (79,690)\nData not available.\n"
)


def test_sector_shares_of_a_profile_without_the_sector_chart_agree_with_no_row(tmp_path):
    key = [
        (f"{STATS}/Agriculture", "Unavailable"),
        (f"{STATS}/Industry", "N/A"),
        (f"{STATS}/Age_Range", "5-14"),
    ]
    rows = [prevalence("working", "3.2", 10, age_min=5, age_max=14)]
    write_text(tmp_path, TABLE_1)
    report = score(tmp_path, key, prevalence=rows)
    assert [agreement(report, f)[0] for f, _ in key] == [1, 1, 1]
    assert report.absent_table_agreed[f"{STATS}/Agriculture"] == 1
    write_text(tmp_path, TABLE_1 + "Figure 1. Working Children by Sector, Ages 5-14\n")
    report = score(tmp_path, key, prevalence=rows)
    assert [agreement(report, f) for f, _ in key] == [(0, 1), (0, 0), (1, 1)], (
        "with the chart printed, an unread share disagrees; N/A printed nowhere is left out")
    assert [s.rule for s in report.left_out] == [RULE_VALUE]


def test_territory_values_are_matched_with_the_rows_of_their_entity(tmp_path):
    key = [
        (f"{ENF}/Labor_Inspectors[Federal]", "334"),
        (f"{ENF}/Labor_Inspectors[Punjab]", "130"),
        (f"{ENF}/Labor_Inspectors[Sindh]", "120"),
        (f"{ENF}/Labor_Funding[Federal]", "Unknown"),
        (f"{ENF}/Labor_Funding[Sindh]", "Unknown"),
        (f"{ENF}/Labor_Violations[Sindh]", "Unknown"),
        (f"{ENF}/Labor_Violations[Punjab]", "773"),
    ]
    report = score(tmp_path, key, enforcement=[
        enforcement("inspectorate_funding", status="unknown", unit="usd", start=10),
        enforcement("labor_inspectors", "334", territory="National Total", start=20),
        enforcement("labor_inspectors", "130", territory="Punjab", start=30),
        enforcement("labor_inspectors", "121", territory="Sindh", start=40),
        enforcement("child_labor_violations", "773", territory="Punjab", start=50),
    ])
    by_territory = {f: agreement(report, f"{ENF}/{f}{TERRITORY_SUFFIX}") for f in (
        "Labor_Inspectors", "Labor_Funding", "Labor_Violations")}
    assert by_territory == {
        "Labor_Inspectors": (2, 3), "Labor_Funding": (2, 2), "Labor_Violations": (1, 2)}, (
        "a row printed once stands for every part; a split row without Sindh has no cell")
    assert report.groups()["enforcement[territory]"] == (5, 7, False)
    assert agreement(report, f"{ENF}/Labor_Inspectors") == (0, 0)
    assert [(d.field, d.ours) for d in report.disagreements] == [
        (f"{ENF}/Labor_Inspectors[Sindh]", "121"), (f"{ENF}/Labor_Violations[Sindh]", "(no row)")]
    assert not report.left_out


def test_a_name_joining_entities_stands_for_each_and_for_the_whole_country(tmp_path):
    key = [
        (f"{ENF}/Labor_Inspections[Zanzibar]", "1200"),
        (f"{ENF}/Labor_Inspections[All Tanzania]", "1200"),
        (f"{ENF}/Labor_Inspectors[Mainland]", "120"),
    ]
    report = score(tmp_path, key, enforcement=[
        enforcement("labor_inspections", "1200", territory="Mainland and Zanzibar"),
        enforcement("labor_inspectors", "120", territory="Mainland", start=600),
        enforcement("labor_inspectors", "5", territory="Zanzibar", start=700),
    ])
    assert report.total() == (3, 3)
    assert not report.disagreements


def test_territory_values_of_a_table_without_a_territory_column_are_left_out(tmp_path):
    key = [(f"{ENF}/Labor_Inspectors[Kurdistan Region]", "125"),
           (f"{ENF}/Criminal_Convictions", "3")]
    clean = tmp_path / "clean"
    write_table(clean, "documents", [document()])
    columns = [c for c in BY_NAME["enforcement"].columns if c != "territory"]
    with (clean / "enforcement.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerow(enforcement("labor_inspectors", "125"))
        writer.writerow(enforcement("convictions", "3", domain="criminal"))
    report = run_score(write_key(tmp_path / "answers.csv", key), clean)
    assert report.total() == (1, 1)
    assert [s.rule for s in report.left_out] == [RULE_TERRITORY]
    assert f"{RULE_TERRITORY}: 1" in format_report(report)


def test_a_field_without_territory_takes_the_row_of_the_key_country(tmp_path):
    rate = "Country_Statistics/UNESCO_Primary_Completion_Rate/Rate"
    documents = [document(source="corpus/Montserrat.txt", iso3="MSR")]
    rows = [prevalence("primary_completion", "", 10, territory="A"),
            prevalence("primary_completion", "68.9", 20, territory="M"),
            prevalence("primary_completion", "88.1", 30, territory="BVI")]
    key = [(rate, "0.689"), (f"{rate}#3", "0.881")]
    clean = tmp_path / "clean"
    write_table(clean, "documents", documents)
    write_table(clean, "prevalence", rows)
    report = run_score(write_key(tmp_path / "answers.csv", key, country="Montserrat"), clean)
    assert agreement(report, rate) == (2, 2)


#: A flowed Table 6 excerpt that prints no dedicated-inspectors row (nor a criminal table).
TABLE_6 = (
    "Table 6. Labor Law Enforcement Efforts Related to Child Labor\n"
    "Overview of Labor Law Enforcement\nLabor Inspectorate Funding\n"
    "Number of Labor Inspectors\nNumber of Labor Inspections\n"
    "n Initial Training for New Employees\n\n2016\nN/A\n320 (12)\n7,897\nYes\n"
)


def test_missing_figures_agree_with_no_row_only_where_the_table_is_not_printed(tmp_path):
    key = [(f"{ENF}/Labor_Funding", "N/A"), (f"{ENF}/Labor_Inspections", "N/A"),
           (f"{ENF}/Criminal_Convictions", "N/A"), (f"{ENF}/Criminal_Prosecutions", "Unknown"),
           (f"{ENF}/Criminal_Investigations", "4")]
    write_text(tmp_path, TABLE_6)
    report = score(tmp_path, key, enforcement=[
        enforcement("inspectorate_funding", status="not_applicable")])
    assert [agreement(report, f) for f, _ in key] == [(1, 1), (0, 1), (1, 1), (1, 1), (0, 0)]
    assert [s.rule for s in report.left_out] == [RULE_TITLE]
    assert sum(report.absent_table_agreed.values()) == 2


def test_a_row_whose_label_the_extractor_does_not_know_stays_in_the_denominator(tmp_path):
    key = [(f"{ENF}/Labor_New_Employee_Training", "Yes")]
    write_text(tmp_path, TABLE_6)
    report = score(tmp_path, key, enforcement=[enforcement("labor_inspectors", "320")])
    assert agreement(report, key[0][0]) == (0, 1)
    assert not report.left_out


def test_key_values_printed_nowhere_are_left_out_and_counted_per_field(tmp_path):
    key = [(f"{ENF}/Labor_Inspectors", "321"), (f"{ENF}/Labor_Inspections", "7897"),
           (f"{ENF}/Dedicated_Labor_Inspectors", "12")]
    write_text(tmp_path, TABLE_6)
    report = score(tmp_path, key)
    assert [agreement(report, f) for f, _ in key] == [(0, 0), (0, 1), (0, 0)]
    assert [s.rule for s in report.left_out] == [RULE_VALUE, RULE_WORDS]
    assert report.left_out_by(RULE_VALUE) == {f"{ENF}/Labor_Inspectors": 1}
    text = format_report(report)
    assert f"{RULE_WORDS}: 1" in text and "Dedicated_Labor_Inspectors" in text


@pytest.mark.parametrize(("printed", "kind", "value", "found"), [
    ("Funding: $2.4 million (12)", "usd", "$2,400,000", True),
    ("Funding: $2.4 million (12)", "usd", "2500000", False),
    ("Inspections 7 897 in 2016", "count", "7897", True),
    ("Inspections l,O84 in 2016", "count", "1084", True),
    ("Working 7.5 (673,949)", "percent", "0.075", True),
    ("Working 5 to 14 yrs.", "age_range", "5-14", True),
    ("Working 5-15", "age_range", "5-14", False),
    ("No data: Unknown*", "count", "Unknown", True),
    ("Cells: N/ A", "count", "N/A", True),
    ("Minimum Age 16/18", "age", "16/18", True),
])
def test_a_value_is_found_in_any_printed_form(printed, kind, value, found):
    assert DocumentText(printed, "test").prints(kind, value, "fraction") is found


def test_titles_are_found_through_ocr_damage():
    text = DocumentText("Tab1e l. Stat istics on Chi1dren’s\nWork and Education\n", "test")
    assert text.has_words(("Statistics on Children's Work",))
    assert not text.has_words(("Laws and Regulations",))


def test_evidence_folder_texts_are_read_by_source_file_name(tmp_path):
    key = [(f"{ENF}/Criminal_Convictions", "3")]
    twins = tmp_path / "twins"
    twins.mkdir()
    (twins / "Kazakhstan.txt").write_text(TABLE_6, encoding="utf-8")
    clean = tmp_path / "clean"
    write_table(clean, "documents", [document()])
    answers = write_key(tmp_path / "answers.csv", key)
    assert agreement(run_score(answers, clean), key[0][0]) == (0, 1)
    report = run_score(answers, clean, evidence=twins)
    assert agreement(report, key[0][0]) == (0, 0)
    assert report.evidence == {"evidence folder": 1}


def test_age_range_belongs_to_its_figure(tmp_path):
    combining = "Country_Statistics/Children_Working_and_Studying_7-14_yrs_old"
    attending = "Country_Statistics/Education_Statistics_Attendance_Statistics"
    key = [(f"{STATS}/Age_Range", "Unavailable"),
           (f"{STATS}/Total_Percentage_of_Working_Children", "Unavailable"),
           (f"{combining}/Age_Range", "7-14"), (f"{combining}/Total", "N/A"),
           (f"{attending}/Age_Range", "5-14"), (f"{attending}/Percentage", "0.88")]
    report = score(tmp_path, key, prevalence=[
        prevalence("working", "", 10, age_min=5, age_max=14),
        prevalence("combining_work_school", "", 20)])
    assert [agreement(report, f)[0] for f, _ in key] == [1, 1, 1, 1, 0, 0]


def test_assessment_level_without_the_printed_qualifier(tmp_path):
    printed = "Minimal Advancement – Efforts Made but Continued Law that Delayed Advancement"
    assert agreement(score(tmp_path / "a", [("Advancement_Level", "Minimal Advancement")],
                           documents=[document(assessment=printed)]), "Advancement_Level") == (1, 1)
    assert agreement(score(tmp_path / "b", [("Advancement_Level", printed)],
                           documents=[document(assessment="Minimal Advancement")]),
                     "Advancement_Level") == (0, 1)
    assert agreement(score(tmp_path / "c", [("Advancement_Level", "Minimal Advancement")],
                           documents=[document(assessment="Moderate Advancement")]),
                     "Advancement_Level") == (0, 1)


def test_assessment_ignores_case_and_dash_style(tmp_path):
    label = "Minimal Advancement – Efforts Made but Continued Practice that Delayed Advancement"
    key = [("Advancement_Level", label.replace(" – ", " - ").upper())]
    report = score(tmp_path, key, documents=[document(assessment=label)])
    assert agreement(report, "Advancement_Level") == (1, 1)


def test_laws_age_and_conformity(tmp_path):
    key = [
        ("Legal_Standards/Minimum_Work/Age", "16"),
        ("Legal_Standards/Minimum_Work/Conforms_To_Intl_Standard", "Yes"),
        ("Legal_Standards/Prohibition_CSEC/Age", "N/A"),
        ("Legal_Standards/Minimum_Work/Standard", "No"),
    ]
    law = {"doc_id": DOC, "country": "Kazakhstan", "report_year": 2016}
    report = score(
        tmp_path,
        key,
        laws=[
            {
                **law,
                "standard": "minimum_age_work",
                "label": "Minimum Age for Work",
                "age": 16,
                "meets_international": "false",
            },
            {
                **law,
                "standard": "csec_prohibited",
                "label": "Prohibition of CSEC",
                "meets_international": "true",
            },
        ],
    )
    assert report.total(targeted=False) == (3, 3)
    assert report.groups()["laws_yes_no"] == (1, 1, False)
    assert report.not_scored["Legal_Standards/Minimum_Work/Conforms_To_Intl_Standard"] == 1


def test_the_printed_yes_no_column_is_compared_whichever_the_table_prints(tmp_path):
    key = [("Legal_Standards/Minimum_Work/Standard", "Yes"),
           ("Legal_Standards/Prohibition_CSEC/Standard", "No"),
           ("Legal_Standards/Free_Public_Education/Standard", "Yes")]
    law = {"doc_id": DOC, "country": "Kazakhstan", "report_year": 2016}
    report = score(tmp_path, key, laws=[
        {**law, "standard": "minimum_age_work", "label": "Minimum Age for Work",
         "established": "true"},
        {**law, "standard": "csec_prohibited", "label": "Prohibition of CSEC",
         "meets_international": "false"},
        {**law, "standard": "free_public_education", "label": "Free Public Education"},
    ])
    assert report.groups()["laws_yes_no"] == (2, 3, False)
    assert [d.ours for d in report.disagreements] == ["(empty)"]


def test_join_by_file_name_then_by_iso3(tmp_path):
    clean = tmp_path / "clean"
    write_table(
        clean,
        "documents",
        [
            document(
                "dol-2016-civ-00000001",
                "data/raw/Co\u0302te d'Ivoire.txt",
                iso3="CIV",
                assessment="Significant Advancement",
            ),
            document("dol-2016-kgz-00000002", "data/raw/raw_17.txt", iso3="KGZ"),
            document("dol-2015-arm-00000003", "data/raw/Armenia.txt", year=2015, iso3="ARM"),
        ],
    )
    answers = tmp_path / "answers.csv"
    with answers.open("w", encoding="utf-8", newline="") as fh:
        fh.write(
            "country,report_year,field,value\n"
            "Côte d'Ivoire,2016,Advancement_Level,Significant Advancement\n"
            "Kyrgyz Republic,2016,Advancement_Level,Moderate Advancement\n"
            "Armenia,2016,Advancement_Level,Moderate Advancement\n"
        )
    report = run_score(answers, clean)
    assert agreement(report, "Advancement_Level") == (2, 2)
    assert report.documents_matched == 2
    assert "2015" in report.missing_documents["Armenia"]
    assert check_targets(report, {"documents": 1.0}) == ["documents: 66.67% < 100% (2/3)"]


def write_errata(path: Path, rows: list[dict[str, object]]) -> Path:
    """Write an errata file."""
    columns = [
        "country",
        "year",
        "field",
        "key_value",
        "printed_value",
        "source_file",
        "source_start",
        "source_end",
        "reason",
    ]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_erratum_accepted_only_when_the_printed_value_stands_at_its_offsets(tmp_path):
    raw = tmp_path / "corpus" / "2016" / "Kazakhstan.txt"
    raw.parent.mkdir(parents=True)
    text = "Working (% and population)\n5 to 14\n3.2 (79,690)\n"
    raw.write_text(text, encoding="utf-8")
    start = text.index("79,690")
    pop = f"{STATS}/Total_Working_Population"
    base = {
        "country": "Kazakhstan",
        "year": 2016,
        "field": pop,
        "key_value": "76690",
        "printed_value": "79,690",
        "source_file": "2016/Kazakhstan.txt",
        "source_start": start,
        "source_end": start + 6,
        "reason": "digits swapped",
    }
    errata = write_errata(
        tmp_path / "errata.csv",
        [
            base,
            {
                **base,
                "field": f"{ENF}/Labor_Inspectors",
                "key_value": "320",
                "printed_value": "320",
                "reason": "offsets do not hold it",
            },
            {**base, "field": f"{ENF}/Criminal_Convictions", "key_value": "4", "reason": "stale"},
            {**base, "year": 2019, "reason": "another year"},
        ],
    )
    clean = tmp_path / "clean"
    write_table(clean, "documents", [document()])
    write_table(clean, "prevalence", [prevalence("working", "3.2", 40, population=79690)])
    write_table(
        clean,
        "enforcement",
        [
            enforcement("labor_inspectors", "320"),
            enforcement("convictions", "3", domain="criminal"),
        ],
    )
    answers = write_key(
        tmp_path / "answers.csv",
        [(pop, "76690"), (f"{ENF}/Labor_Inspectors", "320"), (f"{ENF}/Criminal_Convictions", "3")],
    )
    without = run_score(answers, clean)
    assert agreement(without, pop) == (0, 1)
    report = run_score(answers, clean, None, errata, root=tmp_path / "corpus")
    assert [e.field for e in report.errata_accepted] == [pop]
    assert agreement(report, pop) == (0, 0)
    assert [s.rule for s in report.left_out] == [RULE_ERRATUM]
    reasons = {e.field: why for e, why in report.errata_rejected}
    assert set(reasons) == {f"{ENF}/Labor_Inspectors", f"{ENF}/Criminal_Convictions"}
    assert "not the printed value '320'" in reasons[f"{ENF}/Labor_Inspectors"]
    assert "the key says '3'" in reasons[f"{ENF}/Criminal_Convictions"]
    assert report.total() == (2, 2)
    assert "2 rejected" in format_report(report)


def test_shipped_errata_file_has_the_expected_header():
    path = config.EVALUATE_DATA / "ilab_key_errata.csv"
    header = path.read_text(encoding="utf-8").splitlines()[0]
    assert header == (
        "country,year,field,key_value,printed_value,source_file,source_start,source_end,reason"
    )


def test_targets_and_report_text(tmp_path):
    key = [
        ("Advancement_Level", "Moderate Advancement"),
        (f"{ENF}/Labor_Inspectors", "320"),
        (f"{STATS}/Total_Percentage_of_Working_Children", "0.032"),
    ]
    report = score(
        tmp_path,
        key,
        enforcement=[enforcement("labor_inspectors", "321")],
        prevalence=[prevalence("working", "3.2", 10)],
    )
    failures = check_targets(report, DEFAULT_TARGETS)
    assert failures == ["enforcement: 0.00% < 99% (0/1)"]
    text = format_report(report)
    assert "TARGETED" in text and "OTHER" in text and "OVERALL" in text
    assert "Labor_Inspectors" in text
    assert check_targets(report, {"laws_age": 0.5}) == []
    assert check_targets(report, {"law": 0.5}) == ["law: no such group in the report"]


def test_target_of_a_group_with_only_territory_values_is_missed(tmp_path):
    report = score(tmp_path, [(f"{ENF}/Labor_Inspectors[Zanzibar]", "5")])
    assert check_targets(report, {"enforcement": 0.99}) == ["enforcement: nothing compared"]


def test_score_main_exit_status(tmp_path, capsys):
    key = [(f"{ENF}/Labor_Inspectors", "320")]
    clean = tmp_path / "clean"
    write_table(clean, "documents", [document()])
    write_table(clean, "enforcement", [enforcement("labor_inspectors", "321")])
    answers = write_key(tmp_path / "answers.csv", key)
    args = ["--answers", str(answers), "--clean", str(clean)]
    assert score_main([*args, "--targets", "ocr"]) == 1
    assert "target missed: enforcement: 0.00% < 97% (0/1)" in capsys.readouterr().out
    assert score_main([*args, "--out", str(tmp_path / "d.csv")]) == 0
    assert (tmp_path / "d.csv").read_text(encoding="utf-8").startswith("country,report_year")
