"""Stated zeros of TIP narratives: each negation cue, and each condition that keeps a denial
from being a zero of the country's count (sentences of our own)."""

from __future__ import annotations

import pytest

from analysis.extract.records import Enforcement
from analysis.extract.tip.narrative import extract_tip


def rows(body: str, report_year: int = 2021, heading: str = "PROSECUTION") -> set[tuple]:
    """(measure, data_year, value) of every row read from one section's text."""
    text = f"X (Tier 2)\n\n{heading}\n{body}\n"
    got: list[Enforcement] = extract_tip(text, report_year).enforcement
    return {(r.measure, r.data_year, r.value) for r in got}


# --- cues: each opens a scope in which every verb and noun of a measure is none


@pytest.mark.parametrize("cue", ["did not", "does not", "could not", "has not", "had never",
                                 "never"])
def test_a_denial_of_a_verb(cue: str) -> None:
    assert rows(f"Officials {cue} convict any traffickers.") == {("convictions", 2020, 0)}


def test_a_denied_gerund_with_a_quantified_object() -> None:
    assert rows("Shelters closed, resulting in the government not identifying any victims during "
                "the year.", heading="PROTECTION") == {("victims_identified", 2020, 0)}
    # a bare object tells of a practice, and "not only" of more, not of none
    assert rows("Officials were criticized for not referring victims to care promptly.",
                heading="PROTECTION") == set()
    assert rows("The police were praised for not only identifying victims but also referring "
                "them to care.", heading="PROTECTION") == set()


def test_no_money_reported_for_victim_services() -> None:
    assert rows("The government did not report allocating funds for victim services, and did not "
                "have any shelters.", heading="PROTECTION") == {
        ("victim_assistance_funding", 2020, 0)}
    assert rows("The government did not report allocating funds for awareness campaigns.",
                heading="PROTECTION") == set()


def test_a_denial_by_the_body_whose_work_the_measure_counts() -> None:
    assert rows("The prosecutor's office did not initiate any new prosecutions in 2020.") == {
        ("prosecutions", 2020, 0)}
    assert rows("Courts did not convict any traffickers.") == {("convictions", 2020, 0)}
    # another agency's denial, or one court's, is about its own part
    assert rows("The police did not prosecute any suspects. A court did not convict any "
                "traffickers.") == set()


def test_a_denial_in_a_comparison() -> None:
    assert rows("Authorities prosecuted four suspects in 2020, compared with not prosecuting "
                "any suspects in 2019.") == {("prosecutions", 2020, 4), ("prosecutions", 2019, 0)}


def test_failed_to_denies_a_bare_object_and_a_coordinated_noun() -> None:
    assert rows("The government failed to charge or secure convictions against "
                "suspects.") == {
        ("prosecutions", 2020, 0), ("convictions", 2020, 0)}


def test_failing_to_after_a_comma_is_a_denial_of_its_own() -> None:
    """A participial clause of the sentence's subject, after a clause of no measure: each of
    its coordinated verbs is none, not only the one after "or"."""
    assert rows("Authorities made few efforts to address forced labor, failing to identify or "
                "refer any victims in 2019.", 2020, "PROTECTION") == {
        ("victims_identified", 2019, 0), ("victims_referred", 2019, 0)}
    # a reason given for a penalty is no denial
    assert rows("A court fined two labor inspectors for failing to identify victims.",
                heading="PROTECTION") == set()


def test_a_list_of_denied_predicates_whose_first_is_of_no_measure() -> None:
    """"failing to X, provide assistance to any victims, or refer them": every item after a
    comma with a quantified object, in a list closed by "or", is denied; the first item, a
    practice ("use a screening tool to identify victims"), denies no count."""
    assert rows("The government remained inactive, failing to use a screening tool to identify "
                "victims among domestic workers, provide shelter to any victims, or refer them to "
                "NGOs that could.", heading="PROTECTION") == {
        ("victims_assisted", 2020, 0), ("victims_referred", 2020, 0)}


def test_without() -> None:
    assert rows("The government ended the year without convicting any traffickers.") == {
        ("convictions", 2020, 0)}


def test_did_not_report_doing_is_a_stated_zero() -> None:
    """As the development key reads it: nothing reported done is none done."""
    assert rows("The government did not report investigating any cases.") == {
        ("investigations", 2020, 0)}


def test_neither_nor() -> None:
    assert rows("The state neither investigated nor prosecuted any alleged traffickers.") == {
        ("investigations", 2020, 0), ("prosecutions", 2020, 0)}


def test_a_denied_object_of_two_nouns_keeps_the_kind_after_them() -> None:
    """Employers and recruiters are whom labor trafficking is prosecuted against; the kind
    after the second noun is the kind of both."""
    assert rows("Though the government prepared some indictments for forced labor, it did not "
                "criminally prosecute or convict any employer or recruitment agent for labor "
                "trafficking.") == {("prosecutions_labor_trafficking", 2020, 0),
                                    ("convictions_labor_trafficking", 2020, 0)}
    # a verb after "or" opens a predicate of its own, not a second noun
    assert rows("It did not prosecute any traffickers or identify any victims.") == {
        ("prosecutions", 2020, 0), ("victims_identified", 2020, 0)}


def test_the_courts_deny_the_prosecutions_they_hear() -> None:
    assert rows("While the courts had no trafficking prosecutions or convictions under the new "
                "law, the police reported three investigations underway.") == {
        ("prosecutions", 2020, 0), ("convictions", 2020, 0), ("investigations", 2020, 3)}


def test_one_person_denied_and_one_person_classified() -> None:
    assert rows("The government did not prosecute any person on trafficking charges.") == {
        ("prosecutions", 2020, 0)}
    # what a verb with an article classifies is no count of it
    assert rows("Care was given even when law enforcement authorities did not identify a person "
                "as a trafficking victim.", heading="PROTECTION") == set()


