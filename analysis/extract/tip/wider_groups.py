"""Counts a TIP sentence says are of more, or other, than its measure: counts hedged as
only partly of trafficking ("some of whom may be trafficking victims"), groups that include
potential victims, and counts "additional" to one given before.
"""

from __future__ import annotations

import re

from analysis.extract.tip.hits import Hit
from analysis.extract.tip.kinds import partition_groups
from analysis.extract.tip.sentence import Sentence

#: What a hedged group may have been: "trafficking victims", "trafficked", "subjected to sex
#: trafficking".
_MAY_HAVE_BEEN = (r"(?:may|might|could)\s+(?:also\s+)?(?:have\s+)?(?:also\s+)?be(?:en)?\s+"
                  r"(?:(?:[\w-]+\s+){0,2}?victims\b|trafficked\b|(?:subjected|exploited)\s+"
                  r"(?:to|in)\s+(?:[\w-]+\s+){0,2}?trafficking\b)")
_SOME_MAY_BE = re.compile(
    rf"\b(?:some|many|most|not\s+all)\s+of\s+(?:whom|which|them|these|those)\s+{_MAY_HAVE_BEEN}"
    rf"|,\s*who\s+{_MAY_HAVE_BEEN}"
    r"|,\s*which\s+(?:may|might|could)\s+(?:also\s+)?(?:have\s+)?(?:included?|involved?)\s+"
    r"(?:[\w-]+\s+){0,2}?traffick\w*", re.I)


#: A count's own noun phrase naming trafficking.
_TRAFFICKING = re.compile(r"\btraffick", re.I)


def _of_trafficking(sent: Sentence, h: Hit) -> bool:
    """Whether a count's own words say it is of trafficking ("50 potential trafficking
    victims"): a hedge later in its clause is of the groups that do not."""
    return bool(_TRAFFICKING.search(sent.text, h.fig.end, max(h.fig.end, h.np_end)))


def hedged(sent: Sentence, hits: list[Hit]) -> None:
    """Counts said to be only partly of trafficking ("308 victims of sexual exploitation ...,
    some of whom may be trafficking victims", "..., who may also be trafficking victims") are
    of a wider group, and so is money for such a group ("EUR 100,000 ($114,680) to an NGO
    providing support services to women in prostitution, some of whom may have been sex
    trafficking victims"); so are their comparisons up to the next count the hedge is not of
    ("..., some of whom may have been subjected to sex trafficking (11 in 2019), and 26
    sex trafficking victims (19 in 2019)"), and so are counts "which may have included labor
    trafficking"; a stated zero is not ("did not initiate any prosecutions, ... persons - some
    of whom may have been trafficking victims"): "some of whom" are people who exist, nor is
    a count whose own words name trafficking ("50 potential trafficking victims, 43 of whom
    were victims of sexual exploitation ..., which may include trafficking crimes"). A
    semicolon ends the hedge's reach before it."""
    hedge = _SOME_MAY_BE.search(sent.text)
    if hedge is None:
        return
    clause = sent.text.rfind(";", 0, hedge.start())  # the hedge is of its own clause
    # the counts a hedge can be of: people who exist, not named as of trafficking
    open_to_it = [h for h in hits if h.unit in ("count", "usd") and h.fig.value != 0
                  and not _of_trafficking(sent, h)]
    wider = {h.base for h in open_to_it if clause < h.fig.start < hedge.start()
             and h.role in ("figure", "child")}
    reach = min((h.fig.start for h in hits if h.fig.start > hedge.end() and h.unit == "count"
                 and h.base in wider and h.role == "figure" and not h.comparative),
                default=len(sent.text))
    for h in open_to_it:
        if h.base in wider and (clause < h.fig.start < hedge.start()
                                or (h.comparative and h.fig.start < reach)):
            h.role = "ignore"


#: ", including potential child trafficking victims": what a count of people includes.
_INCLUDING_VICTIMS = re.compile(r"\s*,?\s*including\s+(?P<words>(?:[\w-]+\s+){0,4}?)victims\b",
                                re.I)


#: "for vulnerable populations, including trafficking victims": whom services are for, a
#: group named by its words (no figure) that includes victims.
_FOR_GROUP_INCLUDING = re.compile(r"\bfor\s+(?:[^\W\d][\w-]*\s+){0,3}?[^\W\d][\w-]*,?\s+"
                                  r"including\s+(?:[\w-]+\s+){0,3}?victims\b", re.I)


def groups_including_victims(sent: Sentence, hits: list[Hit]) -> None:
    """A count of people said to include potential victims ("referred 500 at-risk youths,
    including potential trafficking victims") is of a wider group, not of victims, and so
    is its comparison; so are people counted after the sentence says whom the work is for, a
    group that includes victims ("mobile teams ... for vulnerable populations, including
    trafficking victims; mobile teams assisted 316 individuals"), where a noun of their own
    does not call them victims."""
    served = _FOR_GROUP_INCLUDING.search(sent.text)
    for h in hits:
        if (h.unit != "count" or h.role not in ("figure", "child") or not h.noun
                or h.noun in ("victim", "survivor")):
            continue
        found = _INCLUDING_VICTIMS.match(sent.text, h.np_end)
        if found and "status" in partition_groups(found["words"]):
            h.role, h.note = "ignore", "a wider group that includes potential victims"
        elif served and served.end() <= h.fig.start:
            h.role, h.note = "ignore", "people of a group the work is for, which includes victims"


#: "an additional 200", "a further 15", "in addition to 200": a figure counted beyond one given
#: before.
_ADDITIONAL_BEFORE = re.compile(r"\b(?:(?:an?\s+)?(?:additional|further)|in\s+addition\s+to)"
                                r"\s+$", re.I)
#: "10 additional potential child victims": the same, the word after the figure.
_ADDITIONAL_AFTER = re.compile(r"\s+(?:additional|further)\b", re.I)


def beyond_the_count(sent: Sentence, hits: list[Hit]) -> None:
    """A count of one kind "additional" to a count of the same measure and year given before
    in the sentence ("identified 30 victims, all adults, and an additional 200 potential
    child victims", "30 victims, in addition to 200 children exploited in ..."), or before
    the sentence where it gives no count of that measure ahead of it ("identified two victims.
    It identified 10 additional potential child victims"), is beyond that count: not a kind
    of it, nor the count. After a count of another measure only ("convicted three sex
    traffickers and prosecuted 19 additional suspected sex traffickers") it is beyond those
    people, its own measure's count."""
    for i, h in enumerate(hits):
        kinds = {g for g in h.splits if g != "source"}
        if (h.role not in ("figure", "child") or not kinds or h.unit != "count"
                or not (_ADDITIONAL_BEFORE.search(sent.text, max(0, h.fig.start - 20),
                                                  h.fig.start)
                        or _ADDITIONAL_AFTER.match(sent.text, h.fig.end))):
            continue
        same = [t for t in hits[:i] if t.role == "figure" and t.parent is None
                and t.base == h.base and t.year == h.year]
        others = {t.base for t in hits[:i] if t.role in ("figure", "child") and not t.comparative}
        if others and h.base not in others and not h.comparative:
            continue  # beyond the people of a count of another measure
        if not same or any(not kinds & set(t.splits) for t in same):
            h.role, h.note = "ignore", "beyond the count given before, not a kind of it"
