"""The row-label vocabularies of the DOL statistics and enforcement tables.

Both live in data files (``analysis/data/enforcement_labels.csv``,
``analysis/data/prevalence_labels.csv``): a regex per label, matched in full against the
normalised printed label (list marks, marks, citations, case and spacing removed), with its
role (``value`` row, ``heading`` row without values, or column ``header``), its key words
and, for enforcement, its domain, measure and unit(s). Code here only reads them, and tells
the table reader which labels exist and which kinds of value (count, money, yes/no, age
range) each row takes, so that flowed tables can be rebuilt.

A label no regex takes is matched by its key words (``keyword_match``), which catches
rewordings and OCR damage: "Mechanism to Assess Civil Penalties" for "Inspectorate Authorized
to Assess Penalties", "Number of Labor lnspectors". The rule, with its thresholds:

- the label's words are folded as OCR confuses letters (``cells.fold``, a plural "s"
  dropped), and every two or three neighbouring words are also tried joined (a word OCR
  split: "Authoriz ed", "Refreshe-r", "Ins-pect-ors"), and a word split in two where both
  halves are vocabulary words (two words OCR glued: "CombiningWork"); a word of the
  label is a key word when equal to it, or one edit apart (a letter changed, lost or added)
  when the key word has at least ``_FUZZY_LENGTH`` letters, two when it has at least
  ``_LONG_LENGTH`` (a word of fewer than ``_SHORTEST`` letters must be equal);
- a vocabulary row's key words are slots (``a|b`` are alternatives, ``!w`` a word that must
  not be there, ``?w`` a word that may be there); the row is a candidate when every slot
  finds a word of the label and no excluded word is there;
- at least ``_COVERAGE`` of the label's content words (not ``_STOP`` words) must be key words
  (slots or ``?`` words) of the candidate, so that a longer text that happens to hold the
  slots is not taken;
- the candidate whose slots needed the fewest edits wins, then the one with the most slots;
  candidates of different measures that tie leave the label unmatched (ambiguous).

The table readers use the same rule to tell a damaged label from other text when they split
flowed lines into rows (``label_role``), with the label taken whole: every content word must
be a key word, no content word may come twice, and there may be no more of them than the row
has key words, so that two labels printed one after the other, or a label and the entity
printed after it, are not taken for one label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache

from analysis.datafiles import read_rows
from analysis.extract.tables.cells import (
    CONNECTOR_END,
    LabelHints,
    edit_distance,
    fold,
    normalise_label,
)


@dataclass(frozen=True)
class LabelRule:
    """One row of a label file; ``unit`` may name several ("count|boolean"), the first is
    the unit of a missing value."""

    pattern: re.Pattern[str]
    role: str
    domain: str = ""
    measure: str = ""
    unit: str = ""
    keywords: tuple[frozenset[str], ...] = field(default=(), compare=False)
    excluded: frozenset[str] = field(default=frozenset(), compare=False)
    optional: frozenset[str] = field(default=frozenset(), compare=False)

    @property
    def default_unit(self) -> str:
        """The unit of a value the cell does not show."""
        return self.unit.split("|")[0]

    @property
    def units(self) -> set[str]:
        """Every unit a value of this row may have."""
        return set(self.unit.split("|")) if self.unit else set()

    @cached_property
    def indexed(self) -> bool:
        """Whether every key word of the row is one of the vocabularies' (``_near`` knows it)."""
        return all(keys <= _key_words() for keys in (*self.keywords, self.optional))


@cache
def enforcement_rules() -> tuple[LabelRule, ...]:
    """The enforcement label vocabulary."""
    return tuple(
        LabelRule(re.compile(r["pattern"]), r["role"], r["domain"], r["measure"], r["unit"],
                  *_keywords(r.get("keywords") or ""))
        for r in read_rows("enforcement_labels.csv")
    )


@cache
def prevalence_rules() -> tuple[LabelRule, ...]:
    """The statistics-table label vocabulary."""
    return tuple(
        LabelRule(re.compile(r["pattern"]), r["role"], "", r["indicator"], "",
                  *_keywords(r.get("keywords") or ""))
        for r in read_rows("prevalence_labels.csv")
    )


