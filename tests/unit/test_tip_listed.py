"""TIP totals given only as a list of parts that do not overlap (analysis/extract/tip/listed.py),
on sentences of our own."""

from __future__ import annotations

import re

from analysis.extract.records import Enforcement
from analysis.extract.tip.narrative import extract_tip


def rows(body: str, country: str = "ESP") -> set[tuple]:
    """(measure, data_year, value) of every row read from a Protection section of TIP 2021."""
    text = f"X (Tier 2)\n\nPROTECTION\n{body}\n"
    got: list[Enforcement] = extract_tip(text, 2021, country).enforcement
    return {(r.measure, r.data_year, r.value) for r in got}


WORKED_OUT = re.compile(r"^not published: .* give (?P<measure>\w+) for (?P<year>\d{4}) as "
                        r"(?P<value>[\d.]+) ")


def figures(body: str, country: str = "ESP") -> set[tuple]:
    """(measure, data_year, value) of every row read, and of every value worked out from
    printed figures (a sum of parts), which is named in a warning and never published."""
    got = extract_tip(f"X (Tier 2)\n\nPROTECTION\n{body}\n", 2021, country)
    worked_out = {(m["measure"], int(m["year"]), float(m["value"])) for m in map(
        WORKED_OUT.search, got.warnings) if m}
    return {(r.measure, r.data_year, r.value) for r in got.enforcement} | worked_out


def test_parts_by_nationality_of_a_list_opened_by_its_kind() -> None:
    """"Labor trafficking victims included 12 Indians, ...": 18 victims of labor trafficking; a
    parenthesis after a part is no part of the list."""
    assert figures("The police identified 30 victims. Labor trafficking victims included 12 "
                   "Indians (eight from one farm), five Bolivians, and one Ghanaian.") == {
        ("victims_identified", 2020, 30), ("victims_identified_labor_trafficking", 2020, 18)}


def test_parts_by_nationality_sex_and_age_of_a_list_opened_by_its_kind() -> None:
    assert figures("The government identified 50 victims. Sex trafficking victims included one "
                   "Thai woman and one Spanish girl.") == {
        ("victims_identified", 2020, 50), ("victims_identified_sex_trafficking", 2020, 2)}


def test_parts_by_sex_and_age_add_up_by_the_kind_each_names() -> None:
    """Two parts in forced labor add up to the victims of forced labor; the one part in sex
    trafficking, in a list that adds up to its whole, is all of them."""
    assert figures("The government identified 40 victims. The 40 victims included 25 boys in "
                   "forced labor, ten men in forced labor, and five women in sex trafficking.") == {
        ("victims_identified", 2020, 40), ("victims_identified_labor_trafficking", 2020, 35),
        ("victims_identified_sex_trafficking", 2020, 5)}


def test_children_of_each_kind_add_up_to_the_children() -> None:
    assert figures("The government identified 50 victims in 2020. Of the 50 victims, 10 children "
                   "and 20 adults were victims of sex trafficking, and six children and 14 adults "
                   "were victims of forced labor.") == {
        ("victims_identified", 2020, 50), ("victims_identified_children", 2020, 16),
        ("victims_identified_sex_trafficking", 2020, 30),
        ("victims_identified_labor_trafficking", 2020, 20)}


def test_victims_from_other_countries_add_up_to_the_foreign_victims() -> None:
    assert figures("Authorities identified 12 potential victims. There were three victims from "
                   "Nepal and two victims from Ghana.") == {
        ("victims_identified", 2020, 12), ("victims_identified_foreign", 2020, 5)}


def test_victims_listed_with_what_became_of_them_are_only_some() -> None:
    assert rows("Authorities identified 12 potential victims. Three victims from Nepal and two "
                "victims from Ghana returned home.") == {("victims_identified", 2020, 12)}


def test_parts_of_different_dimensions_give_no_total() -> None:
    """Women, children and Nigerians may be the same people."""
    assert rows("The government identified 60 victims. Victims included 20 women, 15 "
                "children, and 10 Nigerians.") == {("victims_identified", 2020, 60)}
    assert rows("The government identified 60 victims. Labor trafficking victims included "
                "20 women, 15 Nigerians, and three children.") == {
        ("victims_identified", 2020, 60)}


def test_parts_that_may_overlap_give_no_total() -> None:
    assert rows("The government identified 30 victims. Forced labor victims included nine "
                "Nepalis and four Nepalese.") == {("victims_identified", 2020, 30)}


def test_a_printed_count_of_the_kind_is_the_count() -> None:
    assert rows("The government identified 30 victims, including 20 victims of labor "
                "trafficking. Labor trafficking victims included 12 Indians, five Bolivians, "
                "and one Ghanaian.") == {
        ("victims_identified", 2020, 30), ("victims_identified_labor_trafficking", 2020, 20)}
    assert rows("The government identified 30 victims. Labor trafficking victims included 12 "
                "Indians, five Bolivians, and one Ghanaian. In total, the government "
                "identified 20 labor trafficking victims.") == {
        ("victims_identified", 2020, 30), ("victims_identified_labor_trafficking", 2020, 20)}


