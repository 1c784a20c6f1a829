"""The inspector-adequacy statement: workforce, benchmark category and inspectors advised."""

from __future__ import annotations

import pytest

from analysis import config
from analysis.extract.dol.tables import extract_dol_tables
from analysis.extract.dol.workforce import extract_workforce


def test_seed_2017_statement():
    text = (config.RAW_DIR / "003_22c48ebdb120ec68.txt").read_text(encoding="utf-8")
    (w,) = extract_dol_tables(text, "markdown", 2017).workforce
    assert (w.workforce, w.qualifier, w.workforce_source) == (8_900_000, "at_least", "33")
    assert (w.economy_category, w.workers_per_inspector_benchmark) == ("transition", 20_000)
    assert w.inspectors_recommended_stated == 449
    assert text[w.start : w.end].startswith("8.9 million workers")
    assert text[w.start : w.end].endswith("449 inspectors")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("workforce, which includes more than 17.7 million workers. According to the ILO's "
     "technical advice of a ratio approaching 1 inspector for every 15,000 workers in "
     "industrializing economies, Argentina would employ about 1,200 labor inspectors. (72)",
     (17_700_000, "at_least", "", "industrializing", 15_000, 1200)),
    ("workforce, which includes approximately 64 million workers. According to the ILO's "
     "technical advice of a ratio approaching\n1 inspector for every 15,000 workers in "
     "developing economies, Pakistan should employ about 4,259 labor\ninspectors.",
     (64_000_000, "approximate", "", "industrializing", 15_000, 4259)),
    ("workforce, which includes over 5 million workers.(39) According to the ILO's "
     "recommendation of 1 inspector for every 40,000 workers in less developed countries, "
     "Burundi should employ roughly 131 inspectors.(39-41)",
     (5_000_000, "at_least", "39", "less_developed", 40_000, 131)),
    ("workforce, which includes about 245,000 workers. (12; 13) According to the ILO's "
     "technical advice of a ratio approaching 1 inspector for every 10,000 workers in "
     "industrial market economies, Chile would employ about 24 inspectors.",
     (245_000, "approximate", "12;13", "industrial_market", 10_000, 24)),
    ("workforce, which includes almost 5.5 million workers.(50) According to the ILO's "
     "recommendation of 1 inspector for every 40,000 workers in less developed economies, "
     "Chad should employ roughly 136 labor inspectors.(50-52)",
     (5_500_000, "approximate", "50", "less_developed", 40_000, 136)),
])
def test_wordings_of_the_statement(sentence, expected):
    text = f"The number of labor inspectors is insufficient for the size of the {sentence}"
    warnings: list[str] = []
    (w,) = extract_workforce(text, warnings)
    assert (w.workforce, w.qualifier, w.workforce_source, w.economy_category,
            w.workers_per_inspector_benchmark, w.inspectors_recommended_stated) == expected
    assert warnings == []


def test_benchmark_that_contradicts_the_category_is_kept_and_flagged():
    text = ("workforce, which includes 2 million workers. According to the ILO's advice of "
            "1 inspector for every 40,000 workers in transitional economies, X would employ "
            "about 50 inspectors.")
    warnings: list[str] = []
    (w,) = extract_workforce(text, warnings)
    assert (w.economy_category, w.workers_per_inspector_benchmark) == ("transition", 40_000)
    assert warnings


def test_no_statement_no_record():
    assert extract_workforce("The labor inspectorate has 40 inspectors.", []) == []


#: pdftotext -layout, 2019 Kazakhstan: the statement wraps over indented lines, with the
#: no-break spaces pdftotext leaves at line ends.
LAYOUT_2019 = (
    "    The number of labor inspectors is likely insufficient for the size of Kazakhstan’s "
    "workforce, which includes more\n"
    "    than 8.97 million workers. (39) According to the ILO’s technical advice of a ratio "
    "approaching 1 inspector for\n"
    "    every 20,000 workers in transitional economies, Kazakhstan would employ about 449 "
    "labor inspectors. (40,41)\u00a0 \u00a0 \n"
    "    Presidential Decree No. 757 places restrictions on the conditions under which the "
    "Ministry of Labor and Social\n"
)


def test_layout_statement_wrapped_over_indented_lines():
    warnings: list[str] = []
    (w,) = extract_workforce(LAYOUT_2019, warnings)
    assert (w.workforce, w.qualifier, w.inspectors_recommended_stated) == (8_970_000,
                                                                           "at_least", 449)
    assert (w.workforce_source, w.economy_category, w.workers_per_inspector_benchmark) == (
        "39", "transition", 20_000)
    assert LAYOUT_2019[w.start : w.end].startswith("8.97 million workers")
    assert warnings == []


@pytest.mark.parametrize(("clause", "sufficient", "said"), [
    ("The number of labor inspectors is likely insufficient for the size of Brazil’s ",
     False, "likely insufficient"),
    ("the number of labor inspectors remains insufficient for the size of the ", False,
     "insufficient"),
    ("The number of labor inspectors is sufficient for the size of Chile’s ", True,
     "sufficient"),
    ("The number of labor inspectors is not adequate for the size of Chile’s ", False,
     "not adequate"),
    ("In 2016, the Ministry hired 40 inspectors. The ", None, ""),
])
def test_the_reports_own_verdict(clause, sufficient, said):
    text = (f"{clause}workforce, which includes over 5 million workers.(39) According to the "
            "ILO's recommendation of 1 inspector for every 40,000 workers in less developed "
            "countries, Burundi should employ roughly 131 inspectors.(39-41)")
    (w,) = extract_workforce(text, [])
    assert (w.inspectors_sufficient_stated, w.sufficiency_stated) == (sufficient, said)


def test_a_verdict_in_an_earlier_sentence_is_not_taken():
    text = ("Funding is insufficient for the size of the task. Inspectors cover the "
            "workforce, which includes over 5 million workers.")
    (w,) = extract_workforce(text, [])
    assert w.inspectors_sufficient_stated is None


def test_a_benchmark_stated_without_the_workforce_is_kept_with_the_workforce_empty():
    # 2015 profiles state the benchmark and the inspectors it implies, not the workforce.
    text = ("Brazil has 2,500 labor inspectors. According to the ILO’s recommendation of one "
            "inspector for every 15,000 workers in industrializing economies, Brazil should\n"
            "employ roughly 7,280 inspectors in order to adequately enforce labor laws "
            "throughout the country.(21, 78-80)")
    (w,) = extract_workforce(text, [])
    assert w.workforce is None
    assert (w.economy_category, w.workers_per_inspector_benchmark) == ("industrializing", 15_000)
    assert w.inspectors_recommended_stated == 7280
    assert text[w.start : w.end].startswith("one inspector for every 15,000")
    assert text[w.start : w.end].endswith("7,280 inspectors")


def test_no_statement_gives_no_row():
    assert extract_workforce("Brazil has 2,500 labor inspectors for its 100 million workers.",
                             []) == []