def _keywords(spec: str) -> tuple[tuple[frozenset[str], ...], frozenset[str], frozenset[str]]:
    """The key-word slots, excluded words and optional key words of a vocabulary row
    ("a|b c !d ?e")."""
    words = spec.split()
    slots = tuple(frozenset(_word(w) for w in s.split("|")) for s in words
                  if not s.startswith(("!", "?")))
    return (slots, frozenset(_word(w[1:]) for w in words if w.startswith("!")),
            frozenset(_word(w[1:]) for w in words if w.startswith("?")))


@cache
def header_pattern(kind: str, column: str) -> re.Pattern[str]:
    """The headings of one column of one kind of table (``analysis/data/table_headers.csv``),
    matched against a normalised heading with ``search``."""
    rows = [r["pattern"] for r in read_rows("table_headers.csv")
            if r["kind"] == kind and r["column"] == column]
    if not rows:
        raise KeyError(f"no heading of column {column!r} for tables of kind {kind!r}")
    return re.compile("|".join(f"(?:{p})" for p in rows))


def _union(rules: tuple[LabelRule, ...], role: str) -> re.Pattern[str]:
    """One regex matching any label of a role."""
    return re.compile("|".join(f"(?:{r.pattern.pattern})" for r in rules if r.role == role))


@cache
def dol_hints() -> LabelHints:
    """Every label the DOL statistics and enforcement tables print, for the table reader."""
    rules = enforcement_rules() + prevalence_rules()
    return LabelHints(_union(rules, "value"), _union(rules, "heading"), _union(rules, "header"),
                      value_fits, label_role)


#: What a cell can hold, tried in order.
_KINDS = (
    ("missing", re.compile(r"(?:unknown|unavailable|n/?a|none)\b", re.IGNORECASE)),
    ("boolean", re.compile(r"(?:yes|no)\b", re.IGNORECASE)),
    ("usd", re.compile(r"(?:US)?\$|USD")),
    ("range", re.compile(r"\d{1,2}\s*(?:-|–|to)\s*\d{1,2}\b(?!,)")),
    ("count", re.compile(r"\d")),
)
#: The kinds of value each unit of a row accepts.
_ACCEPTS = {
    "count": {"count"}, "usd": {"usd", "count"}, "boolean": {"boolean"},
    "percent": {"count", "range"},
}


@lru_cache(maxsize=1 << 14)
def value_kind(text: str) -> str:
    """What a cell holds: missing, boolean, usd, range, count, or other."""
    return next((kind for kind, p in _KINDS if p.match(text.strip())), "other")


def value_fits(norm: str, text: str) -> bool:
    """Whether a cell can be a value of the row with this normalised label."""
    kind = value_kind(text)
    return kind == "missing" or kind in _accepted(norm)


@lru_cache(maxsize=1 << 14)
def _accepted(norm: str) -> frozenset[str]:
    """The kinds of value a row with this normalised label accepts (all if unknown)."""
    rule = next((r for r in enforcement_rules() if r.role == "value"
                 and r.pattern.fullmatch(norm)), None)
    units = rule.units if rule else ({"percent"} if match_prevalence(norm) else set())
    if not units:
        return frozenset({kind for kind, _ in _KINDS} | {"other"})
    return frozenset(k for u in units for k in _ACCEPTS[u])


def match_enforcement(label: str, domain: str, fuzzy: bool = True,
                      coverage: float | None = None) -> LabelRule | None:
    """The enforcement rule of a printed row label in a table of this domain, if any: by its
    regex, else (``fuzzy``) by its key words (with another ``coverage`` than the rule's)."""
    norm = normalise_label(label)
    rules = [r for r in enforcement_rules() if r.domain in ("", domain)]
    exact = next((r for r in rules if r.pattern.fullmatch(norm)), None)
    if exact or not fuzzy:
        return exact
    return keyword_match(norm, tuple(rules), _COVERAGE if coverage is None else coverage)


