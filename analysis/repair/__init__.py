"""The text-repair stage: small named rules, applied in a fixed order per layout, each
change recorded in a :class:`~analysis.repair.ledger.RepairLedger`.

>>> ledger = repair(raw, layout="ocr_columns", series="dol_findings", country="Uzbekistan")
>>> ledger.text        # the repaired text
>>> ledger.rows()      # what changed, where in the raw text, and by which rule

Rules are named ``<module>.<rule>``; :data:`LAYOUT_RULES` lists them per layout in the order
they run, one entry for each of ``analysis.schema.LAYOUTS`` (checked when the module loads).
Rules that need the series or the country are made for each document by :func:`rules_for`.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.repair import footnotes, furniture, lines, markup, ocr, punctuation, tables, unicode
from analysis.repair.base import Rule, regex_rule
from analysis.repair.ledger import RepairLedger
from analysis.schema import LAYOUTS, SERIES

__all__ = [
    "FACTORIES",
    "LAYOUTS",
    "LAYOUT_RULES",
    "SERIES",
    "Rule",
    "regex_rule",
    "repair",
    "rules_for",
]

_Factory = Callable[[str, str | None], Rule]


def _fixed(rule: Rule) -> _Factory:
    """A factory for a rule that needs neither series nor country."""
    return lambda series, country: rule


def _for_country(make: Callable[[str | None], Rule]) -> _Factory:
    """A factory for a rule made from the document's country name alone."""
    return lambda series, country: make(country)


#: Every rule by name, as a factory of (series, country).
FACTORIES: dict[str, _Factory] = {
    "unicode.mojibake": _fixed(unicode.mojibake),
    "unicode.ligatures": _fixed(unicode.ligatures),
    "unicode.odd_spaces": _fixed(unicode.odd_spaces),
    "unicode.invisible": _fixed(unicode.invisible),
    "unicode.straight_quotes": _fixed(unicode.straight_quotes),
    "furniture.web_preamble": _fixed(furniture.web_preamble),
    "furniture.web_trailer": _fixed(furniture.web_trailer),
    "furniture.page_furniture": furniture.page_furniture,
    "furniture.inline_running_heads": furniture.inline_running_heads,
    "furniture.inline_country_heads": _for_country(furniture.inline_country_heads),
    "footnotes.ocr_footnote_junk": _fixed(footnotes.ocr_footnote_junk),
    "footnotes.endnote_markers": _fixed(footnotes.endnote_markers),
    "ocr.confusions": _fixed(ocr.confusions),
    "ocr.country_typos": _for_country(ocr.country_typos),
    "ocr.bullets": _fixed(ocr.ocr_bullets),
    "ocr.split_words": _fixed(ocr.split_words),
    "ocr.run_together": _fixed(ocr.run_together),
    "lines.dehyphenate": _fixed(lines.dehyphenate),
    "lines.dingbat_bullets": _fixed(lines.dingbat_bullets),
    "lines.reflow": _fixed(lines.reflow),
    "lines.leading_spaces": _fixed(lines.leading_spaces),
    "lines.trailing_spaces": _fixed(lines.trailing_spaces),
    "lines.blank_lines": _fixed(lines.blank_lines),
    "markup.html_entities": _fixed(markup.html_entities),
    "markup.html_inline_tags": _fixed(markup.html_inline_tags),
    "markup.html_links": _fixed(markup.html_links),
    "markup.html_breaks": _fixed(markup.html_breaks),
    "markup.markdown_escapes": _fixed(markup.markdown_escapes),
    "markup.markdown_bold": _fixed(markup.markdown_bold),
    "markup.markdown_italics": _fixed(markup.markdown_italics),
    "markup.markdown_underscores": _fixed(markup.markdown_underscores),
    "tables.leader_rows": _fixed(tables.leader_rows),
    "tables.checkmark_words": _fixed(tables.checkmark_words),
    "punctuation.lost_apostrophes": _fixed(punctuation.lost_apostrophes),
    "punctuation.lost_range_dashes": _fixed(punctuation.lost_range_dashes),
}