def test_over_the_last_year_is_the_year_reported_on() -> None:
    assert rows("The government reported no investigations, prosecutions, or convictions of "
                "trafficking-related crimes over the last year.", report_year=2005) == {
        ("investigations", 2004, 0), ("prosecutions", 2004, 0), ("convictions", 2004, 0)}


def test_an_effort_with_an_article() -> None:
    assert rows("The government has not made an effort to investigate and prosecute any "
                "traffickers or abductors.") == {("investigations", 2020, 0),
                                                 ("prosecutions", 2020, 0)}


def test_the_words_after_a_denied_noun_end_at_a_figure() -> None:
    assert rows("The record improved over the reporting period, from no convictions in 2003 to "
                "nine trafficking-related convictions during the reporting period.",
                report_year=2005) == {("convictions", 2003, 0), ("convictions", 2004, 9)}


def test_nor_did_it_goes_on_with_a_denial() -> None:
    assert rows("Authorities did not open any new cases, nor did they convict any "
                "offenders.") == {("investigations", 2020, 0), ("convictions", 2020, 0)}


def test_no_efforts_to_denies_each_verb_after_it() -> None:
    assert rows("The government took no steps to investigate suspects or identify "
                "children exploited in mines.", heading="PROTECTION") == {
        ("investigations", 2020, 0), ("victims_identified_children", 2020, 0)}


def test_an_effort_between_the_cue_and_its_verbs() -> None:
    assert rows("Officials did not make any efforts to assist victims or refer them to care.",
                heading="PROTECTION") == {("victims_assisted", 2020, 0),
                                          ("victims_referred", 2020, 0)}


def test_no_reports_of_objects_and_their_participles() -> None:
    assert rows("There were no reports of traffickers convicted or victims referred during "
                "the year.") == {("convictions", 2020, 0), ("victims_referred", 2020, 0)}
    # an object further on in the scope is not what is denied
    assert rows("The government did not report the outcome of cases investigated.") == set()


def test_no_before_an_object_with_the_verb_before_it() -> None:
    assert rows("The labor inspectorate's partners, the authorities, charged no "
                "defendants.") == {("prosecutions", 2020, 0)}


def test_no_before_an_object_with_passive_verbs_after_it() -> None:
    assert rows("No suspects were investigated, charged or convicted.") == {
        ("investigations", 2020, 0), ("prosecutions", 2020, 0), ("convictions", 2020, 0)}
    # past a word set off by commas (the 2009 edition's Antigua and Barbuda)
    assert rows("No trafficking offenders, however, have been arrested or prosecuted, and law "
                "enforcement agencies continue to treat victims as criminals.", 2009) == {
        ("prosecutions", 2008, 0)}


def test_a_zero_of_government_funded_ngos_is_theirs() -> None:
    """"Government-funded civil society organizations did not identify any potential
    trafficking victims, compared with nine in 2018": the organizations' zero and their
    comparison, beside the government's own count of the year."""
    assert rows("The ministry identified seven suspected trafficking victims, compared with nine "
                "in 2018. Government-funded civil society organizations did not identify any "
                "potential trafficking victims, compared with nine in 2018 and seven in 2017.",
                2020, "PROTECTION") == {
        ("victims_identified", 2019, 7), ("victims_identified", 2018, 9),
        ("victims_identified_ngo", 2019, 0), ("victims_identified_ngo", 2018, 9),
        ("victims_identified_ngo", 2017, 7)}


def test_no_before_nouns_of_measures() -> None:
    assert rows("The country recorded no prosecutions and no convictions.") == {
        ("prosecutions", 2020, 0), ("convictions", 2020, 0)}


def test_zero_denies_each_noun_after_it_as_no_does() -> None:
    assert rows("Authorities recorded zero investigations, prosecutions, or acquittals in "
                "2019.") == {("investigations", 2019, 0), ("prosecutions", 2019, 0),
                             ("acquittals", 2019, 0)}
    # a zero no noun follows is a figure read as any other ("from four to zero")
    assert rows("Convictions fell from four in 2019 to zero in 2020.") == {
        ("convictions", 2019, 4), ("convictions", 2020, 0)}


def test_a_single_quantifies_a_denied_object() -> None:
    assert rows("Authorities have not identified a single victim.", heading="PROTECTION") == {
        ("victims_identified", 2020, 0)}


def test_an_article_quantifies_the_object_of_the_first_verb_only() -> None:
    assert rows("The government did not secure a conviction.") == {("convictions", 2020, 0)}
    assert rows("Officials did not examine the file because of the effort an investigation "
                "would take.") == set()


def test_every_coordinated_verb_and_object_is_denied() -> None:
    assert rows("Authorities did not investigate or prosecute any suspected traffickers, or "
                "identify or assist any victims.") == {
        ("investigations", 2020, 0), ("prosecutions", 2020, 0),
        ("victims_identified", 2020, 0), ("victims_assisted", 2020, 0)}


def test_a_denied_subject_denies_what_its_predicate_counts() -> None:
    """"None of these" is of the years just named for them, else of the period reported on."""
    assert rows("Prosecutors reviewed four files in 2019 and two in 2018; none of them resulted "
                "in convictions.") == {("convictions", 2019, 0), ("convictions", 2018, 0)}
    assert rows("Police opened nine cases, none of which led to a prosecution.") == {
        ("investigations", 2020, 9), ("prosecutions", 2020, 0)}
    assert rows("Police opened eight cases in 2018; none led to a conviction.") == {
        ("investigations", 2018, 8), ("convictions", 2018, 0)}
    assert rows("None of the suspects were charged or convicted.") == {
        ("prosecutions", 2020, 0), ("convictions", 2020, 0)}
    # the subject's own noun is not denied, only what came of it
    assert rows("No investigations resulted in prosecutions or convictions.") == {
        ("prosecutions", 2020, 0), ("convictions", 2020, 0)}