def match_prevalence(label: str, fuzzy: bool = True) -> LabelRule | None:
    """The statistics rule of a printed row label, if any: by its regex, else (``fuzzy``) by
    its key words."""
    norm = normalise_label(label)
    exact = next((r for r in prevalence_rules() if r.pattern.fullmatch(norm)), None)
    return exact or (keyword_match(norm, prevalence_rules(), _COVERAGE) if fuzzy else None)


#: Words of at least this many letters may differ by one edit and still be the same word...
_FUZZY_LENGTH = 5
#: ... and words of at least this many letters by two.
_LONG_LENGTH = 9
#: A word of fewer letters is compared as it is.
_SHORTEST = 3
#: Share of a label's content words that must be key words of the row it is matched to.
_COVERAGE = 0.6
#: Words that say nothing about which row a label is.
_STOP = (
    "a", "an", "and", "at", "by", "for", "from", "in", "number", "of", "on", "that", "the",
    "to", "was", "were", "which", "with", "related", "provided", "exists", "between")


@lru_cache(maxsize=1 << 16)
def _word(w: str) -> str:
    """A word folded for comparison: OCR letter confusions made one, a plural "s" dropped."""
    f = fold(w)
    return f[:-1] if len(f) > 3 and f.endswith("s") else f


@lru_cache(maxsize=1 << 14)
def _stop_word(word: str) -> bool:
    """Whether a folded word is a stop word, or one of ``_FUZZY_LENGTH`` letters or more one
    edit away ("reated", "provded")."""
    return word in _stop_words() or (len(word) >= _FUZZY_LENGTH and any(
        len(s) >= _FUZZY_LENGTH and edit_distance(word, s, 1) is not None
        for s in _stop_words()))


@cache
def _stop_words() -> frozenset[str]:
    """The stop words, folded like the words they are compared with."""
    return frozenset(_word(w) for w in _STOP)


def _edits(a: str, b: str) -> int | None:
    """How many edits (a letter changed, lost or added) make a folded word of a label the
    folded key word ``b``, or None when that is more than the key word's length allows (none
    below ``_FUZZY_LENGTH`` letters, one below ``_LONG_LENGTH``, else two; none for a word
    shorter than ``_SHORTEST``)."""
    if min(len(a), len(b)) < _SHORTEST:
        return 0 if a == b else None
    return edit_distance(a, b, _allowance(b))


def _pieces(norm: str) -> list[tuple[str, tuple[int, ...]]]:
    """The folded words of a label, each with its position, and every two or three neighbours
    joined (a word OCR split: "Authoriz ed", "Nu mber", "Ins-pect-ors")."""
    words = [w for w in (_word(x) for x in re.findall(r"[^\W_]+", norm)) if w]
    joined = [(_word("".join(words[k : k + n])), tuple(range(k, k + n)))
              for n in (2, 3) for k in range(len(words) - n + 1)]
    glued = [(half, (k,)) for k, w in enumerate(words) for half in _halves(w)]
    return [(w, (k,)) for k, w in enumerate(words)] + joined + glued


@lru_cache(maxsize=1 << 14)
def _halves(word: str) -> tuple[str, ...]:
    """The two words a folded word is when OCR lost the space between them ("combiningwork",
    "lawsrelated", "numberof", "auehorizedto"): only where the word is no key word nor near
    one, and both halves are words of the vocabularies (a plural, a stop word of two letters)
    or, of ``_FUZZY_LENGTH`` letters or more, near a key word; the first such split."""
    if len(word) < 2 * _SHORTEST or word in _known_words() or _near(word):
        return ()
    return next(((a, b) for k in range(2, len(word) - 1)
                 if _vocabulary_word(a := _word(word[:k])) and _vocabulary_word(
                     b := _word(word[k:]))), ())


def _vocabulary_word(word: str) -> bool:
    """Whether a folded word is a key or stop word, or one damaged (``_near``)."""
    return word in _known_words() or (len(word) >= _FUZZY_LENGTH and bool(_near(word)))


@cache
def _known_words() -> frozenset[str]:
    """Every key word and stop word of the label vocabularies, folded."""
    rules = enforcement_rules() + prevalence_rules()
    return _stop_words().union(*(k for r in rules for k in (*r.keywords, r.optional)))


