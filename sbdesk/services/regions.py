"""Use cases about 统筹区: list them, find one, compare two."""
from __future__ import annotations

from datetime import date

from ..domain.models import Person, Region
from .desk import Desk
from .errors import InputError


def listing(desk: Desk, cross_province: bool = False, on: date | None = None, search: str = "") -> list[Region]:
    cat = desk.catalogue
    found = cat.search(search) if search else list(cat.regions)
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
