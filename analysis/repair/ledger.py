"""The repairs ledger: composes the edits of successive repair rules into raw-text offsets.

Every rule edits the text it is given; the ledger keeps the current text as a sequence of
segments, each either an untouched slice of the raw text or a replacement that covers a raw
span. Edits that land on an earlier replacement are merged with it, so the final rows never
overlap in the raw text and replaying them on the raw text rebuilds the cleaned text exactly.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` of a rule's input by ``after`` (``start == end`` inserts)."""

    start: int
    end: int
    after: str


@dataclass(frozen=True)
class Segment:
    """A piece of the current text: raw ``[raw_start, raw_end)`` shown as ``text``.

    ``rules`` is empty for an untouched slice (then ``text`` equals the raw slice).
    """

    raw_start: int
    raw_end: int
    text: str
    rules: tuple[str, ...] = ()


@dataclass(frozen=True)
class LedgerRow:
    """One row of ``repairs.csv``: raw ``[start, end)`` became ``after`` by ``rule``."""

    seq: int
    rule: str
    start: int
    end: int
    before: str
    after: str


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply sorted, non-overlapping edits to ``text``."""
    out: list[str] = []
    pos = 0
    for ed in edits:
        out.append(text[pos : ed.start])
        out.append(ed.after)
        pos = ed.end
    out.append(text[pos:])
    return "".join(out)


def check_edits(text: str, edits: list[Edit]) -> None:
    """Raise ValueError unless the edits are in order, inside the text and disjoint."""
    pos = 0
    for ed in edits:
        if not (pos <= ed.start <= ed.end <= len(text)):
            raise ValueError(f"edit out of order or range: {ed} after offset {pos}")
        pos = ed.end


class RepairLedger:
    """The current text of one document and how each of its characters came from the raw."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._segments: list[Segment] = [Segment(0, len(raw), raw)] if raw else []
        self._index()

    def _index(self) -> None:
        starts: list[int] = []
        pos = 0
        for seg in self._segments:
            starts.append(pos)
            pos += len(seg.text)
        self._starts = starts
        self._length = pos
        self._text: str | None = None

    @property
    def text(self) -> str:
        """The current (repaired) text."""
        if self._text is None:
            self._text = "".join(seg.text for seg in self._segments)
        return self._text

    def apply(self, rule: str, edits: list[Edit]) -> None:
        """Record the edits a rule made to the current text, and make them current."""
        if not edits:
            return
        check_edits(self.text, edits)
        edits = self._widen(edits)
        cuts = sorted({p for ed in edits for p in (ed.start, ed.end)})
        segs = self._split_untouched(cuts)
        new: list[Segment] = []
        k = 0
        pos = 0  # current-text offset of segs[k]
        for ed in edits:
            # segments wholly before the edit
            while k < len(segs) and pos + len(segs[k].text) <= ed.start:
                seg = segs[k]
                new.append(seg)
                pos += len(seg.text)
                k += 1
            run: list[tuple[int, Segment]] = []
            while k < len(segs):
                seg = segs[k]
                seg_end = pos + len(seg.text)
                overlaps = (pos < ed.end and seg_end > ed.start) or (
                    ed.start == ed.end and pos < ed.start < seg_end
                )
                if not overlaps:
                    break
                run.append((pos, seg))
                pos = seg_end
                k += 1
            if not run:
                anchor = new[-1].raw_end if new else (segs[k].raw_start if k < len(segs) else 0)
                if ed.after:
                    new.append(Segment(anchor, anchor, ed.after, (rule,)))
                continue
            first_pos, first = run[0]
            last_pos, last = run[-1]
            prefix = first.text[: ed.start - first_pos] if first.rules else ""
            suffix = last.text[ed.end - last_pos :] if last.rules else ""
            rules: list[str] = []
            for _, seg in run:
                rules.extend(r for r in seg.rules if r not in rules)
            if rule not in rules:
                rules.append(rule)
            text = prefix + ed.after + suffix
            raw_start, raw_end = first.raw_start, last.raw_end
            if text == self.raw[raw_start:raw_end]:
                if text:
                    new.append(Segment(raw_start, raw_end, text))
            elif text or raw_end > raw_start:
                new.append(Segment(raw_start, raw_end, text, tuple(rules)))
        new.extend(segs[k:])
        self._segments = _merge_untouched(new)
        self._index()

    def _widen(self, edits: list[Edit]) -> list[Edit]:
        """Widen edits that cut into an earlier replacement to cover all of it, merging
        edits that then share one, so no edit boundary falls inside a replacement."""
        text = self.text
        spans = [(p, p + len(s.text)) for p, s in zip(self._starts, self._segments, strict=True)
                 if s.rules and s.text]
        if not spans:
            return edits
        lefts = [a for a, _ in spans]

        def inside(pos: int) -> tuple[int, int] | None:
            i = bisect_right(lefts, pos) - 1
            if i >= 0 and spans[i][0] < pos < spans[i][1]:
                return spans[i]
            return None

        groups: list[tuple[int, int, list[Edit]]] = []
        for ed in edits:
            lo = inside(ed.start)
            hi = inside(ed.end) if ed.end > ed.start else lo
            start = lo[0] if lo else ed.start
            end = hi[1] if hi else ed.end
            if groups and start < groups[-1][1]:
                g_start, _, members = groups.pop()
                groups.append((g_start, max(end, ed.end), [*members, ed]))
            else:
                groups.append((start, end, [ed]))
        out: list[Edit] = []
        for start, end, members in groups:
            parts: list[str] = []
            pos = start
            for ed in members:
                parts += [text[pos : ed.start], ed.after]
                pos = ed.end
            parts.append(text[pos:end])
            out.append(Edit(start, end, "".join(parts)))
        return out

    def _split_untouched(self, cuts: list[int]) -> list[Segment]:
        """Split untouched segments at the given current-text offsets."""
        out: list[Segment] = []
        ci = 0
        pos = 0
        for seg in self._segments:
            end = pos + len(seg.text)
            if seg.rules:
                out.append(seg)
            else:
                while ci < len(cuts) and cuts[ci] <= pos:
                    ci += 1
                a = pos
                while ci < len(cuts) and cuts[ci] < end:
                    c = cuts[ci]
                    out.append(Segment(seg.raw_start + a - pos, seg.raw_start + c - pos,
                                       seg.text[a - pos : c - pos]))
                    a = c
                    ci += 1
                out.append(Segment(seg.raw_start + a - pos, seg.raw_end, seg.text[a - pos :]))
            pos = end
        return out

    def rows(self) -> list[LedgerRow]:
        """The ledger rows, in text order, raw offsets non-overlapping."""
        rows = []
        for seg in self._segments:
            if seg.rules:
                rows.append(
                    LedgerRow(len(rows), "+".join(seg.rules), seg.raw_start, seg.raw_end,
                              self.raw[seg.raw_start : seg.raw_end], seg.text)
                )
        return rows

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the current text to the raw span it was read from.

        A span inside a replacement maps to the whole raw span of that replacement.
        """
        return self._raw_start(start), self._raw_end(end)

    def _raw_start(self, pos: int) -> int:
        if not self._segments:
            return 0
        if pos >= self._length:
            return len(self.raw)
        i = bisect_right(self._starts, pos) - 1
        while i < len(self._segments) - 1 and not self._segments[i].text:
            i += 1
        seg = self._segments[i]
        return seg.raw_start + (pos - self._starts[i]) if not seg.rules else seg.raw_start

    def _raw_end(self, pos: int) -> int:
        if not self._segments or pos <= 0:
            return 0
        i = bisect_right(self._starts, pos - 1) - 1
        while i > 0 and not self._segments[i].text:
            i -= 1
        seg = self._segments[i]
        return seg.raw_start + (pos - self._starts[i]) if not seg.rules else seg.raw_end


def _merge_untouched(segs: list[Segment]) -> list[Segment]:
    """Join neighbouring untouched segments that are contiguous in the raw text."""
    out: list[Segment] = []
    for seg in segs:
        if out and not seg.rules and not out[-1].rules and out[-1].raw_end == seg.raw_start:
            prev = out.pop()
            seg = Segment(prev.raw_start, seg.raw_end, prev.text + seg.text)
        out.append(seg)
    return out


def replay(raw: str, rows: Iterable[LedgerRow]) -> str:
    """Rebuild the cleaned text from the raw text and the ledger rows (in ``seq`` order)."""
    out: list[str] = []
    pos = 0
    for row in sorted(rows, key=lambda r: r.seq):
        out.append(raw[pos : row.start])
        out.append(row.after)
        pos = row.end
    out.append(raw[pos:])
    return "".join(out)
