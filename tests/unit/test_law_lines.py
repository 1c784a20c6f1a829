"""Laws tables as tesseract prints them: a row per line, single spaces, no column headings.

The excerpts are lines quoted from the 2016 OCR texts of the development corpus (Angola,
Bangladesh, Senegal, Djibouti, Philippines, Tanzania, the Overseas Territories of the United
Kingdom), read through the same table reader and list extractor as a whole profile.
"""

from __future__ import annotations

from analysis.extract.dol.law_lines import tolerant_rule, yes_no_column
from analysis.extract.dol.lists import extract_dol_lists
from analysis.extract.dol.reading import read_dol_tables
from analysis.extract.records import Extraction

TITLE = "Table 4. Laws and Regulations on Child Labor\n\n"
ANGOLA = TITLE + """\
Minimum Age for Work Yes 14 Article 254 of the Labor Law (14)
Minimum Age for Hazardous Work Yes 18 Articles 3(21) and 256 of the Labor Law (14)
Identification of Hazardous Yes Article 256 of the Labor Law; Joint Executive Decree No. 171/10
Occupations or Activities Prohibited (14, 15)
for Children
Prohibition of Forced Labor Yes Articles 18, 19, and 23 of the Money Laundering Law (16)
Prohibition of Commercial Sexual No Articles 19, 22, and 23 of the Money Laundering Law (16)
Exploitation of Children
Prohibition of Using Children in Illicit Yes Articles 4 and 7 of the Drug Trafficking Law (17)
Activities
Minimum Age for Military Recruitment

State Compulsory Yes 20 Article 2 of the Military Service Law (18)

State Voluntary Yes 18 Article 11 of the Military Service Law (18)

Non-state Compulsory No
Compulsory Education Age No 12+ Articles 8 and 17 of the Basic Law of the Education System (19)
Free Public Education Yes Article 7 of the Basic Law of the Education System (19)

¢ Age calculated based on available information (19, 20)
"""


def _read(text: str, year: int = 2016) -> Extraction:
    """The list tables of an OCR text."""
    return extract_dol_lists(read_dol_tables(text, "ocr_columns"), text, year)


def _by_standard(out: Extraction) -> dict[str, tuple[bool | None, int | None]]:
    """Each law's Yes/No and age, by standard."""
    return {law.standard: (law.meets_international, law.age) for law in out.laws}


def test_each_row_line_gives_its_yes_no_and_age() -> None:
    got = _by_standard(_read(ANGOLA))
    assert got == {
        "minimum_age_work": (True, 14),
        "minimum_age_hazardous_work": (True, 18),
        "hazardous_occupations_list": (True, None),
        "forced_labor_prohibited": (True, None),
        "csec_prohibited": (False, None),
        "illicit_activities_prohibited": (True, None),
        "military_recruitment_state_compulsory": (True, 20),
        "military_recruitment_state_voluntary": (True, 18),
        "military_recruitment_non_state": (False, None),
        "compulsory_education_age": (False, 12),
        "free_public_education": (True, None),
    }


def test_wrapped_label_and_legislation_are_told_apart() -> None:
    laws = {law.standard: law for law in _read(ANGOLA).laws}
    hazardous = laws["hazardous_occupations_list"]
    assert hazardous.label == ("Identification of Hazardous Occupations or Activities "
                               "Prohibited for Children")
    assert hazardous.legislation == ("Article 256 of the Labor Law; Joint Executive Decree "
                                     "No. 171/10")
    assert hazardous.citations == "14;15"
    assert hazardous.pairing == "row"
    assert laws["csec_prohibited"].label == ("Prohibition of Commercial Sexual Exploitation "
                                             "of Children")
    assert ANGOLA[hazardous.start : hazardous.end].startswith("Identification of Hazardous Yes")


def test_a_citation_alone_on_a_line_is_the_legislation_s() -> None:
    text = TITLE + """\
Prohibition of Commercial Sexual No Sections 372 and 373 of the Penal Code; Sections 78 and 80 of
Exploitation of Children Children's Act; Section 8 of the Pornography Control Act
(46, 47, 49, 50)
"""
    law = _read(text).laws[0]
    assert law.label == "Prohibition of Commercial Sexual Exploitation of Children"
    assert law.legislation.endswith("Section 8 of the Pornography Control Act")
    assert law.citations == "46;47;49;50"


def test_a_citation_alone_before_the_next_row_is_no_row() -> None:
    text = TITLE + """\
Minimum Age for Work Yes 15 Article 139 of the Labor Code; Section 16 of the Act Instituting
Policies for the Protection and Welfare of Domestic Workers
(54, 55)
Minimum Age for Hazardous Work Yes 18 Article 139 of the Labor Code (55)
"""
    laws = _read(text).laws
    assert [law.standard for law in laws] == ["minimum_age_work", "minimum_age_hazardous_work"]
    assert laws[0].citations == "54;55"


