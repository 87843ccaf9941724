"""The 统筹区 catalogue: which regions exist and which opened cross-province sharing when.

The list is data (``resources/regions.json``) so an office can import a later batch;
this module only validates it and answers questions about it.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .models import Region
from .messages import Problem

LEVELS = ("province", "city", "county", "district")


class PolicyError(ValueError):
    """A resource or import file that does not hold what it must; ``detail`` says where."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


@dataclass(frozen=True)
class Batch:
    id: str
    name: str
    opened_on: date
    source: str
    note: str = ""


@dataclass
class Catalogue:
    regions: tuple[Region, ...]
    batches: dict[str, Batch] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._by_code = {r.code: r for r in self.regions}
        self._by_name: dict[str, list[Region]] = {}
        for r in self.regions:  # every way a person may write it, for O(1) lookups in big imports
            for key in {r.name, r.province + r.name, f"{r.province} {r.name}", f"{r.province}/{r.name}"}:
                self._by_name.setdefault(key, []).append(r)

    def get(self, code: str) -> Region | None:
        return self._by_code.get(code)

    def find(self, text: str) -> tuple[Region | None, Problem | None]:
        """A region by code, by name, or by "province name"; a problem if none or several."""
        key = (text or "").strip()
        if key in self._by_code:
            return self._by_code[key], None
        hits = self._by_name.get(key, [])
        if len(hits) == 1:
            return hits[0], None
        if hits:
            choices = ", ".join(f"{r.province}{r.name} ({r.code})" for r in hits)
            return None, Problem("region.ambiguous", region=key, choices=choices)
        return None, Problem("region.unknown", region=key)

    def cross_province(self, on: date | None = None) -> list[Region]:
        """Regions opened for cross-province sharing (on a day, or ever)."""
        return [r for r in self.regions
                if r.opened_on is not None and (on is None or r.opened_on <= on)]


def parse_date(value: Any, where: str) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise PolicyError(f"{where}: {value!r} is not a YYYY-MM-DD date") from None


def parse_catalogue(data: dict) -> Catalogue:
    """Validate the whole document before building anything from it."""
    if not isinstance(data, dict) or not isinstance(data.get("regions"), list):
        raise PolicyError("the file must be an object with a 'regions' list")
    batches: dict[str, Batch] = {}
    for i, raw in enumerate(data.get("batches", []), start=1):
        where = f"batches[{i}]"
        try:
            batch = Batch(str(raw["id"]), str(raw["name"]), parse_date(raw["opened_on"], where),
                          str(raw.get("source", "")), str(raw.get("note", "")))
        except (KeyError, TypeError) as exc:
            raise PolicyError(f"{where}: missing field {exc}") from None
        if batch.id in batches:
            raise PolicyError(f"{where}: duplicate batch id {batch.id!r}")
        batches[batch.id] = batch
    regions: list[Region] = []
    seen: set[str] = set()
    for i, raw in enumerate(data["regions"], start=1):
        where = f"regions[{i}]"
        if not isinstance(raw, dict):
            raise PolicyError(f"{where}: not an object")
        missing = [k for k in ("code", "name", "province") if not str(raw.get(k, "")).strip()]
        if missing:
            raise PolicyError(f"{where}: missing {', '.join(missing)}")
        code = str(raw["code"]).strip()
        if code in seen:
            raise PolicyError(f"{where}: duplicate code {code}")
        seen.add(code)
        level = raw.get("level", "city")
        if level not in LEVELS:
            raise PolicyError(f"{where}: level {level!r} is not one of {', '.join(LEVELS)}")
        batch_id = raw.get("batch")
        if batch_id is not None and batch_id not in batches:
            raise PolicyError(f"{where}: unknown batch {batch_id!r}")
        opened = batches[batch_id].opened_on if batch_id else None
        regions.append(Region(code, str(raw["name"]).strip(), str(raw["province"]).strip(),
                              level, batch_id, opened))
    return Catalogue(tuple(regions), batches)


def provinces(regions: Iterable[Region]) -> dict[str, list[Region]]:
    """Regions grouped by province, in catalogue order."""
    out: dict[str, list[Region]] = {}
    for region in regions:
        out.setdefault(region.province, []).append(region)
    return out