def test_parts_of_a_printed_total_by_sex_give_no_total() -> None:
    """No kind is named: the parts by sex add up to nothing the vocabulary counts, and give no
    second total; girls and boys together are the children."""
    assert rows("The government identified 70 victims. Of the 70 victims, 54 were women and "
                "eight were men.") == {("victims_identified", 2020, 70)}
    assert figures("The government identified 50 victims. Of the 50 victims, 30 were girls and "
                   "20 were boys.") == {("victims_identified", 2020, 50),
                                     ("victims_identified_children", 2020, 50)}


def test_parts_of_a_count_of_one_kind_give_no_second_count_of_it() -> None:
    assert rows("The government identified 40 sex trafficking victims, including 20 Filipinas "
                "and 12 Thais.") == {("victims_identified_sex_trafficking", 2020, 40)}


def test_parts_listed_after_their_whole() -> None:
    assert figures("The government identified 30 victims, including 18 girls in sex trafficking, "
                   "eight women in sex trafficking, and four men in forced labor.") == {
        ("victims_identified", 2020, 30), ("victims_identified_sex_trafficking", 2020, 26),
        ("victims_identified_labor_trafficking", 2020, 4)}


def test_parts_of_a_part_give_no_total_of_the_whole() -> None:
    """The foreign victims among the victims of forced labor are not all the foreign victims."""
    assert rows("The government identified 12 victims. The victims identified included six "
                "labor trafficking victims—one Spanish boy, three Indian men, and two Chinese "
                "men—as well as six victims of sex trafficking.") == {
        ("victims_identified", 2020, 12), ("victims_identified_labor_trafficking", 2020, 6),
        ("victims_identified_sex_trafficking", 2020, 6)}


def test_parts_listed_in_a_parenthesis_after_their_whole() -> None:
    assert figures("The government identified 45 victims (20 girls in sex trafficking, 15 women "
                   "in sex trafficking and 10 men in forced labor).") == {
        ("victims_identified", 2020, 45), ("victims_identified_sex_trafficking", 2020, 35),
        ("victims_identified_labor_trafficking", 2020, 10)}


def test_one_man_is_a_part_by_sex_as_one_woman_is() -> None:
    """"239 women, one man, and seven girls were exploited in sex trafficking": a man is a
    part by sex like a woman, so the list still adds up to the kind's count."""
    got = figures("The government identified 300 victims in 2020. Of the identified victims, "
                  "120 women, one man, and nine girls were exploited in sex trafficking.")
    assert ("victims_identified_sex_trafficking", 2020, 130) in got


def test_parts_said_to_be_of_a_nationality_add_up_to_the_foreign_victims() -> None:
    """"Four of the victims were Costa Rican, six were Nicaraguan, ..., and one was
    Panamanian": who each part is, told by its predicate; the country's own nationals are
    no part of the foreign victims."""
    assert figures("The government identified 20 victims in 2020. Four of the victims were Costa "
                   "Rican, six were Nicaraguan, three were Honduran, two were Colombian, and one "
                   "was Panamanian.", "CRI") == {
        ("victims_identified", 2020, 20), ("victims_identified_foreign", 2020, 12)}
    assert rows("The government identified 20 victims in 2020. Of these, six were "
                "Nicaraguan.", "CRI") == {
        ("victims_identified", 2020, 20), ("victims_identified_foreign", 2020, 6)}


def test_parts_said_to_come_from_other_countries_add_up_to_the_foreign_victims() -> None:
    """"two victims were from Tajikistan and one from Iran": three foreign victims, not the
    two of the first part alone."""
    got = figures("The government identified eight victims; two victims were from Tajikistan and "
                  "one from Iran.", "ARM")
    assert got == {("victims_identified", 2020, 8), ("victims_identified_foreign", 2020, 3)}


def test_a_part_summed_with_those_of_its_kind_is_not_summed_again() -> None:
    """"20 girls in sex trafficking, seven women in sex trafficking, and two women in forced
    labor": 27 of sex trafficking, once."""
    got = figures("The government identified 29 victims. The 29 victims included 20 girls in sex "
                  "trafficking, seven women in sex trafficking, and two women in forced labor.")
    assert ("victims_identified_sex_trafficking", 2020, 27) in got
    assert ("victims_identified_sex_trafficking", 2020, 34) not in got


def test_a_part_from_one_country_among_several_is_not_the_foreign_victims() -> None:
    """"Five ... were from Romania, seven were from Pakistan, and one was unidentified": the
    list does not add up by country, and the seven alone are not the foreign victims."""
    got = rows("The government identified 13 confirmed victims. Five of the confirmed "
               "trafficking victims were from Romania, seven were from Pakistan, and one was "
               "unidentified.", "PRT")
    assert got == {("victims_identified", 2020, 13)}