def test_a_denied_subject_with_no_measure_in_its_predicate_is_no_zero() -> None:
    assert rows("None of these led to the rescue of workers.") == set()
    assert rows("Courts convicted three traffickers in 2020 and none in 2019.") == {
        ("convictions", 2020, 3), ("convictions", 2019, 0)}
    assert rows("None of the complicit officers were convicted.") == set()
    assert rows("None of the male victims were referred to care.",
                heading="PROTECTION") == set()


# --- where a denial's scope ends


def test_the_scope_ends_with_its_clause() -> None:
    """"But" ends the denial: the verbs after it say what was done ("and" would go on)."""
    assert rows("The government did not fund NGO shelters, but officials identified or "
                "referred any victims they encountered.", heading="PROTECTION") == set()


def test_a_series_of_denied_predicates_goes_on_past_a_semicolon() -> None:
    """A predicate with no subject of its own after a semicolon, its object quantified as the
    denied one is, is one more item of the denial; a clause of its own is not."""
    assert rows("Officials did not charge or convict any suspects; refer any victims to care; "
                "or fund the national plan.") == {
        ("prosecutions", 2020, 0), ("convictions", 2020, 0), ("victims_referred", 2020, 0)}
    assert rows("Officials did not convict any suspects; police referred any victims they met "
                "to care.") == {("convictions", 2020, 0)}
    assert rows("Officials did not convict any suspects; referred 14 victims to care.") == {
        ("convictions", 2020, 0), ("victims_referred", 2020, 14)}


def test_a_question_left_open_ends_the_scope() -> None:
    assert rows("The government did not report whether it charged any suspects.") == set()
    assert rows("The government did not report the number of suspects charged or convicted.") \
        == set()


# --- conditions: a denial that is no zero of the country's count


def test_an_adverb_of_degree_says_too_few_not_none() -> None:
    assert rows("The government did not vigorously investigate suspects.") == set()
    assert rows("The government did not directly investigate suspects.") == {
        ("investigations", 2020, 0)}


def test_what_came_of_cases_against_officials_is_theirs() -> None:
    """"Resulting" nouns are what came of what the sentence named before: officials' cases."""
    assert rows("Although police looked into reports of complicity by border officials, the "
                "government did not report any resulting prosecutions or convictions.") == set()
    assert rows("Although police looked into 14 reports, the government did not report any "
                "resulting prosecutions.") == {("prosecutions", 2020, 0)}


def test_some_of_the_objects_are_not_all() -> None:
    assert rows("The government failed to convict some defendants.") == set()


def test_a_verb_that_classifies_counts_nothing() -> None:
    assert rows("The government did not identify children in bars as victims.",
                heading="PROTECTION") == set()
    assert rows("The government did not identify children in bars.", heading="PROTECTION") \
        == {("victims_identified_children", 2020, 0)}


def test_an_object_named_before_is_not_all() -> None:
    assert rows("The government did not investigate these cases.") == set()
    assert rows("The government did not investigate cases.") == {("investigations", 2020, 0)}


def test_a_counted_object_is_no_zero() -> None:
    assert rows("The government did not open any cases, and it convicted two "
                "traffickers.") == {("investigations", 2020, 0), ("convictions", 2020, 2)}


def test_complicit_officials_are_not_the_countrys_count() -> None:
    assert rows("The government did not convict any complicit police officers.") == set()
    # a bare zero after a clause conceded about officials is theirs; after another one it stands
    assert rows("While the government initiated an investigation into two allegedly complicit "
                "officials, for the fifth consecutive year it did not secure any convictions.") \
        == set()
    assert rows("While the government increased investigations, it did not secure any "
                "convictions.") == {("convictions", 2020, 0)}


def test_one_part_no_split_names_is_not_the_total() -> None:
    assert rows("Authorities did not identify any male victims.", heading="PROTECTION") \
        == set()


def test_no_confirmed_victims_is_none_unless_potential_ones_are_counted() -> None:
    """No confirmed victims is the count the report keeps, as no potential victims is; where
    potential ones are counted too, the zero is about a part of them and set aside."""
    assert rows("Authorities have not identified any confirmed victims.", heading="PROTECTION") \
        == {("victims_identified", 2020, 0)}
    assert rows("Authorities identified 12 potential victims but did not identify any "
                "confirmed victims.", heading="PROTECTION") == {("victims_identified", 2020, 12)}
    assert rows("Authorities have not identified any potential victims.", heading="PROTECTION") \
        == {("victims_identified", 2020, 0)}


def test_a_denial_coordinated_after_another_has_its_subject() -> None:
    assert rows("Officials did not report investigating, prosecuting, or convicting any suspects "
                "and did not report identifying any victims.") == {
        ("investigations", 2020, 0), ("prosecutions", 2020, 0), ("convictions", 2020, 0),
        ("victims_identified", 2020, 0)}
    assert rows("Officials did not report convicting any suspects and NGOs did not report "
                "identifying any victims.") == {
        ("convictions", 2020, 0), ("victims_identified_ngo", 2020, 0)}


def test_a_denial_for_want_of_kept_numbers_is_no_zero() -> None:
    assert rows("Officials did not report identifying labor trafficking victims, as they did "
                "not separately record such data.", heading="PROTECTION") == set()
    assert rows("Officials did not report identifying labor trafficking victims; NGOs said "
                "officials did not record cases of forced begging.", heading="PROTECTION") == {
        ("victims_identified_labor_trafficking", 2020, 0)}


def test_one_population_is_not_the_total() -> None:
    assert rows("Authorities did not identify any victims among seasonal workers.",
                heading="PROTECTION") == set()


def test_a_zero_of_one_nationality_is_not_the_total() -> None:
    assert rows("Authorities did not interview laborers or identify any Vietnamese trafficking "
                "victims.", heading="PROTECTION") == set()
    assert rows("Authorities did not interview laborers or identify any trafficking victims.",
                heading="PROTECTION") == {("victims_identified", 2020, 0)}


