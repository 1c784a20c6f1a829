"""Punctuation lost by a web transcript: apostrophes and year-range dashes."""

from __future__ import annotations

from analysis.repair.punctuation import lost_apostrophes, lost_range_dashes


def test_lost_apostrophes() -> None:
    """A lone "s" after a word is a possessive whose apostrophe was lost."""
    before = (
        "the procurator general s latest report; Kazakhstan s migrant policy; Education s 2007 2011"
    )
    assert lost_apostrophes(before)[0] == (
        "the procurator general's latest report; Kazakhstan's migrant policy; Education's 2007 2011"
    )
    kept = "3075 s 4.5-10. Ibid., s 4.4; 16 s"
    assert lost_apostrophes(kept) == (kept, [])


def test_lost_range_dashes() -> None:
    """Two years in parentheses or after a possessive are a range; other pairs stay."""
    before = "(2009 2011). The Ministry of Education's 2007 2011 Children; (2005 2010)"
    assert lost_range_dashes(before)[0] == (
        "(2009-2011). The Ministry of Education's 2007-2011 Children; (2005-2010)"
    )
    kept = "Overview of Labor Law Enforcement 2016 2017 Labor; (2011 2009); in 2010. 2011 was"
    assert lost_range_dashes(kept) == (kept, [])
