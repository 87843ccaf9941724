"""Which 统筹区 a typed text means, best first: the one ranking of every region box and of
the CLI's region search.

Initials are shared (gzs: 广州市 and 赣州市; cds: 成都市, 常德市 and 承德市), so Enter must take
the region a clerk most likely means. Matches are ordered by how well they match (the exact
name, then the exact initials, then a start, a code, a part of a name); within one kind of
match the office's own province comes first, then the regions this desk used lately (most
recent first), then the larger population (第七次全国人口普查, resources/population.json; a
region without a figure after those with one), then the code.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .models import Region
from .regions import Catalogue, PolicyError

SEP = " · "
RECENT = 8  # regions remembered per desk


def label(region: Region) -> str:
    """Province → region in one line; a 直辖市 or a 省本级 already names its province."""
    return region.name if region.name.startswith(region.province) else f"{region.province}{SEP}{region.name}"


@dataclass
class RegionUse:
    """What the ranking knows about a desk: its office's province, the regions it used lately
    (codes, most recent first) and the census population by region code. ``saved`` is called
    after each change, so the window can keep them in its settings."""

    province: str = ""
    recent: list[str] = field(default_factory=list)
    population: Mapping[str, int] = field(default_factory=dict)
    saved: Callable[[RegionUse], None] | None = None

    def used(self, code: str) -> None:
        """A region was chosen: it heads the recent list (kept short)."""
        if not code or (self.recent and self.recent[0] == code):
            return
        self.recent = [code, *(c for c in self.recent if c != code)][:RECENT]
        if self.saved is not None:
            self.saved(self)


def _short(name: str) -> str:
    for suffix in ("自治州", "地区", "市", "县", "区", "盟"):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def _match(region: Region, key: str) -> int:
    """How well the region matches the typed key: 0 best … 4 a part of a name."""
    if key in (region.name.lower(), label(region).lower(), _short(region.name)):
        return 0
    if key == region.initials:
        return 1
    if region.name.startswith(key) or region.initials.startswith(key):
        return 2
    if region.code.startswith(key):
        return 3
    return 4


def ranked(catalogue: Catalogue, text: str, use: RegionUse | None = None) -> list[Region]:
    """The regions a typed text names, best first (see the module's note). Words (湖南 长沙,
    湖南省 · 长沙市) must each match."""
    key = text.strip().lower()
    if not key:
        return []
    words = [w for w in key.replace(SEP.strip(), " ").split() if w]
    if len(words) <= 1:
        hits = catalogue.search(key)
    else:
        also = [{r.code for r in catalogue.search(w)} for w in words[1:]]
        hits = [r for r in catalogue.search(words[0]) if all(r.code in codes for codes in also)]
    use = use or RegionUse()
    recent = {code: i for i, code in enumerate(use.recent)}
    people = use.population

    def rank(r: Region) -> tuple:
        own = 0 if use.province and r.province == use.province else 1
        size = people.get(r.code)
        return (_match(r, key), own, recent.get(r.code, len(recent)), size is None, -(size or 0), r.code)

    return sorted(hits, key=rank)


def parse_population(data: Any) -> dict[str, int]:
    """resources/population.json: region code -> resident population; a figure must be a whole
    positive number and name its source."""
    if not isinstance(data, dict) or not isinstance(data.get("regions"), dict):
        raise PolicyError("the file must be an object with a 'regions' object")
    out: dict[str, int] = {}
    for code, raw in data["regions"].items():
        people = raw.get("population") if isinstance(raw, dict) else None
        if not isinstance(people, int) or isinstance(people, bool) or people <= 0:
            raise PolicyError(f"regions.{code}: population must be a whole number above 0")
        if not str(raw.get("source", "")).strip():
            raise PolicyError(f"regions.{code}: a figure needs its source")
        out[str(code)] = people
    return out