def test_a_zero_since_an_earlier_year_is_a_zero_of_the_period_reported_on() -> None:
    """None since 2012 is none in each year since: the period reported on is one of them."""
    assert rows("The government has not convicted any traffickers since 2012.") == {
        ("convictions", 2020, 0)}
    assert rows("Officials have not charged or convicted any suspects since March 2016.") == {
        ("prosecutions", 2020, 0), ("convictions", 2020, 0)}
    # of the period reported on, not of a year the sentence names for another denial
    assert rows("Officials did not charge any suspects in 2019 and have not convicted any "
                "traffickers since 2014.") == {("prosecutions", 2019, 0),
                                               ("convictions", 2020, 0)}
    # never, with no year: none in the period too
    assert rows("Officials have never charged a suspect.") == {("prosecutions", 2020, 0)}


def test_a_zero_since_a_date_in_the_period_or_an_event_is_not_the_periods() -> None:
    assert rows("The government has not convicted any traffickers since May 2020.") == set()
    assert rows("The government has not convicted any traffickers since the new code took "
                "effect.") == set()


def test_one_form_of_exploitation_is_not_trafficking_as_a_whole() -> None:
    assert rows("The government did not charge any individuals for forced begging.") == set()
    # past an aside on who they are
    assert rows("The government did not investigate any suspects, including government "
                "officials, for child soldiering offenses.") == set()
    assert rows("The government did not investigate any suspects, including government "
                "officials, for trafficking crimes.") == {("investigations", 2020, 0)}


def test_a_zero_in_a_comparison_is_of_the_year_compared() -> None:
    assert rows("The government prosecuted six suspects in 2020, compared with no prosecutions "
                "in 2019.") == {("prosecutions", 2020, 6), ("prosecutions", 2019, 0)}


def test_a_denial_by_one_agency_is_not_the_countrys() -> None:
    assert rows("The port authority did not investigate any cases.") == set()


def test_the_source_is_the_subject_of_the_denials_own_clause() -> None:
    """Not an NGO named in an earlier clause, nor NGOs victims are sent to: the police's zero
    is one agency's, no row; an NGO that is the subject gives the NGOs' zero."""
    assert rows("NGOs ran three shelters and assisted fewer victims than before and the police "
                "did not refer any victims to NGOs.", heading="PROTECTION") == set()
    assert rows("Labor inspectors assigned to NGO shelters did not identify any victims.",
                heading="PROTECTION") == set()
    assert rows("Officials referred 30 victims to NGO shelters and NGOs did not report "
                "identifying any victims.", heading="PROTECTION") == {
        ("victims_referred", 2020, 30), ("victims_identified_ngo", 2020, 0)}
    assert rows("According to NGOs the government did not identify any victims.",
                heading="PROTECTION") == {("victims_identified", 2020, 0)}
    # a subject of two bodies is not split by its "and"
    assert rows("The government and NGOs did not identify any victims.",
                heading="PROTECTION") == {("victims_identified", 2020, 0)}


def test_a_pronoun_object_is_the_victims_counted_before() -> None:
    assert rows("The government identified eight victims but did not refer them to care.",
                heading="PROTECTION") == {("victims_identified", 2020, 8),
                                          ("victims_referred", 2020, 0)}


def test_a_zero_beside_a_count_of_the_same_year_is_about_a_part() -> None:
    assert rows("The government convicted nine traffickers. It did not convict any "
                "traffickers for domestic servitude.") == {("convictions", 2020, 9)}


def test_the_comparison_of_a_zero_about_a_part_is_of_that_part() -> None:
    """"zero victims in the construction sector ..., compared to 11 victims in 2019" beside a
    count of 40: the 11 is of that sector too, not the count of 2019."""
    assert rows("Officials identified 40 victims. Officials identified zero victims in the "
                "construction sector in 2020, compared to 11 victims in 2019.",
                heading="PROTECTION") == {("victims_identified", 2020, 40)}
    assert rows("Officials identified 40 victims, compared to 11 victims in 2019. Officials "
                "identified zero victims in the construction sector.", heading="PROTECTION") == {
        ("victims_identified", 2020, 40), ("victims_identified", 2019, 11)}


def test_a_zero_cut_off_by_the_end_of_an_excerpt_is_not_read() -> None:
    """The excerpt ends at its noun, which may be cut short."""
    text = "X (Tier 2)\n\nPROSECUTION\nThe government did not convict any offenders"
    assert {(r.measure, r.value) for r in extract_tip(text, 2021).enforcement} == set()


def test_a_zero_whose_relative_clause_the_excerpt_cuts_is_not_read() -> None:
    """"did not identify any victims who were fo": the missing words say which victims."""
    text = ("X (Tier 2)\n\nPROTECTION\nOfficials ran two hotlines. Funding went unspent because "
            "the government did not identify any victims who were fo")
    assert {(r.measure, r.value) for r in extract_tip(text, 2021).enforcement} == set()
    text = ("X (Tier 2)\n\nPROTECTION\nOfficials ran two hotlines. Funding went unspent because "
            "the government did not identify any victims in the pro")
    assert {(r.measure, r.value) for r in extract_tip(text, 2021).enforcement} == {
        ("victims_identified", 0)}


def test_a_zero_whose_noun_the_excerpt_goes_on_after_stands() -> None:
    text = ("X (Tier 2)\n\nPROTECTION\nOfficials ran two hotlines. They also did not refer "
            "any victims to state sh")
    assert {(r.measure, r.value) for r in extract_tip(text, 2021).enforcement} == {
        ("victims_referred", 0)}
    text = ("X (Tier 2)\n\nPROSECUTION\nThe court heard appeals. It did not record any "
            "prosecutions, convictions, or acquittals of traf")
    assert {(r.measure, r.value) for r in extract_tip(text, 2021).enforcement} == {
        ("prosecutions", 0), ("convictions", 0), ("acquittals", 0)}
    # a number cut short is no object to deny
    text = ("X (Tier 2)\n\nPROTECTION\nOfficials identified 14 victims but did not refer "
            "any of the 1")
    assert {(r.measure, r.value) for r in extract_tip(text, 2021).enforcement} == {
        ("victims_identified", 14)}


