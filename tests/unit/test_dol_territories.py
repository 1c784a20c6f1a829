"""DOL list tables of a profile covering several territories: one laws sub-table per territory
under one title, one ratification mark column per territory.

The excerpts are short pieces of the 2016 profile of the UK Overseas Territories as the PDF
reader lays it out (its text under data/clean/pdf_text), running heads already taken out.
"""

from __future__ import annotations

from analysis.extract.dol.lists import extract_dol_lists
from analysis.extract.dol.reading import read_dol_tables

LAWS_BY_TERRITORY = """\
Table 3. Laws and Regulations on Child Labor
  ANGUILLA
                                                     Meets International
 Standard                                                                        Age           Legislation
                                                     Standards: Yes/No
 Minimum Age for Work                                No                          12            Articles 1, 3, and 4 of the Employment of Women,
                                                                                               Young Persons and Children Act (7, 8)
 Prohibition of Forced Labor                         Yes                                       Article 4 of the Constitution Order (9, 10)
 Compulsory Education Age                            Yes                         17            Article 117 of the Education Act (11)

The minimum age for work of 12 does not meet international standards.(7, 8)

  BRITISH VIRGIN ISLANDS
                                                     Meets International
 Standard                                                                        Age           Legislation
                                                     Standards: Yes/No
 Minimum Age for Work                                Yes                         16            Article 128 of the Labor Code (17)

          BRITISH VIRGIN ISLANDS (cont)
                                                              Meets International
          Standard                                                                        Age           Legislation
                                                              Standards: Yes/No
          Compulsory Education Age                            Yes                         17            Section 2b of the Education Amendment Act of 2014 (20)

In the British Virgin Islands, the Labor Code specifies that hazardous work is to be defined by the Minister.
"""  # noqa: E501


def test_laws_sub_tables_under_territory_captions_give_the_territory() -> None:
    out = extract_dol_lists(read_dol_tables(LAWS_BY_TERRITORY, "pdftotext_layout"),
                            LAWS_BY_TERRITORY)
    got = [(x.territory, x.standard, x.meets_international, x.age) for x in out.laws]
    assert got == [
        ("ANGUILLA", "minimum_age_work", False, 12),
        ("ANGUILLA", "forced_labor_prohibited", True, None),
        ("ANGUILLA", "compulsory_education_age", True, 17),
        ("BRITISH VIRGIN ISLANDS", "minimum_age_work", True, 16),
        ("BRITISH VIRGIN ISLANDS", "compulsory_education_age", True, 17),
    ]
    assert not [w for w in out.warnings if w.startswith("laws")]


def test_one_line_over_the_headings_is_no_caption_unless_another_territory_has_one() -> None:
    """A single line standing over the column headings (a running head the repair step
    missed, say) names no territory: a table needs two different captions."""
    one = LAWS_BY_TERRITORY[: LAWS_BY_TERRITORY.index("  BRITISH VIRGIN ISLANDS\n")]
    one = one.replace("  ANGUILLA\n", "  MODERATE ADVANCEMENT\n")
    out = extract_dol_lists(read_dol_tables(one, "pdftotext_layout"), one)
    assert out.laws == []
    assert "laws: table 'Laws and Regulations on Child Labor' has no Legislation column " \
           "heading" in out.warnings


RATIFICATIONS_BY_TERRITORY = """\
Table 2. Ratification of International Conventions on Child Labor
                                                                                                 Ratifications
                                        Convention
                                                                                              A              BVI               FI              M               SH

                            ILO C. 138, Minimum Age

                            ILO C. 182, Worst Forms of Child Labor                                                            ✓                                ✓

                            UN CRC                                                           ✓                ✓               ✓                                ✓
                            UN CRC Optional Protocol on Armed Conflict
                            UN CRC Optional Protocol on the Sale of Children,
                            Child Prostitution and Child Pornography


                            Palermo Protocol on Trafficking in Persons

"""  # noqa: E501


def test_one_mark_column_per_territory_gives_one_row_per_convention_and_territory() -> None:
    text = RATIFICATIONS_BY_TERRITORY
    out = extract_dol_lists(read_dol_tables(text, "pdftotext_layout"), text)
    marked = {(r.convention, r.territory) for r in out.ratifications if r.ratified}
    assert marked == {("ilo_c182", "FI"), ("ilo_c182", "SH"), ("un_crc", "A"), ("un_crc", "BVI"),
                      ("un_crc", "FI"), ("un_crc", "SH")}
    assert len(out.ratifications) == 30
    assert {(r.ratified, r.status) for r in out.ratifications} == {
        (True, "reported"), (False, "reported")}
    first = out.ratifications[0]
    assert text[first.start : first.end] == "ILO C. 138, Minimum Age"
