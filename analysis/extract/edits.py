"""Edit counts (letters changed, lost or added) in Myers' bit-parallel form: one pass over the
text with the pattern's letters as the bits of an integer, instead of a table filled letter
by letter. Title matching counts the edits to the best substring; label matching the edits
between two words."""

from __future__ import annotations


def _myers(pattern: str, text: str, anywhere: bool) -> int:
    """Edits turning ``pattern`` into ``text`` (``anywhere``: into its best substring)."""
    size = len(pattern)
    if not size:
        return 0 if anywhere else len(text)
    full, last = (1 << size) - 1, 1 << (size - 1)
    masks: dict[str, int] = {}
    for k, ch in enumerate(pattern):
        masks[ch] = masks.get(ch, 0) | (1 << k)
    carry = 0 if anywhere else 1
    plus, minus, score = full, 0, size
    best = size
    for ch in text:
        eq = masks.get(ch, 0)
        xv = eq | minus
        xh = ((((eq & plus) + plus) & full) ^ plus) | eq
        ph = minus | (~(xh | plus) & full)
        mh = plus & xh
        if ph & last:
            score += 1
        elif mh & last:
            score -= 1
            best = min(best, score)
        ph = ((ph << 1) | carry) & full
        mh = (mh << 1) & full
        plus = mh | (~(xv | ph) & full)
        minus = ph & xv
    return best if anywhere else score


def fewest_edits(phrase: str, text: str) -> int:
    """The fewest edits that turn ``phrase`` into some substring of ``text`` (Sellers)."""
    return _myers(phrase, text, anywhere=True)


def levenshtein(a: str, b: str) -> int:
    """The edits that turn ``a`` into ``b``."""
    return _myers(a, b, anywhere=False)