def test_denied_crimes_of_trafficking() -> None:
    """Crimes are what a denial's verbs count where their own words name trafficking, two
    kinds coordinated before the head naming no one kind; crimes of something else are not."""
    assert rows("The government did not report investigating or prosecuting any human "
                "trafficking crimes.") == {("investigations", 2020, 0), ("prosecutions", 2020, 0)}
    assert rows("Authorities did not prosecute or obtain convictions for any labor or sex "
                "trafficking crimes.") == {("prosecutions", 2020, 0), ("convictions", 2020, 0)}
    assert rows("The state did not investigate any crimes of trafficking.") == {
        ("investigations", 2020, 0)}
    assert rows("The government did not prosecute any crimes of fraud or theft.") == set()


def test_a_zero_as_in_an_earlier_year_is_of_that_year_too() -> None:
    """"As in 2018, ..." dates a denial to the period reported on and to that year, not to
    that year alone; a year of the denial's own is its year."""
    assert rows("Nevertheless, as in 2018, the government did not obtain any convictions.") == {
        ("convictions", 2020, 0), ("convictions", 2018, 0)}
    assert rows("In 2018, the government did not obtain any convictions.") == {
        ("convictions", 2018, 0)}


def test_no_such_victims_are_of_the_kind_named_before() -> None:
    """"No such victims" denies victims of the kind its sentence named before, and nothing
    where the sentence names none."""
    assert rows("Inspectors looked for child victims at brick kilns, but no such victims were "
                "identified.", heading="PROTECTION") == {("victims_identified_children", 2020, 0)}
    assert rows("Inspectors looked for signs of debt bondage at brick kilns, but no such "
                "victims were identified.", heading="PROTECTION") == set()


def test_a_denial_of_all_is_no_zero() -> None:
    """"Did not refer all victims" says some were referred, not none; "every" likewise."""
    assert rows("The state did not refer all identified victims to shelters.",
                heading="PROTECTION") == set()
    assert rows("Police did not investigate every suspect named by the hotline.") == set()
    assert rows("The state did not convict any traffickers; did not refer all identified "
                "victims to shelters.") == {("convictions", 2020, 0)}
    assert rows("The state did not refer any victims to shelters.", heading="PROTECTION") == {
        ("victims_referred", 2020, 0)}


def test_no_money_for_care_is_no_zero_of_care() -> None:
    """"Did not provide funding for assistance to victims" denies the money, not the care
    (others may have given it); a denial of the care itself is a zero of victims assisted."""
    assert rows("The state did not provide funding for assistance to victims in 2020.",
                heading="PROTECTION") == {
        ("victim_assistance_funding", 2020, 0)}
    assert rows("The state did not provide financial support for services to victims.",
                heading="PROTECTION") == {("victim_assistance_funding", 2020, 0)}
    assert rows("The state did not provide medical services to victims.",
                heading="PROTECTION") == {("victims_assisted", 2020, 0)}


def test_a_denial_about_victims_sent_home_is_about_them_only() -> None:
    """Care denied "to repatriated victims" says nothing of the other victims."""
    assert rows("The state did not provide reintegration services to repatriated victims.",
                heading="PROTECTION") == set()
    assert rows("The state did not provide reintegration services to any victims.",
                heading="PROTECTION") == {("victims_assisted", 2020, 0)}


def test_a_denial_of_adequate_care_is_no_zero_of_care() -> None:
    """"did not provide adequate legal services to victims": too little, not none, with a bare
    object or "any"; without the adjective of degree the denial is a zero."""
    assert rows("The government kept its efforts; however, it did not provide adequate legal "
                "services to victims.", heading="PROTECTION") == set()
    assert rows("The government did not provide sufficient care to any victims.",
                heading="PROTECTION") == set()
    assert rows("The government did not provide services to victims.", heading="PROTECTION") == {
        ("victims_assisted", 2020, 0)}
    assert rows("The government did not provide care to any victims.", heading="PROTECTION") == {
        ("victims_assisted", 2020, 0)}


def test_a_denial_for_both_kinds_is_a_zero_of_all() -> None:
    """"did not convict any traffickers for sex or labor trafficking": the two kinds together
    are trafficking as a whole, so the zero is the year's, not of one form of exploitation."""
    assert rows("The government did not convict any traffickers for labor or sex trafficking "
                "in 2020.") == {("convictions", 2020, 0)}


def test_a_year_said_of_the_denied_people_does_not_date_the_zero() -> None:
    """"did not assist any victims, including among victims who remained in the country at
    the close of the previous reporting period": that period is when the people were there,
    not the year of the zero, which is the year reported on."""
    assert rows("The government did not provide any services to trafficking victims, "
                "including among victims who remained in the country at the close of the "
                "previous reporting period.", heading="PROTECTION") == {
        ("victims_assisted", 2020, 0)}


def test_training_denied_together_with_something_else() -> None:
    """"did not provide training or equipment for police officers": training is still denied
    to its audience, with the other thing coordinated before the audience."""
    assert rows("The government did not provide training or equipment for police officers.") == {
        ("officers_trained", 2020, 0)}


def test_a_span_of_years_in_a_clause_of_its_own_does_not_multiply_the_zero() -> None:
    """"did not convict a trafficker ... and has only convicted five traffickers in the past
    six years": the six years are the second clause's span, not the years of the zero."""
    got = rows("The government did not convict a trafficker in 2020 and has only convicted "
               "five traffickers in the past six years combined.")
    assert ("convictions", 2020, 0) in got
    assert not any(y < 2020 for m, y, v in got if v == 0)


