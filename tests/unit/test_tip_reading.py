"""How TIP narratives write their figures: one class per test, on short sentences in the
reports' wording (the issue's examples and excerpts of the development set)."""

from __future__ import annotations

import re

from analysis.extract.records import Enforcement
from analysis.extract.tip.hits import Hit
from analysis.extract.tip.narrative import extract_tip
from analysis.extract.tip.sentence import build
from analysis.extract.tip.years import year_for


def rows(body: str, report_year: int = 2021, heading: str = "PROSECUTION",
         country: str = "") -> set[tuple]:
    """(measure, data_year, value) of every row read from one section's text."""
    text = f"X (Tier 2)\n\n{heading}\n{body}\n"
    got: list[Enforcement] = extract_tip(text, report_year, country).enforcement
    return {(r.measure, r.data_year, r.value) for r in got}


WORKED_OUT = re.compile(r"^not published: .* give (?P<measure>\w+) for (?P<year>\d{4}) as "
                        r"(?P<value>[\d.]+) ")


def figures(body: str, report_year: int = 2021, heading: str = "PROSECUTION",
            country: str = "") -> set[tuple]:
    """(measure, data_year, value) of every row read, and of every value worked out from
    printed figures (a sum of parts), which is named in a warning and never published."""
    got = extract_tip(f"X (Tier 2)\n\n{heading}\n{body}\n", report_year, country)
    worked_out = {(m["measure"], int(m["year"]), float(m["value"])) for m in map(
        WORKED_OUT.search, got.warnings) if m}
    return {(r.measure, r.data_year, r.value) for r in got.enforcement} | worked_out


def test_slaveholders_are_counted_as_traffickers_are() -> None:
    """"investigated 12 suspects in two cases and prosecuted and convicted four
    slaveholders": both measures of the coordinated verbs, as for traffickers."""
    assert rows("The government investigated 12 suspects in two cases and prosecuted and "
                "convicted four slaveholders in 2020.", 2021) == {
        ("investigations", 2020, 12), ("prosecutions", 2020, 4), ("convictions", 2020, 4)}


def test_some_of_a_count_that_were_counted_by_another_verb() -> None:
    """"identified 150 victims (...), of which 120 were referred to shelters": 120 victims
    referred, of the year of the count they are some of."""
    assert rows("In 2020, authorities identified 150 victims (90 exploited in sex trafficking "
                "and 60 in forced labor), of which 120 were referred to shelters for care.",
                2021, "PROTECTION") == {
        ("victims_identified", 2020, 150), ("victims_identified_sex_trafficking", 2020, 90),
        ("victims_identified_labor_trafficking", 2020, 60), ("victims_referred", 2020, 120)}


def test_half_the_number_of_a_count_given_in_parentheses_is_a_comparison() -> None:
    """"less than half the number of identified victims (212) in 2020": the count of 2020,
    compared with, not a part of the count before it."""
    assert rows("In 2021, the government identified 100 trafficking victims (40 sex trafficking, "
                "60 labor trafficking), less than half the number of identified victims (212) in "
                "2020.", 2022, "PROTECTION") == {
        ("victims_identified", 2021, 100), ("victims_identified_sex_trafficking", 2021, 40),
        ("victims_identified_labor_trafficking", 2021, 60), ("victims_identified", 2020, 212)}


def test_a_government_programme_named_by_its_name_is_no_single_provider() -> None:
    """"the Relief Program reported assisting 800 victims": a body of the government, whose
    count is the year's, not one shelter's or NGO's part of it."""
    assert rows("In 2020, the Relief Program reported assisting 800 victims, compared with 900 "
                "victims in 2019.", 2021, "PROTECTION") == {
        ("victims_assisted", 2020, 800), ("victims_assisted", 2019, 900)}


def test_counts_given_different_services_are_not_added_up() -> None:
    """"counseling to the three child victims and short-term shelter to one child victim": the
    one sheltered may be one of the three; the counts are no parts of a sum."""
    assert rows("The government provided medical care and counseling to the three child victims "
                "and short-term shelter to one child victim.", 2021, "PROTECTION") == {
        ("victims_assisted_children", 2020, 3)}


def test_a_sentence_opening_with_compared_with_compares_the_count_before() -> None:
    """"... identifying 80 victims (...). Compared with 150 trafficking victims in 2020 and 300
    victims in 2019; ...": the earlier years' counts of the same measure."""
    assert rows("In 2021, authorities reported identifying 80 victims (60 sex trafficking and 20 "
                "labor trafficking). Compared with 150 trafficking victims in 2020 and 300 victims "
                "in 2019; this was a significant decrease.", 2022, "PROTECTION") == {
        ("victims_identified", 2021, 80), ("victims_identified_sex_trafficking", 2021, 60),
        ("victims_identified_labor_trafficking", 2021, 20), ("victims_identified", 2020, 150),
        ("victims_identified", 2019, 300)}


def test_coordinated_verbs_give_every_measure() -> None:
    assert rows("In 2021, the government identified and provided various services to 61 "
                "trafficking victims.", 2022, "PROTECTION") == {
        ("victims_identified", 2021, 61), ("victims_assisted", 2021, 61)}
    assert rows("The government reported identifying and referring 727 trafficking victims.",
                2021, "PROTECTION") == {
        ("victims_identified", 2020, 727), ("victims_referred", 2020, 727)}
    assert rows("In 2020, the government reported identifying and providing services for 262 "
                "trafficking victims.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 262), ("victims_assisted", 2020, 262)}


def test_coordinated_verbs_of_one_individual() -> None:
    assert rows("Authorities prosecuted and convicted one individual for sex trafficking.") == {
        ("prosecutions", 2020, 1), ("prosecutions_sex_trafficking", 2020, 1),
        ("convictions", 2020, 1), ("convictions_sex_trafficking", 2020, 1)}


def test_long_noun_phrases_and_verbs_of_each_measure() -> None:
    assert rows("Authorities reported 185 sex and labor trafficking case investigations.") == {
        ("investigations", 2020, 185)}
    assert rows("Italian prosecutors brought to trial 224 defendants in 2011.", 2013) == {
        ("prosecutions", 2011, 224)}
    assert rows("The Department of State reported opening 154 human trafficking-related cases "
                "worldwide during FY 2014.", 2015) == {("investigations", 2014, 154)}


def test_investigations_initiated_for_a_number_of_cases_named_before_the_figure() -> None:
    assert rows("Police did not report new investigations, compared with investigations "
                "opened for 11 cases in 2021 and 14 cases in 2020.", 2023) == {
        ("investigations", 2021, 11), ("investigations", 2020, 14)}
    # what follows "for" is no number of cases: nothing counted
    assert rows("Police did not report new investigations, compared with investigations "
                "opened for 11 months in 2021.", 2023) == set()


def test_referred_to_care_named_in_three_words() -> None:
    assert rows("Police identified 90 victims. Of the 90 victims identified, the agency "
                "referred 64 to NGO and state-run shelters, compared with 58 in 2021.", 2023,
                "PROTECTION") == {
        ("victims_identified", 2022, 90), ("victims_referred", 2022, 64),
        ("victims_referred", 2021, 58)}
    # a place named after "to" is no care: a part of the victims identified
    assert rows("Police identified 90 victims. Of the 90 victims identified, the agency "
                "referred 64 to the capital city.", 2023, "PROTECTION") == {
        ("victims_identified", 2022, 90)}


def test_victims_provided_with_care_and_their_parts_between_dashes() -> None:
    assert rows("Officials provided nine victims—five nationals and four foreign victims—with "
                "psychological care.", 2023, "PROTECTION") == {
        ("victims_assisted", 2022, 9), ("victims_assisted_foreign", 2022, 4)}
    # an aside between dashes without care after it provides nothing counted
    assert rows("Officials provided nine victims—five nationals and four foreign victims—with "
                "identity documents.", 2023, "PROTECTION") == set()


def test_convicted_and_punished_counts_convictions() -> None:
    assert rows("Courts convicted and punished three trafficking offenders.", 2023) == {
        ("convictions", 2022, 3)}
    # punished alone is no conviction counted
    assert rows("Courts punished three trafficking offenders with fines.", 2023) == set()


def test_security_personnel_and_law_enforcement_officials_trained() -> None:
    assert rows("The agency trained 45 security personnel, including police and customs "
                "officers.", 2023) == {("officers_trained", 2022, 45)}
    assert rows("The agency trained 45 law enforcement officials on screening.", 2023) == {
        ("officers_trained", 2022, 45)}
    # one count of officials and prosecutors together is no count of officers
    assert rows("The agency trained 45 law enforcement officials and prosecutors.", 2023) == set()


def test_victims_who_received_care_with_an_aside_of_some_of_them() -> None:
    assert rows("About 30 percent (84) of identified victims, including 12 returnees, received "
                "psychological assistance.", 2023, "PROTECTION") == {
        ("victims_assisted", 2022, 84)}
    # training received is no assistance
    assert rows("About 30 percent (84) of identified victims, including 12 returnees, received "
                "vocational training.", 2023, "PROTECTION") == set()


def test_convictions_obtained_for_a_number_of_traffickers() -> None:
    assert rows("The government obtained convictions for six traffickers in cases initiated "
                "in 2020.") == {("convictions", 2020, 6)}


def test_splits_after_a_dash_and_in_a_comma_list() -> None:
    assert rows("The government reported 40 trafficking investigations—24 for sex trafficking "
                "and 16 for labor trafficking.") == {
        ("investigations", 2020, 40), ("investigations_sex_trafficking", 2020, 24),
        ("investigations_labor_trafficking", 2020, 16)}
    assert rows("Courts convicted 97 individuals, 50 for sex trafficking, six for labor "
                "trafficking.") == {
        ("convictions", 2020, 97), ("convictions_sex_trafficking", 2020, 50),
        ("convictions_labor_trafficking", 2020, 6)}


def test_a_nationality_in_the_direct_object_is_still_the_total() -> None:
    assert rows("The government convicted one Bangladeshi national.") == {("convictions", 2020, 1)}


def test_subsets_and_other_crimes_are_not_totals() -> None:
    assert rows("Courts convicted 12 traffickers, two of whom received suspended sentences. "
                "In addition, 1,298 individuals convicted on prostitution charges.") == {
        ("convictions", 2020, 12)}


def test_continued_cases_are_not_this_years_count() -> None:
    assert rows("The government initiated three investigations, in addition to the "
                "continuation of seven ongoing investigations.") == {("investigations", 2020, 3)}
    # "two prosecutions of one sex trafficker remained ongoing": carried over, no new count
    assert rows("Authorities did not initiate prosecution of any traffickers; two prosecutions "
                "of one sex trafficker remained ongoing.") == {("prosecutions", 2020, 0)}
    assert rows("The government failed to initiate prosecution of trafficking offenders in 2020; "
                "the prosecution of two alleged offenders, also initiated in the previous "
                "reporting period, remained pending.") == {("prosecutions", 2020, 0)}
    # "continued" reaches the next item of its list, not a count after a verb of its own
    assert rows("The government continued one potential trafficking prosecution, two potential "
                "trafficking investigations, and initiated one potential trafficking "
                "investigation.") == {("investigations", 2020, 1)}
    assert rows("The police continued 12 investigations, and initiated five new "
                "investigations.") == {("investigations", 2020, 5)}


def test_the_previous_reporting_period_is_the_year_before() -> None:
    assert rows("The government convicted 12 traffickers, compared with the previous reporting "
                "period, when it convicted eight.") == {
        ("convictions", 2020, 12), ("convictions", 2019, 8)}


def test_stated_zeros() -> None:
    assert rows("The government did not prosecute or convict any traffickers.") == {
        ("prosecutions", 2020, 0), ("convictions", 2020, 0)}
    assert rows("For the third consecutive year there were no prosecutions or convictions of "
                "suspected traffickers.") == {("prosecutions", 2020, 0), ("convictions", 2020, 0)}
    # the other kind stated as none: the three are all the convictions (Malaysia 2015's key)
    assert rows("The government convicted three traffickers for forced labor and none for sex "
                "trafficking.") == {("convictions_labor_trafficking", 2020, 3),
                                    ("convictions_sex_trafficking", 2020, 0),
                                    ("convictions", 2020, 3)}


def test_zeros_about_officials_or_places_are_not_the_countrys() -> None:
    assert rows("The government did not prosecute any officials complicit in trafficking. The "
                "islands did not identify any victims in 2020.") == set()


def test_money_on_a_purpose_and_its_comparison() -> None:
    assert rows("The government allocated 120,000 TTD ($17,920) on victim protection, compared "
                "with 100,000 TTD ($14,930) in 2019.", 2021, "PROTECTION") == {
        ("victim_assistance_funding", 2020, 17_920), ("victim_assistance_funding", 2019, 14_930)}


def test_no_money_and_the_amount_of_the_year_before() -> None:
    assert rows("It did not allocate any new funding to the victim assistance fund, compared to "
                "seven million Kenyan shillings ($68,326) it allotted during the previous "
                "reporting period.", 2017, "PROTECTION") == {
        ("victim_assistance_funding", 2016, 0), ("victim_assistance_funding", 2015, 68_326)}


def test_a_comparison_in_parentheses_and_parts_of_the_total() -> None:
    got = rows("The government and NGOs identified 105 potential trafficking victims (95 in "
               "2016). Of these, 56 were children (44 children in 2016). Seventy-nine were "
               "identified as potential victims and 26 were officially identified as victims.",
               2018, "PROTECTION")
    assert got == {("victims_identified", 2017, 105), ("victims_identified", 2016, 95),
                   ("victims_identified_children", 2017, 56),
                   ("victims_identified_children", 2016, 44)}


def test_who_reported_a_figure() -> None:
    assert rows("The government referred 60 potential victims, civil society referred 16, and "
                "three self-identified.", 2018, "PROTECTION") == {
        ("victims_referred", 2017, 60), ("victims_referred_ngo", 2017, 16)}
    # the noun left out in the sentence after the count it counts again
    assert rows("The police referred 10 adult victims to the assistance program. NGOs referred "
                "seven (19 in 2016 and 13 in 2015).", 2018, "PROTECTION") == {
        ("victims_referred", 2017, 10), ("victims_referred_ngo", 2017, 7),
        ("victims_referred_ngo", 2016, 19), ("victims_referred_ngo", 2015, 13)}


def test_an_agencys_figure_after_the_total_is_a_part_of_it() -> None:
    got = rows("In 2017, the national registration center registered 958 possible trafficking "
               "victims, compared with 952 in 2016. The police reported identifying 432 victims "
               "(446 in 2016).", 2018, "PROTECTION")
    assert got == {("victims_identified", 2017, 958), ("victims_identified", 2016, 952)}


def test_a_figure_and_its_comparison_dated_to_the_same_year() -> None:
    assert rows("Authorities prosecuted nine cases in 2016, compared to seven prosecutions in "
                "2016.", 2018) == {("prosecutions", 2017, 9), ("prosecutions", 2016, 7)}


def test_an_article_is_one() -> None:
    assert rows("The government convicted a trafficking offender in a long-pending case.",
                2012) == {("convictions", 2011, 1)}


def test_an_opening_that_names_who_counted_picks_that_count() -> None:
    """"Of the government-identified victims, 200 were ..." after an NGOs' count: parts of
    the government's count, not of the NGOs' count given just before."""
    assert rows("State authorities identified 300 trafficking victims. Government-funded NGOs "
                "identified 500 victims. Of the government-identified victims, 200 were "
                "victims of sex trafficking and 90 were victims of labor trafficking.", 2021,
                "PROTECTION") == {
        ("victims_identified", 2020, 300), ("victims_identified_ngo", 2020, 500),
        ("victims_identified_sex_trafficking", 2020, 200),
        ("victims_identified_labor_trafficking", 2020, 90)}


def test_its_first_is_one() -> None:
    """"secured its first ever trafficking conviction" counts one, as an article does; not
    when the first is still to come."""
    assert rows("The government secured its first ever trafficking conviction, which was "
                "under the Anti-Human Trafficking Act.", 2017) == {("convictions", 2016, 1)}
    assert rows("In 2010, the government investigated and prosecuted its first case of "
                "trafficking.", 2011) == {("investigations", 2010, 1), ("prosecutions", 2010, 1)}
    assert rows("The government has yet to secure its first conviction under the law.",
                2017) == set()


def test_the_same_event_in_another_unit_is_not_a_second_count() -> None:
    assert rows("Police conducted 258 investigations involving 524 suspects, and courts "
                "convicted 231 traffickers in 110 cases.") == {
        ("investigations", 2020, 258), ("convictions", 2020, 231)}


def test_back_references_and_the_year_data_were_last_available() -> None:
    got = rows("In 2017, the most recent year data was available, the center registered 958 "
               "possible trafficking victims. Children comprised 194 of the victims (227 in "
               "2016). The government concluded nine of the 121 cases.", 2019, "PROTECTION")
    assert got == {("victims_identified", 2017, 958),
                   ("victims_identified_children", 2017, 194),
                   ("victims_identified_children", 2016, 227)}


def test_sections_told_by_their_first_sentences() -> None:
    text = ("The government maintained law enforcement efforts. It arrested 45 suspects.\n"
            "The government maintained protection efforts. The government allocated 1.2 "
            "million lek ($11,000) to implement the program.\n")
    got = extract_tip(text, 2019)
    assert [(r.measure, r.value) for r in got.enforcement] == [
        ("victim_assistance_funding", 11_000)]
    assert any(w.startswith("prosecution: figure '45'") for w in got.warnings)


def test_new_measures_hotline_calls_and_acquittals() -> None:
    assert rows("The hotline received 1,230 calls. Courts acquitted five defendants.") == {
        ("hotline_calls", 2020, 1230), ("acquittals", 2020, 5)}
    # "reported receiving", of a hotline an NGO runs: the hotline's own count
    assert ("hotline_calls", 2020, 1931) in rows(
        "An NGO that operated the national trafficking hotline reported receiving 1,931 "
        "trafficking-related calls and identifying 245 victims from these calls.", 2021,
        "PROTECTION")


def test_an_article_in_a_clause_of_a_condition_is_no_count() -> None:
    assert rows("Police rarely opened investigations when civil society identified a potential "
                "victim.", 2021, "PROTECTION") == set()


def test_an_article_after_a_verbs_noun_or_a_long_modifier_chain_is_one() -> None:
    assert rows("Efforts included identifying an adult male forced labor victim.", 2021,
                "PROTECTION") == {("victims_identified", 2020, 1),
                                  ("victims_identified_labor_trafficking", 2020, 1)}
    assert rows("Prosecutors filed charges against a suspected labor trafficker.") == {
        ("prosecutions", 2020, 1), ("prosecutions_labor_trafficking", 2020, 1)}
    assert rows("Officers opened investigations into a possible forced begging case.") == {
        ("investigations", 2020, 1)}


def test_an_article_in_a_general_statement_is_no_count() -> None:
    for text in ("The law gives police the authority to identify a victim and refer her to care.",
                 "Police rarely opened cases when an NGO identified a potential child sex "
                 "trafficking victim.",
                 "Officials took steps to rescue a victim of forced labor.",
                 "The ministry opened a shelter for child sex trafficking victims.",
                 "The agency launched a victim identification hotline for trafficking cases."):
        assert rows(text, 2021, "PROTECTION") == set(), text


def test_one_figure_for_each_year_listed() -> None:
    assert rows("Authorities investigated one case (one investigation each in 2018 and 2017).",
                2020) == {("investigations", 2019, 1), ("investigations", 2018, 1),
                          ("investigations", 2017, 1)}


def test_a_sentence_about_the_parts_of_the_figure_before() -> None:
    got = rows("The government identified 28 victims. Of the 28 victims, traffickers exploited "
               "14 in sex trafficking, 13 in labor trafficking, and one for unspecified "
               "exploitation.", 2022, "PROTECTION")
    assert got == {("victims_identified", 2021, 28),
                   ("victims_identified_sex_trafficking", 2021, 14),
                   ("victims_identified_labor_trafficking", 2021, 13)}


def test_a_single_count_for_a_kind_of_crime_is_also_the_total() -> None:
    assert rows("In 2019, officials reported prosecuting one suspected trafficker for sexually "
                "exploiting a victim, compared to no prosecutions in 2018.", 2020) == {
        ("prosecutions", 2019, 1), ("prosecutions_sex_trafficking", 2019, 1),
        ("prosecutions", 2018, 0)}
    assert rows("The government prosecuted two suspected sex traffickers.", 2013) == {
        ("prosecutions_sex_trafficking", 2012, 2)}


def test_peacekeepers_and_money_for_victims_of_any_crime_are_apart() -> None:
    assert rows("The government reported convicting two peacekeepers for sexual exploitation.",
                2021) == set()
    assert rows("The government allocated €277,000 ($295,758) to NGOs coordinating trafficking "
                "victim care. The government also allocated €7.6 million ($8.1 million) to "
                "shelters assisting victims of crime, including trafficking, compared with €8.3 "
                "million ($8.9 million) in 2021. The government allocated €124,000 ($132,397) to "
                "an NGO sheltering male trafficking victims.", 2023, "PROTECTION") == {
        ("victim_assistance_funding", 2022, 295_758)}


def test_money_for_victim_assistance_and_prevention_together_is_neither() -> None:
    """One sum for both purposes is a count of neither measure, in the Prevention section too
    (where money of no named purpose is prevention money); two sums keep theirs."""
    assert rows("The government allocated 1.18 million rupees ($56,490) for committee "
                "operations and programming, such as victim assistance and prevention efforts, "
                "an increase compared with 784,020 rupees ($37,490) in 2019.", 2021,
                "PREVENTION") == set()
    assert rows("The government allocated $56,490 for victim assistance and $20,000 for "
                "prevention efforts.", 2021, "PREVENTION") == {
        ("victim_assistance_funding", 2020, 56_490), ("prevention_funding", 2020, 20_000)}


def test_a_total_stated_as_its_parts() -> None:
    assert figures("The government identified two sex trafficking and 129 forced labor victims.",
                   2020, "PROTECTION") == {("victims_identified", 2019, 131),
                                           ("victims_identified_sex_trafficking", 2019, 2),
                                           ("victims_identified_labor_trafficking", 2019, 129)}
    assert rows("The government identified 28 female victims and no male victims.",
                2022, "PROTECTION") == {("victims_identified", 2021, 28)}
    assert figures("The government identified 20 adult and 15 child victims.", 2022,
                   "PROTECTION") == {("victims_identified", 2021, 35),
                                  ("victims_identified_children", 2021, 15)}


def test_respectively() -> None:
    assert rows("The government investigated and prosecuted one and seven cases, "
                "respectively, in 2019.", 2020) == {
        ("investigations", 2019, 1), ("prosecutions", 2019, 7)}
    assert rows("Authorities reported 12, nine, and four investigations, prosecutions, and "
                "convictions, respectively.") == {
        ("investigations", 2020, 12), ("prosecutions", 2020, 9), ("convictions", 2020, 4)}


def test_none_in_an_earlier_year() -> None:
    assert rows("Courts convicted five traffickers in 2017 and none in 2016.", 2018) == {
        ("convictions", 2017, 5), ("convictions", 2016, 0)}


def test_a_list_of_comparisons_keeps_its_year() -> None:
    assert rows("The government reported investigating 45 cases, prosecuting 30 defendants, and "
                "convicting 12 traffickers, compared with investigating 40 cases, prosecuting 28 "
                "defendants, and convicting 10 traffickers in 2019.") == {
        ("investigations", 2020, 45), ("prosecutions", 2020, 30), ("convictions", 2020, 12),
        ("investigations", 2019, 40), ("prosecutions", 2019, 28), ("convictions", 2019, 10)}


def test_parts_after_of_whom_and_of_these() -> None:
    assert rows("Police investigated 32 cases; of these, 20 were referred for prosecution. The "
                "government identified 210 victims in 2009, 35 of whom were children.", 2010) == {
        ("investigations", 2009, 32), ("cases_referred", 2009, 20),
        ("victims_identified", 2009, 210), ("victims_identified_children", 2009, 35)}


def test_a_part_counted_as_another_measure() -> None:
    assert rows("Authorities investigated 35 cases in 2013. Of these, 18 cases led to "
                "convictions, 10 for sex trafficking and eight for labor trafficking, a decline "
                "from 44 convictions in 2012. Courts convicted at least 100 traffickers—"
                "including some whose trials began in the previous reporting period—up from 43 "
                "in 2015 and 29 in 2014.", 2014) == {
        ("investigations", 2013, 35), ("convictions", 2013, 18),
        ("convictions_sex_trafficking", 2013, 10), ("convictions_labor_trafficking", 2013, 8),
        ("convictions", 2012, 44), ("convictions", 2013, 100), ("convictions", 2015, 43),
        ("convictions", 2014, 29)}


def test_officers_and_judges_trained_and_an_ngos_additional_victims() -> None:
    assert rows("The government trained 300 police officers and 50 judges. NGOs reported "
                "identifying an additional 45 victims.") == {
        ("officers_trained", 2020, 300), ("judges_trained", 2020, 50),
        ("victims_identified_ngo", 2020, 45)}


def test_identified_and_referred_with_its_earlier_years() -> None:
    """The earlier years' bare figures compare the first verb's count: whether the later verbs
    applied to them too is not printed."""
    assert rows("The government identified and referred 13 trafficking victims to care (five in "
                "2015 and eight in 2014).", 2017, "PROTECTION") == {
        ("victims_identified", 2016, 13), ("victims_referred", 2016, 13),
        ("victims_identified", 2015, 5), ("victims_identified", 2014, 8)}


def test_a_bare_figure_listed_after_an_unread_one_is_read_as_it() -> None:
    assert rows("Courts convicted 27 traffickers in 11 cases (convictions in eight cases in "
                "2019, six in 2018).") == {("convictions", 2020, 27)}
    assert rows("Authorities prosecuted 12 cases (13 cases in 2019, 11 in 2018).") == {
        ("prosecutions", 2020, 12), ("prosecutions", 2019, 13), ("prosecutions", 2018, 11)}


def test_an_amount_compared_with_two_years() -> None:
    assert rows("The CTU spent approximately 700,000 TTD ($104,634) on victim care and "
                "protection, a decrease from one million TTD ($149,477) in 2015 and 2014.",
                2017, "PROTECTION") == {
        ("victim_assistance_funding", 2016, 104_634), ("victim_assistance_funding", 2015, 149_477),
        ("victim_assistance_funding", 2014, 149_477)}


def test_a_count_for_two_years_together_is_kept_with_a_note() -> None:
    got = extract_tip("X (Tier 2)\n\nPROSECUTION\nThe government convicted 10 traffickers in "
                      "2016 and 2017.\n", 2018).enforcement
    assert [(r.measure, r.data_year, r.value, r.note) for r in got] == [
        ("convictions", 2017, 10, "printed for 2016 and 2017 together")]


def test_no_victims_of_one_sex_is_not_no_victims() -> None:
    assert rows("The government identified 25 victims. Although the government did not identify "
                "any male victims during the year, it designated one shelter for male victims.",
                2018, "PROTECTION") == {("victims_identified", 2017, 25)}


def test_an_unknown_number_is_a_row_without_value() -> None:
    got = extract_tip("X (Tier 2)\n\nPROTECTION\nThe government provided temporary shelter to "
                      "an unknown number of victims and provided training to an unknown number "
                      "of officials.\n", 2015).enforcement
    assert [(r.measure, r.data_year, r.value, r.status) for r in got] == [
        ("victims_assisted", 2014, None, "unknown"), ("officers_trained", 2014, None, "unknown")]


def test_the_first_counted_noun_heads_the_phrase() -> None:
    """"183 potential trafficking victims during law enforcement investigations" counts
    victims, not investigations (Belarus 2017)."""
    assert figures("The government identified one confirmed and 183 potential trafficking victims "
                   "during law enforcement investigations, compared with 121 confirmed and "
                   "potential victims in 2015 and 113 in 2014.", 2017, "PROTECTION") == {
        ("victims_identified", 2016, 184), ("victims_identified", 2015, 121),
        ("victims_identified", 2014, 113)}


def test_the_same_cases_counted_with_their_defendants() -> None:
    """"14 cases with 24 defendants" is one count of cases (Palau 2018)."""
    assert rows("The government investigated 14 potential cases of trafficking with 24 "
                "defendants, a large increase compared with none reported in 2016.", 2018) == {
        ("investigations", 2017, 14), ("investigations", 2016, 0)}


def test_some_of_the_suspects_are_no_part_of_a_count_of_cases_before() -> None:
    assert rows("Police investigated 30 cases in 2020. However, authorities failed to "
                "investigate whether one of the suspects, who was a child, may have been a "
                "victim.") == {("investigations", 2020, 30)}


def test_a_part_by_one_body_is_not_the_total() -> None:
    assert rows("The government reported three convictions, one by the special prosecutor's "
                "office, compared with two convictions last year.", 2018) == {
        ("convictions", 2017, 3), ("convictions", 2016, 2)}


def test_a_bare_participle_counts_what_its_verb_counts() -> None:
    """"nine traffickers prosecuted and 12 convicted" (El Salvador 2021)."""
    got = rows("In 2020, authorities initiated prosecution of 39 sex trafficking cases involving "
               "31 suspects and convicted 12 traffickers, compared with nine traffickers "
               "prosecuted and 12 convicted in 2019 and nine cases prosecuted and seven "
               "traffickers convicted in 2018.")
    assert {("convictions", 2020, 12), ("prosecutions", 2019, 9), ("convictions", 2019, 12),
            ("prosecutions", 2018, 9), ("convictions", 2018, 7)} <= got
    assert ("prosecutions", 2019, 12) not in got


def test_a_stated_zero_of_a_kind_of_case() -> None:
    assert rows("Authorities did not initiate any labor trafficking prosecutions during the "
                "year.") == {("prosecutions_labor_trafficking", 2020, 0)}
    assert rows("The government did not report investigating, prosecuting, or convicting any "
                "traffickers.") == {
        ("investigations", 2020, 0), ("prosecutions", 2020, 0), ("convictions", 2020, 0)}


def test_a_denial_of_the_victims_counted_before_it() -> None:
    assert rows("The government identified three victims in 2020 but did not refer them to care "
                "facilities.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 3), ("victims_referred", 2020, 0)}
    assert rows("Police arrested four suspects but did not prosecute them.") == set()


def test_a_compared_figure_with_coordinated_participles_counts_each() -> None:
    assert rows("The government identified ten victims in 2020, compared with 50 identified and "
                "referred to care during the previous reporting period.", 2021,
                "PROTECTION") == {
        ("victims_identified", 2020, 10), ("victims_identified", 2019, 50),
        ("victims_referred", 2019, 50)}


def test_no_care_given_to_any_victims_named_before_the_care() -> None:
    assert rows("The government did not report identifying any victims or providing any "
                "suspected victims protective services.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 0), ("victims_assisted", 2020, 0)}


def test_no_funding_after_another_denied_verb() -> None:
    assert rows("The government did not have shelters or allocate funding for specialized victim "
                "services.", 2021, "PROTECTION") == {("victim_assistance_funding", 2020, 0)}


def test_a_stated_zero_of_the_kind_named_after_its_noun() -> None:
    """No victims of one kind assisted is not none assisted: the other kind's count is all."""
    assert rows("The government provided shelter and care to only five victims of forced labor "
                "and did not provide services to any victims of sex trafficking.", 2021,
                "PROTECTION") == {
        ("victims_assisted_labor_trafficking", 2020, 5), ("victims_assisted", 2020, 5),
        ("victims_assisted_sex_trafficking", 2020, 0)}


def test_a_stated_zero_of_those_exploiting_others_in_one_kind() -> None:
    """"did not prosecute traffickers exploiting workers in forced labor": none of that kind,
    not none at all."""
    assert rows("Authorities did not investigate or prosecute traffickers exploiting migrants in "
                "forced labor on farms.", 2022) == {
        ("investigations_labor_trafficking", 2021, 0), ("prosecutions_labor_trafficking", 2021, 0)}
    assert rows("Authorities did not prosecute any suspects who subjected girls to sex "
                "trafficking.", 2022) == {("prosecutions_sex_trafficking", 2021, 0)}


def test_a_stated_zero_of_potential_victims_for_each_year_named() -> None:
    """No potential victims is no victims at all (Antigua and Barbuda 2023)."""
    assert rows("The government did not identify any potential victims in 2021 or 2020.",
                2023, "PROTECTION") == {
        ("victims_identified", 2021, 0), ("victims_identified", 2020, 0)}
    # a longer list of years, with commas (Azerbaijan 2019); a lone "and" after a comma may
    # open another clause
    assert rows("The government did not identify any child victims in 2016, 2017, or 2018.",
                2019, "PROTECTION") == {("victims_identified_children", y, 0)
                                        for y in (2016, 2017, 2018)}
    assert rows("The government did not identify any victims in 2018, and 2017 saw more.",
                2019, "PROTECTION") == {("victims_identified", 2018, 0)}


def test_figures_added_up_over_several_years_are_not_a_years_count() -> None:
    assert rows("The government did not convict any traffickers; over the past five years, "
                "courts have convicted 14 traffickers, out of 60 investigations and 31 "
                "prosecutions.", 2019) == {("convictions", 2018, 0)}


def test_parts_stated_as_what_some_of_the_total_were() -> None:
    """"134 victims; 95 were victims of sex trafficking ..., 15 were children" (Turkey 2019);
    the comparison year's parts by sex do not add up to a second total."""
    got = rows("DGMM identified 134 victims (303 in 2017); 95 were victims of sex trafficking "
               "and 39 of forced labor (186 were victims of sex trafficking, 52 of forced "
               "labor, and 65 of forced begging in 2017); 111 were female and 23 were male "
               "(212 females and 18 males in 2017); 15 were children (98 children in 2017).",
               2019, "PROTECTION")
    assert got == {
        ("victims_identified", 2018, 134), ("victims_identified", 2017, 303),
        ("victims_identified_sex_trafficking", 2018, 95),
        ("victims_identified_labor_trafficking", 2018, 39),
        ("victims_identified_sex_trafficking", 2017, 186),
        ("victims_identified_labor_trafficking", 2017, 52),
        ("victims_identified_children", 2018, 15), ("victims_identified_children", 2017, 98)}


def test_referred_to_care_and_services_provided_to() -> None:
    assert rows("The government reportedly referred at least 57 to care during the reporting "
                "period, an increase compared to 41 last reporting period.", 2018,
                "PROTECTION") == {("victims_referred", 2017, 57), ("victims_referred", 2016, 41)}
    assert rows("NGOs reported identifying and providing services to an additional 11 "
                "victims.", 2017, "PROTECTION") == {
        ("victims_identified_ngo", 2016, 11), ("victims_assisted_ngo", 2016, 11)}


def count_rows(body: str, report_year: int = 2021, heading: str = "PROTECTION") -> list[tuple]:
    """(measure, data_year, value) of every row, repeats kept."""
    got = extract_tip(f"X (Tier 2)\n\n{heading}\n{body}\n", report_year).enforcement
    return sorted((r.measure, r.data_year, r.value) for r in got)


def test_a_singular_noun_before_another_noun_only_describes_it() -> None:
    assert rows("The government opened three new investigation units and reported 12 "
                "investigations.") == {("investigations", 2020, 12)}


def test_a_rate_is_not_an_amount() -> None:
    assert rows("The government provided 50,000 pesos ($2,600) per month to an NGO shelter for "
                "trafficking victims.", 2021, "PROTECTION") == set()


def test_officials_convicted_are_complicity_figures() -> None:
    assert rows("Courts convicted 25 traffickers and convicted four complicit officials.") == {
        ("convictions", 2020, 25)}
    assert rows("The government investigated three officials for alleged complicity, and it "
                "convicted one complicit police officer.") == set()
    assert rows("The police opened 12 investigations, and the government initiated an "
                "investigation into two allegedly complicit officials.") == {
        ("investigations", 2020, 12)}
    # the gerund of a summary's list: "These efforts included convicting two complicit officials"
    assert rows("These efforts included convicting two complicit officials and extraditing "
                "another, and convicting 14 traffickers.") == {("convictions", 2020, 14)}
    # after a verb's noun: "initiating prosecution of two allegedly complicit police officers"
    assert rows("The government increased efforts, initiating prosecution of two allegedly "
                "complicit police officers and convicting five traffickers.") == {
        ("convictions", 2020, 5)}


def test_suspended_sentences_are_convictions_without_prison() -> None:
    assert rows("Judges issued suspended sentences for 25 convicted traffickers.") == {
        ("convictions_not_imprisoned", 2020, 25)}
    assert rows("Courts convicted 20 traffickers and suspended six of the sentences.") == {
        ("convictions", 2020, 20), ("convictions_not_imprisoned", 2020, 6)}


def test_services_given_to_victims_already_counted() -> None:
    assert rows("The government identified 12 victims and provided all 12 victims with "
                "medical care.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 12), ("victims_assisted", 2020, 12)}
    assert rows("The government provided medical care and shelter for five of the identified "
                "victims.", 2021, "PROTECTION") == {("victims_assisted", 2020, 5)}
    # shelter alone is counted apart (Philippines 2018)
    assert rows("The government provided 419 victims with temporary shelter in a DSWD "
                "residential care facility.", 2018, "PROTECTION") == set()


def test_a_comparison_right_after_its_total_counts_the_same_kind() -> None:
    assert rows("The government identified three child victims in 2019, a decrease from nine "
                "victims identified in 2018.", 2020, "PROTECTION") == {
        ("victims_identified_children", 2019, 3), ("victims_identified_children", 2018, 9)}
    assert rows("Authorities identified 11 child sex trafficking victims.", 2020,
                "PROTECTION") == {("victims_identified_children", 2019, 11)}


def test_every_denial_states_a_zero() -> None:
    assert rows("The government has never reported any trafficking convictions.") == {
        ("convictions", 2020, 0)}
    assert rows("The government has never convicted a trafficker.") == {("convictions", 2020, 0)}
    assert rows("The government identified 12 victims, compared with not identifying any "
                "victims for the last two years.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 12), ("victims_identified", 2019, 0),
        ("victims_identified", 2018, 0)}


def test_a_zero_cut_off_by_the_end_of_an_excerpt_is_not_read() -> None:
    assert rows("Courts convicted 15 traffickers. The government did not report any "
                "investigations, prosecutions, or convictions") == {("convictions", 2020, 15)}


def test_an_agency_repeat_or_additional_count_is_not_a_second_total() -> None:
    assert count_rows("The government identified 15 victims. Police identified 15 victims "
                      "through calls to the hotline.") == [("victims_identified", 2020, 15)]
    assert count_rows("The government identified 10 victims. Police reported identifying an "
                      "additional 30 victims who were not referred to care.") == [
        ("victims_identified", 2020, 10)]
    assert count_rows("The government identified 12 child victims. The government also "
                      "identified one adult victim.") == [
        ("victims_identified_children", 2020, 12)]


def test_two_kinds_listed_make_a_count_of_neither() -> None:
    assert rows("Police investigated 30 cases of sex trafficking and forced begging.") == {
        ("investigations", 2020, 30)}


def test_a_total_of_counts_given_apart() -> None:
    assert rows("The 30 investigations in total represented an increase.") == {
        ("investigations", 2020, 30)}


def test_the_same_number_with_its_verb() -> None:
    assert rows("Authorities prosecuted 14 cases in 2019, the same number prosecuted in "
                "2018.", 2020) == {("prosecutions", 2019, 14), ("prosecutions", 2018, 14)}


def test_the_same_number_in_other_words() -> None:
    assert rows("Police reported two labor trafficking investigations, the same number as "
                "recorded during the previous reporting period.") == {
        ("investigations_labor_trafficking", 2020, 2),
        ("investigations_labor_trafficking", 2019, 2)}
    assert rows("Courts convicted nine traffickers in 2020, unchanged from the previous "
                "year.") == {("convictions", 2020, 9), ("convictions", 2019, 9)}
    assert rows("The agency referred 17 victims to shelters, as many as in 2018.", 2021,
                "PROTECTION") == {("victims_referred", 2020, 17), ("victims_referred", 2018, 17)}
    assert rows("NGOs identified 12 victims, the same as in 2019.", 2021, "PROTECTION") == {
        ("victims_identified_ngo", 2020, 12), ("victims_identified_ngo", 2019, 12)}


def test_the_same_number_after_a_figure_of_no_measure_is_that_figure() -> None:
    """"The same as" restates the figure right before it, not an earlier one read."""
    assert rows("The ministry budgeted $25,000 for victim protection and employed 14 "
                "counselors, the same as in 2019.", 2021, "PROTECTION") == {
        ("victim_assistance_funding", 2020, 25000)}
    assert rows("The ministry budgeted $25,000 for victim protection, the same as in 2019.",
                2021, "PROTECTION") == {("victim_assistance_funding", 2020, 25000),
                                        ("victim_assistance_funding", 2019, 25000)}


def test_as_many_as_a_number_is_no_same_number() -> None:
    assert rows("Police identified 25 victims, and NGOs estimated as many as 60 more during "
                "the previous year.", 2021, "PROTECTION") == {("victims_identified", 2020, 25)}


def test_a_comparison_by_a_gerund_of_one_kind_with_a_total() -> None:
    assert rows("Police investigated 40 cases. This compared to investigating 31 cases of child "
                "trafficking in 2019.") == {
        ("investigations", 2020, 40), ("investigations", 2019, 31),
        ("investigations_children", 2019, 31)}
    assert rows("The government investigated 18 cases in 2020, compared with prosecuting seven "
                "suspects and convicting three in 2019.") == {
        ("investigations", 2020, 18), ("prosecutions", 2019, 7), ("convictions", 2019, 3)}


def test_a_comparison_of_one_kind_with_a_part_of_that_kind_is_no_total() -> None:
    assert rows("Police identified 40 victims, including 12 children, compared with nine "
                "children in 2019.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 40), ("victims_identified_children", 2020, 12),
        ("victims_identified_children", 2019, 9)}
    assert rows("Police investigated 40 cases and ten child trafficking cases. This compared to "
                "investigating 31 cases of child trafficking in 2019.") == {
        ("investigations", 2020, 40), ("investigations_children", 2020, 10),
        ("investigations_children", 2019, 31)}


def test_a_child_sex_trafficking_case_is_of_sex_trafficking() -> None:
    assert rows("Prosecutors began prosecuting three child sex trafficking cases.") == {
        ("prosecutions_sex_trafficking", 2020, 3)}
    assert rows("Police identified three child sex trafficking victims.", 2021,
                "PROTECTION") == {("victims_identified_children", 2020, 3)}


def test_a_figure_of_a_verb_of_no_measure_is_not_the_count_before_it() -> None:
    assert rows("The government identified 300 potential victims and confirmed 40 victims, "
                "compared to 250 potential victims and confirmed 30 victims in 2019.", 2021,
                "PROTECTION") == {("victims_identified", 2020, 300),
                                  ("victims_identified", 2019, 250)}
    assert rows("Police investigated 20 cases and arrested 15 suspects.") == {
        ("investigations", 2020, 20)}


def test_parts_listed_after_a_comparison() -> None:
    assert rows("The government reported six convictions (nine in 2018), four for sex "
                "trafficking and two for labor trafficking.", 2020) == {
        ("convictions", 2019, 6), ("convictions", 2018, 9),
        ("convictions_sex_trafficking", 2019, 4), ("convictions_labor_trafficking", 2019, 2)}


def test_suspects_charged_are_prosecutions_counted_by_the_persons_charged() -> None:
    """"charged 14 suspects": the prosecutions begun, as "prosecuted 14 suspects" would be."""
    assert rows("Prosecutors charged 14 suspects and courts convicted five traffickers.") == {
        ("prosecutions", 2020, 14), ("convictions", 2020, 5)}


def test_referred_the_remaining_cases() -> None:
    assert rows("Police referred the remaining four cases to prosecutors.") == {
        ("cases_referred", 2020, 4)}


def test_what_victims_were_exploited_in() -> None:
    assert rows("The government identified three victims exploited in forced labor.", 2021,
                "PROTECTION") == {
        ("victims_identified", 2020, 3), ("victims_identified_labor_trafficking", 2020, 3)}


def test_a_period_opening_its_clause_dates_it() -> None:
    assert rows("During the previous reporting period, the government referred 11 victims to "
                "shelters.", 2021, "PROTECTION") == {("victims_referred", 2019, 11)}


def test_single_cases_counted_one_by_one() -> None:
    assert rows("One trafficking prosecution is before the high court, and the second "
                "trafficking prosecution was postponed.") == {("prosecutions", 2020, 2)}
    assert rows("One trafficking prosecution is before the high court.") == {
        ("prosecutions", 2020, 1)}


def test_suspects_the_investigations_were_into_are_the_same_cases() -> None:
    assert rows("The government reported initiating 41 investigations into 63 suspects.",
                2024) == {("investigations", 2023, 41)}


def test_a_denial_since_an_earlier_year_gives_the_years_named_and_the_one_reported_on() -> None:
    """Antigua and Barbuda 2023: the zeros are for the years named, and "since 2019" adds
    the year reported on (2022), not a row for each year since."""
    assert rows("The government did not identify any potential victims in 2021 or 2020 and has "
                "not identified a confirmed victim since 2019.", 2023, "PROTECTION") == {
        ("victims_identified", 2021, 0), ("victims_identified", 2020, 0),
        ("victims_identified", 2022, 0)}


def test_a_figure_printed_again_is_one_row() -> None:
    assert count_rows("The witness protection programme (SPAP) supported 40 victims of "
                      "trafficking. SPAP assisted 40 trafficking victims and five dependents "
                      "in 2019.", 2020) == [("victims_assisted", 2019, 40)]


def test_sex_trafficking_and_forced_labor_is_a_count_of_neither() -> None:
    assert rows("Police identified 20 potential victims, including 12 for sex trafficking and "
                "forced labor, compared with 18 in 2019.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 20), ("victims_identified", 2019, 18)}


def test_a_list_of_services_and_money_the_government_continued_to_allocate() -> None:
    assert rows("Authorities provided housing, legal advice, medical services, and counseling "
                "to 40 victims through a support program, for which the government continued "
                "to allocate approximately 500,000 pesos ($25,000).", 2021, "PROTECTION") == {
        ("victims_assisted", 2020, 40), ("victim_assistance_funding", 2020, 25000)}
    # support for places, not for victims
    assert rows("The government provided an unknown amount of support for two NGO-run "
                "halfway houses.", 2021, "PROTECTION") == set()


def test_services_and_referrals_for_all_the_victims_counted() -> None:
    assert rows("The government identified 13 victims. The unit partnered with NGOs and "
                "hospitals to provide basic services to all 13 victims.", 2021,
                "PROTECTION") == {("victims_identified", 2020, 13), ("victims_assisted", 2020, 13)}
    # the parts listed after the referral are parts of the victims identified
    assert rows("The government identified 20 victims. The government referred all 20 victims "
                "to an international organization, including 12 females, 15 of whom had been "
                "exploited in forced labor.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 20), ("victims_referred", 2020, 20),
        ("victims_identified_labor_trafficking", 2020, 15)}


def test_the_subject_of_a_reported_clause_is_who_counted() -> None:
    assert rows("The government identified 30 victims. The government reported that NGOs "
                "identified an additional 12 victims.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 30), ("victims_identified_ngo", 2020, 12)}


def test_one_level_of_government_counts_a_part() -> None:
    assert rows("The government identified 60 victims in 2020, compared with 75 in 2019. The "
                "federal government identified 20 victims, compared with 30 in 2019. The state "
                "governments identified 40 victims.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 60), ("victims_identified", 2019, 75)}


def test_cases_of_another_crime_are_not_trafficking_counts() -> None:
    assert rows("Officials referred 20 cases of illegal recruitment for criminal investigation "
                "and prosecuted 15 individuals under the anti-trafficking law.") == {
        ("prosecutions", 2020, 15)}
    assert rows("Authorities investigated one case of a construction company.") == {
        ("investigations", 2020, 1)}
    # cases of people the words after them say were trafficked: trafficking cases
    assert rows("The government investigated five suspected cases of Macau residents recruited "
                "by traffickers abroad.") == {("investigations", 2020, 5)}
    assert rows("The government investigated five cases of Macau residents.") == set()


def test_cases_of_suspected_trafficking_are_trafficking_cases() -> None:
    assert rows("Police reported investigating at least 25 cases of suspected trafficking.") == {
        ("investigations", 2020, 25)}


def test_no_convictions_of_a_kind_named_before_the_noun() -> None:
    assert rows("However, there were no trafficking convictions in 2019.") == {
        ("convictions", 2019, 0)}


def test_a_zero_as_in_the_previous_period_or_for_consecutive_years() -> None:
    assert rows("As in the previous reporting period, the government did not prosecute or "
                "convict any traffickers.", 2017) == {
        ("prosecutions", 2016, 0), ("convictions", 2016, 0),
        ("prosecutions", 2015, 0), ("convictions", 2015, 0)}
    # "for the second (or third) consecutive year": the year reported on only, as the keys
    # read it; the earlier years are the earlier reports' to state
    assert rows("The government did not convict any traffickers for the third consecutive "
                "year.", 2017) == {("convictions", 2016, 0)}
    assert rows("For a second consecutive year, authorities did not initiate any "
                "investigations.", 2017) == {("investigations", 2016, 0)}
    assert rows("The government did not convict any traffickers for the second consecutive "
                "year and did not investigate any suspects.", 2017) == {
        ("convictions", 2016, 0), ("investigations", 2016, 0)}


def test_counts_only_some_of_which_are_of_trafficking() -> None:
    assert rows("Authorities identified 100 victims of sexual exploitation and 80 victims of "
                "labor exploitation, some of whom may be trafficking victims; an increase from "
                "90 and 70 in 2019, respectively.", 2021, "PROTECTION") == set()


def test_a_sentence_comparing_the_one_before_with_earlier_years() -> None:
    assert rows("The hotline received 300 calls in 2020. This compared to 250 calls received "
                "in 2019 resulting in 12 investigations, and 200 calls in 2018.", 2021,
                "PROTECTION") == {
        ("hotline_calls", 2020, 300), ("hotline_calls", 2019, 250),
        ("hotline_calls", 2018, 200)}


def test_a_sentence_opening_with_a_change_compared_with_earlier_years() -> None:
    assert rows("Officials identified 52 victims in 2022. This was a sharp decline compared "
                "with 80 victims (61 of sex trafficking and 19 of labor trafficking) identified "
                "in 2021.", 2023, "PROTECTION") == {
        ("victims_identified", 2022, 52), ("victims_identified", 2021, 80),
        ("victims_identified_sex_trafficking", 2021, 61),
        ("victims_identified_labor_trafficking", 2021, 19)}
    # another noun than the count before compares nothing of it
    assert rows("Officials identified 52 victims in 2022. This was a sharp decline compared "
                "with 80 calls in 2021.", 2023, "PROTECTION") == {
        ("victims_identified", 2022, 52)}


def test_kinds_listed_after_a_count_of_another_crime_are_of_the_verbs_measure() -> None:
    assert figures("The ministry reported assisting 75 victims of illegal recruitment, 31 victims "
                   "of sex trafficking, and 12 victims of labor trafficking.", 2023,
                   "PROTECTION") == {
        ("victims_assisted_sex_trafficking", 2022, 31),
        ("victims_assisted_labor_trafficking", 2022, 12), ("victims_assisted", 2022, 43)}
    # an item naming no kind of its own is no count of the measure
    assert rows("The ministry reported assisting 75 victims of illegal recruitment and 31 "
                "women.", 2023, "PROTECTION") == set()


def test_parts_listed_after_all_of_a_count_were_of_one_group() -> None:
    assert rows("Officials identified 60 victims. All identified victims were adults, including "
                "41 sex trafficking victims and 19 labor trafficking victims.", 2023,
                "PROTECTION") == {
        ("victims_identified", 2022, 60), ("victims_identified_sex_trafficking", 2022, 41),
        ("victims_identified_labor_trafficking", 2022, 19)}
    # a count of other things before names no count of victims to be a part of
    assert rows("Officials investigated 60 cases. All identified victims were adults, including "
                "41 sex trafficking victims.", 2023, "PROTECTION") == {
        ("investigations", 2022, 60)}


def test_in_comparison_to_opens_a_comparison_inside_a_sentence() -> None:
    assert rows("Authorities referred 35 victims to shelters, in comparison to 28 victims in "
                "2021.", 2023, "PROTECTION") == {
        ("victims_referred", 2022, 35), ("victims_referred", 2021, 28)}
    assert rows("The ministry spent $90,000 on victim care, in comparison with $75,000 spent in "
                "the previous reporting period.", 2023, "PROTECTION") == {
        ("victim_assistance_funding", 2022, 90000), ("victim_assistance_funding", 2021, 75000)}
    # a comparison of no figure leaves the count of the year reported on alone
    assert rows("Authorities referred 35 victims to shelters, a low number in comparison to "
                "neighboring countries.", 2023, "PROTECTION") == {
        ("victims_referred", 2022, 35)}


def test_girls_as_the_only_children_among_the_parts_of_a_count() -> None:
    assert rows("Officials identified 15 victims, including 12 adults and three girls.", 2023,
                "PROTECTION") == {
        ("victims_identified", 2022, 15), ("victims_identified_children", 2022, 3)}
    assert rows("Officials identified nine victims. Identified victims included five girls and "
                "four adult women, and all were exploited in sex trafficking.", 2023,
                "PROTECTION") == {
        ("victims_identified", 2022, 9), ("victims_identified_children", 2022, 5),
        ("victims_identified_sex_trafficking", 2022, 9)}
    # girls beside boys are one sex of the children: both together are the children
    assert figures("Officials identified 15 victims, including 12 adults, two girls and one boy.",
                2023, "PROTECTION") == {("victims_identified", 2022, 15),
                                        ("victims_identified_children", 2022, 3)}
    # women and girls together are no count of children
    assert rows("Officials identified 15 victims, including 12 women and girls.", 2023,
                "PROTECTION") == {("victims_identified", 2022, 15)}


def test_a_count_of_female_victims_of_one_kind_beside_an_ngo_count_of_women() -> None:
    assert rows("Officials identified 11 victims. Of these, officials identified four female sex "
                "trafficking victims and seven labor trafficking victims. NGOs identified 20 "
                "female victims of forced labor.", 2023, "PROTECTION") == {
        ("victims_identified", 2022, 11), ("victims_identified_sex_trafficking", 2022, 4),
        ("victims_identified_labor_trafficking", 2022, 7),
        ("victims_identified_labor_trafficking_ngo", 2022, 20)}
    # beside the government's own count of adult women it is one part of that kind
    assert ("victims_identified_sex_trafficking", 2022, 4) not in rows(
        "Officials identified 11 victims. Officials identified four female sex trafficking "
        "victims. Officials also identified three adult female victims of sex trafficking.",
        2023, "PROTECTION")


def test_the_part_before_the_rest_of_a_count_of_another_kind() -> None:
    assert rows("Courts convicted 14 traffickers. Judges sentenced five offenders to prison for "
                "sex trafficking; the courts convicted the remaining nine of forced labor.",
                2023) == {
        ("convictions", 2022, 14), ("convictions_sex_trafficking", 2022, 5),
        ("convictions_labor_trafficking", 2022, 9)}
    # a figure that does not add up with the rest to the count is no part of it
    assert ("convictions_sex_trafficking", 2022, 4) not in rows(
        "Courts convicted 14 traffickers. Judges sentenced four offenders to prison for sex "
        "trafficking; the courts convicted the remaining nine of forced labor.", 2023)


def test_kinds_after_a_count_of_one_status_are_of_the_count_before_it() -> None:
    assert rows("Officials identified 50 official and potential victims. Officials identified 44 "
                "as potential victims and six as official victims. At least 30 were subjected "
                "to sex trafficking and 12 to forced labor.", 2023, "PROTECTION") == {
        ("victims_identified", 2022, 50), ("victims_identified_sex_trafficking", 2022, 30),
        ("victims_identified_labor_trafficking", 2022, 12)}
    # a count of one status given first is the count the next sentence's kinds are of
    assert rows("Officials identified 44 potential victims. At least 30 were subjected to sex "
                "trafficking.", 2023, "PROTECTION") == {
        ("victims_identified", 2022, 44), ("victims_identified_sex_trafficking", 2022, 30)}


def test_minors_compared_with_earlier_years_in_parentheses_are_counted() -> None:
    assert rows("In 2022, authorities identified five minors (two in 2021, six in 2020).", 2023,
                "PROTECTION") == {
        ("victims_identified_children", 2022, 5), ("victims_identified_children", 2021, 2),
        ("victims_identified_children", 2020, 6)}
    # a named group stays a group with its comparison
    assert rows("In 2022, police identified 30 child beggars (25 in 2021).", 2023,
                "PROTECTION") == set()


def test_a_comparison_takes_only_a_kind_named_before_the_counted_noun() -> None:
    assert rows("The government investigated one case of potential labor trafficking, compared "
                "with investigating six cases in 2018.", 2020) == {
        ("investigations_labor_trafficking", 2019, 1), ("investigations", 2019, 1),
        ("investigations", 2018, 6)}


def test_one_kind_counted_and_the_other_stated_as_none_is_the_total() -> None:
    assert rows("The government did not convict any labor traffickers. Courts convicted nine "
                "sex traffickers.", 2021) == {
        ("convictions_labor_trafficking", 2020, 0), ("convictions_sex_trafficking", 2020, 9),
        ("convictions", 2020, 9)}


def test_a_coordinated_figure_with_a_noun_of_its_own() -> None:
    assert rows("The government referred one victim to an NGO shelter and two cases to the "
                "police.", 2021, "PROTECTION") == {
        ("victims_referred", 2020, 1), ("cases_referred", 2020, 2)}


def test_the_second_of_two_parts_stated_one_by_one() -> None:
    assert rows("Police investigated two cases. One was a sex trafficking case and the second "
                "was a labor trafficking case.", 2021) == {
        ("investigations", 2020, 2), ("investigations_sex_trafficking", 2020, 1),
        ("investigations_labor_trafficking", 2020, 1)}


def test_a_sentence_opening_in_comparison_and_its_parts_are_of_the_earlier_year() -> None:
    assert rows("The government identified 45 victims. In comparison, the government "
                "identified 30 victims, which included seven children.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 45), ("victims_identified", 2019, 30),
        ("victims_identified_children", 2019, 7)}
    assert rows("The government identified 45 victims. By comparison, it identified 25 victims "
                "in 2019; 10 were children.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 45), ("victims_identified", 2019, 25),
        ("victims_identified_children", 2019, 10)}


def test_the_previous_year_opening_a_sentence_dates_it() -> None:
    assert rows("The previous year, the government identified 20 victims, including 11 "
                "children.", 2021, "PROTECTION") == {
        ("victims_identified", 2019, 20), ("victims_identified_children", 2019, 11)}


def test_all_of_a_count_of_one_kind() -> None:
    assert rows("The government identified eight victims. All were exploited in sex "
                "trafficking.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 8), ("victims_identified_sex_trafficking", 2020, 8)}
    assert rows("The government identified 12 victims; all 12 victims were children, and all "
                "of them were foreign nationals.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 12), ("victims_identified_children", 2020, 12),
        ("victims_identified_foreign", 2020, 12)}
    assert rows("The government prosecuted 10 cases, all of which were sex trafficking cases.",
                2021) == {("prosecutions", 2020, 10), ("prosecutions_sex_trafficking", 2020, 10)}
    # all of other people than those counted
    assert rows("The government identified eight victims; all suspects were foreign nationals.",
                2021, "PROTECTION") == {("victims_identified", 2020, 8)}
    # not all, or a kind the vocabulary has no split for: nothing more
    assert rows("The government identified 30 victims; almost all were children, and all were "
                "women.", 2021, "PROTECTION") == {("victims_identified", 2020, 30)}
    # a sentence of another year: "all" is not of the count of the sentence before
    got = rows("The government identified seven victims (30 in 2019); three were children. In "
               "2019, 24 were victims of sex trafficking and six were victims of forced begging; "
               "all were children.", 2021, "PROTECTION")
    assert ("victims_identified_children", 2020, 7) not in got


def test_all_cases_of_one_kind_at_the_end_of_a_sentence() -> None:
    """"All nine were child sex trafficking cases.": cases of sex trafficking, as "nine child
    sex trafficking cases" are, though the words end on the sentence's full stop."""
    assert rows("The government investigated nine trafficking cases. All nine were child sex "
                "trafficking cases.", 2020) == {
        ("investigations", 2019, 9), ("investigations_sex_trafficking", 2019, 9)}


def test_all_but_some_of_a_count_are_of_one_kind() -> None:
    """'All but N': the rest are of the kind; the N are the exception, of no kind said."""
    assert figures("Officials identified 14 victims. All but two victims were foreign "
                   "nationals.", 2020, "PROTECTION") == {
        ("victims_identified", 2019, 14), ("victims_identified_foreign", 2019, 12)}
    assert figures("Officials identified 14 victims; all but three were children.", 2020,
                   "PROTECTION") == {
        ("victims_identified", 2019, 14), ("victims_identified_children", 2019, 11)}
    # all but some of the country's own people: how many are foreign is not said
    assert rows("Officials identified 14 victims; all but one were Malagasy.", 2020,
                "PROTECTION", "MDG") == {("victims_identified", 2019, 14)}


def test_victims_of_another_nationality_are_foreign_victims() -> None:
    """Sri Lanka 2022: the same referral read in Sri Lanka's narrative and in another's."""
    excerpt = ("The SLBFE referred two Sri Lankan trafficking victims in the United Arab "
               "Emirates and one victim in Kuwait to the CID for assistance.")
    assert ("victims_referred_foreign", 2021, 2) not in rows(excerpt, 2022, "PROTECTION", "LKA")
    assert ("victims_referred_foreign", 2021, 2) in rows(excerpt, 2022, "PROTECTION", "ARE")
    # a part of a total given before is no total, foreign or not
    assert rows("The government identified 20 victims. Police identified 12 Nigerian victims.",
                2021, "PROTECTION", "GHA") == {("victims_identified", 2020, 20)}


def test_a_nationality_before_a_passive_verb_is_read_as_in_the_active_voice() -> None:
    assert rows("In 2019, 14 Moldovan victims were identified.", 2020, "PROTECTION", "ROU") == {
        ("victims_identified", 2019, 14), ("victims_identified_foreign", 2019, 14)}
    # the country's own nationals, or a place named in what is counted, still mark a subset
    assert rows("In 2019, 14 Romanian victims were identified.", 2020, "PROTECTION",
                "ROU") == set()
    assert rows("In 2019, 14 victims from Moldova were identified.", 2020, "PROTECTION",
                "ROU") == set()


def test_one_providers_count_of_victims_served_is_not_the_total() -> None:
    assert rows("One NGO shelter assisted 40 victims, while another NGO assisted 25 victims. "
                "The government-funded shelter provided services to 17 victims. La Strada "
                "assisted 33 victims.", 2021, "PROTECTION") == set()
    # seed 004 (Kazakhstan 2011): one NGO-run shelter's victims
    assert rows("The local government of Almaty partially funds another NGO-run shelter, which "
                "assisted 33 trafficking victims, including 18 foreign trafficking victims.",
                2011, "PROTECTION") == set()
    # Philippines 2018: a national department serves the country's victims
    assert ("victims_assisted", 2017, 1659) in rows(
        "The Department of Social Welfare and Development (DSWD) reported serving 1,659 possible "
        "trafficking victims, of whom 1,139 were female, compared with 1,713 victims in 2016.",
        2018, "PROTECTION")


def test_counts_of_things_other_than_people_are_not_victims() -> None:
    assert rows("Labor inspectors conducted 3,000 inspections and identified 120 labor "
                "violations. The government assisted 5,000 migrants returning from abroad.",
                2021, "PROTECTION") == set()
    assert rows("Police investigated 300 labor complaints.") == set()


def test_convictions_upheld_on_appeal_are_not_new_convictions() -> None:
    assert rows("Courts convicted 10 traffickers. The Supreme Court upheld five convictions on "
                "appeal.") == {("convictions", 2020, 10)}


def test_counts_since_an_earlier_year_or_over_a_span_add_up_years() -> None:
    assert rows("Since 2015, the government has identified 300 victims and convicted 45 "
                "traffickers. Between 2017 and 2019, police investigated 40 cases.") == set()
    assert rows("Since January 2020, police investigated 12 cases.") == {
        ("investigations", 2020, 12)}


def test_the_count_of_the_government_of_a_province_is_not_the_countrys() -> None:
    assert rows("Only the government of Punjab reported convictions for bonded labor and the "
                "total number was low—10 convictions in 2020 compared with seven in 2019.",
                country="PAK") == set()
    assert rows("The Government of Pakistan reported 10 convictions in 2020.", country="PAK") == {
        ("convictions", 2020, 10)}
    assert rows("The Government of the Federated States of Micronesia reported three "
                "investigations.", country="FSM") == {("investigations", 2020, 3)}


def test_one_regions_count_is_not_the_countrys() -> None:
    assert rows("In the Kurdistan Region, authorities investigated 12 cases. Authorities in "
                "Zanzibar prosecuted three cases.", country="IRQ") == set()
    assert rows("In Iraq, authorities investigated 12 cases.", country="IRQ") == {
        ("investigations", 2020, 12)}
    # a place another item of a list names is not where the next item's count was made
    assert rows("The government took some steps, including investigating five suspected cases "
                "of Macau residents recruited by traffickers using cyber scam operations in "
                "Southeast Asia, training police officers, and initiating one prosecution.",
                country="MAC") == {
        ("investigations", 2020, 5), ("prosecutions", 2020, 1)}


def test_parts_opened_by_another_count_than_the_one_before() -> None:
    # the 45 investigations are printed nowhere else, so they are read there (with a note)
    assert rows("Courts convicted 12 traffickers. Of the 45 investigations, 30 involved sex "
                "trafficking and 15 involved forced labor.") == {
        ("convictions", 2020, 12), ("investigations", 2020, 45),
        ("investigations_sex_trafficking", 2020, 30),
        ("investigations_labor_trafficking", 2020, 15)}


def test_convictions_obtained_and_guilty_verdicts() -> None:
    assert rows("Courts obtained convictions of 10 traffickers.") == {("convictions", 2020, 10)}
    assert rows("Courts issued guilty verdicts against 11 traffickers.") == {
        ("convictions", 2020, 11)}


def test_a_sum_of_money_a_part_of_which_is_given_for_a_purpose() -> None:
    assert rows("The government allocated 1.2 million dinars ($3.9 million) to the "
                "anti-trafficking fund, of which it spent 800,000 dinars ($2.6 million) on victim "
                "assistance.", 2022, "PROTECTION") == {("victim_assistance_funding", 2021, 2600000)}


def test_a_comparison_lists_its_figures_in_the_order_of_the_totals() -> None:
    assert rows("The government reported 45 investigations, 30 prosecutions, and 12 "
                "convictions in 2019, compared with 38, 25, and 10, respectively, in 2018.") == {
        ("investigations", 2019, 45), ("prosecutions", 2019, 30), ("convictions", 2019, 12),
        ("investigations", 2018, 38), ("prosecutions", 2018, 25), ("convictions", 2018, 10)}
    assert figures("Police investigated 14 sex trafficking cases and five labor trafficking cases, "
                   "compared with 12 and three in 2018.") == {
        ("investigations", 2020, 19), ("investigations", 2018, 15),
        ("investigations_sex_trafficking", 2020, 14),
        ("investigations_labor_trafficking", 2020, 5),
        ("investigations_sex_trafficking", 2018, 12),
        ("investigations_labor_trafficking", 2018, 3)}


def test_a_compared_figure_with_a_noun_of_another_kind() -> None:
    assert rows("The government identified 16 victims, compared with 12 victims and four "
                "suspects in 2018.", 2020, "PROTECTION") == {
        ("victims_identified", 2019, 16), ("victims_identified", 2018, 12)}


def test_victims_who_assisted_investigations_were_not_assisted() -> None:
    assert rows("Twenty-four victims assisted in investigations and prosecutions.", 2010,
                "PROTECTION") == set()
    assert rows("The government reported 24 victims assisted in 2009.", 2010, "PROTECTION") == {
        ("victims_assisted", 2009, 24)}


def test_no_counts_reported_is_a_stated_zero() -> None:
    assert rows("The government reported no trafficking investigations, compared with two in "
                "2018. No convictions were reported.", 2020) == {
        ("investigations", 2019, 0), ("investigations", 2018, 2), ("convictions", 2019, 0)}


def test_people_identified_as_something_else_are_no_victims() -> None:
    assert rows("Authorities reported 250 migrants were identified as lacking documents.", 2021,
                "PROTECTION") == set()
    assert rows("Seventy-nine were identified as potential victims.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 79)}


def test_cases_of_child_labor_and_what_became_of_some_of_them_are_another_crime() -> None:
    """Child labor is not trafficking ("child labor trafficking" is), and "12 of which were
    referred" are some of those cases, not of trafficking cases."""
    assert rows("Police investigated 40 cases of child labor, 12 of which were referred to "
                "prosecutors.") == set()
    assert rows("Police investigated 40 trafficking cases, 12 of which were referred to "
                "prosecutors.") == {("investigations", 2020, 40), ("cases_referred", 2020, 12)}


def test_joint_investigations_and_convictions_for_other_crimes() -> None:
    assert rows("Police participated in 25 joint investigations with European partners. Courts "
                "issued five convictions for pimping. The government reported 12 "
                "investigations.") == {("investigations", 2020, 12)}


def test_money_from_foreign_donors_is_not_the_governments() -> None:
    assert rows("The European Union provided 500,000 euros ($560,000) for victim assistance. "
                "IOM received $120,000 from foreign donors for shelters. The government provided "
                "$50,000 to IOM for victim assistance.", 2021, "PROTECTION") == {
        ("victim_assistance_funding", 2020, 50000)}


def test_the_subject_before_an_aside_between_commas() -> None:
    assert rows("NGOs, in cooperation with the government, identified 45 victims. The "
                "government, in cooperation with NGOs, identified 30 victims.", 2021,
                "PROTECTION") == {("victims_identified_ngo", 2020, 45),
                                  ("victims_identified", 2020, 30)}


def test_a_period_opening_a_clause_dates_its_coordinated_verbs() -> None:
    assert rows("During the reporting period, the government investigated 18 cases and "
                "convicted four traffickers; in the previous reporting period, it investigated "
                "21 cases, prosecuted nine suspects, and convicted six traffickers.", 2020) == {
        ("investigations", 2019, 18), ("convictions", 2019, 4), ("investigations", 2018, 21),
        ("prosecutions", 2018, 9), ("convictions", 2018, 6)}


def test_a_part_of_a_stated_total_takes_the_kind_and_the_total_the_measure() -> None:
    assert rows("Prosecutors initiated 52 investigations; the government did not report how "
                "many involved forced labor (21 of 98 involved forced labor in 2019 and nine "
                "of 30 in 2018).") == {
        ("investigations", 2020, 52), ("investigations", 2019, 98),
        ("investigations_labor_trafficking", 2019, 21), ("investigations", 2018, 30),
        ("investigations_labor_trafficking", 2018, 9)}


def test_a_parenthesis_opening_with_a_noun_is_still_a_comparison() -> None:
    assert rows("The government initiated prosecutions in nine cases against an unknown number "
                "of suspected traffickers and secured convictions against 19 traffickers in "
                "seven cases (convictions in five cases in 2019).") == {
        ("prosecutions", 2020, 9), ("convictions", 2020, 19)}


def test_victims_of_forced_marriage_are_not_trafficking_victims() -> None:
    assert rows("The government also identified three victims of forced marriage (six in "
                "2019), which authorities considered to be trafficking under their law.",
                2021, "PROTECTION") == set()


def test_one_programmes_count_is_not_the_governments_total() -> None:
    assert rows("Separately, police collaborated with an NGO to identify more than 300 "
                "potential victims of trafficking through border monitoring at airports.",
                2021, "PROTECTION") == set()
    assert rows("The government formally identified eight trafficking victims, all through "
                "calls to a government hotline.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 8)}
    assert rows("Civil society groups identified 40 victims and identified 900 potential "
                "victims through bus station screening.", 2021, "PROTECTION") == {
        ("victims_identified_ngo", 2020, 40)}
    assert rows("Civil society groups identified 900 potential victims through bus station "
                "screening.", 2021, "PROTECTION") == {("victims_identified_ngo", 2020, 900)}


def test_nationals_and_foreigners_together_are_not_foreign_victims() -> None:
    assert rows("The government identified 210 Fijian and foreign trafficking victims.",
                2021, "PROTECTION", "FJI") == {("victims_identified", 2020, 210)}


def test_parts_of_a_total_take_the_kind_their_predicate_names() -> None:
    # a sentence of our own: the kind of each part is said after its noun, by its predicate
    got = rows("The government identified 50 trafficking victims. Of these, 30 were exploited "
               "in sex trafficking, nine in forced labor, four in forced begging, and seven "
               "were unknown.", 2020, "PROTECTION")
    assert got == {("victims_identified", 2019, 50),
                   ("victims_identified_sex_trafficking", 2019, 30),
                   ("victims_identified_labor_trafficking", 2019, 9)}
    got = rows("The government identified 60 victims. Of the 60 victims, traffickers exploited "
               "25 victims in sex trafficking, 20 victims in labor trafficking, and 15 victims "
               "for unspecified forms of trafficking.", 2020, "PROTECTION")
    assert got == {("victims_identified", 2019, 60),
                   ("victims_identified_sex_trafficking", 2019, 25),
                   ("victims_identified_labor_trafficking", 2019, 20)}


def test_a_part_with_its_own_noun_and_a_participle_of_exploitation() -> None:
    got = rows("The government identified 40 victims (52 in 2018); 31 victims were subjected "
               "to sex trafficking and nine to forced begging.", 2020, "PROTECTION")
    assert got == {("victims_identified", 2019, 40), ("victims_identified", 2018, 52),
                   ("victims_identified_sex_trafficking", 2019, 31)}
    # a participle saying what was done is no kind: "were sentenced to prison"
    got = rows("Courts convicted 12 traffickers; five traffickers were sentenced to prison.",
               2020)
    assert got == {("convictions", 2019, 12), ("convictions_imprisoned", 2019, 5)}


def test_a_part_dated_by_its_own_clause_takes_that_year() -> None:
    got = rows("The government identified 45 victims (33 in 2017). In 2017, 20 victims were "
               "subjected to sex trafficking, four to forced labor. In 2018, 17 victims were "
               "children, compared to 12 in 2017.", 2019, "PROTECTION")
    assert got == {("victims_identified", 2018, 45), ("victims_identified", 2017, 33),
                   ("victims_identified_sex_trafficking", 2017, 20),
                   ("victims_identified_labor_trafficking", 2017, 4),
                   ("victims_identified_children", 2018, 17),
                   ("victims_identified_children", 2017, 12)}


def test_a_part_of_a_part_is_not_a_kind_of_the_whole() -> None:
    got = rows("Police investigated 12 cases in 2019. Prosecutors determined three of the "
               "original 12 cases were trafficking, one sex trafficking, and two domestic "
               "servitude.", 2020)
    assert got == {("investigations", 2019, 12)}


def test_the_trafficking_profile_paragraph_is_not_read_for_counts() -> None:
    text = ("ARCADIA (Tier 1)\n\nArcadia is a source and destination country for men and "
            "women subjected to forced labor. In 2019, authorities identified 15 men in forced "
            "labor in one restaurant.\n\nThe Government of Arcadia fully complies with the "
            "minimum standards. In 2019, the government identified 40 victims.\n")
    got = {(r.measure, r.data_year, r.value) for r in extract_tip(text, 2020).enforcement}
    assert got == {("victims_identified", 2019, 40)}


def test_none_after_of_whom_is_a_zero_part() -> None:
    assert rows("The government assisted 52 victims in 2015 (of whom none were children).",
                2017, "PROTECTION") == {("victims_assisted", 2015, 52),
                                        ("victims_assisted_children", 2015, 0)}


def test_a_clause_of_parts_after_a_semicolon_is_of_the_count_before() -> None:
    assert rows("The government identified 71 trafficking victims (70 in 2016); 66 female "
                "victims of sex trafficking and five male victims of forced labor.", 2018,
                "PROTECTION") == {
        ("victims_identified", 2017, 71), ("victims_identified", 2016, 70),
        ("victims_identified_sex_trafficking", 2017, 66),
        ("victims_identified_labor_trafficking", 2017, 5)}
    # a clause whose figure a verb of its own counts is not a part
    assert rows("The government identified 71 victims; 12 victims received services.", 2018,
                "PROTECTION") == {("victims_identified", 2017, 71),
                                  ("victims_assisted", 2017, 12)}


def test_attention_and_protection_measures_for_victims_are_assistance() -> None:
    assert rows("The government provided medical and psychological attention, legal advice, and "
                "protection measures for the eight victims it identified.", 2020,
                "PROTECTION") == {("victims_assisted", 2019, 8)}


def test_magistrates_trained_are_judges_trained() -> None:
    assert rows("It sponsored anti-trafficking legislation training for 30 magistrates.",
                2016, "PREVENTION") == {("judges_trained", 2015, 30)}


def test_a_summary_run_into_the_profile_paragraph_is_read() -> None:
    """Reflowed text can join the profile and the summary into one paragraph: the summary's
    first sentence ("The Government of Arcadia does not fully comply ...") ends the profile."""
    text = ("ARCADIA: Tier 2 Watch List\nArcadia is a source and destination country for men "
            "and women subjected to forced labor. Authorities identified 15 men in forced "
            "labor in one restaurant. The Government of Arcadia does not fully comply with the "
            "minimum standards for the elimination of trafficking; however, it is making "
            "significant efforts to do so. Officials identified 23 victims, investigated 14 "
            "suspected cases, and provided training to some officials.\n")
    got = {(r.measure, r.data_year, r.value) for r in extract_tip(text, 2015).enforcement}
    assert got == {("victims_identified", 2014, 23), ("investigations", 2014, 14)}


def test_victims_among_one_population_are_a_part_of_the_total() -> None:
    assert rows("The government identified 30 trafficking victims. Authorities identified two "
                "asylum-seekers as trafficking victims.", 2020, "PROTECTION") == {
        ("victims_identified", 2019, 30)}


def test_people_never_called_victims_are_not_victims() -> None:
    # "organization" names no form of trafficking (organ trafficking would)
    assert rows("Police and an international organization identified at least 90 children who "
                "left armed groups in 2019 (80 in 2018).", 2020, "PROTECTION") == set()
    assert rows("Police identified 25 children exploited in forced begging in 2019.", 2020,
                "PROTECTION") == {("victims_identified_children", 2019, 25)}


def test_victims_identified_by_a_body_as_the_subject_of_another_verb() -> None:
    assert rows("Police identified 20 victims in 2019. Five child victims identified by the "
                "welfare institute received services.", 2020, "PROTECTION") == {
        ("victims_identified", 2019, 20)}


def test_care_and_a_service_in_the_singular_given_to_victims() -> None:
    assert rows("The women's service provided shelter and legal service to 16 victims.", 2021,
                "PROTECTION") == {("victims_assisted", 2020, 16)}


def test_care_given_to_the_victims_of_a_kind_counted_before() -> None:
    got = rows("In 2020, the government identified 11 victims, including nine labor trafficking "
               "victims and two sex trafficking victims. The government provided medical "
               "assistance, counseling, and victim support to the two victims of sex "
               "trafficking.", 2021, "PROTECTION")
    assert ("victims_assisted_sex_trafficking", 2020, 2) in got
    assert not {r for r in got if r[0] == "victims_assisted"}


def test_victims_a_verb_counts_named_by_a_participle_after_them() -> None:
    """The verb before the figure says what was done; "identified by NGOs" says who they are."""
    assert rows("The government provided assistance to 14 victims identified by the police.",
                2020, "PROTECTION") == {("victims_assisted", 2019, 14)}


def test_victims_identified_as_the_subject_of_another_verb_without_an_agent() -> None:
    assert rows("The government did not report if the other 11 victims identified received "
                "government or NGO services.", 2021, "PROTECTION") == set()


def test_victims_a_verb_counts_that_ngos_identified_are_the_ngos_count_too() -> None:
    assert rows("The government provided assistance to 14 victims identified by local NGOs.",
                2020, "PROTECTION") == {
        ("victims_assisted", 2019, 14), ("victims_identified_ngo", 2019, 14)}


def test_counts_told_apart_by_the_kind_of_service_are_parts() -> None:
    got = rows("The government identified 80 victims. Of the 80 identified victims, the "
               "government provided 30 victims with emergency assistance and 50 with long-term "
               "assistance in 2019 (compared to providing 20 with emergency assistance and 41 "
               "with long-term assistance in 2018). The government provided repatriation "
               "assistance to 12 victims.", 2020, "PROTECTION")
    assert got == {("victims_identified", 2019, 80)}
    # one kind of service given to a count is the count assisted
    assert rows("The government provided the four victims with medical and psychological "
                "assistance.", 2020, "PROTECTION") == {("victims_assisted", 2019, 4)}


def test_the_only_one_printed_of_one_kind_is_also_the_total() -> None:
    assert rows("The government prosecuted and convicted one sex trafficker under the penal "
                "code. This compared with prosecuting and convicting one sex trafficker during "
                "the previous reporting period.", 2023) == {
        ("prosecutions", 2022, 1), ("prosecutions_sex_trafficking", 2022, 1),
        ("convictions", 2022, 1), ("convictions_sex_trafficking", 2022, 1),
        ("prosecutions", 2021, 1), ("prosecutions_sex_trafficking", 2021, 1),
        ("convictions", 2021, 1), ("convictions_sex_trafficking", 2021, 1)}
    # several of one kind are no total: other kinds may have gone unprinted
    assert rows("The government convicted six sex traffickers.", 2023) == {
        ("convictions_sex_trafficking", 2022, 6)}
    # several for crimes against children, the only count: what they were all for
    assert rows("The government secured eight convictions for child trafficking crimes.",
                2023) == {("convictions", 2022, 8), ("convictions_children", 2022, 8)}
    assert rows("The government convicted eight child traffickers.", 2023) == {
        ("convictions_children", 2022, 8)}


def test_victim_status_granted_is_identification() -> None:
    assert rows("Of the 80 referrals, the government granted official trafficking victim status "
                "to 61 individuals. Of the 61 identified victims, 40 were victims of sex "
                "trafficking and 21 were victims of forced labor.", 2020, "PROTECTION") == {
        ("victims_identified", 2019, 61), ("victims_identified_sex_trafficking", 2019, 40),
        ("victims_identified_labor_trafficking", 2019, 21)}


def test_a_zero_like_the_year_before_and_a_verb_of_the_same_object() -> None:
    assert rows("Similar to the previous reporting period, the government did not report "
                "identifying any trafficking victims or referring them to services.", 2020,
                "PROTECTION") == {
        ("victims_identified", 2019, 0), ("victims_identified", 2018, 0),
        ("victims_referred", 2019, 0), ("victims_referred", 2018, 0)}


def test_expatriates_are_foreign() -> None:
    assert rows("The government reported assisting 40 potential trafficking victims in its "
                "shelters, all of whom were expatriate workers.", 2020, "PROTECTION") == {
        ("victims_assisted", 2019, 40), ("victims_assisted_foreign", 2019, 40)}


def test_money_disbursed_as_one_payment_of_an_amount() -> None:
    assert rows("The government disbursed only one payment of approximately $3,940 to the NGO "
                "during the reporting period.", 2021, "PROTECTION") == {
        ("victim_assistance_funding", 2020, 3940)}


def test_funding_of_an_amount_in_the_protection_section() -> None:
    assert rows("The government continued to provide funding of 14 million rupees ($409,960) "
                "for several anti-trafficking NGOs and a drop-in center.", 2021,
                "PROTECTION") == {("victim_assistance_funding", 2020, 409960)}


def test_money_of_the_protection_section_told_by_its_opener_or_as_a_budget_of() -> None:
    text = ("The government maintained efforts in victim protection. In 2018, the government "
            "budgeted 9.5 million dinars ($90,120) for the operation of the center.\n")
    got = {(r.measure, r.data_year, r.value) for r in extract_tip(text, 2020).enforcement}
    assert got == {("victim_assistance_funding", 2018, 90120)}
    assert rows("The government allocated a budget of 2 million riyal ($549,450) for the "
                "villas.", 2020, "PROTECTION") == {("victim_assistance_funding", 2019, 549450)}


def test_sexual_and_labor_trafficking_together_are_neither_kind() -> None:
    assert rows("The government prosecuted 40 suspected traffickers (30 for sex trafficking, "
                "six for labor trafficking, and four for both sexual and labor trafficking).",
                2020) == {
        ("prosecutions", 2019, 40), ("prosecutions_sex_trafficking", 2019, 30),
        ("prosecutions_labor_trafficking", 2019, 6)}


def test_none_opening_a_comparison_parenthesis_is_a_zero() -> None:
    assert rows("The government identified 20 victims (26 in 2018); two were child victims "
                "(none in 2018).", 2020, "PROTECTION") == {
        ("victims_identified", 2019, 20), ("victims_identified", 2018, 26),
        ("victims_identified_children", 2019, 2), ("victims_identified_children", 2018, 0)}


def test_all_victims_counted_again_as_the_subject_of_a_passive() -> None:
    assert rows("Authorities identified 120 victims, compared with 150 in 2019; all 120 were "
                "referred to shelters for assistance.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 120), ("victims_identified", 2019, 150),
        ("victims_referred", 2020, 120)}


def test_all_victims_counted_again_by_another_verb_and_its_comparison() -> None:
    got = rows("The government identified 60 trafficking victims in 2019. The government "
               "reported referring all victims to care compared with 35 victims referred in the "
               "previous reporting period. The law required officials to refer all potential "
               "victims to shelters.", 2020, "PROTECTION")
    assert got == {("victims_identified", 2019, 60), ("victims_referred", 2019, 60),
                   ("victims_referred", 2018, 35)}


def test_a_count_of_another_status_beside_the_total() -> None:
    assert rows("The government identified 40 trafficking victims in 2019. The government also "
                "identified 900 potential trafficking victims, which it referred to services.",
                2020, "PROTECTION") == {("victims_identified", 2019, 40)}


def test_victims_from_another_country_are_foreign() -> None:
    assert rows("The ministry assisted 11 trafficking victims from Nepal in 2019.", 2020,
                "PROTECTION", country="IND") == {
        ("victims_assisted", 2019, 11), ("victims_assisted_foreign", 2019, 11)}
    assert rows("The ministry assisted 11 trafficking victims from India in 2019.", 2020,
                "PROTECTION", country="IND") == {("victims_assisted", 2019, 11)}


def test_the_object_of_a_verb_of_exploitation_is_a_part_of_the_victims() -> None:
    assert rows("The government reported identifying 61 victims in 2019; traffickers exploited "
                "40 in forced labor and 21 in sex trafficking.", 2020, "PROTECTION") == {
        ("victims_identified", 2019, 61), ("victims_identified_labor_trafficking", 2019, 40),
        ("victims_identified_sex_trafficking", 2019, 21)}
    # a count of traffickers has no such parts
    assert rows("The government prosecuted 12 suspects who had exploited 30 in forced labor.",
                2020) == {("prosecutions", 2019, 12)}


def test_all_of_them_and_all_set_beside_a_count() -> None:
    assert rows("Police identified 230 potential victims and referred all of them to services.",
                2020, "PROTECTION") == {
        ("victims_identified", 2019, 230), ("victims_referred", 2019, 230)}
    assert rows("Courts convicted nine traffickers in 2019—all for sex trafficking—compared "
                "with four convictions in 2018.", 2020) == {
        ("convictions", 2019, 9), ("convictions_sex_trafficking", 2019, 9),
        ("convictions", 2018, 4)}
    assert rows("The government identified 27 victims, all women exploited in sex "
                "trafficking.", 2020, "PROTECTION") == {
        ("victims_identified", 2019, 27), ("victims_identified_sex_trafficking", 2019, 27)}


def test_parts_after_the_year_and_a_semicolon_and_of_whom_after_a_comparison() -> None:
    assert rows("The government initiated 44 prosecutions in 2019; 30 for sex trafficking, "
                "12 for labor trafficking, and two for both forms.", 2020) == {
        ("prosecutions", 2019, 44), ("prosecutions_sex_trafficking", 2019, 30),
        ("prosecutions_labor_trafficking", 2019, 12)}
    assert rows("Authorities identified 56 victims in 2019 (46 in 2018), 33 of whom were "
                "children.", 2020, "PROTECTION") == {
        ("victims_identified", 2019, 56), ("victims_identified", 2018, 46),
        ("victims_identified_children", 2019, 33)}


def test_a_denial_going_on_with_another_verb_and_object() -> None:
    assert rows("The government did not initiate any sex trafficking prosecutions or obtain any "
                "convictions in 2019, compared with two prosecutions and one conviction in "
                "2018.", 2020) == {
        ("prosecutions_sex_trafficking", 2019, 0), ("convictions", 2019, 0),
        ("prosecutions", 2018, 2), ("convictions", 2018, 1)}


def test_of_the_n_opening_an_excerpt_is_where_the_count_is_given() -> None:
    assert rows("Of the 35 cases investigated, police referred 20 to prosecutors.", 2020) == {
        ("investigations", 2019, 35)}
    # given before, it is not read again
    assert rows("Police investigated 35 cases. Of the 35 cases investigated, 20 involved forced "
                "labor.", 2020) == {
        ("investigations", 2019, 35), ("investigations_labor_trafficking", 2019, 20)}


def test_n_of_the_m_defendants_prosecuted() -> None:
    assert rows("Courts convicted 33 of the 47 defendants prosecuted in 2019.", 2020) == {
        ("convictions", 2019, 33), ("prosecutions", 2019, 47)}
    assert rows("Prosecutors indicted 47 defendants in 2019. Courts convicted 33 of the 47 "
                "defendants prosecuted in 2019.", 2020) == {("convictions", 2019, 33),
                                                            ("prosecutions", 2019, 47)}


def test_bare_counts_of_other_referrers_take_the_counted_noun_not_the_last_word() -> None:
    got = rows("The government referred 150 potential victims to the center in 2019; social "
               "welfare organizations referred 42, and NGOs referred 27.", 2020, "PROTECTION")
    assert got == {("victims_referred", 2019, 150), ("victims_referred_ngo", 2019, 27)}


def test_figures_respectively_for_the_years_listed_before_them() -> None:
    assert rows("In 2019 and 2018, the government convicted four and six traffickers, "
                "respectively.", 2020) == {("convictions", 2019, 4), ("convictions", 2018, 6)}


def test_a_dollar_amount_dated_after_its_closing_parenthesis() -> None:
    assert rows("The government provided 1.1 million euros ($1.2 million) for victim assistance "
                "in 2019 and 1 million euros ($1.1 million) in 2018.", 2020, "PROTECTION") == {
        ("victim_assistance_funding", 2019, 1200000),
        ("victim_assistance_funding", 2018, 1100000)}


def test_a_verb_with_no_offenses_is_a_stated_zero() -> None:
    assert rows("Unlike the year before, the government prosecuted no trafficking offenses.") == {
        ("prosecutions", 2020, 0)}


def test_a_denial_of_any_offenses_is_a_stated_zero() -> None:
    assert rows("The government did not prosecute any trafficking offenses or convict any "
                "traffickers.") == {("prosecutions", 2020, 0), ("convictions", 2020, 0)}


def test_a_verb_with_no_and_a_zero_for_consecutive_years() -> None:
    assert rows("The government convicted no traffickers in 2019, compared with two in 2018.",
                2020) == {("convictions", 2019, 0), ("convictions", 2018, 2)}
    assert rows("The government did not report any trafficking convictions for the third "
                "consecutive year.", 2020) == {("convictions", 2019, 0)}


def test_services_offered_shelters_housing_and_a_part_named_by_its_whole() -> None:
    assert rows("The government offered assistance to 40 victims.", 2020, "PROTECTION") == {
        ("victims_assisted", 2019, 40)}
    assert rows("Government shelters accommodated 55 victims in 2019.", 2020,
                "PROTECTION") == set()
    assert rows("Government shelters supported 55 victims in 2019.", 2020, "PROTECTION") == {
        ("victims_assisted", 2019, 55)}
    assert rows("The government identified 25 victims. It referred 19 of the 25 identified "
                "victims to NGO shelters.", 2020, "PROTECTION") == {
        ("victims_identified", 2019, 25), ("victims_referred", 2019, 19)}


def test_some_of_a_count_counted_by_another_verb() -> None:
    assert rows("Authorities reported identifying 45 victims, 30 of whom they referred to "
                "shelters.", 2020, "PROTECTION") == {
        ("victims_identified", 2019, 45), ("victims_referred", 2019, 30)}
    assert rows("Authorities identified 45 victims, 30 of whom were referred to shelters and 14 "
                "of whom were children.", 2020, "PROTECTION") == {
        ("victims_identified", 2019, 45), ("victims_referred", 2019, 30),
        ("victims_identified_children", 2019, 14)}


def test_a_compared_figure_counts_what_its_own_noun_names() -> None:
    assert rows("Courts convicted five traffickers and acquitted two, compared with seven "
                "convictions and no acquittals in 2018.", 2020) == {
        ("convictions", 2019, 5), ("acquittals", 2019, 2), ("convictions", 2018, 7),
        ("acquittals", 2018, 0)}


def test_the_victim_after_a_count_of_one_is_that_one() -> None:
    """"identified one child sex trafficking victim ...; police assisted the victim to return
    to her family": the one victim is counted as assisted too; not after a count of more."""
    assert rows("The government identified one child sex trafficking victim; police assisted "
                "the victim to return to her family.", 2022, "PROTECTION") == {
        ("victims_identified", 2021, 1), ("victims_identified_children", 2021, 1),
        ("victims_assisted", 2021, 1)}
    assert rows("The government identified 12 victims; police assisted the victim of one case "
                "to return home.", 2022, "PROTECTION") == {("victims_identified", 2021, 12)}


def test_them_referred_convictions_of_and_cases_being_prosecuted() -> None:
    assert rows("Authorities identified 90 victims in 2019 and referred them to NGO-run "
                "shelters.", 2020, "PROTECTION") == {
        ("victims_identified", 2019, 90), ("victims_referred", 2019, 90)}
    # a pronoun with no count of its own sentence names no count
    assert rows("The government identified 36 victims. It had no procedures for screening "
                "migrants and referring them to services.", 2020, "PROTECTION") == {
        ("victims_identified", 2019, 36)}
    assert rows("The government reported 11 investigations, resulting in the prosecution of "
                "nine and the conviction of five trafficking offenders.", 2020) == {
        ("investigations", 2019, 11), ("prosecutions", 2019, 9), ("convictions", 2019, 5)}
    assert rows("Authorities reported that 15 trafficking cases were under investigation and "
                "eight cases were being prosecuted.", 2020) == {
        ("investigations", 2019, 15), ("prosecutions", 2019, 8)}


def test_more_than_double_the_figure_of_another_year_is_a_comparison() -> None:
    assert rows("The government identified 310 victims, more than double the 140 identified in "
                "2018.", 2020, "PROTECTION") == {
        ("victims_identified", 2019, 310), ("victims_identified", 2018, 140)}


def test_a_number_where_the_excerpt_is_cut_is_not_read() -> None:
    for cut in ("12", "1,2"):
        text = f"X (Tier 2)\n\nPROSECUTION\nPolice investigated 45 cases. Courts convicted {cut}"
        out = extract_tip(text, 2020)
        assert {(r.measure, r.value) for r in out.enforcement} == {("investigations", 45)}
        assert any("not read" in w for w in out.warnings)


def test_a_count_whose_kind_the_excerpt_cuts_is_not_read() -> None:
    """"and three for forc": what the three are of is cut off, so they are no count of the
    total either; with the sentence whole they are the labor trafficking count."""
    text = ("X (Tier 2)\n\nPROSECUTION\nOfficials ran two hotlines. Police reported two "
            "investigations for sex trafficking, a decrease from the nine investigations in 2019 "
            "six for sex trafficking and three for forc")
    assert {(r.measure, r.data_year, r.value)
            for r in extract_tip(text, 2021).enforcement} == {
        ("investigations", 2020, 2), ("investigations_sex_trafficking", 2020, 2),
        ("investigations", 2019, 9), ("investigations_sex_trafficking", 2019, 6)}
    # cut in its kind, a count still names whom it is of: one of two parts of children
    text = ("X (Tier 2)\n\nPROSECUTION\nOfficials ran two hotlines. Police opened 40 "
            "investigations in 2020 – 20 cases of forced labor, nine cases of child begging, six "
            "cases of child forced cri")
    assert {(r.measure, r.value) for r in extract_tip(text, 2021).enforcement} == {
        ("investigations", 40), ("investigations_labor_trafficking", 20)}
    assert rows("Police opened nine investigations in 2020, six for sex trafficking and three "
                "for forced labor.", 2021) == {
        ("investigations", 2020, 9), ("investigations_sex_trafficking", 2020, 6),
        ("investigations_labor_trafficking", 2020, 3)}


def test_a_change_of_a_measure_its_subject_names() -> None:
    assert rows("Convictions decreased from 14 in 2018 to nine in 2019.", 2020) == {
        ("convictions", 2018, 14), ("convictions", 2019, 9)}
    assert rows("The number of identified victims rose from 45 to 71.", 2020, "PROTECTION") == {
        ("victims_identified", 2018, 45), ("victims_identified", 2019, 71)}
    # a subject naming no measure names none
    assert rows("Calls to the hotline rose from 40 to 60.", 2020, "PROTECTION") == set()


def test_a_bare_comparison_with_coordinated_verbs_of_its_own() -> None:
    assert rows("The government identified and assisted 14 victims, compared with identifying "
                "and assisting nine in 2018.", 2020, "PROTECTION") == {
        ("victims_identified", 2019, 14), ("victims_assisted", 2019, 14),
        ("victims_identified", 2018, 9), ("victims_assisted", 2018, 9)}


def test_counts_a_total_given_after_them_closes_are_its_parts() -> None:
    body = ("The labor office identified 12 victims, compared with ten in 2018. Of these, "
            "four were victims of forced labor. Five of the 12 victims received shelter. "
            "The border police identified 30 victims. Therefore, in total, the government "
            "identified 42 victims in 2019.")
    assert rows(body, 2020, "PROTECTION") == {("victims_identified", 2019, 42)}
    # a later count that is not their sum, and not marked as a total, closes nothing
    assert rows("The labor office identified 12 victims. The border police identified 30 "
                "victims. The government identified 50 victims.", 2020, "PROTECTION") >= {
        ("victims_identified", 2019, 30)}


def test_a_stated_zero_before_a_hedged_count_is_still_read() -> None:
    assert rows("Although the government did not initiate any criminal prosecutions against "
                "traffickers, it fined two captains found harboring foreign persons - some of "
                "whom may have been trafficking victims - aboard their boats.", 2012) == {
        ("prosecutions", 2011, 0)}


def test_a_number_in_words_after_a_law_number_is_a_count() -> None:
    assert rows("Authorities prosecuted two traffickers under Section 154-1 (three in 2019).",
                2021) == {("prosecutions", 2020, 2), ("prosecutions", 2019, 3)}


def test_money_to_fund_a_shelter_in_a_text_without_headings() -> None:
    text = ("X (Tier 2)\n\nThe government also allocated $40,000 to partially fund an NGO-run "
            "trafficking shelter in 2019.\n")
    assert [(r.measure, r.data_year, r.value) for r in extract_tip(text, 2020).enforcement] == [
        ("victim_assistance_funding", 2019, 40000)]


def test_a_part_with_its_own_comparison_after_a_comparison_is_of_the_years_count() -> None:
    assert rows("Police identified 30 victims, compared with 20 in 2019, of which five were "
                "foreign nationals (eight in 2019).", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 30), ("victims_identified", 2019, 20),
        ("victims_identified_foreign", 2020, 5), ("victims_identified_foreign", 2019, 8)}


def test_a_hedged_count_of_its_own_clause_and_a_zero_of_one_population() -> None:
    assert rows("Separately, an NGO identified 15 forced labor victims; and a labor union "
                "identified 40 foreign workers in exploitative situations, which may have "
                "included labor trafficking.", 2023, "PROTECTION") == {
        ("victims_identified_labor_trafficking_ngo", 2022, 15)}
    assert rows("The government identified 29 victims. The government did not identify any "
                "trafficking victims among foreign interns.", 2023, "PROTECTION") == {
        ("victims_identified", 2022, 29)}


def test_an_agencys_additional_count_beside_a_total_and_with_none() -> None:
    got = rows("The government reported identifying 700 victims in 2018, compared to 600 in "
               "2017. The Ministry of Foreign Relations identified and provided support to an "
               "additional 800 victims abroad, compared to 190 forced labor victims abroad in "
               "2017.", 2019, "PROTECTION")
    # the support to victims abroad is one channel's count, no count of the year's either
    assert got == {("victims_identified", 2018, 700), ("victims_identified", 2017, 600)}


def test_no_reports_of_victims_assisted_or_offenders_prosecuted() -> None:
    assert rows("Overall, there were no reports of victims assisted or trafficking offenders "
                "prosecuted and punished.", 2012, "PROTECTION") == {
        ("victims_assisted", 2011, 0), ("prosecutions", 2011, 0)}


def test_defendants_in_a_comparison_list_for_a_year_with_no_other_count() -> None:
    assert rows("The government reported 12 prosecutions compared with five prosecutions with "
                "14 defendants in 2018, 20 defendants in 2017, and 30 in 2016.", 2020) == {
        ("prosecutions", 2019, 12), ("prosecutions", 2018, 5), ("prosecutions", 2017, 20),
        ("prosecutions", 2016, 30)}


def test_one_courts_convictions_are_the_count_unless_the_year_has_another() -> None:
    assert rows("The government initiated two prosecutions. A court convicted and sentenced "
                "one trafficker to 20 years' imprisonment, the same as the previous reporting "
                "period.", 2023) == {
        ("prosecutions", 2022, 2), ("convictions", 2022, 1), ("convictions", 2021, 1)}
    assert rows("The government convicted five traffickers. A court convicted two traffickers "
                "in one case.", 2023) == {("convictions", 2022, 5)}
    assert rows("A court sentenced one trafficker to six years in prison.", 2023) == set()


def test_a_count_under_one_numbered_provision_is_a_part_beside_the_years_count() -> None:
    assert rows("Officials identified 90 victims in 2022 (70 in 2021). Under section 12, "
                "authorities identified 40 victims; this compared with 35 victims in 2021.",
                2023, "PROTECTION") == {
        ("victims_identified", 2022, 90), ("victims_identified", 2021, 70)}
    assert rows("Under section 12, authorities identified 40 victims; this compared with 35 "
                "victims in 2021.", 2023, "PROTECTION") == {
        ("victims_identified", 2022, 40), ("victims_identified", 2021, 35)}


def test_parts_of_a_count_named_by_its_value_and_the_remaining_ones() -> None:
    assert rows("Police identified 30 victims in 2020. Twelve of the 30 victims, including two "
                "children, were exploited in forced labor, while the remaining 18, five of whom "
                "were children, were identified as victims of sex trafficking.", 2021,
                "PROTECTION") == {
        ("victims_identified", 2020, 30), ("victims_identified_labor_trafficking", 2020, 12),
        ("victims_identified_sex_trafficking", 2020, 18)}


def test_the_cases_of_an_investigation_count_referred_again() -> None:
    assert rows("In 2019, police reported four investigations involving forced begging and "
                "referred the cases to the prosecutor's office.", 2020) == {
        ("investigations", 2019, 4), ("cases_referred", 2019, 4)}


def test_a_subject_naming_the_count_again_opens_its_parts() -> None:
    assert rows("Police identified 205 victims in 2022. The 205 victims identified included 80 "
                "men and 125 women; 37 child victims; 150 Kenyan and 55 foreign nationals; and "
                "90 victims of forced labor and 115 victims of sex trafficking.", 2023,
                "PROTECTION") == {
        ("victims_identified", 2022, 205), ("victims_identified_children", 2022, 37),
        ("victims_identified_foreign", 2022, 55),
        ("victims_identified_labor_trafficking", 2022, 90),
        ("victims_identified_sex_trafficking", 2022, 115)}
    assert rows("Police identified 45 victims in 2021. The 45 victims, 12 of whom were children, "
                "included 30 victims of sex trafficking and 15 of forced labor.", 2022,
                "PROTECTION") == {
        ("victims_identified", 2021, 45), ("victims_identified_children", 2021, 12),
        ("victims_identified_sex_trafficking", 2021, 30),
        ("victims_identified_labor_trafficking", 2021, 15)}


def test_parts_of_another_count_named_by_its_value_are_not_the_totals() -> None:
    assert rows("The ministry identified 84 victims in 2022. Of the 84 victims, 30 were "
                "nationals first identified at the border. Of these 30 people, six were victims "
                "of sexual exploitation.", 2023, "PROTECTION") == {
        ("victims_identified", 2022, 84)}


def test_a_predicate_after_a_comma_has_the_subject_of_the_clause_before() -> None:
    assert rows("The government did not fund any shelters, did not adopt its identification "
                "guidelines, and did not identify any trafficking victims in 2022.", 2023,
                "PROTECTION") == {("victims_identified", 2022, 0)}
    assert rows("An NGO identified 14 victims in 2022, and did not refer any victims to the "
                "police.", 2023, "PROTECTION") == {
        ("victims_identified_ngo", 2022, 14), ("victims_referred_ngo", 2022, 0)}


def test_two_denials_in_one_sentence_each_with_its_own_years() -> None:
    assert rows("Authorities did not open any investigations and did not secure a single "
                "trafficking conviction for the third consecutive year.", 2020) == {
        ("investigations", 2019, 0), ("convictions", 2019, 0)}


def test_a_denial_goes_on_to_another_verb_and_object() -> None:
    assert rows("The government did not arrest any suspects or convict any traffickers, "
                "compared with four convictions in 2018.", 2020) == {
        ("convictions", 2019, 0), ("convictions", 2018, 4)}
    assert rows("While police reported several investigations, the government did not bring any "
                "cases to trial or convict any traffickers.", 2020) == {
        ("prosecutions", 2019, 0), ("convictions", 2019, 0)}
    assert rows("Officials did not open any investigations, nor did they convict any "
                "traffickers.", 2020) == {("investigations", 2019, 0), ("convictions", 2019, 0)}


def test_a_denied_noun_takes_the_kind_named_after_it() -> None:
    assert rows("Courts convicted four forced labor offenders, but authorities could not confirm "
                "any convictions for sex trafficking offenders.", 2020) == {
        ("convictions", 2019, 4), ("convictions_labor_trafficking", 2019, 4),
        ("convictions_sex_trafficking", 2019, 0)}
    assert rows("There were no prosecutions for labor trafficking in 2019.", 2020) == {
        ("prosecutions_labor_trafficking", 2019, 0)}


def test_a_zero_beside_a_count_of_the_same_year_is_about_a_part() -> None:
    assert rows("Authorities convicted 31 traffickers in 2019 but did not convict any traffickers "
                "associated with exploiting migrant farm workers.", 2020) == {
        ("convictions", 2019, 31)}


def test_a_zero_about_the_operations_named_before_is_not_the_years() -> None:
    assert rows("Labor inspectors conducted 2,400 raids on factories in 2019, but did not identify "
                "any forced labor victims during these raids.", 2020, "PROTECTION") == set()
    assert rows("Police raided bars in 2019; however, the government did not report identifying "
                "any victims or opening any investigations based on such efforts.", 2020) == set()
    assert rows("The government did not report opening any investigations in 2019.", 2020) == {
        ("investigations", 2019, 0)}
    assert rows("Officials have never identified a victim of forced labor as a result of the "
                "roadside labor checks run at border posts.", 2021, "PROTECTION") == set()
    assert rows("The government did not convict any traffickers as a result of the court "
                "closures.", 2021) == {("convictions", 2020, 0)}


def test_a_zero_through_the_one_channel_named_before_is_not_the_years() -> None:
    """"did not report identifying any victims through this office": none found by the one
    channel the sentence named, not none in the year; "at this time" is a time, not a channel."""
    assert rows("Officials screened returning migrants at a border transit center in 2019; "
                "however, they did not report identifying any victims through this office.",
                2020, "PROTECTION") == set()
    assert rows("The government did not report identifying any victims at this time.", 2020,
                "PROTECTION") == {("victims_identified", 2019, 0)}


def test_money_only_in_part_for_victims_is_no_victim_funding() -> None:
    """"a fund ... of $900,000 earmarked in part for assistance to trafficking victims": the
    share for victims is not said; the whole amount given for them is their funding."""
    assert rows("In 2019, the government established a fund that collected approximately "
                "$900,000 earmarked in part for assistance to trafficking victims.", 2020,
                "PROTECTION") == set()
    assert rows("In 2019, the government allocated $900,000 for assistance to trafficking "
                "victims.", 2020, "PROTECTION") == {("victim_assistance_funding", 2019, 900000)}


def test_a_comparison_after_some_of_a_count_said_of_a_kind_is_no_total() -> None:
    """"30 of 80 defendants prosecuted in 2019 were for forced labor, compared with four
    defendants in 2018": the four may be of forced labor too, so no total prosecutions."""
    assert rows("Labor cases rose in 2019 (30 of 80 defendants prosecuted in 2019 were for "
                "forced labor, compared with four defendants in 2018).", 2020) == {
        ("prosecutions", 2019, 80), ("prosecutions_labor_trafficking", 2019, 30)}
    assert rows("The government prosecuted 80 defendants in 2019, compared with 60 defendants "
                "in 2018.", 2020) == {("prosecutions", 2019, 80), ("prosecutions", 2018, 60)}


def test_referrals_to_the_body_that_identifies_victims_are_referrals() -> None:
    """After "referred potential victims to the centre, which was empowered to formally identify
    victims", the potential victims the government and civil society referred are referrals,
    as the keys read them (by their meaning, "potential_victims_referred")."""
    said = ("First responders referred potential victims to the national centre, which was "
            "empowered to formally identify victims. ")
    counts = ("The government referred 20 potential victims and civil society referred 30 "
              "potential victims (12 were children), compared to 25 potential victims referred "
              "by the government in 2018.")
    expected = {("victims_referred", 2019, 50), ("victims_referred_children", 2019, 12),
                ("victims_referred", 2018, 25)}
    assert figures(counts, 2020, "PROTECTION") == expected
    assert figures(said + counts, 2020, "PROTECTION") == expected


def test_a_compared_count_of_one_sex_takes_no_kind_of_another_part() -> None:
    """"four were children (two in 2018); and three were female (five females in 2018)": the
    five are females, not children of 2018, nor any count of a measure."""
    assert rows("The government identified eight victims in 2019 (nine in 2018). Of these, four "
                "were children (two in 2018); and three were female (five females in 2018).",
                2020, "PROTECTION") == {
        ("victims_identified", 2019, 8), ("victims_identified", 2018, 9),
        ("victims_identified_children", 2019, 4), ("victims_identified_children", 2018, 2)}


def test_victims_a_relative_clause_picks_out_are_no_count_of_the_year() -> None:
    """"identified three victims in 2019 who crossed the border on foot": some of the
    victims; a clause naming their kind or what they received says something of all of them."""
    assert rows("Authorities identified three victims in 2019 who crossed the border on foot.",
                2020, "PROTECTION") == set()
    assert rows("In 2019, authorities identified 30 victims who received shelter and counseling.",
                2020, "PROTECTION") == {("victims_identified", 2019, 30)}
    assert rows("Officials identified and referred 65 child victims to shelters that provided "
                "medical care in 2019.", 2020, "PROTECTION") == {
        ("victims_identified_children", 2019, 65), ("victims_referred_children", 2019, 65)}


def test_the_kind_said_of_some_of_a_count_is_not_the_counts() -> None:
    """"30 of the 80 defendants prosecuted were for forced labor": the kind is the 30's, not
    the 80's; a comparison after it may compare either, so it is no count."""
    assert rows("In 2019, 30 of the 80 defendants prosecuted were for forced labor.", 2020) == {
        ("prosecutions", 2019, 80), ("prosecutions_labor_trafficking", 2019, 30)}
    assert rows("In 2019, 30 of 80 defendants prosecuted were for forced labor, compared with "
                "four defendants in 2018.", 2020) == {
        ("prosecutions", 2019, 80), ("prosecutions_labor_trafficking", 2019, 30)}


def test_a_comparison_after_a_part_said_of_a_kind_is_no_total() -> None:
    """"Of the 80 defendants prosecuted in 2019, 30 were for forced labor, compared with four in
    2018": the four are of forced labor too, not the count; "including 30 children, compared
    with 60 in 2018" compares the count, with no clause of the part between."""
    assert rows("Of the 80 defendants prosecuted in 2019, 30 were for forced labor, compared "
                "with four in 2018.", 2020) == {
        ("prosecutions", 2019, 80), ("prosecutions_labor_trafficking", 2019, 30),
        ("prosecutions_labor_trafficking", 2018, 4)}
    assert rows("The government identified 100 victims in 2019, including 30 children, compared "
                "with 60 in 2018.", 2020, "PROTECTION") == {
        ("victims_identified", 2019, 100), ("victims_identified_children", 2019, 30),
        ("victims_identified", 2018, 60)}


def test_the_children_among_a_count_of_one_kind_are_neither_split() -> None:
    assert figures("Police identified 60 victims of forced labor, including 11 children, and 40 "
                   "sex trafficking victims, 25 of whom were children.", 2020, "PROTECTION") == {
        ("victims_identified", 2019, 100), ("victims_identified_labor_trafficking", 2019, 60),
        ("victims_identified_sex_trafficking", 2019, 40)}


def test_victims_of_the_countrys_own_nationality_are_a_part_of_the_total() -> None:
    assert rows("The government identified 120 victims in 2022. Police identified only two "
                "Nepali victims of labor trafficking in 2022.", 2023, "PROTECTION",
                country="NPL") == {("victims_identified", 2022, 120)}
    assert rows("Police identified only two Nepali victims in 2022.", 2023, "PROTECTION",
                country="NPL") == {("victims_identified", 2022, 2)}


def test_bare_counts_dated_by_their_participle() -> None:
    assert rows("Officials identified 88 victims in 2021. This continued a decline from earlier "
                "years (140 identified in 2020; 212 identified in 2019).", 2022, "PROTECTION") == {
        ("victims_identified", 2021, 88), ("victims_identified", 2020, 140),
        ("victims_identified", 2019, 212)}


def test_a_kind_that_shares_the_next_figures_noun() -> None:
    assert rows("Authorities identified 41 victims (15 sex and 26 labor trafficking victims) in "
                "2019.", 2020, "PROTECTION") == {
        ("victims_identified", 2019, 41), ("victims_identified_sex_trafficking", 2019, 15),
        ("victims_identified_labor_trafficking", 2019, 26)}


def test_forms_of_a_parts_own_kind_are_not_split_counts() -> None:
    assert rows("Of the 300 victims identified, 40 were sex trafficking victims and 260 were "
                "labor trafficking victims (including 200 for forced labor and 60 for forced "
                "begging).", 2023, "PROTECTION") == {
        ("victims_identified", 2022, 300), ("victims_identified_sex_trafficking", 2022, 40),
        ("victims_identified_labor_trafficking", 2022, 260)}


def test_a_part_of_one_sex_and_one_kind_is_not_the_kinds_count() -> None:
    assert rows("Authorities identified 210 victims (150 victims of sex trafficking and 60 of "
                "forced labor). Of the 210 victims, 90 were children, and 70 were girl sex "
                "trafficking victims.", 2023, "PROTECTION") == {
        ("victims_identified", 2022, 210), ("victims_identified_sex_trafficking", 2022, 150),
        ("victims_identified_labor_trafficking", 2022, 60),
        ("victims_identified_children", 2022, 90)}


def test_parts_of_a_count_set_aside_are_set_aside_with_it() -> None:
    assert rows("Police identified 75 victims in 2019, 20 of whom were children. Border officials "
                "identified 300 possible victims among migrants in 2019 (45 were children).",
                2020, "PROTECTION") == {
        ("victims_identified", 2019, 75), ("victims_identified_children", 2019, 20)}


def test_victims_of_a_kind_no_split_names_are_a_part() -> None:
    assert rows("Police identified 140 victims of domestic servitude (90 in 2019) and 55 victims "
                "of forced labor (40 in 2019).", 2021, "PROTECTION") == {
        ("victims_identified_labor_trafficking", 2020, 55),
        ("victims_identified_labor_trafficking", 2019, 40)}
    assert rows("Officers identified 210 victims of \"non-sexual trafficking\" and 64 victims "
                "of sex trafficking, including 20 children (58 victims in 2019).", 2021,
                "PROTECTION") == {
        ("victims_identified_sex_trafficking", 2020, 64),
        ("victims_identified_sex_trafficking", 2019, 58)}
    assert rows("Police identified 40 victims of non-sexual exploitation and 12 victims of sexual "
                "exploitation in 2021.", 2022, "PROTECTION") == {
        ("victims_identified_sex_trafficking", 2021, 12)}


def test_victims_of_one_reach_are_read_as_the_words_before_the_noun_read_them() -> None:
    """The reach of "victims of transnational trafficking" is not a form of trafficking: the
    count is read as "transnational trafficking victims" is, unlike a form no split names."""
    assert rows("Authorities identified 310 potential victims of transnational trafficking "
                "(160 men and 150 women) in 2022, compared with 120 in 2021.", 2023,
                "PROTECTION") == rows("Authorities identified 310 potential transnational "
                                      "trafficking victims (160 men and 150 women) in 2022, "
                                      "compared with 120 in 2021.", 2023, "PROTECTION") == {
        ("victims_identified", 2022, 310), ("victims_identified", 2021, 120)}
    assert not rows("Authorities identified 310 potential victims of domestic servitude in "
                    "2022.", 2023, "PROTECTION")


def test_victims_referred_for_a_kind_no_split_names_are_a_part() -> None:
    got = rows("Officials referred 80 victims for domestic servitude and 30 for sex "
               "trafficking in 2022.", 2023, "PROTECTION")
    assert ("victims_referred_sex_trafficking", 2022, 30) in got
    assert not {r for r in got if r[2] == 80}
    assert rows("Officials referred 80 victims for shelter in 2022.", 2023, "PROTECTION") == {
        ("victims_referred", 2022, 80)}


def test_counts_of_a_clause_opening_on_one_group_are_of_that_group_only() -> None:
    assert rows("Officials identified 200 victims in 2022. Among women, officials identified 50 "
                "victims of sex trafficking and 10 of forced labor.", 2023, "PROTECTION") == {
        ("victims_identified", 2022, 200)}
    assert rows("Officials identified 200 victims in 2022. Among the victims, officials "
                "identified 50 victims of sex trafficking and 10 of forced labor.", 2023,
                "PROTECTION") == {
        ("victims_identified", 2022, 200), ("victims_identified_sex_trafficking", 2022, 50),
        ("victims_identified_labor_trafficking", 2022, 10)}


def test_money_to_conduct_trainings_is_not_victim_assistance() -> None:
    assert rows("In 2022, the ministry allocated $45,000 to an international organization to "
                "conduct trainings on victim assistance for border guards.", 2023,
                "PROTECTION") == set()


def test_identified_and_offered_services_to_gives_both_measures() -> None:
    assert rows("In comparison, during the previous reporting period, authorities identified and "
                "offered shelter services to five trafficking victims.", 2023, "PROTECTION") == {
        ("victims_identified", 2021, 5), ("victims_assisted", 2021, 5)}


def test_participles_coordinated_after_the_noun_give_every_measure() -> None:
    assert rows("No official figure was given (the last was 84 victims identified and assisted "
                "in 2017).", 2021, "PROTECTION") == {
        ("victims_identified", 2017, 84), ("victims_assisted", 2017, 84)}


def test_bodies_the_government_funds_identify_victims_of_their_own() -> None:
    assert rows("Government-funded NGOs reported identifying 41 victims and provided shelter "
                "and care to 35 victims in 2020.", 2021, "PROTECTION") == {
        ("victims_identified_ngo", 2020, 41), ("victims_assisted", 2020, 35)}


def test_a_figure_set_beside_its_measure_noun() -> None:
    assert rows("In 2019, police increased their trafficking investigations - totaling 14 cases - "
                "and secured five convictions.", 2020) == {
        ("investigations", 2019, 14), ("convictions", 2019, 5)}
    assert rows("In 2021, the government increased its convictions, a total of 17 traffickers, "
                "and its prosecutions (numbering 25 cases).", 2022) == {
        ("convictions", 2021, 17), ("prosecutions", 2021, 25)}


def test_two_forms_of_labor_trafficking_are_of_that_kind() -> None:
    assert rows("Police identified 90 victims in 2019 (35 of sex trafficking and 55 of labor "
                "trafficking and forced begging).", 2020, "PROTECTION") == {
        ("victims_identified", 2019, 90), ("victims_identified_sex_trafficking", 2019, 35),
        ("victims_identified_labor_trafficking", 2019, 55)}
    assert rows("Police identified 20 victims of sex trafficking and forced begging in 2019.",
                2020, "PROTECTION") == {("victims_identified", 2019, 20)}


def test_foreign_victims_from_the_several_countries_they_come_from() -> None:
    assert rows("Of the 300 victims identified, 120 were foreign nationals from Ghana, Togo, "
                "Benin, and Niger.", 2023, "PROTECTION", country="NGA") == {
        ("victims_identified", 2022, 300), ("victims_identified_foreign", 2022, 120)}


def test_a_year_named_only_in_a_later_clause_does_not_date_the_first() -> None:
    assert rows("It prosecuted four cases involving nine defendants; in 2018, the government "
                "prosecuted six defendants.", 2020) == {
        ("prosecutions", 2019, 4), ("prosecutions", 2018, 6)}


def test_a_zero_compared_for_several_previous_years() -> None:
    assert rows("The government secured seven convictions, up from zero the previous three "
                "years.", 2020) == {
        ("convictions", 2019, 7), ("convictions", 2018, 0), ("convictions", 2017, 0),
        ("convictions", 2016, 0)}


def test_failed_to_prosecute_or_obtain_convictions_is_none_of_either() -> None:
    assert rows("The government reported six investigations but failed to prosecute or obtain "
                "convictions for any trafficking offenders.", 2020) == {
        ("investigations", 2019, 6), ("prosecutions", 2019, 0), ("convictions", 2019, 0)}
    assert rows("The government failed to adequately prosecute traffickers.", 2020) == set()
    assert rows("Police identified nine victims but failed to identify or assist other "
                "trafficking victims.", 2020, "PROTECTION") == {("victims_identified", 2019, 9)}


def test_the_only_victim_of_a_year_a_child_is_the_total() -> None:
    assert rows("The government identified one child victim of forced labor in 2022.", 2023,
                "PROTECTION") == {
        ("victims_identified", 2022, 1), ("victims_identified_children", 2022, 1)}
    assert rows("The government identified three child victims in 2022.", 2023,
                "PROTECTION") == {("victims_identified_children", 2022, 3)}


def test_no_care_and_no_money_for_care_of_victims() -> None:
    assert rows("The government did not provide or fund protective services for victims in 2021.",
                2022, "PROTECTION") == {
        ("victims_assisted", 2021, 0), ("victim_assistance_funding", 2021, 0)}
    assert rows("The government did not provide sufficient protection to victims.", 2022,
                "PROTECTION") == set()


def test_comparable_with_compares() -> None:
    assert rows("Police identified 64 victims, which is comparable with 60 victims identified "
                "by police in 2018.", 2020, "PROTECTION") == {
        ("victims_identified", 2019, 64), ("victims_identified", 2018, 60)}


def test_a_count_that_takes_in_earlier_years_victims_adds_up_years() -> None:
    assert rows("The coalition provided services to 48 victims, including those identified in "
                "2020 and previous years.", 2022, "PROTECTION") == set()


def test_a_span_closing_the_clause_adds_up_several_years() -> None:
    assert rows("Courts failed to hold labor traffickers accountable despite NGOs assisting "
                "about 410 victims of forced labor over the last four years.", 2020) == set()
    assert rows("The government convicted 12 traffickers, the highest number in the past five "
                "years.", 2020, "PROSECUTION") == {("convictions", 2019, 12)}


def test_where_the_counted_went_is_not_their_kind() -> None:
    assert rows("Officials referred 45 victims to NGO shelters for at-risk children and women.",
                2019) == {("victims_referred", 2018, 45)}
    assert rows("Police referred 14 child victims to a shelter for adult women.", 2019) == {
        ("victims_referred_children", 2018, 14)}


def test_a_compared_figure_of_a_verb_of_no_measure_counts_nothing() -> None:
    assert rows("Police reported they detained 51 suspects, prosecuted 20 alleged traffickers, "
                "and convicted 11; this is compared with 38 suspects detained, 19 traffickers "
                "prosecuted, and 14 convicted during the previous reporting period.", 2020) == {
        ("prosecutions", 2019, 20), ("convictions", 2019, 11),
        ("prosecutions", 2018, 19), ("convictions", 2018, 14)}
    assert rows("Officials did not open any new investigations, compared with two opened in "
                "2018.", 2020) == {("investigations", 2019, 0), ("investigations", 2018, 2)}


def test_a_status_given_by_an_adverb_and_participle_is_no_verb_of_its_own() -> None:
    """"compared with four formally acknowledged and nine presumed victims": a status, so the
    two parts add up to the count compared; a participle after a plain noun is still a verb."""
    assert figures("Authorities identified 25 victims, compared with four formally acknowledged "
                   "and nine presumed victims in 2019.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 25), ("victims_identified", 2019, 13)}
    assert rows("Authorities identified 25 victims, compared with four victims deported and "
                "nine presumed victims in 2019.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 25), ("victims_identified", 2019, 9)}


def test_no_money_for_the_ngos_that_care_for_victims() -> None:
    zero = {("victim_assistance_funding", 2019, 0)}
    assert rows("For the second year in a row, the government did not give funding to NGOs, "
                "which ran most shelters for victims.", 2020) == zero
    assert rows("The NGOs that offered shelter and counseling did not receive funding from the "
                "government.", 2020) == zero
    assert rows("NGOs gave nearly all victim services without government funding.", 2020) == zero
    assert rows("The government did not provide funding to NGOs, which conducted most awareness "
                "campaigns.", 2020) == set()


def test_no_training_for_police_or_judges_is_a_stated_zero() -> None:
    assert rows("Authorities did not conduct any training for police or judicial officials on "
                "the new law.", 2020) == {
        ("officers_trained", 2019, 0), ("judges_trained", 2019, 0)}
    assert rows("The ministry did not offer anti-trafficking training to judges.", 2020) == {
        ("judges_trained", 2019, 0)}
    assert rows("The government did not provide specialized training to police officers.",
                2020) == set()


def test_training_administered_or_delivered_to_no_one_is_a_stated_zero() -> None:
    assert rows("The state did not deliver any trafficking training to border guards or judges "
                "in 2019.", 2020) == {("officers_trained", 2019, 0), ("judges_trained", 2019, 0)}
    assert rows("Officials did not administer refresher training for police.", 2020) == {
        ("officers_trained", 2019, 0)}
    assert rows("The state did not deliver adequate training to border guards.", 2020) == set()
    assert rows("The court did not administer oaths to police officers.", 2020) == set()


def test_a_compared_zero_of_two_nouns_is_none_of_each() -> None:
    assert rows("The courts opened 30 cases and convicted four traffickers, compared with three "
                "investigations and no prosecutions or convictions the previous reporting "
                "period.", 2020) == {
        ("investigations", 2019, 30), ("convictions", 2019, 4), ("investigations", 2018, 3),
        ("prosecutions", 2018, 0), ("convictions", 2018, 0)}


def test_cases_received_for_investigation_are_investigations() -> None:
    assert rows("The special courts received 30 cases for investigation under the new law and "
                "convicted four traffickers.", 2020) == {
        ("investigations", 2019, 30), ("convictions", 2019, 4)}
    assert rows("The unit received 30 complaints for investigation.", 2020) == set()


def test_cases_from_an_earlier_period_are_carried_over() -> None:
    assert rows("A regional court completed two investigations from the previous reporting "
                "period.", 2020) == set()
    assert rows("Courts heard three prosecutions involving ten defendants initiated in prior "
                "years, and prosecutors initiated five new prosecutions.") == {
        ("prosecutions", 2020, 5)}
    assert rows("Prosecutors initiated five prosecutions involving ten defendants, compared with "
                "eight prosecutions initiated in the previous reporting period.") == {
        ("prosecutions", 2020, 5), ("prosecutions", 2019, 8)}


def test_people_at_risk_of_becoming_victims_are_not_victims() -> None:
    assert rows("The government identified 300 victims. It also identified 120 persons at "
                "reception centers who were likely to become victims of trafficking.", 2021,
                "PROTECTION") == {("victims_identified", 2020, 300)}


def test_people_identified_with_nothing_more_said_are_victims() -> None:
    assert rows("Authorities identified 310 children, an increase from 290 in 2019.", 2021) == {
        ("victims_identified_children", 2020, 310), ("victims_identified_children", 2019, 290)}
    assert rows("Inspectors identified 260 children working in mines in 2020.", 2021) == set()


def test_an_additional_count_after_the_governments_total_is_not_a_second_total() -> None:
    assert rows("The government referred 60 victims to shelters. A local NGO reported the "
                "government referred an additional 11 victims to its shelter in the north.",
                2021) == {("victims_referred", 2020, 60)}
    assert rows("The government referred an additional 11 victims to NGO shelters.", 2021) == {
        ("victims_referred", 2020, 11)}


def test_a_count_of_other_victims_after_the_total_is_not_a_second_total() -> None:
    """"referred at least 15 other trafficking victims" beside the year's referral count: a
    further group, as "an additional 15" is."""
    assert rows("The government identified and referred to services 700 victims. The shelter "
                "cared for approximately 600 victims during the reporting period, and "
                "authorities referred at least 15 other trafficking victims to NGOs for care.",
                2022, "PROTECTION") == {
        ("victims_identified", 2021, 700), ("victims_referred", 2021, 700)}


def test_those_kept_from_something_are_no_count_of_a_measure() -> None:
    """"prevented at least 12 victims referred by NGOs from receiving status": those denied
    status, not a count of referrals (nor of victims identified)."""
    assert rows("NGOs reported that the strict standard for granting status prevented at least "
                "12 victims referred by NGOs from receiving status in 2021.", 2022,
                "PROTECTION") == set()
    assert rows("Officials referred 40 victims to shelters in 2021.", 2022, "PROTECTION") == {
        ("victims_referred", 2021, 40)}


def test_a_bare_comparison_after_parts_in_parentheses_compares_their_whole() -> None:
    """"Thirty were children (25 sex trafficking, five labor trafficking), compared with 20 in
    2020": the 20 are children, not children in labor trafficking."""
    assert rows("In 2021, the government identified 95 victims. Thirty were children (25 sex "
                "trafficking, five labor trafficking), compared with 20 in 2020.", 2022,
                "PROTECTION") == {
        ("victims_identified", 2021, 95), ("victims_identified_children", 2021, 30),
        ("victims_identified_children", 2020, 20)}


def test_parts_by_sex_and_age_after_a_count_are_not_a_second_total() -> None:
    assert rows("The government identified 300 victims in 2020. It identified 100 women, 120 "
                "girls, and 60 men as trafficking victims.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 300)}


def test_parts_by_age_sharing_the_kind_their_predicate_names() -> None:
    """The children of each kind add up to the children: 12 + 20."""
    assert figures("The government identified 100 victims in 2020. Of the 100 victims, 12 children "
                   "and 40 adults were victims of forced labor, and 20 children and 28 adults were "
                   "victims of sex trafficking.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 100), ("victims_identified_labor_trafficking", 2020, 52),
        ("victims_identified_sex_trafficking", 2020, 48), ("victims_identified_children", 2020, 32)}


def test_parts_of_the_sum_of_two_bodies_counts() -> None:
    assert rows("The government identified 40 victims in 2020. NGOs identified an additional 12 "
                "victims. Of the 52 victims total, 30 were children, 22 were adults, 41 were "
                "subjected to sex trafficking, and 11 were subjected to labor trafficking.",
                2021, "PROTECTION") == {
        ("victims_identified", 2020, 40), ("victims_identified_ngo", 2020, 12),
        ("victims_identified_children", 2020, 30), ("victims_identified_sex_trafficking", 2020, 41),
        ("victims_identified_labor_trafficking", 2020, 11)}
    assert rows("The government identified 40 victims in 2020. NGOs identified an additional 12 "
                "victims. Of the 50 victims total, 30 were children.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 40), ("victims_identified_ngo", 2020, 12)}


def test_a_part_said_to_be_from_another_country_is_foreign() -> None:
    total = ("victims_identified", 2020, 40)
    assert rows("The government identified 40 victims in 2020. One identified victim was from "
                "Honduras, while the rest were Guatemalan.", 2021, "PROTECTION",
                country="GTM") == {total, ("victims_identified_foreign", 2020, 1)}
    assert rows("The government identified 40 victims in 2020. Two of the victims were from "
                "Honduras.", 2021, "PROTECTION", country="GTM") == {
        total, ("victims_identified_foreign", 2020, 2)}
    assert rows("The government identified 40 victims in 2020. Two of the victims were from "
                "Quetzaltenango.", 2021, "PROTECTION", country="GTM") == {total}


def test_the_kind_of_the_cases_a_count_was_counted_in() -> None:
    """A kind named by the cases or law after a count's words is the count's kind; the only
    figure of its measure gives the total as well."""
    assert rows("Courts convicted five offenders in labor trafficking cases.") == {
        ("convictions", 2020, 5), ("convictions_labor_trafficking", 2020, 5)}
    assert rows("The state prosecuted eight people under the sex trafficking provisions of "
                "the criminal code.") == {
        ("prosecutions", 2020, 8), ("prosecutions_sex_trafficking", 2020, 8)}
    assert rows("Courts convicted five offenders in 2020 in four districts.") == {
        ("convictions", 2020, 5)}  # no kind named: the total only


def test_cases_involving_child_victims_are_of_children() -> None:
    assert rows("The government initiated 141 investigations. The unit reported 66 trafficking "
                "investigations involving child victims.") == {
        ("investigations", 2020, 141), ("investigations_children", 2020, 66)}


def test_the_kind_the_cases_were_for_and_a_list_of_kinds_of_none() -> None:
    assert rows("The government initiated prosecution of 30 suspects in nine cases for sex "
                "trafficking.") == {
        ("prosecutions", 2020, 30), ("prosecutions_sex_trafficking", 2020, 30)}
    assert rows("Prosecutors prosecuted 30 suspects under the anti-trafficking law for forced "
                "prostitution, forced labor, and forced begging.") == {("prosecutions", 2020, 30)}


def test_a_kind_every_count_of_a_sentence_or_list_shares() -> None:
    """A kind the sentence opens on is what each count after it counts (no total read); a kind
    after the last of a list of counts is each item's; parts of one count are not a list."""
    assert rows("For forced labor, the police reported opening nine cases, prosecuting four "
                "suspects and convicting two offenders.") == {
        ("investigations_labor_trafficking", 2020, 9),
        ("prosecutions_labor_trafficking", 2020, 4),
        ("convictions_labor_trafficking", 2020, 2)}
    assert rows("Officials recorded seven investigations, three prosecutions and one "
                "conviction for sex trafficking.") >= {
        ("investigations_sex_trafficking", 2020, 7), ("prosecutions_sex_trafficking", 2020, 3),
        ("convictions_sex_trafficking", 2020, 1)}
    assert rows("Police opened 21 investigations, five for sex trafficking and 16 for "
                "forced labor.") == {
        ("investigations", 2020, 21), ("investigations_sex_trafficking", 2020, 5),
        ("investigations_labor_trafficking", 2020, 16)}
    assert rows("In addition, police opened nine investigations.") == {
        ("investigations", 2020, 9)}


def test_a_year_compared_in_unknown_words_is_not_the_year_reported_on() -> None:
    """A sentence compares with earlier years: a year named after the years it compares with,
    and earlier than them, is compared too, not the year its first figure is of."""
    assert rows("Police identified 75 victims, up from 60 in 2019, yet below the 90 victims "
                "they identified in 2017.", 2021, "PROTECTION") >= {
        ("victims_identified", 2020, 75), ("victims_identified", 2019, 60)}
    assert ("victims_identified", 2017, 75) not in rows(
        "Police identified 75 victims, up from 60 in 2019, yet below the 90 victims they "
        "identified in 2017.", 2021, "PROTECTION")


def test_less_than_and_similar_to_an_earlier_figure_are_comparisons() -> None:
    assert rows("Police identified 75 victims, less than the 90 identified in 2019.", 2021,
                "PROTECTION") == {("victims_identified", 2020, 75),
                                  ("victims_identified", 2019, 90)}
    assert rows("The number of victims identified, 75, was similar to 78 victims identified in "
                "2019.", 2021, "PROTECTION") == {("victims_identified", 2020, 75),
                                                 ("victims_identified", 2019, 78)}


def test_a_text_cut_after_a_point_inside_a_parenthesis_ends_mid_figure() -> None:
    """"($2." at the very end of an excerpt is the start of a longer amount, not $2."""
    text = ("X (Tier 2)\n\nPROTECTION\nThe government spent 5 million pesos ($250,000) on victim "
            "care in 2020, compared with 4 million pesos ($200,000) in 2019 and 3 million pesos "
            "($1.")
    got = {(r.measure, r.data_year, r.value) for r in extract_tip(text, 2021).enforcement}
    assert got == {("victim_assistance_funding", 2020, 250000),
                   ("victim_assistance_funding", 2019, 200000)}


def test_a_comparison_pairs_with_the_count_already_read_not_an_unread_one() -> None:
    """"certified 40" is counted by a verb of no measure: the comparison after it is of the
    90 identified, and the 40 is not read as a second count of identified victims."""
    assert rows("The government identified 90 potential trafficking victims and certified 40 "
                "victims, compared with 70 potential victims in 2020.", 2022, "PROTECTION") == {
        ("victims_identified", 2021, 90), ("victims_identified", 2020, 70)}


def test_victims_of_one_status_among_those_of_another_are_some_of_them() -> None:
    """Certified victims counted "among" the potential ones, and the kinds they are split
    into, are some of the year's count; the count is the potential victims."""
    assert rows("The authorities identified 64 certified trafficking victims – 20 exploited in "
                "sex trafficking and 44 in forced labor – among 150 potential victims screened, "
                "compared with 50 certified victims among 120 potential victims in 2019.",
                2021, "PROTECTION") == {
        ("victims_identified", 2020, 150), ("victims_identified", 2019, 120)}


def test_verified_victims_beside_potential_ones_are_not_added_to_them() -> None:
    """Where the sentence counts the verified victims among the potential ones ("identified
    300 potential victims and verified 120"), the comparison's "280 potential victims and 100
    verified victims" is 280, not a sum; "two confirmed and 129 potential" stays a sum."""
    assert rows("In 2020, the police identified 300 potential trafficking victims and verified "
                "120 victims, compared with 280 potential victims and 100 verified victims in "
                "2019.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 300), ("victims_identified", 2019, 280)}


def test_victims_of_another_crime_listed_beside_are_no_part_of_the_count() -> None:
    assert rows("The border agency identified and referred 60 potential victims of trafficking "
                "and 20 potential victims of illegal recruitment to the task force.",
                2021, "PROTECTION") == {
        ("victims_identified", 2020, 60), ("victims_referred", 2020, 60)}


def test_people_said_to_include_potential_victims_are_a_wider_group() -> None:
    """"vulnerable children, including potential child trafficking victims" are not child
    victims, in the year reported on nor in its comparison."""
    assert rows("The government identified 45 trafficking victims from abroad and 900 vulnerable "
                "children, including potential child trafficking victims. This compared with "
                "identifying 1,100 vulnerable children, including potential child trafficking "
                "victims, in 2019.", 2021, "PROTECTION") == {
        ("victims_identified_foreign", 2020, 45)}


def test_people_served_by_work_for_a_group_including_victims_are_that_group() -> None:
    assert rows("The ministry ran day centers for homeless youth, including trafficking victims; "
                "the centers assisted 210 persons in 2022.", 2023, "PROTECTION") == set()
    assert rows("The ministry ran day centers for homeless youth; the centers assisted 210 "
                "persons in 2022.", 2023, "PROTECTION") == {("victims_assisted", 2022, 210)}


def test_victims_counted_with_people_at_risk_are_a_wider_group() -> None:
    """"victims and at-risk persons" are more than victims, and so are their comparisons."""
    assert rows("Government-funded NGOs assisted 310 trafficking victims and at-risk persons "
                "(250 in 2019, 200 in 2018). The government identified 40 victims.",
                2021, "PROTECTION") == {("victims_identified", 2020, 40)}
    assert rows("Government-funded NGOs assisted 310 trafficking victims (250 in 2019).",
                2021, "PROTECTION") == {
        ("victims_assisted", 2020, 310), ("victims_assisted", 2019, 250)}


def test_an_additional_count_of_one_kind_is_beyond_the_count_not_its_kind() -> None:
    """"an additional 310 potential child victims" after 52 adult victims are not the year's
    child victims: they are outside the count of 52."""
    assert rows("The government identified and referred 52 trafficking victims, all adults, and "
                "identified an additional 310 potential child trafficking victims.",
                2021, "PROTECTION") == {
        ("victims_identified", 2020, 52), ("victims_referred", 2020, 52)}
    # the count it is beyond given in the sentence before
    assert rows("Authorities identified four victims. The government identified 12 additional "
                "potential child victims, who received shelter.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 4)}


def test_an_additional_count_after_a_count_of_another_measure_is_its_measures_count() -> None:
    """"convicted four labor traffickers and began prosecuting 11 additional suspected labor
    traffickers": the 11 are beyond the four convicted, the year's prosecutions; alone, the
    count it is beyond is unknown."""
    assert rows("Courts convicted four labor traffickers and began prosecuting 11 additional "
                "suspected labor traffickers.") == {
        ("convictions_labor_trafficking", 2020, 4), ("prosecutions_labor_trafficking", 2020, 11)}
    assert rows("Courts began prosecuting 11 additional suspected labor traffickers.") == set()


def test_what_hotline_calls_led_to_is_a_part_of_the_count() -> None:
    assert rows("The hotline received 300 calls during the year; two criminal investigations "
                "were opened as a result of the calls.") == {("hotline_calls", 2020, 300)}


def test_one_shelters_occupancy_is_not_the_victims_assisted() -> None:
    assert rows("At the end of the reporting period, the government shelter was housing seven "
                "victims.", 2021, "PROTECTION") == set()


def test_money_against_several_crimes_is_not_anti_trafficking_funding() -> None:
    assert rows("The interior ministry allocated 50 million shillings ($20,000) to combat "
                "smuggling, drugs, and human trafficking along the coast.", 2021,
                "PREVENTION") == set()


def test_a_question_the_report_leaves_open_is_no_stated_zero() -> None:
    """"did not report whether it ... or referred any cases" says nothing is known, not that
    no case was referred."""
    assert rows("The ministry's hotline received 95 calls, but the government did not report "
                "whether it identified any victims through the calls or referred any cases for "
                "investigation.", 2021, "PROTECTION") == {("hotline_calls", 2020, 95)}


def test_bodies_counts_closed_by_a_figure_that_says_it_is_the_total() -> None:
    assert rows("In 2020, the national police investigated 20 suspected trafficking cases. The "
                "immigration service investigated 40 suspected trafficking cases involving "
                "migrant workers. The 60 investigations in total represented an increase from 48 "
                "total investigations in the previous reporting period.") == {
        ("investigations", 2020, 60), ("investigations", 2019, 48)}


def test_the_rest_of_a_count_is_a_part_of_it() -> None:
    assert rows("The government identified 46 trafficking victims and referred 33 of them to NGOs "
                "for care. The government did not report whether the other 13 victims "
                "identified received services.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 46), ("victims_referred", 2020, 33)}


def test_victims_referred_to_one_shelter_are_not_the_years_referrals() -> None:
    assert rows("The government referred 30 victims to NGOs for care. The social welfare "
                "ministry operated a shelter for victims of domestic violence that trafficking "
                "victims could use, and it referred three trafficking victims to the shelter "
                "during the reporting period.", 2021, "PROTECTION") == {
        ("victims_referred", 2020, 30)}


def test_victims_found_through_hotline_calls_are_a_part_of_the_count() -> None:
    assert rows("During the reporting period, an NGO reported identifying at least 90 trafficking "
                "victims. The NGO identified 14 victims through calls to the hotline it "
                "operated.", 2021, "PROTECTION") == {("victims_identified_ngo", 2020, 90)}
    assert rows("The government formally identified eight trafficking victims, all through calls "
                "to a government hotline.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 8)}


def test_complaints_of_any_kind_are_not_calls_about_trafficking() -> None:
    assert rows("Through the labor ministry's complaints office and 24-hour hotline, it received "
                "300 complaints but did not report further details.", 2021, "PROTECTION") == set()
    assert rows("The labor ministry's complaints office and 24-hour hotline received 250 "
                "trafficking-related complaints.", 2022, "PROTECTION") == {
        ("hotline_calls", 2021, 250)}


def test_a_quarterly_sum_is_a_rate_not_the_years_funding() -> None:
    assert rows("In the previous reporting period, the government had committed to devoting "
                "approximately 90 million leones ($11,000) quarterly to an NGO shelter that cared "
                "for most trafficking victims.", 2021, "PROTECTION") == set()


def test_a_comparison_with_more_or_less_than_the_count_of_another_year() -> None:
    """"fewer than the 90 identified in 2018" compares: its year is not the count's year."""
    assert rows("Officials identified 55 victims, up from 40 in 2019, but fewer than the 90 "
                "victims identified in 2018.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 55), ("victims_identified", 2019, 40),
        ("victims_identified", 2018, 90)}


def test_the_government_and_ngo_counts_added_up_are_not_the_governments() -> None:
    """A count that is the government's and an NGO's counts together, and what its sentence
    compares it with, are set aside."""
    assert rows("Police identified 30 victims. NGOs identified an additional 50 victims. The "
                "number of victims identified overall, 80, was similar to 75 victims "
                "identified in 2019.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 30), ("victims_identified_ngo", 2020, 50)}


def test_a_count_for_the_first_time_since_a_year_is_the_periods() -> None:
    """"for the first time since 2016" says there were none between: the count is not one
    added up since that year."""
    assert rows("The government convicted two traffickers for the first time since 2016.") == {
        ("convictions", 2020, 2)}
    assert rows("The government has convicted 12 traffickers since 2016.") == set()


def test_a_year_is_not_the_other_unit_of_a_count() -> None:
    """"In 2020, police opened investigations into 15 cases": the year is no count of
    investigations the cases would be another unit of."""
    assert rows("In 2020, police opened investigations into 15 cases.") == {
        ("investigations", 2020, 15)}


def test_a_comparison_ends_where_the_next_measures_count_begins() -> None:
    """"compared with 12 the previous year and prosecutions of nine suspects": the 12 is of
    the count before it, the nine of the year reported on."""
    assert rows("In 2020, police opened investigations into 15 cases, compared with 12 the "
                "previous year and prosecutions of nine suspects, compared with four the "
                "previous year.") == {
        ("investigations", 2020, 15), ("investigations", 2019, 12),
        ("prosecutions", 2020, 9), ("prosecutions", 2019, 4)}


def test_a_zero_stated_in_the_passive() -> None:
    """"no forced labor cases were opened or prosecuted", "no victims were identified": a
    stated zero of each verb of the vocabulary, the government's; not one named as one
    agency's ("by the police")."""
    assert rows("No forced labor cases were opened or prosecuted, and no child victims were "
                "identified during the year.") == {
        ("investigations_labor_trafficking", 2020, 0), ("prosecutions_labor_trafficking", 2020, 0),
        ("victims_identified_children", 2020, 0)}
    assert rows("No victims were identified by the police in the capital.") == set()
    assert rows("No victims were identified by the government.") == {
        ("victims_identified", 2020, 0)}


def test_people_who_may_be_trafficking_victims_are_not_counted_as_victims() -> None:
    """"..., who may also be trafficking victims": the count is of a wider group."""
    assert rows("Police also identified 120 victims of sexual exploitation and 40 victims of "
                "labor exploitation, who may also be trafficking victims.", 2021,
                "PROTECTION") == set()


def test_an_amount_cut_by_the_end_of_an_excerpt_is_not_read() -> None:
    """An excerpt that ends "($1." may have cut the amount at its decimal point."""
    assert rows("In 2020, the government provided 5 million pesos ($96,000) for victim "
                "services, compared with 4 million pesos ($1.", 2021, "PROTECTION") == {
        ("victim_assistance_funding", 2020, 96000)}


def test_an_amount_included_in_the_amount_before_is_a_part() -> None:
    """"€3 million ($3.4 million) for victim services, including €1 million ($1.1 million) for
    NGO shelters": the second amount is of the first."""
    assert rows("The government allocated €3 million ($3.4 million) for victim services, "
                "including €1 million ($1.1 million) for NGO shelters.", 2021,
                "PROTECTION") == {("victim_assistance_funding", 2020, 3400000)}


def test_money_to_combat_trafficking_is_not_victim_assistance() -> None:
    """"allocated ... to combat trafficking": the budget of all the work, whose share for the
    victims is not said."""
    assert rows("The government allocated 2,000,000 denars ($36,000) to combat trafficking, "
                "compared to 1,500,000 denars ($27,000) in 2019.", 2021, "PROTECTION") == set()


def test_judges_counted_with_other_officials_are_not_judges_trained() -> None:
    """"trained 80 judges and law enforcement officials": one count of both, of neither
    measure alone."""
    assert rows("The government trained 80 judges and law enforcement officials on victim "
                "identification.", 2021, "PREVENTION") == set()
    assert rows("The government trained 80 judges on victim identification.", 2021,
                "PREVENTION") == {("judges_trained", 2020, 80)}


def test_a_count_under_other_laws_is_not_a_trafficking_count() -> None:
    """"... and six individuals including one official under other laws": convicted of other
    crimes; the count coordinated before it is the trafficking count."""
    assert rows("Courts convicted four individuals under the trafficking law and six "
                "individuals including one official under other laws.") == {
        ("convictions", 2020, 4)}
    assert rows("Prosecutors prosecuted five suspects under labor inspection laws.") == set()
    assert rows("Prosecutors prosecuted five suspects under the new laws.") == {
        ("prosecutions", 2020, 5)}
    assert rows("Prosecutors prosecuted five suspects under anti-trafficking laws.") == {
        ("prosecutions", 2020, 5)}


def test_a_count_under_one_article_beside_the_trafficking_law_is_under_another_law() -> None:
    """"... using anti-trafficking statutes and three traffickers under Article 360": the
    three are counted under another provision; alone, a count under an article is the count."""
    assert figures("In 2019, courts convicted seven sex traffickers and two labor traffickers "
                   "using anti-trafficking statutes and three traffickers under Article 360.") == {
        ("convictions", 2019, 9), ("convictions_sex_trafficking", 2019, 7),
        ("convictions_labor_trafficking", 2019, 2)}
    assert rows("Courts convicted 12 traffickers under Article 360 in 2020.") == {
        ("convictions", 2020, 12)}


def test_a_comparison_with_no_count_in_either_of_two_years() -> None:
    """"compared with no convictions in 2019 or 2018": a stated zero for each year."""
    assert rows("Courts convicted five traffickers, compared with no convictions in 2019 or "
                "2018.") == {
        ("convictions", 2020, 5), ("convictions", 2019, 0), ("convictions", 2018, 0)}


def test_the_persons_of_a_count_of_cases_are_another_unit() -> None:
    """"five investigations (three for sex trafficking ...) of 11 individuals": the 11 are
    the people the same investigations were of."""
    assert rows("Police opened five investigations (three for sex trafficking and two for labor "
                "trafficking) of 11 individuals.") == {
        ("investigations", 2020, 5), ("investigations_sex_trafficking", 2020, 3),
        ("investigations_labor_trafficking", 2020, 2)}


def test_no_funding_of_any_victim_assistance_programs() -> None:
    """"did not fund any victim assistance programs": no money for victim care."""
    assert rows("The government did not fund any victim assistance programs.", 2021,
                "PROTECTION") == {("victim_assistance_funding", 2020, 0)}


def test_proceedings_begun_for_or_involving_a_count() -> None:
    """"initiated investigations for six potential cases", "initiated prosecutions involving
    two alleged traffickers": the count of the proceedings named before it."""
    assert rows("Police initiated investigations for six potential cases of trafficking and "
                "prosecutors initiated prosecutions involving two alleged traffickers.") == {
        ("investigations", 2020, 6), ("prosecutions", 2020, 2)}


def test_a_zero_for_one_form_no_split_names_is_not_a_zero_of_all() -> None:
    """"did not prosecute any individuals for hereditary slavery practices": none of that
    form; a zero "for sex trafficking" or "for trafficking crimes" still counts."""
    assert rows("The government did not prosecute any individuals for hereditary slavery "
                "practices.") == set()
    assert rows("The government did not prosecute any individuals for trafficking crimes.") == {
        ("prosecutions", 2020, 0)}


def test_a_count_of_identified_victims_with_no_verb_of_its_own() -> None:
    """"there were 30 officially identified victims ..., compared with 25 officially
    identified victims in 2019": counts of victims identified."""
    assert rows("In 2020, authorities reported there were 30 officially identified victims, "
                "a decrease compared with 25 officially identified victims in 2019.", 2021,
                "PROTECTION") == {
        ("victims_identified", 2020, 30), ("victims_identified", 2019, 25)}


def test_a_count_of_another_status_beside_the_official_count() -> None:
    """"police identified 90 potential victims ..., compared to 100 in 2019" after "30
    officially identified victims": the potential victims are not the year's count, nor is
    what they are compared with."""
    assert rows("In 2020, there were 30 officially identified victims. Police identified 90 "
                "potential victims and referred them to services, compared to 100 in 2019.",
                2021, "PROTECTION") == {("victims_identified", 2020, 30)}
    # in one sentence the words tell the two apart; a comparison of the sentence's own count
    # stays
    assert rows("The government identified eight victims in 2020, after screening 20 potential "
                "victims; this compared with 40 potential victims in 2019.", 2021,
                "PROTECTION") == {
        ("victims_identified", 2020, 8), ("victims_identified", 2019, 40)}


def test_care_given_to_the_victims_of_a_count_by_a_pronoun() -> None:
    """"identified six victims and provided them services": the six were assisted too."""
    assert rows("The government identified six victims and provided them services.", 2021,
                "PROTECTION") == {
        ("victims_identified", 2020, 6), ("victims_assisted", 2020, 6)}


def test_coordinated_verbs_with_the_place_of_referral_before_the_count() -> None:
    """"identified and referred to government-run shelters 40 victims": both verbs count the
    40; the shelters named are no verb of sheltering."""
    assert rows("Officials identified and referred to government-run shelters 40 trafficking "
                "victims.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 40), ("victims_referred", 2020, 40)}


def test_all_of_a_count_given_before_as_the_subject_of_another_measure() -> None:
    """"All 40 identified victims received these services": the 40 identified before were
    assisted as well."""
    assert rows("The government identified 40 victims. All 40 identified victims received "
                "these services from the government.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 40), ("victims_assisted", 2020, 40)}


def test_a_count_given_only_as_its_two_kinds_is_their_sum() -> None:
    """"identified 30 victims of sex trafficking and nine victims of labor trafficking": 39
    victims; not where the total is printed or only one kind is."""
    assert figures("Authorities identified 30 victims of sex trafficking and nine victims of labor "
                   "trafficking.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 39), ("victims_identified_sex_trafficking", 2020, 30),
        ("victims_identified_labor_trafficking", 2020, 9)}
    assert rows("Authorities identified 40 victims, 30 of sex trafficking and nine of labor "
                "trafficking.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 40), ("victims_identified_sex_trafficking", 2020, 30),
        ("victims_identified_labor_trafficking", 2020, 9)}


def test_a_denial_of_any_of_the_victims_counted() -> None:
    """"did not report providing assistance to any of the 12 potential victims": none was
    assisted; the 12 is the count the denial is of, no count of assistance."""
    assert rows("The government did not report providing assistance to any of the 12 "
                "potential trafficking victims.", 2021, "PROTECTION") == {
        ("victims_assisted", 2020, 0)}


def test_statistics_not_kept_apart_from_other_crimes_are_not_withheld() -> None:
    """"did not publish law enforcement statistics for human trafficking as distinct from
    other crimes": the counts are mixed with others, not missing; without that, missing."""
    assert rows("The government did not publish law enforcement statistics for human "
                "trafficking as distinct from other crimes, such as smuggling.") == set()
    got = extract_tip("X (Tier 2)\n\nPROSECUTION\nThe government did not publish law "
                      "enforcement statistics.\n", 2021).enforcement
    assert {(r.measure, r.status) for r in got} == {
        ("investigations", "not_published"), ("prosecutions", "not_published"),
        ("convictions", "not_published")}


def test_an_amount_each_recipient_got_is_not_the_funding() -> None:
    assert rows("Three NGO-run shelters were allocated approximately 428,000 euros ($513,810) "
                "each in 2017, compared with 430,000 euros ($516,210) in 2016.", 2018,
                "PROTECTION") == set()
    assert rows("The government allocated 428,000 euros ($513,810) to shelters in 2017.", 2018,
                "PROTECTION") == {("victim_assistance_funding", 2017, 513810)}


def test_a_count_not_reported_keeps_the_kind_it_names() -> None:
    got = extract_tip("X (Tier 2)\n\nPROSECUTION\nThe government did not report the number "
                      "of sex trafficking prosecutions initiated in 2017.\n", 2018).enforcement
    assert {(r.measure, r.data_year, r.status) for r in got} == {
        ("prosecutions_sex_trafficking", 2017, "not_published")}


def test_all_victims_of_the_countrys_own_nationality_means_none_foreign() -> None:
    """"all victims were Guatemalan nationals" in Guatemala: no foreign victims."""
    assert rows("The government identified 40 victims; all victims were Guatemalan "
                "nationals.", 2021, "PROTECTION", country="GTM") == {
        ("victims_identified", 2020, 40), ("victims_identified_foreign", 2020, 0)}


def test_cases_of_victims_exploited_abroad_are_not_the_years_count() -> None:
    """"initiated five investigations against suspected traffickers for Nepali victims
    identified overseas": the cases of one group, not all the year's investigations."""
    assert rows("The government initiated five investigations against suspected traffickers "
                "for Nepali trafficking victims identified overseas.") == set()


def test_a_count_among_a_later_count_is_a_part_of_it() -> None:
    """"90 confirmed victims - 20 ... and 70 ... - among 300 potential victims identified":
    the 300 are the victims of every status; the 90 and their kinds are of one status."""
    assert rows("The government identified 90 confirmed victims – 20 exploited in sex "
                "trafficking and 70 in forced labor – among 300 potential victims identified.",
                2021, "PROTECTION") == {("victims_identified", 2020, 300)}


def test_a_comparison_that_says_it_is_the_total_is_of_every_kind() -> None:
    assert figures("The government identified two child sex trafficking victims and five adult "
                   "forced labor victims during the reporting period, compared to nine victims "
                   "identified in total in 2019.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 7), ("victims_identified_children", 2020, 2),
        ("victims_identified", 2019, 9)}


def test_a_count_since_a_law_was_enacted_adds_up_several_years() -> None:
    assert rows("The ministry did not report trafficking-specific law enforcement data; some "
                "sources reported there had been only nine trafficking convictions nationwide "
                "since Law 45 was enacted in 2013.") == set()


def test_the_rest_of_a_count_as_a_clauses_subject_is_a_part_of_it() -> None:
    assert rows("Courts convicted two traffickers. The remaining six prosecutions did not result "
                "in conviction.") == {("convictions", 2020, 2)}


def test_a_count_of_another_measure_after_a_comparison_is_of_the_year_reported_on() -> None:
    """"compared with 52 the previous year and prosecutions of 12 defendants, compared with
    nine": the 12 is the year's count, not one of the year before."""
    got = rows("In 2020, the police reported opening investigations of 40 suspected trafficking "
               "cases, compared with 52 the previous year and prosecutions of 12 defendants, "
               "compared with nine the previous year.")
    assert {("prosecutions", 2020, 12), ("prosecutions", 2019, 9)} <= got


def test_a_bare_comparison_is_not_a_count_of_the_noun_after_its_relative_year() -> None:
    """"compared with 52 the previous year and prosecutions of 12": the 52 compares the
    investigations before it; "prosecutions" after "the previous year and" is not its noun."""
    assert rows("In 2020, the police reported opening investigations of 40 suspected trafficking "
                "cases, compared with 52 the previous year and prosecutions of 12 defendants, "
                "compared with nine the previous year.") == {
        ("investigations", 2020, 40), ("investigations", 2019, 52),
        ("prosecutions", 2020, 12), ("prosecutions", 2019, 9)}


def test_parts_of_one_kind_listed_twice_are_none_of_them_its_split() -> None:
    assert rows("In 2020, the police conducted a total of 90 new investigations, which included 20 "
                "cases of sex trafficking, 11 cases of labor trafficking in construction, 9 cases "
                "of labor trafficking in fishing, 15 cases of child forced begging, and 7 cases of "
                "child forced criminality.") == {
        ("investigations", 2020, 90), ("investigations_sex_trafficking", 2020, 20)}


def test_a_kind_listed_twice_is_no_split_where_one_part_is_kept_for_children() -> None:
    assert rows("The government identified five victims (two for forced labor of a child, three "
                "for forced labor of an adult).", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 5), ("victims_identified_children", 2020, 2)}
    assert rows("Police reported five investigations (two for sex trafficking of an adult, "
                "three for forced labor of an adult).") == {
        ("investigations", 2020, 5), ("investigations_sex_trafficking", 2020, 2),
        ("investigations_labor_trafficking", 2020, 3)}


def test_people_of_a_named_group_are_not_victims_unless_so_called() -> None:
    assert rows("Police identified 40 child beggars in 2020, compared with 65 in 2019, but did not "
                "identify any of them as trafficking victims.", 2021, "PROTECTION") == set()
    assert rows("Police also identified 12 child beggars (30 in 2019) and returned them to their "
                "families.", 2021, "PROTECTION") == set()
    assert ("victims_identified", 2020, 40) in rows(
        "Police identified 40 migrant workers as victims of forced labor.", 2021, "PROTECTION")


def test_victims_another_figure_counts_do_not_make_people_victims() -> None:
    assert rows("Outreach workers assisted 400 street children (they identified 30 victims in "
                "2021).", 2023, "PROTECTION") == {("victims_identified", 2021, 30)}
    assert rows("Outreach workers assisted 400 street children, all of them victims, in 2022.",
                2023, "PROTECTION") == {("victims_assisted_children", 2022, 400)}


def test_the_comparison_of_a_part_set_aside_goes_with_it() -> None:
    assert rows("The government identified one potential trafficking victim, compared to 12 "
                "potential victims in 2019. The government also identified two female children "
                "forced into marriage and vulnerable to domestic servitude (four children forced "
                "into marriage in 2019).", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 1), ("victims_identified", 2019, 12)}


def test_the_comparison_of_a_part_of_a_count_set_aside_goes_with_it() -> None:
    assert rows("Police identified 200 victims in 2022. Separately, border guards identified 40 "
                "potential victims among migrants. Of the 40 potential victims, 10 were "
                "children, a sharp decrease (more than half) from 25 in 2021.", 2023,
                "PROTECTION") == {("victims_identified", 2022, 200)}
    assert rows("Border guards identified 40 victims in 2022. Of the 40 victims, 10 were "
                "children, a sharp decrease (more than half) from 25 in 2021.", 2023,
                "PROTECTION") == {
        ("victims_identified", 2022, 40), ("victims_identified_children", 2022, 10),
        ("victims_identified_children", 2021, 25)}


def test_all_of_the_official_victims_beside_potential_ones_is_a_kind_of_their_count() -> None:
    """"20 official victims and 50 potential victims", no total printed: the official victims
    are the count, so "all" of them being forced labor victims is a kind of it."""
    assert figures("The government identified 20 official victims and 50 potential victims. Of the "
                   "official victims, all were victims of forced labor.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 20), ("victims_identified_labor_trafficking", 2020, 20)}


def test_all_dated_to_another_year_is_not_a_kind_of_this_years_count() -> None:
    """It is of the other year's count, the one compared with this year's."""
    assert rows("The government identified 30 official victims (25 official victims in 2019). Of "
                "these, 28 were victims of forced labor and two were victims of sex trafficking "
                "(all were victims of forced labor in 2019).", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 30), ("victims_identified", 2019, 25),
        ("victims_identified_labor_trafficking", 2020, 28),
        ("victims_identified_sex_trafficking", 2020, 2),
        ("victims_identified_labor_trafficking", 2019, 25)}


def test_a_year_in_a_bracket_inside_all_were_dates_the_bracket_only() -> None:
    """"all were victims of forced labor (four victims of forced begging in 2018)": the bracket
    compares 2018; "all" is of the count of the year reported on (Montenegro 2020)."""
    assert rows("The government identified 39 official victims. Of the official victims, all "
                "were victims of forced labor (four victims of forced begging in 2018).", 2020,
                "PROTECTION", "MNE") == {
        ("victims_identified", 2019, 39), ("victims_identified_labor_trafficking", 2019, 39)}


def test_parts_of_the_other_victims_are_no_parts_of_the_count() -> None:
    """"Of the other victims, 11 were women, 15 were men, and two were girls, all of whom were
    Dominican": the rest after the kinds counted, so neither the girls nor "all" are of the
    65 (Dominican Republic 2022)."""
    assert rows("Authorities reported identifying 65 victims (29 of sex trafficking, eight of "
                "labor trafficking, and 28 of unspecified exploitation). Of the other victims, 11 "
                "were women, 15 were men, and two were girls, all of whom were Dominican.", 2022,
                "PROTECTION", "DOM") == {
        ("victims_identified", 2021, 65), ("victims_identified_sex_trafficking", 2021, 29),
        ("victims_identified_labor_trafficking", 2021, 8)}


def test_a_comparison_with_no_figure_ends_at_a_participle_that_counts() -> None:
    assert rows("The prosecution service reported increased efforts compared to its previously "
                "reported timeframe, initiating 40 trafficking investigations and prosecuting 22 "
                "alleged traffickers between October 2019 and September 2020.") == {
        ("investigations", 2020, 40), ("prosecutions", 2020, 22)}


def test_victims_one_body_identified_of_the_years_victims_are_a_part() -> None:
    assert rows("NGOs identified the majority of victims; the government identified only 20 of "
                "the 70 official and potential victims (45 in 2019), including only four "
                "identified by law enforcement (nine in 2019).", 2021, "PROTECTION") == set()
    assert ("convictions", 2020, 10) in rows(
        "Courts convicted 10 of the 15 defendants prosecuted in 2020.", 2021)


def test_a_case_put_generally_in_a_when_clause_is_no_count() -> None:
    assert rows("Law enforcement rarely initiated cases when civil society identified a potential "
                "victim, but police noted definitional differences.", 2021, "PROTECTION") == set()


def test_a_comparison_of_its_own_kind_takes_no_other_kind() -> None:
    got = rows("The government identified 80 victims (90 in 2019). Of these, 50 were minors (41 "
               "children in 2019), and two were foreign (seven foreign victims in 2019).", 2021,
               "PROTECTION")
    assert ("victims_identified_foreign", 2019, 7) in got
    assert not any(m == "victims_identified_foreign_children" for m, _, _ in got)


def test_a_count_of_one_kind_left_open_is_no_whole_for_the_next_parts() -> None:
    assert rows("Some victims experienced several forms of trafficking; the government identified "
                "at least nine victims of sex trafficking, five victims of forced begging, and two "
                "of forced criminality. The police reported 30 of the 40 victims identified by law "
                "enforcement were nationals exploited abroad; only three victims were foreign "
                "nationals.", 2021, "PROTECTION") == {
        ("victims_identified_sex_trafficking", 2020, 9)}


def test_a_zero_of_cases_of_one_reach_is_no_zero_of_the_total() -> None:
    assert rows("The government did not convict any perpetrators of internal sex and labor "
                "trafficking crimes.") == set()
    assert rows("The government did not convict any traffickers.") == {("convictions", 2020, 0)}


def test_cases_of_crimes_against_children_are_no_trafficking_count() -> None:
    assert rows("The child protection police conducted 300 investigations in 2020 of crimes "
                "against children, compared with 250 investigations in 2019 for crimes against "
                "children. Police also opened 12 investigations of trafficking crimes against "
                "children.") == {("investigations_children", 2020, 12)}


def test_a_count_said_not_to_set_the_trafficking_cases_apart_is_no_trafficking_count() -> None:
    assert rows("The brigade conducted 300 investigations of trafficking in 2020. It also opened "
                "70 cases related to children in forced labor, trafficking, and other illicit "
                "activities, without disaggregating the trafficking cases. The brigade opened 45 "
                "cases of exploitation of children but did not specify how many of these involved "
                "trafficking. Police investigated 30 trafficking cases but did not specify how "
                "many were sex trafficking or labor trafficking.") == {
        ("investigations", 2020, 300), ("investigations", 2020, 30)}
    # "...; however, ... did not specify how many, if any, of these were trafficking victims"
    assert rows("The government also identified 2,575 victims of labor exploitation during 462 "
                "inspections, compared with 1,937 victims during 443 inspections in 2019; "
                "however, the government did not specify how many, if any, of these were "
                "trafficking victims.", 2021, "PROTECTION") == set()


def test_counts_by_body_adding_up_to_the_count_before_are_its_parts() -> None:
    assert rows("First responders referred 190 potential victims (140 in 2019) to the protection "
                "center; the police referred 90 (40 in 2019), social services referred 45 (50 in "
                "2019), other state bodies referred 20, and 35 were referred by civil society.",
                2021, "PROTECTION") == {
        ("victims_referred", 2020, 190), ("victims_referred", 2019, 140)}


def test_a_bare_figure_with_its_own_participle_is_of_that_participle() -> None:
    assert rows("The government identified 30 victims and referred 12 to shelters. This was "
                "compared to 25 victims identified and nine referred in 2019.", 2021,
                "PROTECTION") == {
        ("victims_identified", 2020, 30), ("victims_referred", 2020, 12),
        ("victims_identified", 2019, 25), ("victims_referred", 2019, 9)}


def test_no_effort_to_do_what_the_verbs_count_is_none_of_each() -> None:
    assert rows("The government made no efforts to identify or assist victims of trafficking, "
                "and failed to prevent trafficking.", 2011) == {
        ("victims_identified", 2010, 0), ("victims_assisted", 2010, 0)}
    assert rows("The government failed to report any efforts to investigate or prosecute any "
                "offenders, or identify any trafficking victims.", 2011) == {
        ("investigations", 2010, 0), ("prosecutions", 2010, 0), ("victims_identified", 2010, 0)}
    assert rows("Officials took no action to investigate traffickers, assist victims, or join "
                "awareness campaigns.", 2011) == {
        ("investigations", 2010, 0), ("victims_assisted", 2010, 0)}
    assert rows("The government did not report any efforts to prosecute trafficking offenses.",
                2011) == {("prosecutions", 2010, 0)}
    assert rows("Police made no efforts to proactively identify victims.", 2011) == set()
    assert rows("Police took no action to investigate the cases NGOs raised.", 2011) == set()
    assert rows("The ministry took no action to investigate complicit officials.", 2011) == set()


def test_failed_to_allocate_funds_is_no_money() -> None:
    assert rows("The government failed to allocate funds to its victim assistance fund.", 2021,
                "PROTECTION") == {("victim_assistance_funding", 2020, 0)}
    assert rows("The government failed to allocate sufficient funds to victim services.", 2021,
                "PROTECTION") == set()


def test_victims_in_a_kind_of_trafficking_are_of_that_kind() -> None:
    assert figures("In 2020, police identified 310 victims in labor trafficking and 45 in sex "
                   "trafficking.", 2022, "PROTECTION") == {
        ("victims_identified", 2020, 355), ("victims_identified_labor_trafficking", 2020, 310),
        ("victims_identified_sex_trafficking", 2020, 45)}
    assert rows("Police identified 12 victims in shelters for sex trafficking victims.", 2022,
                "PROTECTION") == {("victims_identified", 2021, 12)}


def test_parts_after_a_semicolon_in_the_parenthesis_are_still_parts() -> None:
    assert rows("Police identified 50 trafficking victims (35 women and 15 men; 40 for forced "
                "labor and 10 for sex trafficking), compared with 28 in 2019.", 2021,
                "PROTECTION") == {
        ("victims_identified", 2020, 50), ("victims_identified", 2019, 28),
        ("victims_identified_labor_trafficking", 2020, 40),
        ("victims_identified_sex_trafficking", 2020, 10)}


def test_respectively_over_what_is_not_a_measure_claims_no_whole() -> None:
    assert rows("Police and NGOs identified 14 and 22 victims, respectively.", 2021,
                "PROTECTION") == set()
    assert rows("The government identified 14 and 22 victims in 2020 and 2019, respectively.",
                2021, "PROTECTION") == {
        ("victims_identified", 2020, 14), ("victims_identified", 2019, 22)}


def test_help_with_return_home_is_not_the_victims_assisted() -> None:
    assert rows("The government assisted two victims with return to their home countries.",
                2019, "PROTECTION") == set()


def test_some_of_the_victims_identified_that_received_care_are_those_assisted() -> None:
    assert rows("Nine of the 15 victims identified during the year received care services.",
                2019, "PROTECTION") == {
        ("victims_assisted", 2018, 9), ("victims_identified", 2018, 15)}


def test_foreign_victims_and_the_countrys_own_are_parts_of_one_sum() -> None:
    assert figures("Police identified 31 foreign victims and two Portuguese victims.", 2019,
                   "PROTECTION", "PRT") == {
        ("victims_identified", 2018, 33), ("victims_identified_foreign", 2018, 31)}


def test_to_date_in_an_aside_after_a_dash_is_not_said_of_the_count() -> None:
    """"convicted two traffickers—the first convictions to date": two convictions this year;
    "to date" in the count's own clause still makes it cumulative."""
    assert rows("Courts convicted two traffickers—the first trafficking convictions to "
                "date. Courts have convicted 40 traffickers to date.") == {
        ("convictions", 2020, 2)}


def test_parts_adding_up_to_their_whole_are_all_of_their_kind() -> None:
    # a qualifier no split names ("adult", "girl") narrows nothing where the parts make up
    # the whole: each is every victim of its kind
    assert rows("In 2020, the government identified 14 victims, including ten adult labor "
                "trafficking victims and four sex trafficking victims.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 14), ("victims_identified_labor_trafficking", 2020, 10),
        ("victims_identified_sex_trafficking", 2020, 4)}
    assert rows("Police identified 25 victims in 2020. Traffickers exploited one girl in sex "
                "trafficking and 24 victims in forced labor.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 25), ("victims_identified_sex_trafficking", 2020, 1),
        ("victims_identified_labor_trafficking", 2020, 24)}


def test_parts_short_of_their_whole_keep_their_qualifier() -> None:
    # ten adults of labor trafficking among 20 victims: maybe not every labor victim
    assert rows("In 2020, the government identified 20 victims, including ten adult labor "
                "trafficking victims and four sex trafficking victims.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 20), ("victims_identified_sex_trafficking", 2020, 4)}


def test_a_list_of_what_some_were_after_a_part_of_no_split() -> None:
    # "men" names no split, but the list goes on with parts of the same whole
    assert rows("In 2020, police identified 60 victims. Thirty of the victims were men, 22 "
                "were women, and eight were children.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 60), ("victims_identified_children", 2020, 8)}


def test_a_breakdown_of_a_part_of_no_split_is_no_list_of_the_whole() -> None:
    # "one forced labor" is one of the four, not a kind of the 15 investigations
    assert rows("Police investigated 15 cases in 2020. Prosecutors found four of the 15 cases "
                "were trafficking, one forced labor and three sex trafficking.", 2021) == {
        ("investigations", 2020, 15)}


def test_a_part_named_by_its_noun_takes_the_measure_of_that_count() -> None:
    # "these cases" are the 20 prosecuted, the last cases of the sentence before
    assert rows("In 2020, police investigated 50 cases and prosecuted 20 cases. Eight of these "
                "cases involved forced labor, and 12 involved sex trafficking.") == {
        ("investigations", 2020, 50), ("prosecutions", 2020, 20),
        ("prosecutions_labor_trafficking", 2020, 8), ("prosecutions_sex_trafficking", 2020, 12)}


def test_a_part_of_cases_read_as_no_measure_is_no_part_of_another() -> None:
    # the 20 forwarded cases count nothing of ours: neither do their parts
    assert rows("In 2020, police investigated 50 cases and forwarded 20 cases to a special "
                "unit. Eight of these cases involved forced labor, and 12 involved sex "
                "trafficking.") == {("investigations", 2020, 50)}


def test_a_part_of_a_count_set_aside_is_set_aside_too() -> None:
    # the eight are some of one region's 20 prosecutions, no kind of the country's count
    assert rows("In 2020, police investigated 50 cases. Authorities in Zanzibar prosecuted 20 "
                "cases. Eight of these cases involved forced labor.") == {
        ("investigations", 2020, 50)}


def test_a_part_naming_no_count_before_it_is_of_the_count_left_open() -> None:
    # no cases counted but the 50: those are the cases eight of which were of forced labor
    assert rows("In 2020, police investigated 50 cases and prosecuted 20 suspects. Eight of "
                "these cases involved forced labor.") == {
        ("investigations", 2020, 50), ("prosecutions", 2020, 20),
        ("investigations_labor_trafficking", 2020, 8)}


def test_a_verb_counting_some_of_an_earlier_count_takes_its_year() -> None:
    # the 30 convicted are some of the 89 of 2019: the verb's measure, that count's year
    assert rows("In 2019, police investigated 89 suspected traffickers. Courts later convicted "
                "30 of these individuals.") == {
        ("investigations", 2019, 89), ("convictions", 2019, 30)}
    assert rows("Police identified 45 victims in 2019. The government provided shelter to 30 "
                "of these victims.", 2021, "PROTECTION") == {
        ("victims_identified", 2019, 45), ("victims_assisted", 2019, 30)}


def test_a_verb_counting_some_of_an_earlier_count_in_a_year_it_names() -> None:
    assert rows("In 2019, police investigated 89 suspected traffickers. In 2020, courts "
                "convicted 30 of them.") == {
        ("investigations", 2019, 89), ("convictions", 2020, 30)}


def test_a_sentence_opening_on_a_noun_is_of_the_last_count_of_it() -> None:
    assert rows("In 2020, police investigated 50 cases and prosecuted 20 cases. Of these cases, "
                "eight involved forced labor.") == {
        ("investigations", 2020, 50), ("prosecutions", 2020, 20),
        ("prosecutions_labor_trafficking", 2020, 8)}
    assert rows("In 2020, police investigated 50 cases and prosecuted 20 cases. Of the "
                "prosecutions, eight involved forced labor.") == {
        ("investigations", 2020, 50), ("prosecutions", 2020, 20),
        ("prosecutions_labor_trafficking", 2020, 8)}
    assert rows("In 2020, police investigated 50 cases and forwarded 20 cases to a special "
                "unit. Of these cases, eight involved forced labor.") == {
        ("investigations", 2020, 50)}


def test_victims_named_after_two_bodies_counts_are_not_the_last_bodys() -> None:
    # "these victims" may be all 70: the parts stay with the count the sentence left open
    assert rows("In 2020, police identified 50 victims and NGOs identified 20 victims. Of these "
                "victims, eight were children.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 50), ("victims_identified_ngo", 2020, 20),
        ("victims_identified_children", 2020, 8)}


def test_the_remaining_ones_are_the_rest_of_the_count_before() -> None:
    # the 11 are the rest of the 15 convictions: convictions, of their own kind
    assert rows("Courts convicted 15 traffickers in 2020. Judges gave four of them prison terms "
                "for sex trafficking; the courts convicted the remaining 11 of forced labor.") == {
        ("convictions", 2020, 15), ("convictions_sex_trafficking", 2020, 4),
        ("convictions_labor_trafficking", 2020, 11)}


def test_the_remaining_ones_after_a_verb_of_no_measure_are_no_part() -> None:
    # what was dropped is not said to be a kind of the investigations
    assert rows("Police investigated 20 cases in 2020. Prosecutors dropped the remaining eight "
                "labor trafficking cases.") == {("investigations", 2020, 20)}


def test_a_coordinated_count_with_a_noun_of_its_own_counted_by_the_verb_before() -> None:
    """"identified 14 men forced to work on fishing boats ..., and 40 labor trafficking
    victims": the verb before counts the second noun too, for the same measure, and the
    second count is not of the first one's group (men)."""
    got = rows("The government identified 14 men forced to work on fishing boats (six in "
               "2019), and 40 labor trafficking victims (30 in 2019; 22 in 2018).", 2021,
               "PROTECTION")
    assert {("victims_identified_labor_trafficking", 2020, 40),
            ("victims_identified_labor_trafficking", 2019, 30),
            ("victims_identified_labor_trafficking", 2018, 22)} <= got


def test_a_count_after_a_figure_of_another_verb_is_not_of_the_verb_before_it() -> None:
    """"investigating 210 cases and referred ... 45 cases involving 60 male and 15 female
    defendants": the 15 is coordinated with the 60, not counted by "investigating"; the 45
    are the cases referred."""
    assert rows("Police reported investigating 210 cases and referred for trial 45 cases "
                "involving 60 male and 15 female defendants.") == {
        ("investigations", 2020, 210), ("cases_referred", 2020, 45)}


def test_a_hedge_that_they_may_have_been_subjected_to_trafficking() -> None:
    """"some of whom may also have been subjected to sex trafficking": the count before it
    and its comparison are of a wider group; the count after it and its comparisons are not
    the hedge's."""
    assert rows("Officials identified 18 girls recruited as dancers, some of whom may also "
                "have been subjected to sex trafficking (11 in 2019), and 26 sex trafficking "
                "victims (19 in 2019; 15 in 2018).", 2021, "PROTECTION") == {
        ("victims_identified_sex_trafficking", 2020, 26),
        ("victims_identified_sex_trafficking", 2019, 19),
        ("victims_identified_sex_trafficking", 2018, 15)}
    assert rows("Officials identified 18 girls recruited as dancers, some of whom may have "
                "been trafficked (11 in 2019; nine in 2018).", 2021, "PROTECTION") == set()


def test_a_count_of_one_kind_named_by_sex_or_age_is_that_kinds_count() -> None:
    """"25 male labor trafficking victims" after a total of adults and children: the count
    of labor trafficking victims; after a count by the same group ("five child sex
    trafficking victims"), "one adult sex trafficking victim" is a part; "twelve of the labor
    trafficking victims were male" says what some of them were."""
    assert rows("The government identified 60 trafficking victims, including 40 adults and 20 "
                "children. It also identified 25 male labor trafficking victims.", 2021,
                "PROTECTION") == {
        ("victims_identified", 2020, 60), ("victims_identified_children", 2020, 20),
        ("victims_identified_labor_trafficking", 2020, 25)}
    assert rows("The government identified five child sex trafficking victims. It also "
                "identified one adult sex trafficking victim.", 2021, "PROTECTION") == {
        ("victims_identified_children", 2020, 5)}
    assert rows("The government identified 60 trafficking victims. Twelve of the labor "
                "trafficking victims were male.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 60)}
    # items of one list by sex and age: each a part, the first one too
    assert rows("In 2020, the government identified six trafficking victims. The six victims "
                "included one adult female victim of sex trafficking, one adult male victim of "
                "labor trafficking, and one minor female victim of sex trafficking.", 2021,
                "PROTECTION") == {("victims_identified", 2020, 6)}


def test_one_shelter_named_by_whom_it_is_for_is_one_shelters_caseload() -> None:
    """"the men’s shelter assisted 23 victims" (either apostrophe) is one shelter's count;
    "the women's shelters" are all of them."""
    for apostrophe in ("'", "’"):
        assert rows(f"In 2020, the men{apostrophe}s shelter assisted 23 trafficking victims.",
                    2021, "PROTECTION") == set()
    assert rows("In 2020, the women's shelters assisted 230 trafficking victims.", 2021,
                "PROTECTION") == {("victims_assisted", 2020, 230)}


def test_the_care_one_shelter_offered_is_one_shelters_caseload() -> None:
    """"the shelter for boys offered medical care to 12 victims" is that shelter's count; the
    government's own care stands, even where it gave shelter."""
    assert rows("The state shelter for boys offered medical and legal care to 12 victims in "
                "2020.", 2021, "PROTECTION") == set()
    assert rows("In 2020, the government provided shelter and care to 30 victims.", 2021,
                "PROTECTION") == {("victims_assisted", 2020, 30)}
    assert rows("In 2020, the government opened a new shelter and a help desk in the capital and "
                "provided assistance to 400 victims.", 2021, "PROTECTION") == {
        ("victims_assisted", 2020, 400)}


def test_a_comparison_with_no_figure_to_compare_reads_its_own_words() -> None:
    """"The number of victims identified in 2020 marked an increase from the 31 victims the
    government identified in 2019": no figure of the sentence is compared, so what the
    compared figures count is what their own words say (a verb of the vocabulary and its
    noun, and who did it); a verb of no measure or a noun the verb does not count gives
    nothing."""
    assert rows("Police identified 40 victims in 2020. The number of victims identified in 2020 "
                "marked an increase from the 31 victims the government identified in 2019 and "
                "from 25 identified victims in 2018.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 40), ("victims_identified", 2019, 31),
        ("victims_identified", 2018, 25)}
    assert rows("Police identified 40 victims in 2020. The number of victims identified in 2020 "
                "marked an increase from the 31 victims NGOs identified in 2019.", 2021,
                "PROTECTION") == {
        ("victims_identified", 2020, 40), ("victims_identified_ngo", 2019, 31)}
    assert rows("Police identified 40 victims in 2020. The number of victims identified in 2020 "
                "marked an increase from the 31 victims the government repatriated in 2019 and "
                "from 25 identified suspects in 2018.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 40)}


def test_a_count_in_parentheses_after_a_percentage_is_read_with_its_words() -> None:
    """"60 percent (120) of identified victims received assistance": the count in
    parentheses is of what the clause says of the percentage, and so is its comparison's;
    the percentages are no counts, and a clause of no measure gives none."""
    assert rows("In 2020, 60 percent (120) of identified victims received assistance from "
                "NGOs, compared with 55 percent (99) in 2019 and 50 percent in 2018.", 2021,
                "PROTECTION") == {("victims_assisted", 2020, 120), ("victims_assisted", 2019, 99)}
    assert rows("In 2020, 60 percent (120) of identified victims were women.", 2021,
                "PROTECTION") == set()


def test_amounts_compared_respectively_pair_with_the_amounts_before() -> None:
    """"compared with 90,000 lev ($52,000) and 40,000 lev ($23,000), respectively": each
    amount is read as the one in the same place before the comparison, so the counterpart of
    a donor's money is set aside as that money is, and amounts of two measures keep theirs."""
    assert rows("The ministry allocated 100,000 lev ($58,000) for victim services with an "
                "additional 50,000 lev ($29,000) from a foreign donor, compared with 90,000 lev "
                "($52,000) and 40,000 lev ($23,000), respectively, in 2019.", 2021,
                "PROTECTION") == {
        ("victim_assistance_funding", 2020, 58000), ("victim_assistance_funding", 2019, 52000)}
    assert rows("The government allocated $50,000 for victim services and $20,000 for "
                "awareness campaigns, compared with $40,000 and $10,000, respectively, in 2019.",
                2021, "PROTECTION") == {
        ("victim_assistance_funding", 2020, 50000), ("prevention_funding", 2020, 20000),
        ("victim_assistance_funding", 2019, 40000), ("prevention_funding", 2019, 10000)}


def test_counts_compared_respectively_skip_the_parts_in_parentheses() -> None:
    """"a notable increase from 303 and 229 (14 children), respectively": 303 is the
    comparison of the referrals received, which are not read, and 229 of the admissions; the
    children in parentheses are a part of 229, not a third item."""
    assert rows("The government received 394 potential trafficking victim referrals, and the "
                "assistance system admitted 247 potential trafficking victims (10 children), a "
                "notable increase from 303 and 229 (14 children), respectively, in 2019.", 2021,
                "PROTECTION") == {
        ("victims_assisted", 2020, 247), ("victims_assisted_children", 2020, 10),
        ("victims_assisted", 2019, 229), ("victims_assisted_children", 2019, 14)}


def test_a_compared_count_of_victims_from_another_country_is_also_foreign() -> None:
    """"compared to two victims of forced labor from Nepal in 2019": a comparison with its
    own kind keeps it, and its people, from another country than the narrative's (after the
    kind they are victims of, too), are also a count of foreign victims; from the country's
    own, they are not."""
    got = rows("Police identified 20 victims in 2020, compared to two victims of forced labor "
               "from Nepal in 2019.", 2021, "PROTECTION", "IND")
    assert {("victims_identified_labor_trafficking", 2019, 2),
            ("victims_identified_foreign", 2019, 2)} <= got
    got = rows("Police identified 20 victims in 2020, compared to two victims of forced labor "
               "from India in 2019.", 2021, "PROTECTION", "IND")
    assert ("victims_identified_labor_trafficking", 2019, 2) in got
    assert ("victims_identified_foreign", 2019, 2) not in got


def test_participle_after_a_compared_figure_passes_over_a_noun_it_cannot_count() -> None:
    assert rows("Officials identified 80 victims, of which they referred 60 to shelters, "
                "compared with 90 identified and 70 referred to shelters in 2019.", 2021,
                "PROTECTION") == {
        ("victims_identified", 2020, 80), ("victims_referred", 2020, 60),
        ("victims_identified", 2019, 90), ("victims_referred", 2019, 70)}


def test_a_count_of_additional_individuals_after_a_courts_count_is_not_the_total() -> None:
    assert rows("Judges convicted four traffickers under the law, and reported convicting seven "
                "additional individuals of trafficking-related crimes.") == {
        ("convictions", 2020, 4)}
    assert rows("Judges convicted seven additional individuals.") == {("convictions", 2020, 7)}
    assert rows("Judges convicted three traffickers, all on sex trafficking charges, under the "
                "2012 law, and reported convicting six additional individuals of "
                "trafficking-related crimes.") == {
        ("convictions", 2020, 3), ("convictions_sex_trafficking", 2020, 3)}


def test_money_for_anti_trafficking_efforts_as_a_whole_is_not_victim_funding() -> None:
    assert rows("The government provided 30 million rupees ($400,000) from the federal budget "
                "for anti-trafficking efforts, including the victim assistance fund.", 2021,
                "PROTECTION") == set()
    assert rows("The government provided 30 million rupees ($400,000) for victim assistance.",
                2021, "PROTECTION") == {("victim_assistance_funding", 2020, 400000)}


def test_what_raids_or_operations_led_to_is_a_part_of_the_years_count() -> None:
    assert rows("The government identified 150 victims in 2020. Police raided bars in one city, "
                "resulting in the identification of 40 child victims.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 150)}


def test_a_sentence_opening_on_a_hotline_counts_a_part() -> None:
    assert rows("The ministry assisted 500 victims. Through its hotline, another office assisted "
                "12 possible trafficking victims, of whom four were female and two minors.",
                2021, "PROTECTION") == {("victims_assisted", 2020, 500)}
    assert rows("Through its hotline, the ministry received 300 calls.", 2021, "PREVENTION") == {
        ("hotline_calls", 2020, 300)}


def test_a_sentence_opening_on_a_channel_named_before_counts_a_part() -> None:
    """"Through this program, ..." counts what came through one channel, and so does its
    comparison."""
    assert rows("Through this program, officials identified 25 trafficking victims (seven in "
                "2019). Authorities identified 60 trafficking victims in 2020.", 2021,
                "PROTECTION") == {("victims_identified", 2020, 60)}


def test_victims_found_during_raids_are_a_part_of_the_years_count() -> None:
    assert rows("The government identified 300 victims. In 2019, a police unit identified 90 "
                "trafficking victims during raids on brothels (40 in 2018).", 2021,
                "PROTECTION") == {("victims_identified", 2020, 300)}


def test_a_count_of_one_kind_and_the_other_ones_add_up_to_the_total() -> None:
    assert figures("Police opened eight labor trafficking cases and five other trafficking cases "
                   "in 2020, compared with three labor trafficking cases and 11 other trafficking "
                   "cases opened in 2019.") == {
        ("investigations", 2020, 13), ("investigations_labor_trafficking", 2020, 8),
        ("investigations", 2019, 14), ("investigations_labor_trafficking", 2019, 3)}
    # no "other": two counts side by side, the second of no kind, is the total as before
    assert rows("Police opened eight labor trafficking cases and five cases in 2020.") == {
        ("investigations_labor_trafficking", 2020, 8), ("investigations", 2020, 5)}


def test_a_comparison_takes_no_kind_another_comparison_names_for_itself() -> None:
    """"compared to nine labor trafficking victims in 2019 and 15 victims in 2018": the 15 are
    of no kind, as the count compared with is; a kind of that count is lent on to both."""
    assert rows("Authorities identified three victims in 2020 compared to nine labor trafficking "
                "victims in 2019 and 15 victims in 2018.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 3), ("victims_identified", 2019, 9),
        ("victims_identified_labor_trafficking", 2019, 9), ("victims_identified", 2018, 15)}
    assert rows("Authorities identified 20 labor trafficking victims in 2020, compared with 15 "
                "victims in 2019 and 12 victims in 2018.", 2021, "PROTECTION") == {
        ("victims_identified_labor_trafficking", 2020, 20),
        ("victims_identified_labor_trafficking", 2019, 15),
        ("victims_identified_labor_trafficking", 2018, 12)}


def test_a_compared_total_takes_no_kind_from_the_count_before_it() -> None:
    assert figures("In 2020, police opened 14 sex trafficking cases and two labor trafficking "
                   "cases, up from a total of 11 cases in 2019.") == {
        ("investigations_sex_trafficking", 2020, 14), ("investigations_labor_trafficking", 2020, 2),
        ("investigations", 2020, 16), ("investigations", 2019, 11)}
    # with no "a total of", the compared count is of the kind of the one before it
    assert rows("In 2020, police opened two labor trafficking cases, up from 11 in 2019.") == {
        ("investigations_labor_trafficking", 2020, 2),
        ("investigations_labor_trafficking", 2019, 11)}


def test_a_compared_gerund_of_no_measure_is_not_the_count_before_it() -> None:
    assert rows("In 2020, police reported investigating 640 suspects, compared with "
                "investigating 590 suspects and detaining 130 people in 2019.") == {
        ("investigations", 2020, 640), ("investigations", 2019, 590)}
    # a gerund of a measure counts its own figure
    assert rows("In 2020, police reported investigating 640 suspects, compared with "
                "investigating 590 suspects and prosecuting 130 people in 2019.") == {
        ("investigations", 2020, 640), ("investigations", 2019, 590),
        ("prosecutions", 2019, 130)}


def test_victim_assistance_funding_named_before_its_amount() -> None:
    assert rows("In 2020, the ministry raised victim assistance funding to $62,000. It also "
                "trained judges.", 2021, "PROTECTION") == {
        ("victim_assistance_funding", 2020, 62000)}
    assert rows("In 2020, funding for victim services rose to $62,000. It also trained "
                "judges.", 2021, "PROTECTION") == {("victim_assistance_funding", 2020, 62000)}
    assert rows("In 2020, the ministry raised awareness funding to $62,000. It also trained "
                "judges.", 2021, "PROTECTION") == set()


def test_people_counted_with_a_participle_in_cases_are_not_counted_again_in_cases() -> None:
    assert rows("Courts convicted 41 traffickers in 2020, compared with 52 defendants convicted "
                "in 17 cases in 2019.") == {("convictions", 2020, 41), ("convictions", 2019, 52)}
    # cases with a verb of their own are a count of their own
    assert rows("Courts convicted 41 traffickers in 2020 and prosecuted 17 cases.") == {
        ("convictions", 2020, 41), ("prosecutions", 2020, 17)}


def test_a_count_that_is_the_subject_of_two_predicates_counts_for_both() -> None:
    assert rows("Eleven victims were referred to state shelters and received medical care and "
                "counseling. Police trained judges.", 2021, "PROTECTION") == {
        ("victims_referred", 2020, 11), ("victims_assisted", 2020, 11)}
    # a second predicate of no measure adds none
    assert rows("Eleven victims were referred to state shelters and returned home. Police "
                "trained judges.", 2021, "PROTECTION") == {("victims_referred", 2020, 11)}


def test_an_ngos_count_holds_no_part_the_state_counts() -> None:
    assert rows("NGOs assisted 80 victims. The ministry also assisted 210 adult trafficking "
                "victims.", 2021, "PROTECTION") == {
        ("victims_assisted_ngo", 2020, 80), ("victims_assisted", 2020, 210)}
    # after the state's own count, its count of one group is a part of it
    assert rows("The ministry assisted 300 victims. The ministry also assisted 210 adult "
                "trafficking victims.", 2021, "PROTECTION") == {("victims_assisted", 2020, 300)}


def test_a_figure_in_a_question_left_open_is_no_count() -> None:
    assert rows("The government assisted 30 victims but did not report whether the other 12 "
                "identified victims received any services.", 2021, "PROTECTION") == {
        ("victims_assisted", 2020, 30)}


def test_a_year_dating_the_making_of_a_thing_is_not_the_figures_year() -> None:
    assert rows("The ministry's referral guide, adopted in 2018, helped officials refer 40 "
                "victims to care.", 2021, "PROTECTION") == {("victims_referred", 2020, 40)}
    # a year after the figure, in its own clause, still dates it
    assert rows("The government referred 40 victims to care in 2019.", 2021, "PROTECTION") == {
        ("victims_referred", 2019, 40)}


def test_some_of_a_count_of_the_kind_it_is_all_of_is_no_part() -> None:
    assert rows("The agency assisted 300 children in 2020; it reported 120 of those children "
                "were new cases.", 2021, "PROTECTION") == {("victims_assisted_children", 2020, 300)}
    # some of them of another kind: a part
    assert rows("The agency assisted 300 victims in 2020; 120 of those victims were children.",
                2021, "PROTECTION") == {("victims_assisted", 2020, 300),
                                        ("victims_assisted_children", 2020, 120)}


def test_nationals_helped_abroad_are_one_channels_count() -> None:
    assert rows("The ministry assisted 210 victims. Its embassies also assisted 35 Kenyan "
                "trafficking victims abroad.", 2021, "PROTECTION") == {
        ("victims_assisted", 2020, 210)}
    # "victims of human trafficking exploited abroad", with its parts
    assert rows("The government identified and assisted 313 Mexican victims of human "
                "trafficking exploited abroad during the first half of 2020. Among these "
                "victims were 33 men, 39 women, 155 boys, and 86 girls.", 2021,
                "PROTECTION") == set()
    # victims in the country and abroad: the year's count
    assert rows("The government identified 46 trafficking victims in the country and abroad.",
                2021, "PROTECTION") == {("victims_identified", 2020, 46)}


def test_a_superlative_since_a_year_ranks_the_count_and_adds_up_nothing() -> None:
    assert rows("Police identified 52 victims in 2020, the fewest victims identified since "
                "2012 and a decrease from 80 in 2019 and 75 in 2018.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 52), ("victims_identified", 2019, 80),
        ("victims_identified", 2018, 75)}
    # a count since a year adds up the years since
    assert rows("Since 2012, police identified 520 victims.", 2021, "PROTECTION") == set()


def test_victims_identified_by_a_body_and_described_are_its_count() -> None:
    assert rows("Two-thirds of the 30 victims identified by the police in 2019 were women.",
                2021, "PROTECTION") == {("victims_identified", 2019, 30)}
    # the subject of another measure's verb: that count, not this one
    assert ("victims_identified", 2020, 12) not in rows(
        "The 12 victims identified by the police were referred to shelters.", 2021, "PROTECTION")


def test_fines_on_top_of_prison_terms_are_no_count_of_offenders_without_prison() -> None:
    assert rows("The court convicted 12 traffickers in 2020 and sentenced all of them to prison "
                "terms. In addition to prison terms, nine of the 12 convicted traffickers received "
                "fines.") == {("convictions", 2020, 12)}
    assert ("convictions_not_imprisoned", 2020, 9) in rows(
        "The court convicted 12 traffickers in 2020. Nine of the 12 convicted traffickers "
        "received suspended sentences.")


def test_parts_of_the_victims_a_verb_names_are_not_parts_of_another_count() -> None:
    assert rows("Police identified 300 victims. Of those referred to shelters, 90 were victims "
                "of sex trafficking.", 2021, "PROTECTION") == {("victims_identified", 2020, 300)}
    # parts of the victims identified: splits of that count
    assert rows("Police identified 300 victims. Of those identified, 90 were victims of sex "
                "trafficking.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 300), ("victims_identified_sex_trafficking", 2020, 90)}


def test_nationals_held_in_prison_abroad_are_one_groups_count() -> None:
    assert rows("Police identified 140 victims in 2020. The government also granted official "
                "victim status to 12 individuals incarcerated in Poland in 2020.", 2021,
                "PROTECTION") == {("victims_identified", 2020, 140)}
    assert rows("Police identified 140 victims in 2020. The government granted official victim "
                "status to four Ukrainians incarcerated abroad for actions committed as a result "
                "of being trafficked.", 2021, "PROTECTION") == {("victims_identified", 2020, 140)}


def test_victims_of_sex_exploitation_are_sex_trafficking_victims() -> None:
    assert rows("In 2020, authorities identified 60 victims (including 35 victims of labor "
                "exploitation and 25 victims of sex exploitation).", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 60), ("victims_identified_labor_trafficking", 2020, 35),
        ("victims_identified_sex_trafficking", 2020, 25)}


def test_victims_who_received_assistance_counted_after_a_dash() -> None:
    assert rows("Few identified victims received assistance— 40 in 2020, compared with 55 in "
                "2019.", 2021, "PROTECTION") == {
        ("victims_assisted", 2020, 40), ("victims_assisted", 2019, 55)}


def test_a_percentage_s_count_with_its_noun_after_a_dash_is_read_with_its_clause() -> None:
    """"received assistance – 20 percent (19 victims) in 2021, compared with 25 percent (30
    victims) in 2020": the counts in parentheses, nouns and all, are of the clause that gives
    the percentages, not of a measure of the clause before the semicolon."""
    assert rows("In 2021, officials referred 90 of 95 identified victims to services; "
                "however, few victims received assistance – 20 percent (19 victims) in 2021, "
                "compared with 25 percent (30 victims) in 2020.", 2022, "PROTECTION") == {
        ("victims_referred", 2021, 90), ("victims_assisted", 2021, 19),
        ("victims_assisted", 2020, 30)}


def test_a_year_opening_the_sentence_dates_each_of_its_clauses() -> None:
    assert rows("Authorities identified 90 victims (70 in 2018). In 2018, 52 were victims of "
                "sex trafficking; 14 were children; 33 were foreign victims.", 2020,
                "PROTECTION") == {
        ("victims_identified", 2019, 90), ("victims_identified", 2018, 70),
        ("victims_identified_sex_trafficking", 2018, 52),
        ("victims_identified_children", 2018, 14), ("victims_identified_foreign", 2018, 33)}
    # a clause that opens on a year of its own keeps it
    assert rows("Authorities identified 90 victims. In 2019, 52 were victims of sex "
                "trafficking; in 2018, 14 were children.", 2020, "PROTECTION") == {
        ("victims_identified", 2019, 90), ("victims_identified_sex_trafficking", 2019, 52),
        ("victims_identified_children", 2018, 14)}


def test_a_stated_zero_is_no_whole_for_the_parts_after_it() -> None:
    assert rows("Police identified 60 victims in 2020. The government did not identify any "
                "labor trafficking victims. Of the victims identified, nine were children and "
                "12 were men.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 60), ("victims_identified_labor_trafficking", 2020, 0),
        ("victims_identified_children", 2020, 9)}
    # with no count before, the parts are still not of the zero's kind
    assert rows("The government did not identify any labor trafficking victims. Of the victims "
                "identified, nine were children.", 2021, "PROTECTION") == {
        ("victims_identified_labor_trafficking", 2020, 0),
        ("victims_identified_children", 2020, 9)}


def test_a_parts_breakdown_in_parentheses_is_passed_over_to_the_next_part() -> None:
    assert figures("Officials identified 31 adult victims (12 women and 19 men) and 14 child "
                   "victims in 2020.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 45), ("victims_identified_children", 2020, 14)}
    assert rows("Officials identified 31 child victims (12 girls and 19 boys) and no adult "
                "victims.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 31), ("victims_identified_children", 2020, 31)}
    # what follows the parenthesis is still no part when it counts another crime
    assert rows("Officials identified 31 adult victims (12 women and 19 men) and 14 victims of "
                "illegal recruitment.", 2021, "PROTECTION") == {("victims_identified", 2020, 31)}


def test_cases_initiated_in_previous_years_are_not_this_years_count() -> None:
    assert rows("The government initiated five prosecutions. It did not report the outcome of "
                "three prosecutions involving eight defendants initiated in previous years.") == {
        ("prosecutions", 2020, 5)}
    # one earlier period is a comparison, not cases carried over
    assert rows("The government initiated five prosecutions, compared with nine prosecutions "
                "initiated in the previous reporting period.") == {
        ("prosecutions", 2020, 5), ("prosecutions", 2019, 9)}
    # the cases carried over are those of the clause they end, not a count before "and"
    assert rows("The government initiated three trafficking investigations and continued 10 "
                "investigations initiated in prior years.") == {("investigations", 2020, 3)}


def test_cases_said_only_to_show_signs_of_trafficking_are_a_wider_group() -> None:
    assert rows("The government did not report any trafficking prosecutions; however, it "
                "prosecuted three cases with trafficking indicators under the labor "
                "code.") == {
        ("prosecutions", 2020, 0)}
    assert rows("The government prosecuted three trafficking cases under the labor code.") == {
        ("prosecutions", 2020, 3)}


def test_a_compared_n_of_m_mirrors_a_count_that_is_some_of_a_whole() -> None:
    assert rows("Of the 60 victims, the government referred 14 to shelters in 2020 (nine of 40 "
                "total victims in 2019).", 2021, "PROTECTION") == {
        ("victims_referred", 2020, 14), ("victims_referred", 2019, 9)}
    # where the count is the whole, the compared whole is its comparison
    got = rows("Authorities investigated 135 cases in 2020, 34 of which involved forced labor "
               "(12 of 45 in 2019).")
    assert ("investigations", 2019, 45) in got and ("investigations", 2019, 12) not in got


def test_victims_entering_a_care_programme_are_assisted() -> None:
    assert rows("In 2020, 11 victims enrolled in the state-funded victim assistance program.",
                2021, "PROTECTION") == {("victims_assisted", 2020, 11)}
    assert rows("In 2020, 11 victims entered an awareness program for students.", 2021,
                "PROTECTION") == set()


def test_money_named_after_its_purpose() -> None:
    assert rows("The government cut its allocation for sheltering victims in 2020 to 80,000 euros "
                "($90,000), compared with 95,000 euros ($107,000) in 2019.", 2021,
                "PROTECTION") == {
        ("victim_assistance_funding", 2020, 90000), ("victim_assistance_funding", 2019, 107000)}
    assert rows("The government raised its budget for awareness campaigns to 50,000 euros "
                "($55,000).", 2021, "PROTECTION") == set()


def test_a_part_of_a_count_of_cases_is_of_its_kind_of_trafficking() -> None:
    assert rows("Prosecutors initiated four prosecutions (one for labor trafficking of a child, "
                "three for sex trafficking of adults).") == {
        ("prosecutions", 2020, 4), ("prosecutions_labor_trafficking", 2020, 1),
        ("prosecutions_sex_trafficking", 2020, 3)}
    # a part of a count of victims stays a count of children
    assert rows("Police identified four victims (one child in labor trafficking, three adults "
                "in sex trafficking).", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 4), ("victims_identified_children", 2020, 1),
        ("victims_identified_sex_trafficking", 2020, 3)}


def test_parts_of_a_count_of_cases_that_share_a_kind_add_up_to_its_count() -> None:
    assert figures("Police opened five investigations (one for sex trafficking of a child, two for "
                   "sex trafficking of adults, two for forced labor).") == {
        ("investigations", 2020, 5), ("investigations_sex_trafficking", 2020, 3),
        ("investigations_labor_trafficking", 2020, 2)}
    # a part of a form no split names may be of the same kind: no sum
    assert rows("In 2022, the police conducted a total of 40 new investigations, which included "
                "10 cases of sex trafficking, six cases of domestic servitude, 12 cases of labor "
                "trafficking in construction, and 12 cases of labor trafficking in "
                "agriculture.", 2023) == {
        ("investigations", 2022, 40), ("investigations_sex_trafficking", 2022, 10)}
    # parts that fall short of the count may be only some of their kind
    assert rows("Police opened eight investigations (one for sex trafficking of a child, two for "
                "sex trafficking of adults, two for forced labor).") == {
        ("investigations", 2020, 8), ("investigations_labor_trafficking", 2020, 2)}


def test_parts_that_are_all_foreign_add_up_to_foreign_victims() -> None:
    assert figures("The government identified 12 victims, including four foreign victims (two "
                   "foreign victims from Syria and three from Iraq in 2019).", 2021, "PROTECTION",
                   "MDA") == {
        ("victims_identified", 2020, 12), ("victims_identified_foreign", 2020, 4),
        ("victims_identified_foreign", 2019, 5)}
    # parts of the country's own nationals and foreigners add up to victims of both
    got = figures("The government identified 12 victims, including four foreign victims (two "
                  "foreign victims from Syria and three Moldovan victims in 2019).", 2021,
                  "PROTECTION", "MDA")
    assert ("victims_identified", 2019, 5) in got
    assert ("victims_identified_foreign", 2019, 5) not in got


def test_none_after_a_semicolon_is_a_part_of_none() -> None:
    assert rows("The government identified 30 victims; 18 were women; none were children (four "
                "in 2019).", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 30), ("victims_identified_children", 2020, 0),
        ("victims_identified_children", 2019, 4)}
    assert rows("The government identified 30 victims; none of the cases went to trial.", 2021,
                "PROTECTION") == {("victims_identified", 2020, 30)}


def test_referrals_through_the_national_referral_mechanism_identify_victims() -> None:
    assert rows("Through the NRM, authorities referred 4,100 potential trafficking victims for "
                "care nationwide in 2018, compared with 3,200 in 2017.", 2019, "PROTECTION") == {
        ("victims_identified", 2018, 4100), ("victims_identified", 2017, 3200)}
    assert rows("Authorities referred 4,100 potential trafficking victims for care in 2018.",
                2019, "PROTECTION") == {("victims_referred", 2018, 4100)}


def test_child_soldiering_in_a_list_of_forms_is_no_count_of_children() -> None:
    assert rows("The government identified 90 victims (60 in 2019). In 2019, 40 were victims of "
                "sex trafficking, five of forced begging, and one of child soldiering; 12 were "
                "children.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 90), ("victims_identified", 2019, 60),
        ("victims_identified_sex_trafficking", 2019, 40),
        ("victims_identified_children", 2019, 12)}
    assert rows("The government identified 90 victims; 12 were child victims of forced "
                "begging.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 90), ("victims_identified_children", 2020, 12)}


def test_a_comparison_in_parentheses_after_the_last_part_has_parts_of_its_own() -> None:
    assert figures("Police identified 80 potential victims and six confirmed victims (70 potential "
                   "victims and three confirmed victims in 2019).", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 6), ("victims_identified", 2019, 3)}


def test_a_compared_count_of_trafficking_as_a_whole_takes_no_kind() -> None:
    """A compared count whose own words name trafficking and no form of it counts every
    kind (and the year's only count, of one kind, compared with it is that year's total);
    one that names nothing counts the kind of the count it is compared with."""
    assert rows("Officials identified 14 labor trafficking victims, a rise from identifying "
                "six potential trafficking victims in 2019.", heading="PROTECTION") == {
        ("victims_identified_labor_trafficking", 2020, 14), ("victims_identified", 2020, 14),
        ("victims_identified", 2019, 6)}
    assert rows("Officials identified 14 labor trafficking victims in 2020 (22 trafficking "
                "victims in 2019).", heading="PROTECTION") == {
        ("victims_identified_labor_trafficking", 2020, 14), ("victims_identified", 2020, 14),
        ("victims_identified", 2019, 22)}
    assert rows("Officials identified 14 labor trafficking victims in 2020 (22 victims in "
                "2019).", heading="PROTECTION") == {
        ("victims_identified_labor_trafficking", 2020, 14),
        ("victims_identified_labor_trafficking", 2019, 22)}


def test_support_given_to_organisations_is_no_victim_assisted() -> None:
    assert rows("In 2020, the ministry provided support to 12 NGOs and shelters.", 2021,
                "PROTECTION") == set()
    assert rows("In 2020, the ministry provided financial assistance for 12 hotlines.", 2021,
                "PROTECTION") == set()
    assert rows("In 2020, the ministry provided support to 12 trafficking victims.", 2021,
                "PROTECTION") == {("victims_assisted", 2020, 12)}
    assert rows("In 2020, the ministry provided shelter to 12 in state-run centres.", 2021,
                "PROTECTION") == {("victims_assisted", 2020, 12)}


def test_organisations_joining_a_care_programme_are_no_victims_assisted() -> None:
    assert rows("In 2020, 12 NGOs joined the national victim assistance program.", 2021,
                "PROTECTION") == set()
    assert rows("In 2020, 12 potential victims joined the national victim assistance program.",
                2021, "PROTECTION") == {("victims_assisted", 2020, 12)}
    assert rows("The police identified 30 victims in 2020; 12 entered the state care program.",
                2021, "PROTECTION") == {("victims_identified", 2020, 30),
                                        ("victims_assisted", 2020, 12)}


def test_victim_as_the_modifier_of_another_noun_counts_no_victims() -> None:
    assert rows("In 2020, the ministry supported 12 victim assistance projects.", 2021,
                "PROTECTION") == set()
    assert rows("In 2020, the police identified 12 victim support centres in the region.", 2021,
                "PROTECTION") == set()
    assert rows("In 2020, the ministry supported 12 victims and referred one victim to a "
                "shelter.", 2021, "PROTECTION") == {("victims_assisted", 2020, 12),
                                                     ("victims_referred", 2020, 1)}


def test_training_on_assistance_is_no_victim_assisted() -> None:
    assert rows("In 2020, 12 people received training on victim assistance.", 2021,
                "PROTECTION") == set()
    assert rows("In 2020, 12 victims received legal assistance.", 2021,
                "PROTECTION") == {("victims_assisted", 2020, 12)}


def test_officers_or_judges_trained_with_another_kind_are_one_count_of_both() -> None:
    assert rows("In 2020, the ministry trained 50 prosecutors and judges.", 2021) == set()
    assert rows("In 2020, the ministry trained 50 labor inspectors and police officers.",
                2021) == set()
    assert rows("In 2020, the ministry trained 50 judges.", 2021) == {
        ("judges_trained", 2020, 50)}
    assert rows("In 2020, the ministry trained 50 police and border officers.", 2021) == {
        ("officers_trained", 2020, 50)}


def test_a_hotline_counts_contacts_not_what_else_was_received() -> None:
    assert rows("In 2020, the hotline staff received 12 trainings from the ministry.", 2021,
                "PROTECTION") == set()
    assert rows("In 2020, the hotline received 12 calls about trafficking.", 2021,
                "PROTECTION") == {("hotline_calls", 2020, 12)}
    assert rows("In 2020, the hotline received 12 trafficking-related complaints.", 2021,
                "PROTECTION") == {("hotline_calls", 2020, 12)}


def test_people_named_after_a_relative_word_are_not_what_was_counted() -> None:
    assert rows("In 2020, the ministry identified 12 locations where children were exploited.",
                2021, "PROTECTION") == set()
    assert rows("In 2020, the ministry assisted 12 centres that victims attended.", 2021,
                "PROTECTION") == set()
    assert rows("In 2020, the ministry identified 12 potential trafficking victims, which was "
                "fewer than before.", 2021, "PROTECTION") == {("victims_identified", 2020, 12)}


def test_officials_convicted_in_the_passive_are_no_general_count() -> None:
    assert rows("In 2020, 12 police officers were convicted of corruption.") == set()
    assert rows("In 2020, 12 labor inspectors were prosecuted.") == set()
    assert rows("In 2020, 12 traffickers were convicted.") == {("convictions", 2020, 12)}


def test_the_past_of_the_people_counted_is_no_cumulative_total() -> None:
    assert rows("In 2020, the government identified 12 victims, who had been exploited since "
                "2018.", 2021, "PROTECTION") == {("victims_identified", 2020, 12)}
    assert rows("The government has identified 120 victims since 2015.", 2021,
                "PROTECTION") == set()


def test_money_a_court_ordered_paid_is_no_government_funding() -> None:
    assert rows("In 2020, courts ordered two traffickers to pay $12,000 to their victims.",
                2021, "PROTECTION") == set()
    assert rows("In 2020, the government provided $12,000 to shelters for victims.", 2021,
                "PROTECTION") == {("victim_assistance_funding", 2020, 12000)}


def test_assets_seized_from_traffickers_are_no_government_funding() -> None:
    assert rows("In 2020, police seized $12,000 in assets from traffickers for victim "
                "compensation.", 2021, "PROTECTION") == set()
    assert rows("In 2020, authorities confiscated property worth $40,000 to fund victim "
                "services.", 2021, "PROTECTION") == set()


def test_police_units_trained_are_no_officers_trained() -> None:
    assert rows("In 2020, the ministry trained and equipped 12 police units.", 2021,
                "PREVENTION") == set()
    assert rows("In 2020, 12 police stations received training materials.", 2021,
                "PREVENTION") == set()
    assert rows("In 2020, the ministry trained 120 police officers.", 2021, "PREVENTION") == {
        ("officers_trained", 2020, 120)}
    assert rows("In 2020, the ministry trained 120 police on victim identification.", 2021,
                "PREVENTION") == {("officers_trained", 2020, 120)}


def test_investigations_involving_victims_count_no_investigations() -> None:
    assert rows("In 2020, police opened investigations involving 50 potential victims.") == set()
    assert rows("In 2020, police began investigations into 12 labor complaints.") == set()
    assert rows("In 2020, police began investigations into 12 suspected traffickers.") == {
        ("investigations", 2020, 12)}


def test_labour_violations_are_no_trafficking_counts() -> None:
    assert rows("In 2020, courts convicted 12 employers of labor violations.") == set()
    assert rows("In 2020, 12 employers were prosecuted for labor law violations.") == set()
    assert rows("In 2020, courts convicted 12 employers of trafficking.") == {
        ("convictions", 2020, 12)}


def test_families_of_victims_are_no_victims_assisted() -> None:
    assert rows("In 2020, the ministry assisted 12 families of trafficking victims.", 2021,
                "PROTECTION") == set()
    assert rows("In 2020, the ministry provided counseling to 12 family members of victims.",
                2021, "PROTECTION") == set()
    assert rows("In 2020, the ministry supported 12 relatives of victims.", 2021,
                "PROTECTION") == set()
    assert rows("In 2020, the ministry assisted 12 victims and their families.", 2021,
                "PROTECTION") == {("victims_assisted", 2020, 12)}


def test_who_answers_a_hotline_is_no_count_of_its_calls() -> None:
    assert rows("In 2020, 12 operators answered calls on the hotline.", 2021,
                "PROTECTION") == set()
    assert rows("In 2020, 12 staff handled calls to the national hotline.", 2021,
                "PROTECTION") == set()
    assert rows("In 2020, 12 trafficking-related calls reached the hotline.", 2021,
                "PROTECTION") == {("hotline_calls", 2020, 12)}


def test_a_comparison_listing_two_measures_compares_both() -> None:
    """"up from the conviction of four offenders and prosecution of 21 suspects in 2017": with
    no comparison after it, the count after "and" is compared too, and the year at the end
    dates the comparison only; a second comparison after it still makes it the year's count."""
    assert rows("Authorities convicted seven traffickers and began prosecutions of 30 suspects, "
                "up from the conviction of four offenders and prosecution of 21 suspects in "
                "2017.", 2019) == {
        ("convictions", 2018, 7), ("prosecutions", 2018, 30),
        ("convictions", 2017, 4), ("prosecutions", 2017, 21)}
    assert rows("Authorities convicted seven traffickers, up from four in 2017 and prosecutions "
                "of 30 suspects, up from 21 in 2017.", 2019) == {
        ("convictions", 2018, 7), ("convictions", 2017, 4),
        ("prosecutions", 2018, 30), ("prosecutions", 2017, 21)}


def test_a_compared_count_naming_a_form_no_split_reads_takes_no_other_kind() -> None:
    """"compared with 12 potential trafficking labor victims": its own words name a form (in
    an order no split reads), so it is not a count of the sex trafficking it is compared with;
    with no form of its own it is."""
    assert rows("Authorities identified 30 sex trafficking victims, compared with 12 potential "
                "trafficking labor victims in 2019.", 2021, "PROTECTION") == {
        ("victims_identified_sex_trafficking", 2020, 30)}
    assert rows("Authorities identified 30 sex trafficking victims, compared with 12 potential "
                "victims in 2019.", 2021, "PROTECTION") == {
        ("victims_identified_sex_trafficking", 2020, 30),
        ("victims_identified_sex_trafficking", 2019, 12)}


def test_a_comparison_opened_in_parentheses_ends_with_them() -> None:
    """"40 were for sex trafficking (compared to 51 in 2018) and nine for labor trafficking":
    the nine is of the year reported on, not compared; the figures inside are compared."""
    assert rows("Police opened 49 investigations in 2019 (compared to 65 in 2018). Of these, 40 "
                "were for sex trafficking (compared to 51 in 2018) and nine for labor "
                "trafficking (compared to 14 in 2018).") == {
        ("investigations", 2019, 49), ("investigations", 2018, 65),
        ("investigations_sex_trafficking", 2019, 40),
        ("investigations_sex_trafficking", 2018, 51),
        ("investigations_labor_trafficking", 2019, 9),
        ("investigations_labor_trafficking", 2018, 14)}


def test_the_calls_a_hotline_received_are_the_count_and_one_campaigns_calls_a_part() -> None:
    """A hotline counts its own calls: "the hotline received 4,200 calls" is the count, and
    "a radio campaign generated 310 calls to the hotline" a part of it; alone it stands."""
    assert rows("The hotline received 4,200 calls in 2020. A radio campaign generated 310 calls "
                "to the hotline in 2020.", 2021, "PREVENTION") == {("hotline_calls", 2020, 4200)}
    assert rows("A radio campaign generated 310 calls to the hotline in 2020.", 2021,
                "PREVENTION") == {("hotline_calls", 2020, 310)}


def test_parts_that_all_name_one_kind_add_up_to_that_kinds_count() -> None:
    """"four cross-border labor traffickers and three internal labor traffickers": seven labor
    traffickers, none of the parts a count of the kind on its own; parts of two kinds still
    give the total and each kind."""
    assert figures("Courts convicted four cross-border labor traffickers and three internal labor "
                   "traffickers, compared with two cross-border labor traffickers and five "
                   "internal labor traffickers in 2019.") == {
        ("convictions_labor_trafficking", 2020, 7), ("convictions_labor_trafficking", 2019, 7)}
    assert figures("Courts convicted four cross-border sex traffickers and three internal labor "
                   "traffickers.") == {
        ("convictions", 2020, 7), ("convictions_sex_trafficking", 2020, 4),
        ("convictions_labor_trafficking", 2020, 3)}


def test_cases_referred_from_a_channel_are_not_referrals_to_the_authorities() -> None:
    """"48 trafficking cases referred from the helpline" says where they came from; "48 cases
    referred to prosecutors" is the count of referrals."""
    assert rows("Officials reported 48 trafficking cases referred from the helpline.") == set()
    assert rows("Officials reported 48 trafficking cases referred to prosecutors.") == {
        ("cases_referred", 2020, 48)}


def test_continued_cases_with_words_set_off_by_commas_are_carried_over() -> None:
    """"continued, from earlier years, four forced labor investigations": cases carried over,
    not the year's count, nor the kind of the comparison after them."""
    assert rows("Police opened two investigations and continued, from earlier years, four forced "
                "labor investigations, compared with five investigations in 2019.") == {
        ("investigations", 2020, 2), ("investigations", 2019, 5)}
    assert rows("Police opened two investigations in 2020 and, with NGO support, opened four "
                "forced labor investigations.") == {
        ("investigations", 2020, 2), ("investigations_labor_trafficking", 2020, 4)}


def test_continuing_work_does_not_reach_past_a_verb_of_its_own() -> None:
    """"continued to investigate trafficking and opened four forced labor investigations": the
    four were opened, the year's count; "continued to investigate four cases" carries them
    over."""
    assert rows("Police continued to investigate trafficking and opened four forced labor "
                "investigations.") == {("investigations_labor_trafficking", 2020, 4)}
    assert rows("Police continued to investigate four cases.") == set()


def test_a_comparison_after_parts_of_a_count_of_the_sentence_before() -> None:
    assert rows("Officials identified 50 victims. Of the 50 victims, 12 were minors (nine "
                "sex trafficking, three labor trafficking), compared with 14 in 2019.", 2021,
                "PROTECTION") == {
        ("victims_identified", 2020, 50), ("victims_identified_children", 2020, 12),
        ("victims_identified_children", 2019, 14)}
    assert rows("Officials identified 50 victims. Of those, seven were foreigners, compared "
                "with two in 2019; 12 were minors, compared with 14 in 2019.", 2021,
                "PROTECTION") == {
        ("victims_identified", 2020, 50), ("victims_identified_foreign", 2020, 7),
        ("victims_identified_foreign", 2019, 2), ("victims_identified_children", 2020, 12),
        ("victims_identified_children", 2019, 14)}
    assert rows("Officials identified 50 victims (41 sex trafficking, nine labor trafficking), "
                "compared with 44 in 2019.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 50), ("victims_identified_sex_trafficking", 2020, 41),
        ("victims_identified_labor_trafficking", 2020, 9), ("victims_identified", 2019, 44)}


def test_a_comparison_in_parentheses_closing_the_clause_of_a_part() -> None:
    assert rows("In 2020, officials identified 64 victims (58 in 2019), 22 of whom were "
                "exploited in forced labor (17 in 2019).", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 64), ("victims_identified", 2019, 58),
        ("victims_identified_labor_trafficking", 2020, 22),
        ("victims_identified_labor_trafficking", 2019, 17)}
    assert rows("In 2020, officials identified 64 victims, 22 of whom were exploited in forced "
                "labor, (58 in 2019).", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 64), ("victims_identified_labor_trafficking", 2020, 22),
        ("victims_identified", 2019, 58)}
    # the count has no comparison of its own yet: the parenthesis after its last part is its
    assert rows("Officials identified 82 potential victims, including 30 for sex trafficking "
                "and forced labor, and 52 for which the form of exploitation was unclear (61 in "
                "2019, 47 in 2018).", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 82), ("victims_identified", 2019, 61),
        ("victims_identified", 2018, 47)}


def test_the_comparison_in_parentheses_of_a_figure_set_aside() -> None:
    got = rows("Officials identified 40 victims. Of these 40 victims, officials identified 25 "
               "sex trafficking victims (22 in 2019) and five labor trafficking victims (six in "
               "2019), along with 10 additional victims of forced labor (eight in 2019).", 2021,
               "PROTECTION")
    assert ("victims_identified_labor_trafficking", 2019, 6) in got
    assert ("victims_identified_labor_trafficking", 2019, 8) not in got
    got = rows("Officials identified 40 victims. Of these 40 victims, officials identified 25 "
               "sex trafficking victims (22 in 2019) and 15 victims of forced labor (eight in "
               "2019).", 2021, "PROTECTION")
    assert ("victims_identified_labor_trafficking", 2019, 8) in got


def test_victims_who_received_counselling_are_victims_assisted() -> None:
    assert rows("In 2019, 64 potential victims received state-funded specialized counseling, "
                "compared with 51 in 2018.", 2021, "PROTECTION") == {
        ("victims_assisted", 2019, 64), ("victims_assisted", 2018, 51)}
    assert rows("In 2020, 64 social workers received training on counseling.", 2021,
                "PROTECTION") == set()


def test_reported_registered_or_identified_victims_are_victims_identified() -> None:
    assert rows("The ministry reported 58 registered trafficking victims, up from 41 in 2019.",
                2021, "PROTECTION") == {
        ("victims_identified", 2020, 58), ("victims_identified", 2019, 41)}
    assert rows("The ministry reported 58 officially identified victims.", 2021,
                "PROTECTION") == {("victims_identified", 2020, 58)}
    assert rows("The ministry reported 58 registered trafficking victim shelters.", 2021,
                "PROTECTION") == set()
    assert rows("The ministry reported 58 identified victims received care services.", 2021,
                "PROTECTION") == {("victims_assisted", 2020, 58)}


def test_victims_an_assistance_programme_admitted_are_victims_assisted() -> None:
    assert rows("The victim support programme admitted 75 victims (12 minors), compared with "
                "70 (nine minors) in 2019.", 2021, "PROTECTION") == {
        ("victims_assisted", 2020, 75), ("victims_assisted_children", 2020, 12),
        ("victims_assisted", 2019, 70), ("victims_assisted_children", 2019, 9)}
    assert rows("The state shelter admitted 24 victims.", 2021, "PROTECTION") == set()
    assert rows("The assistance programme admitted 12 NGOs as partners.", 2021,
                "PROTECTION") == set()


def test_a_share_of_a_count_with_its_number_in_parentheses_is_a_part() -> None:
    assert rows("Officials identified 90 victims in 2020. Sixty percent of victims (54) were "
                "exploited in sex trafficking and 30 percent (27) in forced labor.", 2021,
                "PROTECTION") == {
        ("victims_identified", 2020, 90), ("victims_identified_sex_trafficking", 2020, 54),
        ("victims_identified_labor_trafficking", 2020, 27)}
    assert rows("Officials identified 90 victims in 2020. Sixty percent of the budget (54) "
                "went to shelters for victims of sex trafficking.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 90)}


def test_a_share_of_the_victims_that_received_care_are_victims_assisted() -> None:
    assert rows("Officials identified 90 victims in 2020. Approximately half of the identified "
                "victims (44) benefited from specialized assistance provided by NGOs.", 2021,
                "PROTECTION") == {
        ("victims_identified", 2020, 90), ("victims_assisted", 2020, 44)}
    assert rows("Officials identified 90 victims in 2020. Sixty percent of victims (54) "
                "received training on job skills.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 90)}


def test_a_verb_with_fewer_or_more_of_its_object_names_a_change() -> None:
    assert rows("Officials identified fewer child victims: from 31 in 2019 to 12 in 2020.", 2021,
                "PROTECTION") == {
        ("victims_identified_children", 2019, 31), ("victims_identified_children", 2020, 12)}
    assert rows("Courts convicted more traffickers, from nine in 2019 to 14 in 2020.") == {
        ("convictions", 2019, 9), ("convictions", 2020, 14)}
    assert rows("Police arrested more suspects: from 18 in 2019 to 24 in 2020.") == set()


def test_one_figure_printed_for_both_of_two_years() -> None:
    assert rows("Officials identified 70 victims, compared with 52 in both 2019 and 2018, and "
                "48 in 2017.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 70), ("victims_identified", 2019, 52),
        ("victims_identified", 2018, 52), ("victims_identified", 2017, 48)}
    assert rows("Officials identified 70 victims, compared with 52 in both shelters in 2019.",
                2021, "PROTECTION") == {
        ("victims_identified", 2020, 70), ("victims_identified", 2019, 52)}


def test_a_figure_printed_in_both_of_two_years_outside_a_comparison_is_of_each() -> None:
    """"three were children in both 2020 and 2019", "($45,000) in both 2020 and 2019": the
    figure of each year, as in a comparison; "in 2020 and 2019" alone may be the two years
    together and stays one figure."""
    assert rows("Police identified 14 victims (11 in 2019). Of these, three were children in "
                "both 2020 and 2019.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 14), ("victims_identified", 2019, 11),
        ("victims_identified_children", 2020, 3), ("victims_identified_children", 2019, 3)}
    assert rows("The ministry allocated 5 million lek ($45,000) in both 2020 and 2019 for "
                "victim assistance.", 2021, "PROTECTION") == {
        ("victim_assistance_funding", 2020, 45000), ("victim_assistance_funding", 2019, 45000)}
    assert rows("The ministry allocated 5 million lek ($45,000) in 2020 and 2019 for victim "
                "assistance.", 2021, "PROTECTION") == {("victim_assistance_funding", 2020, 45000)}


def test_victims_counted_with_their_relatives_are_a_wider_group() -> None:
    """"85 victims and relatives of victims received counseling": people who are not all
    victims, not a count of victims assisted, nor is its comparison; victims counted alone,
    or "and their family members" (the victims counted, their families beside them), stay
    counts."""
    assert rows("In 2020, 85 victims and relatives of victims received government-funded "
                "counseling, compared with 60 in 2019.", 2021, "PROTECTION") == set()
    assert rows("The ministry assisted 85 trafficking victims and family members in 2020.", 2021,
                "PROTECTION") == set()
    assert rows("The ministry assisted 85 trafficking victims and their family members in "
                "2020.", 2021, "PROTECTION") == {("victims_assisted", 2020, 85)}
    assert rows("In 2020, 85 victims received government-funded counseling, compared with 60 "
                "in 2019.", 2021, "PROTECTION") == {
        ("victims_assisted", 2020, 85), ("victims_assisted", 2019, 60)}


def test_a_denial_of_victims_of_one_nationality_or_age_is_a_zero_of_that_age() -> None:
    """"did not identify any Nepali or child victims": no child victims (a split), the Nepali
    ones a part no split names; two qualifiers no split names give no zero."""
    assert rows("Police identified 40 victims in 2020. It did not identify any Nepali or child "
                "victims.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 40), ("victims_identified_children", 2020, 0)}
    assert rows("It did not identify any child or migrant victims in 2020.", 2021,
                "PROTECTION") == {("victims_identified_children", 2020, 0)}
    assert rows("Police identified 40 victims in 2020. It did not identify any Nepali or Indian "
                "victims.", 2021, "PROTECTION") == {("victims_identified", 2020, 40)}
    assert rows("Police identified 40 victims in 2020. It did not identify any male or female "
                "victims.", 2021, "PROTECTION") == {("victims_identified", 2020, 40)}


def test_victims_identified_in_an_earlier_period_not_named_are_no_count() -> None:
    """"three victims identified in a previous reporting period" (imprisoned, deported): no
    count of any year's identification; "the previous reporting period" is the one before,
    a comparison."""
    assert rows("Authorities detained three trafficking victims identified in a previous "
                "reporting period.", 2021, "PROTECTION") == set()
    assert rows("Police identified 20 victims, compared with 50 victims identified in the "
                "previous reporting period.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 20), ("victims_identified", 2019, 50)}


def test_no_investigations_into_the_allegations_is_no_zero_of_the_year() -> None:
    """"did not report any investigations into the allegations" (of complicity, named
    before): no zero of the country's investigations; a bare denial still is."""
    assert rows("Reports of official complicity persisted, but the government did not report "
                "any investigations into the allegations.", 2021) == set()
    assert rows("The government did not report any investigations in 2020.", 2021) == {
        ("investigations", 2020, 0)}


def test_a_sentence_opening_for_comparison_is_of_the_earlier_year() -> None:
    """"For comparison, the government initiated investigation of at least 74 suspects in 34
    cases in the previous reporting period": a comparison from its start, as "In comparison,"
    is, though the year after the second figure does not reach the first."""
    assert rows("The government investigated 16 suspects in 2019. For comparison, the "
                "government initiated investigation of at least 74 suspects in 34 cases in the "
                "previous reporting period.", 2020) == {
        ("investigations", 2019, 16), ("investigations", 2018, 74)}
    assert rows("The government investigated 16 suspects in 2019. Police initiated "
                "investigation of 74 suspects.", 2020) == {
        ("investigations", 2019, 16), ("investigations", 2019, 74)}


def test_a_sentence_opening_in_comparison_lists_earlier_figures_past_its_semicolons() -> None:
    assert rows("Police reported 20 investigations in 2014. In comparison, in 2013 authorities "
                "reported 77 investigations under Article 231; and 185 investigations under "
                "Article 149.", 2015) == {
        ("investigations", 2014, 20), ("investigations", 2013, 77),
        ("investigations", 2013, 185)}


def test_a_sentence_that_only_compares_states_a_zero_of_the_earlier_year() -> None:
    """"This was compared to no new prosecutions in the previous reporting period": the
    sentence has no subject of its own, so the zero is the government's, as after "there
    were"."""
    assert rows("Officials prosecuted three individuals. This was compared to no new "
                "prosecutions in the previous reporting period.", 2021) == {
        ("prosecutions", 2020, 3), ("prosecutions", 2019, 0)}


def test_partially_suspended_sentences_are_no_convictions_not_imprisoned() -> None:
    """"Four traffickers received partially suspended sentences" (and served the rest): not
    convicted traffickers who served no prison time, as fully suspended ones are."""
    assert rows("Courts convicted eight traffickers. Four traffickers received partially "
                "suspended sentences.", 2020) == {("convictions", 2019, 8)}
    assert rows("Courts convicted eight traffickers. Four traffickers received fully suspended "
                "sentences.", 2020) == {
        ("convictions", 2019, 8), ("convictions_not_imprisoned", 2019, 4)}


def test_a_denial_of_a_list_of_parts_is_a_zero_of_the_split_one_of_them_names() -> None:
    """"did not report identifying any adult male, child, or LGBTQI+ trafficking victims": no
    child victims; a list none of whose parts a split names gives no zero, nor does a list
    of kinds of traffickers."""
    assert rows("Police identified 40 victims in 2020. The government did not report "
                "identifying any adult male, child, or LGBTQI+ trafficking victims in 2020.",
                2021, "PROTECTION") == {
        ("victims_identified", 2020, 40), ("victims_identified_children", 2020, 0)}
    assert rows("Police identified 40 victims in 2020. It did not identify any Nepali, Indian, "
                "or Thai victims.", 2021, "PROTECTION") == {("victims_identified", 2020, 40)}
    assert rows("The government did not prosecute any labor, sex, or child traffickers in "
                "2020.", 2021) == set()


def test_traffickers_counted_in_parentheses_after_a_share_who_served_no_prison() -> None:
    """"Half of the convicted traffickers (four of eight) received fully suspended prison
    sentences": four convicted traffickers not imprisoned; not where the sentences were
    partly served or were prison terms."""
    assert rows("Courts convicted eight traffickers. Half of the convicted traffickers (four of "
                "eight) received fully suspended prison sentences.", 2020) == {
        ("convictions", 2019, 8), ("convictions_not_imprisoned", 2019, 4)}
    assert rows("Courts convicted eight traffickers. Half of the convicted traffickers (four of "
                "eight) received partially suspended prison sentences.", 2020) == {
        ("convictions", 2019, 8)}
    assert rows("Courts convicted eight traffickers. Half of the convicted traffickers (four of "
                "eight) received prison sentences of five years.", 2020) == {
        ("convictions", 2019, 8)}


def test_officials_trained_are_not_split_by_the_victims_the_training_was_about() -> None:
    assert rows("Also, the police organized training for 410 officers on procedures for "
                "assisting child victims.") == {("officers_trained", 2020, 410)}
    assert rows("Also, the police organized training for 410 officers on procedures for "
                "assisting child victims. It identified 12 child victims.", 2021,
                "PROTECTION") == {("officers_trained", 2020, 410),
                                  ("victims_identified_children", 2020, 12)}


def test_the_law_used_to_convict_a_number_of_people() -> None:
    assert rows("Prosecutors used the anti-trafficking statute to convict five individuals of "
                "crimes related to sex trafficking.") == {
        ("convictions_sex_trafficking", 2020, 5)}
    assert rows("Prosecutors used the anti-trafficking statute to convict five individuals and "
                "prosecute eight.") == {("convictions", 2020, 5), ("prosecutions", 2020, 8)}


def test_a_count_in_addition_to_the_count_is_beyond_it() -> None:
    assert rows("Officials identified 30 victims, compared with 25 in 2019, in addition to 200 "
                "children exploited in forced begging.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 30), ("victims_identified", 2019, 25)}
    assert rows("Officials identified 30 victims, including 12 children exploited in forced "
                "begging.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 30), ("victims_identified_children", 2020, 12)}


def test_a_figure_named_again_as_a_statistic_is_no_comparison_of_a_year_before() -> None:
    got = rows("The police reported identifying 210 victims. The ministry identified 45 "
               "victims, a large difference compared with the police's statistic of 210.", 2021,
               "PROTECTION")
    assert ("victims_identified", 2019, 210) not in got
    assert ("victims_identified", 2020, 210) in got
    assert rows("The police reported identifying 210 victims, compared with the ministry's "
                "statistic of 180 in 2019.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 210), ("victims_identified", 2019, 180)}


def test_offenders_of_child_sex_trafficking_are_of_that_kind() -> None:
    assert rows("The government prosecuted 14 defendants, including five for child sex "
                "trafficking.") == {
        ("prosecutions", 2020, 14), ("prosecutions_sex_trafficking", 2020, 5)}
    assert rows("The government prosecuted 14 defendants. It prosecuted five defendants for "
                "child sex trafficking and nine defendants for forced labor.") == {
        ("prosecutions", 2020, 14), ("prosecutions_sex_trafficking", 2020, 5),
        ("prosecutions_labor_trafficking", 2020, 9)}
    assert rows("Courts convicted 12 child sex traffickers.") == {
        ("convictions_sex_trafficking", 2020, 12)}
    assert rows("Police identified nine child sex trafficking victims.", 2021, "PROTECTION") == {
        ("victims_identified_children", 2020, 9)}


def test_money_to_the_ngos_that_run_a_centre_for_victims() -> None:
    """"$40,000 to three NGOs that run the regional crisis center for trafficking victims":
    money for victim care wherever the section (in PROTECTION, money is read so anyway)."""
    assert rows("In 2020, the ministry allocated $40,000 to three NGOs that run the regional "
                "crisis center for trafficking victims.", 2021, "PREVENTION") == {
        ("victim_assistance_funding", 2020, 40000)}
    assert rows("In 2020, the ministry allocated $40,000 to three NGOs that run awareness "
                "campaigns for young people.", 2021, "PREVENTION") == {
        ("prevention_funding", 2020, 40000)}


def test_ngos_named_again_after_government_funded_ngos_in_one_sentence() -> None:
    assert rows("Government-funded NGOs provided support to 79 trafficking victims; NGOs "
                "assisted 70 victims in 2019.", 2021, "PROTECTION") == {
        ("victims_assisted", 2020, 79), ("victims_assisted", 2019, 70)}
    assert rows("Government-funded NGOs provided support to 79 trafficking victims; private "
                "NGOs assisted 70 victims in 2019.", 2021, "PROTECTION") == {
        ("victims_assisted", 2020, 79), ("victims_assisted_ngo", 2019, 70)}


def test_help_in_obtaining_documents_is_no_count_of_victims_assisted() -> None:
    assert rows("The consular service assisted 14 trafficking victims in obtaining travel "
                "documents.", 2021, "PROTECTION") == set()
    assert rows("The consular service assisted 14 trafficking victims in 2020.", 2021,
                "PROTECTION") == {("victims_assisted", 2020, 14)}


def test_a_second_comparison_of_a_total_of_one_kind_counts_that_kind() -> None:
    """"60 sex trafficking victims, up from 45 victims identified in 2018 but down from 80
    victims identified in 2017": both comparisons count the kind of the total they compare, the
    second as the first; with forced labor victims of 2017 stated, 80 is not all of that
    year's."""
    got = rows("In 2019, officials identified 60 sex trafficking victims, up from 45 victims "
               "identified in 2018 but down from 80 victims identified in 2017. They identified "
               "no forced labor victims in 2019, compared with two in 2017.", 2020, "PROTECTION")
    assert got >= {
        ("victims_identified_sex_trafficking", 2019, 60),
        ("victims_identified_sex_trafficking", 2018, 45),
        ("victims_identified_sex_trafficking", 2017, 80)}
    assert ("victims_identified", 2017, 80) not in got


def test_confirmed_victims_among_potential_ones_give_the_count_of_every_status() -> None:
    """"identified and confirmed 40 victims among 150 potential victims": the count of every
    status is the year's victims identified, as "identified 150 potential victims and confirmed
    40" gives it; the confirmed ones are a part of it."""
    assert rows("In 2020, the government identified and confirmed 40 trafficking victims among "
                "150 potential victims, compared with the previous period, when it identified and "
                "confirmed 55 victims among 210.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 150), ("victims_identified", 2019, 210)}


def test_parts_in_parentheses_do_not_part_a_figure_from_its_year() -> None:
    """"identified 60 victims (40 in sex trafficking and 20 in forced labor) in 2017": the year
    after the parts is the count's; a parenthesis naming a year ("(303 in 2019)") dates its own
    figure only."""
    assert rows("Officials identified 35 victims in 2019, and the government identified 60 "
                "victims (40 in sex trafficking and 20 in forced labor) in 2017.", 2020,
                "PROTECTION") == {
        ("victims_identified", 2019, 35), ("victims_identified", 2017, 60),
        ("victims_identified_sex_trafficking", 2017, 40),
        ("victims_identified_labor_trafficking", 2017, 20)}
    assert ("victims_identified", 2019, 120) in rows(
        "In 2019, police identified 120 victims (95 in 2018), including 30 children.", 2020,
        "PROTECTION")


def test_a_bare_denial_set_against_a_clause_about_officials_is_theirs() -> None:
    """"prosecuted several complicit officials but had not secured any convictions": no
    conviction of those officials, not none at all."""
    assert rows("Authorities prosecuted two complicit border officials but had not secured any "
                "convictions.", 2021) == set()
    assert rows("The government had not secured any convictions.", 2021) == {
        ("convictions", 2020, 0)}


def test_a_compared_count_of_both_kinds_takes_neither_kind() -> None:
    """"(four of sex trafficking, nine of forced labor, and three of both sex trafficking and
    forced labor in 2019)": the last count's own words name both kinds, so it is no count of
    the kind of the figure it follows."""
    assert rows("Authorities identified 40 victims (15 in 2019). Of these, 12 were victims of "
                "sex trafficking and 20 of forced labor (four of sex trafficking, nine of forced "
                "labor; and three of both sex trafficking and forced labor in 2019).", 2021,
                "PROTECTION") == {
        ("victims_identified", 2020, 40), ("victims_identified", 2019, 15),
        ("victims_identified_sex_trafficking", 2020, 12),
        ("victims_identified_labor_trafficking", 2020, 20),
        ("victims_identified_sex_trafficking", 2019, 4),
        ("victims_identified_labor_trafficking", 2019, 9)}
    assert rows("Authorities identified 40 victims (15 in 2019). Of these, 12 were victims of "
                "sex trafficking and 20 of forced labor (four of sex trafficking, nine of forced "
                "labor; and three of sex trafficking in 2019).", 2021,
                "PROTECTION") == {
        ("victims_identified", 2020, 40), ("victims_identified", 2019, 15),
        ("victims_identified_sex_trafficking", 2020, 12),
        ("victims_identified_labor_trafficking", 2020, 20),
        ("victims_identified_sex_trafficking", 2019, 4),
        ("victims_identified_labor_trafficking", 2019, 9),
        ("victims_identified_sex_trafficking", 2019, 3)}


def test_cases_that_resulted_in_the_conviction_of_so_many_people() -> None:
    """"eight cases resulted in the conviction of 14 traffickers": the 14 are the convictions,
    the eight cases only what they came from; with no count of people, the cases are."""
    assert rows("In 2020, the government prosecuted 20 cases involving 35 defendants; eight "
                "cases resulted in the conviction of 14 traffickers.") == {
        ("prosecutions", 2020, 20), ("convictions", 2020, 14)}
    assert rows("In 2020, the government prosecuted 20 cases involving 35 defendants; eight "
                "cases resulted in convictions.") == {
        ("prosecutions", 2020, 20), ("convictions", 2020, 8)}


def test_comparisons_of_a_figure_left_unread_are_left_unread() -> None:
    """"... bringing the total to 51 victims, a decrease compared with 70 in 2019 and 75 in
    2018": the comparisons are of the total their clause follows, which is read as no count
    here, not of the government's count before it."""
    assert rows("The government identified 40 victims in 2020 (compared with 55 in 2019), and "
                "11 more victims came forward on their own—bringing the total to 51 victims, a "
                "decrease compared with 70 in 2019 and 75 in 2018.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 40), ("victims_identified", 2019, 55)}
    assert rows("The government identified 40 victims in 2020, a decrease compared with 70 in "
                "2019 and 75 in 2018.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 40), ("victims_identified", 2019, 70),
        ("victims_identified", 2018, 75)}
    assert rows("It prosecuted 40 suspects (including 20 for forced labor, 10 for sex trafficking, "
                "and an unknown charge for 10 cases), an increase from 30 in 2019.") == {
        ("prosecutions", 2020, 40), ("prosecutions_labor_trafficking", 2020, 20),
        ("prosecutions_sex_trafficking", 2020, 10), ("prosecutions", 2019, 30)}


def test_parts_by_kind_add_up_beside_parts_of_another_dimension() -> None:
    """"identified 50 victims; 30 were female sex trafficking victims, 12 ... and eight were
    male forced labor victims; one was a foreign victim; and three were child victims": the
    parts of one kind of trafficking add up to the count, so the one part of sex trafficking
    is every sex trafficking victim, whatever else the list says of some of them."""
    got = rows("The government identified 50 victims; 30 were female sex trafficking victims, "
               "12 were female forced labor victims, and eight were male forced labor victims; "
               "one was a foreign victim; and three were child victims.", 2021, "PROTECTION")
    assert ("victims_identified_sex_trafficking", 2020, 30) in got
    got = rows("The government identified 50 victims; 30 were female sex trafficking victims, "
               "12 were female forced labor victims, and five were male forced labor victims; "
               "one was a foreign victim; and three were child victims.", 2021, "PROTECTION")
    assert ("victims_identified_sex_trafficking", 2020, 30) not in got


def test_a_comparison_ends_where_a_clause_opens_with_though() -> None:
    """"... as opposed to trafficking as defined under the Protocol, though authorities
    initiated the prosecution of one suspected trafficker": the clause after "though" is
    about the year reported on, not the comparison (Ireland 2015)."""
    assert rows("In 2014, the majority of prosecutions under the act involved the sexual abuse "
                "of children as opposed to trafficking as defined under the 2000 UNTIP Protocol, "
                "though authorities initiated the prosecution of one suspected trafficker for "
                "the sex trafficking of Nigerian girls.", 2015) == {
        ("prosecutions", 2014, 1), ("prosecutions_sex_trafficking", 2014, 1)}


def test_a_year_said_unreported_in_brackets_does_not_date_the_clause() -> None:
    """"referred 15 to protection services (unreported in 2019)": the bracket says the
    earlier year's figure is missing; the 15 are of the year reported on (Tajikistan 2021)."""
    assert rows("Authorities identified 24 trafficking victims during the reporting period, "
                "compared with 53 in 2019, and referred 15 to protection services (unreported "
                "in 2019).", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 24), ("victims_identified", 2019, 53),
        ("victims_referred", 2020, 15)}


def test_a_count_said_to_be_fewer_than_an_earlier_years_is_compared_with_it() -> None:
    """"these identifications were still fewer than 24 in 2018": 24 is 2018's count, exact,
    and a comparison, so the parts that follow are of the year reported on (Malta 2022)."""
    text = ("X (Tier 2)\n\nPROTECTION\nThe agency identified 18 potential trafficking victims. "
            "This compared with six in 2020, though these identifications were still fewer "
            "than 24 in 2018. Of the potential victims identified, 11 were victims of labor "
            "trafficking and five were victims of sex trafficking.\n")
    got = extract_tip(text, 2022, "MLT").enforcement
    assert {(r.measure, r.data_year, r.value, r.qualifier) for r in got} == {
        ("victims_identified", 2021, 18, ""), ("victims_identified", 2020, 6, ""),
        ("victims_identified", 2018, 24, ""),
        ("victims_identified_labor_trafficking", 2021, 11, ""),
        ("victims_identified_sex_trafficking", 2021, 5, "")}


def test_a_year_in_a_contrasting_clause_dates_that_clause_only() -> None:
    """"Police investigated four suspects, whereas no investigations were opened in 2018": the
    year dates the clause set against the count, which is of the year reported on."""
    assert rows("Police investigated four suspects, whereas no investigations were opened "
                "in 2018.") == {("investigations", 2020, 4), ("investigations", 2018, 0)}
    assert rows("Police investigated four suspects and no other cases in 2018.") == {
        ("investigations", 2018, 4)}


def test_people_named_by_where_they_live_are_a_group_not_victims() -> None:
    """"the outreach team identified 30 street children": a group some of whom may be
    victims, as "child beggars" are, unless their clause calls them victims."""
    assert rows("The outreach team identified 30 street children.", 2021, "PROTECTION") == set()
    assert rows("The outreach team identified 30 street children as trafficking victims.", 2021,
                "PROTECTION") == {("victims_identified_children", 2020, 30)}
    assert rows("The outreach team identified 30 children.", 2021, "PROTECTION") == {
        ("victims_identified_children", 2020, 30)}


def test_a_comparison_after_a_count_of_places_is_of_the_count_of_victims() -> None:
    """"assisted 300 victims at 20 shelters in 2020 (compared with 250 in 2019)": the
    unread count of places between is no figure the comparison is of."""
    assert rows("The ministry reported assisting 300 victims at 20 shelters in 2020 (compared "
                "with 250 in 2019).", 2021, "PROTECTION") == {
        ("victims_assisted", 2020, 300), ("victims_assisted", 2019, 250)}


def test_people_sentenced_after_a_count_of_convictions() -> None:
    """"Courts sentenced four defendants to prison ... for sex trafficking" after a count of
    convictions: some of it, of the kind the clause names; the same count again, split by its
    parts; with no count of convictions in the narrative, the year's convictions."""
    assert rows("The government convicted ten traffickers. Courts sentenced four defendants to "
                "eight years' imprisonment and a fine of 2,000 dinars ($5,000) for sex "
                "trafficking; it convicted the remaining six of labor trafficking.") == {
        ("convictions", 2020, 10), ("convictions_sex_trafficking", 2020, 4),
        ("convictions_labor_trafficking", 2020, 6)}
    assert rows("The government convicted ten traffickers. Courts sentenced four defendants to "
                "eight years' imprisonment.") == {("convictions", 2020, 10)}
    assert rows("Courts sentenced four traffickers to prison terms.") == {
        ("convictions", 2020, 4)}
    assert rows("The government convicted four traffickers. Courts sentenced four traffickers "
                "(three for sex trafficking and one for labor trafficking) to prison.") == {
        ("convictions", 2020, 4), ("convictions_sex_trafficking", 2020, 3),
        ("convictions_labor_trafficking", 2020, 1)}


def test_a_part_called_foreign_from_one_other_country() -> None:
    """"one was a foreign victim from Uganda": its own words call it foreign and say from
    where, so it is the count of foreign victims; a place that is no other country is only
    some of the count."""
    text = ("The government identified 30 victims; 20 were sex trafficking victims and 10 "
            "were forced labor victims; one was a foreign victim from {}.")
    assert ("victims_identified_foreign", 2020, 1) in rows(
        text.format("Uganda"), 2021, "PROTECTION", "KEN")
    assert ("victims_identified_foreign", 2020, 1) not in rows(
        text.format("Mombasa"), 2021, "PROTECTION", "KEN")


def test_parts_in_a_later_sentence_are_of_the_count_not_of_an_earlier_part() -> None:
    """"Of the victims identified, 18 were female ... Of the victims identified by police, 10
    were sex trafficking victims, and 15 were labor trafficking victims": the second
    sentence's parts are of the count, not of the first part sentence's figure."""
    got = rows("Authorities identified 25 victims in 2020, and another six came forward by "
               "themselves, for a total of 31 victims. Of the victims identified, 18 were female "
               "(three girls), and 13 were male (one boy). Of the victims identified by police, "
               "10 were sex trafficking victims, and 15 were labor trafficking victims.", 2021,
               "PROTECTION")
    assert {("victims_identified_sex_trafficking", 2020, 10),
            ("victims_identified_labor_trafficking", 2020, 15)} <= got
    got = rows("In 2020, the ministry received 80 referrals. Of the 80 referrals, the "
               "government identified 50 individuals as trafficking victims. Of the 50 "
               "identified victims, "
               "30 were victims of sex trafficking and 20 were victims of forced labor.", 2021,
               "PROTECTION")
    assert {("victims_identified_sex_trafficking", 2020, 30),
            ("victims_identified_labor_trafficking", 2020, 20)} <= got


def test_parts_of_one_kind_that_add_up_with_the_rest_to_the_count() -> None:
    """"identified 50 victims; 30 were female sex trafficking victims, 12 were female forced
    labor victims, and eight were male forced labor victims": the kinds add up to the count,
    so the two forced labor parts are every forced labor victim together."""
    got = figures("The government identified 50 victims; 30 were female sex trafficking victims, "
                  "12 were female forced labor victims, and eight were male forced labor victims.",
               2021, "PROTECTION")
    assert ("victims_identified_labor_trafficking", 2020, 20) in got
    got = figures("The government identified 50 victims; 30 were female sex trafficking victims, "
                  "12 were female forced labor victims, and five were male forced labor victims.",
               2021, "PROTECTION")
    assert not any(m == "victims_identified_labor_trafficking" for m, _, _ in got)


def test_a_comparison_by_kind_is_counted_by_whoever_gave_the_count_compared() -> None:
    """"identified 120 victims of sex trafficking, 40 ..., and three victims of both sex and
    labor trafficking, compared with 110 sex trafficking and 25 labor trafficking victims
    identified in 2019": the comparison has no subject of its own (the list item before it is
    none), so both kinds are the government's and add up; not where it names its own agent."""
    got = figures("The prosecution service, drawing on its cases in 2020, identified 120 victims "
                  "of sex trafficking, 40 victims of labor trafficking, and three victims of both "
                  "sex and labor trafficking, compared with 110 sex trafficking and 25 labor "
                  "trafficking victims identified in 2019.", 2021, "PROTECTION")
    assert ("victims_identified", 2019, 135) in got
    got = figures("The police identified 120 victims of sex trafficking, 40 victims of labor "
                  "trafficking, and three victims of both sex and labor trafficking in 2020, "
                  "compared with 110 sex trafficking and 25 labor trafficking victims identified "
                  "by NGOs in 2019.", 2021, "PROTECTION")
    assert ("victims_identified", 2019, 135) not in got


def test_two_kinds_add_up_beside_a_count_split_another_way() -> None:
    """"120 victims of sex trafficking and 40 victims of labor trafficking" with "No foreign
    victims were identified" of the same year: the foreign count is no total, the two kinds
    still add up; not where a total of the year is printed."""
    got = figures("In 2020, the police identified 120 victims of sex trafficking and 40 victims of "
                  "labor trafficking. No foreign victims were identified in "
                  "2020.", 2021, "PROTECTION")
    assert ("victims_identified", 2020, 160) in got
    got = figures("In 2020, the police identified 120 victims of sex trafficking and 40 victims of "
                  "labor trafficking. Authorities identified 150 victims in "
                  "2020.", 2021, "PROTECTION")
    assert ("victims_identified", 2020, 160) not in got


def test_victims_of_both_kinds_listed_after_the_two_are_in_their_sum() -> None:
    """"120 victims of sex trafficking, 40 victims of labor trafficking, and three victims of
    both sex and labor trafficking": 163 in all, the third item of neither kind alone; a last
    clause that says something of some of them ("and three of them were children") adds
    nothing."""
    got = figures("In 2020, the police identified 120 victims of sex trafficking, 40 victims of "
                  "labor trafficking, and three victims of both sex and labor trafficking.",
               2021, "PROTECTION")
    assert ("victims_identified", 2020, 163) in got
    got = figures("In 2020, the police identified 120 victims of sex trafficking and 40 victims of "
                  "labor trafficking, and three of them were children.", 2021, "PROTECTION")
    assert ("victims_identified", 2020, 160) in got


def test_a_relative_clause_after_the_subject_does_not_say_who_acted() -> None:
    """"An NGO that ran a national helpline identified 40 victims": the NGO's count, whatever
    the relative clause names ("national"); the government's where it is the subject."""
    assert rows("An NGO that ran a national helpline identified 40 victims in 2020.", 2021,
                "PROTECTION") == {("victims_identified_ngo", 2020, 40)}
    assert rows("The government, which funds NGOs, identified 40 victims in 2020.", 2021,
                "PROTECTION") == {("victims_identified", 2020, 40)}


def test_a_hotline_an_ngo_runs_counts_its_own_calls() -> None:
    """"an NGO that operated a hotline received 2,000 calls": the hotline's calls, the count of
    calls, as those of a hotline named as the subject are."""
    assert rows("In 2020, an NGO that operated a hotline received 2,000 calls.", 2021,
                "PREVENTION") == {("hotline_calls", 2020, 2000)}


def test_a_predicate_after_an_aside_between_dashes_has_the_subject_before_it() -> None:
    """"an NGO received 900 calls—coming from every region—and identified 30 victims": the
    aside has no subject of its own, the NGO identified them."""
    assert rows("In 2020, an NGO received 900 calls—coming from every region—and identified 30 "
                "victims from them.", 2021, "PROTECTION") == {("victims_identified_ngo", 2020, 30)}
    assert rows("In 2020, authorities received 900 calls—coming from every region—and identified "
                "30 victims from them.", 2021, "PROTECTION") == {("victims_identified", 2020, 30)}


def test_the_agent_of_a_counts_own_participle_gave_it() -> None:
    """"providing 25 victims identified by an NGO with shelter": the NGO identified them; the
    agent of a participle that counts another measure ("identified 25 victims sheltered by
    NGOs") does not make the count theirs."""
    assert rows("Delays in 2020 kept officials from providing 25 victims identified by an NGO "
                "with shelter.", 2021, "PROTECTION") == {("victims_identified_ngo", 2020, 25)}
    assert ("victims_identified", 2020, 25) in rows(
        "In 2020, authorities identified 25 victims sheltered by NGOs.", 2021, "PROTECTION")


def test_the_officials_of_one_branch_count_a_part_beside_the_total() -> None:
    """"border officials identified 12 victims" after the year's count of 500: one branch's
    part of it, not a second total; with no total given, the count there is."""
    assert rows("The government reported identifying 500 victims in 2021. Border officials "
                "identified 12 trafficking victims during the year.", 2022, "PROTECTION") == {
        ("victims_identified", 2021, 500)}
    assert rows("Border officials identified 12 trafficking victims during the year.", 2022,
                "PROTECTION") == {("victims_identified", 2021, 12)}
    assert rows("The government reported identifying 500 victims in 2021. Government officials "
                "identified 12 trafficking victims in 2020.", 2022, "PROTECTION") == {
        ("victims_identified", 2021, 500), ("victims_identified", 2020, 12)}


def test_what_came_from_a_hotlines_calls_is_no_total() -> None:
    """"12 investigations resulted from calls to the hotline": one channel's part of the
    investigations; investigations opened from other leads are counted."""
    assert rows("In 2021, 12 investigations resulted from calls to the hotline.", 2022) == set()
    assert rows("In 2021, police opened 12 investigations from leads in the press.", 2022) == {
        ("investigations", 2021, 12)}


def test_a_count_of_authorities_abroad_is_no_count_of_the_year() -> None:
    """"authorities abroad identified and assisted 40 victims": those found in other
    countries, one channel's part, not the year's victims identified or assisted; the same
    authorities' count at home is."""
    assert rows("In 2020, authorities abroad identified and assisted 40 victims of trafficking.",
                2021, "PROTECTION") == set()
    assert rows("In 2020, authorities identified and assisted 40 victims of trafficking abroad "
                "and at home.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 40), ("victims_assisted", 2020, 40)}


def test_victims_stated_after_a_count_of_calls_are_no_part_of_the_calls() -> None:
    """"received 900 calls in 2021. ...; 30 were victims of forced labor": the victims are
    no part of the calls carried from the sentence before; after a count of victims they are."""
    assert rows("An NGO hotline received 900 calls in 2021. In 2021, consular officials assisted "
                "400 nationals in difficulty in other countries; 30 were victims of forced labor.",
                2022, "PROTECTION") == {("hotline_calls", 2021, 900)}
    assert rows("The government identified 100 victims in 2021. In addition, 30 were victims of "
                "forced labor.", 2022, "PROTECTION") == {
        ("victims_identified", 2021, 100), ("victims_identified_labor_trafficking", 2021, 30)}


def test_a_count_of_one_kind_is_no_total_where_the_sentence_says_the_total_changed() -> None:
    """"increased investigations, prosecutions, and convictions, and secured two convictions
    for sex trafficking, compared with five in 2019": the total is another figure, not
    printed; without the change of the total, the only count printed, by its kind, is it."""
    assert rows("The government increased investigations, prosecutions, and convictions, and "
                "secured two convictions for sex trafficking, compared with five in 2019.",
                2021) == {("convictions_sex_trafficking", 2020, 2),
                          ("convictions_sex_trafficking", 2019, 5)}
    assert rows("The government secured two convictions for sex trafficking, compared with five "
                "in 2019.", 2021) == {
        ("convictions_sex_trafficking", 2020, 2), ("convictions_sex_trafficking", 2019, 5),
        ("convictions", 2020, 2), ("convictions", 2019, 5)}


def test_parts_opened_after_their_period_or_a_colon_are_of_the_count_before() -> None:
    """"... 300 victims in 2020. Data were partial: in the first half of 2020, identified victims
    included 120 individuals subjected to sex trafficking and 40 subjected to forced labor": parts
    of the count before by kind, as without the opening words; not after words that place them
    somewhere ("In the capital, identified victims included ..."): one region's."""
    assert rows("The government identified 300 victims in 2020. Data were partial: in the first "
                "half of 2020, identified victims included 120 individuals subjected to sex "
                "trafficking and 40 subjected to forced labor.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 300), ("victims_identified_sex_trafficking", 2020, 120),
        ("victims_identified_labor_trafficking", 2020, 40)}
    assert rows("The government identified 300 victims in 2020. In the capital, identified "
                "victims included 120 individuals subjected to sex trafficking and 40 subjected "
                "to forced labor.", 2021, "PROTECTION") == {("victims_identified", 2020, 300)}


def test_a_count_of_victims_said_to_have_changed_to_a_figure() -> None:
    """"Identified victims who were exploited as children decreased by 10 percent to 90": the
    victims are the subject, the count is of the age they name, and the comparison is of it;
    victims counted by another verb ("Victims assisted by the state increased to 90") are
    no count of victims identified."""
    assert rows("Identified victims who were exploited as children decreased by 10 percent to 90 "
                "in 2020, compared with 100 in 2019.", 2021, "PROTECTION") == {
        ("victims_identified_children", 2020, 90), ("victims_identified_children", 2019, 100)}
    assert rows("Potential trafficking victims rose to 400 in 2020, compared with 350 in 2019.",
                2021, "PROTECTION") == {("victims_identified", 2020, 400),
                                         ("victims_identified", 2019, 350)}
    assert rows("Victims assisted by the state increased to 90 in 2020.", 2021,
                "PROTECTION") == set()


def test_a_period_before_an_earlier_one_compared_with() -> None:
    """"65 in the prior reporting period but 31 in the reporting period prior to that", "25
    in 2019 and 20 the year before": each a year before the one compared before it; a lone
    "the year before", or one in another clause, is the year before the one reported on."""
    assert rows("The police opened 30 investigations, down from 41 in the previous reporting "
                "period and 52 in the reporting period before that.") == {
        ("investigations", 2020, 30), ("investigations", 2019, 41),
        ("investigations", 2018, 52)}
    assert rows("In 2020, the government identified 40 victims, compared with 35 in 2019 and 30 "
                "the year before.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 40), ("victims_identified", 2019, 35),
        ("victims_identified", 2018, 30)}
    assert rows("The government identified 40 victims, compared with 35 in the previous "
                "reporting period; it referred 30 victims to care, compared with 20 the year "
                "before.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 40), ("victims_identified", 2019, 35),
        ("victims_referred", 2020, 30), ("victims_referred", 2019, 20)}


def test_a_figure_dated_only_by_a_span_of_years_says_so() -> None:
    """"From April 2020 to March 2021", "in the 2019-2020 funding year", "In 2017-2018": the
    year reported on where the span holds it, else the span's last, with a note saying the
    year is read from a span; a figure with a year of its own beside it has no such note."""
    def dated(body: str, report_year: int = 2021) -> list[tuple]:
        got = extract_tip(f"X (Tier 2)\n\nPROTECTION\n{body}\n", report_year).enforcement
        return [(r.measure, r.data_year, r.value, r.note) for r in got]
    assert dated("From April 2020 to March 2021, the government identified 40 victims.") == [
        ("victims_identified", 2020, 40, "dated only by the span 'From April 2020 to March "
         "2021': read for 2020")]
    assert dated("The government allocated $50,000 for victim assistance in the 2019-2020 "
                 "funding year.") == [
        ("victim_assistance_funding", 2020, 50000, "dated only by the span 'in the 2019-2020': "
         "read for 2020")]
    assert dated("In 2017-2018, the government identified 40 victims.") == [
        ("victims_identified", 2018, 40, "dated only by the span 'In 2017-2018': read for 2018")]
    assert dated("The government identified 40 victims in 2020, compared with 25 in the "
                 "2018-2019 funding year.") == [
        ("victims_identified", 2020, 40, ""),
        ("victims_identified", 2019, 25, "dated only by the span 'in the 2018-2019': "
         "read for 2019")]
    # the years of a plan further on in the sentence date no figure
    assert dated("The government identified 40 victims, adopted a national action plan for "
                 "2021-2026, and opened a shelter.") == [("victims_identified", 2020, 40, "")]


def test_a_year_dating_an_earlier_step_of_a_case_dates_no_later_count() -> None:
    """"convicted 12 traffickers in cases initiated in 2018", "traffickers arrested in 2018",
    "continued 20 prosecutions initiated in 2019 and initiated 15 new prosecutions": the year
    dates the start of the cases, not the convictions or the new prosecutions; a count of that
    step ("15 prosecutions initiated in 2019") and a comparison keep it."""
    assert rows("The government convicted 12 traffickers in cases initiated in 2018.") == {
        ("convictions", 2020, 12)}
    assert rows("In 2020, courts convicted 12 traffickers arrested in 2018.") == {
        ("convictions", 2020, 12)}
    assert rows("The government continued 20 prosecutions initiated in 2019 and initiated 15 new "
                "prosecutions.") == {("prosecutions", 2020, 15)}
    assert rows("The government reported 15 prosecutions initiated in 2019.") == {
        ("prosecutions", 2019, 15)}
    assert rows("SPAK initiated two new investigations and continued to investigate two cases "
                "initiated and registered in 2019.") == {("investigations", 2020, 2)}
    assert rows("Courts convicted 12 traffickers, compared with 10 traffickers in cases initiated "
                "in 2019.") == {("convictions", 2020, 12), ("convictions", 2019, 10)}


def test_words_naming_the_period_reported_on_date_the_figure() -> None:
    """"identified 40 victims during the reporting period, including 10 identified in January
    2021": the period reported on, not the later year of a part, which dates no comparison
    either; a year opening the sentence still dates "during the year"."""
    assert rows("The government identified 40 victims during the reporting period, including "
                "10 identified in January 2021, compared with 35 in the previous reporting "
                "period.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 40), ("victims_identified", 2019, 35)}
    assert rows("In 2018, the most recent year for which data were available, the government "
                "identified 40 victims during the year.", 2021, "PROTECTION") == {
        ("victims_identified", 2018, 40)}


def test_a_count_of_people_of_earlier_periods_is_no_years_count() -> None:
    """"further support to 120 victims identified in previous reporting periods": people of
    earlier periods, no count of the year; the count before it in the sentence, a count
    "including several identified in previous reporting periods" and a count of the one
    previous period, alone or compared with, keep theirs."""
    assert rows("The ministry provided medical care to the 30 identified victims and further "
                "support to 120 victims identified in previous reporting periods.", 2021,
                "PROTECTION") == {("victims_assisted", 2020, 30)}
    assert rows("The government identified 40 victims in the previous reporting period.", 2021,
                "PROTECTION") == {("victims_identified", 2019, 40)}
    assert rows("In 2020, the government identified 30 victims, compared with 50 victims "
                "identified in the previous reporting period.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 30), ("victims_identified", 2019, 50)}
    assert rows("In 2020, the unit assisted 30 victims, including several identified in previous "
                "reporting periods.", 2021, "PROTECTION") == {("victims_assisted", 2020, 30)}


def test_a_year_read_from_a_span_is_the_same_when_asked_again() -> None:
    """A figure's year is asked more than once; the span "In 2017-2018" gives 2018 each time,
    not the year reported on once the first ask has noted the span."""
    text = "In 2017-2018, the government identified 40 victims."
    sent = build(text, 0, len(text), "protection", 2020)
    fig = next(f for f in sent.figures if f.value == 40)
    hit = Hit(fig, "count", fig.start, role="figure", base="victims_identified")
    assert [year_for(sent, hit, None), year_for(sent, hit, None)] == [2018, 2018]


def test_a_compared_figure_dated_by_a_span_before_another_dated_by_a_year() -> None:
    """"compared with $40,000 in the 2016-2017 funding year and $30,000 in 2015": the span
    dates the first amount; the year after the next amount is that one's."""
    assert rows("The government allocated $50,000 for victim care, compared with $40,000 in the "
                "2016-2017 funding year and $30,000 in 2015.", 2021, "PROTECTION") == {
        ("victim_assistance_funding", 2020, 50000), ("victim_assistance_funding", 2017, 40000),
        ("victim_assistance_funding", 2015, 30000)}


def test_a_comparison_after_two_kinds_given_side_by_side_compares_their_sum() -> None:
    """"convicted nine traffickers for sex trafficking and four for forced labor, compared with
    20 in 2020": no count of both is printed, so the comparison is of every kind, not of the
    last; a comparison naming its own kind keeps it, and one kind alone still gives its own."""
    got = rows("In 2021, the courts convicted nine traffickers for sex trafficking and four for "
               "forced labor, compared with 20 in 2020.", 2022)
    assert ("convictions", 2020, 20) in got
    assert ("convictions_labor_trafficking", 2020, 20) not in got
    got = rows("Police identified 30 victims of sex trafficking and eight victims of labor "
               "trafficking, a drop from 50 victims in 2020.", 2022, "PROTECTION")
    assert ("victims_identified", 2020, 50) in got
    got = rows("Police identified 30 sex trafficking victims and eight labor trafficking victims, "
               "compared with five labor trafficking victims in 2020.", 2022, "PROTECTION")
    assert ("victims_identified_labor_trafficking", 2020, 5) in got
    got = rows("Police identified 30 sex trafficking victims, compared with 25 in 2020.", 2022,
               "PROTECTION")
    assert ("victims_identified_sex_trafficking", 2020, 25) in got


def test_bare_figures_compared_with_kinds_named_after_their_nouns_keep_the_kinds() -> None:
    """"nine prosecutions for sex trafficking and four for forced labor, compared with six and
    two, respectively, in 2020": the kinds after the nouns tell the two items apart, so each
    compared figure is of its item's kind (and the two add up); where the items are two
    measures, the kind after their nouns is not carried to the comparisons."""
    got = figures("In 2021, prosecutors initiated nine prosecutions for sex trafficking and four "
                  "for forced labor, compared with six and two, respectively, in 2020.", 2022)
    assert {("prosecutions_sex_trafficking", 2020, 6), ("prosecutions_labor_trafficking", 2020, 2),
            ("prosecutions", 2020, 8)} <= got
    assert ("prosecutions", 2020, 6) not in got
    got = figures("In 2021, prosecutors initiated nine prosecutions for sex trafficking and courts "
                  "convicted four traffickers for sex trafficking, compared with six and two in "
                  "2020.", 2022)
    assert {("prosecutions", 2020, 6), ("convictions", 2020, 2)} <= got


def test_parts_of_other_nationalities_add_up_to_the_count_and_its_foreign_victims() -> None:
    """"identified nine Peruvian victims and four Bolivian victims" in Spain's narrative: 13
    victims, every one foreign, as "four Peruvian victims" alone is both; parts printed as
    foreign victims ("one foreign victim from Peru and two from Bolivia" compared) stay the
    foreign count only."""
    got = figures("Police identified nine Peruvian victims and four Bolivian victims in 2020.",
                  2021, "PROTECTION", "ESP")
    assert got == {("victims_identified", 2020, 13), ("victims_identified_foreign", 2020, 13)}
    got = figures("Police identified 20 victims in 2020 (one foreign victim from Peru and two from "
                  "Bolivia in 2019).", 2021, "PROTECTION", "ESP")
    assert ("victims_identified_foreign", 2019, 3) in got
    assert ("victims_identified", 2019, 3) not in got


def test_parts_from_other_countries_add_up_to_the_count_and_its_foreign_victims() -> None:
    """"identified nine victims from Peru and four from Bolivia" in Spain's narrative: 13
    victims, all foreign; "one foreign victim from Peru and two from Bolivia" is the foreign
    count only; a second item of another noun ("four suspects from Bolivia") is no part."""
    got = figures("Police identified nine victims from Peru and four from Bolivia in 2020.", 2021,
                  "PROTECTION", "ESP")
    assert got == {("victims_identified", 2020, 13), ("victims_identified_foreign", 2020, 13)}
    got = figures("Police identified one foreign victim from Peru and two from Bolivia in 2020.",
               2021, "PROTECTION", "ESP")
    assert got == {("victims_identified_foreign", 2020, 3)}
    got = figures("Police identified nine victims from Peru and four suspects from Bolivia in "
                  "2020.", 2021, "PROTECTION", "ESP")
    assert ("victims_identified", 2020, 13) not in got


def test_counts_coordinated_before_one_participle_are_both_counted_by_it() -> None:
    """"In 2020, 30 victims of sex trafficking and nine victims of forced labor were
    identified": the participle after both counts both, and the two kinds add up; a first
    count of another noun is not counted by it."""
    got = figures("In 2020, 30 victims of sex trafficking and nine victims of forced labor were "
                  "identified.", 2021, "PROTECTION")
    assert {("victims_identified_sex_trafficking", 2020, 30),
            ("victims_identified_labor_trafficking", 2020, 9),
            ("victims_identified", 2020, 39)} <= got
    got = figures("Officials reported 30 sex trafficking victims and nine labor trafficking "
                  "victims "
                  "identified in 2020.", 2021, "PROTECTION")
    assert ("victims_identified", 2020, 39) in got
    got = figures("In 2020, 30 cases of sex trafficking and nine victims of forced labor were "
                  "identified.", 2021, "PROTECTION")
    assert ("victims_identified", 2020, 39) not in got


def test_all_of_two_kinds_given_side_by_side_is_their_sum() -> None:
    """"identified 30 sex trafficking victims and nine labor trafficking victims, all of whom
    were referred to shelters": all 39, not the nine of the last kind; after counts of two
    measures it is still the last count's."""
    got = figures("In 2020, police identified 30 sex trafficking victims and nine labor "
                  "trafficking "
                  "victims, all of whom were referred to shelters.", 2021, "PROTECTION")
    assert ("victims_referred", 2020, 39) in got
    assert ("victims_referred", 2020, 9) not in got
    got = figures("In 2020, police assisted 30 victims and identified nine victims, all of whom "
                  "were referred to shelters.", 2021, "PROTECTION")
    assert ("victims_referred", 2020, 39) not in got


def test_a_count_said_to_be_from_another_country_is_of_foreign_victims() -> None:
    """"Three victims identified during the year were from Peru": foreign victims, not a
    second count of every victim, so the two kinds before still add up; a relative clause
    about other people ("a case whose traffickers were from Peru") says nothing of them."""
    got = figures("In 2020, police identified 30 victims of sex trafficking and nine victims of "
                  "labor trafficking. Three victims identified during the year were from Peru.",
               2021, "PROTECTION", "ESP")
    assert {("victims_identified", 2020, 39), ("victims_identified_foreign", 2020, 3)} <= got
    assert ("victims_identified", 2020, 3) not in got
    got = figures("Police identified 12 victims in a case whose traffickers were from Peru.", 2021,
                  "PROTECTION", "ESP")
    assert got == {("victims_identified", 2020, 12)}


def test_further_forms_listed_after_the_two_kinds_are_in_their_sum() -> None:
    """"120 ... of sex trafficking, 40 of labor trafficking, two of both, and five of forced
    criminality": the list's parts cover every victim, 167 in all; an item of another crime
    ("victims of illegal recruitment") or another noun ("suspects") is no part of it."""
    got = figures("In 2020, the police identified 120 victims of sex trafficking, 40 victims of "
                  "labor trafficking, two victims of both, and five victims of forced criminality.",
               2021, "PROTECTION")
    assert ("victims_identified", 2020, 167) in got
    got = figures("In 2020, prosecutors prosecuted 30 defendants for sex trafficking, 12 for labor "
                  "trafficking, and four for forced begging.", 2021, "PROTECTION")
    assert ("prosecutions", 2020, 46) in got
    got = figures("In 2020, the police identified 120 victims of sex trafficking, 40 victims of "
                  "labor trafficking, and five victims of illegal recruitment.", 2021, "PROTECTION")
    assert ("victims_identified", 2020, 160) in got
    got = figures("In 2020, the police identified 120 victims of sex trafficking, 40 victims of "
                  "labor trafficking, and five suspects of forced criminality.", 2021, "PROTECTION")
    assert ("victims_identified", 2020, 160) in got


def test_a_count_its_sentence_then_closes_with_a_total_is_a_part() -> None:
    """"first-instance courts convicted 12 traffickers and the court of appeal 30 more, for a
    total of 42 convictions": the 12 are a part of the 42 the sentence gives as the total."""
    assert rows("In 2020, first-instance courts convicted 12 traffickers and the court of "
                "appeal confirmed the sentences of 30 more, for a total of 42 convictions.",
                2021) == {("convictions", 2020, 42)}


def test_a_relative_clause_on_a_count_counts_it_for_its_own_measure_too() -> None:
    """"identified 14 victims who were provided shelter and medical services": the 14 were
    identified, and assisted by what the relative clause says they were given."""
    assert rows("In 2020, police identified 14 victims of forced labor who were provided "
                "shelter and medical services.", 2021, "PROTECTION") == {
        ("victims_identified_labor_trafficking", 2020, 14),
        ("victims_assisted_labor_trafficking", 2020, 14)}


def test_the_count_given_before_named_again_with_the_services_it_received() -> None:
    """"The 23 identified victims received housing, counselling, and medical care": a count
    already given, now counted as victims assisted; the services may be listed."""
    assert rows("Authorities identified 23 victims in 2020. The 23 identified victims received "
                "housing, counselling, and medical care.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 23), ("victims_assisted", 2020, 23)}


def test_the_kind_a_count_was_exploited_in_given_in_parentheses() -> None:
    """"identified two victims (exploited in forced labor)": the parenthesis names the kind of
    all of them, as "two victims exploited in forced labor" does."""
    assert rows("In 2020, the government identified two victims (exploited in forced labor).",
                2021, "PROTECTION") == {
        ("victims_identified", 2020, 2), ("victims_identified_labor_trafficking", 2020, 2)}


def test_a_comparison_dated_by_a_year_before_its_noun() -> None:
    """"compared with a 2019 budget of 3.1 million rupees ($42,000) and ... ($35,000) in
    2018": the year before "budget of" dates the first amount, the year after the list the
    second."""
    assert rows("The government allocated 4.2 million rupees ($57,000) for victim protection "
                "in 2020, compared with a 2019 budget of 3.1 million rupees ($42,000) and 2.6 "
                "million rupees ($35,000) in 2018.", 2021, "PROTECTION") == {
        ("victim_assistance_funding", 2020, 57000), ("victim_assistance_funding", 2019, 42000),
        ("victim_assistance_funding", 2018, 35000)}


def test_one_verb_of_training_with_audiences_listed_with_semicolons() -> None:
    """"trained N1 X on A; N2 Y on B; and N3 police officers on C": every audience is the
    verb's object; those not counted by a measure give no row, the police officers are
    officers trained. A list of bare figures after a count stays its counterparts."""
    assert rows("In 2020, authorities trained 25 social workers on victim screening; 40 "
                "municipal staff, including labor inspectors, on referral procedures; and 120 "
                "border police officers on interviewing techniques.", 2021) == {
        ("officers_trained", 2020, 120)}
    assert figures("The government convicted nine traffickers for sex trafficking; three for "
                   "forced labor; and one for both.", 2021) == {
        ("convictions", 2020, 12), ("convictions_sex_trafficking", 2020, 9),
        ("convictions_labor_trafficking", 2020, 3)}


def test_one_verb_of_training_with_audiences_listed_with_commas() -> None:
    """"trained N1 X, N2 Y, N3 police officers, and Z": every audience is the verb's object,
    the last with or without a figure of its own; the police officers are officers trained,
    and an audience before them (no comma before "and") is not. A list after another verb
    ("then investigated 25 suspects, 9 police officers, ...") is not one of training, and an
    item that is a clause of its own (", and then arrested ...") makes no list."""
    assert rows("In 2020, authorities trained 35 labor inspectors, 18 prosecutors, 54 border "
                "police officers, and several NGO representatives on victim screening.",
                2021) == {("officers_trained", 2020, 54)}
    assert rows("In 2020, the ministry trained 60 social workers, 25 teachers and 90 police "
                "officers on trafficking indicators.", 2021) == {("officers_trained", 2020, 90)}
    assert rows("In 2020, police received training in victim identification and then "
                "investigated 25 suspects, 9 police officers, 6 border guards, and 10 labor "
                "recruiters.", 2021) == {("investigations", 2020, 25)}
    assert rows("In 2020, the ministry trained 60 social workers, 25 teachers, and then "
                "arrested 90 police officers.", 2021) == set()


def test_cases_referred_with_what_for_before_the_count() -> None:
    """"referred for prosecution 27 cases": what the cases were referred for may stand
    between the verb and its count."""
    assert rows("In 2020, labor inspectors referred for prosecution 27 forced labor cases.",
                2021) == {("cases_referred_labor_trafficking", 2020, 27)}


def test_the_whole_of_a_part_is_counted_by_its_own_participle() -> None:
    """"nine of the 14 convicted traffickers received suspended sentences": the 14 are the
    convictions (their own participle), the nine the part the predicate counts; the whole is
    no count of suspended sentences."""
    assert rows("In 2020, nine of the 14 convicted traffickers received suspended sentences.",
                2021) == {("convictions", 2020, 14), ("convictions_not_imprisoned", 2020, 9)}


def test_bare_counts_of_sentences_after_a_count_of_convictions() -> None:
    """"convicted 12 traffickers; three received suspended sentences and nine received prison
    terms": the bare counts are the convicted given each kind of sentence."""
    assert rows("Courts convicted 12 traffickers in 2020; three received suspended sentences "
                "and nine received prison terms.", 2021) == {
        ("convictions", 2020, 12), ("convictions_not_imprisoned", 2020, 3),
        ("convictions_imprisoned", 2020, 9)}


def test_all_of_a_count_given_before_in_a_coordinated_clause() -> None:
    """"..., and all 45 identified victims received these services": a count given before,
    counted for victims assisted by the clause after "and", as at a sentence's start."""
    assert rows("Authorities identified 45 victims in 2020. The shelters offered counseling and "
                "medical care, and all 45 identified victims received these services.", 2021,
                "PROTECTION") == {("victims_identified", 2020, 45), ("victims_assisted", 2020, 45)}


def test_girls_are_not_all_the_children_when_the_first_part_counts_boys() -> None:
    """"identified 80 boys and 50 girls as trafficking victims": the first part of the sum is
    children too, so the girls are not the children's count."""
    assert figures("In 2020, the government identified 80 boys and 50 girls as trafficking "
                   "victims.", 2021, "PROTECTION") == {("victims_identified", 2020, 130)}


def test_a_count_of_other_audiences_is_not_the_officers_trained_after_it() -> None:
    """"trained 25 social workers and 40 police officers": the 25 are not police officers; the
    words between a count and the officers' noun hold no other figure."""
    got = rows("In 2020, the government trained 25 social workers and 40 police officers.", 2021)
    assert ("officers_trained", 2020, 25) not in got


def test_a_month_dated_step_at_the_end_of_a_list_does_not_date_its_counts() -> None:
    """"These efforts included initiating eight investigations, ..., and releasing a plan in
    March 2021": the month dates that one step; the counts are of the year reported on."""
    assert rows("These efforts included initiating eight trafficking investigations, convicting "
                "seven offenders for sex trafficking crimes, and releasing an updated national "
                "action plan in March 2021.", 2021) == {
        ("investigations", 2020, 8), ("convictions", 2020, 7),
        ("convictions_sex_trafficking", 2020, 7)}
    # a month-dated year right after the count dates it; one opening the sentence dates all
    assert rows("Police identified 12 victims in March 2021.", 2021, "PROTECTION") == {
        ("victims_identified", 2021, 12)}
    assert rows("In March 2021, police identified 12 victims.", 2021, "PROTECTION") == {
        ("victims_identified", 2021, 12)}


def test_parts_of_a_count_named_again_by_its_figure_sentences_later() -> None:
    """"Of the 298 identified victims, 33 were child victims" after another count in between:
    the figure printed names the count the parts are of."""
    assert rows("Authorities reported 298 identified victims in 2022. One agency reported 416 "
                "identified victims in 2021. Of the 298 identified victims, 33 were child "
                "victims, compared with 42 in 2021.", 2023, "PROTECTION") == {
        ("victims_identified", 2022, 298), ("victims_identified", 2021, 416),
        ("victims_identified_children", 2022, 33), ("victims_identified_children", 2021, 42)}


def test_the_children_of_a_count_given_as_boys_and_girls() -> None:
    """"383 victims—51 adult males, 176 adult females, 104 boys, and 52 girls": the boys and
    girls together are the children; not where the girls are of one kind only, nor where the
    count is of one kind."""
    assert figures("The government identified 383 victims—51 adult males, 176 adult females, 104 "
                   "boys, and 52 girls—in 2020.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 383), ("victims_identified_children", 2020, 156)}
    assert ("victims_identified_children", 2020, 22) not in rows(
        "The government identified 40 victims, including 10 boys and 12 girls exploited in "
        "forced labor.", 2021, "PROTECTION")
    assert rows("The government identified 40 victims of sex trafficking, including 10 boys "
                "and 12 girls.", 2021, "PROTECTION") == {
        ("victims_identified_sex_trafficking", 2020, 40)}


def test_boys_and_girls_of_a_partition_by_sex_and_age_beside_one_by_kind() -> None:
    """"60 victims; 25 were sex trafficking victims, 35 were forced labor victims; 30 were
    women and 10 were men; 12 were girls and eight were boys": the parts by sex and age add up
    to the count on their own, so the girls and boys are all its children (20); not where
    they do not add up (the girls may be of one kind only)."""
    body = ("The government identified 60 victims; 25 were sex trafficking victims, 35 were "
            "forced labor victims; 30 were women and 10 were men; 12 were girls and eight were "
            "boys.")
    assert ("victims_identified_children", 2020, 20) in figures(body, 2021, "PROTECTION")
    assert ("victims_identified_children", 2020, 20) not in rows(
        body.replace("30 were women", "20 were women"), 2021, "PROTECTION")


def test_a_count_after_the_year_closing_a_comparison_is_of_the_year_reported_on() -> None:
    """"one new prosecution, compared with six prosecutions in the previous reporting period,
    and one conviction for labor trafficking ..., compared with four convictions in the
    previous reporting period": the conviction after the comparison's year is the year's own,
    as the second comparison shows."""
    got = rows("The government reported one new prosecution, compared with six prosecutions in "
               "the previous reporting period, and one conviction for labor trafficking with a "
               "sentence of three years in prison, compared with four convictions in the "
               "previous reporting period.", 2022)
    assert {("prosecutions", 2021, 1), ("prosecutions", 2020, 6),
            ("convictions_labor_trafficking", 2021, 1), ("convictions", 2020, 4)} <= got
    assert ("convictions_labor_trafficking", 2020, 1) not in got


def test_boys_and_girls_beside_adults_or_a_part_by_origin() -> None:
    """"including three adults, five girls, and four boys—six sex trafficking and six forced
    labor victims": with the adults the parts by age add up to the count, so the girls and
    boys are its children; "34 were boys, three were girls ...; this included 244 foreign
    nationals": foreign victims are no other partition the children could be one part of."""
    assert ("victims_identified_children", 2017, 9) in figures(
        "The government identified 12 trafficking victims, including three adults, five girls, "
        "and four boys—six sex trafficking and six forced labor victims.", 2018, "PROTECTION")
    assert ("victims_identified_children", 2018, 37) in figures(
        "The government identified 260 victims. Of the 260 victims identified, 201 were men, 21 "
        "were women, 34 were boys, three were girls, and one was of an unknown gender; this "
        "included 244 foreign nationals and 14 South Africans.", 2019, "PROTECTION")
    assert ("victims_identified_children", 2017, 9) not in rows(
        "The government identified 12 trafficking victims, including two adults, five girls, "
        "and four boys—six sex trafficking and six forced labor victims.", 2018, "PROTECTION")


def test_figures_after_a_count_that_are_its_parts_are_not_added_to_it() -> None:
    """"seven foreign victims, six Ukrainian women, ..., and one Filipina woman": the six and
    the one are the seven, not more foreign victims; "two sex trafficking and 129 forced labor
    victims" still adds up."""
    assert rows("Authorities identified approximately seven foreign victims, six Ukrainian "
                "women, who were fleeing the war, and one Filipina woman.", 2023, "PROTECTION",
                "Bulgaria") == {("victims_identified_foreign", 2022, 7)}
    assert rows("Authorities identified seven foreign victims, six Ukrainian women and one "
                "Filipina woman.", 2023, "PROTECTION", "Bulgaria") == {
        ("victims_identified_foreign", 2022, 7)}
    assert figures("The government identified two sex trafficking and 129 forced labor victims.",
                   2023, "PROTECTION") == {("victims_identified", 2022, 131),
                                           ("victims_identified_sex_trafficking", 2022, 2),
                                           ("victims_identified_labor_trafficking", 2022, 129)}


def test_all_of_one_part_are_no_kind_of_the_whole_count() -> None:
    """"three were children; and all adults were foreign victims": the adults are foreign,
    not the 25; "all were foreign victims" is of the 25."""
    assert rows("The government identified 25 victims; three were children; and all adults "
                "were foreign victims.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 25), ("victims_identified_children", 2020, 3)}
    assert rows("The government identified 25 victims; all were foreign victims.", 2021,
                "PROTECTION") == {("victims_identified", 2020, 25),
                                  ("victims_identified_foreign", 2020, 25)}


def test_parts_opened_by_a_pronoun_for_the_count_before() -> None:
    """"... investigated 70 new trafficking cases in 2022 ... These included 26 sex
    trafficking cases, 26 labor trafficking cases and 18 unspecified trafficking cases": the
    parts of the 70."""
    assert rows("Law enforcement investigated 70 new trafficking cases in 2022, compared with "
                "222 in 2021. These included 26 sex trafficking cases, 26 labor trafficking "
                "cases and 18 unspecified trafficking cases.", 2023) == {
        ("investigations", 2022, 70), ("investigations", 2021, 222),
        ("investigations_sex_trafficking", 2022, 26),
        ("investigations_labor_trafficking", 2022, 26)}


def test_of_whom_after_a_list_of_parts_is_of_their_whole() -> None:
    """"130 victims (86 women and 44 men, of whom 21 were children)": the 21 are of all 130;
    after one part alone, "of whom" is of that part."""
    assert rows("The government assisted 130 victims in 2020 (86 women and 44 men, of whom 21 "
                "were children).", 2021, "PROTECTION") == {
        ("victims_assisted", 2020, 130), ("victims_assisted_children", 2020, 21)}
    assert rows("The government identified 40 victims, including 30 women, of whom five were "
                "children.", 2021, "PROTECTION") == {("victims_identified", 2020, 40)}


def test_parts_by_kind_after_the_parts_by_age_of_the_same_count() -> None:
    """"six victims, including four adults and two girls—four sex trafficking and two forced
    labor victims": two partitions of the six, each read."""
    assert rows("The government identified six trafficking victims, including four adults and "
                "two girls—four sex trafficking and two forced labor victims.", 2021,
                "PROTECTION") == {
        ("victims_identified", 2020, 6), ("victims_identified_children", 2020, 2),
        ("victims_identified_sex_trafficking", 2020, 4),
        ("victims_identified_labor_trafficking", 2020, 2)}


def test_parts_listed_after_a_colon_with_semicolons() -> None:
    """"convicted a total of 10 traffickers in seven cases: two traffickers on forced begging
    charges ...; six sex traffickers ...; two labor traffickers ...": parts of the 10."""
    assert rows("The government convicted a total of 10 traffickers in seven cases: two "
                "traffickers on forced begging charges with sentences of two years' "
                "imprisonment; six sex traffickers with sentences of up to 30 years' "
                "imprisonment; and two labor traffickers with sentences of five years' "
                "imprisonment.", 2015) == {
        ("convictions", 2014, 10), ("convictions_sex_trafficking", 2014, 6),
        ("convictions_labor_trafficking", 2014, 2)}


def test_a_span_of_years_after_a_later_figure_or_a_zero() -> None:
    """"compared to four in 2015 and none from 2011 to 2014": the span is of the zero, none in
    each of its years, and does not make the four a count of several years; a count over a
    span still adds up several years."""
    assert rows("The government did not initiate any prosecutions in the reporting period, "
                "compared to four in 2015 and none from 2011 to 2014.", 2017) == {
        ("prosecutions", 2016, 0), ("prosecutions", 2015, 4), ("prosecutions", 2014, 0),
        ("prosecutions", 2013, 0), ("prosecutions", 2012, 0), ("prosecutions", 2011, 0)}
    assert rows("The government initiated one prosecution in 2016, compared to four in 2015 "
                "and 12 from 2011 to 2014.", 2017) == {
        ("prosecutions", 2016, 1), ("prosecutions", 2015, 4)}


def test_trials_initiated_and_cases_brought_to_trial_are_prosecutions() -> None:
    assert figures("Authorities initiated trials in four transnational trafficking cases and two "
                   "internal trafficking cases. In comparison, prosecutors reported eight cases "
                   "brought to trial in 2013.", 2015) == {
        ("prosecutions", 2014, 6), ("prosecutions", 2013, 8)}


def test_all_named_by_another_measure_is_not_of_the_count_before() -> None:
    """"Civil society referred six potential victims ... all officially identified victims
    were foreign": the identified victims, not the six referred."""
    assert rows("Civil society referred six potential trafficking victims to the unit. As a "
                "result, all officially identified victims were foreign victims.", 2021,
                "PROTECTION") == {("victims_referred_ngo", 2020, 6)}
    assert rows("The government identified 12 victims. All identified victims were foreign "
                "nationals.", 2021, "PROTECTION") == {("victims_identified", 2020, 12),
                                                      ("victims_identified_foreign", 2020, 12)}


def test_some_states_named_with_an_example_are_a_part_of_the_count() -> None:
    """"authorities in 10 states reported identifying 217 victims ..., while more populous
    states, such as Rio de Janeiro, identified only three victims": a part, past the aside."""
    assert rows("In 2019, authorities reported identifying 217 victims, while more populous "
                "states, such as Rio de Janeiro, identified only three victims.", 2020,
                "PROTECTION") == {("victims_identified", 2019, 217)}


def test_a_year_in_an_aside_about_some_of_a_count_does_not_date_it() -> None:
    """"assisted 38 victims in total, including some identified in 2013": the 38 are of the
    year reported on."""
    assert rows("The program assisted 38 victims in total, including some identified in 2013.",
                2015, "PROTECTION") == {("victims_assisted", 2014, 38)}


def test_people_counted_before_counted_again_by_a_verb_of_another_measure() -> None:
    """"prosecuted three suspects ... convicted the three suspects": three convictions."""
    assert rows("Authorities prosecuted three suspects for sex trafficking. Authorities "
                "convicted the three suspects.", 2021) == {
        ("prosecutions", 2020, 3), ("prosecutions_sex_trafficking", 2020, 3),
        ("convictions", 2020, 3)}


def test_a_comparison_with_a_count_the_year_did_not_report() -> None:
    """"did not report the number of investigations in 2016, compared with 66 in 2015", "It
    is unclear how many cases ... the government investigated in 2016, compared with 66 cases
    in 2015": the comparison is of the measure not reported."""
    for text in ("The government did not report the number of investigations in 2016, "
                 "compared with 66 in 2015.",
                 "It is unclear how many cases of potential trafficking the government "
                 "investigated in 2016, compared with 66 cases in 2015."):
        assert rows(text, 2017) == {("investigations", 2016, None),
                                    ("investigations", 2015, 66)}


def test_a_part_of_a_stated_whole_named_by_the_predicate_after_it() -> None:
    """"15 of 45 defendants prosecuted were for labor trafficking": the 15 of the 45, of the
    kind the predicate names."""
    assert rows("In 2015, 15 of 45 defendants prosecuted were for labor trafficking.", 2016) == {
        ("prosecutions", 2015, 45), ("prosecutions_labor_trafficking", 2015, 15)}


def test_boys_and_girls_among_the_parts_of_a_count_given_before() -> None:
    """"Identified victims included 33 women, six men, 18 girls, and one boy", "Among the 166
    victims identified, there were 72 women, 46 girls, nine men, and 33 boys": the children of
    the count of the sentence before."""
    assert figures("The government identified 58 victims. Identified victims included 33 women, "
                   "six men, 18 girls, and one boy.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 58), ("victims_identified_children", 2020, 19)}
    assert figures("The government identified 166 victims. Among the 166 victims identified, "
                   "there were 72 women, 46 girls, nine men, and 33 boys.", 2021,
                   "PROTECTION") == {("victims_identified", 2020, 166),
                                  ("victims_identified_children", 2020, 79)}


def test_a_count_given_only_as_its_two_kinds_adds_up_to_the_total() -> None:
    """"Police investigated 31 sex trafficking cases in 2014, compared with 40 in 2013. ...
    Police investigated 62 cases of forced labor in 2014, compared with 38 forced labor cases
    in 2013": 93 and 78 investigations; not where one kind is given alone."""
    assert figures("Police investigated 31 sex trafficking cases in 2014, compared with 40 in "
                   "2013. Police investigated 62 cases of forced labor in 2014, compared with 38 "
                   "forced labor cases in 2013.", 2015) == {
        ("investigations", 2014, 93), ("investigations_sex_trafficking", 2014, 31),
        ("investigations_labor_trafficking", 2014, 62), ("investigations", 2013, 78),
        ("investigations_sex_trafficking", 2013, 40),
        ("investigations_labor_trafficking", 2013, 38)}
    assert rows("Police investigated 31 sex trafficking cases in 2014.", 2015) == {
        ("investigations_sex_trafficking", 2014, 31)}


def test_a_figure_with_a_plural_noun_of_its_own_lends_no_figure_to_the_next_noun() -> None:
    """"eleven arrests and three convictions": the eleven count arrests, not convictions;
    "70 sex trafficking and 5 labor trafficking prosecutions" share the one head noun."""
    assert rows("By the end of the year, the inquiry had led to eleven arrests and three "
                "convictions.", 2021) == {("convictions", 2020, 3)}
    assert figures("Prosecutors initiated 70 sex trafficking and 5 labor trafficking prosecutions "
                   "in 2020.", 2021) == {
        ("prosecutions", 2020, 75), ("prosecutions_sex_trafficking", 2020, 70),
        ("prosecutions_labor_trafficking", 2020, 5)}


def test_convictions_for_related_offenses_are_of_other_crimes() -> None:
    """"three convictions for related offenses": offenses of the case other than
    trafficking, so no count of trafficking convictions."""
    assert rows("The case produced three convictions for related offenses.", 2021) == set()


def test_counts_of_persons_charged_split_by_the_crime_they_were_charged_with() -> None:
    """"charged 30 defendants with sex trafficking and two with labor trafficking": the
    kinds of the prosecutions, and their total."""
    assert figures("Prosecutors charged 30 defendants with sex trafficking and two with labor "
                   "trafficking in 2020.", 2021) == {
        ("prosecutions", 2020, 32), ("prosecutions_sex_trafficking", 2020, 30),
        ("prosecutions_labor_trafficking", 2020, 2)}


def test_victims_compared_with_investigations_are_no_investigations() -> None:
    """"investigating cases involving 40 potential victims, compared with 12 case
    investigations the year before": the 40 count victims, so only the 12 is a count of
    investigations."""
    assert rows("Police reported investigating cases involving 40 potential victims during the "
                "reporting period, compared with 12 case investigations during the previous "
                "reporting period.", 2021) == {("investigations", 2019, 12)}


def test_a_when_clause_after_a_year_tells_what_was_done_that_year() -> None:
    """"Unlike 2018, when the government convicted four traffickers, ...": a count of 2018,
    not a case put generally."""
    assert rows("Unlike 2018, when the government convicted four traffickers, courts did not "
                "convict any traffickers in 2019.", 2020) == {
        ("convictions", 2018, 4), ("convictions", 2019, 0)}


def test_a_part_said_to_be_of_both_kinds_is_of_neither() -> None:
    """"..., two of labor trafficking, and one of both labor trafficking and forced
    criminality": the one is no second part of labor trafficking, so the two stand."""
    assert rows("The government identified 20 victims. Of these, 12 were victims of sex "
                "trafficking, two of labor trafficking, and one of both labor trafficking and "
                "forced criminality.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 20), ("victims_identified_sex_trafficking", 2020, 12),
        ("victims_identified_labor_trafficking", 2020, 2)}


def test_convicting_and_sentencing_counts_the_convicted() -> None:
    """"convicting and sentencing four traffickers": the gerunds as the past tense are."""
    assert rows("These efforts included convicting and sentencing four traffickers to prison "
                "terms.", 2021) == {("convictions", 2020, 4)}


def test_trafficking_charges_pursued_against_defendants_are_prosecutions() -> None:
    """"pursued human trafficking charges against three defendants in one case involving
    forced labor": prosecutions of the persons charged, of the kind of their case."""
    assert rows("The government pursued human trafficking charges against three defendants in "
                "one case involving forced labor.", 2021) == {
        ("prosecutions", 2020, 3), ("prosecutions_labor_trafficking", 2020, 3)}
    assert rows("Prosecutors filed preliminary charges against 30 suspects, compared with 12 in "
                "2019.", 2021) == {("prosecutions", 2020, 30), ("prosecutions", 2019, 12)}


def test_an_aside_between_dashes_does_not_part_a_count_from_its_predicate() -> None:
    """"only 9 of the 40 convicted traffickers—23 percent—received a prison sentence": the
    nine are convictions with prison, not a second count of convictions."""
    got = rows("The government convicted 40 traffickers in 2020. Only 9 of the 40 convicted "
               "traffickers—23 percent—received a prison sentence.", 2021)
    assert ("convictions", 2020, 40) in got and ("convictions", 2020, 9) not in got
    assert ("convictions_imprisoned", 2020, 9) in got


def test_the_comparison_of_a_count_under_another_law_is_set_aside_with_it() -> None:
    """"convicted 30 traffickers under the trafficking law, ..., and investigated 200 persons
    under Article 600 for slavery, compared to 250 in 2019": the 250 are investigations
    under that article too, no convictions of 2019."""
    assert rows("Courts convicted 30 traffickers under the trafficking law, compared to 20 in "
                "2019, and the government also investigated 200 persons under Article 600 for "
                "slavery, compared to 250 in 2019.", 2021) == {
        ("convictions", 2020, 30), ("convictions", 2019, 20)}


def test_persons_charged_beside_a_count_of_prosecutions_are_counted_apart() -> None:
    """"prosecuted 12 cases ... and charged 30 defendants": the prosecutions are the cases;
    the defendants charged, and the parts they open, are another count."""
    assert rows("The government prosecuted 12 cases in 2020 and charged 30 defendants with sex "
                "trafficking and two with labor trafficking.", 2021) == {
        ("prosecutions", 2020, 12)}


def test_a_count_that_is_the_subject_of_a_denial_is_some_of_the_years() -> None:
    """"Thirty investigations did not result in the identification of victims": some of the
    year's investigations, told by what did not happen to them, not its total."""
    assert rows("Police opened 70 investigations in 2020. Thirty investigations did not result "
                "in the identification of victims.", 2021) == {("investigations", 2020, 70)}


def test_healthcare_provided_to_victims_is_assistance() -> None:
    """"provided healthcare to 40 victims": care, as "health care" and "medical care" are."""
    assert rows("The Ministry of Health provided healthcare to 40 trafficking victims.", 2021,
                "PROTECTION") == {("victims_assisted", 2020, 40)}


def test_initiating_some_and_continuing_others_shares_the_noun() -> None:
    """"initiating 8 and continuing 20 investigations": the eight begun this year are the
    year's investigations; the twenty carried over are not."""
    assert rows("The government reported initiating 8 and continuing 20 investigations, "
                "compared with initiating six and continuing four investigations during the "
                "previous reporting period.", 2021) == {
        ("investigations", 2020, 8), ("investigations", 2019, 6)}


def test_none_over_a_span_of_years_after_the_words_of_the_count() -> None:
    """"no victims identified between 2016 and 2018": a zero in each of those years."""
    assert rows("The government identified three victims in 2019, compared with no victims "
                "identified between 2016 and 2018.", 2020, "PROTECTION") == {
        ("victims_identified", 2019, 3), ("victims_identified", 2016, 0),
        ("victims_identified", 2017, 0), ("victims_identified", 2018, 0)}


def test_a_comparison_naming_its_own_noun_takes_no_age_from_the_count_before() -> None:
    """"identified 50 child victims, compared with 45 victims in 2019": the 45 are all the
    victims of 2019; a bare "45" would be children as the 50 are."""
    assert rows("The government identified 50 child victims, compared with 45 victims in 2019.",
                2021, "PROTECTION") == {("victims_identified_children", 2020, 50),
                                        ("victims_identified", 2019, 45)}
    assert rows("The government identified 50 child victims, compared with 45 in 2019.", 2021,
                "PROTECTION") == {("victims_identified_children", 2020, 50),
                                  ("victims_identified_children", 2019, 45)}


def test_parts_of_the_count_the_opening_participle_names() -> None:
    """"identified 200 victims ..., and assisted 80 victims. Of the total identified victims,
    120 were ...": parts of the 200 identified, not of the 80 assisted given last."""
    got = rows("The government identified 200 trafficking victims in 2020 and assisted 80 "
               "victims. Of the total identified victims, 120 were subjected to sex trafficking "
               "and 70 to labor trafficking.", 2021, "PROTECTION")
    assert ("victims_identified_sex_trafficking", 2020, 120) in got
    assert ("victims_identified_labor_trafficking", 2020, 70) in got
    assert not any(m.startswith("victims_assisted_") for m, _, _ in got)


def test_statuses_sharing_one_kind_and_noun() -> None:
    """"three confirmed and two presumed labor trafficking victims": alone, the three confirmed
    are the count (no total is printed); as the parts of a larger count in dashes, five of
    that kind."""
    assert figures("Police identified three confirmed and two presumed labor trafficking victims "
                   "in 2020.", 2021, "PROTECTION") == {("victims_identified", 2020, 3),
                                                 ("victims_identified_labor_trafficking", 2020, 3)}
    assert figures("Police identified nine victims – three confirmed and two presumed labor "
                   "trafficking victims and four presumed sex trafficking victims – in 2020.", 2021,
                   "PROTECTION") == {("victims_identified", 2020, 9),
                                  ("victims_identified_labor_trafficking", 2020, 5),
                                  ("victims_identified_sex_trafficking", 2020, 4)}


def test_persons_indicted_beside_no_prosecutions() -> None:
    """"indicted two suspects, but reported no prosecutions": the indictments are not the
    prosecutions; the stated zero is."""
    assert rows("Police investigated three cases and indicted two suspects, but the government "
                "reported no prosecutions or convictions.") == {
        ("investigations", 2020, 3), ("prosecutions", 2020, 0), ("convictions", 2020, 0)}


def test_all_of_a_kind_in_parentheses_after_a_comparison() -> None:
    """"compared with 12 victims (all labor trafficking victims) in 2019": twelve labor
    trafficking victims in 2019 as well."""
    got = rows("The government identified 20 victims in 2020, compared with 12 victims (all "
               "labor trafficking victims) in 2019.", 2021, "PROTECTION")
    assert ("victims_identified", 2019, 12) in got
    assert ("victims_identified_labor_trafficking", 2019, 12) in got


def test_a_count_of_places_is_no_count_of_victims() -> None:
    """"identified in 12 districts": twelve districts, not twelve victims."""
    assert rows("The government identified 300 victims, compared with 250 victims identified in "
                "12 districts in 2019.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 300), ("victims_identified", 2019, 250)}


def test_comparisons_of_a_count_of_several_years() -> None:
    """"90 victims, including victims identified in previous years, compared with 70 in 2019":
    the comparison is of the same kind of count, set aside with it; not a comparison after
    the year's own count."""
    assert rows("The agency assisted 90 victims, including victims identified in previous years, "
                "compared with assisting 70 victims in 2019 and 50 in 2018.", 2021,
                "PROTECTION") == set()
    assert rows("Police opened four investigations and continued 12 investigations from "
                "previous years, compared with opening two investigations in 2019.") == {
        ("investigations", 2020, 4), ("investigations", 2019, 2)}


def test_victims_within_the_asylum_system_are_some_of_the_year() -> None:
    """"identified six victims within the asylum system" after the year's total: a part."""
    assert rows("The government identified 40 victims in 2020. Officials identified six victims "
                "within the asylum system.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 40)}


def test_girl_and_boy_victims_add_up_to_the_children() -> None:
    """"12 girl victims ... and three boy victims" among the parts of a count: 15 children."""
    assert ("victims_identified_children", 2020, 15) in figures(
        "Police identified 30 victims in 2020, including 10 adult female victims, 12 girl "
        "victims, five adult male victims, and three boy victims.", 2021, "PROTECTION")


def test_what_there_were_adds_up_to_the_count_before() -> None:
    """"there were 10 women, 12 girls, five men, and three boys" after 30 victims: its parts,
    as they add up to it; figures that do not are read on their own."""
    got = figures("Police identified 30 victims in 2020. Officials said there were 10 adult female "
                  "victims, 12 girl victims, five adult male victims, and three boy victims.", 2021,
                  "PROTECTION")
    assert got == {("victims_identified", 2020, 30), ("victims_identified_children", 2020, 15)}


def test_one_person_of_any_description_held_for_trafficking() -> None:
    """"convicted a former mayor for child sex trafficking": one conviction of sex trafficking
    (the child is the victim, not the one convicted)."""
    assert rows("During the year, courts convicted a former mayor for child sex trafficking "
                "crimes.") == {("convictions", 2020, 1), ("convictions_sex_trafficking", 2020, 1)}


def test_the_prostitution_of_a_minor_is_no_other_crime() -> None:
    """"convicted a sex trafficker for the prostitution of a child" is a trafficking conviction;
    "convicted 40 individuals on prostitution charges" stays another crime."""
    assert rows("In 2020, courts convicted a sex trafficker for the prostitution of a child.") == {
        ("convictions", 2020, 1), ("convictions_sex_trafficking", 2020, 1)}
    assert rows("In 2020, courts convicted 40 individuals on prostitution charges.") == set()


def test_a_time_compared_with_and_no_figure_dates_nothing_else() -> None:
    """"opened fewer investigations than in the previous reporting period, only initiated one
    prosecution": the prosecution is of the year reported on."""
    assert rows("Police opened fewer investigations than in the previous reporting period, only "
                "initiated one prosecution, and convicted two traffickers.") == {
        ("prosecutions", 2020, 1), ("convictions", 2020, 2)}


def test_a_nationality_denied_is_foreign() -> None:
    """"10 were non-Salvadoran" in El Salvador's narrative: ten foreign victims."""
    assert ("victims_identified_foreign", 2020, 10) in rows(
        "Of the 40 victims identified in 2020, 10 were non-Salvadoran.", 2021, "PROTECTION",
        "SLV")


def test_some_of_the_offenders_of_a_kind_are_of_that_kind() -> None:
    """"prosecuted 15 sex traffickers ... Twelve of them were convicted": twelve convictions
    for sex trafficking."""
    assert ("convictions_sex_trafficking", 2020, 12) in rows(
        "Authorities prosecuted 15 alleged sex traffickers in 2020. Twelve of them were "
        "convicted.")


def test_victims_of_one_sex_only_are_some_of_the_victims() -> None:
    """"NGOs assisted 128 male victims": some of the victims assisted, not their count, and so
    is what it is compared with; a list of both sexes and a count of a kind stay read."""
    assert rows("Government-funded NGOs assisted 128 male victims in 2020.", 2021,
                "PROTECTION") == set()
    assert rows("An institute identified and assisted seven female victims in 2020, compared "
                "with supporting 20 female victims in 2019.", 2021, "PROTECTION") == set()
    # all the year's victims, of one sex, compared with all of an earlier year's: the count
    assert ("victims_identified", 2020, 29) in rows(
        "The government identified 29 female trafficking victims in 2020, a decrease from 47 "
        "trafficking victims identified the previous year.", 2021, "PROTECTION")
    assert rows("Police identified 28 female victims and no male victims in 2020.", 2021,
                "PROTECTION") == {("victims_identified", 2020, 28)}
    assert ("victims_identified_sex_trafficking", 2020, 11) in rows(
        "Police identified 11 adult female sex trafficking victims in 2020.", 2021, "PROTECTION")


def test_a_gerund_with_a_comparison_of_its_own_is_of_the_year() -> None:
    """"investigating one case, compared with nine in 2019, and prosecuting eight traffickers,
    compared with seven in 2019": the eight are of the year reported on."""
    assert rows("The government reported investigating one case, compared with nine in 2019, "
                "and prosecuting eight alleged traffickers, compared with seven in 2019.") == {
        ("investigations", 2020, 1), ("investigations", 2019, 9),
        ("prosecutions", 2020, 8), ("prosecutions", 2019, 7)}


def test_referring_for_assistance_is_referring() -> None:
    """"referred for assistance 12 victims" as "referred to care 12 victims"."""
    assert rows("In 2020, officials referred for assistance 12 victims.", 2021,
                "PROTECTION") == {("victims_referred", 2020, 12)}


def test_a_part_of_these_after_both_kinds_is_of_the_year() -> None:
    """"82 victims of sex trafficking and 114 victims of forced labor in 2020 ...; 64 of these
    victims were children": 64 children of all 196, not of the forced labor victims only."""
    assert ("victims_identified_children", 2020, 64) in rows(
        "Authorities identified 82 victims of sex trafficking and 114 victims of forced labor in "
        "2020; 64 of these victims were children.", 2021, "PROTECTION")


def test_a_superlative_ranking_the_count_against_past_years_does_not_add_them_up() -> None:
    """"identified three victims the lowest number in the past five years" (no comma before
    the ranking): the year's count, not five years' together; the span alone still is."""
    assert rows("Authorities identified three labor trafficking victims the lowest number in "
                "the past five years.", 2021, "PROTECTION") == {
        ("victims_identified_labor_trafficking", 2020, 3)}
    assert rows("Authorities identified three labor trafficking victims in the past five "
                "years.", 2021, "PROTECTION") == set()


def test_repatriation_named_beside_other_care_is_the_count_assisted() -> None:
    # repatriation help alone is a few victims' ("assisted one victim with return to their
    # home country"); beside shelter care it is the year's count of victims assisted
    assert rows("The government assisted 117 victims with repatriation assistance or shelter "
                "care, compared with 124 in 2016.", 2018, "PROTECTION") == {
        ("victims_assisted", 2017, 117), ("victims_assisted", 2016, 124)}
    assert rows("The government assisted one victim with return to their home country.", 2018,
                "PROTECTION") == set()


def test_counts_of_one_level_of_government_are_parts() -> None:
    # "five prosecutions at the federal level and 103 at the regional level": the parts of
    # the year's count, their sum where no total is printed
    assert figures("In 2020, officials prosecuted five individuals at the federal level and 103 "
                   "at the regional level.", 2021) == {("prosecutions", 2020, 108)}


def test_parts_after_there_were_add_up_in_their_own_clause() -> None:
    # a figure after the semicolon is another clause's: the parts before it add up alone
    assert rows("The government identified 264 victims. There were 238 adult victims and 26 "
                "children; 231 were subjected to trafficking abroad.", 2015, "PROTECTION") == {
        ("victims_identified", 2014, 264), ("victims_identified_children", 2014, 26)}


def test_victims_who_accepted_services_are_assisted() -> None:
    assert rows("The government identified 50 victims. Twenty-six victims accepted support "
                "services.", 2015, "PROTECTION") == {
        ("victims_identified", 2014, 50), ("victims_assisted", 2014, 26)}


def test_groups_of_victims_are_no_count_of_victims() -> None:
    assert rows("The government repatriated two groups of Liberian trafficking victims "
                "identified in the country.", 2017, "PROTECTION") == set()


def test_victims_and_their_children_are_no_count_of_children() -> None:
    # "their children" are the victims' dependants, not child victims
    assert rows("The government assisted 40 victims and their children in 2019.", 2020,
                "PROTECTION") == {("victims_assisted", 2019, 40)}


def test_one_provider_reporting_what_it_did_is_one_providers_count() -> None:
    # "One NGO reported it provided ...": "it" is the NGO, one provider among several
    assert rows("One government-funded NGO reported it provided services to 336 victims in "
                "2019 (339 in 2018).", 2020, "PROTECTION") == set()
    assert rows("The government reported it identified 40 victims in 2019.", 2020,
                "PROTECTION") == {("victims_identified", 2019, 40)}


def test_a_count_of_one_kind_compared_with_a_total_is_the_total() -> None:
    # the sentence compares two years' totals; the later one is printed with its kind
    assert rows("The government identified four sex trafficking victims, compared with "
                "identifying 91 potential trafficking victims the previous reporting period.",
                2019, "PROTECTION") == {
        ("victims_identified", 2018, 4), ("victims_identified_sex_trafficking", 2018, 4),
        ("victims_identified", 2017, 91)}
    # compared with a count of the same kind: no total
    assert rows("The government identified four sex trafficking victims, compared with 91 sex "
                "trafficking victims the previous reporting period.", 2019, "PROTECTION") == {
        ("victims_identified_sex_trafficking", 2018, 4),
        ("victims_identified_sex_trafficking", 2017, 91)}


def test_a_comparison_naming_its_own_kind_does_not_take_the_one_compared() -> None:
    # "child sex trafficking victim" is of children (one split a row), not of forced labor
    # like the count it is compared with (Cabo Verde 2021)
    got = rows("The government identified at least one forced labor victim during the "
               "reporting period, compared with identifying at least one child sex trafficking "
               "victim during the previous reporting period.", 2021, "PROTECTION")
    assert ("victims_identified_children", 2019, 1) in got
    assert not any(m.startswith("victims_identified_labor") and y == 2019 for m, y, _ in got)


def test_a_quoted_crime_name_is_no_age_of_the_people_counted() -> None:
    # "selling of the child" names a crime (Kosovo 2020); its victims are not counted as
    # children by it
    got = rows("The government identified 26 trafficking victims. Of these, 19 were subjected "
               "to sex trafficking, two to forced labor, and one to \u201cselling of the "
               "child.\u201d", 2020, "PROTECTION")
    assert ("victims_identified_sex_trafficking", 2019, 19) in got
    assert not any(m == "victims_identified_children" for m, _, _ in got)


def test_a_list_in_parentheses_opened_by_a_year_is_that_years() -> None:
    # the parts in "(in 2018, 11 ...)" are a list of their own, of 2018 (Kosovo 2020)
    assert rows("The government identified 26 trafficking victims (15 in 2018). Of these, 19 "
                "were subjected to sex trafficking, two to forced labor, one to forced begging "
                "(in 2018, 11 were subjected to sex trafficking, two to forced labor).", 2020,
                "PROTECTION") == {
        ("victims_identified", 2019, 26), ("victims_identified", 2018, 15),
        ("victims_identified_sex_trafficking", 2019, 19),
        ("victims_identified_labor_trafficking", 2019, 2),
        ("victims_identified_sex_trafficking", 2018, 11),
        ("victims_identified_labor_trafficking", 2018, 2)}


def test_a_list_whose_first_count_is_some_of_a_group_is_of_that_group() -> None:
    # "104 of the minors for domestic servitude, ..., 359 for sex trafficking": the 359 are
    # minors, not the year's sex trafficking count (United Kingdom 2018)
    got = rows("Authorities referred 104 of the minors for domestic servitude, 473 for other "
               "forms of labor trafficking, 359 for sex trafficking, and 342 reported as "
               "unknown.", 2018, "PROTECTION")
    assert not any(m.endswith("_sex_trafficking") for m, _, _ in got)


def test_a_part_of_counts_of_two_kinds_given_side_by_side_is_of_all_of_them() -> None:
    # Slovakia 2021: "Of the victims identified" after a count of each kind and no total
    got = rows("The government identified 22 sex trafficking victims and 26 labor trafficking "
               "victims in 2020. Of the victims identified, 60 were Slovak nationals and one "
               "was a Chinese foreign national.", 2021, "PROTECTION")
    assert ("victims_identified_foreign", 2020, 1) in got
    assert not any("labor_trafficking_foreign" in m or "foreign_labor" in m for m, _, _ in got)


def test_parts_of_the_victims_of_another_status_than_the_count_carried() -> None:
    """"identified 33 presumed victims and 45 confirmed victims. Of the confirmed victims,
    ... 36 were from Moldova and four were from Pakistan; ... one was a child": no total is
    printed, so the 45 confirmed victims are the count and the parts are its own (the 40 from
    two countries only a sum worked out); the same after "45 confirmed victims" alone
    (Portugal 2020)."""
    got = figures("In 2019, authorities identified 33 presumed victims and 45 confirmed victims. "
                  "Of the confirmed victims, all were for forced labor; 36 were from Moldova and "
                  "four were from Pakistan; 15 were female and 30 were male; and one was a child.",
               2020, "PROTECTION", "PRT")
    assert got == {("victims_identified", 2019, 45),
                   ("victims_identified_labor_trafficking", 2019, 45),
                   ("victims_identified_foreign", 2019, 40),
                   ("victims_identified_children", 2019, 1)}
    assert ("victims_identified_children", 2019, 1) in rows(
        "In 2019, authorities identified 45 confirmed victims. Of the confirmed victims, 44 "
        "were adults and one was a child.", 2020, "PROTECTION", "PRT")


def test_one_case_told_as_an_example_after_the_years_count_is_one_of_them() -> None:
    """"investigated seven cases ... Authorities investigated a case involving a Liberian
    national": one of the seven, not a second count; alone it is the count."""
    assert rows("The government investigated seven cases. Authorities investigated a case "
                "involving a Liberian national who exploited 15 adults.") == {
        ("investigations", 2020, 7)}
    assert rows("Authorities investigated a case involving a Liberian national who exploited "
                "15 adults.") == {("investigations", 2020, 1)}


def test_the_prosecution_of_buyers_for_soliciting_is_no_count() -> None:
    """"the prosecution of more than 30 individuals for soliciting a child sex trafficking
    victim": the buyers, not the traffickers."""
    assert rows("The investigation led to the identification of 20 child trafficking victims "
                "and the prosecution of more than 30 individuals for soliciting a child sex "
                "trafficking victim.", 2021, "PROTECTION") == {
        ("victims_identified_children", 2020, 20)}


def test_cases_of_another_crime_named_before_the_noun_are_no_count() -> None:
    assert rows("The government reported at least one investigation. Authorities also "
                "investigated seven pimping cases.") == {("investigations", 2020, 1)}


def test_the_same_amount_given_in_an_earlier_year_is_that_years_amount() -> None:
    """"allocated 600,000 dalasi ($11,540) to the shelter in 2020, the same amount provided in
    2019": the amount of 2019 too."""
    assert rows("The government allocated 600,000 dalasi ($11,540) to the trafficking shelter in "
                "2020, the same amount provided in 2019.", 2021, "PROTECTION") == {
        ("victim_assistance_funding", 2020, 11540), ("victim_assistance_funding", 2019, 11540)}


def test_the_same_amount_after_a_count_of_whom_the_money_went_to() -> None:
    """"allocated 1.1 million zloty ($262,843) to two NGOs that run ...; this is same amount
    allocated in 2015": the two NGOs are who got the money, which is the 2015 amount too;
    after a count of a clause of its own ("paid the salaries of 38 staff, the same as 2017")
    the same is said of that count, no amount."""
    assert rows("In 2016, the government allocated 1.1 million zloty ($262,843) to two NGOs that "
                "run the center for trafficking victims; this is same amount allocated in 2015.",
                2017, "PROTECTION") == {
        ("victim_assistance_funding", 2016, 262843), ("victim_assistance_funding", 2015, 262843)}
    assert ("victim_assistance_funding", 2017, 40000) not in rows(
        "DSW allocated two million dalasi ($40,000) to the trafficking shelter and paid the "
        "salaries of 38 staff, the same as 2017.", 2019, "PROTECTION")


def test_parts_listed_in_parentheses_closed_by_an_earlier_year() -> None:
    """"seven were exploited in sex trafficking and 10 in forced labor (20 were exploited in
    sex trafficking, three in forced labor, two in 'slavery and servitude,' and one in domestic
    servitude through forced marriage in 2019)": the same parts for 2019, each of its own kind
    or none; a parenthesis of parts each with its year is left to them."""
    got = rows("The government identified 17 trafficking victims (26 in 2019). Of these, seven "
               "were exploited in sex trafficking and 10 in forced labor (20 were exploited in sex "
               "trafficking, three in forced labor, two in 'slavery and servitude,' and one in "
               "domestic servitude through forced marriage in 2019).", 2021, "PROTECTION")
    assert {("victims_identified_sex_trafficking", 2019, 20),
            ("victims_identified_labor_trafficking", 2019, 3)} <= got
    assert not {("victims_identified_labor_trafficking", 2019, 2),
                ("victims_identified_labor_trafficking", 2019, 1)} & got
    assert {("victims_identified_children", 2019, 6), ("victims_identified_children", 2018, 10),
            ("victims_identified_children", 2017, 3)} <= rows(
        "Authorities identified 64 trafficking victims in 2019. Six of the identified victims "
        "were minors (10 in 2018, three in 2017).", 2020, "PROTECTION")


def test_a_sentence_opening_this_included_lists_parts_of_the_count_before() -> None:
    """"This included 30 labor trafficking victims, ..." after a sentence whose count is
    compared with earlier years: the parts of that sentence's own count, not of a
    comparison's."""
    assert rows("The government identified 50 trafficking victims in 2021, compared with 60 "
                "victims in 2020. This included 30 labor trafficking victims and 20 sex "
                "trafficking victims.", 2022, "PROTECTION") == {
        ("victims_identified", 2021, 50), ("victims_identified", 2020, 60),
        ("victims_identified_labor_trafficking", 2021, 30),
        ("victims_identified_sex_trafficking", 2021, 20)}


def test_a_bare_count_after_a_comparison_of_two_measures_is_of_both() -> None:
    """"compared with identifying and referring 70 victims in 2020 and 40 in 2019": the bare
    count of 2019 is identified and referred, as the comparison it follows is."""
    assert rows("The government reported identifying and referring 55 victims in 2021, "
                "compared with identifying and referring 70 victims in 2020 and 40 in 2019.",
                2022, "PROTECTION") == {
        (m, y, v) for m in ("victims_identified", "victims_referred")
        for y, v in ((2021, 55), (2020, 70), (2019, 40))}


def test_victims_referred_to_services_named_by_several_words() -> None:
    """"identified and referred to protection services 57 victims": the place referred to
    may take a word before its noun."""
    assert rows("The government identified and referred to protection services 57 trafficking "
                "victims.", 2015, "PROTECTION") == {
        ("victims_identified", 2014, 57), ("victims_referred", 2014, 57)}


def test_a_count_of_continued_prosecutions_is_no_count_of_the_year() -> None:
    """"two new prosecutions and 11 continued prosecutions": the continued ones were
    initiated before; only the new ones are the year's count."""
    assert rows("The government prosecuted three suspects. This compared with two new "
                "prosecutions and 11 continued prosecutions in the previous reporting period.",
                2022) == {("prosecutions", 2021, 3), ("prosecutions", 2020, 2)}


def test_parts_listed_after_the_law_a_count_was_under() -> None:
    """"convicted five traffickers under its anti-trafficking law, three for sex
    trafficking, two for labor trafficking": the law between the count and its parts."""
    assert rows("The government convicted five traffickers under its anti-trafficking law, "
                "three for sex trafficking and two for labor trafficking.", 2022) == {
        ("convictions", 2021, 5), ("convictions_sex_trafficking", 2021, 3),
        ("convictions_labor_trafficking", 2021, 2)}


def test_a_hedge_of_exploitation_parts_leaves_the_trafficking_count() -> None:
    """"50 potential trafficking victims, 43 of whom were victims of sexual exploitation ...,
    which may include trafficking crimes": the hedge is of the parts, not of the count its own
    words call trafficking victims."""
    got = rows("The government identified 50 potential trafficking victims in 2014, 43 of whom "
               "were victims of sexual exploitation and seven were victims of labor exploitation, "
               "which may include trafficking crimes; this represented a significant increase "
               "from the 15 adult female victims of sex trafficking identified in 2013.",
               2015, "PROTECTION")
    assert ("victims_identified", 2014, 50) in got
    assert ("victims_identified_sex_trafficking", 2013, 15) in got
    assert not {r for r in got if r[2] in (43, 7)}


def test_the_report_named_by_its_title_is_no_place() -> None:
    """"since its inclusion in the 2007 Trafficking in Persons Report, ... to identify and
    refer three potential victims": "in Persons Report" does not put the count in a region."""
    assert rows("These achievements included the government convicting its first trafficker "
                "since its inclusion in the 2007 Trafficking in Persons Report, the utilization "
                "of standard operating procedures to identify and refer three potential victims "
                "for protective services.", 2021, "PROTECTION") >= {
        ("victims_identified", 2020, 3), ("victims_referred", 2020, 3)}


def test_an_aside_of_years_between_denied_verbs() -> None:
    """"did not investigate, prosecute or, for the fourth consecutive year, convict any":
    the aside does not end the list of denied verbs."""
    assert rows("The government did not investigate, prosecute or, for the fourth consecutive "
                "year, convict any forced labor traffickers.", 2022) == {
        (f"{m}_labor_trafficking", 2021, 0)
        for m in ("investigations", "prosecutions", "convictions")}
    assert ("convictions", 2021, 0) in rows(
        "The government did not investigate any cases or, for the third consecutive year, "
        "convict any traffickers.", 2022)


def test_parts_of_the_identified_victims_after_a_count_screened() -> None:
    """"Of the identified victims, ..." after a sentence counting victims screened: the parts
    are of the identified count before it, never rows with no measure."""
    got = figures("The government identified 300 trafficking victims in 2022. The government "
                  "screened 400 potential victims for trafficking indicators, compared with "
                  "screening 350 potential victims in 2021. Of the identified victims, 200 women, "
                  "one man, and nine girls were exploited in sex trafficking; 30 women, 20 men, 10 "
                  "girls, and 30 boys were exploited in labor trafficking.", 2023, "PROTECTION")
    assert got == {("victims_identified", 2022, 300),
                   ("victims_identified_sex_trafficking", 2022, 210),
                   ("victims_identified_labor_trafficking", 2022, 90)}


def test_offenders_of_a_sentence_before_are_the_traffickers_it_counted() -> None:
    """"these offenders" after "prosecuted 22 alleged forced labor traffickers": the same
    people, so the part has the prosecutions' kind and year."""
    assert rows("Authorities prosecuted 22 alleged forced labor traffickers in 2016, compared "
                "with 19 in 2015. Nine of these offenders were convicted, compared with six in "
                "2015.", 2018) == {
        ("prosecutions_labor_trafficking", 2016, 22), ("prosecutions_labor_trafficking", 2015, 19),
        ("convictions_labor_trafficking", 2016, 9), ("convictions_labor_trafficking", 2015, 6)}


def test_a_value_worked_out_from_printed_figures_is_no_row_but_a_warning() -> None:
    """A total the report prints only as its parts is not published: keys read by hand give
    the parts printed, not their sum. A warning names the sum, and the parts keep their own
    qualifiers."""
    text = ("X (Tier 2)\n\nPROTECTION\nIn 2020, police identified two sex trafficking and 129 "
            "forced labor victims, and NGOs assisted at least 40 victims. Police investigated 31 "
            "sex trafficking cases in 2020. Police investigated 62 cases of forced labor in "
            "2020.\n")
    got = extract_tip(text, 2021, "")
    assert {(r.measure, r.value, r.qualifier) for r in got.enforcement} == {
        ("investigations_sex_trafficking", 31, ""), ("investigations_labor_trafficking", 62, ""),
        ("victims_identified_sex_trafficking", 2, ""),
        ("victims_identified_labor_trafficking", 129, ""), ("victims_assisted_ngo", 40, "at_least")}
    worked_out = sorted(w for w in got.warnings if w.startswith("not published"))
    assert worked_out == [
        'not published: the figures printed at 159-215 ("31 sex trafficking cases in 2020. '
        'Police investigated 62") give investigations for 2020 as 93 (sum of the two kinds '
        'printed); the report prints no such figure',
        'not published: the figures printed at 50-77 ("two sex trafficking and 129") give '
        'victims_identified for 2020 as 131 (sum of the two kinds printed); the report prints '
        'no such figure']


def test_a_sum_a_later_sentence_prints_is_published_where_it_is_printed() -> None:
    """"23 foreign trafficking victims and one Maltese victim ... Sixteen of the 24 victims
    identified": the later sentence prints the sum, so it is a row at the 24, and no warning
    calls it unprinted (Malta 2019)."""
    text = ("X (Tier 2)\n\nPROTECTION\nPolice identified 23 foreign trafficking victims and one "
            "Maltese victim, compared to 30 foreign victims in the previous reporting period. "
            "Sixteen of the 24 victims identified during the reporting period received care "
            "services.\n")
    got = extract_tip(text, 2019, "MLT")
    assert {(r.measure, r.data_year, r.value, text[r.start:r.end]) for r in got.enforcement
            if r.measure == "victims_identified"} == {("victims_identified", 2018, 24, "24")}
    assert not [w for w in got.warnings if w.startswith("not published")]


def test_all_of_two_years_is_of_each_years_count() -> None:
    """"All were foreign victims in 2020 and 2021" after "identified 140 victims (95 in
    2020)": both years' counts are foreign; dated to the earlier year only, only its count."""
    assert rows("The government identified 140 victims (95 in 2020). All were foreign victims "
                "in 2020 and 2021.", 2022, "PROTECTION") == {
        ("victims_identified", 2021, 140), ("victims_identified", 2020, 95),
        ("victims_identified_foreign", 2021, 140), ("victims_identified_foreign", 2020, 95)}
    assert rows("The government identified 140 victims (95 in 2020). All were foreign victims "
                "in 2020.", 2022, "PROTECTION") == {
        ("victims_identified", 2021, 140), ("victims_identified", 2020, 95),
        ("victims_identified_foreign", 2020, 95)}


def test_victims_from_countries_not_named_are_foreign() -> None:
    """"the remaining 30 were from other Central American countries": foreign, as "from
    Honduras" is; "from neighboring countries" too."""
    assert rows("Authorities identified 32 victims in 2019. Two were Guatemalan nationals, and "
                "the remaining 30 were from other Central American countries.", 2020,
                "PROTECTION", "GTM") == {
        ("victims_identified", 2019, 32), ("victims_identified_foreign", 2019, 30)}
    assert ("victims_identified_foreign", 2019, 12) in rows(
        "Authorities identified 40 victims in 2019; 12 were from neighboring countries.", 2020,
        "PROTECTION", "GTM")
    # a country's name with "the" inside it
    assert ("victims_identified_foreign", 2019, 4) in rows(
        "The government identified 17 victims in 2019. Of the victims identified, at least four "
        "were from the Democratic Republic of the Congo (DRC).", 2020, "PROTECTION", "ZMB")


def test_the_same_number_is_of_the_count_not_of_its_parts_in_parentheses() -> None:
    """"investigated five new cases (two sex trafficking and three labor trafficking) in 2021,
    the same number as in 2020": five cases in 2020, not three labor trafficking cases."""
    assert rows("The police unit investigated five new cases (two sex trafficking and three labor "
                "trafficking) in 2021, the same number as in 2020.", 2022) == {
        ("investigations", 2021, 5), ("investigations", 2020, 5),
        ("investigations_sex_trafficking", 2021, 2),
        ("investigations_labor_trafficking", 2021, 3)}


def test_money_to_cover_victims_needs_is_victim_assistance_funding() -> None:
    """"allocated 40 million pesos ($62,000) to cover basic needs such as lodging and transport
    costs for victims": money for victims' care, as money "for victim assistance" is, in
    whatever section it is told (here, of victims who testify); money to cover other costs is
    not."""
    assert rows("In 2020, the government allocated approximately 40 million pesos ($62,000) to "
                "cover basic needs such as lodging, meals, and transport costs for victims "
                "participating in trials.", 2021) == {("victim_assistance_funding", 2020, 62000)}
    assert not rows("In 2020, the government allocated 40 million pesos ($62,000) to cover the "
                    "costs of training prosecutors.", 2021)


def test_officers_who_took_part_in_workshops_or_capacity_building_were_trained() -> None:
    """"40 police officers participated in capacity-building activities" (or in workshops) are
    officers trained, as those who "participated in trainings" are."""
    assert rows("In 2020, 40 police officers participated in capacity-building activities on "
                "victim identification.", 2021, "PREVENTION") == {("officers_trained", 2020, 40)}
    assert rows("In 2020, 35 border guards participated in two workshops on trafficking "
                "indicators.", 2021, "PREVENTION") == {("officers_trained", 2020, 35)}


def test_identification_and_assistance_of_victims_is_a_count_of_victims_identified() -> None:
    """"similar to the government's identification and assistance of six labor trafficking
    victims in 2019", as "the identification of six victims" is."""
    assert rows("The government identified 12 victims in 2020. This was similar to the "
                "government's identification and assistance of six labor trafficking victims "
                "in 2019.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 12), ("victims_identified_labor_trafficking", 2019, 6)}


def test_a_list_of_services_ending_on_security_or_housing_counts_victims_assisted() -> None:
    """"provided shelter, basic services, and security to these six victims": victims
    assisted, as a list ending on "counseling" is."""
    assert rows("In 2020, the government identified six victims. The ministry provided shelter, "
                "basic services, and security to these six victims.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 6), ("victims_assisted", 2020, 6)}


def test_cases_registered_or_recorded_are_investigations() -> None:
    """"Police registered 45 cases", "the government recorded 592 cases involving 1,324
    suspects": the cases opened, counted as investigations; not the cases a hotline
    recorded."""
    assert rows("In 2020, police registered 45 cases under the anti-trafficking law, compared "
                "with 38 cases in 2019.", 2021) == {
        ("investigations", 2020, 45), ("investigations", 2019, 38)}
    assert rows("The government recorded 292 cases involving 610 suspects during the reporting "
                "period.", 2021) == {("investigations", 2020, 292)}
    assert not {r for r in rows("In 2020, the national hotline recorded 61 cases of potential "
                                "trafficking.", 2021, "PROTECTION") if r[0] == "investigations"}


def test_prosecutions_initiated_in_n_cases() -> None:
    """"prosecutions were initiated in 12 cases": 12 prosecutions (cases), as "initiated 12
    prosecutions" is."""
    assert rows("In 2020, police initiated 40 investigations. Of those 40 investigations, "
                "prosecutions were initiated in 12 cases.", 2021) == {
        ("investigations", 2020, 40), ("prosecutions", 2020, 12)}


def test_victims_in_cases_are_victims_not_cases() -> None:
    """"identified 261 victims in cases where trafficking-specific charges were laid": the
    victims, with their parts; "identified 12 trafficking cases" counts no victims."""
    assert rows("Police identified 261 victims in cases where trafficking-specific charges were "
                "laid in 2020. Of these, 48 were victims of labor trafficking; 213 were victims "
                "of sex trafficking; and 85 were children.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 261), ("victims_identified_labor_trafficking", 2020, 48),
        ("victims_identified_sex_trafficking", 2020, 213),
        ("victims_identified_children", 2020, 85)}
    assert rows("Police identified 12 trafficking cases in 2020.", 2021, "PROTECTION") == set()


def test_a_count_named_by_its_kind_shares_the_noun_of_the_next() -> None:
    """"involving 56 sex trafficking and 64 labor trafficking cases": both count cases, of
    the measure the second is read as, each with its own kind."""
    assert rows("In 2020, the government investigated 120 new trafficking cases, leading to the "
                "arrest of 97 suspects, involving 56 sex trafficking and 64 labor trafficking "
                "cases.") == {
        ("investigations", 2020, 120), ("investigations_sex_trafficking", 2020, 56),
        ("investigations_labor_trafficking", 2020, 64)}
    # a count of no kind before "and" is not given the next count's noun
    assert rows("In 2020, the government investigated 120 cases, arrested 97 suspects and "
                "convicted 12 traffickers.") == {
        ("investigations", 2020, 120), ("convictions", 2020, 12)}


def test_parts_of_cases_counted_with_the_people_in_them() -> None:
    """"29 investigations involving 71 people (18 cases of 48 people for sex trafficking,
    eight cases of 19 people for labor trafficking)": the parts are of the cases, each of the
    kind said after its people; a list of people after the people stays theirs."""
    assert rows("The government initiated 29 trafficking investigations involving 71 people (18 "
                "cases of 48 people for sex trafficking, eight cases of 19 people for labor "
                "trafficking, and three cases of four people for unspecified forms of "
                "exploitation).") == {
        ("investigations", 2020, 29), ("investigations_sex_trafficking", 2020, 18),
        ("investigations_labor_trafficking", 2020, 8)}
    assert rows("The government initiated 29 trafficking investigations involving 71 people (48 "
                "for sex trafficking and 23 for labor trafficking).") == {
        ("investigations", 2020, 29)}


def test_victims_new_in_the_programme_for_victim_services_are_assisted() -> None:
    """"24 new victims (17 labor trafficking and seven sex trafficking) in the program for
    victim services (14 victims in 2019 ...)": victims assisted, as those who entered the
    programme are; victims "in the program area" are no programme's."""
    assert rows("The ministry reported 24 new victims (17 labor trafficking and seven sex "
                "trafficking) in the program for victim services (14 victims in 2019 and four "
                "in 2018).", 2021, "PROTECTION") == {
        ("victims_assisted", 2020, 24), ("victims_assisted_labor_trafficking", 2020, 17),
        ("victims_assisted_sex_trafficking", 2020, 7), ("victims_assisted", 2019, 14),
        ("victims_assisted", 2018, 4)}
    assert rows("Police identified 40 victims in the program area.", 2021, "PROTECTION") == {
        ("victims_identified", 2020, 40)}


def test_the_previous_year_opening_a_sentence_dates_each_of_its_clauses() -> None:
    """"During the previous year, the government did not report investigating ... cases;
    courts reported convicting one trafficker": the zeros and the conviction are of the year
    before the one reported on, unless a clause says it is of the period reported on."""
    assert rows("During the previous year, the government did not report investigating or "
                "prosecuting any trafficking cases; courts reported convicting one trafficker for "
                "forcing multiple victims to work in gold mines.", 2021) == {
        ("investigations", 2019, 0), ("prosecutions", 2019, 0), ("convictions", 2019, 1)}
    assert rows("In the previous reporting period, the government had committed to devoting "
                "$15,570 quarterly to an NGO shelter; however, it disbursed only one payment of "
                "approximately $3,940 to the NGO during the reporting period.", 2018,
                "PROTECTION") == {("victim_assistance_funding", 2017, 3940)}


def test_people_after_two_nouns_of_cases_are_counted_by_the_second() -> None:
    """"eight investigations of 19 individuals" counts the same cases in people; in "15
    investigations and prosecutions of 49 alleged traffickers" the 49 are the prosecutions."""
    assert rows("The government conducted eight investigations of 19 individuals.", 2021) == {
        ("investigations", 2020, 8)}
    assert rows("The government prosecuted 40 alleged traffickers, compared with 15 "
                "investigations and prosecutions of 49 alleged traffickers in 2015.", 2017) == {
        ("prosecutions", 2016, 40), ("investigations", 2015, 15), ("prosecutions", 2015, 49)}


def test_money_for_a_group_some_of_whom_may_be_victims_is_no_victim_funding() -> None:
    """"EUR 100,000 ($114,680) to an NGO providing support services to women in prostitution,
    some of whom may have been sex trafficking victims": money for a wider group, and its
    comparison; the money for trafficking victims' support after it is read."""
    assert rows("In 2018, the social board allocated €100,000 ($114,680) to an NGO providing "
                "support services to women in prostitution, some of whom may have been sex "
                "trafficking victims, compared with €99,500 ($114,110) in 2017. The social board "
                "also allocated €25,000 ($28,670) for trafficking victims' support.", 2019,
                "PROTECTION") == {("victim_assistance_funding", 2018, 28670)}


def test_a_year_the_sentence_sets_itself_apart_from_is_not_its_year() -> None:
    """"Unlike in 2018, the government did not identify any confirmed sex trafficking
    victims": the zero is of the year reported on."""
    assert rows("Unlike in 2018, the government did not identify any confirmed sex trafficking "
                "victims.", 2020, "PROTECTION") == {
        ("victims_identified_sex_trafficking", 2019, 0)}


def test_a_bare_comparison_right_after_a_part_compares_the_part() -> None:
    """"eight were minors compared with four in 2016": four minors, not four victims."""
    assert rows("Authorities identified 60 victims in 2017 (41 in 2016); eight were minors "
                "compared with four in 2016.", 2018, "PROTECTION") == {
        ("victims_identified", 2017, 60), ("victims_identified", 2016, 41),
        ("victims_identified_children", 2017, 8), ("victims_identified_children", 2016, 4)}


def test_adults_convicted_in_a_year_are_that_years_convictions() -> None:
    assert rows("Of the 145 adults convicted in 2003, only 51 received a non-suspended prison "
                "sentence.", report_year=2005) == {("convictions", 2003, 145)}


def test_a_part_named_by_value_takes_no_kind_of_the_next_part() -> None:
    """"Eight of the 10 ... of procurement and two of sex trafficking": sex trafficking is
    the two's, so the eight are no part of a kind; "Seventeen of the 24 ..., while the
    remaining seven ..." is read as before."""
    assert rows("Courts convicted 10 traffickers. Eight of the 10 individuals were found guilty "
                "of procurement and two of sex trafficking.", report_year=2004) == {
        ("convictions", 2003, 10)}
    assert rows("Authorities identified 24 victims. Seventeen of the 24 victims, including one "
                "child, were exploited in labor trafficking, while the remaining seven were "
                "identified as victims of sex trafficking.", heading="PROTECTION") == {
        ("victims_identified", 2020, 24), ("victims_identified_labor_trafficking", 2020, 17),
        ("victims_identified_sex_trafficking", 2020, 7)}


def test_convictions_counted_in_cases() -> None:
    assert rows("The courts convicted traffickers in 67 cases, an increase from the previous "
                "year.", report_year=2005) == {("convictions", 2004, 67)}


def test_one_person_sentenced_is_a_conviction() -> None:
    assert rows("The courts sentenced one person to 12 years' imprisonment for acts relating to "
                "trafficking.", report_year=2004) == {("convictions", 2003, 1)}


def test_statistics_from_a_year_date_the_clause_they_open() -> None:
    assert rows("According to the most recent enforcement statistics, from 2003, authorities "
                "convicted 12 individuals for trafficking.", report_year=2005) == {
        ("convictions", 2003, 12)}


def test_legal_proceedings_brought_in_cases_are_prosecutions() -> None:
    assert rows("In 2002, police arrested 57 persons and prosecutors brought legal proceedings in "
                "30 cases related to trafficking.", report_year=2003) == {
        ("prosecutions", 2002, 30)}


def test_a_count_of_two_coordinated_nouns_is_a_count_of_each() -> None:
    """"15 prosecutions and convictions": 15 of each, as "prosecuted and convicted 21" is; not
    where the second noun has its own figure ("prosecutions of 49 alleged traffickers")."""
    assert rows("Authorities prosecuted and convicted 21 traffickers, up from 15 prosecutions "
                "and convictions in 2005.", report_year=2007) == {
        ("prosecutions", 2006, 21), ("convictions", 2006, 21),
        ("prosecutions", 2005, 15), ("convictions", 2005, 15)}
    assert rows("In 2016, the government initiated 25 investigations and prosecuted 40 alleged "
                "traffickers, compared with 15 investigations and prosecutions of 49 alleged "
                "traffickers in 2015.", report_year=2017) == {
        ("investigations", 2016, 25), ("prosecutions", 2016, 40),
        ("investigations", 2015, 15), ("prosecutions", 2015, 49)}


def test_a_singular_count_ends_before_over() -> None:
    assert rows("It investigated 12 trafficking cases, prosecuted two alleged traffickers, and "
                "produced one trafficking-related conviction over the last year.",
                report_year=2005) == {("investigations", 2004, 12), ("prosecutions", 2004, 2),
                                      ("convictions", 2004, 1)}


def test_a_span_of_two_years_is_read_for_its_last_not_left_out() -> None:
    """"Between 2002 and 2003" is read as "in 2002-2003" is; a span of three years or more
    still adds up several years and is no year's count."""
    assert rows("Between 2002 and 2003, the government reported 41 lower court convictions.",
                report_year=2005) == {("convictions", 2003, 41)}
    assert rows("Between 1998 and 2000, the police investigated 99 cases of trafficking.",
                report_year=2001) == set()
