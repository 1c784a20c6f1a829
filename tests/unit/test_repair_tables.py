"""Table damage: dotted leader rows and check-mark images read as words."""

from __future__ import annotations

from analysis.repair.tables import checkmark_words, leader_rows

RATIFICATIONS = (
    "Table 3. Ratification of International Conventions on Child Labor\n\n"
    "\tConvention\tRatification\n"
    "STORY OF THE WAY\tILO C. 138, Minimum Age\t\u2713\n"
    "ATTORY\tILO C. 182, Worst Forms of Child Labor\t\u2713\n"
    "\tUN CRC\t\u2713\n"
    "\tUN CRC Optional Protocol on Armed Conflict\t\u2713\n"
    "\tPalermo Protocol on Trafficking in Persons\t\u2713\n"
)


def test_checkmark_words_are_emptied() -> None:
    """The junk first cells go; the cells and the check marks stay."""
    text, edits = checkmark_words(RATIFICATIONS)
    assert text == RATIFICATIONS.replace("STORY OF THE WAY", "").replace("ATTORY", "")
    assert [e.after for e in edits] == ["", ""]
    assert text.count("\u2713") == 5


def test_checkmark_words_leave_other_tables() -> None:
    """Tables whose first cells are labels, and Markdown rows, stay as they are."""
    text = (
        "Standard\tYes/No\tAge\tRelated Legislation\n"
        "Minimum Age for Work\tYes\t16\tArticle 30 of the Labor Code (17)\n"
        "| | ILO C. 182, Worst Forms of Child Labor | \u2713 |\n|  | UN CRC | \u2713 |\n"
        "Area\tSuggested Action\tYear(s) Suggested\nEnforcement\tCollect data.\t2009 \u2013 2013\n"
    )
    assert checkmark_words(text) == (text, [])


def test_leader_rows() -> None:
    """A row of dotted leaders goes; the table after it stays."""
    before = (
        "Table 2. Overview of Children's Work by Sector and Activity\n\n"
        "\t\u00b7 \u00b7 \u00b7 \u00b7 \u00b7 \u00b7 \u00b7\t\nSector/Industry\tActivity\t\n"
    )
    assert leader_rows(before)[0] == (
        "Table 2. Overview of Children's Work by Sector and Activity\nSector/Industry\tActivity\t\n"
    )
    assert leader_rows("Data from 2013... and so on\n") == ("Data from 2013... and so on\n", [])