def test_a_denial_inverted_after_nor() -> None:
    """"..., nor did it provide or fund protective services to victims": the phrasings of a
    zero read after "nor did it" as after "did not"."""
    assert rows("The government did not identify victims, nor did it provide or fund "
                "protective services to victims.", heading="PROTECTION") == {
        ("victims_identified", 2020, 0), ("victims_assisted", 2020, 0),
        ("victim_assistance_funding", 2020, 0)}


def test_a_denial_by_the_director_of_public_prosecutions_and_by_courts_after_nor() -> None:
    """The Director of Public Prosecutions denies the country's prosecutions, and courts named
    after "nor did" its convictions, whoever the sentence's subject was."""
    assert rows("The Office of the Director of Public Prosecution (DPP) did not prosecute any "
                "suspected traffickers, nor did courts convict any traffickers.") == {
        ("prosecutions", 2020, 0), ("convictions", 2020, 0)}
    # the police's denial after "nor did" stays theirs
    assert rows("The DPP did not prosecute any suspected traffickers, nor did the police "
                "investigate any suspects.") == {("prosecutions", 2020, 0)}


def test_the_country_named_as_the_subject_is_the_government() -> None:
    text = "X (Tier 2)\n\nPROSECUTION\nPapua New Guinea has never convicted a trafficker.\n"
    got = extract_tip(text, 2017, "PNG").enforcement
    assert {(r.measure, r.data_year, r.value) for r in got} == {("convictions", 2016, 0)}
    # another country named is not the government of the narrative
    got = extract_tip(text, 2017, "FJI").enforcement
    assert got == []


def test_a_verb_of_no_measure_coordinated_before_the_quantified_object() -> None:
    assert rows("The government neither investigated nor apprehended any suspected sex "
                "traffickers during the year.") == {("investigations_sex_trafficking", 2020, 0)}


def test_a_denial_after_a_list_of_gerunds_has_the_sentence_subject() -> None:
    """"maintained efforts by investigating, prosecuting, and convicting sex traffickers, but
    did not investigate ... any labor traffickers": the gerunds are no subject."""
    assert rows("The government maintained efforts by investigating, prosecuting, and "
                "convicting sex traffickers, but did not investigate, prosecute, or convict any "
                "labor traffickers.") == {("investigations_labor_trafficking", 2020, 0),
                                          ("prosecutions_labor_trafficking", 2020, 0),
                                          ("convictions_labor_trafficking", 2020, 0)}


def test_none_completed_is_no_zero_of_the_count() -> None:
    """"did not ... complete any trafficking prosecutions": none ended, not none begun."""
    assert rows("It did not initiate any trafficking investigations, complete any trafficking "
                "prosecutions, or convict any traffickers.") == {
        ("investigations", 2020, 0), ("convictions", 2020, 0)}


def test_care_not_given_directly_is_no_zero_of_victims_assisted() -> None:
    """"did not directly provide services", "did not provide any direct services": others
    (NGOs) gave the care; the victims assisted are not said to be none."""
    assert rows("The government did not directly provide shelter or services to victims.",
                heading="PROTECTION") == set()
    assert rows("The government did not provide any direct services to trafficking victims.",
                heading="PROTECTION") == set()
    assert rows("The government did not provide services to any victims.",
                heading="PROTECTION") == {("victims_assisted", 2020, 0)}


def test_protection_provided_to_victims_is_assistance() -> None:
    assert rows("The government did not identify or provide protection to trafficking victims.",
                heading="PROTECTION") == {("victims_identified", 2020, 0),
                                          ("victims_assisted", 2020, 0)}


def test_a_listed_predicate_with_a_bare_object_is_denied_too() -> None:
    """"did not provide adequate resources ..., identify or provide protective services to
    victims, or take any action": the hedge of the first item is its own."""
    assert rows("The government did not provide adequate resources to police, identify or "
                "provide protective services to victims, or take any action to prevent "
                "trafficking.", heading="PROTECTION") == {
        ("victims_identified", 2020, 0), ("victims_assisted", 2020, 0)}
    assert rows("The government did not provide adequate resources to police, adequately "
                "identify victims, or take any action to prevent trafficking.",
                heading="PROTECTION") == set()


def test_cases_are_an_object_of_convict_as_of_investigate_and_prosecute() -> None:
    assert rows("Authorities did not investigate, prosecute, or convict cases of labor "
                "trafficking.") == {("investigations_labor_trafficking", 2020, 0),
                                    ("prosecutions_labor_trafficking", 2020, 0),
                                    ("convictions_labor_trafficking", 2020, 0)}


def test_an_as_of_a_predicate_after_the_object_does_not_classify_it() -> None:
    """"did not prosecute labor traffickers and regularly pursued ... cases as administrative
    violations": the "as" is the second predicate's, the denial stands."""
    assert rows("Authorities did not prosecute labor traffickers and regularly pursued potential "
                "labor trafficking cases as administrative labor code violations.") == {
        ("prosecutions_labor_trafficking", 2020, 0)}


def test_a_zero_of_domestic_trafficking_victims_is_of_one_reach() -> None:
    assert rows("The government did not identify any domestic trafficking victims.",
                heading="PROTECTION") == set()


def test_a_zero_is_dated_within_its_own_clause() -> None:
    """"did not report any investigations ... during the reporting period, nor did it report
    the number of investigations during the previous period": the earlier period is the
    second clause's, whose count was not reported."""
    got = extract_tip("X (Tier 2)\n\nPROSECUTION\nThe government did not report any "
                      "investigations of trafficking crimes during the reporting period, nor "
                      "did it report the number of investigations during the previous "
                      "period.\n", 2019).enforcement
    assert {(r.measure, r.data_year, r.value, r.status) for r in got} == {
        ("investigations", 2018, 0, "reported"),
        ("investigations", 2017, None, "not_published")}