def _fewest_edits(word: str, keys: frozenset[str]) -> int | None:
    """The fewest edits by which a folded word is one of ``keys``, or None when it is none of
    them within its allowance."""
    if keys <= _key_words():
        found = [d for k, d in _near(word).items() if k in keys]
    else:
        found = [d for k in keys if (d := _edits(word, k)) is not None]
    return min(found) if found else None


@cache
def _key_words() -> frozenset[str]:
    """Every key word, excluded word and optional word of both vocabularies."""
    return frozenset(w for r in enforcement_rules() + prevalence_rules()
                     for w in r.optional.union(r.excluded, *r.keywords))


def _deletions(word: str, most: int) -> set[str]:
    """Every string made of a word by deleting up to ``most`` of its letters."""
    found, last = {word}, {word}
    for _ in range(most):
        last = {w[:k] + w[k + 1:] for w in last for k in range(len(w))}
        found |= last
    return found


@cache
def _deletion_index() -> dict[str, tuple[str, ...]]:
    """The key words under every string that deleting up to their edit allowance of letters
    makes of them. Two words within ``n`` edits of each other become the same string by
    deleting at most ``n`` letters from each (a changed letter deleted from both), so a word
    is compared only with the key words one of its own deletions finds."""
    index: dict[str, list[str]] = {}
    for k in sorted(_key_words()):
        for d in _deletions(k, _allowance(k)):
            index.setdefault(d, []).append(k)
    return {d: tuple(keys) for d, keys in index.items()}


@cache
def _longest() -> int:
    """The most letters a word within the allowance of some key word can have."""
    return max((len(k) + _allowance(k) for k in _key_words()), default=0)


def _allowance(key: str) -> int:
    """How many edits a word may be away from this key word (at most two)."""
    return 0 if len(key) < _FUZZY_LENGTH else 1 if len(key) < _LONG_LENGTH else 2


@lru_cache(maxsize=1 << 16)
def _near(word: str) -> dict[str, int]:
    """The key words a folded word is within their allowance of, with the edits (remembered:
    labels repeat the same words across profiles)."""
    index = _deletion_index()
    if len(word) > _longest():
        return {}
    candidates = {k for d in _deletions(word, 2) for k in index.get(d, ())}
    return {k: e for k in sorted(candidates) if (e := _edits(word, k)) is not None}


def _best_edits(pieces: list[tuple[str, tuple[int, ...]]], keys: frozenset[str]
                ) -> tuple[int, tuple[int, ...]] | None:
    """The fewest edits by which a piece of the label is one of ``keys``, and its positions."""
    found = [(d, at) for w, at in pieces if (d := _fewest_edits(w, keys)) is not None]
    return min(found, key=lambda x: (x[0], len(x[1]))) if found else None


def keyword_match(norm: str, rules: tuple[LabelRule, ...],
                  coverage: float = _COVERAGE) -> LabelRule | None:
    """The rule whose key words a normalised label holds (the module's rule); None when
    none does, or when two rules of different measures do equally well."""
    best = _best_rules(norm, rules, coverage, False)
    if not best or len({(r.measure, r.role) for r in best}) > 1:
        return None
    return best[0]


