"""HTML and Markdown remnants of converters: tags, entities, escapes, emphasis markers."""

from __future__ import annotations

import html
import re

from analysis.repair.base import Rule, regex_rule

_INLINE_TAG = re.compile(
    r"<(?P<tag>sup|sub|i|b|em|strong|u|small|span)(?:\s[^<>]*)?>(?P<inner>[^<>]*)</(?P=tag)>"
    r"(?P<gap>[ \t](?=-[a-z]))?",
    re.IGNORECASE,
)


def _inline_tag(m: re.Match[str]) -> str:
    """A tag pair's text without the tags ("<sup>th</sup>" -> "th", "<sup>† </sup>" -> "†")."""
    inner = m.group("inner")
    return inner.strip() if m.group("tag").lower() in ("sup", "sub") else inner


#: Inline HTML tags dropped, their text kept: "<sup>*</sup>" -> "*", "<i>oblast</i> -level"
#: -> "oblast-level" (the space a converter put before a hyphen goes too).
html_inline_tags: Rule = regex_rule(_INLINE_TAG, _inline_tag)

#: Links keep their text: '<a href="http://x">http://x</a>' -> "http://x".
html_links: Rule = regex_rule(
    re.compile(r"<a\s[^<>]*>(?P<inner>[^<>]*)</a>", re.IGNORECASE), lambda m: m.group("inner")
)

def _break(m: re.Match[str]) -> str:
    """A break tag inside a line is a space; one that ends a line is that line's end."""
    return "\n" if m.group("end") else " "


#: Line-break tags read as a space inside a line (they sit inside table cells, where a
#: newline would split the row); at a line's end the tag and the blank lines a converter
#: wrote after it are one line break ("labor<br />\n\nand" -> "labor\nand").
html_breaks: Rule = regex_rule(
    re.compile(r"<br\s*/?>(?P<end>[ \t]*(?:\r?\n[ \t]*)+)?", re.IGNORECASE), _break
)


def _entity(m: re.Match[str]) -> str | None:
    """Decode one HTML character reference, leaving unknown names alone."""
    decoded = html.unescape(m.group())
    return decoded if decoded != m.group() else None


#: HTML character references decoded ("&amp;" -> "&", "&#8217;" -> "’").
html_entities: Rule = regex_rule(
    re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});"), _entity
)

#: Markdown backslash escapes dropped ("\\$1.4 million" -> "$1.4 million", "\\_" -> "_");
#: an escaped "|" stays, as it separates nothing inside a table cell.
markdown_escapes: Rule = regex_rule(
    re.compile(r"\\(?P<x>[\\`*_{}\[\]()#+.!$<>~-])"), lambda m: m.group("x")
)

#: Markdown bold dropped: "**Table 4. Laws**" -> "Table 4. Laws"; marks such as "4,512**"
#: are not bold (a bold run opens after a space and closes before one).
markdown_bold: Rule = regex_rule(
    re.compile(r"(?<![\w*])\*\*(?P<inner>[^\s*](?:[^*\n]*[^\s*])?)\*\*(?![\w*])"),
    lambda m: m.group("inner"),
)

#: Markdown italics dropped: "*per se*" -> "per se"; "Unknown* (5)" and "* The government"
#: are marks, not italics.
markdown_italics: Rule = regex_rule(
    re.compile(r"(?<![\w*])\*(?P<inner>[A-Za-z](?:[^*\n]*[A-Za-z0-9.)])?)\*(?![\w*])"),
    lambda m: m.group("inner"),
)

#: Markdown italics written with underscores dropped: "_per se_" -> "per se"; underscores
#: inside a name ("A-HRC_24_43.pdf", "file_name") join words, they mark nothing.
markdown_underscores: Rule = regex_rule(
    re.compile(r"(?<![\w_])_(?P<inner>[A-Za-z](?:[^_\n]*[A-Za-z0-9.)])?)_(?![\w_])"),
    lambda m: m.group("inner"),
)
