"""The deletion index of the label key words finds every key word a damaged word is within
the edit allowance of, with the same edit count as comparing the word with each key word."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extract import labels
from analysis.extract.tables.cells import edit_distance


def _allowed(word: str, key: str) -> int | None:
    """The module's rule spelt out: equal below three letters, else within one edit from five
    letters of the key word and two from nine, counted by the plain edit distance."""
    if min(len(word), len(key)) < 3:
        return 0 if word == key else None
    return edit_distance(word, key, 0 if len(key) < 5 else 1 if len(key) < 9 else 2)


def _every_key_set() -> list[frozenset[str]]:
    """Every slot, excluded set and optional set of both vocabularies."""
    rules = labels.enforcement_rules() + labels.prevalence_rules()
    return [s for r in rules for s in (*r.keywords, r.excluded, r.optional) if s]


@st.composite
def _damaged_key(draw: st.DrawFn) -> str:
    """A key word with up to three letters changed, lost or added."""
    word = list(draw(st.sampled_from(sorted(labels._key_words()))))
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(word)))
        kind = draw(st.sampled_from(["add", "lose", "change"]))
        letter = draw(st.sampled_from("abcdeilmnorstu"))
        if kind == "add":
            word.insert(at, letter)
        elif word:
            at = min(at, len(word) - 1)
            word[at : at + 1] = [] if kind == "lose" else [letter]
    return "".join(word)


@settings(max_examples=300, deadline=None)
@given(_damaged_key())
def test_the_index_finds_what_comparing_with_every_key_word_finds(word: str) -> None:
    for keys in _every_key_set():
        found = [d for k in keys if (d := _allowed(word, k)) is not None]
        assert labels._fewest_edits(word, keys) == (min(found) if found else None)


def test_key_words_from_elsewhere_are_compared_one_by_one() -> None:
    assert labels._fewest_edits("inspectr", frozenset({"inspector"})) == 1
    assert labels._fewest_edits("zzzzzzzzzz", frozenset({"zzzzzzzzzq"})) == 1
    assert labels._fewest_edits("zzzz", frozenset({"zzzq"})) is None