_UNICODE = (
    "unicode.mojibake",
    "unicode.ligatures",
    "unicode.odd_spaces",
    "unicode.invisible",
    "unicode.straight_quotes",
)
_HTML = ("markup.html_inline_tags", "markup.html_links", "markup.html_breaks")
#: A converter's emphasis, which a text without Markdown tables (read as plain or as OCR
#: columns) can hold as well.
_EMPHASIS = ("markup.markdown_bold", "markup.markdown_italics", "markup.markdown_underscores")
_MARKDOWN = (
    "markup.html_entities",
    *_UNICODE,
    "markup.markdown_escapes",
    *_HTML,
    *_EMPHASIS,
    "furniture.page_furniture",
    "tables.leader_rows",
    "tables.checkmark_words",
    "lines.dehyphenate",
    "lines.trailing_spaces",
    "lines.blank_lines",
)

#: The rules of each layout, in the order they run.
LAYOUT_RULES: dict[str, tuple[str, ...]] = {
    "web_transcript": (
        "furniture.web_preamble",
        "furniture.web_trailer",
        "markup.html_entities",
        *_UNICODE,
        *_HTML,
        "ocr.confusions",
        "ocr.country_typos",
        "furniture.inline_running_heads",
        "furniture.inline_country_heads",
        "furniture.page_furniture",
        "footnotes.endnote_markers",
        "punctuation.lost_apostrophes",
        "punctuation.lost_range_dashes",
        "lines.dehyphenate",
        "lines.trailing_spaces",
        "lines.blank_lines",
    ),
    "ocr_columns": (
        "markup.html_entities",
        *_UNICODE,
        *_HTML,
        *_EMPHASIS,
        "ocr.confusions",
        "ocr.country_typos",
        "furniture.page_furniture",
        "footnotes.ocr_footnote_junk",
        "ocr.bullets",
        "lines.leading_spaces",
        "lines.dehyphenate",
        "lines.reflow",
        "ocr.split_words",
        "ocr.run_together",
        "lines.trailing_spaces",
        "lines.blank_lines",
    ),
    "pdf_text": _MARKDOWN,
    "markdown": _MARKDOWN,
    "pdftotext_flowed": (
        *_UNICODE,
        "furniture.page_furniture",
        "lines.dingbat_bullets",
        "lines.dehyphenate",
    ),
    "pdftotext_layout": (*_UNICODE, "furniture.page_furniture"),
    "plain": (
        "furniture.web_preamble",
        "furniture.web_trailer",
        "markup.html_entities",
        *_UNICODE,
        *_HTML,
        *_EMPHASIS,
        "furniture.page_furniture",
        "lines.dehyphenate",
        "lines.trailing_spaces",
        "lines.blank_lines",
    ),
}

if tuple(LAYOUT_RULES) != LAYOUTS:
    raise ImportError(f"LAYOUT_RULES must list the rules of each layout of analysis.schema.LAYOUTS "
                      f"in its order: {LAYOUTS}, not {tuple(LAYOUT_RULES)}")


def rules_for(layout: str, *, series: str, country: str | None = None) -> list[tuple[str, Rule]]:
    """The named rules for one document of a layout and series, in the order they run."""
    if layout not in LAYOUT_RULES:
        raise ValueError(f"unknown layout {layout!r}; expected one of {LAYOUTS}")
    if series not in SERIES:
        raise ValueError(f"unknown series {series!r}; expected one of {SERIES}")
    return [(name, FACTORIES[name](series, country)) for name in LAYOUT_RULES[layout]]


def repair(raw: str, *, layout: str, series: str, country: str | None = None) -> RepairLedger:
    """Repair a raw text with the rules of its layout; the ledger holds the text and the log."""
    ledger = RepairLedger(raw)
    for name, rule in rules_for(layout, series=series, country=country):
        _, edits = rule(ledger.text)
        ledger.apply(name, edits)
    return ledger