def test_an_age_cell_continued_on_the_next_line_gives_the_lowest() -> None:
    text = TITLE + """\
State Compulsory N/A*
State Voluntary Yes 16, Air Force and Army regulation titles unknown (51, 52)
17
Non-state Compulsory No
* No conscription (55)
"""
    laws = {law.standard: law for law in _read(text).laws}
    assert laws["military_recruitment_state_voluntary"].age == 16
    assert laws["military_recruitment_state_voluntary"].legislation == (
        "Air Force and Army regulation titles unknown")
    assert laws["military_recruitment_state_compulsory"].meets_international is None


def test_label_ocr_glued_is_still_known() -> None:
    text = TITLE + """\
Prohibition of Commercial Yes Article 2 of the Ministerial Order Determining and Prohibiting
Sexual Exploitation of Children the Worst Forms of Child Labor (52, 56)
Prohibition of Using Childrenin Yes Article 2 of the Ministerial Order Determining and
Illicit Activities Prohibiting the Worst Forms of Child Labor (54)
"""
    laws = {law.standard: law for law in _read(text).laws}
    assert set(laws) == {"csec_prohibited", "illicit_activities_prohibited"}
    assert laws["illicit_activities_prohibited"].label == (
        "Prohibition of Using Childrenin Illicit Activities")
    assert laws["csec_prohibited"].legislation.startswith(
        "Article 2 of the Ministerial Order Determining and Prohibiting the Worst Forms")
    assert laws["csec_prohibited"].citations == "52;56"
    assert tolerant_rule("Prohibition of Using Childrenin Illicit Activities", None)
    assert tolerant_rule("Prohibition of Using Money", None) is None
    assert tolerant_rule("(54, 55) Minimum Age for Work", None) is None


def test_a_damaged_age_is_left_empty_with_a_warning() -> None:
    text = TITLE + """\
Compulsory Education Age Yes 1g¢ Section 4 of the Enhanced Basic Education Act (16, 63)
Free Public Education Yes Section 2 of the Philippine Constitution (64)
"""
    out = _read(text)
    assert _by_standard(out)["compulsory_education_age"] == (True, None)
    assert any("'1g¢'" in w and "left empty" in w for w in out.warnings)


def test_ages_printed_apart_from_their_rows_are_not_paired() -> None:
    text = TITLE + """\
Minimum Age for Work No
Minimum Age for Hazardous Work Yes
Identification of Hazardous Occupations Yes
or Activities Prohibited for Children
* No conscription (19, 20)

16
18
Article 5 of the Labor Code (13)
"""
    out = _read(text)
    assert _by_standard(out) == {"minimum_age_work": (False, None),
                                 "minimum_age_hazardous_work": (True, None),
                                 "hazardous_occupations_list": (True, None)}
    assert any("apart from its row is not paired" in w for w in out.warnings)


def test_labels_without_values_are_kept_unpaired() -> None:
    text = TITLE + """\
Minimum Age for Work
Prohibition of Forced Labor
* No conscription (44)
Yes 15 Article 43 of the Basic Conditions of Employment Act (BCEA) (38)
"""
    laws = _read(text).laws
    assert [(law.standard, law.pairing, law.meets_international) for law in laws] == [
        ("minimum_age_work", "unpaired", None), ("forced_labor_prohibited", "unpaired", None)]


def test_related_entity_rows_are_not_read() -> None:
    text = TITLE + """\
Minimum Age for Work Mainland No 14 Article 5 of the Employment and Labor Relations Act;
Article 77 of the Law of the Child Act (38, 39)
Zanzibar No 15 Article 6 of the Zanzibar Employment Act; Articles 2 and
State Voluntary Yes 18 Article 29 of the National Defense Act (46)
"""
    out = _read(text)
    assert out.laws == []
    assert any("no rows" in w or "no Legislation" in w for w in out.warnings)


def test_a_territory_caption_before_the_rows_is_not_read_past() -> None:
    text = TITLE.replace("4.", "3.") + """\
ANGUILLA

Minimum Age for Work No 12 Articles 1, 3, and 4 of the Employment of Women,
Young Persons and Children Act; Articles 1 and 2 of the
"""
    assert _read(text).laws == []


def test_the_report_year_tells_which_yes_no_column_is_printed() -> None:
    assert yes_no_column(2016) == "meets"
    assert yes_no_column(2014) == "exists"
    text = ANGOLA.replace("on Child Labor", "Related to Child Labor")
    laws = _read(text, 2014).laws
    assert laws[0].established is True
    assert laws[0].meets_international is None
    assert _read(ANGOLA, None).laws == []