def test_a_predicate_opening_on_an_irregular_past_has_the_subject_before() -> None:
    """"..., and sought to uphold a conviction but did not initiate any new prosecutions":
    the government's denial, its subject that of the clause before the comma."""
    assert rows("The government opened two investigations, and sought to uphold a conviction "
                "on appeal but did not initiate any new prosecutions during the reporting "
                "period.", 2021) == {("investigations", 2020, 2), ("prosecutions", 2020, 0)}


def test_a_denied_training_of_the_people_trained() -> None:
    """"did not train first responders", "did not train magistrates": zeros of officers and
    judges trained, the object naming who."""
    assert rows("The government did not train first responders.", 2021, "PREVENTION") == {
        ("officers_trained", 2020, 0)}
    assert rows("The government did not train magistrates on the law.", 2021, "PREVENTION") == {
        ("judges_trained", 2020, 0)}


def test_no_funding_for_victims_denied_after_another_predicate() -> None:
    """"did not adopt the regulations ... or allocate funding for the implementation of its
    victim protection provisions", "did not report ... or fund any services for victims":
    zeros of the money for victim care, the predicate before "or" of another matter."""
    assert rows("The government did not adopt the regulations of the 2015 law or allocate "
                "funding for the implementation of its victim protection measures.", 2021,
                "PROTECTION") == {("victim_assistance_funding", 2020, 0)}
    assert rows("The government did not operate shelters for adults or fund any services for "
                "victims.", 2021, "PROTECTION") == {("victim_assistance_funding", 2020, 0)}


def test_no_new_prosecutions_without_any() -> None:
    """"did not initiate new prosecutions against traffickers": a zero, as with "any"."""
    assert rows("The government investigated one case and did not initiate new prosecutions "
                "against traffickers.", 2021) == {("investigations", 2020, 1),
                                                  ("prosecutions", 2020, 0)}


def test_a_denial_of_one_kind_before_a_predicate_of_another() -> None:
    """"did not identify any victims of sex trafficking and identified fewer victims of forced
    labor than in the previous reporting period": a zero of sex trafficking, of the year."""
    assert rows("The government did not identify any victims of sex trafficking and identified "
                "fewer victims of forced labor than in the previous reporting period.",
                heading="PROTECTION") == {("victims_identified_sex_trafficking", 2020, 0)}


def test_a_denied_noun_then_a_predicate_of_its_own() -> None:
    """"did not initiate any prosecutions and convicted only two traffickers": the zero does
    not take in the count of the next predicate."""
    assert rows("The government did not initiate any prosecutions and convicted only two "
                "traffickers.") == {("prosecutions", 2020, 0), ("convictions", 2020, 2)}


def test_a_denied_noun_after_two_kinds_coordinated() -> None:
    """"has not initiated any forced labor or sex trafficking prosecutions": a zero of all
    prosecutions, the two kinds together being every kind."""
    assert rows("The government has not initiated any forced labor or sex trafficking "
                "prosecutions.") == {("prosecutions", 2020, 0)}


def test_a_denial_ends_at_a_verb_in_the_past() -> None:
    """"did not convict any traffickers, and identified fewer victims": after "did not" the
    denied verbs are in their base form; "identified fewer" is no zero."""
    assert rows("The government initiated fewer investigations, did not convict any "
                "traffickers, and identified fewer victims.") == {("convictions", 2020, 0)}


def test_a_bracketed_abbreviation_is_not_the_subject_of_the_predicate_after_it() -> None:
    # the clause before ", and has never ..." ends in "(PA) since its enactment": the
    # government, not the act named in brackets, is who has never secured a conviction
    assert rows("The government has not initiated any prosecutions under the 2016 Prevention "
                "Act (PA) since its enactment, and has never secured a trafficking conviction "
                "under the PA.") == {("prosecutions", 2020, 0), ("convictions", 2020, 0)}


def test_reporting_said_to_be_incomplete_is_no_zero() -> None:
    # "did not comprehensively report on efforts to identify ... victims": the reporting was
    # incomplete, not the victims none (the bare "did not report efforts to" stays a zero)
    assert rows("The government did not comprehensively report on efforts to identify, refer, "
                "or assist victims of sex and labor trafficking.", 2019, "PROTECTION") == set()
    assert rows("The government did not report efforts to identify victims.", 2019,
                "PROTECTION") == {("victims_identified", 2018, 0)}


def test_officials_not_trained_are_a_zero_of_training() -> None:
    # officials are the people a training measure counts, not complicit ones; the judiciary
    # named as officials is the judges
    assert rows("The government did not train law enforcement or judiciary officials on "
                "trafficking investigations.", 2018, "PROTECTION") == {
        ("officers_trained", 2017, 0), ("judges_trained", 2017, 0)}
    assert rows("The government did not prosecute any officials.", 2018) == set()


def test_a_denial_about_the_cases_named_before_is_no_zero_of_the_year() -> None:
    assert rows("Authorities intercepted 74 potential victims, but it did not investigate any "
                "traffickers in connection with these cases.", 2017) == set()


def test_the_governments_efforts_named_again_deny_for_it() -> None:
    # "these efforts" is the government's own work: what they did not result in is none
    assert rows("The police investigated two cases of trafficking, though these efforts did not "
                "result in any trafficking prosecutions or convictions.", 2015) == {
        ("investigations", 2014, 2), ("prosecutions", 2014, 0), ("convictions", 2014, 0)}


def test_a_participle_aside_between_commas_is_not_the_subject_of_the_denial() -> None:
    # "including one into potential police complicity" is an aside: the government denies
    assert rows("The government initiated some trafficking investigations, including one into "
                "potential police complicity, but did not report any prosecutions or "
                "convictions of trafficking offenders.", 2011) == {
        ("prosecutions", 2010, 0), ("convictions", 2010, 0)}


