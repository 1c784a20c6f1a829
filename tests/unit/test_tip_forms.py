"""The TIP forms benchmark's renderers: the same every run, the text itself as is, page
furniture inside the flowed PDF text, Markdown marks around the words."""

from __future__ import annotations

import difflib
import importlib.util
import re
import sys
from types import ModuleType

from analysis import config


def _load(name: str) -> ModuleType:
    """A benchmark script as a module (the scripts are not a package)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, config.ROOT / "benchmarks" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


_load("robustness")
tip_forms = _load("tip_forms")

TEXT = (
    "RURITANIA: Tier 2\n"
    "PROSECUTION\n"
    "The government maintained law enforcement efforts. Authorities investigated 41 cases "
    "of trafficking, prosecuted 17 suspected traffickers & convicted nine, compared with "
    "investigating 35 cases, prosecuting 12 suspects, and convicting six traffickers in the "
    "previous reporting period. The ministry’s unit reported the investigations continued "
    "throughout the reporting period in several provinces.\n"
    "PROTECTION\n"
    "The government identified 212 victims, including 130 children, and referred all of "
    "them to “shelters” operated by nongovernmental organizations with government funding."
)


def test_every_form_is_the_same_every_run() -> None:
    for form in tip_forms.FORMS:
        first = tip_forms.render(TEXT, form, "ruritania_tip_2019.txt", "Ruritania", 2019)
        again = tip_forms.render(TEXT, form, "ruritania_tip_2019.txt", "Ruritania", 2019)
        assert first == again, form


def test_as_is_is_the_text_itself() -> None:
    assert tip_forms.render(TEXT, "as_is", "ruritania_tip_2019.txt", "Ruritania", 2019) == TEXT


def test_a_page_break_of_the_flowed_pdf_text_is_inside_the_text() -> None:
    for name in ("a_tip_2019.txt", "b_tip_2019.txt", "c_tip_2019.txt", "d_tip_2019.txt"):
        flowed = tip_forms.render(TEXT, "pdf_flowed", name, "Ruritania", 2019)
        lines = flowed.split("\n")
        footers = [i for i, line in enumerate(lines)
                   if line.startswith("TRAFFICKING IN PERSONS REPORT")]
        assert footers, flowed
        for i in footers:
            assert i > 0 and lines[i - 1] == "" and lines[i + 2].isdigit(), flowed
            assert lines[i + 4] == "RURITANIA", flowed
            assert lines[:i - 1] and lines[i + 6:], "a page break at the very start or end"
        assert max(len(line) for line in lines) <= tip_forms.WIDTHS[1]
        words = re.sub(r"-\n(?:\n(?:TRAFFICKING[^\n]*|\d+|RURITANIA)\n)*\n?", "",
                       flowed).split()
        kept = [w for w in words if w not in ("TRAFFICKING", "IN", "PERSONS", "REPORT",
                                              "JUNE", "JULY", "RURITANIA", "19TH", "EDITION",
                                              "2019") and not w.isdigit()]
        assert [w for w in kept if w.isalpha()] == [
            w for w in TEXT.split() if w.isalpha() and w not in ("RURITANIA", "IN")]


def test_the_ocr_form_is_the_flowed_text_damaged_a_little() -> None:
    flowed = tip_forms.render(TEXT, "pdf_flowed", "ruritania_tip_2019.txt", "Ruritania", 2019)
    damaged = tip_forms.render(TEXT, "ocr", "ruritania_tip_2019.txt", "Ruritania", 2019)
    assert damaged != flowed
    assert difflib.SequenceMatcher(None, flowed, damaged).ratio() > 0.97


def test_markdown_marks_headings_entities_and_emphasis() -> None:
    marked = tip_forms.render(TEXT, "markdown", "ruritania_tip_2019.txt", "Ruritania", 2019)
    assert "## PROSECUTION" in marked and "## PROTECTION" in marked
    assert "&amp;" in marked and "&#8217;" in marked and "&#8220;" in marked
    assert "’" not in marked and "\n\n" in marked
    plain = re.sub(r"\*\*|(?<!\w)_|_(?!\w)", "", marked)
    assert plain.replace("&amp;", "&").replace("&#8217;", "’").replace(
        "&#8220;", "“").replace("&#8221;", "”").replace("## ", "").split() == TEXT.split()
