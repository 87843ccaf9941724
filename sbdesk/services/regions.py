"""Use cases about 统筹区: list them, find one, compare two."""

from __future__ import annotations

from datetime import date

from ..domain.models import Person, Region
from ..domain.region_rank import ranked
from ..domain.sources import Snapshot, latest_snapshot
from .desk import Desk, shipped_snapshots
from .errors import InputError


def listing(desk: Desk, cross_province: bool = False, on: date | None = None, search: str = "") -> list[Region]:
    """Every region, or those a search names in the region boxes' order (region_rank.py)."""
    cat = desk.catalogue
    found = ranked(cat, search, desk.region_use) if search.strip() else list(cat.regions)
    if cross_province:
        opened = {r.code for r in cat.cross_province(on)}
        found = [r for r in found if r.code in opened]
    return found


def find(desk: Desk, text: str, field: str = "region") -> Region:
    region, problem = desk.catalogue.find(text)
    if problem:
        raise InputError([(field, problem)])
    return region


def hypothetical(region: Region, insurance: str, role: str, birth=None, card=None, computer=None) -> Person:
    """A stand-in person for "what if" questions that name only regions."""
    return Person(None, f"<{role}>", role, region.code, insurance, card, computer, birth)


def snapshots(desk: Desk) -> tuple[Snapshot, ...]:
    """National figures as reported, oldest first (shipped data, each with its source)."""
    return shipped_snapshots()


def national(desk: Desk, day: date | None = None) -> Snapshot | None:
    """The latest national count on or before the day that is not of low credibility."""
    return latest_snapshot(shipped_snapshots(), day or desk.today())