def test_no_funding_for_victims_said_with_no_is_a_zero_of_victim_assistance_funding() -> None:
    assert rows("The government offered no funding or programs for trafficking victims' "
                "rehabilitation.", 2017, "PROTECTION") == {("victim_assistance_funding", 2016, 0)}
    assert rows("The government did not fund any trafficking-specific assistance programs.",
                2017, "PROTECTION") == {("victim_assistance_funding", 2016, 0)}


def test_a_second_running_year_after_and_is_another_predicates() -> None:
    # "and, for a second consecutive year, convicted no ..." opens another predicate; the
    # zero of funding before it is the year reported on's only
    got = rows("However, the government provided no funding for specialized victim services, "
               "did not report how many victims were assisted, and, for a second consecutive "
               "year, convicted no trafficking offenders.", 2012, "PROTECTION")
    assert ("victim_assistance_funding", 2011, 0) in got
    assert ("victim_assistance_funding", 2010, 0) not in got


def test_initiating_the_prosecution_of_people_is_prosecuting_them() -> None:
    assert rows("Authorities did not initiate prosecution of any traffickers, compared with "
                "prosecuting six alleged sex traffickers in 2021.", 2023) == {
        ("prosecutions", 2022, 0), ("prosecutions", 2021, 6),
        ("prosecutions_sex_trafficking", 2021, 6)}
    assert rows("The government initiated prosecution of 12 traffickers.", 2023) == {
        ("prosecutions", 2022, 12)}


def test_services_denied_with_an_aside_of_what_they_include() -> None:
    # "did not provide protective services, including shelter, to trafficking victims"
    # (Algeria 2015)
    assert rows("The government did not provide protective services, including shelter, to "
                "trafficking victims.", 2015, "PROTECTION") == {("victims_assisted", 2014, 0)}


def test_no_funding_for_the_organizations_named_before_as_caring_for_victims() -> None:
    # Ethiopia 2015 and 2018
    assert rows("The government relied almost exclusively on international organizations and "
                "NGOs to provide services to victims without providing funding to these "
                "organizations.", 2015, "PROTECTION") == {("victim_assistance_funding", 2014, 0)}
    assert rows("The government continued to partner with NGOs to identify and provide services "
                "to victims; although it did not allocate funding to these entities, it "
                "provided some in-kind support.", 2018, "PROTECTION") == {
        ("victim_assistance_funding", 2017, 0)}
    # organizations not said to care for victims are no victim assistance
    assert rows("The government worked with NGOs on awareness campaigns without providing "
                "funding to these organizations.", 2018, "PROTECTION") == set()


def test_no_training_for_those_the_sentence_says_needed_it() -> None:
    # Cabo Verde 2017
    assert rows("Despite an identified need to train law enforcement and the judiciary on "
                "trafficking victim identification, the government did not provide any "
                "training.", 2017) == {("officers_trained", 2016, 0), ("judges_trained", 2016, 0)}
    # training denied to someone else is not theirs
    assert rows("Despite a need to train police, the government did not provide any training "
                "to NGOs.", 2017) == set()


def test_a_lists_last_item_denied_with_the_government_s_own_officials() -> None:
    # Tonga 2023: the cue distributes over the list; "its officials" are all of them
    assert rows("The government did not identify any victims, initiate any trafficking "
                "prosecutions, systematically screen vulnerable populations for trafficking, or "
                "provide training to its officials.", 2023) == {
        ("victims_identified", 2022, 0), ("prosecutions", 2022, 0), ("officers_trained", 2022, 0)}
    # a gerund after a cue that takes the base form is not the cue's item (Hungary 2021)
    assert rows("The government did not have a specialized framework for identifying, "
                "referring, or assisting child victims.", 2021, "PROTECTION") == set()


def test_no_identification_or_protection_of_any_victims_said_with_nouns_or_protect() -> None:
    # Eritrea 2017 and 2019; Comoros 2017 ("protect" read as assist, as the keys read it)
    assert rows("The government did not report any trafficking investigations, prosecutions, or "
                "the identification and protection of any victims.", 2017) == {
        ("investigations", 2016, 0), ("prosecutions", 2016, 0),
        ("victims_identified", 2016, 0), ("victims_assisted", 2016, 0)}
    assert rows("It did not identify and protect any victims and lacked formal procedures to do "
                "so.", 2017, "PROTECTION") == {
        ("victims_identified", 2016, 0), ("victims_assisted", 2016, 0)}
    # what one effort did not result in is no zero of the year (seed 004)
    assert rows("Although migration police reported screening illegal migrants, these efforts "
                "did not result in the identification of any trafficking victims.", 2011,
                "PROTECTION") == set()


def test_no_investigation_into_the_allegations_told_before_is_no_zero_of_the_country() -> None:
    """"no investigation was conducted into these allegations": the allegations of complicity
    told before, not the country's count; "No investigations were conducted in 2014" is."""
    assert rows("Despite reports of complicity in 2012, no investigation was conducted into "
                "these allegations.") == set()
    assert rows("No investigations were conducted in 2020.") == {("investigations", 2020, 0)}


def test_no_victims_from_one_population_is_no_zero_of_all() -> None:
    """"did not identify any victims from foreign domestic workers or individuals in
    commercial sex": none among those groups, not none at all."""
    assert rows("The government did not identify any victims from foreign domestic workers or "
                "individuals in commercial sex, despite screening these groups.",
                heading="PROTECTION") == set()
    assert rows("The government did not identify any victims.", heading="PROTECTION") == {
        ("victims_identified", 2020, 0)}


def test_a_denial_governs_its_verbs_not_a_denial_before_it() -> None:
    """Where a full stop lost its space the sentence goes on, and an earlier "do not" of a
    statute's clause reaches the same verbs: the nearest denial ("did not prosecute or
    convict", by the government) is the one that counts them."""
    assert rows("Its statutes do not clearly define the age of majority (18 years).The "
                "government did not prosecute or convict any trafficking offenders during the "
                "reporting period.", 2016) == {("prosecutions", 2015, 0), ("convictions", 2015, 0)}
