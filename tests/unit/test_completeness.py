"""A report missing the sections every report of its series has is called incomplete."""

from analysis.detect.completeness import missing_sections


def test_a_dol_profile_cut_after_its_summary_misses_sections() -> None:
    text = ("In 2017, Kazakhstan made a moderate advancement in efforts to eliminate the worst "
            "forms of child labor.\n\nI. PREVALENCE AND SECTORAL DISTRIBUTION OF CHILD LABOR\n")
    assert missing_sections(text, "dol_findings") == ["laws", "enforcement"]


def test_a_2010_style_profile_has_its_sections() -> None:
    text = ("Prevalence and Distribution of the Worst Forms of Child Labor ... Laws and "
            "Regulations on the Worst Forms of Child Labor ... Institutional Mechanisms for "
            "Coordination and Enforcement")
    assert missing_sections(text, "dol_findings") == []


def test_tip_needs_its_three_section_headings() -> None:
    assert missing_sections("KAZAKHSTAN (Tier 2)\n\nProsecution\n\nProtection\n", "tip") == [
        "Prevention section"
    ]


def test_tip_section_words_in_prose_are_not_sections() -> None:
    text = "PROTECTION\nThe government increased protection and prevention efforts; prosecution..."
    assert missing_sections(text, "tip") == ["Prosecution section", "Prevention section"]


def test_section_words_damaged_as_ocr_damages_them_still_count() -> None:
    text = ("I. PREVALENCE AND SECTORAL DISTRIBUTION ... Laws and Regulatons on Child Labor ... "
            "Labor Law Enforeement")
    text = text.replace("PREVALENCE", "PREVALNCE")
    assert missing_sections(text, "dol_findings") == []
    assert missing_sections("Labor Law Enforcement; prevalent", "dol_findings") == [
        "prevalence", "laws"]
