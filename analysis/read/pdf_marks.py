"""Check marks and crosses that a PDF draws as vector shapes, read as the glyphs they stand for.

Some tables print a check mark as a drawing (a filled outline), not as a character; a text
extraction then has nothing where the mark stands. The drawings of a page are grouped by
touching bounding boxes (a logo's many small curves make one large group); a group of glyph
size that stands apart from every drawing that is no mark is a mark when its outline has the
shape of one: a check (✓) has points near the top-right corner of its box and near the bottom,
left of the middle (its foot), none near the top-left and bottom-right corners, and a diagonal
stroke; a cross (✗) has points near all four corners, with strokes along both diagonals. A
small square or a circle has no diagonal stroke and is no mark.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

CHECK = "✓"
CROSS = "✗"
#: Sizes (points) a drawn mark's box can have on each side.
_MIN_SIZE, _MAX_SIZE = 3.0, 20.0
#: Widest aspect ratio of a mark's box.
_MAX_ASPECT = 2.5
#: Share of a side within which a point is "near" a corner of the box.
_CORNER = 0.3
#: Reach (share of a side) around the point a quarter across the bottom of the box within
#: which a check mark's foot lies.
_CHECK_FOOT = 0.3
#: Share of both sides a stroke spans to count as diagonal.
_DIAGONAL = 0.25
#: Gap (points) within which two drawings touch and belong to one shape.
_TOUCH = 0.5


@dataclass(frozen=True)
class Mark:
    """A drawn mark: its glyph and its box (PDF points, top-down)."""

    glyph: str
    x0: float
    x1: float
    top: float
    bottom: float


@dataclass
class _Shape:
    """Drawings that touch one another: their box, outline points and stroke segments."""

    x0: float
    x1: float
    top: float
    bottom: float
    points: list[tuple[float, float]]
    segments: list[tuple[tuple[float, float], tuple[float, float]]]

    def near(self, other: _Shape, gap: float) -> bool:
        """Whether the two boxes come within ``gap`` points of each other."""
        return (self.x0 - gap <= other.x1 and other.x0 - gap <= self.x1
                and self.top - gap <= other.bottom and other.top - gap <= self.bottom)

    def absorb(self, other: _Shape) -> None:
        """Take another shape into this one."""
        self.x0, self.x1 = min(self.x0, other.x0), max(self.x1, other.x1)
        self.top, self.bottom = min(self.top, other.top), max(self.bottom, other.bottom)
        self.points += other.points
        self.segments += other.segments


def _shape(obj: dict[str, Any]) -> _Shape:
    """A drawing object of pdfplumber (curve or line) as a shape: its end points and the
    segments between them (a closing ``h`` joins the last point to the first)."""
    points: list[tuple[float, float]] = []
    segments: list[tuple[tuple[float, float], tuple[float, float]]] = []
    first: tuple[float, float] | None = None
    for op in obj.get("path") or [("m", p) for p in obj["pts"][:1]] + [
            ("l", p) for p in obj["pts"][1:]]:
        if op[0] == "h":
            if first and points:
                segments.append((points[-1], first))
            continue
        point = (float(op[-1][0]), float(op[-1][1]))
        if op[0] == "m":
            first = point
        elif points:
            segments.append((points[-1], point))
        points.append(point)
    return _Shape(obj["x0"], obj["x1"], obj["top"], obj["bottom"], points, segments)


def _groups(shapes: list[_Shape]) -> list[_Shape]:
    """Shapes merged while any two touch."""
    groups: list[_Shape] = []
    for shape in shapes:
        touching = [g for g in groups if g.near(shape, _TOUCH)]
        for g in touching:
            shape.absorb(g)
        groups = [g for g in groups if g not in touching] + [shape]
    merged = True
    while merged:
        merged = False
        for i, a in enumerate(groups):
            for b in groups[i + 1:]:
                if a.near(b, _TOUCH):
                    a.absorb(b)
                    groups.remove(b)
                    merged = True
                    break
            if merged:
                break
    return groups


def _classify(shape: _Shape) -> str:
    """The glyph a glyph-sized shape stands for ("" when it is no mark)."""
    w, h = shape.x1 - shape.x0, shape.bottom - shape.top
    if not (_MIN_SIZE <= w <= _MAX_SIZE and _MIN_SIZE <= h <= _MAX_SIZE):
        return ""
    if max(w, h) / min(w, h) > _MAX_ASPECT:
        return ""
    norm = [((x - shape.x0) / w, (y - shape.top) / h) for x, y in shape.points]

    def near(cx: float, cy: float, reach: float = _CORNER) -> bool:
        return any(abs(x - cx) <= reach and abs(y - cy) <= reach for x, y in norm)

    corners = [near(cx, cy) for cx in (0, 1) for cy in (0, 1)]
    # a check's lowest point lies left of its middle, wherever the stroke turns
    check = near(1, 0) and near(0.25, 1, _CHECK_FOOT) and not near(0, 0) and not near(1, 1)
    slopes = set()
    for (ax, ay), (bx, by) in shape.segments:
        dx, dy = (bx - ax) / w, (by - ay) / h
        if abs(dx) >= _DIAGONAL and abs(dy) >= _DIAGONAL:
            slopes.add(dx * dy > 0)
    if not slopes:
        return ""
    if all(corners) and slopes == {True, False}:
        return CROSS
    return CHECK if check else ""


def drawn_marks(page: Any) -> list[Mark]:
    """The check marks and crosses a pdfplumber page draws as shapes standing apart from other
    drawings (marks may stand close to one another, as in a column of a table)."""
    shapes = [_shape(o) for o in page.curves]
    shapes += [_shape(o) for o in page.lines
               if max(o["x1"] - o["x0"], o["bottom"] - o["top"]) <= _MAX_SIZE]
    groups = _groups(shapes)
    glyphs = [_classify(g) for g in groups]
    others = [g for g, glyph in zip(groups, glyphs, strict=True) if not glyph]
    marks: list[Mark] = []
    for g, glyph in zip(groups, glyphs, strict=True):
        size = max(g.x1 - g.x0, g.bottom - g.top)
        if glyph and not any(g.near(o, size) for o in others):
            marks.append(Mark(glyph, g.x0, g.x1, g.top, g.bottom))
    return marks
