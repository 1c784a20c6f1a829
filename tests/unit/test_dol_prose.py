"""Enforcement facts read from DOL profile prose (analysis/extract/dol/prose.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.extract.dol.prose import extract_dol_prose
from analysis.extract.dol.prose_sentences import mask_tables
from analysis.extract.records import Enforcement

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"


def rows(text: str, report_year: int = 2010) -> list[Enforcement]:
    """The prose rows of a text."""
    return extract_dol_prose(text, report_year).enforcement


def facts(text: str, report_year: int = 2010) -> set[tuple]:
    """(domain, measure, data_year, value, status) of every prose row of a text."""
    return {(r.domain, r.measure, r.data_year, r.value, r.status)
            for r in rows(text, report_year)}


def test_inspections_with_year_span_label():
    text = ("In 2010, inspectors conducted 13,808 child labor inspections in the cotton and "
            "tobacco industries as well as the construction and entertainment sectors.")
    (row,) = rows(text, 2011)
    assert (row.domain, row.measure, row.data_year, row.value) == (
        "labor", "labor_inspections", 2010, 13808.0)
    assert text[row.start:row.end] == "13,808"
    assert row.label == "child labor inspections"
    assert (row.unit, row.status, row.source) == ("count", "reported", "prose")


def test_investigated_prosecuted_convictions_are_trafficking():
    text = ("In 2010, the police investigated 97 and prosecuted 48 human trafficking cases with "
            "32 convictions.")
    assert facts(text) == {
        ("trafficking", "investigations", 2010, 97.0, "reported"),
        ("trafficking", "prosecutions", 2010, 48.0, "reported"),
        ("trafficking", "convictions", 2010, 32.0, "reported"),
    }


def test_criminal_cases_without_trafficking_are_criminal():
    text = ("In 2014, the police investigated 17 criminal cases related to the commercial sexual "
            "exploitation of children.")
    assert facts(text, 2014) == {("criminal", "investigations", 2014, 17.0, "reported")}


def test_inspectors_approximate_with_citation_and_report_year():
    text = "The Ministry employed approximately 320 labor inspectors.(4) In accordance"
    (row,) = rows(text, 2014)
    assert (row.measure, row.value, row.qualifier, row.citations, row.data_year) == (
        "labor_inspectors", 320.0, "approximate", "4", 2014)


def test_has_inspectors_and_several_citations():
    (row,) = rows("The Ministry of Labor has 320 labor inspectors.(3, 14)", 2013)
    assert (row.measure, row.value, row.citations) == ("labor_inspectors", 320.0, "3;14")


def test_anti_trafficking_officers():
    text = ("The Anti-Trafficking Unit in the Criminal Police Committee's Organized Crime "
            "Department employs 35 officers responsible for investigating allegations of human "
            "trafficking, including trafficking of children.")
    assert facts(text) == {("trafficking", "anti_trafficking_officers", 2010, 35.0, "reported")}


def test_officers_and_judges_trained():
    assert facts("In 2010, the Government trained 79 police officers in recognition, "
                 "investigation and prosecution of trafficking crimes.") == {
        ("trafficking", "officers_trained", 2010, 79.0, "reported")}
    assert facts("In 2010, the Interior Ministry trained 79 criminal and migration police on "
                 "cases involving the worst forms of child labor.") == {
        ("criminal", "officers_trained", 2010, 79.0, "reported")}
    assert facts("The Supreme Court's Judicial Training Institute trained 183 judges on the "
                 "prosecution of human trafficking.", 2017) == {
        ("trafficking", "judges_trained", 2017, 183.0, "reported")}
    assert facts("In 2014, 221 labor inspectors were trained on child labor.", 2014) == {
        ("labor", "officers_trained", 2014, 221.0, "reported")}


def test_mixed_trainees_are_not_counted_as_one_group():
    assert facts("The Embassy trained 25 prosecutors, judges, and criminal investigators.") == set()


def test_spelled_out_counts_and_shelters_not_counted():
    text = ("In 2010, three shelters assisted 96 trafficking victims with legal, psychological "
            "and medical services.")
    assert facts(text) == {("trafficking", "victims_assisted", 2010, 96.0, "reported")}
    text = ("Twenty-seven cases of human trafficking were investigated and 15 cases were "
            "prosecuted in 2014.")
    found = rows(text, 2014)
    assert {(r.measure, r.value) for r in found} == {("investigations", 27.0),
                                                    ("prosecutions", 15.0)}
    first = next(r for r in found if r.measure == "investigations")
    assert text[first.start:first.end] == "Twenty-seven"
    (row,) = rows("Approximately two hundred labor inspections were carried out in 2014.", 2014)
    assert (row.value, row.qualifier) == (200.0, "approximate")


def test_data_year_from_the_sentence_else_report_year():
    text = ("Inspectors can also conduct routine worksite visits based on risk assessment "
            "reports; in 2019, MLSP conducted 228 such visits.")
    assert facts(text, 2020) == {("labor", "site_visits", 2019, 228.0, "reported")}
    text = ("MLSP, police, and other public organizations conducted a total of 4,083 site "
            "visits to detect child labor.")
    assert facts(text, 2019) == {("labor", "site_visits", 2019, 4083.0, "reported")}
    (row,) = rows("During the first 10 months of 2014, the SLI conducted 5,038 child labor "
                  "inspections.", 2014)
    assert row.qualifier == "partial_year"


def test_missing_figures_are_unknown_rows_for_each_measure_named():
    text = ("No statistics are available on official inspections or violations of child labor "
            "cases.(3)")
    found = rows(text, 2013)
    assert {(r.measure, r.status, r.value) for r in found} == {
        ("labor_inspections", "unknown", None), ("child_labor_violations", "unknown", None)}
    assert all(r.citations == "3" for r in found)
    text = ("No data is available on the number of violations found, children assisted or child "
            "labor cases prosecuted.")
    assert {(r.measure, r.status) for r in rows(text)} == {
        ("child_labor_violations", "unknown"), ("victims_assisted", "unknown"),
        ("prosecutions", "unknown")}


def test_missing_row_spans_the_measure_named():
    text = "Research did not find information on the number of labor inspectors employed."
    (row,) = rows(text, 2014)
    assert (row.measure, text[row.start:row.end]) == ("labor_inspectors", "labor inspectors")


def test_not_published():
    text = ("In 2013, the Government did not publicly release statistics on criminal violations "
            "related to child labor or provide data on official criminal inspections.(3)")
    assert facts(text, 2013) == {("criminal", "violations_found", 2013, None, "not_published")}


def test_sex_trafficking_split_takes_a_suffix():
    text = ("PROTEX also reported that, in 2014, there were 22 prosecutions for sex trafficking "
            "that involved 5 minors, and 11 prosecutions for labor trafficking.")
    assert {(r.measure, r.value) for r in rows(text, 2014)} == {
        ("prosecutions_sex_trafficking", 22.0), ("prosecutions_labor_trafficking", 11.0)}


@pytest.mark.parametrize("text", [
    "In 2017, the Committee met twice.",
    "Presidential Decree No. 757 places restrictions on routine labor inspections.",
    "Article 133 of the Criminal Code outlaws child trafficking.",
    "It was funded by Germany for $1.4 million.",
    "In some regions, children constitute up to 50 to 60 percent of the total workforce.",
    "The Government maintains 211 telephone hotlines and 168 offices to collect complaints on "
    "child-related issues, including child labor.",
    "According to the ILO, Kazakhstan would employ about 449 labor inspectors.",
    "According to the ILO's recommendation, Chad should\nemploy roughly 136 labor inspectors.",
    "In 2014, the mainland MOLE released a report stating that it had employed 77 labor "
    "inspectors the previous year.",
    "MEPIR allocated a budget of $160,000 to conduct 30 investigations.",
    "Of the two investigations, one case was sent to court.",
    "The AG reported on 12 investigations and prosecutions involving the worst forms of child "
    "labor.",
    "Assisted five victims of child trafficking during the reporting period.",
    "In 2016, rescued 65 children engaged in child labor.",
    "INAU's 2013 annual report indicates that it conducted a total of 4,046 inspections.",
    "Research did not find information on whether inspectors received training.",
])
def test_no_row(text):
    assert rows(text, 2014) == []


def test_figures_listed_after_a_comparison_are_skipped():
    text = ("Over the last 4 years the number of human trafficking cases fell from 33 "
            "investigations, 40 prosecutions, and 37 convictions to seven, two, and zero.")
    assert rows(text, 2014) == []


def test_comparison_figure_is_skipped_and_said():
    text = "In 2010, police investigated 88 trafficking cases, up from 49 investigations."
    ex = extract_dol_prose(text, 2010)
    assert facts(text) == {("trafficking", "investigations", 2010, 88.0, "reported")}
    assert any("49" in w for w in ex.warnings)


def test_table_lines_are_not_read_but_for_their_cells_of_running_text():
    text = ("Ministry of Labor\tIn 2016, the Ministry employed 250 labor inspectors.\n"
            "| MLSP | In 2016, the MLSP employed 260 labor inspectors. (5) |\n"
            "| Number of Labor Inspectors | 265 (3) | 266 (4) |\n"
            " MLSP        In 2016, the MLSP employed 270 labor inspectors.\n"
            "Labor Inspectorate Funding $4.1 million (7) $3.9 million (61)\n"
            "In 2016, the MLSP employed 320 labor inspectors.\n")
    assert facts(text, 2016) == {("labor", "labor_inspectors", 2016, v, "reported")
                                 for v in (250.0, 260.0, 320.0)}


def test_an_agency_role_cell_gives_its_figure():
    text = ("| Ministry of Internal Affairs | Identify and carry out initial investigation of "
            "criminal cases. (5) Through the Anti-Trafficking Unit of the Criminal Police "
            "Department, identify and investigate cases of child trafficking. (28) The "
            "Anti-Trafficking Unit employed 42 officers. (5) |\n")
    (row,) = rows(text, 2017)
    assert (row.domain, row.measure, row.value, row.data_year) == (
        "trafficking", "anti_trafficking_officers", 42.0, 2017)
    assert text[row.start:row.end] == "42"


def test_inspectorate_funding_in_dollars():
    text = "The Labor Inspectorate had a budget of approximately $3.7 million in 2014."
    (row,) = rows(text, 2014)
    assert (row.measure, row.unit, row.value, text[row.start:row.end]) == (
        "inspectorate_funding", "usd", 3_700_000.0, "$3.7 million")


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_mask_keeps_offsets_and_rows_point_into_the_text(text):
    assert len(mask_tables(text)) == len(text)
    for row in rows(text):
        assert 0 <= row.start < row.end <= len(text)


def test_seed_web_transcript_and_ocr_give_the_same_facts():
    web = (RAW / "000_9855bc0914fc3c7d.txt").read_text(encoding="utf-8")
    ocr = (RAW / "001_d09fa30914cc4fa0.txt").read_text(encoding="utf-8")
    assert facts(web) == facts(ocr)
    assert {
        ("labor", "labor_inspections", 2010, 13808.0, "reported"),
        ("labor", "child_labor_violations", 2010, None, "unknown"),
        ("criminal", "prosecutions", 2010, None, "unknown"),
        ("trafficking", "anti_trafficking_officers", 2010, 35.0, "reported"),
        ("criminal", "officers_trained", 2010, 79.0, "reported"),
        ("trafficking", "officers_trained", 2010, 79.0, "reported"),
        ("trafficking", "investigations", 2010, 97.0, "reported"),
        ("trafficking", "prosecutions", 2010, 48.0, "reported"),
        ("trafficking", "convictions", 2010, 32.0, "reported"),
        ("trafficking", "victims_assisted", 2010, 96.0, "reported"),
    } <= facts(web)
    for row in rows(web):
        if row.value is not None:
            assert web[row.start:row.end].replace(",", "") == f"{row.value:g}"


def test_seed_2013_pdf_text_reads_prose_not_tables():
    text = (RAW / "002_014f4a149c7808f2.txt").read_text(encoding="utf-8")
    found = facts(text, 2013)
    assert ("labor", "labor_inspectors", 2013, 320.0, "reported") in found
    assert ("criminal", "violations_found", 2013, None, "not_published") in found


@pytest.mark.parametrize(("name", "layout"), [("000_9855bc0914fc3c7d.txt", "web_transcript"),
                                              ("001_d09fa30914cc4fa0.txt", "ocr_columns")])
def test_repaired_seed_gives_the_same_facts_as_raw(name, layout):
    from analysis.repair import repair

    raw = (RAW / name).read_text(encoding="utf-8")
    repaired = repair(raw, layout=layout, series="dol_findings", country="Kazakhstan").text
    assert facts(repaired) == facts(raw)