@lru_cache(maxsize=1 << 14)
def _best_rules(norm: str, rules: tuple[LabelRule, ...], coverage: float,
                whole: bool) -> tuple[LabelRule, ...]:
    """The rules that fit a normalised label best by the module's rule. With ``whole``, the
    label may hold no content word twice and no more content words than the rule has key words
    (so that two labels printed one after the other are not taken for one)."""
    pieces = _pieces(norm)
    count = len({at for _, at in pieces if len(at) == 1})
    stops = {k for w, at in pieces if _stop_word(w) for k in at}
    content = set(range(count)) - stops
    singles = [w for w, at in pieces[:count] if at[0] in content]
    if whole and len(set(singles)) < len(singles):
        return ()
    if all(r.indexed for r in rules) and not _coverable(pieces, content, coverage):
        return ()
    near = set().union(*(_near(w) for w, _ in pieces)) if rules else set()
    scored: list[tuple[int, int, LabelRule]] = []
    for rule in rules:
        if not rule.keywords or any(near.isdisjoint(slot) and slot <= _key_words()
                                    for slot in rule.keywords):
            continue  # a slot no word of the label is near (the quick form of the test below)
        if rule.excluded and _best_edits(pieces, rule.excluded):
            continue
        slots = [_best_edits(pieces, slot) for slot in rule.keywords]
        if any(s is None for s in slots):
            continue
        matched = [at for w, at in pieces
                   if any(_fewest_edits(w, slot) is not None for slot in rule.keywords)
                   or _fewest_edits(w, rule.optional) is not None]
        keys = {k for at in matched for k in at}
        if len(content & keys) < coverage * len(content):
            continue
        if whole and _words(content, matched) > len(rule.keywords) + len(rule.optional):
            continue
        scored.append((-sum(s[0] for s in slots if s), len(rule.keywords), rule))
    if not scored:
        return ()
    top = max((edits, size) for edits, size, _ in scored)
    return tuple(r for edits, size, r in scored if (edits, size) == top)


def _coverable(pieces: list[tuple[str, tuple[int, ...]]], content: set[int],
               coverage: float) -> bool:
    """Whether enough content words are in a piece near some key word for the label to reach
    ``coverage`` with any rule (the test of ``_best_rules`` made first, word by word, so that
    a line of running text is given up at its first word no key word is near)."""
    holding: dict[int, list[str]] = {}
    for w, at in pieces:
        for k in at:
            holding.setdefault(k, []).append(w)
    missing = 0
    for k in sorted(content):
        if not any(_near(w) for w in holding[k]):
            missing += 1
            if len(content) - missing < coverage * len(content):
                return False
    return True


def _words(content: set[int], matched: list[tuple[int, ...]]) -> int:
    """How many content words a label has, a split word whose halves make a key word
    counted once."""
    used: set[int] = set()
    merged = 0
    for at in sorted((at for at in matched if len(at) > 1 and set(at) <= content),
                     key=lambda at: (-len(at), at)):
        if not used & set(at):
            used |= set(at)
            merged += len(at) - 1
    return len(content) - merged


@lru_cache(maxsize=1 << 14)
def label_role(norm: str) -> str:
    """The role of a statistics or enforcement label no regex takes, by its key words (the
    rule above, the label whole): "value", "heading", or "" when none fits, when the text ends
    in a connector ("... Worst Forms of": the start of a wrapped label), or when every word of
    it is a key word as printed: an undamaged text the regexes do not take is not a label they
    know (it may be the first line of a wrapped one). Remembered: flowed tables ask about the
    same lines again as they try where rows end."""
    if CONNECTOR_END.search(norm):
        return ""
    best = _best_rules(norm, enforcement_rules() + prevalence_rules(), 1.0, True)
    roles = {r.role for r in best}
    if len(roles) != 1 or all(_undamaged(norm, r) for r in best):
        return ""
    return roles.pop()


def _undamaged(norm: str, rule: LabelRule) -> bool:
    """Whether every word of a label is, as printed, a stop word or a key word of the rule:
    folded, and also before folding ("lnspectorate" folds to the key word "inspectorate"
    does, but is printed damaged)."""
    keys = rule.optional.union(*rule.keywords)
    return all(w in keys or w in _stop_words()
               for w, at in _pieces(norm) if len(at) == 1) and all(
        _plain(w) in _printed_words() for w in re.findall(r"[^\W_]+", norm))


def _plain(word: str) -> str:
    """A word lower-cased, a plural "s" dropped, its letters as printed (not folded)."""
    w = word.lower()
    return w[:-1] if len(w) > 3 and w.endswith("s") else w


@cache
def _printed_words() -> frozenset[str]:
    """The key words and stop words of both vocabularies as the data files spell them."""
    rows = read_rows("enforcement_labels.csv") + read_rows("prevalence_labels.csv")
    words = {_plain(w.lstrip("!?")) for r in rows for spec in (r.get("keywords") or "").split()
             for w in spec.split("|")}
    return frozenset(words | {_plain(w) for w in _STOP})
